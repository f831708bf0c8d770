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

This module drives the linker and builds each fact; the resolvers of its fields are mixins,
one module per job: ``relate.metric_link`` (metric, role, direction, basis),
``relate.period_link`` (period), ``relate.reporter_link`` (reporter, partner, route),
``relate.source_link`` (source), ``relate.modality`` (modality); ``relate.economy`` and
``relate.product`` refine economies and product from what is written at the figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any

from tradeie.normalize.agencies.country import dateline_end
from tradeie.normalize.metrics import MetricMention
from tradeie.relate import (
    aside_subject,
    economy,
    heads,
    lead_period,
    month_end,
    pair,
    product,
    product_list,
    release_terms,
    sequential_period,
    twelve_months,
)
from tradeie.relate.accounted_for import flow_accounted_for
from tradeie.relate.apposed_basis import basis_of_apposed_change
from tradeie.relate.backref_list import backref_direction, backref_list
from tradeie.relate.balance import balance_metric, story_sign
from tradeie.relate.basis_link import BasisLinking
from tradeie.relate.bracket_change import bracketed_amount_change
from tradeie.relate.carry_back import BackCarry
from tradeie.relate.clause_period import so_far_months
from tradeie.relate.coded_component import coded_components
from tradeie.relate.coded_share import coded_share_subject
from tradeie.relate.compared_product import carry_to_compared
from tradeie.relate.compared_step import _ends_with
from tradeie.relate.comparison import (
    bracketed_change_direction,
    carry_direction,
    carry_product_to_apposed_share,
    carry_to_apposed_change,
    carry_to_restated,
    component_subject,
    level_of_move,
    other_metric_text,
    role_of_compared,
    share_of_compared,
)
from tradeie.relate.cues import Cues, cues
from tradeie.relate.gapped_verb import gapped_verb
from tradeie.relate.heads import GROWTH_WORDS
from tradeie.relate.metric_link import MetricLinking
from tradeie.relate.metric_patterns import BALANCE_METRICS
from tradeie.relate.modality import ModalityLinking
from tradeie.relate.object_product import carry_object_product
from tradeie.relate.one_economy import sole_economy
from tradeie.relate.parallel_pairs import parallel_from_to
from tradeie.relate.period_link import PeriodLinking
from tradeie.relate.ratio import ratio_of_two
from tradeie.relate.reporter_link import ReporterLinking
from tradeie.relate.respective_reporters import zip_reporters
from tradeie.relate.role_link import RoleLinking
from tradeie.relate.scope import fiscal_start_month
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.share_list import share_list
from tradeie.relate.share_move import change_of_share_whole
from tradeie.relate.share_step import carry_share_to_step
from tradeie.relate.source_link import SourceLinking
from tradeie.relate.tolerance import tolerance_bands
from tradeie.relate.verb_partner import partner_after_amount
from tradeie.relate.view import DocView, Item, _within

# English function words: text without them is not read for unnamed measures
ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|of|to|in|was|were|with|from|by|for|on|at|is|rose|fell|grew|last|year|"
    r"said|has|have|had)\b", re.IGNORECASE)
# a sentence's end between two mentions (a stop and a space, or a line break)
SENTENCE_END = re.compile(r"[.!?]\s|\n")
# "employment in the euro area": the economy right after an 'other' measure
IN_ECONOMY = re.compile(r"\s+in\s")
# "the upturn in most productive sectors, including mining (3.6%)": a sector breakdown
SECTORS = re.compile(r"(?<![\w-])(?:productive|economic|production)\s+(?:sectors|activities)"
                     r"(?![\w-])", re.IGNORECASE)
AMONG_BEFORE = re.compile(r"(?<![\w-])among\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?$", re.I)
# the whole a part is counted out of ("seven of the eight major categories", "Seven of
# Korea's major 13 export items"): a count of what there is, no statistic of a period
WHOLE_BEFORE = re.compile(r"(?<![\w-])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine"
                          r"|ten|eleven|twelve|half|most|many|several|all|none)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their"
                          r"\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:(?:major|main|key|top|largest)\s+)?$",
                          re.I)
# a period from January 1 (or a fiscal year's first day) to a day: a flow summed "as of" that
# day (see PeriodLinking._to_date)
TO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-01/\d{4}-\d\d-\d\d")

# the flows a product can be of; a balance (surplus or deficit) has no product of its own
_FLOWS = ("trade.exports", "trade.imports")


