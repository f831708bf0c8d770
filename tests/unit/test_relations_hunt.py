"""Relation error hunt: short passages written for the constructions the real articles use
(comparison values, the figure's own period against the compared one, governing periods,
fiscal years, metric heads, coordination and ellipsis, amounts that are changes, the story's
economy against partners, products), from many economies and styles.

Each case is (text, published, {figure text: "metric role field=value ..."}); a value '-'
stands for null and '_' for a space. Only the fields named are checked."""

import pytest
from helpers import check_fact_spec, fact_spec_params

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
     {"105 million tonnes": "trade.exports level modality=forecast product=soybean reporter=BR"}),
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
     {"$12.5 billion": "trade.exports level product=semiconductor period=2024-11 reporter=KR",
      "30.8%": "trade.exports change basis=yoy "
               "direction=up product=semiconductor period=2024-11 reporter=KR"}),
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



CASES_C = [
    # governing period in a lead sentence; later sentences inherit it
    ("Thailand's trade figures for October were released on Monday. Exports rose 14.6% and "
     "imports 15.7%.", "2024-11-25",
     {"14.6%": "trade.exports change direction=up reporter=TH period=2024-10",
      "15.7%": "trade.imports change direction=up reporter=TH period=2024-10"}),
    ("In the first quarter of 2024, Nigeria's total trade stood at N19.4 trillion. Exports "
     "accounted for 56.7% of the total.", "2024-06-10",
     {"N19.4 trillion": "trade.total level reporter=NG period=2024-Q1",
      "56.7%": "trade.exports share reporter=NG period=2024-Q1"}),
    ("Between January and October, Vietnam exported $335.6 billion worth of goods, up 14.9% "
     "on the year.", "2024-11-06",
     {"$335.6 billion": "trade.exports level reporter=VN period=2024-01/2024-10",
      "14.9%": "trade.exports change direction=up reporter=VN period=2024-01/2024-10"}),
    ("Ghana's trade surplus for the first half of the year was $1.9 billion, the Bank of "
     "Ghana said. Gold exports brought in $5.1 billion.", "2024-07-30",
     {"$1.9 billion": "trade.surplus level reporter=GH period=2024-H1",
      "$5.1 billion": "trade.exports level reporter=GH product=gold period=2024-H1"}),
    ("For the January-September period, Kenya's import bill rose 3.7% to KSh 1.9 trillion.",
     "2024-11-12",
     {"3.7%": "trade.imports change direction=up reporter=KE period=2024-01/2024-09",
      "KSh 1.9 trillion": "trade.imports level reporter=KE period=2024-01/2024-09"}),
    ("Indonesia's exports in the January-November period totalled $241.3 billion, up 2.1%. "
     "Non-oil and gas exports made up $226.6 billion.", "2024-12-16",
     {"$241.3 billion": "trade.exports level reporter=ID period=2024-01/2024-11",
      "$226.6 billion": "trade.exports level reporter=ID period=2024-01/2024-11"}),
    ("Brazil's year-to-date trade surplus reached $69.8 billion by the end of November.",
     "2024-12-05",
     {"$69.8 billion": "trade.surplus level reporter=BR"}),
    ("Cumulative exports for the April-November period of FY25 stood at $284.3 billion, "
     "India's commerce ministry said.", "2024-12-16",
     {"$284.3 billion": "trade.exports level reporter=IN"}),
    # fiscal years
    ("Pakistan's exports rose 10.5% to $30.6 billion in fiscal year 2024, which ended in "
     "June.", "2024-07-03",
     {"10.5%": "trade.exports change direction=up reporter=PK",
      "$30.6 billion": "trade.exports level reporter=PK"}),
    ("Australia's exports to China were worth A$212 billion in 2023-24, the Department of "
     "Foreign Affairs and Trade said.", "2024-11-01",
     {"A$212 billion": "trade.exports level reporter=AU partner=CN"}),
    ("Japan's trade deficit for the fiscal year through March shrank 60% to 5.9 trillion "
     "yen.", "2024-04-18",
     {"60%": "trade.deficit change direction=down reporter=JP",
      "5.9 trillion yen": "trade.deficit level reporter=JP"}),
    ("Egypt's non-oil exports hit $35.6 billion in fiscal 2023/2024, up from $32.5 billion "
     "a year earlier.", "2024-08-02",
     {"$35.6 billion": "trade.exports level reporter=EG product=non-oil",
      "$32.5 billion": "trade.exports level reporter=EG product=non-oil"}),
    # metric heads
    ("The country's oil import bill fell to $5.2 billion in July, the Reserve Bank of "
     "India said.", "2024-09-02",
     {"$5.2 billion": "trade.imports level period=2024-07 product=oil"}),
    ("Vietnam attracted $31.4 billion in foreign direct investment in the first 11 months, "
     "up 1% on the year.", "2024-12-05",
     {"$31.4 billion": "investment.fdi level reporter=VN period=2024-01/2024-11",
      "1%": "investment.fdi change direction=up reporter=VN period=2024-01/2024-11"}),
    ("Japan's outward direct investment fell 8% to $184 billion in 2023, JETRO said.",
     "2024-08-05",
     {"8%": "investment.odi change direction=down reporter=JP period=2023",
      "$184 billion": "investment.odi level reporter=JP period=2023"}),
    ("Bangladesh's import cover fell to 3.8 months in October, the central bank said.",
     "2024-11-10",
     {"3.8 months": "other level reporter=BD period=2024-10"}),
    ("Sri Lanka's gross official reserves rose to $6.5 billion at end-November.",
     "2024-12-06",
     {"$6.5 billion": "reserves.fx level reporter=LK"}),
    ("Foreign-currency reserves at the Central Bank of Egypt rose to $46.9 billion in "
     "November from $46.7 billion in October.", "2024-12-08",
     {"$46.9 billion": "reserves.fx level reporter=EG period=2024-11",
      "$46.7 billion": "reserves.fx level reporter=EG period=2024-10"}),
    ("Slovenia's foreign trade showed a balance of minus EUR 248 million in September.",
     "2024-11-12",
     {"EUR 248 million": "trade.deficit level reporter=SI period=2024-09"}),
    ("The current account surplus of South Korea narrowed to $9.8 billion in October.",
     "2024-12-06",
     {"$9.8 billion": "account.current level reporter=KR period=2024-10"}),
    ("Russia's turnover with China reached $217 billion in the first eleven months of 2024.",
     "2024-12-20",
     {"$217 billion": "trade.total level reporter=RU partner=CN period=2024-01/2024-11"}),
    ("Two-way trade between India and the UAE rose 16% to $83.7 billion in 2023-24.",
     "2024-06-12",
     {"16%": "trade.total change direction=up",
      "$83.7 billion": "trade.total level"}),
    ("Mexico's auto exports fell 3.5% to 292,000 vehicles in November, INEGI said.",
     "2024-12-06",
     {"3.5%": "trade.exports change direction=down reporter=MX period=2024-11"}),
    # coordination and ellipsis
    ("Indonesia's exports reached $24.4 billion and imports $20.0 billion in October.",
     "2024-11-15",
     {"$24.4 billion": "trade.exports level reporter=ID period=2024-10",
      "$20.0 billion": "trade.imports level reporter=ID period=2024-10"}),
    ("Malaysia recorded exports of RM127.4 billion, up 1.6%, and imports of RM118.2 billion, "
     "up 11.1%, in November.", "2024-12-19",
     {"RM127.4 billion": "trade.exports level reporter=MY period=2024-11",
      "1.6%": "trade.exports change direction=up reporter=MY period=2024-11",
      "RM118.2 billion": "trade.imports level reporter=MY period=2024-11",
      "11.1%": "trade.imports change direction=up reporter=MY period=2024-11"}),
    ("Shipments to the United States and Europe rose 9% and 4% respectively, China's "
     "customs said.", "2024-12-10",
     {"9%": "trade.exports change direction=up partner=US reporter=CN",
      "4%": "trade.exports change direction=up reporter=CN"}),
    ("Exports to ASEAN climbed 14.9%, while those to Japan dropped 4.1%.", "2024-11-07",
     {"14.9%": "trade.exports change direction=up partner=ASEAN",
      "4.1%": "trade.exports change direction=down partner=JP"}),
    ("Imports rose 2.4% to $19.6 billion, while exports declined 1.2% to $20.5 billion, "
     "leaving a surplus of $0.9 billion.", "2024-09-15",
     {"2.4%": "trade.imports change direction=up",
      "$19.6 billion": "trade.imports level",
      "1.2%": "trade.exports change direction=down",
      "$20.5 billion": "trade.exports level",
      "$0.9 billion": "trade.surplus level"}),
    ("Exports of cars rose 12% and of electronics 7%, Japan's finance ministry said.",
     "2024-11-20",
     {"12%": "trade.exports change direction=up product=cars reporter=JP",
      "7%": "trade.exports change direction=up product=electronics reporter=JP"}),
    ("Exports to Germany and France fell by 3.1 percent and 2.4 percent, respectively.",
     "2024-11-20",
     {"3.1 percent": "trade.exports change direction=down partner=DE",
      "2.4 percent": "trade.exports change direction=down partner=FR"}),
    # amounts that are changes
    ("Japan's exports increased by 530 billion yen from a year earlier.", "2024-11-20",
     {"530 billion yen": "trade.exports change direction=up basis=yoy reporter=JP"}),
    ("Imports of fuel rose by $1.2 billion to $4.8 billion.", "2024-11-20",
     {"$1.2 billion": "trade.imports change direction=up product=fuel",
      "$4.8 billion": "trade.imports level product=fuel"}),
    ("Britain's trade deficit narrowed by £0.7 billion to £18.9 billion in the three months "
     "to October, the Office for National Statistics said.", "2024-12-13",
     {"£0.7 billion": "trade.deficit change direction=down reporter=GB",
      "£18.9 billion": "trade.deficit level reporter=GB"}),
    ("A $2.3 billion drop in oil imports helped narrow the deficit.", "2024-11-20",
     {"$2.3 billion": "trade.imports change direction=down product=oil"}),
    ("Exports were down €1.1 billion on the previous month.", "2024-11-20",
     {"€1.1 billion": "trade.exports change direction=down basis=mom"}),
    # partner vs reporter
    ("Germany's imports from China fell 4.2% in the first nine months, while its exports "
     "to the US rose 2.1%.", "2024-11-20",
     {"4.2%": "trade.imports change direction=down reporter=DE partner=CN",
      "2.1%": "trade.exports change direction=up reporter=DE partner=US"}),
    ("China's trade with Africa hit a record $257 billion in 2024.", "2025-01-14",
     {"$257 billion": "trade.total level reporter=CN partner=Africa period=2024"}),
    ("Trade between ASEAN and China grew 7% to $982 billion last year.", "2025-01-20",
     {"7%": "trade.total change direction=up period=2024",
      "$982 billion": "trade.total level period=2024"}),
    ("The Philippines' exports to Japan rose 11.2% to $1.2 billion in October.",
     "2024-12-10",
     {"11.2%": "trade.exports change direction=up reporter=PH partner=JP period=2024-10"}),
    ("Britain's exports to the EU fell 3% in November, while exports to non-EU countries rose "
     "1.5%.", "2025-01-15",
     {"3%": "trade.exports change direction=down reporter=GB partner=EU period=2024-11",
      "1.5%": "trade.exports change direction=up reporter=GB partner=- period=2024-11"}),
    ("US imports from Vietnam rose 19% to $136.6 billion in 2024, the Census Bureau said.",
     "2025-02-05",
     {"19%": "trade.imports change direction=up reporter=US partner=VN period=2024",
      "$136.6 billion": "trade.imports level reporter=US partner=VN period=2024"}),
    ("Canada's exports to countries other than the United States fell 1.2% in September.",
     "2024-11-05",
     {"1.2%": "trade.exports change direction=down reporter=CA period=2024-09"}),
    # products
    ("Shipments of liquefied natural gas from Qatar rose 3% in the third quarter.",
     "2024-10-15",
     {"3%": "trade.exports change direction=up reporter=QA period=2024-Q3"}),
    ("India's smartphone exports doubled to $20.4 billion in fiscal 2024-25.", "2025-04-10",
     {"$20.4 billion": "trade.exports level reporter=IN product=smartphone"}),
    ("Argentina's soy exports rose 40% in value in November.", "2024-12-18",
     {"40%": "trade.exports change direction=up reporter=AR product=soy period=2024-11"}),
    ("Thailand's rice exports rose 20% to 9.9 million tonnes in 2024, the commerce ministry "
     "said.", "2025-01-10",
     {"20%": "trade.exports change direction=up reporter=TH product=rice period=2024"}),
    ("China's imports of soybeans rose 6.5% to 105 million tonnes in 2024.", "2025-01-13",
     {"6.5%": "trade.imports change direction=up reporter=CN product=soybeans period=2024"}),
    ("Ecuador's shrimp exports fell 5.4% to $6.1 billion in the first 11 months.",
     "2024-12-20",
     {"5.4%": "trade.exports change direction=down reporter=EC product=shrimp"}),
    ("South Korea's car exports dropped 14% in November, the industry ministry said.",
     "2024-12-15",
     {"14%": "trade.exports change direction=down reporter=KR product=car period=2024-11"}),
    # comparison values and revisions
    ("Germany's trade surplus for September was revised down to 16.9 billion euros from "
     "17.0 billion euros.", "2024-11-07",
     {"16.9 billion euros": "trade.surplus level reporter=DE period=2024-09 modality=actual",
      "17.0 billion euros": "trade.surplus level reporter=DE modality=previous"}),
    ("The US goods and services deficit was $73.8 billion in October, down $10.0 billion "
     "from $83.8 billion in September, revised.", "2024-12-05",
     {"$73.8 billion": "trade.deficit level reporter=US period=2024-10",
      "$10.0 billion": "trade.deficit change direction=down reporter=US period=2024-10",
      "$83.8 billion": "trade.deficit level reporter=US period=2024-09"}),
    ("Canada's trade deficit was C$0.3 billion in October, compared with a revised "
     "C$1.0 billion deficit in September.", "2024-12-05",
     {"C$0.3 billion": "trade.deficit level reporter=CA period=2024-10",
      "C$1.0 billion": "trade.deficit level reporter=CA period=2024-09"}),
    ("The shortfall was originally reported as $1.3 billion.", "2024-12-05",
     {"$1.3 billion": "trade.deficit level modality=previous"}),
    ("Exports fell 1.4% in October, after a revised 0.9% gain in September.", "2024-12-05",
     {"1.4%": "trade.exports change direction=down period=2024-10",
      "0.9%": "trade.exports change direction=up period=2024-09"}),
    ("China's exports grew 6.7% in November, compared with 12.7% in October.", "2024-12-10",
     {"6.7%": "trade.exports change direction=up reporter=CN period=2024-11",
      "12.7%": "trade.exports change reporter=CN period=2024-10"}),
    ("Imports in November were $22.3 billion (October: $23.1 billion).", "2024-12-10",
     {"$22.3 billion": "trade.imports level period=2024-11",
      "$23.1 billion": "trade.imports level period=2024-10"}),
    # own period vs compared period
    ("In a December story: exports in November were 11% higher than in October.",
     "2024-12-10",
     {"11%": "trade.exports change direction=up period=2024-11 basis=mom"}),
    ("Retail sales in Poland rose 3% in November from the same month of 2023.", "2024-12-20",
     {"3%": "sales.retail change direction=up period=2024-11 basis=yoy reporter=PL"}),
    ("Industrial output in Turkey fell 2.9% in October compared to the previous month.",
     "2024-12-10",
     {"2.9%": "output.industrial change direction=down period=2024-10 basis=mom reporter=TR"}),
    ("Exports in the third quarter were 4.5% higher than in the second quarter.",
     "2024-11-10",
     {"4.5%": "trade.exports change direction=up period=2024-Q3 basis=qoq"}),
    ("Vietnam's exports in December are estimated to rise 12% compared with the same period "
     "last year.", "2024-12-20",
     {"12%": "trade.exports change direction=up period=2024-12 basis=yoy reporter=VN"}),
    # macro in trade stories
    ("Inflation in Nigeria rose to 34.6% in November from 33.9% in October.", "2024-12-16",
     {"34.6%": "prices.cpi level reporter=NG period=2024-11",
      "33.9%": "prices.cpi level reporter=NG period=2024-10"}),
    ("Kenya's economy grew 4.6% in the second quarter, slowing from 5.6% a year earlier.",
     "2024-09-30",
     {"4.6%": "economy.gdp change direction=up reporter=KE period=2024-Q2",
      "5.6%": "economy.gdp change reporter=KE period=2023-Q2"}),
    ("Brazil's unemployment rate fell to 6.1% in the three months to November.",
     "2024-12-27",
     {"6.1%": "labour.unemployment level reporter=BR"}),
    ("The Philippine economy expanded 5.2% in the third quarter, below the government's "
     "6-7% target.", "2024-11-07",
     {"5.2%": "economy.gdp change direction=up reporter=PH period=2024-Q3"}),
    ("Thailand's central bank expects exports to grow 3.8% this year.", "2024-09-25",
     {"3.8%": "trade.exports change modality=forecast reporter=TH period=2024"}),
    ("The government aims to raise exports to $1 trillion by 2030.", "2024-09-25",
     {"$1 trillion": "trade.exports level modality=target"}),
    # local newspaper styles
    ("Tea earnings in Sri Lanka went up to Rs. 38.5 billion in October compared with "
     "Rs. 35.1 billion in the same month last year.", "2024-11-25",
     {"Rs. 38.5 billion": "trade.exports level reporter=LK product=tea period=2024-10",
      "Rs. 35.1 billion": "trade.exports level reporter=LK product=tea period=2023-10"}),
    ("Garment exporters in Bangladesh fetched $3.5 billion in November, up 15% year on year.",
     "2024-12-03",
     {"$3.5 billion": "trade.exports level reporter=BD period=2024-11",
      "15%": "trade.exports change direction=up basis=yoy reporter=BD period=2024-11"}),
    ("Zimbabwe's tobacco sales earned US$1.2 billion this season.", "2024-09-01",
     {"US$1.2 billion": "other level reporter=ZW"}),
    ("Namibia's trade deficit widened to N$3.2 billion in October from N$1.7 billion in "
     "September, the Namibia Statistics Agency said.", "2024-11-29",
     {"N$3.2 billion": "trade.deficit level reporter=NA period=2024-10",
      "N$1.7 billion": "trade.deficit level reporter=NA period=2024-09"}),
    ("Botswana's diamond exports plunged 40% to P12.4 billion in the first half.",
     "2024-08-15",
     {"40%": "trade.exports change direction=down reporter=BW product=diamond period=2024-H1"}),
    ("Senegal's exports rose 19.6% in October, the national statistics agency ANSD said.",
     "2024-12-12",
     {"19.6%": "trade.exports change direction=up reporter=SN period=2024-10"}),
    ("Rwanda's formal exports rose 24% to $1.2 billion in 2023.", "2024-03-05",
     {"24%": "trade.exports change direction=up reporter=RW period=2023"}),
    ("Mozambique's coal exports brought in $1.8 billion last year.", "2024-04-05",
     {"$1.8 billion": "trade.exports level reporter=MZ product=coal period=2023"}),
    ("The Dominican Republic's exports rose 5.2% to $13.1 billion in 2024.", "2025-02-05",
     {"5.2%": "trade.exports change direction=up reporter=DO period=2024"}),
    ("Guatemala's coffee exports fell 9% in the 2023-24 harvest.", "2024-10-05",
     {"9%": "trade.exports change direction=down reporter=GT product=coffee"}),
    ("Costa Rica's exports of medical devices grew 18% in the first semester.",
     "2024-08-10",
     {"18%": "trade.exports change direction=up reporter=CR product=medical_devices"}),
    ("Paraguay's soybean exports rose 27% in volume through October.", "2024-11-10",
     {"27%": "trade.exports change direction=up reporter=PY product=soybean"}),
    ("Bolivia's gas exports fell to $1.6 billion in 2023 from $2.9 billion in 2022.",
     "2024-02-10",
     {"$1.6 billion": "trade.exports level reporter=BO product=gas period=2023",
      "$2.9 billion": "trade.exports level reporter=BO product=gas period=2022"}),
    ("Hungary's trade surplus was EUR 1.2 billion in October, EUR 0.3 billion more than a "
     "year earlier.", "2024-12-06",
     {"EUR 1.2 billion": "trade.surplus level reporter=HU period=2024-10",
      "EUR 0.3 billion": "trade.surplus change direction=up reporter=HU period=2024-10"}),
    ("Czech exports fell 1.5% year-on-year in October, while imports increased by 2.3%.",
     "2024-12-06",
     {"1.5%": "trade.exports change direction=down basis=yoy reporter=CZ period=2024-10",
      "2.3%": "trade.imports change direction=up basis=yoy reporter=CZ period=2024-10"}),
    ("Romania's trade deficit widened by 14% to 28.6 billion euros in January-October.",
     "2024-12-10",
     {"14%": "trade.deficit change direction=up reporter=RO",
      "28.6 billion euros": "trade.deficit level reporter=RO"}),
    ("Greek exports excluding fuel rose 3.2% in October, ELSTAT said.", "2024-12-10",
     {"3.2%": "trade.exports change direction=up reporter=GR period=2024-10"}),
    ("The Netherlands' exports fell 0.7% in October.", "2024-12-10",
     {"0.7%": "trade.exports change direction=down reporter=NL period=2024-10"}),
    ("Portugal's exports of goods increased 4.6% in nominal terms in October.", "2024-12-10",
     {"4.6%": "trade.exports change direction=up reporter=PT period=2024-10"}),
    ("Austria's foreign trade turnover declined by 5.2% in the first three quarters.",
     "2024-12-10",
     {"5.2%": "trade.total change direction=down reporter=AT"}),
    ("Lithuania's exports of Lithuanian origin fell 2% in October.", "2024-12-10",
     {"2%": "trade.exports change direction=down reporter=LT period=2024-10"}),
    ("Taiwan's exports to the US soared 46% in November, outpacing those to China, which "
     "rose 1.9%.", "2024-12-09",
     {"46%": "trade.exports change direction=up reporter=TW partner=US period=2024-11",
      "1.9%": "trade.exports change direction=up reporter=TW partner=CN period=2024-11"}),
    ("Hong Kong's exports to the mainland rose 5.9% in October, while those to the US fell "
     "2.4%.", "2024-11-26",
     {"5.9%": "trade.exports change direction=up reporter=HK partner=CN period=2024-10",
      "2.4%": "trade.exports change direction=down reporter=HK partner=US period=2024-10"}),
    ("South Korea's exports to China, its largest trading partner, rose 3.9% in November.",
     "2024-12-01",
     {"3.9%": "trade.exports change direction=up reporter=KR partner=CN period=2024-11"}),
    ("Japan's exports to Asia, which account for over half of the total, rose 2.1% in "
     "November.", "2024-12-18",
     {"2.1%": "trade.exports change direction=up reporter=JP partner=Asia period=2024-11"}),
    ("New Zealand's dairy exports rose NZ$276 million, or 16%, in November.", "2024-12-20",
     {"NZ$276 million": "trade.exports change direction=up reporter=NZ product=dairy",
      "16%": "trade.exports change direction=up reporter=NZ product=dairy"}),
    ("Australia's coal exports fell A$1.9 billion, or 13%, in October.", "2024-12-05",
     {"A$1.9 billion": "trade.exports change direction=down reporter=AU product=coal",
      "13%": "trade.exports change direction=down reporter=AU product=coal"}),
    ("Saudi Arabia's merchandise exports fell 7.8% in October to SAR 94.5 billion, while "
     "its imports rose 10.1%.", "2024-12-24",
     {"7.8%": "trade.exports change direction=down reporter=SA period=2024-10",
      "SAR 94.5 billion": "trade.exports level reporter=SA period=2024-10",
      "10.1%": "trade.imports change direction=up reporter=SA period=2024-10"}),
    ("Abu Dhabi's non-oil foreign trade rose 11.7% to AED 243 billion in the first nine "
     "months.", "2024-11-15",
     {"11.7%": "trade.total change direction=up product=non-oil",
      "AED 243 billion": "trade.total level product=non-oil"}),
    ("Iran's non-oil exports rose 8% to $43 billion in the nine months to December.",
     "2024-12-25",
     {"8%": "trade.exports change direction=up reporter=IR product=non-oil"}),
    ("Iraq's oil exports averaged 3.37 million barrels per day in November.", "2024-12-02",
     {"3.37 million barrels per day": "trade.exports level "
                                      "reporter=IQ product=oil period=2024-11"}),
    ("Lebanon's trade deficit stood at $14.5 billion in the first ten months.", "2024-12-10",
     {"$14.5 billion": "trade.deficit level reporter=LB period=2024-01/2024-10"}),
    ("Tunisia's trade deficit eased to 16.3 billion dinars at end-November.", "2024-12-10",
     {"16.3 billion dinars": "trade.deficit level reporter=TN"}),
    ("Algeria's hydrocarbon exports fell 9% to $45 billion in 2024.", "2025-02-10",
     {"9%": "trade.exports change direction=down reporter=DZ product=hydrocarbon period=2024"}),
    ("Laos' exports were worth $7.4 billion in 2023, the Ministry of Industry and Commerce "
     "said.", "2024-02-10",
     {"$7.4 billion": "trade.exports level reporter=LA period=2023"}),
    ("Brunei's exports fell 9.1% year on year in October.", "2024-12-10",
     {"9.1%": "trade.exports change direction=down basis=yoy reporter=BN period=2024-10"}),
    ("The Maldives' imports rose 3% to MVR 42.5 billion in 2023.", "2024-03-10",
     {"3%": "trade.imports change direction=up reporter=MV period=2023"}),
    ("Uzbekistan's foreign trade turnover reached $55.9 billion in January-November.",
     "2024-12-15",
     {"$55.9 billion": "trade.total level reporter=UZ period=2024-01/2024-11"}),
    ("Ukraine's agricultural exports fell 11% to $2.0 billion in November.", "2024-12-10",
     {"11%": "trade.exports change direction=down "
             "reporter=UA product=agricultural period=2024-11"}),
    ("Serbia's foreign trade deficit was EUR 9.1 billion in the first ten months.",
     "2024-11-29",
     {"EUR 9.1 billion": "trade.deficit level reporter=RS period=2024-01/2024-10"}),
]


