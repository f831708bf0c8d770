"""A sequential change dated by a span: "In December alone, exports rose 11.8% year-on-year.
On a month-on-month basis, exports rose 0.27%." A change over the month before is a month's
(over the quarter before, a quarter's): when the figure's period is a longer span, the month
(quarter) named last before the figure, in its sentence or the one before, inside that span,
is its period."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from tradeie.normalize.periods.values import period_bounds

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker
    from tradeie.relate.view import Item

SHAPES = {"mom": re.compile(r"\d{4}-\d\d"), "qoq": re.compile(r"\d{4}-Q[1-4]")}


def refine(linker: _Linker, fig: Item, sent: tuple[int, int], fact: dict[str, Any]) -> None:
    shape = SHAPES.get(fact.get("basis") or "")
    period = fact.get("period")
    if shape is None or not period or shape.fullmatch(period):
        return
    span = period_bounds(period)
    if span is None:
        return
    # the named month may be in the figure's sentence or the one before it
    sents = linker.v.sentences
    k = bisect_right([b[0] for b in sents], sent[0]) - 1
    lo = sents[k - 1][0] if k >= 1 else sent[0]
    named = [d for d in linker.dates_in(lo, fig.start)
             if shape.fullmatch(str(d.attrs.get("value") or ""))]
    if not named:
        return
    value = named[-1].attrs["value"]
    inner = period_bounds(value)
    if inner is not None and span[0] <= inner[0] and inner[1] <= span[1] and inner != span:
        fact["period"] = value
