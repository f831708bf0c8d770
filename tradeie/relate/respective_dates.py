"""Dates listed with "respectively": in "falls of 2.5 per cent and 2.6 per cent in September
and October, respectively" each figure of the list is dated by the date at its place in the
list of dates (the nearest date after a figure would pair them the wrong way)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import Pattern

from tradeie.relate.cues import LIST_JOINER
from tradeie.relate.view import Item

# from the last figure of the list to its dates: "in", "during", ", in"
_TO_DATES = re.compile(r"\s*(?:,\s*)?(?:in|during|for)\s+")
_TO_RESPECTIVELY = re.compile(r"\s*(?:,\s*)?")


def respective_dates(text: str, figs: Sequence[Item], dates: Sequence[Item],
                     respectively: Pattern[str]) -> dict[tuple[int, int], Item]:
    """{figure key: its date} for each list of n >= 2 figures followed by n dates and
    "respectively"; empty when the sentence has none."""
    out: dict[tuple[int, int], Item] = {}
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
        if k is None or k + len(run) > len(dates):
            continue
        listed = dates[k:k + len(run)]
        if not all(LIST_JOINER.fullmatch(text, a.end, b.start)
                   for a, b in zip(listed, listed[1:], strict=False)):
            continue
        gap = _TO_RESPECTIVELY.match(text, listed[-1].end)
        if gap is None or not respectively.match(text, gap.end()):
            continue
        out.update((f.key, d) for f, d in zip(run, listed, strict=True))
    return out
