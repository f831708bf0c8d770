"""Outlet hunt: Romanian, Nigerian, US, Irish, Turkish, Egyptian, Kenyan and Polish copy.
Short stories written for this test in the manner of Agerpres / Romania Insider / Ziarul
Financiar English on INS (FOB exports, CIF imports, intra-EU / extra-EU), Nairametrics /
BusinessDay / Punch on the NBS (naira "N" amounts, "Q3 2026", total trade, crude oil share),
AP / Reuters on the Census Bureau and BEA (goods and services deficit, revisions, petroleum),
RTE / Irish Times on the CSO (goods exports, medical and pharmaceutical products), Anadolu /
Daily Sabah on TurkStat, Ahram Online on CAPMAS, Business Daily Africa on KNBS and PAP on GUS.
Figures are invented or close to real releases; the wording is ours.

Each case is (text, published, {figure text: "metric role field=value ... src=NAME"}); a value
'-' stands for null and '_' for a space; ``src`` is a part of the source entity's canonical
name. Only the fields named are checked."""

import pytest
from helpers import check_entity_attrs, check_fact_spec_with_source, fact_spec_params

INS = "src=National_Institute_of_Statistics"
NBS = "src=National_Bureau_of_Statistics"
CENSUS = "src=Census_Bureau"
CSO = "src=Central_Statistics_Office"
TSI = "src=Turkish_Statistical_Institute"
CAPMAS = "src=Central_Agency_for_Public_Mobilization"
KNBS = "src=Kenya_National_Bureau"
GUS = "src=Statistics_Poland"

