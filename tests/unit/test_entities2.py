"""Entity hunt of session 5 (issue 16): dates, counts, agencies and officials of many
economies, in sentences and short stories written for this test (own wording; figures close
to real releases). The classes this hunt fixed, each with variants of its own:

- a bare change before a level with a unit after a movement word is two figures, not a
  range: "rose by 30,000 to 1.2 million people", "fell 300,000 to 4.5 million tonnes",
  "by 2 billion to 50 billion yuan" (a percent keeps its range: "rose 5 to 30 percent");
- a month word that is also a given name opens an official's name right after a title
  ("Finance Minister Jan Jambon", "Deputy Trade Minister June Lim"), and is no DATE;
- a capitalised particle before the last word of a name is part of the family name in use
  in later mentions ("Al Zeyoudi said", "El Khatib added");
- "the prior-year period / quarter / month" are back-references like "the year-ago period";
- "June, 2025" (a comma between month and year, South Asian and African usage) is one
  month, not a month and a year;
- "opening" is "first" before a period noun ("the opening quarter of 2025");
- "Director of Statistics / of Customs <name>": a job of an area only government has is a
  public title with no agency beside it (unlike "Director of Trade");
- "mcm" is million cubic metres, as "bcm" is billion.

Sentence cases are scored like test_entities_world.py (``problems``: overlap, value / name /
country, every entity of the label expected); stories as in test_genre_wire.py. Open cases
are strict xfails naming their class.
"""

from __future__ import annotations

import pytest
from helpers import (
    check_fact_spec_with_source,
    check_open_cases_exist,
    fact_spec_params,
    open_case_params,
)
from test_entities_world import problems  # tests/unit is on sys.path (no package)

import tradeie
from tradeie.normalize.periods.values import period_bounds

Case = tuple[str, str, str, list[tuple[str, object]], list[str]]
P = "2025-07-10"  # a Thursday

