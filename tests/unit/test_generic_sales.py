"""'Sales' in a trade story are the exports even when imports were named last ("Exports
totaled ..., while imports reached ... Sales of primary products grew 47.2%"); 'purchases'
are left alone (a partner's purchases are the story's exports). An elided conjunct's product
keeps its bracketed short name aside ("those of manufactures of agricultural origin (MOA)
19.3%"). Stories written for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    ("Argentina's exports totaled US$ 7,012 million in October, while imports reached "
     "US$ 5,113 million.\n\n"
     "Sales of primary products grew 47.2%, and those of manufactures of agricultural origin "
     "(MOA) 19.3%.", "2024-11-19",
     {"47.2%": "trade.exports change product=primary_products",
      "19.3%": "trade.exports change product=manufactures_of_agricultural_origin"}),
    ("Uruguay's exports rose 4% to US$ 1,050 million in May and imports fell 2% to "
     "US$ 880 million. Sales of beef climbed 11%, the Uruguay XXI agency said.", "2024-06-03",
     {"11%": "trade.exports change product=beef"}),
    ("Kenya's export earnings rose 8.1% in the quarter, while imports rose 3%.\n\n"
     "Revenue from tea increased 14% to KSh 45.2 billion.", "2024-08-01",
     {"14%": "trade.exports change product=tea"}),
    # retail sales keep their own metric
    ("Brazil's exports rose 5% in March. Retail sales rose 1.2% in the month, and sales of "
     "clothing 3.4%.", "2024-05-10",
     {"1.2%": "sales.retail change"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_generic_sales(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
