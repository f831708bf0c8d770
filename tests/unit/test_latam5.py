"""Genre hunt latam5: Mexican, Brazilian, Paraguayan, Argentine, Chilean, Peruvian and
Colombian outlets, whole short stories written for these tests (own wording; figures close to
real releases, dated 2026) in the manner of El Economista and Mexico News Daily (INEGI's trade
balance, Banxico, "at an annual rate", maquiladora, oil and non-oil), Reuters Mexico and
Brazil (polls, "the year through"), Agência Brasil and Valor International (Secex weeks,
daily averages, "this Thursday (6)"), IP Paraguay, La Nación and MercoPress (BCP: soybean,
beef, Itaipú electricity, re-exports), Buenos Aires Times (INDEC), Chile's central bank
(copper), Peru's BCRP and INEI, Colombia's DANE, as translators of Spanish and Portuguese
write them ("the accumulated of the year", "registered", "reached", "compared to the same
period of 2025").

Each story is (text, published, {figure text: "metric role field=value ..."}) as in
tests/helpers.py ('-' is null, '_' a space, "text#n" the n-th figure containing the text);
``source=`` is the canonical name of the cited AGENCY. Only the fields named are checked;
periods compare as date intervals. Annotated by the spec (shared/spec/EXTRACTION.md), not by
what tradeie does; open cases are strict xfails that name their class.
"""

from __future__ import annotations

import pytest
from helpers import _interval, check_fact_as_scored, fact_spec_params

INEGI = "National_Institute_of_Statistics_and_Geography"
BANXICO = "Bank_of_Mexico"
BCB = "Central_Bank_of_Brazil"
MDIC = "Ministry_of_Development,_Industry,_Trade_and_Services"
SECEX = "Foreign_Trade_Secretariat"
BCP = "Central_Bank_of_Paraguay"
BCRP = "Central_Reserve_Bank_of_Peru"
INDEC = "National_Institute_of_Statistics_and_Censuses"
DANE = "National_Administrative_Department_of_Statistics"
BCCH = "Central_Bank_of_Chile"

