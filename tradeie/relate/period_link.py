"""Which period each figure describes: the date right after it, the nearest period its
clause or sentence names, a value compared with taking the date after it, a span compared
("between August and September"), else the period of its passage or of the story.

A mixin of the linker (``relate.linker._Linker``): it reads the linker's text, cues, dates
and sentence index, and keeps the passage period the linker updates sentence by sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from tradeie.normalize.periods.values import period_bounds
from tradeie.relate import release_terms
from tradeie.relate.basis_link import d_usable
from tradeie.relate.clause_period import (
    claim_usable,
    clause_backref_period,
    compared_of_date,
    cumulative_year,
    fiscal_this_year,
    leads_next_figure,
    names_metric,
    period_end_of,
    released_before,
    revised_previous,
)
from tradeie.relate.compared_step import compared_step, passage_or_compared_step, unless_base
from tradeie.relate.cues import BASED, FOR_ITEM_AFTER, FROM_BEFORE, SENTENCE_OPENING
from tradeie.relate.period_patterns import (
    AND_AFTER,
    ANNUAL_FLOW,
    APPOSITION,
    COMMA_AFTER,
    COMPARED_BEFORE,
    DATE_OF_FIGURE,
    DATELINE_AFTER,
    DATELINE_BEFORE,
    EARLIER_ESTIMATE,
    FISCAL_WORDS,
    FORECAST_NOUN_AFTER,
    FROM_ARTICLE_BEFORE,
    FROM_TO,
    FULL_YEAR_RATE,
    HEADING_WORDS,
    MID_MONTH,
    MONTHS_TO,
    OPENING_BEFORE,
    OPENING_CLAUSE_AFTER,
    RECORDED_AFTER,
    RELEASED_ON,
    REVISED,
    ROLLING_SPAN,
    SPAN_WORDS,
    TO_BEFORE,
    TO_FIGURE,
    WHEN_CLAUSE,
    month_day,
)
from tradeie.relate.release_month import release_month
from tradeie.relate.scope import (
    BETWEEN_BEFORE,
    canonical_period,
    compared_base,
    ends_before,
    fiscal_start_month,
    fiscal_year_ending,
    narrower_before,
    part_of_year,
    passage_period,
    period_cues,
    span_compared,
    step_back,
    step_forward,
    within,
    year_after,
)
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item, edge_gap, nearest_two


class PeriodLinking:
    """The period resolver of the linker (see the module docstring)."""

    # the period of the last heading line ("Quarter 4 (Oct to Dec) 2024"): it governs the
    # paragraphs after it that name no period, until the next heading
    heading_period: str | None = None

    def _heading(self, sent: tuple[int, int]) -> None:
        """A line of its own, of a few words, naming one period and no figure: a section
        heading of a statistical bulletin."""
        lo, hi = sent
        line_start = self.text.rfind("\n", 0, lo) + 1
        line_end = self.text.find("\n", hi)
        line_end = len(self.text) if line_end < 0 else line_end
        if self.text[line_start:lo].strip() or self.text[hi:line_end].strip():
            return  # not a line of its own
        dates = [d for d in self.dates_in(lo, hi) if d_usable(d) and d.attrs.get("value")]
        if len(dates) == 1 and len(self.text[lo:hi].split()) <= HEADING_WORDS and \
                not any(c in self.text[lo:hi] for c in ".,;:"):
            self.heading_period = dates[0].attrs.get("value")

    # the earlier period the story last compared a period with ("from 3 841 200 in June -
    # August 2017 to 3 837 400 in July - September 2017", "4.1 per cent compared to 6.5 per
    # cent in the second quarter of 2018"): the base of a later value compared with that
    # names neither a date nor a step ("accelerated from 5.4 per cent to 7.2 per cent")
    compared_with: dict[str, str] | None = None

    def _note_compared(self, s: SentenceIndex, facts: list[dict[str, Any]]) -> None:
        if self.compared_with is None:
            self.compared_with = {}
        own = {f["period"] for f in facts if f["period"] and f.get("modality") == "actual"
               and tuple(f["figure"]) not in s.compared_figs}
        earlier = {f["period"] for f in facts if f["period"]
                   and tuple(f["figure"]) in s.compared_figs}
        if len(own) == 1 and len(earlier) == 1:
            period, base = own.pop(), earlier.pop()
            if ends_before(base, period):
                self.compared_with[canonical_period(period)] = base
                return
        for f in facts:  # a change with its basis: one step of it back
            if f["role"] == "change" and f["basis"] and f["period"]:
                back = step_back(canonical_period(f["period"]), f["basis"])
                if back is not None:
                    self.compared_with[canonical_period(f["period"])] = back

    def _update_passage(self, s: SentenceIndex, facts: list[dict[str, Any]]) -> None:
        """A sentence naming a period for its figures sets the passage's period; the
        sentences after it that name none inherit it."""
        self._note_compared(s, facts)
        periods = [f["period"] for f in facts if f["period"] and f.get("modality") == "actual"]
        if not periods or not (s.free or any(s.claims.values())):
            return
        spans = {d.attrs.get("value") for d in s.dates if d.key in self._from_spans}
        if spans and all(p in spans for p in periods):
            return  # "On average from January to September, prices rose 2.8%": an aside
        named = {d.attrs.get("value") for _, d in s.free}
        aside = period_cues().aside_after
        if any(aside.match(self.text, d.end) for d in s.dates):
            return  # "USD 5.03 billion were exported in June alone": an aside
        self.passage_period = passage_period(periods, named, self.main_period,
                                             self.passage_period)
        # (its domains: a line break before another domain's metrics ends it, linker.run)
        self.passage_domains = {f["metric"].split(".")[0] for f in facts}
        if self.passage_period and len(self.passage_period) == 4 and \
                fiscal_year_ending(self.main_period, self.passage_period):
            # "this year" in a story whose year under review is the fiscal one ending in it
            self.passage_period = self.main_period

    def is_period_date(self, d: Item) -> bool:
        """A date that can be the period of a figure near it: not the day data were released
        ("released on Monday"), not a comparison ("from a year earlier", "than in May")."""
        known = self._period_dates.get(d.key)
        if known is None:
            known = self._period_dates[d.key] = not (
                self.c.release_before.search(self.text, max(0, d.start - 20), d.start)
                or self.c.streak_before.search(self.text, max(0, d.start - 25), d.start)
                or self.c.index_base_before.search(self.text, max(0, d.start - 25), d.start)
                or self.c.backref.search(self.text, d.start, d.end) or BASED.match(self.text, d.end)
                or self._compared_date(d) or self._apposed_to_compared(d) or period_end_of(self, d))
        return known

    def _apposed_to_compared(self, d: Item) -> bool:
        """"recorded a year earlier, in May 2020": a date in apposition to a date that is
        not a period (a comparison or a back-reference) is not one either."""
        before = self.dates_in(max(0, d.start - 40), d.start)
        if not before or not APPOSITION.fullmatch(self.text, before[-1].end, d.start):
            return False
        return not self.is_period_date(before[-1])

    def _compared_date(self, d: Item) -> bool:
        """A date after a comparison word ("from March", "than in 2023") is the earlier
        period compared with, except after a word that opens its sentence and there names
        the period: "Over 2024 as a whole, GDP grew 1.1%"."""
        key = (d.start, d.end, d.attrs.get("value"))  # read once per date (see _Linker)
        if key not in self._compared_dates:
            self._compared_dates[key] = self._read_compared_date(d)
        return self._compared_dates[key]

    def _read_compared_date(self, d: Item) -> bool:
        if BETWEEN_BEFORE.search(self.text, max(0, d.start - 12), d.start) and \
                self._date_after_and(d):
            return True  # "between 2018 and 2019": the first is the base, the second the period
        if self.c.pace_before.search(self.text, max(0, d.start - 16), d.start):
            return True
        m = self.c.comparison_before.search(self.text, max(0, d.start - 32), d.start)
        if m is not None and m.group(0).strip().lower() == "from" and \
                "/" in (d.attrs.get("value") or "") and SPAN_WORDS.search(
                    self.text, d.start, d.end):
            m = None  # "from April to June" names one span, not the value compared with
            self._from_spans.add(d.key)
        if m is not None and m.group(0).strip().lower() == "over" and ROLLING_SPAN.fullmatch(
                self.text, d.start, d.end):
            return False  # "the deficit over the last 12 months": a rolling span, no base
        if m is None:
            return bool(self.c.comparison_recorded_before.search(
                self.text, max(0, d.start - 70), d.start))
        lead = SENTENCE_OPENING.search(self.text, max(0, m.start() - 4), m.start())
        return not (lead and self.c.period_at_start.match(self.text[m.start():d.start]))

    def _date_after_and(self, d: Item) -> bool:
        """Whether another date follows ``d`` after only "and": "between 2018 and 2019"."""
        m = AND_AFTER.match(self.text, d.end)
        return m is not None and bool(self.dates_in(m.end(), m.end() + 1))

    def _between_base(self, d: Item) -> str | None:
        """The value of the date before ``d`` in "between <date> and ``d``", else None."""
        for e in self.dates_in(max(0, d.start - 40), d.start):
            m = AND_AFTER.match(self.text, e.end)
            if m and m.end() == d.start and BETWEEN_BEFORE.search(
                    self.text, max(0, e.start - 12), e.start):
                return e.attrs.get("value")
        return None

    def _period(self, fig: Item, s: SentenceIndex) -> str | None:
        if fig.key not in s._periods:
            # ("the first and second quarters, respectively": each figure its own quarter)
            value = s.respective_periods.get(fig.key) or self._find_period(fig, s)
            j = bisect_right(s.fig_starts, fig.start)
            # (only the value compared with that comes next: "$2.27 billion ... compared to
            # a $700 million surplus in December 2020")
            base = compared_base(s, fig) if value and j < len(s.figs) and \
                s.figs[j].key in s.compared_figs else None
            if base and "/" not in value and within(year_after(base), value):
                # "a $2.27 billion surplus compared to a $700 million surplus in December
                # 2020" in a 2021 story: December 2021's, the month compared year on year
                value = year_after(base)
            value = cumulative_year(self, fig, s, self._annual(fig, s, value))
            value = self._step_grain(fig, s, value)
            s._periods[fig.key] = value
        return s._periods[fig.key]

    def _event_day(self, fig: Item, s: SentenceIndex) -> str | None:
        """"cut its repo rate by 250 basis points to 45% on Thursday": a day right after the
        figure is the day of the event it measures (a decision, a market move), not a release
        day, which follows the verb of saying."""
        m = period_cues().event_day_gap.match(self.text, fig.end)
        if m is None:
            return None
        k = bisect_left(s.date_starts, m.end())
        if k < len(s.dates) and s.dates[k].start == m.end() and not d_usable(s.dates[k]):
            return s.dates[k].attrs.get("value")
        return None

    def _revised_from(self, fig: Item, s: SentenceIndex) -> Item | None:
        """The figure an estimate or forecast was revised to, when ``fig`` is the value it was
        revised from: "projected core inflation of 2.4% for fiscal 2025, revised up from 1.9%
        in October" (October is when 1.9% was projected; its period is fiscal 2025's),
        "trimmed its euro area estimate to 1.0% from 1.2%" (a forecast revised, the value
        revised from naming no date)."""
        lo = s.bounds[0]
        # "revised from an initial reading of a 0.2% gain"
        estimate = EARLIER_ESTIMATE.search(self.text, max(lo, fig.start - 70), fig.start)
        if estimate is None and \
                not FROM_ARTICLE_BEFORE.search(self.text, max(lo, fig.start - 14), fig.start):
            return None
        i = bisect_left(s.fig_starts, fig.start)
        if i == 0 or s.figs[i - 1].label != fig.label:
            return None
        # ("to 0.6% from a 1.2% target set in September")
        if estimate is not None or self.c.previous.search(self.text, max(lo, fig.start - 30),
                                                          fig.start) is not None or \
                (FORECAST_NOUN_AFTER.match(self.text, fig.end) and s.has(self.c.forecast)) or \
                released_before(self, fig, s):
            return s.figs[i - 1]
        if not s.has(self.c.forecast_revision) or not s.has(self.c.forecast) or any(
                d.attrs.get("granularity") not in ("month", "day") for d in s.claims[fig.key]):
            return None  # (a value with a year of its own, "from 4.9% in 2024", is of it)
        return s.figs[i - 1]

    def _dateless_base(self, fig: Item, s: SentenceIndex) -> str | None:
        """The period of a value compared with that names no date of its own: one step of
        the sentence's basis before the period of the figure compared with it ("rose 10.8%
        year-on-year, going from 32.98 million to 36.55 million"; "$77.86 billion in
        April-September 2009 as against $108.91 billion": a year before a cumulative or
        annual period; "revised from 8.7% to 8.8%": the same period), else None."""
        if s.claims[fig.key]:
            return None
        i = bisect_left(s.fig_starts, fig.start)
        ref: Item | None = None
        # (a story's step serves only a plain comparison: "from 5.4 per cent to 7.2 per
        # cent", "compared to 5.07 billion"; not "stemmed from a 16.7% decline")
        plain = True
        if FROM_BEFORE.search(self.text, max(s.bounds[0], fig.start - 8), fig.start):
            if i + 1 < len(s.figs) and FROM_TO.fullmatch(self.text, fig.end,
                                                         s.figs[i + 1].start):
                ref = s.figs[i + 1]  # "from 5.4 per cent to 7.2 per cent"
            elif i > 0:
                ref = s.figs[i - 1]  # "to $52.6 billion from $49.6 billion"
                plain = TO_BEFORE.search(self.text, max(0, ref.start - 8), ref.start) is not None
        elif fig.key in s.compared_figs and i > 0:
            ref = s.figs[i - 1]  # "totalled 4.80 billion euros, compared to 5.07 billion"
            plain = COMPARED_BEFORE.search(self.text, max(0, fig.start - 20),
                                           fig.start) is not None
        if ref is None or ref.label != fig.label or FOR_ITEM_AFTER.match(self.text, fig.end):
            return None
        after = self.text[fig.end:s.clause(fig.end)[1]]
        if self.c.forecast.search(after[:40]) or self.c.target_setter_after.match(after) or \
                self.c.forecast.search(self.text, max(s.bounds[0], fig.start - 40), fig.start):
            return None  # "the 3.0% growth it had anticipated", "the 6.5% it had targeted"
        period = self._period(ref, s)
        if not period or release_terms.earlier_estimate_after(self.text, fig.end):
            return period or None  # "up from 2.8% in the advance estimate": the same period
        step = self._sentence_step(s, period)
        if step is None and plain and self.compared_with:
            # no step in the sentence: the one the story compared this period with
            return self.compared_with.get(canonical_period(period))
        return step_back(period, step)

    def _sentence_step(self, s: SentenceIndex, period: str) -> str | None:
        """How a sentence steps back to the value compared with: "same" in a revision, the
        basis it states, else a year for an annual or cumulative period."""
        if s.has(REVISED):
            return "same"
        for basis, pattern in self.c.basis.items():
            if s.has(pattern):  # (an annualised rate of a quarter: of the quarter before)
                return "qoq" if basis == "yoy" and release_terms.quarter_annualized(
                    self.text, s.bounds, pattern, period) else basis
        bounds = period_bounds(period)
        if bounds is None:
            return None
        a, b = bounds
        months = (b.year - a.year) * 12 + b.month - a.month + 1
        # a year, or a period summed from the start of a calendar or fiscal year
        # ("January-November", "April-September"), is compared with a year before; a
        # month, a quarter or a rolling three months ("the three months to January") is not
        # said to be
        if a.day == 1 and (months == 12 or (months > 3 and a.month in (1, 4, 7, 10))):
            return "yoy"
        return None

    def _decision_day(self, fig: Item, s: SentenceIndex) -> str | None:
        """"The central bank lowered its repo rate by 25 basis points to 7.50%, the bank said
        on Thursday": a decision on a rate, in a sentence that names a day and no period,
        is of that day (the first one after the figure, else the last one before it)."""
        # (whether the sentence names a period, and its days: once per sentence)
        if not s.dates or s.lazy("names_period", lambda: any(
                d_usable(d) and self.is_period_date(d) for d in s.dates)):
            return None  # (a streak's start, "its first cut since May 2020", is no period)
        clause = s.clause(fig.start)
        if not period_cues().decision.search(self.text, max(clause[0], fig.start - 120),
                                             fig.start):
            return None
        days = s.lazy("days", lambda: [d for d in s.dates if not d_usable(d)])
        if not days:
            return None
        after = [d for d in days if d.start >= fig.end]
        return (after[0] if after else days[-1]).attrs.get("value")

    def _timeless(self, fig: Item, s: SentenceIndex) -> bool:
        """A standing fact states no period: "Oil, which accounts for about a third of
        output, expanded 3.4%" (the verb right before the figure), "More than 80% of its
        exports go to the US" (the verb after it in its clause, which moves nothing). Only in
        a sentence that names no date and no amount: "chip exports, which account for 20% of
        the total, reached $10.7 billion last month" is that month's share."""
        if s.dates or any(f.label == "MONEY" for f in s.figs):
            return False
        cues = period_cues()
        clause = s.clause(fig.start)
        if cues.timeless_before.search(self.text, max(clause[0], fig.start - 40), fig.start):
            return True
        return cues.timeless.search(self.text, fig.end, clause[1]) is not None and \
            not self.c.any_direction.search(self.text, fig.end, clause[1])

    def _standing_target(self, fig: Item, s: SentenceIndex) -> bool:
        """A standing target has no period: "within the central bank's 1.5%-3.5% target
        band", "the BSP targets inflation of 2 to 4 percent" (a target word and a word of a
        standing target in the figure's stretch between commas, which names no date); "the
        government's growth target of 5 percent for the year" has the year's."""
        if not s.has(self.c.target):
            return False  # (a sentence with no target word has none in its stretches)
        (lo, hi), text = s.bounds, self.text
        left = max(text.rfind(",", lo, fig.start), text.rfind(";", lo, fig.start))
        start = left + 1 if left >= 0 else lo
        stops = [i for i in (text.find(",", fig.end, hi), text.find(";", fig.end, hi))
                 if i >= 0]
        end = min(stops, default=hi)
        return bool(self.c.target.search(self.text, start, end)) and \
            bool(period_cues().standing_target.search(self.text, start, end)) and \
            not self.dates_in(start, end)

    def _opening_backref(self, fig: Item, s: SentenceIndex) -> str | None:
        """"During the same period last year, inflows grew 23.5%", "A year earlier, they
        had fallen 8.8%": a back-reference opening the sentence, set off by a comma, dates
        the figures after it (not "Compared with a year earlier, ...": a basis)."""
        if not s.dates:
            return None
        d = s.dates[0]
        # (without the comma after a preposition: "In the same fortnight a year earlier they
        # rose 0.49%")
        if d.start > fig.start or not OPENING_BEFORE.fullmatch(self.text, s.bounds[0], d.start) \
                or not (COMMA_AFTER.match(self.text, d.end)
                        or self.text[s.bounds[0]:d.start].strip()
                        or OPENING_CLAUSE_AFTER.match(self.text, d.end)) or \
                not self.c.backref.search(self.text, d.start, d.end):
            return None
        value = d.attrs.get("value")
        # ("Over the same period, ..." is the period under review: not an earlier one)
        return value if ends_before(value, self.passage_period or self.main_period) else None

    def _find_period(self, fig: Item, s: SentenceIndex) -> str | None:
        sent = s.bounds
        own = s.claims[fig.key]
        day = self._event_day(fig, s)
        if day is None:
            j = bisect_right(s.fig_starts, fig.start)
            if j < len(s.figs) and TO_FIGURE.fullmatch(self.text, fig.end, s.figs[j].start):
                day = self._event_day(s.figs[j], s)  # "by 250 basis points to 45% on ..."
        if day is None:
            day = self._decision_day(fig, s)
        if day is not None:
            return day
        if self._timeless(fig, s) or self._standing_target(fig, s):
            return None
        revised = self._revised_from(fig, s)
        if revised is not None:
            return self._period(revised, s)
        base = revised_previous(self, fig, s) or self._dateless_base(fig, s)
        if base is not None:
            return base
        base = compared_of_date(self, fig, s)
        if base is not None:
            return base
        k = bisect_left(s.date_starts, fig.end)
        if k < len(s.dates) and (not self.text[fig.end:s.dates[k].start].strip() or (
                # (or past a bracketed aside holding another figure: "from $11.3 billion (1.3%
                # of GDP) a year ago", which dates both; see SentenceIndex)
                s.claims.get(fig.key) and s.claims[fig.key][0] is s.dates[k]
                and ")" in self.text[fig.end:s.dates[k].start])) and \
                self.c.backref.search(self.text, s.dates[k].start, s.dates[k].end) and \
                s.dates[k].attrs.get("value"):
            # "after expanding 3.0% the previous year", "after 253 billion euros a year
            # earlier": a back-reference right after the figure dates it
            return s.dates[k].attrs.get("value")
        opening = self._opening_backref(fig, s) or clause_backref_period(self, fig, s)
        if opening is not None and not own:
            return opening
        if k < len(s.dates) and RECORDED_AFTER.fullmatch(self.text, fig.end, s.dates[k].start) \
                and d_usable(s.dates[k]) and s.dates[k].attrs.get("value"):
            return s.dates[k].attrs.get("value")  # "the $2.1bn surplus recorded a year earlier"
        k = bisect_left(s.date_ends, fig.start) - 1
        if k >= 0 and WHEN_CLAUSE.match(self.text, s.date_ends[k], fig.start) and \
                s.dates[k].attrs.get("value"):
            return s.dates[k].attrs.get("value")  # the date the "when" clause refers to
        # "compared with March 2021 (€201.4Bn)": the date the bracketed figure belongs to,
        # unless one follows the figure itself ("in December ($59.1 billion in November)")
        k = bisect_right(s.bracket_starts, fig.start) - 1
        if k >= 0 and fig.start <= s.brackets[k][0] and not (own and own[0].start > fig.end):
            return s.dates[s.brackets[k][1]].attrs.get("value")
        # "1.5 percent in 2025", "$49.6 billion in the year-ago month": the date right after
        # ... unless it is the earlier period compared with ("rose 5 percent over 2023") and
        # the sentence names another period ("In 2024, ..."), which is then the figure's
        k = bisect_left(s.date_ends, fig.start) - 1
        if k >= 0 and DATE_OF_FIGURE.fullmatch(self.text, s.date_ends[k], fig.start) and \
                d_usable(s.dates[k]) and not (
                    self.c.backref.search(self.text, s.dates[k].start, s.dates[k].end)
                    and s.has(self.c.forecast_revision)):
            # (not "revised from the previous month's preliminary surplus of R13bn": the
            # previous release's, of this month)
            # "the exports recorded in December 2016 of R93,52-billion": the value of that date
            return self._date_period(fig, s.dates[k], s)
        poss = s.possessed.get(fig.key)
        if poss is not None and d_usable(poss) and poss.attrs.get("value"):
            # "below last year's $98.9 billion": a date's possessive dates its figure, also
            # when the figure is the value compared with
            return self._date_period(fig, poss, s)
        if own and not d_usable(own[0]):
            to_date = self._to_date(own[0])
            if to_date is not None:
                return to_date
        # a base compared with while another figure claims a later period: not this one's
        base = own[0].key if own and own[0].start > fig.end and d_usable(own[0]) and \
            self._compared_date(own[0]) and self._claimed_later(fig, own[0], s) else None
        if own and d_usable(own[0]) and (not self._compared_date(own[0]) or (
                not s.free and base is None)):
            return compared_step(self, fig, own[0]) or self._date_period(fig, own[0], s)
        if FROM_BEFORE.search(self.text[max(sent[0], fig.start - 8):fig.start]):
            # "revised to $262.1 billion from $263.0 billion originally reported": the value
            # revised is of the period of the revision
            i = bisect_left(s.fig_starts, fig.start)
            if i > 0 and self.c.previous.search(
                    self.text, max(sent[0], fig.start - 30), min(sent[1], fig.end + 30)):
                return self._period(s.figs[i - 1], s)
            return None  # "to $B from $C": C is the earlier level; its period is not stated
        j = bisect_right(s.fig_starts, fig.start)
        if not own and j < len(s.figs) and TO_FIGURE.fullmatch(self.text, fig.end,
                                                              s.figs[j].start):
            # "fell 1.4 per cent to $52.5 billion in August after ... in July": a change has
            # the period of the level it moved to
            theirs = s.claims.get(s.figs[j].key)
            if theirs and d_usable(theirs[0]) and not self._compared_date(theirs[0]):
                return self._date_period(fig, theirs[0], s)
        # "rose to 4.2 percent from 4.1 percent in October": October belongs to 4.1 only. The
        # candidates: those no figure claims, and those only this figure claims.
        mine = sorted((x for key in dict.fromkeys(d.key for d in own)
                       if s.claimers[key] == {fig.key} and key != base
                       for x in s.claimed_candidates.get(key, ())), key=lambda x: x[0])
        clause = s.clause(fig.start)
        in_clause = (bisect_left(s.free_starts, clause[0]), bisect_left(s.free_starts, clause[1]))
        mine_in_clause = [x for x in mine if clause[0] <= x[1].start < clause[1]]
        if in_clause[0] < in_clause[1] or mine_in_clause:
            lo, hi, extra = *in_clause, mine_in_clause
        else:
            lo, hi, extra = 0, len(s.free), mine
        # the nearest by start; on a tie the first in text order
        best: tuple[int, int, Item] | None = None
        for i, d in [*nearest_two(s.free, s.free_starts, lo, hi, fig.start), *extra]:
            if leads_next_figure(self, fig, d, s):
                continue
            cand = (edge_gap(self.text, fig, d), i, d)
            if best is None or cand[:2] < best[:2]:
                best = cand
        if best is not None:
            return self._date_period(fig, best[2], s)
        # "Household consumption rose 0.2% in the fourth quarter, while business investment
        # dropped 0.9%": the period another figure of the sentence claims, unless only values
        # compared with claim it ("to 4.2 percent from 4.1 percent in October")
        # (of several, the one the nearest figure before claims: "$712 million in March and
        # $2.1 billion in the first quarter, down 18%" is the quarter's)
        best_claim: tuple[int, str] | None = None
        for key, claimed in s.claimed_candidates.items():
            claimers = s.claimers[key] - s.compared_figs
            if claimers and d_usable(claimed[0][1]) and \
                    claim_usable(self, s, claimed, claimers, fig) and not (
                        self.v.published and not claimed[0][1].attrs.get("value")):
                # (not a date left unresolved in a dated story: "up $1.2 billion in the
                # week" leaves the stock before it to its own day)
                gap = min((fig.start - end for _, end in claimers if end <= fig.start),
                          default=len(self.text))
                if best_claim is None or gap < best_claim[0]:
                    best_claim = (gap, claimed[0][1].attrs.get("value"))
        if best_claim is not None:
            return best_claim[1]
        if not self.passage_period and not self.heading_period:
            month = release_month(self, fig.start)  # after a lead of a range, then its month
            if month is not None:
                return month
        found = passage_or_compared_step(self, fig, s) or self.heading_period or self.main_period
        if found and not self.passage_period and not self.heading_period:
            found = self._after_compared(found, s)
        return found or self._story_day(fig, s)

    def _after_compared(self, value: str, s: SentenceIndex) -> str:
        """"The jobless rate rose to 4.2% from 4.1% in October" in a story that names no
        other period: October is the value compared with's, so the figure's is the month
        (quarter) after it, when that ended by publication."""
        compared_only = [claimed[0][1] for key, claimed in s.claimed_candidates.items()
                         if not s.claimers[key] - s.compared_figs]
        if not any(d.attrs.get("value") == value for d in compared_only):
            return value
        later = step_forward(value)
        bounds = period_bounds(later) if later else None
        if bounds is None or not self.v.published or \
                bounds[1].isoformat() > self.v.published:
            return value  # (a period not over by publication cannot have been reported)
        return later

    def _story_day(self, fig: Item, s: SentenceIndex) -> str | None:
        """In a story that names no period, only days (a match, a storm, a market move):
        the day of its sentence nearest the figure, else the last day named before it; not
        the day of a release or a dateline (a statistic released on a day is not of it)."""
        days = [d for d in s.dates if not self._release_day(d)]
        if days:
            return unless_base(self, min(days, key=lambda d: abs(d.start - fig.start)))
        before = [d for d in self.dates_in(0, s.bounds[0]) if not self._release_day(d)]
        return unless_base(self, before[-1]) if before else None

    def _release_day(self, d: Item) -> bool:
        """"said on Thursday", "released on Monday", a dateline: the day of a release."""
        return bool(RELEASED_ON.search(self.text, max(0, d.start - 25), d.start)
                    or DATELINE_AFTER.match(self.text, d.end)
                    or DATELINE_BEFORE.search(self.text, max(0, d.start - 30), d.start))

    def _step_grain(self, fig: Item, s: SentenceIndex, value: str | None) -> str | None:
        """"For 2024 as a whole, production fell 4.5%. Energy-intensive industries cut output
        by 1.1% on the month": a change stated month on month (quarter on quarter) is of a
        month (quarter): the story's, when the period found is longer and holds it."""
        if not value or not self.main_period or value == self.main_period:
            return value
        hi = min(s.clause(fig.end)[1], fig.end + 40)
        # ... or an opening "On a monthly basis, prices rose 0.4%": before the sentence's comma
        comma = self.text.find(",", s.bounds[0], fig.start)
        for basis, grain in (("mom", r"\d{4}-\d{2}"), ("qoq", r"\d{4}-Q[1-4]")):
            pattern = self.c.basis.get(basis)
            if pattern is not None and (pattern.search(self.text, fig.end, hi) or (
                    comma > 0 and pattern.search(self.text, s.bounds[0], comma))) and \
                    re.fullmatch(grain, self.main_period) and \
                    not re.fullmatch(grain, canonical_period(value)) and \
                    within(self.main_period, value):
                return self.main_period
        return value

    def _annual(self, fig: Item, s: SentenceIndex, value: str | None) -> str | None:
        """"bringing the annual exports to a record $261.8 billion" after December's: a
        flow its clause calls annual is of the calendar year of the period found (not in a
        fiscal-year story of an economy whose year starts in another month)."""
        start = s.clause(fig.start)[0]
        if not value or not ANNUAL_FLOW.search(self.text, start, fig.start) and (
                s.claims[fig.key] or not FULL_YEAR_RATE.search(self.text, start, fig.start)):
            return value  # (a rate with a date of its own: "than the 4.8% of the first ...")
        bounds = period_bounds(value)
        if bounds is None or bounds[0].year != bounds[1].year:
            return value
        year = bounds[0].year
        if FISCAL_WORDS.search(self.text) and fiscal_start_month(self.country, year) != 1:
            return value
        return str(year)

    def _claimed_later(self, fig: Item, d: Item, s: SentenceIndex) -> bool:
        """Whether another figure of the sentence claims a period ending after that of the
        date ``d`` compared with: "$30.3 billion in FY24, up 10.7% over last year" (the base
        year is not the period of the change; FY24 is)."""
        value = d.attrs.get("value")
        for key, claimed in s.claimed_candidates.items():
            other = claimed[0][1]
            if key != d.key and s.claimers[key] - s.compared_figs - {fig.key} and \
                    d_usable(other) and ends_before(value, other.attrs.get("value")):
                return True
        return False

    def _to_date(self, d: Item) -> str | None:
        """"as of April 15, 2018": a flow summed from January 1 to that day (a stock is
        measured at the day itself: ``_Linker._fact`` sets it back); in a story about the
        fiscal year of an economy whose year starts in another month, from its first day
        ("as of 14 Feb" in Myanmar's October-September year: from October 1)."""
        value = (d.attrs.get("value") or "").split("/")[-1] or None  # "the third week of May"
        if value and len(value) == 7:
            value = month_day(value, self.text[d.start:d.end])  # "as of mid-April"
        if not value or len(value) != 10 or not self.c.to_date_before.search(
                self.text, max(0, d.start - 12), d.start):
            return None
        year, month = int(value[:4]), int(value[5:7])
        start = fiscal_start_month(self.country, year) if FISCAL_WORDS.search(self.text) else 1
        if start != 1:
            return f"{year if month >= start else year - 1}-{start:02d}-01/{value}"
        return f"{value[:4]}-01-01/{value}"

    def _date_period(self, fig: Item, d: Item, s: SentenceIndex) -> str | None:
        """The period a date gives a figure: its value, or the later end of a span that
        compares two periods ("between August and September"), the earlier one then being
        the base of the change (``s.compared``)."""
        value = d.attrs.get("value")
        if value and (len(value) == 21 or MID_MONTH.match(self.text, d.start, d.end)):
            value = self._to_date(d) or value  # "As of mid-April", "as of the third week of"
        if self.main_period and (not value or "/" not in value) and \
                self.c.passage_backref.match(self.text, d.start, d.end):
            # "in the reporting period": the story's period, unless the date was resolved to
            # a cumulative range ("during the period" after "the first eight months"); in a
            # passage about another period ("In August, ... The share of imports in this
            # period"), that one
            return self.passage_period or self.main_period
        # "the first half of the 2024/25 financial year": that part of the fiscal year
        part = part_of_year(value, self.text[max(0, d.start - 40):d.start])
        if part is not None:
            return part
        span = span_compared(value, self.text[max(0, d.start - 12):d.start],
                             quarters="quarter" in self.text[d.start:d.end].lower())
        if span is None:
            base = self._between_base(d)
            if base is not None:  # "between November and December": against November
                s.compared[fig.key] = base
            return value
        s.compared[fig.key] = span[1]
        return span[0]

    def _main_period(self) -> str | None:
        """The story's period: the first period named in a sentence that states a figure
        (a lead such as "... in November, the agency said"), else the first one named."""
        # (a day a flow is summed to, "as of April 15", stands for the year to that day)
        usable = [(d, d.attrs.get("value") if d_usable(d) else self._to_date(d))
                  for d in self.v.dates if d.attrs.get("value") and self.is_period_date(d)]
        usable = [(d, value) for d, value in usable if value]
        sent_starts = self.sentence_starts
        first_fig = next((i for i, sent in enumerate(self.v.sentences)
                          if self.any_figure_in(*sent)), None)
        for k, (d, value) in enumerate(usable):
            index = bisect_left(sent_starts, d.start + 1) - 1
            if first_fig is not None and k and self._lead_is_main(index, first_fig, usable, k):
                # "Inflation picked up in November. Prices rose 2.2% ... In October, ...":
                # the first figures name no period; the lead's before them is the story's
                return usable[k - 1][1]
            if index >= 0 and self.any_figure_in(*self.v.sentences[index]):
                # "... in January. In the first month of the year, exports fell 11.7%": a
                # narrower period the lead named before, within this one, is the story's
                if not MONTHS_TO.match(self.text, d.start, d.end):
                    # (of a sentence naming a metric, as a headline does: not a scene set
                    # before the figures, "When the ships stopped calling in March, ...")
                    value = narrower_before(value, [v for e, v in usable[:k]
                                                    if names_metric(self, e, sent_starts)])
                return fiscal_this_year(d, value, usable)
        return usable[0][1] if usable else None
