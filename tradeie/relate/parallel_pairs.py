"""Parallel "from ... to ..." pairs: "food inflation fell from 6.6 percent in August to 2.8
percent in September, while non-food inflation eased from 12.3 percent to 10.4 percent".
A pair written with no dates of its own after a dated pair of its sentence runs between the
same two periods: 12.3 percent is August's, 10.4 percent September's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BARE_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_DATED_TO = re.compile(r"\s+(?:in|during|for)\s+[^,;]{1,40}?\s+to\s+", re.IGNORECASE)
# what may follow the undated pair's second figure: its clause's end, or words with no date
_PAIR_END = re.compile(r"[^,;.]{0,40}(?:[,;.]|$)")


def parallel_from_to(facts: list[dict[str, Any]], text: str,
                     has_date: Callable[[int, int], bool]) -> None:
    """Give each undated "from A to B" pair the periods of the dated pair before it."""
    dated: tuple[str, str] | None = None
    for a, b in zip(facts, facts[1:], strict=False):
        a_start, a_end = a["figure"]
        b_start, b_end = b["figure"]
        if not _FROM_BEFORE.search(text, max(0, a_start - 8), a_start) or \
                a.get("metric") != b.get("metric"):
            continue
        if _DATED_TO.fullmatch(text, a_end, b_start) and a.get("period") and \
                b.get("period") and a["period"] != b["period"]:
            dated = (a["period"], b["period"])
            continue
        end = _PAIR_END.match(text, b_end)
        if dated is not None and _BARE_TO.fullmatch(text, a_end, b_start) and \
                end is not None and not has_date(b_end, b_end + end.end()):
            a["period"], b["period"] = dated
