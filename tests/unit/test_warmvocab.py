"""Memory zones that keep the words met in several zones (tradeie.warmvocab)."""

from __future__ import annotations

import json
import weakref

import pytest

import tradeie
from tradeie import warmvocab


@pytest.fixture(autouse=True)
def fresh_tracker(monkeypatch):
    """Each test starts with no chunk seen or kept: the default pipeline may have run much of
    the suite before, whose words can fill the cap (nothing more is kept then). The tests
    take ``tradeie.load()`` when they run, not the session's ``nlp`` fixture: a test that
    switches the rule data (``resources.use_models_dir``) makes a new default pipeline."""
    monkeypatch.setattr(warmvocab, "_TRACKERS", weakref.WeakKeyDictionary())


def test_a_word_met_in_two_zones_is_kept_and_a_one_off_word_is_freed():
    nlp = tradeie.load()  # the pipeline tradeie.extract uses now
    common, rare1, rare2 = "Qzxexports", "Vwyplorb", "Kjhtrosk"
    tradeie.extract(f"{common} rose 5% to $3 billion, {rare1} said.")
    assert common not in nlp.vocab.strings  # one zone: freed
    tradeie.extract(f"{common} fell 2% in May, {rare2} said.")
    assert common in nlp.vocab.strings  # a second zone: kept
    assert rare1 not in nlp.vocab.strings and rare2 not in nlp.vocab.strings
    assert common in warmvocab._tracker(nlp).kept


def test_kept_words_change_no_output():
    texts = [f"Exports of Plovdarite rose {n}.5% to ${n} billion in March 2024, the "
             f"statistics office said." for n in range(1, 9)]
    first = [json.dumps(r.to_dict(), sort_keys=True)
             for r in tradeie.extract_many(texts, batch_size=2)]
    again = [json.dumps(r.to_dict(), sort_keys=True)
             for r in tradeie.extract_many(texts, batch_size=3)]
    alone = [json.dumps(tradeie.extract(t).to_dict(), sort_keys=True) for t in texts]
    assert first == again == alone


def test_keeping_stops_at_the_cap(monkeypatch):
    nlp = tradeie.load()  # the pipeline tradeie.extract uses now
    tracker = warmvocab._tracker(nlp)
    monkeypatch.setattr(warmvocab, "PROMOTE_CAP", len(tracker.kept))
    word = "Zzyqvimports"
    for n in range(3):
        tradeie.extract(f"{word} rose {n}%.")
    assert word not in nlp.vocab.strings


def test_a_chunk_spacy_cannot_store_is_not_kept():
    nlp = tradeie.load()  # the pipeline tradeie.extract uses now
    text = "Exports rose 5% \ud800zq to $3 billion in 2024."
    for _ in range(3):
        res = tradeie.extract(text)
        assert res.error is None and res.text == text
    assert "\ud800zq" not in warmvocab._tracker(nlp).kept


def test_a_word_two_texts_of_one_batch_share_is_kept_before_the_batch():
    nlp = tradeie.load()  # the pipeline tradeie.extract uses now
    shared, alone = "Qvbexports", "Wzxmonly"
    texts = [f"{shared} rose 5% in May.", f"{shared} fell 2% in June, {alone} said."]
    out = list(tradeie.extract_many(texts, batch_size=8))
    assert all(r.error is None for r in out)
    assert shared in nlp.vocab.strings and alone not in nlp.vocab.strings
