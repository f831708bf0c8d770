"""Relation error hunt: short passages written for the constructions the real articles use
(comparison values, the figure's own period against the compared one, governing periods,
fiscal years, metric heads, coordination and ellipsis, amounts that are changes, the story's
economy against partners, products), from many economies and styles.

Each case is (text, published, {figure text: "metric role field=value ..."}); a value '-'
stands for null and '_' for a space. Only the fields named are checked."""

import pytest

import tradeie
from tradeie.scoring.scorer import _norm

CASES_A = [
    # comparison values: "to $A from $B a year earlier"
    ("Kenya's exports rose to $1.1 billion in June from $950 million a year earlier, the "
     "Kenya National Bureau of Statistics said.", "2024-08-02",
     {"$1.1 billion": "trade.exports level period=2024-06 reporter=KE",
      "$950 million": "trade.exports level period=2023-06 reporter=KE"}),
    ("Vietnam's imports climbed to $32.5 billion in October against $30.1 billion in the "
     "previous month.", "2024-11-06",
     {"$32.5 billion": "trade.imports level period=2024-10 reporter=VN",
      "$30.1 billion": "trade.imports level period=2024-09 reporter=VN"}),
    ("Chile's copper exports reached $4.3 billion in May ($3.9 billion in April).", "2024-06-07",
     {"$4.3 billion": "trade.exports level period=2024-05 reporter=CL product=copper",
      "$3.9 billion": "trade.exports level period=2024-04 reporter=CL product=copper"}),
    ("The trade deficit of Pakistan narrowed to $1.9 billion in March, revised from "
     "$2.1 billion.", "2024-04-03",
     {"$1.9 billion": "trade.deficit level period=2024-03 reporter=PK",
      "$2.1 billion": "trade.deficit level modality=previous reporter=PK"}),
    ("Indonesia posted a trade surplus of $3.3 billion in August, down from $4.7 billion in "
     "July.", "2024-09-16",
     {"$3.3 billion": "trade.surplus level period=2024-08 reporter=ID",
      "$4.7 billion": "trade.surplus level period=2024-07 reporter=ID"}),
    ("Brazil's trade surplus was $8.8 billion in September, compared with $8.9 billion in "
     "September 2023.", "2024-10-04",
     {"$8.8 billion": "trade.surplus level period=2024-09 reporter=BR",
      "$8.9 billion": "trade.surplus level period=2023-09 reporter=BR"}),
    ("Exports from Thailand rose to $26.3 billion in July from $23.4 billion in July last "
     "year.", "2024-08-28",
     {"$26.3 billion": "trade.exports level period=2024-07 reporter=TH",
      "$23.4 billion": "trade.exports level period=2023-07 reporter=TH"}),
    ("South Africa's trade surplus widened to R20.1 billion in April from a revised "
     "R9.4 billion in March, the South African Revenue Service said.", "2024-05-31",
     {"R20.1 billion": "trade.surplus level period=2024-04 reporter=ZA",
      "R9.4 billion": "trade.surplus level period=2024-03 reporter=ZA modality=actual"}),
    ("Japan's exports rose 5.6% in June from a year earlier, following a 13.5% rise in May.",
     "2024-07-18",
     {"5.6%": "trade.exports change period=2024-06 reporter=JP basis=yoy direction=up",
      "13.5%": "trade.exports change period=2024-05 reporter=JP direction=up"}),
    ("Australia's trade surplus shrank to A$5.6 billion in June, from an upwardly revised "
     "A$5.8 billion in May.", "2024-08-01",
     {"A$5.6 billion": "trade.surplus level period=2024-06 reporter=AU",
      "A$5.8 billion": "trade.surplus level period=2024-05 reporter=AU"}),
    # figure's own period vs compared period
    ("Malaysia's exports rose 11% in November from October, the statistics department said.",
     "2024-12-19",
     {"11%": "trade.exports change period=2024-11 basis=mom reporter=MY direction=up"}),
    ("South Korea's exports grew 1.4% in November, their 14th monthly gain.", "2024-12-01",
     {"1.4%": "trade.exports change period=2024-11 reporter=KR direction=up"}),
    ("Philippine imports fell 3.2% in September compared with August.", "2024-11-10",
     {"3.2%": "trade.imports change period=2024-09 basis=mom reporter=PH direction=down"}),
    ("Exports from Mexico climbed 9.3% in October compared with the same month of 2023, "
     "INEGI reported.", "2024-11-27",
     {"9.3%": "trade.exports change period=2024-10 basis=yoy reporter=MX direction=up"}),
    ("New Zealand's exports fell 4.1 percent in the June quarter from the March quarter.",
     "2024-08-29",
     {"4.1 percent": "trade.exports change period=2024-Q2 basis=qoq reporter=NZ direction=down"}),
    # periods governing a passage
    ("Saudi Arabia's non-oil exports rose 13.8% in the second quarter. Re-exports grew "
     "22%, while imports climbed 6.8%.", "2024-08-22",
     {"13.8%": "trade.exports change period=2024-Q2 reporter=SA product=non-oil",
      "6.8%": "trade.imports change period=2024-Q2 reporter=SA"}),
    ("In the first nine months of the year, Turkey's exports totalled $192 billion. Imports "
     "reached $255 billion.", "2024-10-02",
     {"$192 billion": "trade.exports level period=2024-01/2024-09 reporter=TR",
      "$255 billion": "trade.imports level period=2024-01/2024-09 reporter=TR"}),
    ("Year-to-date, Nigeria's exports stood at N51.4 trillion, the National Bureau of "
     "Statistics said.", "2024-12-20",
     {"N51.4 trillion": "trade.exports level reporter=NG"}),
    ("Cumulatively, Bangladesh earned $24.5 billion from exports in July-December of "
     "fiscal 2024-25.", "2025-01-05",
     {"$24.5 billion": "trade.exports level reporter=BD"}),
    ("Egypt's trade deficit narrowed 9% in January. The deficit stood at $2.9 billion, "
     "CAPMAS said.", "2024-03-26",
     {"9%": "trade.deficit change period=2024-01 reporter=EG direction=down",
      "$2.9 billion": "trade.deficit level period=2024-01 reporter=EG"}),
    # fiscal years
    ("India's merchandise exports rose 2.5% to $437 billion in fiscal year 2023-24.",
     "2024-04-15",
     {"2.5%": "trade.exports change reporter=IN direction=up",
      "$437 billion": "trade.exports level reporter=IN"}),
    ("Sri Lanka's export earnings reached $1.1 billion in August, the Central Bank of Sri "
     "Lanka said.", "2024-09-30",
     {"$1.1 billion": "trade.exports level period=2024-08 reporter=LK"}),
    # metric heads
    ("The UK's deficit on trade in goods widened by £1.4 billion to £20.2 billion in the "
     "three months to September.", "2024-11-15",
     {"£1.4 billion": "trade.deficit change direction=up reporter=GB",
      "£20.2 billion": "trade.deficit level reporter=GB"}),
    ("Ghana's export earnings rose to $16.7 billion in 2023, the Bank of Ghana said.",
     "2024-02-20",
     {"$16.7 billion": "trade.exports level period=2023 reporter=GH"}),
    ("China's outbound direct investment rose 10.5% to 1.16 trillion yuan last year.",
     "2025-01-20",
     {"10.5%": "investment.odi change period=2024 reporter=CN direction=up",
      "1.16 trillion yuan": "investment.odi level period=2024 reporter=CN"}),
    ("Foreign trade turnover of Kazakhstan reached $139.8 billion in 2023.", "2024-02-14",
     {"$139.8 billion": "trade.total level period=2023 reporter=KZ"}),
    ("Croatia recorded a balance of minus EUR 1.2 billion in its foreign trade in June.",
     "2024-08-09",
     {"EUR 1.2 billion": "trade.deficit level period=2024-06 reporter=HR"}),
    ("Foreign exchange reserves of Bangladesh stood at $19.9 billion, enough to cover "
     "3.5 months of imports.", "2024-11-14",
     {"$19.9 billion": "reserves.fx level reporter=BD"}),
    ("Vietnam's trade surplus was $2.2 billion in June, bringing the first-half surplus to "
     "$11.6 billion.", "2024-07-06",
     {"$2.2 billion": "trade.surplus level period=2024-06 reporter=VN",
      "$11.6 billion": "trade.surplus level period=2024-H1 reporter=VN"}),
    ("Germany's trade surplus rose to 24.9 billion euros in June from 22.1 billion euros in "
     "May, Destatis said.", "2024-08-07",
     {"24.9 billion euros": "trade.surplus level period=2024-06 reporter=DE",
      "22.1 billion euros": "trade.surplus level period=2024-05 reporter=DE"}),
    # coordination and ellipsis
    ("Taiwan posted $41.3 billion in exports, up 9.7%, and $35.7 billion in imports, up "
     "25.6%.", "2024-10-08",
     {"$41.3 billion": "trade.exports level reporter=TW",
      "9.7%": "trade.exports change direction=up reporter=TW",
      "$35.7 billion": "trade.imports level reporter=TW",
      "25.6%": "trade.imports change direction=up reporter=TW"}),
    ("Exports to the US rose 8.1% and those to Southeast Asia 5.4%, South Korea's trade "
     "ministry said.", "2024-09-01",
     {"8.1%": "trade.exports change partner=US direction=up reporter=KR",
      "5.4%": "trade.exports change direction=up reporter=KR"}),
    ("Exports and imports grew 6.2% and 4.5%, respectively, in Vietnam in October.",
     "2024-11-06",
     {"6.2%": "trade.exports change direction=up period=2024-10 reporter=VN",
      "4.5%": "trade.imports change direction=up period=2024-10 reporter=VN"}),
    ("Shipments to China fell 3% while those to the European Union rose 2.1%, Japan's "
     "Ministry of Finance said.", "2024-10-17",
     {"3%": "trade.exports change partner=CN direction=down reporter=JP",
      "2.1%": "trade.exports change partner=EU direction=up reporter=JP"}),
    ("Imports from Russia slumped 31% and from Saudi Arabia 12%, India's commerce ministry "
     "said.", "2024-10-15",
     {"31%": "trade.imports change partner=RU direction=down reporter=IN",
      "12%": "trade.imports change partner=SA direction=down reporter=IN"}),
    # amounts that are changes
    ("A £1.4 billion fall in exports drove the widening of the UK trade deficit.",
     "2024-11-15",
     {"£1.4 billion": "trade.exports change direction=down reporter=GB"}),
    ("Canada's merchandise exports increased by C$1.2 billion in August.", "2024-10-08",
     {"C$1.2 billion": "trade.exports change direction=up period=2024-08 reporter=CA"}),
    ("Imports into Poland dropped by 2.4 billion zlotys compared with a year earlier.",
     "2024-09-12",
     {"2.4 billion zlotys": "trade.imports change direction=down basis=yoy reporter=PL"}),
    # economy vs partner
    ("Nigeria's exports to India rose 15% in the third quarter.", "2024-12-10",
     {"15%": "trade.exports change partner=IN reporter=NG period=2024-Q3 direction=up"}),
    ("China's imports from Australia fell 8.2% in the first half of 2024.", "2024-07-12",
     {"8.2%": "trade.imports change partner=AU reporter=CN period=2024-H1 direction=down"}),
    ("US exports to Mexico reached $27.9 billion in August, the Commerce Department said.",
     "2024-10-08",
     {"$27.9 billion": "trade.exports level partner=MX reporter=US period=2024-08"}),
    ("The EU's trade deficit with China fell to EUR 292 billion in 2023.", "2024-03-01",
     {"EUR 292 billion": "trade.deficit level partner=CN reporter=EU period=2023"}),
    ("Trade between Brazil and Argentina fell 18% to $28 billion in 2023.", "2024-01-15",
     {"18%": "trade.total change direction=down period=2023",
      "$28 billion": "trade.total level period=2023"}),
    # products
    ("Ivory Coast's cocoa exports fell 28% to 1.2 million tonnes in the season to "
     "September.", "2024-10-05",
     {"28%": "trade.exports change product=cocoa reporter=CI direction=down"}),
    ("Malaysia's palm oil exports rose 4.3% to 1.52 million tonnes in October.",
     "2024-11-01",
     {"4.3%": "trade.exports change product=palm_oil reporter=MY period=2024-10 direction=up"}),
    ("India's crude oil imports rose 9% to 21.2 million tonnes in September.", "2024-10-25",
     {"9%": "trade.imports change product=crude_oil reporter=IN period=2024-09 direction=up"}),
    ("Exports of electronics from Singapore rose 14.5% in November, Enterprise Singapore said.",
     "2024-12-17",
     {"14.5%": "trade.exports change product=electronics reporter=SG period=2024-11 direction=up"}),
    ("Peru's mining exports totalled $3.6 billion in July.", "2024-09-20",
     {"$3.6 billion": "trade.exports level product=mining reporter=PE period=2024-07"}),
    ("Colombia's coffee exports rose 22% to 1.1 million bags in November.", "2024-12-05",
     {"22%": "trade.exports change product=coffee reporter=CO period=2024-11 direction=up"}),
    ("Australia's iron ore exports fell 6% in value in the September quarter.", "2024-11-04",
     {"6%": "trade.exports change product=iron_ore reporter=AU period=2024-Q3 direction=down"}),
]


