"""The panel's granularity column is the period module's reading of each value
(``values.value_granularity``): the same names as the panel's own regexes gave on every
value the finder writes; a value naming no calendar span is "range" (kept as text)."""

from __future__ import annotations

import re

import pandas as pd
from helpers import period_strings
from hypothesis import given
from hypothesis import strategies as st

from tradeie.dataset.frame import granularity_of
from tradeie.normalize.periods.values import period_bounds

# the panel's own reading before it used values.py
OLD = ((r"\d{4}", "year"), (r"\d{4}-\d{2}", "month"), (r"\d{4}-Q[1-4]", "quarter"),
       (r"\d{4}-H[12]", "half"), (r"\d{4}-W\d{2}", "week"), (r"\d{4}-\d{2}-\d{2}", "day"))


def old_granularity(value: object) -> str:
    text = value if isinstance(value, str) else ""
    return next((name for pattern, name in OLD if re.fullmatch(pattern, text)), "range")


_single = period_strings(st.integers(0, 9999))
_values = st.one_of(_single, st.builds("{}/{}".format, _single, _single))


@given(st.lists(_values, max_size=8))
def test_granularity_is_the_old_one_on_written_values(values):
    got = granularity_of(pd.Series(values, dtype=object)).tolist()
    for value, gran in zip(values, got, strict=True):
        if period_bounds(value) is not None:
            assert gran == old_granularity(value), value
        else:
            assert gran == "range", value


def test_missing_and_invalid_periods_are_ranges():
    periods = pd.Series(["2024", "2024-Q3", "2024-01/2024-06", None, float("nan"), "",
                         "2024-13", "2024-02-30", "2025-W53"], index=range(10, 19))
    got = granularity_of(periods)
    assert got.index.equals(periods.index)
    assert got.tolist() == ["year", "quarter", "range", "range", "range", "range",
                            "range", "range", "range"]
