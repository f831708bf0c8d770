"""Hunt eastasia2: East Asian releases and their press copies, as whole short stories written
for these tests (own wording; figures close to the real releases): Japan's Ministry of Finance
via Kyodo / Nikkei / Reuters ("yen", "fiscal 2024", "the April-September half"), South Korea's
trade ministry via Yonhap ("the first 20 days of the month", "working-day-adjusted"), Taiwan's
MOF and DGBAS via Focus Taiwan ("NT$", "US$"), Hong Kong's C&SD ("HK$", "value of total
exports of goods"), China's NBS and GAC via Xinhua, Global Times, SCMP and Caixin ("in yuan
terms", "in dollar terms", "the first two months combined"). The reporter of each figure is
the key field: a Chinese story that names the US and Japan many times is still China's.

Each story is (text, published, {figure text: "metric role field=value ..."}) as in
tests/helpers.py ('-' is null, '_' a space); ``src`` names the source entity by (part of) its
canonical name (``src=-``: no source). Only the fields named are checked.
"""

from __future__ import annotations

import pytest
from helpers import check_entity_value, check_fact_spec_with_source, fact_spec_params

JMOF = "src=Ministry_of_Finance"
MOTIE = "src=Ministry_of_Trade,_Industry_and_Energy"
CSD = "src=Census_and_Statistics_Department"
GAC = "src=General_Administration_of_Customs"
NBS = "src=National_Bureau_of_Statistics"