STORIES = [
    # 0 ---- Mexico, El Economista in English: INEGI's balance in millions of dollars
    ("Mexico's trade balance registers surplus of 1.2 billion dollars in October\n\n"
     "Mexico's trade balance registered a surplus of 1,214 million dollars in October 2026, "
     "reported the National Institute of Statistics and Geography (Inegi) this Thursday. In "
     "the same month of 2025 the balance had shown a surplus of 476 million dollars.\n\n"
     "The value of merchandise exports reached 58,310 million dollars, an annual increase of "
     "6.8%. This rate was the result of a rise of 8.1% in non-oil exports and a fall of 19.4% "
     "in oil exports.\n\n"
     "In the January-October period of 2026, the trade balance accumulated a deficit of "
     "3,905 million dollars.", "2026-11-26",
     {"1.2 billion dollars": "trade.surplus level period=2026-10 reporter=MX",
      "1,214 million dollars": f"trade.surplus level period=2026-10 reporter=MX "
                               f"source={INEGI}",
      "476 million dollars": "trade.surplus level period=2025-10 reporter=MX",
      "58,310 million dollars": "trade.exports level period=2026-10 reporter=MX product=-",
      "6.8%": "trade.exports change direction=up basis=yoy period=2026-10 reporter=MX",
      "8.1%": "trade.exports change direction=up period=2026-10 reporter=MX product=non-oil",
      "19.4%": "trade.exports change direction=down period=2026-10 reporter=MX product=oil",
      "3,905 million dollars": "trade.deficit level period=2026-01/2026-10 reporter=MX"}),
    # 1 ---- Mexico News Daily: "at an annual rate", manufacturing share, cars
    ("Exports climb to a record in September as manufacturing shipments surge\n\n"
     "Mexico's exports rose 13.2% at an annual rate in September to US $56.4 billion, the "
     "highest figure for that month on record, according to INEGI data published Tuesday.\n\n"
     "Manufacturing exports, which account for close to 90% of the total, increased 14.7%, "
     "while agricultural exports fell 3.1%. Shipments of automobiles and auto parts grew "
     "9.8%.\n\n"
     "Imports, meanwhile, totaled US $54.9 billion, up 7.5% compared to September 2025. The "
     "country thus recorded a trade surplus of US $1.5 billion in the month.", "2026-10-27",
     {"13.2%": "trade.exports change direction=up basis=yoy period=2026-09 reporter=MX",
      "US $56.4 billion": f"trade.exports level period=2026-09 reporter=MX source={INEGI}",
      "90%": "trade.exports share period=2026-09 reporter=MX product=Manufacturing",
      "14.7%": "trade.exports change direction=up period=2026-09 reporter=MX "
               "product=Manufacturing",
      "3.1%": "trade.exports change direction=down period=2026-09 reporter=MX "
              "product=agricultural",
      "9.8%": "trade.exports change direction=up period=2026-09 reporter=MX",
      "US $54.9 billion": "trade.imports level period=2026-09 reporter=MX",
      "7.5%": "trade.imports change direction=up basis=yoy period=2026-09 reporter=MX",
      "US $1.5 billion": "trade.surplus level period=2026-09 reporter=MX"}),
    # 2 ---- Reuters Mexico: a poll, oil and non-oil against a year earlier, January-August
    ("MEXICO CITY, Sept 25 (Reuters) - Mexico posted a trade deficit of $819 million in "
     "August, national statistics agency INEGI said on Friday, narrower than the $1.1 "
     "billion shortfall forecast in a Reuters poll of analysts.\n\n"
     "Oil exports dropped 22.5% from a year earlier, while non-oil exports advanced 4.9%.\n\n"
     "In the January-August period, Mexico's trade balance showed a deficit of $5.36 "
     "billion, compared with a deficit of $9.18 billion in the same period of 2025.",
     "2026-09-25",
     {"$819 million": f"trade.deficit level period=2026-08 reporter=MX source={INEGI}",
      "$1.1": "trade.deficit level period=2026-08 reporter=MX modality=forecast source=-",
      "22.5%": "trade.exports change direction=down basis=yoy period=2026-08 reporter=MX "
               "product=Oil",
      "4.9%": "trade.exports change direction=up basis=yoy period=2026-08 reporter=MX "
              "product=non-oil",
      "$5.36": "trade.deficit level period=2026-01/2026-08 reporter=MX",
      "$9.18": "trade.deficit level period=2025-01/2025-08 reporter=MX"}),
    # 3 ---- Mexico, Banxico remittances "between January and September", "added up to"
    ("Remittances that entered Mexico between January and September of 2026 added up to "
     "45,108 million dollars, a fall of 4.6% compared to the same period of 2025, according "
     "to data from the Bank of Mexico (Banxico).\n\n"
     "In September alone, the flows registered 4,870 million dollars, an annual decrease of "
     "2.7%.", "2026-11-03",
     {"45,108 million dollars": f"other level period=2026-01/2026-09 reporter=MX "
                                f"source={BANXICO}",
      "4.6%": "other change direction=down basis=yoy period=2026-01/2026-09 reporter=MX",
      "4,870 million dollars": "other level period=2026-09 reporter=MX",
      "2.7%": "other change direction=down basis=yoy period=2026-09 reporter=MX"}),
    # 4 ---- Mexico, Economy Ministry FDI, the first three quarters, shares of the total
    ("Foreign direct investment in Mexico reached 34,265 million dollars in the first three "
     "quarters of 2026, 2.3% more than the preliminary figure for the same period of the "
     "previous year, the Ministry of Economy reported. Reinvested earnings represented 78.4% "
     "of the total, while new investments accounted for 12.1%.", "2026-11-19",
     {"34,265 million dollars": "investment.fdi level period=2026-01/2026-09 reporter=MX "
                                "source=Ministry_of_Economy",
      "2.3%": "investment.fdi change direction=up basis=yoy period=2026-01/2026-09 "
              "reporter=MX",
      "78.4%": "investment.fdi share period=2026-01/2026-09 reporter=MX",
      "12.1%": "investment.fdi share period=2026-01/2026-09 reporter=MX"}),
    # 5 ---- Mexico, crude shipments in barrels a day (El Economista)
    ("Mexico exported an average of 612,000 barrels per day of crude oil between January "
     "and September, 28% fewer than in the same period of last year, according to Pemex. "
     "Oil export revenue fell to 14,890 million dollars.", "2026-10-28",
     {"612,000 barrels": "trade.exports level period=2026-01/2026-09 reporter=MX "
                         "product=crude_oil",
      "28%": "trade.exports change direction=down basis=yoy period=2026-01/2026-09 "
             "reporter=MX product=crude_oil",
      "14,890 million dollars": "trade.exports level period=2026-01/2026-09 reporter=MX"}),
    # 6 ---- Agência Brasil: "this Thursday (5)", the year through October, the trade flow
    ("Trade balance registers surplus of US$ 6.96 billion in October\n\n"
     "The Brazilian trade balance registered a surplus of US$ 6.96 billion in October, an "
     "increase of 59.6% compared to the same month of 2025, reported this Thursday (5) the "
     "Ministry of Development, Industry, Trade and Services (MDIC). Exports reached US$ 31.97 "
     "billion, while imports totaled US$ 25.01 billion.\n\n"
     "In the year through October, the surplus adds up to US$ 52.4 billion, 13.9% lower than "
     "in the same period of last year. The trade flow (sum of exports and imports) reached "
     "US$ 521.8 billion in the ten months.", "2026-11-05",
     {"US$ 6.96 billion#2": f"trade.surplus level period=2026-10 reporter=BR source={MDIC}",
      "59.6%": "trade.surplus change direction=up basis=yoy period=2026-10 reporter=BR",
      "US$ 31.97": "trade.exports level period=2026-10 reporter=BR",
      "US$ 25.01": "trade.imports level period=2026-10 reporter=BR",
      "US$ 52.4 billion": "trade.surplus level period=2026-01/2026-10 reporter=BR",
      "13.9%": "trade.surplus change direction=down basis=yoy period=2026-01/2026-10 "
               "reporter=BR",
      "US$ 521.8 billion": "trade.total level period=2026-01/2026-10 reporter=BR"}),
    # 7 ---- Valor International: daily averages in the first week of the month
    ("Brazil's exports grow 8% by daily average in first week of December\n\n"
     "Brazil's exports averaged US$ 1.42 billion per working day in the first week of "
     "December, 8.1% above the daily average of December 2025, according to Secex data. "
     "Imports averaged US$ 1.05 billion a day, a decline of 3.4%. The trade balance posted a "
     "surplus of US$ 1.87 billion in the five working days.", "2026-12-07",
     {"US$ 1.42 billion": f"trade.exports level period=2026-12-01/2026-12-07 reporter=BR "
                          f"source={SECEX}",
      "8.1%": "trade.exports change direction=up basis=yoy period=2026-12-01/2026-12-07 "
              "reporter=BR",
      "US$ 1.05 billion": "trade.imports level period=2026-12-01/2026-12-07 reporter=BR",
      "3.4%": "trade.imports change direction=down period=2026-12-01/2026-12-07 reporter=BR",
      "US$ 1.87 billion": "trade.surplus level period=2026-12-01/2026-12-07 reporter=BR"}),
    # 8 ---- Reuters Brazil: a poll, "the surplus in the year through", partners in the month
    ("BRASILIA, Dec 4 (Reuters) - Brazil posted a trade surplus of $5.8 billion in November, "
     "government data showed on Friday, beating the $5.1 billion expected by economists in a "
     "Reuters poll. The surplus in the year through November reached $62.3 billion, down "
     "from $89.0 billion a year earlier, as lower prices for soy and iron ore weighed on "
     "exports.\n\n"
     "Exports to China, Brazil's top trading partner, fell 6.2% in the month, while "
     "shipments to the United States climbed 11.4%.", "2026-12-04",
     {"$5.8 billion": "trade.surplus level period=2026-11 reporter=BR modality=actual",
      "$5.1 billion": "trade.surplus level period=2026-11 reporter=BR modality=forecast",
      "$62.3 billion": "trade.surplus level period=2026-01/2026-11 reporter=BR",
      "$89.0 billion": "trade.surplus level period=2025-01/2025-11 reporter=BR",
      "6.2%": "trade.exports change direction=down period=2026-11 reporter=BR partner=CN",
      "11.4%": "trade.exports change direction=up period=2026-11 reporter=BR partner=US"}),
    # 9 ---- Brazil's central bank external accounts: 12 months through, % of GDP, IDP
    ("Brazil's current account posted a deficit of US$ 5.9 billion in October, against US$ "
     "5.2 billion in the same month of 2025, the Central Bank reported on Tuesday. In the 12 "
     "months through October, the deficit reached US$ 68.4 billion, equivalent to 3.0% of "
     "GDP. Direct investment in the country totaled US$ 7.7 billion in the month.",
     "2026-11-24",
     {"US$ 5.9 billion": f"account.current level period=2026-10 reporter=BR source={BCB}",
      "US$ 5.2 billion": "account.current level period=2025-10 reporter=BR",
      "US$ 68.4 billion": "account.current level period=2025-11/2026-10 reporter=BR",
      "3.0%": "account.current share period=2025-11/2026-10 reporter=BR",
      "US$ 7.7 billion": "investment.fdi level period=2026-10 reporter=BR"}),
    # 10 ---- IP Paraguay: "the accumulated through November", soybean and beef
    ("Paraguayan exports totaled US$ 11,204.5 million in the accumulated through November "
     "2026, which represents an increase of 4.2% compared to the same period of 2025, "
     "according to the foreign trade report of the Central Bank of Paraguay (BCP).\n\n"
     "Soybean shipments amounted to US$ 3,112 million, 9.5% less than the previous year, "
     "while beef sales grew 18.3% to US$ 1,694 million.", "2026-12-18",
     {"US$ 11,204.5 million": f"trade.exports level period=2026-01/2026-11 reporter=PY "
                              f"source={BCP}",
      "4.2%": "trade.exports change direction=up basis=yoy period=2026-01/2026-11 "
              "reporter=PY",
      "US$ 3,112 million": "trade.exports level period=2026-01/2026-11 reporter=PY "
                           "product=Soybean",
      "9.5%": "trade.exports change direction=down period=2026-01/2026-11 reporter=PY "
              "product=Soybean",
      "18.3%": "trade.exports change direction=up period=2026-01/2026-11 reporter=PY "
               "product=beef",
      "US$ 1,694 million": "trade.exports level period=2026-01/2026-11 reporter=PY "
                           "product=beef"}),
    # 11 ---- La Nación (Paraguay): Itaipú electricity to Brazil, Yacyretá to Argentina
    ("Paraguay's electricity exports to Brazil, generated mostly at the Itaipú binational "
     "dam, brought in US$ 512 million between January and October, 7% less than in the same "
     "period of the previous year, according to the BCP. Sales of energy to Argentina from "
     "Yacyretá amounted to US$ 98 million.", "2026-11-20",
     {"US$ 512 million": f"trade.exports level period=2026-01/2026-10 reporter=PY partner=BR "
                         f"product=electricity source={BCP}",
      "7%": "trade.exports change direction=down basis=yoy period=2026-01/2026-10 "
            "reporter=PY partner=BR product=electricity",
      "US$ 98 million": "trade.exports level period=2026-01/2026-10 reporter=PY partner=AR "
                        "product=energy"}),
    # 12 ---- MercoPress: Paraguayan re-exports and imports in the first nine months
    ("Paraguay's re-exports, mostly electronics bought by Brazilian and Argentine shoppers "
     "in Ciudad del Este, climbed 21% to US$ 1.3 billion in the first nine months of the "
     "year, the Central Bank of Paraguay said. Imports totaled US$ 12.4 billion in the same "
     "period, up 6%.", "2026-10-22",
     {"21%": f"trade.exports change direction=up period=2026-01/2026-09 reporter=PY "
             f"product=re-exports source={BCP}",
      "US$ 1.3 billion": "trade.exports level period=2026-01/2026-09 reporter=PY "
                         "product=re-exports",
      "US$ 12.4 billion": "trade.imports level period=2026-01/2026-09 reporter=PY product=-",
      "6%": "trade.imports change direction=up period=2026-01/2026-09 reporter=PY"}),
    # 13 ---- Buenos Aires Times: INDEC, "interannually", the first ten months
    ("Argentina posted a trade surplus of US$ 1.2 billion in October, INDEC reported on "
     "Wednesday, the eleventh consecutive monthly surplus. Exports reached US$ 7.3 billion, "
     "up 14.2% interannually, while imports rose 7.9% to US$ 6.1 billion. In the first ten "
     "months of the year, the surplus accumulated US$ 9.8 billion.", "2026-11-18",
     {"US$ 1.2 billion": f"trade.surplus level period=2026-10 reporter=AR source={INDEC}",
      "US$ 7.3 billion": "trade.exports level period=2026-10 reporter=AR",
      "14.2%": "trade.exports change direction=up basis=yoy period=2026-10 reporter=AR",
      "7.9%": "trade.imports change direction=up basis=yoy period=2026-10 reporter=AR",
      "US$ 6.1 billion": "trade.imports level period=2026-10 reporter=AR",
      "US$ 9.8 billion": "trade.surplus level period=2026-01/2026-10 reporter=AR"}),
    # 14 ---- Télam style: the trade exchange (exports plus imports), energy balance
    ("Argentina's trade exchange, the sum of exports and imports, reached US$ 13.4 billion "
     "in November, 6.5% more than a year earlier, according to INDEC. The energy balance "
     "posted a surplus of US$ 7.1 billion in the first eleven months, thanks to Vaca Muerta "
     "oil and gas exports, which grew 27.4%.", "2026-12-17",
     {"US$ 13.4 billion": f"trade.total level period=2026-11 reporter=AR source={INDEC}",
      "6.5%": "trade.total change direction=up basis=yoy period=2026-11 reporter=AR",
      "US$ 7.1 billion": "trade.surplus level period=2026-01/2026-11 reporter=AR "
                         "product=energy",
      "27.4%": "trade.exports change direction=up period=2026-01/2026-11 reporter=AR"}),
    # 15 ---- Chile's central bank: copper, "in annual terms", a positive balance
    ("Chile's exports totaled US$ 8,450 million in November, an increase of 12.3% in annual "
     "terms, according to the Central Bank of Chile. Copper shipments amounted to US$ 4,610 "
     "million, 21.5% more than in the same month of the previous year, boosted by higher "
     "prices of the red metal. Imports registered US$ 6,980 million, and the trade balance "
     "closed the month with a positive result of US$ 1,470 million.", "2026-12-07",
     {"US$ 8,450 million": f"trade.exports level period=2026-11 reporter=CL source={BCCH}",
      "12.3%": "trade.exports change direction=up basis=yoy period=2026-11 reporter=CL",
      "US$ 4,610": "trade.exports level period=2026-11 reporter=CL product=Copper",
      "21.5%": "trade.exports change direction=up basis=yoy period=2026-11 reporter=CL "
               "product=Copper",
      "US$ 6,980 million": "trade.imports level period=2026-11 reporter=CL",
      "US$ 1,470 million": "trade.surplus level period=2026-11 reporter=CL"}),
    # 16 ---- Peru's BCRP: traditional and non-traditional exports, "Through September"
    ("Peru's trade balance registered a surplus of US$ 3,015 million in September, the "
     "highest monthly amount on record, reported the Central Reserve Bank of Peru (BCRP). "
     "Exports reached US$ 7,560 million, 18.2% more than in September 2025, driven by "
     "traditional exports, mainly copper and gold. Non-traditional exports rose 9.4%. Through "
     "September, the surplus accumulated US$ 21,480 million.", "2026-11-16",
     {"US$ 3,015 million": f"trade.surplus level period=2026-09 reporter=PE source={BCRP}",
      "US$ 7,560 million": "trade.exports level period=2026-09 reporter=PE",
      "18.2%": "trade.exports change direction=up basis=yoy period=2026-09 reporter=PE",
      "9.4%": "trade.exports change direction=up period=2026-09 reporter=PE "
              "product=Non-traditional",
      "US$ 21,480 million": "trade.surplus level period=2026-01/2026-09 reporter=PE"}),
    # 17 ---- Peru's mining ministry: mining exports, copper's share
    ("Peru's mining exports totaled US$ 42.8 billion between January and October, up 24% "
     "compared to the same period of 2025, with copper accounting for 55% of the total, the "
     "Ministry of Energy and Mines said.", "2026-12-10",
     {"US$ 42.8 billion": "trade.exports level period=2026-01/2026-10 reporter=PE "
                          "product=mining source=Ministry_of_Energy_and_Mines",
      "24%": "trade.exports change direction=up basis=yoy period=2026-01/2026-10 reporter=PE "
             "product=mining",
      "55%": "trade.exports share period=2026-01/2026-10 reporter=PE product=copper"}),
    # 18 ---- Colombia's DANE: FOB and CIF, a product group, "compared to October 2025"
    ("Colombia's exports reached US$ 4,412.6 million FOB in October 2026, an increase of "
     "5.3% compared to October 2025, according to DANE. Sales of fuels and extractive "
     "industry products fell 9.8%, while agricultural products, food and beverages grew "
     "18.2%. Imports registered US$ 6,120.5 million CIF, 11.2% more than a year before.",
     "2026-12-03",
     {"US$ 4,412.6 million": f"trade.exports level period=2026-10 reporter=CO source={DANE}",
      "5.3%": "trade.exports change direction=up basis=yoy period=2026-10 reporter=CO",
      "9.8%": "trade.exports change direction=down period=2026-10 reporter=CO",
      "18.2%": "trade.exports change direction=up period=2026-10 reporter=CO",
      "US$ 6,120.5 million": "trade.imports level period=2026-10 reporter=CO",
      "11.2%": "trade.imports change direction=up basis=yoy period=2026-10 reporter=CO"}),
    # 19 ---- Colombia, DANE deficit of the month and of January-September
    ("Colombia's trade balance registered a deficit of US$ 1,310 million FOB in September, "
     "DANE said, wider than the US$ 980 million of the same month a year ago. Between "
     "January and September the deficit reached US$ 10,870 million.", "2026-11-18",
     {"US$ 1,310 million": f"trade.deficit level period=2026-09 reporter=CO source={DANE}",
      "US$ 980 million": "trade.deficit level period=2025-09 reporter=CO",
      "US$ 10,870 million": "trade.deficit level period=2026-01/2026-09 reporter=CO"}),
    # 20 ---- Brazil agribusiness (the Agriculture Ministry): sectors ranked with "with"
    ("Brazilian agribusiness exports reached US$ 14.2 billion in November, 3.1% more than in "
     "November 2025, the Ministry of Agriculture and Livestock reported. The soy complex "
     "was the main sector, with US$ 3.9 billion, followed by meats, with US$ 2.6 billion.",
     "2026-12-11",
     {"US$ 14.2 billion": "trade.exports level period=2026-11 reporter=BR "
                          "product=agribusiness source=Ministry_of_Agriculture_and_Livestock",
      "3.1%": "trade.exports change direction=up basis=yoy period=2026-11 reporter=BR "
              "product=agribusiness",
      "US$ 3.9 billion": "trade.exports level period=2026-11 reporter=BR "
                         "product=soy_complex",
      "US$ 2.6 billion": "trade.exports level period=2026-11 reporter=BR product=meats"}),
    # 21 ---- Secex: the fourth week of November, "with five working days"
    ("In the fourth week of November, with five working days, Brazil's exports totaled "
     "US$ 7.2 billion and imports US$ 5.4 billion, resulting in a surplus of US$ 1.8 "
     "billion, Secex reported. In the month to date, the surplus is US$ 5.5 billion.",
     "2026-11-30",
     {"US$ 7.2 billion": f"trade.exports level period=2026-11-22/2026-11-28 reporter=BR "
                         f"source={SECEX}",
      "US$ 5.4 billion": "trade.imports level period=2026-11-22/2026-11-28 reporter=BR",
      "US$ 1.8": "trade.surplus level period=2026-11-22/2026-11-28 reporter=BR"}),
    # 22 ---- Mexico, INEGI GDP: quarter on quarter, a revised preliminary estimate, yoy
    ("Mexico's economy grew 0.5% in the third quarter from the previous three months, INEGI "
     "said on Friday, revised from a preliminary estimate of 0.6%. From a year earlier, GDP "
     "expanded 1.1% in seasonally adjusted figures.", "2026-11-20",
     {"0.5%": f"economy.gdp change direction=up basis=qoq period=2026-Q3 reporter=MX "
              f"source={INEGI}",
      "0.6%": "economy.gdp change direction=up period=2026-Q3 reporter=MX modality=previous",
      "1.1%": "economy.gdp change direction=up basis=yoy period=2026-Q3 reporter=MX"}),
    # 23 ---- Colombia's Banco de la República: remittances, "the same month of the previous
    # year", and the accumulated of the year
    ("Colombia received remittances of US$ 1,103 million in October, an increase of 9.8% "
     "compared to the same month of the previous year, according to Banco de la República. "
     "In the accumulated of the year, the flows reached US$ 10,240 million.", "2026-11-17",
     {"US$ 1,103 million": "other level period=2026-10 reporter=CO "
                           "source=Bank_of_the_Republic",
      "9.8%": "other change direction=up basis=yoy period=2026-10 reporter=CO",
      "US$ 10,240 million": "other level period=2026-01/2026-10 reporter=CO"}),
    # 24 ---- Paraguay: beef to Chile and Taiwan in tonnes, "the same period of 2025"
    ("Paraguayan beef exports reached 305,400 tonnes between January and November, 12% "
     "above the same period of 2025, according to the National Service of Animal Quality "
     "and Health (Senacsa). Chile remained the main buyer with 39% of the volume, followed "
     "by Taiwan.", "2026-12-09",
     {"305,400 tonnes": "trade.exports level period=2026-01/2026-11 reporter=PY product=beef",
      "12%": "trade.exports change direction=up basis=yoy period=2026-01/2026-11 "
             "reporter=PY product=beef",
      "39%": "trade.exports share period=2026-01/2026-11 reporter=PY partner=CL"}),
    # 25 ---- Chile, INE: copper output in tonnes, "year-on-year"
    ("Chile's industrial production fell 2.2% year-on-year in October, the National "
     "Statistics Institute (INE) said on Friday, dragged down by mining. Copper output "
     "dropped 4.1% to 455,800 tonnes.", "2026-11-27",
     {"2.2%": "output.industrial change direction=down basis=yoy period=2026-10 "
              "reporter=CL source=National_Statistics_Institute",
      # (copper output: the output metric narrowed to copper, as "copper exports" is)
      "4.1%": "output.industrial change direction=down period=2026-10 reporter=CL "
              "product=Copper",
      "455,800 tonnes": "output.industrial level period=2026-10 reporter=CL product=Copper"}),
    # 26 ---- Mexico's Banxico weekly reserves: a stock and the gain so far this year
    ("Mexico's international reserves stood at 246,310 million dollars on December 4, an "
     "increase of 180 million dollars compared with the previous week, Banxico reported on "
     "Tuesday. So far this year, reserves have grown by 17,520 million dollars.",
     "2026-12-08",
     {"246,310 million dollars": f"reserves.fx level period=2026-12-04 reporter=MX "
                                 f"source={BANXICO}",
      "180 million dollars": "reserves.fx change direction=up reporter=MX",
      "17,520 million dollars": "reserves.fx change direction=up period=2026-01-01/2026-12-04 "
                                "reporter=MX"}),
    # 27 ---- Paraguay's BCP, "an interannual of", "the accumulated in the year"
    ("Paraguay's inflation, measured by the consumer price index, registered 0.3% in "
     "November, reported the Central Bank of Paraguay. With this, the accumulated in the "
     "year reached 3.1% and the interannual rate stood at 3.6%.", "2026-12-03",
     {"0.3%": f"prices.cpi level period=2026-11 reporter=PY source={BCP}",
      "3.1%": "prices.cpi level period=2026-01/2026-11 reporter=PY",
      "3.6%": "prices.cpi level period=2026-11 reporter=PY"}),
    # 28 ---- Peru, INEI: national production, "compared to the same month of 2025"
    ("Peru's national production grew 3.4% in September compared to the same month of "
     "2025, the National Institute of Statistics and Informatics (INEI) reported. Between "
     "January and September the economy expanded 3.1%, and the fishing sector jumped "
     "41.6% in the month.", "2026-11-15",
     {"3.4%": "economy.gdp change direction=up basis=yoy period=2026-09 reporter=PE "
              "source=National_Institute_of_Statistics_and_Informatics",
      "3.1%": "economy.gdp change direction=up period=2026-01/2026-09 reporter=PE",
      "41.6%": "economy.gdp change direction=up period=2026-09 reporter=PE product=fishing"}),
    # 29 ---- Reuters Brazil: the first quarter of a new year's trade, a Tuesday dateline
    ("SAO PAULO, April 7 (Reuters) - Brazil's trade surplus in the first quarter reached "
     "$14.6 billion, up 12% from the same period a year earlier, ministry data showed on "
     "Tuesday. In March alone, the surplus was $7.3 billion, above the $6.8 billion median "
     "forecast of a Reuters poll.", "2026-04-07",
     {"$14.6 billion": "trade.surplus level period=2026-Q1 reporter=BR",
      "12%": "trade.surplus change direction=up basis=yoy period=2026-Q1 reporter=BR",
      "$7.3 billion": "trade.surplus level period=2026-03 reporter=BR modality=actual",
      "$6.8 billion": "trade.surplus level period=2026-03 reporter=BR modality=forecast"}),
    # 30 ---- Argentina, INDEC: soybean complex exports in tonnes and value, a partner
    ("Argentina's exports of soybean meal reached 2.4 million tonnes in October, 8% more "
     "than in the same month of the previous year, according to INDEC. Sales to Vietnam, "
     "the main destination, totaled US$ 310 million.", "2026-11-20",
     {"2.4 million tonnes": f"trade.exports level period=2026-10 reporter=AR "
                            f"product=soybean_meal source={INDEC}",
      "8%": "trade.exports change direction=up basis=yoy period=2026-10 reporter=AR "
            "product=soybean_meal",
      "US$ 310 million": "trade.exports level period=2026-10 reporter=AR partner=VN"}),
    # 31 ---- Chile, the central bank: current account in the third quarter, % of GDP
    ("Chile's current account recorded a deficit of US$ 2,150 million in the third quarter, "
     "the Central Bank reported, equivalent to 2.1% of GDP in the last four quarters. A year "
     "earlier, the deficit had been US$ 3,040 million.", "2026-11-18",
     {"US$ 2,150 million": f"account.current level period=2026-Q3 reporter=CL source={BCCH}",
      "2.1%": "account.current share reporter=CL",
      "US$ 3,040 million": "account.current level period=2025-Q3 reporter=CL"}),
    # 32 ---- Mexico, INEGI: exports to the US, the January-October period, a share
    ("Mexican exports to the United States totaled US $462.1 billion in the January-October "
     "period, 5.6% more than in the same months of 2025, INEGI figures show. The US absorbed "
     "82.7% of Mexico's total sales abroad.", "2026-11-27",
     {"US $462.1 billion": f"trade.exports level period=2026-01/2026-10 reporter=MX "
                           f"partner=US source={INEGI}",
      "5.6%": "trade.exports change direction=up basis=yoy period=2026-01/2026-10 "
              "reporter=MX partner=US",
      "82.7%": "trade.exports share period=2026-01/2026-10 reporter=MX partner=US"}),
    # 33 ---- Peru, BCRP: net international reserves at the close of the month
    ("Peru's net international reserves closed November at US$ 87,420 million, an increase "
     "of US$ 1,230 million compared to the end of October, the BCRP reported.", "2026-12-02",
     {"US$ 87,420 million": f"reserves.fx level period=2026-11 reporter=PE source={BCRP}",
      "US$ 1,230 million": "reserves.fx change direction=up period=2026-11 reporter=PE"}),
    # 34 ---- Uruguay-bound Paraguayan soybean with a compared period written "of 2025"
    ("Soybean exports from Paraguay registered US$ 2,870 million in the accumulated to "
     "October, compared to US$ 3,350 million in the same period of 2025, the BCP reported.",
     "2026-11-12",
     {"US$ 2,870 million": f"trade.exports level period=2026-01/2026-10 reporter=PY "
                           f"product=Soybean source={BCP}",
      "US$ 3,350 million": "trade.exports level period=2025-01/2025-10 reporter=PY "
                           "product=Soybean"}),
]

