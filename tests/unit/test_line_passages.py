"""The period a paragraph's sentence sets (its passage) ends at a line break, in a text
written one paragraph per line, before a sentence about another domain ("... growth reached
7.6% in the fourth quarter.\\nExports rose 14.1% ..." in an annual story), as it ends at any
blank line; a line about the same domain keeps it ("In the first ten months, crude oil
imports rose ...\\nSoybean imports fell ..."). Stories written for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

ANNUAL = (
    "HANOI, Jan 6 -- Vietnam's economy grew 7.1 percent in 2026, the statistics office said "
    "on Tuesday. In the fourth quarter, growth reached 7.6 percent year on year.\n"
    "Exports rose 14.1 percent to 460.2 billion dollars, while imports climbed 15.9 percent "
    "to 437.5 billion dollars.")
COMMODITIES = (
    "China's imports rose 2 percent in the first ten months of 2026, customs data showed. "
    "Crude oil imports went up 4.1 percent to 470 million tons during the period.\n"
    "Soybean imports, however, fell 6.2 percent from a year earlier to 81.3 million tonnes.")
MONTHLY = (
    "China's imports rose 2 percent in October, customs data showed. In the first ten "
    "months, crude oil imports went up 4.1 percent to 470 million tons.\n"
    "Soybean imports, however, fell 6.2 percent from a year earlier to 81.3 million tonnes.")
QUARTER = (
    "Chile's economy expanded 2.3% in 2026, the central bank said, and 1.1% in the fourth "
    "quarter alone.\nCopper exports reached $51.2 billion, up 4%.")

CASES = [
    (ANNUAL, "2027-01-06", {"460.2 billion dollars": "trade.exports level period=2026",
                            "15.9 percent": "trade.imports change period=2026"}),
    (COMMODITIES, "2026-11-07",
     {"81.3 million tonnes": "trade.imports level period=2026-01/2026-10"}),
    (QUARTER, "2027-03-18", {"$51.2 billion": "trade.exports level period=2026"}),
]


@pytest.mark.parametrize("joiner", ["\n", "\n\n"], ids=["line", "blank"])
@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_line_passage(text: str, published: str, figure: str, spec: str, joiner: str) -> None:
    check_fact_spec(text.replace("\n", joiner), published, figure, spec)


def test_line_of_the_same_domain_keeps_the_passage() -> None:
    # (after a blank line a new paragraph starts a new passage whatever its domain: the
    # story's own period again, as the genre hunts' stories have it)
    check_fact_spec(MONTHLY, "2026-11-07", "81.3 million tonnes",
                    "trade.imports level period=2026-01/2026-10")
    check_fact_spec(MONTHLY.replace("\n", "\n\n"), "2026-11-07", "81.3 million tonnes",
                    "trade.imports level period=2026-10")