STORIES = [
    # 0 ---- Kyodo-style copy of Japan's monthly trade statistics
    ("Japan logs trade deficit for 2nd straight month in November\n\n"
     "TOKYO, Dec. 18 (Kyodo) -- Japan posted a goods trade deficit of 117.6 billion yen in "
     "November, the second consecutive month in the red, as imports of energy stayed high, "
     "government data showed Wednesday.\n\n"
     "Exports climbed 3.8 percent from a year earlier to 9.15 trillion yen, the Finance "
     "Ministry said in a preliminary report, led by shipments of semiconductor equipment. "
     "Imports fell 3.8 percent to 9.27 trillion yen.\n\n"
     "Exports to the United States dropped 8.0 percent to 1.72 trillion yen, while exports "
     "to China grew 5.7 percent to 1.67 trillion yen.", "2024-12-18",
     {"117.6 billion yen": "trade.deficit level period=2024-11 reporter=JP",
      "3.8 percent": f"trade.exports change direction=up basis=yoy period=2024-11 "
                     f"reporter=JP {JMOF}",
      "9.15 trillion yen": f"trade.exports level period=2024-11 reporter=JP {JMOF}",
      "9.27 trillion yen": "trade.imports level period=2024-11 reporter=JP",
      "8.0 percent": "trade.exports change direction=down period=2024-11 reporter=JP "
                     "partner=US",
      "1.72 trillion yen": "trade.exports level period=2024-11 reporter=JP partner=US",
      "5.7 percent": "trade.exports change direction=up period=2024-11 reporter=JP "
                     "partner=CN",
      "1.67 trillion yen": "trade.exports level period=2024-11 reporter=JP partner=CN"}),
    # 1 ---- a fiscal-half story (April-September), Nikkei style
    ("Japan's trade gap narrows in April-September half\n\n"
     "Japan's trade deficit for the April-September half of fiscal 2024 shrank 5.8% from a "
     "year before to 3.11 trillion yen, according to preliminary figures released by the "
     "Ministry of Finance on Thursday. Exports in the six months rose 6.4% to 53.56 trillion "
     "yen, a record for the period, while imports increased 5.6% to 56.67 trillion yen.",
     "2024-10-17",
     {"5.8%": "trade.deficit change direction=down period=2024-04/2024-09 reporter=JP",
      "3.11 trillion yen": f"trade.deficit level period=2024-04/2024-09 reporter=JP {JMOF}",
      "6.4%": "trade.exports change direction=up period=2024-04/2024-09 reporter=JP",
      "53.56 trillion yen": "trade.exports level period=2024-04/2024-09 reporter=JP",
      "5.6%": "trade.imports change direction=up period=2024-04/2024-09 reporter=JP",
      "56.67 trillion yen": "trade.imports level period=2024-04/2024-09 reporter=JP"}),
    # 2 ---- Japan's fiscal-year current account (Reuters style)
    ("TOKYO (Reuters) - Japan's current account surplus hit a record 26.2 trillion yen in "
     "fiscal 2023, which ended in March, Ministry of Finance data showed on Monday, as "
     "income from overseas investments swelled. The primary income surplus, which covers "
     "returns on foreign assets, was 35.5 trillion yen.", "2024-05-13",
     {"26.2 trillion yen": f"account.current level period=2023-04/2024-03 reporter=JP {JMOF}",
      "35.5 trillion yen": "other level reporter=JP"}),
    # 3 ---- Yonhap: first 20 days of the month
    ("S. Korea's exports up 1.3 pct in first 20 days of December\n\n"
     "SEOUL, Dec. 21 (Yonhap) -- South Korea's exports rose 1.3 percent on-year in the first "
     "20 days of December on strong demand for chips, data showed Saturday.\n\n"
     "Outbound shipments reached US$40.3 billion in the Dec. 1-20 period, according to the "
     "data from the Korea Customs Service. Imports fell 2.4 percent to $38.5 billion, "
     "putting the trade balance at a surplus of $1.8 billion.\n\n"
     "Exports of semiconductors jumped 15.9 percent on-year, while shipments to China, "
     "Korea's largest trading partner, slipped 2.2 percent.", "2024-12-21",
     {"1.3 percent": "trade.exports change direction=up basis=yoy period=2024-12-01/2024-12-20 "
                     "reporter=KR",
      "US$40.3 billion": "trade.exports level period=2024-12-01/2024-12-20 reporter=KR "
                         "src=Korea_Customs_Service",
      "2.4 percent": "trade.imports change direction=down reporter=KR",
      "$38.5 billion": "trade.imports level reporter=KR",
      "$1.8 billion": "trade.surplus level reporter=KR",
      "15.9 percent": "trade.exports change direction=up reporter=KR product=semiconductors",
      "2.2 percent": "trade.exports change direction=down reporter=KR partner=CN"}),
    # 4 ---- Yonhap monthly, working-day adjusted, trade ministry
    ("South Korea's exports rose 1.4 percent in November from a year earlier to $56.35 "
     "billion, marking the 14th consecutive month of on-year growth, the industry ministry "
     "said Sunday. Imports gained 2.4 percent to $50.74 billion, leaving a trade surplus of "
     "$5.61 billion. Daily average exports, which adjust for the number of working days, "
     "went up 1.4 percent to $2.45 billion.", "2024-12-01",
     {"1.4 percent": f"trade.exports change direction=up basis=yoy period=2024-11 "
                     f"reporter=KR {MOTIE}",
      "$56.35 billion": f"trade.exports level period=2024-11 reporter=KR {MOTIE}",
      "2.4 percent": "trade.imports change direction=up period=2024-11 reporter=KR",
      "$50.74 billion": "trade.imports level period=2024-11 reporter=KR",
      "$5.61 billion": "trade.surplus level period=2024-11 reporter=KR"}),
    # 5 ---- Focus Taiwan, MOF export orders / trade
    ("Taiwan's exports hit record high for November\n\n"
     "Taipei, Dec. 9 (CNA) Taiwan's exports rose 9.7 percent year-on-year to US$41.85 billion "
     "in November, the highest ever for the month, the Ministry of Finance (MOF) said "
     "Monday. Imports grew 3.3 percent to US$34.21 billion, leaving a trade surplus of "
     "US$7.64 billion.\n\n"
     "In the first 11 months of the year, exports totaled US$430.19 billion, up 9.9 percent "
     "from a year earlier, the MOF said. Exports to the United States in November surged "
     "44.7 percent to US$10.70 billion.", "2024-12-09",
     {"9.7 percent": "trade.exports change direction=up basis=yoy period=2024-11 reporter=TW "
                     "src=Ministry_of_Finance",
      "US$41.85 billion": "trade.exports level period=2024-11 reporter=TW",
      "3.3 percent": "trade.imports change direction=up period=2024-11 reporter=TW",
      "US$34.21 billion": "trade.imports level period=2024-11 reporter=TW",
      "US$7.64 billion": "trade.surplus level period=2024-11 reporter=TW",
      "US$430.19 billion": "trade.exports level period=2024-01/2024-11 reporter=TW "
                           "src=Ministry_of_Finance",
      "9.9 percent": "trade.exports change direction=up period=2024-01/2024-11 reporter=TW",
      "44.7 percent": "trade.exports change direction=up period=2024-11 reporter=TW "
                      "partner=US",
      "US$10.70 billion": "trade.exports level period=2024-11 reporter=TW partner=US"}),
    # 6 ---- Focus Taiwan, DGBAS CPI and GDP
    ("Taiwan's consumer price index (CPI) rose 2.08 percent in November from a year "
     "earlier, the Directorate General of Budget, Accounting and Statistics (DGBAS) said "
     "Friday. The core CPI, which excludes fresh produce and energy, increased 1.73 percent. "
     "The DGBAS raised its 2024 GDP growth forecast to 4.27 percent.", "2024-12-06",
     {"2.08 percent": "prices.cpi change direction=up basis=yoy period=2024-11 reporter=TW "
                      "src=Directorate_General_of_Budget",
      "1.73 percent": "prices.cpi change direction=up period=2024-11 reporter=TW",
      "4.27 percent": "economy.gdp change period=2024 reporter=TW modality=forecast"}),
    # 7 ---- Hong Kong C&SD release
    ("The value of total exports of goods rose 2.5% over a year earlier to HK$421.6 billion "
     "in November 2024, the Census and Statistics Department (C&SD) announced today. The "
     "value of imports of goods increased 4.3% to HK$456.0 billion, giving a visible trade "
     "deficit of HK$34.4 billion, equivalent to 7.5% of the value of imports of goods.\n\n"
     "For the first 11 months of 2024 as a whole, the value of total exports of goods "
     "increased 8.9% over the same period in 2023.", "2024-12-24",
     {"2.5%": f"trade.exports change direction=up basis=yoy period=2024-11 reporter=HK {CSD}",
      "HK$421.6 billion": f"trade.exports level period=2024-11 reporter=HK {CSD}",
      "4.3%": "trade.imports change direction=up period=2024-11 reporter=HK",
      "HK$456.0 billion": "trade.imports level period=2024-11 reporter=HK",
      "HK$34.4 billion": "trade.deficit level period=2024-11 reporter=HK",
      "8.9%": "trade.exports change direction=up period=2024-01/2024-11 reporter=HK"}),
    # 8 ---- Xinhua, yuan terms, first 11 months
    ("China's foreign trade up 4.9 pct in first 11 months\n\n"
     "BEIJING, Dec. 10 (Xinhua) -- China's foreign trade in goods rose 4.9 percent "
     "year on year to 39.79 trillion yuan (about 5.6 trillion U.S. dollars) in the first 11 "
     "months of 2024, official data showed Tuesday.\n\n"
     "Exports expanded 6.7 percent to 23.04 trillion yuan, while imports gained 2.4 percent "
     "to 16.75 trillion yuan, according to the General Administration of Customs (GAC).\n\n"
     "Trade with the United States, the country's third-largest trading partner, grew 4.6 "
     "percent in the period, and trade with Japan edged down 0.5 percent.", "2024-12-10",
     {"4.9 percent": "trade.total change direction=up basis=yoy period=2024-01/2024-11 "
                     "reporter=CN",
      "39.79 trillion yuan": "trade.total level period=2024-01/2024-11 reporter=CN",
      "6.7 percent": f"trade.exports change direction=up period=2024-01/2024-11 reporter=CN "
                     f"{GAC}",
      "23.04 trillion yuan": f"trade.exports level period=2024-01/2024-11 reporter=CN {GAC}",
      "2.4 percent": "trade.imports change direction=up period=2024-01/2024-11 reporter=CN",
      "16.75 trillion yuan": "trade.imports level period=2024-01/2024-11 reporter=CN",
      "4.6 percent": "trade.total change direction=up reporter=CN partner=US",
      "0.5 percent": "trade.total change direction=down reporter=CN partner=JP"}),
    # 9 ---- Caixin/SCMP: first two months combined, dollar terms
    ("China's exports rose 7.1% in dollar terms in the first two months combined from a "
     "year earlier, customs data showed on Thursday, beating expectations. Imports grew "
     "3.5%, while the trade surplus widened to $125.16 billion. Shipments to the United "
     "States fell 5.2%, while exports to Japan dropped 8.4%.", "2024-03-07",
     {"7.1%": "trade.exports change direction=up basis=yoy period=2024-01/2024-02 reporter=CN",
      "3.5%": "trade.imports change direction=up period=2024-01/2024-02 reporter=CN",
      "$125.16 billion": "trade.surplus level period=2024-01/2024-02 reporter=CN",
      "5.2%": "trade.exports change direction=down reporter=CN partner=US",
      "8.4%": "trade.exports change direction=down reporter=CN partner=JP"}),
    # 10 ---- Global Times: NBS CPI/PPI
    ("China's CPI up 0.2% in November, PPI decline narrows\n\n"
     "China's consumer price index (CPI) rose 0.2 percent year-on-year in November, down "
     "from 0.3 percent in October, the National Bureau of Statistics (NBS) said on Monday. "
     "The producer price index (PPI), which measures factory-gate prices, fell 2.5 percent "
     "year-on-year, narrowing from a 2.9 percent drop the previous month. Dong Lijuan, a "
     "chief statistician at the NBS, attributed the easing to falling food prices.",
     "2024-12-09",
     {"0.2 percent": f"prices.cpi change direction=up basis=yoy period=2024-11 reporter=CN "
                     f"{NBS}",
      "0.3 percent": "prices.cpi change period=2024-10 reporter=CN",
      "2.5 percent": "prices.ppi change direction=down period=2024-11 reporter=CN",
      "2.9 percent": "prices.ppi change direction=down period=2024-10 reporter=CN"}),
    # 11 ---- Korea: BOK current account
    ("South Korea posted a current account surplus of $9.3 billion in October, the sixth "
     "straight month of surplus, the Bank of Korea (BOK) said Friday. The goods account "
     "surplus reached $8.2 billion. For the January-October period, the current account "
     "surplus totaled $81.1 billion.", "2024-12-06",
     {"$9.3 billion": "account.current level period=2024-10 reporter=KR src=Bank_of_Korea",
      "$81.1 billion": "account.current level period=2024-01/2024-10 reporter=KR"}),
    # 12 ---- Japan CPI via Reuters, a story naming the US
    ("Japan's core consumer prices rose 2.7% in November from a year earlier, government "
     "data showed on Friday, accelerating from 2.3% in October. The data came days after the "
     "U.S. Federal Reserve cut rates; U.S. inflation stood at 2.7% in November.",
     "2024-12-20",
     {"2.7%": "prices.cpi change direction=up basis=yoy period=2024-11 reporter=JP",
      "2.3%": "prices.cpi change period=2024-10 reporter=JP"}),
    # 13 ---- China GDP via Xinhua, quarter and first three quarters
    ("China's GDP grew 4.6 percent year on year in the third quarter of 2024, the National "
     "Bureau of Statistics said Friday. In the first three quarters, the country's gross "
     "domestic product expanded 4.8 percent to 94.97 trillion yuan.", "2024-10-18",
     {"4.6 percent": f"economy.gdp change period=2024-Q3 reporter=CN {NBS}",
      "4.8 percent": "economy.gdp change period=2024-01/2024-09 reporter=CN",
      "94.97 trillion yuan": "economy.gdp level period=2024-01/2024-09 reporter=CN"}),
    # 14 ---- Reuters on China's trade: the economy by description, ASEAN as a partner
    ("BEIJING (Reuters) - China's export growth slowed in November. Outbound shipments from "
     "the world's second-largest economy rose 6.7% year-on-year, customs data showed on "
     "Tuesday, while imports shrank 3.9%. Shipments to the United States, the biggest "
     "single-country buyer of Chinese goods, rose 8.2%, and exports to the Association of "
     "Southeast Asian Nations (ASEAN) climbed 14.9%. In yuan terms, the trade surplus for "
     "the first 11 months was 6.29 trillion yuan.", "2024-12-10",
     {"6.7%": "trade.exports change direction=up basis=yoy period=2024-11 reporter=CN src=-",
      "3.9%": "trade.imports change direction=down period=2024-11 reporter=CN",
      "8.2%": "trade.exports change direction=up reporter=CN partner=US",
      "14.9%": "trade.exports change direction=up reporter=CN partner=ASEAN",
      "6.29 trillion yuan": "trade.surplus level period=2024-01/2024-11 reporter=CN "
                            "product=-"}),
    # 15 ---- MOFCOM FDI via Xinhua: investors' economies in an elided list
    ("China's foreign direct investment in actual use dropped 27.9 percent year on year to "
     "747.69 billion yuan in the first 11 months, the Ministry of Commerce said Friday. "
     "Investment from France surged 222.8 percent and from Japan 5.1 percent.", "2024-12-20",
     {"747.69 billion yuan": "investment.fdi level period=2024-01/2024-11 reporter=CN "
                             "src=Ministry_of_Commerce",
      "222.8 percent": "investment.fdi change direction=up reporter=CN partner=FR",
      "5.1 percent": "investment.fdi change direction=up reporter=CN partner=JP"}),
    # 16 ---- Japan's fiscal year via Kyodo, and the surplus with the US
    ("Japan's exports in fiscal 2023 rose 2.7 percent to a record 102.9 trillion yen, the "
     "Finance Ministry said, while the trade deficit narrowed 71.8 percent to 5.9 trillion "
     "yen. The country's surplus with the United States grew to 9.0 trillion yen.",
     "2024-04-17",
     {"102.9 trillion yen": f"trade.exports level period=2023-04/2024-03 reporter=JP {JMOF}",
      "71.8 percent": "trade.deficit change direction=down period=2023-04/2024-03 reporter=JP",
      "5.9 trillion yen": "trade.deficit level period=2023-04/2024-03 reporter=JP",
      "9.0 trillion yen": "trade.surplus level reporter=JP partner=US"}),
    # 17 ---- Hong Kong SAR copy of inflation
    ("Hong Kong's underlying consumer price inflation was 1.4% in November, the government "
     "said, unchanged from October. Headline inflation was 1.4%, the Census and Statistics "
     "Department said.", "2024-12-20",
     {"1.4%": "prices.cpi level period=2024-11 reporter=HK"}),
    # 18 ---- Yonhap: the first ten days, working-day-adjusted
    ("SEOUL, Nov. 11 (Yonhap) -- South Korea's exports fell 2.9 percent on-year in the first "
     "10 days of November on fewer working days, Korea Customs Service data showed Monday. "
     "Outbound shipments came to $15.8 billion in the Nov. 1-10 period. Working-day-adjusted "
     "daily exports rose 11.1 percent.", "2024-11-11",
     {"2.9 percent": "trade.exports change direction=down basis=yoy "
                     "period=2024-11-01/2024-11-10 reporter=KR src=Korea_Customs_Service",
      "$15.8 billion": "trade.exports level period=2024-11-01/2024-11-10 reporter=KR",
      "11.1 percent": "trade.exports change direction=up period=2024-11-01/2024-11-10 "
                      "reporter=KR"}),
    # 19 ---- Kyodo: Japan's current account for the fiscal half
    ("Japan's current account surplus for the April-September half stood at 15.3 trillion "
     "yen, up 23.8 percent from a year earlier, the Finance Ministry said Friday.",
     "2024-11-08",
     {"15.3 trillion yen": f"account.current level period=2024-04/2024-09 reporter=JP {JMOF}",
      "23.8 percent": "account.current change direction=up basis=yoy period=2024-04/2024-09 "
                      "reporter=JP"}),
    # 20 ---- C&SD partners: the mainland is China
    ("Hong Kong's exports to the mainland, its biggest market, rose 6.7% in the first 11 "
     "months of 2024, while exports to the United States grew 1.5%, the C&SD said. Imports "
     "from Taiwan surged 38.1%.", "2024-12-24",
     {"6.7%": f"trade.exports change period=2024-01/2024-11 reporter=HK partner=CN {CSD}",
      "1.5%": "trade.exports change reporter=HK partner=US",
      "38.1%": "trade.imports change direction=up reporter=HK partner=TW"}),
    # 21 ---- two economies' data in one sentence (SCMP style)
    ("Meanwhile, China's own customs figures showed imports from Japan dropped 3.1% in "
     "November, while Japan's finance ministry reported exports to China up 5.7%.",
     "2024-12-18",
     {"3.1%": "trade.imports change direction=down reporter=CN partner=JP src=-",
      "5.7%": f"trade.exports change direction=up reporter=JP partner=CN {JMOF}"}),
]

