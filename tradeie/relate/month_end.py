"""Flows summed to a month's end: "Morocco's trade deficit widened 7.3% to 148.4 billion
dirhams at the end of June 2024" (the Office des Changes' "a fin juin") is the deficit of
January to June, not of June. The DATE stays the month (the contract's "the end of December"
is December); the fact of a flow of ``period_month_end_flows`` whose period is that month
becomes the span from the start of the year (of the fiscal year in a fiscal-year story) to
it. A stock at a month's end ("reserves stood at $30bn at end-June") stays the month.

Data: the ``period_month_end_*`` keys of models/relations.json."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from tradeie.patterns import phrase_pattern
from tradeie.relate.cues import relations
from tradeie.relate.scope import fiscal_start_month

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker
    from tradeie.relate.sentence import SentenceIndex
    from tradeie.relate.view import Item

FISCAL_WORDS = re.compile(r"\b(?:fiscal|financial\s+year|FY\s?\d)", re.IGNORECASE)
MONTH = re.compile(r"\d{4}-\d\d")


@dataclass(frozen=True)
class MonthEndCues:
    flows: frozenset[str]
    opener: re.Pattern[str]  # matched at a date's start: "the end of ", "end-"
    before: re.Pattern[str]  # searched in the few characters before it: "at ", "by "
    suffix: re.Pattern[str]  # at a date's end: "November-end"
    other_flows: re.Pattern[str]  # in an 'other' metric's words: "fiscal deficit"


@cache
def month_end_cues() -> MonthEndCues:
    rel = relations()
    return MonthEndCues(
        flows=frozenset(rel["period_month_end_flows"]),
        opener=re.compile(rf"(?:{phrase_pattern(rel['period_month_end_openers'])})[\s-]+",
                          re.IGNORECASE),
        before=re.compile(rf"(?<![\w-])(?:{phrase_pattern(rel['period_month_end_before'])})"
                          r"\s+$", re.IGNORECASE),
        suffix=re.compile(rf"(?:{phrase_pattern(rel['period_month_end_suffixes'])})$",
                          re.IGNORECASE),
        other_flows=re.compile(
            rf"(?<![\w-])(?:{phrase_pattern(rel['period_month_end_other_flows'])})(?![\w-])",
            re.IGNORECASE))


def _month_end(text: str, d: Item, c: MonthEndCues) -> bool:
    return (c.opener.match(text, d.start, d.end) is not None
            or c.suffix.search(text, d.start, d.end) is not None) and \
        c.before.search(text, max(0, d.start - 12), d.start) is not None


def refine(linker: _Linker, s: SentenceIndex, fact: dict[str, Any]) -> None:
    """Widen a month-end flow's period to the span summed up to that month."""
    c = month_end_cues()
    period = fact.get("period")
    flow = fact["metric"] in c.flows or (
        fact["metric"] == "other" and c.other_flows.search(fact.get("metric_text") or ""))
    if not flow or not period or not MONTH.fullmatch(period):
        return
    by_value = linker.cache.get("month_end_dates")
    if by_value is None:  # (once per document: a scan per fact was quadratic)
        by_value = linker.cache["month_end_dates"] = {}
        for d in linker.v.dates:
            by_value.setdefault(d.attrs.get("value"), []).append(d)
    dates = by_value.get(period, [])
    if not dates:
        return
    # the date of the figure's own sentence, else the first naming that month
    own = [d for d in dates if s.bounds[0] <= d.start < s.bounds[1]]
    if not _month_end(linker.text, (own or dates)[0], c):
        return
    year, month = int(period[:4]), int(period[5:])
    start = fiscal_start_month(linker.country, year) if FISCAL_WORDS.search(linker.text) else 1
    first = year if month >= start else year - 1
    if (first, start) != (year, month):  # (a fiscal year's first month is that month only)
        fact["period"] = f"{first}-{start:02d}/{period}"
