"""The gates in front of the refine rules' patterns (relate.prefilters EndsWithWord with
``needs`` / ``tail``, NeedsChar) never refuse a window the pattern would match: a gated
search answers as the bare pattern, on generated texts made of the words the patterns read
(and of the non-ASCII letters a case-insensitive pattern folds to ASCII ones)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeie.relate import gapped
from tradeie.relate.cues import cues
from tradeie.relate.prefilters import EndsWithWord, NeedsChar, _Prefiltered


def _gated() -> dict[str, _Prefiltered]:
    c = cues()
    return {"products.ranked_item": c.products.ranked_item,
            "economy_bracket": c.economy_bracket,
            "gapped._GAPPED": gapped._GAPPED,
            "gapped._RELATIVE": gapped._RELATIVE,
            "gapped._OWNER_SAW": gapped._OWNER_SAW}


# words and separators of the gated patterns, in several cases, and letters that fold
FRAGMENTS = [
    "Tea", "crude petroleum", "Gold bullion", "textiles", "agriculture", "E&E products",
    "services", "private firms", "Germany", "China", "the", "The", "was", "were", "is",
    "emerged as", "remained", "the leading", "top", "second-highest", "largest", "China's",
    "non-oil", "export", "exports", "Export", "EXPORT", "import", "imports", "expoRT",
    "product", "commodity", "earner", "valued at", "worth", "at", "AT", "with", "of",
    "about", "around", "some", "nearly", "over", "while", "whereas", "but", "and",
    "of which", "which", "that", "make up", "grew", "rose", "fell", "shrank", "sank",
    "slid", "expanded", "jumped", "increased", "by", "BY", "saw", "see", "had", "their",
    "its", "ITS", "up", "down", "both", "(", ")", "+", "-", "\u2212", ",", ";", ":", ".",
    "5.4%", "12", " ", " ", " ", "  ", "\n", "\t", "ſ", "\u212a", "ı", "İ", "ſome", "\u212aey",
]
NP = ["Tea", "crude petroleum", "Gold bullion", "textiles", "E&E products", "Germany",
      "industrial goods", "private firms", "ſervices", "\u212aiwi fruit"]
# the shapes of the gated patterns' matches, slot by slot (each slot's words, "" for none)
SHAPES = [
    [NP, ["was", "were", "emerged as", "continued to be", ",", "is"], ["the", ""],
     ["China's", ""], ["leading", "top", "second-highest", "most valuable", "main"],
     ["non-oil", ""], ["export", "imports", "EXPORT", "Import", "exported"],
     ["product", "earner", ""], [",", ""], ["valued at", "worth", "at", "with", "of", "in"],
     ["about", "nearly", "ſome", ""]],
    [[",", ";", "while", ", whereas", "but", "of which"], ["the", ""], NP,
     [", including crude oil,", ""],
     ["grew", "rose", "expanded", "fell", "slid", "jumped", "were", "EXPANDED"],
     ["by", ""], ["about", "some", "SOME", ""]],
    [[".", ":", "\n", ""], ["the", ""], NP, [","], ["which", "that", "WHICH"],
     ["make up 40% of exports", "account for 3.1", "rose"], [","],
     ["grew", "increased", "fell", "were"], ["by", ""], ["about", ""]],
    [[",", ".", "while", "and", "\n"], ["the", ""], NP,
     ["saw", "has", "had", "see", "reported"], ["their", "its", "ITS", "a"]],
    [["exports to", "imports from", ""], ["Germany", "China", "the EU", "Tea"], ["(", ""],
     ["up", "by", "both", ""], ["+", "-", "\u2212", ""]],
]
SEPARATORS = ["", " ", " ", " ", "  ", "\n"]


@st.composite
def _shaped(draw) -> str:
    """A text near a match of one of the patterns: its shape's slots filled in order, each
    now and then with any fragment instead, between other fragments."""
    shape = draw(st.sampled_from(SHAPES))
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), max_size=4))
    for slot in shape:
        if draw(st.integers(0, 9)) == 0:
            parts.append(draw(st.sampled_from(FRAGMENTS)))
        else:
            parts.append(draw(st.sampled_from(slot)))
    parts += draw(st.lists(st.sampled_from(FRAGMENTS), max_size=2))
    text = ""
    for part in parts:
        # (punctuation mostly right after the word before it: "Tea, the top export")
        glued = part[:1] in ",;:." and draw(st.integers(0, 3)) > 0
        text += ("" if glued else draw(st.sampled_from(SEPARATORS))) + part
    return text + draw(st.sampled_from(SEPARATORS))


TEXTS = st.one_of(_shaped(), st.lists(st.sampled_from(FRAGMENTS), max_size=24).map(
    " ".join))


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@settings(max_examples=600, deadline=None)
@given(TEXTS, st.data())
def test_a_gated_search_answers_as_the_pattern(text, data):
    pos = data.draw(st.integers(-2, len(text) + 2))
    endpos = data.draw(st.integers(-2, len(text) + 2))
    for name, cue in _gated().items():
        assert _same(cue.search(text, pos, endpos), cue.pattern_obj.search(text, pos, endpos)), \
            (name, text, pos, endpos)


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_a_gated_search_of_a_text_ending_at_a_figure_answers_as_the_pattern(text):
    # the rules search right up to a figure: the window's end is the text's end
    text += " "
    for name, cue in _gated().items():
        assert _same(cue.search(text), cue.pattern_obj.search(text)), (name, text)


@pytest.mark.parametrize(("name", "window", "np"), [
    ("products.ranked_item", "Tea was the leading export, valued at ", "Tea"),
    ("products.ranked_item", "crude petroleum, the second-highest export at about ",
     "crude petroleum"),
    ("products.ranked_item", "Gold emerged as the top EXPORT product worth ", "Gold"),
    ("products.ranked_item", "Crude oil remained the largest import, with about ",
     "Crude oil"),
    ("economy_bracket", "exports to Germany (", None),
    ("gapped._GAPPED", "exports fell 3%, while industrial goods grew by ", "industrial goods"),
    ("gapped._RELATIVE", "E&E products, which make up 40% of exports, rose ", "E&E products"),
    ("gapped._RELATIVE", ". Textiles, that account for 9.1% of exports, fell by about ",
     "Textiles"),
    ("gapped._OWNER_SAW", "Private enterprises saw their ", "Private enterprises"),
])
def test_the_gates_let_the_rules_own_examples_through(name, window, np):
    cue = _gated()[name]
    assert cue.possible(window, 0, len(window))
    m = cue.search(window)
    assert m is not None
    if np is not None:
        assert m.group("np") == np


@pytest.mark.parametrize(("name", "window"), [
    ("products.ranked_item", "Tea was the leading crop, valued at "),  # no flow word
    ("products.ranked_item", "Tea was the leading export in "),  # another last word
    ("products.ranked_item", "exports of the leading markets, valued at "),  # no rank tail
    ("economy_bracket", "exports to Germany rose "),
    ("gapped._GAPPED", "exports fell 3%, while industrial goods were "),
    ("gapped._RELATIVE", "E&E products, up 40% on the year, rose "),
    ("gapped._OWNER_SAW", "Private enterprises saw a "),
])
def test_the_gates_refuse_windows_without_what_a_match_needs(name, window):
    cue = _gated()[name]
    assert not cue.possible(window, 0, len(window))
    assert cue.pattern_obj.search(window) is None


def test_a_non_ascii_tail_is_left_to_the_pattern():
    # "ſome" matches "some" case-insensitively: the end test cannot rule it out
    assert cues().products.ranked_item.possible("Tea was the top export of ſome ", 0, 31)


def test_the_gates_are_the_prefiltered_kinds():
    gated = _gated()
    assert isinstance(gated["economy_bracket"], NeedsChar)
    assert all(isinstance(gated[k], EndsWithWord) for k in gated if k != "economy_bracket")
    assert gated["products.ranked_item"].tail is not None


def test_needed_words_must_survive_lower_casing_of_a_case_insensitive_pattern():
    pattern = re.compile(r"\w+ which $", re.IGNORECASE)
    with pytest.raises(ValueError):
        EndsWithWord(pattern, ("which",), needs=("which",))  # "ı" matches its "i"
    EndsWithWord(re.compile(pattern.pattern), ("which",), needs=("which",))  # case-sensitive


def test_a_tail_must_be_the_patterns_own_end():
    pattern = re.compile(r"(?P<np>\w+) was the top export at $", re.IGNORECASE)
    with pytest.raises(ValueError):
        EndsWithWord(pattern, ("at",), tail=re.compile(r" was the top import at $",
                                                       re.IGNORECASE))
    with pytest.raises(ValueError):
        EndsWithWord(pattern, ("at",), tail=re.compile(r" the top export at $"))  # flags
    assert EndsWithWord(pattern, ("at",), tail=re.compile(
        r" the top export at $", re.IGNORECASE)).search("Tea was the top export at ")