CASES_B = [
    ("The Philippines' trade gap widened to $5.1 billion in October from $4.4 billion a "
     "year ago, the Philippine Statistics Authority said.", "2024-12-10",
     {"$5.1 billion": "trade.deficit level period=2024-10 reporter=PH",
      "$4.4 billion": "trade.deficit level period=2023-10 reporter=PH"}),
    ("Oman's merchandise exports rose 4.6% to RO 12.3 billion by the end of September, "
     "according to the National Centre for Statistics and Information.", "2024-11-20",
     {"4.6%": "trade.exports change reporter=OM direction=up",
      "RO 12.3 billion": "trade.exports level reporter=OM"}),
    ("Qatar's trade surplus fell 21.6% year on year to QR17.2 billion in August.",
     "2024-09-30",
     {"21.6%": "trade.surplus change basis=yoy direction=down period=2024-08 reporter=QA",
      "QR17.2 billion": "trade.surplus level period=2024-08 reporter=QA"}),
    ("Dubai's non-oil foreign trade reached AED 1.1 trillion in the first half of 2024, up "
     "10.7% on the same period last year.", "2024-08-14",
     {"AED 1.1 trillion": "trade.total level period=2024-H1 product=non-oil",
      "10.7%": "trade.total change period=2024-H1 basis=yoy direction=up product=non-oil"}),
    ("Kuwait's oil revenues dropped 14% in the fiscal year ended March.", "2024-07-03",
     {"14%": "other change direction=down reporter=KW"}),
    ("Bahrain's non-oil exports of national origin increased by 5% to BD 3.7 billion in "
     "2023.", "2024-02-12",
     {"5%": "trade.exports change direction=up period=2023 reporter=BH",
      "BD 3.7 billion": "trade.exports level period=2023 reporter=BH"}),
    ("Ethiopia earned $3.6 billion from merchandise exports in the 2023/24 fiscal year.",
     "2024-07-25",
     {"$3.6 billion": "trade.exports level reporter=ET"}),
    ("Tanzania's exports of goods and services rose to $15.9 billion in the year to "
     "September from $14.2 billion in the corresponding period of 2023.", "2024-11-01",
     {"$15.9 billion": "trade.exports level reporter=TZ",
      "$14.2 billion": "trade.exports level reporter=TZ"}),
    ("Morocco's trade deficit rose 7.3% to 258 billion dirhams at the end of November, "
     "the foreign exchange office said.", "2024-12-30",
     {"7.3%": "trade.deficit change direction=up reporter=MA",
      "258 billion dirhams": "trade.deficit level reporter=MA"}),
    ("Zambia's copper exports climbed 12% to 210,000 tonnes in the third quarter.",
     "2024-11-11",
     {"12%": "trade.exports change direction=up product=copper reporter=ZM period=2024-Q3"}),
    ("Uganda's coffee export earnings hit $1.1 billion in the 12 months to October.",
     "2024-11-15",
     {"$1.1 billion": "trade.exports level product=coffee reporter=UG"}),
    ("Angola's crude exports fell to 1.05 million barrels per day in October from 1.12 "
     "million in September.", "2024-11-08",
     {"1.05 million barrels per day": "trade.exports level "
                                      "product=crude reporter=AO period=2024-10"}),
    ("Pakistan's remittances rose 24% to $3.1 billion in November.", "2024-12-09",
     {"24%": "other change direction=up period=2024-11 reporter=PK",
      "$3.1 billion": "other level period=2024-11 reporter=PK"}),
    ("Bangladesh's export earnings grew 15.6% year-on-year to $4.1 billion in November, the "
     "Export Promotion Bureau said.", "2024-12-02",
     {"15.6%": "trade.exports change basis=yoy direction=up period=2024-11 reporter=BD",
      "$4.1 billion": "trade.exports level period=2024-11 reporter=BD"}),
    ("India's trade deficit hit a record $37.8 billion in November as gold imports surged "
     "four-fold to $14.8 billion.", "2024-12-16",
     {"$37.8 billion": "trade.deficit level period=2024-11 reporter=IN",
      "$14.8 billion": "trade.imports level product=gold period=2024-11 reporter=IN"}),
    ("Nepal's imports fell 2.6% in the first four months of fiscal 2024/25, while exports "
     "jumped 8.4%.", "2024-11-20",
     {"2.6%": "trade.imports change direction=down reporter=NP",
      "8.4%": "trade.exports change direction=up reporter=NP"}),
    ("Cambodia's garment exports rose 17.6% to $9.1 billion in the January-October period.",
     "2024-11-12",
     {"17.6%": "trade.exports change direction=up "
               "product=garment reporter=KH period=2024-01/2024-10",
      "$9.1 billion": "trade.exports level product=garment reporter=KH period=2024-01/2024-10"}),
    ("Myanmar's border trade with China dropped 30% to $2.1 billion during the period.",
     "2024-10-14",
     {"30%": "trade.total change direction=down partner=CN reporter=MM"}),
    ("Singapore's non-oil domestic exports slid 4.6% in October after rising 0.1% in "
     "September.", "2024-11-18",
     {"4.6%": "trade.exports change direction=down "
              "period=2024-10 reporter=SG product=non-oil_domestic",
      "0.1%": "trade.exports change direction=up "
              "period=2024-09 reporter=SG product=non-oil_domestic"}),
    ("Thai exports rose 14.6% year-on-year in October, beating a forecast of 6.2% growth "
     "in a Reuters poll.", "2024-11-25",
     {"14.6%": "trade.exports change basis=yoy direction=up period=2024-10 reporter=TH",
      "6.2%": "trade.exports change modality=forecast reporter=TH"}),
    ("Indonesia's imports rose 17.5% in October, while exports climbed 10.3%, Statistics "
     "Indonesia said.", "2024-11-15",
     {"17.5%": "trade.imports change direction=up period=2024-10 reporter=ID",
      "10.3%": "trade.exports change direction=up period=2024-10 reporter=ID"}),
    ("Brazil's soybean exports are expected to reach 105 million tonnes this year, the "
     "grain exporters association said.", "2024-11-05",
     {"105 million tonnes": "trade.exports level modality=forecast product=soybeans reporter=BR"}),
    ("Argentina posted a trade surplus of $1.2 billion in November, its 12th in a row, "
     "INDEC said.", "2024-12-18",
     {"$1.2 billion": "trade.surplus level period=2024-11 reporter=AR"}),
    ("Mexico's trade balance showed a deficit of $1.8 billion in September, versus a surplus "
     "of $0.9 billion in the same month a year earlier.", "2024-10-28",
     {"$1.8 billion": "trade.deficit level period=2024-09 reporter=MX",
      "$0.9 billion": "trade.surplus level period=2023-09 reporter=MX"}),
    ("Chilean exports totalled $8.4 billion in October, 14% more than a year earlier, the "
     "central bank said.", "2024-11-07",
     {"$8.4 billion": "trade.exports level period=2024-10 reporter=CL",
      "14%": "trade.exports change basis=yoy direction=up period=2024-10 reporter=CL"}),
    ("Peru's trade surplus widened to $2.3 billion in September from $1.1 billion in the "
     "same month last year.", "2024-11-15",
     {"$2.3 billion": "trade.surplus level period=2024-09 reporter=PE",
      "$1.1 billion": "trade.surplus level period=2023-09 reporter=PE"}),
    ("Colombia's imports rose 4.2% to $5.3 billion in September, DANE said.", "2024-11-20",
     {"4.2%": "trade.imports change direction=up period=2024-09 reporter=CO",
      "$5.3 billion": "trade.imports level period=2024-09 reporter=CO"}),
    ("Uruguay's beef exports to China fell 25% in the first ten months.", "2024-11-10",
     {"25%": "trade.exports change direction=down partner=CN product=beef reporter=UY"}),
    ("Ecuador's non-oil exports grew 11% through September, driven by shrimp and bananas.",
     "2024-10-30",
     {"11%": "trade.exports change direction=up product=non-oil reporter=EC"}),
    ("France's trade deficit narrowed to 5.9 billion euros in September from 6.8 billion "
     "euros in August, customs data showed.", "2024-11-07",
     {"5.9 billion euros": "trade.deficit level period=2024-09 reporter=FR",
      "6.8 billion euros": "trade.deficit level period=2024-08 reporter=FR"}),
    ("Italy's trade surplus with non-EU countries was 6.5 billion euros in October, Istat "
     "said.", "2024-11-26",
     {"6.5 billion euros": "trade.surplus level period=2024-10 reporter=IT partner=-"}),
    ("Spain's exports fell 1.1% in the first nine months, while imports dropped 2.3%.",
     "2024-11-19",
     {"1.1%": "trade.exports change direction=down reporter=ES period=2024-01/2024-09",
      "2.3%": "trade.imports change direction=down reporter=ES period=2024-01/2024-09"}),
    ("The euro area recorded a EUR 6.0 billion surplus in trade in goods with the rest of "
     "the world in October 2024, compared with +EUR 11.1 billion in October 2023.",
     "2024-12-16",
     {"EUR 6.0 billion": "trade.surplus level period=2024-10 reporter=EA partner=-",
      "EUR 11.1 billion": "trade.surplus level period=2023-10 reporter=EA"}),
    ("Intra-euro area trade rose to EUR 200.3 billion in October, up 1.4% compared with "
     "October 2023.", "2024-12-16",
     {"EUR 200.3 billion": "trade.total level period=2024-10 reporter=EA partner=EA",
      "1.4%": "trade.total change period=2024-10 basis=yoy direction=up reporter=EA"}),
    ("Poland's current account showed a deficit of 1.9 billion euros in October, the "
     "National Bank of Poland said.", "2024-12-13",
     {"1.9 billion euros": "account.current level period=2024-10 reporter=PL"}),
    ("Sweden's goods exports were 157 billion kronor in November, an increase of 3% on "
     "November last year.", "2024-12-17",
     {"157 billion kronor": "trade.exports level period=2024-11 reporter=SE",
      "3%": "trade.exports change basis=yoy direction=up period=2024-11 reporter=SE"}),
    ("Swiss watch exports fell 2.8% to 2.4 billion francs in October.", "2024-11-21",
     {"2.8%": "trade.exports change direction=down product=watch period=2024-10 reporter=CH"}),
    ("Norway's trade surplus shrank to NOK 58.3 billion in November, Statistics Norway said.",
     "2024-12-16",
     {"NOK 58.3 billion": "trade.surplus level period=2024-11 reporter=NO"}),
    ("Ireland's goods exports jumped 47% to EUR 23.4 billion in October, the CSO said.",
     "2024-12-16",
     {"47%": "trade.exports change direction=up period=2024-10 reporter=IE",
      "EUR 23.4 billion": "trade.exports level period=2024-10 reporter=IE"}),
    ("German exports unexpectedly fell 2.8% in October on the month, while imports rose "
     "2.1%.", "2024-12-09",
     {"2.8%": "trade.exports change basis=mom direction=down period=2024-10 reporter=DE",
      "2.1%": "trade.imports change basis=mom direction=up period=2024-10 reporter=DE"}),
    ("Japan logged a trade deficit of 117.6 billion yen in November, narrower than a "
     "median estimate of a 688.9 billion yen shortfall.", "2024-12-18",
     {"117.6 billion yen": "trade.deficit level period=2024-11 reporter=JP",
      "688.9 billion yen": "trade.deficit level modality=forecast reporter=JP"}),
    ("South Korea's semiconductor exports hit a record $12.5 billion in November, up 30.8% "
     "from a year ago.", "2024-12-01",
     {"$12.5 billion": "trade.exports level product=semiconductors period=2024-11 reporter=KR",
      "30.8%": "trade.exports change basis=yoy "
               "direction=up product=semiconductors period=2024-11 reporter=KR"}),
    ("Taiwan's export orders rose 3.3% year on year in November to $54.5 billion.",
     "2024-12-20",
     {"3.3%": "other change basis=yoy direction=up period=2024-11 reporter=TW"}),
    ("Hong Kong's total exports rose 2.4% in October over a year earlier, the Census and "
     "Statistics Department said.", "2024-11-26",
     {"2.4%": "trade.exports change basis=yoy direction=up period=2024-10 reporter=HK"}),
    ("China's exports to the United States rose 8% to $46.2 billion in November, while "
     "imports from the US fell 1.6%.", "2024-12-10",
     {"8%": "trade.exports change direction=up partner=US period=2024-11 reporter=CN",
      "$46.2 billion": "trade.exports level partner=US period=2024-11 reporter=CN",
      "1.6%": "trade.imports change direction=down partner=US period=2024-11 reporter=CN"}),
    ("Mongolia's coal exports surged 18.5% to 76 million tonnes in the first eleven months.",
     "2024-12-12",
     {"18.5%": "trade.exports change direction=up "
               "product=coal reporter=MN period=2024-01/2024-11"}),
    ("Australia's goods and services surplus fell A$1.3 billion to A$5.95 billion in "
     "October, the Australian Bureau of Statistics said.", "2024-12-05",
     {"A$1.3 billion": "trade.surplus change direction=down period=2024-10 reporter=AU",
      "A$5.95 billion": "trade.surplus level period=2024-10 reporter=AU"}),
    ("New Zealand's annual trade deficit was NZ$10.2 billion in the year ended October 2024.",
     "2024-11-21",
     {"NZ$10.2 billion": "trade.deficit level reporter=NZ"}),
    ("Fiji's tourism earnings rose 8% to F$2.2 billion in the first nine months of 2024.",
     "2024-11-30",
     {"8%": "other change direction=up period=2024-01/2024-09 reporter=FJ"}),
    ("Papua New Guinea's LNG exports dropped 5% in the September quarter.", "2024-11-14",
     {"5%": "trade.exports change direction=down product=LNG period=2024-Q3 reporter=PG"}),
    # governing periods and ellipsis across sentences
    ("Vietnam's exports rose 10.5% in November. Imports grew 14.7%. The trade surplus was "
     "$1.3 billion.", "2024-12-06",
     {"10.5%": "trade.exports change period=2024-11 reporter=VN",
      "14.7%": "trade.imports change period=2024-11 reporter=VN",
      "$1.3 billion": "trade.surplus level period=2024-11 reporter=VN"}),
    ("Malaysian trade in the first ten months of 2024 rose 9.3%. Exports expanded 5.6% to "
     "RM1.2 trillion.", "2024-11-20",
     {"9.3%": "trade.total change period=2024-01/2024-10 reporter=MY",
      "5.6%": "trade.exports change period=2024-01/2024-10 reporter=MY",
      "RM1.2 trillion": "trade.exports level period=2024-01/2024-10 reporter=MY"}),
    ("South Africa's trade balance came in at a surplus of R14.8 billion in October. "
     "Year-to-date, the surplus is R70.2 billion.", "2024-11-29",
     {"R14.8 billion": "trade.surplus level period=2024-10 reporter=ZA",
      "R70.2 billion": "trade.surplus level reporter=ZA"}),
    ("Exports of rice from Vietnam totalled 8.5 million tonnes in the first 11 months, "
     "earning $5.4 billion.", "2024-12-05",
     {"$5.4 billion": "trade.exports level product=rice reporter=VN period=2024-01/2024-11"}),
    ("The value of Kenya's tea exports fell to KSh 16.7 billion in September against "
     "KSh 18.2 billion in August.", "2024-10-30",
     {"KSh 16.7 billion": "trade.exports level product=tea period=2024-09 reporter=KE",
      "KSh 18.2 billion": "trade.exports level product=tea period=2024-08 reporter=KE"}),
    ("Exports from Sri Lanka in October were $1.1 billion, a growth of 8.5% compared to "
     "October 2023.", "2024-11-20",
     {"$1.1 billion": "trade.exports level period=2024-10 reporter=LK",
      "8.5%": "trade.exports change basis=yoy direction=up period=2024-10 reporter=LK"}),
    ("Turkey's exports rose 2.3% to $22 billion in November, the trade minister said, "
     "while the trade deficit narrowed 17% to $7.4 billion.", "2024-12-02",
     {"2.3%": "trade.exports change direction=up period=2024-11 reporter=TR",
      "17%": "trade.deficit change direction=down period=2024-11 reporter=TR",
      "$7.4 billion": "trade.deficit level period=2024-11 reporter=TR"}),
    ("Israel's exports of goods fell 2% to $5.1 billion in November.", "2024-12-15",
     {"2%": "trade.exports change direction=down period=2024-11 reporter=IL"}),
    ("Jordan's national exports increased 4.5% to JD6.3 billion in the first ten months of "
     "this year.", "2024-12-19",
     {"4.5%": "trade.exports change direction=up period=2024-01/2024-10 reporter=JO"}),
    ("The UAE's non-oil foreign trade hit AED 1.4 trillion in the first half of 2024, an "
     "increase of 11.2%.", "2024-08-20",
     {"AED 1.4 trillion": "trade.total level period=2024-H1 reporter=AE product=non-oil",
      "11.2%": "trade.total change direction=up period=2024-H1 reporter=AE product=non-oil"}),
]