def _summed_to_day(period: str, country: str | None) -> bool:
    """The period is a span summed from the (fiscal) year's start to a day: "as of 31
    December" in a July-June fiscal-year story is July 1 to December 31 (not a week)."""
    m = TO_DATE.fullmatch(period)
    if m is None:
        return False
    y, mon = int(m["y"]), int(m["m"])
    if mon == 1:
        return True
    end = period.split("/")[1]
    return mon == fiscal_start_month(country, y) and end[:7] != period[:7]


def link(view: DocView) -> list[dict[str, Any]]:
    return _Linker(view, cues()).run()


def _in_order(items: list) -> list:
    if all(a.start <= b.start for a, b in zip(items, items[1:], strict=False)):
        return items
    return sorted(items, key=lambda i: i.start)


# "the trade balance posted a surplus": the words from a balance to its sign word
BALANCE_SIGN_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:an?|its)\s+(?:[\w-]+\s+)?")


def _named_in_domain(family: Any, last: MetricMention,
                     named_last: dict[str, MetricMention]) -> MetricMention | None:
    """The last mention of a metric ``family`` lists by id ("trade.exports"), when the last
    metric named is of the same domain ("trade.imports"), else None."""
    domain = last.metric.split(".", 1)[0] + "."
    ids = [f for f in family if not f.endswith(".") and f.startswith(domain)]
    found = [named_last[i] for i in ids if i in named_last]
    return max(found, key=lambda x: x.start) if found else None


# between "growth" and a forecast or target word after it
OUTLOOK_GAP = re.compile(r"[ \t]{1,3}")
PERCENT_BEFORE = re.compile(r"\d\s?(?:%|percent|per\s+cent)[ \t]{1,3}$", re.IGNORECASE)


