"""Genre hunt: Latin American trade-balance and export stories in English, whole short stories
written for this test in the styles of the outlets that carry them: Brazil's trade ministry
(MDIC/SECEX) monthly balance as regional English sites write it, Peru's state agency ANDINA
(BCRP and mining ministry figures), MercoPress on Paraguay, Uruguay and Argentina (INDEC,
"interannual", BCP), Chile's central bank (copper), Colombia's DANE (FOB / CIF) and Mexico's
INEGI ("original figures", "annual rate"). Interactions between sentences are the point:
which period governs a paragraph (month, year-to-date, 12 months), whose economy a "US$"
figure is, and which agency released the data.

Each case is (text, published, {figure text: "metric role field=value ..."}); '-' stands for
null, '_' for a space; ``source=`` names the canonical ``name`` of the AGENCY the fact cites.
Only the fields named are checked. Open cases are strict xfails: they flip when fixed."""

from __future__ import annotations

import pytest
from helpers import check_fact_as_scored, fact_spec_params

import tradeie

MDIC = "Ministry_of_Development,_Industry,_Trade_and_Services"

STORIES = [
    # ---- Brazil, MDIC monthly balance (regional English site)
    ("Brazil's trade surplus hits US$ 5.8 billion in November\n\n"
     "Brasília, December 7 - Brazil's trade balance registered a surplus of US$ 5.8 billion in "
     "November, the Ministry of Development, Industry, Trade and Services (MDIC) reported on "
     "Thursday. It was the best result for the month in the historical series, which began in "
     "1989. Exports totaled US$ 28.1 billion, a 2.4% increase compared with November last "
     "year, while imports fell 1.9% to US$ 22.3 billion.\n\n"
     "From January to November, the surplus accumulated US$ 89.2 billion, up 9.5% over the "
     "same period of 2022. In the last 12 months, the trade flow reached US$ 598.7 billion.\n\n"
     "\"Agribusiness continues to drive our sales abroad,\" said Herlon Brandão, director of "
     "the Department of Economic Statistics and Studies at SECEX.", "2023-12-07",
     {"US$ 5.8 billion#2": f"trade.surplus level period=2023-11 reporter=BR source={MDIC}",
      "US$ 28.1 billion": f"trade.exports level period=2023-11 reporter=BR source={MDIC}",
      "2.4%": "trade.exports change direction=up basis=yoy period=2023-11 reporter=BR",
      "1.9%": "trade.imports change direction=down basis=yoy period=2023-11 reporter=BR",
      "US$ 22.3 billion": "trade.imports level period=2023-11 reporter=BR",
      "US$ 89.2 billion": f"trade.surplus level period=2023-01/2023-11 reporter=BR "
                          f"source={MDIC}",
      "9.5%": "trade.surplus change direction=up basis=yoy period=2023-01/2023-11 reporter=BR",
      "US$ 598.7 billion": "trade.total level period=2022-12/2023-11 reporter=BR"}),
    # ---- Peru, ANDINA on BCRP figures
    ("Peru posts trade surplus of US$ 1.2 billion in February\n\n"
     "Lima, Apr. 14 (ANDINA). Peru's trade balance posted a surplus of US$ 1.2 billion in "
     "February, the Central Reserve Bank of Peru (BCRP) reported. Thus, in the last 12 months "
     "the surplus reached US$ 11.4 billion, the highest figure on record.\n\n"
     "Exports amounted to US$ 5.1 billion in February, up 6.3% in annual terms, due to "
     "greater shipments of copper and gold. Traditional exports totaled US$ 3.6 billion, while "
     "non-traditional exports reached US$ 1.4 billion. Mining exports accounted for 61% of the "
     "total.\n\nImports stood at US$ 3.9 billion, 4.2% more than in the same month of 2023.",
     "2024-04-14",
     {"US$ 1.2 billion#2": "trade.surplus level period=2024-02 reporter=PE "
                            "source=Central_Reserve_Bank_of_Peru",
      "US$ 11.4 billion": "trade.surplus level period=2023-03/2024-02 reporter=PE",
      "US$ 5.1 billion": "trade.exports level period=2024-02 reporter=PE "
                         "source=Central_Reserve_Bank_of_Peru",
      "6.3%": "trade.exports change direction=up basis=yoy period=2024-02 reporter=PE",
      "US$ 3.6 billion": "trade.exports level period=2024-02 reporter=PE product=traditional",
      "US$ 1.4 billion": "trade.exports level period=2024-02 reporter=PE "
                         "product=non-traditional",
      "61%": "trade.exports share period=2024-02 reporter=PE product=mining",
      "US$ 3.9 billion": "trade.imports level period=2024-02 reporter=PE",
      "4.2%": "trade.imports change direction=up basis=yoy period=2024-02 reporter=PE"}),
    # ---- Paraguay, MercoPress, first semester
    ("Paraguay's exports fall 8% in the first half as soybean harvest disappoints\n\n"
     "Asunción, July 12 (MercoPress) - Paraguayan exports totaled US$ 7.2 billion in the first "
     "semester of 2024, an interannual drop of 8%, according to the Central Bank of Paraguay "
     "(BCP). Imports reached US$ 6.9 billion.\n\n"
     "Soybean shipments, the country's main export, fell 14% to US$ 2.1 billion, while beef "
     "sales rose 9% to US$ 890 million. Brazil and Argentina remained the main destinations "
     "of Paraguayan goods, absorbing 27% and 24% of the total, respectively. In June alone, "
     "exports amounted to US$ 1.1 billion.", "2024-07-12",
     {"US$ 7.2 billion": "trade.exports level period=2024-H1 reporter=PY "
                         "source=Central_Bank_of_Paraguay",
      "8%#2": "trade.exports change direction=down basis=yoy period=2024-H1 reporter=PY",
      "US$ 6.9 billion": "trade.imports level period=2024-H1 reporter=PY",
      "14%": "trade.exports change direction=down period=2024-H1 reporter=PY product=soybean",
      "US$ 2.1 billion": "trade.exports level period=2024-H1 reporter=PY product=soybean",
      "9%": "trade.exports change direction=up period=2024-H1 reporter=PY product=beef",
      "US$ 890 million": "trade.exports level period=2024-H1 reporter=PY product=beef",
      "27%": "trade.exports share period=2024-H1 reporter=PY partner=BR product=-",
      "24%": "trade.exports share period=2024-H1 reporter=PY partner=AR product=-",
      "US$ 1.1 billion": "trade.exports level period=2024-06 reporter=PY"}),
    # ---- Uruguay, MercoPress, partner ranking and year-to-date
    ("Uruguayan exports climb 12% in October led by beef and pulp\n\n"
     "Montevideo, Nov 3 (MercoPress) - Uruguay's exports reached US$ 1.08 billion in October, "
     "a 12% increase compared to the same month last year, according to the monthly report of "
     "the export promotion agency. China was the main destination with US$ 265 million, "
     "followed by Brazil with US$ 190 million and the United States with US$ 110 million.\n\n"
     "Beef exports totaled US$ 205 million, while cellulose pulp sales amounted to US$ 180 "
     "million. In the year-to-date, exports accumulated US$ 9.6 billion, down 3%.",
     "2023-11-03",
     {"US$ 1.08 billion": "trade.exports level period=2023-10 reporter=UY",
      "12%#2": "trade.exports change direction=up basis=yoy period=2023-10 reporter=UY",
      "US$ 265 million": "trade.exports level period=2023-10 reporter=UY partner=CN",
      "US$ 190 million": "trade.exports level period=2023-10 reporter=UY partner=BR",
      "US$ 110 million": "trade.exports level period=2023-10 reporter=UY partner=US",
      "US$ 205 million": "trade.exports level period=2023-10 reporter=UY product=beef",
      "US$ 180": "trade.exports level period=2023-10 reporter=UY product=cellulose_pulp",
      "US$ 9.6 billion": "trade.exports level period=2023-01/2023-10 reporter=UY",
      "3%": "trade.exports change direction=down period=2023-01/2023-10 reporter=UY"}),
    # ---- Argentina, INDEC (translated-from-Spanish English)
    ("Argentina posts US$ 1.9 billion trade surplus in September\n\n"
     "Buenos Aires, Oct 19 - Argentina's trade balance showed a surplus of US$ 1.9 billion in "
     "September, the INDEC statistics bureau reported on Thursday, the tenth consecutive month "
     "with a positive result. Exports reached US$ 6.9 billion, an interannual increase of "
     "18.4%, while imports totaled US$ 5.0 billion, 20.8% less than in September 2023.\n\n"
     "In the first nine months of the year, the accumulated surplus was US$ 14.4 billion. "
     "Brazil was the main trading partner, followed by China and the United States. Exports "
     "to Brazil amounted to US$ 1.1 billion. Sales of cereals grew 31%.", "2024-10-19",
     {"US$ 1.9 billion#2": "trade.surplus level period=2024-09 reporter=AR "
                            "source=National_Institute_of_Statistics_and_Censuses",
      "US$ 6.9 billion": "trade.exports level period=2024-09 reporter=AR",
      "18.4%": "trade.exports change direction=up basis=yoy period=2024-09 reporter=AR",
      "US$ 5.0 billion": "trade.imports level period=2024-09 reporter=AR",
      "20.8%": "trade.imports change direction=down basis=yoy period=2024-09 reporter=AR",
      "US$ 14.4 billion": "trade.surplus level period=2024-01/2024-09 reporter=AR "
                          "source=National_Institute_of_Statistics_and_Censuses",
      "US$ 1.1 billion": "trade.exports level period=2024-01/2024-09 reporter=AR partner=BR",
      "31%": "trade.exports change direction=up period=2024-01/2024-09 reporter=AR "
             "product=cereals"}),
    # ---- Chile, central bank, copper
    ("Chile's copper exports jump 19% in March\n\n"
     "SANTIAGO, April 8 - Chilean exports rose 5.6% year on year to US$ 8.9 billion in March, "
     "the Central Bank of Chile said on Monday, as copper shipments benefited from higher "
     "prices. Copper exports climbed 19% to US$ 4.5 billion, while sales of lithium carbonate "
     "plunged 62%.\n\nImports slipped 3.8% to US$ 6.9 billion, leaving a trade surplus of "
     "US$ 2.0 billion for the month. In the first quarter, the surplus totaled US$ 5.7 "
     "billion, according to the bank.", "2024-04-08",
     {"5.6%": "trade.exports change direction=up basis=yoy period=2024-03 reporter=CL "
              "source=Central_Bank_of_Chile",
      "US$ 8.9 billion": "trade.exports level period=2024-03 reporter=CL",
      "19%#2": "trade.exports change direction=up period=2024-03 reporter=CL product=copper",
      "US$ 4.5 billion": "trade.exports level period=2024-03 reporter=CL product=copper",
      "62%": "trade.exports change direction=down period=2024-03 reporter=CL "
             "product=lithium_carbonate",
      "3.8%": "trade.imports change direction=down period=2024-03 reporter=CL",
      "US$ 6.9 billion": "trade.imports level period=2024-03 reporter=CL",
      "US$ 2.0 billion": "trade.surplus level period=2024-03 reporter=CL "
                         "source=Central_Bank_of_Chile",
      "US$ 5.7": "trade.surplus level period=2024-Q1 reporter=CL"}),
    # ---- Colombia, DANE, FOB and CIF
    ("Colombia's trade deficit narrows in June\n\n"
     "BOGOTA, Aug 15 - Colombia registered a trade deficit of US$ 780.3 million FOB in June, "
     "compared with a deficit of US$ 1,102.6 million FOB in the same month of 2023, the "
     "national statistics department DANE said. Exports fell 4.1% to US$ 3,702.5 million FOB, "
     "mainly because of lower sales of fuels and extractive industry products, which dropped "
     "15.2%. Imports reached US$ 4,775.1 million CIF, a decrease of 9.4%.\n\n"
     "Coffee exports, on the other hand, rose 41.3%. The United States remained Colombia's "
     "main export destination, with a 28.4% share. Between January and June, the deficit was "
     "US$ 4,376.8 million FOB.", "2024-08-15",
     {"US$ 780.3 million": "trade.deficit level period=2024-06 reporter=CO "
                           "source=National_Administrative_Department_of_Statistics",
      "US$ 1,102.6 million": "trade.deficit level period=2023-06 reporter=CO",
      "4.1%": "trade.exports change direction=down period=2024-06 reporter=CO",
      "US$ 3,702.5 million": "trade.exports level period=2024-06 reporter=CO",
      "15.2%": "trade.exports change direction=down period=2024-06 reporter=CO",
      "US$ 4,775.1 million": "trade.imports level period=2024-06 reporter=CO",
      "9.4%": "trade.imports change direction=down period=2024-06 reporter=CO",
      "41.3%": "trade.exports change direction=up period=2024-06 reporter=CO product=coffee",
      "28.4%": "trade.exports share period=2024-06 reporter=CO partner=US",
      "US$ 4,376.8 million": "trade.deficit level period=2024-01/2024-06 reporter=CO"}),
    # ---- Mexico, INEGI, original and seasonally adjusted figures
    ("Mexico posts trade surplus in May\n\n"
     "MEXICO CITY, June 27 - Mexico recorded a trade surplus of 1.4 billion dollars in May, "
     "according to original figures published Thursday by the National Institute of "
     "Statistics and Geography (INEGI). Exports reached 56.4 billion dollars, an annual rate "
     "of 8.9%, while imports totaled 55.0 billion dollars, up 4.6% at an annual rate.\n\n"
     "With seasonally adjusted figures, exports rose 3.6% monthly. Oil exports fell 8.1% to "
     "2.5 billion dollars, while non-oil exports rose 10% annually. In January-May, the "
     "country accumulated a trade deficit of 1.5 billion dollars.", "2024-06-27",
     {"1.4 billion dollars": "trade.surplus level period=2024-05 reporter=MX "
                             "source=National_Institute_of_Statistics_and_Geography",
      "56.4 billion dollars": "trade.exports level period=2024-05 reporter=MX",
      "8.9%": "trade.exports change direction=up basis=yoy period=2024-05 reporter=MX",
      "55.0 billion dollars": "trade.imports level period=2024-05 reporter=MX",
      "4.6%": "trade.imports change direction=up basis=yoy period=2024-05 reporter=MX",
      "3.6%": "trade.exports change direction=up basis=mom period=2024-05 reporter=MX",
      "8.1%": "trade.exports change direction=down period=2024-05 reporter=MX product=oil",
      "2.5 billion dollars": "trade.exports level period=2024-05 reporter=MX product=oil",
      "10%": "trade.exports change direction=up basis=yoy period=2024-05 reporter=MX "
             "product=non-oil",
      "1.5 billion dollars": "trade.deficit level period=2024-01/2024-05 reporter=MX"}),
    # ---- Brazil, agribusiness exports and buyer ranking
    ("Agribusiness exports reach US$ 15.3 billion in August\n\n"
     "Brasília - Brazilian agribusiness exports totaled US$ 15.3 billion in August, a drop of "
     "4.1% compared to the same month in 2023, according to data from the Ministry of "
     "Agriculture and Livestock. China remained the main buyer, with purchases of US$ 4.6 "
     "billion, followed by the European Union, with US$ 2.3 billion, and the United States, "
     "with US$ 1.1 billion.\n\nSoy complex sales amounted to US$ 5.9 billion. In the "
     "year-to-date, agribusiness exports added up to US$ 112.4 billion.", "2024-09-12",
     {"US$ 15.3 billion#2": "trade.exports level period=2024-08 reporter=BR "
                             "product=agribusiness",
      "4.1%": "trade.exports change direction=down basis=yoy period=2024-08 reporter=BR",
      "US$ 4.6": "trade.exports level period=2024-08 reporter=BR partner=CN",
      "US$ 2.3 billion": "trade.exports level period=2024-08 reporter=BR partner=EU",
      "US$ 1.1 billion": "trade.exports level period=2024-08 reporter=BR partner=US",
      "US$ 5.9 billion": "trade.exports level period=2024-08 reporter=BR product=soy_complex",
      "US$ 112.4 billion": "trade.exports level period=2024-01/2024-08 reporter=BR "
                           "product=agribusiness"}),
    # ---- Peru, ANDINA on mining exports, a quarter and S/
    ("Peru: mining exports up 14% in first quarter\n\n"
     "Lima, May 20 (ANDINA) - Peru's mining exports reached US$ 10.9 billion between January "
     "and March 2024, 14% more than in the same period of 2023, the Ministry of Energy and "
     "Mines (Minem) reported. Copper accounted for 58% of the total, with shipments worth "
     "US$ 6.3 billion. China was the main destination, purchasing US$ 5.8 billion in mining "
     "products.\n\nIn March alone, mining exports stood at US$ 3.8 billion.", "2024-05-20",
     {"US$ 10.9 billion": "trade.exports level period=2024-Q1 reporter=PE product=mining",
      "14%#2": "trade.exports change direction=up basis=yoy period=2024-Q1 reporter=PE "
                  "product=mining",
      "58%": "trade.exports share period=2024-Q1 reporter=PE product=copper",
      "US$ 6.3 billion": "trade.exports level period=2024-Q1 reporter=PE product=copper",
      "US$ 5.8 billion": "trade.exports level period=2024-Q1 reporter=PE partner=CN",
      "US$ 3.8 billion": "trade.exports level period=2024-03 reporter=PE product=mining"}),
    # ---- Brazil's trade with the US (reporter stays BR)
    ("Brazil's exports to the US fall in October\n\n"
     "São Paulo, Nov 6 - Brazilian exports to the United States fell 6.4% in October to "
     "US$ 3.1 billion, the Foreign Trade Secretariat (SECEX) said, while imports from the US "
     "grew 11.2% to US$ 3.8 billion. As a result, Brazil posted a deficit of US$ 700 million "
     "in its trade with the Americans.\n\nShipments to China, the country's main partner, "
     "rose 18% to US$ 8.2 billion.", "2025-11-06",
     {"6.4%": "trade.exports change direction=down period=2025-10 reporter=BR partner=US "
              "source=Foreign_Trade_Secretariat",
      "US$ 3.1 billion": "trade.exports level period=2025-10 reporter=BR partner=US",
      "11.2%": "trade.imports change direction=up period=2025-10 reporter=BR partner=US",
      "US$ 3.8 billion": "trade.imports level period=2025-10 reporter=BR partner=US",
      "US$ 700 million": "trade.deficit level period=2025-10 reporter=BR",
      "18%": "trade.exports change direction=up period=2025-10 reporter=BR partner=CN",
      "US$ 8.2 billion": "trade.exports level period=2025-10 reporter=BR partner=CN"}),
    # ---- Argentina, MercoPress, half-year record and the month
    ("Argentine trade surplus hits record for the first half\n\n"
     "Buenos Aires, July 19 (MercoPress) - Argentina accumulated a trade surplus of US$ 9.88 "
     "billion in the first six months of the year, a record for the period, INDEC reported. "
     "In June alone the surplus was US$ 1.64 billion, as exports rose 7.6% year-on-year to "
     "US$ 6.3 billion and imports plummeted 37.5% to US$ 4.6 billion.\n\n"
     "Economy Minister Luis Caputo celebrated the figures on social media.", "2024-07-19",
     {"US$ 9.88": "trade.surplus level period=2024-H1 reporter=AR "
                  "source=National_Institute_of_Statistics_and_Censuses",
      "US$ 1.64 billion": "trade.surplus level period=2024-06 reporter=AR",
      "7.6%": "trade.exports change direction=up basis=yoy period=2024-06 reporter=AR",
      "US$ 6.3 billion": "trade.exports level period=2024-06 reporter=AR",
      "37.5%": "trade.imports change direction=down basis=yoy period=2024-06 reporter=AR",
      "US$ 4.6 billion": "trade.imports level period=2024-06 reporter=AR"}),
    # ---- Mexico, a revised balance and the US as main market
    ("Mexico's trade deficit widens in February\n\n"
     "MEXICO CITY, March 25 - Mexico posted a trade deficit of US$ 584 million in February, "
     "INEGI said in its timely trade report. The January deficit was revised to US$ 4.3 "
     "billion from an originally reported US$ 4.6 billion.\n\n"
     "Shipments to the United States, the destination of about 80% of Mexican exports, grew "
     "6.1% at an annual rate. Total exports were US$ 48.3 billion, while imports reached "
     "US$ 48.9 billion. Analysts polled by Reuters had expected a surplus of US$ 200 million.",
     "2024-03-25",
     {"US$ 584 million": "trade.deficit level period=2024-02 reporter=MX "
                         "source=National_Institute_of_Statistics_and_Geography",
      "US$ 4.3": "trade.deficit level period=2024-01 reporter=MX modality=actual",
      "US$ 4.6 billion": "trade.deficit level period=2024-01 reporter=MX modality=previous",
      "80%": "trade.exports share reporter=MX partner=US",
      "6.1%": "trade.exports change direction=up basis=yoy period=2024-02 reporter=MX "
              "partner=US",
      "US$ 48.3 billion": "trade.exports level period=2024-02 reporter=MX",
      "US$ 48.9 billion": "trade.imports level period=2024-02 reporter=MX",
      "US$ 200 million": "trade.surplus level period=2024-02 reporter=MX modality=forecast "
                         "source=-"}),
    # ---- Uruguay, the central bank and an 'interannual' quarter, the US as second buyer
    ("Uruguay's goods exports rise in the third quarter\n\n"
     "Montevideo (MercoPress) - Uruguay's goods exports totaled US$ 3.1 billion in the third "
     "quarter, an interannual rise of 4.5%, the Central Bank of Uruguay (BCU) said on Friday. "
     "China remained the first destination, taking 22% of the total, and the United States "
     "came second with 10%.\n\n"
     "Sales to the US amounted to US$ 310 million. Imports, meanwhile, dropped 7% to US$ 2.6 "
     "billion, leaving the quarter with a surplus of US$ 500 million.", "2024-10-04",
     {"US$ 3.1 billion": "trade.exports level period=2024-Q3 reporter=UY "
                         "source=Central_Bank_of_Uruguay",
      "4.5%": "trade.exports change direction=up basis=yoy period=2024-Q3 reporter=UY",
      "22%": "trade.exports share period=2024-Q3 reporter=UY partner=CN",
      "10%": "trade.exports share period=2024-Q3 reporter=UY partner=US",
      "US$ 310 million": "trade.exports level period=2024-Q3 reporter=UY partner=US",
      "7%": "trade.imports change direction=down period=2024-Q3 reporter=UY",
      "US$ 2.6": "trade.imports level period=2024-Q3 reporter=UY",
      "US$ 500 million": "trade.surplus level period=2024-Q3 reporter=UY"}),
    # ---- Brazil, annual balance story with the 12-month and monthly passages
    ("Brazil closes 2024 with US$ 74.6 billion trade surplus\n\n"
     "Brasília, Jan 6 - Brazil ended 2024 with a trade surplus of US$ 74.6 billion, the "
     "second best result in the historical series, according to SECEX. Exports fell 0.8% to "
     "US$ 337 billion, while imports rose 9% to US$ 262.5 billion. China was the main buyer "
     "of Brazilian products, with US$ 94.4 billion, followed by the United States, with "
     "US$ 40.3 billion.\n\n"
     "In December, the surplus reached US$ 4.8 billion. Exports of crude oil rose 12% in the "
     "month, and iron ore sales fell 5.4%.", "2025-01-06",
     {"US$ 74.6 billion#2": "trade.surplus level period=2024 reporter=BR "
                            "source=Foreign_Trade_Secretariat",
      "0.8%": "trade.exports change direction=down period=2024 reporter=BR",
      "US$ 337 billion": "trade.exports level period=2024 reporter=BR",
      "9%": "trade.imports change direction=up period=2024 reporter=BR",
      "US$ 262.5 billion": "trade.imports level period=2024 reporter=BR",
      "US$ 94.4 billion": "trade.exports level period=2024 reporter=BR partner=CN",
      "US$ 40.3 billion": "trade.exports level period=2024 reporter=BR partner=US",
      "US$ 4.8 billion": "trade.surplus level period=2024-12 reporter=BR",
      "12%": "trade.exports change direction=up period=2024-12 reporter=BR product=crude_oil",
      "5.4%": "trade.exports change direction=down period=2024-12 reporter=BR "
              "product=iron_ore"}),
    # ---- Peru, ANDINA syndicated: agro-exports with a sol conversion and 12 months
    ("Peru's agro-exports hit record in first half\n\n"
     "Lima, Aug. 2 (ANDINA) - Peru's agricultural exports totaled US$ 5.3 billion in the first "
     "half of 2024, 8.1% more than in the same period of 2023, the Ministry of Agrarian "
     "Development and Irrigation (Midagri) reported. In soles, the figure was equivalent to "
     "S/ 19.8 billion.\n\n"
     "Blueberries led with US$ 610 million, followed by avocados with US$ 590 million. The "
     "United States was the main destination, with a 33% share. In the last 12 months, "
     "agro-exports reached US$ 11.2 billion.", "2024-08-02",
     {"US$ 5.3 billion": "trade.exports level period=2024-H1 reporter=PE product=agricultural",
      "8.1%": "trade.exports change direction=up basis=yoy period=2024-H1 reporter=PE",
      "S/ 19.8 billion": "trade.exports level period=2024-H1 reporter=PE",
      "US$ 610 million": "trade.exports level period=2024-H1 reporter=PE product=Blueberries",
      "US$ 590 million": "trade.exports level period=2024-H1 reporter=PE partner=- "
                         "product=avocados",
      "33%": "trade.exports share period=2024-H1 reporter=PE partner=US",
      "US$ 11.2 billion": "trade.exports level period=2023-07/2024-06 reporter=PE"}),
    # ---- Brazil, half-year balance with the month and the year's accumulation
    ("Trade balance closes first half with US$ 42.3 billion surplus\n\n"
     "The Brazilian trade balance closed the first half of 2024 with a surplus of US$ 42.3 "
     "billion, according to data released on Friday by the Ministry of Development, "
     "Industry, Trade and Services. In June alone, the surplus was US$ 6.7 billion, a fall of "
     "38.9% in relation to the same month last year.\n\n"
     "In the accumulated for the year, exports totalled US$ 167.6 billion, while imports "
     "added up to US$ 125.3 billion. The daily average of exports in June was US$ 1.37 "
     "billion.\n\n"
     "\"The result reflects lower commodity prices,\" said Herlon Brandão, director of "
     "Economic Statistics and Studies at the Foreign Trade Secretariat.", "2024-07-05",
     {"US$ 42.3": f"trade.surplus level period=2024-H1 reporter=BR source={MDIC}",
      "US$ 6.7 billion": f"trade.surplus level period=2024-06 reporter=BR source={MDIC}",
      "38.9%": "trade.surplus change direction=down basis=yoy period=2024-06 reporter=BR",
      "US$ 167.6 billion": "trade.exports level period=2024-H1 reporter=BR",
      "US$ 125.3 billion": "trade.imports level period=2024-H1 reporter=BR",
      "US$ 1.37": "trade.exports level period=2024-06 reporter=BR"}),
    # ---- Chile, the bank by its function, the US as a market, copper volumes
    ("Chilean shipments to the US climb\n\n"
     "SANTIAGO, Feb 7 - Chile's exports to the United States rose 12% in January to US$ 1.5 "
     "billion, the Chilean central bank said, making the US the country's second-largest "
     "market after China. Total exports reached US$ 8.6 billion in the month, while imports "
     "totalled US$ 6.9 billion.\n\n"
     "Copper shipments amounted to US$ 4.1 billion, and exports of fresh fruit added US$ 1.1 "
     "billion. Sales to China were worth US$ 3.2 billion.", "2025-02-07",
     {"12%": "trade.exports change direction=up period=2025-01 reporter=CL partner=US "
             "source=Central_Bank_of_Chile",
      "US$ 1.5": "trade.exports level period=2025-01 reporter=CL partner=US",
      "US$ 8.6 billion": "trade.exports level period=2025-01 reporter=CL partner=- "
                         "source=Central_Bank_of_Chile",
      "US$ 6.9 billion": "trade.imports level period=2025-01 reporter=CL partner=-",
      "US$ 4.1 billion": "trade.exports level period=2025-01 reporter=CL product=Copper",
      "US$ 1.1": "trade.exports level period=2025-01 reporter=CL product=fresh_fruit",
      "US$ 3.2 billion": "trade.exports level period=2025-01 reporter=CL partner=CN"}),
    # ---- Colombia, DANE, the year's period and the month's in one sentence
    ("Colombian exports fall in the first eleven months\n\n"
     "Bogota (DANE) - In the January-November period, Colombia's exports fell 4.5% to US$ "
     "45.2 billion FOB, while in November alone they rose 2.1%, according to the National "
     "Administrative Department of Statistics. Imports in the first eleven months totaled "
     "US$ 55.9 billion CIF.\n\n"
     "Oil and derivatives accounted for 28.1% of total exports in the period. Exports to "
     "the United States, the main destination, reached US$ 13.0 billion.", "2024-01-17",
     {"4.5%": "trade.exports change direction=down period=2023-01/2023-11 reporter=CO "
              "source=National_Administrative_Department_of_Statistics",
      "US$ 45.2 billion": "trade.exports level period=2023-01/2023-11 reporter=CO",
      "2.1%": "trade.exports change direction=up period=2023-11 reporter=CO",
      "US$ 55.9 billion": "trade.imports level period=2023-01/2023-11 reporter=CO",
      "28.1%": "trade.exports share period=2023-01/2023-11 reporter=CO "
               "product=Oil_and_derivatives",
      "US$ 13.0 billion": "trade.exports level period=2023-01/2023-11 reporter=CO partner=US"}),
    # ---- Uruguay, a table turned into sentences
    ("Uruguay: exports by product in March\n\n"
     "Montevideo - Uruguay's exports totaled US$ 1.02 billion in March, an interannual "
     "variation of -6%, according to the Central Bank of Uruguay. By product: beef, US$ 190 "
     "million (+12%); soybeans, US$ 150 million (-35%); cellulose, US$ 140 million (-8%).",
     "2024-04-03",
     {"US$ 1.02 billion": "trade.exports level period=2024-03 reporter=UY "
                          "source=Central_Bank_of_Uruguay",
      "-6%": "trade.exports change direction=down basis=yoy period=2024-03 reporter=UY",
      "US$ 190": "trade.exports level period=2024-03 reporter=UY product=beef",
      "+12%": "trade.exports change direction=up period=2024-03 reporter=UY product=beef",
      "US$ 150": "trade.exports level period=2024-03 reporter=UY product=soybeans",
      "-35%": "trade.exports change direction=down period=2024-03 reporter=UY "
              "product=soybeans",
      "US$ 140": "trade.exports level period=2024-03 reporter=UY product=cellulose",
      "-8%": "trade.exports change direction=down period=2024-03 reporter=UY "
             "product=cellulose"}),
    # ---- Mexico, seasonally adjusted monthly balance and the year so far
    ("Mexico's trade balance swings to deficit\n\n"
     "Mexico City - The trade balance for the January-April period showed a deficit of "
     "US$ 3.6 billion, INEGI reported on Monday. In April, the deficit was US$ 3.7 billion "
     "in original figures. With seasonally adjusted figures, the balance showed a deficit of "
     "US$ 2.1 billion in the month.\n\n"
     "Petroleum exports dropped 14.2% at an annual rate, while those of manufactures grew "
     "3.3%. Imports of consumer goods increased 9.8%.", "2024-05-27",
     {"US$ 3.6 billion": "trade.deficit level period=2024-01/2024-04 reporter=MX "
                         "source=National_Institute_of_Statistics_and_Geography",
      "US$ 3.7 billion": "trade.deficit level period=2024-04 reporter=MX",
      "US$ 2.1 billion": "trade.deficit level period=2024-04 reporter=MX",
      "14.2%": "trade.exports change direction=down basis=yoy period=2024-04 reporter=MX "
               "product=Petroleum",
      "3.3%": "trade.exports change direction=up basis=yoy period=2024-04 reporter=MX "
              "product=manufactures",
      "9.8%": "trade.imports change direction=up period=2024-04 reporter=MX "
              "product=consumer_goods"}),
    # ---- Argentina, INDEC with the central bank, pesos and the US
    ("Argentina's exports to the US climb\n\n"
     "Buenos Aires (MercoPress) - Argentine exports to the United States reached US$ 620 "
     "million in May, 21% more than a year earlier, INDEC reported. Imports from the US fell "
     "30% to US$ 480 million. The United States was Argentina's third trading partner, "
     "after Brazil and China.\n\n"
     "Total exports amounted to US$ 7.1 billion in May, the highest for the month since "
     "2022. Export duties collected 1.2 trillion pesos in the month.", "2024-06-20",
     {"US$ 620": "trade.exports level period=2024-05 reporter=AR partner=US "
                 "source=National_Institute_of_Statistics_and_Censuses",
      "21%": "trade.exports change direction=up basis=yoy period=2024-05 reporter=AR "
             "partner=US",
      "30%": "trade.imports change direction=down period=2024-05 reporter=AR partner=US",
      "US$ 480 million": "trade.imports level period=2024-05 reporter=AR partner=US",
      "US$ 7.1 billion": "trade.exports level period=2024-05 reporter=AR partner=-"}),
    # ---- Peru, ANDINA: two agencies, each the source of its own figures
    ("Peru: non-traditional exports grow 9.1% through April\n\n"
     "Lima, June 3 (ANDINA) - Peru's non-traditional exports amounted to US$ 5.4 billion "
     "between January and April 2024, a 9.1% increase compared with the same period of 2023, "
     "the Ministry of Foreign Trade and Tourism (Mincetur) reported. Agro-exports rose 11.2% "
     "to US$ 2.9 billion, while textile shipments fell 6.5%.\n\n"
     "According to the Central Reserve Bank of Peru (BCRP), total exports reached US$ 21.6 "
     "billion in the four months. The United States was the main market for "
     "non-traditional products, with purchases of US$ 1.6 billion.", "2024-06-03",
     {"US$ 5.4 billion": "trade.exports level period=2024-01/2024-04 reporter=PE "
                         "product=non-traditional source=Ministry_of_Foreign_Trade_and_Tourism",
      "9.1%#2": "trade.exports change direction=up basis=yoy period=2024-01/2024-04 "
                "reporter=PE source=Ministry_of_Foreign_Trade_and_Tourism",
      "11.2%": "trade.exports change direction=up period=2024-01/2024-04 reporter=PE "
               "source=Ministry_of_Foreign_Trade_and_Tourism",
      "US$ 2.9 billion": "trade.exports level period=2024-01/2024-04 reporter=PE",
      "6.5%": "trade.exports change direction=down period=2024-01/2024-04 reporter=PE "
              "product=textile",
      "US$ 21.6 billion": "trade.exports level period=2024-01/2024-04 reporter=PE product=- "
                          "source=Central_Reserve_Bank_of_Peru",
      "US$ 1.6 billion": "trade.exports level period=2024-01/2024-04 reporter=PE "
                         "partner=US"}),
    # ---- Brazil, a revised month and an outlet's poll
    ("Brazil's trade surplus beats forecasts in October\n\n"
     "Brasília (Reuters) - Brazil posted a trade surplus of US$ 8.8 billion in October, above "
     "the US$ 7.5 billion expected by economists in a Reuters poll, the Foreign Trade "
     "Secretariat said on Wednesday. The September surplus was revised to US$ 9.0 billion "
     "from US$ 8.9 billion.\n\n"
     "Exports to China rose 11% to US$ 9.1 billion, while exports to the United States fell "
     "4% to US$ 3.3 billion. Oil exports totaled US$ 4.4 billion.", "2023-11-08",
     {"US$ 8.8 billion": "trade.surplus level period=2023-10 reporter=BR "
                           "source=Foreign_Trade_Secretariat",
      "US$ 7.5 billion": "trade.surplus level period=2023-10 reporter=BR modality=forecast "
                         "source=-",
      "US$ 9.0 billion": "trade.surplus level period=2023-09 reporter=BR modality=actual",
      "US$ 8.9 billion": "trade.surplus level period=2023-09 reporter=BR modality=previous",
      "11%": "trade.exports change direction=up period=2023-10 reporter=BR partner=CN "
             "source=Foreign_Trade_Secretariat",
      "US$ 9.1 billion": "trade.exports level period=2023-10 reporter=BR partner=CN",
      "4%": "trade.exports change direction=down period=2023-10 reporter=BR partner=US",
      "US$ 3.3 billion": "trade.exports level period=2023-10 reporter=BR partner=US",
      "US$ 4.4 billion": "trade.exports level period=2023-10 reporter=BR partner=- "
                         "product=Oil"}),
    # ---- Colombia, a 12-month period with its end month, and DANE by acronym only
    ("Colombia's trade gap narrows over 12 months\n\n"
     "Bogota - In the twelve months to October, Colombia's trade deficit was US$ 9.8 billion "
     "FOB, down from US$ 14.1 billion a year earlier, DANE said on Friday. In October, "
     "exports rose 3.2% to US$ 4.1 billion FOB.\n\n"
     "Coal exports fell 25.1%, while coffee sales jumped 32.6%.", "2024-12-20",
     {"US$ 9.8 billion": "trade.deficit level period=2023-11/2024-10 reporter=CO "
                         "source=National_Administrative_Department_of_Statistics",
      "US$ 14.1 billion": "trade.deficit level period=2022-11/2023-10 reporter=CO",
      "3.2%": "trade.exports change direction=up period=2024-10 reporter=CO",
      "US$ 4.1 billion": "trade.exports level period=2024-10 reporter=CO",
      "25.1%": "trade.exports change direction=down period=2024-10 reporter=CO product=Coal",
      "32.6%": "trade.exports change direction=up period=2024-10 reporter=CO "
               "product=coffee"}),
    # ---- Chile, the central bank's monthly bulletin with the year so far and copper price
    ("Chile: trade surplus reaches US$ 2.1 billion in August\n\n"
     "Santiago, Sept 7 - Chile's trade balance showed a surplus of US$ 2.1 billion in August, "
     "the Central Bank reported. So far this year, the surplus totals US$ 14.2 billion, "
     "compared with US$ 9.6 billion in the same period of 2023.\n\n"
     "Copper exports reached US$ 4.0 billion in August, 12.1% more than a year earlier, on "
     "higher prices. The metal averaged US$ 4.15 per pound in the month.", "2024-09-07",
     {"US$ 2.1 billion#2": "trade.surplus level period=2024-08 reporter=CL "
                           "source=Central_Bank_of_Chile",
      "US$ 14.2 billion": "trade.surplus level period=2024-01/2024-08 reporter=CL",
      "US$ 9.6 billion": "trade.surplus level period=2023-01/2023-08 reporter=CL",
      "US$ 4.0 billion": "trade.exports level period=2024-08 reporter=CL product=Copper",
      "12.1%": "trade.exports change direction=up basis=yoy period=2024-08 reporter=CL "
               "product=Copper",
      "US$ 4.15": "other level period=2024-08"}),
    # ---- Mexico, remittance-free trade note with the US share and the peso
    ("Mexico's exports to the US hit record\n\n"
     "Mexico City - Mexican exports to the United States totaled US$ 42.8 billion in March, "
     "a record for any month, according to INEGI data. That represented 83.1% of the "
     "country's total exports. Exports to Canada fell 2.3%.\n\n"
     "Automotive exports, the largest category, rose 8.4% to US$ 17.9 billion.", "2024-04-26",
     {"US$ 42.8 billion": "trade.exports level period=2024-03 reporter=MX partner=US "
                          "source=National_Institute_of_Statistics_and_Geography",
      "83.1%": "trade.exports share period=2024-03 reporter=MX partner=US",
      "2.3%": "trade.exports change direction=down period=2024-03 reporter=MX partner=CA",
      "8.4%": "trade.exports change direction=up period=2024-03 reporter=MX partner=- "
              "product=Automotive",
      "US$ 17.9 billion": "trade.exports level period=2024-03 reporter=MX partner=- "
                          "product=Automotive"}),
    # ---- Paraguay, the BCP with guaraníes and re-exports
    ("Paraguay's trade deficit widens in the first quarter\n\n"
     "Asunción (MercoPress) - Paraguay's trade balance registered a deficit of US$ 412 "
     "million in the first quarter, according to the Central Bank of Paraguay. Registered "
     "exports totaled US$ 2.9 billion, while re-exports reached US$ 320 million. Imports "
     "rose 6.4% to US$ 3.6 billion.\n\n"
     "Electricity exports from the Itaipú and Yacyretá dams fell 18%.", "2024-04-15",
     {"US$ 412": "trade.deficit level period=2024-Q1 reporter=PY "
                 "source=Central_Bank_of_Paraguay",
      "US$ 2.9 billion": "trade.exports level period=2024-Q1 reporter=PY",
      "US$ 320 million": "trade.exports level period=2024-Q1 reporter=PY product=re-exports",
      "6.4%": "trade.imports change direction=up period=2024-Q1 reporter=PY",
      "US$ 3.6 billion": "trade.imports level period=2024-Q1 reporter=PY",
      "18%": "trade.exports change direction=down period=2024-Q1 reporter=PY "
             "product=Electricity"}),
    # ---- Mexico, a wire story quoting an official, '$' amounts and the US
    ("Mexico's exports to US slow in July\n\n"
     "MEXICO CITY, Aug 27 (EFE) - Mexico's exports grew 2.8% year on year in July to $51.9 "
     "billion, data from the national statistics institute INEGI showed on Tuesday. "
     "Shipments to the United States rose 3.1%, while those to the rest of the world fell "
     "1.2%.\n\n"
     "\"The slowdown reflects weaker US demand,\" said Economy Minister Raquel Buenrostro. "
     "Imports climbed 4.1% to $52.3 billion, leaving a deficit of $400 million.",
     "2024-08-27",
     {"2.8%": "trade.exports change direction=up basis=yoy period=2024-07 reporter=MX "
              "source=National_Institute_of_Statistics_and_Geography",
      "$51.9 billion": "trade.exports level period=2024-07 reporter=MX partner=-",
      "3.1%": "trade.exports change direction=up period=2024-07 reporter=MX partner=US",
      "1.2%": "trade.exports change direction=down period=2024-07 reporter=MX partner=-",
      "4.1%": "trade.imports change direction=up period=2024-07 reporter=MX partner=- "
              "source=National_Institute_of_Statistics_and_Geography",
      "$52.3 billion": "trade.imports level period=2024-07 reporter=MX partner=-",
      "$400 million": "trade.deficit level period=2024-07 reporter=MX partner=-"}),
    # ---- Brazil, a weekly release and the month to date
    ("Brazil's trade surplus at US$ 3.2 billion in first week of March\n\n"
     "Brasília - Brazil's trade balance posted a surplus of US$ 3.2 billion in the first week "
     "of March, according to the Foreign Trade Secretariat (Secex). Exports reached US$ 7.4 "
     "billion in the week and imports US$ 4.2 billion.\n\n"
     "In the year to date, the surplus totals US$ 18.6 billion, up 21.4% on the same period "
     "of 2023.", "2024-03-11",
     {"US$ 7.4 billion": "trade.exports level reporter=BR source=Foreign_Trade_Secretariat",
      "US$ 4.2 billion": "trade.imports level reporter=BR",
      "US$ 18.6 billion": "trade.surplus level reporter=BR",
      "21.4%": "trade.surplus change direction=up basis=yoy reporter=BR"}),
    # ---- Argentina, MercoPress, the central bank's reserves after the trade data
    ("Argentina posts ninth straight trade surplus\n\n"
     "Buenos Aires (MercoPress) - Argentina recorded a trade surplus of US$ 2.28 billion in "
     "August, INDEC said. Exports rose 25.8% interannually to US$ 7.05 billion, driven by "
     "soybean meal and crude oil, and imports fell 15.5% to US$ 4.77 billion.\n\n"
     "Energy shipments alone generated US$ 850 million. China bought 8.6% of Argentine "
     "exports, behind Brazil with 16.3%.", "2024-09-19",
     {"US$ 2.28 billion": "trade.surplus level period=2024-08 reporter=AR "
                          "source=National_Institute_of_Statistics_and_Censuses",
      "25.8%": "trade.exports change direction=up basis=yoy period=2024-08 reporter=AR",
      "US$ 7.05 billion": "trade.exports level period=2024-08 reporter=AR",
      "15.5%": "trade.imports change direction=down period=2024-08 reporter=AR",
      "US$ 4.77 billion": "trade.imports level period=2024-08 reporter=AR",
      "US$ 850 million": "trade.exports level period=2024-08 reporter=AR product=Energy",
      "8.6%": "trade.exports share period=2024-08 reporter=AR partner=CN",
      "16.3%": "trade.exports share period=2024-08 reporter=AR partner=BR"}),
    # ---- Chile, copper volumes and a quarter vs. the month
    ("Chile: copper shipments rise in the second quarter\n\n"
     "Santiago - Chilean copper exports totaled US$ 12.7 billion in the second quarter, 17.3% "
     "more than a year earlier, the Central Bank of Chile said. In June, copper exports were "
     "US$ 4.2 billion. Shipments of the metal to China, its main buyer, reached US$ 6.1 "
     "billion in the quarter.", "2024-07-08",
     {"US$ 12.7 billion": "trade.exports level period=2024-Q2 reporter=CL product=copper "
                          "source=Central_Bank_of_Chile",
      "17.3%": "trade.exports change direction=up basis=yoy period=2024-Q2 reporter=CL "
               "product=copper",
      "US$ 4.2 billion": "trade.exports level period=2024-06 reporter=CL product=copper",
      "US$ 6.1": "trade.exports level period=2024-Q2 reporter=CL partner=CN"}),
    # ---- Peru, ANDINA on SUNAT customs data with the US
    ("Peru's exports to the US grow 14%\n\n"
     "Lima, Feb. 20 (ANDINA) - Peruvian exports to the United States reached US$ 9.3 billion "
     "in 2023, 14% more than in 2022, according to customs data from SUNAT. The US remained "
     "Peru's second-largest trading partner after China, which bought US$ 23.4 billion. "
     "Peru's imports from the US fell 7.9% to US$ 8.1 billion.", "2024-02-20",
     {"US$ 9.3 billion": "trade.exports level period=2023 reporter=PE partner=US "
                         "source=National_Superintendency_of_Customs_and_Tax_Administration",
      "14%#2": "trade.exports change direction=up basis=yoy period=2023 reporter=PE "
               "partner=US",
      "US$ 23.4 billion": "trade.exports level period=2023 reporter=PE partner=CN",
      "7.9%": "trade.imports change direction=down period=2023 reporter=PE partner=US",
      "US$ 8.1 billion": "trade.imports level period=2023 reporter=PE partner=US"}),
    # ---- Brazil soy to China from Chinese customs data (the reporter is China)
    ("China's soy imports from Brazil jump\n\n"
     "São Paulo - China imported 74.6 million tonnes of soybeans from Brazil in 2023, up 25% "
     "from a year earlier, according to China's General Administration of Customs. Brazil "
     "supplied 70% of China's soybean imports. Brazilian soy exports to all destinations "
     "reached US$ 53.2 billion in the year, the Foreign Trade Secretariat said.",
     "2024-01-20",
     {"74.6 million tonnes": "trade.imports level period=2023 reporter=CN partner=BR "
                             "product=soybeans",
      "25%": "trade.imports change direction=up basis=yoy period=2023 reporter=CN partner=BR",
      "70%": "trade.imports share period=2023 reporter=CN partner=BR",
      "US$ 53.2 billion": "trade.exports level period=2023 reporter=BR partner=- "
                          "source=Foreign_Trade_Secretariat"}),
    # ---- Argentina, reserves and the balance in one story
    ("Argentina's reserves rise after record harvest exports\n\n"
     "Buenos Aires (MercoPress) - Argentina's Central Bank (BCRA) said gross reserves rose to "
     "US$ 29.9 billion at the end of May, up US$ 3.6 billion in the month. The trade surplus "
     "for May was US$ 2.66 billion, INDEC reported, as grain exports rose 41.3%.",
     "2024-06-20",
     {"US$ 29.9 billion": "reserves.fx level reporter=AR source=Central_Bank_of_Argentina",
      "US$ 3.6 billion": "reserves.fx change direction=up period=2024-05 reporter=AR",
      "US$ 2.66 billion": "trade.surplus level period=2024-05 reporter=AR "
                          "source=National_Institute_of_Statistics_and_Censuses",
      "41.3%": "trade.exports change direction=up period=2024-05 reporter=AR product=grain"}),
    # ---- Uruguay XXI as the source; Brazil as the first market
    ("Uruguay's exports reach US$ 13.6 billion in 2024\n\n"
     "Montevideo (MercoPress) - Uruguayan goods exports, including those from free trade "
     "zones, totaled US$ 13.6 billion in 2024, 3% more than in 2023, according to Uruguay "
     "XXI. Brazil overtook China as the main destination, with US$ 2.7 billion, while "
     "China bought US$ 2.4 billion.", "2025-01-08",
     {"US$ 13.6 billion#2": "trade.exports level period=2024 reporter=UY source=Uruguay_XXI",
      "3%": "trade.exports change direction=up basis=yoy period=2024 reporter=UY",
      "US$ 2.7 billion": "trade.exports level period=2024 reporter=UY partner=BR",
      "US$ 2.4 billion": "trade.exports level period=2024 reporter=UY partner=CN"}),
    # ---- Brazil, machine-translated English from a regional site
    ("Trade balance registers surplus of US$ 9.4 billion in May\n\n"
     "The Brazilian trade balance registered a surplus of US$ 9.4 billion in May, the best "
     "result for the month in the historical series, informed this Thursday (6) the MDIC. "
     "The exports added US$ 30.2 billion, growth of 5.6% in relation to May of last year, "
     "and the imports added US$ 20.8 billion, retraction of 3.2%.\n\n"
     "In the year, the balance accumulates surplus of US$ 32.1 billion.", "2024-06-06",
     {"US$ 9.4 billion#2": f"trade.surplus level period=2024-05 reporter=BR source={MDIC}",
      "US$ 30.2 billion": "trade.exports level period=2024-05 reporter=BR",
      "5.6%": "trade.exports change direction=up basis=yoy period=2024-05 reporter=BR",
      "US$ 20.8 billion": "trade.imports level period=2024-05 reporter=BR",
      "3.2%": "trade.imports change direction=down period=2024-05 reporter=BR",
      "US$ 32.1 billion": "trade.surplus level period=2024-01/2024-05 reporter=BR"}),
    # ---- Peru, ANDINA, the balance with the 12 months and a sol figure
    ("Peru: trade surplus hits US$ 2.3 billion in March\n\n"
     "Lima, May 10 (ANDINA) - Peru's trade balance registered a surplus of US$ 2.3 billion in "
     "March, the highest for that month, the Central Reserve Bank (BCR) reported. In the last "
     "twelve months, the trade surplus amounted to US$ 20.7 billion, equivalent to 7.8% of "
     "GDP.\n\nExports of copper reached US$ 1.9 billion in March, 14% more than a year ago.",
     "2024-05-10",
     {"US$ 2.3 billion#2": "trade.surplus level period=2024-03 reporter=PE",
      "US$ 20.7 billion": "trade.surplus level period=2023-04/2024-03 reporter=PE",
      "7.8%": "trade.surplus share period=2023-04/2024-03 reporter=PE",
      "US$ 1.9 billion": "trade.exports level period=2024-03 reporter=PE product=copper",
      "14%": "trade.exports change direction=up basis=yoy period=2024-03 reporter=PE "
             "product=copper"}),
]

