"""Link each figure to what it measures, with role, direction, basis, period, economies,
product, modality and source.

The linker reads plain items (offsets + attributes, see ``relate.view``) so it can be tested
without spaCy. Heuristics are deliberately local: the clause first, then the sentence, then
the text before it, mirroring how a reader resolves "it rose 5 percent".

Cost: whatever does not depend on the figure (clause breaks, the dates other figures claim,
the sentence's period candidates, its source, sentence-wide cue searches) is computed once
per sentence in a ``SentenceIndex`` (``relate.sentence``) and looked up with bisect; per
figure only windows of a few dozen characters are read. Recomputing them per figure made the
linker cubic in the figures of one sentence (a CSV table of 500 rows took minutes).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

from tradeie.normalize.metrics import MetricMention
from tradeie.relate import economy
from tradeie.relate.balance import balance_metric, story_sign
from tradeie.relate.comparison import (
    bracketed_change_direction,
    carry_direction,
    component_subject,
    other_metric_text,
    role_of_compared,
    share_of_compared,
)
from tradeie.relate.cues import (
    ACRONYM_AFTER,
    AND_GAP,
    BRACKET_BEFORE_FIGURE,
    BY_BEFORE,
    LINE_SPACE,
    LIST_JOINER,
    OF_AFTER,
    POSSESSIVE_GAP,
    POSSESSIVE_SPACE,
    Cues,
    cues,
)
from tradeie.relate.modality import ModalityLinking
from tradeie.relate.period_link import (
    PeriodLinking,
    _basis_between,
)
from tradeie.relate.scope import compared_base
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import DocView, Item

# English function words: text without them is not read for unnamed measures
ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|of|to|in|was|were|with|from|by|for|on|at|is|rose|fell|grew)\b")
# "$2.5 trillion in imports": the gap between a figure and the metric it is given in
IN_METRIC = re.compile(r"\s+(?:in|of|worth of)\s+(?:the\s+)?")
# "the deficit on trade in goods": a balance and the flow it is taken on
HEAD_LINK = re.compile(r"\s+(?:on|in|of)\s+(?:the\s+)?")
BALANCE_METRICS = ("trade.surplus", "trade.deficit", "account.current")
# "an increase of £600m": a change noun, "of", the amount
OF_GAP = re.compile(r"\s+of\s+(?:only|just|nearly|almost|about|around|some|roughly)?\s*")
# "employment in the euro area": the economy right after an 'other' measure
IN_ECONOMY = re.compile(r"\s+in\s")
# a count after one of these prepositions says where or among what a metric moved, not its
# value: "inflation increased in six provinces", "among the nation's 450 airports"
COUNT_OF_PLACES = re.compile(
    r"(?<![\w-])(?:in|for|among|across)\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?$", re.I)
AMONG_BEFORE = re.compile(r"(?<![\w-])among\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?$", re.I)
# a period from January 1 to a day: a flow summed "as of" that day (see PeriodLinking._to_date)
TO_DATE = re.compile(r"\d{4}-01-01/\d{4}-\d\d-\d\d")


def link(view: DocView) -> list[dict[str, Any]]:
    return _Linker(view, cues()).run()


def _within(items: list, starts: list[int], lo: int, hi: int) -> list:
    """Items whose start lies in [lo, hi): a bisect, so long documents stay linear."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


def _in_order(items: list) -> list:
    if all(a.start <= b.start for a, b in zip(items, items[1:], strict=False)):
        return items
    return sorted(items, key=lambda i: i.start)


# The preposition after a flow that names where it is reported: "exports from X (to Y)".
_ROUTE_PREPOSITIONS = {"trade.exports": "from", "trade.imports": "into",
                       "trade.total": "between"}


