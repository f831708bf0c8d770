"""Source, product and modality of facts on short passages written for these tests, in the
styles of trade and economic news from many economies (issue 15).

Each case: a passage, its publication date, and for some of its figures the expected
``source`` (the text of the AGENCY / OFFICIAL mention the fact points to, or None),
``product`` and ``modality``. Cases the code still fails are xfail(strict=True) with the
reason.
"""

from __future__ import annotations

import pytest

import tradeie

# (id, text, published, {figure text: {field: expected}}, xfail reason or None)
CASES: list[tuple[str, str, str, dict[str, dict[str, object]], str | None]] = [
    # -- source ------------------------------------------------------------------------------
    ("according_to_nbs",
     "China's retail sales rose 3.7 percent year on year in November, according to the "
     "National Bureau of Statistics.",
     "2024-12-16", {"3.7 percent": {"source": "National Bureau of Statistics"}}, None),
    ("customs_data_showed",
     "LAGOS - Nigeria's crude oil exports fell 12 percent in the second quarter, data from "
     "the Nigeria Customs Service showed on Tuesday.",
     "2024-08-20", {"12 percent": {"source": "Nigeria Customs Service",
                                   "product": "crude oil"}}, None),
    ("ministry_statement",
     "Vietnam's exports of electronics climbed 21.3 percent to $8.2 billion in May, the "
     "Ministry of Industry and Trade said in a statement.",
     "2024-06-05", {"21.3 percent": {"source": "Ministry of Industry and Trade",
                                     "product": "electronics"},
                    "$8.2 billion": {"source": "Ministry of Industry and Trade",
                                     "product": "electronics"}}, None),
    ("governor_told_reporters",
     "Inflation eased to 4.1 percent in March, Bank of Thailand Governor Sethaput "
     "Suthiwartnarueput told reporters.",
     "2024-04-03", {"4.1 percent": {"source": "Sethaput Suthiwartnarueput"}}, None),
    ("lead_agency_later_paragraph",
     "Statistics South Africa said on Wednesday that consumer inflation slowed to 5.2% in "
     "June.\n\nFood prices rose 4.3%, while transport costs climbed 6.1%.\n\nThe rand "
     "firmed after the release.",
     "2024-07-17", {"5.2%": {"source": "Statistics South Africa"},
                    "4.3%": {"source": "Statistics South Africa", "product": "food"},
                    "6.1%": {"source": "Statistics South Africa", "product": "transport"}},
     None),
    ("quote_speaker_named_before",
     "India's exports hit a record, the Ministry of Commerce said on Monday. Commerce "
     "Minister Piyush Goyal welcomed the data.\n\nHe said, “Merchandise exports grew 12 "
     "percent in the year. Services exports rose to $341 billion.”",
     "2024-04-15", {"12 percent": {"source": "Piyush Goyal"},
                    "$341 billion": {"source": "Piyush Goyal", "product": "Services"}}, None),
    ("quote_multi_sentence_straight_quotes",
     "Statistics South Africa released the data on Wednesday. Reserve Bank Governor Lesetja "
     "Kganyago said: \"Inflation is contained. Core inflation eased to 4.4 percent in "
     "June.\"",
     "2024-07-17", {"4.4 percent": {"source": "Lesetja Kganyago"}}, None),
    ("central_bank_data_release",
     "SANTIAGO - Chile posted a trade surplus in May, the central bank's data showed on "
     "Monday, as the Ministry of Finance weighed new mining royalties.\n\nExports rose 12% to $9.1 "
     "billion in the month.",
     "2024-06-10", {"12%": {"source": "central bank"},
                    "$9.1 billion": {"source": "central bank"}}, None),
    ("release_agency_indicated",
     "NEW DELHI - The National Statistical Office indicated that food inflation eased in "
     "September. The Reserve Bank of India has kept its policy rate unchanged since "
     "February, PTI reported.\n\nRetail inflation declined to 4.35 percent in September.",
     "2024-10-14", {"4.35 percent": {"source": "National Statistical Office"}}, None),
    ("two_agencies_one_story",
     "Exports rose 8.5% to $21.4 billion in July, the General Statistics Office said. "
     "Separately, the State Bank of Vietnam said credit growth reached 6.1% by the end of "
     "July.",
     "2024-08-06", {"$21.4 billion": {"source": "General Statistics Office"},
                    "6.1%": {"source": "State Bank of Vietnam"}}, None),
    ("analysts_poll_null",
     "Economists polled by Reuters expect Japan's exports to rise 5.2 percent in October "
     "from a year earlier.",
     "2024-11-15", {"5.2 percent": {"source": None, "modality": "forecast"}}, None),
    ("acronym_release_later_figures",
     "The Kenya National Bureau of Statistics (KNBS) said horticulture exports grew 14 "
     "percent in 2023. Tea exports fell 3 percent over the same period, KNBS said.",
     "2024-05-07", {"14 percent": {"source": "Kenya National Bureau of Statistics",
                                   "product": "horticulture"},
                    "3 percent": {"source": "KNBS", "product": "Tea"}}, None),
    # -- product -----------------------------------------------------------------------------
    ("product_private_firms",
     "Foreign trade of private firms rose 8.8 percent to 11.2 trillion yuan in the first "
     "half, customs data showed.",
     "2024-07-12", {"8.8 percent": {"product": "private firms"}}, None),
    ("product_processing_trade",
     "Processing trade imports dropped 4.6 percent in the period.",
     "2024-07-12", {"4.6 percent": {"product": "Processing trade"}}, None),
    ("product_non_oil",
     "RIYADH - Saudi Arabia's non-oil exports rose 7.4 percent in the second quarter, the "
     "General Authority for Statistics said.",
     "2024-08-25", {"7.4 percent": {"product": "non-oil",
                                    "source": "General Authority for Statistics"}}, None),
    ("product_services",
     "UK exports of services increased by 2.1% in the three months to May.",
     "2024-07-11", {"2.1%": {"product": "services"}}, None),
    ("product_rare_earths",
     "China's exports of rare earths fell 9.7 percent in August from a year earlier.",
     "2024-09-07", {"9.7 percent": {"product": "rare earths"}}, None),
    ("product_agricultural",
     "Brazil's agricultural exports reached $15.3 billion in April.",
     "2024-05-08", {"$15.3 billion": {"product": "agricultural"}}, None),
    ("product_goods_scope_null",
     "Germany's goods exports fell 1.2% in September while merchandise imports rose 0.4%.",
     "2024-11-07", {"1.2%": {"product": None}, "0.4%": {"product": None}}, None),
    ("product_cpi_basket_food",
     "Food prices rose 5% in Kenya in January, while housing costs increased 2.6%.",
     "2024-02-01", {"5%": {"product": "Food"}},
     "'Food prices' without a CPI wording in the story is metric 'other' (no product)"),
    ("product_as_written_singular",
     "Taiwan's semiconductor exports jumped 23.1 percent in March.",
     "2024-04-09", {"23.1 percent": {"product": "semiconductor"}}, None),
    ("product_as_written_plural",
     "Malaysia's exports of semiconductors climbed 11 percent in February.",
     "2024-03-20", {"11 percent": {"product": "semiconductors"}}, None),
    ("product_list_after_lead",
     "Shipments of chips rose 18% to $11.9 billion in June; those of phones slipped 4%.",
     "2024-07-01", {"18%": {"product": "chips"}, "4%": {"product": "phones"}}, None),
    ("product_led_the_rise",
     "Exports rose 6 percent in June. Coffee, tea and spices led the rise, up 14 percent to "
     "$410 million.",
     "2024-07-15", {"14 percent": {"product": "Coffee, tea and spices"},
                    "$410 million": {"product": "Coffee, tea and spices"}}, None),
    ("product_subject_is_estimated",
     "The economy expanded 3.1 percent in the quarter. Manufacturing is estimated to have "
     "grown 2.4 percent.",
     "2024-08-15", {"2.4 percent": {"product": "Manufacturing"}}, None),
    ("product_cocoa_exports",
     "ABIDJAN - Ivory Coast's cocoa exports rose 9 percent to 1.2 trillion CFA francs in "
     "the first half.",
     "2024-08-02", {"9 percent": {"product": "cocoa"}}, None),
    ("product_coordinated_modifiers_after_adjective",
     "Annual bread and cereals inflation was 4.1% in March, Statistics South Africa said.",
     "2024-04-17", {"4.1%": {"product": "bread and cereals"}}, None),
    ("product_modifier_inside_wording",
     "Consumer prices rose 3.1% in May. Vehicle fuel prices fell 2.2%.",
     "2024-06-12", {"2.2%": {"product": "Vehicle fuel"}}, None),
    ("product_elided_that_of",
     "Inflation of the food group eased to 2.3 percent in September and that of the "
     "non-food group rose to 5.3 percent.",
     "2024-10-01", {"2.3 percent": {"product": "food group"},
                    "5.3 percent": {"product": "non-food group"}},
     "an elided 'that of X' with its own verb before the figure is not read: the figure "
     "takes the product of the clause before"),
    ("product_sector_of_balance",
     "LONDON - The UK's trade deficit in fuels widened to £5.4bn in the three months to "
     "January.",
     "2024-03-13", {"£5.4bn": {"product": "fuels"}}, None),
    ("product_basket_of_inflation",
     "Inflation in the food basket dipped to 0.7 percent in September, the National "
     "Statistical Office said, while inflation in India eased to 4.4 percent.",
     "2024-10-14", {"0.7 percent": {"product": "food basket"},
                    "4.4 percent": {"product": None}}, None),
    ("product_balance_in_period_is_none",
     "The surplus in the January-to-July period came to $29.2 billion.",
     "2024-08-15", {"$29.2 billion": {"product": None}}, None),
    ("product_count_word_is_no_product",
     "The top five exports made up 82 percent of all exports in the quarter.",
     "2024-05-02", {"82 percent": {"product": None}}, None),
    ("product_bracketed_series_items",
     "BUENOS AIRES - Consumer prices rose 6.3% in October, INDEC said. Among the largest "
     "monthly increases were those of clothing and footwear (8.2%), alcoholic beverages and "
     "tobacco (7.1%) and health (5.0%).",
     "2024-11-14", {"8.2%": {"product": "clothing and footwear"},
                    "7.1%": {"product": "alcoholic beverages and tobacco"},
                    "5.0%": {"product": "health"}}, None),
    ("product_bracketed_series_with_commas",
     "MADRID - By sector, the surpluses in food, beverages and tobacco (1.1 billion euros) "
     "and the automobile sector (0.6 billion euros) stood out.",
     "2024-09-20", {"1.1 billion euros": {"product": "food, beverages and tobacco"},
                    "0.6 billion euros": {"product": "automobile sector"}}, None),
    ("product_price_index_subject",
     "OTTAWA - Consumer prices rose 1.9 per cent in March from a year earlier. The shelter "
     "index was up 5.8 per cent, while the clothing index fell 0.4 per cent.",
     "2024-04-16", {"5.8 per cent": {"product": "shelter"},
                    "0.4 per cent": {"product": "clothing"}}, None),
    ("product_prices_for_item",
     "Consumer prices in Chile rose 4.2% in June. Prices for food rose 3.1% from a year "
     "earlier.",
     "2024-07-08", {"3.1%": {"product": "food"}}, None),
    ("product_share_subject_opening_sentence",
     "Electrical and electronic products made up 38.5 percent of Malaysia's total exports in "
     "May.",
     "2024-06-20", {"38.5 percent": {"product": "Electrical and electronic products"}}, None),
    ("product_general_trade_system_is_none",
     "U.S. general imports from Mexico rose 2.1 percent to $475.6 billion in 2023.",
     "2024-02-07", {"2.1 percent": {"product": None}}, None),
    ("product_region_and_scope_adjectives_are_none",
     "European imports fell 2% in May, while seasonal exports rose 4% and outward shipments "
     "of value-added goods gained 1.5%. Underlying inflation rose to 3.1%.",
     "2024-06-10", {"2%": {"product": None}, "4%": {"product": None},
                    "3.1%": {"product": None}}, None),
    ("product_noun_modifier_farm",
     "CANBERRA - Farm exports rose 4% to A$6.2 billion in May.",
     "2024-06-10", {"4%": {"product": "Farm"}}, None),
    ("product_generic_tail_after_wording",
     "ACCRA - The export value of cocoa products fell to $592.2 million in the first "
     "quarter, the Ghana Statistical Service said.",
     "2024-05-31", {"$592.2 million": {"product": "cocoa products"}}, None),
    ("product_excluding_at_opening",
     "ROME - Excluding energy products, the trade surplus with non-EU countries was 7.5 "
     "billion euros in July, Istat said.",
     "2024-08-23", {"7.5 billion euros": {"product": "excluding energy products"}}, None),
    ("product_excluding_list",
     "JERUSALEM - Excluding diamonds, fuel and aircraft, the trade deficit narrowed to $1.2 "
     "billion in 2023.",
     "2024-01-15", {"$1.2 billion": {"product": "excluding diamonds, fuel and aircraft"}},
     None),
    ("product_excluding_economy_is_no_product",
     "Exports to Asian countries excluding China rose 4% in May.",
     "2024-06-10", {"4%": {"product": None}}, None),
    ("product_pronoun_subject_is_none",
     "MADRID - Spanish exports rose 5.1% in July. In adjusted terms, they grew 2.9% "
     "year-on-year.",
     "2024-09-18", {"2.9%": {"product": None}}, None),
    ("product_pronoun_verb_is_none",
     "Exports fell 4% in the quarter. Then suddenly, we see a sharp decline to about $585 "
     "million in March.",
     "2024-05-31", {"about $585 million": {"product": None}}, None),
    ("product_respectively_after_but",
     "BRASILIA - GDP grew 3.3% in the first nine months, with farming shrinking 3.5% but "
     "industry and services expanding by 3.4% and 3.8% respectively.",
     "2024-12-03", {"3.4%": {"product": "industry"}, "3.8%": {"product": "services"}}, None),
    ("product_of_compared_share",
     "Fuel and energy products made up 61.2% of Kazakhstan's exports in the first half, "
     "down from 66.8% a year earlier.",
     "2024-08-15", {"61.2%": {"product": "Fuel and energy products"},
                    "66.8%": {"product": "Fuel and energy products"}}, None),
    ("product_of_compared_balance",
     "The surplus in chemicals rose to 41.3 billion euros, compared with 38.0 billion euros "
     "a year earlier.",
     "2024-02-15", {"41.3 billion euros": {"product": "chemicals"},
                    "38.0 billion euros": {"product": "chemicals"}}, None),
    # -- modality ----------------------------------------------------------------------------
    ("forecast_expected",
     "The central bank expects inflation to average 4.5 percent next year.",
     "2024-12-10", {"4.5 percent": {"modality": "forecast", "source": None}}, None),
    ("forecast_projected",
     "GDP growth is projected at 2.8 percent in 2025 by the finance ministry.",
     "2024-12-10", {"2.8 percent": {"modality": "forecast", "source": None}}, None),
    ("forecast_seen_at",
     "Growth is seen at 6.5 percent this fiscal year, according to a Reuters poll.",
     "2024-07-10", {"6.5 percent": {"modality": "forecast", "source": None}}, None),
    ("forecast_set_to",
     "NAIROBI - Kenya's economy is set to grow 5.3% in 2025, the Central Bank of Kenya said "
     "on Thursday.",
     "2024-12-05", {"5.3%": {"modality": "forecast", "source": None}}, None),
    ("target_aimed",
     "Finance Minister Enoch Godongwana said the government aimed to narrow the budget "
     "deficit to 4.5% of GDP this fiscal year.",
     "2024-10-30", {"4.5%": {"modality": "target"}}, None),
    ("target_aims",
     "Indonesia aims to raise exports to $300 billion by 2029.",
     "2024-10-21", {"$300 billion": {"modality": "target"}}, None),
    ("target_of",
     "The government kept its inflation target of 3 percent for 2025.",
     "2024-12-10", {"3 percent": {"modality": "target"}}, None),
    ("target_of_government_no_release_source",
     "Consumer prices rose 2.9 percent in May, Statistics Indonesia said. The government's "
     "inflation target for the year is 2.5 percent.",
     "2024-06-03", {"2.9 percent": {"source": "Statistics Indonesia"},
                    "2.5 percent": {"modality": "target", "source": None}}, None),
    ("target_of_named_bank",
     "Inflation rose to 3.8% in July, the statistics office said, above the National Bank "
     "of Hungary's 3% target.",
     "2024-08-12", {"3%": {"modality": "target", "source": "National Bank of Hungary"}}, None),
    ("possessive_target_owner_is_no_speaker",
     "Ghana's inflation eased to 23.2 percent in April, the Ghana Statistical Service said. "
     "Inflation, well above the Bank of Ghana's 8 percent target, was driven by a 28 percent "
     "rise in food prices.",
     "2024-05-08", {"8 percent": {"modality": "target", "source": "Bank of Ghana"},
                    "28 percent": {"source": "Ghana Statistical Service"}}, None),
    ("previous_revised_from",
     "The trade surplus for May was revised to $8.1 billion from $7.6 billion.",
     "2024-07-10", {"$8.1 billion": {"modality": "actual"},
                    "$7.6 billion": {"modality": "previous"}}, None),
    ("previous_originally_reported",
     "Canada's trade deficit narrowed to C$0.6 billion in August from a revised C$0.7 "
     "billion in July, originally reported as C$1.1 billion.",
     "2024-10-08", {"C$0.6 billion": {"modality": "actual"},
                    "C$1.1 billion": {"modality": "previous"}}, None),
    ("forecast_likely_to",
     "HANOI - Vietnam's exports are likely to exceed $400 billion this year, the Ministry of "
     "Industry and Trade said.",
     "2024-11-20", {"$400 billion": {"modality": "forecast", "source": None}}, None),
    ("forecast_sees",
     "The International Monetary Fund sees Kenya's economy growing 5.0% in 2025.",
     "2024-10-22", {"5.0%": {"modality": "forecast", "source": None}}, None),
    ("previous_initially_estimated",
     "Statistics Canada had initially estimated growth in the second quarter at 0.5% and "
     "the annualized pace at 2.1%. It now puts growth at 0.6%.",
     "2024-11-29", {"0.5%": {"modality": "previous"}, "2.1%": {"modality": "previous"},
                    "0.6%": {"modality": "actual"}}, None),
    ("previous_preliminary_revised",
     "PRETORIA - The March trade surplus was revised upwards from a preliminary surplus of "
     "R4.9 billion to a revised R5.2 billion, the revenue service said.",
     "2024-05-31", {"R4.9 billion": {"modality": "previous"},
                    "R5.2 billion": {"modality": "actual"}}, None),
    ("target_word_closing_np",
     "Inflation stayed above the Reserve Bank of New Zealand's 2% medium-term target in the "
     "quarter.",
     "2024-07-31", {"2%": {"modality": "target",
                           "source": "Reserve Bank of New Zealand"}}, None),
    ("forecast_sentence_past_compared_value",
     "The trade ministry forecast that exports will reach $350 billion this year, up from "
     "$320 billion in 2023.",
     "2024-03-04", {"$350 billion": {"modality": "forecast"},
                    "$320 billion": {"modality": "actual"}}, None),
    ("actual_compared_value",
     "Exports rose to $52.6 billion in March from $48.1 billion a year earlier.",
     "2024-04-15", {"$48.1 billion": {"modality": "actual"}}, None),
]


def _observed(text: str, published: str) -> dict[str, dict[str, object]]:
    res = tradeie.extract(text, published=published)
    ents = {e.id: e for e in res.entities}
    out: dict[str, dict[str, object]] = {}
    for fact in res.facts:
        src = ents.get(fact.source) if fact.source else None
        out[ents[fact.figure].text] = {"source": src.text if src else None,
                                       "product": fact.product, "modality": fact.modality}
    return out


def _params():
    for cid, text, pub, expected, reason in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(text, pub, expected, id=cid, marks=marks)


@pytest.mark.parametrize(("text", "published", "expected"), list(_params()))
def test_source_product_modality(text: str, published: str,
                                 expected: dict[str, dict[str, object]]) -> None:
    got = _observed(text, published)
    for fig, fields in expected.items():
        assert fig in got, f"no fact for {fig!r}: {sorted(got)}"
        # products compare as the scorer does: case and spacing aside
        seen = {k: _fold(got[fig][k]) for k in fields}
        assert seen == {k: _fold(v) for k, v in fields.items()}, f"{fig!r}"


def _fold(value: object) -> object:
    return " ".join(value.split()).casefold() if isinstance(value, str) else value
