"""Relations on real-news constructions: passage periods, values compared with, balances,
shares compared with shares, components of the passage's metric, 'other' facts."""

import pytest

import tradeie
from tradeie.relate.scope import canonical_period, ends_before, passage_period, span_compared

PUB = "2025-01-13"


def facts(text, published=PUB):
    res = tradeie.extract(text, published=published)
    return {res.entity(f.figure).text: f for f in res.facts}


def test_a_sentence_without_a_period_continues_the_passage():
    text = ("Exports rose 3 percent in November. In the first 11 months, shipments of cars "
            "climbed 8.5 percent. Imports of steel fell 2 percent.")
    f = facts(text)
    assert f["8.5 percent"].period == "2024-01/2024-11"
    assert f["2 percent"].period == "2024-01/2024-11"


def test_a_digression_into_the_past_does_not_take_the_passage():
    text = ("Inflation eased to 2.1 percent in December. It averaged 5.4 percent in 2019. "
            "Food prices rose 3 percent.")
    f = facts(text)
    assert f["5.4 percent"].period == "2019"
    assert f["3 percent"].period == "2024-12"


def test_a_new_paragraph_starts_a_new_passage():
    text = ("Output grew 5 percent in 2024. In the fourth quarter, it grew 5.5 percent.\n\n"
            "Retail sales rose 3.5 percent.")
    assert facts(text)["3.5 percent"].period == "2024"


def test_between_two_months_is_the_later_month_against_the_earlier():
    f = facts("Coffee prices rose 2.3% between November and December.")
    assert (f["2.3%"].period, f["2.3%"].basis) == ("2024-12", "mom")


@pytest.mark.parametrize(("value", "before", "expected"), [
    ("2024-11/2024-12", "rose between ", ("2024-12", "2024-11")),
    ("2018-01/2019-12", "fell between ", ("2019", "2018")),
    ("2024-01/2024-10", "Between ", None),  # ten months: a period, not a comparison
    ("2024-11/2024-12", "fell from ", ("2024-12", "2024-11")),
    ("2024-11/2024-12", "in ", None),
])
def test_span_compared(value, before, expected):
    assert span_compared(value, before) == expected


def test_passage_period_helpers():
    assert canonical_period("2025-01/2025-03") == "2025-Q1"
    assert canonical_period("2024-01/2024-12") == "2024"
    assert canonical_period("2024-01/2024-11") == "2024-01/2024-11"
    assert ends_before("2023", "2024-12") and not ends_before("2024-Q4", "2024")
    assert passage_period(["2019"], {"2019"}, "2024-12", "2024-11") == "2024-11"
    assert passage_period(["2024-01/2024-11"], set(), "2024-11", None) == "2024-01/2024-11"


@pytest.mark.parametrize(("text", "figure", "period"), [
    ("Gold reserves were worth $61.2 billion at the end of March, up from $59.5 billion at "
     "the end of February.", "$59.5 billion", "2024-02"),
    ("The surplus narrowed to CHF 50.1bn in 2024, down from a record CHF 58.3bn a year "
     "earlier.",
     "CHF 58.3bn", "2023"),
    ("The goods account posted a $1.9 billion surplus compared to a $600 million surplus in "
     "November 2023.", "$1.9 billion", "2024-12"),
])
def test_a_value_compared_with_takes_the_date_after_it(text, figure, period):
    f = facts(text) if "goods account" not in text else facts(
        "Exports rose 2 percent in December. " + text, "2025-01-20")
    assert f[figure].period == period


@pytest.mark.parametrize(("text", "metric"), [
    ("The trade balance was positive at $10.9 billion in March.", "trade.surplus"),
    ("The trade balance showed a deficit of $2.1 billion in March.", "trade.deficit"),
    ("The trade balance stood at minus EUR 736.8 million in March.", "trade.deficit"),
    ("Trade surplus shrinks in March\nThe external trade balance narrowed to €13.1 billion.",
     "trade.surplus"),
    ("The trade balance was $3 billion in March.", "other"),
])
def test_a_balance_takes_its_sign(text, metric):
    (fact,) = tradeie.extract(text, published="2025-04-20").facts
    assert fact.metric == metric


