"""Hunt africa_gulf2: African and Gulf releases and their press copies, as whole short stories
written for these tests (own wording; figures close to the real releases): Nigeria's NBS
foreign trade reports ("N" / naira, "total merchandise trade stood at", "crude oil exports
accounted for"), Kenya's KNBS (KSh), Ghana's GSS (GH¢), Egypt's CAPMAS (LE / E£), Morocco's
Office des Changes (DH / MAD), South Africa's SARS and Stats SA (R), Saudi Arabia's GASTAT
(SR, non-oil exports), the UAE, Qatar's PSA (QR), Oman's NCSI (RO) and Kuwait (KD), with the
outlets' date forms ("Q1 2024", "the first quarter (Q1) of 2024", "H1 2024", "between January
and March").

Each story is (text, published, {figure text: "metric role field=value ..."}) as in
tests/helpers.py ('-' is null, '_' a space); ``src`` names the source entity by (part of) its
canonical name (``src=-``: no source). Only the fields named are checked.
"""

from __future__ import annotations

import pytest
from helpers import (
    check_entity_value,
    check_fact_spec_with_source,
    entity_case_params,
    fact_spec_params,
)

import tradeie

NBS = "src=National_Bureau_of_Statistics"
GASTAT = "src=General_Authority_for_Statistics"
SARS = "src=South_African_Revenue_Service"

