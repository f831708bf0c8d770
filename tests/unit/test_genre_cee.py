"""Genre hunt: Central and Eastern European and Iberian/Alpine statistics copy (issue 15, 16).
Whole short stories written for this test in the manner of Agerpres copies of INS and BNR
releases (Romania: FOB exports, CIF imports, "the first 10 months", lei), TASR flashes carried
by The Slovak Spectator, Portugal Pulse on INE Portugal, Vindobona on Statistics Austria and
WIFO, Report.az on the State Customs / Statistics Committees of Azerbaijan (manat) and TASS on
Russian customs and Rosstat data (weekly prices). Figures are partly real, wording is ours.

Each case is (text, published, {figure text: "metric role field=value ... src=NAME"}); a value
'-' stands for null and '_' for a space; ``src`` is a part of the source entity's canonical
name. Only the fields named are checked."""

import pytest
from helpers import check_entity_attrs, check_fact_spec_with_source, fact_spec_params

import tradeie

INS = "src=National_Institute_of_Statistics_of_Romania"
BNR = "src=National_Bank_of_Romania"
SUSR = "src=Statistical_Office_of_the_Slovak_Republic"
INE = "src=Statistics_Portugal"
STAT_AT = "src=Statistics_Austria"
SCC = "src=State_Customs_Committee"
SSC = "src=State_Statistical_Committee"
FCS = "src=Federal_Customs_Service"
ROSSTAT = "src=Federal_State_Statistics_Service"

RO_10M = "period=2024-01/2024-10 reporter=RO"
# (the same span written with days: the scorer compares periods as date intervals)
RO_10D = "period=2024-01-01/2024-10-31 reporter=RO"

