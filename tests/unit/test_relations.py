"""The relation layer on the constructions of trade news, one sentence each."""

import pytest

import tradeie

PUB = "2025-01-13"


def facts_by_text(text, published=PUB):
    res = tradeie.extract(text, published=published)
    out = {}
    for fact in res.facts:
        fig = res.entity(fact.figure)
        out[fig.text] = fact
    return res, out


def check(fact, **expected):
    got = {k: (getattr(fact, k) if hasattr(fact, k) and k != "extra" else fact.extra.get(k))
           for k in expected}
    for key in expected:
        if key in fact.extra:
            got[key] = fact.extra[key]
    assert got == expected


def test_grew_to():
    _, f = facts_by_text("Exports grew 7.1 percent year on year to 25.45 trillion yuan in 2024.")
    check(f["7.1 percent"], metric="trade.exports", role="change", direction="up", basis="yoy",
          period="2024")
    check(f["25.45 trillion yuan"], metric="trade.exports", role="level", direction=None,
          basis=None, period="2024")


def test_level_then_change():
    _, f = facts_by_text("Imports reached $59.95 billion in December, up 4.9 percent.")
    check(f["$59.95 billion"], metric="trade.imports", role="level", period="2024-12")
    check(f["4.9 percent"], metric="trade.imports", role="change", direction="up")


def test_fall_compared_with_bracketed_earlier_level():
    text = ("Euro area exports of goods in March 2022 were €195.0Bn, a fall of 3.2% compared "
            "with March 2021 [€201.4Bn].")
    _, f = facts_by_text(text, "2022-05-17")
    check(f["€195.0Bn"], metric="trade.exports", role="level", period="2022-03", reporter="EA")
    check(f["3.2%"], metric="trade.exports", role="change", direction="down", basis="yoy",
          period="2022-03")
    check(f["€201.4Bn"], metric="trade.exports", role="level", period="2021-03")


def test_widened_by_to_from():
    text = "The trade deficit widened by $3.1 billion to $52.7 billion from $49.6 billion."
    _, f = facts_by_text(text)
    check(f["$3.1 billion"], metric="trade.deficit", role="change", direction="up")
    check(f["$52.7 billion"], metric="trade.deficit", role="level")
    check(f["$49.6 billion"], metric="trade.deficit", role="level")


def test_respectively_distributes_partners():
    text = ("Trade with Africa, Latin America and Central Asia grew 6.1 percent, 3.5 percent "
            "and 27 percent, respectively.")
    _, f = facts_by_text(text)
    assert [f[t].partner for t in ("6.1 percent", "3.5 percent", "27 percent")] == [
        "Africa", "Latin America", "Central Asia"]
    assert {f[t].metric for t in f} == {"trade.total"}


def test_respectively_distributes_metrics():
    text = "Exports, imports and the surplus rose 5 percent, 3 percent and 9 percent, respectively."
    _, f = facts_by_text(text)
    assert [f[t].metric for t in ("5 percent", "3 percent", "9 percent")] == [
        "trade.exports", "trade.imports", "trade.surplus"]


def test_share_of_total():
    text = ("Trade with ASEAN rose 2.6 percent to 4.2 trillion yuan, accounting for 13.8 percent "
            "of the total.")
    _, f = facts_by_text(text)
    check(f["2.6 percent"], metric="trade.total", role="change", partner="ASEAN")
    check(f["4.2 trillion yuan"], metric="trade.total", role="level", partner="ASEAN")
    check(f["13.8 percent"], metric="trade.total", role="share", partner="ASEAN")


def test_percentage_points_of_growth_rate():
    text = "GDP grew 5.4 percent, 0.4 percentage points faster than in the second quarter."
    _, f = facts_by_text(text)
    check(f["0.4 percentage points"], metric="economy.gdp", role="change", direction="up",
          of_growth_rate=True)


def test_partner_to_and_product():
    text = "Chip exports to the United States fell 3 percent in November."
    _, f = facts_by_text(text)
    check(f["3 percent"], metric="trade.exports", role="change", direction="down",
          partner="US", product="Chip", period="2024-11")  # as written


def test_forecast_has_no_source():
    text = ("Exports rose 6.7 percent, the General Administration of Customs said. Economists "
            "polled by Reuters had expected a 2 percent fall.")
    _, f = facts_by_text(text)
    check(f["2 percent"], modality="forecast", source=None, role="change", direction="down")
    assert f["6.7 percent"].modality == "actual" and f["6.7 percent"].source is not None


def test_revised_from_is_previous():
    text = "The January deficit was revised to $57.3 billion from $58.9 billion originally."
    _, f = facts_by_text(text)
    assert f["$57.3 billion"].modality == "actual"
    text = "The January deficit was $57.3 billion, revised from $58.9 billion."
    _, f = facts_by_text(text)
    check(f["$58.9 billion"], modality="previous", metric="trade.deficit")