def test_a_percent_compared_with_a_share_is_a_share():
    text = ("Fuel products made up 61.2% of exports in the first half, down from 66.0% a year "
            "earlier.")
    f = facts(text, "2025-08-01")
    assert (f["61.2%"].role, f["66.0%"].role) == ("share", "share")


def test_a_signed_percent_after_a_level_stays_its_change():
    f = facts("Copper shipments, half of the total, brought in US$48.1 billion (+5.2%).")
    assert f["+5.2%"].role == "change"


def test_listed_components_take_the_passage_metric_and_the_list_direction():
    text = ("Exports fell 3 percent in November. Several items declined. For example, ships "
            "fell 40.1%, followed by home appliances (15.2%), tablets (9.8%) and tyres (1%).")
    f = facts(text, "2024-12-03")
    for fig, product in (("40.1%", "ships"), ("15.2%", "home appliances"),
                         ("9.8%", "tablets"), ("1%", "tyres")):
        assert (f[fig].metric, f[fig].role, f[fig].direction, f[fig].product) == (
            "trade.exports", "change", "down", product)


def test_a_figure_no_metric_word_names_is_other():
    text = "Migrants sent home $14.2 billion in the first quarter, a rise of 9.1 percent."
    f = facts(text, "2025-05-02")
    assert f["$14.2 billion"].metric == "other" and f["$14.2 billion"].role == "level"
    assert f["9.1 percent"].metric == "other" and f["9.1 percent"].role == "change"
    assert f["$14.2 billion"].metric_text


def test_remittances_are_other():
    f = facts("Remittances rose 6.2 percent year on year to $15.1 billion in 2024.")
    assert (f["6.2 percent"].metric, f["6.2 percent"].basis) == ("other", "yoy")


def test_a_policy_rate_cut_is_down():
    f = facts("The central bank cut its key rate by 25 basis points to 3.5 percent.")
    assert f["25 basis points"].direction == "down"


def test_a_change_compared_with_a_dated_level_takes_the_basis():
    text = ("Exports rose 4.1 percent to $52.6 billion in December from $50.5 billion in the "
            "year-ago month.")
    f = facts(text)
    assert f["4.1 percent"].basis == "yoy" and f["$50.5 billion"].period == "2023-12"


def test_a_coordinated_figure_shares_the_claimed_period():
    text = ("GDP fell 0.1% in the fourth quarter. Over 2024 as a whole, GDP grew 1.1%. Household "
            "consumption rose 0.2% in the fourth quarter, while investment dropped 0.9%.")
    assert facts(text, "2025-01-30")["0.9%"].period == "2024-Q4"


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("The Netherlands exported 12 billion euro worth of goods to Asia in 2024.",
     "12 billion euro", "trade.exports"),
    ("Gas worth 40 billion kroner was exported in 2024.", "40 billion kroner", "trade.exports"),
    ("The country imported $51.3 billion of goods from China in 2024.", "$51.3 billion",
     "trade.imports"),
    ("Exports rose 3 percent in 2024. Sales to EU nations totalled €70.2 billion.",
     "€70.2 billion", "trade.exports"),
    ("Imports rose 3 percent in 2024. Purchases from EU nations reached €50.7 billion.",
     "€50.7 billion", "trade.imports"),
])
def test_verbs_and_generic_heads_name_flows(text, figure, metric):
    assert facts(text, "2025-02-01")[figure].metric == metric


def test_a_rate_compared_with_a_change_is_a_change():
    text = "Food costs lifted the consumer price index by 3.8% in July from 2.9% in June."
    f = facts(text, "2025-08-10")
    assert (f["3.8%"].role, f["2.9%"].role) == ("change", "change")
    assert f["2.9%"].period == "2025-06"


def test_an_other_measure_in_an_economy_is_reported_by_it():
    (fact,) = tradeie.extract("Employment in the euro area grew 0.3% over the quarter.",
                              published="2025-03-07").facts
    assert (fact.metric, fact.reporter, fact.partner, fact.basis) == ("other", "EA", None, "qoq")


