"""The basis of a change that its own words do not state: a comparison set off by commas
earlier in the sentence, basis cues listed with "respectively", a cue after the level the
change moved to, a basis adjective before its change noun, "sequentially"; and the basis implied
by two named periods (``_basis_between``).

A mixin of the linker (``relate.linker._Linker``), beside ``PeriodLinking`` whose ``_period``
it reads; the value helpers at the end are shared by the period, metric and modality code.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from tradeie.normalize.periods.values import period_bounds, value_granularity
from tradeie.relate.metric_patterns import ADJUSTMENT_ASIDE, OWN_PERIOD_AND
from tradeie.relate.scope import TO_LEVEL, canonical_period, period_cues, sequential_basis
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item

LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # between listed figures


class BasisLinking:
    """The basis resolvers of the linker that look beyond the figure's own words."""

    def _aside_basis(self, fig: Item, s: SentenceIndex) -> str | None:
        """A comparison set off by commas earlier in the sentence, with no figure between:
        "In the first three months, compared to the previous quarter, GDP had increased by
        0.5%" (its basis), "in a comparison with the first quarter of the year, the economy
        grew by 0.1% from April to June" (one step back from the figure's period)."""
        if fig.attrs.get("unit") == "percentage_point":
            return None  # a difference of rates ("6.3 points higher than the overall pace")
        text, lo = self.text, s.bounds[0]
        i = bisect_left(s.fig_starts, fig.start)
        if i > 0:
            # (the words after the figure before, to the next comma, are that figure's:
            # "0.1% quarter-on-quarter, with the EU registering increases of 0.4%")
            comma = text.find(",", s.figs[i - 1].end, fig.start)
            if comma < 0:
                return None
            lo = max(lo, comma + 1)
        end = fig.start
        while end > lo:
            start = max(text.rfind(",", lo, end), lo - 1) + 1
            if end - start > 2:
                for basis, pattern in self.c.basis.items():
                    if pattern.search(text, start, end):
                        return basis
                for d in self.dates_in(start, end):
                    if d_usable(d) and self.c.comparison_before.search(
                            text, max(start, d.start - 25), d.start):
                        found = _basis_between(self._period(fig, s), d.attrs.get("value"))
                        if found is not None:
                            return found
            end = start - 1
        return None

    def _respectively_basis(self, fig: Item, s: SentenceIndex) -> str | None:
        """"prices rose 0.5% and 2.9% on a month-on-month and year-on-year basis,
        respectively": a list of figures, then as many basis cues, then "respectively"; each
        figure takes the cue in its place."""
        # (the same end as the sentence's: none in it, none after the figure)
        resp = self.c.respectively.search(self.text, fig.end, s.bounds[1]) \
            if s.has(self.c.respectively) else None
        if resp is None:
            return None
        cues: list[tuple[int, int, str]] = []
        for basis, pattern in self.c.basis.items():
            cues.extend((m.start(), -m.end(), basis)
                        for m in pattern.finditer(self.text, fig.end, resp.start()))
        ordered: list[tuple[int, str]] = []
        for start, neg_end, basis in sorted(cues):  # longest first at a start; no overlaps
            if not ordered or start >= ordered[-1][0]:
                ordered.append((-neg_end, basis))
        if len(ordered) < 2 or len({b for _, b in ordered}) < 2:
            return None
        first_cue = min(start for start, _, _ in cues)
        # the list: the figures before the first cue, each joined to the next by a comma or
        # "and" only ("0.5%, 1.1% and 2.9%")
        listed = [f for f in s.figs if f.start < first_cue and f.label == fig.label]
        if not listed or fig not in listed:
            return None
        k = len(listed) - 1
        while k > 0 and LIST_GAP.fullmatch(self.text, listed[k - 1].end, listed[k].start):
            k -= 1
        listed = listed[k:]
        if len(listed) != len(ordered) or fig not in listed:
            return None
        return ordered[listed.index(fig)][1]

    def _past_level_basis(self, fig: Item, s: SentenceIndex) -> str | None:
        """"rose 4.1% to US$51.2 billion in January from a year earlier": a change, the
        level it moved to, then the basis cue; the words after that level, up to the next
        figure or the end of the clause, state the change's basis too."""
        if fig.label != "PERCENT" or fig.attrs.get("unit") == "percentage_point":
            return None
        j = bisect_right(s.fig_starts, fig.start)
        if j >= len(s.figs) or s.figs[j].label == "PERCENT" or \
                not TO_LEVEL.fullmatch(self.text, fig.end, s.figs[j].start):
            return None
        level = s.figs[j]
        # (past the level's equivalent in another currency: "to 13.06 trillion yuan (1.9
        # trillion U.S. dollars) in the first half over the same period last year")
        k = j + 1
        while k < len(s.figs) and s.figs[k].attrs.get("equivalent_of"):
            k += 1
        start = s.figs[k - 1].end
        end = min(s.clause(start)[1], start + 80)
        if k < len(s.figs):
            end = min(end, s.figs[k].start)
        for basis, pattern in self.c.basis.items():
            if pattern.search(self.text, level.end, max(level.end, end)):
                return basis
        # "fell 14% to €1.1 billion in January, compared with the same month last year": a
        # comparison with a named period after the level, no figure between
        reach = min(s.bounds[1], level.end + 90, s.figs[k].start if k < len(s.figs) else
                    s.bounds[1])
        cue = self.c.comparison_later.search(self.text, level.end, reach)
        if cue is None:
            # "rose 46% to N19.9 trillion in Q1 2024 over (from) the fourth quarter of 2023":
            # a bare preposition, read only with a period right after it
            cue = self.c.comparison_after_level.search(self.text, level.end, reach)
            if cue is None:
                return None
            later = [d for d in self.dates_in(cue.end(), min(reach, cue.end() + 40))
                     if not self.text[cue.end():d.start].strip(" ,")]
            if not later:
                return None
        later = self.dates_in(cue.end(), min(reach, cue.end() + 40))
        return _basis_between(self._period(fig, s), later[0].attrs.get("value")) \
            if later else None

    def _adjective_basis(self, fig: Item, s: SentenceIndex) -> str | None:
        """"Large monthly price increases were recorded for coffee (up 1.6%)", "the
        year-on-year GDP growth for the eurozone at 1.4%": a basis adjective before its
        change noun, a word or two apart, earlier in the figure's clause (not for a move of
        a rate in points)."""
        if fig.attrs.get("unit") == "percentage_point":
            return None
        lo = s.clause(fig.start)[0]
        for basis, pattern in period_cues().adjective_phrase.items():
            if pattern.search(self.text, lo, fig.start):
                return basis
        return None

    def _sequential_basis(self, fig: Item, s: SentenceIndex,
                          windows: tuple[str, ...]) -> tuple[bool, str | None]:
        """"rose 1.2% sequentially" in one of ``windows`` (the words at the figure): (True,
        one step of the figure's own period: ``mom`` for a month, ``qoq`` for a quarter,
        None for others); (False, None) without such a cue."""
        if not any(period_cues().sequential.search(w) for w in windows):
            return False, None
        return True, sequential_basis(self._period(fig, s))

    def _other_step(self, f: dict[str, Any], facts: list[dict[str, Any]]) -> bool:
        """"prices rose 0.2 per cent in the December quarter and 2.4 per cent from a year
        earlier": a change of the same metric over the same period, its own period phrase
        then "and" (an aside set off by commas may close the phrase: "in the September quarter,
        seasonally adjusted, and"), before the change whose basis is stated, is over another
        step."""
        for g in facts:
            if g is f or g["role"] != "change" or not g["basis"] or \
                    g["metric"] != f["metric"] or g["period"] != f["period"]:
                continue
            between = ADJUSTMENT_ASIDE.sub("", self.text[f["figure"][1]:g["figure"][0]], 1)
            if OWN_PERIOD_AND.fullmatch(between) and \
                    self.dates_in(f["figure"][1], g["figure"][0]):  # (not "in dollar terms")
                return True
        return False

    def _share_basis(self, facts: list[dict[str, Any]]) -> None:
        """A basis stated for one change in the sentence holds for its coordinated changes."""
        # (a point move of a growth rate compares rates: "grew 3.8 percent, up 0.7 point from
        # November" says nothing of the rate's own basis)
        bases = {f["basis"] for f in facts if f["role"] == "change" and f["basis"]
                 and not f.get("of_growth_rate")}
        if len(bases) == 1:
            basis = bases.pop()
            # not to a policy rate or other unnamed metric moved in the same sentence ("raised
            # its rate by 25 basis points ... after prices climbed 3.0% versus a year earlier")
            # (an 'other' metric shares it only with a change of the same wording: "Fixed
            # asset investment increased 8.9 percent year-on-year, down from 10.2 percent")
            stated = {f["metric_text"] for f in facts
                      if f["metric"] == "other" and f["role"] == "change" and f["basis"]}
            for f in facts:
                # not to a point move of a growth rate ("up 9.9 percent year-on-year, 6.3
                # percentage points higher than the overall pace"): rates compared, no basis
                if f["role"] == "change" and f["basis"] is None and (
                        f["metric"] != "other" or f["metric_text"] in stated) \
                        and not f.get("of_growth_rate") and not self._other_step(f, facts) \
                        and not period_cues().sequential.search(
                            self.text, f["figure"][1], f["figure"][1] + 14):
                    # (nor to a change stated step by step: "0.46% biweekly and 8.45% annually")
                    f["basis"] = basis