STORIES = [
    # ---- Agerpres on INS trade: the first 10 months, FOB / CIF, then the month, lei, intra-EU
    ("Romania's trade deficit up 12.3% in first 10 months\n\nBucharest, Dec 11 /Agerpres/ - "
     "In the first 10 months of 2024, the FOB exports totalled 76.42 billion euros and the CIF "
     "imports amounted to 101.12 billion euros, according to data released on Wednesday by the "
     "National Institute of Statistics (INS). The trade deficit (FOB/CIF) was 24.70 billion "
     "euros, higher by 2.71 billion euros than the one recorded in the first 10 months of 2023. "
     "Compared to the same period of 2023, the FOB exports decreased by 0.8% and the CIF imports "
     "increased by 2.4%. Expressed in lei, the deficit reached 122.9 billion lei. In October "
     "2024, the FOB exports amounted to 8.52 billion euros and the CIF imports to 11.35 billion "
     "euros, resulting in a trade deficit of 2.83 billion euros. Compared to October 2023, "
     "exports in October 2024 went up by 3.1%.",
     "2024-12-11",
     {"12.3%": f"trade.deficit change direction=up {RO_10M}",
      "76.42 billion euros": f"trade.exports level {RO_10M} {INS}",
      "101.12 billion euros": f"trade.imports level {RO_10M} {INS}",
      "24.70 billion euros": f"trade.deficit level {RO_10M} {INS}",
      "2.71 billion euros": f"trade.deficit change direction=up basis=yoy {RO_10M} {INS}",
      "0.8%": f"trade.exports change direction=down basis=yoy {RO_10M} {INS}",
      "2.4%": f"trade.imports change direction=up basis=yoy {RO_10M} {INS}",
      "122.9 billion lei": f"trade.deficit level {RO_10M} {INS}",
      "8.52 billion euros": f"trade.exports level period=2024-10 reporter=RO {INS}",
      "11.35 billion euros": f"trade.imports level period=2024-10 reporter=RO {INS}",
      "2.83 billion euros": f"trade.deficit level period=2024-10 reporter=RO {INS}",
      "3.1%": f"trade.exports change direction=up basis=yoy period=2024-10 reporter=RO "
              f"{INS}"}),
    # ---- Agerpres on INS: intra-EU trade in a period phrase of its own
    ("Bucharest, Dec 11 /Agerpres/ - In the January-October 2024 period, the value of intra-EU "
     "trade in goods was 55.1 billion euros at exports and 74.3 billion euros at imports, "
     "representing 72.1% of total exports and 73.5% of total imports, the INS informs.",
     "2024-12-11",
     {"55.1 billion euros": f"trade.exports level {RO_10M} partner=EU {INS}",
      "74.3 billion euros": f"trade.imports level {RO_10M} partner=EU {INS}",
      "72.1%": f"trade.exports share {RO_10M} partner=EU {INS}",
      "73.5%": f"trade.imports share {RO_10M} partner=EU {INS}"}),
    # ---- Agerpres on the BNR balance of payments
    ("Bucharest, Dec 12 /Agerpres/ - Romania's current account of the balance of payments "
     "recorded a deficit of 24.09 billion euros in January-October 2024, compared to 19.40 "
     "billion euros in the same period of 2023, the National Bank of Romania (BNR) informed on "
     "Thursday. Direct investments of non-residents in Romania totalled 5.04 billion euros, "
     "compared to 5.45 billion euros in January-October 2023. Total external debt rose by 17.3 "
     "billion euros in the first ten months, to 190.1 billion euros.",
     "2024-12-12",
     {"24.09 billion euros": f"account.current level {RO_10M} {BNR}",
      "19.40 billion euros": f"account.current level period=2023-01/2023-10 reporter=RO {BNR}",
      "5.04 billion euros": f"investment.fdi level {RO_10M} {BNR}",
      "5.45 billion euros": f"investment.fdi level period=2023-01/2023-10 reporter=RO {BNR}",
      "17.3 billion euros": f"other change direction=up {RO_10M} {BNR}",
      "190.1 billion euros": f"other level {RO_10M} {BNR}"}),
    # ---- Agerpres on the INS consumer price index
    ("Romania's annual inflation rate rises to 4.67% in October\n\nBucharest, Nov 13 "
     "/Agerpres/ - The annual inflation rate in Romania rose to 4.67% in October 2024, from "
     "4.62% in September, the National Institute of Statistics (INS) announced on Wednesday. "
     "Food prices went up by 4.06%, non-food goods by 3.38% and services by 8.99% compared to "
     "October 2023. The annual inflation rate calculated on the basis of the harmonised index "
     "of consumer prices (HICP) was 5.0%. The average inflation rate over the last 12 months "
     "(November 2023 - October 2024) was 6.3%.",
     "2024-11-13",
     {"4.67%": "prices.cpi level period=2024-10 reporter=RO",
      "4.62%": f"prices.cpi level period=2024-09 reporter=RO {INS}",
      "4.06%": f"prices.cpi change direction=up basis=yoy period=2024-10 reporter=RO {INS}",
      "3.38%": f"prices.cpi change direction=up basis=yoy period=2024-10 reporter=RO {INS}",
      "8.99%": f"prices.cpi change direction=up basis=yoy period=2024-10 reporter=RO {INS}",
      "5.0%": f"prices.cpi level period=2024-10 reporter=RO {INS}",
      "6.3%": f"prices.cpi level period=2023-11/2024-10 reporter=RO {INS}"}),
    # ---- TASR flash (The Slovak Spectator): GDP, very short
    ("Slovak GDP grows by 1.2% in Q3\n\nBratislava, November 14 (TASR) - Slovakia's economy "
     "grew by 1.2 percent year-on-year in the third quarter of 2024, according to a flash "
     "estimate by the Statistics Office. Quarter-on-quarter, GDP rose by 0.3 percent. "
     "Employment increased by 0.1 percent.",
     "2024-11-14",
     {"1.2 percent": f"economy.gdp change direction=up basis=yoy period=2024-Q3 reporter=SK "
                     f"{SUSR}",
      "0.3 percent": f"economy.gdp change direction=up basis=qoq period=2024-Q3 reporter=SK "
                     f"{SUSR}",
      "0.1 percent": "other change direction=up period=2024-Q3 reporter=SK"}),
    # ---- TASR flash: unemployment, a count of jobseekers
    ("Bratislava, November 19 (TASR) - The registered unemployment rate in Slovakia fell to "
     "5.27 percent in October from 5.31 percent in September, the Labour, Social Affairs and "
     "Family Office reported on Tuesday. There were 143,062 jobseekers available for work at "
     "the end of October.",
     "2024-11-19",
     {"5.27 percent": "labour.unemployment level period=2024-10 reporter=SK",
      "5.31 percent": "labour.unemployment level period=2024-09 reporter=SK",
      "143,062": "other level period=2024-10 reporter=SK"}),
    # ---- Portugal Pulse on INE trade: the month against the same month, then the quarter
    ("Portugal's trade deficit widens to 2.4 billion euros in October\n\nIn October 2024, "
     "exports of goods increased by 3.6% and imports by 5.5% compared with the same month of "
     "2023, Statistics Portugal (INE) reported on Monday. The trade balance deficit increased "
     "by 223 million euros compared to October 2023, reaching 2.4 billion euros. Excluding "
     "fuels and lubricants, exports rose by 4.9% and imports increased by 7.2%. In the third "
     "quarter of 2024, exports of goods decreased by 1.1% and imports increased by 1.6% "
     "year-on-year.",
     "2024-12-09",
     {"3.6%": f"trade.exports change direction=up basis=yoy period=2024-10 reporter=PT {INE}",
      "5.5%": f"trade.imports change direction=up basis=yoy period=2024-10 reporter=PT {INE}",
      "223 million euros": f"trade.deficit change direction=up basis=yoy period=2024-10 "
                           f"reporter=PT {INE}",
      "2.4 billion euros": "trade.deficit level period=2024-10 reporter=PT",
      "4.9%": f"trade.exports change direction=up period=2024-10 reporter=PT {INE}",
      "7.2%": f"trade.imports change direction=up period=2024-10 reporter=PT {INE}",
      "1.1%": f"trade.exports change direction=down basis=yoy period=2024-Q3 reporter=PT "
              f"{INE}",
      "1.6%": f"trade.imports change direction=up basis=yoy period=2024-Q3 reporter=PT "
              f"{INE}"}),
    # ---- Portugal Pulse on the INE flash CPI: annual and monthly rates of change
    ("Portugal's inflation rises to 2.3% in October\n\nThe annual rate of change of the "
     "Consumer Price Index (CPI) increased to 2.3% in October 2024, up from 1.9% in September, "
     "according to the flash estimate released by the National Statistics Institute (INE). "
     "Core inflation, which excludes unprocessed food and energy products, stood at 2.7%. The "
     "monthly change in the CPI was 0.4%, compared with 0.8% in the previous month.",
     "2024-10-31",
     {"2.3%": "prices.cpi level period=2024-10 reporter=PT",
      "1.9%": f"prices.cpi level period=2024-09 reporter=PT {INE}",
      "2.7%": f"prices.cpi level period=2024-10 reporter=PT {INE}",
      "0.4%": f"prices.cpi change direction=up basis=mom period=2024-10 reporter=PT {INE}",
      "0.8%": f"prices.cpi change direction=up period=2024-09 reporter=PT {INE}"}),
    # ---- Vindobona on Statistics Austria: the first half, partners, a quoted director general
    ("Austrian Foreign Trade: Exports Down 3.8% in First Half of 2024\n\nVienna (Vindobona) - "
     "Austria's exports of goods fell by 3.8% year-on-year to EUR 100.9 billion in the first "
     "half of 2024, according to preliminary results from Statistics Austria. Imports declined "
     "by 9.5% to EUR 99.2 billion, resulting in a trade surplus of EUR 1.7 billion. In the same "
     "period of the previous year, a deficit of EUR 3.6 billion had been recorded. \"The weak "
     "industrial economy in Europe is clearly reflected in foreign trade,\" said Statistics "
     "Austria Director General Tobias Thomas. Exports to EU countries decreased by 5.0% to EUR "
     "67.1 billion, while exports to Germany, Austria's most important trading partner, fell by "
     "6.9% to EUR 28.8 billion.",
     "2024-08-23",
     {"3.8%": "trade.exports change direction=down period=2024-H1 reporter=AT",
      "EUR 100.9 billion": f"trade.exports level period=2024-H1 reporter=AT {STAT_AT}",
      "9.5%": f"trade.imports change direction=down period=2024-H1 reporter=AT {STAT_AT}",
      "EUR 99.2 billion": f"trade.imports level period=2024-H1 reporter=AT {STAT_AT}",
      "EUR 1.7 billion": f"trade.surplus level period=2024-H1 reporter=AT {STAT_AT}",
      "EUR 3.6 billion": f"trade.deficit level period=2023-H1 reporter=AT {STAT_AT}",
      "5.0%": f"trade.exports change direction=down period=2024-H1 reporter=AT partner=EU "
              f"{STAT_AT}",
      "EUR 67.1 billion": f"trade.exports level period=2024-H1 reporter=AT partner=EU "
                          f"{STAT_AT}",
      "6.9%": f"trade.exports change direction=down period=2024-H1 reporter=AT partner=DE "
              f"{STAT_AT}",
      "EUR 28.8 billion": f"trade.exports level period=2024-H1 reporter=AT partner=DE "
                          f"{STAT_AT}"}),
    # ---- Vindobona: flash CPI, then the WIFO forecast
    ("Vienna (Vindobona) - Inflation in Austria fell to 1.8% in September 2024, according to "
     "the flash estimate of Statistics Austria, down from 2.4% in August. Compared with the "
     "previous month, the price level rose by 0.1%. The Austrian Institute of Economic Research "
     "(WIFO) expects inflation of 2.1% for 2025 and GDP growth of 1.0% next year, after a "
     "contraction of 0.6% in 2024.",
     "2024-10-02",
     {"1.8%": f"prices.cpi level period=2024-09 reporter=AT {STAT_AT}",
      "2.4%": f"prices.cpi level period=2024-08 reporter=AT {STAT_AT}",
      "0.1%": f"prices.cpi change direction=up basis=mom period=2024-09 reporter=AT {STAT_AT}",
      "2.1%": "prices.cpi level period=2025 reporter=AT modality=forecast",
      "1.0%": "economy.gdp change direction=up period=2025 reporter=AT modality=forecast",
      "0.6%": "economy.gdp change direction=down period=2024 reporter=AT"}),
    # ---- Report.az on the State Customs Committee: turnover, flows, balance, the month
    ("Azerbaijan's foreign trade turnover down 9% in 10 months\n\nBaku, November 18, "
     "REPORT.AZ - Azerbaijan's foreign trade turnover amounted to $39.35 billion in "
     "January-October 2024, Report informs citing the State Customs Committee. This is 8.96% "
     "less than in the same period last year. Exports accounted for $22.14 billion, and "
     "imports for $17.21 billion. As a result, the positive balance of foreign trade amounted "
     "to $4.93 billion. Non-oil and gas exports totaled $2.68 billion, up 2.5% year-on-year. In "
     "October alone, the country's foreign trade turnover reached 3.62 billion dollars.",
     "2024-11-18",
     {"9%": "trade.total change direction=down period=2024-01/2024-10 reporter=AZ",
      "$39.35 billion": f"trade.total level period=2024-01/2024-10 reporter=AZ {SCC}",
      "8.96%": f"trade.total change direction=down basis=yoy period=2024-01/2024-10 "
               f"reporter=AZ {SCC}",
      "$22.14 billion": f"trade.exports level period=2024-01/2024-10 reporter=AZ {SCC}",
      "$17.21 billion": f"trade.imports level period=2024-01/2024-10 reporter=AZ {SCC}",
      "$4.93 billion": f"trade.surplus level period=2024-01/2024-10 reporter=AZ {SCC}",
      "$2.68 billion": f"trade.exports level period=2024-01/2024-10 reporter=AZ {SCC}",
      "2.5%": f"trade.exports change direction=up basis=yoy period=2024-01/2024-10 "
              f"reporter=AZ {SCC}",
      "3.62 billion dollars": f"trade.total level period=2024-10 reporter=AZ {SCC}"}),
    # ---- Report.az on the State Statistics Committee: GDP in manat, sectors, prices
    ("Baku, November 20, REPORT.AZ - Azerbaijan's gross domestic product (GDP) amounted to "
     "102.5 billion manat in January-October 2024, the State Statistics Committee reported. GDP "
     "increased by 4.2% compared to the corresponding period of 2023. The non-oil and gas "
     "sector grew by 6.4%, while the oil and gas sector rose by 1.1%. Consumer prices rose by "
     "2.1% in January-October compared to the same period last year.",
     "2024-11-20",
     {"102.5 billion manat": f"economy.gdp level period=2024-01/2024-10 reporter=AZ {SSC}",
      "4.2%": f"economy.gdp change direction=up basis=yoy period=2024-01/2024-10 reporter=AZ "
              f"{SSC}",
      "6.4%": f"economy.gdp change direction=up period=2024-01/2024-10 reporter=AZ {SSC}",
      "1.1%": f"economy.gdp change direction=up period=2024-01/2024-10 reporter=AZ {SSC}",
      "2.1%": f"prices.cpi change direction=up basis=yoy period=2024-01/2024-10 reporter=AZ "
              f"{SSC}"}),
    # ---- TASS on Russian customs data: turnover, flows, balance, "bln"
    ("Russia's foreign trade surplus down 7% in January-September\n\nMOSCOW, November 8. "
     "/TASS/. Russia's foreign trade turnover in January-September 2024 amounted to $531.1 bln, "
     "down 2.4% year-on-year, the Federal Customs Service (FCS) said on Friday. Exports fell by "
     "1.5% to $318.3 bln, while imports decreased by 3.7% to $212.8 bln. The positive trade "
     "balance stood at $105.5 bln.",
     "2024-11-08",
     {"7%": "trade.surplus change direction=down period=2024-01/2024-09 reporter=RU",
      "$531.1 bln": f"trade.total level period=2024-01/2024-09 reporter=RU {FCS}",
      "2.4%": f"trade.total change direction=down basis=yoy period=2024-01/2024-09 reporter=RU "
              f"{FCS}",
      "1.5%": f"trade.exports change direction=down period=2024-01/2024-09 reporter=RU {FCS}",
      "$318.3 bln": f"trade.exports level period=2024-01/2024-09 reporter=RU {FCS}",
      "3.7%": f"trade.imports change direction=down period=2024-01/2024-09 reporter=RU {FCS}",
      "$212.8 bln": f"trade.imports level period=2024-01/2024-09 reporter=RU {FCS}",
      "$105.5 bln": f"trade.surplus level period=2024-01/2024-09 reporter=RU {FCS}"}),
    # ---- TASS on Rosstat weekly prices
    ("MOSCOW, November 13. /TASS/. Consumer prices in Russia rose by 0.27% in the period from "
     "November 5 to November 11, 2024, Rosstat reported. Since the beginning of the year, "
     "prices have increased by 7.33%. In October, annual inflation stood at 8.54%, and in "
     "September at 8.63%.",
     "2024-11-13",
     {"0.27%": f"prices.cpi change direction=up period=2024-11-05/2024-11-11 reporter=RU "
               f"{ROSSTAT}",
      "7.33%": f"prices.cpi change direction=up period=2024-01-01/2024-11-11 reporter=RU "
               f"{ROSSTAT}",
      "8.54%": f"prices.cpi level period=2024-10 reporter=RU {ROSSTAT}",
      "8.63%": f"prices.cpi level period=2024-09 reporter=RU {ROSSTAT}"}),
    # ---- TASS on the Rosstat GDP estimate and the minister's expectation
    ("MOSCOW, November 15. /TASS/. Russia's GDP grew by 3.1% in the third quarter of 2024, "
     "Rosstat said in its first estimate. In the first nine months, the economy expanded by "
     "4.0% year-on-year. Economic Development Minister Maxim Reshetnikov said earlier that GDP "
     "growth in 2024 is expected at 3.9%.",
     "2024-11-15",
     {"3.1%": f"economy.gdp change direction=up period=2024-Q3 reporter=RU {ROSSTAT}",
      "4.0%": f"economy.gdp change direction=up basis=yoy period=2024-01/2024-09 reporter=RU "
              f"{ROSSTAT}",
      "3.9%": "economy.gdp change direction=up period=2024 reporter=RU modality=forecast"}),
]