XFAIL: dict[tuple[str, str], str] = {
    ("Peru: mining exports", "US$ 6.3 billion"): "'Copper accounted for 58% of the total, "
                                                 "with shipments worth': the product of the "
                                                 "clause's subject is not carried",
    ("Chilean shipments to the US", "US$ 1.1"): "'exports of fresh fruit added US$ 1.1 "
                                                "billion': 'added' is read as a change",
    ("Trade balance registers surplus", "US$ 30.2 billion"): "translated 'The exports added "
                                                        "US$ X' (totaled) is read as a "
                                                        "change",
    ("Trade balance registers surplus", "US$ 20.8 billion"): "the same translated 'added'",
    ("Chile: trade surplus reaches", "US$ 9.6 billion"): "the same period compared with",
    ("Mexico's exports to the US", "83.1%"): "'That represented 83.1% of the country's total "
                                            "exports': the pronoun's partner is not carried",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_latrade_story(text, published, figure, spec):
    check_fact_as_scored(text, published, figure, spec)


# Short passages, one construction each, for the classes fixed on the stories above.
SHORT = [
    # a dollar sign after "US" names a currency, no economy: not the story's economy, and no
    # partner after "to" ("rose 5% to US $50 billion")
    ("Peru's exports reached US$ 5.1 billion in March, while imports were US$ 4.0 billion. "
     "Mining exports were US$ 3 billion, and shipments of gold US$ 1 billion.", "2024-04-20",
     {"US$ 3 billion": "trade.exports level reporter=PE partner=-",
      "US$ 1 billion": "trade.exports level reporter=PE partner=-"}),
    ("Mexico's imports rose 5% to US $50 billion in January. Auto exports amounted to "
     "US $ 11 billion.", "2024-02-25",
     {"5%": "trade.imports change direction=up reporter=MX partner=-",
      "US $ 11 billion": "trade.exports level reporter=MX partner=-"}),
    ("Chile's copper exports were US$ 4.1 billion in May. Fruit exports reached US$ 1.1 "
     "billion, followed by salmon with US$ 600 million.", "2024-06-07",
     {"US$ 600 million": "trade.exports level reporter=CL partner=-"}),
    # a compared value written with its metric ("compared with a deficit of X in ...")
    ("Colombia's trade deficit was US$ 780 million in June, compared with a deficit of US$ 1.1 "
     "billion in June 2023.", "2024-08-15",
     {"US$ 1.1": "trade.deficit level period=2023-06 reporter=CO"}),
    # a lead naming a cumulative range, then its last month: a later paragraph with no
    # date is of the month (the release's); after "In March alone" it is of the range
    ("In the 12 months to March, Chile's trade surplus was US$ 20.4 billion. In March, "
     "exports rose 5.2%.\n\nCopper exports fell 2.1%.", "2024-04-08",
     {"2.1%": "trade.exports change direction=down period=2024-03 reporter=CL"}),
    ("In the 12 months to March, Chile's trade surplus was US$ 20.4 billion. In March alone, "
     "exports rose 5.2%.\n\nCopper exports fell 2.1%.", "2024-04-08",
     {"2.1%": "trade.exports change direction=down period=2023-04/2024-03 reporter=CL"}),
    # an apposition after the subject is not what its figures measure
    ("Brazil's exports rose 2% in May. Iron ore shipments, the country's third export, fell "
     "6% to US$ 2.4 billion.", "2024-06-06",
     {"6%": "trade.exports change direction=down reporter=BR product=Iron_ore",
      "US$ 2.4 billion": "trade.exports level reporter=BR product=Iron_ore"}),
    # (with the apposition read, an 'other' subject's compared rate shares the stated basis)
    ("Peru's public investment, a key driver of growth, rose 4.2 percent year on year in the "
     "first quarter, down from 5.1 percent in the same period last year.", "2024-04-20",
     {"5.1 percent": "other change basis=yoy period=2023-Q1"}),
    # the sentence's own ranked economy, not the partner of the passage's last flow; "those
    # to the rest of the world" have no partner
    ("Chile's exports to the US rose 9% in 2024. The US was Chile's second market after "
     "China, which bought US$ 38 billion.", "2025-02-07",
     {"US$ 38 billion": "trade.exports level reporter=CL partner=CN"}),
    ("Colombia's shipments to the US grew 5.5%, while those to the rest of the world fell "
     "2.4%.", "2025-02-07",
     {"2.4%": "trade.exports change direction=down reporter=CO partner=-"}),
    # "monthly" / "quarterly" right after a figure ending its phrase is a basis
    ("Seasonally adjusted, Mexico's imports fell 1.9% monthly in June.", "2024-07-26",
     {"1.9%": "trade.imports change direction=down basis=mom"}),
    # a flow verb, its figure and the goods and origin after it; the change set off after
    # the level shares them; an economy after "overtook" is no ranked partner
    ("China imported 5.1 million tonnes of beef from Argentina in 2024, up 12% from a year "
     "earlier.", "2025-01-20",
     {"5.1 million tonnes": "trade.imports level reporter=CN partner=AR product=beef",
      "12%": "trade.imports change direction=up reporter=CN partner=AR product=beef"}),
    ("Chile's exports rose 4% in 2024. The US overtook Japan as the second destination, with "
     "US$ 16.2 billion.", "2025-01-20",
     {"US$ 16.2 billion": "trade.exports level reporter=CL partner=US"}),
    # translated wordings: "a retraction of" is a fall, "in relation to May of last year"
    # a comparison with an earlier period (yoy)
    ("Brazil's surplus was US$ 9.4 billion in May. Exports grew 5.6% in relation to May of "
     "last year, and imports posted a retraction of 3.2%.", "2024-06-06",
     {"5.6%": "trade.exports change direction=up basis=yoy period=2024-05",
      "3.2%": "trade.imports change direction=down period=2024-05"}),
    # a unit price is no trade value
    ("Chile's copper exports rose to US$ 4.0 billion in August. The metal averaged US$ 4.15 "
     "per pound.", "2024-09-07",
     {"US$ 4.15": "other level"}),
    # components ranked with no flow word: the ranked words are the product
    ("Chile's fruit exports rose 8% in the season to US$ 3.9 billion. Cherries led with "
     "US$ 2.1 billion, followed by grapes with US$ 700 million.", "2024-05-10",
     {"US$ 2.1 billion": "trade.exports level reporter=CL product=Cherries",
      "US$ 700 million": "trade.exports level reporter=CL product=grapes"}),
    # a table row turned into a sentence: the row's label is the product
    ("Paraguay's exports rose 4% in May. Main items: soybeans, US$ 700 million (+9%); "
     "beef, US$ 180 million (-3%).", "2024-06-12",
     {"US$ 700 million": "trade.exports level reporter=PY product=soybeans",
      "+9%": "trade.exports change direction=up reporter=PY product=soybeans",
      "US$ 180 million": "trade.exports level reporter=PY product=beef",
      "-3%": "trade.exports change direction=down reporter=PY product=beef"}),
    # a buyer ranking with no flow word: exports, though imports were named last
    ("Brazil's imports rose 9% to US$ 262.5 billion in 2024. China was the top buyer of "
     "Brazilian goods, with US$ 94.4 billion, followed by the United States with US$ 40.3 "
     "billion.", "2025-01-06",
     {"US$ 94.4 billion": "trade.exports level reporter=BR partner=CN",
      "US$ 40.3 billion": "trade.exports level reporter=BR partner=US"}),
    ("Uruguay's exports fell 3% in 2024. China and Brazil were the main destinations of "
     "Uruguayan goods, taking 22% and 15% of the total, respectively.", "2025-01-10",
     {"22%": "trade.exports share reporter=UY partner=CN",
      "15%": "trade.exports share reporter=UY partner=BR"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(SHORT, XFAIL))
def test_latrade_short(text, published, figure, spec):
    check_fact_as_scored(text, published, figure, spec)


# Entities of the genre: agencies by their Spanish/Portuguese acronyms, local currencies.
ENTITY_CASES = [
    ("AGENCY", "2024-10-19", "Exports rose, Indec said, and the Secex data agreed.",
     [("Indec", "National Institute of Statistics and Censuses"),
      ("Secex", "Foreign Trade Secretariat")]),
    ("AGENCY", "2024-04-14", "The BCRP said exports rose; Inegi and DANE said the same.",
     [("BCRP", "Central Reserve Bank of Peru"),
      ("Inegi", "National Institute of Statistics and Geography")]),
    # ministries and commissions of the genre by their acronyms alone
    ("AGENCY", "2024-05-20", "Lima - Mining exports rose, Minem said; Midagri and Cochilco "
     "agreed, and Brazil's MAPA too.",
     [("Minem", "Ministry of Energy and Mines"),
      ("Midagri", "Ministry of Agrarian Development and Irrigation"),
      ("Cochilco", "Chilean Copper Commission"),
      ("MAPA", "Ministry of Agriculture and Livestock")]),
    ("DATE", "2024-07-05", "In June the surplus fell. Accumulated in the year, it rose.",
     [("June", "2024-06"), ("the year", "2024-01/2024-06")]),
    ("MONEY", "2024-05-20", "Mining paid S/ 6.2 billion in taxes and R$ 12.5 billion in fees.",
     [("S/ 6.2 billion", "PEN"), ("R$ 12.5 billion", "BRL")]),
    # "dollars" next to "R$" are US dollars (the real is no dollar); "U$" is the US dollar
    ("MONEY", "2024-05-20", "Exports reached 4.9 billion dollars (about R$ 24.5 billion) and "
     "imports U$ 3.1 billion.",
     [("4.9 billion dollars", "USD"), ("R$ 24.5 billion", "BRL"), ("U$ 3.1 billion", "USD")]),
    # guaraníes by name, and "G." / "Gs." in a Paraguayan story only
    ("MONEY", "2024-05-20", "Asunción (MercoPress) - Paraguay's exports reached US$ 1 billion, "
     "about 7.3 trillion guaranies; tax revenue was G. 2.2 trillion.",
     [("US$ 1 billion", "USD"), ("7.3 trillion guaranies", "PYG"), ("G. 2.2 trillion", "PYG")]),
    ("MONEY", "2024-05-20", "Lima - G. 5 billion was paid.", []),
]


@pytest.mark.parametrize(("label", "published", "text", "expected"), ENTITY_CASES,
                         ids=[c[2][:30] for c in ENTITY_CASES])
def test_latrade_entities(label, published, text, expected):
    got = [e for e in tradeie.extract(text, published=published).entities if e.label == label]
    key = {"AGENCY": "name", "DATE": "value"}.get(label, "unit")
    # (an entity's span may hold a qualifier: "about R$ 24.5 billion")
    assert len(got) == len(expected), [e.text for e in got]
    for surface, want in expected:
        assert any(surface in e.text and e.attrs.get(key) == want for e in got), surface
