"""Sentences written for the third world-coverage entity hunt (own wording). Same shape as
world_cases.py: (label, published, text, expected, negatives)."""

from __future__ import annotations

Case = tuple[str, str, str, list[tuple[str, object]], list[str]]

P = "2025-07-10"  # a Thursday; ISO week 2025-W28

DATE_CASES: list[Case] = [
    # year to date: January to the governing month, else to the publication date
    ("DATE", P, "Garment exports are up 9 percent YTD, the association said.",
     [("YTD", "2025-01-01/2025-07-10")], []),
    ("DATE", P, "Cambodia's garment exports rose 12 percent in May and 9 percent YTD.",
     [("May", "2025-05"), ("YTD", "2025-01/2025-05")], []),
    ("DATE", P, "Rubber shipments rose 4 percent in the year so far, traders said.",
     [("the year so far", "2025-01-01/2025-07-10")], []),
    ("DATE", P, "Tea exports have fallen 3 percent so far this year.",
     [("so far this year", "2025-01-01/2025-07-10")], []),
    ("DATE", P, "Year to date, coffee shipments totalled 3.1 million bags.",
     [("Year to date", "2025-01-01/2025-07-10")], []),
    # the past week / month: the last whole week or month before publication
    ("DATE", P, "Freight rates to Rotterdam fell 8 percent in the past week.",
     [("the past week", "2025-W27")], []),
    ("DATE", P, "Congestion at Chittagong eased over the past month, agents said.",
     [("the past month", "2025-06")], []),
    ("DATE", P, "Wheat prices have fallen over the past two weeks.",
     [("the past two weeks", "2025-06-23/2025-07-06")], []),
    ("DATE", P, "Iron ore prices rose 6 percent over the past 12 months.",
     [("the past 12 months", "2024-07/2025-06")], []),
    ("DATE", P, "Remittances grew over the last twelve months, the bank said.",
     [("the last twelve months", "2024-07/2025-06")], []),
    # decades
    ("DATE", P, "Vietnam's exports grew fastest in the 2010s.",
     [("the 2010s", "2010/2019")], []),
    ("DATE", P, "Chile's copper output peaked in the early 2000s.",
     [("2000s", "2000/2009")], []),
    ("DATE", P, "The textile quotas ended in the mid-1990s.",
     [("1990s", "1990/1999")], []),
    ("DATE", P, "Exports of cars reached 2,000 units in the 1990s.",
     [("the 1990s", "1990/1999")], ["2,000"]),
    # fiscal, quarter-ended and week-ended forms
    ("DATE", P, "India's services exports rose 11 percent in H1 FY26, the ministry said.",
     [("H1 FY26", "2025-04/2025-09")], []),
    ("DATE", P, "Japan's exports rose in the first nine months of fiscal 2024, the finance "
     "ministry said.", [("the first nine months of fiscal 2024", "2024-04/2024-12")], []),
    ("DATE", P, "Exports in the fiscal year ending March 2025 rose 5 percent.",
     [("the fiscal year ending March 2025", "2024-04/2025-03")], []),
    ("DATE", P, "Pakistan's exports rose in the first nine months of FY25, the bureau said.",
     [("the first nine months of FY25", "2024-07/2025-03")], []),
    ("DATE", P, "The miner's sales rose in the quarter ended June 30.",
     [("the quarter ended June 30", "2025-Q2")], []),
    ("DATE", P, "Grain inspections in the week ended April 4 fell 9 percent.",
     [("the week ended April 4", "2025-03-29/2025-04-04")], []),
    ("DATE", P, "Cocoa arrivals rose in the week to Friday, exporters estimated.",
     [("the week to Friday", "2025-06-28/2025-07-04")], []),
    # levels at a point of a month; position words keep the period
    ("DATE", P, "Reserves stood at $12 billion at end-March, the central bank said.",
     [("end-March", "2025-03")], []),
    ("DATE", P, "Foreign reserves rose to $96 billion at the end of June.",
     [("the end of June", "2025-06")], []),
    ("DATE", P, "The bank expects exports to recover by mid-2026.",
     [("2026", "2026")], []),
    ("DATE", P, "Palm oil exports slumped late last year.", [("last year", "2024")], []),
    ("DATE", P, "Exports rose in the latter half of 2024.",
     [("the latter half of 2024", "2024-H2")], []),
    ("DATE", P, "Exports surged at the beginning of 2025.",
     [("the beginning of 2025", "2025")], []),
    # marketing and crop years span two calendar years; the months depend on the crop
    ("DATE", P, "Soybean exports in the 2023/24 marketing year reached a record.",
     [("2023/24", None)], []),
    ("DATE", P, "Wheat output in the 2024-25 crop year is forecast to rise.",
     [("2024-25", None)], []),
]