XFAIL: dict[tuple[str, str], str] = {
    ("Exports climb to a record", "90%"):
        "a share inside a relative clause of its subject ('which account for close to 90% "
        "of the total') takes no period from the clause it interrupts",
    ("Foreign direct investment in Mexico", "78.4%"):
        "a component of FDI ('reinvested earnings', 'new investments') as a share of 'the "
        "total' is not linked to the FDI the sentence before names",
    ("Foreign direct investment in Mexico", "12.1%"):
        "a component of FDI as a share of 'the total' (see 78.4%)",
    ("Mexico exported an average of", "612,000 barrels"):
        "the goods after 'an average of N barrels per day of crude oil' (a flow verb, 'an "
        "average of', the figure, 'of' and the goods) are not read as the product",
    ("Mexico exported an average of", "28%"):
        "the product of the level before it (see 612,000 barrels) is not carried",
    ("Argentina's trade exchange", "US$ 7.1 billion"):
        "'the energy balance posted a surplus': the sector before a balance noun is no "
        "product",
    ("Brazilian agribusiness exports", "US$ 3.9 billion"):
        "'The soy complex was the main sector, with US$ 3.9 billion': a ranked sector with "
        "no flow noun after 'with' is not the amount's product",
    ("Mexico's international reserves", "17,520 million dollars"):
        "a stock's change 'so far this year' is dated the publication day (a stock's "
        "measuring day), not the span from January 1",
    ("Paraguay's inflation, measured", "3.1%"):
        "'the accumulated in the year reached 3.1%' after 'the consumer price index' reads "
        "as the index's change, not accumulated inflation (a level)",
    ("Paraguay's inflation, measured", "3.6%"):
        "'and the interannual rate stood at 3.6%' takes the year-to-date span of the "
        "coordinated clause before it, not the month",
    ("Peru's national production", "3.4%"):
        "Peru's 'national production' (INEI's monthly output index) is not read as GDP",
    ("Peru's national production", "41.6%"):
        "'the fishing sector jumped 41.6%' in a GDP story: the sector is not the product",
    ("Chile's current account recorded", "US$ 3,040 million"):
        "'A year earlier' opening the next sentence anchors on 'the last four quarters' of "
        "the share aside, not on the quarter the story reports",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_latam5_story_figure(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_as_scored(text, published, figure, spec)


# ---- DATE entities as annotated: exact spans and values of the translated period forms
DATE_CASES = [
    (0, "October 2026", "2026-10"),
    (0, "the same month of 2025", "2025-10"),
    (0, "the January-October period of 2026", "2026-01/2026-10"),
    (2, "the January-August period", "2026-01/2026-08"),
    (2, "the same period of 2025", "2025-01/2025-08"),
    (3, "between January and September of 2026", "2026-01/2026-09"),
    (4, "the first three quarters of 2026", "2026-01/2026-09"),
    (6, "the year through October", "2026-01/2026-10"),
    (6, "the ten months", "2026-01/2026-10"),
    (7, "the first week of December", "2026-12-01/2026-12-07"),
    (7, "December 2025", "2025-12"),
    (9, "the 12 months through October", "2025-11/2026-10"),
    (10, "the accumulated through November 2026", "2026-01/2026-11"),
    (13, "the first ten months of the year", "2026-01/2026-10"),
    (14, "the first eleven months", "2026-01/2026-11"),
    (8, "the year through November", "2026-01/2026-11"),
    (21, "the fourth week of November", "2026-11-22/2026-11-28"),
    (26, "December 4", "2026-12-04"),
    (29, "the first quarter", "2026-Q1"),
    (34, "the accumulated to October", "2026-01/2026-10"),
]
DATE_XFAIL: dict[tuple[int, str], str] = {
    (3, "between January and September of 2026"):
        "the span convention (normalize/periods) leaves a leading 'between' out; dev's gold "
        "keeps it ('between January and March'); the scorer matches spans on overlap",
}


def _date_params() -> list[object]:
    out = []
    for story, surface, value in DATE_CASES:
        reason = DATE_XFAIL.get((story, surface))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(story, surface, value, marks=marks, id=f"{story}-{surface}"))
    return out


@pytest.mark.parametrize(("story", "surface", "value"), _date_params())
def test_latam5_date_span(story: int, surface: str, value: str) -> None:
    text, published, _ = STORIES[story]
    import tradeie

    assert surface in text
    dates = [e for e in tradeie.extract(text, published=published).entities
             if e.label == "DATE"]
    got = [e for e in dates if e.text == surface]
    assert got, [e.text for e in dates]
    assert _interval(got[0].attrs.get("value")) == _interval(value), got[0].attrs


# ---- short passages: the classes fixed on the stories above, in other wordings, economies
# and clause orders
PASSAGES: list = [
    # a change noun and 'of' before the figure, 'in' and the metric after it (the order of
    # Spanish "un aumento de 8.1% en las exportaciones"): the metric after 'in' moved, not
    # one named before in the sentence
    ("The result reflected a rise of 8.1% in non-oil exports and a fall of 19.4% in oil "
     "exports.", "2026-11-26",
     {"8.1%": "trade.exports change direction=up product=non-oil",
      "19.4%": "trade.exports change direction=down product=oil"}),
    ("Brazil recorded an increase of 6% in soybean exports and a drop of 4% in iron ore "
     "exports in May.", "2026-06-05",
     {"4%": "trade.exports change direction=down period=2026-05 reporter=BR "
            "product=iron_ore"}),
    ("Mexico saw growth of 5% in manufacturing exports in October.", "2026-11-26",
     {"5%": "trade.exports change direction=up period=2026-10 reporter=MX "
            "product=manufacturing"}),
    ("Chile's imports grew, with an expansion of 12% in fuel imports and a contraction of 3% "
     "in machinery imports.", "2026-11-26",
     {"12%": "trade.imports change direction=up reporter=CL product=fuel",
      "3%": "trade.imports change direction=down reporter=CL product=machinery"}),
    # "N% fewer than": down
    ("Mexico exported 612,000 barrels per day in September, 28% fewer than a year earlier.",
     "2026-10-28", {"28%": "trade.exports change direction=down basis=yoy period=2026-09"}),
    ("Chile received 1.2 million tourists in the first half, 9% fewer than in the same "
     "period of 2025.", "2026-08-10",
     {"9%": "other change direction=down basis=yoy period=2026-H1 reporter=CL"}),
    ("Argentina's car exports came to 21,300 units in October, 14.5% fewer than in October "
     "2025.", "2026-11-10",
     {"14.5%": "trade.exports change direction=down basis=yoy period=2026-10 reporter=AR "
               "product=car"}),
    # "the year through <month>": January to that month (a year to date), where "the 12
    # months through" and "the year to" stay the twelve months to it
    ("Remittances to Guatemala in the year through September totaled $18.1 billion.",
     "2026-10-15", {"$18.1 billion": "other level period=2026-01/2026-09"}),
    ("Colombia's coffee exports rose 11% in the year through August, the federation said.",
     "2026-09-05",
     {"11%": "trade.exports change direction=up period=2026-01/2026-08 reporter=CO "
             "product=coffee"}),
    ("In the 12 months through October, Brazil's current account deficit was $68 billion.",
     "2026-11-24", {"$68 billion": "account.current level period=2025-11/2026-10"}),
    ("UK exports rose 3% in the year to September.", "2026-11-10",
     {"3%": "trade.exports change direction=up period=2025-10/2026-09"}),
    # "until <month>", "up to <month>" closing the clause of a flow (Spanish "hasta
    # noviembre"): the year to that month, as "through September"
    ("Asunción - Paraguay's beef exports reached US$ 1,694 million until November, the BCP "
     "said.", "2026-12-18",
     {"US$ 1,694 million": "trade.exports level period=2026-01/2026-11 reporter=PY "
                           "product=beef"}),
    ("Peru's agro-exports added up to US$ 9.8 billion up to October, 14% more than a year "
     "before.", "2026-11-25",
     {"US$ 9.8 billion": "trade.exports level period=2026-01/2026-10 reporter=PE "
                         "product=agro-exports",
      "14%": "trade.exports change direction=up basis=yoy period=2026-01/2026-10"}),
    ("Chile's copper shipments totaled US$ 43 billion through October.", "2026-11-20",
     {"US$ 43 billion": "trade.exports level period=2026-01/2026-10 reporter=CL "
                        "product=copper"}),
    # a flow's amount "a day" / "per day" is its daily average, no unit price
    ("Brazil's imports averaged US$ 1.05 billion a day in November.", "2026-12-01",
     {"US$ 1.05 billion": "trade.imports level period=2026-11 reporter=BR"}),
    ("Exports averaged US$ 1.42 billion a day, while imports averaged US$ 1.05 billion a "
     "day.", "2026-12-01",
     {"US$ 1.42 billion": "trade.exports level", "US$ 1.05 billion": "trade.imports level"}),
    ("Peru's copper exports to China run at about $60 million a day.", "2026-12-01",
     {"$60 million": "trade.exports level reporter=PE partner=CN product=copper"}),
    ("Copper averaged US$ 4.15 per pound in November.", "2026-12-01",
     {"US$ 4.15": "other level period=2026-11"}),
    # "above the (daily) average of <month year>": the base compared with, one year back,
    # also for days of a month against the whole month a year before (Secex)
    ("Exports were US$ 1.4 billion in November, 8% above the daily average of November "
     "2025.", "2026-12-01",
     {"8%": "trade.exports change direction=up basis=yoy period=2026-11"}),
    ("Brazil's imports averaged US$ 1.1 billion per working day in the third week of March, "
     "4% below the average of March 2025.", "2026-03-23",
     {"4%": "trade.imports change direction=down basis=yoy "
            "period=2026-03-15/2026-03-21 reporter=BR"}),
    ("In the first two weeks of May, exports reached US$ 12 billion, 6% more than in May "
     "2025.", "2026-05-18",
     {"6%": "trade.exports change direction=up basis=yoy period=2026-05-01/2026-05-15"}),
    # the form a commodity is traded in belongs to the product as written
    ("Argentina's exports of soybean meal rose 8% in October.", "2026-11-20",
     {"8%": "trade.exports change direction=up product=soybean_meal"}),
    ("Paraguay's exports of beef cuts rose 5% in October.", "2026-11-20",
     {"5%": "trade.exports change direction=up product=beef_cuts"}),
    ("Chile's exports of copper cathodes fell 2% in October.", "2026-11-20",
     {"2%": "trade.exports change direction=down product=copper_cathodes"}),
    ("Brazil's exports of iron ore pellets rose 7% in October.", "2026-11-20",
     {"7%": "trade.exports change direction=up product=iron_ore_pellets"}),
    # a bare "the deficit" / "the surplus" after a current account balance is that account's
    ("Colombia's current account showed a deficit of US$ 1.8 billion in the second quarter, "
     "or 1.7% of GDP. In the same quarter of 2025 the deficit was US$ 2.6 billion.",
     "2026-09-16",
     {"US$ 2.6 billion": "account.current level period=2025-Q2 reporter=CO"}),
    ("Peru's current account posted a surplus of US$ 1.1 billion in the third quarter, equal "
     "to 1.5% of GDP. In the second quarter, the surplus had reached US$ 0.9 billion.",
     "2026-11-20",
     {"US$ 0.9 billion": "account.current level period=2026-Q2 reporter=PE"}),
    ("Japan's current account surplus rose to 2 trillion yen in May. Exports rose 5% and "
     "imports fell 3%, leaving a surplus of 500 billion yen.", "2026-07-08",
     {"500 billion yen": "trade.surplus level period=2026-05"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(PASSAGES, {}))
def test_latam5_passage(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_as_scored(text, published, figure, spec)


# "the year through <month>" as a DATE: a flow's year to date, a rate's twelve months
YEAR_THROUGH_DATES = [
    ("Remittances to Guatemala in the year through September totaled $18.1 billion.",
     "2026-10-15", "2026-01/2026-09"),
    ("Brazil's trade surplus in the year through November reached $62.3 billion, as lower "
     "prices for soy weighed on exports.", "2026-12-04", "2026-01/2026-11"),
    ("In the year through May, Chile's consumer prices rose 3.1%.", "2026-06-08",
     "2025-06/2026-05"),
    ("Argentina's inflation was 31% in the year through October, INDEC said.", "2026-11-12",
     "2025-11/2026-10"),
]


@pytest.mark.parametrize(("text", "published", "value"), YEAR_THROUGH_DATES)
def test_latam5_year_through(text: str, published: str, value: str) -> None:
    import tradeie

    got = [e for e in tradeie.extract(text, published=published).entities
           if e.label == "DATE" and e.text.startswith("the year through")]
    assert got and _interval(got[0].attrs.get("value")) == _interval(value), \
        [e.attrs for e in got]
