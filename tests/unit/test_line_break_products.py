"""A sentence that follows a single line break (one paragraph per line, as scrapers and
wire feeds deliver text) opens with that break: the product run opening it ("Non-oil and
gas exports", "Palm oil shipments") is still read as its product, as it is after a space
or a blank line. Texts written for this test."""

from __future__ import annotations

import pytest

STORIES = [
    ("Indonesia's exports rose in October.\nNon-oil and gas exports contributed US$22.9 "
     "billion.", "US$22.9 billion", "non-oil and gas"),
    ("JAKARTA (ANTARA) - Exports rose.\nPalm oil exports reached US$2.1 billion in "
     "September.", "US$2.1 billion", "palm oil"),
    ("Malaysia's trade surplus widened in August.\nElectrical and electronic exports grew "
     "9.4% to RM58.3 billion.", "RM58.3 billion", "electrical and electronic"),
    ("Kenya earned more from farm goods.\nTea exports rose 12% to 180 billion shillings.",
     "12%", "tea"),
]


@pytest.mark.parametrize(("text", "figure", "product"), STORIES,
                         ids=[s[2] for s in STORIES])
@pytest.mark.parametrize("joiner", ["\n", " ", "\n\n"], ids=["line", "space", "blank"])
def test_product_opens_sentence_after_break(text: str, figure: str, product: str,
                                            joiner: str) -> None:
    import tradeie

    res = tradeie.extract(text.replace("\n", joiner), published="2026-11-15")
    facts = [f for f in res.facts if res.entity(f.figure).text == figure]
    assert facts, [res.entity(f.figure).text for f in res.facts]
    assert (facts[0].product or "").lower() == product
