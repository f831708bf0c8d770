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


# Scope words, sector and component restrictions, and wordings of the metric families
# (own sentences).
WORDINGS = [
    ("Youth unemployment climbed to 19%", "Youth unemployment", "labour.unemployment", "youth"),
    ("Female unemployment edged down", "Female unemployment", "labour.unemployment", "female"),
    ("Joblessness stayed at 4.1%", "Joblessness", "labour.unemployment", None),
    ("Mining output slid 3%", "Mining output", "output.industrial", "mining"),
    ("Utilities output rose 1%", "Utilities output", "output.industrial", "utilities"),
    ("Manufacturing production fell", "Manufacturing production", "output.industrial",
     "manufacturing"),
    ("the weighted median rose 2.7%", "weighted median", "prices.cpi", "weighted median"),
    ("The trimmed mean measure eased", "trimmed mean", "prices.cpi", "trimmed mean"),
    ("Trimmed mean inflation eased", "Trimmed mean inflation", "prices.cpi", "trimmed mean"),
    ("NODX grew 4% last month", "NODX", "trade.exports", "non-oil domestic"),
    ("its non-oil domestic exports rose", "non-oil domestic exports", "trade.exports",
     "non-oil domestic"),
    ("Export volumes fell 2%", "Export volumes", "trade.exports", None),
    ("import volumes picked up", "import volumes", "trade.imports", None),
    ("Trade in commercial services may grow 5%", "Trade in commercial services", "trade.total",
     "commercial services"),
    ("sales abroad of nickel fell", "sales abroad of nickel", "trade.exports", "nickel"),
    ("Non-oil activities grew 3%", "Non-oil activities", "economy.gdp", "non-oil activities"),
    ("Foreign currency assets fell $2 billion", "Foreign currency assets", "reserves.fx",
     "foreign currency assets"),
    ("the goods account surplus narrowed", "goods account surplus", "trade.surplus", None),
    ("Construction growth slowed to 1%", "Construction growth", "economy.gdp", "construction"),
]


@pytest.mark.parametrize(("text", "mention", "metric", "product"), WORDINGS)
def test_metric_wordings(text, mention, metric, product):
    first = default_metric_finder().find(text)[0]
    assert (first.text, first.metric, first.product) == (mention, metric, product)


# Generic heads stay 'other' in the finder (the linker resolves them by family); their
# product restriction is found all the same.
@pytest.mark.parametrize(("text", "mention", "product"), [
    ("Electricity prices dropped 9%", "Electricity prices", "electricity"),
    ("Transport prices rose", "Transport prices", "transport"),
    ("Department store sales slipped", "Department store sales", "department stores"),
    ("Food store sales fell 1%", "Food store sales", "food stores"),
    ("Energy production rose 2%", "Energy production", "energy"),
])
def test_generic_heads_keep_product(text, mention, product):
    first = default_metric_finder().find(text)[0]
    assert (first.text, first.metric, first.product) == (mention, "other", product)


def test_volumes_right_after_a_metric_belong_to_it():
    found = default_metric_finder().find("UK retail sales volumes rose, and volumes grew 2%")
    assert [m.text for m in found] == ["retail sales", "volumes"]


@pytest.mark.parametrize(("text", "metric"), [
    ("the general government deficit reached 3% of GDP", "other"),
    ("the public deficit narrowed to 2.9% of output", "other"),
    ("Rs 500 crore for export promotion", "other"),
])
def test_non_trade_wordings_are_other(text, metric):
    assert [m.metric for m in default_metric_finder().find(text)][0] == metric


def test_services_trade_deficit_keeps_deficit():
    found = default_metric_finder().find("the services trade deficit widened")
    assert [(m.text, m.metric, m.product) for m in found] == [
        ("services trade deficit", "trade.deficit", "services")]
