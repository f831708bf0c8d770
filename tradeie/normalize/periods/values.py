"""Period values: a resolved period (granularity, inclusive bounds, the contract's value
string), its constructors, calendar arithmetic, and parsing a value string back to its
bounds. Standard library only (no spaCy), so the scorer shares it with the finder."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

_GRANULARITY_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5}


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True, slots=True)
class _P:
    """A resolved period: granularity, inclusive bounds and the contract's value string."""

    gran: str
    start: date
    end: date
    value: str


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _ok_year(y: int) -> bool:
    return 1 <= y <= 9998


@lru_cache(maxsize=4096)
def p_year(y: int) -> _P | None:
    if not _ok_year(y):
        return None
    return _P("year", date(y, 1, 1), date(y, 12, 31), f"{y:04d}")


@lru_cache(maxsize=4096)
def p_month(y: int, m: int) -> _P | None:
    if not _ok_year(y) or not 1 <= m <= 12:
        return None
    return _P("month", date(y, m, 1), _month_end(y, m), f"{y:04d}-{m:02d}")


@lru_cache(maxsize=4096)
def p_quarter(y: int, q: int) -> _P | None:
    if not _ok_year(y) or not 1 <= q <= 4:
        return None
    return _P("quarter", date(y, 3 * q - 2, 1), _month_end(y, 3 * q), f"{y:04d}-Q{q}")


@lru_cache(maxsize=4096)
def p_half(y: int, h: int) -> _P | None:
    if not _ok_year(y) or h not in (1, 2):
        return None
    return _P("half", date(y, 6 * h - 5, 1), _month_end(y, 6 * h), f"{y:04d}-H{h}")


def _ym(index: int) -> tuple[int, int]:
    """Month index (year * 12 + month - 1) -> (year, month)."""
    return index // 12, index % 12 + 1


@lru_cache(maxsize=4096)
def p_months(y1: int, m1: int, y2: int, m2: int, hint: str = "range") -> _P | None:
    """A span of whole months; a calendar quarter/half/year when ``hint`` asks for one."""
    a, b = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    if a > b or not (_ok_year(y1) and _ok_year(y2)) or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    if a == b:
        return p_month(y1, m1)
    if y1 == y2:
        if hint == "year" and m1 == 1 and m2 == 12:
            return p_year(y1)
        if hint == "quarter" and m1 % 3 == 1 and m2 == m1 + 2:
            return p_quarter(y1, (m1 + 2) // 3)
        if hint == "half" and m1 in (1, 7) and m2 == m1 + 5:
            return p_half(y1, (m1 + 5) // 6)
    return _P("range", date(y1, m1, 1), _month_end(y2, m2), f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}")


def p_day(d: date) -> _P:
    return _P("day", d, d, d.isoformat())


def p_days(d1: date, d2: date) -> _P | None:
    if d1 > d2:
        return None
    if d1 == d2:
        return p_day(d1)
    return _P("range", d1, d2, f"{d1.isoformat()}/{d2.isoformat()}")


@lru_cache(maxsize=4096)
def p_week(iso_year: int, week: int) -> _P | None:
    try:
        monday = date.fromisocalendar(iso_year, week, 1)
    except ValueError:
        return None
    return _P("week", monday, monday + timedelta(days=6), f"{iso_year:04d}-W{week:02d}")


def _week_of(d: date) -> _P | None:
    iso = d.isocalendar()
    return p_week(iso.year, iso.week)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _add_months(d: date, n: int) -> date | None:
    y, m = _ym(d.year * 12 + d.month - 1 + n)
    if not _ok_year(y):
        return None
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _month_span(p: _P) -> tuple[int, int] | None:
    """(first, last) month index of a period made of whole months, else None."""
    if p.gran in ("day", "week") or p.start.day != 1:
        return None
    if p.end != _month_end(p.end.year, p.end.month):
        return None
    return p.start.year * 12 + p.start.month - 1, p.end.year * 12 + p.end.month - 1


def _shift_months(p: _P, n: int) -> _P | None:
    span = _month_span(p)
    if span is not None:
        (y1, m1), (y2, m2) = _ym(span[0] + n), _ym(span[1] + n)
        return p_months(y1, m1, y2, m2, p.gran)
    if p.gran == "week":
        if n % 12:
            return None
        iso = p.start.isocalendar()
        year = iso.year + n // 12
        return p_week(year, min(iso.week, date(year, 12, 28).isocalendar().week))
    a, b = _add_months(p.start, n), _add_months(p.end, n)
    if a is None or b is None:
        return None
    return p_day(a) if p.gran == "day" else p_days(a, b)


def _shift_days(p: _P, n: int) -> _P | None:
    if p.gran == "day":
        return p_day(p.start + timedelta(days=n))
    if p.gran == "week":
        return _week_of(p.start + timedelta(days=n))
    if p.gran == "range" and _month_span(p) is None:
        return p_days(p.start + timedelta(days=n), p.end + timedelta(days=n))
    return None


def _shift_period(p: _P, n: int) -> _P | None:
    """Move by the period's own length: the previous month, quarter, 11-month span..."""
    if p.gran == "day":
        return _shift_days(p, n)
    if p.gran == "week":
        return _shift_days(p, 7 * n)
    span = _month_span(p)
    if span is not None:
        return _shift_months(p, n * (span[1] - span[0] + 1))
    return _shift_days(p, n * ((p.end - p.start).days + 1))


def _latest(
    build: Callable[[int], _P | None], pub: date, base: int | None = None, begun: bool = False
) -> _P | None:
    """The most recent period ``build(year)`` that has ended on or before ``pub`` (with
    ``begun``: that has begun by ``pub``)."""
    base = pub.year if base is None else base
    for y in range(base + 1, base - 4, -1):
        p = build(y)
        if p is not None and (p.start if begun else p.end) <= pub:
            return p
    return None


# ------------------------------------------------------------------------ value parsing

_PART = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])|W(\d{2})))?")