STORIES = [
    # 0 ---- a Nigerian paper on the NBS quarterly foreign trade report
    ("Nigeria's trade surplus widens to N5.6trn in Q1 2024\n\n"
     "Nigeria's total merchandise trade stood at N19.89 trillion in the first quarter (Q1) of "
     "2024, an increase of 46.49 per cent over the value recorded in the fourth quarter of "
     "2023, the National Bureau of Statistics (NBS) said in its latest foreign trade report.\n\n"
     "The export component of the trade amounted to N12.75 trillion, while imports were "
     "valued at N7.14 trillion, leaving a trade surplus of N5.61 trillion for the quarter.\n\n"
     "Crude oil exports accounted for N9.82 trillion, or 77.01 per cent of total exports, "
     "according to the bureau.", "2024-06-20",
     {"N19.89 trillion": f"trade.total level period=2024-Q1 reporter=NG {NBS}",
      "46.49 per cent": "trade.total change direction=up basis=qoq period=2024-Q1 reporter=NG",
      "N12.75 trillion": "trade.exports level period=2024-Q1 reporter=NG",
      "N7.14 trillion": "trade.imports level period=2024-Q1 reporter=NG",
      "N5.61 trillion": "trade.surplus level period=2024-Q1 reporter=NG",
      "N9.82 trillion": "trade.exports level period=2024-Q1 reporter=NG product=Crude_oil",
      "77.01 per cent": "trade.exports share period=2024-Q1 reporter=NG product=Crude_oil"}),
    # 1 ---- KNBS leading economic indicators via a Nairobi daily
    ("Kenya's import bill rises as fuel costs climb\n\n"
     "NAIROBI, Kenya - Kenya spent KSh 1.2 trillion on imports between January and June "
     "2024, up from KSh 1.1 trillion in the same period last year, data from the Kenya "
     "National Bureau of Statistics (KNBS) shows.\n\n"
     "Exports earned the country KSh 564.3 billion in the six months, a rise of 13.4 per "
     "cent. Tea remained the leading export, fetching KSh 99.6 billion, while horticultural "
     "produce brought in KSh 81.2 billion.\n\n"
     "The trade deficit widened to KSh 635.7 billion in the period, KNBS said.",
     "2024-08-15",
     {"KSh 1.2 trillion": "trade.imports level period=2024-01/2024-06 reporter=KE "
                          "src=Kenya_National_Bureau",
      "KSh 1.1 trillion": "trade.imports level period=2023-01/2023-06 reporter=KE",
      "KSh 564.3 billion": "trade.exports level period=2024-01/2024-06 reporter=KE",
      "13.4 per cent": "trade.exports change direction=up period=2024-01/2024-06 reporter=KE",
      "KSh 99.6 billion": "trade.exports level period=2024-01/2024-06 reporter=KE product=Tea",
      "KSh 635.7 billion": "trade.deficit level period=2024-01/2024-06 reporter=KE "
                           "src=Kenya_National_Bureau"}),
    # 2 ---- Ghana CPI via a local site, with the Government Statistician
    ("Ghana's inflation eases to 23.0% in November\n\n"
     "ACCRA - Ghana's annual consumer price inflation dropped to 23.0 per cent in November "
     "2024 from 22.1 per cent in October, Government Statistician Dr Samuel Kobina Annim "
     "announced on Wednesday.\n\n"
     "Food inflation rose to 28.3 per cent, while non-food inflation stood at 18.5 per cent. "
     "Month-on-month, prices went up 2.0 per cent, the Ghana Statistical Service (GSS) said.",
     "2024-12-04",
     {"22.1 per cent": "prices.cpi level period=2024-10 reporter=GH",
      "28.3 per cent": "prices.cpi level period=2024-11 reporter=GH",
      "18.5 per cent": "prices.cpi level period=2024-11 reporter=GH",
      "2.0 per cent": "prices.cpi change basis=mom period=2024-11 reporter=GH"}),
    # 3 ---- Ghana cedi trade figures in a business paper
    ("Ghana records GH¢28.6bn trade surplus in H1 2024\n\n"
     "Ghana posted a trade surplus of GH¢28.6 billion in the first half of 2024, provisional "
     "data from the Ghana Statistical Service show. Total exports for H1 2024 were valued "
     "at GH¢124.5 billion, against imports of GH¢95.9 billion. Gold accounted for 57.3 per "
     "cent of the export receipts.", "2024-08-21",
     {"GH¢28.6 billion": "trade.surplus level period=2024-H1 reporter=GH "
                         "src=Ghana_Statistical",
      "GH¢124.5 billion": "trade.exports level period=2024-H1 reporter=GH",
      "GH¢95.9 billion": "trade.imports level period=2024-H1 reporter=GH",
      "57.3 per cent": "trade.exports share period=2024-H1 reporter=GH "
                       "product=Gold"}),
    # 4 ---- Egypt's CAPMAS monthly trade, Egyptian pounds as LE
    ("Egypt's trade deficit narrows 12% in September\n\n"
     "CAIRO - Egypt's trade deficit fell 12.1 percent to $3.09 billion in September 2024, "
     "compared with $3.52 billion in the same month a year earlier, the Central Agency for "
     "Public Mobilization and Statistics (CAPMAS) said on Sunday.\n\n"
     "The value of exports rose 16.4 percent to $3.47 billion, while imports edged up 1.3 "
     "percent to $6.56 billion, the agency added.", "2024-11-24",
     {"$3.09 billion": "trade.deficit level period=2024-09 reporter=EG src=Central_Agency",
      "12.1 percent": "trade.deficit change direction=down period=2024-09 reporter=EG",
      "$3.52 billion": "trade.deficit level period=2023-09 reporter=EG",
      "16.4 percent": "trade.exports change direction=up period=2024-09 reporter=EG "
                      "src=Central_Agency",
      "$3.47 billion": "trade.exports level period=2024-09 reporter=EG",
      "$6.56 billion": "trade.imports level period=2024-09 reporter=EG"}),
    # 5 ---- Morocco's Office des Changes via a Moroccan site, dirhams as DH / MAD
    ("Morocco: trade deficit widens to 254 billion dirhams at end-October\n\n"
     "Rabat - Morocco's trade deficit reached 254.9 billion dirhams (MAD) at the end of "
     "October 2024, up 6.1% from a year earlier, according to the Foreign Exchange Office "
     "(Office des Changes).\n\n"
     "Imports of goods rose 6.3% to 637.6 billion DH, while exports increased 6.4% to 382.7 "
     "billion DH. The automotive sector's exports climbed 7.6% to MAD 128.3 billion.",
     "2024-12-02",
     {"254.9 billion dirhams": "trade.deficit level period=2024-01/2024-10 reporter=MA "
                               "src=Foreign_Exchange_Office",
      "6.1%": "trade.deficit change direction=up basis=yoy period=2024-01/2024-10 "
              "reporter=MA",
      "637.6 billion DH": "trade.imports level period=2024-01/2024-10 reporter=MA",
      "382.7 billion DH": "trade.exports level period=2024-01/2024-10 reporter=MA",
      "MAD 128.3 billion": "trade.exports level period=2024-01/2024-10 reporter=MA"}),
    # 6 ---- SARS monthly trade statistics via a South African wire
    ("SA posts R15.8bn trade surplus in October\n\n"
     "PRETORIA - South Africa recorded a preliminary trade balance surplus of R15.8 billion "
     "in October 2024, the South African Revenue Service (SARS) said on Friday. The figure "
     "was attributable to exports of R177.7 billion and imports of R161.9 billion.\n\n"
     "The year-to-date trade balance surplus of R61.9 billion compares with a surplus of "
     "R35.1 billion for the comparable period in 2023, SARS said.", "2024-11-29",
     {"R15.8 billion": f"trade.surplus level period=2024-10 reporter=ZA {SARS}",
      "R177.7 billion": "trade.exports level period=2024-10 reporter=ZA",
      "R161.9 billion": "trade.imports level period=2024-10 reporter=ZA",
      "R61.9 billion": "trade.surplus level period=2024-01/2024-10 reporter=ZA",
      "R35.1 billion": "trade.surplus level period=2023-01/2023-10 reporter=ZA"}),
    # 7 ---- Stats SA GDP and CPI through a business paper
    ("South African economy unexpectedly shrinks in third quarter\n\n"
     "JOHANNESBURG - South Africa's gross domestic product shrank 0.3% in the third quarter "
     "of 2024 compared with the previous quarter, Statistics South Africa said on Tuesday. "
     "Agriculture was the biggest drag, contracting 28.8%.\n\n"
     "Separately, Stats SA reported that annual consumer inflation slowed to 2.8% in "
     "October from 3.8% in September.", "2024-12-03",
     {"0.3%": "economy.gdp change direction=down basis=qoq period=2024-Q3 reporter=ZA "
              "src=Statistics_South_Africa",
      "2.8%": "prices.cpi level period=2024-10 reporter=ZA src=Statistics_South_Africa",
      "3.8%": "prices.cpi level period=2024-09 reporter=ZA"}),
    # 8 ---- GASTAT monthly trade via a Gulf paper, non-oil exports with re-exports
    ("Saudi non-oil exports climb 13% in October\n\n"
     "RIYADH - Saudi Arabia's non-oil exports, including re-exports, increased 13.1 percent "
     "in October 2024 compared with the same month of 2023, the General Authority for "
     "Statistics said. Merchandise exports reached SR90.1 billion, while imports stood at "
     "SR75.5 billion. The kingdom's oil exports fell 3.8 percent on an annual basis, and "
     "their share of total exports dropped to 72.2 percent from 77.7 percent a year ago.",
     "2024-12-24",
     {"13.1 percent": f"trade.exports change direction=up basis=yoy period=2024-10 "
                      f"reporter=SA {GASTAT}",
      "SR90.1 billion": "trade.exports level period=2024-10 reporter=SA",
      "SR75.5 billion": "trade.imports level period=2024-10 reporter=SA",
      "3.8 percent": "trade.exports change direction=down basis=yoy period=2024-10 "
                     "reporter=SA",
      "72.2 percent": "trade.exports share period=2024-10 reporter=SA",
      "77.7 percent": "trade.exports share period=2023-10 reporter=SA"}),
    # 9 ---- Qatar PSA monthly trade via a Doha daily
    ("Qatar's trade surplus at QR16.5bn in November\n\n"
     "DOHA: Qatar's merchandise trade balance showed a surplus of QR16.5 billion in November "
     "2024, a decrease of QR1.9 billion or 10.3% compared with November 2023, figures issued "
     "by the National Planning Council show. The total value of exports, including "
     "re-exports, amounted to QR26.1 billion, while imports were around QR9.6 billion.",
     "2024-12-31",
     {"QR16.5 billion": "trade.surplus level period=2024-11 reporter=QA "
                        "src=National_Planning_Council",
      "QR1.9 billion": "trade.surplus change direction=down period=2024-11 reporter=QA",
      "10.3%": "trade.surplus change direction=down basis=yoy period=2024-11 reporter=QA",
      "QR26.1 billion": "trade.exports level period=2024-11 reporter=QA",
      "QR9.6 billion": "trade.imports level period=2024-11 reporter=QA"}),
    # 10 ---- Oman NCSI via the Times of Oman style
    ("Oman's merchandise exports fall 4.5% by end of September\n\n"
     "MUSCAT: The value of Oman's merchandise exports declined 4.5 per cent to RO15.3 "
     "billion by the end of September 2024, preliminary data from the National Centre for "
     "Statistics and Information (NCSI) showed. Oil and gas exports fell 6.8 per cent to "
     "RO10.2 billion, whereas non-oil exports rose 1.2 per cent to RO3.9 billion. Merchandise "
     "imports totalled RO10.1 billion.", "2024-11-20",
     {"4.5 per cent": "trade.exports change direction=down period=2024-01/2024-09 "
                      "reporter=OM src=National_Centre_for_Statistics",
      "RO15.3 billion": "trade.exports level period=2024-01/2024-09 reporter=OM",
      "RO10.2 billion": "trade.exports level period=2024-01/2024-09 reporter=OM",
      "RO3.9 billion": "trade.exports level period=2024-01/2024-09 reporter=OM",
      "RO10.1 billion": "trade.imports level period=2024-01/2024-09 reporter=OM"}),
    # 11 ---- Kuwait CPI and trade through KUNA copy
    ("KUWAIT, Dec 15 (KUNA) -- Kuwait's consumer price index rose 2.42 percent in November "
     "from a year earlier, the Central Statistical Bureau said on Sunday. In a separate "
     "release, the bureau said non-oil imports reached KD 1.09 billion in the third quarter, "
     "up 4.2 percent year on year.", "2024-12-15",
     {"2.42 percent": "prices.cpi change direction=up basis=yoy period=2024-11 reporter=KW "
                      "src=Central_Statistical_Bureau",
      "KD 1.09 billion": "trade.imports level period=2024-Q3 reporter=KW",
      "4.2 percent": "trade.imports change direction=up basis=yoy period=2024-Q3 "
                     "reporter=KW"}),
    # 12 ---- UAE non-oil trade via WAM, H1 and an official
    ("UAE non-oil foreign trade hits AED1.39 trillion in H1 2024\n\n"
     "ABU DHABI, 2nd August, 2024 (WAM) -- The UAE's non-oil foreign trade reached AED1.39 "
     "trillion in the first six months of 2024, growing 11.2 percent from the same period "
     "of 2023, Sheikh Mohammed bin Rashid Al Maktoum announced. Non-oil exports rose 25.1 "
     "percent to AED256.6 billion.", "2024-08-02",
     {"AED1.39 trillion": "trade.total level period=2024-H1 reporter=AE "
                          "src=Mohammed_bin_Rashid",
      "11.2 percent": "trade.total change direction=up basis=yoy period=2024-01/2024-06 "
                      "reporter=AE",
      "25.1 percent": "trade.exports change direction=up period=2024-01/2024-06 reporter=AE",
      "AED256.6 billion": "trade.exports level period=2024-01/2024-06 reporter=AE"}),
    # 13 ---- Xinhua copy on Nigeria's inflation
    ("LAGOS, Dec. 16 (Xinhua) -- Nigeria's headline inflation rose for a third straight "
     "month to 34.60 percent in November, from 33.88 percent in October, the country's "
     "statistics office said Monday. Food inflation stood at 39.93 percent year on year, "
     "the National Bureau of Statistics said in a report.", "2024-12-16",
     {"34.60 percent": f"prices.cpi level period=2024-11 reporter=NG {NBS}",
      "33.88 percent": "prices.cpi level period=2024-10 reporter=NG",
      "39.93 percent": f"prices.cpi level period=2024-11 reporter=NG {NBS}"}),
    # 14 ---- Egypt fiscal year, Egyptian pounds written E£ / LE, a minister
    ("Egypt's non-oil exports jump to $40.6bn in 2023/2024\n\n"
     "CAIRO - Egypt's non-petroleum exports rose 10% to $40.6 billion in fiscal year "
     "2023/2024, which ended in June, Minister of Investment and Foreign Trade Hassan El "
     "Khatib said. The budget deficit stood at E£505 billion over the same year, while "
     "tax revenues reached LE1.5 trillion.", "2024-08-10",
     {"$40.6 billion": "trade.exports level period=2023-07/2024-06 reporter=EG "
                       "src=Hassan_El_Khatib",
      "10%": "trade.exports change direction=up period=2023-07/2024-06 reporter=EG",
      "E£505 billion": "other level period=2023-07/2024-06 reporter=EG",
      "LE1.5 trillion": "other level period=2023-07/2024-06 reporter=EG"}),
    # 15 ---- GASTAT flash GDP through a Gulf business site, "Q3 2024"
    ("Saudi economy grows 2.8% in Q3 2024 on oil rebound\n\n"
     "RIYADH: Saudi Arabia's real gross domestic product expanded 2.8 percent year-on-year "
     "in the third quarter of 2024, according to flash estimates published by the General "
     "Authority for Statistics. Non-oil activities grew 4.2 percent, while oil activities "
     "rose 0.3 percent. Compared with the second quarter, real GDP increased 1.4 percent on "
     "a seasonally adjusted basis.", "2024-10-31",
     {"2.8 percent": f"economy.gdp change direction=up basis=yoy period=2024-Q3 reporter=SA "
                     f"{GASTAT}",
      "1.4 percent": "economy.gdp change direction=up basis=qoq period=2024-Q3 reporter=SA"}),
    # 16 ---- KNBS CPI through a Nairobi wire, "KNBS data" attribution later
    ("NAIROBI, Nov 29 - Kenya's year-on-year inflation rose to 2.8 percent in November "
     "from 2.7 percent in October, the Kenya National Bureau of Statistics said on Friday. "
     "Food and non-alcoholic beverages prices were up 4.8 percent from a year earlier, while "
     "transport costs fell 2.1 percent, the KNBS data showed.", "2024-11-29",
     {"2.8 percent": "prices.cpi level period=2024-11 reporter=KE src=Kenya_National_Bureau",
      "2.7 percent": "prices.cpi level period=2024-10 reporter=KE"}),
    # 17 ---- Bank Al-Maghrib / Morocco current account, dirhams written MAD
    ("Morocco's current account deficit narrowed to 0.6% of GDP in 2023, or MAD 8.6 "
     "billion, from 3.6% a year earlier, Bank Al-Maghrib said in its annual report.",
     "2024-07-30",
     {"0.6%": "account.current share period=2023 reporter=MA src=Bank_Al-Maghrib",
      "MAD 8.6 billion": "account.current level period=2023 reporter=MA",
      "3.6%": "account.current share period=2022 reporter=MA"}),
]
STORY_XFAIL: dict[tuple[str, str], str] = {
    ("Kenya's import bill", "KSh 99.6 billion"):
        "class: a product as the subject of 'remained the leading export, fetching X' is "
        "the product of X",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, STORY_XFAIL))
