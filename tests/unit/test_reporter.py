"""The document's economy and the reporter, partner, product and source of facts, on short
texts written for these tests."""

import tradeie
from tradeie.extensions import COUNTRY
from tradeie.normalize.agencies import dateline_country

PUB = "2025-01-13"


def facts_by_text(text, published=PUB):
    res = tradeie.extract(text, published=published)
    return res, {res.entity(f.figure).text: f for f in res.facts}


def doc_country(text):
    return tradeie.load()(text)._.get(COUNTRY)


def test_dateline_with_day_before_month():
    assert dateline_country("Baku. 3 March. SOMEWIRE/ Trade turnover rose.") == "AZ"
    assert dateline_country("Tokyo. 3 Apples. Exports rose.") is None


def test_dateline_abroad_yields_to_the_release_agency():
    text = ("SINGAPORE: The country's trade surplus widened 4.1 percent in May, data from "
            "Statistics Indonesia showed.\n\nExports rose 2.2 percent.")
    assert doc_country(text) == "ID"
    # at home the dateline stands
    text = ("SINGAPORE: Singapore's exports rose 4.1 percent in May, Statistics Indonesia "
            "said of its neighbour.")
    assert doc_country(text) == "SG"


def test_currency_names_no_economy():
    text = ("Exports from Brazil came to 40.2 billion U.S. dollars in 2024, while imports stood "
            "at 31.5 billion U.S. dollars.")
    _, f = facts_by_text(text)
    assert f["31.5 billion U.S. dollars"].reporter == "BR"


def test_partner_mentions_weigh_less_than_the_reporter():
    text = ("Belgium's deficit with China grew in 2024. Imports from China rose 9 percent, and "
            "exports to China fell 2 percent. China was the top supplier; the Belgian deficit "
            "with China was the largest.")
    _, f = facts_by_text(text)
    assert f["9 percent"].reporter == "BE"
    assert f["2 percent"].reporter == "BE"


def test_bracketed_list_of_reporting_economies():
    text = ("Among large EU members, exports from Austria (4.1%), Belgium (2.3%) and Greece "
            "(1.9%) also rose in 2024.")
    _, f = facts_by_text(text)
    assert [f[x].reporter for x in ("4.1%", "2.3%", "1.9%")] == ["AT", "BE", "GR"]


def test_bracketed_list_of_partners():
    text = ("Sweden's exports rose most to Chile (+31% in 2024 compared with 2023), Peru "
            "(+12%) and Kenya (+8%).")
    _, f = facts_by_text(text)
    assert [f[x].partner for x in ("+31%", "+12%", "+8%")] == ["CL", "PE", "KE"]
    assert f["+12%"].reporter == "SE"


def test_economy_after_the_figure():
    text = "In 2024 GDP rose by 1.3% in the euro area and 1.5% in the EU."
    _, f = facts_by_text(text)
    assert f["1.3%"].reporter == "EA"
    assert f["1.5%"].reporter == "EU"


def test_partner_after_the_figure():
    text = ("Norway's exports fell by 12 percent to Denmark and by 3.5 percent to the United "
            "States in 2024.")
    _, f = facts_by_text(text)
    assert f["12 percent"].partner == "DK"
    assert f["3.5 percent"].partner == "US"


def test_partners_named_as_subjects():
    text = ("Canada remained Chile's top trading partner in 2024, with two-way trade reaching "
            "$9.1 billion, followed by Peru with $4.2 billion and Brazil at $3.3 billion.")
    _, f = facts_by_text(text)
    assert [f[x].partner for x in ("$9.1 billion", "$4.2 billion", "$3.3 billion")] == [
        "CA", "PE", "BR"]
    assert f["$9.1 billion"].reporter == "CL"


def test_those_to_names_the_partner_of_the_figure():
    text = ("Thailand's exports to Japan rose 4 percent in 2024, while those to Vietnam grew "
            "9 percent.")
    _, f = facts_by_text(text)
    assert f["4 percent"].partner == "JP"
    assert f["9 percent"].partner == "VN"


def test_those_from_names_reporters():
    text = ("Exports from Peru fell 3% in 2024, while those from Chile, Bolivia and Ecuador "
            "grew 2.5%, 4.5% and 1.2% respectively.")
    _, f = facts_by_text(text)
    assert [f[x].reporter for x in ("2.5%", "4.5%", "1.2%")] == ["CL", "BO", "EC"]
    assert f["4.5%"].partner is None


def test_a_dollar_sign_after_us_is_no_partner():
    text = "Korea's exports rose 1.4 percent on-year to US$56.35 billion in November."
    _, f = facts_by_text(text)
    assert f["1.4 percent"].partner is None


def test_rank_descriptions_and_appositions():
    text = ("Poland, the region's largest economy, grew by 0.9% in the first quarter, while "
            "Hungary, the bloc's smaller neighbour, reported GDP growth of 0.4%.")
    _, f = facts_by_text(text)
    assert f["0.9%"].reporter == "PL"
    assert f["0.4%"].reporter == "HU"
    text = "ROME (Reuters) - GDP in the euro zone's third largest economy was up 0.6% in 2024."
    _, f = facts_by_text(text)
    assert f["0.6%"].reporter == "IT"