STORIES = [
    # ---- Romania Insider on INS: nine months, FOB / CIF, the deficit widened
    ("Romania's trade gap keeps growing\n\nRomania's trade deficit widened to EUR 23.1 bn in "
     "the first nine months of 2026, up by EUR 1.9 bn from the same period a year earlier, "
     "the statistics institute INS reported. FOB exports rose by 2.2% year-on-year to EUR "
     "67.4 bn, while CIF imports advanced by 4.1% to EUR 90.5 bn.",
     "2026-11-12",
     {"EUR 23.1 bn": "trade.deficit level period=2026-01/2026-09 reporter=RO",
      "EUR 1.9 bn": "trade.deficit change direction=up basis=yoy period=2026-01/2026-09 "
                    "reporter=RO",
      "2.2%": "trade.exports change direction=up basis=yoy period=2026-01/2026-09 reporter=RO",
      "EUR 67.4 bn": "trade.exports level period=2026-01/2026-09 reporter=RO",
      "4.1%": "trade.imports change direction=up period=2026-01/2026-09 reporter=RO",
      "EUR 90.5 bn": "trade.imports level period=2026-01/2026-09 reporter=RO"}),
    # ---- Agerpres: extra-EU trade shares, month then cumulative
    ("Bucharest, Aug 11 /Agerpres/ - Extra-EU trade in goods in the first half of 2026 "
     "amounted to 17.2 billion euros at exports and 25.6 billion euros at imports, the "
     "National Institute of Statistics (INS) said on Monday. Intra-EU exports accounted for "
     "71.4% of the total.",
     "2026-08-11",
     {"17.2 billion euros": f"trade.exports level period=2026-H1 reporter=RO partner=- {INS}",
      "25.6 billion euros": f"trade.imports level period=2026-H1 reporter=RO partner=- {INS}",
      "71.4%": f"trade.exports share period=2026-H1 reporter=RO partner=EU {INS}"}),
    # ---- Ziarul Financiar English: a month, the deficit narrowed, lei amounts
    ("Romania's trade deficit narrowed in March\n\nRomania's trade deficit narrowed by 8.3% "
     "in March 2026 compared to March 2025, to EUR 2.4 billion, according to INS data. In "
     "lei, FOB exports in March reached RON 39.8 billion.",
     "2026-05-12",
     {"8.3%": "trade.deficit change direction=down basis=yoy period=2026-03 reporter=RO",
      "EUR 2.4 billion": "trade.deficit level period=2026-03 reporter=RO",
      "RON 39.8 billion": "trade.exports level period=2026-03 reporter=RO"}),
    # ---- Agerpres: INS industrial production and retail, month on month
    ("Bucharest, Jul 9 /Agerpres/ - Industrial output in Romania decreased by 1.6% in May "
     "2026 compared with the previous month, and was 3.4% lower than in May 2025, INS said. "
     "Retail trade turnover rose 0.8% in gross series in the same month.",
     "2026-07-09",
     {"1.6%": f"output.industrial change direction=down basis=mom period=2026-05 reporter=RO "
              f"{INS}",
      "3.4%": f"output.industrial change direction=down basis=yoy period=2026-05 reporter=RO "
              f"{INS}",
      "0.8%": "sales.retail change direction=up period=2026-05 reporter=RO"}),
    # ---- Nairametrics on NBS: a quarter written Q3 2026, N amounts, total trade
    ("Nigeria's total trade rises to N22.4 trillion in Q3 2026\n\nNigeria's total merchandise "
     "trade stood at N22.4 trillion in Q3 2026, a 9.6% increase compared to N20.4 trillion "
     "recorded in Q2 2026, according to the latest foreign trade report by the National "
     "Bureau of Statistics (NBS). Exports were valued at N13.9 trillion, while imports stood "
     "at N8.5 trillion, resulting in a trade surplus of N5.4 trillion.",
     "2026-12-03",
     {"N22.4 trillion": f"trade.total level period=2026-Q3 reporter=NG {NBS}",
      "9.6%": f"trade.total change direction=up basis=qoq period=2026-Q3 reporter=NG {NBS}",
      "N20.4 trillion": f"trade.total level period=2026-Q2 reporter=NG {NBS}",
      "N13.9 trillion": f"trade.exports level period=2026-Q3 reporter=NG {NBS}",
      "N8.5 trillion": f"trade.imports level period=2026-Q3 reporter=NG {NBS}",
      "N5.4 trillion": f"trade.surplus level period=2026-Q3 reporter=NG {NBS}"}),
    # ---- BusinessDay: crude oil share of exports
    ("Crude oil exports accounted for 78.2% of Nigeria's total exports in the second quarter "
     "of 2026, valued at N10.1 trillion, the NBS said. Non-crude oil exports stood at N2.8 "
     "trillion.",
     "2026-09-05",
     {"78.2%": "trade.exports share period=2026-Q2 reporter=NG product=crude_oil",
      "N10.1 trillion": "trade.exports level period=2026-Q2 reporter=NG product=crude_oil",
      "N2.8 trillion": "trade.exports level period=2026-Q2 reporter=NG"}),
    # ---- Punch: inflation, headline and food, naira
    ("Nigeria's headline inflation eased to 22.1 per cent in October 2026 from 22.9 per cent "
     "in September, the National Bureau of Statistics has said. Food inflation dropped to "
     "24.3 per cent on a year-on-year basis.",
     "2026-11-17",
     {"22.1 per cent": f"prices.cpi level period=2026-10 reporter=NG {NBS}",
      "22.9 per cent": f"prices.cpi level period=2026-09 reporter=NG {NBS}",
      "24.3 per cent": "prices.cpi level period=2026-10 reporter=NG"}),
    # ---- Nairametrics: top partners, shares, a quarter written 'Q1 2026'
    ("India was Nigeria's top export destination in Q1 2026, taking goods worth N1.9 "
     "trillion, or 12.4% of total exports, followed by Spain with N1.5 trillion.",
     "2026-06-10",
     {"N1.9 trillion": "trade.exports level period=2026-Q1 reporter=NG partner=IN",
      "12.4%": "trade.exports share period=2026-Q1 reporter=NG partner=IN",
      "N1.5 trillion": "trade.exports level period=2026-Q1 reporter=NG partner=ES"}),
    # ---- AP on the Census Bureau / BEA: goods and services deficit, revision
    ("WASHINGTON (AP) - The U.S. trade deficit shrank in August as imports fell. The Commerce "
     "Department said Thursday that the gap between the goods and services the United States "
     "sells and what it buys from other countries fell 10.9% to $59.6 billion in August from "
     "a revised $66.9 billion in July. Imports dropped 3.1% to $340.4 billion. Exports slipped "
     "0.2% to $280.8 billion.",
     "2026-10-08",
     {"10.9%": "trade.deficit change direction=down period=2026-08 reporter=US",
      "$59.6 billion": "trade.deficit level period=2026-08 reporter=US",
      "$66.9 billion": "trade.deficit level period=2026-07 reporter=US modality=actual",
      "3.1%": "trade.imports change direction=down period=2026-08 reporter=US",
      "$340.4 billion": "trade.imports level period=2026-08 reporter=US",
      "0.2%": "trade.exports change direction=down period=2026-08 reporter=US",
      "$280.8 billion": "trade.exports level period=2026-08 reporter=US"}),
    # ---- Reuters: goods deficit, petroleum, the revision 'previously reported'
    ("WASHINGTON, June 4 (Reuters) - The U.S. goods and services deficit widened 6.6% to "
     "$75.2 billion in April, the Commerce Department's Census Bureau and Bureau of Economic "
     "Analysis said on Wednesday. Data for March was revised to show the deficit at $70.5 "
     "billion instead of the previously reported $71.0 billion. Petroleum exports rose $0.6 "
     "billion to $11.2 billion.",
     "2026-06-04",
     {"6.6%": "trade.deficit change direction=up period=2026-04 reporter=US",
      "$75.2 billion": "trade.deficit level period=2026-04 reporter=US",
      "$70.5 billion": "trade.deficit level period=2026-03 reporter=US modality=actual",
      "$71.0 billion": "trade.deficit level period=2026-03 reporter=US modality=previous",
      "$0.6 billion": "trade.exports change direction=up period=2026-04 reporter=US "
                      "product=petroleum",
      "$11.2 billion": "trade.exports level period=2026-04 reporter=US product=petroleum"}),
    # ---- AP: deficit with China, year to date
    ("So far this year, the U.S. trade deficit is running 4.8% above the same period of "
     "2025. The deficit in goods with China fell to $21.4 billion in September.",
     "2026-11-05",
     {"4.8%": "trade.deficit change direction=up basis=yoy period=2026-01/2026-09 reporter=US",
      "$21.4 billion": "trade.deficit level period=2026-09 reporter=US partner=CN"}),
    # ---- RTE on the CSO: goods exports, pharma, to the US
    ("The value of goods exports from Ireland rose by 18% to EUR 21.7bn in September compared "
     "with the same month last year, new figures from the Central Statistics Office show. "
     "Exports of medical and pharmaceutical products rose by 31% to EUR 9.8bn. Goods exports "
     "to the US were worth EUR 8.9bn in the month.",
     "2026-11-15",
     {"18%": f"trade.exports change direction=up basis=yoy period=2026-09 reporter=IE {CSO}",
      "EUR 21.7bn": f"trade.exports level period=2026-09 reporter=IE {CSO}",
      "31%": "trade.exports change direction=up period=2026-09 reporter=IE "
             "product=medical_and_pharmaceutical_products",
      "EUR 9.8bn": "trade.exports level period=2026-09 reporter=IE "
                   "product=medical_and_pharmaceutical_products",
      "EUR 8.9bn": "trade.exports level period=2026-09 reporter=IE partner=US"}),
    # ---- Irish Times: imports from Great Britain, the first nine months
    ("Irish imports from Great Britain fell 6% to EUR 1.6bn in September, the CSO said. In "
     "the first nine months of the year, goods exports were EUR 190.3bn, an increase of 14% "
     "on the same period of 2025.",
     "2026-11-15",
     {"6%": "trade.imports change direction=down period=2026-09 reporter=IE partner=GB",
      "EUR 1.6bn": "trade.imports level period=2026-09 reporter=IE partner=GB",
      "EUR 190.3bn": "trade.exports level period=2026-01/2026-09 reporter=IE",
      "14%": "trade.exports change direction=up basis=yoy period=2026-01/2026-09 "
             "reporter=IE"}),
    # ---- Anadolu on TurkStat: exports, foreign trade deficit, coverage ratio
    ("ANKARA - Turkiye's exports rose 5.1% year-on-year to $22.6 billion in October, while "
     "imports climbed 2.3% to $29.4 billion, according to the Turkish Statistical Institute "
     "(TurkStat). The foreign trade deficit fell 6.1% to $6.8 billion. The exports-to-imports "
     "coverage ratio was 76.9% in the month.",
     "2026-12-02",
     {"5.1%": f"trade.exports change direction=up basis=yoy period=2026-10 reporter=TR {TSI}",
      "$22.6 billion": f"trade.exports level period=2026-10 reporter=TR {TSI}",
      "2.3%": f"trade.imports change direction=up basis=yoy period=2026-10 reporter=TR {TSI}",
      "$29.4 billion": f"trade.imports level period=2026-10 reporter=TR {TSI}",
      "6.1%": "trade.deficit change direction=down period=2026-10 reporter=TR",
      "$6.8 billion": "trade.deficit level period=2026-10 reporter=TR",
      "76.9%": "other level period=2026-10 reporter=TR"}),
    # ---- Daily Sabah: January-October, the country's largest market
    ("In the January-October period, Türkiye's exports increased 3.9% to $219.3 billion, "
     "TurkStat data showed. Germany remained the country's largest export market with $17.5 "
     "billion.",
     "2026-12-02",
     {"3.9%": "trade.exports change direction=up period=2026-01/2026-10 reporter=TR",
      "$219.3 billion": "trade.exports level period=2026-01/2026-10 reporter=TR",
      "$17.5 billion": "trade.exports level period=2026-01/2026-10 reporter=TR partner=DE"}),
    # ---- Anadolu: annual inflation, TurkStat
    ("Annual consumer inflation in Türkiye slowed to 32.9% in November from 33.3% in October, "
     "TurkStat said on Wednesday. Monthly, consumer prices rose 1.3%.",
     "2026-12-03",
     {"32.9%": f"prices.cpi level period=2026-11 reporter=TR {TSI}",
      "33.3%": f"prices.cpi level period=2026-10 reporter=TR {TSI}",
      "1.3%": "prices.cpi change direction=up basis=mom period=2026-11 reporter=TR"}),
    # ---- Ahram Online on CAPMAS: trade deficit, a month, EGP and USD
    ("Egypt's trade deficit narrows 12.5% in August: CAPMAS\n\nEgypt's trade deficit "
     "decreased by 12.5 percent to $3.2 billion in August 2026, compared to $3.66 billion in "
     "the same month last year, the Central Agency for Public Mobilisation and Statistics "
     "(CAPMAS) said on Sunday. Exports rose 8.4 percent to $3.7 billion.",
     "2026-10-18",
     {"12.5 percent": f"trade.deficit change direction=down basis=yoy period=2026-08 "
                      f"reporter=EG {CAPMAS}",
      "$3.2 billion": f"trade.deficit level period=2026-08 reporter=EG {CAPMAS}",
      "$3.66 billion": f"trade.deficit level period=2025-08 reporter=EG {CAPMAS}",
      "8.4 percent": f"trade.exports change direction=up period=2026-08 reporter=EG {CAPMAS}",
      "$3.7 billion": f"trade.exports level period=2026-08 reporter=EG {CAPMAS}"}),
    # ---- Ahram Online: urban inflation, CAPMAS
    ("Egypt's annual urban headline inflation slowed to 12.1 percent in October from 12.6 "
     "percent in September, CAPMAS data showed on Monday.",
     "2026-11-10",
     {"12.1 percent": f"prices.cpi level period=2026-10 reporter=EG {CAPMAS}",
      "12.6 percent": f"prices.cpi level period=2026-09 reporter=EG {CAPMAS}"}),
    # ---- Business Daily Africa on KNBS: Sh amounts, tea and horticulture
    ("Kenya's import bill rose to Sh2.1 trillion in the nine months to September, from Sh1.9 "
     "trillion a year earlier, data from the Kenya National Bureau of Statistics (KNBS) shows. "
     "Earnings from tea exports climbed 11 percent to Sh151.2 billion.",
     "2026-11-20",
     {"Sh2.1 trillion": f"trade.imports level period=2026-01/2026-09 reporter=KE {KNBS}",
      "Sh1.9 trillion": f"trade.imports level period=2025-01/2025-09 reporter=KE {KNBS}",
      "11 percent": "trade.exports change direction=up period=2026-01/2026-09 reporter=KE "
                    "product=tea",
      "Sh151.2 billion": "trade.exports level period=2026-01/2026-09 reporter=KE product=tea"}),
    # ---- Business Daily Africa: inflation, KNBS
    ("Kenya's inflation rose to 4.6 percent in November from 4.3 percent in October, the "
     "Kenya National Bureau of Statistics said on Friday.",
     "2026-11-30",
     {"4.6 percent": f"prices.cpi level period=2026-11 reporter=KE {KNBS}",
      "4.3 percent": f"prices.cpi level period=2026-10 reporter=KE {KNBS}"}),
    # ---- PAP on GUS: exports in PLN and EUR, January-September
    ("Warsaw (PAP) - Poland's exports in January-September 2026 amounted to PLN 1,080.5 bn, "
     "up 2.1% y/y, while imports reached PLN 1,072.3 bn, Statistics Poland (GUS) reported. "
     "The balance was positive at PLN 8.2 bn.",
     "2026-11-14",
     {"PLN 1,080.5 bn": f"trade.exports level period=2026-01/2026-09 reporter=PL {GUS}",
      "2.1%": f"trade.exports change direction=up basis=yoy period=2026-01/2026-09 reporter=PL "
              f"{GUS}",
      "PLN 1,072.3 bn": f"trade.imports level period=2026-01/2026-09 reporter=PL {GUS}",
      "PLN 8.2 bn": f"trade.surplus level period=2026-01/2026-09 reporter=PL {GUS}"}),
    # ---- PAP: flash CPI and retail sales
    ("Warsaw (PAP) - Consumer prices in Poland rose 3.8% y/y in November, GUS said in a flash "
     "estimate. Month on month prices were up 0.4%. Retail sales at constant prices grew 2.7% "
     "y/y in October.",
     "2026-11-29",
     {"3.8%": f"prices.cpi change direction=up basis=yoy period=2026-11 reporter=PL {GUS}",
      "0.4%": "prices.cpi change direction=up basis=mom period=2026-11 reporter=PL",
      "2.7%": "sales.retail change direction=up basis=yoy period=2026-10 reporter=PL"}),
]

