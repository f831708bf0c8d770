"""Genre hunt, round four: DATE entities and periods in the outlets of the economies whose
dates were weakest on unseen articles (Mexico, Nigeria, India, Canada, Britain): EFE and
Mexico City Post on INEGI's fortnightly inflation and "the January-May period"; Nigerian
papers on NBS quarterly trade ("Q3 2024", "H1 2024", "the quarter under review"); PTI and The
Hindu on fiscal-year ranges ("April-November FY25", "2024-25", "the year-ago period");
Canadian Press on StatCan ("on a year-over-year basis", "in the 12 months to"); UK trade press
on the ONS and the BRC ("the three months to", "the four weeks to"). Whole short stories
written for this test.

Each story is (text, published, {figure: fact spec}, {date text: value}); fact specs as in
test_genre_mxbr.py ('-' null, '_' a space, "#n" the n-th occurrence). A DATE case passes when
a DATE entity overlapping the n-th occurrence of the text has a value equal to the expected
one as a date interval (as the scorer compares them). Open cases are strict xfails: they flip
when fixed."""

from __future__ import annotations

import re

import pytest
from helpers import _interval, check_fact_as_scored, fact_spec_params

import tradeie

STORIES = [
    # ---- Mexico, INEGI fortnightly inflation (EFE)
    ("Mexico's inflation rises in first fortnight of January\n\n"
     "Mexico City, Jan 23 (EFE).- Mexico's headline inflation stood at 3.69% at an annual "
     "rate in the first fortnight of January, the National Institute of Statistics and "
     "Geography (INEGI) reported on Thursday. In the second half of December, inflation had "
     "been 4.21%.\n\n"
     "Compared to the previous fortnight, the National Consumer Price Index rose 0.20%. "
     "Core inflation was 3.72% in the first half of January.", "2025-01-23",
     {"3.69%": "prices.cpi level period=2025-01-01/2025-01-15 reporter=MX",
      "4.21%": "prices.cpi level period=2024-12-16/2024-12-31 reporter=MX",
      "0.20%": "prices.cpi change direction=up period=2025-01-01/2025-01-15 reporter=MX",
      "3.72%": "prices.cpi level period=2025-01-01/2025-01-15 reporter=MX"},
     {"first fortnight of January": "2025-01-01/2025-01-15",
      "Thursday": "2025-01-23",
      "the second half of December": "2024-12-16/2024-12-31",
      "the previous fortnight": "2024-12-16/2024-12-31",
      "the first half of January": "2025-01-01/2025-01-15"}),
    # ---- Mexico, INEGI trade balance with a cumulative range (EFE)
    ("Mexico posts trade deficit in January-May period\n\n"
     "Mexico City, Jun 26 (EFE).- Mexico registered a trade deficit of US $3.05 billion in "
     "the January-May period, INEGI reported on Wednesday. In May alone, the country had a "
     "surplus of US $1.99 billion, while exports reached US $53.0 billion, up 9.2% from the "
     "same month of the previous year.\n\n"
     "In the first five months of the year, exports totaled US $245.3 billion.", "2024-06-26",
     {"US $3.05 billion": "trade.deficit level period=2024-01/2024-05 reporter=MX",
      "US $1.99 billion": "trade.surplus level period=2024-05 reporter=MX",
      "US $53.0 billion": "trade.exports level period=2024-05 reporter=MX",
      "9.2%": "trade.exports change direction=up basis=yoy period=2024-05 reporter=MX",
      "US $245.3 billion": "trade.exports level period=2024-01/2024-05 reporter=MX"},
     {"January-May period#1": "2024-01/2024-05",
      "the January-May period": "2024-01/2024-05",
      "Wednesday": "2024-06-26",
      "May#3": "2024-05",
      "the same month of the previous year": "2023-05",
      "the first five months of the year": "2024-01/2024-05"}),
    # ---- Nigeria, NBS quarterly foreign trade (Nigerian daily)
    ("Nigeria's trade surplus rises to N5.8 trillion in Q3 2024\n\n"
     "Abuja - Nigeria recorded a trade surplus of N5.8 trillion in the third quarter of 2024, "
     "the National Bureau of Statistics (NBS) said in its foreign trade report released on "
     "Thursday. Total exports in the quarter under review stood at N19.4 trillion, 12.1% "
     "higher than the value recorded in Q2 2024 and 201.4% higher than in Q3 2023.\n\n"
     "Imports in the quarter rose to N13.6 trillion. In H1 2024, the surplus was N10.9 "
     "trillion.", "2024-12-20",
     {"N5.8 trillion#2": "trade.surplus level period=2024-Q3 reporter=NG",
      "N19.4 trillion": "trade.exports level period=2024-Q3 reporter=NG",
      "12.1%": "trade.exports change direction=up basis=qoq period=2024-Q3 reporter=NG",
      "201.4%": "trade.exports change direction=up basis=yoy period=2024-Q3 reporter=NG",
      "N13.6 trillion": "trade.imports level period=2024-Q3 reporter=NG",
      "N10.9 trillion": "trade.surplus level period=2024-H1 reporter=NG"},
     {"Q3 2024": "2024-Q3",
      "the third quarter of 2024": "2024-Q3",
      "Thursday": "2024-12-19",
      "the quarter under review": "2024-Q3",
      "Q2 2024": "2024-Q2",
      "Q3 2023": "2023-Q3",
      "the quarter": "2024-Q3",
      "H1 2024": "2024-H1"}),
    # ---- Nigeria, NBS consumer price index (Nigerian daily)
    ("Headline inflation rises to 34.60% in November\n\n"
     "Nigeria's headline inflation rate increased to 34.60% in November 2024 from 33.88% in "
     "October 2024, the National Bureau of Statistics said on Monday. On a year-on-year "
     "basis, the rate was 6.40 percentage points higher than the 28.20% recorded in "
     "November 2023.\n\n"
     "On a month-on-month basis, the headline rate was 2.64% in November, lower than the rate "
     "recorded in October 2024. Food inflation stood at 39.93% on a year-on-year basis.",
     "2024-12-16",
     {"34.60%#2": "prices.cpi level period=2024-11 reporter=NG",
      "33.88%": "prices.cpi level period=2024-10 reporter=NG",
      "28.20%": "prices.cpi level period=2023-11 reporter=NG",
      "2.64%": "prices.cpi level period=2024-11 reporter=NG",
      "39.93%": "prices.cpi level period=2024-11 reporter=NG"},
     {"November#1": "2024-11",
      "November 2024": "2024-11",
      "October 2024": "2024-10",
      "Monday": "2024-12-16",
      "November 2023": "2023-11",
      "November#4": "2024-11",
      "October 2024#2": "2024-10"}),
    # ---- India, commerce ministry trade data with fiscal-year ranges (PTI)
    ("India's exports rise 2.17% in April-November FY25\n\n"
     "New Delhi, Dec 16 (PTI) India's merchandise exports rose 2.17 per cent to USD 284.31 "
     "billion in April-November 2024-25, while imports increased 8.35 per cent to USD 486.73 "
     "billion, according to data released by the commerce ministry on Monday. In November, "
     "exports contracted 4.85 per cent to USD 32.11 billion from the year-ago period.\n\n"
     "The trade deficit during the eight-month period stood at USD 202.42 billion. In "
     "2023-24, exports had stood at USD 437.1 billion.", "2024-12-16",
     {"2.17 per cent": "trade.exports change direction=up period=2024-04/2024-11 reporter=IN",
      "USD 284.31 billion": "trade.exports level period=2024-04/2024-11 reporter=IN",
      "8.35 per cent": "trade.imports change direction=up period=2024-04/2024-11 reporter=IN",
      "USD 486.73 billion": "trade.imports level period=2024-04/2024-11 reporter=IN",
      "4.85 per cent": "trade.exports change direction=down basis=yoy period=2024-11 "
                       "reporter=IN",
      "USD 32.11 billion": "trade.exports level period=2024-11 reporter=IN",
      "USD 202.42 billion": "trade.deficit level period=2024-04/2024-11 reporter=IN",
      "USD 437.1 billion": "trade.exports level period=2023-04/2024-03 reporter=IN"},
     {"April-November FY25": "2024-04/2024-11",
      "Dec 16": "2024-12-16",
      "April-November 2024-25": "2024-04/2024-11",
      "Monday": "2024-12-16",
      "November#3": "2024-11",
      "the year-ago period": "2023-11",
      "the eight-month period": "2024-04/2024-11",
      "2023-24": "2023-04/2024-03"}),
    # ---- India, NSO quarterly GDP with fiscal quarters and halves (The Hindu)
    ("GDP growth slows to 5.4% in Q2\n\n"
     "India's gross domestic product grew 5.4% in the July-September quarter of 2024-25, "
     "the National Statistics Office (NSO) said on Friday, down from 8.1% in the year-ago "
     "quarter. In the first half of the fiscal, GDP grew 6%, against 8.2% in H1 FY24.\n\n"
     "Gross value added rose 5.6% in the second quarter of the fiscal.", "2024-11-29",
     {"5.4%#2": "economy.gdp change direction=up period=2024-Q3 reporter=IN",
      "8.1%": "economy.gdp change direction=up period=2023-Q3 reporter=IN",
      "6%": "economy.gdp change direction=up period=2024-04/2024-09 reporter=IN",
      "8.2%": "economy.gdp change direction=up period=2023-04/2023-09 reporter=IN",
      "5.6%": "other change direction=up period=2024-Q3 reporter=IN"},
     {"Q2": "2024-Q3",
      "the July-September quarter of 2024-25": "2024-Q3",
      "Friday": "2024-11-29",
      "the year-ago quarter": "2023-Q3",
      "the first half of the fiscal": "2024-04/2024-09",
      "H1 FY24": "2023-04/2023-09",
      "the second quarter of the fiscal": "2024-Q3"}),
    # ---- Canada, StatCan CPI (Canadian Press)
    ("Annual inflation eases to 1.6% in September\n\n"
     "OTTAWA - Canada's annual inflation rate slowed to 1.6 per cent in September, "
     "Statistics Canada said Tuesday, down from 2.0 per cent in August. On a year-over-year "
     "basis, gasoline prices fell 10.7 per cent in September.\n\n"
     "In the 12 months to September, shelter costs rose 5.0 per cent. On a monthly basis, "
     "the consumer price index fell 0.4 per cent in September.", "2024-10-15",
     {"1.6 per cent": "prices.cpi level period=2024-09 reporter=CA",
      "2.0 per cent": "prices.cpi level period=2024-08 reporter=CA",
      "10.7 per cent": "prices.cpi change direction=down basis=yoy period=2024-09 "
                       "reporter=CA",
      "5.0 per cent": "prices.cpi change direction=up period=2024-09 reporter=CA",
      "0.4 per cent": "prices.cpi change direction=down basis=mom period=2024-09 "
                      "reporter=CA"},
     {"September#1": "2024-09",
      "September#2": "2024-09",
      "Tuesday": "2024-10-15",
      "August": "2024-08",
      "September#3": "2024-09",
      "the 12 months to September": "2023-10/2024-09",
      "September#5": "2024-09"}),
    # ---- Canada, StatCan merchandise trade (Canadian Press)
    ("Canada's trade deficit narrows in October\n\n"
     "OTTAWA - Canada's merchandise trade deficit with the world narrowed to $886 million in "
     "October from $1.3 billion in September, Statistics Canada said Thursday. Exports rose "
     "0.6 per cent in October, while imports slipped 0.4 per cent.\n\n"
     "On a year-over-year basis, exports were up 4.2 per cent compared with October 2023. In "
     "the three months ending in October, the deficit totalled $3.5 billion.", "2024-12-05",
     {"$886 million": "trade.deficit level period=2024-10 reporter=CA",
      "$1.3 billion": "trade.deficit level period=2024-09 reporter=CA",
      "0.6 per cent": "trade.exports change direction=up period=2024-10 reporter=CA",
      "0.4 per cent": "trade.imports change direction=down period=2024-10 reporter=CA",
      "4.2 per cent": "trade.exports change direction=up basis=yoy period=2024-10 "
                      "reporter=CA",
      "$3.5 billion": "trade.deficit level period=2024-08/2024-10 reporter=CA"},
     {"October#1": "2024-10",
      "October#2": "2024-10",
      "September": "2024-09",
      "Thursday": "2024-12-05",
      "October 2023": "2023-10",
      "the three months ending in October": "2024-08/2024-10"}),
    # ---- Britain, BRC retail sales monitor (UK trade press)
    ("UK retail sales rise 3.2% in December\n\n"
     "LONDON - UK retail sales rose 3.2% year on year in the five weeks to January 4, the "
     "British Retail Consortium said on Tuesday. Over the three months to December, food "
     "sales grew 2.9%.\n\n"
     "Non-food sales fell 0.9% in the four weeks to November 30. Retailers said trading over "
     "the festive period was mixed.", "2025-01-14",
     {"3.2%#2": "sales.retail change direction=up basis=yoy "
                "period=2024-12-01/2025-01-04 reporter=GB",
      "2.9%": "sales.retail change direction=up period=2024-10/2024-12 reporter=GB",
      "0.9%": "sales.retail change direction=down period=2024-11-03/2024-11-30 "
              "reporter=GB"},
     {"December#1": "2024-12",
      "the five weeks to January 4": "2024-12-01/2025-01-04",
      "Tuesday": "2025-01-14",
      "the three months to December": "2024-10/2024-12",
      "the four weeks to November 30": "2024-11-03/2024-11-30"}),
    # ---- Britain, ONS GDP and trade in the three months to (UK press)
    ("UK economy grows 0.1% in the three months to September\n\n"
     "LONDON - Britain's economy grew by 0.1% in the three months to September 2024, the "
     "Office for National Statistics said on Friday, slowing from 0.5% in the previous three "
     "months. Gross domestic product shrank 0.1% in September alone.\n\n"
     "The UK trade deficit widened by £1.1 billion to £7.4 billion in the three months to "
     "September. Compared with the same period last year, exports fell 2.3%.", "2024-11-15",
     {"0.1%#2": "economy.gdp change direction=up period=2024-Q3 reporter=GB",
      "0.5%": "economy.gdp change direction=up period=2024-Q2 reporter=GB",
      "0.1%#3": "economy.gdp change direction=down period=2024-09 reporter=GB",
      "£1.1 billion": "trade.deficit change direction=up period=2024-Q3 reporter=GB",
      "£7.4 billion": "trade.deficit level period=2024-Q3 reporter=GB",
      "2.3%": "trade.exports change direction=down basis=yoy period=2024-Q3 reporter=GB"},
     {"the three months to September#1": "2024-Q3",
      "the three months to September 2024": "2024-Q3",
      "Friday": "2024-11-15",
      "the previous three months": "2024-Q2",
      "September alone": "2024-09",
      "the three months to September#3": "2024-Q3",
      "the same period last year": "2023-Q3"}),
]