def test_economy_opening_the_sentence_or_its_clause():
    text = "In Portugal, GDP increased by 1.9% year on year in the second quarter."
    _, f = facts_by_text(text)
    assert f["1.9%"].reporter == "PT"
    text = ("The fund sees growth in India at 6.5% in 2025, while the euro area should pick up "
            "to 1.2%.")
    _, f = facts_by_text(text)
    assert f["up to 1.2%"].reporter == "EA"


def test_extra_area_trade_and_area_named_last():
    text = ("BRUSSELS (Reuters) - Eurostat said the euro area recorded a surplus of 2.5 bn euro "
            "in December. Extra-EU27 trade was a deficit of 7.3 bn euro.\n\nEU27 results by "
            "partner\nExports to India rose 14% in 2024.")
    _, f = facts_by_text(text)
    assert f["2.5 bn euro"].reporter == "EA"
    assert f["7.3 bn euro"].reporter == "EU"
    assert f["14%"].reporter == "EU"


def test_imports_from_x_to_y():
    text = "Imports from Canada to Mexico reached $2.1 billion in June."
    _, f = facts_by_text(text)
    assert (f["$2.1 billion"].reporter, f["$2.1 billion"].partner) == ("MX", "CA")


def test_a_heading_line_owns_no_metric():
    text = ("Spain's deficit with Morocco grew in 2024.\nTrade with Morocco\nImports rose 9 "
            "percent in 2024.")
    _, f = facts_by_text(text)
    assert f["9 percent"].reporter == "ES"


def test_partner_shared_by_the_trade_mentions_of_a_sentence():
    text = ("Chile's exports to Japan grew by 4.9 percent in 2024, while imports rose by "
            "2.9 percent.")
    _, f = facts_by_text(text)
    assert f["2.9 percent"].partner == "JP"
    text = "With the European Union, Chile reported a deficit of $1.1 billion in 2024."
    _, f = facts_by_text(text)
    assert f["$1.1 billion"].partner == "EU"
    # not to a metric of the same kind, nor to a whole
    text = ("Chile's exports to Japan rose to $1.2 billion, while copper exports climbed to "
            "$2.4 billion and total imports fell 3%.")
    _, f = facts_by_text(text)
    assert f["$2.4 billion"].partner is None
    assert f["3%"].partner is None


def test_partner_of_a_later_clause():
    text = ("Exports to Peru rose 3.4% in 2024, while deliveries to Brazil declined 8.1% to "
            "$6 billion.")
    _, f = facts_by_text(text)
    assert f["3.4%"].partner == "PE"
    assert f["8.1%"].partner == "BR"


def test_regions_as_partners():
    text = ("Exports to Asia grew 19.3 percent in 2024, and exports to emerging markets grew "
            "11 percent.")
    _, f = facts_by_text(text)
    assert f["19.3 percent"].partner == "Asia"
    assert f["11 percent"].partner == "emerging markets"


def test_products_listed_with_bracketed_figures():
    text = ("Top exports from Peru to Chile in June were copper ores ($1.4 billion), fresh "
            "grapes ($0.7 billion) and frozen fish ($0.2 billion).")
    _, f = facts_by_text(text)
    assert f["$1.4 billion"].product == "copper ores"
    assert f["$0.7 billion"].product == "fresh grapes"
    assert f["$0.2 billion"].product == "frozen fish"


def test_products_zipped_with_figures_respectively():
    text = ("Imports of lumber and natural gas increased 8.1 percent and 10.3 percent "
            "respectively in 2024.")
    _, f = facts_by_text(text)
    assert f["8.1 percent"].product == "lumber"
    assert f["10.3 percent"].product == "natural gas"


def test_price_of_an_item():
    text = "Consumer prices rose 2.1% in May, while the price of services grew by 3.4%."
    _, f = facts_by_text(text)
    assert f["3.4%"].product == "services"


def test_products_of_a_flow_and_of_a_list():
    text = ("Imports of tractor engines and spare parts fell 11.1 per cent in 2024, including "
            "tractors by 35.4%, and harvesters by 20.2%.")
    _, f = facts_by_text(text)
    assert f["11.1 per cent"].product == "tractor engines and spare parts"
    assert f["35.4%"].product == "tractors"
    assert f["20.2%"].product == "harvesters"
    text = "Exports of goods rose 3% in 2024, with a 16% increase in frozen fish."
    _, f = facts_by_text(text)
    assert f["3%"].product is None
    assert f["16%"].product == "frozen fish"


def test_no_product_from_dates_or_states():
    text = ("Core inflation was stable at 2.7% in May. Prices rose 0.2 percent in May, down "
            "from a 0.3 percent rise in April.")
    _, f = facts_by_text(text, "2025-06-13")
    assert f["2.7%"].product != "stable"
    assert f["0.3 percent"].product is None