STORIES += [
    # ---- round 2. Agerpres on INS trade in lei first, the period written with dates, then euro
    ("Bucharest, Dec 11 /Agerpres/ - In the period January 1 - October 31, 2024, the FOB exports "
     "amounted to 380.26 billion lei and the CIF imports to 503.17 billion lei, the trade "
     "balance deficit (FOB/CIF) being 122.91 billion lei, by 13.91 billion lei more than in the "
     "same period of 2023, the National Institute of Statistics (INS) announced. Calculated "
     "based on values in lei, exports of goods increased by 0.4% and imports by 2.8%. In "
     "October 2024, the trade deficit (FOB/CIF) was 14.08 billion lei.",
     "2024-12-11",
     {"380.26 billion lei": f"trade.exports level {RO_10D} {INS}",
      "503.17 billion lei": f"trade.imports level {RO_10D} {INS}",
      "122.91 billion lei": f"trade.deficit level {RO_10D} {INS}",
      "13.91 billion lei": f"trade.deficit change direction=up basis=yoy {RO_10D} {INS}",
      "0.4%": f"trade.exports change direction=up {RO_10D} {INS}",
      "2.8%": f"trade.imports change direction=up {RO_10D} {INS}",
      "14.08 billion lei": f"trade.deficit level period=2024-10 reporter=RO {INS}"}),
    # ---- Agerpres on the INS structure of trade by product group
    ("Bucharest, Dec 11 /Agerpres/ - In the first ten months of 2024, the highest weights in "
     "Romania's exports and imports were held by machinery and transport equipment (44.5% of "
     "exports and 37.2% of imports) and other manufactured products (33.1% and 32.9%, "
     "respectively), according to INS data.",
     "2024-12-11",
     {"44.5%": f"trade.exports share {RO_10M} {INS}",
      "37.2%": f"trade.imports share {RO_10M} {INS}",
      "33.1%": f"trade.exports share {RO_10M} {INS}",
      "32.9%": f"trade.imports share {RO_10M} {INS}"}),
    # ---- Agerpres on the INS GDP flash: gross and seasonally adjusted series
    ("Bucharest, Nov 14 /Agerpres/ - Romania's Gross Domestic Product (GDP) rose, as gross "
     "series, by 0.8% in the first nine months of 2024 compared to the same period of 2023, "
     "according to the flash estimate of the National Institute of Statistics (INS). In the "
     "third quarter of 2024, GDP as seasonally adjusted series was 0.1% lower than in the "
     "second quarter of 2024. Compared to the third quarter of 2023, GDP increased by 1.1% as "
     "gross series.",
     "2024-11-14",
     {"0.8%": f"economy.gdp change direction=up basis=yoy period=2024-01/2024-09 reporter=RO "
              f"{INS}",
      "0.1%": f"economy.gdp change direction=down basis=qoq period=2024-Q3 reporter=RO {INS}",
      "1.1%": f"economy.gdp change direction=up basis=yoy period=2024-Q3 reporter=RO {INS}"}),
    # ---- Agerpres on INS unemployment: a rate, a change in points, counts of persons
    ("Bucharest, Dec 3 /Agerpres/ - The unemployment rate in Romania was 5.6% in October "
     "2024, up 0.2 percentage points from the previous month, according to INS. The number of "
     "unemployed persons aged 15-74 was estimated at 439,000 in October, up from 425,000 in "
     "the previous month.",
     "2024-12-03",
     {"5.6%": f"labour.unemployment level period=2024-10 reporter=RO {INS}",
      "0.2 percentage points": f"labour.unemployment change direction=up basis=mom "
                               f"period=2024-10 reporter=RO {INS}",
      "439,000": "other level period=2024-10 reporter=RO",
      "425,000": "other level period=2024-09 reporter=RO"}),
    # ---- Agerpres on the BNR reserves at the end of a month
    ("Bucharest, Nov 1 /Agerpres/ - The foreign exchange reserves of the National Bank of "
     "Romania (BNR) stood at 64.46 billion euros on October 31, 2024, compared to 66.33 "
     "billion euros on September 30, 2024, the central bank informs. The gold stock remained "
     "at 103.6 tonnes.",
     "2024-11-01",
     {"64.46 billion euros": f"reserves.fx level period=2024-10-31 reporter=RO {BNR}",
      "66.33 billion euros": f"reserves.fx level period=2024-09-30 reporter=RO {BNR}",
      "103.6 tonnes": "other level reporter=RO"}),
    # ---- TASR: a balance "in the red", eleven months
    ("Bratislava, January 10 (TASR) - Slovakia's foreign trade ended November in the red to "
     "the tune of €142.2 million, the Statistics Office reported on Friday. Exports from "
     "Slovakia in the first 11 months of 2024 were up by 2.7 percent y-o-y to €97.4 billion, "
     "while imports increased by 3.1 percent to €95.2 billion.",
     "2025-01-10",
     {"€142.2 million": f"trade.deficit level period=2024-11 reporter=SK {SUSR}",
      "2.7 percent": f"trade.exports change direction=up basis=yoy period=2024-01/2024-11 "
                     f"reporter=SK {SUSR}",
      "€97.4 billion": f"trade.exports level period=2024-01/2024-11 reporter=SK {SUSR}",
      "3.1 percent": f"trade.imports change direction=up period=2024-01/2024-11 reporter=SK "
                     f"{SUSR}",
      "€95.2 billion": f"trade.imports level period=2024-01/2024-11 reporter=SK {SUSR}"}),
    # ---- Portugal Pulse on the INE GDP flash: a change of the growth rate in points
    ("Portuguese economy grows 1.9% in the third quarter\n\nPortugal's Gross Domestic Product "
     "(GDP) grew 1.9% year-on-year in the third quarter of 2024, according to the flash "
     "estimate released today by Statistics Portugal, 0.4 percentage points more than in the "
     "previous quarter. Compared with the second quarter, GDP increased 0.2%.",
     "2024-10-31",
     {"1.9%": "economy.gdp change direction=up period=2024-Q3 reporter=PT",
      "0.4 percentage points": f"economy.gdp change direction=up period=2024-Q3 reporter=PT "
                               f"{INE}",
      "0.2%": f"economy.gdp change direction=up basis=qoq period=2024-Q3 reporter=PT {INE}"}),
    # ---- Report.az on trade with one partner: shares of the turnover
    ("Baku, November 19, REPORT.AZ - Azerbaijan's trade turnover with Italy amounted to $9.12 "
     "billion in January-October 2024, according to the State Customs Committee. Italy "
     "accounted for 23.2% of the country's foreign trade turnover. Exports to Italy totaled "
     "$8.75 billion, while imports from Italy amounted to $369.4 million.",
     "2024-11-19",
     {"$9.12 billion": f"trade.total level period=2024-01/2024-10 reporter=AZ partner=IT "
                       f"{SCC}",
      "23.2%": f"trade.total share period=2024-01/2024-10 reporter=AZ partner=IT {SCC}",
      "$8.75 billion": f"trade.exports level period=2024-01/2024-10 reporter=AZ partner=IT "
                       f"{SCC}",
      "$369.4 million": f"trade.imports level period=2024-01/2024-10 reporter=AZ partner=IT "
                        f"{SCC}"}),
    # ---- TASS on Rosstat: industry, then retail trade turnover (no foreign trade)
    ("MOSCOW, November 27. /TASS/. Industrial production in Russia increased by 4.8% in "
     "October 2024 year-on-year, Rosstat reported. In January-October, industrial output rose "
     "by 4.3%. Retail trade turnover grew by 6.6% in October, and the unemployment rate stood "
     "at 2.3%.",
     "2024-11-27",
     {"4.8%": f"output.industrial change direction=up basis=yoy period=2024-10 reporter=RU "
              f"{ROSSTAT}",
      "4.3%": f"output.industrial change direction=up period=2024-01/2024-10 reporter=RU "
              f"{ROSSTAT}",
      "6.6%": f"sales.retail change direction=up period=2024-10 reporter=RU {ROSSTAT}",
      "2.3%": f"labour.unemployment level period=2024-10 reporter=RU {ROSSTAT}"}),
    # ---- TASS on Chinese customs data: trade with Russia
    ("BEIJING, December 10. /TASS/. Trade between Russia and China in January-November 2024 "
     "grew by 2.0% year-on-year to $222.8 bln, according to data from the General "
     "Administration of Customs of China. Chinese exports to Russia rose 4.5% to $105.6 bln, "
     "while imports from Russia increased 0.4% to $117.2 bln.",
     "2024-12-10",
     {"2.0%": "trade.total change direction=up basis=yoy period=2024-01/2024-11",
      "$222.8 bln": "trade.total level period=2024-01/2024-11 src=General_Administration",
      "4.5%": "trade.exports change direction=up period=2024-01/2024-11 reporter=CN "
              "partner=RU src=General_Administration",
      "$105.6 bln": "trade.exports level period=2024-01/2024-11 reporter=CN partner=RU",
      "0.4%": "trade.imports change direction=up period=2024-01/2024-11 reporter=CN "
              "partner=RU",
      "$117.2 bln": "trade.imports level period=2024-01/2024-11 reporter=CN partner=RU "
                    "src=General_Administration"}),
    # ---- Vindobona on Statistics Austria: nine months, nominal, the largest partners
    ("Vienna (Vindobona) - In the period from January to September 2024, Austrian exports of "
     "goods fell by 3.4% in nominal terms to EUR 150.3 billion, while imports decreased by "
     "8.4% to EUR 148.9 billion, Statistik Austria reported. The trade balance thus showed a "
     "surplus of EUR 1.4 billion. Exports to the USA grew by 5.2% to EUR 11.9 billion.",
     "2024-11-22",
     {"3.4%": f"trade.exports change direction=down period=2024-01/2024-09 reporter=AT "
              f"{STAT_AT}",
      "EUR 150.3 billion": f"trade.exports level period=2024-01/2024-09 reporter=AT {STAT_AT}",
      "8.4%": f"trade.imports change direction=down period=2024-01/2024-09 reporter=AT "
              f"{STAT_AT}",
      "EUR 148.9 billion": f"trade.imports level period=2024-01/2024-09 reporter=AT {STAT_AT}",
      "EUR 1.4 billion": f"trade.surplus level period=2024-01/2024-09 reporter=AT {STAT_AT}",
      "5.2%": f"trade.exports change direction=up period=2024-01/2024-09 reporter=AT "
              f"partner=US {STAT_AT}",
      "EUR 11.9 billion": f"trade.exports level period=2024-01/2024-09 reporter=AT partner=US "
                          f"{STAT_AT}"}),
]