def test_a_negative_balance_is_a_deficit():
    (fact,) = tradeie.extract("Trade with EU countries resulted in a negative balance of "
                              "€4.1bn in 2024.", published="2025-03-07").facts
    assert fact.metric == "trade.deficit"


def test_a_date_after_recorded_in_a_comparison_is_the_base():
    text = ("The surplus reached R15.7 billion in December 2017. Exports rose 11.5% more than "
            "the exports recorded in December 2016.")
    f = facts(text, "2018-02-01")
    assert (f["11.5%"].period, f["11.5%"].basis) == ("2017-12", "yoy")


def test_the_reporting_period_is_the_story_period():
    text = ("Exports rose 16.7% in 2010, the agency said. In the reporting period, imports from "
            "EU countries rose 15.5% to €82.4bn.")
    assert facts(text, "2011-06-30")["15.5%"].period == "2010"


def test_a_level_in_a_past_year_does_not_set_the_story_period():
    text = ("The jobless rate is down 0.5 points and returns to its level of early 2011. The "
            "rate stands at 9.1% in the third quarter.")
    assert facts(text, "2018-11-14")["0.5 points"].period != "2011"


def test_shares_of_after_a_list_are_shares():
    text = "Japan and Korea followed, with shares of 12.8 percent and 9.9 percent, respectively."
    roles = [f.role for f in tradeie.extract("Exports rose 2 percent in 2024. " + text,
                                             published=PUB).facts]
    assert roles[-2:] == ["share", "share"]


def test_a_bare_surplus_in_a_current_account_story_is_the_current_account():
    text = ("The current account surplus widened in October. The combined surplus reached "
            "$51.2 billion in the first ten months.")
    assert facts(text, "2024-11-28")["$51.2 billion"].metric == "account.current"


@pytest.mark.parametrize(("text", "figure", "basis"), [
    ("GDP rose 1.8% year-on-year and 0.5% quarter-on-quarter in the second quarter.", "0.5%",
     "qoq"),
    ("Exports fell 10.9% in January compared to the same month in 2024.", "10.9%", "yoy"),
    ("Imports posted a monthly hike of 8.1 percent in November.", "8.1 percent", "mom"),
    ("Trade rose 9.1 percent year-on-year, 5.2 percentage points higher than the overall pace.",
     "5.2 percentage points", None),
])
def test_basis_cues(text, figure, basis):
    assert facts(text, "2025-02-20")[figure].basis == basis


def test_a_list_of_values_compared_with_shares_their_date():
    text = ("CIS countries accounted for 12.1% of trade turnover in 8M 2015 and APEC countries "
            "for 27.2%, compared to respectively 12.9% and 26.0% in the same period of 2014.")
    f = facts(text, "2015-10-08")
    assert f["26.0%"].period == f["12.9%"].period != f["27.2%"].period


def test_a_figure_listed_after_a_cumulative_figure_shares_its_range():
    text = ("Exports rose 3% in December. Exports to Russia rose 21% in January-November, "
            "China (+19%) and India (+12%).")
    assert facts(text, "2025-01-20")["+19%"].period == "2024-01/2024-11"


@pytest.mark.parametrize(("text", "figure", "direction"), [
    ("Exports showed an increase of $1.05 billion in 2024.", "$1.05 billion", "up"),
    ("This generated a decrease of US$ 788 million in the sale of cereals in January.",
     "US$ 788 million", "down"),
])
def test_an_amount_after_a_change_noun_and_of_is_a_change(text, figure, direction):
    f = facts("Exports rose 3% in 2024. " + text)[figure]
    assert (f.role, f.direction) == ("change", direction)


def test_a_date_owning_the_figure_is_its_period():
    f = facts("Inflation hit 5.2% in December, higher than November's 4.8%.")
    assert (f["5.2%"].period, f["4.8%"].period) == ("2024-12", "2024-11")


