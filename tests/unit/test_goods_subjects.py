"""Goods named as a clause's subject: a known product with one lower-case modifier
("woven garments", "milled rice") is still that product; the subject of a level verb of
earning ("Textiles and garments earned $40.2 billion", "Tea fetched ...") and a list of goods
("Electronics, computers and components") are the figure's product; and goods after a
balance sentence are the story's flow, not the balance ("... leaving a surplus of $27.7
billion. Textiles and garments earned $40.2 billion"). Sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    # ---- one lower-case modifier before a known product, in a gapped clause
    ("Knitwear exports rose 5% while woven garments grew 3%.", "2026-10-08",
     {"3%": "trade.exports change product=woven_garments"}),
    ("Bangladesh's knitwear shipments grew 10.2 percent to $5.6 billion and woven garments "
     "6.1 percent to $4.5 billion.", "2026-10-08",
     {"6.1 percent": "trade.exports change product=woven_garments",
      "$4.5 billion": "trade.exports level product=woven_garments"}),
    ("Norway's salmon exports rose 9% while frozen seafood fell 4%.", "2026-10-08",
     {"4%": "trade.exports change direction=down product=frozen_seafood"}),
    ("Vietnam's coffee exports rose 12% while milled rice slipped 3%.", "2026-10-08",
     {"3%": "trade.exports change direction=down product=milled_rice"}),
    # ---- the subject of an earning verb; goods after a balance are the story's flow
    ("Vietnam's exports rose 13.9% in the first 11 months. Imports totalled $410.5 billion, "
     "leaving a trade surplus of $27.7 billion. Textiles and garments earned $40.2 billion.",
     "2026-12-06", {"$40.2 billion": "trade.exports level product=textiles_and_garments"}),
    ("Vietnam's exports rose 5%. The trade surplus was $2 billion. Electronics, computers "
     "and components brought in $72.4 billion, up 21%.", "2026-12-06",
     {"$72.4 billion": "trade.exports level product=electronics,_computers_and_components",
      "21%": "trade.exports change product=electronics,_computers_and_components"}),
    ("Sri Lanka's exports rose 6% in October. Garments and textiles fetched $420 million.",
     "2026-11-20", {"$420 million": "trade.exports level product=garments_and_textiles"}),
    ("Kenya's exports rose 5% last year. Tea fetched 180 billion shillings.", "2026-02-20",
     {"180 billion shillings": "trade.exports level product=tea"}),
    # ---- another level verb's subject counts only when it is a known product
    ("Kenya's exports rose 5% last year. The contribution of horticulture was 210 billion "
     "shillings.", "2026-02-20", {"210 billion shillings": "trade.exports level product=-"}),
    ("Ghana's exports rose 8% in 2025. Cocoa was 3.1 billion dollars.", "2026-02-20",
     {"3.1 billion dollars": "trade.exports level product=cocoa"}),
    # ---- a balance named with its own goods stays the balance
    ("Japan's exports rose 4% in May. The trade deficit in energy was 1.2 trillion yen.",
     "2026-06-18", {"1.2 trillion yen": "trade.deficit level"}),
    # ---- a list before a change verb
    ("Kenya's exports rose 5%. Tea, coffee and cut flowers rose 8%.", "2026-02-20",
     {"8%": "trade.exports change product=tea,_coffee_and_cut_flowers"}),
]

XFAIL = {
    ("Kenya's exports rose 5%. Tea, coffee", "8%"):
        "the clause of the figure starts after the list's first comma, so the list is cut "
        "to its last items",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(CASES, XFAIL))
def test_goods_subject(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec, product_as_scored=True)