CASES: list[Case] = [
    # ---- a change and the level it reached are two figures, the level's unit shared
    ("QUANTITY", P, "Canada's jobless rolls rose by 30,000 to 1.6 million people in June.",
     [("30,000", 30000), ("1.6 million people", 1.6e6)], []),
    ("QUANTITY", P, "Car sales in Brazil increased by 12,000 to 250,000 units, Fenabrave said.",
     [("12,000", 12000), ("250,000 units", 250000)], []),
    ("QUANTITY", P, "Thailand's foreign arrivals fell by 20,000 to 480,000 visitors in May.",
     [("20,000", 20000), ("480,000 visitors", 480000)], []),
    ("QUANTITY", P, "Russia's grain shipments fell 300,000 to 4.5 million tonnes in June.",
     [("300,000", 300000), ("4.5 million tonnes", 4.5e6)], []),
    ("QUANTITY", P, "The number of firms registered in Vietnam climbed by 2,300 to 45,600 "
     "companies in the first half.", [("2,300", 2300), ("45,600 companies", 45600)], []),
    # ... but a range stays one figure
    ("QUANTITY", P, "Egypt's wheat output rose 2 to 3 million tonnes, traders estimated.",
     [("2 to 3 million tonnes", 2e6)], []),
    ("QUANTITY", P, "Kazakhstan's grain crop is expected to rise by 10 to 15 million tonnes.",
     [("10 to 15 million tonnes", 1e7)], []),
    # ---- month words that are given names, after a title
    ("OFFICIAL", P, "Belgian Finance Minister Jan Jambon said the deficit would narrow.",
     [("Jan Jambon", "Jan Jambon")], []),
    ("OFFICIAL", P, "Norway's Trade Minister Jan Christian Vestre said seafood exports rose.",
     [("Jan Christian Vestre", "Jan Christian Vestre")], []),
    ("OFFICIAL", P, "Deputy Trade Minister June Lim said exports to Asean rose.",
     [("June Lim", "June Lim")], []),
    ("DATE", P, "Deputy Trade Minister June Lim said exports rose in May.",
     [("May", "2025-05")], ["June Lim"]),
    ("DATE", P, "Czech Industry Minister Jan Novak said on Tuesday that car exports fell.",
     [("Tuesday", "2025-07-08")], ["Jan Novak"]),
    ("DATE", P, "Trade Minister Dan Tehan said in Jan. that exports rose.",
     [("Jan.", "2025-01")], []),
    # ---- later mentions by a family name with a capitalised particle
    ("OFFICIAL", P, "UAE Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi said "
     "non-oil trade rose. Al Zeyoudi said India led.",
     [("Thani bin Ahmed Al Zeyoudi", "Thani bin Ahmed Al Zeyoudi"),
      ("Al Zeyoudi", "Thani bin Ahmed Al Zeyoudi")], []),
    ("OFFICIAL", P, "Oman's Minister of Commerce Qais bin Mohammed Al Yousef said exports rose. "
     "\"We are confident,\" Al Yousef said.",
     [("Qais bin Mohammed Al Yousef", "Qais bin Mohammed Al Yousef"),
      ("Al Yousef", "Qais bin Mohammed Al Yousef")], []),
    ("OFFICIAL", P, "Egyptian Trade Minister Hassan El Khatib said exports rose. El Khatib "
     "added that the EU led.", [("Hassan El Khatib", "Hassan El Khatib"),
                                ("El Khatib", "Hassan El Khatib")], []),
    ("OFFICIAL", P, "Governor Nabil El Sayed said reserves rose. According to El Sayed, gold "
     "led.", [("Nabil El Sayed", "Nabil El Sayed"), ("El Sayed", "Nabil El Sayed")], []),
    # ---- "Director of Statistics", "Director General of Customs": a job of an area only
    # government has, before the name, is a public title without an agency beside it
    ("OFFICIAL", P, "Jordan's exports rose. Director of Statistics Ahmed Salem told reporters "
     "phosphate led.", [("Ahmed Salem", "Ahmed Salem")], []),
    ("OFFICIAL", P, "Jordan's exports rose, Director of Customs Ahmed Salem said.",
     [("Ahmed Salem", "Ahmed Salem")], []),
    ("OFFICIAL", P, "The Director General of Customs, Ahmed Salem, said revenue rose.",
     [("Ahmed Salem", "Ahmed Salem")], []),
    ("OFFICIAL", P, "Ghana's inflation eased. Deputy Director of Statistics Kwame Mensah said "
     "food prices fell.", [("Kwame Mensah", "Kwame Mensah")], []),
    ("OFFICIAL", P, "Jordan's exports rose. Director of Trade Ahmed Salem told reporters "
     "phosphate led.", [], ["Ahmed Salem"]),  # a trade director may be a company's
    # ---- gas volumes in million cubic metres
    ("QUANTITY", P, "Gas flows through Ukraine fell to 40 mcm per day.",
     [("40 mcm", 40)], []),
    ("QUANTITY", P, "Turkmenistan shipped 120 mcm of gas to China in May.",
     [("120 mcm", 120)], []),
    # ---- "prior-year" back-references
    ("DATE", P, "Profit rose in the second quarter of 2025 from the prior-year period.",
     [("the second quarter of 2025", "2025-Q2"), ("the prior-year period", "2024-Q2")], []),
    ("DATE", P, "Exports in the first half rose 6 percent from the prior-year period.",
     [("the first half", "2025-H1"), ("the prior-year period", "2024-H1")], []),
    ("DATE", P, "Revenue in the March quarter rose 4 percent from the prior-year quarter.",
     [("the March quarter", "2025-Q1"), ("the prior-year quarter", "2024-Q1")], []),
    ("DATE", P, "Sales in June rose from the prior-year month.",
     [("June", "2025-06"), ("the prior-year month", "2024-06")], []),
    ("DATE", P, "Exports in May rose 4 percent over the previous-year month.",
     [("May", "2025-05"), ("the previous-year month", "2024-05")], []),
    # ---- "opening" is "first" before a period noun, as "closing" is "final"
    ("DATE", P, "Exports rose in the last quarter of 2024 and in the opening quarter of 2025.",
     [("the last quarter of 2024", "2024-Q4"), ("the opening quarter of 2025", "2025-Q1")],
     []),
    ("DATE", P, "GDP grew 0.4 percent in the opening three months of 2025.",
     [("the opening three months of 2025", "2025-01/2025-03")], []),
    ("DATE", P, "Chile's copper shipments rose in the opening half of the year.",
     [("the opening half of the year", "2025-H1")], []),
    ("DATE", P, "Imports fell in the opening month of 2025, the bureau said.",
     [("the opening month of 2025", "2025-01")], []),
    # ---- "June, 2025": a comma between the month and its year
    ("DATE", P, "Exports in May, 2025 rose 4 percent over May, 2024.",
     [("May, 2025", "2025-05"), ("May, 2024", "2024-05")], []),
    ("DATE", P, "Remittances reached $3.1 billion in the month of June, 2025.",
     [("June, 2025", "2025-06")], []),
    ("DATE", P, "Bangladesh's exports fell in June, 2025 compared to June, 2024.",
     [("June, 2025", "2025-06"), ("June, 2024", "2024-06")], []),
    ("DATE", P, "Exports rose in June, 2,025 tonnes more than a year earlier.",
     [("June", "2025-06"), ("a year earlier", "2024-06")], []),
    ("DATE", P, "Exports rose on June 5, 2025, the ministry said.",
     [("June 5, 2025", "2025-06-05")], []),
    # ---- breadth: forms that already held, kept so they keep holding
    ("DATE", P, "Exports rose 4 percent in 1Q25 from 3 percent in 4Q24.",
     [("1Q25", "2025-Q1"), ("4Q24", "2024-Q4")], []),
    ("DATE", P, "Exports rose 9 percent in 9M24 compared with 9M23.",
     [("9M24", "2024-01/2024-09"), ("9M23", "2023-01/2023-09")], []),
    ("DATE", P, "India's exports in Q1 FY26 rose 5 percent, the commerce ministry said.",
     [("Q1 FY26", "2025-Q2")], []),
    ("DATE", P, "India's GDP grew 7.4 percent in Q4FY25, the NSO said.",
     [("Q4FY25", "2025-Q1")], []),
    ("DATE", P, "Pakistan's exports rose in 9MFY25 compared with 9MFY24, the SBP said.",
     [("9MFY25", "2024-07/2025-03"), ("9MFY24", "2023-07/2024-03")], []),
    ("DATE", P, "Bangladesh's exports in July-June of FY25 rose 9 percent.",
     [("July-June of FY25", "2024-07/2025-06")], []),
    ("DATE", P, "New Zealand's exports rose in the June 2025 year, Stats NZ said.",
     [("the June 2025 year", "2024-07/2025-06")], []),
    ("DATE", P, "The US deficit widened in the first nine months of fiscal 2025, the "
     "Treasury said.", [("the first nine months of fiscal 2025", "2024-10/2025-06")], []),
    ("DATE", P, "Reserves stood at $12 billion as of end-October, the central bank said.",
     [("end-October", "2024-10")], []),
    ("DATE", P, "Grain inspections fell in the week ended Nov. 29, the USDA said.",
     [("the week ended Nov. 29", "2024-11-23/2024-11-29")], []),
    ("DATE", P, "Exports rose in 1H25 and fell in 2H24.",
     [("1H25", "2025-H1"), ("2H24", "2024-H2")], []),
    ("DATE", P, "Exports rose in the first semester of 2025.",
     [("the first semester of 2025", "2025-H1")], []),
    ("DATE", P, "Inflation in June was 2.1 percent, down from 2.4 percent the month before.",
     [("June", "2025-06"), ("the month before", "2025-05")], []),
    ("DATE", P, "Sales rose 3 percent in the April-June quarter from the year-earlier "
     "quarter.", [("the April-June quarter", "2025-Q2"),
                  ("the year-earlier quarter", "2024-Q2")], []),
    ("DATE", P, "NAIROBI, July 9 (Xinhua) -- Kenya's tea exports rose.",
     [("July 9", "2025-07-09")], []),
    ("DATE", P, "Saudi Vision 2030 targets non-oil exports; COVID-19 and the G20 were "
     "discussed.", [], ["Vision 2030", "COVID-19", "G20"]),
    ("QUANTITY", P, "China's tariff exemptions cover 130 commodities from 20 trade partners.",
     [("130 commodities", 130), ("20 trade partners", 20)], []),
    ("QUANTITY", P, "Saudi Arabia pumped 9.8 million barrels per day in June.",
     [("9.8 million barrels per day", 9.8e6)], []),
    ("QUANTITY", P, "The port of Santos handled 4.5 million TEU last year.",
     [("4.5 million TEU", 4.5e6)], []),
    ("QUANTITY", P, "Vietnam has signed 17 free trade agreements.",
     [("17 free trade agreements", 17)], []),
    ("AGENCY", P, "Mexico's trade balance swung to a surplus in June, Inegi said.",
     [("Inegi", "MX")], []),
    ("AGENCY", P, "Georgia's exports rose, Geostat said.", [("Geostat", "GE")], []),
    ("AGENCY", P, "Croatia's exports rose, the DZS said.", [("DZS", "HR")], []),
    ("AGENCY", P, "Paraguay's soy exports rose, the BCP said.", [("BCP", "PY")], []),
    ("AGENCY", P, "Norway's trade surplus rose, Statistics Norway (SSB) said.",
     [("Statistics Norway", "NO"), ("SSB", "NO")], []),
    ("OFFICIAL", P, "\"Exports are resilient,\" said Mauricio Zapata, secretary of foreign "
     "trade at the economy ministry.", [("Mauricio Zapata", "Mauricio Zapata")], []),
    ("OFFICIAL", P, "KNBS Director General Macdonald Obudho said inflation eased.",
     [("Macdonald Obudho", "Macdonald Obudho")], []),
    ("OFFICIAL", P, "Korean Trade Minister Ahn Duk-geun said chip exports rose. Ahn added "
     "that autos fell.", [("Ahn Duk-geun", "Ahn Duk-geun"), ("Ahn", "Ahn Duk-geun")], []),
    ("OFFICIAL", P, "Vietnam's Prime Minister Pham Minh Chinh said exports rose. Chinh said "
     "more.", [("Pham Minh Chinh", "Pham Minh Chinh"), ("Chinh", "Pham Minh Chinh")], []),
    # ---- years of local calendars (Bikram Sambat, Buddhist Era, Solar Hijri, Ethiopian)
    # written in English copy (models/local_calendars.json)
    ("DATE", P, "Nepal's imports rose in FY 2081/82, the department of customs said.",
     [("FY 2081/82", "2024-07/2025-06")], []),
    ("DATE", P, "Thailand's exports rose in B.E. 2567, the commerce ministry said.",
     [("B.E. 2567", "2024")], []),
    ("DATE", P, "Iran's non-oil exports rose 5 percent in the Iranian calendar year 1403.",
     [("the Iranian calendar year 1403", "2024-04/2025-03")], []),
    ("DATE", P, "Ethiopia earned $3.6 billion from exports in the 2016 EFY.",
     [("the 2016 EFY", "2023-07/2024-06")], []),
]