def test_africa_gulf2_story(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)


# (story, label, entity text (or part of it), value / canonical name / unit)
ENTITY_CASES: list[tuple[int, str, str, str]] = [
    (0, "MONEY", "N19.89 trillion", "NGN"),
    (0, "DATE", "the first quarter (Q1) of 2024", "2024-Q1"),
    (0, "DATE", "Q1 2024", "2024-Q1"),
    (5, "MONEY", "382.7 billion DH", "MAD"),
    (0, "AGENCY", "NBS", "National Bureau of Statistics"),
    (1, "MONEY", "KSh 1.2 trillion", "KES"),
    (1, "DATE", "between January and June 2024", "2024-01/2024-06"),
    (1, "AGENCY", "KNBS", "Kenya National Bureau of Statistics"),
    (2, "OFFICIAL", "Samuel Kobina Annim", "Samuel Kobina Annim"),
    (2, "AGENCY", "GSS", "Ghana Statistical Service"),
    (3, "MONEY", "GH¢28.6 billion", "GHS"),
    (3, "DATE", "H1 2024", "2024-01/2024-06"),
    (4, "AGENCY", "CAPMAS", "Central Agency for Public Mobilization and Statistics"),
    (5, "MONEY", "637.6 billion DH", "MAD"),
    (5, "MONEY", "MAD 128.3 billion", "MAD"),
    (5, "DATE", "the end of October 2024", "2024-10"),
    (6, "MONEY", "R15.8 billion", "ZAR"),
    (6, "AGENCY", "SARS", "South African Revenue Service"),
    (7, "AGENCY", "Stats SA", "Statistics South Africa"),
    (8, "MONEY", "SR90.1 billion", "SAR"),
    (9, "MONEY", "QR16.5 billion", "QAR"),
    (10, "MONEY", "RO15.3 billion", "OMR"),
    (10, "AGENCY", "NCSI", "National Centre for Statistics and Information"),
    (11, "MONEY", "KD 1.09 billion", "KWD"),
    (11, "AGENCY", "Central Statistical Bureau", "Central Statistical Bureau"),
    (12, "MONEY", "AED1.39 trillion", "AED"),
    (12, "DATE", "the first six months of 2024", "2024-01/2024-06"),
    (14, "MONEY", "E£505 billion", "EGP"),
    (14, "MONEY", "LE1.5 trillion", "EGP"),
    (14, "DATE", "fiscal year 2023/2024", "2023-07/2024-06"),
    (14, "OFFICIAL", "Hassan El Khatib", "Hassan El Khatib"),
]
ENTITY_XFAIL: dict[tuple[int, str], str] = {
}
# a letter symbol after a plain whole number is no currency
NOT_MONEY = ["The plant ships 3 RO units a day.", "He bought 4 SR models and 2 KD kits."]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_africa_gulf2_not_money(text: str) -> None:
    res = tradeie.extract(text, published="2024-12-01")
    assert not [e.text for e in res.entities if e.label == "MONEY"]