CASES_D = [
    # periods: relative and governing
    ("Malaysia's exports rose 16.1% last month, the statistics department said on Friday.",
     "2024-12-20",
     {"16.1%": "trade.exports change direction=up reporter=MY period=2024-11"}),
    ("Vietnam's exports rose 12% in the month under review, reaching $33.6 billion in "
     "November.", "2024-12-06",
     {"12%": "trade.exports change direction=up reporter=VN period=2024-11",
      "$33.6 billion": "trade.exports level reporter=VN period=2024-11"}),
    ("Indonesia posted a $4.4 billion trade surplus in November. During the period, exports "
     "rose 9.1%.", "2024-12-16",
     {"$4.4 billion": "trade.surplus level reporter=ID period=2024-11",
      "9.1%": "trade.exports change direction=up reporter=ID period=2024-11"}),
    ("The Philippines' trade deficit in the first ten months was $46.5 billion, compared "
     "with $43.6 billion in the same period a year ago.", "2024-12-10",
     {"$46.5 billion": "trade.deficit level reporter=PH period=2024-01/2024-10",
      "$43.6 billion": "trade.deficit level reporter=PH period=2023-01/2023-10"}),
    ("Sri Lanka's exports in the 12 months through June were $12.4 billion.", "2024-07-20",
     {"$12.4 billion": "trade.exports level reporter=LK period=2023-07/2024-06"}),
    ("Exports from Kenya in the year to March rose 9% to $7.6 billion.", "2024-05-20",
     {"9%": "trade.exports change direction=up reporter=KE period=2023-04/2024-03"}),
    ("South Korea's exports in the first 20 days of December rose 6.6%.", "2024-12-21",
     {"6.6%": "trade.exports change direction=up reporter=KR period=2024-12-01/2024-12-20"}),
    ("Japan's exports rose 3.8% in November from a year ago. Shipments to China rose 5.9%, "
     "while those to the US slipped 8%.", "2024-12-18",
     {"5.9%": "trade.exports change direction=up reporter=JP partner=CN period=2024-11",
      "8%": "trade.exports change direction=down reporter=JP partner=US period=2024-11"}),
    ("Australia's exports rose 3.8% in October. In the year to date, exports are down 7%.",
     "2024-12-05",
     {"3.8%": "trade.exports change direction=up reporter=AU period=2024-10"}),
    ("Nigeria's exports in Q3 2024 rose 18.6% quarter-on-quarter to N19.6 trillion.",
     "2024-12-10",
     {"18.6%": "trade.exports change direction=up basis=qoq reporter=NG period=2024-Q3",
      "N19.6 trillion": "trade.exports level reporter=NG period=2024-Q3"}),
    ("Egypt's exports rose 13% in the first 10 months of 2024 to $33.5 billion, compared "
     "with the corresponding period of 2023.", "2024-12-10",
     {"13%": "trade.exports change direction=up basis=yoy reporter=EG period=2024-01/2024-10"}),
    ("Thailand's exports in 2024 are forecast to grow 4%, after rising 10.2% in the first "
     "ten months.", "2024-11-25",
     {"4%": "trade.exports change modality=forecast reporter=TH period=2024",
      "10.2%": "trade.exports change direction=up reporter=TH period=2024-01/2024-10"}),
    ("The Gulf state's non-oil exports in the third quarter of 2024 reached SAR 77.4 billion, "
     "up 12.8% compared with the third quarter of 2023.", "2024-12-20",
     {"SAR 77.4 billion": "trade.exports level product=non-oil period=2024-Q3",
      "12.8%": "trade.exports change direction=up basis=yoy product=non-oil period=2024-Q3"}),
    # fiscal years
    ("India's exports in FY24 were $437.1 billion, down 3.1% from FY23.", "2024-05-15",
     {"$437.1 billion": "trade.exports level reporter=IN",
      "3.1%": "trade.exports change direction=down reporter=IN"}),
    ("Bangladesh's exports fell 4.2% in the 2023-24 fiscal year, the Export Promotion Bureau "
     "said.", "2024-07-10",
     {"4.2%": "trade.exports change direction=down reporter=BD"}),
    ("Pakistan's trade deficit narrowed to $22.1 billion in FY2024 from $27.5 billion in "
     "FY2023.", "2024-07-03",
     {"$22.1 billion": "trade.deficit level reporter=PK",
      "$27.5 billion": "trade.deficit level reporter=PK"}),
    # heads
    ("Morocco's phosphate sales abroad rose 15% to 70 billion dirhams.", "2024-12-10",
     {"15%": "trade.exports change direction=up reporter=MA"}),
    ("Foreign sales of Chilean wine fell 8% in volume in 2024.", "2025-01-20",
     {"8%": "trade.exports change direction=down product=wine period=2024"}),
    ("Kenya's horticulture export earnings rose 12% to KSh 154 billion in 2023.",
     "2024-02-20",
     {"12%": "trade.exports change direction=up reporter=KE product=horticulture period=2023"}),
    ("Overseas shipments from Indonesia fell 2.9% in October.", "2024-11-15",
     {"2.9%": "trade.exports change direction=down reporter=ID period=2024-10"}),
    ("Inbound shipments to the Philippines rose 2.5% to $11.6 billion in October.",
     "2024-12-10",
     {"2.5%": "trade.imports change direction=up reporter=PH period=2024-10"}),
    ("The trade gap of Mexico was a shortfall of $1.4 billion in October.", "2024-11-28",
     {"$1.4 billion": "trade.deficit level reporter=MX period=2024-10"}),
    ("Overseas sales of Japanese cars fell 6% in November.", "2024-12-18",
     {"6%": "trade.exports change direction=down reporter=JP product=cars period=2024-11"}),
    ("Vietnam's export turnover reached $355.5 billion in the first 11 months.",
     "2024-12-06",
     {"$355.5 billion": "trade.exports level reporter=VN period=2024-01/2024-11"}),
    ("Import payments of Bangladesh rose 5% to $5.4 billion in October.", "2024-12-01",
     {"5%": "trade.imports change direction=up reporter=BD period=2024-10"}),
    ("Kazakhstan's foreign trade turnover fell 2% to $112 billion in January-October.",
     "2024-12-10",
     {"2%": "trade.total change direction=down reporter=KZ period=2024-01/2024-10"}),
    ("Peru's current account posted a surplus of 2.1% of GDP in the third quarter.",
     "2024-11-20",
     {"2.1%": "account.current share reporter=PE period=2024-Q3"}),
    # coordination
    ("Exports rose 4.4% to $25.2 billion and imports 8.5% to $20.9 billion in Thailand in "
     "October.", "2024-11-25",
     {"4.4%": "trade.exports change direction=up reporter=TH period=2024-10",
      "$25.2 billion": "trade.exports level reporter=TH period=2024-10",
      "8.5%": "trade.imports change direction=up reporter=TH period=2024-10",
      "$20.9 billion": "trade.imports level reporter=TH period=2024-10"}),
    ("Imports and exports fell 3% and 5%, respectively, in Chile in November.", "2024-12-07",
     {"3%": "trade.imports change direction=down reporter=CL period=2024-11",
      "5%": "trade.exports change direction=down reporter=CL period=2024-11"}),
    ("Exports of crude oil fell 9% and those of refined products 4%, Nigeria's statistics "
     "bureau said.", "2024-12-10",
     {"9%": "trade.exports change direction=down product=crude_oil reporter=NG",
      "4%": "trade.exports change direction=down product=refined_products reporter=NG"}),
    ("Exports to China rose 10% and to Japan 4%, Australia's statistics bureau said.",
     "2024-12-05",
     {"10%": "trade.exports change direction=up partner=CN reporter=AU",
      "4%": "trade.exports change direction=up partner=JP reporter=AU"}),
    ("Imports from China and the US grew 12% and 6% respectively, Vietnam's customs said.",
     "2024-12-06",
     {"12%": "trade.imports change direction=up partner=CN reporter=VN",
      "6%": "trade.imports change direction=up partner=US reporter=VN"}),
    # changes as amounts
    ("India's trade deficit widened by $6.4 billion from a year earlier to $27.1 billion in "
     "October.", "2024-11-15",
     {"$6.4 billion": "trade.deficit change direction=up basis=yoy reporter=IN period=2024-10",
      "$27.1 billion": "trade.deficit level reporter=IN period=2024-10"}),
    ("Exports from South Africa slipped by R5.1 billion to R172 billion in October.",
     "2024-11-29",
     {"R5.1 billion": "trade.exports change direction=down reporter=ZA period=2024-10",
      "R172 billion": "trade.exports level reporter=ZA period=2024-10"}),
    ("A $3.9 billion increase in gold imports pushed India's deficit to a record.",
     "2024-12-16",
     {"$3.9 billion": "trade.imports change direction=up product=gold reporter=IN"}),
    ("Swiss exports to the US jumped by CHF 1.2 billion in October.", "2024-11-21",
     {"CHF 1.2 billion": "trade.exports change direction=up reporter=CH partner=US "
                         "period=2024-10"}),
]


