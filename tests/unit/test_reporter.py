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