@pytest.mark.parametrize(("story", "label", "surface", "want"),
                         entity_case_params(ENTITY_CASES, ENTITY_XFAIL))
def test_africa_gulf2_entities(story: int, label: str, surface: str, want: str) -> None:
    text, published, _ = STORIES[story]
    check_entity_value(text, published, label, surface, want)


# ---- short passages for the rules this hunt added
PASSAGES: list = [
    # a quarter or half with its short name in brackets before the year ("the first quarter
    # (Q1) of 2024") is one date: the year dates it, and the quarter it is compared with
    # makes the change quarter-on-quarter
    ("Nigeria's total trade rose 46.49 per cent to N19.89 trillion in the first quarter "
     "(Q1) of 2024 over the fourth quarter of 2023.", "2024-06-20",
     {"46.49 per cent": "trade.total change basis=qoq period=2024-Q1 reporter=NG"}),
    ("Kenya's exports grew 5.2 per cent in the first half (H1) of 2024, the KNBS said.",
     "2024-09-10", {"5.2 per cent": "trade.exports change period=2024-H1 reporter=KE"}),
    ("Ghana's imports fell 3 per cent in the second quarter (Q2) of 2024 compared with the "
     "first quarter (Q1) of 2024.", "2024-09-10",
     {"3 per cent": "trade.imports change direction=down basis=qoq period=2024-Q2"}),
    ("Qatar's GDP at constant prices grew 1.9% in the third quarter (3Q) of 2024.",
     "2024-12-30", {"1.9%": "economy.gdp change period=2024-Q3 reporter=QA"}),
    # "rose X% to LEVEL in PERIOD from (over, on) EARLIER-PERIOD": a bare preposition and a
    # period right after the level compare the change with that period
    ("Kenya's exports climbed 4 per cent to KSh 160.2 billion in the third quarter over the "
     "second quarter, KNBS data show.", "2024-12-20",
     {"4 per cent": "trade.exports change basis=qoq period=2024-Q3 reporter=KE"}),
    ("Egypt's imports rose 3.1% to $6.56 billion in September from August, CAPMAS said.",
     "2024-11-24", {"3.1%": "trade.imports change basis=mom period=2024-09 reporter=EG"}),
    ("South Africa's exports edged up 2% to R177.7 billion in October on September.",
     "2024-11-29", {"2%": "trade.exports change basis=mom period=2024-10 reporter=ZA"}),
    # "the export (import) component of (total) trade" names the flow, not the whole
    ("Ghana's total trade was GH¢220.4 billion; the import component of trade stood at "
     "GH¢95.9 billion.", "2024-08-21", {"GH¢95.9 billion": "trade.imports level"}),
    ("In Nigeria, the import component of total trade was N7.14 trillion in the quarter.",
     "2024-06-20", {"N7.14 trillion": "trade.imports level reporter=NG"}),
    ("Kenya's exports and imports totalled KSh 1.8 trillion; the export component rose to "
     "KSh 564.3 billion in the half.", "2024-08-15",
     {"KSh 564.3 billion": "trade.exports level"}),
    # a letter symbol after a scaled amount ('382.7 billion DH', '75 billion SR') is the
    # currency; after a plain whole number it stays initials ('3 RO units')
    ("Morocco's exports increased 6.4% to 382.7 billion DH at the end of October.",
     "2024-12-02", {"382.7 billion DH": "trade.exports level reporter=MA"}),
    ("Saudi imports reached 75.5 billion SR in October, GASTAT said.", "2024-12-24",
     {"75.5 billion SR": "trade.imports level period=2024-10 reporter=SA"}),
    ("Kuwait's non-oil imports totalled 1.09 billion KD in the third quarter.", "2024-12-15",
     {"1.09 billion KD": "trade.imports level period=2024-Q3 reporter=KW"}),
    ("Oman's merchandise imports rose to 10.1 billion RO by the end of September.",
     "2024-11-20", {"10.1 billion RO": "trade.imports level reporter=OM"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(PASSAGES, {}))
def test_africa_gulf2_passage(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)