STORIES += [
    # ---- round 3. Stiri pe surse (machine-translated English): the commercial deficit
    ("Romania's commercial deficit increased in the first quarter\n\nThe commercial deficit "
     "of Romania increased by 4.6% in the first three months of 2023, to 7.09 billion euros, "
     "according to the data published on Thursday by INS. The value of the FOB exports was of "
     "22.5 billion euros, and of the CIF imports of 29.6 billion euros. Exports were higher "
     "by 7.2%, and imports by 5.6% compared to the first quarter of last year. The intra-EU "
     "exports were of 16.3 billion euros and the extra-EU ones of 6.2 billion euros.",
     "2023-05-11",
     {"4.6%": "trade.deficit change direction=up period=2023-01/2023-03 reporter=RO",
      "7.09 billion euros": "trade.deficit level period=2023-01/2023-03 reporter=RO",
      "22.5 billion euros": "trade.exports level period=2023-01/2023-03 reporter=RO",
      "29.6 billion euros": "trade.imports level period=2023-01/2023-03 reporter=RO",
      "7.2%": "trade.exports change direction=up basis=yoy period=2023-01/2023-03 reporter=RO",
      "5.6%": "trade.imports change direction=up basis=yoy period=2023-01/2023-03 reporter=RO",
      "16.3 billion euros": "trade.exports level period=2023-01/2023-03 reporter=RO partner=EU",
      "6.2 billion euros": "trade.exports level period=2023-01/2023-03 reporter=RO partner=-"}),
    # ---- Stiri pe surse: the month first, then the year to date, "the trade balance deficit"
    ("Romania's exports up 1.9% in March\n\nIn March 2023, the FOB exports amounted to 8.3 "
     "billion euros and the CIF imports to "
     "10.7 billion euros, the trade balance deficit being 2.4 billion euros, INS announced. "
     "Compared to March 2022, the exports increased by 1.9% and the imports decreased by "
     "3.2%. Since the beginning of the year, the deficit of the trade balance reached 7.09 "
     "billion euros.",
     "2023-05-11",
     {"1.9%": "trade.exports change direction=up period=2023-03 reporter=RO",
      "8.3 billion euros": "trade.exports level period=2023-03 reporter=RO",
      "10.7 billion euros": "trade.imports level period=2023-03 reporter=RO",
      "2.4 billion euros": "trade.deficit level period=2023-03 reporter=RO",
      "3.2%": "trade.imports change direction=down basis=yoy period=2023-03 reporter=RO",
      "7.09 billion euros": "trade.deficit level period=2023-01/2023-03 reporter=RO"}),
    # ---- Agerpres on the Romanian budget and the Finance Ministry
    ("Bucharest, Nov 26 /Agerpres/ - The general consolidated budget execution ended the first "
     "ten months of 2024 with a deficit of 122.4 billion lei, representing 6.98% of GDP, the "
     "Ministry of Finance (MF) announced. Budget revenues amounted to 480.5 billion lei, up "
     "14.2% in nominal terms compared to the same period of 2023.",
     "2024-11-26",
     {"122.4 billion lei": "other level period=2024-01/2024-10 reporter=RO "
                           "src=Ministry_of_Finance",
      "6.98%": "other share period=2024-01/2024-10 reporter=RO",
      "480.5 billion lei": "other level period=2024-01/2024-10 reporter=RO",
      "14.2%": "other change direction=up basis=yoy period=2024-01/2024-10 reporter=RO"}),
    # ---- Portugal Pulse on the Bank of Portugal: current and capital account
    ("LISBON - The Portuguese economy recorded a current account surplus of 5.4 billion "
     "euros up to September, compared with 4.8 billion euros in the same period of "
     "2023, according to the Bank of Portugal. The goods balance deficit widened to 16.1 "
     "billion euros, while the services surplus reached 22.0 billion euros.",
     "2024-11-19",
     {"5.4 billion euros": "account.current level period=2024-01/2024-09 reporter=PT "
                           "src=Bank_of_Portugal",
      "4.8 billion euros": "account.current level period=2023-01/2023-09 reporter=PT",
      "16.1 billion euros": "trade.deficit level period=2024-01/2024-09 reporter=PT",
      "22.0 billion euros": "trade.surplus level period=2024-01/2024-09 reporter=PT "
                            "product=services"}),
    # ---- Report.az on the central bank's reserves and the strategic currency reserves
    ("Baku, November 5, REPORT.AZ - The foreign exchange reserves of the Central Bank of "
     "Azerbaijan (CBA) amounted to $10.98 billion as of November 1, 2024, increasing by 2.5% "
     "since the beginning of the year. Azerbaijan's strategic currency reserves reached $70.2 "
     "billion.",
     "2024-11-05",
     {"$10.98 billion": "reserves.fx level period=2024-11-01 reporter=AZ "
                        "src=Central_Bank_of_the_Republic_of_Azerbaijan",
      "2.5%": "reserves.fx change direction=up reporter=AZ",
      "$70.2 billion": "reserves.fx level reporter=AZ"}),
    # ---- TASS on the Russian current account from the Bank of Russia
    ("MOSCOW, October 10. /TASS/. Russia's current account surplus in January-September 2024 "
     "amounted to $50.7 bln, up 42% from $35.6 bln a year earlier, according to the Bank of "
     "Russia's preliminary estimate. The trade surplus in goods reached $107.3 bln.",
     "2024-10-10",
     {"$50.7 bln": "account.current level period=2024-01/2024-09 reporter=RU "
                   "src=Central_Bank_of_Russia",
      "42%": "account.current change direction=up basis=yoy period=2024-01/2024-09 "
             "reporter=RU",
      "$35.6 bln": "account.current level period=2023-01/2023-09 reporter=RU",
      "$107.3 bln": "trade.surplus level period=2024-01/2024-09 reporter=RU "
                    "src=Central_Bank_of_Russia"}),
    # ---- TASR: Slovak industry and wages
    ("Bratislava, December 10 (TASR) - Industrial production in Slovakia dropped by 5.7 "
     "percent year-on-year in October, the Statistics Office reported on Tuesday. The average "
     "nominal monthly wage in the third quarter reached €1,491, up by 6.9 percent y-o-y, while "
     "real wages rose by 3.8 percent.",
     "2024-12-10",
     {"5.7 percent": f"output.industrial change direction=down basis=yoy period=2024-10 "
                     f"reporter=SK {SUSR}",
      "€1,491": "other level period=2024-Q3 reporter=SK",
      "6.9 percent": "other change direction=up basis=yoy period=2024-Q3 reporter=SK",
      "3.8 percent": "other change direction=up period=2024-Q3 reporter=SK"}),
]