XFAIL: dict[tuple[str, str], str] = {
    ("Meanwhile, China's own", "3.1%"): "'X's customs figures showed A, while Y's ministry "
    "reported B': the ministry of the second clause is taken as the source of the first "
    "clause's figure, whose data are named by an unnamed customs office",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_eastasia2_story_figure(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)


ENTITY_CASES = [
    (1, "DATE", "the April-September half of fiscal 2024", "2024-04/2024-09"),
    (2, "DATE", "fiscal 2023", "2023-04/2024-03"),
    (3, "DATE", "the first 20 days of December", "2024-12-01/2024-12-20"),
    (3, "AGENCY", "Korea Customs Service", "Korea Customs Service"),
    (4, "AGENCY", "industry ministry", "Ministry of Trade, Industry and Energy"),
    (5, "MONEY", "US$41.85 billion", "USD"),
    (5, "AGENCY", "MOF", "Ministry of Finance"),
    (6, "AGENCY", "DGBAS", "Directorate General of Budget"),
    (7, "MONEY", "HK$421.6 billion", "HKD"),
    (7, "AGENCY", "C&SD", "Census and Statistics Department"),
    (8, "DATE", "the first 11 months of 2024", "2024-01/2024-11"),
    (8, "AGENCY", "GAC", "General Administration of Customs"),
    (9, "DATE", "the first two months", "2024-01/2024-02"),
    (10, "OFFICIAL", "Dong Lijuan", "Dong Lijuan"),
    (11, "AGENCY", "BOK", "Bank of Korea"),
    (13, "DATE", "the first three quarters", "2024-01/2024-09"),
]


@pytest.mark.parametrize(("story", "label", "surface", "want"), ENTITY_CASES,
                         ids=[f"{c[0]}-{c[2]}" for c in ENTITY_CASES])
def test_eastasia2_entities(story: int, label: str, surface: str, want: str) -> None:
    text, published, _ = STORIES[story]
    check_entity_value(text, published, label, surface, want)


PASSAGES: list = [
    # a month range named a 'half' (Japan's fiscal halves) is one DATE with the range's
    # months, not a fiscal year plus a figure 'half'
    ("Japan's current account surplus in the April-September half of fiscal 2024 rose 24% "
     "to 14.6 trillion yen.", "2024-11-08",
     {"14.6 trillion yen": "account.current level period=2024-04/2024-09 reporter=JP",
      "24%": "account.current change direction=up period=2024-04/2024-09"}),
    ("In the October-March half of fiscal 2023, Japan's imports fell 9.8% to 55.2 trillion "
     "yen.", "2024-04-18",
     {"55.2 trillion yen": "trade.imports level period=2023-10/2024-03 reporter=JP"}),
    ("Taiwan's exports reached US$224.8 billion in the January-June half-year, up 13%.",
     "2024-07-09",
     {"US$224.8 billion": "trade.exports level period=2024-01/2024-06 reporter=TW"}),
    # a bloc whose name is also a body's (ASEAN) is, after a partner word, the bloc: no
    # AGENCY, so no source and no change of the story's economy
    ("Vietnam's trade with the Association of Southeast Asian Nations rose 4.2% in 2024, "
     "the GSO said.", "2025-01-06",
     {"4.2%": "trade.total change reporter=VN partner=ASEAN src=General_Statistics_Office"}),
    ("Exports to the Association of Southeast Asian Nations fell 3% in October, Thailand's "
     "Commerce Ministry said.", "2024-11-25",
     {"3%": "trade.exports change direction=down partner=ASEAN src=Ministry_of_Commerce"}),
    # an elided investment conjunct ("and from Japan 5.1%") names its own partner
    ("FDI from Germany rose 5% in May and from South Korea 3%.", "2024-06-20",
     {"3%": "investment.fdi change partner=KR"}),
    ("Vietnam's disbursed FDI rose 8 percent; investment from Singapore climbed 12 percent, "
     "and from Japan 4 percent.", "2024-12-29",
     {"4 percent": "investment.fdi change partner=JP"}),
    # a "full-year forecast" (projection, estimate, outlook) is of the year, not of the
    # quarter named in the sentence before
    ("Taiwan's GDP expanded 4.17 percent in the third quarter. The DGBAS raised its "
     "full-year forecast to 4.27 percent.", "2024-11-29",
     {"4.27 percent": "economy.gdp change period=2024 modality=forecast"}),
    ("Korea's economy grew 0.1 percent in the third quarter. The Bank of Korea kept its "
     "full-year projection at 2.4 percent.", "2024-11-28",
     {"2.4 percent": "economy.gdp change period=2024 modality=forecast reporter=KR"}),
    ("Hong Kong's GDP grew 1.8% year-on-year in the third quarter, and the government cut "
     "its full-year estimate to 2.5%.", "2024-11-15",
     {"2.5%": "economy.gdp change period=2024 modality=forecast reporter=HK"}),
    # "in yuan terms", "in dollar terms": the unit a balance is measured in, no product
    ("The trade surplus in dollar terms widened to $97.4 billion in November.", "2024-12-10",
     {"$97.4 billion": "trade.surplus level product=-"}),
    ("Japan's trade deficit in yen terms narrowed to 117.6 billion yen in November.",
     "2024-12-18", {"117.6 billion yen": "trade.deficit level product=- reporter=JP"}),
    ("South Korea's trade surplus in won terms reached 7.8 trillion won in November.",
     "2024-12-01", {"7.8 trillion won": "trade.surplus level product=- reporter=KR"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(PASSAGES, {}))
def test_eastasia2_passage(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)
