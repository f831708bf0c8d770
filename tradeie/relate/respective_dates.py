"""Dates listed with "respectively": in "falls of 2.5 per cent and 2.6 per cent in September
and October, respectively" each figure of the list is dated by the date at its place in the
list of dates (the nearest date after a figure would pair them the wrong way)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import Pattern

from tradeie.normalize.periods.values import period_bounds
from tradeie.relate.cues import LIST_JOINER
from tradeie.relate.view import Item

# from the last figure of the list to its dates: "in", "during", ", in"
_TO_DATES = re.compile(r"\s*(?:,\s*)?(?:in|during|for)\s+")
_TO_RESPECTIVELY = re.compile(r"\s*(?:,\s*)?")
_COORDINATED = re.compile(r"\s(?:and|to)\s")


def respective_dates(text: str, figs: Sequence[Item], dates: Sequence[Item],
                     respectively: Pattern[str]
                     ) -> tuple[dict[tuple[int, int], Item], dict[tuple[int, int], str]]:
    """{figure key: its date} for each list of n >= 2 figures followed by n dates and
    "respectively", and {figure key: its period} for a list followed by one coordinated
    date that names n periods; empty when the sentence has none."""
    out: dict[tuple[int, int], Item] = {}
    parts: dict[tuple[int, int], str] = {}
    starts = {d.start: i for i, d in enumerate(dates)}
    i = 0
    while i < len(figs):
        j = i
        while j + 1 < len(figs) and figs[j + 1].label == figs[i].label and \
                LIST_JOINER.fullmatch(text, figs[j].end, figs[j + 1].start):
            j += 1
        run, i = figs[i:j + 1], j + 1
        if len(run) < 2:
            continue
        m = _TO_DATES.match(text, run[-1].end)
        k = starts.get(m.end()) if m else None
        if k is None:
            continue
        split = _split(text, dates[k], len(run), respectively)
        if split:  # "in the first and second quarters, respectively": one date, n periods
            parts.update((f.key, v) for f, v in zip(run, split, strict=True))
            continue
        if k + len(run) > len(dates):
            continue
        listed = dates[k:k + len(run)]
        if not all(LIST_JOINER.fullmatch(text, a.end, b.start)
                   for a, b in zip(listed, listed[1:], strict=False)):
            continue
        gap = _TO_RESPECTIVELY.match(text, listed[-1].end)
        if gap is None or not respectively.match(text, gap.end()):
            continue
        out.update((f.key, d) for f, d in zip(run, listed, strict=True))
    return out, parts


def _split(text: str, d: Item, n: int, respectively: Pattern[str]) -> list[str]:
    """The n equal periods of one coordinated date ("the first and second quarters")
    followed by "respectively", each a calendar quarter or a span of months."""
    gap = _TO_RESPECTIVELY.match(text, d.end)
    bounds = period_bounds(d.attrs.get("value") or "")
    if gap is None or not respectively.match(text, gap.end()) or bounds is None or \
            not _COORDINATED.search(text, d.start, d.end):
        return []
    a, b = bounds
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    if a.day != 1 or months % n or b.month == a.month and b.year == a.year:
        return []
    step, out = months // n, []
    for i in range(n):
        y1, m1 = divmod(a.year * 12 + a.month - 1 + i * step, 12)
        y2, m2 = divmod(y1 * 12 + m1 + step - 1, 12)
        out.append(f"{y1}-Q{m1 // 3 + 1}" if step == 3 and m1 % 3 == 0 else
                   f"{y1:04d}-{m1 + 1:02d}/{y2:04d}-{m2 + 1:02d}")
    return out