STORIES += [
    # ---- round 4. Agerpres on Eurostat: Romania against the EU and the euro area
    ("Romania, highest annual inflation rate in the EU in October\n\nBucharest, Nov 19 "
     "/Agerpres/ - Romania recorded in October 2024 the highest annual inflation rate in the "
     "European Union, of 5.3%, according to data published on Tuesday by Eurostat. The annual "
     "inflation rate in the euro area was 2.0%, up from 1.7% in September, while in the EU it "
     "stood at 2.3%. The lowest annual rates were registered in Ireland (0.0%) and Lithuania "
     "(0.1%).",
     "2024-11-19",
     {"5.3%": "prices.cpi level period=2024-10 reporter=RO",
      "2.0%": "prices.cpi level period=2024-10 reporter=EA",
      "1.7%": "prices.cpi level period=2024-09 reporter=EA",
      "2.3%": "prices.cpi level period=2024-10 reporter=EU",
      "0.0%": "prices.cpi level period=2024-10 reporter=IE",
      "0.1%": "prices.cpi level period=2024-10 reporter=LT"}),
    # ---- Report.az: oil and gas against non-oil exports, a top partner
    ("Baku, February 3, REPORT.AZ - Azerbaijan exported goods worth $26.4 billion in 2024, "
     "the State Customs Committee reported. Exports of oil and gas accounted for $23.1 "
     "billion, while non-oil and gas exports totaled $3.3 billion, up 8.2% year-on-year. Italy "
     "was the largest buyer of Azerbaijani products, with purchases of $10.5 billion.",
     "2025-02-03",
     {"$26.4 billion": f"trade.exports level period=2024 reporter=AZ {SCC}",
      "$23.1 billion": f"trade.exports level period=2024 reporter=AZ {SCC}",
      "$3.3 billion": f"trade.exports level period=2024 reporter=AZ {SCC}",
      "8.2%": f"trade.exports change direction=up basis=yoy period=2024 reporter=AZ {SCC}",
      "$10.5 billion": f"trade.exports level period=2024 reporter=AZ partner=IT {SCC}"}),
    # ---- Vindobona on WIFO: exports forecast, then Statistics Austria's GDP flash
    ("Vienna (Vindobona) - The Austrian Institute of Economic Research (WIFO) expects goods "
     "exports to shrink by 2.5% in real terms this year and to grow by 1.8% in 2025. "
     "According to the flash estimate of Statistics Austria, GDP fell by 0.1% in the third "
     "quarter compared with the previous quarter.",
     "2024-10-30",
     {"2.5%": "trade.exports change direction=down period=2024 reporter=AT modality=forecast",
      "1.8%": "trade.exports change direction=up period=2025 reporter=AT modality=forecast",
      "0.1%": f"economy.gdp change direction=down basis=qoq period=2024-Q3 reporter=AT "
              f"{STAT_AT}"}),
    # ---- TASS on Russian non-energy exports from the Russian Export Center
    ("MOSCOW, February 12. /TASS/. Russia's non-energy exports in 2024 reached $153 bln, "
     "Deputy Prime Minister Alexey Overchuk said. Agricultural exports rose by 5% to $45.5 "
     "bln, while the number of exporting companies increased to 24,000.",
     "2025-02-12",
     {"$153 bln": "trade.exports level period=2024 reporter=RU",
      "5%": "trade.exports change direction=up period=2024 reporter=RU",
      "$45.5 bln": "trade.exports level period=2024 reporter=RU",
      "24,000": "other level period=2024 reporter=RU"}),
    # ---- TASR: the first three quarters, the balance written as negative
    ("Bratislava, November 8 (TASR) - Slovakia's foreign trade balance reached -€25.6 million "
     "in September, the Statistics Office reported. In the first three quarters of 2024, the "
     "surplus totalled €1.5 billion, down by €0.6 billion y-o-y.",
     "2024-11-08",
     {"-€25.6 million": f"trade.deficit level period=2024-09 reporter=SK {SUSR}",
      "€1.5 billion": f"trade.surplus level period=2024-01/2024-09 reporter=SK {SUSR}",
      "€0.6 billion": f"trade.surplus change direction=down basis=yoy period=2024-01/2024-09 "
                      f"reporter=SK {SUSR}"}),
]

