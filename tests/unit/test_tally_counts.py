"""Counts of things (relations.json ``release_terms.tally_count_heads``: items, groups,
partners, categories, ...) are metric ``other`` whatever metric their clause names: "600 export
items" counts items, it is no value of exports. A count that is the whole a part is counted
out of ("five of the nine main groups") is no statistic of a period."""

from __future__ import annotations

import pytest

import tradeie

CASES = [
    ("Exports rose in 11 of the country's 15 major export items in October.", "2025-11-01",
     "15 major export items", {"metric": "other", "period": None}),
    ("Thailand now ships rice to 120 export markets, the commerce ministry said.",
     "2025-03-04", "120 export markets", {"metric": "other"}),
    ("The bloc's exports of 42 product groups rose 6.1% in March.", "2025-05-02",
     "42 product groups", {"metric": "other"}),
    ("Imports from 35 trade partners fell in the first quarter.", "2025-04-20",
     "35 trade partners", {"metric": "other"}),
    ("Prices rose in five of the nine main categories in June.", "2025-07-15",
     "nine main categories", {"metric": "other", "period": None}),
]


@pytest.mark.parametrize(("text", "published", "figure", "want"), CASES)
def test_tally_count_is_other(text: str, published: str, figure: str,
                              want: dict[str, object]) -> None:
    res = tradeie.extract(text, published=published)
    fact = next(f for f in res.facts if res.entity(f.figure).text == figure)
    for key, value in want.items():
        assert getattr(fact, key) == value, (key, getattr(fact, key), value)


@pytest.mark.parametrize(("text", "figure", "metric"), [
    # measured quantities of a flow stay the flow's
    ("The country exported 2.1 million tonnes of wheat in May.", "2.1 million tonnes",
     "trade.exports"),
    ("Crude imports averaged 10.9 million barrels per day in April.",
     "10.9 million barrels per day", "trade.imports"),
])
def test_measured_quantity_keeps_its_flow(text: str, figure: str, metric: str) -> None:
    res = tradeie.extract(text, published="2025-06-10")
    fact = next(f for f in res.facts if res.entity(f.figure).text == figure)
    assert fact.metric == metric
