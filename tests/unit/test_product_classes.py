"""Classes of product errors seen on real news (round 4): each case a short passage written
for these tests and the expected product (and metric, role) of some of its figures.

Specs are ``metric role field=value ...`` ("_" is a space, "-" is None); products compare as
the scorer compares them (case and spacing aside)."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    # -- a coordinated list is the product, not its first or last item -------------------------
    ("Exports of beef, lamb and wool rose 18 percent to NZ$2.1 billion in March.",
     "2024-04-20",
     {"18 percent": "trade.exports change product=beef,_lamb_and_wool",
      "NZ$2.1 billion": "trade.exports level product=beef,_lamb_and_wool"}),
    ("Shipments of crude oil, refined products, cocoa and raw gold made up 64.2% of total "
     "exports in 2023.", "2024-02-10",
     {"64.2%": "trade.exports share product=crude_oil,_refined_products,_cocoa_and_raw_gold"}),
    ("Australia's exports of coal (HS27) and iron ore (HS26) both fell by over $2 billion "
     "each in 2023.", "2024-02-10",
     {"over $2 billion": "trade.exports change product=coal_and_iron_ore"}),
    ("We also saw timber, pulp, and paper exports going up $31.5 million in May, the "
     "minister said.", "2024-06-15",
     {"$31.5 million": "trade.exports change product=timber,_pulp,_and_paper"}),
    ("New Zealand dairy exports to China rose 88 percent to NZ$410 million in May. Milk "
     "powder, butter, and cheese led the rise, up 38 percent to NZ$1.4 billion.", "2024-06-20",
     {"38 percent": "trade.exports change product=Milk_powder,_butter,_and_cheese",
      "NZ$1.4 billion": "trade.exports level product=Milk_powder,_butter,_and_cheese"}),
    ("Shipments abroad of copper cathodes (HS7403) and refined zinc (HS7901), both of which "
     "fell by over $0.8 billion each, weighed on the total.", "2024-02-10",
     {"over $0.8 billion": "trade.exports change product=copper_cathodes_and_refined_zinc"}),
    ("U.S. imports of steel mill products (MM025) and certain motor-vehicle parts (TE010) "
     "rose by over $0.9 billion each.", "2024-02-10",
     {"over $0.9 billion": "trade.imports change product=steel_mill_products_and_certain_"
                           "motor-vehicle_parts"}),
    ("Jumps in shipments of petroleum gas and other gaseous hydrocarbons drove this increase, "
     "as they rose by 11.2 percent.", "2024-01-20",
     {"11.2 percent": "trade.exports change product=petroleum_gas_and_other_gaseous_"
                      "hydrocarbons"}),
    ("Exports of beef and lamb hit a record, rising 5% in May.", "2024-06-10",
     {"5%": "trade.exports change product=beef_and_lamb"}),
    # the list stops where its items stop: a clause, a date, a second metric
    ("In June, pulp and paper exports rose 4% from a year earlier.", "2024-07-20",
     {"4%": "trade.exports change product=pulp_and_paper"}),
    ("Exports of steel hit a record in May, rising 5%.", "2024-06-10",
     {"5%": "trade.exports change product=steel"}),
    ("Exports of coal, mainly to India, rose 5% while exports of beef fell 2%.", "2024-07-20",
     {"5%": "trade.exports change product=coal",
      "2%": "trade.exports change product=beef"}),
    # -- the goods of a passive flow verb: "X worth N was exported", "N of X were exported" ----
    ("According to the bureau, knitwear worth USD 21.5 billion was exported in the 2022-23 "
     "fiscal year, which is 6.2 per cent more than in the previous year.", "2023-07-10",
     {"USD 21.5 billion": "trade.exports level product=knitwear",
      "6.2 per cent": "trade.exports change product=knitwear"}),
    ("The data show that salmon with a value in excess of 105 billion kroner was exported in "
     "2022, up 21.4 percent compared to 2021.", "2023-01-15",
     {"105 billion kroner": "trade.exports level product=salmon",
      "21.4 percent": "trade.exports change product=salmon"}),
    ("A total of 92.3 billion cubic meters of natural gas in gaseous state were exported, an "
     "increase of 4.1 percent from the previous year.", "2023-01-15",
     {"92.3 billion cubic meters": "trade.exports level product=natural_gas",
      "4.1 percent": "trade.exports change product=natural_gas"}),
    # scope words are no goods
    ("Products worth USD 52.1 billion were exported in the fiscal year, which is 5.2 per cent "
     "more than the year before.", "2023-07-10",
     {"USD 52.1 billion": "trade.exports level product=-",
      "5.2 per cent": "trade.exports change product=-"}),
    # -- "earnings from <goods>" -----------------------------------------------------------
    ("Export earnings from jute and jute goods were USD 0.9 billion in the fiscal year.",
     "2023-07-10", {"USD 0.9 billion": "trade.exports level product=jute_and_jute_goods"}),
    ("Export earnings from China were $3 billion in May.", "2024-06-10",
     {"$3 billion": "trade.exports level product=-"}),
    # -- "the <change> of <items> by <figure>": the items -----------------------------------
    ("Inflation eased to 4.2 percent in May. This was due to the decrease of food items by "
     "0.82 percent and increase of non-food items by 0.41 percent.", "2024-06-01",
     {"0.82 percent": "prices.cpi change product=food_items",
      "0.41 percent": "prices.cpi change product=non-food_items"}),
    ("Exports grew on the back of a rise in shipments of electronics by 12 percent in May.",
     "2024-06-01",
     {"12 percent": "trade.exports change product=electronics"}),
    # -- "<subject> led the increase in total imports, up N": the subject's goods -------------
    ("Imports of cars led the increase in total imports in June, up 27 percent to NZ$482 "
     "million.", "2024-07-30",
     {"27 percent": "trade.imports change product=cars",
      "NZ$482 million": "trade.imports level product=cars"}),
    ("Soybeans led the rise in exports, up 8% in May.", "2024-06-10",
     {"8%": "trade.exports change product=Soybeans"}),
    # a cause is no product
    ("Strong demand led the rise in exports, up 8% in May.", "2024-06-10",
     {"8%": "trade.exports change product=-"}),
    # -- "<owner>'s share (of exports) was N" -------------------------------------------------
    ("Exports rose 4% in March. The agency said the manufacturing sector's share of exports "
     "was 94%, while agriculture, forestry and fishing's share was 3.5%, and mining and "
     "quarrying's share was 1.4%.", "2024-04-02",
     {"94%": "trade.exports share product=manufacturing_sector",
      "3.5%": "trade.exports share product=agriculture,_forestry_and_fishing",
      "1.4%": "trade.exports share product=mining_and_quarrying"}),
    ("TurkStat added that the share of high-tech products was up by 0.2 percentage points to "
     "reach 3.6% of manufacturing industries exports in March.", "2024-04-30",
     {"3.6%": "trade.exports share product=high-tech_products"}),
    ("The share of exports in GDP was 20% in 2023.", "2024-03-01",
     {"20%": "trade.exports share product=-"}),
    ("China's share of exports was 20% in May.", "2024-06-10",
     {"20%": "trade.exports share product=-"}),
    # -- no product: an economy, a duration, a clause's subject ------------------------------
    ("Euro area GDP rose 0.1% in the second quarter. The economies that contracted were "
     "Finland (-0.4%), Germany (-0.3%), and Italy (-0.1%).", "2025-08-15",
     {"-0.4%": "economy.gdp change product=-"}),
    ("Vietnam's export-import turnover hit 380 billion USD in 2016, representing a threefold "
     "increase in ten years.", "2017-01-05", {"threefold": "trade.total change product=-"}),
    ("The jobless rate fell to 8.8% in the quarter. The indicator therefore remains above the "
     "low reached in the fourth quarter of 2017 at 8.7% (whole France).", "2018-11-15",
     {"8.7%": "labour.unemployment level product=-"}),
    # "respectively": one item each, also for components named with no metric word
    ("Brazil's economy grew 0.8% in the third quarter. By sector, services and industry grew "
     "by 0.7 and 0.5%, respectively, from the second to the third quarter.", "2024-12-05",
     {"0.7": "economy.gdp change product=services",
      "0.5%": "economy.gdp change product=industry"}),
    ("Imports of coal and natural gas increased 6.1 percent and 9.3 percent respectively "
     "in the first eight months.", "2024-09-10",
     {"6.1 percent": "trade.imports change product=coal",
      "9.3 percent": "trade.imports change product=natural_gas"}),
]

XFAIL: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(CASES, XFAIL))
def test_product_classes(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec, product_as_scored=True)
