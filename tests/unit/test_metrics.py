import pytest

from tradeie.normalize.metrics import default_metric_finder

CASES = [
    ("The nation's total goods imports and exports reached", "total goods imports and exports",
     "trade.total", None),
    ("Outbound shipments rose", "Outbound shipments", "trade.exports", None),
    ("chip exports fell", "chip exports", "trade.exports", "chips"),
    ("crude oil imports rose", "crude oil imports", "trade.imports", "crude oil"),
    ("non-oil goods exports rose", "non-oil goods exports", "trade.exports", "non-oil"),
    ("exports of crude oil rose", "exports of crude oil", "trade.exports", "crude oil"),
    ("the trade surplus with the EU", "trade surplus", "trade.surplus", None),
    ("the trade gap widened", "trade gap", "trade.deficit", None),
    ("GDP grew 5%", "GDP", "economy.gdp", None),
    ("consumer prices rose", "consumer prices", "prices.cpi", None),
    ("factory-gate prices fell", "factory-gate prices", "prices.ppi", None),
    ("foreign investment actually used", "foreign investment actually used", "investment.fdi",
     None),
    ("the current account surplus", "current account surplus", "account.current", None),
    ("the jobless rate", "jobless rate", "labour.unemployment", None),
    ("forex reserves rose", "forex reserves", "reserves.fx", None),
    ("retail sales rose", "retail sales", "sales.retail", None),
    ("value-added industrial output", "value-added industrial output", "output.industrial", None),
    ("two-way trade hit", "two-way trade", "trade.total", None),
    ("the oil bill", "oil bill", "trade.imports", "oil"),
]


@pytest.mark.parametrize(("text", "mention", "metric", "product"), CASES)
def test_metric_mentions(text, mention, metric, product):
    found = default_metric_finder().find(text)
    assert found, text
    first = found[0]
    assert (first.text, first.metric, first.product) == (mention, metric, product)
    assert text[first.start:first.end] == first.text


@pytest.mark.parametrize("text", [
    "the trade war dragged on", "new export controls on chips", "a trade deal was signed",
    "cross-border trade facilitation", "the cpi.html page",
])
def test_not_metrics(text):
    assert [m.text for m in default_metric_finder().find(text) if m.metric != "other"] == []
