"""A date's possessive owns the figure after it ("February's 4.5%", "last year's record
$98.9 billion"): the figure has that date's period, also when it is the value compared with
and another date of the sentence is free, and a rate after "from <date>'s" is the level
compared with, not a change. And "the same period of <year>" after a twelve-month span that
crosses two years is the span ending in that year. Sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    # ---- the possessive's date dates the figure, past words like "record" or "revised"
    ("Chile's trade surplus reached $1.9 billion in May, well above last year's record "
     "$1.2 billion, the central bank said.", "2024-06-07",
     {"$1.9 billion": "trade.surplus level period=2024-05",
      "$1.2 billion": "trade.surplus level period=2023"}),
    ("The ministry kept its forecast for a 2024 surplus of $79.2 billion, below last year's "
     "$98.9 billion.", "2024-08-01",
     {"$79.2 billion": "trade.surplus level period=2024",
      "$98.9 billion": "trade.surplus level period=2023"}),
    ("Peru's exports are seen at $70 billion in 2025, up from the previous year's revised "
     "$67.5 billion, the trade ministry said.", "2025-02-03",
     {"$70 billion": "trade.exports level period=2025",
      "$67.5 billion": "trade.exports level period=2024"}),
    ("Colombia's imports for 2024 are projected at $64 billion, compared with 2023's "
     "preliminary $62.8 billion.", "2024-03-01",
     {"$62.8 billion": "trade.imports level period=2023"}),
    # ---- a rate after "from <date>'s" is the level compared with
    ("Kenya's inflation slowed to 4.1% in March from February's 4.5%, the statistics "
     "office said.", "2024-04-02",
     {"4.1%": "prices.cpi level period=2024-03",
      "4.5%": "prices.cpi level period=2024-02"}),
    ("Ghana's annual inflation eased to 23.2 percent in January from December's revised "
     "23.5 percent.", "2024-02-14",
     {"23.2 percent": "prices.cpi level period=2024-01",
      "23.5 percent": "prices.cpi level period=2023-12"}),
    ("Poland's jobless rate rose to 5.2% in June, up from May's 5.0%.", "2024-07-01",
     {"5.0%": "labour.unemployment level period=2024-05"}),
    # two twelve-month spans compared: the change is the span's (not its last month's)
    ("Guatemala's remittances reached $21.3 billion in the 12 months to May 2024, up 9.1% "
     "compared with the same period of 2023.", "2024-06-10",
     {"9.1%": "other change direction=up period=2023-06/2024-05"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_possessive_date(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)


SAME_PERIOD = [
    # "the same period of <year>" after a span of twelve months crossing two years
    ("Brazil's surplus over the 12 months to March 2024 rose, compared with the same period "
     "of 2023.", "2024-04-05", "the same period of 2023", "2022-04/2023-03"),
    ("Australia's exports in the year to June 2024 fell, against the same period of 2023.",
     "2024-08-01", "the same period of 2023", "2022-07/2023-06"),
    # within one calendar year the year named moves the span as before
    ("In the first five months of 2024 exports rose 4%, against the same period of 2023.",
     "2024-06-10", "the same period of 2023", "2023-01/2023-05"),
]


@pytest.mark.parametrize(("text", "published", "span", "value"), SAME_PERIOD,
                         ids=[c[0][:30] for c in SAME_PERIOD])
def test_same_period_of_year(text: str, published: str, span: str, value: str) -> None:
    import tradeie

    res = tradeie.extract(text, published=published)
    dates = {e.text: e.attrs.get("value") for e in res.entities if e.label == "DATE"}
    assert dates.get(span) == value, dates