def test_a_rate_compared_with_the_previous_months_rate_is_a_level_of_it():
    text = ("Rice inflation remained high at 61.2 pct in August, but slowed from the previous "
            "month's 80.4 pct.")
    f = facts(text, "2025-09-19")
    assert (f["80.4 pct"].role, f["80.4 pct"].period) == ("level", "2025-07")


def test_coordinated_amounts_take_the_metric_named_after_them():
    f = facts("China recorded $3.2 trillion in exports, up 5.1%, and $2.4 trillion in imports, "
              "up 1.3%, in 2024.")
    assert f["$3.2 trillion"].metric == "trade.exports"
    assert (f["$2.4 trillion"].metric, f["1.3%"].metric) == ("trade.imports", "trade.imports")


def test_a_deficit_on_trade_is_a_deficit():
    f = facts("The deficit on trade in goods and services widened by £1.2 billion to £5.8 "
              "billion in November.")
    assert (f["£1.2 billion"].metric, f["£1.2 billion"].role) == ("trade.deficit", "change")
    assert f["£5.8 billion"].metric == "trade.deficit"


@pytest.mark.parametrize(("text", "metric"), [
    ("The country imported and exported a total of $5.2 trillion in 2024.", "trade.total"),
    ("Turnover rose 4.7% in 2024.", "trade.total"),
    ("The export/import ratio was 90.4% in 2024.", "other"),
    ("Chips jumped 21% in 2024.", "other"),
])
def test_more_metric_heads(text, metric):
    (fact,) = tradeie.extract(text, published=PUB).facts
    assert fact.metric == metric


@pytest.mark.parametrize(("text", "figure", "modality"), [
    ("Monthly estimates published today show that GDP fell by 0.5% in September.", "0.5%",
     "actual"),
    ("The fund trimmed its euro area estimate to 1.1% from 1.3%.", "1.1%", "forecast"),
    ("The fund trimmed its euro area estimate to 1.1% from 1.3%.", "1.3%", "previous"),
    ("GDP growth for 2023, previously published as 2.8%, was revised up to 3.1%.", "2.8%",
     "previous"),
    ("The second quarter rate was revised 0.1 point from 8.6% to 8.7%.", "8.6%", "previous"),
    ("Inflation, well over the bank's 3.0% target, rose on a 7.1% increase in food prices.",
     "7.1%", "actual"),
])
def test_modality_cues(text, figure, modality):
    assert facts(text, "2024-11-11")[figure].modality == modality


def test_a_bracketed_value_with_its_own_date_keeps_it():
    f = facts("The deficit narrowed to $61.8 billion in December ($58.7 billion in the previous "
              "month).")
    assert (f["$61.8 billion"].period, f["$58.7 billion"].period) == ("2024-12", "2024-11")


def test_an_originally_reported_value_is_of_the_revised_period():
    f = facts("November exports were revised to $261.4 billion from $262.9 billion originally "
              "reported.")
    assert (f["$262.9 billion"].period, f["$262.9 billion"].modality) == ("2024-11", "previous")


def test_a_headline_month_refines_the_leads_year():
    text = ("Drought hits foreign trade in January.\n\nIn the first month of the year, exports "
            "fell 10.8%, the steepest fall since 2020.\n\nImports rose 2.4%.")
    assert facts(text, "2023-02-22")["2.4%"].period == "2023-01"


def test_a_count_of_unemployed_people_is_unemployment():
    f = facts("Spain had 2.9 million unemployed at the end of June, the labour ministry said.")
    assert f["2.9 million unemployed"].metric == "labour.unemployment"


def test_later_counts_of_the_same_unit_keep_the_metric():
    f = facts("The number of jobless people fell by 3 400 from 210 500 in March to 207 100 "
              "in April.")
    assert {f[k].metric for k in ("210 500", "207 100")} == {"labour.unemployment"}


def test_a_flow_as_of_a_day_runs_from_january_to_that_day():
    text = ("Thailand posted a trade surplus of 2.4 billion USD as of March 20, 2019, the "
            "customs office said. Two-way trade grew 6 percent to 98.2 billion USD.")
    f = facts(text, published="2019-03-25")
    assert f["2.4 billion USD"].period == "2019-01-01/2019-03-20"
    assert f["98.2 billion USD"].period == "2019-01-01/2019-03-20"


