"""The period of a change compared with an explicit earlier period that is its sentence's
only date: "re-exports were valued at $428.9 billion, up 12.0% over November 2024" in a story
of November 2025. November 2024 is the base; the figure's period is the passage's, when that
is one step (a year, a month, a quarter) after the base. Without such a passage period the
base stays the best guess the linker has ("rose 5 percent over 2023" alone)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tradeie.relate.basis_link import _basis_between
from tradeie.relate.view import Item

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker


def compared_step(linker: _Linker, fig: Item, d: Item) -> str | None:
    """The passage's period when the date ``d``, right after the figure, is a base compared
    with, one step before it; else None. (A date before the figure, "higher than November's
    4.87%", is the period of the value compared with.)"""
    value = d.attrs.get("value")
    if not value or not fig.end <= d.start <= fig.end + 30 or not linker._compared_date(d):
        return None
    passage = linker.passage_period or linker.heading_period or linker.main_period
    return passage if passage and _basis_between(passage, value) is not None else None
