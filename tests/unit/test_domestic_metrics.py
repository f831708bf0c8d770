"""One economy's own aggregates (relations.json ``domestic_metrics``: GDP, CPI, PPI, retail
sales, industrial output, unemployment, reserves) are never bilateral: an economy written
beside such a figure is the economy measured, not a partner."""

from __future__ import annotations

import pytest

import tradeie

CASES = [
    # growth rates of members listed after a bloc's figure
    ("Output in the euro area grew 0.2% in the third quarter. Among the members, Spain "
     "(0.6%) and France (0.4%) grew fastest, while Austria (-0.1%) shrank.", "2025-11-14",
     {"0.6%": "ES", "0.4%": "FR", "-0.1%": "AT"}),
    # consumer prices of several economies in a regional story
    ("Inflation eased across the Nordic region in May: consumer prices rose 2.8% in Norway, "
     "1.9% in Denmark (from 2.2%) and 0.2% in Sweden.", "2025-06-12",
     {"1.9%": "DK"}),
    # jobless rates in a bracketed list
    ("Unemployment stayed low in central Europe in April, with Czechia (2.6%) and Poland "
     "(2.9%) holding the lowest rates in the EU.", "2025-06-03",
     {"2.6%": "CZ", "2.9%": "PL"}),
]


@pytest.mark.parametrize(("text", "published", "figures"), CASES)
def test_domestic_figure_has_no_partner(text: str, published: str,
                                        figures: dict[str, str]) -> None:
    res = tradeie.extract(text, published=published)
    for surface, economy in figures.items():
        fact = next(f for f in res.facts if res.entity(f.figure).text == surface)
        assert fact.partner is None, (surface, fact.partner)
        assert fact.reporter == economy, (surface, fact.reporter)


def test_trade_figure_keeps_its_partner() -> None:
    res = tradeie.extract("Exports to Germany (EUR 4.1 billion) rose 3.2% in March.",
                          published="2025-05-09")
    fact = next(f for f in res.facts if res.entity(f.figure).text == "EUR 4.1 billion")
    assert fact.metric == "trade.exports" and fact.partner == "DE"