def _period_start(period: str | None) -> str | None:
    """The first day of a normalised period (of its first end, for a range), as an ISO
    string; None when that is no value ``period_bounds`` reads."""
    first = (period or "").split("/")[0]
    gran = value_granularity(first)
    if gran == "week":
        return f"{first[:4]}-01-01"  # only the year matters for "after publication" here
    return None if gran is None else period_bounds(first)[0].isoformat()


def d_usable(d: Item) -> bool:
    """Day dates are release or event days far more often than statistical periods."""
    return d.attrs.get("granularity") != "day"


def _basis_between(period: str | None, earlier: str | None) -> str | None:
    """The basis implied by comparing ``period`` with an explicitly named ``earlier`` one:
    the same span one year back is ``yoy``; the month or quarter right before, ``mom`` or
    ``qoq`` ("Against the fourth quarter of 2024" for 2025-Q1). Ranges compare end by end
    ("January-November" against "the same months of 2023")."""
    if not period or not earlier:
        return None
    period, earlier = canonical_period(period), canonical_period(earlier)
    ends, earlier_ends = period.split("/"), earlier.split("/")
    if len(ends) != len(earlier_ends):
        return _part_of_month_yoy(ends, earlier)
    found = {_step(a, b) for a, b in zip(ends, earlier_ends, strict=True)}
    return found.pop() if len(found) == 1 else None


def _part_of_month_yoy(ends: list[str], earlier: str) -> str | None:
    """"the first week of December, 8.1% above the daily average of December 2025" (Secex's
    month to date against the whole month a year back): days within one month, compared
    with that month one year earlier, are ``yoy``."""
    if value_granularity(earlier) != "month" or \
            any(value_granularity(e) != "day" for e in ends):
        return None
    year, month = int(earlier[:4]) + 1, earlier[5:7]
    return "yoy" if all(e[:7] == f"{year}-{month}" for e in ends) else None


def _step(period: str, earlier: str) -> str | None:
    """The basis from ``earlier`` to ``period`` (two single values): "yoy" for the same
    span one year back, "mom" / "qoq" for the month or quarter right before."""
    gran = value_granularity(period)
    if gran is None or value_granularity(earlier) != gran:
        return None
    if int(period[:4]) - int(earlier[:4]) == 1 and period[4:] == earlier[4:]:
        return "yoy"
    if gran not in ("month", "quarter"):
        return None
    a, b = period_bounds(period)[0], period_bounds(earlier)[0]
    months = (a.year - b.year) * 12 + a.month - b.month
    if months == (1 if gran == "month" else 3):
        return "mom" if gran == "month" else "qoq"
    return None
