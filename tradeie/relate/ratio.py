"""A multiple of another quantity: "Imports from China were worth about six times as much as
exports", "the deficit with China is now twice the size of the deficit with the US". The
figure is the ratio of two values, no value of the metric named before it: metric 'other',
a level."""

from __future__ import annotations

import re
from typing import Any

_MULTIPLE = re.compile(r"(?<![\w-])(?:times|twice|thrice)\s*$", re.IGNORECASE)
# what the multiple is of, right after it
_COMPARED = re.compile(r"\s+(?:as\s+(?:much|large|big|high|many)\s+as|that\s+of|the\s+"
                       r"(?:size|value|level|amount|volume)\s+of)(?![\w-])", re.IGNORECASE)


def ratio_of_two(done: list[dict[str, Any]], text: str) -> None:
    """Make a multiple followed by what it is a multiple of an 'other' level."""
    for f in done:
        start, end = f["figure"]
        if _MULTIPLE.search(text, start, end) and _COMPARED.match(text, end):
            f.update(metric="other", role="level", direction=None, basis=None)
