"""Multi-economy hunt: short stories of our own that name several economies, checking whose
each figure is (reporter), with whom (partner), what it measures (metric, role) and who
released it (source). Shapes: bilateral trade told from the smaller partner's side
(Paraguay-Brazil, Malaysia-China, Romania-Germany, Nigeria-India, Mexico-US); an outlet of a
third country reporting on two others; blocs (EU, ASEAN, Mercosur, GCC, ECOWAS, EAEU) as
reporter or partner; rankings of buyers and suppliers; an agency of one economy citing
another's data ("according to China's customs, imports from Australia ..."); currencies
that name another economy (US dollars in a Brazilian story); provinces and states (their
country reports); "the kingdom", "the island", "the country", "the bloc".

Each case is (text, published, {figure text: "metric role field=value ..."}); "#n" picks
the n-th figure containing the text; '-' stands for null, '_' for a space; ``source=``
names the canonical ``name`` of the AGENCY the fact cites. Only the fields named are
checked. Open cases are strict xfails: they flip when fixed."""

from __future__ import annotations

import pytest
from helpers import check_fact_as_scored, fact_spec_params

STORIES = [
    # ---- Paraguay-Brazil from Paraguay's side (regional wire)
    ("Paraguay's sales to Brazil climb in February\n\n"
     "ASUNCION, March 4 (MercoPress) - Paraguayan exports to Brazil rose 12% in February to "
     "US$ 310 million, the Central Bank of Paraguay (BCP) said on Monday. Purchases from "
     "Brazil, the country's largest supplier, fell 5% to US$ 420 million, leaving Paraguay "
     "with a deficit of US$ 110 million with its neighbour.", "2025-03-04",
     {"12%": "trade.exports change direction=up reporter=PY partner=BR",
      "US$ 310 million": "trade.exports level reporter=PY partner=BR "
                         "source=Central_Bank_of_Paraguay",
      "5%": "trade.imports change direction=down reporter=PY partner=BR",
      "US$ 420 million": "trade.imports level reporter=PY partner=BR",
      "US$ 110 million": "trade.deficit level reporter=PY"}),
    # ---- Malaysia-China from Malaysia's side (Bernama-style relay)
    ("KUALA LUMPUR, Jan 21 (Bernama) -- Malaysia's trade with China grew 8.1 per cent to "
     "RM484.2 billion last year, keeping the republic the nation's largest trading partner "
     "for a 16th straight year, the Department of Statistics Malaysia (DOSM) said. Exports to "
     "China totalled RM205.6 billion, while imports from China amounted to RM278.6 "
     "billion.", "2025-01-21",
     {"8.1 per cent": "trade.total change direction=up reporter=MY partner=CN",
      "RM484.2 billion": "trade.total level reporter=MY partner=CN period=2024 "
                         "source=Department_of_Statistics_Malaysia",
      "RM205.6 billion": "trade.exports level reporter=MY partner=CN",
      "RM278.6 billion": "trade.imports level reporter=MY partner=CN"}),
    # ---- Romania-Germany (Agerpres-style), a share of the smaller partner's exports
    ("Bucharest, Feb 11 /Agerpres/ - Germany remained Romania's main trading partner in "
     "2024, taking 20.1% of the country's exports, according to the National Institute of "
     "Statistics (INS). Romanian shipments to Germany reached 18.9 billion euros, while "
     "purchases from Germany amounted to 23.4 billion euros.", "2025-02-11",
     {"20.1%": "trade.exports share reporter=RO partner=DE",
      "18.9 billion euros": "trade.exports level reporter=RO partner=DE period=2024",
      "23.4 billion euros": "trade.imports level reporter=RO partner=DE"}),
    # ---- Nigeria-India (Lagos business daily), a ranking of destinations
    ("Nigeria's exports to India fell by 17.4 per cent to N2.9 trillion in the third "
     "quarter of 2024, data from the National Bureau of Statistics (NBS) showed. India, the "
     "top destination for Nigerian goods in the period, took 14.6 per cent of total exports, "
     "ahead of Spain with 9.2 per cent.", "2024-12-20",
     {"17.4 per cent": "trade.exports change direction=down reporter=NG partner=IN",
      "N2.9 trillion": "trade.exports level reporter=NG partner=IN period=2024-Q3 "
                       "source=National_Bureau_of_Statistics",
      "14.6 per cent": "trade.exports share reporter=NG partner=IN",
      "9.2 per cent": "trade.exports share reporter=NG partner=ES"}),
    # ---- Mexico-US (Mexico City English daily), the larger partner named most
    ("Mexico's exports to the United States reached a record US $505.9 billion last year, "
     "5.6% more than in 2023, according to INEGI. The U.S. absorbed 83.1% of all Mexican "
     "exports. Mexico's imports from the U.S. totaled US $263.5 billion.", "2025-02-10",
     {"US $505.9 billion": "trade.exports level reporter=MX partner=US period=2024",
      "5.6%": "trade.exports change direction=up reporter=MX partner=US",
      "83.1%": "trade.exports share reporter=MX partner=US",
      "US $263.5 billion": "trade.imports level reporter=MX partner=US"}),
    # ---- a Singapore-datelined wire on Japan's figures, partners named
    ("SINGAPORE (Reuters) - Japan's exports to China slipped 3.2% in May from a year "
     "earlier, while shipments to the United States grew 9.5%, the Ministry of Finance said "
     "on Wednesday. Overall Japanese exports rose 2.1% to 8.3 trillion yen.", "2025-06-18",
     {"3.2%": "trade.exports change direction=down reporter=JP partner=CN",
      "9.5%": "trade.exports change direction=up reporter=JP partner=US",
      "2.1%": "trade.exports change direction=up reporter=JP partner=-",
      "8.3 trillion yen": "trade.exports level reporter=JP partner=-"}),
    # ---- an Australian outlet citing China's customs data, then its own bureau
    ("SYDNEY - China's imports from Australia fell 2.3 per cent in October to $US12.1 "
     "billion, according to China's customs administration. Australia's own trade surplus "
     "narrowed to $5.6 billion in October, the Australian Bureau of Statistics said.",
     "2024-12-05",
     {"2.3 per cent": "trade.imports change direction=down reporter=CN partner=AU",
      "$US12.1 billion": "trade.imports level reporter=CN partner=AU",
      "$5.6 billion": "trade.surplus level reporter=AU partner=- "
                      "source=Australian_Bureau_of_Statistics"}),
    # ---- the EU as reporter, "the bloc"
    ("The European Union posted a trade surplus of 12.5 billion euros with the rest of the "
     "world in March, Eurostat said on Tuesday. EU exports to China fell 8% while imports "
     "from China grew 4%. The bloc's surplus with the United States reached 19.1 billion "
     "euros.", "2025-05-20",
     {"12.5 billion euros": "trade.surplus level reporter=EU partner=- source=Eurostat",
      "8%": "trade.exports change direction=down reporter=EU partner=CN",
      "4%": "trade.imports change direction=up reporter=EU partner=CN",
      "19.1 billion euros": "trade.surplus level reporter=EU partner=US"}),
    # ---- ASEAN as partner (Hanoi news agency)
    ("HANOI (VNA) - Vietnam's trade with ASEAN reached 41.6 billion USD in the first half "
     "of the year, up 6.8 percent year on year, according to the General Department of "
     "Customs. Exports to the bloc were worth 17.2 billion USD.", "2024-07-15",
     {"41.6 billion USD": "trade.total level reporter=VN partner=ASEAN",
      "6.8 percent": "trade.total change direction=up reporter=VN partner=ASEAN",
      "17.2 billion USD": "trade.exports level reporter=VN"}),
    # ---- the GCC as partner, a ranking of buyers, "the Kingdom"
    ("RIYADH: Saudi Arabia's non-oil exports to fellow GCC states rose 11 percent to SR23.4 "
     "billion in 2024, the General Authority for Statistics said. The UAE was the biggest "
     "buyer, taking SR14.2 billion worth of goods, followed by Kuwait with SR3.9 billion. "
     "The Kingdom's overall merchandise exports fell 6.4 percent.", "2025-03-02",
     {"11 percent": "trade.exports change direction=up reporter=SA partner=GCC",
      "SR23.4 billion": "trade.exports level reporter=SA partner=GCC",
      "SR14.2 billion": "trade.exports level reporter=SA partner=AE",
      "SR3.9 billion": "trade.exports level reporter=SA partner=KW",
      "6.4 percent": "trade.exports change direction=down reporter=SA partner=-"}),
    # ---- ECOWAS as partner (Accra)
    ("ACCRA - Ghana's exports to ECOWAS member states rose 15.3 percent to GH¢9.8 billion "
     "in 2023, the Ghana Statistical Service said. Exports to Nigeria alone reached GH¢2.9 "
     "billion.", "2024-04-10",
     {"15.3 percent": "trade.exports change direction=up reporter=GH partner=ECOWAS",
      "GH¢9.8 billion": "trade.exports level reporter=GH partner=ECOWAS",
      "GH¢2.9 billion": "trade.exports level reporter=GH partner=NG"}),
    # ---- the EAEU as partner (Astana wire)
    ("ASTANA (Kazinform) - Kazakhstan's trade with EAEU countries reached $28.4 billion in "
     "2024, 3.1% more than a year earlier, the Bureau of National Statistics reported. "
     "Russia accounted for 92% of this turnover.", "2025-02-14",
     {"$28.4 billion": "trade.total level reporter=KZ partner=EAEU",
      "3.1%": "trade.total change direction=up reporter=KZ partner=EAEU",
      "92%": "trade.total share reporter=KZ partner=RU"}),
    # ---- a ranking of buyers of one economy's product
    ("SANTIAGO - The biggest buyers of Chilean copper last year were China, with US$26.1 "
     "billion, Japan, with US$4.8 billion, and South Korea, with US$3.5 billion, the Central "
     "Bank of Chile said.", "2025-03-18",
     {"US$26.1 billion": "trade.exports level reporter=CL partner=CN",
      "US$4.8 billion": "trade.exports level reporter=CL partner=JP",
      "US$3.5 billion": "trade.exports level reporter=CL partner=KR"}),
    # ---- US dollars in a Brazilian story: the currency names no reporter
    ("Brazil's exports totaled 337 billion US dollars in 2024, down 0.8 percent from the "
     "record of 2023, the Ministry of Development, Industry, Trade and Services said. Sales "
     "to the United States grew 9.2 percent to 40.3 billion US dollars.", "2025-01-07",
     {"337 billion US dollars": "trade.exports level reporter=BR partner=-",
      "0.8 percent": "trade.exports change direction=down reporter=BR",
      "9.2 percent": "trade.exports change direction=up reporter=BR partner=US",
      "40.3 billion US dollars": "trade.exports level reporter=BR partner=US"}),
    # ---- a province reports for its country
    ("TORONTO - Ontario's exports to the United States fell 4.2% in the third quarter, "
     "Statistics Canada said, while Canada's total exports edged up 0.6% to $190.1 "
     "billion.", "2024-12-04",
     {"4.2%": "trade.exports change direction=down reporter=CA partner=US",
      "0.6%": "trade.exports change direction=up reporter=CA partner=-",
      "$190.1 billion": "trade.exports level reporter=CA partner=-"}),
    # ---- "the island" (Taipei)
    ("TAIPEI - Taiwan's exports rose 4.5 percent year on year to US$41.3 billion in "
     "September, the Ministry of Finance said. The island's exports to the US jumped 46.2 "
     "percent to US$11.1 billion, overtaking those to China and Hong Kong.", "2024-10-09",
     {"4.5 percent": "trade.exports change direction=up reporter=TW partner=-",
      "US$41.3 billion": "trade.exports level reporter=TW partner=-",
      "46.2 percent": "trade.exports change direction=up reporter=TW partner=US",
      "US$11.1 billion": "trade.exports level reporter=TW partner=US"}),
    # ---- "the kingdom" (Rabat), a first client
    ("RABAT - Morocco's trade deficit widened 7.2% to 306 billion dirhams in 2024, the "
     "Foreign Exchange Office said. The kingdom's exports to Spain, its first client, rose "
     "5% to 95 billion dirhams, while imports from China climbed 14%.", "2025-02-03",
     {"7.2%": "trade.deficit change direction=up reporter=MA partner=-",
      "306 billion dirhams": "trade.deficit level reporter=MA partner=-",
      "5%": "trade.exports change direction=up reporter=MA partner=ES",
      "95 billion dirhams": "trade.exports level reporter=MA partner=ES",
      "14%": "trade.imports change direction=up reporter=MA partner=CN"}),
    # ---- China's customs with ASEAN as partner (Beijing relay)
    ("BEIJING, Jan. 13 (Xinhua) -- China's trade with ASEAN rose 9 percent year on year "
     "to 6.98 trillion yuan in 2024, data from the General Administration of Customs showed "
     "on Monday. ASEAN remained China's largest trading partner, accounting for 15.9 "
     "percent of the country's total foreign trade.", "2025-01-13",
     {"9 percent": "trade.total change direction=up reporter=CN partner=ASEAN",
      "6.98 trillion yuan": "trade.total level reporter=CN partner=ASEAN",
      "15.9 percent": "trade.total share reporter=CN partner=ASEAN"}),
    # ---- a German outlet on the US deficit with China
    ("FRANKFURT - The U.S. trade deficit with China narrowed to $21.4 billion in July, the "
     "Commerce Department said on Tuesday, while the gap with the European Union widened "
     "to $23.5 billion.", "2024-09-04",
     {"$21.4 billion": "trade.deficit level reporter=US partner=CN",
      "$23.5 billion": "trade.deficit level reporter=US partner=EU"}),
    # ---- two reporters in one sentence
    ("SEOUL - South Korea's exports rose 5.1% in March, while Japan's shipments fell 2.3%, "
     "data from both countries showed.", "2025-04-20",
     {"5.1%": "trade.exports change direction=up reporter=KR",
      "2.3%": "trade.exports change direction=down reporter=JP"}),
    # ---- the UAE's trade with India (Abu Dhabi agency)
    ("ABU DHABI (WAM) - The UAE's non-oil trade with India reached AED 240 billion in 2024, "
     "up 20 percent from the previous year, making India the country's second-largest "
     "trading partner after China.", "2025-02-12",
     {"AED 240 billion": "trade.total level reporter=AE partner=IN product=non-oil",
      "20 percent": "trade.total change direction=up reporter=AE partner=IN"}),
    # ---- a balance with one partner (Hanoi)
    ("Vietnam recorded a trade surplus of 104.6 billion USD with the United States in "
     "2024, while it ran a deficit of 83.8 billion USD with China, the General Statistics "
     "Office said.", "2025-01-06",
     {"104.6 billion USD": "trade.surplus level reporter=VN partner=US",
      "83.8 billion USD": "trade.deficit level reporter=VN partner=CN"}),
    # ---- Canada-US from Canada's side (Ottawa agency)
    ("Canada's exports to the United States decreased 3.1% in March, while imports from "
     "the United States rose 1.4%, Statistics Canada said. As a result, Canada's trade "
     "surplus with the United States narrowed to $10.3 billion.", "2025-05-06",
     {"3.1%": "trade.exports change direction=down reporter=CA partner=US",
      "1.4%": "trade.imports change direction=up reporter=CA partner=US",
      "$10.3 billion": "trade.surplus level reporter=CA partner=US "
                       "source=Statistics_Canada"}),
    # ---- Mercosur as partner (Buenos Aires)
    ("BUENOS AIRES - Argentina's exports to Mercosur partners rose 18% to US$ 14.2 billion "
     "in 2024, INDEC reported, while sales to the European Union fell 3%.", "2025-01-22",
     {"18%": "trade.exports change direction=up reporter=AR partner=Mercosur",
      "US$ 14.2 billion": "trade.exports level reporter=AR partner=Mercosur",
      "3%": "trade.exports change direction=down reporter=AR partner=EU"}),
    # ---- Pakistan-China (Karachi daily)
    ("KARACHI - Pakistan's exports to China increased 19 percent to $1.8 billion during "
     "July-December, the State Bank of Pakistan said, while imports from China fell 4 "
     "percent to $7.9 billion.", "2025-01-20",
     {"19 percent": "trade.exports change direction=up reporter=PK partner=CN",
      "$1.8 billion": "trade.exports level reporter=PK partner=CN",
      "4 percent": "trade.imports change direction=down reporter=PK partner=CN",
      "$7.9 billion": "trade.imports level reporter=PK partner=CN"}),
    # ---- Sri Lanka to the EU, a product
    ("COLOMBO - Sri Lanka's apparel exports to the European Union rose 4.5 per cent to "
     "US$ 1.2 billion in the first half, the Export Development Board said.", "2024-07-25",
     {"4.5 per cent": "trade.exports change direction=up reporter=LK partner=EU "
                      "product=apparel",
      "US$ 1.2 billion": "trade.exports level reporter=LK partner=EU"}),
    # ---- New Zealand, "those to"
    ("WELLINGTON - New Zealand's dairy exports to China fell 12 percent to NZ$1.1 billion "
     "in June, Stats NZ said, while those to Australia rose 3 percent.", "2024-07-26",
     {"12 percent": "trade.exports change direction=down reporter=NZ partner=CN",
      "NZ$1.1 billion": "trade.exports level reporter=NZ partner=CN",
      "3 percent": "trade.exports change direction=up reporter=NZ partner=AU"}),
    # ---- the Philippines: a partner ranked first, a share
    ("MANILA - Japan was the top export market of the Philippines in August, with exports "
     "worth $1.4 billion, or 15.9 percent of the total, the Philippine Statistics Authority "
     "said.", "2024-10-10",
     {"$1.4 billion": "trade.exports level reporter=PH partner=JP",
      "15.9 percent": "trade.exports share reporter=PH partner=JP"}),
    # ---- Egypt to the EU (Cairo)
    ("CAIRO - Egypt's exports to the European Union rose 16% to $8.9 billion in the first "
     "nine months of the year, the statistics agency CAPMAS said.", "2024-11-05",
     {"16%": "trade.exports change direction=up reporter=EG partner=EU",
      "$8.9 billion": "trade.exports level reporter=EG partner=EU"}),
    # ---- Indonesia's surplus with India (Jakarta)
    ("JAKARTA - Indonesia posted a trade surplus of US$1.6 billion with India in May, "
     "Statistics Indonesia (BPS) said, its second-largest after the surplus with the United "
     "States of US$1.4 billion.", "2024-06-17",
     {"US$1.6 billion": "trade.surplus level reporter=ID partner=IN",
      "US$1.4 billion": "trade.surplus level reporter=ID partner=US"}),
    # absorbed / took / bought X% of <demonym> exports
    ("SAO PAULO - China bought 28.5% of Brazilian exports in 2024, the trade ministry said, "
     "while the United States took 12.1%.", "2025-01-08",
     {"28.5%": "trade.exports share reporter=BR partner=CN",
      "12.1%": "trade.exports share reporter=BR partner=US"}),
    ("HANOI - The United States absorbed 29.4 percent of Vietnamese shipments last year, "
     "according to the General Statistics Office.", "2025-01-10",
     {"29.4 percent": "trade.exports share reporter=VN partner=US"}),
    ("PRAGUE - Germany received 32.6% of Czech exports in the first quarter, the Czech "
     "Statistical Office said.", "2025-05-07",
     {"32.6%": "trade.exports share reporter=CZ partner=DE"}),
    # ranked buyers of a demonym product
    ("CANBERRA - The largest buyers of Australian coal in 2024 were Japan, with A$18.2 "
     "billion, and India, with A$12.7 billion, the Department of Industry said.", "2025-03-01",
     {"A$18.2 billion": "trade.exports level reporter=AU partner=JP",
      "A$12.7 billion": "trade.exports level reporter=AU partner=IN"}),
    ("BANGKOK - Top buyers of Thai rice last year were Indonesia, which took 1.3 million "
     "tonnes, and the Philippines, with 0.9 million tonnes, the Commerce Ministry said.",
     "2025-01-15",
     {"1.3 million tonnes": "trade.exports level reporter=TH partner=ID",
      "0.9 million tonnes": "trade.exports level reporter=TH partner=PH"}),
    # one economy's data on another's trade
    ("HANOI - U.S. imports from Vietnam rose 20 percent to $136.6 billion last year, "
     "according to the U.S. Census Bureau.", "2025-02-07",
     {"20 percent": "trade.imports change direction=up reporter=US partner=VN",
      "$136.6 billion": "trade.imports level reporter=US partner=VN"}),
    ("BRASILIA - China's imports of Brazilian soybeans rose 12% to 74 million tonnes in "
     "2024, Chinese customs data showed.", "2025-01-20",
     {"12%": "trade.imports change direction=up reporter=CN partner=BR",
      "74 million tonnes": "trade.imports level reporter=CN partner=BR"}),
    ("NEW DELHI - India's imports of Russian crude rose 13% to $4.6 billion in May, "
     "according to commerce ministry data.", "2024-06-20",
     {"13%": "trade.imports change direction=up reporter=IN partner=RU",
      "$4.6 billion": "trade.imports level reporter=IN partner=RU"}),
    ("KUALA LUMPUR - Exports of Malaysian palm oil to India jumped 24 percent to 412,000 "
     "tonnes in June, cargo surveyor data showed.", "2024-07-01",
     {"24 percent": "trade.exports change direction=up reporter=MY partner=IN",
      "412,000 tonnes": "trade.exports level reporter=MY partner=IN"}),
    # third-country outlet
    ("PARIS - German exports to the United States fell 5% in April, Destatis said, while "
     "France's exports to Germany rose 2%, according to French customs.", "2025-06-10",
     {"5%": "trade.exports change direction=down reporter=DE partner=US",
      "2%": "trade.exports change direction=up reporter=FR partner=DE"}),
    ("MOSCOW - Trade between China and Russia rose 1.9 percent to $244.8 billion last year, "
     "China's General Administration of Customs said.", "2025-01-14",
     {"1.9 percent": "trade.total change direction=up reporter=CN partner=RU",
      "$244.8 billion": "trade.total level reporter=CN partner=RU"}),
    # states and provinces
    ("AUSTIN - Texas exports to Mexico rose 6% to $129 billion last year, the Census Bureau "
     "said.", "2025-02-20",
     {"6%": "trade.exports change direction=up reporter=US partner=MX",
      "$129 billion": "trade.exports level reporter=US partner=MX"}),
    ("GUANGZHOU - Guangdong's foreign trade rose 5.2 percent to 9.1 trillion yuan in 2024, "
     "the provincial customs said.", "2025-01-21",
     {"5.2 percent": "trade.total change direction=up reporter=CN",
      "9.1 trillion yuan": "trade.total level reporter=CN"}),
    ("MUNICH - Bavaria's exports to China fell 9% to 15.3 billion euros, the state "
     "statistics office said.", "2025-03-10",
     {"9%": "trade.exports change direction=down reporter=DE partner=CN",
      "15.3 billion euros": "trade.exports level reporter=DE partner=CN"}),
    ("KOTA KINABALU - Sabah's exports to China rose 7 per cent to RM8.4 billion last year, "
     "the state government said.", "2025-02-01",
     {"7 per cent": "trade.exports change direction=up reporter=MY partner=CN",
      "RM8.4 billion": "trade.exports level reporter=MY partner=CN"}),
    # partners named as "its largest market"
    ("NAIROBI - Kenya's exports to its largest market, Uganda, rose 8% to Sh98 billion in "
     "2024, the Kenya National Bureau of Statistics said.", "2025-04-29",
     {"8%": "trade.exports change direction=up reporter=KE partner=UG",
      "Sh98 billion": "trade.exports level reporter=KE partner=UG"}),
    ("Exports worth $2.1 billion went to India in March, Bangladesh's Export Promotion "
     "Bureau said.", "2025-04-03",
     {"$2.1 billion": "trade.exports level reporter=BD partner=IN"}),
    ("SEOUL - Chinese imports of South Korean chips fell 11 percent in June, while shipments "
     "of Korean cars to the United States rose 4 percent, the trade ministry said.",
     "2024-07-02",
     {"11 percent": "trade.imports change direction=down reporter=CN partner=KR",
      "4 percent": "trade.exports change direction=up reporter=KR partner=US"}),
    ("DHAKA - Bangladesh shipped garments worth $8.4 billion to the United States in 2024, "
     "a rise of 0.8 percent, the Export Promotion Bureau said.", "2025-01-25",
     {"$8.4 billion": "trade.exports level reporter=BD partner=US",
      "0.8 percent": "trade.exports change direction=up reporter=BD partner=US"}),
    ("ISTANBUL - Turkish exports to Iraq climbed 12 percent to $13.1 billion, while the "
     "country's sales to Russia dropped 15 percent, the Turkish Exporters Assembly said.",
     "2025-01-03",
     {"12 percent": "trade.exports change direction=up reporter=TR partner=IQ",
      "$13.1 billion": "trade.exports level reporter=TR partner=IQ",
      "15 percent": "trade.exports change direction=down reporter=TR partner=RU"}),
    # ---- a partner in apposition that "took" a share; one passed over "with" its own figure
    ("ABUJA - Nigeria's exports to India fell in the quarter. India, the top destination "
     "for Nigerian goods, took 14.6 per cent of total exports, ahead of Spain with 9.2 per "
     "cent, the NBS said.", "2024-12-20",
     {"14.6 per cent": "trade.exports share reporter=NG partner=IN",
      "9.2 per cent": "trade.exports share reporter=NG partner=ES"}),
    ("NAIROBI - Kenya's exports rose 4% in 2024. Uganda, the largest market for Kenyan "
     "products, took 12.1 per cent of total exports.", "2025-04-29",
     {"12.1 per cent": "trade.exports share reporter=KE partner=UG"}),
    ("HANOI - Vietnam's exports rose 5% to $30 billion in May. The United States was the "
     "largest buyer with $9.1 billion, ahead of China, with $5.2 billion.", "2024-06-06",
     {"$9.1 billion": "trade.exports level reporter=VN partner=US",
      "$5.2 billion": "trade.exports level reporter=VN partner=CN"}),
    ("SANTIAGO - Chile's copper exports rose 5% last year. The biggest buyers were China, "
     "with US$26.1 billion, and Japan, with US$4.8 billion.", "2025-03-18",
     {"US$26.1 billion": "trade.exports level reporter=CL partner=CN",
      "US$4.8 billion": "trade.exports level reporter=CL partner=JP"}),
    # ---- sales of <origin> <goods> to a partner
    ("BRASILIA - Sales of Brazilian beef to China fell 6% to US$ 820 million in June, the "
     "agriculture ministry said.", "2024-07-08",
     {"6%": "trade.exports change direction=down reporter=BR partner=CN product=beef",
      "US$ 820 million": "trade.exports level reporter=BR partner=CN"}),
    ("BOGOTA - Sales of Colombian coffee to the United States rose 8% to US$ 310 million in "
     "May, DANE said.", "2024-07-01",
     {"8%": "trade.exports change direction=up reporter=CO partner=US product=coffee",
      "US$ 310 million": "trade.exports level reporter=CO partner=US"}),
    ("MOSCOW - Deliveries of Russian gas to China rose 30 percent last year.", "2025-01-10",
     {"30 percent": "trade.exports change direction=up reporter=RU partner=CN"}),
    # ---- two agencies of two economies, each closing its own clause
    ("SEOUL - Japan's exports to South Korea rose 4.1% in May, Japan's Ministry of Finance "
     "said, while Korea's exports to Japan fell 2.2%, according to the Korean trade "
     "ministry.", "2024-06-20",
     {"4.1%": "trade.exports change reporter=JP partner=KR source=Ministry_of_Finance",
      "2.2%": "trade.exports change reporter=KR partner=JP "
              "source=Ministry_of_Trade,_Industry_and_Energy"}),
    ("BERLIN - France's exports to Germany rose 3% in March, French customs said, while "
     "German exports to France fell 1.5%, according to Germany's statistics office.",
     "2025-05-09",
     {"3%": "trade.exports change reporter=FR partner=DE "
            "source=Directorate_General_of_Customs_and_Indirect_Taxes",
      "1.5%": "trade.exports change reporter=DE partner=FR "
              "source=Federal_Statistical_Office"}),
    ("According to the Brazilian trade ministry, exports to China rose 5% in May, while "
     "China's customs said its imports from Brazil rose 7%.", "2024-06-10",
     {"5%": "trade.exports change reporter=BR partner=CN",
      "7%": "trade.imports change reporter=CN partner=BR "
            "source=General_Administration_of_Customs"}),
    # ---- filed from another economy's city: the lead's owner (with modifiers) is the story's
    ("TOKYO - South Korea's semiconductor exports hit a record $14.2 billion in September, "
     "the country's trade ministry said. Shipments to China, the largest market, rose 20%.",
     "2024-10-01",
     {"$14.2 billion": "trade.exports level reporter=KR "
                       "source=Ministry_of_Trade,_Industry_and_Energy",
      "20%": "trade.exports change direction=up reporter=KR partner=CN"}),
    ("HONG KONG - Taiwan's electronics exports jumped 31% in August, the island's finance "
     "ministry said, with shipments to the United States up 62%.", "2024-09-09",
     {"31%": "trade.exports change direction=up reporter=TW source=Ministry_of_Finance",
      "62%": "trade.exports change direction=up reporter=TW partner=US"}),
    ("SINGAPORE - Malaysia's palm oil exports fell 9.3 per cent in May, the statistics "
     "department said, while shipments to India rose 4 per cent.", "2024-07-12",
     {"9.3 per cent": "trade.exports change direction=down reporter=MY "
                      "source=Department_of_Statistics_Malaysia",
      "4 per cent": "trade.exports change direction=up reporter=MY partner=IN"}),
    ("LONDON - Nigeria's crude oil exports rose 12 per cent in the second quarter, the "
     "statistics bureau said.", "2024-09-02",
     {"12 per cent": "trade.exports change direction=up reporter=NG "
                     "source=National_Bureau_of_Statistics"}),
    ("NEW YORK - Brazil's soybean exports to China hit 12.7 million tonnes in April, the "
     "trade ministry said.", "2024-05-07",
     {"12.7 million tonnes": "trade.exports level reporter=BR partner=CN "
                             "source=Ministry_of_Development,_Industry,_Trade_and_Services"}),
    ("DUBAI - Saudi Arabia's non-oil exports rose 13% in the first quarter, the kingdom's "
     "statistics authority said, with China the largest destination at SR 4.1 billion.",
     "2024-05-20",
     {"13%": "trade.exports change direction=up reporter=SA "
             "source=General_Authority_for_Statistics",
      "SR 4.1 billion": "trade.exports level reporter=SA partner=CN"}),
    # ---- filed from the partner's capital: the partner named only as such
    ("BEIJING - Australia's iron ore exports to China reached A$ 8.1 billion in March, the "
     "Australian Bureau of Statistics said, while its coal shipments to Japan fell 14%.",
     "2024-05-02",
     {"A$ 8.1 billion": "trade.exports level reporter=AU partner=CN",
      "14%": "trade.exports change direction=down reporter=AU partner=JP "
             "source=Australian_Bureau_of_Statistics"}),
    ("WASHINGTON - Mexico's exports to the United States rose 7% in May, INEGI said, while "
     "its imports from the U.S. rose 3%.", "2024-06-27",
     {"7%": "trade.exports change direction=up reporter=MX partner=US",
      "3%": "trade.imports change direction=up reporter=MX partner=US"}),
    ("TOKYO - Thailand's exports to Japan fell 4.1% in June, the Thai commerce ministry "
     "said, while the country's total exports rose 2%.", "2024-07-25",
     {"4.1%": "trade.exports change direction=down reporter=TH partner=JP",
      "2%": "trade.exports change direction=up reporter=TH partner=- "
            "source=Ministry_of_Commerce"}),
    # ---- plural sources, a singular buyer of <origin> goods, a participle after the goods
    ("MEXICO CITY - The largest sources of Mexican imports last year were the United "
     "States, with 40% of the total, and China, with 20%.", "2025-02-10",
     {"40%": "trade.imports share reporter=MX partner=US",
      "20%": "trade.imports share reporter=MX partner=CN"}),
    ("ACCRA - Switzerland was the biggest buyer of Ghanaian gold, purchasing $4.1 billion "
     "worth, or 39% of the total, the central bank said.", "2025-03-05",
     {"$4.1 billion": "trade.exports level reporter=GH partner=CH product=gold",
      "39%": "trade.exports share reporter=GH partner=CH"}),
    ("JAKARTA - China was the largest buyer of Indonesian coal last year, taking 220 million "
     "tonnes, while India bought 110 million tonnes.", "2025-02-03",
     {"220 million tonnes": "trade.exports level reporter=ID partner=CN product=coal",
      "110 million tonnes": "trade.exports level reporter=ID partner=IN"}),
    # ---- an economy described by its region's adjective: the partner named before
    ("LIMA - Bilateral trade between Peru and China reached US$ 38 billion in 2024, up 9%, "
     "the Peruvian trade ministry said. Peru's exports to the Asian country amounted to "
     "US$ 26 billion.", "2025-02-18",
     {"US$ 38 billion": "trade.total level reporter=PE partner=CN",
      "US$ 26 billion": "trade.exports level reporter=PE partner=CN"}),
    ("BRUSSELS - The EU's trade deficit with China widened to €25 billion in May, Eurostat "
     "said. Exports to the Asian giant fell 7%, while the bloc's imports from China rose "
     "3%.", "2024-07-16",
     {"€25 billion": "trade.deficit level reporter=EU partner=CN",
      "7%": "trade.exports change direction=down reporter=EU partner=CN",
      "3%": "trade.imports change direction=up reporter=EU partner=CN"}),
    ("KAMPALA - Uganda's exports to South Sudan rose 14% in 2024, the Bank of Uganda said. "
     "Imports from the African nation fell 2%.", "2025-03-12",
     {"14%": "trade.exports change direction=up reporter=UG partner=SS",
      "2%": "trade.imports change direction=down reporter=UG partner=SS"}),
    # ---- an absolute clause gives a part of the flow to one partner
    ("YEREVAN - Armenia's trade with the Eurasian Economic Union grew 30% to $6.3 billion in "
     "2024, with Russia accounting for 95% of it.", "2025-02-05",
     {"30%": "trade.total change direction=up reporter=AM partner=EAEU",
      "95%": "trade.total share reporter=AM partner=RU"}),
    ("LIMA - Peru's exports to Asia rose 12% in 2024, with China taking 72% of the total.",
     "2025-02-20",
     {"72%": "trade.exports share reporter=PE partner=CN"}),
    ("HANOI - Vietnam's exports to the EU rose 8%, with the Netherlands receiving $11.2 "
     "billion.", "2025-01-09",
     {"8%": "trade.exports change direction=up reporter=VN partner=EU",
      "$11.2 billion": "trade.exports level reporter=VN partner=NL"}),
    # ---- a buyer described after a flow already named: no flow of its own
    ("HANOI - Exports to the United States, the largest buyer of Vietnamese goods, rose "
     "14% in May, while shipments to China grew 6%.", "2024-06-06",
     {"14%": "trade.exports change direction=up reporter=VN partner=US",
      "6%": "trade.exports change direction=up reporter=VN partner=CN"}),
    ("JAKARTA - Indonesia's coal exports to India, the biggest buyer of Indonesian coal "
     "after China, fell 9% to 110 million tonnes last year.", "2025-02-03",
     {"9%": "trade.exports change direction=down reporter=ID partner=IN product=coal",
      "110 million tonnes": "trade.exports level reporter=ID partner=IN"}),
]

XFAIL: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(STORIES, XFAIL))
def test_multi_economy_story(text, published, figure, spec):
    check_fact_as_scored(text, published, figure, spec)