AGENCY_CASES: list[Case] = [
    ("AGENCY", P, "The Beijing municipal bureau of commerce said exports rose.",
     [("Beijing municipal bureau of commerce", "CN")], []),
    ("AGENCY", P, "The Beijing Municipal Commerce Bureau said exports rose 3 percent.",
     [("Beijing Municipal Commerce Bureau", "CN")], []),
    ("AGENCY", P, "The Shenzhen municipal commerce bureau said exports rose 4 percent.",
     [("commerce bureau", "CN")], []),
    ("AGENCY", P, "Guangdong's department of commerce said exports rose 5 percent.",
     [("department of commerce", "CN")], []),
    ("AGENCY", P, "The Queensland Treasury said coal royalties fell.",
     [("Queensland Treasury", "AU")], []),
    ("AGENCY", P, "The Texas Comptroller of Public Accounts said sales tax revenue rose.",
     [("Texas Comptroller of Public Accounts", "US")], []),
    ("AGENCY", P, "Cambodia's exports rose 12 percent, the General Department of Customs "
     "and Excise said.", [("General Department of Customs and Excise", "KH")], []),
    ("AGENCY", P, "Sierra Leone's exports rose, Statistics Sierra Leone said.",
     [("Statistics Sierra Leone", "SL")], []),
    ("AGENCY", P, "Afghanistan's exports rose, the National Statistics and Information "
     "Authority said.", [("National Statistics and Information Authority", "AF")], []),
    ("AGENCY", P, "Iraq's inflation eased, the Central Statistical Organization said.",
     [("Central Statistical Organization", "IQ")], []),
    ("AGENCY", P, "Burundi's coffee exports rose, the OBR said.", [("OBR", "BI")], []),
    ("AGENCY", P, "India's basmati exports rose, APEDA data showed.", [("APEDA", "IN")], []),
    ("AGENCY", P, "Chile's copper output fell 2 percent, Cochilco said.",
     [("Cochilco", "CL")], []),
    ("AGENCY", P, "Brazil's soybean crop will reach a record, Conab said.",
     [("Conab", "BR")], []),
    ("AGENCY", P, "DR Congo's cobalt exports rose, the Institut National de la Statistique "
     "said.", [("Institut National de la Statistique", "CD")], []),
    ("AGENCY", P, "The Democratic Republic of Congo's central bank said reserves fell.",
     [("central bank", "CD")], []),
]

OFFICIAL_CASES: list[Case] = [
    ("OFFICIAL", P, "Mary Ng, Minister of Export Promotion, International Trade and Economic "
     "Development, said exports rose.", [("Mary Ng", "Mary Ng")], []),
    ("OFFICIAL", P, "Minister of Industry, Trade and Employment Peter Burke said exports rose.",
     [("Peter Burke", "Peter Burke")], []),
    ("OFFICIAL", P, "Texas Comptroller Kelly Hancock said sales tax revenue rose.",
     [("Kelly Hancock", "Kelly Hancock")], []),
    ("OFFICIAL", P, "California Governor Gavin Newsom said the ports were busy.",
     [("Gavin Newsom", "Gavin Newsom")], []),
    ("OFFICIAL", P, "Former central bank governor Raghuram Rajan said tariffs would hurt.",
     [("Raghuram Rajan", "Raghuram Rajan")], []),
    ("OFFICIAL", P, "Acting Finance Minister Nkosi Dlamini said revenue rose.",
     [("Nkosi Dlamini", "Nkosi Dlamini")], []),
    ("OFFICIAL", P, "Vice Minister of Commerce Wang Shouwen said talks went well.",
     [("Wang Shouwen", "Wang Shouwen")], []),
    ("OFFICIAL", P, "\"Exports will recover next year.\" — Finance Minister Ahmed Kamali",
     [("Ahmed Kamali", "Ahmed Kamali")], []),
    ("OFFICIAL", P, "\"Tariffs hurt everyone\" - Trade Minister Todd McClay.",
     [("Todd McClay", "Todd McClay")], []),
    ("OFFICIAL", P, "Maharashtra's industries minister Uday Samant said investment rose.",
     [("Uday Samant", "Uday Samant")], []),
    ("OFFICIAL", P, "Exports will recover, according to Rosa Elena Torres, the vice minister "
     "of foreign trade.", [("Rosa Elena Torres", "Rosa Elena Torres")], []),
    ("OFFICIAL", P, "Treasury CS John Mbadi said revenue collection rose.",
     [("John Mbadi", "John Mbadi")], []),
    ("OFFICIAL", P, "Kenya's Trade CS Lee Kinyanjui said tea exports rose.",
     [("Lee Kinyanjui", "Lee Kinyanjui")], []),
    ("OFFICIAL", P, "Minister of Micro, Small and Medium Enterprises Jitan Ram Manjhi said "
     "exports rose.", [("Jitan Ram Manjhi", "Jitan Ram Manjhi")], []),
    ("OFFICIAL", P, "H.E. Abdulla bin Touq Al Marri, Minister of Economy, said non-oil "
     "trade rose.", [("Abdulla bin Touq Al Marri", "Abdulla bin Touq Al Marri")], []),
    ("OFFICIAL", P, "Her Excellency Reem Al Hashimy, Minister of State for International "
     "Cooperation, said trade rose.", [("Reem Al Hashimy", "Reem Al Hashimy")], []),
    ("OFFICIAL", P, "The Honourable Minister of Trade, Mr. Omar Ali, said exports rose.",
     [("Omar Ali", "Omar Ali")], []),
    ("OFFICIAL", P, "Commerce ministry spokesperson He Yadong said exports rose.",
     [("He Yadong", "He Yadong")], []),
    ("OFFICIAL", P, "Statistics Indonesia (BPS) head Amalia Adininggar Widyasanti said "
     "exports rose.", [("Amalia Adininggar Widyasanti", "Amalia Adininggar Widyasanti")], []),
    ("OFFICIAL", P, "The Central Bank of Nigeria (CBN) Governor Olayemi Cardoso said reserves "
     "rose.", [("Olayemi Cardoso", "Olayemi Cardoso")], []),
    ("OFFICIAL", P, "Reporting by Jane Doe; editing by John Smith.", [],
     ["Jane Doe", "John Smith"]),
]

