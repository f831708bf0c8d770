"""A share's move written before the share it reached: "the share of high-tech products rose
by 1 percentage point to 12.9% of imports". The percentage-point change is a change of the
metric the share is of (imports), which the text names only after the share; without this
pass the change would take the sentence's or passage's metric before it."""

from __future__ import annotations

import re
from typing import Any

# between the change and the share it reached: "to", "to reach", "to stand at"
_TO = re.compile(r"\s+to\s+(?:(?:reach|stand\s+at|hit)\s+)?(?:about\s+|around\s+)?")


def change_of_share_whole(done: list[dict[str, Any]], text: str,
                          units: dict[Any, Any]) -> None:
    """Give a percentage-point change right before "to <share> of <metric>" that metric."""
    for f, g in zip(done, done[1:], strict=False):
        if units.get(tuple(f["figure"])) != "percentage_point" or g.get("role") != "share":
            continue
        whole = g.get("mention")
        if not whole or whole[0] < g["figure"][1] or g.get("metric") in (None, "other"):
            continue  # (the share's whole must be written after it: "of imports")
        if _TO.fullmatch(text, f["figure"][1], g["figure"][0]):
            f.update(metric=g["metric"], metric_text=g["metric_text"], mention=list(whole))
