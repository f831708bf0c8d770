"""The story's period from a wire lead that states no figure: "Australia's monthly trade
surplus widened in June as iron-ore shipments gained." followed by a first figure sentence
whose only date is an earlier period it compares with ("... compared with estimates for a
A$10.75 billion gain and a downwardly revised A$10.5 billion in May"). The lead's June is the
story's period, not the May of the value compared with."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from tradeie.normalize.periods.values import period_bounds
from tradeie.relate.view import Item


def lead_names_later(linker: Any, lead: Item, lead_value: str, value: str,
                     first_fig: int) -> bool:
    """Whether ``lead`` (the date named before the first figure sentence's ``value``) stands in
    a sentence with no figure before that sentence and names a period after ``value``."""
    starts = linker.sentence_starts
    if bisect_right(starts, lead.start) - 1 >= first_fig:
        return False
    earlier, later = period_bounds(value), period_bounds(lead_value)
    return bool(earlier and later and earlier[1] < later[0])