# Constructions not handled yet: (start of the passage, figure text) -> reason
XFAIL = {
    ("Exports and imports grew", "6.2%"): "'X and Y grew a% and b%, respectively': no "
                                          "distribution over a coordinated metric head",
    ("Exports and imports grew", "4.5%"): "'X and Y grew a% and b%, respectively': no "
                                          "distribution over a coordinated metric head",
    ("Imports from Russia", "31%"): "'imports from A slumped a% and from B b%': the elided "
                                    "partner is taken from the wrong conjunct",
    ("Imports from Russia", "12%"): "'imports from A slumped a% and from B b%': the elided "
                                    "partner is taken from the wrong conjunct",
    ("Sweden's goods exports", "3%"): "'an increase of 3% on November last year': a "
                                      "comparison with 'on' + an earlier period gives no basis",
    ("The euro area recorded", "EUR 6.0 billion"): "an area opening the sentence with 'The' "
                                                   "is not taken as reporter (a rule doing so "
                                                   "lowered the real test split)",
    ("The euro area recorded", "EUR 11.1 billion"): "as above",
    ("Taiwan's export orders", "3.3%"): "'export orders' are read as exports (metric other)",
}


def _parse(spec: str) -> dict:
    metric, role, *rest = spec.split()
    want = {"metric": metric, "role": role}
    for item in rest:
        key, value = item.split("=", 1)
        want[key] = None if value == "-" else value.replace("_", " ")
    return want


def _params():
    for n, (text, published, expected) in enumerate(CASES_A + CASES_B):
        for figure, spec in expected.items():
            reason = next((r for (start, fig), r in XFAIL.items()
                           if fig == figure and text.startswith(start)), None)
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            yield pytest.param(text, published, figure, spec, marks=marks,
                               id=f"{n}-{figure}")


@pytest.mark.parametrize(("text", "published", "figure", "spec"), list(_params()))
def test_hunt(text, published, figure, spec):
    res = tradeie.extract(text, published=published)
    got = [f for f in res.facts if figure in res.entity(f.figure).text]
    assert got, f"no fact for {figure!r}"
    fact = got[0]
    for key, value in _parse(spec).items():
        have = getattr(fact, key)
        if key == "product":
            assert _norm(have) == _norm(value), (key, have, value)
        else:
            assert have == value, (key, have, value)