STORIES += [
    # ---- Agerpres: the deficit higher than in "the similar period", a share's point change
    ("Bucharest, Oct 10 /Agerpres/ - The trade deficit (FOB/CIF) stood at 18.94 billion euros "
     "in the first eight months of 2026, by 1.31 billion euros more than in the similar period "
     "of 2025, INS data show. The share of intra-EU trade in total exports dropped by 0.6 "
     "percentage points to 71.2%.",
     "2026-10-10",
     {"18.94 billion euros": f"trade.deficit level period=2026-01/2026-08 reporter=RO {INS}",
      "1.31 billion euros": f"trade.deficit change direction=up basis=yoy "
                            f"period=2026-01/2026-08 reporter=RO {INS}",
      "0.6 percentage points": "trade.exports change direction=down period=2026-01/2026-08 "
                               "reporter=RO partner=EU",
      "71.2%": "trade.exports share period=2026-01/2026-08 reporter=RO partner=EU"}),
    # ---- Romania Insider: "bln", y/y, a product group's share
    ("Romania's trade deficit hit EUR 3.4 bln in July, an increase of 14.2% y/y, according to "
     "INS. Machinery and transport equipment accounted for 47.8% of exports.",
     "2026-09-02",
     {"EUR 3.4 bln": f"trade.deficit level period=2026-07 reporter=RO {INS}",
      "14.2%": f"trade.deficit change direction=up basis=yoy period=2026-07 reporter=RO {INS}",
      "47.8%": "trade.exports share period=2026-07 reporter=RO "
               "product=Machinery_and_transport_equipment"}),
    # ---- BusinessDay: the naira sign, the preceding quarter, a year-on-year opener
    ("Lagos - Nigeria recorded a trade surplus of \u20a65.2 trillion in the third quarter of "
     "2026, down 11.3% from \u20a65.9 trillion in the preceding quarter, NBS data showed. On a "
     "year-on-year basis, total trade grew by 34.5%.",
     "2026-12-02",
     {"\u20a65.2 trillion": f"trade.surplus level period=2026-Q3 reporter=NG {NBS}",
      "11.3%": f"trade.surplus change direction=down basis=qoq period=2026-Q3 reporter=NG "
               f"{NBS}",
      "\u20a65.9 trillion": "trade.surplus level period=2026-Q2 reporter=NG",
      "34.5%": f"trade.total change direction=up basis=yoy period=2026-Q3 reporter=NG {NBS}"}),
    # ---- Punch: imports from China and their share, agricultural exports quarter on quarter
    ("Nigeria's imports from China stood at N3.1 trillion in Q2 2026, representing 22.6 per "
     "cent of total imports, according to the NBS foreign trade report. Agricultural exports "
     "rose 18.4% quarter-on-quarter to N1.2 trillion.",
     "2026-09-10",
     {"N3.1 trillion": f"trade.imports level period=2026-Q2 reporter=NG partner=CN {NBS}",
      "22.6 per cent": "trade.imports share period=2026-Q2 reporter=NG partner=CN",
      "18.4%": "trade.exports change direction=up basis=qoq period=2026-Q2 reporter=NG "
               "product=Agricultural",
      "N1.2 trillion": "trade.exports level period=2026-Q2 reporter=NG product=Agricultural"}),
    # ---- Nairametrics: GDP, the quarter before, the oil sector
    ("The Nigerian economy grew by 3.9 per cent year-on-year in real terms in Q3 2026, the "
     "National Bureau of Statistics said on Monday, up from 3.7 per cent in Q2 2026.",
     "2026-11-24",
     {"3.9 per cent": f"economy.gdp change direction=up basis=yoy period=2026-Q3 reporter=NG "
                      f"{NBS}",
      "3.7 per cent": "economy.gdp change direction=up period=2026-Q2 reporter=NG"}),
    # ---- Reuters: seasonally adjusted, a poll, goods deficit and services surplus
    ("WASHINGTON (Reuters) - The trade deficit increased 3.4% to a seasonally adjusted $78.3 "
     "billion in July, the Commerce Department said. Economists polled by Reuters had forecast "
     "a $76.0 billion deficit. The goods trade deficit rose 2.9% to $104.2 billion, while the "
     "services surplus fell to $25.9 billion.",
     "2026-09-04",
     {"3.4%": "trade.deficit change direction=up period=2026-07 reporter=US",
      "$78.3 billion": "trade.deficit level period=2026-07 reporter=US modality=actual",
      "$76.0 billion": "trade.deficit level period=2026-07 reporter=US modality=forecast "
                       "src=-",
      "2.9%": "trade.deficit change direction=up period=2026-07 reporter=US",
      "$104.2 billion": "trade.deficit level period=2026-07 reporter=US product=-",
      "$25.9 billion": "trade.surplus level period=2026-07 reporter=US product=services"}),
    # ---- AP: a whole year from the Census Bureau
    ("The U.S. trade deficit for 2025 was $918.4 billion, up 1.2% from 2024, the Census Bureau "
     "said. Exports of goods and services totaled $3.19 trillion, and imports $4.11 trillion.",
     "2026-03-06",
     {"$918.4 billion": f"trade.deficit level period=2025 reporter=US {CENSUS}",
      "1.2%": f"trade.deficit change direction=up basis=yoy period=2025 reporter=US {CENSUS}",
      "$3.19 trillion": f"trade.exports level period=2025 reporter=US {CENSUS}",
      "$4.11 trillion": f"trade.imports level period=2025 reporter=US {CENSUS}"}),
    # ---- Irish Times: to the United States, to and from Great Britain
    ("DUBLIN - Irish goods exports to the United States fell by 22% to \u20ac6.3bn in August "
     "when compared with August last year, according to the Central Statistics Office. Exports "
     "to Great Britain increased by 5% to \u20ac1.1bn, while imports from Great Britain "
     "totalled \u20ac1.4bn.",
     "2026-10-15",
     {"22%": f"trade.exports change direction=down basis=yoy period=2026-08 "
             f"reporter=IE partner=US {CSO}",
      "\u20ac6.3bn": f"trade.exports level period=2026-08 reporter=IE partner=US {CSO}",
      "5%": "trade.exports change direction=up period=2026-08 reporter=IE partner=GB",
      "\u20ac1.1bn": "trade.exports level period=2026-08 reporter=IE partner=GB",
      "\u20ac1.4bn": "trade.imports level period=2026-08 reporter=IE partner=GB"}),
    # ---- Daily Sabah: inflation, producer prices, a month-on-month opener
    ("ISTANBUL - Turkiye's annual inflation fell to 33.9% in October, TurkStat said Monday, "
     "while producer prices rose 28.1% on an annual basis. Month-on-month, the consumer price "
     "index rose 2.6%.",
     "2026-11-02",
     {"33.9%": f"prices.cpi level period=2026-10 reporter=TR {TSI}",
      "28.1%": f"prices.ppi change direction=up basis=yoy period=2026-10 reporter=TR {TSI}",
      "2.6%": "prices.cpi change direction=up basis=mom period=2026-10 reporter=TR"}),
    # ---- Anadolu: GDP, calendar and seasonally adjusted
    ("Turkey's economy expanded 3.1% year-on-year in the third quarter, the Turkish "
     "Statistical Institute announced on Monday. The calendar and seasonally adjusted GDP grew "
     "0.9% compared to the previous quarter.",
     "2026-12-01",
     {"3.1%": f"economy.gdp change direction=up basis=yoy period=2026-Q3 reporter=TR {TSI}",
      "0.9%": f"economy.gdp change direction=up basis=qoq period=2026-Q3 reporter=TR {TSI}"}),
    # ---- Ahram Online: Egypt's fiscal year written two ways
    ("CAIRO - Egypt's exports rose 19.2 percent to $44.6 billion in fiscal year 2025/2026, "
     "CAPMAS said. Imports fell 4.1 percent to $89.0 billion in FY2025/26.",
     "2026-09-14",
     {"19.2 percent": f"trade.exports change direction=up period=2025-07/2026-06 reporter=EG "
                      f"{CAPMAS}",
      "$44.6 billion": "trade.exports level period=2025-07/2026-06 reporter=EG",
      "4.1 percent": "trade.imports change direction=down period=2025-07/2026-06 reporter=EG",
      "$89.0 billion": f"trade.imports level period=2025-07/2026-06 reporter=EG {CAPMAS}"}),
    # ---- Business Daily Africa: the seven months to July, horticulture, tea
    ("NAIROBI - Kenya's horticultural exports earned Sh91.4 billion in the seven months to "
     "July, a 6.2 percent jump from Sh86.1 billion in the same period last year, KNBS data "
     "show. Tea earnings dropped 4 percent.",
     "2026-10-03",
     {"Sh91.4 billion": f"trade.exports level period=2026-01/2026-07 reporter=KE "
                        f"product=horticultural {KNBS}",
      "6.2 percent": "trade.exports change direction=up basis=yoy period=2026-01/2026-07 "
                     "reporter=KE product=horticultural",
      "Sh86.1 billion": "trade.exports level period=2025-01/2025-07 reporter=KE",
      "4 percent": "trade.exports change direction=down period=2026-01/2026-07 reporter=KE "
                   "product=Tea"}),
    # ---- PAP: flash GDP, the Central Statistical Office by its older English name
    ("WARSAW, Nov. 28 (PAP) - Poland's GDP in the third quarter grew by 3.4 percent y/y, "
     "compared to 3.2 percent in the second quarter, the Central Statistical Office (GUS) said "
     "in a flash estimate. In seasonally adjusted terms, GDP grew by 0.8 percent q/q.",
     "2026-11-28",
     {"3.4 percent": f"economy.gdp change direction=up basis=yoy period=2026-Q3 reporter=PL "
                     f"{GUS}",
      "3.2 percent": f"economy.gdp change direction=up period=2026-Q2 reporter=PL {GUS}",
      "0.8 percent": f"economy.gdp change direction=up basis=qoq period=2026-Q3 reporter=PL "
                     f"{GUS}"}),
    # ---- PAP on the NBP balance of payments: euro amounts, y/y
    ("Polish exports in August fell 1.7% y/y to EUR 25.1 bn and imports rose 2.9% to EUR 26.4 "
     "bn, the NBP said. The current account showed a deficit of EUR 1.2 bn.",
     "2026-10-15",
     {"1.7%": "trade.exports change direction=down basis=yoy period=2026-08 reporter=PL "
              "src=National_Bank_of_Poland",
      "EUR 26.4 bn": "trade.imports level period=2026-08 reporter=PL",
      "EUR 1.2 bn": "account.current level period=2026-08 reporter=PL"}),
]

