"""Link each figure to what it measures, with role, direction, basis, period, economies,
product, modality and source.

The linker reads plain items (offsets + attributes) so it can be tested without spaCy.
Heuristics are deliberately local: the clause first, then the sentence, then the text
before it, mirroring how a reader resolves "it rose 5 percent".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Any

from tradeie.normalize.metrics import MetricMention
from tradeie.relate.cues import Cues, cues


@dataclass(frozen=True, slots=True)
class Item:
    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass
class DocView:
    text: str
    sentences: list[tuple[int, int]]
    figures: list[Item]
    dates: list[Item]
    agencies: list[Item]
    officials: list[Item]
    metrics: list[MetricMention]
    country: str | None = None
    published: str | None = None  # ISO date: periods after it are forecasts


def link(view: DocView) -> list[dict[str, Any]]:
    return _Linker(view, cues()).run()


def _within(items: list, starts: list[int], lo: int, hi: int) -> list:
    """Items whose start lies in [lo, hi): a bisect, so long documents stay linear."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


class _Linker:
    def __init__(self, view: DocView, c: Cues) -> None:
        self.v = view
        self.c = c
        self.text = view.text
        self._fig_starts = [f.start for f in view.figures]
        self._date_starts = [d.start for d in view.dates]
        self._agency_starts = [a.start for a in view.agencies]
        self._official_starts = [o.start for o in view.officials]
        self._metric_starts = [m.head_start for m in view.metrics]
        self._agency_countries = {a.key: a.attrs.get("country") for a in view.agencies}
        self.release_agency = self._release_agency()
        # An intergovernmental release (IMF, WTO) speaks for no one economy: its dateline
        # city (Washington, Geneva) is not the reporter.
        release_country = self._agency_countries.get(tuple(self.release_agency or ()))
        self.default_reporter = None if release_country == "INT" else (
            (view.country if view.country in ("EU", "EA") else "EU")
            if release_country == "EU" else view.country)
        self.main_period = self._main_period()

    def figures_in(self, lo: int, hi: int) -> list[Item]:
        return _within(self.v.figures, self._fig_starts, lo, hi)

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
        spans = [(a.start, a.end) for a in self.v.agencies]
        self.v.metrics = [m for m in self.v.metrics
                          if not any(s < m.end and m.start < e for s, e in spans)]
        self._metric_starts = [m.head_start for m in self.v.metrics]

    def run(self) -> list[dict[str, Any]]:
        self._drop_mentions_in_names()
        self._resolve_generic()
        facts: dict[tuple[int, int], dict[str, Any]] = {}
        last_metric: MetricMention | None = None
        for sent in self.v.sentences:
            figs = self.figures_in(*sent)
            if not figs:
                continue
            mentions = _within(self.v.metrics, self._metric_starts, *sent)
            assigned = self._respectively(sent, figs, mentions)
            for fig in figs:
                if fig.attrs.get("equivalent_of"):
                    continue  # copied from the figure it converts, below
                if fig.key in assigned:
                    mention, partner = assigned[fig.key]
                else:
                    mention = self._metric_for(fig, sent, mentions, last_metric)
                    partner = None
                fact = self._fact(fig, sent, mention, partner)
                if fact is not None:
                    facts[fig.key] = fact
                    if mention is not None and mention.metric != "other":
                        last_metric = mention
            self._share_basis(sent, [facts[f.key] for f in figs if f.key in facts])
        for fig in self.v.figures:
            src = fig.attrs.get("equivalent_of")
            if src and tuple(src) in facts:
                copy = dict(facts[tuple(src)])
                copy["figure"] = [fig.start, fig.end]
                copy["equivalent_of"] = list(src)
                facts[fig.key] = copy
        return [facts[k] for k in sorted(facts)]

    # -- which metric ---------------------------------------------------------------------

    def _clause(self, pos: int, sent: tuple[int, int]) -> tuple[int, int]:
        start, end = sent
        for m in self.c.clause_breaks.finditer(self.text, sent[0], sent[1]):
            if m.end() <= pos:
                start = max(start, m.end())
            elif m.start() >= pos:
                end = min(end, m.start())
                break
        return start, end

    def _metric_for(self, fig: Item, sent, mentions, last_metric) -> MetricMention | None:
        clause = self._clause(fig.start, sent)
        if fig.label == "QUANTITY" and fig.attrs.get("_kind") == "count":
            # a count ("16 measures") is its own metric ('other') unless a metric is named
            # right before it: "car production reached 3.99 million vehicles"
            near = [m for m in mentions if m.end <= fig.start and m.start >= clause[0]
                    and fig.start - m.end <= 40 and m.metric != "other"]
            return near[-1] if near else None
        left = [m for m in mentions if m.end <= fig.start]
        in_clause = [m for m in left if m.start >= clause[0]]
        if in_clause:
            return in_clause[-1]
        share_of = self._share_of(fig, sent) if fig.label == "PERCENT" else None
        if share_of is not None and not left:
            return share_of
        # A subject named before a clause break carries over: "Exports rose 5% while ... ".
        if left:
            return left[-1]
        right = [m for m in mentions if m.start >= fig.end and m.start - fig.end <= 40
                 and not self.figures_in(fig.end, m.start)]
        if right and not self.c.share_after.match(self.text, fig.end):
            return right[0]
        # "Imports rose 2.3%. They reached ...", "Economists had expected a 2% fall.": a
        # sentence naming no metric continues the last one when it says so
        sentence_text = self.text[sent[0]:fig.start]
        if last_metric is not None and (
            self.c.continuation.match(sentence_text)
            or (not mentions and (self.c.forecast.search(self.text, *sent)
                                  or self.c.continuation_noun.search(sentence_text)))
        ):
            return last_metric
        return None

    def _respectively(self, sent, figs, mentions):
        """'X, Y and Z grew 6.1, 3.5 and 27 percent, respectively': zip subjects and figures."""
        out: dict[tuple[int, int], tuple[MetricMention | None, str | None]] = {}
        resp = self.c.respectively.search(self.text, sent[0], sent[1])
        if not resp:
            return out
        group = [f for f in figs if f.end <= resp.start()]
        # keep the trailing run of figures of one label joined by commas / "and"
        run: list[Item] = []
        for f in reversed(group):
            if run and not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", self.text[f.end:run[0].start]):
                break
            if run and f.label != run[0].label:
                break
            run.insert(0, f)
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
                out[f.key] = (subject, self.c.economy_names[e.group("e")])
        return out

    # -- one fact -------------------------------------------------------------------------

    def _fact(self, fig: Item, sent, mention: MetricMention | None, partner: str | None):
        if mention is None:
            if fig.label == "QUANTITY" and fig.attrs.get("unit"):
                return self._other_fact(fig, sent)
            return None
        role, direction, growth_rate = self._role(fig, sent, mention)
        fact: dict[str, Any] = {
            "figure": [fig.start, fig.end],
            "metric": mention.metric,
            "metric_text": mention.text,
            # where metric_text sits, so views can draw the figure -> metric arc
            "mention": [mention.start, mention.end],
            "role": role,
            "direction": direction,
            "basis": self._basis(fig, sent) if role == "change" else None,
            "period": self._period(fig, sent),
            "reporter": self._reporter(mention, sent, fig),
            "partner": partner if partner is not None else self._partner(mention, sent),
            # an 'other' wording's modifiers ("gold reserves") are not a product restriction
            "product": mention.product if mention.metric != "other" else None,
            "modality": self._modality(fig, sent),
            "source": None,
            "sentence": list(sent),
        }
        intra = self.c.intra.search(self.text[max(sent[0], mention.start - 30):mention.head_start])
        if intra:
            fact["reporter"] = fact["partner"]
        elif fact["reporter"] == fact["partner"] and fact["partner"] not in self.c.reporter_only:
            # the partner is written out; a reporter equal to it was only the article's
            # default economy (its most named country), so no reporter is known
            fact["reporter"] = None
        if growth_rate:
            fact["of_growth_rate"] = True
        third_party = self.c.third_party.search(self.text, *sent)
        if fact["modality"] != "forecast" or not third_party:
            fact["source"] = self._source(fig, sent)
        if fact["reporter"] is None and fact["source"] is not None:
            fact["reporter"] = self._agency_country(fact["source"])
        return fact

    def _other_fact(self, fig: Item, sent) -> dict[str, Any]:
        unit = fig.attrs.get("unit") or ""
        # no mention: the cue window for the role runs from the sentence start
        as_mention = MetricMention(sent[0], sent[0], unit, "other", sent[0], sent[0])
        role, direction, _ = self._role(fig, sent, as_mention)
        return {
            "figure": [fig.start, fig.end], "metric": "other",
            "metric_text": fig.attrs.get("unit"), "role": role, "direction": direction,
            "basis": None, "period": self._period(fig, sent), "reporter": self.v.country,
            "partner": None, "product": None, "modality": self._modality(fig, sent),
            "source": self._source(fig, sent), "sentence": list(sent),
        }

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
            c.share_after.match(after) or re.search(r"account|share|making|made", before[-25:])
        ):
            return "share", None, False
        if fig.label == "PERCENT" and self._share_of(fig, sent) is not None:
            return "share", None, False
        if fig.label == "PERCENT" and not any(ch.isdigit() for ch in
                                              self.text[fig.start:fig.end]):
            return "share", None, False  # "about half of exports", "a third of"
        # comparatives ("below the 0.5% expected") compare two figures; they do not say
        # which way the metric moved
        words = [w for w in c.any_direction.finditer(before)
                 if w.group("w").lower() not in c.comparatives]
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
            bracket = re.search(r"\(\s*(\+?)\s*$", before)
            if bracket:  # "US$ 337.0 billion (-0.8%)": the change of the level before it
                return "change", "up" if bracket.group(1) else sign, False
            rate = mention.metric in c.rate_metrics or mention.metric == "other"
            if not rate and level_marker:
                # "growth slowed to 0.8 percent": the rate reached; its sign is the direction
                return "change", sign, False
            if not rate:
                return "change", said if said and (sign != "down") else sign, False
            if level_marker or not words:
                if not words and c.basis_any.search(after):
                    return "change", sign, False
                return "level", None, False
            return "change", said if sign != "down" else "down", False
        if noun_after and noun_dir:
            return "change", noun_dir, False
        # "widened by $3.1 billion", "down 63.3 billion dollars": a move, not the level
        if words and (re.search(r"\bby\s*$", before) or words[-1].end() >= len(before.rstrip())):
            return "change", said, False
        return "level", None, False

    def _share_of(self, fig: Item, sent) -> MetricMention | None:
        """'about 83% of Mexico's exports': the mention a percentage is a share of."""
        window = self.text[fig.end:min(sent[1], fig.end + 50)]
        m = re.match(r"\s+of\s+", window)
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
            return None
        word = m.group(0).lower()
        return "down" if word in ("slower", "lower than", "down from", "decelerated", "below") \
            else "up"

    def _basis(self, fig: Item, sent) -> str | None:
        nxt = next((f.start for f in self.figures_in(fig.end, sent[1])), sent[1])
        window_after = self.text[fig.end:min(nxt, fig.end + 80)]
        window_before = self.text[max(sent[0], fig.start - 40):fig.start]
        for basis, pattern in self.c.basis.items():
            if pattern.search(window_after) or pattern.search(window_before):
                return basis
        # "compared with March 2021": an explicit earlier period one year back, after the
        # figure or opening the sentence ("Compared with October 2023, the index was up ...")
        for d in [*self.dates_in(fig.end, min(nxt, fig.end + 80)),
                  *self.dates_in(sent[0], fig.start)]:
            if self.c.comparison_before.search(
                self.text, max(fig.end, d.start - 20), d.start
            ):
                return _basis_between(self._period(fig, sent), d.attrs.get("value"))
        return None

    def _share_basis(self, sent, facts: list[dict[str, Any]]) -> None:
        """A basis stated for one change in the sentence holds for its coordinated changes."""
        bases = {f["basis"] for f in facts if f["role"] == "change" and f["basis"]}
        if len(bases) == 1:
            basis = bases.pop()
            for f in facts:
                if f["role"] == "change" and f["basis"] is None:
                    f["basis"] = basis

    # -- period -----------------------------------------------------------------------------

    def _is_period_date(self, d: Item) -> bool:
        """A date that can be the period of a figure near it: not the day data were released
        ("released on Monday"), not a comparison ("from a year earlier", "than in May")."""
        if self.c.release_before.search(self.text, max(0, d.start - 20), d.start):
            return False
        if self.c.backref.search(self.text, d.start, d.end):
            return False
        return not self.c.comparison_before.search(self.text, max(0, d.start - 20), d.start)

    def _period(self, fig: Item, sent) -> str | None:
        near = self.dates_in(*sent)
        # "compared with March 2021 (€201.4Bn)": the date the bracketed figure belongs to
        bracketed = [d for d in near if re.fullmatch(r"\s*[(\[]\s*", self.text[d.end:fig.start])]
        if bracketed:
            return bracketed[0].attrs.get("value")
        # "1.5 percent in 2025", "$49.6 billion in the year-ago month": the date right after
        after = [d for d in near if 0 <= d.start - fig.end <= 40
                 and self.c.date_after_figure.match(self.text[fig.end:d.start])]
        if after and d_usable(after[0]):
            return after[0].attrs.get("value")
        if re.search(r"\bfrom\s*$", self.text[max(sent[0], fig.start - 8):fig.start]):
            return None  # "to $B from $C": C is the earlier level; its period is not stated
        clause = self._clause(fig.start, sent)
        # "rose to 4.2 percent from 4.1 percent in October": October belongs to 4.1 only
        claimed = {d.key for f in self.figures_in(*sent) if f.key != fig.key for d in near
                   if 0 <= d.start - f.end <= 40
                   and self.c.date_after_figure.match(self.text[f.end:d.start])}
        candidates = [d for d in near if self._is_period_date(d) and d.key not in claimed
                      and d.attrs.get("granularity") != "day"]
        in_clause = [d for d in candidates if clause[0] <= d.start < clause[1]]
        pool = in_clause or candidates
        if pool:
            best = min(pool, key=lambda d: abs(d.start - fig.start))
            return best.attrs.get("value")
        return self.main_period

    def _main_period(self) -> str | None:
        """The story's period: the first period named in a sentence that states a figure
        (a lead such as "... in November, the agency said"), else the first one named."""
        usable = [d for d in self.v.dates if d.attrs.get("value") and d_usable(d)
                  and self._is_period_date(d)]
        sent_starts = [s[0] for s in self.v.sentences]
        for d in usable:
            index = bisect_left(sent_starts, d.start + 1) - 1
            if index >= 0 and self.figures_in(*self.v.sentences[index]):
                return d.attrs.get("value")
        return usable[0].attrs.get("value") if usable else None

    # -- economies ----------------------------------------------------------------------------

    def _reporter(self, mention: MetricMention, sent, fig: Item) -> str | None:
        before = self.text[max(sent[0], mention.start - 40):mention.start]
        if self.c.world.search(before):
            return None  # "global growth", "world merchandise trade"
        found = list(self.c.economy.finditer(before))
        if found:
            last = found[-1]
            if re.fullmatch(r"[\s]*", before[last.end():]) or last.group("poss"):
                return self.c.economy_names[last.group("e")]
        if self.c.self_reference.search(before):
            return self.default_reporter
        subject = list(self.c.economy.finditer(self.text, sent[0], mention.start))
        if subject:
            first = subject[0]
            if first.group("poss") or first.start() - sent[0] < 3:
                code = self.c.economy_names[first.group("e")]
                if code not in self.c.blocs or code in self.c.reporter_only:
                    return code
        return self.default_reporter

    def _partner(self, mention: MetricMention, sent) -> str | None:
        intra = self.c.intra.search(self.text[max(sent[0], mention.start - 30):mention.head_start])
        if intra:  # "intra-euro area trade": the area trades with itself
            return self.c.economy_names[intra.group("e")]
        m = self.c.partner_after.match(self.text[mention.end:min(sent[1], mention.end + 60)])
        if not m or self.c.no_partner.match(self.text, mention.end + m.start("e")):
            return None
        code = self.c.economy_names[m.group("e")]
        # "investment into the Chinese mainland", "FDI in India": the destination of inbound
        # investment is the reporting economy, not a partner
        if m.group("prep") in ("into", "in") and mention.metric == "investment.fdi":
            return None
        if m.group("prep") == "in" and mention.metric not in ("investment.odi", "other"):
            return None  # "exports in China" is where, not with whom
        return code

    # -- modality and source -------------------------------------------------------------------

    def _modality(self, fig: Item, sent) -> str:
        clause = self._clause(fig.start, sent)
        prev_fig = max((f.end for f in self.figures_in(clause[0], fig.start)
                        if f.end <= fig.start), default=clause[0])
        before = self.text[max(prev_fig, fig.start - 50):fig.start]
        after = self.text[fig.end:min(clause[1], fig.end + 25)]
        clause_before = self.text[clause[0]:fig.start]
        if self.c.previous.search(before[-30:]):
            return "previous"
        # "raised its forecast ... to 2.7 percent from 2.6 percent": 2.6 was the old forecast
        if re.search(r"\bfrom\s*$", before) and self.c.forecast.search(clause_before) and (
            self.c.forecast_revision.search(clause_before)
        ):
            return "previous"
        if self.c.target.search(before) or self.c.target.search(after[:12]):
            return "target"
        if self.c.forecast.search(before) or self.c.forecast.search(clause_before) or re.match(
            r"^\s*(?:\w+\s+)?(?:expected|forecast|projected|predicted|estimated by)", after
        ):
            return "forecast"
        if self._after_publication(fig, sent):
            return "forecast"
        return "actual"

    def _after_publication(self, fig: Item, sent) -> bool:
        """A figure for a period that starts after the article was published is a forecast."""
        if not self.v.published:
            return False
        start = _period_start(self._period(fig, sent))
        return start is not None and start > self.v.published[:10]

    def _source(self, fig: Item, sent) -> list[int] | None:
        """The official who says it in this sentence ("X's Y said" -> Y), else the agency the
        sentence names, else the agency whose release the article reports."""
        speakers = _within(self.v.officials, self._official_starts, *sent)
        in_sent = _within(self.v.agencies, self._agency_starts, *sent)
        if speakers and self.c.speech.search(self.text, *sent):
            return [speakers[0].start, speakers[0].end]
        # "the Commerce Department's Census Bureau said": the bureau is the source
        in_sent = [a for a in in_sent if not any(
            b.start > a.end and re.fullmatch(r"(?:'s|’s)\s+(?:the\s+)?", self.text[a.end:b.start])
            for b in in_sent)]
        if in_sent:
            return [in_sent[0].start, in_sent[0].end]
        return self.release_agency

    def _release_agency(self) -> list[int] | None:
        """The agency whose data the article reports: named with an attribution cue, else the
        only agency the article names."""
        for a in self.v.agencies:
            if re.match(r"(?:'s|’s)\s", self.text[a.end:a.end + 3]):
                continue  # "the Commerce Department's Census Bureau": the bureau releases
            window = self.text[max(0, a.start - 45):a.start]
            if self.c.attribution.search(window) or self.c.attribution_after.match(
                self.text[a.end:a.end + 40]
            ):
                return [a.start, a.end]
        names = {a.attrs.get("name") for a in self.v.agencies}
        if len(names) == 1 and self.v.agencies:
            a = self.v.agencies[0]
            return [a.start, a.end]
        return None

    def _agency_country(self, key: list[int]) -> str | None:
        country = self._agency_countries.get(tuple(key))
        return country if country and country != "INT" else None