def test_a_stock_as_of_a_day_is_measured_that_day():
    f = facts("Foreign exchange reserves stood at 61 billion USD as of March 20, 2019.",
              published="2019-03-25")
    assert f["61 billion USD"].period == "2019-03-20"


def test_between_two_years_is_the_later_year():
    f = facts("Mexican imports of steel fell by $1.3 billion (9.2 percent) between 2021 and 2022.")
    assert f["$1.3 billion"].period == "2022"
    assert f["9.2 percent"].period == "2022"


def test_a_span_after_from_is_the_period_not_a_base():
    text = ("Against the first quarter, the economy expanded 0.4% from April to June. "
            "Exports rose 1.1%.")
    f = facts(text, published="2024-08-01")
    assert f["0.4%"].period == "2024-04/2024-06"


def test_an_aside_from_january_does_not_set_the_passage():
    text = ("Consumer prices rose 2.1 percent in May. On average from January to May, prices "
            "were up 1.8 percent. Food prices rose 3 percent.")
    f = facts(text, published="2024-06-10")
    assert f["1.8 percent"].period == "2024-01/2024-05"
    assert f["3 percent"].period == "2024-05"


def test_a_later_comparison_with_a_dated_value_sets_the_basis():
    text = ("Chile's copper exports in May 2021 were worth $5.3 billion, which was 21.4 "
            "percent higher than the $4.4 billion shipped in May 2020.")
    assert facts(text)["21.4 percent"].basis == "yoy"


def test_growth_rates_compared_with_growth_rates_get_no_basis_from_the_date():
    text = "Farm output grew by 3.1 per cent compared to 5.2 per cent in the third quarter of 2023."
    f = facts(text, published="2024-11-20")
    assert f["3.1 per cent"].basis is None


def test_a_basis_adjective_after_a_comma_is_the_next_figures():
    text = "Mexican auto exports brought in $10.8 billion in March, an annual decline of 7%."
    assert facts(text, published="2025-04-20")["7%"].basis == "yoy"


def test_a_monthly_rate_of_change_is_month_on_month():
    f = facts("Oman's trade surplus grew by a monthly rate of 12.1 percent in October.",
              published="2024-12-20")
    assert f["12.1 percent"].basis == "mom"


def test_compared_to_the_previous_fiscal_year_is_year_on_year():
    text = ("Compared to the previous fiscal year, exports rose by $2.2 billion, while imports "
            "climbed by $1.4 billion.")
    f = facts(text)
    assert (f["$2.2 billion"].basis, f["$1.4 billion"].basis) == ("yoy", "yoy")


def test_balances_in_trade_with_partners_are_balances():
    text = ("Poland ran its largest negative balances in foreign trade with China "
            "(€ -31.2bn) and South Korea (€ -4.4bn).")
    f = facts(text)
    assert {f[k].metric for k in ("€ -31.2bn", "€ -4.4bn")} == {"trade.deficit"}


def test_a_plus_sign_makes_a_balance_a_surplus():
    text = ("Euro area trade deficit widens.\n\nThe October balance was +3.4 bn euro, compared "
            "with -1.8 bn euro in October 2023.")
    f = facts(text)
    assert f["+3.4 bn euro"].metric == "trade.surplus"
    assert f["-1.8 bn euro"].metric == "trade.deficit"


def test_plural_surpluses_name_the_surplus():
    text = "By sector, the surpluses in chemicals (2.1 billion euros) stood out."
    assert facts(text)["2.1 billion euros"].metric == "trade.surplus"


def test_a_count_of_places_is_not_the_metrics_value():
    f = facts("Consumer prices rose 2.4 percent in May, and inflation quickened in seven regions.",
              published="2024-06-12")
    assert f["seven regions"].metric == "other"


def test_an_amount_in_a_named_flow_takes_that_flow():
    text = ("Trade with Jordan held steady in 2023, at $1.2 billion in exports and $310 million "
            "in imports.")
    f = facts(text)
    assert f["$1.2 billion"].metric == "trade.exports"
    assert f["$310 million"].metric == "trade.imports"


