"""Robustness properties of the whole pipeline: any string in, a valid Extraction out."""

import json

from hypothesis import given
from hypothesis import strategies as st

import tradeie
from tradeie.schema import (
    BASES,
    DIRECTIONS,
    ENTITY_LABELS,
    FIGURE_LABELS,
    METRICS,
    MODALITIES,
    ROLES,
    Extraction,
)

FRAGMENTS = st.sampled_from([
    "Exports", "imports", "rose", "fell", "5%", "-3.8%", "7.1 percent", "$", "US$", "€", "¥",
    "2,105.3", "billion", "bn", "trillion yuan", "lakh crore", "Rs", "(", ")", ",", ".", " ",
    "\n", "last year", "in 2024", "Jan. 13", "the first 11 months", "Q3", "H1", "Monday",
    "GAC", "General Administration of Customs (GAC)", "said", "Wang Lingjun", "deputy head",
    "year on year", "to", "from", "about", "more than", "accounting for", "respectively",
    "trade surplus", "with the EU", "CPI", "GDP", "13:34", "COVID-19", "G20", "half", "a third",
    "\u00a0", "\u200b", "\x00", "\ud800", "€987.6Bn", "0.4 percentage points", "$3-4 billion",
])


def check_valid(text: str, res: Extraction) -> None:
    ids = set()
    for ent in res.entities:
        assert text[ent.start:ent.end] == ent.text
        assert ent.label in ENTITY_LABELS
        assert ent.id not in ids
        ids.add(ent.id)
        if ent.label in FIGURE_LABELS:
            assert isinstance(ent.value, float)
    assert [e.start for e in res.entities] == sorted(e.start for e in res.entities)
    labels = {e.id: e.label for e in res.entities}
    for fact in res.facts:
        assert labels.get(fact.figure) in FIGURE_LABELS
        assert fact.metric in METRICS
        assert fact.role in ROLES
        assert fact.direction in (*DIRECTIONS, None)
        assert fact.basis in (*BASES, None)
        assert fact.modality in MODALITIES
        assert fact.source is None or labels.get(fact.source) in ("AGENCY", "OFFICIAL")
    data = json.loads(res.to_json())
    assert Extraction.from_dict(data, text=text).to_dict() == data


@given(st.text(max_size=300))
def test_any_text_gives_valid_output(text):
    check_valid(text, tradeie.extract(text, published="2025-01-13"))


@given(st.lists(FRAGMENTS, max_size=40).map(" ".join), st.booleans())
def test_news_like_text_gives_valid_output(text, with_date):
    res = tradeie.extract(text, published="2025-01-13" if with_date else None)
    check_valid(text, res)


@given(st.lists(FRAGMENTS, max_size=30).map("".join))
def test_glued_fragments_give_valid_output(text):
    check_valid(text, tradeie.extract(text))
