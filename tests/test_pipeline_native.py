"""The pipeline is the product: ``nlp(text)`` gives what ``tradeie.extract(text)`` gives, and a
saved pipeline carries its own rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tradeie
from tradeie.api import parse_published
from tradeie.convert import doc_to_extraction
from tradeie.pipeline import build

FIXTURES = Path(__file__).parent / "fixtures"


def _records() -> list[dict]:
    rows = []
    for name in ("corpus.jsonl", "heldout.jsonl"):
        with open(FIXTURES / name, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


@pytest.fixture(scope="module")
def nlp():
    return build()


def test_nlp_of_text_is_extract(nlp):
    dates = nlp.get_pipe("tradeie_dates")
    records = _records()
    assert records
    try:
        for record in records:
            dates.published = parse_published(record.get("published"))
            got = doc_to_extraction(nlp(record["text"])).to_dict()
            want = tradeie.extract(record["text"], record.get("published"), nlp=nlp).to_dict()
            assert got == want, record.get("id")
    finally:
        dates.published = None


def test_nlp_cleans_like_extract(nlp):
    # a no-break space, a fullwidth digit and a lone surrogate: cleaned in the Doc, read back
    # from the caller's string
    text = "Exports rose\u00a0５% to $3 billion in March 2024, the ministry said.\ud800"
    got = doc_to_extraction(nlp(text)).to_dict()
    assert got == tradeie.extract(text, nlp=nlp).to_dict()
    assert "\uff15%" in [entity["text"] for entity in got["entities"]]


def test_long_run_pieces(nlp):
    text = "Tariffs " + "x" * 5000 + " rose 5%."
    assert nlp(text).text == nlp.make_doc(text).text == text
    assert doc_to_extraction(nlp(text)).to_dict() == tradeie.extract(text, nlp=nlp).to_dict()
