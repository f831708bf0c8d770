"""Source hunt: who says a figure, across outlets (whole short stories of our own wording,
figures close to real releases).

The attribution forms exercised: the agency named only in the lead, only at the end ("The
numbers were published by ..."), only in a "data from X showed" or only in the headline
("... -PSA"); two or three agencies in one story (a statistics office for prices, the central
bank for reserves, a ministry for the budget), a later release's own follow-up sentences; a
ministry citing another body's data; officials quoting figures, spokespersons, later
mentions by surname, "he said" and quotations; economists and analysts (never a source: a
forecast has source null, whoever makes it); IMF and World Bank projections; targets (the
body owning the target); "according to", "released by", "compiled by", "the department's
data", acronyms introduced in brackets and used later, a description first and the name
later; background figures (a structure, a market price) that no agency says.

The classes the hunt fixed (PASSAGES hold 2-3 wordings of each): an agency that is the lender
or counterparty of a financing ("a loan from the World Bank", "a swap line with the People's
Bank of China") is no speaker; a release named in a passive sentence of its own ("were
published on Tuesday by X", ", compiled by X,") or by a data noun + "from" ("estimates from
X") is the article's release, and an attribution verb of the sentence before no longer cites
the next sentence's agency; a second release reported in a paragraph of its own keeps its
agency for the sentences after it; two agencies saying things in one sentence each source
their own clause's figures; figures a sentence attributes to a body of no government (an
association, a federation, a consultancy) have no source; "projects a", "predicts" make a
forecast.

Each story is (text, published, {figure text: "metric role field=value ..."}) as in
tests/helpers.py ('-' is null, '_' a space); ``src`` names the source entity by its
canonical name (``src=-``: no source). Only the fields named are checked.
"""

from __future__ import annotations

import pytest
from helpers import check_fact_spec_with_source, fact_spec_params

import tradeie

DOSM = "Department_of_Statistics_Malaysia"
CZSO = "Czech_Statistical_Office"
BPS = "Statistics_Indonesia"
MOIT = "Ministry_of_Industry_and_Trade"
GAC = "General_Administration_of_Customs"
ONS = "Office_for_National_Statistics"
KNBS = "Kenya_National_Bureau_of_Statistics"
DESTATIS = "Federal_Statistical_Office"
STATCAN = "Statistics_Canada"
MOTIE = "Ministry_of_Trade,_Industry_and_Energy"
COMMERCE_US = "U.S._Department_of_Commerce"
CBS = "Statistics_Netherlands"
ISTAT = "Italian_National_Institute_of_Statistics"
BCRP = "Central_Reserve_Bank_of_Peru"
PSA = "Philippine_Statistics_Authority"
CBSL = "Central_Bank_of_Sri_Lanka"
GSS = "Ghana_Statistical_Service"
MOCI = "Ministry_of_Commerce_and_Industry"
TUIK = "Turkish_Statistical_Institute"
CBRT = "Central_Bank_of_the_Republic_of_Turkey"
BANXICO = "Bank_of_Mexico"
INEGI = "National_Institute_of_Statistics_and_Geography"
NBS_NG = "National_Bureau_of_Statistics"
ABS = "Australian_Bureau_of_Statistics"
RBA = "Reserve_Bank_of_Australia"
EPB = "Export_Promotion_Bureau"