XFAIL: dict[tuple[str, str], str] = {
    ("Bucharest, Dec 11 /Agerpres/ - In the January-October", "72.1%"):
        "'representing a% of total exports and b% of total imports': each share takes the "
        "flow after its own 'of'",
    ("Bucharest, Dec 11 /Agerpres/ - In the January-October", "73.5%"):
        "'representing a% of total exports and b% of total imports': each share takes the "
        "flow after its own 'of'",
    ("Bucharest, Dec 3 /Agerpres/ - The unemployment rate", "439,000"):
        "'The number of unemployed persons ... was estimated at 439,000': a bare number "
        "after 'estimated at' is no QUANTITY (the counted noun is the subject's)",
    ("Bucharest, Dec 3 /Agerpres/ - The unemployment rate", "425,000"):
        "'up from 425,000 in the previous month': a bare compared number is no QUANTITY",
    ("Bratislava, January 10 (TASR) - Slovakia's foreign trade ended November in the red",
     "€142.2 million"):
        "'foreign trade ended November in the red to the tune of X': the sign phrase after "
        "'foreign trade' does not make it a balance (as a metric wording 'in the red' "
        "would also take share prices and budgets)",
    ("MOSCOW, November 13. /TASS/.", "7.33%"):
        "'Since the beginning of the year' after a week's figure: the year-to-date span "
        "ends with the month before publication, not with the week named before",
    ("Romania's commercial deficit increased", "6.2 billion euros"):
        "'the extra-EU ones': the anaphor 'ones' carries the partner of the intra-EU exports",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_cee_story(text, published, figure, spec):
    check_fact_spec_with_source(text, published, figure, spec)


ENTITIES = [  # (published, text, label, surface, {attribute: value})
    ("2024-11-20", "Azerbaijan's GDP amounted to 102.5 billion manat in January-October 2024.",
     "MONEY", "102.5 billion manat", {"unit": "AZN", "value": 102.5e9}),
    ("2024-12-11", "Expressed in lei, the deficit reached 122.9 billion lei.", "MONEY",
     "122.9 billion lei", {"unit": "RON", "value": 122.9e9}),
    ("2024-11-08", "Exports fell by 1.5% to $318.3 bln, the FCS said.", "MONEY", "$318.3 bln",
     {"unit": "USD", "value": 318.3e9}),
    ("2024-11-13", "Consumer prices in Russia rose by 0.27% in the period from November 5 to "
     "November 11, 2024.", "DATE", "November 5 to November 11, 2024",
     {"value": "2024-11-05/2024-11-11"}),
    ("2024-11-13", "The average inflation rate over the last 12 months (November 2023 - "
     "October 2024) was 6.3%.", "DATE", "November 2023 - October 2024",
     {"value": "2023-11/2024-10"}),
    ("2024-12-11", "In the first 10 months of 2024, the FOB exports totalled 76.42 billion "
     "euros.", "DATE", "the first 10 months of 2024", {"value": "2024-01/2024-10"}),
    ("2024-08-23", "\"Trade is weak,\" said Statistics Austria Director General Tobias Thomas.",
     "OFFICIAL", "Tobias Thomas", {"title": "Director General"}),
    ("2024-11-15", "Economic Development Minister Maxim Reshetnikov said GDP would grow.",
     "OFFICIAL", "Maxim Reshetnikov", {"title": "Economic Development Minister"}),
    ("2024-11-18", "Report informs citing the State Customs Committee.", "AGENCY",
     "State Customs Committee", {"country": "AZ"}),
    ("2024-11-14", "Bratislava, November 14 (TASR) - GDP grew, according to a flash estimate "
     "by the Statistics Office.", "AGENCY", "Statistics Office", {"country": "SK"}),
    ("2024-10-31", "LISBON - Prices rose, according to the National Statistics Institute (INE).",
     "AGENCY", "National Statistics Institute", {"country": "PT"}),
]
ENTITY_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    ("published", "text", "label", "surface", "attrs"),
    [pytest.param(*c, id=f"{c[2]}-{c[3]}",
                  marks=[pytest.mark.xfail(strict=True, reason=ENTITY_XFAIL[c[3]])]
                  if c[3] in ENTITY_XFAIL else []) for c in ENTITIES])
