"""A region taken whole after a partner preposition ("from the whole of Asia", "to all of
Africa") is the partner; "the rest of the world" stays no partner. Sentences written for
this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    ("The Netherlands imported more than 38 billion euro worth of goods from the whole of "
     "Asia in the first eleven months of 2003.", "2004-01-20",
     {"more than 38 billion euro": "trade.imports level partner=Asia"}),
    ("Brazil exported $3 billion worth of beef to all of Asia last year.", "2026-02-01",
     {"$3 billion": "trade.exports level partner=Asia"}),
    ("Spain shipped 12 billion euros of goods to the entire Latin America region in 2025.",
     "2026-03-01", {"12 billion euros": "trade.exports level partner=Latin_America"}),
    ("Chile exported $40 billion of copper to the rest of the world in 2025.", "2026-03-01",
     {"$40 billion": "trade.exports level partner=-"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_whole_region_partner(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