def test_a_province_reports_for_its_country():
    text = "Guangdong's foreign trade rose 5 percent to 4.2 trillion yuan in 2024."
    _, f = facts_by_text(text)
    assert f["5 percent"].reporter == "CN"


def test_a_story_naming_its_main_partner_often_stays_its_own():
    text = ("Exports rose 8.1 percent in May, the Kingdom's commerce ministry said. Shipments "
            "to China grew 12 percent and China remained the largest market for Thai rice; "
            "China bought 2 million tonnes. Thailand's imports fell 3 percent.")
    _, f = facts_by_text(text)
    assert f["8.1 percent"].reporter == "TH"
    assert (f["12 percent"].reporter, f["12 percent"].partner) == ("TH", "CN")


def test_restricting_words_before_a_metric():
    text = "The non-energy deficit narrowed 53.8% year on year to 1.1 billion euros in July."
    _, f = facts_by_text(text)
    assert f["53.8%"].product == "non-energy"
    text = ("Consumer prices rose 2% in August. Energy prices fell 3.3%, and household energy "
            "prices inched up 0.2%.")
    _, f = facts_by_text(text)
    assert f["3.3%"].product == "Energy"  # as written (the contract)
    assert f["0.2%"].product == "household energy"


def test_a_story_about_one_partner():
    text = ("Chile's trade with Peru in 2024\n\nChile's exports to Peru rose 4% to $3.1 billion, "
            "and imports from Peru fell 2%. The surplus with Peru widened. Copper shipments to "
            "Peru grew; wine sales to Peru slowed. Trade with Peru hit a record.\n\nMachinery "
            "exports rose 12% to $0.4 billion.")
    _, f = facts_by_text(text)
    assert f["12%"].partner == "PE"
    # a story naming its partner a few times only keeps its other figures partnerless
    text = ("Chile's exports to Peru rose 4% in 2024. Machinery exports rose 12% to $0.4 "
            "billion.")
    _, f = facts_by_text(text)
    assert f["12%"].partner is None


def test_partner_at_the_figure_is_more_specific():
    text = ("Exports to Asia grew by 19.3 percent in July, including a 91.9 percent increase "
            "to Taiwan.")
    _, f = facts_by_text(text)
    assert f["19.3 percent"].partner == "Asia"
    assert f["91.9 percent"].partner == "TW"


def test_imports_of_a_foreign_product():
    text = "In 2024, India's imports of Russian oil grew by 8.2% to 86.2 million tons."
    _, f = facts_by_text(text)
    assert (f["8.2%"].reporter, f["8.2%"].partner) == ("IN", "RU")


def test_release_agency_is_cited_in_the_body_not_the_credit_line():
    text = ("(Communicated by Statistics Norway Press Office)\nOslo, January 13, 2025\n\n"
            "Statistics Norway reports that exports rose 5% in 2024. Imports fell 2%.")
    res, f = facts_by_text(text)
    src = res.entity(f["2%"].source)
    assert src.start > text.index("\n")


def test_economy_after_a_figure_not_across_a_conjunction():
    text = "Eurostat estimated GDP growth for the eurozone at 1.4% and for the EU at 1.5%."
    _, f = facts_by_text(text)
    assert f["1.4%"].reporter == "EA"
    assert f["1.5%"].reporter == "EU"


def test_subject_of_a_share_and_sectors_respectively():
    text = "Machinery and equipment made up 47.2% of Chile's imports in 2024."
    _, f = facts_by_text(text)
    assert f["47.2%"].product == "Machinery and equipment"
    text = ("GDP grew by 3.3% in 2024, with agriculture declining by 3.5% but with industry and "
            "services expanding by 3.5% and 3.8% respectively.")
    _, f = facts_by_text(text)
    assert f["3.8%"].product == "services"


def test_words_between_the_owning_economy_and_a_flow():
    text = "New Zealand dairy exports to China were up 102 percent in June."
    _, f = facts_by_text(text)
    assert f["102 percent"].product == "dairy"
    text = "Japan's sluggish exports fell 3 percent in June, and Japan's total imports rose 2%."
    _, f = facts_by_text(text)
    assert f["3 percent"].product is None
    assert f["2%"].product is None


def test_the_economy_a_share_is_of_reports_it():
    text = "Peru accounted for 6.2 percent of Chile's overall imports in the first quarter."
    _, f = facts_by_text(text)
    assert (f["6.2 percent"].reporter, f["6.2 percent"].partner) == ("CL", "PE")


def test_no_partner_for_other_markets_or_two_bracketed_partners():
    text = ("Mexico's exports to the United States rose 7.3% in January, while imports from "
            "other markets fell 2.1%.")
    _, f = facts_by_text(text)
    assert f["7.3%"].partner == "US"
    assert f["2.1%"].partner is None
    text = "Sweden's exports rose most to Chile (+31%), and to Peru and Kenya (both +8%)."
    _, f = facts_by_text(text)
    assert f["+31%"].partner == "CL"
    assert f["+8%"].partner is None