STORIES += [
    # ---- Agerpres: the month against the same month, then the months to date
    ("Romania's exports totalled 8.3 billion euros in April 2026, 2.4% less than in April "
     "2025, while imports went up 1.1% to 11.0 billion euros, the National Statistics "
     "Institute (INS) announced on Wednesday. In the first four months, the deficit reached "
     "10.2 billion euros, up 7.9% on the year-earlier period.",
     "2026-06-11",
     {"8.3 billion euros": f"trade.exports level period=2026-04 reporter=RO {INS}",
      "2.4%": f"trade.exports change direction=down basis=yoy period=2026-04 reporter=RO {INS}",
      "11.0 billion euros": f"trade.imports level period=2026-04 reporter=RO {INS}",
      "10.2 billion euros": f"trade.deficit level period=2026-01/2026-04 reporter=RO {INS}",
      "7.9%": f"trade.deficit change direction=up basis=yoy period=2026-01/2026-04 reporter=RO "
              f"{INS}"}),
    # ---- Nairametrics: a quarter's report named before its figures, the full year
    ("Nigeria's Q4 2025 foreign trade report released by the NBS shows that crude oil exports "
     "were valued at N9.8 trillion, accounting for 61.3% of total exports. Total trade for the "
     "full year 2025 stood at N79.2 trillion.",
     "2026-03-15",
     {"N9.8 trillion": f"trade.exports level period=2025-Q4 reporter=NG product=crude_oil {NBS}",
      "61.3%": "trade.exports share period=2025-Q4 reporter=NG product=crude_oil",
      "N79.2 trillion": f"trade.total level period=2025 reporter=NG {NBS}"}),
    # ---- BusinessDay: exports to two European partners
    ("Nigeria's exports to the Netherlands surged by 51.2% year-on-year to N1.42 trillion in "
     "Q2 2026, while exports to France rose to N0.98 trillion, according to data from the "
     "National Bureau of Statistics.",
     "2026-08-20",
     {"51.2%": "trade.exports change direction=up basis=yoy period=2026-Q2 reporter=NG "
               "partner=NL",
      "N1.42 trillion": f"trade.exports level period=2026-Q2 reporter=NG partner=NL {NBS}",
      "N0.98 trillion": "trade.exports level period=2026-Q2 reporter=NG partner=FR"}),
    # ---- AP on the BEA: a change in dollars from the month before, a deficit with the EU
    ("The deficit in the goods and services balance narrowed by $6.1 billion in October from "
     "September, the Bureau of Economic Analysis said. Imports of consumer goods declined $4.3 "
     "billion. The deficit with the European Union rose to $23.8 billion.",
     "2026-12-05",
     {"$6.1 billion": "trade.deficit change direction=down basis=mom period=2026-10 "
                      "reporter=US src=Bureau_of_Economic_Analysis",
      "$4.3 billion": "trade.imports change direction=down period=2026-10 reporter=US "
                      "product=consumer_goods",
      "$23.8 billion": "trade.deficit level period=2026-10 reporter=US partner=EU"}),
    # ---- Reuters: petroleum products, the petroleum balance, through the first quarter
    ("U.S. exports of petroleum products rose to a record $12.7 billion in March, Census "
     "Bureau data showed, while the petroleum deficit was $1.3 billion. Through the first "
     "quarter, the goods deficit stood at $361.8 billion.",
     "2026-05-05",
     {"$12.7 billion": f"trade.exports level period=2026-03 reporter=US "
                       f"product=petroleum_products {CENSUS}",
      "$1.3 billion": "trade.deficit level period=2026-03 reporter=US product=petroleum",
      "$361.8 billion": "trade.deficit level period=2026-Q1 reporter=US product=-"}),
    # ---- Irish Times: last year, the EU's share
    ("Ireland's exports of goods reached a record \u20ac231.5bn last year, up 16% on 2024, "
     "driven by pharmaceuticals, according to the CSO. Exports to the EU accounted for 39% of "
     "the total.",
     "2026-02-16",
     {"\u20ac231.5bn": f"trade.exports level period=2025 reporter=IE {CSO}",
      "16%": f"trade.exports change direction=up basis=yoy period=2025 reporter=IE {CSO}",
      "39%": "trade.exports share period=2025 reporter=IE partner=EU"}),
    # ---- RTE: a long product before the partner, then a bare change
    ("RT\u00c9 - Exports of medical and pharmaceutical products to the US came to \u20ac5.1bn "
     "in September, the Central Statistics Office said. That was down 27% from September "
     "2025.",
     "2026-11-18",
     {"\u20ac5.1bn": f"trade.exports level period=2026-09 reporter=IE partner=US "
                      f"product=medical_and_pharmaceutical_products {CSO}",
      "27%": "trade.exports change direction=down basis=yoy period=2026-09 reporter=IE"}),
    # ---- Anadolu: a year's record announced by the minister, then December alone
    ("ANKARA - Turkiye's exports in 2025 hit an all-time high of $273.4 billion, up 4.1% from "
     "the previous year, Trade Minister Omer Bolat announced. In December alone, exports rose "
     "3.7% to $26.4 billion.",
     "2026-01-02",
     {"$273.4 billion": "trade.exports level period=2025 reporter=TR src=Omer_Bolat",
      "4.1%": "trade.exports change direction=up basis=yoy period=2025 reporter=TR",
      "3.7%": "trade.exports change direction=up period=2025-12 reporter=TR",
      "$26.4 billion": "trade.exports level period=2025-12 reporter=TR"}),
    # ---- Daily Sabah: "annually" after the figure, the coverage ratio a year ago
    ("Turkiye's foreign trade deficit increased by 17.2% annually to $7.3 billion in August, "
     "according to data released by TurkStat on Tuesday. The ratio of exports to imports fell "
     "to 74.8% from 77.6% a year ago.",
     "2026-09-30",
     {"17.2%": f"trade.deficit change direction=up basis=yoy period=2026-08 reporter=TR {TSI}",
      "$7.3 billion": f"trade.deficit level period=2026-08 reporter=TR {TSI}",
      "74.8%": "other level period=2026-08 reporter=TR",
      "77.6%": "other level period=2025-08 reporter=TR"}),
    # ---- Ahram Online: CAPMAS by its full name, a monthly opener
    ("CAIRO - Egypt's annual headline inflation accelerated to 16.8 percent in May from 13.9 "
     "percent in April, according to the Central Agency for Public Mobilization and Statistics "
     "(CAPMAS). On a monthly basis, prices rose 1.9 percent.",
     "2026-06-10",
     {"16.8 percent": f"prices.cpi level period=2026-05 reporter=EG {CAPMAS}",
      "13.9 percent": f"prices.cpi level period=2026-04 reporter=EG {CAPMAS}",
      "1.9 percent": "prices.cpi change direction=up basis=mom period=2026-05 reporter=EG"}),
    # ---- Business Daily Africa: the year to June, the previous year
    ("NAIROBI - Kenya's trade deficit widened to Sh1.64 trillion in the year to June 2026, "
     "from Sh1.52 trillion in the previous year, as the import bill rose faster than export "
     "earnings, the Kenya National Bureau of Statistics said.",
     "2026-07-23",
     {"Sh1.64 trillion": f"trade.deficit level period=2025-07/2026-06 reporter=KE {KNBS}",
      "Sh1.52 trillion": f"trade.deficit level period=2024-07/2025-06 reporter=KE {KNBS}"}),
    # ---- Business Daily Africa: CPI groups, the second one in a clause of its own
    ("Kenya's annual inflation rate eased to 4.1 percent in August, KNBS said. Prices of food "
     "and non-alcoholic beverages rose 6.3 percent, while transport costs increased by 2.1 "
     "percent.",
     "2026-09-12",
     {"4.1 percent": f"prices.cpi level period=2026-08 reporter=KE {KNBS}",
      "6.3 percent": "prices.cpi change direction=up period=2026-08 reporter=KE "
                     "product=food_and_non-alcoholic_beverages",
      "2.1 percent": "prices.cpi change direction=up period=2026-08 reporter=KE "
                     "product=transport"}),
    # ---- PAP on the NBP: euro terms
    ("Poland's current account deficit stood at EUR 841m in June, the National Bank of Poland "
     "said on Thursday. Exports of goods rose 3.4% year on year in euro terms, while imports "
     "were up 5.8%.",
     "2026-08-14",
     {"EUR 841m": "account.current level period=2026-06 reporter=PL "
                  "src=National_Bank_of_Poland",
      "3.4%": "trade.exports change direction=up basis=yoy period=2026-06 reporter=PL",
      "5.8%": "trade.imports change direction=up basis=yoy period=2026-06 reporter=PL"}),
    # ---- PAP: the final CPI reading, a month-on-month opener without hyphens
    ("Warsaw (PAP) - Consumer prices in Poland rose by 3.1 percent in October year on year, "
     "GUS said in its final reading, confirming the flash estimate. Month on month, prices "
     "were up 0.3 percent.",
     "2026-11-13",
     {"3.1 percent": f"prices.cpi change direction=up basis=yoy period=2026-10 reporter=PL "
                     f"{GUS}",
      "0.3 percent": f"prices.cpi change direction=up basis=mom period=2026-10 reporter=PL "
                     f"{GUS}"}),
]

