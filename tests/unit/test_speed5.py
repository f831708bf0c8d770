"""Caches and gates of the speed5 pass (bench/pipeline_time.py): each must give exactly
what the uncached, ungated reading gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tradeie.normalize.periods import values

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
