"""A product named before ", which <verb>ed X%" after a cue ("dragged down by automobiles,
which slipped 9.8 percent", "driven by dairy products, which increased 11.4 percent") is the
figure's product: the words of the cue before it are no part of it. And common traded goods
missing from the product lexicon (dairy, wine, shrimp, potash, ...). Sentences written for
this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    ("Japan's exports to the United States fell 3.6 percent in October, dragged down by "
     "automobiles, which slipped 9.8 percent.", "2024-11-20",
     {"9.8 percent": "trade.exports change direction=down product=automobiles"}),
    ("New Zealand's exports of goods rose 2.8 percent in the quarter, driven by dairy "
     "products, which increased 11.4 percent.", "2024-09-19",
     {"11.4 percent": "trade.exports change direction=up product=dairy_products"}),
    ("Chile's exports climbed 6% in May, helped by wine, which rose 14%, and salmon, which "
     "gained 9%.", "2024-06-07",
     {"14%": "trade.exports change product=wine"}),
    ("Canada's exports dipped 1.2% in March, weighed down by potash, which fell 18%.",
     "2024-05-02", {"18%": "trade.exports change direction=down product=potash"}),
    ("Ecuador's non-oil exports rose 7% in the first half, led by shrimp, which grew 12%.",
     "2024-08-01", {"12%": "trade.exports change product=shrimp"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_which_clause_product(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
