"""tradeie.extensions helpers."""

from __future__ import annotations

import spacy

from tradeie.extensions import TEXT, doc_text


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
