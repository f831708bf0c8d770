"""A rate that reaches "a <span> low / high of X%" states the rate's level (CPI, jobless
rate), or, for a growth rate, the change its sign gives: the verb before ("eased", "slips")
says how the rate moved, not which way the economy did (relations.json
``level_after_verb``: "low of", "high of")."""

from __future__ import annotations

import pytest

import tradeie


@pytest.mark.parametrize(("text", "figure", "role", "direction"), [
    ("Consumer inflation cooled to a 17-month low of 2.9% in September.", "2.9%", "level",
     None),
    ("Annual inflation climbed to a 15-year high of 7.4% in March.", "7.4%", "level", None),
    ("The unemployment rate fell to a record low of 3.4% in January.", "3.4%", "level", None),
    ("Economic growth slowed to a six-quarter low of 4.6% in the third quarter.", "4.6%",
     "change", "up"),
    ("GDP growth slips to five-quarter low of 6.1% in April-June", "6.1%", "change", "up"),
    ("The economy shrank to a decade low of -1.2% in 2023.", "-1.2%", "change", "down"),
])
def test_low_or_high_of_states_the_level(text: str, figure: str, role: str,
                                         direction: str | None) -> None:
    res = tradeie.extract(text, published="2024-11-30")
    fact = next(f for f in res.facts if res.entity(f.figure).text == figure)
    assert (fact.role, fact.direction) == (role, direction)