def _period_start(period: str | None) -> str | None:
    """The first day of a normalised period, as an ISO string, or None."""
    if not period:
        return None
    first = period.split("/")[0]
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12])|-W(\d{2}))?", first)
    if not m:
        return None
    year, month, day, quarter, half, week = m.groups()
    if quarter:
        month = f"{3 * int(quarter) - 2:02d}"
    elif half:
        month = "01" if half == "1" else "07"
    elif week:
        return f"{year}-01-01"  # only the year matters for "after publication" here
    return f"{year}-{month or '01'}-{day or '01'}"


def d_usable(d: Item) -> bool:
    """Day dates are release or event days far more often than statistical periods."""
    return d.attrs.get("granularity") != "day"


def _basis_between(period: str | None, earlier: str | None) -> str | None:
    """The basis implied by comparing ``period`` with an explicitly named ``earlier`` one."""
    if not period or not earlier:
        return None
    m1, m2 = re.fullmatch(r"(\d{4})(.*)", period), re.fullmatch(r"(\d{4})(.*)", earlier)
    if not m1 or not m2:
        return None
    if int(m1.group(1)) - int(m2.group(1)) == 1 and m1.group(2) == m2.group(2):
        return "yoy"
    if m1.group(1) == m2.group(1) and re.fullmatch(r"-\d{2}", m1.group(2) or "x") and re.fullmatch(
        r"-\d{2}", m2.group(2) or "x"
    ) and int(m1.group(2)[1:]) - int(m2.group(2)[1:]) == 1:
        return "mom"
    return None
