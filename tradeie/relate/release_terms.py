"""Release terms that change what a change figure's basis is (data: the ``release_terms``
section of models/relations.json): an annualised rate of a quarter ("real GDP increased at an
annual rate of 3.0 percent in the second quarter", "contracted at a 1.6 percent annualized
pace") is the quarter's growth on the quarter before, scaled to a year. It is no
year-on-year comparison, so the words "annual rate" state no basis there (a monthly "annual
rate of inflation" still does).

(A change "in the 12 months to December" is annotated two ways: the real corpus gives the
month and ``yoy``, the blind fixtures the twelve-month span and no basis; no rule is made
for it until one convention holds.)
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tradeie.normalize.periods.values import value_granularity
from tradeie.patterns import phrase_pattern


@cache
def annualized_rate() -> re.Pattern[str]:
    from tradeie.relate.cues import relations  # the validated relations.json

    words = relations()["release_terms"]["annualized_rate"]
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(words)})(?![\w-])", re.IGNORECASE)


@cache
def _earlier_estimate() -> re.Pattern[str]:
    from tradeie.relate.cues import relations

    words = relations()["release_terms"]["earlier_estimates"]
    return re.compile(rf"\s*(?:in|from)\s+(?:the|its|an?)\s+(?:{phrase_pattern(words)})(?![\w-])",
                      re.IGNORECASE)


def earlier_estimate_after(text: str, end: int) -> bool:
    """"up from 2.8% in the advance estimate": the value compared with is an earlier estimate
    of the same period."""
    return _earlier_estimate().match(text, end) is not None


def only_annualized(text: str, bounds: tuple[int, int], yoy: re.Pattern[str]) -> bool:
    """Whether every year-on-year cue in ``bounds`` is part of an annualised rate."""
    rates = [m.span() for m in annualized_rate().finditer(text, *bounds)]
    return bool(rates) and all(any(a <= m.start() and m.end() <= b for a, b in rates)
                               for m in yoy.finditer(text, *bounds))


def quarter_annualized(text: str, bounds: tuple[int, int], yoy: re.Pattern[str],
                       period: str | None) -> bool:
    """Whether a quarter's change is stated only as an annualised rate in ``bounds``."""
    return bool(period) and value_granularity(period) == "quarter" and \
        only_annualized(text, bounds, yoy)


def annualized_basis(text: str, sent: tuple[int, int], fig: tuple[int, int],
                     fact: dict[str, Any], yoy: re.Pattern[str]) -> None:
    """Drop a year-on-year basis that only "annual rate" stated for a quarter's change."""
    # (not with a year-on-year cue of its own: "from a year earlier")
    if fact["role"] == "change" and fact["basis"] == "yoy" and quarter_annualized(
            text, (max(sent[0], fig[0] - 60), min(sent[1], fig[1] + 80)), yoy, fact["period"]):
        fact["basis"] = None
