"""What the relation linker reads: plain items (offsets + attributes), so the linker can be
tested without spaCy."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from tradeie.normalize.metrics import MetricMention


@dataclass(frozen=True, slots=True)
class Item:
    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    # (start, end), the item's key in the linker's maps: stored once, as the linker reads it
    # many times per figure
    key: tuple[int, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", (self.start, self.end))


@dataclass
class DocView:
    """The items of one document, each list in text order (sorted by ``start``, as
    ``components.relations.doc_view`` builds them; the linker sorts a list that is not)."""

    text: str
    sentences: list[tuple[int, int]]
    figures: list[Item]
    dates: list[Item]
    agencies: list[Item]
    officials: list[Item]
    metrics: list[MetricMention]
    country: str | None = None
    published: str | None = None  # ISO date: periods after it are forecasts


def _within(items: list, starts: list[int], lo: int, hi: int) -> list:
    """Items whose start lies in [lo, hi): a bisect, so long documents stay linear."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


def nearest_two(items: list[tuple[int, Item]], starts: list[int], lo: int, hi: int,
                pos: int) -> list[tuple[int, Item]]:
    """Among ``items[lo:hi]`` (sorted by start): the first one starting at or after ``pos``
    and the first one of the last start before it; the nearest to ``pos`` is one of them."""
    out = []
    j = bisect_left(starts, pos, lo, hi)
    if j > lo:
        out.append(items[bisect_left(starts, starts[j - 1], lo, hi)])
    if j < hi:
        out.append(items[j])
    return out


def edge_gap(text: str, fig: Item, d: Item) -> int:
    """Characters between a figure and a date, edge to edge: how the figure's unit is spelt
    ('9.0%', '9.0 per cent') or how long the date is must not change which date is nearer.
    A date after the figure inside an opened bracket dates the bracket's aside ("$22.3
    billion (October: $23.1 billion)"): it counts from the figure's start, as far as the
    figure's own width puts it."""
    if d.start >= fig.end and "(" in text[fig.end:d.start]:
        return d.start - fig.start
    return max(0, fig.start - d.end, d.start - fig.end)
