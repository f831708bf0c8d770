"""Caches and gates of the speed5 pass (bench/pipeline_time.py): each must give exactly
what the uncached, ungated reading gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tradeie.normalize.periods import values
from tradeie.patterns import SPACE_SEP, flat_pattern
from tradeie.relate.prefilters import NeedsWord

# period-like strings: real values, ranges, broken ones, blanks around them
_PART = st.one_of(
    st.from_regex(r"\A\d{4}(-(\d{2}(-\d{2})?|Q\d|H\d|W\d{2}))?\Z"),
    st.text(alphabet="0123456789-/QHW ", max_size=12),
)
_VALUE = st.one_of(_PART, st.tuples(_PART, _PART).map("/".join))


@settings(max_examples=400, deadline=None)
@given(_VALUE)
def test_period_bounds_memo_is_the_fresh_reading(value: str) -> None:
    values._MEMO.clear()
    fresh = (values._read_interval(value, True), values._read_interval(value, False))
    for _ in range(2):  # the first call fills the memo, the second reads it
        assert values.period_bounds(value) == fresh[0]
        assert values.value_interval(value) == fresh[1]
    gran = values.value_granularity(value)
    if fresh[0] is None:
        assert gran is None
    else:
        assert gran in ("range", "day", "week", "month", "quarter", "half", "year")
        assert (gran == "range") == ("/" in value)


def test_period_bounds_memo_is_bounded() -> None:
    values._MEMO.clear()
    for n in range(values._MEMO_MAX + 10):
        values.period_bounds(f"{1000 + n % 8000}-{1 + n % 12:02d}")
    assert len(values._MEMO) <= values._MEMO_MAX
    assert values.period_bounds("2024-Q4") == (values.date(2024, 10, 1),
                                               values.date(2024, 12, 31))


def test_non_strings_are_not_memoised() -> None:
    values._MEMO.clear()
    assert values.period_bounds(None) is None  # type: ignore[arg-type]
    assert values.value_granularity(2024) is None
    assert not values._MEMO


def test_memo_keeps_the_two_readings_apart() -> None:
    # year 9999: the scorer's reading has it, the finder's (writable) does not
    values._MEMO.clear()
    assert values.value_interval("9999") is not None
    assert values.period_bounds("9999") is None
    assert values.value_interval("9999") is not None


# -- PeriodLinking._compared_date: once per date ------------------------------------------

_COMPARED_TEXTS = [
    "Exports rose 4.2% in March from February, and 3.1% from April to June, the office said.",
    "Inflation eased to 2.1% in May from 2.4% in April, compared with 3.0% a year earlier.",
    "Between 2018 and 2019 imports grew 5%, more than in 2017. Over 2024 as a whole, GDP "
    "grew 1.1%, up from 0.9% over the last 12 months.",
]


def _linker(text: str, published: str = "2025-07-10"):
    from tradeie import api
    from tradeie.components.relations import doc_view
    from tradeie.relate.cues import cues
    from tradeie.relate.linker import _Linker
    from tradeie.textprep import make_doc

    nlp = api.load()
    return _Linker(doc_view(nlp(make_doc(nlp, text, published))), cues())


def test_compared_date_memo_is_the_fresh_reading() -> None:
    for text in _COMPARED_TEXTS:
        memo, fresh = _linker(text), _linker(text)
        assert memo.v.dates
        fresh_answers = [fresh._read_compared_date(d) for d in fresh.v.dates]
        for _ in range(2):  # computed, then read back
            assert [memo._compared_date(d) for d in memo.v.dates] == fresh_answers
        assert memo._from_spans == fresh._from_spans  # the side effect, made once
    assert any(_linker(t)._compared_date(d) for t in _COMPARED_TEXTS
               for d in _linker(t).v.dates)


# -- prefilters.NeedsWord: a gate never skips a window the pattern matches -----------------

_PHRASES = ["sales", "buyers", "buyer", "export markets", "kiss", "iris"]
_GATED = NeedsWord.of_phrases(re.compile(rf"(?<![\w-])(?:{flat_pattern(_PHRASES, SPACE_SEP)})"
                                         r"\s+(?:to|from)\b", re.IGNORECASE), _PHRASES)
# words of the phrases in mixed case, the letters re folds from non-ASCII ones, noise
_PIECES = st.sampled_from(["sales", "SALES", "Buyer", "export", "Markets", "kiss", "KISS",
                           "iris", "\u017fales", "\u212aiss", "\u0130ris", "\u0131ris", " to",
                           " from", "\n", "  ", "-", "x", "é", ",", "to ", "sale"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(0, 5), st.integers(0, 80))
def test_needs_word_gate_agrees_with_the_pattern(text: str, pos: int, endpos: int) -> None:
    gated, plain = _GATED.search(text, pos, endpos), _GATED.pattern_obj.search(text, pos, endpos)
    assert (gated and gated.span()) == (plain and plain.span())
    if plain is not None:
        assert _GATED.possible(text, pos, min(endpos, len(text)))


def test_needs_word_gate_skips_windows_without_the_words() -> None:
    assert _GATED.words == ("buyer", "iris", "kiss", "markets", "sales")
    assert not _GATED.possible("Exports rose 5% to China", 0, 24)
    assert _GATED.possible("SALES to China", 0, 14)
    assert _GATED.possible("\u017fales to China", 0, 14)  # a long s: left to the pattern
    assert _GATED.search("\u017fales to China") is not None


def test_route_heads_are_gated() -> None:
    from tradeie.relate import heads

    route = heads._patterns()[1]
    assert isinstance(route, NeedsWord) and "sales" in route.words
    text = "Exports rose 4.1% while sales to the US fell 2%."
    assert route.possible(text, 0, len(text))
    assert not route.possible(text, 0, 17)
