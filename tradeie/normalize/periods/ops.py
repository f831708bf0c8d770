"""Back-reference operations ("a year earlier", "the same quarter", "the previous three
months"): coerce the referenced period to a unit, then shift it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tradeie.normalize.periods.fiscal import _Cal, _fy_year
from tradeie.normalize.periods.values import (
    _P,
    _month_end,
    _month_span,
    _shift_days,
    _shift_months,
    _shift_period,
    _week_of,
    _ym,
    p_day,
    p_days,
    p_half,
    p_month,
    p_months,
    p_quarter,
    p_year,
)


@dataclass(frozen=True, slots=True)
class _Op:
    """A back-reference: coerce the referenced period to a unit, then shift it."""

    coerce: str | None
    unit: str  # year, month, day, period, or months_before (the n months before it)
    n: int
    set_year: int | None = None
    anaphoric: bool = False  # "that month": the last such period named, not the governing one
    # "the reporting period", the base "last year": once resolved, it governs the rest of
    # its sentence like a named period ("Throughout the period, ... from a year ago")
    reporting: bool = False
    months: tuple[int, int] | None = None  # "the first quarter of that year": these months
    # "the second half of the month": days of the month referred to (see _days_of_month)
    days: int = 0
    # set_year is the start year of a fiscal year ("the same period of FY24"): the period
    # moves by whole fiscal years, from the fiscal year that contains it
    fiscal: bool = False


def _days_of_month(y: int, mon: int, n: int, first: bool = True) -> _P | None:
    """The first (``first``) or last ``n`` days of a month; ``n == -1``: its second half,
    the 16th to the month's end (a Mexican "quincena", a "second fortnight")."""
    last = _month_end(y, mon)
    if n == -1:
        return p_days(date(y, mon, 16), last)
    if not 1 <= n <= last.day:
        return None
    if first:
        return p_days(date(y, mon, 1), date(y, mon, n))
    return p_days(last - timedelta(days=n - 1), last)


def _half_month_before(q: _P, n: int) -> _P | None:
    """"the previous fortnight": the half-month ``-n`` half-months before ``q``, which must
    itself be a half-month (days 1-15 or 16 to the month's end)."""
    s, e = q.start, q.end
    if s.month != e.month or s.year != e.year:
        return None
    if s.day == 1 and e.day == 15:
        k = 0
    elif s.day == 16 and e == _month_end(s.year, s.month):
        k = 1
    else:
        return None
    idx = (s.year * 12 + s.month - 1) * 2 + k + n
    (y, mon), half = _ym(idx // 2), idx % 2
    return _days_of_month(y, mon, -1 if half else 15)


def _coerce(p: _P, unit: str | None, cal: _Cal | None = None) -> _P | None:
    """The ``unit``-sized period containing ``p`` ("the same month" after "Jan. 13";
    "the fiscal year" after "March 2024" in India: 2023-04/2024-03)."""
    if unit is None or p.gran == unit:
        return p
    s = p.start
    span = _month_span(p)
    if unit in ("year", "fiscal_year") and span is not None and span[1] - span[0] == 11:
        return p  # "the year" after "fiscal 2023-24" is that fiscal year
    if unit == "fiscal_year":
        q = _fy_year(cal.fy_of(s), cal) if cal is not None else p_year(s.year)
    elif unit == "day":
        q = p_day(s)
    elif unit == "week":
        # "the previous week" after "the week ended April 4": a week of days is its own week
        q = p if (p.end - s).days == 6 else _week_of(s)
    elif unit == "week_span":
        # "the week" (bare): a week of days named before it, not the week of a day
        # ("closed Friday at ..., up $1.2 billion in the week" names no week)
        q = p if (p.end - s).days == 6 else None
    elif unit == "month":
        q = p_month(s.year, s.month)
    elif unit == "quarter":
        q = p_quarter(s.year, (s.month + 2) // 3)
    elif unit == "half":
        q = p_half(s.year, 1 if s.month <= 6 else 2)
    else:
        q = p_year(s.year)
    if q is None or p.end > q.end:
        return None
    return q


def _apply_op(p: _P, op: _Op, cal: _Cal | None = None) -> _P | None:
    if op.coerce == "fit":
        # "three months earlier" after a quarter is the quarter before; after a month, the
        # month three back: the period itself when the count is a whole number of periods
        span = _month_span(p)
        size = span[1] - span[0] + 1 if span else 0
        q = p if size in (1, 3, 6) and op.n % size == 0 else _coerce(p, "month", cal)
    else:
        q = _coerce(p, op.coerce, cal)
    if q is None and op.coerce == "month" and op.n == 0 and not op.days:
        # "the month" after "the first ten months of the year": the span's last month, the
        # one the story reports
        span = _month_span(p)
        q = p_month(p.end.year, p.end.month) if span is not None and p.start.month == 1 and \
            0 < span[1] - span[0] < 11 else None  # (a year to date; not a quarter, not a year)
    if q is None:
        return None
    if op.days:  # "the first half of the month": days of the month referred to
        if q.gran != "month":
            return None
        return _days_of_month(q.start.year, q.start.month, abs(op.days) if op.days != -1
                              else -1, op.days > 0)
    if op.unit == "half_month":
        return _half_month_before(q, op.n)
    if op.months is not None:  # months m1..m2 of the year referred to
        m1, m2 = op.months
        hint = {2: "quarter", 5: "half"}.get(m2 - m1, "year")
        return p_months(q.start.year, m1, q.start.year, m2, hint)
    if op.unit == "ytd":  # "the year-to-date": January to the end of the period
        y = op.set_year if op.set_year is not None else q.end.year
        if q.end.year != y:
            return p_year(y) if q.end.year > y else None
        if q.end == _month_end(y, q.end.month):
            return p_months(y, 1, y, q.end.month, "year")
        return p_days(date(y, 1, 1), q.end)
    if op.unit == "fytd" and cal is not None:
        # "the financial year-to-date": the fiscal year's first month to the end of the period
        first = cal.months(cal.fy_of(q.end), 0, 1, "month")
        if first is None or first.start > q.end:
            return None
        if q.end == _month_end(q.end.year, q.end.month):
            return p_months(first.start.year, first.start.month, q.end.year, q.end.month)
        return p_days(first.start, q.end)
    if op.unit == "months_to":  # "the past eight months": the n months up to the period
        e = q.end.year * 12 + q.end.month - 1
        (y1, m1), (y2, m2) = _ym(e - op.n + 1), _ym(e)
        return p_months(y1, m1, y2, m2)
    if op.set_year is not None:
        base = cal.fy_of(q.start) if op.fiscal and cal is not None else q.start.year
        if base == op.set_year and not op.fiscal and q.end.year != q.start.year:
            # "the same period of 2023" after the twelve months to July 2024 (August 2023 to
            # July 2024): no period is the same period of itself, so the year named is the
            # one it ends in
            base = q.end.year
        return _shift_months(q, 12 * (op.set_year - base))
    if op.unit == "months_before":  # "the previous three months": the n months before q
        span = _month_span(q)
        first = span[0] if span else q.start.year * 12 + q.start.month - 1
        (y1, m1), (y2, m2) = _ym(first - op.n), _ym(first - 1)
        return p_months(y1, m1, y2, m2)
    if op.n == 0:
        return q
    if op.unit == "year":
        return _shift_months(q, 12 * op.n)
    if op.unit == "month":
        return _shift_months(q, op.n)
    if op.unit == "day":
        return _shift_days(q, op.n)
    return _shift_period(q, op.n)