XFAIL: dict[tuple[str, str], str] = {
    ("So far this year", "4.8%"): "'so far this year' runs to the publication day (the "
    "contract's to-date span); a cumulative flow of a monthly release runs to its month",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_emea5_story(text, published, figure, spec):
    check_fact_spec_with_source(text, published, figure, spec)


@pytest.mark.parametrize(("text", "figure", "spec"), [
    # an adverb alone opening the sentence sets the basis of its figures
    ("Annual inflation slowed to 32.9% in November. Monthly, consumer prices rose 1.3%.",
     "1.3%", "prices.cpi change basis=mom"),
    ("Kenya's GDP grew 4.6% in the third quarter. Quarterly, the economy expanded 1.1 percent.",
     "1.1 percent", "economy.gdp change basis=qoq"),
    ("Polish exports rose 0.4% in October from September. Yearly, imports were up 2.2%.",
     "2.2%", "trade.imports change basis=yoy"),
    ("Egypt's imports fell 3% in June. Month over month, exports climbed 5.5 percent.",
     "5.5 percent", "trade.exports change basis=mom"),
    # as an adjective it is no basis of the sentence
    ("Exports rose 4% in October. Monthly exports, however, fell 2.2% in November.",
     "2.2%", "trade.exports change basis=-"),
])
def test_opening_adverb_basis(text, figure, spec):
    check_fact_spec_with_source(text, "2026-12-03", figure, spec)


@pytest.mark.parametrize(("text", "figure", "spec"), [
    # a member's own release: its extra-EU trade is its trade outside the EU, no partner
    ("Bucharest, Aug 11 /Agerpres/ - Extra-EU exports reached 17.2 billion euros in the first "
     "half, the National Institute of Statistics (INS) said.", "17.2 billion euros",
     "trade.exports level reporter=RO partner=- product=-"),
    ("WARSAW - Poland's extra-EU imports rose 3% to 60 billion zlotys in the first half, GUS "
     "said.", "60 billion zlotys", "trade.imports level reporter=PL partner=- product=-"),
    ("Bucharest /Agerpres/ - Extra-EU trade in goods in June amounted to 2.9 billion euros at "
     "exports, the INS reported.", "2.9 billion euros",
     "trade.exports level reporter=RO partner=-"),
    # Eurostat's extra-EU trade stays the EU's
    ("Extra-EU exports of goods rose 3% to EUR 220 billion in June, Eurostat said.",
     "EUR 220 billion", "trade.exports level reporter=EU partner=- product=-"),
    # "non-EU" names no product either ("non-oil" does)
    ("WARSAW - Poland's non-EU imports rose 3% to 60 billion zlotys in the first half, GUS "
     "said.", "3%", "trade.imports change reporter=PL partner=- product=-"),
    ("DUBLIN - Non-oil exports rose 3% in June, the CSO said.", "3%",
     "trade.exports change reporter=IE product=Non-oil"),
])
def test_extra_area_trade(text, figure, spec):
    check_fact_spec_with_source(text, "2026-08-11", figure, spec)


@pytest.mark.parametrize(("text", "figure", "spec"), [
    # "the share (weight) of <area or economy> in exports": the part is that partner's
    ("Bucharest, Oct 10 /Agerpres/ - The share of intra-EU trade in total exports was 71.2%, "
     "INS said.", "71.2%", "trade.exports share reporter=RO partner=EU"),
    ("Bucharest /Agerpres/ - The weight of intra-EU trade in total imports was 73.4% in "
     "September, INS said.", "73.4%", "trade.imports share reporter=RO partner=EU"),
    ("WARSAW - The share of EU countries in Polish exports was 74.1%, GUS said.", "74.1%",
     "trade.exports share reporter=PL partner=EU"),
    ("The weight of Germany in Romania's exports was 20.1% in 2025, INS said.", "20.1%",
     "trade.exports share reporter=RO partner=DE"),
    ("The share of Asia in Kenya's imports rose to 31.3% in 2025.", "31.3%",
     "trade.imports share partner=Asia"),
])
def test_share_of_partner_in_flow(text, figure, spec):
    check_fact_spec_with_source(text, "2026-10-10", figure, spec)


@pytest.mark.parametrize(("text", "figure", "spec"), [
    # a flow "of" a product of several words, then its partner
    ("DUBLIN - Exports of medical and pharmaceutical products to the US came to \u20ac5.1bn in "
     "September, the CSO said.", "\u20ac5.1bn",
     "trade.exports level reporter=IE partner=US product=medical_and_pharmaceutical_products"),
    ("ANKARA - Exports of motor vehicles and parts to Germany rose 8% in May, TurkStat said.",
     "8%", "trade.exports change reporter=TR partner=DE product=motor_vehicles_and_parts"),
    ("NAIROBI - Imports of machinery and transport equipment from China rose to Sh95 billion "
     "in the first half, KNBS said.", "Sh95 billion",
     "trade.imports level reporter=KE partner=CN product=machinery_and_transport_equipment"),
])
def test_flow_of_long_product_to_partner(text, figure, spec):
    check_fact_spec_with_source(text, "2026-11-18", figure, spec)


@pytest.mark.parametrize(("text", "figure", "product"), [
    # a price wording in a later clause of the sentence names the figure's item
    ("Annual inflation in Poland was 3.1% in September. Prices of food went up 4.2%, while "
     "energy prices fell 1.3%.", "1.3%", "energy"),
    ("Turkish annual inflation was 33.1% in September. Prices of clothing rose 12.1%, while "
     "the price of services rose 50.2%.", "50.2%", "services"),
    ("Kenya's inflation eased to 4.1 percent in August. Food prices rose 6.3 percent, while "
     "housing costs rose by 2.1 percent.", "2.1 percent", "housing"),
    # the earlier clause keeps its own item
    ("Annual inflation in Poland was 3.1% in September. Prices of food went up 4.2%, while "
     "energy prices fell 1.3%.", "4.2%", "food"),
])
def test_price_item_of_later_clause(text, figure, product):
    check_fact_spec_with_source(text, "2026-10-12", figure,
                                f"prices.cpi change product={product}")


ENTITIES = [  # (published, text, label, surface, {attribute: value})
    ("2026-12-02", "Nigeria's total trade stood at N22.4 trillion in Q3 2026.", "MONEY",
     "N22.4 trillion", {"unit": "NGN", "value": 22.4e12}),
    ("2026-12-02", "Nigeria's total trade stood at N22.4 trillion in Q3 2026.", "DATE",
     "Q3 2026", {"value": "2026-Q3"}),
    ("2026-09-14", "Imports fell 4.1 percent to $89.0 billion in FY2025/26, CAPMAS said.", "DATE",
     "FY2025/26", {"value": "2025-07/2026-06"}),
    ("2026-11-20", "Kenya's import bill rose to Sh2.1 trillion in the nine months to "
     "September.", "MONEY", "Sh2.1 trillion", {"unit": "KES", "value": 2.1e12}),
    ("2026-11-20", "Kenya's import bill rose to Sh2.1 trillion in the nine months to "
     "September.", "DATE", "the nine months to September", {"value": "2026-01/2026-09"}),
    ("2026-11-14", "Poland's exports in January-September 2026 amounted to PLN 1,080.5 bn.",
     "MONEY", "PLN 1,080.5 bn", {"unit": "PLN", "value": 1080.5e9}),
    ("2026-10-10", "In the first eight months of 2026, the deficit was 1.31 billion euros more "
     "than in the similar period of 2025.", "DATE", "the similar period of 2025",
     {"value": "2025-01/2025-08"}),
    ("2026-10-18", "Egypt's trade deficit fell, the Central Agency for Public Mobilisation and "
     "Statistics (CAPMAS) said.", "AGENCY", "CAPMAS", {"country": "EG"}),
    ("2026-01-02", "Exports hit a record, Trade Minister Omer Bolat announced.", "OFFICIAL",
     "Omer Bolat", {"title": "Trade Minister"}),
]


@pytest.mark.parametrize(("published", "text", "label", "surface", "attrs"), ENTITIES)
def test_emea5_entity(published, text, label, surface, attrs):
    check_entity_attrs(text, published, label, surface, attrs)
