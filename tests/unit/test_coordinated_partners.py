"""Partners of coordinated conjuncts ("shipments to China up 8% and to the US up 25%"): a
figure's partner is not the economy of the next conjunct ("... 8% and to the US"), and an
elided conjunct's partner stands before its verb ("and to the US up 25%"). Sentences written
for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    ("Taiwan's exports rose 12% in May, with shipments to China up 8% and to the US up 25%.",
     "2024-06-07",
     {"8%": "trade.exports change partner=CN", "25%": "trade.exports change partner=US"}),
    ("South Korea's exports climbed 7.4% in June, with chip sales to Vietnam up 14%, to "
     "Japan up 2% and to the EU down 6%.", "2024-07-01",
     {"14%": "trade.exports change partner=VN", "2%": "trade.exports change partner=JP",
      "6%": "trade.exports change direction=down partner=EU"}),
    ("Brazil's imports rose 5% in April, with purchases from China up 9% and from the "
     "United States down 2%.", "2024-05-06",
     {"9%": "trade.imports change partner=CN",
      "2%": "trade.imports change direction=down partner=US"}),
    ("India's imports of crude oil from Russia jumped 31% and from Iraq fell 12% in the "
     "quarter.", "2024-07-15",
     {"31%": "trade.imports change partner=RU", "12%": "trade.imports change partner=IQ"}),
    # the elided form without a verb keeps working
    ("Malaysia's exports to Singapore rose 6.1% and to Thailand 3.3%.", "2024-03-20",
     {"6.1%": "trade.exports change partner=SG", "3.3%": "trade.exports change partner=TH"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_coordinated_partner(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
