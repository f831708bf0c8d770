"""The foundation's acceptance test: the seed article gives exactly the contract's facts."""

import pytest

import tradeie


@pytest.fixture(scope="module")
def res(seed_body):
    return tradeie.extract(seed_body, published="2025-01-13")


def figure_facts(res):
    out = {}
    for fact in res.facts:
        fig = res.entity(fact.figure)
        out[fig.text] = (fig, fact)
    return out


EXPECTED = {
    # figure text: (label, value, unit, metric, role, direction, basis)
    "43.85 trillion yuan": ("MONEY", 4.385e13, "CNY", "trade.total", "level", None, None),
    "about 6.1 trillion U.S. dollars": ("MONEY", 6.1e12, "USD", "trade.total", "level", None,
                                        None),
    "5 percent": ("PERCENT", 5.0, "percent", "trade.total", "change", "up", "yoy"),
    "7.1 percent": ("PERCENT", 7.1, "percent", "trade.exports", "change", "up", "yoy"),
    "25.45 trillion yuan": ("MONEY", 2.545e13, "CNY", "trade.exports", "level", None, None),
    "2.3 percent": ("PERCENT", 2.3, "percent", "trade.imports", "change", "up", "yoy"),
    "18.39 trillion yuan": ("MONEY", 1.839e13, "CNY", "trade.imports", "level", None, None),
}


def test_trade_facts_are_exactly_the_worked_example(res):
    facts = figure_facts(res)
    for text, (label, value, unit, metric, role, direction, basis) in EXPECTED.items():
        fig, fact = facts[text]
        assert (fig.label, fig.unit, fact.metric, fact.role, fact.direction, fact.basis) == (
            label, unit, metric, role, direction, basis), text
        assert fig.value == pytest.approx(value)
        assert fact.period == "2024", text
        assert fact.reporter == "CN", text
        assert fact.modality == "actual"
    usd = facts["about 6.1 trillion U.S. dollars"][0]
    assert usd.qualifier == "approx"
    assert usd.equivalent_of == facts["43.85 trillion yuan"][0].id


def test_trade_facts_are_sourced_to_the_customs(res):
    for text in EXPECTED:
        fact = figure_facts(res)[text][1]
        source = res.entity(fact.source)
        assert source is not None and source.label == "AGENCY", text
        assert source.name == "General Administration of Customs"


def test_countries_and_regions_quantity(res):
    fig = next(e for e in res.entities if e.label == "QUANTITY" and e.value == 150)
    assert fig.unit == "countries and regions" and fig.qualifier == "min"
    fact = next(f for f in res.facts if f.figure == fig.id)
    assert (fact.metric, fact.role) == ("other", "level")


def test_agency_and_acronym(res, seed_body):
    agencies = [e for e in res.entities if e.label == "AGENCY"]
    assert {e.name for e in agencies} == {"General Administration of Customs"}
    assert all(e.acronym == "GAC" and e.country == "CN" for e in agencies)
    # every mention of GAC is an AGENCY entity
    starts = {e.start for e in agencies}
    pos = seed_body.find("GAC")
    while pos != -1:
        assert pos in starts
        pos = seed_body.find("GAC", pos + 1)


def test_official_wang_lingjun(res):
    officials = [e for e in res.entities if e.label == "OFFICIAL"]
    assert officials, "no OFFICIAL found"
    assert {e.name for e in officials} == {"Wang Lingjun"}
    first = officials[0]
    assert first.text == "Wang Lingjun" and first.title == "deputy head"
    agency = res.entity(first.agency)
    assert agency is not None and agency.acronym == "GAC"
    assert not any("Zhang" in e.text or "Zhong" in e.text for e in res.entities)


def test_dates(res):
    dates = {e.text: e for e in res.entities if e.label == "DATE"}
    assert dates["last year"].value == "2024"
    assert dates["Monday"].value == "2025-01-13"


def test_no_false_figures(res):
    figures = [e for e in res.entities if e.label in ("MONEY", "PERCENT", "QUANTITY")]
    texts = " | ".join(e.text for e in figures)
    for bad in ("2024", "13:34", "second-largest", "13"):
        assert not any(e.text == bad or e.text.startswith(bad + " ") for e in figures), texts
