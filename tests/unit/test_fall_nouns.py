"""A fall named by a noun that heads the figure's subject ("the drop in exports was 4.5%",
"a fall in imports of 2.1%") is a change down, though the level verb or "of" before the
figure says no direction and the figure's sign is positive; a rise so named stays up, and a
fall of something else before the metric's own clause does not turn it. Sentences written
for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    ("The drop in Kenya's tea exports was 6.3% in the third quarter, the statistics "
     "bureau said.", "2026-11-20",
     {"6.3%": "trade.exports change direction=down"}),
    ("The decline in Chile's copper exports was revised to 3.2% for October.", "2026-11-20",
     {"3.2%": "trade.exports change direction=down"}),
    ("Statistics Norway said the contraction of the economy in the second quarter was 0.4%.",
     "2026-08-15", {"0.4%": "economy.gdp change direction=down"}),
    ("A fall in Vietnam's imports of 2.1% was recorded in May.", "2026-06-06",
     {"2.1%": "trade.imports change direction=down"}),
    ("The slump in Thai rice exports of 18 percent in the first half hurt farm incomes.",
     "2026-07-20", {"18 percent": "trade.exports change direction=down"}),
    # a rise so named stays up; a fall of something else does not turn the metric's change
    ("A rise in Peru's imports of 5.5% was recorded in April.", "2026-05-20",
     {"5.5%": "trade.imports change direction=up"}),
    ("The decline in freight costs helped exports, which were up 4.5% in May.", "2026-06-10",
     {"4.5%": "trade.exports change direction=up"}),
    ("The drop in oil prices meant imports were 3.8% higher in June.", "2026-07-10",
     {"3.8%": "trade.imports change direction=up"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_fall_noun_heads_subject(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
