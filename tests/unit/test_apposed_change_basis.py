"""A change set off after the two values it compares ("$10.9 billion in October against
$10.5 billion in the same month last year, an increase of 3.8 percent") is in the basis that
leads from the compared value's period to the level's: a year (yoy), a month (mom) or a
quarter (qoq). Without a period of the compared value no basis is read. Such a change set
off after a level ("..., a growth of 14.6 percent") takes the level's product and partner.
Sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    ("Pakistan's exports during July-October stood at $10.9 billion against $10.5 billion in "
     "the same period last year, an increase of 3.8 percent.", "2026-11-03",
     {"3.8 percent": "trade.exports change direction=up basis=yoy period=2026-07/2026-10"}),
    ("Exports were $10.9 billion in October, compared with $10.5 billion in October 2025, a "
     "rise of 3.8 percent.", "2026-11-03",
     {"3.8 percent": "trade.exports change direction=up basis=yoy period=2026-10"}),
    ("Kenya's imports reached 310 billion shillings in the third quarter, up from 296 billion "
     "shillings a year earlier, a gain of 4.7 percent.", "2026-12-01",
     {"4.7 percent": "trade.imports change direction=up basis=yoy period=2026-Q3"}),
    ("Imports totalled $8.1 billion in October, against $8.4 billion in September, a decline "
     "of 3.6 percent.", "2026-11-03",
     {"3.6 percent": "trade.imports change direction=down basis=mom period=2026-10"}),
    ("Romania's exports came to 21.3 billion euros in the third quarter, versus 20.6 billion "
     "euros in the second quarter, an advance of 3.4%.", "2026-11-10",
     {"3.4%": "trade.exports change direction=up basis=qoq period=2026-Q3"}),
    # the change's own noun ("a growth of", "a drop of") takes the level's restrictions
    ("The UAE's non-oil foreign trade reached AED1.73 trillion in the first half of 2026, a "
     "growth of 14.6 percent compared to the same period last year.", "2026-11-20",
     {"14.6 percent": "trade.total change direction=up basis=yoy product=non-oil"}),
    ("Indonesia's coal exports totalled $2.4 billion in October, a drop of 11.2 percent "
     "from a year earlier.", "2026-11-15",
     {"11.2 percent": "trade.exports change direction=down basis=yoy product=coal"}),
    ("Chile's copper shipments to China came to $3.1 billion in May, a jump of 9 percent on "
     "the year.", "2026-06-07",
     {"9 percent": "trade.exports change direction=up partner=CN product=copper"}),
    # no period for the compared value: no basis
    ("Exports were $10.9 billion in October, against $10.5 billion, an increase of 3.8 "
     "percent.", "2026-11-03",
     {"3.8 percent": "trade.exports change direction=up basis=- period=2026-10"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_apposed_change_basis(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