STORIES += [
    # ---- Nigeria, NBS capital importation (Nigerian daily)
    ("Nigeria's capital importation rises to $1.26bn in Q3 2024\n\n"
     "The total value of capital importation into Nigeria stood at $1.26 billion in the third "
     "quarter of 2024, up from $654.65 million in the corresponding quarter of 2023, the "
     "National Bureau of Statistics said. This represents an increase of 92.7% "
     "year-on-year. However, it declined by 52.07% when compared with the $2.60 billion "
     "recorded in the second quarter of 2024.\n\n"
     "In the first nine months of the year, inflows totalled $5.64 billion. Portfolio "
     "investment accounted for 56.4% of the total in the quarter under review.", "2024-12-02",
     {"$1.26 billion": "other level period=2024-Q3 reporter=NG",
      "$654.65 million": "other level period=2023-Q3 reporter=NG",
      "92.7%": "other change direction=up basis=yoy period=2024-Q3 reporter=NG",
      "52.07%": "other change direction=down basis=qoq period=2024-Q3 reporter=NG",
      "$2.60 billion": "other level period=2024-Q2 reporter=NG",
      "$5.64 billion": "other level period=2024-01/2024-09 reporter=NG",
      "56.4%": "other share period=2024-Q3 reporter=NG"},
     {"Q3 2024": "2024-Q3", "the corresponding quarter of 2023": "2023-Q3",
      "the second quarter of 2024": "2024-Q2",
      "the first nine months of the year": "2024-01/2024-09",
      "the quarter under review": "2024-Q3"}),
    # ---- India, NSO GDP with fiscal quarters written as months (PTI)
    ("India's GDP growth slumps to 5.4% in Q2 FY25\n\n"
     "New Delhi, Nov 29 (PTI) India's economic growth slowed to a nearly two-year low of 5.4 "
     "per cent in the July-September quarter, official data showed on Friday. The gross "
     "domestic product (GDP) had grown 8.1 per cent in the year-ago period and 6.7 per cent "
     "in the April-June quarter of the current fiscal.\n\n"
     "In the first half of FY25, the economy grew 6 per cent as against 8.2 per cent in the "
     "first half of FY24. Manufacturing output grew 2.2 per cent in the second quarter, "
     "against 14.3 per cent a year ago.", "2024-12-02",
     {"5.4 per cent": "economy.gdp change period=2024-Q3 reporter=IN",
      "8.1 per cent": "economy.gdp change direction=up period=2023-Q3 reporter=IN",
      "6.7 per cent": "economy.gdp change direction=up period=2024-Q2 reporter=IN",
      "6 per cent": "economy.gdp change direction=up period=2024-04/2024-09 reporter=IN",
      "8.2 per cent": "economy.gdp change direction=up period=2023-04/2023-09 reporter=IN",
      "2.2 per cent": "output.industrial change direction=up period=2024-Q3 reporter=IN",
      "14.3 per cent": "output.industrial change direction=up period=2023-Q3 reporter=IN"},
     {"Q2 FY25": "2024-Q3", "Nov 29": "2024-11-29", "the July-September quarter": "2024-Q3",
      "the year-ago period": "2023-Q3",
      "the April-June quarter of the current fiscal": "2024-Q2",
      "the first half of FY25": "2024-04/2024-09", "the first half of FY24": "2023-04/2023-09",
      "the second quarter": "2024-Q3", "a year ago": "2023-Q3"}),
]

