"""Dates that are no period of the figures: a feature's opening scene ("When the ships
stopped calling at Mombasa in March, ...") does not narrow the story's period, which the
first figures' sentence names (only a sentence naming a metric, as a headline, can); and a
release week ("the bureau said last week") is no anchor for "a year earlier", which is a
year before the period reported. Stories written for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

KENYA = (
    "When the container ships stopped calling at Mombasa in March, traders in Nairobi braced "
    "for the worst. Six months on, the trade figures tell a more nuanced story.\n"
    "Kenya's exports of goods rose to 1.12 trillion shillings in the first half of the year, "
    "the statistics bureau said last week, up from 998 billion shillings a year earlier. Tea "
    "brought in 210 billion shillings.\n"
    "Imports, however, climbed faster, by 14 percent, widening the trade deficit to 1.3 "
    "trillion shillings.")
CHILE = (
    "The strike at the Escondida mine in July was over within days.\n\n"
    "Chile's copper exports reached $24.6 billion in the first eight months, the central bank "
    "reported last week, compared with $22.9 billion a year earlier.\n\n"
    "Lithium exports fell 38% to $1.9 billion.")
HEADLINE = (
    "Peru's exports fall in March\n\n"
    "Peru's exports fell 4.1% in the first quarter, the trade ministry said, led by a drop in "
    "March.\n\nCopper shipments slid 6%.")

CASES = [
    (KENYA, "2026-09-15", {
        "998 billion shillings": "trade.exports level period=2025-H1",
        "210 billion shillings": "trade.exports level period=2026-H1",
        "14 percent": "trade.imports change period=2026-H1",
        "1.3 trillion shillings": "trade.deficit level period=2026-H1"}),
    (CHILE, "2026-09-10", {
        "$22.9 billion": "trade.exports level period=2025-01/2025-08",
        "38%": "trade.exports change period=2026-01/2026-08"}),
    # a headline's month names a metric: it still narrows the lead's period
    (HEADLINE, "2026-04-20", {"6%": "trade.exports change period=2026-03"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_scene_and_release_dates(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
