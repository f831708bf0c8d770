"""Years of local calendars in English copy (tradeie/normalize/periods/local_calendars.py,
models/local_calendars.json): Bikram Sambat in Nepalese stories, the Buddhist Era in Thai
ones, the solar Hijri year in Iranian and Afghan ones, the Ethiopian calendar in Ethiopian
ones. Sentences written for this test; figures close to real releases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradeie
from tradeie.normalize.periods import PeriodFinder

CASES = [
    # (text, published, DATE text, its value)
    # ---- Nepal: Bikram Sambat fiscal years (mid-July to mid-July, rounded to July-June)
    ("Nepal's merchandise imports fell 4.2 percent in FY 2080/81, the Department of "
     "Customs said.", "2024-08-02", "FY 2080/81", "2023-07/2024-06"),
    ("In the first five months of the current fiscal year 2081/82, Nepal exported goods "
     "worth Rs 98.5 billion, Nepal Rastra Bank said.", "2024-12-30",
     "fiscal year 2081/82", "2024-07/2025-06"),
    ("Remittance inflows to Nepal reached Rs 1,445 billion in 2080/81, up 16.5 percent.",
     "2024-07-30", "2080/81", "2023-07/2024-06"),
    ("Nepal's trade deficit stood at Rs 1,380 billion in the fiscal year 2079-80.", "2023-08-01",
     "the fiscal year 2079-80", "2022-07/2023-06"),
    # a Bikram Sambat calendar year (from mid-April) and months of it
    ("Tourist arrivals to Nepal rose in 2080 BS, the tourism board said.", "2024-05-01",
     "2080 BS", "2023-04/2024-03"),
    ("Nepal's exports to India rose in Shrawan 2081, the customs department said.",
     "2024-09-01", "Shrawan 2081", "2024-07"),
    ("Nepal's imports fell in Magh 2081, the central bank said.", "2025-03-01",
     "Magh 2081", "2025-01"),
    # ---- Thailand: Buddhist Era years (B.E. = C.E. + 543); the fiscal year ends in September
    ("Thailand's exports grew 5.4 percent in B.E. 2567, the commerce ministry said.",
     "2025-01-28", "B.E. 2567", "2024"),
    ("The Thai budget deficit for fiscal year B.E. 2567 was set at 693 billion baht.",
     "2023-10-05", "fiscal year B.E. 2567", "2023-10/2024-09"),
    ("Thai shipments of rice reached 9.9 million tonnes in 2567 B.E., the Thai Rice "
     "Exporters Association said.", "2025-01-15", "2567 B.E.", "2024"),
    # ---- Iran and Afghanistan: solar Hijri years (from 20/21 March, rounded to April-March)
    ("Iran's non-oil exports reached $49.6 billion in the Iranian year 1402, the customs "
     "administration said.", "2024-04-10", "the Iranian year 1402", "2023-04/2024-03"),
    ("Non-oil trade with neighbours rose 8 percent in the Iranian calendar year 1403.",
     "2025-04-02", "the Iranian calendar year 1403", "2024-04/2025-03"),
    ("Iranian customs said imports fell in 1401 SH.", "2023-04-05", "1401 SH",
     "2022-04/2023-03"),
    ("Afghanistan's exports reached $1.9 billion in the solar year 1402, the Afghan "
     "ministry of industry and commerce said.", "2024-03-25", "the solar year 1402",
     "2023-04/2024-03"),
    # ---- Ethiopia: the Ethiopian calendar (from 11 September); EFY from 8 July, July-June
    ("Ethiopia earned $3.8 billion from exports of goods in the 2016 EFY, the Ministry of "
     "Trade and Regional Integration said.", "2024-07-20", "the 2016 EFY", "2023-07/2024-06"),
    ("Coffee exports brought in $1.43 billion during the 2015 Ethiopian fiscal year.",
     "2023-07-12", "the 2015 Ethiopian fiscal year", "2022-07/2023-06"),
    ("Ethiopia plans to export goods worth $4.5 billion in EFY 2017.", "2024-07-15",
     "EFY 2017", "2024-07/2025-06"),
    ("The National Bank of Ethiopia said remittances rose in 2016 E.C.", "2024-09-20",
     "2016 E.C.",
     "2023-09/2024-08"),
]

GREGORIAN = [
    # the same words with Gregorian years: the Gregorian reading is nearer the story's date
    ("Nepal's exports rose 12 percent in the first four months of the current fiscal year "
     "2024-25.", "2024-12-01", "the first four months of the current fiscal year 2024-25",
     "2024-07/2024-10"),
    ("Ethiopia earned $3.6 billion from exports in the 2023/24 Ethiopian fiscal year.",
     "2024-08-01", "the 2023/24 Ethiopian fiscal year", "2023-07/2024-06"),
    ("Iran's exports rose in the year to March 2024, the customs administration said.",
     "2024-04-10", "the year to March 2024", "2023-04/2024-03"),
    # another economy's story: no local reading ("FY 2081/82" is left alone)
    ("India's exports rose in fiscal 2024, the commerce ministry said.", "2024-05-01",
     "fiscal 2024", "2024-04/2025-03"),
]


def _date_values(text: str, published: str) -> dict[str, str | None]:
    res = tradeie.extract(text, published=published)
    return {e.text: e.attrs.get("value") for e in res.entities if e.label == "DATE"}


@pytest.mark.parametrize(("text", "published", "span", "value"), CASES + GREGORIAN,
                         ids=[c[2] for c in CASES + GREGORIAN])
def test_local_year_is_read(text: str, published: str, span: str, value: str) -> None:
    dates = _date_values(text, published)
    assert dates.get(span) == value, dates


@pytest.mark.parametrize(("text", "published"), [
    # numbers near a marker word that are no years of a local calendar
    ("Thailand shipped 2,567 tonnes of durian to China, the ministry said.", "2024-06-01"),
    ("Thai exporters expect the baht to be 35 per dollar in 2025.", "2024-06-01"),
    ("Iran exported 1403 tonnes of saffron, customs said.", "2024-06-01"),
    ("Nepal's imports from India reached Rs 1,200 billion, up 2081 units.", "2024-06-01"),
])
def test_no_local_year(text: str, published: str) -> None:
    dates = _date_values(text, published)
    assert not any(v and (v.startswith("1") or v[:4] > "2030") for v in dates.values()), dates


def test_bikram_sambat_year_is_not_read_as_a_future_gregorian_year() -> None:
    """A bare year of Bikram Sambat (2081) in a Nepalese story is no Gregorian year of the
    news: the figure's period is the Bikram Sambat year's months."""
    res = tradeie.extract("Nepal's exports rose 7 percent to Rs 157 billion in 2080, the "
                          "Trade and Export Promotion Centre said.", published="2024-05-01")
    fact = next(f for f in res.facts if f.metric == "trade.exports" and f.role == "level")
    assert fact.period == "2023-04/2024-03"


def test_the_fact_takes_the_converted_fiscal_year() -> None:
    res = tradeie.extract("Nepal's trade deficit narrowed 3.1 percent to Rs 1,380 billion in "
                          "FY 2079/80, the Department of Customs said.", published="2023-08-05")
    periods = {f.metric: f.period for f in res.facts}
    assert periods.get("trade.deficit") == "2022-07/2023-06", periods


FINDER = PeriodFinder()


@given(st.integers(min_value=2060, max_value=2095))
def test_bikram_sambat_fiscal_years(y: int) -> None:
    """Every 'FY Y/Y+1' of Bikram Sambat in a Nepalese story published during it is the
    Gregorian July-June fiscal year that starts 57 years earlier."""
    g = y - 57
    text = f"Imports rose in FY {y}/{(y + 1) % 100:02d}."
    (m,) = [m for m in FINDER.find(text, f"{g + 1}-01-15", "NP") if m.text.startswith("FY")]
    assert m.value == f"{g}-07/{g + 1}-06"


@given(st.integers(min_value=2480, max_value=2650))
def test_buddhist_era_years(y: int) -> None:
    (m,) = FINDER.find(f"Exports rose in B.E. {y}.", f"{y - 543}-12-31", "TH")
    assert (m.text, m.value) == (f"B.E. {y}", str(y - 543))


@given(st.integers(min_value=1350, max_value=1450))
def test_solar_hijri_years(y: int) -> None:
    (m,) = FINDER.find(f"Exports rose in {y} SH.", f"{y + 622}-01-31", "IR")
    assert m.value == f"{y + 621}-04/{y + 622}-03"


def test_other_economies_keep_the_gregorian_reading() -> None:
    """The calendars apply only to their economies: the same words in an Indian story are
    left to the grammar."""
    nepal = FINDER.find("Imports rose in FY 2081/82.", "2025-01-15", "NP")
    india = FINDER.find("Imports rose in FY 2081/82.", "2025-01-15", "IN")
    assert [m.value for m in nepal] == ["2024-07/2025-06"]
    assert all(m.value != "2024-07/2025-06" for m in india)
