"""An amount in brackets right after a percent change of its metric restates that change in
money: "imports rose 13% ($3.6 billion)", "These figures are 13% ($3.6 billion) ... higher than
in 1998". The amount is the change, in the percent's direction, not a level. (A bracket after
a share or a level keeps its reading: "made up 70.1% (CFA 8,625 billion) of exports".)"""

from __future__ import annotations

import re
from typing import Any

_OPEN = re.compile(r"\s*\(\s*")


def bracketed_amount_change(facts: list[dict[str, Any]], text: str, labels: dict[Any, str],
                            units: dict[Any, Any]) -> None:
    """Make a bracketed amount right after a percent change of the same metric a change."""
    for before, f in zip(facts, facts[1:], strict=False):
        key, prev = tuple(f["figure"]), tuple(before["figure"])
        if before.get("role") != "change" or f.get("role") != "level" or \
                labels.get(key) != "MONEY" or labels.get(prev) != "PERCENT" or \
                units.get(prev) != "percent" or before.get("metric") != f.get("metric") or \
                not _OPEN.fullmatch(text, before["figure"][1], f["figure"][0]):
            continue
        f.update(role="change", direction=before.get("direction"))