def _part_bounds(s: str, writable: bool) -> tuple[date, date] | None:
    """(first day, last day) of one value ("2024", "2024-Q4", "2022-W14", "2024-01-31");
    with ``writable``, months, quarters, halves and years only in the years the finder
    writes (1..9998, see ``_ok_year``)."""
    m = _PART.fullmatch(s.strip())
    if m is None:
        return None
    y = int(m[1])
    try:
        if m[3]:
            d = date(y, int(m[2]), int(m[3]))
            return d, d
        if m[6]:
            p = p_week(y, int(m[6]))
            return None if p is None else (p.start, p.end)
        if writable and not _ok_year(y):
            return None
        if m[2]:
            first = last = int(m[2])
        elif m[4]:
            first, last = 3 * int(m[4]) - 2, 3 * int(m[4])
        elif m[5]:
            first, last = 6 * int(m[5]) - 5, 6 * int(m[5])
        else:
            first, last = 1, 12
        return date(y, first, 1), _month_end(y, last)
    except (ValueError, OverflowError):  # month 13, day 31 of April, year 0, 9999-W52 ...
        return None


# Bounds already read, per (value, writable): the linker asks about the same few values of
# a story thousands of times (period_bounds, value_granularity, _period_start). Values are
# immutable (dates), so sharing them is safe; the memo is emptied when it grows past a bound.
_MEMO: dict[tuple[str, bool], tuple[date, date] | None] = {}
_MEMO_MAX = 8192


def _interval(value: object, writable: bool) -> tuple[date, date] | None:
    if not isinstance(value, str):
        return None
    key = (value, writable)
    try:
        return _MEMO[key]
    except KeyError:
        pass
    if len(_MEMO) >= _MEMO_MAX:
        _MEMO.clear()
    found = _MEMO[key] = _read_interval(value, writable)
    return found


def _read_interval(value: str, writable: bool) -> tuple[date, date] | None:
    if "/" in value:
        left, _, right = value.partition("/")
        a, b = _part_bounds(left, writable), _part_bounds(right, writable)
        if a is None or b is None or a[0] > b[1]:
            return None
        return a[0], b[1]
    return _part_bounds(value, writable)


def period_bounds(value: str) -> tuple[date, date] | None:
    """The inclusive interval of a normalised value ("2024-H1" -> 2024-01-01..2024-06-30,
    "2024-01/2024-06" -> the same); None if it is not a value this module can write."""
    return _interval(value, writable=True)


def value_interval(value: object) -> tuple[date, date] | None:
    """The inclusive interval of any contract period value or range "A/B" that names real
    calendar days (the scorer's reading: also years 9999, which the finder never writes);
    None if it is none."""
    return _interval(value, writable=False)


def value_granularity(value: object) -> str | None:
    """The granularity of a value ``period_bounds`` reads: "year", "half", "quarter",
    "month", "week", "day", or "range" for "A/B"; None if it reads none."""
    if not isinstance(value, str) or period_bounds(value) is None:
        return None
    return _granularity(value)


@lru_cache(maxsize=4096)
def _granularity(value: str) -> str:
    """(value_granularity of a value period_bounds reads; pure, so read once per value)"""
    if "/" in value:
        return "range"
    m = _PART.fullmatch(value.strip())
    assert m is not None  # period_bounds read it
    return ("day" if m[3] else "week" if m[6] else "month" if m[2] else "quarter" if m[4]
            else "half" if m[5] else "year")
