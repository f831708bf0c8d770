"""The period of a change compared with one named earlier period inside a longer passage:
after "Over the three months to July 2024, sales volumes fell by 0.2%", the sentence "Sales
volumes were 1.4% higher than in July 2023" is July 2024's change on a year before, not the
three months'; after "Consumer prices rose by 2.7 per cent in the 12 months to September",
"Prices were 0.3 per cent higher than in August" is September's change on the month before.
The compared period, one year or one step on, must end where the passage ends.
"""

from __future__ import annotations

from typing import Any

from tradeie.normalize.periods.values import period_bounds
from tradeie.relate.basis_link import d_usable
from tradeie.relate.scope import step_forward, year_after
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item


def passage_or_compared_step(linker: Any, fig: Item, s: SentenceIndex) -> str | None:
    """The passage period, or the single period one step after the one the figure's
    sentence compares with, when that step ends the passage's span."""
    passage = linker.passage_period
    if not passage or "/" not in passage:
        return passage
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
