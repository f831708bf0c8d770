"""The product of a value compared with: the same as that of the figure of its metric it
is compared with ("made up 68.4% of exports, down from 75.1% a year earlier")."""

from __future__ import annotations

import re
from typing import Any

# the words before the earlier change a figure follows: "after rising", "after a", "after
# edging up" (searched up to the figure, within the clause after the figure before)
_AFTER_EARLIER = re.compile(
    r"(?:^|,)[^.;,]{0,30}?\bafter\s+(?:an?\s+)?(?:[a-z]+(?:ing|ed)\s+(?:(?:up|down|by)\s+)?)?$",
    re.IGNORECASE)


def carry_to_compared(facts: list[dict[str, Any]], text: str,
                      compared_before: re.Pattern[str]) -> None:
    """A value compared with ("made up 68.4% of exports, down from 75.1% a year earlier",
    "+72.4 bn compared with +64.9 bn") measures the same product as the figure of its
    metric it is compared with, when it names none itself."""
    last: dict[str, dict[str, Any]] = {}
    for f in facts:
        start = f["figure"][0]
        before = last.get(f["metric"])
        lo = max(before["figure"][1], start - 60) if before is not None else start
        if before is not None and not f.get("product") and before.get("product") and \
                f["role"] == before["role"] and (
                    compared_before.search(text, lo, start) or
                    # "rose 0.3 percent in March, after rising 0.2 percent in February"
                    _AFTER_EARLIER.search(text, lo, start)):
            f["product"] = before["product"]
        last[f["metric"]] = f
