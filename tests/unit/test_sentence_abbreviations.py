"""Abbreviations kept whole by the tokenizer (models/tokenizer.json ``special_cases``): a
rank written "No. 2" ends no sentence, so the figure after it keeps its clause."""

from __future__ import annotations

import pytest

import tradeie
from tradeie.pipeline import build


@pytest.fixture(scope="module")
def nlp():
    return build()


@pytest.mark.parametrize("text", [
    "Vietnam became the No. 3 supplier of furniture to the United States last year.",
    "Mexico, now the Nos. 1 and 2 destinations combined, took 41% of the shipments.",
    "The port ranked No. 12 worldwide by container throughput in 2024.",
])
def test_rank_number_ends_no_sentence(nlp, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1


def test_sentences_still_end_at_a_plain_full_stop(nlp) -> None:
    doc = nlp("Exports rose 4% in May. Imports fell 2%. The answer was no. Prices held.")
    assert len(list(doc.sents)) == 4


def test_figure_after_a_rank_keeps_its_metric() -> None:
    text = ("Exports to Canada, the No. 2 market for Mexican goods, rose 5.1% to $30.2 billion "
            "in the first quarter of 2025.")
    res = tradeie.extract(text, published="2025-05-10")
    fact = next(f for f in res.facts if res.entity(f.figure).text == "$30.2 billion")
    assert (fact.metric, fact.partner, fact.period) == ("trade.exports", "CA", "2025-Q1")