def test_cee_entity(published, text, label, surface, attrs):
    check_entity_attrs(text, published, label, surface, attrs)


# ---- the constructions fixed for these stories, one short text each

@pytest.mark.parametrize(("text", "figure", "spec"), [
    # the balance of payments names no trade balance: the deficit is the current account's
    ("Hungary's current account of the balance of payments showed a deficit of EUR 1.2 "
     "billion in June.", "EUR 1.2 billion", "account.current level period=2024-06"),
    # BNR's wording of inbound FDI; external debt is a metric of its own, not the passage's
    ("The current account deficit was 2 billion euros in June. Direct investments of "
     "non-residents totalled 0.6 billion euros.", "0.6 billion euros",
     "investment.fdi level period=2024-06"),
    ("The current account deficit was 2 billion euros in June. Foreign debt rose by 1.1 "
     "billion euros to 180 billion euros.", "180 billion euros", "other level"),
])
def test_cee_construction(text, figure, spec):
    check_fact_spec_with_source(text, "2024-08-12", figure, spec)


@pytest.mark.parametrize(("text", "unit"), [
    ("BAKU - Exports reached 3.1 billion manat in the first quarter.", "AZN"),
    ("ASHGABAT - Turkmenistan's exports reached 3.1 billion manat in the first quarter.",
     "TMT"),
])
def test_manat_by_economy(text, unit):
    got = [e.attrs["unit"] for e in tradeie.extract(text).entities if e.label == "MONEY"]
    assert got == [unit]


@pytest.mark.parametrize(("text", "country"), [
    ("Portugal's exports rose 3%, the National Statistics Institute said.", "PT"),
    ("Spain's exports rose 3%, the National Statistics Institute said.", "ES"),
])
def test_national_statistics_institute_by_economy(text, country):
    got = [e.attrs["country"] for e in tradeie.extract(text).entities if e.label == "AGENCY"]
    assert got == [country]


@pytest.mark.parametrize(("text", "country"), [
    ("Bucharest, Dec 11 /Agerpres/ - Exports rose 3%, the INS announced.", "RO"),
    ("Baku, November 18, REPORT.AZ - Exports rose 3%, the State Customs Committee said.", "AZ"),
    ("MOSCOW, November 8. /TASS/. Exports fell 1.5%, the customs service said.", "RU"),
])
def test_outlet_datelines(text, country):
    from tradeie.normalize.agencies.country import dateline_country

    assert dateline_country(text) == country
    assert [f.reporter for f in tradeie.extract(text).facts] == [country]


@pytest.mark.parametrize(("text", "country"), [
    # the acronym a shared name defines chooses among its bodies when no economy is named
    ("Exports rose 3% to 5 billion lei, the National Institute of Statistics (INS) said.",
     "RO"),
    ("Exports rose 3%, the National Institute of Statistics (INE) said.", "ES"),
    ("TUNIS - Exports rose 3%, the National Institute of Statistics (INS) said.", "TN"),
])
def test_shared_name_by_defined_acronym(text, country):
    got = {e.attrs["country"] for e in tradeie.extract(text).entities if e.label == "AGENCY"}
    assert got == {country}


