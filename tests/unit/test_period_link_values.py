"""The period linker reads period values with the one value parser
(``normalize.periods.values``): its readings of a period's first day and of the step between
two periods are those of the regex it had of its own, on every value the finder writes.

On a string that is no such value (month 13, 30 February, week 53 of a 52-week year, the
years 0 and 9999 the finder never writes, a stray space) both now say None, where the old
regex read the digits as they stood ("2024-13" started on "2024-13-01")."""

from __future__ import annotations

import re

from helpers import period_strings
from hypothesis import given
from hypothesis import strategies as st

from tradeie.normalize.periods.values import period_bounds
from tradeie.relate.basis_link import _period_start, _step

# The linker's own parser before it used values.py (cues.PERIOD_START and its two readers).
OLD_PERIOD_START = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12])|-W(\d{2}))?")


def old_period_start(period: str | None) -> str | None:
    if not period:
        return None
    m = OLD_PERIOD_START.fullmatch(period.split("/")[0])
    if not m:
        return None
    year, month, day, quarter, half, week = m.groups()
    if quarter:
        month = f"{3 * int(quarter) - 2:02d}"
    elif half:
        month = "01" if half == "1" else "07"
    elif week:
        return f"{year}-01-01"
    return f"{year}-{month or '01'}-{day or '01'}"


def old_step(period: str, earlier: str) -> str | None:
    m1, m2 = OLD_PERIOD_START.fullmatch(period), OLD_PERIOD_START.fullmatch(earlier)
    if not m1 or not m2:
        return None
    y1, y2 = int(m1.group(1)), int(m2.group(1))
    if y1 - y2 == 1 and period[4:] == earlier[4:]:
        return "yoy"
    kinds = [i for i in range(2, 7) if m1.group(i)]
    if kinds != [i for i in range(2, 7) if m2.group(i)] or kinds not in ([2], [4]):
        return None
    per_year, i = (12, 2) if kinds == [2] else (4, 4)
    if (y1 * per_year + int(m1.group(i))) - (y2 * per_year + int(m2.group(i))) == 1:
        return "mom" if per_year == 12 else "qoq"
    return None


# value strings of every shape, valid and not (years 0..9999, month 13, day 0), and near
# neighbours, so that steps of one month, quarter or year are common
_values = st.one_of(period_strings(st.integers(0, 9999)),
                    period_strings(st.integers(2019, 2026), (1, 12), (1, 31), (1, 53)))


def _written(value: str) -> bool:
    """A value the finder can write (each end of a range read by ``period_bounds``)."""
    return period_bounds(value) is not None


@given(_values, st.one_of(st.none(), _values))
def test_period_start_is_the_old_reading_of_every_written_value(first, second):
    period = first if second is None else f"{first}/{second}"
    if _written(first):
        assert _period_start(period) == old_period_start(period)
    else:
        assert _period_start(period) is None


@given(_values, _values)
def test_step_is_the_old_reading_of_every_two_written_values(period, earlier):
    if _written(period) and _written(earlier):
        assert _step(period, earlier) == old_step(period, earlier)
    else:
        assert _step(period, earlier) is None


def test_steps_and_starts():
    assert _step("2025-01", "2024-12") == "mom"
    assert _step("2025-Q1", "2024-Q4") == "qoq"
    assert _step("2025-W03", "2024-W03") == "yoy"
    assert _step("2025-03-01", "2025-02-28") is None  # days step by no basis
    assert _period_start("2025-H2/2026-H1") == "2025-07-01"
    assert _period_start("2025-W01") == "2025-01-01"  # the year only (ISO week 1 of 2025
    # starts on 2024-12-30)
    assert _period_start("2024-13") is None and _period_start(None) is None
