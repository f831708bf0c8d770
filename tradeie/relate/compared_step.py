"""Periods of changes compared with one named earlier period.

- Inside a longer passage: after "Over the three months to July 2024, sales volumes fell by
  0.2%", the sentence "Sales volumes were 1.4% higher than in July 2023" is July 2024's change
  on a year before, not the three months'; after "Consumer prices rose by 2.7 per cent in the
  12 months to September", "Prices were 0.3 per cent higher than in August" is September's
  change on the month before. The compared period, one year or one step on, must end where
  the passage ends (``passage_or_compared_step``).
- As the sentence's only date: "re-exports were valued at $428.9 billion, up 12.0% over
  November 2024" in a story of November 2025. November 2024 is the base; the figure's period
  is the passage's, when that is one step (a year, a month, a quarter) after the base. Without
  such a passage period the base stays the best guess the linker has ("rose 5 percent over
  2023" alone) (``compared_step``), unless the story names no period but bases: then it
  reports the latest one, a year (else a month or quarter) after the base, when that one is
  complete by publication and the next is not ("E&E exports were 11.2 per cent higher than
  in September last year" in October 2024: September 2024; ``latest_step_after``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tradeie.normalize.periods.values import period_bounds
from tradeie.relate.basis_link import _basis_between, d_usable
from tradeie.relate.scope import step_forward, year_after
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker


def passage_or_compared_step(linker: Any, fig: Item, s: SentenceIndex) -> str | None:
    """The passage period, or the single period one step after the one the figure's
    sentence compares with, when that step ends the passage's span."""
    passage = linker.passage_period
    if not passage or "/" not in passage:
        return passage
    main = linker.main_period
    if main and len(main) == 7 and main[4] == "-" and main[5:].isdigit() and \
            linker.c.basis["mom"].search(linker.text, *s.bounds) and _ends_with(passage, main):
        # "The year-to-date surplus ... Exports rose 9,2% month on month": a change on the
        # month before is the story's month's, not the cumulative span's the passage is on
        return main
    compared = [d for d in s.dates if d_usable(d) and d.attrs.get("value") and
                "/" not in d.attrs["value"] and linker._compared_date(d)]
    if len(compared) != 1 or not compared[0].start > fig.end:
        return passage
    base = compared[0].attrs["value"]
    try:
        span = period_bounds(passage)
        for later in (year_after(base), step_forward(base)):
            # (a step that is the whole span is the span: "2010" for "January-December")
            if later and period_bounds(later)[1] == span[1] and period_bounds(later) != span:
                # (the passage goes on about that period: "..., with non-food stores sales
                # volumes rising by 1.1%" after it is July's, not the three months')
                linker.passage_period = later
                return later
    except (ValueError, KeyError):
        pass
    return passage


def compared_step(linker: _Linker, fig: Item, d: Item) -> str | None:
    """The passage's period when the date ``d``, right after the figure, is a base compared
    with, one step before it; else None. (A date before the figure, "higher than November's
    4.87%", is the period of the value compared with.)"""
    value = d.attrs.get("value")
    if not value or not fig.end <= d.start <= fig.end + 30 or not linker._compared_date(d):
        return None
    passage = linker.passage_period or linker.heading_period or linker.main_period
    return passage if passage and _basis_between(passage, value) is not None else None


def unless_base(linker: Any, d: Item) -> str | None:
    """The value of the date ``d``; of a base compared with ("11.2 per cent higher than in
    September last year") in a story naming no period, the latest period a step after it,
    which the story reports (September 2024 in October 2024)."""
    value = d.attrs.get("value")
    if value and linker._compared_date(d):
        return latest_step_after(value, linker.v.published) or value
    return value


def latest_step_after(base: str, published: str | None) -> str | None:
    """The period a year (else a month or quarter) after ``base`` when it is complete by
    ``published`` and the next such step is not: the latest data a story then reports."""
    if not published:
        return None
    try:
        for later, after in ((year_after(base), year_after), (step_forward(base), step_forward)):
            nxt = after(later) if later else None
            if later and nxt and str(period_bounds(later)[1]) <= published < \
                    str(period_bounds(nxt)[1]):
                return later
    except (ValueError, KeyError):
        pass
    return None


def _ends_with(span: str, month: str) -> bool:
    """Whether the range ``span`` ends with the month ``month``."""
    try:
        return period_bounds(span)[1] == period_bounds(month)[1]
    except (ValueError, KeyError):
        return False
