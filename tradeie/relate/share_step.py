"""A percentage-point step written right after a share: "accounting for 55.3 percent of
the total, an increase of 1.7 percentage points over the same period last year", "took
12.4% of exports, up 0.8 percentage points". The step is the share's change (of_growth_rate),
so it is of the share's metric and restriction, not of the whole named between them."""

from __future__ import annotations

import re
from typing import Any

# from the share's figure to the step's: the whole, then the change words
_STEP_GAP = re.compile(
    r"\s+of\s+[^,;()\d]{1,60}?,\s+(?:an?\s+(?:increase|rise|gain|decrease|drop|decline|fall)"
    r"\s+of|up|down|rising|falling|increasing|decreasing|higher|lower)\s+(?:by\s+)?",
    re.IGNORECASE)
_CARRIED = ("metric", "metric_text", "mention", "product", "partner", "reporter")


def carry_share_to_step(done: list[dict[str, Any]], text: str) -> None:
    """Give a percentage-point change that follows a share (the share's whole between them)
    the share's metric, product and partner."""
    for k in range(1, len(done)):
        share, step = done[k - 1], done[k]
        if share.get("role") != "share" or step.get("role") != "change" or \
                not step.get("of_growth_rate"):
            continue
        if _STEP_GAP.fullmatch(text, share["figure"][1], step["figure"][0]):
            step.update({key: share[key] for key in _CARRIED if key in share})
