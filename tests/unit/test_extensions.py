"""tradeie.extensions helpers."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tradeie.extensions import (
    GROUP_INDEX,
    TEXT,
    doc_text,
    group_stored,
    set_span_group,
    span_stored,
)


def test_doc_text_is_joined_once_and_equals_doc_text():
    nlp = spacy.blank("en")
    doc = nlp("Exports rose 5.2% to $3.1 billion in May, the ministry said.\n\nImports fell.")
    assert doc_text(doc) == doc.text
    assert doc.user_data[TEXT] is doc_text(doc)  # the stored copy, not a new join


def test_doc_text_of_an_empty_doc():
    assert doc_text(spacy.blank("en")("")) == ""


def test_doc_text_ignores_a_stored_copy_that_no_longer_spans_the_doc():
    nlp = spacy.blank("en")
    doc = nlp("Inflation eased to 2.4 percent.")
    doc.user_data[TEXT] = "something else entirely, and longer"
    assert doc_text(doc) == doc.text


def _by_spans(doc, key):
    """What group_stored must equal: each span read on its own."""
    return [(span.label_, *span_stored(span)) for span in doc.spans.get(key, [])]


def test_group_stored_reads_the_index_as_the_spans_read():
    nlp = spacy.blank("en")
    doc = nlp("Exports rose 5.2% to $3.1 billion in May.")
    # a span widened to its tokens keeps its exact offsets; two items widening to one token
    # span share (and overwrite) one stored entry, as span_stored reads them
    set_span_group(doc, "g", [(13, 17, "PERCENT", {"value": 5.2}),
                              (21, 34, "MONEY", {"value": 3.1e9}),
                              (22, 25, "MONEY", {"value": 3.1})])
    assert GROUP_INDEX in doc.spans["g"].attrs
    assert group_stored(doc, "g") == _by_spans(doc, "g")
    assert group_stored(doc, "missing") == []
    # kept through serialization (DocBin, n_process workers)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert GROUP_INDEX in again.spans["g"].attrs
    assert group_stored(again, "g") == _by_spans(again, "g")


def test_group_stored_reads_a_group_changed_elsewhere_span_by_span():
    nlp = spacy.blank("en")
    doc = nlp("Exports rose 5.2% to $3.1 billion in May.")
    set_span_group(doc, "g", [(13, 17, "PERCENT", {"value": 5.2})])
    doc.spans["g"].append(doc[-3:-1])  # grown by hand: the index no longer covers it
    assert [label for label, *_ in group_stored(doc, "g")] == ["PERCENT", ""]
    assert group_stored(doc, "g") == _by_spans(doc, "g")
    doc.spans["g"] = [doc[0:1]]  # replaced: a new group, no index
    assert group_stored(doc, "g") == [("", 0, 7, {})]