class _Linker(PeriodLinking, ModalityLinking):
    def __init__(self, view: DocView, c: Cues) -> None:
        # bisect on starts needs text order; doc_view gives it, a hand-built view may not
        for name in ("figures", "dates", "agencies", "officials", "metrics"):
            setattr(view, name, _in_order(getattr(view, name)))
        self.v = view
        self.c = c
        self.text = view.text
        self._fig_starts = [f.start for f in view.figures]
        self._date_starts = [d.start for d in view.dates]
        self._agency_starts = [a.start for a in view.agencies]
        self._official_starts = [o.start for o in view.officials]
        self._metric_starts = [m.head_start for m in view.metrics]
        self._agency_countries = {a.key: a.attrs.get("country") for a in view.agencies}
        self._period_dates: dict[tuple[int, int], bool] = {}
        # dates naming a span after "from" ("from April to June"): periods of their own
        # sentence that do not set the passage's period
        self._from_spans: set[tuple[int, int]] = set()
        self.cache: dict[str, Any] = {}  # document-level results of relate.economy
        self.release_agency = self._release_agency()
        # An intergovernmental release (IMF, WTO) speaks for no one economy: its dateline
        # city (Washington, Geneva) is not the reporter.
        release_country = self._agency_countries.get(tuple(self.release_agency or ()))
        # A region or bloc named most ("Latin America") is no reporter: the contract's
        # reporters are economies (ISO alpha-2, EU, EA).
        self.country = view.country if c.can_report(view.country) else None
        self.default_reporter = None if release_country == "INT" else (
            (self.country if self.country in ("EU", "EA") else "EU")
            if release_country == "EU" else self.country)
        self.main_period = self._main_period()
        self.english = bool(ENGLISH_WORDS.search(self.text))
        self.story_sign = story_sign(self.text, c.balance_sign)
        # the period a passage is about: that of the last sentence that named one for its
        # figures ("In the first five months, ..." and the sentences after it)
        self.passage_period: str | None = None
        self.last_source: list[int] | None = None

    def figures_in(self, lo: int, hi: int) -> list[Item]:
        return _within(self.v.figures, self._fig_starts, lo, hi)

    def any_figure_in(self, lo: int, hi: int) -> bool:
        return bisect_left(self._fig_starts, lo) < bisect_left(self._fig_starts, hi)

    def dates_in(self, lo: int, hi: int) -> list[Item]:
        return _within(self.v.dates, self._date_starts, lo, hi)

    # -- driver -------------------------------------------------------------------------

    def _resolve_generic(self) -> None:
        """'Energy prices' after 'producer prices' is a PPI component; 'growth' after
        'merchandise trade' is trade growth: generic wordings take the last specific metric
        of their family named before them."""
        last: MetricMention | None = None
        resolved = []
        for m in self.v.metrics:
            head = " ".join(self.text[m.head_start:m.head_end].lower().split())
            family = self.c.generic_heads.get(head)
            if family and last is not None and last.metric.startswith(tuple(family)):
                m = replace(m, metric=last.metric)
            elif m.metric != "other" and not family:
                last = m
            resolved.append(m)
        self.v.metrics = resolved

    def _drop_mentions_in_names(self) -> None:
        """'Ministry of Economy, Trade and Industry' names an agency, not a metric."""
        # an agency overlaps a mention when it starts before the mention ends and ends after
        # it starts: the agencies starting before m.end, with a running maximum of their ends
        spans = sorted((a.start, a.end) for a in self.v.agencies)
        starts = [s for s, _ in spans]
        reach: list[int] = []
        for _, e in spans:
            reach.append(max(e, reach[-1]) if reach else e)

        def in_name(m: MetricMention) -> bool:
            k = bisect_left(starts, m.end)
            return k > 0 and reach[k - 1] > m.start

        self.v.metrics = [m for m in self.v.metrics if not in_name(m)]
        self._metric_starts = [m.head_start for m in self.v.metrics]

    def run(self) -> list[dict[str, Any]]:
        self._drop_mentions_in_names()
        self._resolve_generic()
        facts: dict[tuple[int, int], dict[str, Any]] = {}
        last_metric: MetricMention | None = None
        prev_end = 0
        for sent in self.v.sentences:
            if "\n" in self.text[prev_end:sent[0]]:
                self.passage_period = None  # a new paragraph starts a new passage
            prev_end = sent[1]
            figs = self.figures_in(*sent)
            if not figs:
                continue
            mentions = _within(self.v.metrics, self._metric_starts, *sent)
            s = SentenceIndex(self, sent, figs, mentions)
            assigned = self._respectively(s)
            for fig in figs:
                inherited = False
                if fig.attrs.get("equivalent_of"):
                    continue  # copied from the figure it converts, below
                if fig.key in assigned:
                    mention, partner = assigned[fig.key]
                else:
                    mention = self._metric_for(fig, s, last_metric)
                    partner = None
                    if mention is None and fig.label != "QUANTITY":
                        # a component named by no metric word ("wireless equipment fell
                        # 42.2%") belongs to the metric the passage is about
                        mention = last_metric
                        inherited = mention is not None
                fact = self._fact(fig, s, mention, partner)
                if fact is not None and inherited:
                    # the passage's metric, not its restrictions: the component is unnamed
                    fact["partner"], fact["product"] = self._component(fig, s)
                if fact is not None:
                    facts[fig.key] = fact
                    self.last_source = fact["source"]
                    if mention is not None and mention.metric != "other":
                        last_metric = mention
            share_of_compared([facts[f.key] for f in figs if f.key in facts], self.text,
                              self.c.comparison_value_before, self.c.any_direction,
                              {f.key: f.attrs.get("unit") for f in figs})
            role_of_compared([facts[f.key] for f in figs if f.key in facts], self.text,
                             self.c.comparison_value_before,
                             {f.key: f.attrs.get("unit") for f in figs})
            carry_direction([facts[f.key] for f in figs if f.key in facts],
                            {f.key: f.attrs.get("value") for f in figs})
            bracketed_change_direction([facts[f.key] for f in figs if f.key in facts],
                                       self.text, {f.key: f.attrs.get("value") for f in figs})
            self._share_basis([facts[f.key] for f in figs if f.key in facts])
            self._update_passage(s, [facts[f.key] for f in figs if f.key in facts])
        for fig in self.v.figures:
            src = fig.attrs.get("equivalent_of")
            if src and tuple(src) in facts:
                copy = dict(facts[tuple(src)])
                copy["figure"] = [fig.start, fig.end]
                copy["equivalent_of"] = list(src)
                facts[fig.key] = copy
        return [facts[k] for k in sorted(facts)]

    # -- which metric ---------------------------------------------------------------------

    def _metric_for(self, fig: Item, s: SentenceIndex, last_metric) -> MetricMention | None:
        sent, mentions = s.bounds, s.mentions
        clause = s.clause(fig.start)
        if self._count_of_places(fig, s):
            return None  # "rose in six provinces", "up for seven of": where, not how much
        if fig.label == "QUANTITY" and fig.attrs.get("_kind") == "count":
            # a count ("16 measures") is its own metric ('other') unless a metric is named
            # right before it: "car production reached 3.99 million vehicles"
            # (a mention ending within 40 characters before it starts within the window
            # below: scan it backwards for the last one that qualifies)
            lo = bisect_left(s.mention_starts, max(clause[0], fig.start - 40 - s.max_mention_len))
            for i in range(bisect_right(s.mention_starts, fig.start) - 1, lo - 1, -1):
                m = mentions[i]
                if m.end <= fig.start and m.start >= clause[0] and fig.start - m.end <= 40 \
                        and m.metric != "other":
                    return self._count_metric(fig, s, m)
            # a count whose unit is a metric's wording: "2.73 million unemployed"
            k = bisect_left(s.mention_starts, fig.start)
            if k < len(mentions) and mentions[k].end <= fig.end and \
                    mentions[k].metric != "other":
                return self._count_metric(fig, s, mentions[k])
            # a count of the same unit as an earlier count of its sentence with a metric
            # measures the same ("fell from 130 000 in June to 128 200 in July")
            unit = fig.attrs.get("unit")
            by_unit = s._lazy.get(("count_metric", unit)) if unit else None
            return by_unit
        # the last mention ending before the figure; mentions are in text order, so it is
        # also the last one starting in the clause, if any does
        left = s.last_ending_by(fig.start)
        if fig.label != "PERCENT":
            # "$1.58 billion in exports and $285 million in imports": an amount's own metric
            # right after it comes before the one of its clause
            i = bisect_left(s.mention_starts, fig.end)
            if i < len(mentions) and mentions[i].metric != "other" and \
                    IN_METRIC.fullmatch(self.text, fig.end, mentions[i].start):
                return mentions[i]
        if left is not None and left.start >= clause[0]:
            return self._head_of(left, s)
        # "$2.5 trillion in imports": a metric right after the figure names it
        i = bisect_left(s.mention_starts, fig.end)
        if i < len(mentions) and IN_METRIC.fullmatch(self.text, fig.end, mentions[i].start):
            return mentions[i]
        if left is None and fig.label == "PERCENT":
            share_of = self._share_of(fig, sent)
            if share_of is not None:
                return share_of
        # A subject named before a clause break carries over: "Exports rose 5% while ... ".
        if left is not None:
            return left
        # the first mention starting within 40 characters after the figure, unless a figure
        # lies between (the later ones then have one between too)
        i = bisect_left(s.mention_starts, fig.end)
        right = mentions[i] if i < len(mentions) and mentions[i].start - fig.end <= 40 \
            and not self.any_figure_in(fig.end, mentions[i].start) else None
        # (share_after is anchored with '^', which .match(text, pos) honours only at offset
        # 0: this test never holds; kept so that the output stays as it was)
        if right is not None and not self.c.share_after.match(self.text, fig.end):
            return right
        # "Imports rose 2.3%. They reached ...", "Economists had expected a 2% fall.": a
        # sentence naming no metric continues the last one when it says so
        if last_metric is not None and (
            self.c.continuation.match(s.text(), 0, fig.start - sent[0])
            or (not mentions and (s.has(self.c.forecast) or s.search_before(
                self.c.continuation_noun, self.c.continuation_noun_ends, *sent, fig.start)))
        ):
            return last_metric
        return None

    @staticmethod
    def _count_metric(fig: Item, s: SentenceIndex, m: MetricMention) -> MetricMention:
        """The metric of a count, remembered per unit for the later counts of its sentence."""
        unit = fig.attrs.get("unit")
        if unit:
            s._lazy[("count_metric", unit)] = m
        return m

    def _count_of_places(self, fig: Item, s: SentenceIndex) -> bool:
        """A count after 'in', 'for', 'among', 'across' (see COUNT_OF_PLACES)."""
        return fig.label == "QUANTITY" and fig.attrs.get("_kind") == "count" and bool(
            COUNT_OF_PLACES.search(self.text, max(s.bounds[0], fig.start - 40), fig.start))

    def _is_balance(self, m: MetricMention) -> bool:
        """A balance's wording ("balances in foreign trade"): its sign is read later."""
        return " ".join(self.text[m.head_start:m.head_end].lower().split()) \
            in self.c.balance_heads

    def _head_of(self, m: MetricMention, s: SentenceIndex) -> MetricMention:
        """'the deficit on trade in goods and services': a balance's wording followed by
        'on', 'in' or 'of' and another metric's wording is the balance."""
        k = bisect_left(s.mention_starts, m.start) - 1
        if k >= 0:
            head = s.mentions[k]
            if (head.metric in BALANCE_METRICS or self._is_balance(head)) and \
                    head.end <= m.start and \
                    HEAD_LINK.fullmatch(self.text, head.end, m.start):
                return head
        return m

    def _respectively(self, s: SentenceIndex):
        """'X, Y and Z grew 6.1, 3.5 and 27 percent, respectively': zip subjects and figures."""
        sent, figs, mentions = s.bounds, s.figs, s.mentions
        out: dict[tuple[int, int], tuple[MetricMention | None, str | None]] = {}
        resp = self.c.respectively.search(self.text, sent[0], sent[1])
        if not resp:
            return out
        group = [f for f in figs if f.end <= resp.start()]
        # keep the trailing run of figures of one label joined by commas / "and" (collected
        # backwards, then put in text order)
        run: list[Item] = []
        for f in reversed(group):
            if run and not LIST_JOINER.fullmatch(self.text[f.end:run[-1].start]):
                break
            if run and f.label != run[-1].label:
                break
            run.append(f)
        run.reverse()
        if len(run) < 2:
            return out
        before = [m for m in mentions if m.end <= run[0].start]
        if len(before) >= len(run):
            for f, m in zip(run, before[-len(run):], strict=True):
                out[f.key] = (m, None)
            return out
        subject = before[-1] if before else None
        economies = [
            e for e in self.c.economy.finditer(self.text, sent[0], run[0].start)
            if subject is None or e.start() > subject.start
        ]
        if subject is not None and len(economies) >= len(run):
            for f, e in zip(run, economies[-len(run):], strict=True):
                out[f.key] = (subject, self.c.economy_code(e.group("e")))
        return out

    # -- one fact -------------------------------------------------------------------------

    def _fact(self, fig: Item, s: SentenceIndex, mention: MetricMention | None,
              partner: str | None):
        sent = s.bounds
        if mention is None:
            # every figure measures something: one no metric word names is 'other' (a count
            # always; an amount or a percent in English text: in other languages no wording
            # is read, so no fact either)
            if (fig.label == "QUANTITY" and fig.attrs.get("unit")) or self.english:
                return self._other_fact(fig, s)
            return None
        role, direction, growth_rate = self._role(fig, sent, mention)
        metric = mention.metric
        if " ".join(self.text[mention.head_start:mention.head_end].lower().split()) \
                in self.c.balance_heads:
            metric = balance_metric(self.text, sent, fig.start, fig.attrs.get("value"),
                                    self.c.balance_sign, self.story_sign,
                                    plus=self.text[fig.start:fig.end].lstrip()[:1] == "+")
        fact: dict[str, Any] = {
            "figure": [fig.start, fig.end],
            "metric": metric,
            "metric_text": mention.text,
            # where metric_text sits, so views can draw the figure -> metric arc
            "mention": [mention.start, mention.end],
            "role": role,
            "direction": direction,
            "basis": self._basis(fig, s) if role == "change" else None,
            "period": self._period(fig, s),
            "reporter": self._reporter(mention, s),
            "partner": partner if partner is not None else self._partner(mention, sent),
            # an 'other' wording's modifiers ("gold reserves") are not a product restriction
            "product": mention.product if metric != "other" else None,
            "modality": self._modality(fig, s),
            "source": None,
            "sentence": list(sent),
        }
        if metric in self.c.stock_metrics and fact["period"] and \
                TO_DATE.fullmatch(fact["period"]):
            # a stock "as of April 15" is measured that day, not summed up to it
            fact["period"] = fact["period"].split("/")[1]
        route = self._route(mention, sent)
        if route is not None:
            fact["reporter"], fact["partner"] = route
        if metric == "other" and fact["partner"] is not None and IN_ECONOMY.match(
                self.text, mention.end):
            # "employment in the euro area": where a measure is taken, not a partner
            fact["reporter"], fact["partner"] = fact["partner"], None
        economy.refine(self, fig, s, mention, fact)  # what is written at the figure itself
        intra = self.c.intra.search(self.text[max(sent[0], mention.start - 30):mention.head_start])
        if intra:
            fact["reporter"] = fact["partner"]
        elif fact["reporter"] == fact["partner"] is not None:
            # the partner is written out; a reporter equal to it was only the article's
            # default economy (its most named country), so no reporter is known
            fact["reporter"] = None
        if growth_rate:
            fact["of_growth_rate"] = True
        by = self._agency_by(fig, s)
        if by is not None:
            fact["source"] = by
        elif fact["modality"] != "forecast" or not s.has(self.c.third_party):
            fact["source"] = self._source(s)
        if fact["reporter"] is None and fact["source"] is not None:
            fact["reporter"] = self._agency_country(fact["source"])
        return fact

    def _other_fact(self, fig: Item, s: SentenceIndex) -> dict[str, Any]:
        sent = s.bounds
        unit = fig.attrs.get("unit") or ""
        # no mention: the cue window for the role runs from the sentence start
        as_mention = MetricMention(sent[0], sent[0], unit, "other", sent[0], sent[0])
        role, direction, _ = self._role(fig, sent, as_mention)
        return {
            "figure": [fig.start, fig.end], "metric": "other",
            "metric_text": other_metric_text(self.text, s.clause(fig.start)[0], fig),
            "role": role, "direction": direction,
            "basis": self._basis(fig, s) if role == "change" else None,
            # a count a thing ranks among ("among the nation's 450 airports") is no statistic
            # of a period
            "period": None if AMONG_BEFORE.search(self.text, max(sent[0], fig.start - 40),
                                                  fig.start) else self._period(fig, s),
            "reporter": self.country,
            "partner": None, "product": None, "modality": self._modality(fig, s),
            "source": self._continued_source(s), "sentence": list(sent),
        }

    def _component(self, fig: Item, s: SentenceIndex) -> tuple[str | None, str | None]:
        """(partner, product) of a figure of the passage's metric that names its component
        only: an economy is the partner ("followed by Japan (12%)"), anything else the
        product ("displays (10%)")."""
        words = component_subject(self.text, s.clause(fig.start)[0], fig.start,
                                  self.c.any_direction)
        if words is None:
            return None, None
        m = self.c.economy.fullmatch(words.removeprefix("the ").strip())
        if m is not None:
            return self.c.economy_code(m.group("e")), None
        return None, words

    def _continued_source(self, s: SentenceIndex) -> list[int] | None:
        """An unnamed measure in a sentence that names no agency continues the release of
        the sentence before: its source is that of the last fact."""
        if self.last_source is not None and not _within(
                self.v.agencies, self._agency_starts, *s.bounds) and not _within(
                self.v.officials, self._official_starts, *s.bounds):
            return list(self.last_source)
        return self._source(s)

    def _role(self, fig: Item, sent, mention: MetricMention) -> tuple[str, str | None, bool]:
        """(role, direction, of_growth_rate). A percent of a flow or stock (exports, GDP) is
        its change; only rates (CPI, unemployment, 'other') have percent levels."""
        c = self.c
        lo = max(sent[0], mention.end if mention.end <= fig.start else sent[0], fig.start - 60)
        before = self.text[lo:fig.start]
        after = self.text[fig.end:min(sent[1], fig.end + 40)]
        unit = fig.attrs.get("unit")
        value = fig.attrs.get("value")
        sign = None if not isinstance(value, int | float) else (
            "up" if value > 0 else "down" if value < 0 else "flat")
        if c.share_before.search(before[-25:]) and (
            c.share_after.match(after) or c.share_context.search(before[-25:])
        ):
            return "share", None, False
        if fig.label == "PERCENT" and self._share_of(fig, sent) is not None:
            return "share", None, False
        if fig.label == "PERCENT" and unit == "percent" and mention.end <= fig.start and \
                c.share_subject.search(self.text, max(sent[0], mention.start - 40),
                                       mention.start):
            # "The share of private firms in foreign trade was 55.5 percent": the metric is
            # what the share is of; a percentage-point move of it stays a change
            return "share", None, False
        if fig.label == "PERCENT" and unit == "percent" and not any(
                ch.isdigit() for ch in self.text[fig.start:fig.end]):
            # "about half of exports", "a third of"; not "half a percentage point"
            return "share", None, False
        # comparatives ("below the 0.5% expected") compare two figures; they do not say
        # which way the metric moved
        words = [w for w in c.any_direction.finditer(before)
                 if w.group("w").lower() not in c.comparatives]
        if not words and mention.end <= fig.start and BY_BEFORE.search(before):
            # "cut its key rate by 25 basis points", "widened the merchandise trade deficit
            # by $8.3 billion": the verb stands before the metric and its scope words
            words = list(c.any_direction.finditer(
                self.text, max(sent[0], mention.start - 45), mention.start))
        said = c.direction_words[" ".join(words[-1].group("w").lower().split())] if words else None
        noun_after = c.change_after.match(after)
        noun_dir = c.direction_words.get(" ".join(noun_after.group("w").lower().split())) \
            if noun_after else None
        level_marker = bool(c.level_marker.search(before))
        if fig.label == "PERCENT" and unit == "percentage_point":
            direction = noun_dir or self._growth_rate_direction(fig, sent) or said or sign
            growth = mention.metric != "labour.unemployment"
            return "change", direction, growth
        if fig.label == "PERCENT":
            if noun_after:
                return "change", noun_dir or sign, False
            bracket = BRACKET_BEFORE_FIGURE.search(before)
            if bracket and self._level_before(fig.start - len(bracket.group(0))):
                # "US$ 337.0 billion (-0.8%)": the change of the level before it
                return "change", "up" if bracket.group(1) else sign, False
            if bracket and not bracket.group(1) and (sign == "up"):
                # "followed by computers (10.8%)": a listed change; without a change word
                # before it, its direction is the list's (carry_direction)
                return "change", said, False
            rate = mention.metric in c.rate_metrics or mention.metric == "other"
            if not rate and level_marker:
                # "growth slowed to 0.8 percent": the rate reached; its sign is the direction
                return "change", sign, False
            if not rate:
                return "change", said if said and (sign != "down") else sign, False
            if level_marker or not words:
                if not words and c.basis_any.search(after):
                    return "change", sign, False
                if c.rate_change_before.search(self.text, max(sent[0], fig.start - 90),
                                               fig.start):
                    return "change", sign, False
                return "level", None, False
            return "change", said if sign != "down" else "down", False
        if noun_after and noun_dir:
            return "change", noun_dir, False
        # "widened by $3.1 billion", "down 63.3 billion dollars", "an increase of £600m"
        if words and (BY_BEFORE.search(before) or words[-1].end() >= len(before.rstrip())
                      or OF_GAP.fullmatch(before, words[-1].end())):
            return "change", said, False
        return "level", None, False

    def _level_before(self, pos: int) -> bool:
        """Whether a figure ends at ``pos`` (spaces aside): "US$ 337.0 billion (-0.8%)"."""
        i = bisect_left(self._fig_starts, pos) - 1
        return i >= 0 and not self.text[self.v.figures[i].end:pos].strip()

    def _share_of(self, fig: Item, sent) -> MetricMention | None:
        """'about 83% of Mexico's exports': the mention a percentage is a share of."""
        window = self.text[fig.end:min(sent[1], fig.end + 50)]
        m = OF_AFTER.match(window)
        if not m:
            return None
        at = fig.end + m.end()
        for x in _within(self.v.metrics, self._metric_starts, at, at + 40):
            # at most three words ("the country's total", "Mexico's") between "of" and it
            if len(self.text[at:x.start].split()) <= 3:
                return x
        return None

    def _growth_rate_direction(self, fig: Item, sent) -> str | None:
        m = self.c.growth_rate.search(self.text, fig.end, min(sent[1], fig.end + 25))
        if not m:
            # "0.5, 2.4 and 1.6 percentage points, respectively, lower than": after the list
            resp = self.c.respectively.search(self.text, fig.end, sent[1])
            if resp is not None and not self.c.any_direction.search(self.text, fig.end,
                                                                    resp.start()):
                m = self.c.growth_rate.search(self.text, resp.end(),
                                              min(sent[1], resp.end() + 25))
        if not m:
            return None
        return "down" if m.group(0).lower() in self.c.growth_rate_down else "up"

    def _basis(self, fig: Item, s: SentenceIndex) -> str | None:
        sent = s.bounds
        i = bisect_left(self._fig_starts, fig.end)
        nxt = self._fig_starts[i] if i < len(self._fig_starts) and \
            self._fig_starts[i] < sent[1] else sent[1]
        window_after = self.text[fig.end:min(nxt, fig.end + 80)]
        # a cue before the figure is its own only with no figure before it in the window: one
        # right after another figure is that one's ("rose 9.9 percent year-on-year, 6.3
        # percentage points higher than the overall pace")
        j = bisect_left(self._fig_starts, fig.start)
        prev = self.v.figures[j - 1].end if j > 0 else sent[0]
        window_before = self.text[max(sent[0], fig.start - 40):fig.start]
        if prev > max(sent[0], fig.start - 40):
            # past a comma after that figure the words are this one's: "$11.34 billion in
            # January, an annual decline of 9%"
            cut = max(self.text.rfind(",", prev, fig.start), self.text.rfind(";", prev, fig.start))
            window_before = self.text[cut + 1:fig.start] if cut >= 0 else ""
        # the cue after the figure first: "1.9% year-on-year and 0.6% quarter-on-quarter"
        for window in (window_after, window_before):
            for basis, pattern in self.c.basis.items():
                if pattern.search(window):
                    return basis
        # "compared with March 2021": an explicit earlier period one year back, after the
        # figure. (The cue is searched from the figure's end on, so a date before the figure,
        # "Compared with October 2023, the index was up ...", never qualifies.)
        for d in self.dates_in(fig.end, min(nxt, fig.end + 80)):
            if self.c.comparison_before.search(
                self.text, max(fig.end, d.start - 20), d.start
            ) or self.c.comparison_recorded_before.search(self.text, fig.end, d.start):
                return _basis_between(self._period(fig, s), d.attrs.get("value"))
        period = self._period(fig, s)
        if fig.key in s.compared:  # "between August and September"
            return _basis_between(period, s.compared[fig.key])
        # "to $52.6 billion from $49.6 billion in the year-ago month", "compared to 125.8 the
        # month of August 2018": the date of the value it is compared with
        base = compared_base(s, fig)
        if base is not None:
            found = _basis_between(period, base)
            if found is not None:
                return found
        # "down 13.8 per cent compared with the level of $15.79 billion in September 2008":
        # the first date after a comparison word later in the sentence, when it lies one step
        # back (a year, a month, a quarter)
        cue = self.c.comparison_later.search(self.text, fig.end,
                                             min(s.clause(fig.end)[1], fig.end + 90))
        if cue is not None and not any(
                f.attrs.get("unit") == "percentage_point" or s.claims.get(f.key)
                for f in s.figs if fig.end <= f.start < cue.start()):
            # (not past a difference of rates, "5.4 percent, 0.1 percentage points faster
            # than in the previous month", nor past a figure with a date of its own)
            later = self.dates_in(cue.end(), min(sent[1], cue.end() + 120))
            # (a rate compared with a rate, "grew 4.1 per cent compared to 6.5 per cent in
            # 2018", compares growth rates: no basis)
            if later and not any(f.label == "PERCENT" for f in s.figs
                                 if cue.end() <= f.start < later[0].start):
                found = _basis_between(period, later[0].attrs.get("value"))
                if found is not None:
                    return found
        # "On a quarterly basis, GDP expanded 0.4%", "Compared to December 2023, ...": an
        # opening phrase sets the basis of the sentence's figures
        lead = s.lead()
        if lead is not None:
            kind, value = lead
            return value if kind == "basis" else _basis_between(self._period(fig, s), value)
        return None

    def _share_basis(self, facts: list[dict[str, Any]]) -> None:
        """A basis stated for one change in the sentence holds for its coordinated changes."""
        bases = {f["basis"] for f in facts if f["role"] == "change" and f["basis"]}
        if len(bases) == 1:
            basis = bases.pop()
            # not to a policy rate or other unnamed metric moved in the same sentence ("raised
            # its rate by 25 basis points ... after prices climbed 3.0% versus a year earlier")
            for f in facts:
                # not to a point move of a growth rate ("up 9.9 percent year-on-year, 6.3
                # percentage points higher than the overall pace"): rates compared, no basis
                if f["role"] == "change" and f["basis"] is None and f["metric"] != "other" \
                        and not f.get("of_growth_rate"):
                    f["basis"] = basis

    # -- economies ----------------------------------------------------------------------------

    def _reporter(self, mention: MetricMention, s: SentenceIndex) -> str | None:
        # it reads the text before the mention only: one answer per mention start
        if mention.start not in s._reporters:
            s._reporters[mention.start] = self._find_reporter(mention, s)
        return s._reporters[mention.start]

    def _find_reporter(self, mention: MetricMention, s: SentenceIndex) -> str | None:
        sent = s.bounds
        c = self.c
        before = self.text[max(sent[0], mention.start - 40):mention.start]
        if c.world.search(before):
            return None  # "global growth", "world merchandise trade"
        extra = c.extra.search(before)
        if extra:  # "extra-EU25 trade": the area's trade with the rest of the world
            return c.economy_code(extra.group("e"))
        found = list(c.economy.finditer(before))
        ranked = None  # "the euro zone's largest economy": a description, not the reporter
        if found:
            last = found[-1]
            code = c.economy_code(last.group("e"))
            if not c.can_report(code) and (last.group("poss")
                                           or LINE_SPACE.fullmatch(before[last.end():])):
                return None  # "South America's largest economy": a region is no reporter
            if last.group("poss") and (c.rank.search(before, last.end())
                                       or "," in before[last.end():]):
                # "France, the bloc's second-largest economy, reported GDP growth"
                ranked = last.start() + mention.start - len(before)
            elif LINE_SPACE.fullmatch(before[last.end():]) or last.group("poss"):
                return code
        named = economy.named_reporter(self, mention, s, ranked)
        if named is not None:
            return named
        if c.self_reference.search(before):
            return self.default_reporter
        first = s.first_economy(mention.start)
        if first and first.start() != ranked and (
                first.group("poss") or first.start() - sent[0] < 3):
            code = c.economy_code(first.group("e"))
            if c.can_report(code):
                return code
        if self.default_reporter in ("EU", "EA"):
            # an EU release gives figures of the EU and of the euro area, paragraph by
            # paragraph: the area named last before the sentence
            return economy.last_area(self, *sent) or self.default_reporter
        return self.default_reporter

    def _route(self, mention: MetricMention, sent) -> tuple[str, str | None] | None:
        """(reporter, partner) of "exports from X (to Y)", "imports into X (from Y)" and
        "trade between X and Y"."""
        wanted = _ROUTE_PREPOSITIONS.get(mention.metric)
        if wanted is None:
            return None
        m = self.c.route.match(self.text[mention.end:min(sent[1], mention.end + 80)])
        if m is not None and mention.metric == "trade.imports" and m.group("prep") == "from" \
                and m["e2"] and m["to"] in ("to", "into"):
            # "imports from the U.S. to Mexico": Mexico's imports from the US
            return self.c.economy_code(m.group("e2")), self.c.economy_code(m.group("e"))
        if m is None or m.group("prep") != wanted or (wanted == "between" and not m["e2"]):
            return None
        partner = self.c.economy_code(m.group("e2")) if m.group("e2") else None
        return self.c.economy_code(m.group("e")), partner

    def _partner(self, mention: MetricMention, sent) -> str | None:
        intra = self.c.intra.search(self.text[max(sent[0], mention.start - 30):mention.head_start])
        if intra:  # "intra-euro area trade": the area trades with itself
            return self.c.economy_code(intra.group("e"))
        m = self.c.partner_after.match(self.text[mention.end:min(sent[1], mention.end + 60)])
        if not m or self.c.no_partner.match(self.text, mention.end + m.start("e")):
            return None
        code = self.c.economy_code(m.group("e"))
        # "investment into the Chinese mainland", "FDI in India": the destination of inbound
        # investment is the reporting economy, not a partner
        if m.group("prep") in ("into", "in") and mention.metric == "investment.fdi":
            return None
        if m.group("prep") == "in" and mention.metric not in ("investment.odi", "other"):
            return None  # "exports in China" is where, not with whom
        return code

    # -- source (modality: relate/modality.py) --------------------------------------------------

    def _agency_by(self, fig: Item, s: SentenceIndex) -> list[int] | None:
        """'the 3.9% projected by the economy ministry': the agency named as the figure's
        author right after it (the first agency starting within 40 characters)."""
        lo = bisect_left(self._agency_starts, fig.end)
        if lo < len(self.v.agencies):
            a = self.v.agencies[lo]
            if a.start < min(s.bounds[1], fig.end + 40) and self.c.by_agency_after.match(
                    self.text[fig.end:a.start]):
                return [a.start, a.end]
        return None

    def _source(self, s: SentenceIndex) -> list[int] | None:
        """The official who says it in this sentence ("X's Y said" -> Y), else the agency the
        sentence names, else the agency whose release the article reports. The same for every
        figure of the sentence."""
        source = s.lazy("source", lambda: self._sentence_source(s))
        return None if source is None else list(source)

    def _sentence_source(self, s: SentenceIndex) -> list[int] | None:
        sent = s.bounds
        speakers = _within(self.v.officials, self._official_starts, *sent)
        in_sent = _within(self.v.agencies, self._agency_starts, *sent)
        if speakers and self.c.speech.search(self.text, *sent):
            return [speakers[0].start, speakers[0].end]
        # "the Commerce Department's Census Bureau said": the bureau is the source
        starts = [a.start for a in in_sent]

        def owns_next(a: Item) -> bool:
            gap = POSSESSIVE_GAP.match(self.text, a.end)  # the longest gap that can fit
            if gap is None:
                return False
            return any(b.start > a.end and POSSESSIVE_GAP.fullmatch(self.text[a.end:b.start])
                       for b in in_sent[bisect_left(starts, a.end + 1):
                                        bisect_right(starts, gap.end())])

        in_sent = [a for a in in_sent if not owns_next(a) and self._described(a) is None]
        if len(in_sent) > 1 and POSSESSIVE_SPACE.match(self.text, in_sent[0].end):
            # "within the central bank's target band, Statistics Indonesia said": the body
            # that says it, not one owning a noun
            saying = [a for a in in_sent[1:]
                      if self.c.attribution_after.match(self.text[a.end:a.end + 40])]
            if saying:
                return [saying[0].start, saying[0].end]
        if in_sent:
            return [in_sent[0].start, in_sent[0].end]
        return self.release_agency

    def _release_agency(self) -> list[int] | None:
        """The agency whose data the article reports: named with an attribution cue, else the
        only agency the article names."""
        # a credit or heading line ("(Communicated by Central Bureau of Statistics
        # Spokesman)") cites the body that the text then names again: the release is cited
        # where the text names it
        line_end = self.text.find("\n")
        heading = line_end if line_end > 0 and not self.text[:line_end].rstrip().endswith(
            (".", "!", "?")) else 0
        found = None
        for a in self.v.agencies:
            if POSSESSIVE_SPACE.match(self.text[a.end:a.end + 3]):
                continue  # "the Commerce Department's Census Bureau": the bureau releases
            window = self.text[max(0, a.start - 45):a.start]
            if self.c.attribution.search(window) or self.c.attribution_after.match(
                self.text[a.end:a.end + 40]
            ):
                a = self._described(a) or a  # "by the national statistics agency INEGI"
                found = found or a
                if a.start >= heading or found.attrs.get("name") != a.attrs.get("name"):
                    break
        if found is not None:
            a = found if found.start >= heading else next(
                (b for b in self.v.agencies if b.start >= heading
                 and b.attrs.get("name") == found.attrs.get("name")), found)
            return self._first_mention(self._first_coordinated(a))
        names = {a.attrs.get("name") for a in self.v.agencies}
        if len(names) == 1 and self.v.agencies:
            a = next((b for b in self.v.agencies if b.start >= heading), self.v.agencies[0])
            return [a.start, a.end]
        return None

    def _described(self, a: Item) -> Item | None:
        """The agency right after `a` with its name, when `a` only describes it ("the
        national statistics agency INEGI": the name is the source)."""
        i = bisect_left(self._agency_starts, a.end + 1)
        if i < len(self.v.agencies):
            b = self.v.agencies[i]
            if b.attrs.get("name") == a.attrs.get("name") and not self.text[a.end:b.start].strip():
                return b
        return None

    def _first_mention(self, key: list[int]) -> list[int]:
        """An acronym cited as the release agency ("KNBS says") stands for the full name
        defined before it ("The Kenya National Bureau of Statistics (KNBS) ..."): the
        release is cited where that name is written out."""
        i = bisect_left(self._agency_starts, key[0])
        if i >= len(self.v.agencies) or self.v.agencies[i].start != key[0]:
            return key
        a = self.v.agencies[i]
        if self.text[a.start:a.end] != a.attrs.get("acronym"):
            return key
        name = a.attrs.get("name")
        for b in self.v.agencies[:i]:
            if b.attrs.get("name") == name and self.text[b.start:b.end] != a.attrs.get(
                    "acronym") and ACRONYM_AFTER.match(self.text, b.end):
                return [b.start, b.end]
        return key

    def _first_coordinated(self, a: Item) -> list[int]:
        """'the Census Bureau and the Bureau of Economic Analysis reported': the attribution
        follows the last of coordinated agencies; the first one named is the source."""
        i = bisect_left(self._agency_starts, a.start)
        first = a
        for b in reversed(self.v.agencies[max(0, i - 3):i]):
            if b.end > first.start or not AND_GAP.fullmatch(self.text, b.end, first.start):
                break
            first = b
        return [first.start, first.end]

    def _agency_country(self, key: list[int]) -> str | None:
        country = self._agency_countries.get(tuple(key))
        return country if country and country != "INT" else None
