"""Figures bracketed after an economy of a list: "went mainly to Spain (₦2.38 trillion or
11.67%), India (₦1.87 trillion, 9.19%)". The percent after an amount in the same bracket is
its mate: it belongs to the economy before the bracket as the amount does, and (with no sign
or direction word) it is that economy's share of the flow."""

from __future__ import annotations

import re
from bisect import bisect_left
from re import Match
from typing import Any

from tradeie.relate.view import Item

# what joins an amount and its percent inside one bracket: "(N2.38 trillion or 11.67%)",
# "(N1.41 trillion, 9.61%)", "(N1.2 trillion, or 10.5%)"
MATE_GAP = re.compile(r"\s*(?:,\s*(?:or\s+)?|or\s+)")


def bracket_mate(linker: Any, fig: Item, lo: int) -> Item | None:
    """The amount written before ``fig`` in its bracket ("(<amount> or ``fig``)"), else None;
    ``lo`` bounds the search (the sentence's start)."""
    i = bisect_left(linker._fig_starts, fig.start)
    if not i:
        return None
    prev = linker.v.figures[i - 1]
    if prev.start < lo or prev.label != "MONEY" or fig.label != "PERCENT" or \
            not MATE_GAP.fullmatch(linker.text, prev.end, fig.start):
        return None
    return prev


def bracket_economy(linker: Any, fig: Item, lo: int) -> tuple[Match[str] | None, bool]:
    """(the economy match a bracket holding ``fig`` opens after, or None; whether ``fig`` is
    the percent mate of an amount in such a bracket)."""
    c, text = linker.c, linker.text
    m = c.economy_bracket.search(text, max(lo, fig.start - 40), fig.start)
    if m is not None:
        return m, False
    mate = bracket_mate(linker, fig, lo)
    if mate is None:
        return None, False
    m = c.economy_bracket.search(text, max(lo, mate.start - 40), mate.start)
    return m, m is not None
