"""Gates of the speed6 pass (bench/pipeline_time.py): each must give exactly what the
ungated pattern gives, on every window."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeie.relate.cues import RELATIONS, cues
from tradeie.relate.prefilters import EndChars, NeedsWord
from tradeie.relate.sentence import FirstMatch
from tradeie.resources import read_json

_REL = read_json(RELATIONS)
_LISTS = ("forecast", "target", "previous")

# words of the cue lists (whole phrases, cut ones, in other cases), words next to them,
# punctuation and the letters re folds from non-ASCII ("İ", "ı", "ſ", the Kelvin sign)
_CUE_WORDS = sorted({w for k in _LISTS for p in _REL[k] for w in (p, *p.split())})
_PIECE = st.one_of(
    st.sampled_from(_CUE_WORDS),
    st.sampled_from(_CUE_WORDS).map(str.upper),
    st.sampled_from(_CUE_WORDS).map(lambda w: w[: max(1, len(w) - 2)]),
    st.sampled_from(["exports", "rose", "4.1%", "index", "gauge", "as", "the", "-", ",",
                     "(", "'", "pre", "\u0130", "\u0131", "\u017f", "\u212a", "\n"]),
)
_TEXT = st.lists(_PIECE, max_size=12).flatmap(
    lambda ws: st.lists(st.sampled_from([" ", "", "  ", "-", "\t"]), min_size=len(ws),
                        max_size=len(ws)).map(
        lambda seps: "".join(w + s for w, s in zip(ws, seps, strict=True))))


def _gated(name: str) -> NeedsWord:
    c = cues()
    gated = c.word_gates[id(getattr(c, name))]
    assert isinstance(gated, NeedsWord) and gated.pattern_obj is getattr(c, name)
    return gated


@pytest.mark.parametrize("name", _LISTS)
def test_cue_is_gated(name: str) -> None:
    gated = _gated(name)
    # the gate is of the pattern the lists always gave (forecast: with its lookahead)
    assert gated.pattern_obj.flags & re.IGNORECASE
    assert gated.search("nothing about it here") is None


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(_LISTS), _TEXT, st.integers(-3, 60), st.integers(-3, 80))
def test_gated_cue_search_is_the_pattern_search(name: str, text: str, pos: int,
                                                endpos: int) -> None:
    gated = _gated(name)
    want = gated.pattern_obj.search(text, pos, endpos)
    got = gated.search(text, pos, endpos)
    assert (got and got.span()) == (want and want.span())
    assert [m.span() for m in gated.finditer(text)] == \
        [m.span() for m in gated.pattern_obj.finditer(text)]


def _first(name: str, text: str, start: int) -> FirstMatch:
    # as SentenceIndex.search_before builds it
    gated = _gated(name)
    first = FirstMatch(gated.pattern_obj, text, start, len(text), EndChars.of(_REL[name]))
    first.barred = not gated.possible(text, start, len(text))
    return first


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_LISTS), _TEXT, st.integers(0, 8))
def test_barred_first_match_is_every_cut_search(name: str, text: str, start: int) -> None:
    pattern = _gated(name).pattern_obj
    first = _first(name, text, start)
    for e in range(0, len(text) + 2):
        want = pattern.search(text, start, e)
        got = first.search(e)
        assert (got and got.span()) == (want and want.span())


def test_first_match_bars_only_a_window_without_the_word() -> None:
    text = "Exports rose 4.1% in May, economists expect more."
    assert not _first("forecast", text, 0).barred
    assert _first("forecast", text[:24], 0).barred
    assert _first("forecast", text[:24], 0).search(24) is None
    # a pattern without a gate is never barred
    assert not FirstMatch(re.compile("x"), "abc", 0, 3, EndChars.of(["x"])).barred


def test_sentence_index_gates_whole_sentence_search() -> None:
    from tradeie import api

    text = ("Exports rose 4.1% in May. The bank kept its 3% inflation target. "
            "Imports will grow 2% next year.")
    got = [f.modality for f in api.extract(text, published="2025-06-10").facts]
    assert got[-2:] == ["target", "forecast"] and got[0] == "actual"


def test_folding_letter_is_left_to_the_pattern() -> None:
    gated = _gated("target")
    # "\u0130" ("İ") matches "i" of "aim" when the pattern ignores case; lower() does not
    text = "the A\u0130M is 2%"
    want = gated.pattern_obj.search(text)
    assert (gated.search(text) is None) == (want is None)
    assert not _first("target", text, 0).barred