@pytest.mark.parametrize(("text", "figure", "spec"), [
    # a share list spells each share's whole after its own "of"
    ("Machinery accounted for 44.5% of exports and 37.2% of imports.", "37.2%",
     "trade.imports share"),
    ("The weights in exports and imports were held by machinery (44.5% of exports and 37.2% "
     "of imports).", "44.5%", "trade.exports share"),
    # the mention before stays the metric when it is no earlier share's whole
    ("Exports made up 40% of total trade.", "40%", "trade.exports share"),
    # a bracket after an amount is the share of the amount's metric
    ("Exports of chemicals were $9.2 billion (54% of manufactured exports).", "54%",
     "trade.exports share product=chemicals"),
    # "export market" names exports: "China became the top export market for services,
    # growing by 13.4 percent"
    ("China took 20% of total exports and 15% of imports. It also became the top export "
     "market for services, growing by 13.4 percent.", "13.4 percent",
     "trade.exports change direction=up"),
])
def test_share_wholes(text, figure, spec):
    check_fact_spec_with_source(text, "2024-06-10", figure, spec)


@pytest.mark.parametrize(("text", "figure", "spec"), [
    # a comparative with 'by' right before the figure is its change
    ("In the first half, the deficit was 9.1 billion euros, higher by 1.2 billion euros than "
     "a year earlier.", "1.2 billion euros", "trade.deficit change direction=up"),
    ("In the first half, the surplus was 2.3 billion euros, lower by 0.4 billion euros "
     "compared to 2023.", "0.4 billion euros", "trade.surplus change direction=down"),
    # a comparative comparing two figures stays no direction of the metric
    ("Inflation was 0.4% in May, below the 0.5% expected.", "0.5%", "prices.cpi level"),
])
def test_comparative_by(text, figure, spec):
    check_fact_spec_with_source(text, "2024-08-10", figure, spec)


@pytest.mark.parametrize(("text", "figure", "spec"), [
    # a member's own release: its intra-EU exports are its exports to the EU
    ("BUCHAREST - The intra-EU exports were 16.3 billion euros in March, the National "
     "Institute of Statistics (INS) said.", "16.3 billion euros",
     "trade.exports level reporter=RO partner=EU"),
    # Eurostat's intra-EU trade stays the EU's
    ("Intra-EU exports were 16.3 billion euros in March, Eurostat said.", "16.3 billion euros",
     "trade.exports level reporter=EU partner=EU"),
    # the year to date up to the month the passage reports
    ("In March 2023, exports rose 1.9%. Since the beginning of the year, the trade deficit "
     "reached 7.09 billion euros.", "7.09 billion euros",
     "trade.deficit level period=2023-01/2023-03"),
    ("The average monthly wage reached €1,491 in the third quarter.", "€1,491",
     "other level period=2024-Q3"),
])
def test_cee_release_constructions(text, figure, spec):
    check_fact_spec_with_source(text, "2024-12-10", figure, spec)


@pytest.mark.parametrize(("text", "figure", "spec"), [
    # a bracketed rate after a date or an economy is the rate's level there
    ("Annual inflation was 3.0% in September, lower than the rates recorded in July (3.2%) and "
     "August (3.1%).", "3.2%", "prices.cpi level period=2024-07"),
    ("Euro area inflation was 2.0% in October. The lowest annual rates were registered in "
     "Ireland (0.0%) and Lithuania (0.1%).", "0.1%", "prices.cpi level reporter=LT"),
    # a component's bracketed rate stays its change
    ("Consumer prices rose 6.2% in September; the largest monthly increases were those of "
     "clothing (10.6%) and tobacco (9.4%).", "9.4%", "prices.cpi change direction=up"),
])
def test_bracketed_rates(text, figure, spec):
    check_fact_spec_with_source(text, "2024-11-19", figure, spec)


def test_up_to_a_month_is_no_rise():
    check_fact_spec_with_source("LISBON - Portugal recorded a current account surplus of 5.4 "
                                "billion euros up to September.", "2024-11-19",
                                "5.4 billion euros", "account.current level direction=-")


@pytest.mark.parametrize(("text", "reporter"), [
    # a superlative's 'in the EU' is the field of the ranking, not the reporter
    ("Romania had the highest inflation rate in the EU in October, of 5.3%.", "RO"),
    ("Spain recorded the highest unemployment rate in the euro area, 11.2%.", "ES"),
    ("The inflation rate in the EU was 2.3% in October.", "EU"),
])
def test_ranked_in_bloc(text, reporter):
    assert [f.reporter for f in tradeie.extract(text, published="2024-11-19").facts] == \
        [reporter]


def test_subject_after_a_dateline():
    # the economy opening the lead after the dateline is the reporter of an EU release's figure
    text = "Bucharest, Nov 19 /Agerpres/ - Romania recorded in October the highest annual " \
        "inflation rate in the European Union, of 5.3%, Eurostat said."
    assert [f.reporter for f in tradeie.extract(text, published="2024-11-19").facts] == ["RO"]


def test_release_named_with_an_auxiliary():
    # "the statistics office had initially estimated": the release's first attributed mention
    # is the source of the figures of sentences that name none
    text = ("LISBON - The Statistics Portugal had initially estimated GDP growth at 1.4%. In "
            "the first quarter, GDP rose by 1.6%. According to Statistics Portugal, GDP grew "
            "by 0.1% from April to June.")
    res = tradeie.extract(text, published="2025-09-05")
    fact = next(f for f in res.facts if res.entity(f.figure).text == "1.6%")
    assert fact.source is not None and res.entity(fact.source).start == text.index("Statistics")


def test_balance_achieved_in_trade_with():
    # a balance's wording, a passive verb, then 'in trade with': the figure is the balance's
    text = "Austria's trade deficit was €4.3bn in 2010. The highest positive balances were " \
        "achieved in trade with the US (€1.70bn) and the UK (€1.59bn)."
    check_fact_spec_with_source(text, "2011-06-30", "€1.70bn",
                                "trade.surplus level partner=US")


def test_these_countries_of_the_sentence_before():
    # "Exports to these countries": the partner the sentence before named for its flow
    text = "Austria imported goods worth €82.35bn from EU member countries in 2010. Exports " \
        "to these countries amounted to €77.14bn."
    check_fact_spec_with_source(text, "2011-06-30", "€77.14bn", "trade.exports level partner=EU")


@pytest.mark.parametrize("figure", ["68.4%", "75.1%"])
def test_countries_outside_a_bloc_are_no_partner(figure):
    text = "Fuel and energy products made up 68.4% of Russian exports to countries outside " \
        "the CIS in the eight months, down from 75.1% a year earlier."
    check_fact_spec_with_source(text, "2015-10-08", figure, "trade.exports share partner=-")


def test_eurasian_economic_union_is_a_partner():
    text = "CIS countries accounted for 12.4% of Russia's trade turnover, the Eurasian " \
        "Economic Union for 17.1% and APEC countries for 27.7%."
    check_fact_spec_with_source(text, "2015-10-08", "17.1%", "trade.total share partner=EAEU")