def test_a_rate_metrics_change_noun_makes_the_figure_a_change():
    f = facts("Consumer prices showed a monthly variation of 3.1% in March.",
              published="2024-04-12")
    assert (f["3.1%"].metric, f["3.1%"].role, f["3.1%"].basis) == ("prices.cpi", "change", "mom")
    f = facts("The contribution of food to inflation was 0.9 percent in March.",
              published="2024-04-12")
    assert f["0.9 percent"].role == "change"


def test_an_inflation_rate_stays_a_level():
    f = facts("Inflation was 4.2 percent in March.", published="2024-04-12")
    assert f["4.2 percent"].role == "level"


def test_a_gap_is_a_deficit_but_not_an_output_gap():
    f = facts("The February gap in goods trade with Vietnam rose 3.2% to $9.8 billion. "
              "The output gap was 0.5 percent of potential output.")
    assert f["$9.8 billion"].metric == "trade.deficit"
    assert f["0.5 percent"].metric == "other"


def test_a_current_account_gap_is_the_current_account():
    f = facts("In May 2022, the current account gap was $1.1 billion.")
    assert f["$1.1 billion"].metric == "account.current"


def test_a_verb_before_a_scoped_balance_makes_the_amount_a_change():
    text = ("Weaker car sales to Mexico widened the merchandise trade deficit with Mexico by "
            "$4.1 billion to $19.6 billion in 2023.")
    f = facts(text)
    assert (f["$4.1 billion"].role, f["$4.1 billion"].direction) == ("change", "up")
    assert f["$19.6 billion"].role == "level"


def test_an_increase_of_only_an_amount_is_a_change():
    f = facts("Excluding fuel, the trade deficit saw an increase of only $80 million in 2023.")
    assert f["$80 million"].role == "change"


def test_a_value_after_date_of_takes_that_date():
    text = ("Imports of $95.1 billion are 4.2% more than the imports recorded in March 2023 of "
            "$91.3 billion.")
    f = facts(text, published="2024-04-30")
    assert f["$91.3 billion"].period == "2023-03"


def test_a_change_has_the_period_of_the_level_it_moved_to():
    text = "Exports fell 2.2 per cent to $61.3 billion in May after a record high in April."
    f = facts(text, published="2024-07-05")
    assert f["2.2 per cent"].period == "2024-05"


def test_a_count_ranked_among_has_no_period():
    text = ("Rotterdam was the busiest gateway in March among the region's 120 ports, "
            "handling $8.1 billion of goods.")
    f = facts(text, published="2024-05-02")
    assert f["120 ports"].metric == "other"
    assert f["120 ports"].period is None


def test_a_date_in_apposition_to_a_back_reference_is_no_period():
    text = ("Peru's trade surplus was $1.4 billion in June, below the $1.9 billion recorded a "
            "year earlier, in June 2023; exports were up 4% and imports up 9% on a year earlier.")
    f = facts(text, published="2024-08-05")
    assert f["4%"].period == "2024-06"
    assert f["9%"].period == "2024-06"


def test_a_bracketed_percent_restates_the_change_before_it():
    f = facts("Exports to Chile decreased by $1.2 billion (4.4 percent) to $26.0 billion in 2023.")
    assert (f["4.4 percent"].role, f["4.4 percent"].direction) == ("change", "down")


def test_plummeted_and_backtracking_are_falls():
    f = facts("Chip exports plummeted 31 percent in May, after backtracking 2 percent in April.",
              published="2024-06-03")
    assert f["31 percent"].direction == "down"
    assert f["2 percent"].direction == "down"


def test_a_comparative_after_respectively_gives_the_listed_points_their_direction():
    text = ("The growth rates of farming, industry and services were 0.3, 1.1 and 0.8 "
            "percentage points, respectively, lower than in the first half of 2023.")
    f = facts(text, published="2024-07-20")
    assert f["0.8 percentage points"].direction == "down"
