"""A component's weight in a price index ("which have a weight of around 25% in the index",
"with a weighting of 14.3% in the CPI basket") is a share of the index, no change.
Sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    ("Turkish annual inflation eased to 32.9% in October. Food prices, which have a weight of "
     "around 25% in the index, climbed 3.9% on the month.", "2026-11-03",
     {"around 25%": "prices.cpi share", "3.9%": "prices.cpi change direction=up basis=mom"}),
    ("Consumer prices in Kenya rose 4.6% in October. Transport, with a weighting of 14.3% in "
     "the CPI basket, rose 2.1% on the month.", "2026-11-01",
     {"14.3%": "prices.cpi share"}),
    ("Annual inflation in Poland slowed to 2.8%. Energy, whose weight in the basket is 17%, "
     "fell 1.2%.", "2026-11-15",
     {"1.2%": "prices.cpi change direction=down"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_weight_share(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