QUANTITY_CASES: list[Case] = [
    ("QUANTITY", P, "A record 1,245 vessels called at the port in June.",
     [("1,245 vessels", 1245)], []),
    ("QUANTITY", P, "The decree lists some 600 export items.", [("600 export items", 600)],
     []),
    ("QUANTITY", P, "Nearly 9,900 firms registered for the scheme.",
     [("9,900 firms", 9900)], []),
    ("QUANTITY", P, "Two dozen countries signed the pact.", [("Two dozen countries", 24)], []),
    ("QUANTITY", P, "Hundreds of trucks queued at the border post.",
     [("Hundreds of trucks", 100)], []),
    ("QUANTITY", P, "Tens of thousands of workers lost their jobs.",
     [("Tens of thousands of workers", 10000)], []),
    ("QUANTITY", P, "Dozens of ships waited off the coast.", [("Dozens of ships", 12)], []),
    ("QUANTITY", P, "The scheme covers 1.3 lakh MSMEs.", [("1.3 lakh MSMEs", 130000)], []),
    ("QUANTITY", P, "The bank financed 450 SMEs last year.", [("450 SMEs", 450)], []),
    ("QUANTITY", P, "The 10 ASEAN members agreed on the text.",
     [("10 ASEAN members", 10)], []),
    ("QUANTITY", P, "Some 5,400 foreign-invested enterprises were set up in May.",
     [("5,400 foreign-invested enterprises", 5400)], []),
    ("QUANTITY", P, "The port recorded 5,678 vessel calls.", [("5,678 vessel calls", 5678)],
     []),
    ("QUANTITY", P, "Exporters shipped 120,000 head of cattle to Indonesia.",
     [("120,000 head", 120000)], []),
    ("QUANTITY", P, "The fund helped 4,500 small and medium enterprises.",
     [("4,500 small and medium enterprises", 4500)], []),
    ("QUANTITY", P, "The fair drew 300 public or private buyers.",
     [("300 public or private buyers", 300)], []),
    ("QUANTITY", P, "Nearly 3 crore farmers received the subsidy.",
     [("3 crore farmers", 3e7)], []),
    ("QUANTITY", P, "The bloc's 27 member states approved the tariffs.",
     [("27 member states", 27)], []),
    ("QUANTITY", P, "A poll of 31 economists had forecast a 0.3 percent rise.",
     [("31 economists", 31)], []),
    ("QUANTITY", P, "Payrolls rose by 90,900, far more than the 25,000 analysts had expected.",
     [("90,900", 90900), ("25,000", 25000)], ["analysts"]),
    ("QUANTITY", P, "Freight agents said hundreds of containers and dozens of trucks waited.",
     [("hundreds of containers", 100), ("dozens of trucks", 12)], []),
    ("QUANTITY", P, "Some 120 NGOs and 30 PSUs joined the export council.",
     [("120 NGOs", 120), ("30 PSUs", 30)], []),
    ("QUANTITY", P, "Exports rose 5 percent to $3 billion in the 2010s.", [],
     ["5 percent", "$3 billion", "2010"]),
]

CASES: list[Case] = DATE_CASES + AGENCY_CASES + OFFICIAL_CASES + QUANTITY_CASES
