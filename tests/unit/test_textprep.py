"""textprep: same-length cleaning and tokenizing long whitespace-free runs in pieces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradeie
from tradeie import textprep
from tradeie.api import make_doc, parse_published


@pytest.fixture(scope="module")
def nlp():
    return tradeie.load()


@pytest.mark.parametrize(("raw", "cleaned"), [
    ("5\u00a0percent", "5 percent"),
    ("$3\u2009billion", "$3 billion"),
    ("\u20ac987.6\u200bBn", "\u20ac987.6 Bn"),
    ("\ufeffExports", " Exports"),
    ("a\ud800b", "a\ufffdb"),
    ("line\nbreak\r\nkept\tas is", "line\nbreak\r\nkept\tas is"),  # breaks are not spaces
    ("5\x00percent\x1f\x7f\x9f", "5 percent   "),  # control characters separate words
    ("$3\x0cbillion\x0b\x85\u2028\u2029\x1e", "$3\nbillion\n\n\n\n\n"),  # line-like: "\n"
    ("plain text", "plain text"),
    ("\uff15\uff0e2\uff05 \uff04\uff13", "5.2% $3"),  # fullwidth forms: ASCII
    ("5\u200f% \u202bx\u202c", "5 %  x "),  # bidirectional marks are spaces
])
def test_clean(raw, cleaned):
    assert textprep.clean(raw) == cleaned


@given(st.text())
def test_clean_keeps_length_and_only_touches_listed_characters(text):
    out = textprep.clean(text)
    assert len(out) == len(text)
    table = textprep.rules().char_table
    for before, after in zip(text, out, strict=True):
        if before != after:
            assert ord(before) in table or "\ud800" <= before <= "\udfff"
        assert after in " \n" or ord(after) not in table or ord(before) in table


@given(st.text(alphabet=st.one_of(
    st.sampled_from(sorted(map(chr, textprep.rules().char_table))), st.characters())))
def test_clean_translates_every_listed_character(text):
    # clean() skips str.translate when no listed character is present: the result is the same
    table = textprep.rules().char_table
    expected = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else table.get(ord(c), c)
                       for c in text)
    assert textprep.clean(text) == expected


@pytest.mark.parametrize("text", [
    "Exports rose to $3\x0cbillion.", "Exports rose to $3\u2028billion.",
    "Exports rose to $3\x00billion.", "Exports rose to $3\x85billion.",
])
def test_control_and_line_characters_inside_a_figure(text):
    (fig,) = [e for e in tradeie.extract(text).entities if e.label == "MONEY"]
    assert fig.value == 3e9
    assert text[fig.start:fig.end] == fig.text


def test_short_words_are_tokenized_as_spacy_does(nlp):
    text = "Exports rose 5.9% to $3.58tn (25.45 trillion yuan) in 2024, customs said."
    assert [t.text for t in textprep.tokenize(nlp, text)] == [t.text for t in nlp.tokenizer(text)]


def test_long_run_is_cut_into_pieces_with_exact_text(nlp):
    run = "$" * 1000
    text = f"Exports rose 5%. {run} Imports fell 2%."
    doc = textprep.tokenize(nlp, text)
    assert doc.text == text
    size = textprep.rules().piece_chars
    assert all(len(t) <= size for t in doc)
    # the words around the run are tokenized as usual
    assert [t.text for t in doc][:4] == ["Exports", "rose", "5", "%"]
    assert [t.text for t in doc][-4:] == ["Imports", "fell", "2", "%."] or \
        [t.text for t in doc][-5:] == ["Imports", "fell", "2", "%", "."]


def test_pieces_prefer_a_cut_after_punctuation():
    run = "abcdefghij/" * 20
    pieces = textprep._run_pieces(run, 64)
    assert "".join(pieces) == run
    assert all(p.endswith("/") for p in pieces[:-1])
    assert textprep._run_pieces("x" * 130, 64) == ["x" * 64, "x" * 64, "xx"]


@given(st.lists(st.sampled_from(["$", "(", ")", "5", ",", "%", "a", " ", "\n", "-", "\u00a0",
                                 "https://x.org/2024/", "\u200b"]), max_size=400).map("".join))
def test_tokenize_keeps_the_text(text):
    nlp = tradeie.load()
    doc = make_doc(nlp, text, None)
    assert doc.text == textprep.clean(text)
    assert len(doc.text) == len(text)


def test_long_run_figures_still_found():
    # a figure right after a long run of junk is still read
    res = tradeie.extract("=" * 500 + " Exports rose 5% to $3 billion.")
    assert [(e.text, e.attrs["value"]) for e in res.entities if e.label != "DATE"] == \
        [("5%", 5.0), ("$3 billion", 3e9)]


@pytest.mark.parametrize("word", ["today", "Tomorrow", "yesterday", "now", "2 days ago",
                                  "next Monday", "last Friday"])
def test_published_rejects_relative_words(word):
    with pytest.raises(ValueError, match="relative words"):
        parse_published(word)


@pytest.mark.parametrize(("given_", "iso"), [
    ("13 January 2025", "2025-01-13"), ("Jan. 13, 2025", "2025-01-13"),
    ("Mon, 13 Jan 2025 09:30:00 GMT", "2025-01-13"), ("January 13th, 2025 9:30 AM", "2025-01-13"),
])
def test_published_absolute_forms_still_read(given_, iso):
    assert parse_published(given_) == iso
