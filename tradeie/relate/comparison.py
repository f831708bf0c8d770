"""Figures compared with a figure of the same sentence take its role: "made up 68.4% of
exports, down from 75.1% a year earlier" compares two shares; "capital goods at 12.4% and
consumption goods at 11.1%" lists shares after "intermediate goods took 76.2% of exports"."""

from __future__ import annotations

from re import Pattern
from typing import Any


def share_of_compared(facts: list[dict[str, Any]], text: str, compared_before: Pattern[str],
                      direction_words: Pattern[str], units: dict[tuple[int, int], str]) -> None:
    """Make a percent 'change' a 'share' when an earlier fact of its sentence with the same
    metric is a share and the figure is a value compared with ("down from 75.1%") or a
    listed one that no change word precedes ("followed by capital goods at 12.4%")."""
    share_metric: str | None = None
    prev_end: int | None = None
    for f in facts:
        start, end = f["figure"]
        if f["role"] == "share":
            share_metric = f["metric"]
        elif (share_metric is not None and f["metric"] == share_metric and f["role"] == "change"
              and units.get((start, end)) == "percent" and prev_end is not None):
            gap = text[prev_end:start]
            # a signed or bracketed percent after a level is its change: "$50.8bn (+7.6%)"
            signed = text[start:start + 1] in "+-−" or gap.rstrip().endswith("(")
            if compared_before.search(text, max(prev_end, start - 60), start) or (
                    not signed and not direction_words.search(gap)):
                f["role"], f["direction"], f["basis"] = "share", None, None
                f.pop("of_growth_rate", None)
        prev_end = end
