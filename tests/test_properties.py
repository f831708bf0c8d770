"""Robustness properties of the whole pipeline: any string in, a valid Extraction out."""

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import tradeie
from tradeie.schema import (
    BASES,
    DIRECTIONS,
    ENTITY_LABELS,
    FIGURE_LABELS,
    GRANULARITIES,
    METRICS,
    MODALITIES,
    QUALIFIERS,
    ROLES,
    Extraction,
)

FRAGMENTS = st.sampled_from([
    "Exports", "imports", "rose", "fell", "5%", "-3.8%", "7.1 percent", "$", "US$", "€", "¥",
    "Jan-Mar", "Commerce Secretary Piyush Goyal", "to Latin America", "South America's",
    "to the EU", "from Russia", "Tk", "1 000", "2 1/2", "half a", "Rs.", "2024",
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


# --------------------------------------------------------------------------------------
# Robustness extensions: the whole contract (not only offsets), awkward characters between
# news fragments, lone surrogates, determinism, batches equal single calls.

# Separators that scraped, typeset or broken text puts between words.
ODD_SEPARATORS = st.sampled_from([
    " ", "\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\t", "\x0b", "\x0c", "\u00a0",
    "\u202f", "\u2009", "\u3000", "\u200b", "\u200d", "\ufeff", "\x00", "\x1b", "\ud800",
    "\udfff", "\ufffd", "  ", "\n\n", "", "-", "/", "(", ")", "\"", "\u201c", "'",
])
ALL_CODE_POINTS = st.characters(exclude_categories=())  # surrogates included


def check_contract(text: str, res: Extraction) -> None:
    """check_valid plus the fields the contract fixes for each label and fact."""
    check_valid(text, res)
    by_id = {e.id: e for e in res.entities}
    for ent in res.entities:
        if ent.label in FIGURE_LABELS:
            assert ent.attrs.get("qualifier") in (*QUALIFIERS, None)
            assert isinstance(ent.attrs.get("unit"), str) and ent.attrs["unit"]
            if ent.attrs.get("value_max") is not None:
                assert isinstance(ent.attrs["value_max"], float)
            ref = ent.attrs.get("equivalent_of")
            assert ref is None or by_id[ref].label == ent.label
        elif ent.label == "DATE":
            assert ent.attrs.get("granularity") in (*GRANULARITIES, None)
            value = ent.attrs.get("value")
            assert value is None or (isinstance(value, str) and value[:4].isdigit())
            start, end = ent.attrs.get("start_date"), ent.attrs.get("end_date")
            if start and end:
                assert date.fromisoformat(start) <= date.fromisoformat(end)
        elif ent.label == "AGENCY":
            assert ent.attrs.get("name") and ent.attrs.get("country")
        elif ent.label == "OFFICIAL":
            assert ent.attrs.get("name")
            agency = ent.attrs.get("agency")
            assert agency is None or by_id[agency].label == "AGENCY"
    figures = [f.figure for f in res.facts]
    assert len(figures) == len(set(figures)), "a figure with two facts"
    spans = sorted((e.start, e.end) for e in res.entities if e.label in FIGURE_LABELS)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), \
        "two figures share characters"
    for fact in res.facts:
        # an economy (ISO alpha-2, EU, EA), or intra-area trade with the area as both
        assert fact.reporter is None or fact.reporter == fact.partner or (
            len(fact.reporter) == 2 and fact.reporter.isupper()), fact.reporter


@given(st.lists(st.tuples(FRAGMENTS, ODD_SEPARATORS), max_size=30),
       st.sampled_from(["2025-01-13", None]))
def test_fragments_with_odd_separators_keep_the_contract(parts, published):
    text = "".join(f + sep for f, sep in parts)
    check_contract(text, tradeie.extract(text, published=published))


@given(st.text(ALL_CODE_POINTS, max_size=200))
def test_any_code_point_sequence_keeps_the_contract(text):
    # st.text() leaves out lone surrogates; broken decoding produces them
    check_contract(text, tradeie.extract(text, published="2025-01-13"))


@settings(max_examples=50)
@given(st.lists(st.lists(FRAGMENTS, max_size=25).map(" ".join), min_size=1, max_size=6))
def test_batch_equals_single_calls_and_is_deterministic(texts):
    single = [tradeie.extract(t, published="2025-01-13").to_dict() for t in texts]
    batch = [r.to_dict() for r in tradeie.extract_many(
        [{"text": t, "published": "2025-01-13"} for t in texts], batch_size=2)]
    assert batch == single
    again = [tradeie.extract(t, published="2025-01-13").to_dict() for t in reversed(texts)]
    assert again == single[::-1]  # no state leaks from one document to the next


def shape_without_text(r: Extraction) -> tuple:
    """Entities and facts by offsets and values: what a space-like character may not change.
    Texts (an entity's, a fact's `subject`) keep the characters as written."""
    facts = []
    for f in r.facts:
        data = f.to_dict()
        if data.get("subject"):
            data["subject"] = {k: v for k, v in data["subject"].items() if k != "text"}
        facts.append(data)
    return [(e.label, e.start, e.end, e.attrs) for e in r.entities], facts


# A space-like or control character (models/text.json) in place of a space changes nothing
# but the entity text: make_doc reads it as a space, one character for one.
SPACE_LIKE = st.sampled_from(["\u00a0", "\u2009", "\u202f", "\u200b", "\ufeff", "\u3000",
                              "\x00", "\x1b", "\x7f", "\x9f"])


@given(st.lists(FRAGMENTS.filter(lambda f: f.strip() and "\u200b" not in f and "\u00a0" not in f),
                min_size=1, max_size=25),
       st.lists(st.tuples(st.booleans(), SPACE_LIKE), min_size=25, max_size=25))
def test_space_like_characters_read_as_spaces(words, swaps):
    plain = " ".join(words)
    seps = [sep if use else " " for use, sep in swaps[:len(words) - 1]]
    odd = words[0] + "".join(sep + w for sep, w in zip(seps, words[1:], strict=True))
    assert len(odd) == len(plain)
    reference, res = tradeie.extract(plain), tradeie.extract(odd)
    check_valid(odd, res)

    assert shape_without_text(res) == shape_without_text(reference)


# A line-like character (vertical tab, form feed, U+2028 ...) in place of a line feed changes
# nothing but the entity text.
LINE_LIKE = st.sampled_from(["\x0b", "\x0c", "\x1e", "\x85", "\u2028", "\u2029"])


@given(st.lists(FRAGMENTS.filter(lambda f: "\n" not in f), min_size=1, max_size=25),
       st.lists(st.sampled_from([" ", "\n"]), min_size=25, max_size=25), LINE_LIKE)
def test_line_like_characters_read_as_line_feeds(words, seps, line):
    plain = words[0] + "".join(sep + w for sep, w in zip(seps, words[1:], strict=False))
    odd = plain.replace("\n", line)
    reference, res = tradeie.extract(plain), tradeie.extract(odd)
    check_valid(odd, res)
    assert shape_without_text(res) == shape_without_text(reference)


# Scrapers send sentinel dates ("0001-01-01" for a missing one): relative dates counted past
# the calendar's ends get no value instead of failing the document.
DATE_WORDS = st.sampled_from([
    "yesterday", "tomorrow", "next Monday", "last week", "a year earlier", "the year before",
    "the same period last year", "next year", "December", "the first 11 months", "Q4",
    "10 years ago", "the previous three months", "so far this year", "fiscal 2024",
])


@given(st.lists(st.one_of(DATE_WORDS, FRAGMENTS), min_size=1, max_size=20).map(" ".join),
       st.one_of(st.dates(), st.sampled_from([date.min, date.max])))
def test_any_publication_date_keeps_the_contract(text, published):
    check_contract(text, tradeie.extract(text, published=published))
