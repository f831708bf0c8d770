"""A price index that moves *at* a pace: "consumer prices continue to grow at below 1
percent", "prices rose at an annual rate of 2.9%". The percent is how much the index moved (a
change), not the level of a rate the way "inflation stood at 2.6%" is; the index is named by
its prices, not by a rate noun ('inflation', 'rate')."""

from __future__ import annotations

import re

# the gap from a direction verb to its figure: "at", maybe "a(n) (annual) pace/rate of", and
# a hedge word
AT_PACE = re.compile(
    r"\s+at\s+(?:an?\s+(?:(?:annual|yearly|annualised|annualized|monthly)\s+)?"
    r"(?:rate|pace)\s+of\s+)?(?:(?:below|above|about|around|nearly|almost|just|only)\s+)?",
    re.IGNORECASE)
RATE_NOUN = re.compile(r"(?<![\w-])(?:inflation|rate|rates)(?![\w-])", re.IGNORECASE)


def index_moved_at(text: str, verb_end: int, fig_start: int, head: str) -> bool:
    """Whether the figure at ``fig_start`` is reached from a direction verb ending at
    ``verb_end`` by 'at' alone, and the metric's head ``head`` names prices, not a rate."""
    return bool(AT_PACE.fullmatch(text, verb_end, fig_start)) and not RATE_NOUN.search(head) \
        and head.lower().rstrip().endswith(("prices", "price index", "cpi", "ppi"))
