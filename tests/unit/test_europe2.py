"""Hunt europe2: European statistical bulletins and their press copies. Whole short stories
written for this test (own wording; figures close to real releases) in the manner of Agerpres
on Romania's INS ("FOB exports ... CIF imports", "the period 1.I-30.IX 2024", lei and euro),
Irish papers on the CSO ("seasonally adjusted", "Chapter 30"), TASR on the Slovak statistics
office, French customs ("Douanes"), dpa-AFX on Destatis ("calendar and seasonally adjusted",
EU member states and third countries), CTK, MTI, Lusa-style Portuguese copy, ELSTAT, the
Baltic wires (BNS, LETA), the Nordic statistics offices, Eurostat, STA and BTA.

Each story is (text, published, {figure text: "metric role field=value ..."}) as in
tests/helpers.py ('-' is null, '_' a space); ``src`` names the source entity by its canonical
name (``src=-``: no source). Only the fields named are checked.
"""

from __future__ import annotations

import pytest
from helpers import (
    check_entity_value,
    check_fact_spec_with_source,
    entity_case_params,
    fact_spec_params,
)

INS = "src=National_Institute_of_Statistics"
CSO = "src=Central_Statistics_Office"
SK = "src=Statistical_Office_of_the_Slovak_Republic"
ELSTAT = "src=Hellenic_Statistical_Authority"
KSH = "src=Hungarian_Central_Statistical_Office"
CZSO = "src=Czech_Statistical_Office"
NINE = "period=2024-01/2024-09"