CASES_E = [
    ("Vietnam's trade with the United States reached $119 billion in the first 11 months. "
     "Exports to the US accounted for $109 billion.", "2024-12-10",
     {"$119 billion": "trade.total level reporter=VN partner=US period=2024-01/2024-11",
      "$109 billion": "trade.exports level reporter=VN partner=US period=2024-01/2024-11"}),
    ("Kenya's imports from China rose 21% in 2023. Kenya exported goods worth $240 million "
     "to China in the same year.", "2024-04-10",
     {"21%": "trade.imports change direction=up reporter=KE partner=CN period=2023",
      "$240 million": "trade.exports level reporter=KE partner=CN period=2023"}),
    ("The kingdom's imports from Japan fell 3%, while its exports to India rose 6%, the "
     "General Authority for Statistics said of Saudi Arabia's October data.", "2024-12-24",
     {"3%": "trade.imports change direction=down partner=JP",
      "6%": "trade.exports change direction=up partner=IN"}),
    ("Exports of Nigerian crude to Europe rose 11% in November.", "2024-12-20",
     {"11%": "trade.exports change direction=up period=2024-11"}),
    ("Mexico overtook China as the largest exporter to the US. US imports from Mexico rose "
     "5% to $475.6 billion in 2023.", "2024-02-08",
     {"5%": "trade.imports change direction=up reporter=US partner=MX period=2023",
      "$475.6 billion": "trade.imports level reporter=US partner=MX period=2023"}),
    ("Indian exports to the UAE jumped 20% to $3.3 billion in November.", "2024-12-16",
     {"20%": "trade.exports change direction=up reporter=IN partner=AE period=2024-11"}),
    ("Brazilian imports of Chinese goods rose 20% in 2024.", "2025-01-06",
     {"20%": "trade.imports change direction=up reporter=BR partner=CN period=2024"}),
    ("The EU's imports of Russian gas fell 18% in 2024.", "2025-01-20",
     {"18%": "trade.imports change direction=down reporter=EU partner=RU period=2024"}),
    ("Exports from Germany to China fell 7.6% in 2024, the statistics office said.",
     "2025-02-07",
     {"7.6%": "trade.exports change direction=down reporter=DE partner=CN period=2024"}),
    ("Imports into the UK from the EU rose 2.1% in the quarter.", "2024-11-15",
     {"2.1%": "trade.imports change direction=up reporter=GB partner=EU"}),
    ("Chinese exports to Russia fell 2.8% in November, while imports from Russia slipped "
     "4.7%.", "2024-12-10",
     {"2.8%": "trade.exports change direction=down reporter=CN partner=RU period=2024-11",
      "4.7%": "trade.imports change direction=down reporter=CN partner=RU period=2024-11"}),
    ("Australian exports of beef to the US surged 48% in 2024.", "2025-01-10",
     {"48%": "trade.exports change direction=up reporter=AU partner=US product=beef period=2024"}),
    # comparison values with brackets and 'versus'
    ("Exports rose 5.2% year-on-year in November (October: +7.7%).", "2024-12-10",
     {"5.2%": "trade.exports change direction=up basis=yoy period=2024-11",
      "7.7%": "trade.exports change direction=up period=2024-10"}),
    ("The trade balance showed a surplus of $2.1 billion versus $1.5 billion a year ago.",
     "2024-12-10",
     {"$2.1 billion": "trade.surplus level", "$1.5 billion": "trade.surplus level"}),
    ("Imports fell 1.1% month on month after a 2.3% increase in September.", "2024-11-10",
     {"1.1%": "trade.imports change direction=down basis=mom",
      "2.3%": "trade.imports change direction=up period=2024-09"}),
    ("Turkey's annual inflation eased to 47.1% in November from 48.6% in October.",
     "2024-12-03",
     {"47.1%": "prices.cpi level reporter=TR period=2024-11",
      "48.6%": "prices.cpi level reporter=TR period=2024-10"}),
    ("India's forex reserves fell by $1.3 billion to $656.6 billion in the week ended "
     "November 29.", "2024-12-06",
     {"$1.3 billion": "reserves.fx change direction=down reporter=IN",
      "$656.6 billion": "reserves.fx level reporter=IN"}),
    ("Argentina's central bank bought $1.1 billion in December, lifting reserves to "
     "$32 billion.", "2025-01-02",
     {"$32 billion": "reserves.fx level reporter=AR"}),
    ("Colombia's trade deficit widened 9% in the January-October period to $8.3 billion.",
     "2024-12-18",
     {"9%": "trade.deficit change direction=up reporter=CO period=2024-01/2024-10",
      "$8.3 billion": "trade.deficit level reporter=CO period=2024-01/2024-10"}),
    ("Exports from the euro area fell 1.2% in October, while imports rose 0.6%, Eurostat "
     "said.", "2024-12-16",
     {"1.2%": "trade.exports change direction=down reporter=EA period=2024-10",
      "0.6%": "trade.imports change direction=up reporter=EA period=2024-10"}),
    ("Exports from Cote d'Ivoire rose 8% in the third quarter.", "2024-12-16",
     {"8%": "trade.exports change direction=up reporter=CI period=2024-Q3"}),
    ("Imports into Ghana fell 4.1% in the first half.", "2024-09-16",
     {"4.1%": "trade.imports change direction=down reporter=GH period=2024-H1"}),
    ("Shipments from South Korea to Vietnam rose 9.2% in November.", "2024-12-01",
     {"9.2%": "trade.exports change direction=up reporter=KR partner=VN period=2024-11"}),
    ("Trade between the two countries, China and Brazil, reached $181 billion last year.",
     "2024-04-10",
     {"$181 billion": "trade.total level period=2023"}),
    ("Thailand's trade deficit in November was $0.2 billion, versus a surplus of $0.9 "
     "billion in October.", "2024-12-25",
     {"$0.2 billion": "trade.deficit level reporter=TH period=2024-11"}),
]

# Constructions not handled yet: (start of the passage, figure text) -> reason
XFAIL = {
    ("Bangladesh's import cover", "3.8 months"): "'3.8 months' of import cover is no figure "
                                                 "entity (normalize)",
    ("Namibia's trade deficit", "N$3.2 billion"): "N$ (Namibian dollar) is no MONEY entity "
                                                  "(normalize)",
    ("Namibia's trade deficit", "N$1.7 billion"): "as above",
    ("Tea earnings in Sri Lanka", "Rs. 35.1 billion"): "the compared value takes no product; "
                                                       "'in the same month last year' after "
                                                       "the value",
    ("Garment exporters in Bangladesh", "$3.5 billion"): "'exporters fetched $X' is not "
                                                         "read as exports",
    ("Garment exporters in Bangladesh", "15%"): "as above",
    ("Egypt's exports rose 13%", "13%"): "'compared with the corresponding period of 2023' "
                                         "after the level gives no basis",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(CASES_A + CASES_B + CASES_C + CASES_D + CASES_E, XFAIL))
def test_hunt(text, published, figure, spec):
    check_fact_spec(text, published, figure, spec, product_as_scored=True)
