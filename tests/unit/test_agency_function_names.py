"""A body named by its function in lower case is the story's own (contract: "AGENCY mentions
without a proper name"), even where another economy's body has that name. Our own sentences."""

from __future__ import annotations

import pytest

import tradeie


@pytest.mark.parametrize(("text", "mention", "country"), [
    # India's and Malta's bodies are called "National Statistics Office": a Polish or Chilean
    # story's lower-case "national statistics office" is its own economy's
    ("WARSAW, March 3 - Poland's consumer prices rose 4.9% year on year in February, the "
     "national statistics office said.", "national statistics office", "PL"),
    ("Chile's exports rose 4% in May, the national statistics office said.",
     "national statistics office", "CL"),
    ("Malta's inflation eased to 2.1%, the national statistics office said.",
     "national statistics office", "MT"),
    # the proper name, capitalised, keeps the body that bears it
    ("India's GDP grew 6.5% in the quarter, the National Statistics Office said.",
     "National Statistics Office", "IN"),
])
def test_function_name_is_the_story_economys(text: str, mention: str, country: str) -> None:
    doc = tradeie.extract(text, published="2025-03-03")
    found = [e for e in doc.entities if e.label == "AGENCY" and e.text == mention]
    assert found and found[0].country == country, [(e.text, e.country) for e in doc.entities]