OPEN: dict[str, str] = {  # text start -> what is missing
}


@pytest.mark.parametrize("case", open_case_params(CASES, OPEN))
def test_entities2_sentence(case: Case) -> None:
    assert not problems(case)


def test_open_cases_exist() -> None:
    check_open_cases_exist(CASES, OPEN)


# ---- whole short stories: each figure's fact (fields named), then their entities
STATBEL = "Statbel"
STORIES = [
    # 0 ---- Brussels weekly style: Belgian trade, Statbel, a finance minister named Jan
    ("Belgium's trade surplus narrows in April\n\n"
     "BRUSSELS, July 8 - Belgium's goods trade surplus narrowed to 1.2 billion euros in April "
     "from 1.9 billion euros in March, Statbel said on Tuesday. Exports fell 3.1 percent "
     "from a year earlier to 41.5 billion euros, while imports slipped 1.4 percent to 40.3 "
     "billion euros.\n\n"
     "Finance Minister Jan Jambon said the figures reflected weaker demand from Germany. "
     "\"Our exporters are holding up,\" Jambon said.", "2025-07-10",
     {"1.2 billion euros": f"trade.surplus level period=2025-04 reporter=BE src={STATBEL}",
      "1.9 billion euros": "trade.surplus level period=2025-03 reporter=BE",
      "3.1 percent": "trade.exports change direction=down basis=yoy period=2025-04 reporter=BE",
      "41.5 billion euros": "trade.exports level period=2025-04 reporter=BE",
      "1.4 percent": "trade.imports change direction=down period=2025-04 reporter=BE",
      "40.3 billion euros": "trade.imports level period=2025-04 reporter=BE"}),
    # 1 ---- Pakistani agency copy: "June, 2025", the PBS, the minister's later mention
    ("Exports up 8pc in June\n\n"
     "ISLAMABAD: Pakistan's exports rose 8 percent to $2.7 billion in June, 2025 compared "
     "to $2.5 billion in June, 2024, according to the Pakistan Bureau of Statistics (PBS). "
     "Imports grew 10 percent to $5.2 billion in the month. In fiscal year 2024-25, exports "
     "totalled $32.1 billion.\n\n"
     "Finance Minister Muhammad Aurangzeb welcomed the data. Aurangzeb said textile "
     "shipments led the rise.", "2025-07-03",
     {"8 percent": "trade.exports change direction=up period=2025-06 reporter=PK "
                   "src=Pakistan_Bureau_of_Statistics",
      "$2.7 billion": "trade.exports level period=2025-06 reporter=PK",
      "$2.5 billion": "trade.exports level period=2024-06 reporter=PK",
      "10 percent": "trade.imports change direction=up period=2025-06 reporter=PK",
      "$5.2 billion": "trade.imports level period=2025-06 reporter=PK",
      "$32.1 billion": "trade.exports level period=2024-07/2025-06 reporter=PK"}),
    # 2 ---- Gulf state agency: UAE non-oil trade, a minister and his later mention
    ("ABU DHABI, 9th July, 2025 (WAM) -- The UAE's non-oil foreign trade reached AED1.7 "
     "trillion in the first half of 2025, up 24 percent from the prior-year period, Dr. "
     "Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign Trade, announced. Non-oil "
     "exports rose 45 percent to AED370 billion.\n\n"
     "Al Zeyoudi said the country's trade agreements with 28 partners had opened new "
     "markets.", "2025-07-09",
     {"AED1.7 trillion": "trade.total level period=2025-H1 reporter=AE product=non-oil",
      "24 percent": "trade.total change direction=up period=2025-H1 reporter=AE",
      "45 percent": "trade.exports change direction=up period=2025-H1 reporter=AE",
      "AED370 billion": "trade.exports level period=2025-H1 reporter=AE"}),
    # 3 ---- Canadian Press style: jobs, a change and the level in one phrase
    ("OTTAWA - Canada's unemployment rate rose to 7.0 percent in May as the number of "
     "jobless people increased by 32,000 to 1.6 million, Statistics Canada said Friday. "
     "Employment edged up by 8,800 in the month.", "2025-06-06",
     {"7.0 percent": "labour.unemployment level period=2025-05 reporter=CA",
      # (the count of jobless people: its metric is left to the metric rules)
      "8,800": "other change direction=up period=2025-05 reporter=CA"}),
    # 4 ---- Korean quarterly copy: prior-year quarter, Yonhap style
    ("SEOUL, July 1 (Yonhap) -- South Korea's exports rose 1.5 percent in the second "
     "quarter from the prior-year quarter to $173.5 billion, the trade ministry said "
     "Tuesday. Shipments of semiconductors jumped 11.6 percent to $37.4 billion over the "
     "same period.", "2025-07-01",
     {"1.5 percent": "trade.exports change direction=up basis=yoy period=2025-Q2 reporter=KR",
      "$173.5 billion": "trade.exports level period=2025-Q2 reporter=KR",
      "11.6 percent": "trade.exports change direction=up period=2025-Q2 reporter=KR "
                      "product=semiconductors"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, {}))
def test_entities2_story_figure(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)


STORY_ENTITIES = [  # (story, label, surface, canonical name / DATE value / QUANTITY value)
    (0, "DATE", "July 8", "2025-07-08"),
    (0, "DATE", "a year earlier", "2024-04"),
    (0, "AGENCY", "Statbel", "Statbel"),
    (0, "OFFICIAL", "Jan Jambon", "Jan Jambon"),
    (0, "OFFICIAL", "Jambon said", "Jan Jambon"),
    (1, "DATE", "June, 2025", "2025-06"),
    (1, "DATE", "June, 2024", "2024-06"),
    (1, "DATE", "fiscal year 2024-25", "2024-07/2025-06"),
    (1, "AGENCY", "PBS", "Pakistan Bureau of Statistics"),
    (1, "OFFICIAL", "Aurangzeb said", "Muhammad Aurangzeb"),
    (2, "DATE", "9th July, 2025", "2025-07-09"),
    (2, "DATE", "the prior-year period", "2024-H1"),
    (2, "OFFICIAL", "Al Zeyoudi said", "Thani bin Ahmed Al Zeyoudi"),
    (2, "QUANTITY", "28 partners", 28),
    (3, "QUANTITY", "32,000", 32000),
    (3, "QUANTITY", "1.6 million", 1.6e6),
    (3, "AGENCY", "Statistics Canada", "Statistics Canada"),
    (4, "DATE", "the prior-year quarter", "2024-Q2"),
    (4, "DATE", "the same period", "2025-Q2"),
    (4, "AGENCY", "trade ministry", "Ministry of Trade, Industry and Energy"),
]


@pytest.mark.parametrize(("story", "label", "surface", "want"), STORY_ENTITIES,
                         ids=[f"{c[0]}-{c[2]}" for c in STORY_ENTITIES])
def test_entities2_story_entities(story: int, label: str, surface: str, want: object) -> None:
    text, published, _ = STORIES[story]
    at = text.index(surface)
    ents = [e for e in tradeie.extract(text, published=published).entities
            if e.label == label and e.start < at + len(surface) and at < e.end]
    assert ents, f"missing {surface!r}"
    if label == "DATE":  # compared as date intervals, as the scorer does
        assert any(period_bounds(e.attrs.get("value") or "") == period_bounds(str(want))
                   for e in ents), [e.attrs.get("value") for e in ents]
    elif label == "QUANTITY":
        assert any(e.attrs.get("value") == want for e in ents)
    else:
        assert any(e.attrs.get("name") == want for e in ents), [e.attrs for e in ents]


# ---- short passages: a change and the level it reached, read as two facts
PASSAGES = [
    ("Car sales in Brazil increased by 12,000 to 250,000 units in June, Fenabrave said.",
     "2025-07-10", {"12,000": "other change direction=up period=2025-06",
                    "250,000 units": "other level period=2025-06"}),
    ("China's exports rose by 2 billion to 50 billion yuan in May.", "2025-07-10",
     {"2 billion": "trade.exports change direction=up period=2025-05 reporter=CN",
      "50 billion yuan": "trade.exports level period=2025-05 reporter=CN"}),
    ("Russia's wheat exports fell 300,000 to 4.5 million tonnes in June.", "2025-07-10",
     {"300,000": "trade.exports change direction=down period=2025-06 reporter=RU",
      "4.5 million tonnes": "trade.exports level period=2025-06 reporter=RU"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(PASSAGES, {}))
def test_entities2_passage(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)
