"""The basis of a change set off after a value compared with: "Exports stood at $10.9 billion
in October against $10.5 billion in the same month last year, an increase of 3.8 percent".
The change compares the two levels before it, so it is in the basis that leads from the
compared value's period to the level's (a year: ``yoy``; a month: ``mom``; a quarter:
``qoq``), as if the text had said "from a year earlier"."""

from __future__ import annotations

from re import Pattern
from typing import Any

from tradeie.relate.scope import step_back

_BASES = ("yoy", "mom", "qoq")


def basis_of_apposed_change(facts: list[dict[str, Any]], text: str,
                            apposed_gap: Pattern[str]) -> None:
    """Set the basis of each change with none that follows, set off by ``apposed_gap`` (", an
    increase of"), a level compared with and, before it, the level of the same metric."""
    for level, compared, f in zip(facts, facts[1:], facts[2:], strict=False):
        if f["role"] != "change" or f["basis"] is not None or \
                level["role"] != "level" or compared["role"] != "level" or \
                not (level["metric"] == compared["metric"] == f["metric"]) or \
                not level["period"] or not compared["period"] or \
                level["period"] == compared["period"]:
            continue
        if not apposed_gap.fullmatch(text, compared["figure"][1], f["figure"][0]):
            continue
        f["basis"] = next((b for b in _BASES
                           if step_back(level["period"], b) == compared["period"]), None)