STORIES = [
    # 0 ---- Agerpres on INS: nine months written "1.I-30.IX", FOB/CIF, lei and euro, intra-EU27
    ("Romania's trade deficit widens in first nine months\n\n"
     "Bucharest, Nov 11 /Agerpres/ - FOB exports carried out in the period 1.I-30.IX 2024 "
     "amounted to 62.89 billion euros, while CIF imports reached 82.25 billion euros, the "
     "National Institute of Statistics (INS) informed on Monday. Compared to the period "
     "1.I-30.IX 2023, exports decreased by 1.6% and imports increased by 2.5%. The trade deficit "
     "(FOB/CIF) in the first nine months was 19.36 billion euros, 2.87 billion euros higher than "
     "in the same period of the previous year.\n\n"
     "Expressed in lei, FOB exports totalled 312.91 billion lei and CIF imports 409.25 billion "
     "lei, with a deficit of 96.34 billion lei.\n\n"
     "In September 2024, FOB exports were 7.25 billion euros and CIF imports 9.63 billion "
     "euros, resulting in a deficit of 2.38 billion euros.\n\n"
     "In the first nine months, the value of intra-EU27 trade in goods was 45.71 billion euros "
     "at exports and 58.66 billion euros at imports, representing 72.7% of total exports and "
     "71.3% of total imports.", "2024-11-11",
     {"62.89 billion euros": f"trade.exports level {NINE} reporter=RO {INS}",
      "82.25 billion euros": f"trade.imports level {NINE} reporter=RO {INS}",
      "1.6%": f"trade.exports change direction=down basis=yoy {NINE} reporter=RO",
      "2.5%": f"trade.imports change direction=up basis=yoy {NINE} reporter=RO",
      "19.36 billion euros": f"trade.deficit level {NINE} reporter=RO {INS}",
      "2.87 billion euros": f"trade.deficit change direction=up basis=yoy {NINE} reporter=RO",
      "312.91 billion lei": f"trade.exports level {NINE} reporter=RO",
      "409.25 billion lei": f"trade.imports level {NINE} reporter=RO",
      "96.34 billion lei": f"trade.deficit level {NINE} reporter=RO",
      "7.25 billion euros": "trade.exports level period=2024-09 reporter=RO",
      "9.63 billion euros": "trade.imports level period=2024-09 reporter=RO",
      "2.38 billion euros": "trade.deficit level period=2024-09 reporter=RO",
      "45.71 billion euros": f"trade.exports level {NINE} reporter=RO partner=EU",
      "58.66 billion euros": f"trade.imports level {NINE} reporter=RO partner=EU",
      "72.7%": f"trade.exports share {NINE} reporter=RO partner=EU",
      "71.3%": f"trade.imports share {NINE} reporter=RO partner=EU"}),
    # 1 ---- Irish paper on the CSO: a seasonally adjusted month, then nine months unadjusted
    ("Pharma exports drive 19% jump in Irish goods sales\n\n"
     "DUBLIN - Seasonally adjusted goods exports from Ireland rose by 19% to EUR 21.6 billion "
     "in September compared with August, the Central Statistics Office (CSO) said on Friday. "
     "Imports, also seasonally adjusted, slipped 3% to EUR 10.1 billion, leaving a trade surplus "
     "of EUR 11.5 billion for the month.\n\n"
     "On an unadjusted basis, exports in the first nine months of 2024 were valued at EUR 168.2 "
     "billion, an increase of 2% on the same period of 2023. Medical and pharmaceutical "
     "products (Chapter 30) made up EUR 71.4 billion of the total, up 14%. Exports to the "
     "United States were worth EUR 51.3 billion in the nine months, accounting for 30.5% of all "
     "goods exports.\n\n"
     "Goods exports to Great Britain fell by 7% to EUR 10.9 billion over the same period, the "
     "CSO said.", "2024-11-15",
     {"19%": f"trade.exports change direction=up period=2024-09 reporter=IE {CSO}",
      "EUR 21.6 billion": "trade.exports level period=2024-09 reporter=IE",
      "3%": "trade.imports change direction=down period=2024-09 reporter=IE",
      "EUR 10.1 billion": "trade.imports level period=2024-09 reporter=IE",
      "EUR 11.5 billion": f"trade.surplus level period=2024-09 reporter=IE {CSO}",
      "EUR 168.2 billion": f"trade.exports level {NINE} reporter=IE",
      "2%": f"trade.exports change direction=up basis=yoy {NINE} reporter=IE",
      "EUR 71.4 billion": f"trade.exports level {NINE} reporter=IE "
                          "product=Medical_and_pharmaceutical_products",
      "14%": f"trade.exports change direction=up {NINE} reporter=IE "
             "product=Medical_and_pharmaceutical_products",
      "EUR 51.3 billion": f"trade.exports level {NINE} reporter=IE partner=US",
      "30.5%": f"trade.exports share {NINE} reporter=IE partner=US",
      "7%": f"trade.exports change direction=down {NINE} reporter=IE partner=GB {CSO}",
      "EUR 10.9 billion": f"trade.exports level {NINE} reporter=IE partner=GB"}),
    # 2 ---- TASR: a quarter first, then its last month, then the year to date ("July-September"
    # is read as the month span, the same interval as 2024-Q3 for the scorer)
    ("Bratislava, November 8 (TASR) - Slovakia's foreign trade ended the third quarter of 2024 "
     "with a surplus of €1.12 billion, the Statistics Office (ŠÚ SR) reported on Friday. "
     "Exports in July-September fell by 2.8% year-on-year to €25.4 billion, while imports "
     "declined by 4.1% to €24.3 billion. In September alone, the trade balance was positive at "
     "€412.7 million, with exports up 1.5% at €9.1 billion. From January to September, the "
     "surplus totalled €2.9 billion, down by €1.4 billion compared with the same period of "
     "2023.", "2024-11-08",
     {"€1.12 billion": f"trade.surplus level period=2024-Q3 reporter=SK {SK}",
      "2.8%": "trade.exports change direction=down basis=yoy period=2024-07/2024-09 reporter=SK",
      "€25.4 billion": "trade.exports level period=2024-07/2024-09 reporter=SK",
      "4.1%": "trade.imports change direction=down basis=yoy period=2024-07/2024-09 reporter=SK",
      "€24.3 billion": "trade.imports level period=2024-07/2024-09 reporter=SK",
      "€412.7 million": f"trade.surplus level period=2024-09 reporter=SK {SK}",
      "1.5%": "trade.exports change direction=up period=2024-09 reporter=SK",
      "€9.1 billion": "trade.exports level period=2024-09 reporter=SK",
      "€2.9 billion": f"trade.surplus level {NINE} reporter=SK",
      "€1.4 billion": f"trade.surplus change direction=down basis=yoy {NINE} reporter=SK"}),
    # 3 ---- French customs copy: a revised month, a quarter against a quarter, twelve months
    ("France's trade deficit narrows in September\n\n"
     "PARIS - France's deficit in trade in goods shrank to 7.7 billion euros in September from "
     "a revised 8.3 billion euros in August, data from the customs service (Douanes) showed on "
     "Thursday. Exports edged up 0.6% over the month to 49.1 billion euros, while imports were "
     "broadly stable at 56.8 billion euros. Over the third quarter, the deficit reached 22.5 "
     "billion euros, against 19.6 billion euros in the second quarter. Over the last twelve "
     "months, the cumulative deficit stood at 80.3 billion euros.\n\n"
     "Foreign Trade Minister Sophie Primas said aeronautics sales had been strong.",
     "2024-11-07",
     {"7.7 billion euros": "trade.deficit level period=2024-09 reporter=FR "
                           "src=Directorate_General_of_Customs",
      "8.3 billion euros": "trade.deficit level period=2024-08 reporter=FR modality=actual",
      "0.6%": "trade.exports change direction=up basis=mom period=2024-09 reporter=FR",
      "49.1 billion euros": "trade.exports level period=2024-09 reporter=FR",
      "56.8 billion euros": "trade.imports level period=2024-09 reporter=FR",
      "22.5 billion euros": "trade.deficit level period=2024-Q3 reporter=FR",
      "19.6 billion euros": "trade.deficit level period=2024-Q2 reporter=FR",
      "80.3 billion euros": "trade.deficit level reporter=FR"}),
    # 4 ---- dpa-AFX on Destatis: adjusted month, a poll, EU member states and third countries
    ("German exports unexpectedly fall in September\n\n"
     "WIESBADEN (dpa-AFX) - German exports fell 1.7% in September compared with August on a "
     "calendar and seasonally adjusted basis, the Federal Statistical Office (Destatis) "
     "reported on Friday. Economists had expected a decline of 0.9%. Imports rose 2.1% over the "
     "month. Exports were worth 128.2 billion euros, imports 111.2 billion euros. The foreign "
     "trade balance showed a surplus of 17.0 billion euros, after 21.4 billion euros in "
     "August.\n\n"
     "Compared with September 2023, exports fell 0.8%. Goods worth 70.0 billion euros went to "
     "EU member states, 2.4% less than in August. Exports to third countries (non-EU) dropped "
     "1.3% to 58.2 billion euros. The United States was again the largest buyer, taking goods "
     "worth 13.1 billion euros, down 2.9% from the previous month. Exports to China fell 3.7% "
     "to 6.8 billion euros.", "2024-11-08",
     {"1.7%": "trade.exports change direction=down basis=mom period=2024-09 reporter=DE "
              "src=Federal_Statistical_Office",
      "0.9%": "trade.exports change direction=down period=2024-09 modality=forecast src=-",
      "2.1%": "trade.imports change direction=up basis=mom period=2024-09 reporter=DE",
      "128.2 billion euros": "trade.exports level period=2024-09 reporter=DE",
      "111.2 billion euros": "trade.imports level period=2024-09 reporter=DE",
      "17.0 billion euros": "trade.surplus level period=2024-09 reporter=DE",
      "21.4 billion euros": "trade.surplus level period=2024-08 reporter=DE",
      "0.8%": "trade.exports change direction=down basis=yoy period=2024-09 reporter=DE",
      "70.0 billion euros": "trade.exports level period=2024-09 reporter=DE partner=EU",
      "2.4%": "trade.exports change direction=down basis=mom period=2024-09 partner=EU",
      "1.3%": "trade.exports change direction=down period=2024-09 reporter=DE partner=-",
      "58.2 billion euros": "trade.exports level period=2024-09 reporter=DE partner=-",
      "13.1 billion euros": "trade.exports level period=2024-09 reporter=DE partner=US",
      "2.9%": "trade.exports change direction=down basis=mom period=2024-09 partner=US",
      "3.7%": "trade.exports change direction=down period=2024-09 reporter=DE partner=CN",
      "6.8 billion euros": "trade.exports level period=2024-09 reporter=DE partner=CN"}),
    # 5 ---- CTK on the CZSO: crowns, EU and non-EU balances, a product surplus, year to date
    ("PRAGUE (CTK) - The Czech Republic's foreign trade in goods ended October with a surplus "
     "of 15.3 billion crowns, 6.8 billion crowns less than a year earlier, the Czech "
     "Statistical Office (CZSO) said on Thursday. Exports rose by 4.2% year on year to 405.6 "
     "billion crowns and imports grew by 6.0% to 390.3 billion crowns. The balance of trade "
     "with EU countries ended in a surplus of 67.4 billion crowns, while the deficit with "
     "non-EU countries deepened to 52.1 billion crowns. Trade in motor vehicles produced a "
     "surplus of 42.9 billion crowns, the CZSO said.\n\n"
     "Since the start of the year, the trade surplus has reached 189.5 billion crowns.",
     "2024-12-05",
     {"15.3 billion crowns": f"trade.surplus level period=2024-10 reporter=CZ {CZSO}",
      "6.8 billion crowns": "trade.surplus change direction=down basis=yoy period=2024-10 "
                            "reporter=CZ",
      "4.2%": "trade.exports change direction=up basis=yoy period=2024-10 reporter=CZ",
      "405.6 billion crowns": "trade.exports level period=2024-10 reporter=CZ",
      "6.0%": "trade.imports change direction=up basis=yoy period=2024-10 reporter=CZ",
      "390.3 billion crowns": "trade.imports level period=2024-10 reporter=CZ",
      "67.4 billion crowns": "trade.surplus level period=2024-10 reporter=CZ partner=EU",
      "52.1 billion crowns": "trade.deficit level period=2024-10 reporter=CZ partner=-",
      "42.9 billion crowns": f"trade.surplus level period=2024-10 reporter=CZ "
                             f"product=motor_vehicles {CZSO}",
      "189.5 billion crowns": "trade.surplus level period=2024-01/2024-10 reporter=CZ"}),
    # 6 ---- MTI on KSH: "respectively", a change of the surplus, a share of EU partners
    ("Hungary's trade surplus narrows in September\n\n"
     "BUDAPEST (MTI) - Hungary's trade in goods showed a surplus of EUR 1,005 million in "
     "September, EUR 246 million less than a year earlier, according to the first estimate of "
     "the Hungarian Central Statistical Office (KSH) published on Thursday. The value of "
     "exports was EUR 12.4 billion and that of imports EUR 11.4 billion, down by 3.1% and 1.2%, "
     "respectively, compared with September 2023. In the first nine months of the year, the "
     "surplus reached EUR 9.4 billion. Trade with EU member states accounted for 75% of "
     "exports.", "2024-11-07",
     {"EUR 1,005 million": f"trade.surplus level period=2024-09 reporter=HU {KSH}",
      "EUR 246 million": "trade.surplus change direction=down basis=yoy period=2024-09 "
                         "reporter=HU",
      "EUR 12.4 billion": "trade.exports level period=2024-09 reporter=HU",
      "EUR 11.4 billion": "trade.imports level period=2024-09 reporter=HU",
      "3.1%": "trade.exports change direction=down basis=yoy period=2024-09 reporter=HU",
      "1.2%": "trade.imports change direction=down basis=yoy period=2024-09 reporter=HU",
      "EUR 9.4 billion": f"trade.surplus level {NINE} reporter=HU",
      "75%": f"trade.exports share {NINE} reporter=HU partner=EU"}),
    # 7 ---- Portuguese copy of INE: a quarter, then its month, a partner share
    ("Portuguese exports fall 2.7% in the third quarter\n\n"
     "LISBON - Exports of goods from Portugal decreased by 2.7% in the third quarter of 2024 "
     "compared with the same period of the previous year, while imports rose by 1.8%, "
     "Statistics Portugal (INE) said on Monday. In September, exports fell by 4.1% and imports "
     "increased by 3.5% year on year, producing a trade deficit of 2.3 billion euros, 383 "
     "million euros more than in September 2023. Spain remained the main customer, taking "
     "26.1% of exports in the quarter.", "2024-11-11",
     {"2.7%": "trade.exports change direction=down period=2024-Q3 reporter=PT "
              "src=Statistics_Portugal",
      "1.8%": "trade.imports change direction=up basis=yoy period=2024-Q3 reporter=PT",
      "4.1%": "trade.exports change direction=down basis=yoy period=2024-09 reporter=PT",
      "3.5%": "trade.imports change direction=up basis=yoy period=2024-09 reporter=PT",
      "2.3 billion euros": "trade.deficit level period=2024-09 reporter=PT "
                           "src=Statistics_Portugal",
      "383 million euros": "trade.deficit change direction=up basis=yoy period=2024-09 "
                           "reporter=PT",
      "26.1%": "trade.exports share period=2024-Q3 reporter=PT partner=ES"}),
    # 8 ---- ELSTAT copy: the year-ago deficit, petroleum products excluded, nine months
    ("Greek trade deficit widens in September\n\n"
     "ATHENS - Greece's trade deficit widened to 2.91 billion euros in September from 2.58 "
     "billion euros in the same month last year, the Hellenic Statistical Authority (ELSTAT) "
     "announced on Thursday. Exports fell 6.4% to 3.62 billion euros, while imports rose 3.5% "
     "to 6.53 billion euros. Excluding petroleum products, exports increased by 4.2% and "
     "imports by 7.9%. In the January-September period, the deficit reached 24.1 billion euros, "
     "an increase of 1.1% from the corresponding period of 2023.", "2024-11-14",
     {"2.91 billion euros": f"trade.deficit level period=2024-09 reporter=GR {ELSTAT}",
      "2.58 billion euros": "trade.deficit level period=2023-09 reporter=GR",
      "6.4%": "trade.exports change direction=down period=2024-09 reporter=GR",
      "3.62 billion euros": "trade.exports level period=2024-09 reporter=GR",
      "3.5%": "trade.imports change direction=up period=2024-09 reporter=GR",
      "6.53 billion euros": "trade.imports level period=2024-09 reporter=GR",
      "4.2%": "trade.exports change direction=up period=2024-09 reporter=GR",
      "7.9%": "trade.imports change direction=up period=2024-09 reporter=GR",
      "24.1 billion euros": f"trade.deficit level {NINE} reporter=GR {ELSTAT}",
      "1.1%": f"trade.deficit change direction=up basis=yoy {NINE} reporter=GR"}),
    # 9 ---- BNS on Statistics Estonia: "exported goods for", a product share
    ("Estonian exports of goods fell in October\n\n"
     "TALLINN (BNS) - In October 2024, Estonia exported goods for 1.54 billion euros and "
     "imported goods for 1.84 billion euros at current prices, Statistics Estonia said. "
     "Compared with October 2023, exports decreased by 6% and imports by 3%. The trade deficit "
     "was 304 million euros, 22 million euros bigger than a year earlier. Electrical equipment "
     "was the largest export commodity section, accounting for 17% of total exports.",
     "2024-12-09",
     {"1.54 billion euros": "trade.exports level period=2024-10 reporter=EE "
                            "src=Statistics_Estonia",
      "1.84 billion euros": "trade.imports level period=2024-10 reporter=EE",
      "6%": "trade.exports change direction=down basis=yoy period=2024-10 reporter=EE",
      "3%": "trade.imports change direction=down basis=yoy period=2024-10 reporter=EE",
      "304 million euros": "trade.deficit level period=2024-10 reporter=EE "
                           "src=Statistics_Estonia",
      "22 million euros": "trade.deficit change direction=up basis=yoy period=2024-10 "
                          "reporter=EE",
      "17%": "trade.exports share period=2024-10 reporter=EE product=Electrical_equipment"}),
    # 10 ---- LETA on the CSB: turnover, a negative balance written in words, partner shares
    ("RIGA (LETA) - Latvia's foreign trade turnover in September 2024 amounted to 3.06 billion "
     "euros at current prices, which is 4.8% less than in September 2023, the Central "
     "Statistical Bureau (CSB) reported. Exports fell by 3.2% to 1.41 billion euros, while "
     "imports dropped by 6.1% to 1.65 billion euros. The foreign trade balance was negative at "
     "240.3 million euros. Lithuania remained the top export partner, with 16.8% of total "
     "exports, followed by Estonia (10.9%).", "2024-11-11",
     {"3.06 billion euros": "trade.total level period=2024-09 reporter=LV "
                            "src=Central_Statistical_Bureau_of_Latvia",
      "4.8%": "trade.total change direction=down basis=yoy period=2024-09 reporter=LV",
      "3.2%": "trade.exports change direction=down period=2024-09 reporter=LV",
      "1.41 billion euros": "trade.exports level period=2024-09 reporter=LV",
      "6.1%": "trade.imports change direction=down period=2024-09 reporter=LV",
      "1.65 billion euros": "trade.imports level period=2024-09 reporter=LV",
      "240.3 million euros": "trade.deficit level period=2024-09 reporter=LV",
      "16.8%": "trade.exports share period=2024-09 reporter=LV partner=LT",
      "10.9%": "trade.exports share period=2024-09 reporter=LV partner=EE"}),
    # 11 ---- BNS on Statistics Lithuania: nine months, goods of Lithuanian origin, three
    # partners' shares "respectively"
    ("VILNIUS (BNS) - Lithuania's exports of goods in the first nine months of 2024 totalled "
     "31.2 billion euros, down 2.1% from a year ago, the State Data Agency said on Wednesday. "
     "Imports shrank 3.4% to 34.6 billion euros. Exports of goods of Lithuanian origin, which "
     "exclude re-exports, fell 1.5% to 18.9 billion euros. The main export destinations were "
     "Latvia, Poland and Germany, which received 11.6%, 8.7% and 8.0% of the total, "
     "respectively.", "2024-11-20",
     {"31.2 billion euros": f"trade.exports level {NINE} reporter=LT src=State_Data_Agency",
      "2.1%": f"trade.exports change direction=down basis=yoy {NINE} reporter=LT",
      "3.4%": f"trade.imports change direction=down {NINE} reporter=LT",
      "34.6 billion euros": f"trade.imports level {NINE} reporter=LT",
      "1.5%": f"trade.exports change direction=down {NINE} reporter=LT",
      "18.9 billion euros": f"trade.exports level {NINE} reporter=LT",
      "11.6%": f"trade.exports share {NINE} reporter=LT partner=LV",
      "8.7%": f"trade.exports share {NINE} reporter=LT partner=PL",
      "8.0%": f"trade.exports share {NINE} reporter=LT partner=DE"}),
    # 12 ---- Statistics Sweden: kronor, EU and non-EU balances, a seasonally adjusted month
    ("Sweden's trade surplus grows in October\n\n"
     "STOCKHOLM - Sweden's goods trade balance showed a surplus of 6.7 billion kronor in "
     "October, compared with a surplus of 2.9 billion kronor in October 2023, Statistics Sweden "
     "(SCB) said on Monday. Exports of goods rose 3% to 169.4 billion kronor and imports "
     "increased 1% to 162.7 billion kronor. Trade with EU countries showed a deficit of 5.4 "
     "billion kronor, while trade with non-EU countries produced a surplus of 12.1 billion "
     "kronor. Seasonally adjusted, exports decreased by 0.8% compared with September.",
     "2024-11-18",
     {"6.7 billion kronor": "trade.surplus level period=2024-10 reporter=SE "
                            "src=Statistics_Sweden",
      "2.9 billion kronor": "trade.surplus level period=2023-10 reporter=SE",
      "3%": "trade.exports change direction=up period=2024-10 reporter=SE",
      "169.4 billion kronor": "trade.exports level period=2024-10 reporter=SE",
      "1%": "trade.imports change direction=up period=2024-10 reporter=SE",
      "162.7 billion kronor": "trade.imports level period=2024-10 reporter=SE",
      "5.4 billion kronor": "trade.deficit level period=2024-10 reporter=SE partner=EU",
      "12.1 billion kronor": "trade.surplus level period=2024-10 reporter=SE partner=-",
      "0.8%": "trade.exports change direction=down basis=mom period=2024-10 reporter=SE"}),
    # 13 ---- Statistics Norway: crowns from Oslo, natural gas, mainland exports, fish
    ("Norway's trade surplus shrinks as gas prices ease\n\n"
     "OSLO - Norway's trade surplus fell to 54.3 billion crowns in November from 71.0 billion "
     "crowns a year earlier, Statistics Norway (SSB) said on Friday. Exports of goods totalled "
     "105.6 billion crowns, a decrease of 11.2% from November last year, of which natural gas "
     "accounted for 38.4 billion crowns. Mainland exports, which exclude oil, gas and ships, "
     "rose 4.9% to 38.7 billion crowns. Imports of goods increased 6.3% to 51.3 billion crowns. "
     "Exports of fish amounted to 16.2 billion crowns.", "2024-12-13",
     {"54.3 billion crowns": "trade.surplus level period=2024-11 reporter=NO "
                             "src=Statistics_Norway",
      "71.0 billion crowns": "trade.surplus level period=2023-11 reporter=NO",
      "105.6 billion crowns": "trade.exports level period=2024-11 reporter=NO",
      "11.2%": "trade.exports change direction=down basis=yoy period=2024-11 reporter=NO",
      "38.4 billion crowns": "trade.exports level period=2024-11 reporter=NO "
                             "product=natural_gas",
      "4.9%": "trade.exports change direction=up period=2024-11 reporter=NO",
      "38.7 billion crowns": "trade.exports level period=2024-11 reporter=NO",
      "6.3%": "trade.imports change direction=up period=2024-11 reporter=NO",
      "51.3 billion crowns": "trade.imports level period=2024-11 reporter=NO",
      "16.2 billion crowns": "trade.exports level period=2024-11 reporter=NO product=fish"}),
    # 14 ---- Finnish Customs: a month, January-October, partners
    ("HELSINKI - The value of Finland's goods exports fell by 4% in October compared with the "
     "same month a year earlier, Finnish Customs said on Thursday. Exports totalled EUR 6.1 "
     "billion, while imports rose by 2% to EUR 6.4 billion. The trade balance was EUR 0.3 "
     "billion in deficit. In January-October, exports decreased by 5% to EUR 62.0 billion. "
     "Exports to Russia were down 26%, Finnish Customs said. Imports from China increased by "
     "9%.", "2024-12-12",
     {"4%": "trade.exports change direction=down basis=yoy period=2024-10 reporter=FI "
            "src=Finnish_Customs",
      "EUR 6.1 billion": "trade.exports level period=2024-10 reporter=FI",
      "2%": "trade.imports change direction=up period=2024-10 reporter=FI",
      "EUR 6.4 billion": "trade.imports level period=2024-10 reporter=FI",
      "EUR 0.3 billion": "trade.deficit level period=2024-10 reporter=FI",
      "5%": "trade.exports change direction=down period=2024-01/2024-10 reporter=FI",
      "EUR 62.0 billion": "trade.exports level period=2024-01/2024-10 reporter=FI",
      "26%": "trade.exports change direction=down reporter=FI partner=RU src=Finnish_Customs",
      "9%": "trade.imports change direction=up reporter=FI partner=CN"}),
    # 15 ---- Statistics Denmark: seasonally adjusted month, DKK, the current account
    ("COPENHAGEN - Denmark's exports of goods rose by 2.6% in September compared with August, "
     "seasonally adjusted, Statistics Denmark said on Wednesday, driven by pharmaceuticals. "
     "Imports fell by 1.4% over the same period. Total goods exports amounted to DKK 88.7 "
     "billion. The surplus on the balance of payments current account was DKK 34.5 billion in "
     "September. Exports of medicinal and pharmaceutical products rose 5.8%.", "2024-11-13",
     {"2.6%": "trade.exports change direction=up basis=mom period=2024-09 reporter=DK "
              "src=Statistics_Denmark",
      "1.4%": "trade.imports change direction=down period=2024-09 reporter=DK",
      "DKK 88.7 billion": "trade.exports level period=2024-09 reporter=DK",
      "DKK 34.5 billion": "account.current level period=2024-09 reporter=DK "
                          "src=Statistics_Denmark",
      "5.8%": "trade.exports change direction=up period=2024-09 reporter=DK "
              "product=medicinal_and_pharmaceutical_products"}),
    # 16 ---- Eurostat: the euro area against the rest of the world, intra-euro area, the EU
    ("Euro area trade surplus at EUR 12.5 bn\n\n"
     "LUXEMBOURG - The euro area recorded a EUR 12.5 billion surplus in trade in goods with the "
     "rest of the world in September 2024, compared with EUR 6.7 billion in September 2023, "
     "according to a first estimate from Eurostat, the statistical office of the European "
     "Union. Euro area exports of goods to the rest of the world rose by 0.9% compared with "
     "September 2023, to EUR 237.6 billion. Intra-euro area trade fell by 2.0% to EUR 205.3 "
     "billion. In January to September 2024, the euro area recorded a surplus of EUR 134.1 "
     "billion. The EU recorded a EUR 9.1 billion surplus in September.", "2024-11-15",
     {"EUR 12.5 billion": "trade.surplus level period=2024-09 reporter=EA partner=- "
                          "src=Eurostat",
      "EUR 6.7 billion": "trade.surplus level period=2023-09 reporter=EA",
      "0.9%": "trade.exports change direction=up basis=yoy period=2024-09 reporter=EA",
      "EUR 237.6 billion": "trade.exports level period=2024-09 reporter=EA",
      "2.0%": "trade.total change direction=down period=2024-09 reporter=EA partner=EA",
      "EUR 205.3 billion": "trade.total level period=2024-09 reporter=EA partner=EA",
      "EUR 134.1 billion": f"trade.surplus level {NINE} reporter=EA src=Eurostat",
      "EUR 9.1 billion": "trade.surplus level period=2024-09 reporter=EU"}),
    # 17 ---- Agerpres on INS: CPI, components in a list, month on month, the HICP
    ("Romania's annual inflation eases to 4.62% in September\n\n"
     "Bucharest, Oct 11 /Agerpres/ - Romania's annual inflation rate eased to 4.62% in "
     "September from 5.1% in August, the National Institute of Statistics (INS) said on "
     "Friday. Food prices rose 3.31% year on year, non-food goods 4.32% and services 7.65%. "
     "Compared with August, consumer prices rose 0.01%. The EU-harmonised index (HICP) showed "
     "an annual rate of 4.78%.", "2024-10-11",
     {"4.62%": "prices.cpi level period=2024-09 reporter=RO",
      "5.1%": f"prices.cpi level period=2024-08 reporter=RO {INS}",
      "3.31%": f"prices.cpi change direction=up basis=yoy period=2024-09 reporter=RO {INS}",
      "4.32%": "prices.cpi change direction=up basis=yoy period=2024-09 reporter=RO",
      "7.65%": "prices.cpi change direction=up basis=yoy period=2024-09 reporter=RO",
      "0.01%": "prices.cpi change direction=up basis=mom period=2024-09 reporter=RO",
      "4.78%": f"prices.cpi level period=2024-09 reporter=RO {INS}"}),
    # 18 ---- ELSTAT GDP: year on year first, then quarter on quarter, demand components
    ("Greek economy grows 2.4% in third quarter\n\n"
     "ATHENS - Greece's gross domestic product grew by 2.4% in the third quarter of 2024 "
     "compared with the same quarter of 2023, the Hellenic Statistical Authority (ELSTAT) said "
     "on Thursday in its seasonally adjusted figures. Compared with the second quarter, GDP "
     "rose 0.6%. Exports of goods and services increased by 1.4% year on year, while imports "
     "jumped 8.7%. Final consumption expenditure rose 1.8%.\n\n"
     "Finance Minister Kostis Hatzidakis said the figures confirmed the economy's resilience.",
     "2024-12-05",
     {"2.4%": f"economy.gdp change direction=up period=2024-Q3 reporter=GR {ELSTAT}",
      "0.6%": "economy.gdp change direction=up basis=qoq period=2024-Q3 reporter=GR",
      "1.4%": "trade.exports change direction=up basis=yoy period=2024-Q3 reporter=GR",
      "8.7%": "trade.imports change direction=up basis=yoy period=2024-Q3 reporter=GR",
      "1.8%": "other change direction=up period=2024-Q3 reporter=GR"}),
    # 19 ---- Irish paper on the CSO's flash HICP
    ("Irish inflation picks up slightly in November, flash estimate shows\n\n"
     "DUBLIN - Consumer prices in Ireland, as measured by the Harmonised Index of Consumer "
     "Prices, are estimated to have increased by 0.5% in November 2024 compared with November "
     "2023, according to a flash estimate from the Central Statistics Office (CSO). Prices "
     "fell 0.2% month on month. Energy prices are estimated to have fallen by 8.9% over the "
     "year, while food prices rose 1.5%. Services inflation came in at 2.9%.", "2024-12-03",
     {"0.5%": f"prices.cpi change direction=up basis=yoy period=2024-11 reporter=IE {CSO}",
      "0.2%": "prices.cpi change direction=down basis=mom period=2024-11 reporter=IE",
      "8.9%": "prices.cpi change direction=down basis=yoy period=2024-11 reporter=IE "
              "product=Energy",
      "1.5%": "prices.cpi change direction=up period=2024-11 reporter=IE product=food",
      "2.9%": "prices.cpi level period=2024-11 reporter=IE product=Services"}),
    # 20 ---- MTI on KSH's CPI: over the year and over one month, a central bank's target
    ("BUDAPEST (MTI) - Consumer prices in Hungary rose by an average 3.2% in October compared "
     "with the same month a year earlier, the Hungarian Central Statistical Office (KSH) said "
     "on Tuesday. Over one month, prices increased by 0.3%. Food prices rose 4.5% over the "
     "year, while household energy prices fell 0.9%. Core inflation, which excludes volatile "
     "items, was 4.3%. The Magyar Nemzeti Bank (MNB) targets inflation of 3%.", "2024-11-12",
     {"3.2%": f"prices.cpi change direction=up basis=yoy period=2024-10 reporter=HU {KSH}",
      "0.3%": "prices.cpi change direction=up basis=mom period=2024-10 reporter=HU",
      "4.5%": "prices.cpi change direction=up basis=yoy period=2024-10 reporter=HU "
              "product=Food",
      "0.9%": "prices.cpi change direction=down period=2024-10 reporter=HU "
              "product=household_energy",
      "4.3%": "prices.cpi level period=2024-10 reporter=HU",
      "3%": "prices.cpi level reporter=HU modality=target"}),
    # 21 ---- CTK on the CZSO's flash GDP: two bases in one clause, a central bank forecast
    ("Czech economy grows 0.3% in third quarter\n\n"
     "PRAGUE (CTK) - The Czech economy grew by 0.3% quarter on quarter and by 1.3% year on "
     "year in the third quarter of 2024, adjusted for price, seasonal and calendar effects, "
     "according to a preliminary estimate released by the Czech Statistical Office (CZSO) on "
     "Wednesday. In the second quarter, GDP had grown 0.4% from the previous quarter. The Czech "
     "National Bank (CNB) expects the economy to expand 1.1% this year.", "2024-10-30",
     {"0.3%": f"economy.gdp change direction=up period=2024-Q3 reporter=CZ {CZSO}",
      "1.3%": f"economy.gdp change direction=up basis=yoy period=2024-Q3 reporter=CZ {CZSO}",
      "0.4%": "economy.gdp change direction=up basis=qoq period=2024-Q2 reporter=CZ",
      "1.1%": "economy.gdp change direction=up period=2024 modality=forecast src=-"}),
    # 22 ---- TASR on the Slovak CPI: y-o-y, month on month, COICOP groups, core
    ("Bratislava, November 15 (TASR) - Consumer prices in Slovakia went up by 2.9% "
     "year-on-year in October, the Statistics Office (ŠÚ SR) reported on Friday. "
     "Month-on-month, prices rose by 0.4%. Prices of food and non-alcoholic beverages increased "
     "by 3.8% y-o-y, while prices in the housing, water, electricity, gas and other fuels "
     "category grew by 1.0%. Core inflation came in at 3.5%.", "2024-11-15",
     {"2.9%": f"prices.cpi change direction=up basis=yoy period=2024-10 reporter=SK {SK}",
      "0.4%": "prices.cpi change direction=up basis=mom period=2024-10 reporter=SK",
      "3.8%": "prices.cpi change direction=up basis=yoy period=2024-10 reporter=SK "
              "product=food_and_non-alcoholic_beverages",
      "1.0%": "prices.cpi change direction=up period=2024-10 reporter=SK",
      "3.5%": "prices.cpi level period=2024-10 reporter=SK"}),
    # 23 ---- Banco de Portugal: the current account over nine months, goods and services
    ("LISBON - Portugal's current account posted a surplus of 3.9 billion euros in the first "
     "nine months of 2024, according to Banco de Portugal, compared with 2.2 billion euros in "
     "the same period of 2023. The goods deficit widened to 15.8 billion euros, while the "
     "services surplus rose to 23.1 billion euros, driven by tourism.", "2024-11-20",
     {"3.9 billion euros": f"account.current level {NINE} reporter=PT src=Bank_of_Portugal",
      "2.2 billion euros": "account.current level period=2023-01/2023-09 reporter=PT",
      "15.8 billion euros": f"trade.deficit level {NINE} reporter=PT src=Bank_of_Portugal",
      "23.1 billion euros": f"trade.surplus level {NINE} reporter=PT product=services"}),
    # 24 ---- STA on SURS: the coverage ratio, the EU's share
    ("LJUBLJANA (STA) - Slovenia's exports of goods amounted to EUR 4.3 billion in September, "
     "5.8% more than in September 2023, the Statistical Office (SURS) said on Monday. Imports "
     "rose by 2.2% to EUR 4.5 billion, so the trade deficit was EUR 211 million. The "
     "export-import coverage ratio stood at 95.3%. Trade with EU member states accounted for "
     "67% of exports.", "2024-11-11",
     {"EUR 4.3 billion": "trade.exports level period=2024-09 reporter=SI "
                         "src=Statistical_Office_of_the_Republic_of_Slovenia",
      "5.8%": "trade.exports change direction=up basis=yoy period=2024-09 reporter=SI",
      "2.2%": "trade.imports change direction=up period=2024-09 reporter=SI",
      "EUR 4.5 billion": "trade.imports level period=2024-09 reporter=SI",
      "EUR 211 million": "trade.deficit level period=2024-09 reporter=SI",
      "95.3%": "other level period=2024-09 reporter=SI",
      "67%": "trade.exports share period=2024-09 reporter=SI partner=EU"}),
    # 25 ---- BTA on the NSI: trade with non-EU countries only (partner null), one partner
    ("SOFIA (BTA) - Bulgaria's exports to non-EU countries fell 11.4% year on year to BGN 8.9 "
     "billion in January-September 2024, the National Statistical Institute (NSI) said, while "
     "imports from third countries decreased 7.6% to BGN 11.7 billion. The trade deficit with "
     "non-EU countries was BGN 2.8 billion. Exports to Turkey amounted to BGN 1.5 billion.",
     "2024-11-15",
     {"11.4%": f"trade.exports change direction=down basis=yoy {NINE} reporter=BG partner=- "
               "src=National_Statistical_Institute",
      "BGN 8.9 billion": f"trade.exports level {NINE} reporter=BG partner=-",
      "7.6%": f"trade.imports change direction=down {NINE} reporter=BG partner=-",
      "BGN 11.7 billion": f"trade.imports level {NINE} reporter=BG partner=-",
      "BGN 2.8 billion": f"trade.deficit level {NINE} reporter=BG partner=-",
      "BGN 1.5 billion": f"trade.exports level {NINE} reporter=BG partner=TR"}),
    # 26 ---- Bundesbank: the current account, the goods surplus, the first ten months
    ("FRANKFURT - Germany's current account surplus narrowed to 18.9 billion euros in October "
     "from 21.6 billion euros in the same month last year, Bundesbank data showed on Monday. "
     "The goods trade surplus alone was 17.3 billion euros. In the first ten months, the "
     "current account surplus totalled 224.1 billion euros.", "2024-12-09",
     {"18.9 billion euros": "account.current level period=2024-10 reporter=DE "
                            "src=Deutsche_Bundesbank",
      "21.6 billion euros": "account.current level period=2023-10 reporter=DE",
      "17.3 billion euros": "trade.surplus level period=2024-10 reporter=DE",
      "224.1 billion euros": "account.current level period=2024-01/2024-10 reporter=DE"}),
    # 27 ---- Agerpres on INS's flash GDP: a quarter against a quarter, gross and adjusted
    ("Bucharest, Nov 14 /Agerpres/ - Romania's gross domestic product in the third quarter of "
     "2024 was 0.1% higher, as seasonally adjusted series, than in the second quarter, "
     "according to the flash estimate of the National Institute of Statistics (INS). Compared "
     "with the same period of the previous year, GDP grew 1.1% in gross terms and 1.2% as a "
     "seasonally adjusted series. In the first nine months of 2024, GDP rose 0.8% as gross "
     "series compared with the same period of 2023.", "2024-11-14",
     {"0.1%": f"economy.gdp change direction=up basis=qoq period=2024-Q3 reporter=RO {INS}",
      "1.1%": "economy.gdp change direction=up basis=yoy period=2024-Q3 reporter=RO",
      "1.2%": "economy.gdp change direction=up basis=yoy period=2024-Q3 reporter=RO",
      "0.8%": f"economy.gdp change direction=up basis=yoy {NINE} reporter=RO {INS}"}),
    # 28 ---- CNB reserves at the end of a month
    ("PRAGUE - The Czech National Bank's foreign exchange reserves rose to 147.2 billion euros "
     "at the end of November from 144.6 billion euros a month earlier, the central bank said "
     "on Friday.", "2024-12-06",
     {"147.2 billion euros": "reserves.fx level period=2024-11 reporter=CZ "
                             "src=Czech_National_Bank",
      "144.6 billion euros": "reserves.fx level period=2024-10 reporter=CZ"}),
    # 29 ---- Hungarian budget from the finance ministry: a share of the full-year target
    ("BUDAPEST (MTI) - Hungary's central budget deficit reached HUF 3,840 billion in "
     "January-October, the Finance Ministry said on Monday, 86.1% of the full-year target.",
     "2024-11-11",
     {"HUF 3,840 billion": "other level period=2024-01/2024-10 reporter=HU "
                           "src=Ministry_of_Finance",
      "86.1%": "other share period=2024-01/2024-10 reporter=HU"}),
]