class _Linker(MetricLinking, RoleLinking, ReporterLinking, SourceLinking, PeriodLinking,
              BasisLinking, ModalityLinking):
    """One document's linker: the driver and the fact builder; the resolvers are mixins."""

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
        self.sentence_starts = [b[0] for b in view.sentences]
        self._agency_countries = {a.key: a.attrs.get("country") for a in view.agencies}
        self._period_dates: dict[tuple[int, int], bool] = {}
        # PeriodLinking._compared_date per date: the period steps ask it of the same date
        # several times per figure (its side effect, noting a "from" span, comes the first)
        self._compared_dates: dict[tuple[int, int, Any], bool] = {}
        # dates naming a span after "from" ("from April to June"): periods of their own
        # sentence that do not set the passage's period
        self._from_spans: set[tuple[int, int]] = set()
        self.cache: dict[str, Any] = {}  # document-level results of relate.economy
        self.release_agency = self._release_agency()
        # An intergovernmental release (IMF, WTO) speaks for no one economy: its dateline
        # city (Washington, Geneva) is not the reporter.
        release_country = self._agency_countries.get(tuple(self.release_agency or ()))
        self.release_country = release_country
        self.dateline_end = dateline_end(self.text)  # the lead sentence opens after it
        # A region or bloc named most ("Latin America") is no reporter: the contract's
        # reporters are economies (ISO alpha-2, EU, EA).
        self.country = view.country if c.can_report(view.country) else None
        self.default_reporter = sole_economy(self.text, self.country) \
            if release_country == "INT" else (
            (self.country if self.country in ("EU", "EA") else "EU")
            if release_country == "EU" else self.country)
        self.main_period = self._main_period()
        self.english = bool(ENGLISH_WORDS.search(self.text))
        self.story_sign = story_sign(self.text, c.balance_sign)
        # the period a passage is about: that of the last sentence that named one for its
        # figures ("In the first five months, ..." and the sentences after it)
        self.passage_period: str | None = None
        self.passage_domains: set[str] = set()  # the passage's metric domains (period_link)
        self.last_source: list[int] | None = None
        self.heading_basis: tuple[str, str] | None = None  # (release_terms.heading_comparison)

    def _lead_is_main(self, index: int, first_fig: int, usable: list[tuple[Item, str]],
                      k: int) -> bool:
        """(period_link._main_period) Whether the period named before ``usable[k]`` (a date
        of sentence ``index``) is the story's: a later sentence's, or a figureless lead's
        later period than the first figure sentence's (relate.lead_period)."""
        return index > first_fig or (index == first_fig and lead_period.lead_names_later(
            self, usable[k - 1][0], usable[k - 1][1], usable[k][1], first_fig))

    def figures_in(self, lo: int, hi: int) -> list[Item]:
        return _within(self.v.figures, self._fig_starts, lo, hi)

    def any_figure_in(self, lo: int, hi: int) -> bool:
        return bisect_left(self._fig_starts, lo) < bisect_left(self._fig_starts, hi)

    def dates_in(self, lo: int, hi: int) -> list[Item]:
        return _within(self.v.dates, self._date_starts, lo, hi)

    # -- driver -------------------------------------------------------------------------

    def _outlook_after(self, start: int, end: int) -> bool:
        """"cut its key rate ... and lowered its growth forecast": growth named by its
        forecast or target is the economy's, not the unlisted metric's named before (but "below
        the 9.2% growth forecast" after export orders: a figure premodifying it is the forecast
        of the passage's growth)."""
        if PERCENT_BEFORE.search(self.text, max(0, start - 20), start):
            return False
        gap = OUTLOOK_GAP.match(self.text, end)
        return gap is not None and bool(self.c.forecast.match(self.text, gap.end())
                                        or self.c.target.match(self.text, gap.end()))

    def _resolve_generic(self) -> None:
        """'Energy prices' after 'producer prices' is a PPI component; 'growth' after
        'merchandise trade' is trade growth: generic wordings take the last specific metric
        of their family named before them."""
        last: MetricMention | None = None
        resolved = []
        # a generic mention resolved: (its family, where the metric it took was named)
        self._generic: dict[tuple[int, int], tuple[tuple[str, ...], int]] = {}
        prev_head = ""
        last_other: MetricMention | None = None  # an unlisted metric, none listed after it
        # a bare "the deficit" in a story whose deficits are all unlisted ones ("fiscal
        # deficit"): that 'other' deficit (not when a listed one, "trade deficit", was named)
        other_tails: set[str] = set()
        listed_tails: set[str] = set()
        named_last: dict[str, MetricMention] = {}  # metric id -> its last mention so far
        for m in self.v.metrics:
            head = " ".join(self.text[m.head_start:m.head_end].lower().split())
            if " " in head:
                tail = head.rsplit(" ", 1)[1]
                (other_tails if m.metric == "other" else listed_tails).add(tail)
            elif head in other_tails and head not in listed_tails and m.metric != "other":
                m = replace(m, metric="other")
            family = self.c.generic_heads.get(head)
            balance_before = prev_head in self.c.balance_heads and resolved and \
                BALANCE_SIGN_GAP.fullmatch(self.text, resolved[-1].end, m.start)
            prev_head = head
            if family and balance_before:
                pass  # "the goods trade balance posted a surplus of": that balance's sign
            elif family and last is not None and last.metric.startswith(tuple(family)):
                m = replace(m, metric=last.metric)
                self._generic[(m.start, m.end)] = (tuple(family), last.start)
            elif family and last is not None and head in self.c.generic_named_earlier and \
                    (named := _named_in_domain(family, last, named_last)) is not None:
                # "Exports totaled ..., while imports reached ... Sales of primary products
                # grew 47.2%": a metric the family names by id, named earlier in the same
                # domain (trade) as the last one; 'sales' are never the imports
                m = replace(m, metric=named.metric)
                self._generic[(m.start, m.end)] = (tuple(family), named.start)
            elif family and head in GROWTH_WORDS and last_other is not None and \
                    not SENTENCE_END.search(self.text, last_other.end, m.start) and \
                    not self._outlook_after(m.start, m.end):
                # "US$ 126.5 million more remittances, an interannual growth of 13.0%": the
                # growth of the unlisted metric its sentence names, not of the economy
                m = replace(m, metric="other")
            elif m.metric != "other" and not family:
                last = m
                named_last[m.metric] = m
            if m.metric == "other" and head not in GROWTH_WORDS:
                last_other = m
            elif m.metric != "other":
                last_other = None
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
        lead_metric: str | None = None
        lead_mention: MetricMention | None = None
        prev_used: list[MetricMention] = []  # the sentence before's mentions, one per item
        prev_end = 0
        back = BackCarry(self.v.sentences)  # "Imports of these products fell 43.1%"
        for sent in self.v.sentences:
            if "\n" in self.text[prev_end:sent[0]]:
                self.passage_period = None  # a new paragraph starts a new passage
            elif self.passage_period and self.text[sent[0]:sent[0] + 1] == "\n" and \
                    self._other_domain(sent):
                # a paragraph on its own line ("... growth reached 7.55% in the fourth
                # quarter.\nExports grew 14.3% ..."): a passage of another domain ends there
                self.passage_period = None
            prev_end = sent[1]
            figs = self.figures_in(*sent)
            if not figs:
                back.note(self.text, sent)  # "Chemicals were the main drivers of growth."
                self._heading(sent)  # "Quarter 1 2025", "December 2024": a section's period
                prev_used = []
                heading = release_terms.heading_comparison(self.text, sent,
                                                           self.dates_in(*sent))
                if heading is not False:  # "Changes in 2019 from 2018:" (until the next one)
                    self.heading_basis = heading
                continue
            mentions = _within(self.v.metrics, self._metric_starts, *sent)
            s = SentenceIndex(self, sent, figs, mentions)
            assigned = self._respectively(s)
            backref = not assigned
            if not assigned:  # "These figures are 13%, 10.7% and 23% higher ... respectively"
                assigned = backref_list(self, s, prev_used)
            backref = backref and bool(assigned)
            used: list[MetricMention] = []
            for fig in figs:
                inherited = False
                if fig.attrs.get("equivalent_of"):
                    continue  # copied from the figure it converts, below
                if fig.key in assigned:
                    mention, partner = assigned[fig.key]
                else:
                    mention = self._metric_for(fig, s, last_metric)
                    if mention is not None and mention.metric not in (
                            "other", "labour.unemployment") and \
                            release_terms.job_count(fig.label, fig.attrs.get("unit")):
                        mention = None  # "The economy added 200,000 jobs": employment
                    if mention is not None and \
                            release_terms.measure_metric(fig, mention.metric) != mention.metric:
                        mention = replace(mention, metric="other")  # "oil output" in barrels
                    if release_terms.poll_count(fig.label, fig.attrs.get("unit")) or \
                            release_terms.tally_count(fig.label, fig.attrs.get("unit")):
                        # "a Reuters poll of 12 economists", "its 13 major export items": a
                        # plain count
                        mention = None
                    family, named = self._generic.get((mention.start, mention.end), ((), 0)) \
                        if mention else ((), 0)
                    if family and named < sent[0] and \
                            lead_metric is not None and lead_metric.startswith(family):
                        # "revised first-quarter growth to 2.0 percent" in a GDP story (after
                        # a word of exports in a sentence before): the story's lead's metric
                        mention = replace(mention, metric=lead_metric)
                    if mention is not None and mention.start < sent[0] and lead_mention and \
                            lead_metric == "economy.gdp" != mention.metric and \
                            self.c.economy_change_after.match(self.text, fig.end):
                        # "Economists had expected a 0.9 percent contraction" after a sentence
                        # on exports, in a GDP story: the economy's
                        mention = lead_mention
                    partner = None
                    if mention is None and fig.label != "QUANTITY":
                        # a component named by no metric word ("wireless equipment fell
                        # 42.2%") belongs to the metric the passage is about
                        mention = last_metric
                        inherited = mention is not None
                        if inherited and s.has(self.c.partner_frame):
                            mention = heads.ranked_flow(self, sent, mention)
                        if inherited and lead_metric == "economy.gdp" and lead_mention and \
                                mention.metric != lead_metric and s.has(SECTORS):
                            # the productive sectors of a GDP story are GDP's, whatever metric
                            # the sentence before named last ('retail sales (0.47%)')
                            mention = lead_mention
                fact = self._fact(fig, s, mention, partner)
                if fact is not None and inherited and mention.metric in BALANCE_METRICS[:2] \
                        and lead_mention is not None and lead_mention.metric in _FLOWS and \
                        (fact["product"] or self._component(fig, s)[1]):
                    # "... leaving a surplus of $27.7 billion. Textiles and garments earned
                    # $40.2 billion": goods have no balance; they are the story's flow
                    mention = lead_mention
                    fact = self._fact(fig, s, mention, partner)
                if fact is not None and inherited:
                    # the passage's metric, not its restrictions: the component is unnamed
                    # (the sentence's own ranked economy first: "The US remained Peru's
                    # second-largest partner after China, which bought US$ 23.4 billion" after
                    # "exports to the United States" is China's)
                    framed = (economy.framed_partner(self, fig, s, fact) or fact["partner"]) \
                        if s.has(self.c.partner_frame) else None
                    # (a known product read at the figure stays: "Coffee accounted for $1.43
                    # billion"; not "O'Hare Airport accounted for")
                    own = fact["product"] if mention.product is None and fact["product"] and \
                        (product._known(fact["product"])
                         or coded_share_subject(self, fig, s)) else None
                    zipped = product.respective(self, fig, s)  # "... 0.9 and 0.6%, respectively"
                    fact["partner"], fact["product"] = self._component(fig, s)
                    fact["product"] = self._item_of_price(
                        zipped or fact["product"] or own, fact["metric"])
                    # "The United States accounted for $119.5 billion": the partner the
                    # sentence frames (relate.economy) when no component is written
                    fact["partner"] = fact["partner"] or framed
                if fact is not None and mention is not None and not inherited and \
                        fact["product"] is None and fact["metric"].startswith("trade."):
                    # "Electronic products, which make up half of exports, slid 22.1%"
                    fact["product"] = aside_subject.aside_product(self, sent, fig.start,
                                                                  mention.start)
                if fact is not None and mention is not None and not inherited and \
                        all((u.start, u.end) != (mention.start, mention.end) for u in used):
                    used.append(mention)
                if fact is not None:
                    facts[fig.key] = fact
                    if lead_metric is None and fact["metric"] != "other":
                        lead_metric = fact["metric"]
                        lead_mention = mention
                    if not release_terms.poll_count(fig.label, fig.attrs.get("unit")):
                        self.last_source = fact["source"]  # (a poll's size cites nobody)
                    if mention is not None and mention.metric != "other":
                        last_metric = mention
            # the sentence's facts, units and values, built once: the passes below change
            # the facts' fields, never which facts there are, nor the figures
            done = [facts[f.key] for f in figs if f.key in facts]
            units = {f.key: f.attrs.get("unit") for f in figs}
            values = {f.key: f.attrs.get("value") for f in figs}
            share_of_compared(done, self.text, self.c.comparison_value_before,
                              self.c.any_direction, units)
            share_list(done, self.text, units)  # "15.1%, 12.4% and 11.8% of total exports"
            carry_share_to_step(done, self.text)  # "55.3 percent of ..., up 1.7 points"
            change_of_share_whole(done, self.text, units)  # "by 1 point to 12.9% of imports"
            flow_accounted_for(done, self.text, units)  # "41.9% of the turnover accounted for"
            ratio_of_two(done, self.text)  # "about six times as much as exports"
            carry_object_product(done, self.text)  # "exported 8.5 mn tonnes of rice worth"
            role_of_compared(done, self.text, self.c.comparison_value_before, units,
                             self.c.rate_metrics)
            tolerance_bands(done, self.text, self.c.tolerance)
            carry_to_compared(done, self.text, self.c.comparison_value_before)
            back.apply(done, self.text, sent)
            coded_components(done, self.text, sent, self.c.products.flows)  # "PP (PP) ...;"
            gapped_verb(done, self.text, units)  # "rose 1.1% and government consumption 0.6%"
            parallel_from_to(done, self.text, lambda lo, hi: bool(self.dates_in(lo, hi)))
            carry_direction(done, values)
            if backref:
                backref_direction(done, self.text, s, self.c.direction_words)
            carry_to_apposed_change(done, self.text, self.c.apposed_change_gap)
            basis_of_apposed_change(done, self.text, self.c.apposed_change_gap)
            carry_product_to_apposed_share(done, self.text, self.c.products.apposed_share)
            carry_to_restated(done, self.text, units)  # "by RM1.7 billion or 8.3 per cent"
            level_of_move(done, self.text, units)  # "and to the US 20.6% to RM14.1bil"
            zip_reporters(done, self, s)  # "Exports from A and B rose x and y respectively"
            bracketed_change_direction(done, self.text, values)
            bracketed_amount_change(done, self.text, {f.key: f.label for f in figs}, units)
            self._share_basis(done)
            release_terms.apply_heading_basis(done, self.heading_basis)
            twelve_months.refine(self, sent, figs, done)  # "in the 12 months to May"
            twelve_months.rolling_flows(self, sent, figs, done)  # "the 12-month rolling deficit"
            self._update_passage(s, done)
            prev_used = used
        for fig in self.v.figures:
            src = fig.attrs.get("equivalent_of")
            if src and tuple(src) in facts:
                copy = dict(facts[tuple(src)])
                copy["figure"] = [fig.start, fig.end]
                copy["equivalent_of"] = list(src)
                facts[fig.key] = copy
        for fact in facts.values():
            if fact["metric"] in self.c.domestic_metrics and fact["partner"] is not None:
                # "Germany (-0.3%)" among growth rates: the economy measured, not a partner
                if fact["reporter"] in (None, self.country) and \
                        self.c.can_report(fact["partner"]):
                    fact["reporter"] = fact["partner"]  # (a region reports nothing)
                fact["partner"] = None
        return [facts[k] for k in sorted(facts)]


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
        if fig.attrs.get("per") and mention.metric.startswith("trade.") and \
                fig.attrs["per"] not in self.c.flow_time_denominators:
            # "The metal averaged US$ 4.15 per pound": a unit price, no trade value ("US$
            # 1.05 billion a day" is the flow's daily average: flow_time_denominators)
            return self._other_fact(fig, s)
        role, direction, growth_rate = self._role(fig, sent, mention)
        metric = mention.metric
        if " ".join(self.text[mention.head_start:mention.head_end].lower().split()) \
                in self.c.balance_heads:
            # (a balance a pronoun refers back to, "The balance stayed negative. It stood
            # at ...": its sign word may follow it in the sentence before, that has no figure)
            lo = mention.start if mention.start < sent[0] and \
                not self.figures_in(mention.start, sent[0]) else sent[0]
            metric = balance_metric(self.text, (lo, sent[1]), fig.start, fig.attrs.get("value"),
                                    self.c.balance_sign, self.story_sign,
                                    plus=self.text[fig.start:fig.end].lstrip()[:1] == "+")
        elif metric == "trade.surplus" and role == "level" and \
                isinstance(fig.attrs.get("value"), int | float) and fig.attrs["value"] < 0:
            # "a 2.5 bn euro surplus compared with -1.1 bn": a balance written negative is a
            # deficit, whatever word it is compared with
            metric = "trade.deficit"
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
                _summed_to_day(fact["period"], self.country):
            # a stock "as of April 15" is measured that day, not summed up to it
            fact["period"] = fact["period"].split("/")[1]
        elif metric in self.c.stock_metrics and role == "level" and not s.dates and \
                "/" in (fact["period"] or "") and _ends_with(fact["period"], self.main_period):
            # "The unemployment rate stood at 5 percent" after a year-to-date passage: a
            # rate at a point, the story's month's, not the span's
            fact["period"] = self.main_period
        if metric != "other":  # (a market's move "so far this year" runs to the day)
            fact["period"] = so_far_months(self, fact["period"])
        self._release_terms(fig, s, fact)
        if fact["partner"] is None:  # "exported $54.9 billion worth of goods to China"
            fact["partner"] = partner_after_amount(self.text, self.c, mention.end, mention.text,
                                                   metric, (fig.start, fig.end), sent[1])
        month_end.refine(self, s, fact)  # "at the end of June": a flow summed to June
        sequential_period.refine(self, fig, sent, fact)  # a mom change: the month named
        route = self._route(mention, sent) or self._pair(mention, sent)
        if route is not None:
            fact["reporter"], fact["partner"] = route
        if metric == "other" and fact["partner"] is not None and IN_ECONOMY.match(
                self.text, mention.end):
            # "employment in the euro area": where a measure is taken, not a partner
            fact["reporter"], fact["partner"] = fact["partner"], None
        economy.refine(self, fig, s, mention, fact)  # what is written at the figure itself
        pair.refine(self, mention, fact)  # "Saudi-Chinese trade"
        intra_window = self.text[max(sent[0], mention.start - 30):mention.head_start]
        # (every match holds "intra", any case; "ntra" is what lower-casing it surely keeps)
        intra = self.c.intra.search(intra_window) if "ntra" in intra_window.lower() else None
        own = self.release_country
        if intra and not (fact["reporter"] == own and own not in (None, "EU", "EA", "INT")):
            # (a member's own release: "the intra-EU exports" in a Romanian INS story are
            # Romania's exports to the EU)
            fact["reporter"] = fact["partner"]
        elif fact["reporter"] == fact["partner"] is not None:
            # the partner is written out; a reporter equal to it was only the article's
            # default economy (its most named country), so no reporter is known
            fact["reporter"] = None
        if growth_rate:
            fact["of_growth_rate"] = True
        fact["source"] = self._fact_source(fig, s, fact)
        if fact["reporter"] is None and fact["source"] is not None:
            fact["reporter"] = self._agency_country(fact["source"])
            if metric == "other" and fact["partner"] == fact["reporter"]:
                # "Remittances to Guatemala ..., Banguat said": the economy receiving an
                # unlisted flow is the one reporting it, no partner of its own
                fact["partner"] = None
        return fact

    def _release_terms(self, fig: Item, s: SentenceIndex, fact: dict[str, Any]) -> None:
        """An annualised quarterly rate states no year-on-year basis (relate.release_terms)."""
        release_terms.annualized_basis(self.text, s.bounds, (fig.start, fig.end), fact,
                                       self.c.basis["yoy"])

    def _other_fact(self, fig: Item, s: SentenceIndex) -> dict[str, Any]:
        sent = s.bounds
        unit = fig.attrs.get("unit") or ""
        # no mention: the cue window for the role runs from the sentence start
        as_mention = MetricMention(sent[0], sent[0], unit, "other", sent[0], sent[0])
        role, direction, _ = self._role(fig, sent, as_mention)
        modality = self._modality(fig, s)
        fact = {
            "figure": [fig.start, fig.end], "metric": "other",
            "metric_text": other_metric_text(self.text, s.clause(fig.start)[0], fig),
            "role": role, "direction": direction,
            "basis": self._basis(fig, s) if role == "change" else None,
            # a count a thing ranks among ("among the nation's 450 airports") is no statistic
            # of a period
            "period": None if AMONG_BEFORE.search(self.text, max(sent[0], fig.start - 40),
                                                  fig.start) or (
                release_terms.tally_count(fig.label, unit) and WHOLE_BEFORE.search(
                    self.text, max(sent[0], fig.start - 50), fig.start))
            else self._period(fig, s),
            "reporter": self.country,
            "partner": None, "product": None, "modality": modality,
            "source": self._continued_source(s, fig, modality), "sentence": list(sent),
        }
        self._release_terms(fig, s, fact)
        if release_terms.poll_count(fig.label, unit):
            release_terms.poll_count_fields(fact)
        return fact

    def _item_of_price(self, found: str | None, metric: str) -> str | None:
        """"transport costs fell 9.7 percent", "Housing costs were up 5.2 per cent" in a
        story of consumer prices: the item priced, without the price word heading it (as
        "Food prices" is 'food')."""
        words = found.split() if found else []
        if metric in self.c.products.prices and len(words) > 1 and \
                words[-1].lower() in self.c.products.price_heads:
            return " ".join(words[:-1])
        return found

    def _other_domain(self, sent: tuple[int, int]) -> bool:
        """Whether the sentence names metrics, none of the passage's domains (trade,
        economy, prices ...)."""
        named = {m.metric.split(".")[0] for m in _within(self.v.metrics, self._metric_starts,
                                                          *sent) if m.metric != "other"}
        return bool(named) and not named & self.passage_domains

    def _component(self, fig: Item, s: SentenceIndex) -> tuple[str | None, str | None]:
        """(partner, product) of a figure of the passage's metric that names its component
        only: an economy is the partner ("followed by Japan (12%)"), anything else the
        product ("displays (10%)")."""
        bare = product.elided_bare(self, fig, s)  # "... grew 3.0% and mining 1.2%"
        if bare is not None:
            return None, bare
        words = component_subject(self.text, s.clause(fig.start)[0], fig.start,
                                  self.c.any_direction, self.c.component_rank_end,
                                  self.c.level_marker, self.c.earning_verb, product._known)
        if words is None:
            return None, None
        lo = self.text.rfind(words, s.clause(fig.start)[0], fig.start)
        hi = lo + len(words)
        if lo >= 0 and any(a.end > lo for a in _within(self.v.agencies, self._agency_starts,
                                                       max(0, lo - 80), hi)):
            return None, None  # "Destatis revised to -2.9% ...": an agency, no component
        m = self.c.economy.fullmatch(words.removeprefix("the ").strip())
        if m is not None:
            return self.c.economy_code(m.group("e")), None
        found = product.component(self.text, s.clause(fig.start)[0], fig.start, words)
        # "Milk powder, butter, and cheese led the rise, up 45%": the whole list
        if found is not None and self.c.economy.search(found):
            return None, None  # "The economies that contracted were Finland (-0.4%)"
        return None, found and product_list.widened(self, s, found, max(lo, s.bounds[0]),
                                                    fig.start)