STORIES = [
    # 0 ---- a Malaysian paper: the agency only in the last line ("published by")
    ("Malaysia's exports climb 11% in November on electronics demand\n\n"
     "KUALA LUMPUR, Dec 20 — Malaysia's exports grew 11.2 per cent year-on-year to RM135.6 "
     "billion in November, lifted by stronger shipments of electrical and electronic "
     "products.\n\n"
     "Imports rose at a slower 9.4 per cent to RM120.1 billion, leaving a trade surplus of "
     "RM15.5 billion.\n\n"
     "Electrical and electronic products jumped 18.0 per cent from a year earlier.\n\n"
     "The numbers were published on Friday by the Department of Statistics Malaysia (DOSM).",
     "2024-12-20",
     {"11.2 per cent": f"trade.exports change direction=up period=2024-11 reporter=MY "
                       f"src={DOSM}",
      "RM135.6 billion": f"trade.exports level period=2024-11 src={DOSM}",
      "9.4 per cent": f"trade.imports change direction=up src={DOSM}",
      "RM120.1 billion": f"trade.imports level src={DOSM}",
      "RM15.5 billion": f"trade.surplus level period=2024-11 src={DOSM}",
      "18.0 per cent": f"trade.exports change direction=up src={DOSM}"}),
    # 1 ---- CTK: "data from X showed" in the lead, a poll at the end
    ("Czech trade surplus narrows in October\n\n"
     "PRAGUE, Dec 5 (CTK) — The Czech Republic's foreign trade surplus narrowed to CZK 15.2 "
     "billion in October from CZK 21.7 billion a year before, data from the Czech Statistical "
     "Office (CZSO) showed on Thursday.\n\n"
     "Exports were up 4.5% year on year at CZK 398.0 billion and imports increased 6.3% to "
     "CZK 382.8 billion.\n\n"
     "Analysts polled by CTK had expected a surplus of CZK 18 billion.",
     "2024-12-05",
     {"CZK 15.2 billion": f"trade.surplus level period=2024-10 reporter=CZ src={CZSO}",
      "CZK 21.7 billion": f"trade.surplus level period=2023-10 src={CZSO}",
      "4.5%": f"trade.exports change direction=up basis=yoy src={CZSO}",
      "CZK 398.0 billion": f"trade.exports level src={CZSO}",
      "6.3%": f"trade.imports change direction=up src={CZSO}",
      "CZK 382.8 billion": f"trade.imports level src={CZSO}",
      "CZK 18 billion": "trade.surplus level modality=forecast src=-"}),
    # 2 ---- three agencies in one story: prices, reserves, the budget, the minister
    ("Indonesia's inflation slows, reserves hit record\n\n"
     "JAKARTA, Jan 8 — Indonesia's annual inflation rate slowed to 1.57% in December from "
     "1.71% in November, Statistics Indonesia (BPS) said on Wednesday.\n\n"
     "Separately, Bank Indonesia said the country's foreign exchange reserves rose to $155.7 "
     "billion at the end of December from $150.2 billion a month earlier.\n\n"
     "The finance ministry reported a budget deficit of 507.8 trillion rupiah for 2024, "
     "narrower than the 609.7 trillion rupiah projected in mid-year.\n\n"
     "Finance Minister Sri Mulyani Indrawati told reporters that state revenue reached "
     "2,842.5 trillion rupiah last year.",
     "2025-01-08",
     {"1.57%": f"prices.cpi level period=2024-12 reporter=ID src={BPS}",
      "1.71%": f"prices.cpi level period=2024-11 src={BPS}",
      "$155.7 billion": "reserves.fx level reporter=ID src=Bank_Indonesia",
      "$150.2 billion": "reserves.fx level src=Bank_Indonesia",
      "507.8 trillion rupiah": "other level period=2024 src=Ministry_of_Finance",
      "609.7 trillion rupiah": "other level modality=forecast src=-",
      "2,842.5 trillion rupiah": "other level period=2024 src=Sri_Mulyani_Indrawati"}),
    # 3 ---- VNA: a ministry citing the statistics office, a deputy minister's target
    ("Vietnam's trade surplus reaches $24 billion in first 11 months\n\n"
     "HANOI, Dec 7 (VNA) — Vietnam's exports rose 14.4% year on year to $369.9 billion in "
     "the first eleven months of 2024, the Ministry of Industry and Trade said, citing data "
     "from the General Statistics Office.\n\n"
     "Imports climbed 16.9% to $345.6 billion, resulting in a trade surplus of $24.3 "
     "billion.\n\n"
     "Deputy Minister of Industry and Trade Phan Thi Thang said the country was on course to "
     "reach its target of $800 billion in two-way trade this year.",
     "2024-12-07",
     {"14.4%": f"trade.exports change direction=up period=2024-01/2024-11 reporter=VN "
               f"src={MOIT}",
      "$369.9 billion": f"trade.exports level src={MOIT}",
      "16.9%": f"trade.imports change direction=up src={MOIT}",
      "$345.6 billion": f"trade.imports level src={MOIT}",
      "$24.3 billion": f"trade.surplus level period=2024-01/2024-11 src={MOIT}",
      "$800 billion": "trade.total level period=2024 modality=target src=Phan_Thi_Thang"}),
    # 4 ---- The Nation: an official quotes the figures, "he said", later by surname, a
    # minister separately, the ministry's own forecast
    ("Thai exports jump in October, fastest in two years\n\n"
     "BANGKOK, Nov 25 — Thailand's exports grew 14.6% year on year in October to $26.25 "
     "billion, the fastest pace in more than two years, Poonpong Naiyanapakorn, director of "
     "the Trade Policy and Strategy Office, told a news conference on Monday.\n\n"
     "Imports rose 1.6% to $25.2 billion, giving a trade surplus of $1.05 billion for the "
     "month, he said.\n\n"
     "In the first ten months of the year, exports rose 4.9%, Poonpong said, adding that the "
     "ministry expected full-year growth of 4% to 5%.\n\n"
     "Commerce Minister Pichai Naripthaphan told reporters separately that shipments to the "
     "United States jumped 19% in October.",
     "2024-11-25",
     {"14.6%": "trade.exports change direction=up period=2024-10 reporter=TH "
               "src=Poonpong_Naiyanapakorn",
      "$26.25 billion": "trade.exports level src=Poonpong_Naiyanapakorn",
      "1.6%": "trade.imports change direction=up src=Poonpong_Naiyanapakorn",
      "$25.2 billion": "trade.imports level src=Poonpong_Naiyanapakorn",
      "$1.05 billion": "trade.surplus level period=2024-10 src=Poonpong_Naiyanapakorn",
      "4.9%": "trade.exports change direction=up period=2024-01/2024-10 "
              "src=Poonpong_Naiyanapakorn",
      "4%": "trade.exports change modality=forecast src=-",
      "19%": "trade.exports change direction=up partner=US src=Pichai_Naripthaphan"}),
    # 5 ---- Xinhua: "customs data showed", the customs named in the next sentence, its
    # spokesperson, later by surname
    ("China's foreign trade grows 4.9% in first 11 months\n\n"
     "BEIJING, Dec 10 (Xinhua) -- China's foreign trade in goods rose 4.9 percent year on "
     "year to 39.79 trillion yuan in the first 11 months, customs data showed Tuesday.\n\n"
     "Exports grew 6.7 percent to 23.04 trillion yuan, while imports edged up 2.4 percent to "
     "16.75 trillion yuan, according to the General Administration of Customs (GAC).\n\n"
     "Trade with Belt and Road countries rose 6 percent to 20.33 trillion yuan, GAC "
     "spokesperson Lyu Daliang said at a press conference.\n\n"
     "Lyu said private enterprises' imports and exports grew 8.7 percent to 22.16 trillion "
     "yuan.",
     "2024-12-10",
     {"4.9 percent": f"trade.total change direction=up period=2024-01/2024-11 reporter=CN "
                     f"src={GAC}",
      "39.79 trillion yuan": f"trade.total level src={GAC}",
      "6.7 percent": f"trade.exports change direction=up src={GAC}",
      "23.04 trillion yuan": f"trade.exports level src={GAC}",
      "2.4 percent": f"trade.imports change direction=up src={GAC}",
      "16.75 trillion yuan": f"trade.imports level src={GAC}",
      "6 percent": "trade.total change direction=up partner=Belt_and_Road src=Lyu_Daliang",
      "20.33 trillion yuan": "trade.total level src=Lyu_Daliang",
      "8.7 percent": "trade.total change direction=up src=Lyu_Daliang",
      "22.16 trillion yuan": "trade.total level src=Lyu_Daliang"}),
    # 6 ---- a British paper: "official figures showed", the ONS named next, a poll, an
    # economist's forecast, the chancellor
    ("UK economy shrinks again in October\n\n"
     "LONDON, Dec 13 — Britain's economy unexpectedly contracted by 0.1% in October, the "
     "second monthly fall in a row, official figures showed on Friday.\n\n"
     "The Office for National Statistics said output in the services sector was flat while "
     "production fell 0.6%.\n\n"
     "Economists polled by Reuters had forecast growth of 0.2%.\n\n"
     "\"The economy has lost momentum,\" said Paul Dales, chief UK economist at Capital "
     "Economics, who expects growth of just 0.9% in 2025.\n\n"
     "Chancellor Rachel Reeves said the figures were disappointing.",
     "2024-12-13",
     {"0.1%": f"economy.gdp change direction=down period=2024-10 reporter=GB src={ONS}",
      "0.6%": f"output.industrial change direction=down src={ONS}",
      "0.2%": "economy.gdp change direction=up modality=forecast src=-",
      "0.9%": "economy.gdp change direction=up period=2025 modality=forecast src=-"}),
    # 7 ---- Kenyan paper: the bureau, its acronym alone, the World Bank and the IMF project,
    # a minister's own expectation (forecasts have no source)
    ("Kenya's economy slows to 4.6% in second quarter\n\n"
     "NAIROBI, Sep 30 — Kenya's economy grew 4.6% in the second quarter of 2024, down from "
     "5.6% a year earlier, the Kenya National Bureau of Statistics (KNBS) said on Monday.\n\n"
     "Agriculture expanded 4.8%, while construction contracted 2.6%, KNBS said.\n\n"
     "The World Bank forecasts full-year growth of 5.0%, while the International Monetary "
     "Fund sees the economy expanding 5.4% in 2025.\n\n"
     "Treasury Cabinet Secretary John Mbadi said the government expected growth of 5.3% next "
     "year.",
     "2024-09-30",
     {"4.6%": f"economy.gdp change direction=up period=2024-Q2 reporter=KE src={KNBS}",
      "5.6%": f"economy.gdp change direction=up period=2023-Q2 src={KNBS}",
      "4.8%": f"economy.gdp change direction=up product=Agriculture src={KNBS}",
      "2.6%": f"economy.gdp change direction=down product=construction src={KNBS}",
      "5.0%": "economy.gdp change direction=up modality=forecast src=-",
      "5.4%": "economy.gdp change direction=up period=2025 modality=forecast src=-",
      "5.3%": "economy.gdp change direction=up period=2025 modality=forecast src=-"}),
    # 8 ---- "according to" before the figures' sentence ends, the acronym alone, figures of
    # sentences naming none, an economist's quote
    ("German exports fall unexpectedly in November\n\n"
     "BERLIN, Jan 9 — German exports fell 2.1% in November compared with the previous month, "
     "according to the Federal Statistical Office (Destatis). Imports rose 3.3% on the "
     "month, Destatis said on Thursday.\n\n"
     "The trade surplus narrowed to 19.7 billion euros from 22.9 billion euros in October. "
     "Exports to the United States rose 4.0% to 13.5 billion euros, while those to China "
     "dropped 1.7%.\n\n"
     "\"Weak demand from abroad continues to weigh,\" said Carsten Brzeski, global head of "
     "macro at ING.",
     "2025-01-09",
     {"2.1%": f"trade.exports change direction=down basis=mom period=2024-11 reporter=DE "
              f"src={DESTATIS}",
      "3.3%": f"trade.imports change direction=up basis=mom src={DESTATIS}",
      "19.7 billion euros": f"trade.surplus level period=2024-11 src={DESTATIS}",
      "22.9 billion euros": f"trade.surplus level period=2024-10 src={DESTATIS}",
      "4.0%": f"trade.exports change direction=up partner=US src={DESTATIS}",
      "13.5 billion euros": f"trade.exports level partner=US src={DESTATIS}",
      "1.7%": f"trade.exports change direction=down partner=CN src={DESTATIS}"}),
    # 9 ---- "figures released by", Canadian dollars, a consensus
    ("Canada swings to trade surplus in October\n\n"
     "OTTAWA, Dec 5 — Canada recorded a merchandise trade surplus of C$0.34 billion in "
     "October, reversing a C$1.26 billion deficit in September, according to figures "
     "released by Statistics Canada on Thursday.\n\n"
     "Exports rose 1.9% to C$65.42 billion, led by crude oil, while imports fell 0.7% to "
     "C$65.08 billion.\n\n"
     "Analysts had expected a deficit of C$0.90 billion.\n\n"
     "Exports to the United States rose 2.5% in the month.",
     "2024-12-05",
     {"C$0.34 billion": f"trade.surplus level period=2024-10 reporter=CA src={STATCAN}",
      "C$1.26 billion": f"trade.deficit level period=2024-09 src={STATCAN}",
      "1.9%": f"trade.exports change direction=up src={STATCAN}",
      "C$65.42 billion": f"trade.exports level src={STATCAN}",
      "0.7%": f"trade.imports change direction=down src={STATCAN}",
      "C$65.08 billion": f"trade.imports level src={STATCAN}",
      "C$0.90 billion": "trade.deficit level modality=forecast src=-",
      "2.5%": f"trade.exports change direction=up partner=US src={STATCAN}"}),
    # 10 ---- Yonhap: "data compiled by", "the ministry said", "according to the data"
    ("S. Korea's exports rise for 15th straight month in December\n\n"
     "SEOUL, Jan 1 (Yonhap) -- South Korea's exports rose 6.6 percent on-year in December to "
     "$61.38 billion, data compiled by the Ministry of Trade, Industry and Energy showed "
     "Wednesday.\n\n"
     "Imports gained 3.2 percent to $54.82 billion, leaving a trade surplus of $6.56 "
     "billion.\n\n"
     "For the whole of 2024, exports reached a record $683.8 billion, up 8.2 percent from a "
     "year earlier, the ministry said.\n\n"
     "Chip exports jumped 30.6 percent to $14.5 billion in December, according to the data.",
     "2025-01-01",
     {"6.6 percent": f"trade.exports change direction=up period=2024-12 reporter=KR "
                     f"src={MOTIE}",
      "$61.38 billion": f"trade.exports level src={MOTIE}",
      "3.2 percent": f"trade.imports change direction=up src={MOTIE}",
      "$54.82 billion": f"trade.imports level src={MOTIE}",
      "$6.56 billion": f"trade.surplus level src={MOTIE}",
      "$683.8 billion": f"trade.exports level period=2024 src={MOTIE}",
      "8.2 percent": f"trade.exports change direction=up period=2024 src={MOTIE}",
      "30.6 percent": f"trade.exports change direction=up product=Chip src={MOTIE}",
      "$14.5 billion": f"trade.exports level product=Chip src={MOTIE}"}),
    # 11 ---- US: the department said, "the department's data showed", a poll
    ("U.S. trade deficit widens in November\n\n"
     "WASHINGTON, Jan 7 — The U.S. trade deficit widened 6.2% to $78.2 billion in November, "
     "the Commerce Department said on Tuesday.\n\n"
     "Goods imports rose 3.4% to $279.4 billion. Exports of goods increased 2.7% to $178.8 "
     "billion.\n\n"
     "The goods deficit with China narrowed $2.1 billion to $24.8 billion, the department's "
     "data showed.\n\n"
     "Economists polled by Reuters had forecast a deficit of $77.9 billion.",
     "2025-01-07",
     {"6.2%": f"trade.deficit change direction=up period=2024-11 reporter=US "
              f"src={COMMERCE_US}",
      "$78.2 billion": f"trade.deficit level src={COMMERCE_US}",
      "3.4%": f"trade.imports change direction=up src={COMMERCE_US}",
      "$279.4 billion": f"trade.imports level src={COMMERCE_US}",
      "2.7%": f"trade.exports change direction=up src={COMMERCE_US}",
      "$178.8 billion": f"trade.exports level src={COMMERCE_US}",
      "$2.1 billion": f"trade.deficit change direction=down partner=CN src={COMMERCE_US}",
      "$24.8 billion": f"trade.deficit level partner=CN src={COMMERCE_US}",
      "$77.9 billion": "trade.deficit level modality=forecast src=-"}),
    # 12 ---- DutchNews: the acronym in brackets, then alone, then "the statistics office"
    ("Dutch inflation rises to 4.1% in December\n\n"
     "THE HAGUE, Jan 7 — Consumer prices in the Netherlands were 4.1% higher in December "
     "than a year earlier, after 3.8% in November, Statistics Netherlands (CBS) reported on "
     "Tuesday.\n\n"
     "Energy prices rose 7.5%, while food became 2.9% more expensive, CBS said.\n\n"
     "Under the European harmonised measure, inflation came to 4.0%, the statistics office "
     "added.\n\n"
     "Over the whole of 2024, consumer prices rose by an average of 3.3%.",
     "2025-01-07",
     {"3.8%": f"prices.cpi change direction=up period=2024-11 src={CBS}",
      "7.5%": f"prices.cpi change direction=up src={CBS}",
      "2.9%": f"prices.cpi change direction=up src={CBS}",
      "4.0%": f"prices.cpi level period=2024-12 src={CBS}",
      "3.3%": f"prices.cpi change direction=up period=2024 src={CBS}"}),
    # 13 ---- a description first, the acronym-name later
    ("Italy's trade surplus with non-EU countries widens\n\n"
     "ROME, Dec 23 — Italy's trade surplus with countries outside the European Union rose to "
     "6.9 billion euros in November from 5.4 billion euros a year earlier, the national "
     "statistics bureau said on Monday.\n\n"
     "Exports to non-EU markets fell 1.6% year on year, while imports dropped 8.8%, Istat "
     "said.\n\n"
     "Sales to the United States rose 3.2%, and those to China slid 20.3%.",
     "2024-12-23",
     {"6.9 billion euros": f"trade.surplus level period=2024-11 reporter=IT partner=- "
                           f"src={ISTAT}",
      "5.4 billion euros": f"trade.surplus level period=2023-11 src={ISTAT}",
      "1.6%": f"trade.exports change direction=down src={ISTAT}",
      "8.8%": f"trade.imports change direction=down src={ISTAT}",
      "3.2%": f"trade.exports change direction=up partner=US src={ISTAT}",
      "20.3%": f"trade.exports change direction=down partner=CN src={ISTAT}"}),
    # 14 ---- "the bank said" (a bare anaphor: the release), a market price nobody releases
    ("Peru posts record trade surplus on mining exports\n\n"
     "LIMA, Feb 20 — Peru posted a record trade surplus of $23.8 billion in 2024, up from "
     "$17.4 billion in 2023, the Central Reserve Bank of Peru (BCRP) said on Thursday.\n\n"
     "Exports rose 15.7% to $74.6 billion, led by copper and gold.\n\n"
     "Mining exports reached $47.2 billion, the bank said.\n\n"
     "Copper prices averaged $4.15 a pound on the London Metal Exchange last year.",
     "2025-02-20",
     {"$23.8 billion": f"trade.surplus level period=2024 reporter=PE src={BCRP}",
      "$17.4 billion": f"trade.surplus level period=2023 src={BCRP}",
      "15.7%": f"trade.exports change direction=up period=2024 src={BCRP}",
      "$74.6 billion": f"trade.exports level src={BCRP}",
      "$47.2 billion": f"trade.exports level product=Mining src={BCRP}",
      "$4.15": "other level src=-"}),
    # 15 ---- the agency only in the headline, after a dash
    ("Philippine exports fall 10.6% in November -PSA\n\n"
     "MANILA, Jan 10 — Philippine merchandise exports fell 10.6% in November from a year "
     "earlier to $5.9 billion, while imports declined 9.0% to $10.3 billion.\n\n"
     "The trade deficit narrowed to $4.4 billion from $5.1 billion in November 2023.",
     "2025-01-10",
     {"$5.9 billion": f"trade.exports level period=2024-11 reporter=PH src={PSA}",
      "9.0%": f"trade.imports change direction=down src={PSA}",
      "$10.3 billion": f"trade.imports level src={PSA}",
      "$4.4 billion": f"trade.deficit level period=2024-11 src={PSA}",
      "$5.1 billion": f"trade.deficit level period=2023-11 src={PSA}"}),
    # 16 ---- "X said that ...": the speaker before the figures; another central bank only
    # as the lender of a swap; "according to Sri Lanka Customs"
    ("Sri Lanka's remittances rise in October\n\n"
     "COLOMBO, Nov 28 — The Central Bank of Sri Lanka (CBSL) said on Thursday that workers' "
     "remittances rose 11.9% to $599 million in October.\n\n"
     "The country's gross official reserves stood at $6.5 billion at the end of October, "
     "including a swap facility from the People's Bank of China, the bank said.\n\n"
     "Merchandise exports grew 13.7% to $1.1 billion in October, according to Sri Lanka "
     "Customs.",
     "2024-11-28",
     {"11.9%": f"other change direction=up period=2024-10 src={CBSL}",
      "$599 million": f"other level period=2024-10 src={CBSL}",
      "$6.5 billion": f"reserves.fx level reporter=LK src={CBSL}",
      "13.7%": "trade.exports change direction=up src=Sri_Lanka_Customs",
      "$1.1 billion": "trade.exports level src=Sri_Lanka_Customs"}),
    # 17 ---- Ghanaian paper: the statistician quotes the components, the central bank's
    # target and rate
    ("Ghana's inflation rises to 23% in November\n\n"
     "ACCRA, Dec 4 — Ghana's annual consumer inflation rose to 23.0% in November from 22.1% "
     "in October, driven by food prices, the Ghana Statistical Service (GSS) said on "
     "Wednesday.\n\n"
     "Food inflation climbed to 28.4%, while non-food inflation was 18.7%, Government "
     "Statistician Samuel Kobina Annim told a news conference.\n\n"
     "The Bank of Ghana held its policy rate at 27% last month.",
     "2024-12-04",
     {"23.0%": f"prices.cpi level period=2024-11 reporter=GH src={GSS}",
      "22.1%": f"prices.cpi level period=2024-10 src={GSS}",
      "28.4%": "prices.cpi level src=Samuel_Kobina_Annim",
      "18.7%": "prices.cpi level src=Samuel_Kobina_Annim",
      "27%": "other level src=Bank_of_Ghana"}),
    # 18 ---- Indian paper: the ministry's data, then the commerce secretary in quotation
    # marks and "he said", then the release again
    ("India's trade deficit hits record in November\n\n"
     "NEW DELHI, Dec 16 — India's merchandise exports fell 4.85% to $32.11 billion in "
     "November, while imports jumped 27% to a record $69.95 billion, pushing the trade "
     "deficit to an all-time high of $37.84 billion, according to data released by the "
     "commerce ministry on Monday.\n\n"
     "\"Services exports are estimated at $35.67 billion in November,\" Commerce Secretary "
     "Sunil Barthwal told reporters. \"Overall exports of goods and services grew 10% in the "
     "first eight months,\" he said.\n\n"
     "Gold imports surged to $14.8 billion in the month from $3.4 billion a year earlier.",
     "2024-12-16",
     {"4.85%": f"trade.exports change direction=down period=2024-11 reporter=IN src={MOCI}",
      "$32.11 billion": f"trade.exports level src={MOCI}",
      "27%": f"trade.imports change direction=up src={MOCI}",
      "$69.95 billion": f"trade.imports level src={MOCI}",
      "$37.84 billion": f"trade.deficit level period=2024-11 src={MOCI}",
      "$35.67 billion": "trade.exports level product=Services src=Sunil_Barthwal",
      "10%": "trade.exports change direction=up src=Sunil_Barthwal",
      "$14.8 billion": f"trade.imports level product=Gold src={MOCI}",
      "$3.4 billion": f"trade.imports level product=Gold src={MOCI}"}),
    # 19 ---- two releases in one story: the second's follow-up sentence is its own
    ("Turkish inflation eases to 44.4% in December\n\n"
     "ANKARA, Jan 3 — Turkey's annual inflation eased to 44.38% in December from 47.09% in "
     "November, the Turkish Statistical Institute (TurkStat) said on Friday. Monthly consumer "
     "prices rose 1.03%.\n\n"
     "In a separate release, the Central Bank of the Republic of Turkey said gross foreign "
     "exchange reserves rose $3.1 billion to $94.7 billion in the week to Dec. 27. Net "
     "reserves excluding swaps stood at $53.2 billion.",
     "2025-01-03",
     {"44.38%": f"prices.cpi level period=2024-12 reporter=TR src={TUIK}",
      "47.09%": f"prices.cpi level period=2024-11 src={TUIK}",
      "1.03%": f"prices.cpi change direction=up basis=mom src={TUIK}",
      "$3.1 billion": f"reserves.fx change direction=up src={CBRT}",
      "$94.7 billion": f"reserves.fx level src={CBRT}",
      "$53.2 billion": f"reserves.fx level src={CBRT}"}),
    # 20 ---- Mexico: "Banxico data showed", "the central bank said", an economist's
    # forecast, then the statistics institute described and named
    ("Remittances to Mexico rise in October\n\n"
     "MEXICO CITY, Dec 2 — Remittances sent to Mexico rose 1.6% in October from a year "
     "earlier to $5.72 billion, Banco de Mexico (Banxico) data showed on Monday.\n\n"
     "In the January-October period, inflows totaled $54.1 billion, down 0.6%, the central "
     "bank said.\n\n"
     "Gabriela Siller, chief economist at Banco Base, said remittances would likely end 2024 "
     "at around $64 billion.\n\n"
     "Meanwhile, the national statistics institute INEGI reported that the unemployment rate "
     "was 2.5% in October.",
     "2024-12-02",
     {"1.6%": f"other change direction=up period=2024-10 reporter=MX src={BANXICO}",
      "$5.72 billion": f"other level period=2024-10 src={BANXICO}",
      "$54.1 billion": f"other level period=2024-01/2024-10 src={BANXICO}",
      "0.6%": f"other change direction=down src={BANXICO}",
      "$64 billion": "other level period=2024 modality=forecast src=-",
      "2.5%": f"labour.unemployment level period=2024-10 reporter=MX src={INEGI}"}),
    # 21 ---- Nigerian paper: "said in its report", "the bureau said", a sentence naming
    # none, the central bank's decision
    ("Nigeria's inflation rises to 34.6% in November\n\n"
     "ABUJA, Dec 16 — Nigeria's headline inflation rate rose to 34.60% in November from "
     "33.88% in October, the National Bureau of Statistics (NBS) said in its consumer price "
     "index report on Monday.\n\n"
     "Food inflation jumped to 39.93% year on year, the bureau said. On a month-on-month "
     "basis, headline inflation was 2.64%, compared with 2.52% in October.\n\n"
     "The Central Bank of Nigeria raised its benchmark rate by 25 basis points to 27.50% in "
     "November to tame prices.",
     "2024-12-16",
     {"34.60%": f"prices.cpi level period=2024-11 reporter=NG src={NBS_NG}",
      "33.88%": f"prices.cpi level period=2024-10 src={NBS_NG}",
      "39.93%": f"prices.cpi level src={NBS_NG}",
      "2.64%": f"prices.cpi level src={NBS_NG}",
      "2.52%": f"prices.cpi level period=2024-10 src={NBS_NG}",
      "25 basis points": "other change direction=up src=Central_Bank_of_Nigeria",
      "27.50%": "other level src=Central_Bank_of_Nigeria"}),
    # 22 ---- Australian paper: "figures from X showed", the bureau's official in a quote,
    # the RBA as the owner of a measure and of a target band, the treasurer
    ("Australian inflation slows to 2.8%\n\n"
     "SYDNEY, Oct 30 — Australia's annual consumer price inflation slowed to 2.8% in the "
     "September quarter from 3.8% in the June quarter, figures from the Australian Bureau of "
     "Statistics (ABS) showed on Wednesday.\n\n"
     "\"Electricity prices fell 17.3% in the quarter as rebates flowed through,\" ABS head of "
     "prices statistics Michelle Marquardt said.\n\n"
     "Trimmed mean inflation, the Reserve Bank of Australia's preferred underlying measure, "
     "rose 3.5% from a year earlier, above the RBA's 2-3% target band.\n\n"
     "Treasurer Jim Chalmers said inflation had fallen sharply since its peak.",
     "2024-10-30",
     {"3.8%": f"prices.cpi level period=2024-Q2 src={ABS}",
      "17.3%": "prices.cpi change direction=down src=Michelle_Marquardt",
      "3.5%": f"prices.cpi change direction=up basis=yoy src={ABS}",
      "2-3%": f"prices.cpi level modality=target src={RBA}"}),
    # 23 ---- Bangladeshi paper: "data released by X (EPB)", "EPB data showed", a background
    # share, a government target
    ("Bangladesh export earnings up 17.7% in December\n\n"
     "DHAKA, Jan 2 — Bangladesh's export earnings rose 17.7% year on year to $4.62 billion "
     "in December, according to data released by the Export Promotion Bureau (EPB) on "
     "Thursday.\n\n"
     "In the July-December period, exports grew 12.8% to $24.53 billion, EPB data showed.\n\n"
     "Readymade garments fetched $20.3 billion in the six months, up 13.3%.\n\n"
     "The government has set an export target of $50 billion for the full fiscal year.",
     "2025-01-02",
     {"17.7%": f"trade.exports change direction=up period=2024-12 reporter=BD src={EPB}",
      "$4.62 billion": f"trade.exports level src={EPB}",
      "12.8%": f"trade.exports change direction=up src={EPB}",
      "$24.53 billion": f"trade.exports level src={EPB}",
      "$20.3 billion": f"trade.exports level product=Readymade_garments src={EPB}",
      "13.3%": f"trade.exports change direction=up product=Readymade_garments src={EPB}",
      "$50 billion": "trade.exports level modality=target src=-"}),
    # 24 ---- Egyptian paper: "According to X," opening the sentence, the central bank's
    # data for remittances, a minister's figure, the IMF's projection
    ("Egypt's trade deficit narrows in September\n\n"
     "CAIRO, Dec 1 — According to the Central Agency for Public Mobilization and Statistics "
     "(CAPMAS), Egypt's trade deficit narrowed 7.2% year on year to $3.55 billion in "
     "September.\n\n"
     "Exports rose 12.3% to $3.51 billion, while imports edged up 2.1% to $7.06 billion, the "
     "agency added.\n\n"
     "Remittances from Egyptians working abroad jumped 52.5% to $23.7 billion in the first "
     "nine months of the year, the Central Bank of Egypt said in a statement.\n\n"
     "The International Monetary Fund expects Egypt's economy to grow 4.1% in the 2024/25 "
     "fiscal year.",
     "2024-12-01",
     {"7.2%": "trade.deficit change direction=down period=2024-09 reporter=EG "
              "src=Central_Agency_for_Public_Mobilization",
      "$3.55 billion": "trade.deficit level src=Central_Agency_for_Public_Mobilization",
      "12.3%": "trade.exports change direction=up src=Central_Agency_for_Public_Mobilization",
      "$3.51 billion": "trade.exports level src=Central_Agency_for_Public_Mobilization",
      "$7.06 billion": "trade.imports level src=Central_Agency_for_Public_Mobilization",
      "52.5%": "other change direction=up period=2024-01/2024-09 src=Central_Bank_of_Egypt",
      "$23.7 billion": "other level src=Central_Bank_of_Egypt",
      "4.1%": "economy.gdp change direction=up modality=forecast src=-"}),
    # 25 ---- Norwegian copy: "figures from X showed", an adviser quoted by surname-less
    # title, the central bank's projection
    ("Norway's trade surplus shrinks as gas prices fall\n\n"
     "OSLO, Nov 15 — Norway's trade surplus in goods shrank to 58.1 billion crowns in "
     "October from 71.4 billion crowns a year earlier, figures from Statistics Norway "
     "showed on Friday.\n\n"
     "Exports of natural gas fell 14.8% to 37.0 billion crowns. \"Gas prices were markedly "
     "lower than last year,\" SSB adviser Jan Olav Rorhus said.\n\n"
     "Mainland exports, which exclude oil and gas, rose 3.6% to 29.4 billion crowns.\n\n"
     "Norges Bank projects mainland growth of 1.1% next year.",
     "2024-11-15",
     {"58.1 billion crowns": "trade.surplus level period=2024-10 reporter=NO "
                             "src=Statistics_Norway",
      "71.4 billion crowns": "trade.surplus level period=2023-10 src=Statistics_Norway",
      "14.8%": "trade.exports change direction=down product=natural_gas "
               "src=Statistics_Norway",
      "37.0 billion crowns": "trade.exports level product=natural_gas src=Statistics_Norway",
      "3.6%": "trade.exports change direction=up src=Statistics_Norway",
      "29.4 billion crowns": "trade.exports level src=Statistics_Norway",
      "1.1%": "economy.gdp change direction=up period=2025 modality=forecast src=-"}),
    # 26 ---- South African paper: "released by X (SARS)", "Sars said" in mixed case,
    # "Sars data showed"
    ("SA records R15.6bn trade surplus in October\n\n"
     "JOHANNESBURG, Nov 29 — South Africa recorded a preliminary trade balance surplus of "
     "R15.6 billion in October, according to figures released by the South African Revenue "
     "Service (SARS) on Friday.\n\n"
     "The year-to-date surplus of R63.3 billion compares with R61.2 billion for the same "
     "period last year, Sars said.\n\n"
     "Exports rose 4.6% from September to R181.9 billion, while imports increased 3.7% to "
     "R166.3 billion.",
     "2024-11-29",
     {"R15.6 billion": "trade.surplus level period=2024-10 reporter=ZA "
                       "src=South_African_Revenue_Service",
      "R63.3 billion": "trade.surplus level period=2024-01/2024-10 "
                       "src=South_African_Revenue_Service",
      "R61.2 billion": "trade.surplus level period=2023-01/2023-10 "
                       "src=South_African_Revenue_Service",
      "4.6%": "trade.exports change direction=up basis=mom "
              "src=South_African_Revenue_Service",
      "R181.9 billion": "trade.exports level src=South_African_Revenue_Service",
      "R166.3 billion": "trade.imports level src=South_African_Revenue_Service"}),
    # 27 ---- Pakistani paper: "as per data from", the central bank for the current account,
    # a finance minister, a fiscal-year target set by the government
    ("Pakistan's exports up 10% in first five months of FY25\n\n"
     "ISLAMABAD, Dec 3 — Pakistan's exports increased 10.1% to $13.7 billion in July-November "
     "of the current fiscal year, as per data from the Pakistan Bureau of Statistics (PBS). "
     "Imports grew 7.7% to $23.2 billion during the period.\n\n"
     "The current account posted a surplus of $944 million in the first four months, the "
     "State Bank of Pakistan (SBP) reported.\n\n"
     "Finance Minister Muhammad Aurangzeb told parliament that remittances had risen 35% so "
     "far this fiscal year.",
     "2024-12-03",
     {"10.1%": "trade.exports change direction=up period=2024-07/2024-11 reporter=PK "
               "src=Pakistan_Bureau_of_Statistics",
      "$13.7 billion": "trade.exports level src=Pakistan_Bureau_of_Statistics",
      "7.7%": "trade.imports change direction=up src=Pakistan_Bureau_of_Statistics",
      "$23.2 billion": "trade.imports level src=Pakistan_Bureau_of_Statistics",
      "$944 million": "account.current level src=State_Bank_of_Pakistan",
      "35%": "other change direction=up src=Muhammad_Aurangzeb"}),
    # 28 ---- Brazilian copy: a release with its ministry at the end of the paragraph, the
    # ministry's own projection, the statistics institute described after its acronym
    ("Brazil's trade surplus falls 25% in 2024\n\n"
     "BRASILIA, Jan 6 — Brazil posted a trade surplus of $74.6 billion in 2024, down 24.6% "
     "from the record $98.9 billion a year earlier. The figures were released on Monday by "
     "the Ministry of Development, Industry, Trade and Services (MDIC).\n\n"
     "Exports slipped 0.8% to $337.0 billion while imports climbed 9.0% to $262.5 "
     "billion.\n\n"
     "The ministry projects a surplus of $70 billion for 2025.\n\n"
     "Separately, IBGE, the statistics institute, said consumer prices rose 4.83% in 2024.",
     "2025-01-06",
     {"$74.6 billion": "trade.surplus level period=2024 reporter=BR "
                       "src=Ministry_of_Development",
      "24.6%": "trade.surplus change direction=down src=Ministry_of_Development",
      "$98.9 billion": "trade.surplus level period=2023 src=Ministry_of_Development",
      "0.8%": "trade.exports change direction=down src=Ministry_of_Development",
      "$337.0 billion": "trade.exports level src=Ministry_of_Development",
      "9.0%": "trade.imports change direction=up src=Ministry_of_Development",
      "$262.5 billion": "trade.imports level src=Ministry_of_Development",
      "$70 billion": "trade.surplus level period=2025 modality=forecast src=-",
      "4.83%": "prices.cpi change direction=up period=2024 "
               "src=Brazilian_Institute_of_Geography_and_Statistics"}),
    # 29 ---- Hong Kong: the department in brackets, "a government spokesman" (no official),
    # Hong Kong dollars
    ("Hong Kong exports rise 2.4% in November\n\n"
     "HONG KONG, Dec 27 — The value of Hong Kong's total exports of goods rose 2.4% year on "
     "year to HK$399.7 billion in November, the Census and Statistics Department (C&SD) said "
     "on Friday. Imports of goods increased 5.4% to HK$433.5 billion, leaving a visible trade "
     "deficit of HK$33.8 billion.\n\n"
     "A government spokesman said exports to the mainland rose 4.4%, while those to the "
     "United States fell 1.8%.",
     "2024-12-27",
     {"2.4%": "trade.exports change direction=up period=2024-11 reporter=HK "
              "src=Census_and_Statistics_Department",
      "HK$399.7 billion": "trade.exports level src=Census_and_Statistics_Department",
      "5.4%": "trade.imports change direction=up src=Census_and_Statistics_Department",
      "HK$33.8 billion": "trade.deficit level src=Census_and_Statistics_Department",
      "4.4%": "trade.exports change direction=up partner=CN "
              "src=Census_and_Statistics_Department",
      "1.8%": "trade.exports change direction=down partner=US "
              "src=Census_and_Statistics_Department"}),
    # 30 ---- euro zone: the EU office described, a flash estimate, the ECB president's
    # expectation, the ECB's target
    ("Euro zone inflation rises to 2.4% in December\n\n"
     "BRUSSELS, Jan 7 — Inflation in the 20 countries sharing the euro rose to 2.4% in "
     "December from 2.2% in November, a flash estimate from Eurostat, the European Union's "
     "statistics office, showed on Tuesday. Services inflation edged up to 4.0%.\n\n"
     "ECB President Christine Lagarde has said she expects inflation to settle around the "
     "bank's 2% target in 2025.",
     "2025-01-07",
     {"2.2%": "prices.cpi level period=2024-11 reporter=EA src=Eurostat",
      "4.0%": "prices.cpi level period=2024-12 src=Eurostat",
      # (the owner is only 'the bank's', no entity: the speaker of its clause)
      "2%": "prices.cpi level modality=target src=Christine_Lagarde"}),
    # 31 ---- Taiwan: "said in a statement", a department head by name, the ministry's own
    # forecast for next month
    ("Taiwan's exports rise for 13th month on AI demand\n\n"
     "TAIPEI, Dec 9 — Taiwan's exports rose 9.7% in November from a year earlier to $41.4 "
     "billion, the Ministry of Finance said in a statement on Monday. Imports jumped 20.2% "
     "to $35.7 billion.\n\n"
     "Exports of information and communication products surged 58.2%, Beatrice Tsai, "
     "director-general of the ministry's statistics department, told reporters.\n\n"
     "The ministry forecast exports in December to grow between 9% and 13%.",
     "2024-12-09",
     {"9.7%": "trade.exports change direction=up period=2024-11 reporter=TW "
              "src=Ministry_of_Finance",
      "$41.4 billion": "trade.exports level src=Ministry_of_Finance",
      "20.2%": "trade.imports change direction=up src=Ministry_of_Finance",
      "$35.7 billion": "trade.imports level src=Ministry_of_Finance",
      "58.2%": "trade.exports change direction=up src=Beatrice_Tsai",
      "9%": "trade.exports change direction=up modality=forecast src=-"}),
    # 32 ---- the World Bank as the author of actual data; an IMF estimate of the past year
    ("Remittances to Nepal near a quarter of GDP\n\n"
     "KATHMANDU, Jun 28 — Remittances to Nepal rose to $11.0 billion in 2023, according to "
     "World Bank data released on Wednesday. The inflows were equal to 26.6% of the "
     "country's gross domestic product, the bank said.\n\n"
     "Nepal Rastra Bank, the central bank, said remittance inflows rose 16.5% in the first "
     "ten months of the current fiscal year.",
     "2024-06-28",
     {"$11.0 billion": "other level period=2023 src=World_Bank",
      "26.6%": "other share src=World_Bank",
      "16.5%": "other change direction=up src=Nepal_Rastra_Bank"}),
    # 33 ---- Israeli paper: "the Central Bureau of Statistics reported", its acronym after,
    # the Bank of Israel's own forecast
    ("Israel's inflation rises to 3.5% in November\n\n"
     "JERUSALEM, Dec 15 — Israel's annual inflation rate rose to 3.5% in November from 3.4% "
     "in October, the Central Bureau of Statistics reported on Sunday. Consumer prices were "
     "unchanged in November from the previous month, the CBS said. Housing prices rose 6.1% "
     "from a year earlier.\n\n"
     "The Bank of Israel projects inflation of 2.6% at the end of 2025.",
     "2024-12-15",
     {"3.4%": "prices.cpi level period=2024-10 src=Central_Bureau_of_Statistics",
      "6.1%": "other change direction=up src=Central_Bureau_of_Statistics",
      "2.6%": "prices.cpi level modality=forecast src=-"}),
    # 34 ---- an association's figures in a story of the customs' release: the clause
    # attributes them to a body that is no agency (source null, not the release)
    ("Korea's car exports slip as chip sales soar\n\n"
     "SEOUL, Dec 2 — South Korea's exports rose 1.4% in November from a year earlier, the "
     "Korea Customs Service said on Monday.\n\n"
     "Car exports fell 13.6% to $5.5 billion in the month, according to the Korea "
     "International Trade Association.\n\n"
     "Semiconductor exports jumped 30.8%, the customs agency said.",
     "2024-12-02",
     {"1.4%": "trade.exports change direction=up period=2024-11 src=Korea_Customs_Service",
      "13.6%": "trade.exports change direction=down product=Car src=-",
      "$5.5 billion": "trade.exports level product=Car src=-",
      "30.8%": "trade.exports change direction=up product=Semiconductor "
               "src=Korea_Customs_Service"}),
    # 35 ---- the official named after "said", with his agency in an appositive; "says"
    ("Vietnam's inflation eases to 2.8% in November\n\n"
     "HANOI, Dec 6 — Vietnam's consumer price index rose 2.77% in November from a year "
     "earlier, slowing from 2.89% in October, the General Statistics Office (GSO) said on "
     "Friday.\n\n"
     "Food prices climbed 1.5% on the month after floods in the north, said Nguyen Thu Oanh, "
     "director of the GSO's price statistics department.\n\n"
     "Average inflation in the first 11 months was 3.69%, within the government's 4.0%-4.5% "
     "target, the office says.",
     "2024-12-06",
     {"2.77%": "prices.cpi change direction=up period=2024-11 reporter=VN "
               "src=General_Statistics_Office",
      "2.89%": "prices.cpi change direction=up period=2024-10 src=General_Statistics_Office",
      "1.5%": "prices.cpi change direction=up basis=mom src=Nguyen_Thu_Oanh",
      "3.69%": "prices.cpi level period=2024-01/2024-11 src=General_Statistics_Office"}),
    # 36 ---- a private survey and a company, a bank economist's estimate, the release only
    # as a possessive owner of its data ("Statistics Canada's data")
    ("Canadian jobless rate rises to 6.8%\n\n"
     "TORONTO, Dec 6 — Canada's unemployment rate rose to 6.8% in November, the highest "
     "since January 2017 outside the pandemic years, Statistics Canada's data showed on "
     "Friday. The economy added 50,500 jobs.\n\n"
     "The jobless rate had been 6.5% in October.\n\n"
     "A separate survey by the Canadian Federation of Independent Business showed hiring "
     "plans fell to 48.2 points. Royal Bank of Canada economists estimate the rate will "
     "peak at 7.2% next year.",
     "2024-12-06",
     {"6.8%": "labour.unemployment level period=2024-11 reporter=CA src=Statistics_Canada",
      "48.2 points": "other level src=-",
      "6.5%": "labour.unemployment level period=2024-10 src=Statistics_Canada",
      "7.2%": "labour.unemployment level modality=forecast src=-"}),
    # 37 ---- Indonesian copy: the agency's head names the figures, "she added", the trade
    # minister in a later paragraph on another figure
    ("Indonesia books 55th straight monthly trade surplus\n\n"
     "JAKARTA, Dec 16 — Indonesia recorded a trade surplus of $4.42 billion in November, its "
     "55th consecutive monthly surplus, BPS head Amalia Adininggar Widyasanti told a press "
     "briefing on Monday. Exports rose 9.14% from a year earlier to $24.01 billion, she "
     "added.\n\n"
     "Non-oil and gas exports reached $22.84 billion.\n\n"
     "Trade Minister Budi Santoso said exports to India, the country's second-largest "
     "market, grew 12.5%.",
     "2024-12-16",
     {"$4.42 billion": "trade.surplus level period=2024-11 reporter=ID "
                       "src=Amalia_Adininggar_Widyasanti",
      "9.14%": "trade.exports change direction=up src=Amalia_Adininggar_Widyasanti",
      "$24.01 billion": "trade.exports level src=Amalia_Adininggar_Widyasanti",
      "$22.84 billion": f"trade.exports level product=Non-oil_and_gas src={BPS}",
      "12.5%": "trade.exports change direction=up partner=IN src=Budi_Santoso"}),
    # 38 ---- the release named in a colon headline only, the body citing "the ministry"
    ("Japan logs trade deficit in November: MOF\n\n"
     "TOKYO, Dec 18 — Japan posted a trade deficit of 117.6 billion yen in November, as "
     "imports fell 3.8% from a year earlier while exports rose 3.8%, the ministry said.\n\n"
     "Exports to China fell 1.3%, and those to the United States rose 8.0%.",
     "2024-12-18",
     {"117.6 billion yen": "trade.deficit level period=2024-11 reporter=JP "
                           "src=Ministry_of_Finance",
      "8.0%": "trade.exports change direction=up partner=US src=Ministry_of_Finance"}),
    # 39 ---- "The data, released by X on Friday, showed": the agency in an aside before the
    # figures; the governor's figures and his projection
    ("Kenya's diaspora remittances rise 12%\n\n"
     "NAIROBI, Dec 20 — The data, released by the Central Bank of Kenya (CBK) on Friday, "
     "showed that diaspora remittances rose 12.1% to $4.47 billion in the eleven months to "
     "November.\n\n"
     "The United States remained the largest source, accounting for 54% of the inflows.\n\n"
     "CBK Governor Kamau Thugge said usable foreign exchange reserves stood at $9.2 billion, "
     "and that he expected inflation to stay around 3% next year.",
     "2024-12-20",
     {"12.1%": "other change direction=up src=Central_Bank_of_Kenya",
      "$4.47 billion": "other level src=Central_Bank_of_Kenya",
      "$9.2 billion": "reserves.fx level reporter=KE src=Kamau_Thugge",
      "3%": "prices.cpi level period=2025 modality=forecast src=-"}),
    # 40 ---- MOFCOM's spokesperson at a press conference, then "the ministry's data"
    ("China's FDI falls in first 11 months\n\n"
     "BEIJING, Dec 19 (Xinhua) -- Foreign direct investment into the Chinese mainland, in "
     "actual use, fell 27.9% year on year to 749.7 billion yuan in the first 11 months, "
     "Ministry of Commerce spokesperson He Yadong told a regular press conference on "
     "Thursday.\n\n"
     "A total of 52,000 foreign-invested firms were newly established in the period, up "
     "11.7%, according to the ministry's data.\n\n"
     "He said FDI in high-tech manufacturing accounted for 11.4% of the total.",
     "2024-12-19",
     {"27.9%": "investment.fdi change direction=down period=2024-01/2024-11 reporter=CN "
               "src=He_Yadong",
      "749.7 billion yuan": "investment.fdi level src=He_Yadong",
      "11.7%": "other change direction=up src=Ministry_of_Commerce",
      "11.4%": "investment.fdi share src=He_Yadong"}),
    # 41 ---- the European Commission's autumn forecast next to Eurostat's actual figures
    ("EU sees euro zone growth of 1.3% in 2025\n\n"
     "BRUSSELS, Nov 15 — The European Commission forecast on Friday that the euro zone "
     "economy would grow 1.3% in 2025 after 0.8% this year, and that inflation would slow "
     "to 2.1%.\n\n"
     "Eurostat said separately that euro zone GDP grew 0.4% in the third quarter from the "
     "previous three months, confirming its flash estimate. Employment rose 0.2%.",
     "2024-11-15",
     {"1.3%": "economy.gdp change direction=up period=2025 modality=forecast src=-",
      "0.8%": "economy.gdp change direction=up period=2024 modality=forecast src=-",
      "2.1%": "prices.cpi level modality=forecast src=-",
      "0.4%": "economy.gdp change direction=up basis=qoq period=2024-Q3 reporter=EA "
              "src=Eurostat",
      "0.2%": "other change direction=up src=Eurostat"}),
    # 42 ---- a minister "according to" after the figures, "she noted", the ministry's
    # target for the year
    ("Philippine exports to rise 5% this year - DTI\n\n"
     "MANILA, Jan 15 — Philippine goods exports rose 1.6% to $73.3 billion in 2024, "
     "according to Trade Secretary Cristina Roque. Electronics shipments fell 4.1%, she "
     "noted.\n\n"
     "The Department of Trade and Industry aims to raise exports to $80 billion in 2025.",
     "2025-01-15",
     {"1.6%": "trade.exports change direction=up period=2024 reporter=PH "
              "src=Cristina_Roque",
      "$73.3 billion": "trade.exports level src=Cristina_Roque",
      "4.1%": "trade.exports change direction=down src=Cristina_Roque",
      "$80 billion": "trade.exports level period=2025 modality=target "
                     "src=Department_of_Trade_and_Industry"}),
    # 43 ---- Russian copy: Rosstat by its acronym only, the central bank's governor's
    # forecast, the central bank's own target
    ("Russian inflation accelerates to 8.9% in November\n\n"
     "MOSCOW, Dec 13 — Annual inflation in Russia accelerated to 8.88% in November from 8.54% "
     "in October, Rosstat said on Friday. Food prices rose 10.4% from a year earlier.\n\n"
     "Central bank Governor Elvira Nabiullina said inflation would end the year at 9.5%, well "
     "above the bank's 4% target.",
     "2024-12-13",
     {"8.88%": "prices.cpi level period=2024-11 reporter=RU "
               "src=Federal_State_Statistics_Service",
      "8.54%": "prices.cpi level period=2024-10 src=Federal_State_Statistics_Service",
      "10.4%": "prices.cpi change direction=up src=Federal_State_Statistics_Service",
      "9.5%": "prices.cpi level modality=forecast src=-"}),
    # 44 ---- Saudi: "GASTAT data showed", a minister's own figure, the customs authority's
    # figure in a paragraph of its own
    ("Saudi economy grows in third quarter on non-oil activity\n\n"
     "RIYADH, Nov 5 — Saudi Arabia's gross domestic product grew 2.8% in the third quarter "
     "from a year earlier, GASTAT data showed on Tuesday. Non-oil activities expanded "
     "4.2%.\n\n"
     "Economy Minister Faisal Alibrahim said non-oil activities now made up 52% of real "
     "GDP.\n\n"
     "Separately, the Zakat, Tax and Customs Authority said non-oil imports rose 11.3% in "
     "September. Imports of machinery jumped 19.6%.",
     "2024-11-05",
     {"2.8%": "economy.gdp change direction=up basis=yoy period=2024-Q3 reporter=SA "
              "src=General_Authority_for_Statistics",
      "4.2%": "economy.gdp change direction=up src=General_Authority_for_Statistics",
      "52%": "economy.gdp share src=Faisal_Alibrahim",
      "11.3%": "trade.imports change direction=up src=Zakat,_Tax_and_Customs_Authority",
      "19.6%": "trade.imports change direction=up product=machinery "
               "src=Zakat,_Tax_and_Customs_Authority"}),
    # 45 ---- Chile: the statistics institute's jobless rate, then the central bank's
    # activity index in a paragraph of its own with a follow-up sentence
    ("Chile's jobless rate falls to 8.2%\n\n"
     "SANTIAGO, Nov 29 — Chile's unemployment rate fell to 8.2% in the August-October period, "
     "the National Statistics Institute (INE) said on Friday. Employment grew 1.9%.\n\n"
     "The central bank said on Friday that its IMACEC economic activity index rose 2.3% in "
     "October from a year earlier. Mining activity expanded 5.0%.",
     "2024-11-29",
     {"8.2%": "labour.unemployment level reporter=CL src=National_Statistics_Institute",
      "1.9%": "other change direction=up src=National_Statistics_Institute",
      "2.3%": "other change direction=up basis=yoy period=2024-10 "
              "src=Central_Bank_of_Chile",
      "5.0%": "other change direction=up src=Central_Bank_of_Chile"}),
]


