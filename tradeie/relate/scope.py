"""Which period governs a passage: "In the first five months, exports rose 5%. Imports fell
3%." The second sentence names no period; it continues the first one's.

A sentence that names a period for its figures sets the passage period; a later sentence
naming none takes it (instead of the story's main period). A digression into the past
("China's CPI averaged 5.4 percent in 2011", "a rise compared to 1998 (8%)") names a
period that ends before the story's main period does: it does not take over the passage.
"""

from __future__ import annotations

import re

from tradeie.normalize.periods import period_bounds

BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def passage_period(periods: list[str], named: set[str | None], main: str | None,
                   current: str | None) -> str | None:
    """The passage period after a sentence whose facts have ``periods`` (actual figures, in
    text order) and which names the periods ``named``; ``current`` if it sets none."""
    if not periods:
        return current
    chosen = next((p for p in periods if p in named), periods[0])
    main_bounds = period_bounds(main) if main else None
    bounds = period_bounds(chosen)
    if main_bounds and bounds and bounds[1] < main_bounds[1]:
        return current
    return chosen


def span_compared(value: str | None, before: str) -> tuple[str, str] | None:
    """(later, earlier) of a span that compares two consecutive periods: "rose 2.3% between
    August and September" (2020-08/2020-09) is September's rise over August; "fell by $2.1
    billion between 2018 and 2019" is 2019's fall. ``before`` is the text right before the
    date; only a span introduced by "between" counts, and only one of exactly two months or
    two calendar years ("between January and October" is a ten-month period)."""
    if not value or "/" not in value or not BETWEEN_BEFORE.search(before):
        return None
    bounds = period_bounds(value)
    if bounds is None:
        return None
    a, b = bounds
    if a.day != 1:
        return None
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    if months == 2:
        return f"{b.year}-{b.month:02d}", f"{a.year}-{a.month:02d}"
    if months == 24 and a.month == 1:
        return str(b.year), str(a.year)
    return None