XFAIL: dict[tuple[str, str], str] = {
    ("Romania's trade deficit widens", "72.7%"): "'58.66 billion euros at imports, "
    "representing 72.7% of total exports': a share of one flow after the other flow takes "
    "the flow before it (taking its own whole lowered a field of the held-out real split), "
    "and the intra-EU27 partner is not carried from the sentence's subject",
    ("Romania's trade deficit widens", "71.3%"): "the intra-EU27 partner of a share in a "
    "'representing ... of total imports' participle is not carried from the subject",
    ("Pharma exports drive 19%", "19%"): "a headline with no date takes no period (the "
    "lead's month is not carried up to it)",
    ("Pharma exports drive 19%", "7%"): "'fell by 7% to EUR 10.9 billion over the same "
    "period': a period phrase after the level is read for the level only",
    ("German exports unexpectedly fall", "70.0 billion euros"): "'Goods worth X went to EU "
    "member states': exports written as goods that went to a partner are not read",
    ("German exports unexpectedly fall", "2.4%"): "as '70.0 billion euros' (the partner)",
    ("PRAGUE (CTK) - The Czech Republic's", "42.9 billion crowns"): "'Trade in motor "
    "vehicles produced a surplus': the product of a balance's 'trade in X' subject",
    ("RIGA (LETA)", "10.9%"): "'followed by Estonia (10.9%)': a bracketed share after a "
    "ranked partner takes the partner as its reporter (reading it as a partner in any "
    "sentence that frames partners lowered dev strict 92.3 -> 92.0)",
    ("Sweden's trade surplus grows", "12.1 billion kronor"): "'while trade with non-EU "
    "countries produced a surplus': the EU of the coordinated clause is carried as partner",
    ("Irish inflation picks up", "8.9%"): "'fallen by 8.9% over the year' (a twelve-month "
    "change, yoy): 'the year' after it is a DATE of the calendar year, so the period is 2024, "
    "not the month of the story",
    ("BUDAPEST (MTI) - Consumer prices", "4.5%"): "as 'over the year' in the Irish story "
    "(the period)",
    ("BUDAPEST (MTI) - Hungary's central", "86.1%"): "'86.1% of the full-year target': a "
    "share of a target is read as a target level",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_europe2_story_figure(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)


# ---- entities: agencies by name, acronym and function; officials; local currencies; the
# period forms of the bulletins
ENTITY_CASES = [
    (0, "DATE", "1.I-30.IX 2024", "2024-01/2024-09"),
    (0, "DATE", "1.I-30.IX 2023", "2023-01/2023-09"),
    (0, "AGENCY", "INS", "National Institute of Statistics"),
    (0, "MONEY", "312.91 billion lei", "RON"),
    (1, "AGENCY", "CSO", "Central Statistics Office"),
    (1, "DATE", "first nine months of 2024", "2024-01/2024-09"),
    (2, "AGENCY", "ŠÚ SR", "Statistical Office of the Slovak Republic"),
    (2, "DATE", "July-September", "2024-Q3"),
    (2, "DATE", "From January to September", "2024-01/2024-09"),
    (3, "AGENCY", "Douanes", "Directorate General of Customs"),
    (3, "OFFICIAL", "Sophie Primas", "Sophie Primas"),
    (3, "DATE", "the third quarter", "2024-Q3"),
    (4, "AGENCY", "Destatis", "Federal Statistical Office"),
    (5, "MONEY", "15.3 billion crowns", "CZK"),
    (5, "AGENCY", "CZSO", "Czech Statistical Office"),
    (6, "AGENCY", "KSH", "Hungarian Central Statistical Office"),
    (7, "AGENCY", "INE", "Statistics Portugal"),
    (8, "AGENCY", "ELSTAT", "Hellenic Statistical Authority"),
    (8, "DATE", "the January-September period", "2024-01/2024-09"),
    (9, "AGENCY", "Statistics Estonia", "Statistics Estonia"),
    (10, "AGENCY", "CSB", "Central Statistical Bureau of Latvia"),
    (11, "AGENCY", "State Data Agency", "State Data Agency"),
    (12, "MONEY", "6.7 billion kronor", "SEK"),
    (12, "AGENCY", "SCB", "Statistics Sweden"),
    (13, "MONEY", "54.3 billion crowns", "NOK"),
    (13, "AGENCY", "SSB", "Statistics Norway"),
    (14, "AGENCY", "Finnish Customs", "Finnish Customs"),
    (14, "DATE", "January-October", "2024-01/2024-10"),
    (15, "MONEY", "DKK 88.7 billion", "DKK"),
    (16, "AGENCY", "Eurostat", "Eurostat"),
    (16, "DATE", "January to September 2024", "2024-01/2024-09"),
    (18, "OFFICIAL", "Kostis Hatzidakis", "Kostis Hatzidakis"),
    (20, "AGENCY", "MNB", "Magyar Nemzeti Bank"),
    (21, "AGENCY", "CNB", "Czech National Bank"),
    (23, "AGENCY", "Banco de Portugal", "Bank of Portugal"),
    (24, "AGENCY", "SURS", "Statistical Office of the Republic of Slovenia"),
    (25, "AGENCY", "NSI", "National Statistical Institute of Bulgaria"),
    (25, "MONEY", "BGN 8.9 billion", "BGN"),
    (26, "AGENCY", "Bundesbank", "Deutsche Bundesbank"),
    (28, "DATE", "the end of November", "2024-11"),
    (29, "MONEY", "HUF 3,840 billion", "HUF"),
    (29, "AGENCY", "Finance Ministry", "Ministry of Finance"),
]
ENTITY_XFAIL: dict[tuple[int, str], str] = {
}


@pytest.mark.parametrize(("story", "label", "surface", "want"),
                         entity_case_params(ENTITY_CASES, ENTITY_XFAIL))
def test_europe2_entities(story: int, label: str, surface: str, want: str) -> None:
    text, published, _ = STORIES[story]
    check_entity_value(text, published, label, surface, want)


# ---- short passages for the rules this hunt added (variants of each class)
PASSAGES: list = [
    # a share subject with its classification code, the metric the passage's (an amount "of
    # the total" names none), and "..., of which X accounted for"
    ("Exports rose 2% to EUR 168 billion. Medical and pharmaceutical products (Chapter 30) "
     "made up EUR 71.4 billion of the total, up 14%.", "2024-11-15",
     {"EUR 71.4 billion": "trade.exports level product=Medical_and_pharmaceutical_products",
      "14%": "trade.exports change direction=up product=Medical_and_pharmaceutical_products"}),
    ("Exports of goods rose to EUR 6 billion. Wood products (HS 44) represented EUR 1.1 "
     "billion of the total.", "2024-11-15",
     {"EUR 1.1 billion": "trade.exports level product=Wood_products"}),
    ("Imports totalled EUR 9 billion. Mineral fuels (SITC 3) accounted for EUR 2.2 billion "
     "of that.", "2024-11-15", {"EUR 2.2 billion": "trade.imports level product=Mineral_fuels"}),
    ("Machinery and transport equipment (SITC 7) accounted for 38% of exports.", "2024-11-15",
     {"38%": "trade.exports share product=Machinery_and_transport_equipment"}),
    ("Exports totalled 105.6 billion crowns, of which natural gas accounted for 38.4 billion "
     "crowns.", "2024-12-13", {"38.4 billion crowns": "trade.exports level product=natural_gas"}),
    ("Imports reached 5 billion euros, of which crude oil made up 31%.", "2024-12-13",
     {"31%": "trade.imports share product=crude_oil"}),
    # the trade with a partner as a share of a flow: the flow's share, the partner kept
    ("Trade with EU member states accounted for 75% of exports.", "2024-11-07",
     {"75%": "trade.exports share partner=EU"}),
    ("Trade with Germany made up 20% of Austria's imports.", "2024-11-07",
     {"20%": "trade.imports share partner=DE"}),
    ("Hungary's trade with EU countries represented 78% of its exports.", "2024-11-07",
     {"78%": "trade.exports share reporter=HU partner=EU"}),
    ("Exports made up 40% of total trade.", "2024-11-07", {"40%": "trade.exports share"}),
    # a balance whose subject is the trade with a partner
    ("Trade with EU countries showed a deficit of 5.4 billion kronor in October.",
     "2024-11-18", {"5.4 billion kronor": "trade.deficit level partner=EU period=2024-10"}),
    ("The balance of trade with EU countries ended in a surplus of 67.4 billion crowns.",
     "2024-12-05", {"67.4 billion crowns": "trade.surplus level partner=EU"}),
    ("Sweden's trade with Germany showed a deficit of 3 billion kronor.", "2024-11-18",
     {"3 billion kronor": "trade.deficit level reporter=SE partner=DE"}),
    # day spans with Roman months (INS), a comparison with "the period <span>"
    ("FOB exports in the period 1.I-30.VI 2024 amounted to 40.5 billion euros. Compared to "
     "the period 1.I-30.VI 2023, exports decreased by 2.1%.", "2024-08-09",
     {"40.5 billion euros": "trade.exports level period=2024-01/2024-06",
      "2.1%": "trade.exports change direction=down basis=yoy period=2024-01/2024-06"}),
    ("In the period 1.I.-31.XII.2023, the trade deficit (FOB/CIF) was 33.4 billion euros.",
     "2024-02-12", {"33.4 billion euros": "trade.deficit level period=2023-01/2023-12"}),
    ("Exports in the period 1.I–15.III 2024 rose 3%.", "2024-04-10",
     {"3%": "trade.exports change direction=up period=2024-01-01/2024-03-15"}),
    ("Imports were 9.1 billion euros in 1.I-31.III 2024, up 4% compared with the period "
     "1.I-31.III 2023.", "2024-05-10",
     {"4%": "trade.imports change direction=up basis=yoy period=2024-01/2024-03"}),
    # a ranking copula between a share's subject and its participle
    ("Mineral fuels were the main import group, accounting for 21% of imports.",
     "2024-11-11", {"21%": "trade.imports share product=Mineral_fuels"}),
    ("Vehicles were the top export product, making up 14% of exports.", "2024-11-11",
     {"14%": "trade.exports share product=Vehicles"}),
    ("Germany was the largest export market, accounting for 30% of exports.", "2024-11-11",
     {"30%": "trade.exports share product=-"}),
    # amounts listed by flow with 'at' (INS English), the trade's partner and reporter kept
    ("In the first nine months, the value of intra-EU27 trade in goods was 45.71 billion "
     "euros at exports and 58.66 billion euros at imports.", "2024-11-11",
     {"45.71 billion euros": "trade.exports level partner=EU period=2024-01/2024-09",
      "58.66 billion euros": "trade.imports level partner=EU period=2024-01/2024-09"}),
    ("Romania's trade with China reached 1.1 billion euros at exports and 6.2 billion euros "
     "at imports in 2023.", "2024-02-10",
     {"1.1 billion euros": "trade.exports level reporter=RO partner=CN period=2023",
      "6.2 billion euros": "trade.imports level reporter=RO partner=CN period=2023"}),
    ("Extra-EU trade was 17.2 billion euros at exports in the first half.", "2024-08-10",
     {"17.2 billion euros": "trade.exports level partner=- period=2024-H1"}),
    ("Trade with non-EU countries produced a surplus of 12.1 billion kronor.", "2024-11-18",
     {"12.1 billion kronor": "trade.surplus level partner=-"}),
    # "over the year" after a change is a twelve-month change, as "over the month" is a
    # month-on-month one
    ("The CPI rose 2.8% over the year, the ABS said.", "2024-10-30",
     {"2.8%": "prices.cpi change direction=up basis=yoy"}),
    ("Over the year, consumer prices rose 3.1% in September.", "2024-10-15",
     {"3.1%": "prices.cpi change direction=up basis=yoy period=2024-09"}),
    ("Wages rose 4.1% over the year, while hours worked rose 0.3% over the month.",
     "2024-11-05", {"4.1%": "other change direction=up basis=yoy",
                    "0.3%": "other change direction=up basis=mom"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(PASSAGES, {}))
def test_europe2_passage(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)
