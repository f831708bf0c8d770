"""Features, analyses and central-bank statements: stories of our own wording in the genres
with much text around the figures (features opening with a scene or a quote and background
years, monetary-policy statements and reports with staff projections, IMF and World Bank
releases, ministers' answers in parliament), every field of every figure checked: metric,
role, direction, basis, period, reporter, partner, product, modality and source.

Classes fixed with them (each shown by several differently worded sentences below):
- a currency's or a share index's market move after a release's figures ("The shilling
  weakened 0.3 percent", "the Kospi rose 1.1 percent", "The Ibovespa stock index gained 0.7
  percent") is metric 'other' with no source, not the release's metric and agency
  (models/metrics.json 'other', models/relations.json 'background_cues');
- a projection with the verb "project" ("Staff now project GDP growth of 0.25 percent in
  the third quarter", "It projects India's economy to grow 6.4 percent", "The Monetary
  Policy Council now projects inflation of 3.5 percent") is a forecast, and its quarter or
  month is the next one, not the last (relations.json 'forecast', dates.json
  'future_markers');
- a primary (fiscal) balance is no trade balance ("Brazil's primary deficit would reach 0.25
  percent of GDP", "Mexico's primary balance showed a surplus of 0.3 percent of GDP");
- an intergovernmental body's release about one economy (an Article IV statement, a
  mission's press release) reports that economy when the story names no other
  (relate/one_economy.py), while a WEO round-up's "global growth" keeps no reporter.
Open cases are strict xfails with the reason: they flip when fixed."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec_with_source

FIELDS = ("direction", "basis", "period", "reporter", "partner", "product", "modality", "src")


def _spec(short: str) -> str:
    """"metric role direction basis period reporter partner product modality source"
    (positional, "-" for none, "?" for a field not checked, "_" for a space) -> the helpers'
    "key=value" spec."""
    metric, role, *rest = short.split()
    return " ".join([metric, role, *(f"{k}={v}" for k, v in zip(FIELDS, rest, strict=True)
                                     if v != "?")])


NBS = "National_Bureau_of_Statistics"

STORIES: list[tuple[str, str, dict[str, str]]] = [
    ("When the cranes at Apapa fell silent in February 2023, traders in Lagos feared the worst."
     " Two years on the mood is brighter. Nigeria's exports rose 24.1 percent to 5.8 trillion "
     "naira in the first quarter, the National Bureau of Statistics said on Tuesday. \"Crude is"
     " only half the story now,\" said Ayo Bamidele, an economist at a Lagos brokerage. The "
     "naira slid 1.2 percent against the dollar on the day.", "2025-06-10", {
         "24.1 percent": f"trade.exports change up - 2025-Q1 NG - - actual {NBS}",
         "5.8 trillion naira": f"trade.exports level - - 2025-Q1 NG - - actual {NBS}",
         "1.2 percent": "other change down - ? NG - - actual -",
     }),
    ("The Monetary Policy Committee voted 7-2 to hold Bank Rate at 4.25 percent. CPI inflation "
     "rose to 3.6 percent in June, and the Committee expects it to peak at 4.0 percent in "
     "September. Staff now project GDP growth of 0.25 percent in the third quarter.",
     "2025-08-07", {
         "4.25 percent": "other level - - ? ? - - actual ?",
         "3.6 percent": "prices.cpi level - - 2025-06 ? - - actual ?",
         "4.0 percent": "prices.cpi level - - 2025-09 ? - - forecast -",
         "0.25 percent": "economy.gdp change up - 2025-Q3 ? - - forecast -",
     }),
    ("WASHINGTON -- The International Monetary Fund on Tuesday raised its forecast for global "
     "growth this year to 3.0 percent from 2.8 percent. It projects India's economy to grow "
     "6.4 percent in 2025, while China is forecast to expand 4.8 percent. Growth in the euro "
     "area is projected at 1.0 percent.", "2025-07-29", {
         "3.0 percent": "economy.gdp change up - 2025 - - - forecast -",
         "2.8 percent": "economy.gdp change up - 2025 - - - previous ?",
         "6.4 percent": "economy.gdp change up - 2025 IN - - forecast -",
         "4.8 percent": "economy.gdp change up - 2025 CN - - forecast -",
         "1.0 percent": "economy.gdp change up - 2025 EA - - forecast -",
     }),
    ("Folha -- Back in 2021, Brazil's soybean exporters shipped 86 million tonnes abroad. This "
     "year they are on course to beat that. Soybean exports reached 14.7 million tonnes in "
     "April, up 9 percent from a year earlier, the Secretariat of Foreign Trade (Secex) said on"
     " Monday. The real firmed 0.8 percent.", "2025-05-06", {
         "86 million tonnes": "trade.exports level - - 2021 BR - soybean actual ?",
         "14.7 million tonnes":
             "trade.exports level - - 2025-04 BR - soybean actual Foreign_Trade_Secretariat",
         "9 percent":
             "trade.exports change up yoy 2025-04 BR - soybean actual Foreign_Trade_Secretariat",
         "0.8 percent": "other change up - ? BR - - actual -",
     }),
    ("Answering questions in parliament on Wednesday, Finance Minister Enoch Godongwana said "
     "South Africa's budget deficit would narrow to 4.8 percent of GDP in the 2025/26 fiscal "
     "year. Revenue collection rose 6.2 percent in the first four months of the fiscal year, "
     "he said.", "2025-09-04", {
         "4.8 percent": "other share - - 2025-04/2026-03 ZA - - forecast -",
         "6.2 percent": "other change up - 2025-04/2025-07 ZA - - actual Enoch_Godongwana",
     }),
    ("Japan's economy grew at an annualised 2.2 percent in the April-June quarter, Cabinet "
     "Office data showed on Friday, beating the median forecast of 0.4 percent in a Nikkei "
     "survey of economists. The Nikkei share average climbed 1.8 percent.", "2025-08-15", {
         "2.2 percent": "economy.gdp change up - 2025-Q2 JP - - actual Cabinet_Office",
         "0.4 percent": "economy.gdp change up - 2025-Q2 JP - - forecast -",
         "1.8 percent": "other change up - ? JP - - actual -",
     }),
    ("The Reserve Bank of India's Monetary Policy Committee kept the repo rate unchanged at "
     "5.50 percent. The MPC projected CPI inflation for 2025-26 at 3.1 percent and real GDP "
     "growth at 6.5 percent. Inflation eased to 2.1 percent in June, the lowest since January "
     "2019.", "2025-08-06", {
         "5.50 percent": "other level - - ? IN - - actual ?",
         "3.1 percent": "prices.cpi level - - 2025-04/2026-03 IN - - forecast -",
         "6.5 percent": "economy.gdp change up - 2025-04/2026-03 IN - - forecast -",
         "2.1 percent": "prices.cpi level - - 2025-06 IN - - actual ?",
     }),
    ("CAIXIN -- Li Wei still remembers the winter of 2019, when orders at his Dongguan toy "
     "factory halved. This spring they are falling again. China's exports to the United States"
     " dropped 21 percent in April from a year earlier, customs data showed, while overall "
     "exports rose 8.1 percent. \"Tariffs are biting,\" said Zhang Ming, an economist at a "
     "Beijing think tank.", "2025-05-12", {
         "21 percent": "trade.exports change down yoy 2025-04 CN US - actual -",
         "8.1 percent": "trade.exports change up yoy 2025-04 CN - - actual -",
     }),
    ("The World Bank on Tuesday cut its forecast for Kenya's growth this year to 4.5 percent, "
     "from 5.0 percent in October. Kenya's economy grew 4.7 percent in 2024, the bank said in "
     "its Kenya Economic Update.", "2025-06-03", {
         "4.5 percent": "economy.gdp change up - 2025 KE - - forecast -",
         "5.0 percent": "economy.gdp change up - 2025 KE - - previous ?",
         "4.7 percent": "economy.gdp change up - 2024 KE - - actual World_Bank",
     }),
    ("In a speech to exporters in Santiago on Thursday, Finance Minister Mario Marcel said "
     "Chile's copper exports had risen 12 percent in the first half to $26 billion. He expects "
     "the economy to grow 2.5 percent this year.", "2025-07-18", {
         "12 percent": "trade.exports change up - 2025-H1 CL - copper actual Mario_Marcel",
         "$26 billion": "trade.exports level - - 2025-H1 CL - copper actual Mario_Marcel",
         "2.5 percent": "economy.gdp change up - 2025 CL - - forecast -",
     }),
    ("The Board of Banco de Mexico decided to lower the target for the overnight interbank "
     "interest rate by 50 basis points to 8.0 percent. Headline inflation rose to 4.42 percent "
     "in April. The Board expects inflation to converge to the 3 percent target in the third "
     "quarter of 2026.", "2025-05-16", {
         "50 basis points": "other change down - ? MX - - actual Bank_of_Mexico",
         "8.0 percent": "other level - - ? MX - - actual Bank_of_Mexico",
         "4.42 percent": "prices.cpi level - - 2025-04 MX - - actual Bank_of_Mexico",
         "3 percent": "prices.cpi level - - 2026-Q3 MX - - target -",
     }),
    ("BUSINESS DAY -- In March 2020 the rand hit a record low. Five years later, the currency "
     "is steadier. South Africa's trade surplus widened to R21.7 billion in May from R14.1 "
     "billion in April, the South African Revenue Service said on Monday. Exports climbed 5.3 "
     "percent month on month.", "2025-06-30", {
         "R21.7 billion": "trade.surplus level - - 2025-05 ZA - - actual South_African_Revenue",
         "R14.1 billion": "trade.surplus level - - 2025-04 ZA - - actual South_African_Revenue",
         "5.3 percent": "trade.exports change up mom 2025-05 ZA - - actual South_African_Revenue",
     }),
    ("NAIROBI -- Kenya's inflation rose to 3.8 percent in May, the Kenya National Bureau of "
     "Statistics said on Friday. The shilling weakened 0.3 percent against the greenback over "
     "the week.", "2025-06-01", {
         "3.8 percent": "prices.cpi level - - 2025-05 KE - - actual Kenya_National_Bureau",
         "0.3 percent": "other change down - ? KE - - actual -",
     }),
    ("SEOUL -- On a grey morning in Busan, forklifts were idle. South Korea's exports jumped 7.4"
     " percent in May from a year earlier, the trade ministry said on Sunday. On Monday the "
     "Kospi rose 1.1 percent, led by chipmakers.", "2025-06-02", {
         "7.4 percent": "trade.exports change up yoy 2025-05 KR - - actual Ministry_of_Trade",
         "1.1 percent": "other change up - ? KR - - actual -",
     }),
    ("MUMBAI -- India's industrial output grew 2.7 percent in April, the statistics ministry "
     "said. The benchmark Sensex closed 0.6 percent lower, while the rupee slipped 0.2 "
     "percent.", "2025-05-29", {
         "2.7 percent": "output.industrial change up - 2025-04 IN - - actual Ministry_of_Stat",
         "0.6 percent": "other change down - ? IN - - actual -",
         "0.2 percent": "other change down - ? IN - - actual -",
     }),
    ("ANKARA -- Turkey's annual inflation slowed to 35.4 percent in May, the Turkish "
     "Statistical Institute said on Tuesday. The lira lost 0.4 percent on the day.",
     "2025-06-03", {
         "35.4 percent": "prices.cpi level - - 2025-05 TR - - actual Turkish_Statistical",
         "0.4 percent": "other change down - ? TR - - actual -",
     }),
    ("WARSAW -- Poland's central bank cut its reference rate by 25 basis points to 5.0 percent."
     " The Monetary Policy Council now projects inflation of 3.5 percent in 2026. The zloty "
     "gained 0.5 percent after the decision.", "2025-09-04", {
         "25 basis points": "other change down - 2025-09-04 PL - - actual National_Bank_of_Poland",
         "3.5 percent": "prices.cpi level - - 2026 PL - - forecast -",
         "0.5 percent": "other change up - ? PL - - actual -",
     }),
    ("The Reserve Bank of Australia left the cash rate at 3.60 percent on Tuesday. In its "
     "Statement on Monetary Policy, staff project trimmed mean inflation of 2.6 percent by "
     "December, and GDP growth of 1.7 percent over 2025.", "2025-08-12", {
         "3.60 percent": "other level - - 2025-08-12 AU - - actual Reserve_Bank_of_Australia",
         "2.6 percent": "prices.cpi level - - 2025-12 AU - ? forecast -",
         "1.7 percent": "economy.gdp change up - 2025 AU - - forecast -",
     }),
    ("Speaking at the Nikkei forum, Bank of Japan Governor Kazuo Ueda said consumer prices "
     "excluding fresh food rose 3.3 percent in June. The board expects core inflation to slow "
     "to 2.7 percent in fiscal 2025. The Topix index fell 0.9 percent after his remarks.",
     "2025-07-22", {
         "3.3 percent": "prices.cpi change up - 2025-06 JP - ? actual Kazuo_Ueda",
         "2.7 percent": "prices.cpi level - - 2025-04/2026-03 JP - ? forecast -",
         "0.9 percent": "other change down - ? JP - - actual -",
     }),
    ("ABUJA -- In 2016 Nigeria slid into its first recession in a generation. Nine years on, "
     "the economy grew 3.13 percent in the first quarter, the National Bureau of Statistics "
     "said. Inflation eased to 22.97 percent in May. \"The numbers flatter the recovery,\" said"
     " Tunde Adeyemi, chief economist at a Lagos bank.", "2025-06-20", {
         "3.13 percent": f"economy.gdp change up - 2025-Q1 NG - - actual {NBS}",
         "22.97 percent": f"prices.cpi level - - 2025-05 NG - - actual {NBS}",
     }),
    ("The IMF staff concluded its Article IV visit to Romania. Growth slowed to 0.8 percent in "
     "2024, and staff project it at 1.0 percent in 2025. Romania's fiscal deficit reached 9.3 "
     "percent of GDP last year, the highest in the EU.", "2025-05-27", {
         "0.8 percent": "economy.gdp change up - 2024 RO - - actual International_Monetary",
         "1.0 percent": "economy.gdp change up - 2025 RO - - forecast -",
         "9.3 percent": "other share - - 2024 RO - - actual International_Monetary",
     }),
    ("MEXICO CITY -- When the peso hit 21 to the dollar in April, importers panicked. Mexico's "
     "exports rose 5.8 percent in May from a year earlier to $55.3 billion, INEGI said on "
     "Thursday. Shipments of vehicles to the United States fell 3.2 percent.", "2025-06-26", {
         "5.8 percent": "trade.exports change up yoy 2025-05 MX - - actual National_Institute",
         "$55.3 billion": "trade.exports level - - 2025-05 MX - - actual National_Institute",
         "3.2 percent": "trade.exports change down - 2025-05 MX US vehicles actual National_Inst",
     }),
    ("Minister of Finance Fernando Haddad told the Senate on Tuesday that Brazil's primary "
     "deficit would reach 0.25 percent of GDP this year. The Ibovespa stock index gained 0.7 "
     "percent.", "2025-06-10", {
         "0.25 percent": "other share - - 2025 BR - - forecast -",
         "0.7 percent": "other change up - ? BR - - actual -",
     }),
    ("HONG KONG -- Hong Kong's exports rose 11.5 percent in June from a year earlier, the "
     "Census and Statistics Department said. The Hang Seng index dropped 1.4 percent on "
     "Monday.", "2025-07-28", {
         "11.5 percent": "trade.exports change up yoy 2025-06 HK - - actual Census_and_Stat",
         "1.4 percent": "other change down - ? HK - - actual -",
     }),
    ("Paraguay's central bank kept its policy rate at 6.0 percent on Tuesday. The bank's staff"
     " now project growth of 4.0 percent this year, up from 3.8 percent in the March report, "
     "after the economy expanded 5.9 percent in the first quarter.", "2025-06-24", {
         "6.0 percent": "other level - - 2025-06-24 PY - - actual Central_Bank_of_Paraguay",
         "4.0 percent": "economy.gdp change up - 2025 PY - - forecast -",
         "3.8 percent": "economy.gdp change up - 2025 PY - - previous ?",
         "5.9 percent": "economy.gdp change up - 2025-Q1 PY - - actual ?",
     }),
    ("THE ECONOMIST -- Twenty years ago Ireland's exports were mostly computers. Today they are"
     " drugs. Irish goods exports jumped 46 percent in the first half of 2025 to 152 billion "
     "euros, the Central Statistics Office said, as pharmaceutical firms rushed shipments to "
     "America ahead of tariffs. Exports to the United States more than doubled, rising 127 "
     "percent.", "2025-08-20", {
         "46 percent": "trade.exports change up - 2025-H1 IE - - actual Central_Statistics",
         "152 billion euros": "trade.exports level - - 2025-H1 IE - - actual Central_Statistics",
         "127 percent": "trade.exports change up - 2025-H1 IE US - actual Central_Statistics",
     }),
    ("KUALA LUMPUR -- Asked in the Dewan Rakyat on Monday, Investment, Trade and Industry "
     "Minister Tengku Zafrul Aziz said Malaysia's exports to the United States rose 8.3 percent"
     " to 117 billion ringgit in the first half. He said the ringgit had firmed 4.5 percent "
     "this year.", "2025-07-29", {
         "8.3 percent": "trade.exports change up - 2025-H1 MY US - actual Zafrul_Aziz",
         "117 billion ringgit": "trade.exports level - - 2025-H1 MY US - actual Zafrul_Aziz",
         "4.5 percent": "other change up - 2025 MY - - actual ?",
     }),
    ("Central Bank of Nigeria Governor Olayemi Cardoso told the Senate that foreign reserves had"
     " risen to $40.1 billion by the end of July from $33.2 billion in January. Headline "
     "inflation eased to 21.88 percent in July, the statistics bureau said earlier.",
     "2025-08-20", {
         "$40.1 billion": "reserves.fx level - - 2025-07 NG - - actual Olayemi_Cardoso",
         "$33.2 billion": "reserves.fx level - - 2025-01 NG - - actual Olayemi_Cardoso",
         "21.88 percent": f"prices.cpi level - - 2025-07 NG - - actual {NBS}",
     }),
    ("In its quarterly inflation report, the National Bank of Romania raised its year-end "
     "inflation forecast to 8.7 percent from 4.6 percent. Annual inflation stood at 7.84 "
     "percent in July, the National Institute of Statistics said.", "2025-08-14", {
         "8.7 percent": "prices.cpi level - - ? RO - - forecast -",
         "4.6 percent": "prices.cpi level - - ? RO - - previous ?",
         "7.84 percent": "prices.cpi level - - 2025-07 RO - - actual National_Institute_of_Stat",
     }),
    ("BEIJING -- At a briefing on Friday, PBOC deputy governor Zou Lan said China's M2 money "
     "supply grew 8.3 percent in June from a year earlier. Economists at a Shanghai brokerage "
     "expect GDP growth of 5.2 percent in the second quarter.", "2025-07-12", {
         "8.3 percent": "other change up yoy 2025-06 CN - - actual Zou_Lan",
         "5.2 percent": "economy.gdp change up - 2025-Q2 CN - - forecast -",
     }),
]

XFAIL = {
    ("Folha -- Back in 2021", "86 million tonnes"):
        "'soybean exporters shipped 86 million tonnes': the product named by the exporters' "
        "noun before a shipping verb is not carried to the amount",
    ("WARSAW -- Poland's central bank", "25 basis points"):
        "a later sentence's projection year ('inflation of 3.5 percent in 2026') dates the "
        "rate decision before it",
    ("The Reserve Bank of Australia left", "1.7 percent"):
        "'by December' of the conjunct before dates 'GDP growth of 1.7 percent over 2025'",
    ("Paraguay's central bank kept", "3.8 percent"):
        "'up from 3.8 percent in the March report': the report's month is taken as the "
        "period of the earlier projection for the year",
    ("Paraguay's central bank kept", "5.9 percent"):
        "'after the economy expanded 5.9 percent in the first quarter': a past fact in a "
        "sentence of projections takes their modality",
}


def _params() -> list[object]:
    out = []
    for n, (text, published, expected) in enumerate(STORIES):
        for figure, short in expected.items():
            reason = next((r for (start, fig), r in XFAIL.items()
                           if fig == figure and text.startswith(start)), None)
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            out.append(pytest.param(text, published, figure, _spec(short), marks=marks,
                                    id=f"{n}-{figure}"))
    return out


@pytest.mark.parametrize(("text", "published", "figure", "spec"), _params())
def test_feature_story(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec_with_source(text, published, figure, spec)


def _fact(text: str, published: str, figure: str) -> tuple[object, object]:
    import tradeie

    res = tradeie.extract(text, published=published)
    got = [f for f in res.facts if res.entity(f.figure).text == figure]
    assert got, f"no fact for {figure!r}"
    return res, got[0]


MARKET_MOVES = [
    # (text, published, figure): a currency's or an index's move after a release's figures
    ("Poland's inflation eased to 4.1 percent in June, the statistics office said. The zloty "
     "gained 0.5 percent.", "2025-07-15", "0.5 percent"),
    ("China's exports rose 8 percent in April, customs said. The yuan eased 0.2 percent "
     "against the dollar.", "2025-05-09", "0.2 percent"),
    ("Ghana's inflation fell to 18.4 percent in May, the Ghana Statistical Service said. The "
     "cedi firmed 1.5 percent this week.", "2025-06-04", "1.5 percent"),
    ("Japan's exports fell 1.7 percent in May, the Finance Ministry said. The benchmark Nikkei"
     " 225 index rose 0.8 percent in Tokyo.", "2025-06-19", "0.8 percent"),
    ("India's trade deficit narrowed to $21.9 billion in May, the commerce ministry said. The "
     "Nifty 50 slipped 0.3 percent.", "2025-06-16", "0.3 percent"),
    ("Brazil's retail sales rose 1.2 percent in April, IBGE said. The Brazilian real firmed 0.6"
     " percent against the dollar.", "2025-06-12", "0.6 percent"),
]


@pytest.mark.parametrize(("text", "published", "figure"), MARKET_MOVES)
def test_market_move_is_other_without_source(text: str, published: str, figure: str) -> None:
    _, fact = _fact(text, published, figure)
    assert (fact.metric, fact.source) == ("other", None)


REAL_NOT_CURRENCY = [
    # "the real" before a noun of an economy's measure is no currency
    ("Brazil's real GDP grew 1.4 percent in the first quarter, IBGE said.", "2025-06-03",
     "1.4 percent", "economy.gdp"),
    ("The real economy expanded 2.1 percent in 2024, Brazil's IBGE said.", "2025-03-07",
     "2.1 percent", "economy.gdp"),
]


@pytest.mark.parametrize(("text", "published", "figure", "metric"), REAL_NOT_CURRENCY)
def test_real_before_a_measure(text: str, published: str, figure: str, metric: str) -> None:
    _, fact = _fact(text, published, figure)
    assert fact.metric == metric and fact.source is not None


PROJECTIONS = [
    # (text, published, figure, period): "project" makes a forecast of the next such period
    ("The Bank of England projects GDP growth of 0.3 percent in the third quarter.",
     "2025-08-07", "0.3 percent", "2025-Q3"),
    ("Riksbank staff project inflation of 2.9 percent in December.", "2025-06-18",
     "2.9 percent", "2025-12"),
    ("Norges Bank staff project annual growth of 1.2 percent next year.", "2025-09-18",
     "1.2 percent", "2026"),
    ("The IMF now projects Brazil's economy to grow 2.4 percent this year.", "2025-10-14",
     "2.4 percent", "2025"),
    ("In the new Monetary Policy Report we project headline inflation of 2.2 percent in the "
     "fourth quarter, the Bank of Canada said.", "2025-07-30", "2.2 percent", "2025-Q4"),
]


@pytest.mark.parametrize(("text", "published", "figure", "period"), PROJECTIONS)
def test_project_is_forecast(text: str, published: str, figure: str, period: str) -> None:
    _, fact = _fact(text, published, figure)
    assert (fact.modality, fact.period, fact.source) == ("forecast", period, None)


def test_projects_noun_is_no_forecast() -> None:
    _, fact = _fact("Infrastructure projects worth 5 billion rand were approved in September, "
                    "South Africa's Treasury said, and exports rose 3 percent.", "2025-10-20",
                    "3 percent")
    assert fact.modality == "actual"


FISCAL_BALANCES = [
    ("Colombia's primary deficit widened to 2.4 percent of GDP in 2024, the finance ministry "
     "said.", "2025-03-31", "2.4 percent"),
    ("Egypt posted a primary surplus of 3.6 percent of GDP in the first ten months of the "
     "fiscal year, the finance ministry said.", "2025-06-02", "3.6 percent"),
    ("Mexico's primary balance showed a surplus of 0.3 percent of GDP in the first half, the "
     "finance ministry said.", "2025-07-30", "0.3 percent"),
    ("Brazil's primary balance swung to a deficit of 12.4 billion reais in June, the Treasury "
     "said.", "2025-07-30", "12.4 billion reais"),
    ("Brazil's primary deficit reached 43 billion reais in June, the Treasury said. That "
     "compares with a deficit of 38.8 billion reais a year earlier.", "2025-07-30",
     "38.8 billion reais"),
]


@pytest.mark.parametrize(("text", "published", "figure"), FISCAL_BALANCES)
def test_primary_balance_is_no_trade_balance(text: str, published: str, figure: str) -> None:
    _, fact = _fact(text, published, figure)
    assert fact.metric == "other"


ONE_ECONOMY = [
    # (text, published, figure, reporter): an IMF or World Bank release about one economy
    ("The IMF staff concluded its Article IV visit to Romania. Growth slowed to 0.8 percent in"
     " 2024.", "2025-05-27", "0.8 percent", "RO"),
    ("BUCHAREST -- The IMF staff concluded its visit. Growth slowed to 0.8 percent in 2024.",
     "2025-05-27", "0.8 percent", "RO"),
    ("An IMF mission to Ghana ended on Friday. Growth reached 5.7 percent in 2024, the mission "
     "said.", "2025-05-27", "5.7 percent", "GH"),
    ("A World Bank team wrapped up its visit to Paraguay on Thursday. The economy expanded 4.2 "
     "percent last year, the team said.", "2025-04-11", "4.2 percent", "PY"),
    # a round-up naming several economies, or the world's growth: no default reporter
    ("The IMF raised its global growth forecast to 3.0 percent. Growth in India is seen at 6.4"
     " percent.", "2025-07-29", "3.0 percent", None),
    ("WASHINGTON -- The IMF kept its forecast for world growth at 3.0 percent. It sees "
     "Brazil's economy growing 2.3 percent.", "2025-04-22", "3.0 percent", None),
]


@pytest.mark.parametrize(("text", "published", "figure", "reporter"), ONE_ECONOMY)
def test_intergovernmental_release_of_one_economy(text: str, published: str, figure: str,
                                                   reporter: str | None) -> None:
    _, fact = _fact(text, published, figure)
    assert fact.reporter == reporter