def test_target():
    text = "China set a GDP growth target of around 5 percent for 2025."
    _, f = facts_by_text(text)
    fig = next(k for k in f if "5 percent" in k)
    check(f[fig], metric="economy.gdp", modality="target", period="2025")


def test_continuation_sentence():
    text = "Imports rose 2.3% in December. They reached $59.9 billion."
    _, f = facts_by_text(text)
    check(f["$59.9 billion"], metric="trade.imports", role="level", period="2024-12")


def test_headline_figure():
    text = "US trade deficit widens to $98.4 billion in December\n\nWASHINGTON -- The deficit rose."
    _, f = facts_by_text(text, "2025-02-05")
    check(f["$98.4 billion"], metric="trade.deficit", role="level", period="2024-12",
          reporter="US")


def test_reporter_from_possessive_and_dateline_country():
    text = "India's merchandise exports declined 1 per cent to $38.01 billion in December."
    _, f = facts_by_text(text)
    check(f["1 per cent"], reporter="IN", direction="down", role="change")
    check(f["$38.01 billion"], reporter="IN", role="level")


def test_rate_level_versus_change():
    text = ("Consumer price inflation rose to 2.6% in November from 2.3% in October. "
            "Consumer prices rose 0.2 percent from the previous month.")
    _, f = facts_by_text(text)
    check(f["2.6%"], metric="prices.cpi", role="level", period="2024-11")
    check(f["2.3%"], metric="prices.cpi", role="level", period="2024-10")
    check(f["0.2 percent"], metric="prices.cpi", role="change", direction="up", basis="mom")


def test_no_fact_without_a_metric():
    _, f = facts_by_text("The stadium holds 5 percent more fans than last season said the club.")
    assert all(fact.metric == "other" or fact is None for fact in f.values())


def test_consistency_checks():
    text = ("Exports rose to $300 billion and imports to $200 billion in 2024, bringing total "
            "trade to $500 billion and a trade surplus of $90 billion.")
    res = tradeie.extract(text, published=PUB)
    by_name = {c["check"]: c for c in res.checks}
    assert by_name["exports + imports = total"]["agrees"] is True
    surplus = by_name["exports - imports = surplus"]
    assert surplus["agrees"] is False and surplus["computed"] == 1e11
    assert all(fid in {e.id for e in res.entities} for c in res.checks for fid in c["figures"])


# -- basis, period and source cues that generalise beyond the fixtures ---------------------

def test_basis_from_comparator_and_reference():
    # composed: a comparator ("versus", "against", "relative to") before a reference period
    _, f = facts_by_text("Exports climbed 4.1 percent versus the same quarter a year earlier.")
    check(f["4.1 percent"], metric="trade.exports", role="change", basis="yoy")
    _, f = facts_by_text("Imports slipped 0.6 percent against the prior month.")
    check(f["0.6 percent"], metric="trade.imports", role="change", basis="mom")
    text = "Retail sales edged up 0.5 percent relative to the preceding three months."
    _, f = facts_by_text(text)
    check(f["0.5 percent"], metric="sales.retail", role="change", basis="qoq")


def test_basis_from_adjective_and_change_noun():
    text = "Consumer prices rose 0.3 percent in March, the biggest monthly gain in a year."
    _, f = facts_by_text(text, "2025-04-10")
    check(f["0.3 percent"], metric="prices.cpi", role="change", basis="mom")
    text = "Industrial output posted annual growth of 2.9 percent in 2024."
    _, f = facts_by_text(text)
    check(f["2.9 percent"], metric="output.industrial", role="change", basis="yoy")


def test_basis_set_by_opening_phrase():
    text = "On a seasonally adjusted monthly basis, industrial output slipped 0.4 percent."
    _, f = facts_by_text(text)
    check(f["0.4 percent"], metric="output.industrial", role="change", basis="mom")
    text = "Compared with the same period a year ago, imports grew 3 percent in November."
    _, f = facts_by_text(text)
    check(f["3 percent"], metric="trade.imports", role="change", basis="yoy", period="2024-11")


def test_basis_from_opening_comparison_with_adjacent_period():
    text = "Against the third quarter of 2024, GDP expanded 0.6 percent in the fourth quarter."
    _, f = facts_by_text(text, "2025-01-31")
    check(f["0.6 percent"], metric="economy.gdp", role="change", basis="qoq", period="2024-Q4")
    # a month compared with the one before it across a year boundary
    text = "Compared with December, exports rose 2 percent in January."
    _, f = facts_by_text(text, "2025-02-10")
    check(f["2 percent"], metric="trade.exports", role="change", basis="mom", period="2025-01")


def test_streak_start_date_is_not_the_period():
    text = ("Industrial output rose 0.3 percent in November from October. Output was 1.2 "
            "percent lower year on year, extending a run of declines that began in March 2023.")
    _, f = facts_by_text(text, "2024-12-12")
    check(f["1.2 percent"], metric="output.industrial", period="2024-11", basis="yoy")


