"""Genre hunt, round 3: wire copy about many economies (Reuters-style data stories and their
copies on other sites: Gulf portals, local papers carrying Bloomberg copy, syndication).
The genre's habits: a poll consensus beside the figure ("a Reuters poll of 12 economists had
forecast"), a previous month revised ("revised to X from Y"), "the highest since", central
bank context, quotes from economists (no OFFICIAL) and from ministers (OFFICIAL). Economies:
Turkey, South Africa, Indonesia, Japan, Korea, the Philippines, Saudi Arabia, Chile, Poland.
Whole short stories written for these tests (own wording; figures close to real releases).

A count of poll respondents ("12 economists") is a QUANTITY with a fact of metric `other`,
role `level`, and no period, reporter or source (as the dev gold annotates "A Reuters survey
of 28 economists").

Each story is (text, published, {figure text: "metric role field=value ..."}) as in
tests/helpers.py ('-' is null, '_' a space); ``src`` names the source entity by its
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

TUIK = "Turkish_Statistical_Institute"
STATSSA = "Statistics_South_Africa"
POLL = "other level period=- reporter=- src=- modality=actual"

STORIES = [
    # 0 ---- Reuters: Turkish CPI with a poll, PPI, the policy rate, a minister and an economist
    ("Turkish inflation eases to 47.1% in November, below forecasts\n\n"
     "ISTANBUL, Dec 3 (Reuters) - Turkey's annual inflation rate eased to 47.09% in November "
     "from 48.58% in October, the Turkish Statistical Institute said on Tuesday, slightly below "
     "a Reuters poll forecast of 47.4%. Month-on-month, consumer prices rose 2.24%, compared "
     "with the 1.9% expected in the poll of 12 economists. The domestic producer price index "
     "rose 1.33% month-on-month for an annual rise of 29.47%. The central bank has held its "
     "policy rate at 50% since March.\n\n"
     "\"We expect disinflation to continue in the coming months,\" Finance Minister Mehmet "
     "Simsek said on social media. \"Services inflation remains sticky,\" said Haluk "
     "Burumcekci, an economist at Burumcekci Consulting.", "2024-12-03",
     {"47.1%": "prices.cpi level period=2024-11 reporter=TR",
      "47.09%": f"prices.cpi level period=2024-11 reporter=TR src={TUIK}",
      "48.58%": "prices.cpi level period=2024-10 reporter=TR",
      "47.4%": "prices.cpi level period=2024-11 modality=forecast src=-",
      "2.24%": f"prices.cpi change direction=up basis=mom period=2024-11 reporter=TR "
               f"src={TUIK}",
      "1.9%": "prices.cpi change direction=up period=2024-11 modality=forecast src=-",
      "12 economists": POLL,
      "1.33%": "prices.ppi change direction=up basis=mom period=2024-11 reporter=TR",
      "29.47%": "prices.ppi change direction=up basis=yoy period=2024-11 reporter=TR",
      "50%": "other level reporter=TR"}),
    # 1 ---- Reuters: South African CPI, a poll, "the lowest since", the Reserve Bank's cut
    ("South Africa's inflation slows to 3.8% in September\n\n"
     "JOHANNESBURG, Oct 23 (Reuters) - South Africa's headline consumer inflation slowed to "
     "3.8% year on year in September from 4.4% in August, Statistics South Africa said on "
     "Wednesday. Economists polled by Reuters had expected it to ease to 3.9%. It was the "
     "lowest reading since March 2021. On a month-on-month basis, prices rose 0.1% in "
     "September. Core inflation, which excludes prices of food, non-alcoholic beverages, fuel "
     "and energy, eased to 4.1% from 4.2% in August. The South African Reserve Bank cut its "
     "main lending rate by 25 basis points to 8% last month.", "2024-10-23",
     {"3.8%": "prices.cpi level period=2024-09 reporter=ZA",
      "4.4%": "prices.cpi level period=2024-08 reporter=ZA",
      "3.9%": "prices.cpi level period=2024-09 modality=forecast src=-",
      "0.1%": f"prices.cpi change direction=up basis=mom period=2024-09 reporter=ZA "
              f"src={STATSSA}",
      "4.1%": "prices.cpi level period=2024-09 reporter=ZA",
      "4.2%": "prices.cpi level period=2024-08 reporter=ZA",
      "25 basis points": "other change direction=down period=2024-09 reporter=ZA "
                         "src=South_African_Reserve_Bank",
      "8%": "other level period=2024-09 reporter=ZA"}),
    # 2 ---- Reuters: Indonesian trade, a poll of analysts, a revised month, a BPS official
    ("Indonesia's October trade surplus smaller than expected\n\n"
     "JAKARTA, Nov 15 (Reuters) - Indonesia posted a trade surplus of $2.48 billion in "
     "October, Statistics Indonesia (BPS) said on Friday, below the $3.0 billion forecast in a "
     "Reuters poll of analysts. September's surplus was revised to $3.22 billion from $3.26 "
     "billion. Exports rose 10.25% on a yearly basis to $24.41 billion, beating the poll's "
     "forecast of 3.9% growth, helped by shipments of crude palm oil and iron and steel. "
     "Imports jumped 17.49% to $21.94 billion, the highest since October 2022.\n\n"
     "BPS deputy Pudji Ismartini told a news conference that coal exports fell 9.6% from a "
     "year earlier.", "2024-11-15",
     {"$2.48 billion": "trade.surplus level period=2024-10 reporter=ID "
                       "src=Statistics_Indonesia",
      "$3.0 billion": "trade.surplus level period=2024-10 modality=forecast src=-",
      "$3.22 billion": "trade.surplus level period=2024-09 reporter=ID modality=actual",
      "$3.26 billion": "trade.surplus level period=2024-09 modality=previous",
      "10.25%": "trade.exports change direction=up basis=yoy period=2024-10 reporter=ID "
                "src=Statistics_Indonesia",
      "$24.41 billion": "trade.exports level period=2024-10 reporter=ID",
      "3.9%": "trade.exports change direction=up period=2024-10 modality=forecast src=-",
      "17.49%": "trade.imports change direction=up period=2024-10 reporter=ID",
      "$21.94 billion": "trade.imports level period=2024-10 reporter=ID",
      "9.6%": "trade.exports change direction=down basis=yoy period=2024-10 reporter=ID "
              "product=coal src=Pudji_Ismartini"}),
    # 3 ---- Reuters: Japanese trade, a median estimate, a yen amount with its dollar value
    ("Japan's exports rise for third month in December on chip demand\n\n"
     "TOKYO, Jan 23 (Reuters) - Japan's exports rose 2.8% in December from a year earlier, "
     "Ministry of Finance data showed on Thursday, beating the 2.4% increase expected by "
     "economists in a Reuters poll. Imports rose 1.8% in the year to December, versus the "
     "median estimate for a 2.0% gain. As a result, Japan ran a trade surplus of 130.9 billion "
     "yen ($838 million) in December, against a forecast deficit of 68.8 billion yen. Exports "
     "to China, Japan's biggest trading partner, rose 4.6% while shipments to the United "
     "States fell 2.1%. For the whole of 2024, exports rose 6.2% to a record 107.1 trillion "
     "yen.\n\n"
     "\"Exports are recovering, but the outlook is clouded by U.S. tariff risks,\" said "
     "Takeshi Minami, chief economist at Norinchukin Research Institute.", "2025-01-23",
     {"2.8%": "trade.exports change direction=up basis=yoy period=2024-12 reporter=JP "
              "src=Ministry_of_Finance",
      "2.4%": "trade.exports change direction=up period=2024-12 modality=forecast src=-",
      "1.8%": "trade.imports change direction=up basis=yoy period=2024-12 reporter=JP",
      "2.0%": "trade.imports change direction=up period=2024-12 modality=forecast src=-",
      "130.9 billion yen": "trade.surplus level period=2024-12 reporter=JP "
                           "src=Ministry_of_Finance",
      "$838 million": "trade.surplus level period=2024-12 reporter=JP",
      "68.8 billion yen": "trade.deficit level period=2024-12 modality=forecast src=-",
      "4.6%": "trade.exports change direction=up period=2024-12 reporter=JP partner=CN",
      "2.1%": "trade.exports change direction=down period=2024-12 reporter=JP partner=US",
      "6.2%": "trade.exports change direction=up period=2024 reporter=JP",
      "107.1 trillion yen": "trade.exports level period=2024 reporter=JP"}),
    # 4 ---- Reuters: Korean exports, a poll of 10 economists, chips, a trade minister
    ("South Korea's exports rise for 14th month in November, slower than expected\n\n"
     "SEOUL, Dec 1 (Reuters) - South Korea's exports rose for a 14th consecutive month in "
     "November but at a slower pace than expected, trade ministry data showed on Sunday. "
     "Outbound shipments rose 1.4% from a year earlier to $56.35 billion, missing the 2.3% "
     "growth forecast in a Reuters poll of 10 economists. Imports rose 2.4% to $50.75 "
     "billion, resulting in a trade surplus of $5.61 billion. Semiconductor exports jumped "
     "30.8% to a record $12.5 billion for the month, while car exports slid 13.6%. Shipments "
     "to China grew 1.3%, while those to the United States fell 5.1%.\n\n"
     "Trade Minister Ahn Duk-geun said the government would expand trade insurance to help "
     "exporters.", "2024-12-01",
     {"1.4%": "trade.exports change direction=up basis=yoy period=2024-11 reporter=KR",
      "$56.35 billion": "trade.exports level period=2024-11 reporter=KR",
      "2.3%": "trade.exports change direction=up period=2024-11 modality=forecast src=-",
      "10 economists": POLL,
      "2.4%": "trade.imports change direction=up period=2024-11 reporter=KR",
      "$50.75 billion": "trade.imports level period=2024-11 reporter=KR",
      "$5.61 billion": "trade.surplus level period=2024-11 reporter=KR",
      "30.8%": "trade.exports change direction=up period=2024-11 reporter=KR "
               "product=semiconductor",
      "$12.5 billion": "trade.exports level period=2024-11 product=semiconductor",
      "13.6%": "trade.exports change direction=down period=2024-11 product=car",
      "1.3%": "trade.exports change direction=up period=2024-11 reporter=KR partner=CN",
      "5.1%": "trade.exports change direction=down period=2024-11 reporter=KR partner=US"}),
    # 5 ---- Reuters: Philippine GDP, a revised quarter, nine months, a target range
    ("Philippine third-quarter GDP growth slows to 5.2%, misses forecast\n\n"
     "MANILA, Nov 7 (Reuters) - The Philippine economy grew 5.2% in the July-September quarter "
     "from a year earlier, the Philippine Statistics Authority said on Thursday, slower than "
     "the 5.7% expansion forecast in a Reuters poll and a revised 6.4% in the second quarter. "
     "On a quarterly seasonally adjusted basis, gross domestic product expanded 0.5%. For the "
     "first nine months, growth averaged 5.8%, below the government's 6.0%-7.0% target for "
     "the year.\n\n"
     "Economic Planning Secretary Arsenio Balisacan blamed typhoons that hit farm output. The "
     "Bangko Sentral ng Pilipinas has cut its key rate by a total of 50 basis points since "
     "August.", "2024-11-07",
     {"5.2%": "economy.gdp change direction=up period=2024-Q3 reporter=PH",
      "5.7%": "economy.gdp change direction=up period=2024-Q3 modality=forecast src=-",
      "6.4%": "economy.gdp change direction=up period=2024-Q2 reporter=PH modality=actual",
      "0.5%": "economy.gdp change direction=up basis=qoq period=2024-Q3 reporter=PH "
              "src=Philippine_Statistics_Authority",
      "5.8%": "economy.gdp change direction=up period=2024-01/2024-09 reporter=PH",
      "6.0%": "economy.gdp change direction=up period=2024 reporter=PH modality=target",
      "50 basis points": "other change direction=down reporter=PH "
                         "src=Bangko_Sentral_ng_Pilipinas"}),
    # 6 ---- Al Arabiya English copy: Saudi non-oil exports, shares of oil exports
    ("Saudi non-oil exports rise 13% in December\n\n"
     "DUBAI, Feb 20 (Reuters) - Saudi Arabia's non-oil exports, including re-exports, rose "
     "13.1% in December from a year earlier, the General Authority for Statistics (GASTAT) "
     "said on Thursday. Overall merchandise exports fell 4.6% as oil exports dropped 10.9%. "
     "The share of oil exports in total exports declined to 73.5% from 78.4% in December "
     "2023. Imports rose 8.9% to 71.6 billion riyals.\n\n"
     "Saudi Arabia, the world's biggest oil exporter, is trying to diversify its economy away "
     "from crude.", "2025-02-20",
     {"13%": "trade.exports change direction=up period=2024-12 reporter=SA product=non-oil",
      "13.1%": "trade.exports change direction=up basis=yoy period=2024-12 reporter=SA "
               "product=non-oil src=General_Authority_for_Statistics",
      "4.6%": "trade.exports change direction=down period=2024-12 reporter=SA product=-",
      "10.9%": "trade.exports change direction=down period=2024-12 reporter=SA product=oil",
      "73.5%": "trade.exports share period=2024-12 reporter=SA product=oil",
      "78.4%": "trade.exports share period=2023-12 reporter=SA product=oil",
      "8.9%": "trade.imports change direction=up period=2024-12 reporter=SA",
      "71.6 billion riyals": "trade.imports level period=2024-12 reporter=SA"}),
    # 7 ---- Reuters: Chilean copper exports and the trade balance, a finance minister
    ("Chile's copper exports rise in December on higher prices\n\n"
     "SANTIAGO, Jan 7 (Reuters) - Chile's copper exports rose 9.2% in December from the same "
     "month a year earlier to $4.88 billion, the central bank said on Tuesday. Total exports "
     "reached $9.36 billion in the month, while imports came to $6.91 billion, leaving a trade "
     "surplus of $2.45 billion. Analysts polled by Reuters had expected a surplus of $1.9 "
     "billion. In 2024 as a whole, the country posted a surplus of $21.4 billion, the highest "
     "since 2021.\n\n"
     "\"Copper prices gave exports a lift at year-end,\" Finance Minister Mario Marcel told "
     "reporters.", "2025-01-07",
     {"9.2%": "trade.exports change direction=up basis=yoy period=2024-12 reporter=CL "
              "product=copper src=Central_Bank_of_Chile",
      "$4.88 billion": "trade.exports level period=2024-12 reporter=CL product=copper",
      "$9.36 billion": "trade.exports level period=2024-12 reporter=CL product=-",
      "$6.91 billion": "trade.imports level period=2024-12 reporter=CL",
      "$2.45 billion": "trade.surplus level period=2024-12 reporter=CL "
                       "src=Central_Bank_of_Chile",
      "$1.9 billion": "trade.surplus level period=2024-12 modality=forecast src=-",
      "$21.4 billion": "trade.surplus level period=2024 reporter=CL"}),
    # 8 ---- Reuters: Polish flash CPI, the NBP's rate and its governor
    ("Polish inflation eases in November, flash data show\n\n"
     "WARSAW, Nov 29 (Reuters) - Polish consumer prices rose 4.6% year-on-year in November, a "
     "flash estimate from statistics office GUS showed on Friday, above the 4.5% expected by "
     "analysts polled by Reuters and down from 5.0% in October. Prices rose 0.4% "
     "month-on-month. The National Bank of Poland (NBP) has kept its main interest rate at "
     "5.75% since October 2023.\n\n"
     "NBP Governor Adam Glapinski said rates could be cut in 2025 at the earliest.",
     "2024-11-29",
     {"4.6%": "prices.cpi change direction=up basis=yoy period=2024-11 reporter=PL "
              "src=Statistics_Poland",
      "4.5%": "prices.cpi change direction=up period=2024-11 modality=forecast src=-",
      "5.0%": "prices.cpi change direction=up period=2024-10 reporter=PL modality=actual",
      "0.4%": "prices.cpi change direction=up basis=mom period=2024-11 reporter=PL",
      "5.75%": "other level reporter=PL src=National_Bank_of_Poland"}),
    # 9 ---- Reuters: South African trade in rand, a revised month, a poll, year to date
    ("South Africa's trade surplus shrinks in October\n\n"
     "PRETORIA, Nov 29 (Reuters) - South Africa recorded a trade surplus of 3.9 billion rand "
     "($215 million) in October, down from a revised 14.0 billion rand in September, data from "
     "the South African Revenue Service (SARS) showed on Friday. Economists polled by Reuters "
     "had forecast a surplus of 13.0 billion rand. Exports fell 1.2% month on month to R177.1 "
     "billion while imports rose 4.9% to R173.2 billion. The year-to-date trade balance was a "
     "surplus of R58.9 billion, compared with R71.3 billion for the same period in 2023.",
     "2024-11-29",
     {"3.9 billion rand": "trade.surplus level period=2024-10 reporter=ZA "
                          "src=South_African_Revenue_Service",
      "$215 million": "trade.surplus level period=2024-10 reporter=ZA",
      "14.0 billion rand": "trade.surplus level period=2024-09 reporter=ZA modality=actual",
      "13.0 billion rand": "trade.surplus level period=2024-10 modality=forecast src=-",
      "1.2%": "trade.exports change direction=down basis=mom period=2024-10 reporter=ZA",
      "R177.1 billion": "trade.exports level period=2024-10 reporter=ZA",
      "4.9%": "trade.imports change direction=up basis=mom period=2024-10 reporter=ZA",
      "R173.2 billion": "trade.imports level period=2024-10 reporter=ZA",
      "R58.9 billion": "trade.surplus level period=2024-01/2024-10 reporter=ZA",
      "R71.3 billion": "trade.surplus level period=2023-01/2023-10 reporter=ZA"}),
    # 10 ---- Bloomberg copy in a local paper: Japan's revised GDP, a minister
    ("Japan's economy grew faster than first estimated in third quarter\n\n"
     "(Bloomberg) -- Japan's economy expanded faster than initially reported in the third "
     "quarter, as stronger consumer spending offset weak exports. Gross domestic product grew "
     "at an annualized pace of 1.2% in the three months through September, the Cabinet Office "
     "reported Monday, revised up from a preliminary 0.9%. Economists had expected a revision "
     "to 1.0%. From the previous quarter, GDP rose 0.3%. Private consumption rose 0.7%. "
     "Exports of goods and services grew 0.4%, while imports rose 2.1%.\n\n"
     "\"The economy is on a moderate recovery path,\" Economic Revitalization Minister Ryosei "
     "Akazawa said.", "2024-12-09",
     {"1.2%": "economy.gdp change direction=up basis=- period=2024-07/2024-09 reporter=JP "
              "src=Cabinet_Office",
      "0.9%": "economy.gdp change direction=up period=2024-07/2024-09 modality=previous",
      "1.0%": "economy.gdp change direction=up period=2024-07/2024-09 modality=forecast src=-",
      "0.3%": "economy.gdp change direction=up basis=qoq period=2024-07/2024-09 reporter=JP",
      "0.7%": "other change direction=up period=2024-07/2024-09 reporter=JP",
      "0.4%": "trade.exports change direction=up period=2024-07/2024-09 reporter=JP",
      "2.1%": "trade.imports change direction=up period=2024-07/2024-09 reporter=JP"}),
    # 11 ---- Reuters: Turkey's annual trade from the trade minister, then December alone
    ("Turkey's exports hit record in 2024, trade deficit narrows\n\n"
     "ANKARA, Jan 2 (Reuters) - Turkey's exports rose 2.5% in 2024 to a record $261.8 "
     "billion, Trade Minister Omer Bolat said on Thursday, while the foreign trade deficit "
     "narrowed 26.2% to $82.2 billion. In December alone, exports climbed 4.2% to $23.5 "
     "billion, he said, citing preliminary data. Imports fell 5.0% to $344.0 billion last "
     "year. Energy imports, a major contributor to the deficit, declined 12.5% to $65.6 "
     "billion.", "2025-01-02",
     {"2.5%": "trade.exports change direction=up period=2024 reporter=TR src=Omer_Bolat",
      "$261.8 billion": "trade.exports level period=2024 reporter=TR src=Omer_Bolat",
      "26.2%": "trade.deficit change direction=down period=2024 reporter=TR",
      "$82.2 billion": "trade.deficit level period=2024 reporter=TR",
      "4.2%": "trade.exports change direction=up period=2024-12 reporter=TR",
      "$23.5 billion": "trade.exports level period=2024-12 reporter=TR src=Omer_Bolat",
      "5.0%": "trade.imports change direction=down period=2024 reporter=TR",
      "$344.0 billion": "trade.imports level period=2024 reporter=TR",
      "12.5%": "trade.imports change direction=down period=2024 reporter=TR product=energy",
      "$65.6 billion": "trade.imports level period=2024 reporter=TR product=energy"}),
    # 12 ---- Reuters: Korea's first-20-days exports, a markets paragraph, "customs data"
    ("South Korea's early November exports edge up on chips\n\n"
     "SEOUL, Nov 21 (Reuters) - South Korea's exports in the first 20 days of November rose "
     "0.9% from a year earlier, customs data showed on Thursday, as chip shipments grew. "
     "Semiconductor sales rose 17.7%, while shipments of passenger cars fell 9.1%. Imports "
     "during the period fell 1.4%. Average daily exports, which account for differences in "
     "working days, fell 2.7%.\n\n"
     "The KOSPI stock index fell 1.7% after the data, while the won weakened 0.4% against "
     "the dollar.", "2024-11-21",
     {"0.9%": "trade.exports change direction=up basis=yoy period=2024-11-01/2024-11-20 "
              "reporter=KR src=-",
      "17.7%": "trade.exports change direction=up period=2024-11-01/2024-11-20 reporter=KR "
               "product=semiconductor",
      "9.1%": "trade.exports change direction=down period=2024-11-01/2024-11-20 "
              "product=passenger_cars",
      "1.4%": "trade.imports change direction=down period=2024-11-01/2024-11-20 reporter=KR",
      "2.7%": "trade.exports change direction=down period=2024-11-01/2024-11-20",
      "1.7%": "other change direction=down",
      "0.4%": "other change direction=down"}),
    # 13 ---- Reuters: Bank Indonesia holds, its governor's forecasts, an economist
    ("Bank Indonesia holds rates to support rupiah\n\n"
     "JAKARTA, Dec 18 (Reuters) - Bank Indonesia (BI) kept its benchmark rate unchanged at "
     "6.00% on Wednesday, as expected by most economists in a Reuters poll, to support the "
     "rupiah. BI Governor Perry Warjiyo said the central bank expected economic growth of "
     "4.7% to 5.5% in 2024 and 4.8% to 5.6% in 2025. Annual inflation was 1.55% in November, "
     "within BI's target range of 1.5% to 3.5%.\n\n"
     "\"There is still room for rate cuts next year,\" said Myrdal Gunarto, an economist at "
     "Maybank Indonesia.", "2024-12-18",
     {"6.00%": "other level period=2024-12-18 reporter=ID src=Bank_Indonesia",
      "4.7%": "economy.gdp change direction=up period=2024 reporter=ID modality=forecast "
              "src=-",
      "4.8%": "economy.gdp change direction=up period=2025 reporter=ID modality=forecast",
      "1.55%": "prices.cpi level period=2024-11 reporter=ID",
      "1.5%": "prices.cpi level period=- modality=target"}),
    # 14 ---- Zawya syndication: a Saudi PMI, then GASTAT's flash GDP
    ("Saudi non-oil activity grows at faster pace in October - PMI\n\n"
     "DUBAI: Saudi Arabia's non-oil private sector expanded at a faster pace in October, a "
     "survey showed on Tuesday, with the Riyad Bank Saudi Arabia Purchasing Managers' Index "
     "(PMI) rising to 56.9 from 56.3 in September. The new orders sub-index rose to 62.5 from "
     "61.9.\n\n"
     "Separately, the General Authority for Statistics said in a flash estimate that the "
     "economy grew 2.8% year on year in the third quarter, as oil activities rose 0.9%.",
     "2024-11-05",
     {"56.9": "other level period=2024-10 reporter=SA src=-",
      "56.3": "other level period=2024-09 reporter=SA",
      "62.5": "other level period=2024-10",
      "61.9": "other level period=2024-09",
      "2.8%": "economy.gdp change direction=up basis=yoy period=2024-Q3 reporter=SA "
              "src=General_Authority_for_Statistics",
      "0.9%": "economy.gdp change direction=up period=2024-Q3 reporter=SA "
              "product=oil_activities"}),
    # 15 ---- Reuters: Chile's monthly activity index (an 'other' measure, as the IGAE in
    # test_genre_mxbr), a copper price forecast by an agency (a forecast has no source)
    ("Chile's economic activity beats forecasts in October\n\n"
     "SANTIAGO, Dec 2 (Reuters) - Chile's economic activity grew 2.3% in October from the "
     "same month a year earlier, the central bank said on Monday, above the 1.8% expected by "
     "analysts. The IMACEC index rose 0.7% from September in seasonally adjusted terms. "
     "Mining activity expanded 5.0%, the fastest pace since March.\n\n"
     "State copper commission Cochilco forecast the copper price would average $4.25 a pound "
     "in 2025.", "2024-12-02",
     {"2.3%": "other change direction=up basis=yoy period=2024-10 reporter=CL "
              "src=Central_Bank_of_Chile",
      "1.8%": "other change direction=up period=2024-10 modality=forecast src=-",
      "0.7%": "other change direction=up basis=mom period=2024-10 reporter=CL",
      "5.0%": "other change direction=up period=2024-10 reporter=CL",
      "$4.25": "other level period=2025 modality=forecast src=-"}),
    # 16 ---- Reuters via a Japanese paper: Tokyo core CPI, jobs and output in one story
    ("Tokyo core inflation beats forecasts in November\n\n"
     "TOKYO, Nov 29 (Reuters) - Core consumer prices in Tokyo rose 2.2% in November from a "
     "year earlier, government data showed on Friday, exceeding a median market forecast of "
     "2.0% and accelerating from 1.8% in October. An index that strips away fresh food and "
     "fuel costs, closely watched by the Bank of Japan, rose 1.9%.\n\n"
     "Separate data showed Japan's unemployment rate stood at 2.5% in October, while "
     "industrial output rose 3.0% from the previous month.", "2024-11-29",
     {"2.2%": "prices.cpi change direction=up basis=yoy period=2024-11 reporter=JP src=-",
      "2.0%": "prices.cpi change direction=up period=2024-11 modality=forecast src=-",
      "1.8%": "prices.cpi change direction=up period=2024-10 reporter=JP modality=actual",
      "1.9%": "prices.cpi change direction=up period=2024-11 reporter=JP",
      "2.5%": "labour.unemployment level period=2024-10 reporter=JP",
      "3.0%": "output.industrial change direction=up basis=mom period=2024-10 reporter=JP"}),
    # 17 ---- Reuters: Turkey's current account, a poll, a 12-month rolling deficit, FDI
    ("Turkey posts current account surplus in November\n\n"
     "ISTANBUL, Jan 13 (Reuters) - Turkey's current account posted a surplus of $1.5 billion "
     "in November, the central bank said on Monday, compared with a Reuters poll forecast of "
     "$1.2 billion. The 12-month rolling current account deficit narrowed to $5.7 billion. In "
     "October, the current account had posted a revised surplus of $1.1 billion. Net foreign "
     "direct investment inflows stood at $626 million in November.", "2025-01-13",
     {"$1.5 billion": "account.current level period=2024-11 reporter=TR "
                      "src=Central_Bank_of_the_Republic_of_Turkey",
      "$1.2 billion": "account.current level period=2024-11 modality=forecast src=-",
      "$5.7 billion": "account.current level reporter=TR",
      "$1.1 billion": "account.current level period=2024-10 reporter=TR modality=actual",
      "$626 million": "investment.fdi level period=2024-11 reporter=TR"}),
    # 18 ---- Reuters: Philippine trade, the year-ago deficit, a share, January-November
    ("Philippine trade deficit narrows in November\n\n"
     "MANILA, Jan 10 (Reuters) - The Philippines' trade deficit narrowed to $4.36 billion in "
     "November from $5.08 billion a year earlier, the Philippine Statistics Authority (PSA) "
     "said on Friday. Exports fell 10.6% year-on-year to $5.90 billion, the lowest since "
     "January, while imports dropped 9.0% to $10.26 billion. Electronic products, which make "
     "up more than half of exports, slid 22.1%. "
     "The United States remained the top export destination, taking 16.2% of total outbound "
     "shipments. For the January-November period, exports were down 0.8% at $67.10 billion.",
     "2025-01-10",
     {"$4.36 billion": "trade.deficit level period=2024-11 reporter=PH "
                       "src=Philippine_Statistics_Authority",
      "$5.08 billion": "trade.deficit level period=2023-11 reporter=PH",
      "10.6%": "trade.exports change direction=down basis=yoy period=2024-11 reporter=PH",
      "$5.90 billion": "trade.exports level period=2024-11 reporter=PH",
      "9.0%": "trade.imports change direction=down period=2024-11 reporter=PH",
      "$10.26 billion": "trade.imports level period=2024-11 reporter=PH",
      "22.1%": "trade.exports change direction=down period=2024-11 "
               "product=Electronic_products",
      "16.2%": "trade.exports share period=2024-11 reporter=PH partner=US",
      "0.8%": "trade.exports change direction=down period=2024-01/2024-11 reporter=PH",
      "$67.10 billion": "trade.exports level period=2024-01/2024-11 reporter=PH"}),
    # 19 ---- Al Arabiya English: the UAE's non-oil trade from its prime minister, dirhams
    ("UAE non-oil trade hits record in first half\n\n"
     "DUBAI: The UAE's non-oil foreign trade reached a record 1.395 trillion dirhams ($380 "
     "billion) in the first half of 2024, up 11.2% from the same period last year, Sheikh "
     "Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of the UAE, said on "
     "Tuesday. Non-oil exports rose 25.4% to 256.6 billion dirhams, he said in a post on X. "
     "China remained the UAE's largest trading partner with trade of 146.1 billion "
     "dirhams.\n\n"
     "Minister of State for Foreign Trade Thani Al Zeyoudi said the country was on track to "
     "hit its target of 4 trillion dirhams by 2031.", "2024-08-20",
     {"1.395 trillion dirhams": "trade.total level period=2024-H1 reporter=AE product=non-oil "
                                "src=Mohammed_bin_Rashid",
      "$380 billion": "trade.total level period=2024-H1 reporter=AE",
      "11.2%": "trade.total change direction=up basis=yoy period=2024-H1 reporter=AE",
      "25.4%": "trade.exports change direction=up period=2024-H1 reporter=AE "
               "product=non-oil",
      "256.6 billion dirhams": "trade.exports level period=2024-H1 reporter=AE "
                               "product=non-oil",
      "146.1 billion dirhams": "trade.total level period=2024-H1 reporter=AE partner=CN",
      "4 trillion dirhams": "trade.total level reporter=AE modality=target"}),
    # 20 ---- Reuters: South African GDP contracts, a poll, a revised quarter, a minister
    ("South Africa's economy unexpectedly shrinks in third quarter\n\n"
     "PRETORIA, Dec 3 (Reuters) - South Africa's economy unexpectedly contracted 0.1% in the "
     "third quarter, Statistics South Africa said on Tuesday, as agriculture slumped. "
     "Economists polled by Reuters had expected growth of 0.5% quarter-on-quarter. Growth in "
     "the second quarter was revised down to 0.3% from 0.4%. Agriculture shrank 28.8%, its "
     "biggest drop since 2020.\n\n"
     "Finance Minister Enoch Godongwana said the contraction was temporary.", "2024-12-03",
     {"0.1%": "economy.gdp change direction=down period=2024-Q3 reporter=ZA "
              f"src={STATSSA}",
      "0.5%": "economy.gdp change direction=up basis=qoq period=2024-Q3 modality=forecast "
              "src=-",
      "0.3%": "economy.gdp change direction=up period=2024-Q2 reporter=ZA modality=actual",
      "0.4%": "economy.gdp change direction=up period=2024-Q2 modality=previous",
      "28.8%": "economy.gdp change direction=down period=2024-Q3 reporter=ZA "
               "product=Agriculture"}),
    # 21 ---- Reuters: the Bank of Korea cuts, its growth forecast revised, the won
    ("Bank of Korea unexpectedly cuts rates again\n\n"
     "SEOUL, Nov 28 (Reuters) - The Bank of Korea cut its benchmark interest rate by 25 "
     "basis points to 3.00% on Thursday, surprising most economists in a Reuters poll who had "
     "expected a hold. The central bank also lowered its growth forecast for next year to "
     "1.9% from 2.1%. BOK Governor Rhee Chang-yong told a news conference that the won's "
     "weakness was a concern. The won fell 0.5% against the dollar after the decision.",
     "2024-11-28",
     {"25 basis points": "other change direction=down period=2024-11-28 reporter=KR "
                         "src=Bank_of_Korea",
      "3.00%": "other level period=2024-11-28 reporter=KR src=Bank_of_Korea",
      "1.9%": "economy.gdp change direction=up period=2025 reporter=KR modality=forecast "
              "src=-",
      "2.1%": "economy.gdp change direction=up period=2025 modality=previous",
      "0.5%": "other change direction=down"}),
    # 22 ---- Reuters: Indonesian GDP in line with a poll, a minister's full-year estimate
    ("Indonesia's Q3 growth slows to 4.95%, lowest in a year\n\n"
     "JAKARTA, Nov 5 (Reuters) - Indonesia's economy grew 4.95% in the July-September period "
     "from a year earlier, its slowest pace in a year, Statistics Indonesia (BPS) said on "
     "Tuesday, in line with the median forecast in a Reuters poll. Growth was 5.05% in the "
     "second quarter. On a quarterly basis, GDP expanded 1.50%. Household consumption grew "
     "4.91%.\n\n"
     "Finance Minister Sri Mulyani Indrawati said full-year growth should be around 5%.",
     "2024-11-05",
     {"4.95%": "economy.gdp change direction=up period=2024-Q3 reporter=ID",
      "5.05%": "economy.gdp change direction=up period=2024-Q2 reporter=ID",
      "1.50%": "economy.gdp change direction=up basis=qoq period=2024-07/2024-09 reporter=ID "
               "src=Statistics_Indonesia",
      "4.91%": "other change direction=up period=2024-07/2024-09 reporter=ID",
      "around 5%": "economy.gdp change direction=up period=2024 reporter=ID modality=forecast "
            "src=-"}),
    # 23 ---- Reuters: Poland's current account in euros, a poll, the trade balance
    ("Poland's current account deficit wider than expected in October\n\n"
     "WARSAW, Dec 13 (Reuters) - Poland's current account showed a deficit of 1.57 billion "
     "euros in October, the National Bank of Poland (NBP) said on Friday, compared with a "
     "deficit of 1.1 billion euros expected by analysts polled by Reuters. Exports fell 2.9% "
     "year-on-year in euro terms, while imports rose 4.5%. The trade balance showed a deficit "
     "of 710 million euros.", "2024-12-13",
     {"1.57 billion euros": "account.current level period=2024-10 reporter=PL "
                            "src=National_Bank_of_Poland",
      "1.1 billion euros": "account.current level period=2024-10 modality=forecast src=-",
      "2.9%": "trade.exports change direction=down basis=yoy period=2024-10 reporter=PL",
      "4.5%": "trade.imports change direction=up basis=yoy period=2024-10 reporter=PL",
      "710 million euros": "trade.deficit level period=2024-10 reporter=PL "
                           "src=National_Bank_of_Poland"}),
    # 24 ---- Reuters: Saudi CPI, rents, the year's average
    ("Saudi inflation edges up to 1.9% in December on rents\n\n"
     "RIYADH, Jan 15 (Reuters) - Saudi Arabia's annual inflation rate rose to 1.9% in "
     "December from 1.7% in November, driven by higher housing rents, the General Authority "
     "for Statistics said on Wednesday. Actual rents for housing rose 10.6%, while food and "
     "beverage prices increased 0.6%. For the whole of 2024, inflation averaged 1.6%.",
     "2025-01-15",
     {"1.9%": "prices.cpi level period=2024-12 reporter=SA",
      "1.7%": "prices.cpi level period=2024-11 reporter=SA",
      "10.6%": "prices.cpi change direction=up period=2024-12 reporter=SA "
               "src=General_Authority_for_Statistics",
      "0.6%": "prices.cpi change direction=up period=2024-12 reporter=SA",
      "1.6%": "prices.cpi level period=2024 reporter=SA"}),
]

XFAIL: dict[tuple[str, str], str] = {
    ("Japan's exports rise", "1.8%"): "'in the year to December' (a twelve-month change) is "
    "annotated two ways (see relate/release_terms.py): no basis, the twelve-month span",
    ("Japan's exports rise", "2.0%"): "as '1.8%'",
    ("Saudi non-oil activity", "56.9"): "a PMI reading 'a survey showed' takes the agency of "
    "the next paragraph's unrelated release as its source",
    ("Tokyo core inflation", "1.8%"): "'exceeding a median market forecast of 2.0% and "
    "accelerating from 1.8% in October': the poll's word before 2.0% makes the October value "
    "a forecast too (a 'forecast of' noun and a 'had forecast' verb over coordinated objects "
    "are not told apart)",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_wire_story_figure(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)


# ---- entities of the genre: ministers are officials, economists are not; poll sizes;
# agencies named by function; local currency symbols; quarters written as month spans
ENTITY_CASES = [
    (0, "OFFICIAL", "Mehmet Simsek", "Mehmet Simsek"),
    (0, "QUANTITY", "12 economists", "economists"),
    (0, "AGENCY", "central bank", "Central Bank of the Republic of Turkey"),
    (1, "AGENCY", "South African Reserve Bank", "South African Reserve Bank"),
    (1, "DATE", "March 2021", "2021-03"),
    (2, "OFFICIAL", "Pudji Ismartini", "Pudji Ismartini"),
    (2, "AGENCY", "BPS", "Statistics Indonesia"),
    (4, "AGENCY", "trade ministry", "Ministry of Trade, Industry and Energy"),
    (4, "OFFICIAL", "Ahn Duk-geun", "Ahn Duk-geun"),
    (4, "QUANTITY", "10 economists", "economists"),
    (5, "DATE", "the July-September quarter", "2024-Q3"),
    (5, "DATE", "first nine months", "2024-01/2024-09"),
    (5, "OFFICIAL", "Arsenio Balisacan", "Arsenio Balisacan"),
    (7, "AGENCY", "central bank", "Central Bank of Chile"),
    (7, "OFFICIAL", "Mario Marcel", "Mario Marcel"),
    (8, "AGENCY", "GUS", "Statistics Poland"),
    (8, "OFFICIAL", "Adam Glapinski", "Adam Glapinski"),
    (9, "MONEY", "R177.1 billion", "ZAR"),
    (9, "MONEY", "3.9 billion rand", "ZAR"),
    (10, "DATE", "the three months through September", "2024-Q3"),
    (10, "OFFICIAL", "Ryosei Akazawa", "Ryosei Akazawa"),
    (11, "OFFICIAL", "Omer Bolat", "Omer Bolat"),
    (12, "DATE", "the first 20 days of November", "2024-11-01/2024-11-20"),
    (13, "OFFICIAL", "Perry Warjiyo", "Perry Warjiyo"),
    (13, "AGENCY", "Bank Indonesia", "Bank Indonesia"),
    (15, "AGENCY", "Cochilco", "Chilean Copper Commission"),
    (16, "AGENCY", "Bank of Japan", "Bank of Japan"),
    (18, "AGENCY", "PSA", "Philippine Statistics Authority"),
    (18, "DATE", "the January-November period", "2024-01/2024-11"),
    (19, "OFFICIAL", "Thani Al Zeyoudi", "Thani Al Zeyoudi"),
    (19, "MONEY", "256.6 billion dirhams", "AED"),
    (20, "OFFICIAL", "Enoch Godongwana", "Enoch Godongwana"),
    (21, "OFFICIAL", "Rhee Chang-yong", "Rhee Chang-yong"),
    (22, "OFFICIAL", "Sri Mulyani Indrawati", "Sri Mulyani Indrawati"),
    (22, "DATE", "the July-September period", "2024-Q3"),
    (23, "MONEY", "1.57 billion euros", "EUR"),
]
ENTITY_XFAIL: dict[tuple[int, str], str] = {
}


@pytest.mark.parametrize(("story", "label", "surface", "want"),
                         entity_case_params(ENTITY_CASES, ENTITY_XFAIL))
def test_wire_entities(story: int, label: str, surface: str, want: str) -> None:
    text, published, _ = STORIES[story]
    check_entity_value(text, published, label, surface, want)


@pytest.mark.parametrize(("story", "name"), [(0, "Burumcekci"), (3, "Minami"), (13, "Gunarto"),
                                             (14, "Ghaith")])
def test_wire_economists_are_not_officials(story: int, name: str) -> None:
    text, published, _ = STORIES[story]
    res = tradeie.extract(text, published=published)
    assert not [e for e in res.entities if e.label == "OFFICIAL" and name in e.text]


# ---- short passages for the rules this hunt added
PASSAGES = [
    ("A Reuters poll of 15 economists had forecast a 0.3% rise in prices.", "2025-03-05",
     {"15 economists": POLL, "0.3%": "other change modality=forecast"}),
    ("Consumer prices rose 3.1% in February, Statistics Korea said, above the median forecast "
     "of 20 analysts.", "2025-03-05",
     {"20 analysts": POLL,
      "3.1%": "prices.cpi change direction=up period=2025-02 reporter=KR src=Statistics_Korea"}),
    ("The central bank cut its prime lending rate by 50 basis points to 10.5% in March.",
     "2025-04-02", {"50 basis points": "other change direction=down period=2025-03",
                    "10.5%": "other level period=2025-03"}),
    ("Inflation eased to 2.1%. The central bank has lowered its key rate by a cumulative 75 "
     "basis points this year.", "2025-04-02",
     {"75 basis points": "other change direction=down"}),
    ("The trade deficit narrowed by a further $1.2 billion in March.", "2025-04-15",
     {"$1.2 billion": "trade.deficit change direction=down period=2025-03"}),
    # a poll's words belong to the figure they follow, not to one coordinated after them
    ("Retail sales rose 0.4% in October, above the 0.3% forecast in a Reuters poll and a "
     "downwardly revised 0.5% gain in September.", "2024-11-15",
     {"0.3%": "sales.retail change modality=forecast src=-",
      "0.5%": "sales.retail change direction=up period=2024-09 modality=actual"}),
    ("Exports rose 3.1% in July, below the 4% growth economists had expected but up from "
     "2.5% in June.", "2024-08-15",
     {"4%": "trade.exports change period=2024-07 modality=forecast",
      "2.5%": "trade.exports change direction=up period=2024-06 modality=actual"}),
    ("Economists had forecast growth of 2% and a rise in exports of 3%.", "2024-08-15",
     {"3%": "trade.exports change modality=forecast"}),
    # a value compared with, not listed with the next one, is not dated by its date
    ("Consumer prices rose 2.1% in May, above the 1.9% expected by analysts and down from 2.4% in "
     "April.", "2024-06-05",
     {"1.9%": "prices.cpi change period=2024-05 modality=forecast",
      "2.4%": "prices.cpi change period=2024-04 modality=actual"}),
    # of two basis cues after a figure the nearer is its own; "an annual rise of" the next's
    ("Producer prices rose 0.8% month-on-month for an annual rise of 31.2%.", "2025-01-03",
     {"0.8%": "prices.ppi change direction=up basis=mom",
      "31.2%": "prices.ppi change direction=up basis=yoy"}),
    # an index level whose acronym is bracketed after it, a sub-index
    ("The Purchasing Managers' Index (PMI) fell to 51.2 in May from 52.8 in April.",
     "2025-06-03", {"51.2": "other level period=2025-05", "52.8": "other level period=2025-04"}),
    ("The new export orders sub-index rose to 50.4 from 49.1.", "2025-06-03",
     {"50.4": "other level", "49.1": "other level"}),
    # a component as the subject, the flow only in an aside between commas
    ("Exports fell 4.1% in May. Semiconductors, the country's biggest export item, rose "
     "11.2%.", "2025-06-01",
     {"11.2%": "trade.exports change direction=up product=Semiconductors"}),
    ("Exports fell 4.1% in May. Garments, which account for a third of exports, dropped "
     "6.5%.", "2025-06-01",
     {"6.5%": "trade.exports change direction=down product=Garments"}),
    ("Exports, which account for 60% of output, rose 5.1% in May.", "2025-06-01",
     {"5.1%": "trade.exports change direction=up product=-"}),
    # a forecast of the same metric after a change is a change
    ("Consumer prices rose 0.6% in May from a year earlier, exceeding a median forecast of "
     "0.4%.", "2025-06-20", {"0.4%": "prices.cpi change direction=up modality=forecast"}),
    ("Inflation was 2.6% in May, above the 2.5% economists had expected.", "2025-06-20",
     {"2.5%": "prices.cpi level modality=forecast"}),
    # "should" before a figure is a forecast
    ("The central bank said inflation should be around 2.5% next year.", "2024-11-05",
     {"around 2.5%": "prices.cpi level period=2025 modality=forecast src=-"}),
    # a lead with no figure names the month; the first figure sentence only the month before
    ("Chile's trade surplus widened in March as copper shipments rose.\n"
     "The surplus was $2.1 billion, compared with a forecast $1.8 billion and a revised $1.5 "
     "billion in February.", "2025-04-07",
     {"$2.1 billion": "trade.surplus level period=2025-03",
      "$1.8 billion": "trade.surplus level period=2025-03 modality=forecast",
      "$1.5 billion": "trade.surplus level period=2025-02 modality=actual"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(PASSAGES, {}))
def test_wire_passage(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)
