"""A list that refers back to the figures of the sentence before: "Imports were $30.6 billion,
exports $23.5 billion, for a deficit of $7.15 billion. These figures are 13% ($3.6 billion),
10.7% ($2.3 billion) and 23% ($1.3 billion) higher than in 1998 respectively." Each listed
item (a figure with the figures bracketed right after it) changes the metric the sentence
before named in its place, when the two lists are as long."""

from __future__ import annotations

import re
from typing import Any

from tradeie.normalize.metrics import MetricMention

# the opening that points back: "These figures are", "The numbers were", "These values
# represent"
OPENER = re.compile(r"\s*(?:These|Those|The)\s+(?:figures|numbers|values|amounts|totals)\s+"
                    r"(?:are|were|represent|represented)(?![\w-])", re.IGNORECASE)
# a figure in brackets right after another: the same item ("13% ($3.6 billion)")
BRACKETED = re.compile(r"\s*\(\s*")
# the word right after the list's last item (past its closing bracket): "... and 21% ($8.0
# billion) lower than in 2022"
AFTER_LIST = re.compile(r"[\s)]{0,4}(?P<w>[A-Za-z]+)")


def backref_list(linker: Any, s: Any, previous: list[MetricMention]
                 ) -> dict[tuple[int, int], tuple[MetricMention | None, str | None]]:
    """{figure key: (mention, None)} of a back-referring list (see the module docstring);
    ``previous``: the metric mentions of the sentence before, one per item, in text order."""
    text, (lo, _hi) = linker.text, s.bounds
    if len(previous) < 2 or not OPENER.match(text, lo) or not s.has(linker.c.respectively):
        return {}
    groups: list[list[Any]] = []
    for f in s.figs:
        if groups and BRACKETED.fullmatch(text, groups[-1][-1].end, f.start):
            groups[-1].append(f)
        else:
            groups.append([f])
    if len(groups) != len(previous):
        return {}
    return {f.key: (m, None) for g, m in zip(groups, previous, strict=True) for f in g}


def backref_direction(facts: list[dict[str, Any]], text: str, s: Any,
                      direction_words: dict[str, str]) -> None:
    """The changes of a back-referring list all move the way the comparative after its last
    item says ("These figures are 15% ($16.2 billion) and 12% ($8.2 billion) lower than in
    2022"): the word stands after the figures, where no figure's own cue is read."""
    m = AFTER_LIST.match(text, s.figs[-1].end)
    way = direction_words.get(m.group("w").lower()) if m else None
    if way is None:
        return
    for f in facts:
        if f["role"] == "change":
            f["direction"] = way