def test_above_an_earlier_level_is_a_comparison():
    text = "Imports reached $3.2 trillion in 2024, 5.5 percent above their 2023 level."
    _, f = facts_by_text(text)
    check(f["5.5 percent"], metric="trade.imports", role="change", period="2024", basis="yoy")
    check(f["$3.2 trillion"], metric="trade.imports", role="level", period="2024")


def test_over_opening_a_sentence_names_the_period():
    text = ("GDP grew 0.4 percent in the fourth quarter. Over 2024 as a whole, GDP grew "
            "2.1 percent, slower than in 2023.")
    _, f = facts_by_text(text, "2025-02-14")
    check(f["2.1 percent"], metric="economy.gdp", role="change", period="2024")


def test_basis_not_shared_with_a_policy_rate_move():
    text = ("The central bank raised its policy rate by 50 basis points on Thursday after "
            "consumer prices climbed 5.2 percent year on year.")
    _, f = facts_by_text(text)
    check(f["5.2 percent"], metric="prices.cpi", basis="yoy")
    assert f["50 basis points"].metric == "other" and f["50 basis points"].basis is None


def test_forecast_in_relative_clause_after_figure():
    text = ("GDP shrank 0.5 percent in the third quarter, deeper than the 0.1 percent "
            "contraction analysts had expected.")
    _, f = facts_by_text(text)
    check(f["0.1 percent"], metric="economy.gdp", modality="forecast")
    check(f["0.5 percent"], modality="actual")


def test_source_named_by_agent_after_figure():
    text = ("GDP grew 2.4 percent in 2024, the Federal Statistical Office said, above the "
            "2.1 percent projected by the Bundesbank.")
    res, f = facts_by_text(text, "2025-01-20")
    by_id = {e.id: e for e in res.entities}
    # a forecast has no source (the contract: "null for forecasts"), not even its author's
    assert f["2.1 percent"].modality == "forecast" and f["2.1 percent"].source is None
    assert by_id[f["2.4 percent"].source].text == "Federal Statistical Office"


def test_release_source_is_first_of_coordinated_agencies():
    text = ("The trade deficit grew to $80 billion in 2024, the Census Bureau and the Bureau of "
            "Economic Analysis reported. Exports rose 3 percent.")
    res, f = facts_by_text(text, "2025-02-05")
    by_id = {e.id: e for e in res.entities}
    assert by_id[f["3 percent"].source].text == "Census Bureau"


def test_fraction_of_a_point_is_a_change_not_a_share():
    # a digit-less percentage is a share ("half of exports") unless it is a point change
    _, f = facts_by_text("The unemployment rate fell half a percentage point to 4.1% in May.",
                         "2025-06-06")
    check(f["half a percentage point"], metric="labour.unemployment", role="change",
          direction="down")
    _, f = facts_by_text("Machinery made up about half of China's exports in 2024.")
    check(f["about half"], metric="trade.exports", role="share")


@pytest.mark.parametrize(("text", "reporter", "partner"), [
    ("Exports from Germany to China fell 5 percent.", "DE", "CN"),
    ("Shipments from Vietnam to the US rose 20 percent.", "VN", "US"),
    ("Imports into India from China rose 5 percent.", "IN", "CN"),
    ("Imports from China rose 5 percent.", None, "CN"),  # from: the partner of imports
    ("Non-EU exports from Ireland fell 5.3 percent in October.", "IE", None),
    ("Bilateral trade between China and Russia rose 1.9 percent.", "CN", "RU"),
])
def test_route_of_a_flow_names_reporter_and_partner(text, reporter, partner):
    (fact,) = tradeie.extract(text, published="2025-01-13").facts
    assert (fact.reporter, fact.partner) == (reporter, partner)


@pytest.mark.parametrize(("text", "period"), [
    ("In 2024, exports rose 5 percent over 2023.", "2024"),
    ("In December, exports rose 5 percent over the same period a year earlier.", "2024-12"),
    ("In the first half, exports rose 5 percent over the same period last year.", "2024-H1"),
    ("Exports rose 5 percent over 2024.", "2024"),  # the only period named: over = during
])
def test_a_compared_period_after_a_figure_is_not_its_period(text, period):
    (fact,) = tradeie.extract(text, published="2025-01-13").facts
    assert fact.period == period and (fact.basis == "yoy" or text.endswith("over 2024."))


@pytest.mark.parametrize(("text", "roles"), [
    ("The share of private firms in foreign trade was 55.5 percent.", ["share"]),
    ("The share of exports to ASEAN rose 0.8 percentage points to 16.4 percent.",
     ["change", "share"]),  # the point move of a share is its change
    ("ASEAN's share of China's exports rose to 16.4 percent.", ["share"]),
    ("Exports rose 5 percent.", ["change"]),
])
def test_share_named_before_the_metric(text, roles):
    assert [f.role for f in tradeie.extract(text, published=PUB).facts] == roles
