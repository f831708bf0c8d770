"""The dependency-parse path of ``tradeie.relate.concept`` (``parse``): Docs parsed by hand,
so CI needs no statistical model; one test uses en_core_web_sm when it is installed."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import tradeie
from tradeie.components.relations import FACTS
from tradeie.relate.concept.parse import parsed, parsed_subject

# (word, head index, dep, pos): a parse as en_core_web_sm gives it for our own sentences
TESTING = [("In", 5, "prep", "ADP"), ("the", 2, "det", "DET"), ("lake", 0, "pobj", "NOUN"),
           (",", 5, "punct", "PUNCT"), ("testing", 5, "nsubj", "NOUN"),
           ("came", 5, "ROOT", "VERB"), ("back", 5, "advmod", "ADV"), ("at", 5, "prep", "ADP"),
           ("4", 9, "nummod", "NUM"), ("ppb", 7, "pobj", "NOUN"), ("below", 9, "prep", "ADP"),
           ("the", 12, "det", "DET"), ("limit", 10, "pobj", "NOUN"), (".", 5, "punct", "PUNCT")]
MILEAGE = [("Average", 2, "amod", "ADJ"), ("car", 2, "compound", "NOUN"),
           ("mileage", 4, "nsubj", "NOUN"), ("has", 4, "aux", "AUX"),
           ("climbed", 4, "ROOT", "VERB"), ("to", 4, "prep", "ADP"), ("29", 7, "nummod", "NUM"),
           ("mpg", 5, "pobj", "NOUN"), (".", 4, "punct", "PUNCT")]
FRONTED = [("At", 5, "prep", "ADP"), ("118p", 0, "pobj", "NUM"), (",", 5, "punct", "PUNCT"),
           ("the", 4, "det", "DET"), ("shares", 5, "nsubj", "NOUN"), ("rose", 5, "ROOT", "VERB"),
           ("3", 7, "nummod", "NUM"), ("%", 5, "npadvmod", "NOUN"), (".", 5, "punct", "PUNCT")]
PRONOUN = [("It", 1, "nsubj", "PRON"), ("rose", 1, "ROOT", "VERB"), ("3", 3, "nummod", "NUM"),
           ("%", 1, "npadvmod", "NOUN"), (".", 1, "punct", "PUNCT")]
COUNT = [("The", 1, "det", "DET"), ("team", 2, "nsubj", "NOUN"), ("made", 2, "ROOT", "VERB"),
         ("eight", 4, "nummod", "NUM"), ("picks", 2, "dobj", "NOUN"), (".", 2, "punct", "PUNCT")]
SPAN_OF_TIME = [("Nine", 1, "nummod", "NUM"), ("days", 2, "npadvmod", "NOUN"),
                ("later", 5, "advmod", "ADV"), ("the", 4, "det", "DET"),
                ("plant", 5, "nsubjpass", "NOUN"), ("closed", 5, "ROOT", "VERB"),
                (".", 5, "punct", "PUNCT")]

NAMED = [("Zenith", 1, "nsubj", "PROPN"), ("bought", 1, "ROOT", "VERB"),
         ("13", 3, "nummod", "NUM"), ("%", 1, "dobj", "NOUN"), ("of", 3, "prep", "ADP"),
         ("Orbis", 4, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]


def parsed_doc(rows: list[tuple[str, int, str, str]], vocab=None) -> Doc:  # noqa: ANN001
    """A Doc with the given parse; a space after every word but one before punctuation."""
    words = [w for w, _, _, _ in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", "%"}
              for i in range(len(words))]
    return Doc(vocab or tradeie.load().vocab, words=words, spaces=spaces,
               heads=[h for _, h, _, _ in rows], deps=[d for _, _, d, _ in rows],
               pos=[p for _, _, _, p in rows])


def subject_of(rows: list[tuple[str, int, str, str]], figure: str) -> str | None:
    doc = parsed_doc(rows)
    start = doc.text.index(figure)
    span = parsed_subject(doc, start, start + len(figure))
    return None if span is None else doc.text[span[0]:span[1]]


def test_a_blank_doc_has_no_parse() -> None:
    assert not parsed(tradeie.load()("Average car mileage has climbed to 29 mpg."))
    assert not parsed(None)
    assert parsed(parsed_doc(MILEAGE))


@pytest.mark.parametrize(("rows", "figure", "expected"), [
    (MILEAGE, "29 mpg", "Average car mileage"),  # the noun chunk of the verb's subject
    (TESTING, "4 ppb", "testing"),
    (FRONTED, "3%", "the shares"),
    (FRONTED, "118p", None),  # a phrase before the subject frames the clause
    (PRONOUN, "3%", None),  # a pronoun is the word rules' to resolve
    (COUNT, "eight", None),  # a count of a noun outside the figure: the noun is its unit
    # a figure with its noun is whose it is (the bench leaves counts out: NewsQuant names none)
    (COUNT, "eight picks", "The team"),
    (SPAN_OF_TIME, "Nine days", None),  # a span of time measures nothing of the subject
])
def test_parsed_subject(rows: list[tuple[str, int, str, str]], figure: str,
                        expected: str | None) -> None:
    assert subject_of(rows, figure) == expected


def test_beside_metric_words_only_a_name_is_whose() -> None:
    doc = parsed_doc(NAMED)
    assert parsed_subject(doc, 14, 17, name_only=True) == (0, 6)  # "Zenith" bought 13%
    doc = parsed_doc(MILEAGE)
    start = doc.text.index("29 mpg")
    assert parsed_subject(doc, start, start + 6, name_only=True) is None  # a common noun


def test_the_pipeline_asks_the_parse_only_where_the_words_find_nothing() -> None:
    nlp = tradeie.load()
    doc = parsed_doc(TESTING, nlp.vocab)
    for _, proc in nlp.pipeline:  # tradeie's components on a Doc parsed as a base would
        doc = proc(doc)
    facts = doc._.get(FACTS)
    assert [(f["metric"], f.get("subject", {}).get("text")) for f in facts] == \
        [("other", "testing")]
    # the same words without a parse: no subject (the blank pipeline's output is unchanged)
    blank = tradeie.extract(doc.text)
    assert [f.extra.get("subject") for f in blank.facts] == [None]
    # where the word rules name the measured thing, the parse is not asked
    doc = parsed_doc(MILEAGE, nlp.vocab)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [f.get("metric_text") for f in doc._.get(FACTS)] == ["car mileage"]
    assert all("subject" not in f for f in doc._.get(FACTS))


def test_with_the_statistical_model() -> None:
    sm = pytest.importorskip("en_core_web_sm", reason="the statistical English model is not "
                             "installed (it is optional and never downloaded)")
    nlp = tradeie.load(sm.load())
    res = tradeie.extract("In the lake, testing came back at 4 ppb below the limit.", nlp=nlp)
    assert [(f.extra.get("subject") or {}).get("text") for f in res.facts] == ["testing"]
