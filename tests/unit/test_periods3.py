"""Period and basis across genres (periods3): stories of our own in the manner of statistics
bulletins and wire copy from Brazil (Secex/MDIC, IBGE), Ireland (CSO), the UK (ONS, HMRC),
India (April-March fiscal years, "April-October FY26"), Pakistan and Egypt (July-June),
Australia ("the June quarter"), Japan (fiscal years from April), the US (BEA annual rates,
revisions) and Eurostat flash estimates. Every figure's period is checked (as the scorer
compares periods: date intervals), with its metric, role, direction and basis where the
text states them: monthly values inside year-to-date stories, "the same period last year"
values, twelve-month sums, revised figures of the previous month, quarter-on-quarter and
year-on-year pairs, forecasts for next year, "a year earlier" comparison values.

Each story is (text, published, {figure: spec}) as in tests/helpers.py ('-' is null, '_' a
space; "figure#n" is the n-th fact whose figure contains the text). Own wording throughout;
figures close to real releases.
"""

from __future__ import annotations

import pytest
from helpers import check_fact_as_scored, fact_spec_params

STORIES = [
    # 0 ---- Brazil, Secex monthly release: the month and the accumulated year
    ("BRASÍLIA — Brazil posted a trade surplus of US$7.1 billion in October, the Ministry of "
     "Development, Industry, Trade and Services (MDIC) reported on Thursday. Exports reached "
     "US$31.9 billion in the month, 3.4% more than in October 2024, while imports rose to "
     "US$24.8 billion.\n\nYear to date, the surplus totalled US$52.3 billion, down "
     "27.5% from the same period last year. Accumulated exports from January to October came "
     "to US$289.6 billion.", "2025-11-06",
     {"US$7.1 billion": "trade.surplus level period=2025-10 reporter=BR",
      "US$31.9 billion": "trade.exports level period=2025-10 reporter=BR",
      "3.4%": "trade.exports change direction=up basis=yoy period=2025-10",
      "US$24.8 billion": "trade.imports level period=2025-10 reporter=BR",
      "US$52.3 billion": "trade.surplus level period=2025-01/2025-10 reporter=BR",
      "27.5%": "trade.surplus change direction=down basis=yoy period=2025-01/2025-10",
      "US$289.6 billion": "trade.exports level period=2025-01/2025-10 reporter=BR"}),
    # 1 ---- Ireland, CSO goods exports: the month, a revision of the previous month, and
    # the first eight months
    ("Goods exports from Ireland fell 12% to €19.4bn in August compared with the same month "
     "last year, according to preliminary figures from the Central Statistics Office (CSO). "
     "Imports rose 5% year on year to €11.2bn, leaving a trade surplus of €8.2bn.\n"
     "July's export figure was revised to €21.3bn from an initial estimate of €20.7bn.\n"
     "For the first eight months of 2025, exports were valued at €201.5bn, an increase of "
     "31% on January-August 2024, driven by pharmaceutical shipments to the US.",
     "2025-10-15",
     {"12%": "trade.exports change direction=down basis=yoy period=2025-08 reporter=IE",
      "€19.4bn": "trade.exports level period=2025-08 reporter=IE",
      "5%": "trade.imports change direction=up basis=yoy period=2025-08",
      "€11.2bn": "trade.imports level period=2025-08",
      "€8.2bn": "trade.surplus level period=2025-08",
      "€21.3bn": "trade.exports level period=2025-07 modality=actual",
      "€20.7bn": "trade.exports level period=2025-07 modality=previous",
      "€201.5bn": "trade.exports level period=2025-01/2025-08 reporter=IE",
      "31%": "trade.exports change direction=up basis=yoy period=2025-01/2025-08"}),
    # 2 ---- UK, ONS monthly GDP: the month, the month before, the three months, the
    # quarter before, the year-on-year and a forecast for the whole year
    ("UK economy shrinks in September\n\nThe UK economy contracted by 0.1% in September, the "
     "Office for National Statistics (ONS) said on Thursday, after growth of 0.1% in August. "
     "Over the three months to September, gross domestic product grew 0.1% compared with the "
     "previous three months, slower than the 0.3% expansion recorded in the second quarter. "
     "Compared with the same quarter a year ago, GDP was 1.3% larger.\n\nThe Bank of England "
     "expects the economy to grow 1.5% in 2025 as a whole.", "2025-11-13",
     {"0.1%#1": "economy.gdp change direction=down period=2025-09 reporter=GB",
      "0.1%#2": "economy.gdp change direction=up period=2025-08 reporter=GB",
      "0.1%#3": "economy.gdp change direction=up basis=qoq period=2025-07/2025-09",
      "0.3%": "economy.gdp change direction=up period=2025-Q2 reporter=GB",
      "1.3%": "economy.gdp change direction=up basis=yoy period=2025-Q3 reporter=GB",
      "1.5%": "economy.gdp change direction=up period=2025 modality=forecast"}),
    # 3 ---- India, commerce ministry: the month and "April-October FY26" against the
    # corresponding period of the previous fiscal
    ("NEW DELHI: India's merchandise exports rose 6.7% to $36.4 billion in October, while "
     "imports climbed 16.6% to $76.1 billion, widening the trade deficit to a record $39.7 "
     "billion, data released by the commerce ministry on Monday showed.\n\nFor April-October "
     "FY26, exports stood at $254.3 billion, against $252.7 billion in the corresponding "
     "period of the previous fiscal. The deficit in the same period of FY25 was $171.2 "
     "billion.", "2025-11-17",
     {"6.7%": "trade.exports change direction=up period=2025-10 reporter=IN",
      "$36.4 billion": "trade.exports level period=2025-10 reporter=IN",
      "16.6%": "trade.imports change direction=up period=2025-10",
      "$76.1 billion": "trade.imports level period=2025-10",
      "$39.7 billion": "trade.deficit level period=2025-10 reporter=IN",
      "$254.3 billion": "trade.exports level period=2025-04/2025-10 reporter=IN",
      "$252.7 billion": "trade.exports level period=2024-04/2024-10 reporter=IN",
      "$171.2 billion": "trade.deficit level period=2024-04/2024-10 reporter=IN"}),
    # 4 ---- Pakistan, PBS: the first four months of the July-June fiscal year
    ("ISLAMABAD: Pakistan's trade deficit widened 33 percent to $9.4 billion in the first "
     "four months (July-October) of fiscal year 2025-26, compared with $7.1 billion in the "
     "same period of last year, the Pakistan Bureau of Statistics (PBS) said. Exports fell 4 "
     "percent to $10.5 billion during the period, while imports rose 15 percent to $19.9 "
     "billion. In October alone, the deficit stood at $2.7 billion.", "2025-11-04",
     {"33 percent": "trade.deficit change direction=up basis=yoy period=2025-07/2025-10 "
                    "reporter=PK",
      "$9.4 billion": "trade.deficit level period=2025-07/2025-10 reporter=PK",
      "$7.1 billion": "trade.deficit level period=2024-07/2024-10 reporter=PK",
      "4 percent": "trade.exports change direction=down period=2025-07/2025-10",
      "$10.5 billion": "trade.exports level period=2025-07/2025-10",
      "15 percent": "trade.imports change direction=up period=2025-07/2025-10",
      "$19.9 billion": "trade.imports level period=2025-07/2025-10",
      "$2.7 billion": "trade.deficit level period=2025-10 reporter=PK"}),
    # 5 ---- Australia, ABS national accounts: the June and March quarters
    ("SYDNEY, Sept 3 – Australia's economy grew 0.6 per cent in the June quarter, the "
     "Australian Bureau of Statistics said on Wednesday, up from 0.3 per cent in the March "
     "quarter. Through the year, GDP rose 1.8 per cent.\n\nThe current account deficit "
     "narrowed to A$13.7 billion in the three months to June from a revised A$14.9 "
     "billion.", "2025-09-03",
     {"0.6 per cent": "economy.gdp change direction=up period=2025-Q2 reporter=AU",
      "0.3 per cent": "economy.gdp change direction=up period=2025-Q1 reporter=AU",
      "1.8 per cent": "economy.gdp change direction=up period=2025-Q2 reporter=AU",
      "A$13.7 billion": "account.current level period=2025-Q2 reporter=AU",
      "A$14.9 billion": "account.current level period=2025-Q1 reporter=AU"}),
    # 6 ---- Japan, MOF: the first half of fiscal 2025 (April-September) and the month
    ("TOKYO — Japan logged a trade deficit of 2.2 trillion yen in the first half of fiscal "
     "2025 (April–September), the Ministry of Finance said on Thursday, narrowing 37.5% from "
     "a year earlier. Exports in the six months edged up 0.5% to 53.6 trillion yen.\n"
     "In September alone, Japan posted a deficit of 234.6 billion yen, while exports rose "
     "4.2% year-on-year, the first increase in five months.", "2025-10-23",
     {"2.2 trillion yen": "trade.deficit level period=2025-04/2025-09 reporter=JP",
      "37.5%": "trade.deficit change direction=down basis=yoy period=2025-04/2025-09",
      "0.5%": "trade.exports change direction=up period=2025-04/2025-09",
      "53.6 trillion yen": "trade.exports level period=2025-04/2025-09 reporter=JP",
      "234.6 billion yen": "trade.deficit level period=2025-09 reporter=JP",
      "4.2%": "trade.exports change direction=up basis=yoy period=2025-09"}),
    # 7 ---- US, BEA third estimate: annual rates, the revised-from estimate
    ("WASHINGTON (AP) — The U.S. economy grew at a 3.8% annual rate in the April-June "
     "quarter, the Commerce Department said Thursday, revising up its earlier estimate of "
     "3.3%. It was a sharp rebound from the first quarter, when GDP shrank at a 0.6% pace.",
     "2025-09-25",
     {"3.8%": "economy.gdp change direction=up period=2025-Q2 reporter=US",
      "3.3%": "economy.gdp change direction=up period=2025-Q2 modality=previous",
      "0.6%": "economy.gdp change direction=down period=2025-Q1 reporter=US"}),
    # 8 ---- Eurostat preliminary flash: qoq and yoy of one quarter, the quarter before
    ("LUXEMBOURG, Oct 30 - Euro zone GDP rose 0.2% in the third quarter from the previous "
     "three months, Eurostat's preliminary flash estimate showed on Thursday, and was up "
     "1.3% on the same quarter of 2024. In the second quarter, growth had been 0.1% "
     "quarter-on-quarter.", "2025-10-30",
     {"0.2%": "economy.gdp change direction=up basis=qoq period=2025-Q3 reporter=EA",
      "1.3%": "economy.gdp change direction=up basis=yoy period=2025-Q3 reporter=EA",
      "0.1%": "economy.gdp change direction=up basis=qoq period=2025-Q2 reporter=EA"}),
    # 9 ---- Egypt: ten months of the calendar year against a year earlier, and the
    # fiscal year 2024/25 (July-June)
    ("CAIRO, Dec 2 (Reuters) - Egypt's non-oil exports jumped 19% to $36.6 billion in the "
     "first ten months of 2025, compared with $30.8 billion a year earlier, the trade and "
     "industry ministry said on Tuesday.\nIn fiscal year 2024/25, which ended in June, the "
     "current account deficit stood at $15.4 billion, the central bank said.",
     "2025-12-02",
     {"19%": "trade.exports change direction=up basis=yoy period=2025-01/2025-10 reporter=EG",
      "$36.6 billion": "trade.exports level period=2025-01/2025-10 reporter=EG",
      "$30.8 billion": "trade.exports level period=2024-01/2024-10 reporter=EG",
      "$15.4 billion": "account.current level period=2024-07/2025-06 reporter=EG"}),
    # 10 ---- Brazil, IBGE: the twelve-month rate, the month, the year to date and a
    # forecast for the whole of next year
    ("Brazil's 12-month inflation rate slowed to 4.68% in October from 5.17% in September, "
     "the national statistics institute IBGE said on Tuesday. Consumer prices rose 0.09% in "
     "the month. So far this year, consumer prices have risen 3.73%.\n\nEconomists "
     "polled by the central bank expect inflation of 4.2% for the whole of 2026.",
     "2025-11-11",
     {"4.68%": "prices.cpi level period=2025-10 reporter=BR",
      "5.17%": "prices.cpi level period=2025-09 reporter=BR",
      "0.09%": "prices.cpi change direction=up period=2025-10 reporter=BR",
      "3.73%": "prices.cpi change direction=up period=2025-01/2025-10 reporter=BR",
      "4.2%": "prices.cpi level period=2026 modality=forecast"}),
    # 11 ---- UK, ONS trade: the three months to August, the same three months a year
    # before stated in the subject, the month
    ("LONDON, Oct 16 (Reuters) - Britain's goods trade deficit widened to £61.3 billion in "
     "the three months to August, the Office for National Statistics said on Thursday. The "
     "deficit in the same period a year earlier was £55.0 billion. In August alone, goods "
     "imports fell 1.9% on the month to £47.2 billion.", "2025-10-16",
     {"£61.3 billion": "trade.deficit level period=2025-06/2025-08 reporter=GB",
      "£55.0 billion": "trade.deficit level period=2024-06/2024-08 reporter=GB",
      "1.9%": "trade.imports change direction=down basis=mom period=2025-08 reporter=GB",
      "£47.2 billion": "trade.imports level period=2025-08 reporter=GB"}),
    # 12 ---- Pakistan, State Bank: the fiscal year that ended in June, told in a
    # relative clause before the figure
    ("KARACHI: In the fiscal year that ended in June, Pakistan received a record $38.3 "
     "billion in workers' remittances, up 26.6 percent from the previous year, the State "
     "Bank of Pakistan said. Inflows in June totalled $3.4 billion.", "2025-07-10",
     {"$38.3 billion": "other level period=2024-07/2025-06 reporter=PK",
      "26.6 percent": "other change direction=up basis=yoy period=2024-07/2025-06",
      "$3.4 billion": "other level period=2025-06 reporter=PK"}),
    # 13 ---- India, RBI-style: the financial year which ended in March, before the
    # figure; the quarter of the new year
    ("MUMBAI: For the financial year which ended in March, India's current account deficit "
     "narrowed to $23.3 billion, or 0.6 per cent of GDP, from $26.0 billion in 2023-24, "
     "according to Reserve Bank of India data. In the April-June quarter of 2025-26, the "
     "deficit stood at $2.4 billion.", "2025-09-01",
     {"$23.3 billion": "account.current level period=2024-04/2025-03 reporter=IN",
      "0.6 per cent": "account.current share period=2024-04/2025-03",
      "$26.0 billion": "account.current level period=2023-04/2024-03 reporter=IN",
      "$2.4 billion": "account.current level period=2025-Q2 reporter=IN"}),
    # 14 ---- Australia, ABS international trade: the financial year 2024-25, which ended
    # on June 30, and the June quarter
    ("CANBERRA — Australia's goods and services surplus for 2024-25, the financial year "
     "which ended on June 30, came to A$85.6 billion, down from A$121.4 billion in 2023-24, "
     "the Australian Bureau of Statistics said. In the June quarter, the surplus was "
     "A$20.7 billion.", "2025-08-07",
     {"A$85.6 billion": "trade.surplus level period=2024-07/2025-06 reporter=AU",
      "A$121.4 billion": "trade.surplus level period=2023-07/2024-06 reporter=AU",
      "A$20.7 billion": "trade.surplus level period=2025-Q2 reporter=AU"}),
    # 15 ---- Japan, Cabinet Office: a quarter annualized, fiscal-year forecast
    ("TOKYO, Nov 17 (Kyodo) -- Japan's economy shrank an annualized 1.8 percent in the "
     "July-September period, the first contraction in six quarters, the Cabinet Office "
     "said Monday. On a quarter-on-quarter basis, real gross domestic product fell 0.4 "
     "percent. The government expects growth of 0.7 percent for fiscal 2025.",
     "2025-11-17",
     {"1.8 percent": "economy.gdp change direction=down period=2025-Q3 reporter=JP",
      "0.4 percent": "economy.gdp change direction=down basis=qoq period=2025-Q3 reporter=JP",
      "0.7 percent": "economy.gdp change direction=up period=2025-04/2026-03 "
                     "modality=forecast"}),
    # 16 ---- US, Census/BEA trade: the month, the revised previous month, the year to date
    ("WASHINGTON, Sept 4 — The U.S. trade deficit widened 32.5% to $78.3 billion in July, "
     "the Commerce Department said on Thursday. June's deficit was revised to $59.1 billion "
     "from the $60.2 billion reported last month. Year to date, the goods and services "
     "deficit increased 32.4% from the same period in 2024.", "2025-09-04",
     {"32.5%": "trade.deficit change direction=up period=2025-07 reporter=US",
      "$78.3 billion": "trade.deficit level period=2025-07 reporter=US",
      "$59.1 billion": "trade.deficit level period=2025-06 modality=actual",
      "$60.2 billion": "trade.deficit level period=2025-06 modality=previous",
      "32.4%": "trade.deficit change direction=up basis=yoy period=2025-01/2025-07"}),
    # 17 ---- Eurostat flash inflation: the month, the month before, core, a year earlier
    ("Euro area annual inflation is expected to be 2.1% in November 2025, stable compared "
     "with October, according to a flash estimate from Eurostat, the statistical office of "
     "the European Union. A year earlier, the rate had been 2.2%. Services inflation is "
     "expected at 3.5%, up from 3.4% in October.", "2025-12-02",
     {"2.1%": "prices.cpi level period=2025-11 reporter=EA",
      "2.2%": "prices.cpi level period=2024-11 reporter=EA",
      "3.5%": "prices.cpi level period=2025-11 reporter=EA",
      "3.4%": "prices.cpi level period=2025-10 reporter=EA"}),
    # 18 ---- Ireland, CSO GDP: quarter on quarter and on the same quarter, a revision
    ("Irish GDP grew by 1.2% in the third quarter of 2025 compared with the previous "
     "quarter, the Central Statistics Office said. Modified domestic demand, the CSO's "
     "preferred gauge of the domestic economy, rose 1.8% on the quarter and 3.1% on the same "
     "quarter of 2024. Second-quarter GDP growth was revised down to 0.4% from 0.7%.",
     "2025-12-04",
     {"1.2%": "economy.gdp change direction=up basis=qoq period=2025-Q3 reporter=IE",
      "1.8%": "other change direction=up basis=qoq period=2025-Q3 reporter=IE",
      "3.1%": "other change direction=up basis=yoy period=2025-Q3 reporter=IE",
      "0.4%": "economy.gdp change direction=up period=2025-Q2 modality=actual",
      "0.7%": "economy.gdp change direction=up period=2025-Q2 modality=previous"}),
    # 19 ---- Brazil, Secex weekly-cumulative wording: the month so far and the year
    ("SÃO PAULO — Brazilian exports in the first eleven months of 2025 totalled US$316.8 "
     "billion, 1.9% above the US$310.9 billion recorded in January-November 2024, Secex "
     "data showed on Thursday. Imports during the same period of last year had come to "
     "US$241.5 billion. For the whole of 2025, the ministry projects a surplus of US$60.9 "
     "billion.", "2025-12-04",
     {"US$316.8 billion": "trade.exports level period=2025-01/2025-11 reporter=BR",
      "1.9%": "trade.exports change direction=up basis=yoy period=2025-01/2025-11",
      "US$310.9 billion": "trade.exports level period=2024-01/2024-11 reporter=BR",
      "US$241.5 billion": "trade.imports level period=2024-01/2024-11 reporter=BR",
      "US$60.9 billion": "trade.surplus level period=2025 modality=forecast"}),
    # 20 ---- Egypt, CAPMAS monthly inflation and the fiscal year
    ("CAIRO — Egypt's annual urban consumer price inflation slowed to 12.0% in August from "
     "13.9% in July, the statistics agency CAPMAS said on Wednesday. Prices fell 0.1% month "
     "on month. In the 2024/25 fiscal year, which ended in June, inflation averaged 24.2%.",
     "2025-09-10",
     {"12.0%": "prices.cpi level period=2025-08 reporter=EG",
      "13.9%": "prices.cpi level period=2025-07 reporter=EG",
      "0.1%": "prices.cpi change direction=down basis=mom period=2025-08 reporter=EG",
      "24.2%": "prices.cpi level period=2024-07/2025-06 reporter=EG"}),
    # 21 ---- UK, HMRC-style release: a revision of the previous month "published a month
    # ago" (the release date, not the period), the year to date
    ("UK goods exports to non-EU countries rose to £14.6 billion in September, HM Revenue & "
     "Customs said. The August figure was revised up to £13.9 billion from the £13.5 billion "
     "published a month ago. Between January and September, non-EU exports totalled £128.4 "
     "billion, 2.3% less than in the same months of 2024.", "2025-11-13",
     {"£14.6 billion": "trade.exports level period=2025-09 reporter=GB",
      "£13.9 billion": "trade.exports level period=2025-08 modality=actual",
      "£13.5 billion": "trade.exports level period=2025-08 modality=previous",
      "£128.4 billion": "trade.exports level period=2025-01/2025-09 reporter=GB",
      "2.3%": "trade.exports change direction=down basis=yoy period=2025-01/2025-09"}),
    # 22 ---- Canada, StatCan: the month, the previous month revised, "initially reported"
    ("OTTAWA — Canada's merchandise trade deficit narrowed to C$4.9 billion in July from "
     "C$5.9 billion in June, Statistics Canada said on Thursday. June's shortfall was "
     "revised to C$5.9 billion from C$6.3 billion initially reported last month. Exports "
     "rose 0.9% in July, while imports fell 0.7%.", "2025-09-04",
     {"C$4.9 billion": "trade.deficit level period=2025-07 reporter=CA",
      "C$5.9 billion#2": "trade.deficit level period=2025-06 modality=actual",
      "C$6.3 billion": "trade.deficit level period=2025-06 modality=previous",
      "0.9%": "trade.exports change direction=up period=2025-07 reporter=CA",
      "0.7%": "trade.imports change direction=down period=2025-07 reporter=CA"}),
    # 23 ---- Japan, MOF current account: fiscal 2024, which ended in March, and the month
    ("TOKYO (Jiji Press) — Japan's current account surplus in fiscal 2024, which ended in "
     "March, hit a record 30.4 trillion yen, up 16.1 pct from the previous year, the "
     "Finance Ministry said Monday. In March alone, the surplus stood at 3.7 trillion yen.",
     "2025-05-12",
     {"30.4 trillion yen": "account.current level period=2024-04/2025-03 reporter=JP",
      "16.1 pct": "account.current change direction=up basis=yoy period=2024-04/2025-03",
      "3.7 trillion yen": "account.current level period=2025-03 reporter=JP"}),
    # 24 ---- Pakistan, State Bank: the fiscal year which ended on June 30, and the first
    # quarter of the new one
    ("KARACHI: Pakistan posted a current account surplus of $2.1 billion in the fiscal year "
     "which ended on June 30, its first annual surplus in 14 years, the State Bank of "
     "Pakistan said. In the first quarter (July-September) of FY26, the account showed a "
     "deficit of $594 million.", "2025-10-20",
     {"$2.1 billion": "account.current level period=2024-07/2025-06 reporter=PK",
      "$594 million": "account.current level period=2025-07/2025-09 reporter=PK"}),
    # 25 ---- Australia, ABS CPI: the September quarter, the year to it, the quarter before
    ("Australian consumer prices rose 1.3 per cent in the September quarter and 3.2 per "
     "cent over the twelve months to September, the Australian Bureau of Statistics said. "
     "In the June quarter, the index had risen 0.7 per cent.", "2025-10-29",
     {"1.3 per cent": "prices.cpi change direction=up period=2025-Q3 reporter=AU",
      "3.2 per cent": "prices.cpi change direction=up basis=yoy period=2025-09 reporter=AU",
      "0.7 per cent": "prices.cpi change direction=up period=2025-Q2 reporter=AU"}),
    # 26 ---- US, Census retail sales: the month, the previous month's revision, a year
    # earlier
    ("NEW YORK, Oct 15 (Reuters) - U.S. retail sales increased 0.6% in September, the "
     "Commerce Department said. Data for August was revised to show sales rising 0.7% "
     "instead of the previously reported 0.5%. Compared with September last year, retail "
     "sales were up 4.3%.", "2025-10-15",
     {"0.6%": "sales.retail change direction=up period=2025-09 reporter=US",
      "0.7%": "sales.retail change direction=up period=2025-08 modality=actual",
      "0.5%": "sales.retail change direction=up period=2025-08 modality=previous",
      "4.3%": "sales.retail change direction=up basis=yoy period=2025-09 reporter=US"}),
    # 27 ---- Eurostat trade: the month against the same month, January-September, and the
    # same period of 2024 in the subject
    ("The euro area recorded a €12.4 billion surplus in trade in goods with the rest of the "
     "world in September 2025, compared with €10.9 billion in September 2024, Eurostat "
     "said. In January-September 2025, the euro area recorded a surplus of €150.3 billion. "
     "The surplus over the same period of 2024 had been €133.5 billion.", "2025-11-14",
     {"€12.4 billion": "trade.surplus level period=2025-09 reporter=EA",
      "€10.9 billion": "trade.surplus level period=2024-09 reporter=EA",
      "€150.3 billion": "trade.surplus level period=2025-01/2025-09 reporter=EA",
      "€133.5 billion": "trade.surplus level period=2024-01/2024-09 reporter=EA"}),
    # 28 ---- Ireland, CSO CPI: the twelve months to the month, the month, the month before
    ("Irish consumer prices rose by 3.2% in the 12 months to October, up from 2.9% in the "
     "12 months to September, the Central Statistics Office said on Thursday. Prices "
     "increased by 0.4% in October alone, compared with September.", "2025-11-13",
     {"3.2%": "prices.cpi change direction=up basis=yoy period=2025-10 reporter=IE",
      "2.9%": "prices.cpi change direction=up basis=yoy period=2025-09 reporter=IE",
      "0.4%": "prices.cpi change direction=up basis=mom period=2025-10 reporter=IE"}),
    # 29 ---- Brazil, Secex: the twelve months to the month (a flow keeps its span), the
    # month against a year earlier
    ("BRASÍLIA — In the twelve months to November, Brazil's trade surplus reached US$61.2 "
     "billion, according to MDIC. In November alone the surplus was US$5.8 billion, "
     "compared with US$7.0 billion a year earlier.", "2025-12-04",
     {"US$61.2 billion": "trade.surplus level period=2024-12/2025-11 reporter=BR",
      "US$5.8 billion": "trade.surplus level period=2025-11 reporter=BR",
      "US$7.0 billion": "trade.surplus level period=2024-11 reporter=BR"}),
    # 30 ---- Egypt, central bank: the first quarter of fiscal year 2025/26 and the same
    # quarter of the previous fiscal year in the subject
    ("CAIRO — Remittances from Egyptians working abroad rose 28% to $10.6 billion in the "
     "first quarter of fiscal year 2025/26 (July-September), the Central Bank of Egypt said "
     "on Sunday. Inflows during the corresponding quarter of the previous fiscal year "
     "amounted to $8.3 billion.", "2025-11-09",
     {"28%": "other change direction=up period=2025-07/2025-09 reporter=EG",
      "$10.6 billion": "other level period=2025-07/2025-09 reporter=EG",
      "$8.3 billion": "other level period=2024-07/2024-09 reporter=EG"}),
    # 31 ---- UK, ONS public finances: the financial year to date against the same period
    # last year, the month
    ("LONDON — Public sector net borrowing was £17.4 billion in October, the ONS said. "
     "Borrowing in the financial year to October was £116.8 billion, £9.9 billion more than "
     "in the same period last year.", "2025-11-21",
     {"£17.4 billion": "other level period=2025-10 reporter=GB",
      "£116.8 billion": "other level period=2025-04/2025-10 reporter=GB"}),
    # 32 ---- Thailand, commerce ministry: the month against a year earlier, the level a
    # year earlier in the subject, the first ten months
    ("BANGKOK, Nov 24 (Reuters) - Thailand's exports rose 5.7% in October from a year "
     "earlier to $27.4 billion, the commerce ministry said. Exports in the same month last "
     "year stood at $25.9 billion. In the first ten months of the year, shipments grew "
     "12.5%.", "2025-11-24",
     {"5.7%": "trade.exports change direction=up basis=yoy period=2025-10 reporter=TH",
      "$27.4 billion": "trade.exports level period=2025-10 reporter=TH",
      "$25.9 billion": "trade.exports level period=2024-10 reporter=TH",
      "12.5%": "trade.exports change direction=up period=2025-01/2025-10 reporter=TH"}),
    # 33 ---- India, CGA fiscal deficit: the first half of the fiscal year against the
    # budget estimate and the same period of the last fiscal
    ("NEW DELHI: The Centre's fiscal deficit for April-September stood at ₹5.73 lakh "
     "crore, or 36.5% of the full-year budget estimate, data from the Controller General of "
     "Accounts showed. The deficit during the same period of the last fiscal had been 29.4% "
     "of the target.", "2025-10-31",
     {"₹5.73 lakh crore": "other level period=2025-04/2025-09 reporter=IN",
      "36.5%": "other share period=2025-04/2025-09 reporter=IN",
      "29.4%": "other share period=2024-04/2024-09 reporter=IN"}),
    # 34 ---- Brazil, Central Bank: the year's current account, the same month a year
    # before, the twelve months
    ("The Brazilian current account posted a deficit of US$5.1 billion in October, against "
     "US$5.9 billion in October 2024, the Central Bank of Brazil reported. In the 12 months "
     "through October, the deficit reached US$76.9 billion, equivalent to 3.5% of GDP.",
     "2025-11-25",
     {"US$5.1 billion": "account.current level period=2025-10 reporter=BR",
      "US$5.9 billion": "account.current level period=2024-10 reporter=BR",
      "US$76.9 billion": "account.current level period=2024-11/2025-10 reporter=BR",
      "3.5%": "account.current share period=2024-11/2025-10 reporter=BR"}),
    # 35 ---- South Korea, BOK: the month up from a revised value (the month before's)
    ("SEOUL, Sept 5 (Yonhap) -- South Korea's current account surplus reached US$10.8 "
     "billion in July, up from a revised $9.7 billion, the Bank of Korea said Friday. "
     "Goods exports rose 5.7 percent on-year to $58.1 billion in the month.", "2025-09-05",
     {"US$10.8 billion": "account.current level period=2025-07 reporter=KR",
      "$9.7 billion": "account.current level period=2025-06 reporter=KR",
      "5.7 percent": "trade.exports change direction=up basis=yoy period=2025-07 reporter=KR",
      "$58.1 billion": "trade.exports level period=2025-07 reporter=KR"}),
    # 36 ---- Mexico, INEGI: a rate down from an upwardly revised one, a year earlier
    ("MEXICO CITY, Aug 28 — Mexico's unemployment rate fell to 2.7% in July from an upwardly "
     "revised 2.8%, the national statistics agency INEGI said on Thursday. A year earlier "
     "the jobless rate had stood at 2.9%.", "2025-08-28",
     {"2.7%": "labour.unemployment level period=2025-07 reporter=MX",
      "2.8%": "labour.unemployment level period=2025-06 reporter=MX",
      "2.9%": "labour.unemployment level period=2024-07 reporter=MX"}),
    # 37 ---- Japan, METI: a change after a revised one (the month before's)
    ("TOKYO — Japan's industrial output rose 2.2% in September from the previous month, "
     "after a revised 1.5% decline in August, data from the Ministry of Economy, Trade and "
     "Industry showed. Manufacturers expect output to rise 1.9% in October.", "2025-10-31",
     {"2.2%": "output.industrial change direction=up basis=mom period=2025-09 reporter=JP",
      "1.5%": "output.industrial change direction=down period=2025-08 reporter=JP",
      "1.9%": "output.industrial change direction=up period=2025-10 modality=forecast"}),
    # 38 ---- New Zealand, Stats NZ: a quarter after a revised one
    ("WELLINGTON — New Zealand's economy shrank 0.9 percent in the June quarter, after a "
     "revised 0.9 percent rise in the March quarter, Stats NZ said. The annual current "
     "account deficit narrowed to NZ$22.6 billion in the year to June from a downwardly "
     "revised NZ$23.9 billion in the year to March.", "2025-09-18",
     {"0.9 percent#1": "economy.gdp change direction=down period=2025-Q2 reporter=NZ",
      "0.9 percent#2": "economy.gdp change direction=up period=2025-Q1 reporter=NZ",
      "NZ$22.6 billion": "account.current level period=2024-07/2025-06 reporter=NZ",
      "NZ$23.9 billion": "account.current level period=2024-04/2025-03 reporter=NZ"}),
    # 39 ---- US, Census housing: a monthly change to a seasonally adjusted annual rate
    # (the annual rate names the level, not a year-on-year basis), the revised month before
    ("WASHINGTON, Nov 19 — U.S. housing starts rose 5.2% to a seasonally adjusted annual "
     "rate of 1.31 million units in October, the Commerce Department said on Wednesday. "
     "Starts for September were revised down to 1.24 million units. Compared with October "
     "last year, groundbreaking was 2.1% lower.", "2025-11-19",
     {"5.2%": "other change direction=up basis=- period=2025-10 reporter=US",
      "1.31 million units": "other level period=2025-10 reporter=US",
      "1.24 million units": "other level period=2025-09 reporter=US",
      "2.1%": "other change direction=down basis=yoy period=2025-10 reporter=US"}),
    # 40 ---- US, NAR / Census home sales: two monthly changes to annual rates
    ("Sales of new single-family homes in the United States jumped 20.5% in August to a "
     "seasonally adjusted annual rate of 800,000 units, the highest since early 2022, the "
     "Census Bureau said. Existing home sales, reported separately by the National "
     "Association of Realtors, increased 1.5% in September to an annualized rate of 4.06 "
     "million units.", "2025-10-23",
     {"20.5%": "other change direction=up basis=- period=2025-08 reporter=US",
      "800,000 units": "other level period=2025-08 reporter=US",
      "1.5%": "other change direction=up basis=- period=2025-09"}),
    # 41 ---- Brazil, MDIC in translation: "in the year, ... accumulate" is the months
    # reported, not the whole year
    ("Brazilian exports rose 9.1% in October to US$31.9 billion, MDIC reported. In the "
     "year, exports accumulate US$289.6 billion and imports US$237.2 billion.", "2025-11-06",
     {"9.1%": "trade.exports change direction=up period=2025-10 reporter=BR",
      "US$31.9 billion": "trade.exports level period=2025-10 reporter=BR",
      "US$289.6 billion": "trade.exports level period=2025-01/2025-10 reporter=BR",
      "US$237.2 billion": "trade.imports level period=2025-01/2025-10 reporter=BR"}),
    # 42 ---- Argentina, INDEC: "so far in 2025" after the month
    ("BUENOS AIRES — Argentina's exports reached US$7.1 billion in October, up 14% from a "
     "year earlier, INDEC said on Wednesday. So far in 2025, exports total US$66.3 billion "
     "and the trade surplus stands at US$9.0 billion.", "2025-11-19",
     {"US$7.1 billion": "trade.exports level period=2025-10 reporter=AR",
      "14%": "trade.exports change direction=up basis=yoy period=2025-10 reporter=AR",
      "US$66.3 billion": "trade.exports level period=2025-01/2025-10 reporter=AR",
      "US$9.0 billion": "trade.surplus level period=2025-01/2025-10 reporter=AR"}),
    # 43 ---- Chile, central bank: the quarter and "this year, ... has accumulated"; a
    # forecast for the year stays the year
    ("SANTIAGO — Chile's copper exports fell to US$11.6 billion in the third quarter, the "
     "central bank said. This year, copper shipments have accumulated US$38.2 billion. The "
     "bank expects total exports of US$104 billion in 2025.", "2025-10-20",
     {"US$11.6 billion": "trade.exports level period=2025-Q3 reporter=CL",
      "US$38.2 billion": "trade.exports level period=2025-01/2025-09 reporter=CL",
      "US$104 billion": "trade.exports level period=2025 modality=forecast"}),
    # 44 ---- Japan, MOF: "fiscal 2024 through March" (the month ends the fiscal year)
    ("TOKYO — Japan's exports in fiscal 2024 through March rose 4.4% to a record 108.8 "
     "trillion yen, the Finance Ministry said, while the trade deficit for the year shrank "
     "to 5.2 trillion yen. In March alone, exports rose 3.9%.", "2025-04-17",
     {"4.4%": "trade.exports change direction=up period=2024-04/2025-03 reporter=JP",
      "108.8 trillion yen": "trade.exports level period=2024-04/2025-03 reporter=JP",
      "3.9%": "trade.exports change direction=up period=2025-03 reporter=JP"}),
    # 45 ---- Australia, resources department: "the 2024-25 financial year to June"
    ("CANBERRA — Australia's iron ore export earnings in the 2024-25 financial year to June "
     "fell 12% to A$116 billion, the resources department said in its quarterly outlook. "
     "Iron ore exports are forecast to ease to A$105 billion in 2025-26.", "2025-10-02",
     {"12%": "trade.exports change direction=down period=2024-07/2025-06 reporter=AU",
      "A$116 billion": "trade.exports level period=2024-07/2025-06 reporter=AU",
      "A$105 billion": "trade.exports level period=2025-07/2026-06 modality=forecast"}),
    # 46 ---- India, commerce ministry: "FY25 through March", then the new year's months
    ("NEW DELHI: India's merchandise exports in FY25 through March were a record $437.4 "
     "billion, the commerce ministry said. In April-June of FY26, exports rose 1.9% to "
     "$112.2 billion.", "2025-07-15",
     {"$437.4 billion": "trade.exports level period=2024-04/2025-03 reporter=IN",
      "1.9%": "trade.exports change direction=up period=2025-04/2025-06 reporter=IN",
      "$112.2 billion": "trade.exports level period=2025-04/2025-06 reporter=IN"}),
    # 47 ---- US, Census: a calendar "2025 through September" stays the year to September
    ("WASHINGTON — U.S. goods exports in 2025 through September rose 6.2% to $1.6 "
     "trillion, Census Bureau figures showed.", "2025-11-20",
     {"6.2%": "trade.exports change direction=up period=2025-01/2025-09 reporter=US",
      "$1.6 trillion": "trade.exports level period=2025-01/2025-09 reporter=US"}),
    # 48 ---- Brazil, IBGE in translation: "in the monthly comparison" and "in the annual
    # comparison" in one sentence, each its own basis
    ("RIO DE JANEIRO — Industrial production in Brazil fell 0.4% in September in the "
     "monthly comparison and rose 2.0% in the annual comparison, IBGE reported. In the year "
     "to date, output accumulated growth of 1.1%.", "2025-11-04",
     {"0.4%": "output.industrial change direction=down basis=mom period=2025-09 reporter=BR",
      "2.0%": "output.industrial change direction=up basis=yoy period=2025-09 reporter=BR",
      "1.1%": "output.industrial change direction=up period=2025-01/2025-09 reporter=BR"}),
    # 49 ---- Peru, INEI in translation: "in the yearly comparison", "in the quarterly
    # comparison"
    ("LIMA — Peru's economy grew 3.4% in the third quarter in the yearly comparison, and "
     "0.6% in the quarterly comparison, the INEI statistics institute said on Friday.",
     "2025-11-14",
     {"3.4%": "economy.gdp change direction=up basis=yoy period=2025-Q3 reporter=PE",
      "0.6%": "economy.gdp change direction=up basis=qoq period=2025-Q3 reporter=PE"}),
    # 50 ---- Colombia, DANE in translation: "in annual comparison"
    ("BOGOTÁ — Colombia's retail sales grew 12.1% in September in annual comparison, the "
     "statistics department DANE said.", "2025-11-14",
     {"12.1%": "sales.retail change direction=up basis=yoy period=2025-09 reporter=CO"}),
    # 51 ---- Japan, Cabinet Office revision with a forecast for the quarter under way
    # ("the October-December quarter" in a December story is this year's)
    ("TOKYO, Dec 8 (Reuters) - Japan's economy shrank an annualized 2.3% in the "
     "July-September quarter, revised from a preliminary 1.8% contraction, Cabinet Office "
     "data showed on Monday. Economists expect the economy to grow an annualized 0.9% in "
     "the October-December quarter.", "2025-12-08",
     {"2.3%": "economy.gdp change direction=down period=2025-Q3 reporter=JP",
      "1.8%": "economy.gdp change direction=down period=2025-Q3 modality=previous",
      "0.9%": "economy.gdp change direction=up period=2025-Q4 modality=forecast"}),
    # 52 ---- Australia, ABS national accounts with a forecast for "the December quarter"
    ("SYDNEY — Australia's economy grew 0.4 per cent in the September quarter, the ABS said "
     "on Wednesday, and economists expect 0.5 per cent growth in the December quarter.",
     "2025-12-03",
     {"0.4 per cent": "economy.gdp change direction=up period=2025-Q3 reporter=AU",
      "0.5 per cent": "economy.gdp change direction=up period=2025-Q4 modality=forecast"}),
    # 53 ---- Germany, Destatis with forecasts for the fourth quarter and the
    # October-December period
    ("BERLIN — German exports rose 1.4% in October from September, Destatis said. "
     "Economists expect industrial output to stagnate in the fourth quarter, while exports "
     "are expected to rise 0.8% in the October-December period.", "2025-12-09",
     {"1.4%": "trade.exports change direction=up basis=mom period=2025-10 reporter=DE",
      "0.8%": "trade.exports change direction=up period=2025-10/2025-12 "
              "modality=forecast"}),
]

XFAIL: dict[tuple[str, str], str] = {
    ("Euro area annual inflation", "2.2%"):
        "reporter: 'the statistical office of the European Union' makes later figures EU",
    ("Euro area annual inflation", "3.5%"):
        "reporter: 'the statistical office of the European Union' makes later figures EU",
    ("Euro area annual inflation", "3.4%"):
        "reporter: 'the statistical office of the European Union' makes later figures EU",
    ("NEW DELHI: The Centre's fiscal deficit", "29.4%"):
        "role: 'had been 29.4% of the target' (a share of a budget target) reads as a level",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_periods3(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_as_scored(text, published, figure, spec)
