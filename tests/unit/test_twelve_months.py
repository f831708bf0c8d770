"""A rate "in the 12 months to September" is September's, year on year (relate/twelve_months.py);
a flow summed over twelve months keeps the span. Our own sentences."""

from __future__ import annotations

import pytest

import tradeie


def _facts(text: str, published: str) -> dict[str, tuple[str, str | None, str | None]]:
    doc = tradeie.extract(text, published=published)
    spans = {e.id: text[e.start:e.end] for e in doc.entities}
    return {spans[f.figure]: (f.metric, f.basis, f.period) for f in doc.facts}


@pytest.mark.parametrize(("text", "published", "want"), [
    # a CPI change and the one compared with it: each its own month, yoy
    ("Consumer prices climbed 3.1 per cent in the 12 months to May, up from 2.8 per cent in "
     "the 12 months to April, the statistics office said.", "2025-06-12",
     {"3.1 per cent": ("prices.cpi", "yoy", "2025-05"),
      "2.8 per cent": ("prices.cpi", "yoy", "2025-04")}),
    # a stated rate (a level) takes the month and no basis
    ("In the 12 months through March, inflation stood at 4.2%.", "2025-04-10",
     {"4.2%": ("prices.cpi", None, "2025-03")}),
    ("Producer prices fell 1.1% over the past 12 months.", "2025-07-15",
     {"1.1%": ("prices.ppi", "yoy", "2025-06")}),
    # a flow summed over the twelve months keeps them
    ("Exports to Japan reached $41.3 billion in the 12 months to June.", "2025-08-01",
     {"$41.3 billion": ("trade.exports", None, "2024-07/2025-06")}),
    # a range written out: the text states the interval itself
    ("Output grew 2.1% over the past 12 months (Jul 2024-Jun 2025), the institute said.",
     "2025-08-15", {"2.1%": ("economy.gdp", None, "2024-07/2025-06")}),
])
def test_twelve_month_rates(text: str, published: str,
                            want: dict[str, tuple[str, str | None, str | None]]) -> None:
    got = _facts(text, published)
    for figure, expected in want.items():
        assert got.get(figure) == expected, (figure, got)