XFAIL: dict[tuple[str, str], str] = {
    ("UK economy shrinks", "0.6%"): "'production fell' in a GDP story is industrial output; "
    "the bare word 'production' is no metric word",
    ("Peru posts record", "$4.15"): "a commodity's market price per unit in a sentence naming "
    "no agency: the dev gold is split (a copper price per pound null, an oil price per "
    "barrel the release's), so no rule",
    ("Turkish inflation eases", "1.03%"): "'Monthly consumer prices rose': the adjective "
    "'monthly' before the subject is no basis cue",
    ("Australian inflation slows", "2-3%"): "a percent range written 'N-M%' with a bare "
    "hyphen is read as its upper bound only (the contract: one entity with value_max)",
    ("Norway's trade surplus", "1.1%"): "'mainland growth' projected by a central bank: "
    "'growth' after a trade passage is read as the trade metric, not GDP",
    ("Remittances to Nepal", "26.6%"): "'equal to 26.6% of the country's gross domestic "
    "product': a ratio to GDP is read as GDP's share",
    ("Kenya's diaspora remittances", "$9.2 billion"): "'said reserves stood at $9.2 billion, "
    "and that he expected inflation to stay around 3% next year': the forecast verb and the "
    "year of the later coordinated clause reach back to the earlier figure",
    ("Chile's jobless rate falls", "2.3%"): "'its IMACEC economic activity index rose' in a "
    "paragraph after a jobless rate: an index named by no metric word takes the last metric "
    "(unemployment)",
    ("Chile's jobless rate falls", "5.0%"): "as '2.3%'",
    ("Israel's inflation rises", "6.1%"): "'Housing prices rose' (a house price index) is "
    "read as consumer prices",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_source_story_figure(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)


# ---- entities: officials (by surname later too), economists are not; agencies by their
# acronyms and descriptions
ENTITY_CASES = [
    (2, "OFFICIAL", "Sri Mulyani Indrawati", "Sri Mulyani Indrawati"),
    (3, "OFFICIAL", "Phan Thi Thang", "Phan Thi Thang"),
    (4, "OFFICIAL", "Poonpong said", "Poonpong Naiyanapakorn"),
    (4, "OFFICIAL", "Pichai Naripthaphan", "Pichai Naripthaphan"),
    (5, "OFFICIAL", "Lyu said", "Lyu Daliang"),
    (5, "AGENCY", "GAC", "General Administration of Customs"),
    (6, "OFFICIAL", "Rachel Reeves", "Rachel Reeves"),
    (7, "AGENCY", "KNBS said", "Kenya National Bureau of Statistics"),
    (7, "OFFICIAL", "John Mbadi", "John Mbadi"),
    (12, "AGENCY", "statistics office", "Statistics Netherlands"),
    (13, "AGENCY", "national statistics bureau", "Italian National Institute of Statistics"),
    (15, "AGENCY", "PSA", "Philippine Statistics Authority"),
    (17, "OFFICIAL", "Samuel Kobina Annim", "Samuel Kobina Annim"),
    (18, "OFFICIAL", "Sunil Barthwal", "Sunil Barthwal"),
    (20, "AGENCY", "national statistics institute", "National Institute of Statistics"),
    (22, "OFFICIAL", "Michelle Marquardt", "Michelle Marquardt"),
    (22, "OFFICIAL", "Jim Chalmers", "Jim Chalmers"),
]


@pytest.mark.parametrize(("story", "label", "surface", "want"), ENTITY_CASES,
                         ids=[f"{c[0]}-{c[2]}" for c in ENTITY_CASES])
def test_source_entities(story: int, label: str, surface: str, want: str) -> None:
    text, published, _ = STORIES[story]
    ents = [e for e in tradeie.extract(text, published=published).entities
            if e.label == label and (surface in e.text or e.text in surface)]
    assert ents, f"missing {surface!r}"
    assert any(want.lower() in str(e.attrs.get("name")).lower() for e in ents), \
        [e.attrs.get("name") for e in ents]


def test_source_commercial_bank_is_no_agency() -> None:
    """'Royal Bank of Canada economists': a commercial bank whose name holds the central
    bank's is no AGENCY (nor the source of anything)."""
    text, published, _ = STORIES[36]
    res = tradeie.extract(text, published=published)
    assert not [e for e in res.entities if e.label == "AGENCY" and "Bank of Canada" in e.text]


@pytest.mark.parametrize(("story", "name"), [(6, "Dales"), (8, "Brzeski"), (20, "Siller")])
def test_source_economists_are_not_officials(story: int, name: str) -> None:
    text, published, _ = STORIES[story]
    res = tradeie.extract(text, published=published)
    assert not [e for e in res.entities if e.label == "OFFICIAL" and name in e.text]


# ---- short passages for the classes this hunt fixed (2-3 wordings each)
PASSAGES = [
    # an agency named as the lender or counterparty of a financing (a tranche, a loan, a swap
    # line) is no speaker: the body saying the figure is
    ("Pakistan's liquid foreign reserves held by the central bank rose to $11.4 billion in the "
     "week to May 17, after the receipt of a tranche from the International Monetary Fund, "
     "the State Bank of Pakistan said.", "2024-05-23",
     {"$11.4 billion": "reserves.fx level src=State_Bank_of_Pakistan"}),
    ("Egypt's net international reserves rose to $46.7 billion at the end of October, helped "
     "by a loan from the World Bank, the central bank said.", "2024-11-07",
     {"$46.7 billion": "reserves.fx level src=Central_Bank_of_Egypt"}),
    ("The Central Bank of Sri Lanka said remittances rose 11.9% in October. Gross official "
     "reserves were $6.5 billion, including a swap line with the People's Bank of China.",
     "2024-11-28", {"$6.5 billion": "reserves.fx level src=Central_Bank_of_Sri_Lanka"}),
    # a second release reported in a paragraph of its own: the sentences after the one naming
    # its agency are that agency's, not the lead release's
    ("Japan's core consumer prices rose 2.7% in December from a year earlier, the internal "
     "affairs ministry said.\n\nSeparately, the finance ministry said exports rose 2.8% in "
     "December from a year earlier. Imports grew 1.8%.",
     "2025-01-24", {"1.8%": "trade.imports change direction=up src=Ministry_of_Finance"}),
    ("Malaysia's exports rose 3.4% in March, the statistics department said.\n\nBank Negara "
     "Malaysia said separately that its international reserves stood at $117.8 billion as of "
     "March 29. The reserves had stood at $116.3 billion at the end of February.",
     "2024-04-08", {"$116.3 billion": "reserves.fx level src=Bank_Negara_Malaysia"}),
    # the release named in a passive sentence of its own, with a time between the verb and
    # "by", or "compiled by" after a comma
    ("Danish exports rose 5.2% in October to 121.4 billion crowns. The numbers were "
     "published on Tuesday by Statistics Denmark.\n\nDanmarks Nationalbank kept its rate "
     "unchanged.", "2024-12-10",
     {"5.2%": "trade.exports change direction=up src=Statistics_Denmark",
      "121.4 billion crowns": "trade.exports level src=Statistics_Denmark"}),
    ("Finnish goods exports rose 4.0% to 6.2 billion euros in September. The figures, "
     "compiled by Statistics Finland, were released on Friday. The Bank of Finland expects a "
     "slow recovery.", "2024-11-15",
     {"4.0%": "trade.exports change direction=up src=Statistics_Finland"}),
    # figures a sentence naming no agency attributes to a body of no government (an
    # association, a federation, a consultancy) are none of the release's
    ("Vietnam's exports rose 14.4% in the first 11 months, the General Statistics Office "
     "said. Textile and garment exports grew 11.3%, the Vietnam Textile and Apparel "
     "Association said.", "2024-12-07",
     {"14.4%": "trade.exports change direction=up src=General_Statistics_Office",
      "11.3%": "trade.exports change direction=up src=-"}),
    ("India's merchandise exports rose 7.3% in October, the commerce ministry said. Garment "
     "exports climbed 11.2%, according to the Federation of Indian Export Organisations.",
     "2024-11-15",
     {"7.3%": "trade.exports change direction=up src=Ministry_of_Commerce",
      "11.2%": "trade.exports change direction=up src=-"}),
    ("China's exports rose 6.7% in November, customs said. Car exports jumped 21%, data from "
     "the China Association of Automobile Manufacturers showed.", "2024-12-10",
     {"21%": "trade.exports change direction=up src=-"}),
    # two agencies saying things in one sentence: each figure is its own clause's (the
    # attribution opening its clause before it, else the one closing it after it)
    ("Poland's consumer prices rose 3.1% in October from a year earlier, the statistics "
     "office said, while the central bank said its foreign reserves climbed to $45.2 "
     "billion.", "2024-11-05",
     {"3.1%": "prices.cpi change direction=up src=Statistics_Poland",
      "$45.2 billion": "reserves.fx level src=National_Bank_of_Poland"}),
    ("Exports rose 4.2% in September, according to Statistics Austria, and the finance "
     "ministry reported a budget deficit of 1.2 billion euros for the month.", "2024-11-05",
     {"4.2%": "trade.exports change direction=up src=Statistics_Austria",
      "1.2 billion euros": "other level src=Ministry_of_Finance"}),
    ("The jobless rate fell to 5.1% in October, Statistics Korea said on Wednesday, as the "
     "Bank of Korea reported that foreign reserves rose to $415.7 billion.", "2024-11-13",
     {"5.1%": "labour.unemployment level src=Statistics_Korea",
      "$415.7 billion": "reserves.fx level src=Bank_of_Korea"}),
    ("According to the State Bank of Pakistan, remittances rose 24% to $3.1 billion in "
     "November, while the Pakistan Bureau of Statistics said inflation eased to 4.9%.",
     "2024-12-10",
     {"$3.1 billion": "other level src=State_Bank_of_Pakistan",
      "4.9%": "prices.cpi level src=Pakistan_Bureau_of_Statistics"}),
    ("Statistics Korea said exports rose 5.1% in May, while imports fell 3.0%, the customs "
     "office said.", "2024-06-10",
     {"5.1%": "trade.exports change direction=up src=Statistics_Korea",
      "3.0%": "trade.imports change direction=down src=Korea_Customs_Service"}),
    # a body's projection: "projects a/an", "projects growth", "predicts" make a forecast (no
    # source); "projects" as a noun does not
    ("The ministry projects a surplus of $70 billion for 2025.", "2025-01-06",
     {"$70 billion": "trade.surplus level modality=forecast src=-"}),
    ("The central bank predicts inflation of 3.1% next year.", "2025-01-06",
     {"3.1%": "prices.cpi level modality=forecast src=-"}),
    ("The International Monetary Fund projects growth of 3.3% for Egypt in 2025.",
     "2025-01-06", {"3.3%": "economy.gdp change modality=forecast src=-"}),
    ("Vietnam licensed 3,035 new foreign direct investment projects worth $20.3 billion in "
     "the first 11 months, the Ministry of Planning and Investment said.", "2024-12-06",
     {"$20.3 billion": "investment.fdi level modality=actual src=Ministry_of_Planning"}),
    # a data noun + "from" before the agency ("an estimate from X, the ... office, showed")
    # cites the release
    ("Industrial output in Poland rose 4.9% in November from a year earlier, estimates from "
     "Statistics Poland (GUS), released on Friday, showed. Manufacturing grew 5.3%. The "
     "National Bank of Poland kept rates on hold.", "2024-12-20",
     {"5.3%": "output.industrial change direction=up src=Statistics_Poland"}),
    ("Swiss exports rose 3.1% in November, numbers from the Federal Office for Customs and "
     "Border Security, which compiles the trade data, showed. Watch exports fell 2.8%. The "
     "Swiss National Bank cut rates.", "2024-12-19",
     {"2.8%": "trade.exports change direction=down "
              "src=Federal_Office_for_Customs_and_Border_Security"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(PASSAGES, {}))
def test_source_passage(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)