FACT_XFAIL: dict[tuple[str, str], str] = {}
DATE_XFAIL: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params([s[:3] for s in STORIES], FACT_XFAIL))
def test_story_fact(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_as_scored(text, published, figure, spec)


# (the date cases have the shape of fact cases: one param per surface, the same xfail keys)
@pytest.mark.parametrize(("text", "published", "surface", "value"), fact_spec_params(
    [(text, published, dates) for text, published, _, dates in STORIES], DATE_XFAIL))
def test_story_date(text: str, published: str, surface: str, value: str) -> None:
    words, _, nth = surface.partition("#")
    spans = [m.start() for m in re.finditer(re.escape(words), text)]
    assert len(spans) >= int(nth or 1), f"{words!r} is not in the story"
    start = spans[int(nth or 1) - 1]
    end = start + len(words)
    got = [(e.text, e.attrs.get("value")) for e in
           tradeie.extract(text, published=published).entities
           if e.label == "DATE" and e.start < end and start < e.end]
    assert any(_interval(v) == _interval(value) for _, v in got), (got, value)


# Sentences of the genre's period forms that the stories above first missed
SENTENCES = [
    # a quarter's and a year's worth of weeks (UK grocery panels)
    ("UK grocery sales rose 3.1% in the 13 weeks to 29 December, Kantar said.", "2025-01-14",
     {"the 13 weeks to 29 December": "2024-09-30/2024-12-29"}),
    ("Own-label sales rose 4.0% in the 52 weeks ending 29 December.", "2025-01-14",
     {"the 52 weeks ending 29 December": "2024-01-01/2024-12-29"}),
    # the fiscal year to date: from the start of the economy's fiscal year
    ("India's net direct tax collections grew 16.45 per cent in the fiscal year to date.",
     "2024-12-16", {"the fiscal year to date": "2024-04-01/2024-12-16"}),
    ("Canada's federal deficit was $13.8 billion in the fiscal year-to-date, the Finance "
     "Department said.", "2024-12-16", {"the fiscal year-to-date": "2024-04-01/2024-12-16"}),
    ("The U.S. budget deficit was $624 billion for the fiscal year to date, the Treasury "
     "said.", "2025-01-14", {"the fiscal year to date": "2024-10-01/2025-01-14"}),
    # ... to the end of the month the release reports, when one governs
    ("UK public sector net borrowing was £17.4bn in October 2024, the ONS said. Borrowing in "
     "the financial year-to-date was £96.6bn.", "2024-12-13",
     {"October 2024": "2024-10", "the financial year-to-date": "2024-04/2024-10"}),
    ("Canada's federal government posted a deficit of $1.5 billion in September, the Finance "
     "Department said. For the fiscal year-to-date, the deficit was $13.8 billion.",
     "2024-11-29", {"September": "2024-09", "the fiscal year-to-date": "2024-04/2024-09"}),
    ("Exports rose 2 per cent in the year to date.", "2024-12-16",
     {"the year to date": "2024-01-01/2024-12-16"}),
    # a month with a two-digit year, as tables and Indian/Nigerian business papers write it
    ("India's exports were $32.1 billion in Nov-24 against $33.7 billion in Nov-23.",
     "2025-01-16", {"Nov-24": "2024-11", "Nov-23": "2023-11"}),
    ("Nigeria's inflation was 34.80% in Dec '24, up from 28.92% in Dec'23.", "2025-01-16",
     {"Dec '24": "2024-12", "Dec'23": "2023-12"}),
    # a quarter or half without a year in a forecast: the one under way (or starting soon)
    ("The Bank of England expects inflation to average 2.5% in the final quarter of the "
     "year.", "2024-11-20", {"the final quarter of the year": "2024-Q4"}),
    ("Growth is expected to pick up in the second half of the year.", "2024-11-20",
     {"the second half of the year": "2024-H2"}),
    ("The central bank expects growth to slow in the first half.", "2024-11-20",
     {"the first half": "2025-H1"}),
    # ... while a reported one is the last one ended
    ("Inflation averaged 2.5% in the final quarter of the year.", "2024-11-20",
     {"the final quarter of the year": "2023-Q4"}),
    ("GDP is expected to have grown 0.3% in the third quarter, economists said.",
     "2024-11-20", {"the third quarter": "2024-Q3"}),
    # the year to a quarter (ONS): the four quarters up to it
    ("UK GDP grew 0.9% in the year to Q3 2024, the ONS said.", "2024-12-16",
     {"the year to Q3 2024": "2023-10/2024-09"}),
    ("UK exports rose in the four quarters to Q2 2024.", "2024-12-16",
     {"the four quarters to Q2 2024": "2023-07/2024-06"}),
    # ordinals in figures before a half month (Mexico's biweekly CPI)
    ("Mexico's inflation in the 1st fortnight of December was 4.4%, after 4.6% in the 2nd "
     "fortnight of November.", "2024-12-24",
     {"the 1st fortnight of December": "2024-12-01/2024-12-15",
      "the 2nd fortnight of November": "2024-11-16/2024-11-30"}),
    # "el mismo lapso" machine-translated (EFE): the same period of that year
    ("Mexico's exports rose 10% in the first ten months of 2024 versus the same lapse of "
     "2023.", "2024-12-09",
     {"the first ten months of 2024": "2024-01/2024-10",
      "the same lapse of 2023": "2023-01/2023-10"}),
    # a yearless quarter in a story that names a quarter of a fiscal year after it
    ("India's GDP grew 5.4% in Q2, the NSO said. It grew 6.7% in Q1 FY25.", "2024-11-29",
     {"Q2": "2024-Q3", "Q1 FY25": "2024-Q2"}),
    # ... but months named without a fiscal year leave the calendar quarter
    ("Canada's GDP grew in January-March, after rising in the fourth quarter.", "2024-05-31",
     {"January-March": "2024-01/2024-03", "the fourth quarter": "2023-Q4"}),
]


@pytest.mark.parametrize(("text", "published", "dates"), SENTENCES)
def test_sentence_dates(text: str, published: str, dates: dict[str, str]) -> None:
    got = {e.text: e.attrs.get("value") for e in tradeie.extract(text, published=published)
           .entities if e.label == "DATE"}
    assert {k: _interval(v) for k, v in got.items()} == \
        {k: _interval(v) for k, v in dates.items()}
