"""Find date and period expressions in text and normalise them to periods (TIMEX-like).

Economic news talks in periods, not points: "the first 11 months of 2024" is the interval
2024-01/2024-11, "fiscal 2021" in Japan is 2021-04/2022-03. Every expression is resolved to
an inclusive date interval plus the contract's value string ("2024-Q4", "2024-01/2024-11").

How it works, and why:
- A small grammar: one regex per expression family (day, month range, quarter, fiscal
  year, back-reference, ...), composed at load time from the word lists in
  ``models/dates.json`` and compiled once. Each regex is a fixed sequence of tokens with
  bounded optional parts (no nested quantifiers), so matching stays linear on junk input.
- Speed: running ~30 regexes over every character costs ~10 ms per 5 KB (IGNORECASE and
  alternations of common words defeat the engine's fast scan). Instead one pass of a
  trigger pattern over the lower-cased text finds the tokens that can start an expression
  ("first", "Q4", "2024", "January", "the same", ...) and peeks at the token after each;
  only the families that can start there (and accept that next token, see ``gates``) are
  tried, anchored with ``match``. What may precede a start token ("the", "between",
  "2024's", "Monday,", "mid-") is read backwards by small ``_left_*`` patterns.
  Overlapping candidates are resolved longest-first.
- Absolute day dates are parsed here, not with dateparser: the grammar has already
  isolated day, month and year, and dateparser costs about a millisecond per call and
  guesses (``bench/dateparser_vs_periods.py`` measures the difference).
- Relative expressions ("last month", "Q4", "December") are resolved against the
  publication date; back-references ("a year earlier", "the same period last year",
  "the previous month", "the quarter", "the fiscal year") against the governing period of
  their sentence, after all other expressions are found: the nearest period the figures
  describe, before them in the sentence, after them, or carried over from earlier
  sentences; datelines, release days and points of comparison ("from 4.1 percent in
  October", "since June") are passed over (see ``_resolve_backrefs``). A back-reference with
  no period in its sentence follows the period the story reports (its first) unless the
  nearest earlier period contains it ("the record year 2008" in a 2010 story does not).
- Sentence context, after selection: a period without its year lies in the year a sentence
  opens with ("In 2022, the highest was in the first quarter"), and a quarter without its
  year in the fiscal year the sentence names ("for 2021-22: 5.1 percent in second quarter",
  India); "the beginning of the year to the third quarter of 2024" and "the period January
  to May" are merged into one expression.

Span convention: a leading preposition ("in", "on", "from", "between", ...) is never part
of a span ("in 2024" -> "2024", "from January to June" -> "January to June"). "the" is
part of a span only when the expression is a noun phrase built around a period word
("the first half", "the fourth quarter of 2024", "the same period last year",
"the July-September quarter", "the three months to August"); bare years, months and days
never take it ("the 2024 target" -> "2024").

An expression without a year is the most recent such period that is "not after" the
publication date. For a month ("December", "mid-December") that means it has begun by then
(the current month counts); for days, weeks, quarters, halves and month ranges ("Jan. 13",
"Q4", "the first half", "January-November") it means it has ended by then: the contract's
"the first half" (published 2025-01-13) -> 2024-H1 requires "ended", not "begun".
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from tradeie.resources import DataFileError, data_path, line_of, read_json

DATES_DATA = "dates.json"
FISCAL_DATA = "fiscal_years.json"

_GRANULARITY_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5}


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    start: int  # char offset into the input text
    end: int  # exclusive; text[start:end] == self.text always
    text: str
    value: str | None  # normalised period: "2024", "2024-12", "2024-Q4", "2024-01/2024-11", ...
    start_date: str | None  # ISO date, inclusive
    end_date: str | None  # ISO date, inclusive
    granularity: str | None  # day, week, month, quarter, half, year, range (None if no value)
    relative: bool  # the resolution depended on `published` or on another period


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
        q = _week_of(s)
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
    if q is None:
        return None
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
    if op.unit == "months_to":  # "the past eight months": the n months up to the period
        e = q.end.year * 12 + q.end.month - 1
        (y1, m1), (y2, m2) = _ym(e - op.n + 1), _ym(e)
        return p_months(y1, m1, y2, m2)
    if op.set_year is not None:
        return _shift_months(q, 12 * (op.set_year - q.start.year))
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


def _part_bounds(s: str) -> tuple[date, date] | None:
    m = _PART.fullmatch(s.strip())
    if m is None:
        return None
    y = int(m[1])
    try:
        if m[3]:
            d = date(y, int(m[2]), int(m[3]))
            return d, d
        if m[2]:
            p = p_month(y, int(m[2]))
        elif m[4]:
            p = p_quarter(y, int(m[4]))
        elif m[5]:
            p = p_half(y, int(m[5]))
        elif m[6]:
            p = p_week(y, int(m[6]))
        else:
            p = p_year(y)
    except ValueError:
        return None
    return None if p is None else (p.start, p.end)


def period_bounds(value: str) -> tuple[date, date] | None:
    """The inclusive interval of a normalised value ("2024-H1" -> 2024-01-01..2024-06-30,
    "2024-01/2024-06" -> the same); None if it is not a value this module can write."""
    if not isinstance(value, str):
        return None
    if "/" in value:
        left, _, right = value.partition("/")
        a, b = _part_bounds(left), _part_bounds(right)
        if a is None or b is None or a[0] > b[1]:
            return None
        return a[0], b[1]
    return _part_bounds(value)


# ------------------------------------------------------------------------ fiscal years


@dataclass(frozen=True, slots=True)
class _Cal:
    start_month: int
    named_by: str  # "start" or "end": which calendar year gives "fiscal 2021" its number
    fy_named_by: str  # the same for the "FY2021"/"FY21" forms
    split_start_month: int  # start month assumed for "FY2023-24" in a calendar-year country
    # a calendar that changed (Myanmar: April-March until the year that began in 2017,
    # October-September from 2018): fiscal years starting before ``changed_in`` began in
    # ``old_start_month``
    changed_in: int = 0
    old_start_month: int = 0

    def start_month_of(self, sy: int) -> int:
        return self.old_start_month if sy < self.changed_in else self.start_month

    def start_year(self, label: int, fy_form: bool = False) -> int:
        named = self.fy_named_by if fy_form else self.named_by
        return label - 1 if self.start_month != 1 and named == "end" else label

    def fy_of(self, d: date) -> int:
        sy = d.year if d.month >= self.start_month else d.year - 1
        if sy < self.changed_in:
            sy = d.year if d.month >= self.old_start_month else d.year - 1
        return sy

    def months(self, sy: int, offset: int, n: int, hint: str = "range") -> _P | None:
        a = sy * 12 + self.start_month_of(sy) - 1 + offset
        (y1, m1), (y2, m2) = _ym(a), _ym(a + n - 1)
        return p_months(y1, m1, y2, m2, hint)

    def split(self) -> _Cal:
        if self.start_month != 1:
            return self
        return _Cal(self.split_start_month, "start", "start", self.split_start_month)


# ------------------------------------------------------------------------ grammar helpers


def _alt(words: Any, flex_hyphen: bool = False) -> str:
    out = []
    for w in sorted({str(w).lower() for w in words if w}, key=len, reverse=True):
        rx = re.escape(w).replace(r"\ ", r"\s+")
        if flex_hyphen:
            rx = rx.replace(r"\-", "-").replace("-", r"[-\s]")
        out.append(rx)
    return "|".join(out)


_YEAR = r"(?:19\d\d|20\d\d|2100)"
_YEND = r"(?![\w%]|[.,]\d)"  # a year or day number ends here: not "2024s", "2024%", "2024.5"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])(?![.,:]\d)"


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


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    period: _P | None
    relative: bool
    op: _Op | None = None
    rank: int = 0
    fallback: _P | None = None  # a back-reference's value when no period governs it
    fq: int = 0  # a quarter named without its year ("second quarter"): its number
    fh: int = 0  # the same for a half ("the first half")


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    low: str  # text lower-cased, same offsets: every pattern runs on it (IGNORECASE is 10x slower)
    pub: date | None
    cal: _Cal


@dataclass(frozen=True, slots=True)
class _Family:
    name: str
    rx: re.Pattern[str]
    handler: Callable[[re.Match[str], _Ctx], _Cand | None]


Spec = tuple[Any, ...]

# Tokens of the lower-cased text; a family is tried only at tokens that can start it.
_TOKEN = re.compile(r"[a-z0-9]+")
_TOKEN_CLASS = re.compile(
    r"(?P<d12>\d\d?)|(?P<year>19\d\d|20\d\d|2100)|(?P<ord>\d\d?(?:st|nd|rd|th))"
    r"|(?P<q>q[1-4]|[1-4]q(?:\d\d)?)|(?P<h>h[12]|[12]h(?:\d\d)?)|(?P<yq>(?:19|20)\d\d[qh]\d)"
    r"|(?P<yw>(?:19|20)\d\dw\d\d)|(?P<fy>fy\d*)|(?P<w>w\d\d?)|(?P<nm>(?:1[0-2]|[1-9])m(?:(?:19|20)\d\d)?)"
)
# start tokens that carry their whole expression ("2024q4", "2022w14", "fy24", "4q24")
_SELF_CONTAINED = {"#yq", "#yw", "#fy", "#q", "#h", "#nm"}
_CLASS_INITIALS = frozenset("0123456789qhfw")


def _token_class(tok: str) -> str:
    m = _TOKEN_CLASS.fullmatch(tok) if tok and tok[0] in _CLASS_INITIALS else None
    return "#" + m.lastgroup if m else ""


class PeriodFinder:
    """Load the word lists and compile the grammar once; then call ``find`` per text.

    ``find`` has no side effects other than a bounded cache of which families to try after
    which token pair (a plain dict, safe to share between threads)."""

    def __init__(self) -> None:
        self._load_data()
        self._compile()

    # ------------------------------------------------------------------ data

    def _load_data(self) -> None:
        d = read_json(DATES_DATA)
        f = read_json(FISCAL_DATA)
        _validate_dates(d)  # every field by type: below, only values are checked
        self.month_of: dict[str, int] = {}
        self.abbrevs: set[str] = set()
        seen = set()
        for i, row in enumerate(d["months"]):
            n = row.get("n") if isinstance(row, dict) else None
            if (isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 12
                    or set(row) - {"n", "names", "abbrevs"}):
                raise _data_error(DATES_DATA, "months",
                                  f"entry {i} needs n in 1..12, names and abbrevs only")
            names = _words(row.get("names"), "months", "months", label=f"entry {i}: names")
            abbrevs = _words(row.get("abbrevs", []), "months", "months", empty_ok=True,
                             label=f"entry {i}: abbrevs")
            seen.add(n)
            for name in names:
                self.month_of[name.lower()] = n
            for ab in abbrevs:
                self.month_of[ab.lower()] = n
                self.abbrevs.add(ab.lower())
        if seen != set(range(1, 13)):
            raise _data_error(DATES_DATA, "months", "every month 1..12 must be listed once")
        weekdays = d["weekdays"]
        if len(weekdays) != 7 or not all(isinstance(w, str) and w.strip() for w in weekdays):
            raise _data_error(DATES_DATA, "weekdays", "seven names (strings), Monday first")
        self.weekday_of = {w.lower(): i for i, w in enumerate(weekdays)}
        self.numbers = _int_table(d, "number_words")
        self.ordinals = _int_table(d, "ordinals")
        self.final_ordinals = {w.lower() for w in d["final_ordinals"]}
        self.relative = _int_table(d, "relative")
        for w in d["standalone_relative"]:
            if w.lower() not in self.relative:
                raise _data_error(DATES_DATA, "standalone_relative", f"{w!r} not in 'relative'")
        self.standalone = [w.lower() for w in d["standalone_relative"]]
        self.relative_days = _int_table(d, "relative_days")
        self.span_lengths = _int_table(d, "span_lengths")
        self.ambiguous = {w.lower() for w in d["ambiguous_months"]}
        self.year_after = {w.lower() for w in d["year_blockers_after"]}
        self.slash_year_after = tuple(d["slash_year_after"])
        for mark in self.slash_year_after:
            if len(mark) != 1 or mark.isalnum() or mark.isspace():
                raise _data_error(DATES_DATA, "slash_year_after",
                                  f"{mark!r}: one character that ends a figure, like '%'")
        self.abbrev_stop = {w.lower() for w in d["sentence_abbreviations"]}
        self.backref_ops: dict[str, _Op] = {}
        self.backref_phrases: list[str] = []
        self.bare_backrefs: set[str] = set()  # "the year": a period only in context
        for i, row in enumerate(d["back_references"]):
            shift = row.get("shift") if isinstance(row, dict) else None
            n = shift.get("n") if isinstance(shift, dict) else None
            if (not isinstance(row, dict)
                    or set(row) - {"coerce", "shift", "bare", "phrases", "reporting"}
                    or "coerce" not in row or not isinstance(shift, dict)
                    or set(shift) != {"unit", "n"}
                    or isinstance(n, bool) or not isinstance(n, int)
                    or not isinstance(row.get("bare", False), bool)
                    or not isinstance(row.get("reporting", False), bool)):
                raise _data_error(DATES_DATA, "back_references",
                                  f"entry {i} needs coerce, shift {{unit, n}}, phrases "
                                  "(and maybe bare: true/false)")
            phrases = _words(row.get("phrases"), "back_references", "back_references",
                             label=f"entry {i}: phrases")
            op = _Op(row["coerce"], shift["unit"], n, reporting=row.get("reporting", False))
            _check_op(op, "back_references")
            for ph in phrases:
                if not ph.lower().startswith("the "):
                    # the pattern is anchored on its first word for speed
                    raise _data_error(DATES_DATA, "back_references", f"{ph!r}: must start 'the'")
                self.backref_ops[_norm_phrase(ph)] = op
                self.backref_phrases.append(ph)
                if row.get("bare"):
                    self.bare_backrefs.add(_norm_phrase(ph))
        counted = d["back_reference_counted"]
        self.counts = {k.lower(): v for k, v in _ints(counted, "counts",
                                                      "back_reference_counted").items()}
        self.count_dirs = {k.lower(): v for k, v in _ints(counted, "directions",
                                                          "back_reference_counted").items()}
        self.count_units = {}
        for word, unit in counted["units"].items():
            per = unit.get("per", 1) if isinstance(unit, dict) else None
            if (not isinstance(unit, dict) or set(unit) - {"coerce", "unit", "per"}
                    or not isinstance(unit.get("unit"), str)
                    or isinstance(per, bool) or not isinstance(per, int) or per < 1):
                raise _data_error(DATES_DATA, ("back_reference_counted", "units", word),
                                  "needs unit, coerce and per (a count)")
            _check_op(_Op(unit.get("coerce"), unit["unit"], per), "back_reference_counted")
            self.count_units[word.lower()] = dict(unit)
        same = d["same_period_of"]
        self.same_nouns = {k.lower(): v for k, v in same["nouns"].items()}
        self.same_need_tail = {w.lower() for w in same["nouns_need_tail"]}
        self.same_tails = list(same["year_back_tails"])
        for noun, coerce in self.same_nouns.items():
            if coerce is not None and not isinstance(coerce, str):
                raise _data_error(DATES_DATA, "same_period_of",
                                  f"nouns: {noun!r} must map to a granularity or null")
            _check_op(_Op(coerce, "year", 0), "same_period_of")
        ana = d["anaphoric_references"]
        self.ana_nouns = {k.lower(): v for k, v in ana["nouns"].items()}
        self.bare_fw = {w.lower() for w in d["bare_fiscal_words"]}
        self.ana_phrases = {_norm_phrase(k): v for k, v in ana["phrases"].items()}
        self.roll_units = {k.lower(): v for k, v in d["rolling_spans"]["units"].items()}
        if set(self.roll_units) - {"months", "quarters", "years"} or any(
                v < 1 for v in self.roll_units.values()):
            raise _data_error(DATES_DATA, ("rolling_spans", "units"),
                              "units: 'months', 'quarters', 'years' -> months per unit (>= 1)")
        spans = d["back_reference_spans"]
        self.span_units = {k.lower(): v for k, v in spans["units"].items()}
        self.to_date_units = {_norm_phrase(k): v for k, v in d["to_date"]["units"].items()}
        self.year_context_after = {w.lower() for w in d["year_context_after"]}
        self.weekend_words = [w.lower() for w in d["weekend_words"]]
        self.weekend_rel = _int_table(d, "weekend_relative")
        self.days_pos = {k.lower(): v for k, v in d["days_of_month_positions"].items()}
        if set(self.days_pos.values()) - {"first", "last"}:
            raise _data_error(DATES_DATA, "days_of_month_positions", "values: first or last")
        self.data = d

        default = f.get("default")
        if not isinstance(default, dict):
            raise _data_error(FISCAL_DATA, "default", "missing the default calendar")
        self.default_cal = _make_cal(default, default, "default")
        countries = f.get("countries", {})
        if not isinstance(countries, dict):
            raise _data_error(FISCAL_DATA, "countries", "expected an object keyed by ISO code")
        self.cals = {code.upper(): _make_cal(row, default, code) for code, row in countries.items()}

    # ------------------------------------------------------------------ grammar

    def _compile(self) -> None:
        """Build the grammar. Every pattern starts with a mandatory, distinctive token (no
        leading optional group, no leading look-behind) so that the regex engine can skip
        ahead fast; what may precede that token ("the", "between", "2024's", "Monday,",
        "mid-") is read afterwards by the ``_left_*`` patterns."""
        d = self.data
        month_words = [
            re.escape(name) + (r"\.?" if name in self.abbrevs else "") for name in self.month_of
        ]
        month_words.sort(key=len, reverse=True)
        MON = r"(?:" + "|".join(month_words) + r")(?![a-z])"
        WD = r"(?:" + _alt(d["weekdays"]) + r")(?![\w])"
        NUM = r"(?:" + _alt(self.numbers) + r"|1[0-2]|0?[1-9])"
        ORD = _alt(list(self.ordinals) + [f"{n}{_suffix(n)}" for n in range(1, 13)])
        FINAL = _alt(self.final_ordinals)
        REL = _alt(self.relative)
        STAND = _alt(self.standalone)
        FW = _alt(d["fiscal_words"])
        BARE_FW = _alt(d["bare_fiscal_words"])
        BARE_FOLLOW = _alt(d["bare_fiscal_followers"])
        FY = _alt(d["fy_prefixes"])
        CONN = _alt(d["range_connectors"])
        OPEN = _alt(d["range_openers"])
        POS = _alt(d["month_position_prefixes"])
        QW = _alt(d["quarter_words"])
        HW = _alt(d["half_words"])
        span_len = _alt(self.span_lengths)
        span_end = _alt(d["span_end_words"])
        span_start = _alt(d["span_start_words"])
        range_nouns = _alt(d["month_range_nouns"])
        # a bare "fiscal" ("this fiscal") is a period only when no noun follows it
        # ... a verb ("this fiscal rose") or an adverb ("ended the fiscal positively") may
        bare_ok = (
            rf"(?!(?<=\b(?:{BARE_FW}))\s+(?!(?:{BARE_FOLLOW}|{_alt(d['year_figure_verbs'])}"
            rf"|[a-z]+ly)(?![\w-]))[a-z])"
        )

        def fisc(p: str) -> str:
            return (
                rf"(?:(?:{FW})\s*(?P<{p}fy1>{_YEAR}|'\d\d)(?:\s*[-/–]\s*(?P<{p}fy2>{_YEAR}|\d\d))?"
                rf"(?![\w%])"
                rf"|(?<![\w])(?:{FY})\s*'?(?P<{p}fb1>{_YEAR}|\d\d)"
                rf"(?:\s*[-/–]\s*(?P<{p}fb2>{_YEAR}|\d\d))?(?![\w%])"
                rf"|(?P<{p}frel>{REL})\s+(?:{FW})(?![\w-]){bare_ok}"
                # "the preceding fiscal year of 2016/17": the year the label names
                rf"(?:\s+of\s+(?P<{p}fo1>{_YEAR})\s*[-/–]\s*(?P<{p}fo2>{_YEAR}|\d\d)(?![\w%]))?"
                rf"|(?P<{p}fthe>the\s+(?:{FW}))(?![\w-]){bare_ok})"
            )

        def ypair(p: str) -> str:
            # "2022-23": a fiscal year named by its two calendar years (India, UK, ...)
            return rf"(?P<{p}ys1>{_YEAR})\s*[-/–]\s*(?P<{p}ys2>{_YEAR}|\d\d)(?![\w%])"

        def tail(p: str) -> str:
            # "of 2024", "of 2022-23", "of last year" / "last year", "of the year",
            # "of fiscal 2024", or a bare " 2024"
            return (
                rf"(?:\s+(?:(?:of|in)\s+)?(?:{ypair(p)}|(?P<{p}y>{_YEAR}){_YEND}"
                rf"|(?P<{p}rel>{REL})\s+year(?![\w-])|{fisc(p)})"
                rf"|\s+(?:of|in)\s+(?P<{p}they>the\s+year)(?![\w-])"
                # "the first quarter of that year": of the year last named
                rf"|\s+(?:of|in)\s+(?P<{p}that>that\s+(?:same\s+)?year)(?![\w-]))?"
            )

        DAY_Y = rf"(?:,?\s+(?P<y>{_YEAR}){_YEND})?"
        # "Jan. 1 to Nov. 20 this year", "March 3 last year"
        DAY_YR = rf"(?:,?\s+(?P<y>{_YEAR}){_YEND}|\s+(?P<rel>{REL})\s+year(?![\w-]))?"
        REL_Y = rf"\s+(?P<rel>{REL})\s+year(?![\w-])"
        self._left_the = re.compile(r"(?<![\w])the\s+\Z")
        self._left_open = re.compile(rf"(?<![\w])(?P<w>{OPEN})\s+\Z")
        self._left_poss = re.compile(
            rf"(?<![\w])(?:(?P<py>{_YEAR})|(?P<prel>{STAND})\s+year)['’]s\s+\Z"
        )
        self._left_wd = re.compile(rf"(?<![\w])(?P<wd>{WD}),?\s+\Z")
        self._left_wd_rel = re.compile(r"(?<![\w])(?P<rel>last|next|this)\s+\Z")
        self._left_wd_name = re.compile(
            rf"(?<![\w])(?:{_alt(d['weekday_name_prefixes'])})\s+\Z"
        )
        self._left_pos = re.compile(
            rf"(?<![\w])(?:(?:{POS})(?:-|\s+)|(?:{_alt(d['period_position_phrases'])})\s+)\Z"
        )
        ana, to_date = d["anaphoric_references"], d["to_date"]
        ytd, roll, mca = d["year_to_date"], d["rolling_spans"], d["month_count_abbrevs"]
        # "the eight months": "the" + a count starts it (keys "the+eight", "the+8", ...)
        roll_the = tuple(
            f"{b}+{n}" for b in roll["bare_openers"]
            for n in (*self.numbers, *(str(i) for i in range(1, 25)))
        )
        MCL = "[" + "".join(sorted({w.lower() for w in mca["letters"]})) + "]"
        self._mca_letters = {w for w in mca["letters"]}
        self._left_mca = re.compile(rf"(?<![\w])(?:{_alt(mca['context_before'])})\s+\Z")
        self._left_month_bad = re.compile(
            rf"(?<![\w])(?:{_alt(d['month_blockers_before'])})\s+\Z")
        self._roll_bad_after = re.compile(
            r"\s+(?:of|to|through|ending|ended|until|since|from|before|after|ago|earlier)(?![\w-])")
        self._left_base = re.compile(
            rf"(?<![\w])(?P<w>{_alt(d['base_year_markers'])})\s+(?P<the>the\s+)?\Z")
        self._base_need_fig = {w.lower() for w in d["base_year_markers_need_figure"]}
        # "the 16th of the past 17 months", "in two of the last three years" (but "in each
        # of the last two years" is a period)
        # a sentence that opens with a year: "In 2022, ...", "“During 2023, ..."
        self._year_opener = re.compile(
            rf"[\"'“‘(\s]*(?:in|during|for|throughout|over)\s+(?P<y>{_YEAR}),")
        self._year_opener_any = re.compile(rf"(?:in|during|for|throughout|over)\s+{_YEAR},")
        self._left_noun_use = re.compile(r"(?:%|(?<![\w])(?:a|an|the|percent|per\s+cent))\s+\Z")
        # "compared with the same period last year or in 2019": a second point of comparison
        self._coordinated = re.compile(r"\s*,?\s+(?:or|and)\s+(?:(?:in|with|to|than)\s+)?")
        self._left_year_start = re.compile(r"(?<![\w])(?:the\s+)?(?:beginning|start)\s+of\s+\Z")
        self._span_to = re.compile(r"\s+(?:to|through|until|till)\s+")
        # "a record for a July." / "for a July and 9.3% more": the month closes its phrase
        self._generic_month_end = re.compile(r"\s*(?:[^\w\s]|\Z|and\s+\d)")
        self._sentence_end = re.compile(r"[.!?;]\s")
        # "from 5.1 percent in August to 5.3 percent in September"
        self._left_from_fig = re.compile(
            r"(?<![\w])from\s+(?:[^.;]|\.\d){0,30}?\b(?:in|during)\s+\Z")
        self._to_fig = re.compile(r"\s+to\s+(?:[^.;]|\.\d){0,30}?\b(?:in|during)\s+")
        self._from_figure = re.compile(
            r"\s+from\s+(?:the|a|an|its)\s+[\d.,]+\s*(?:%|percent|per\s+cent|pct)")
        self._left_in = re.compile(r"(?<![\w])in\s+\Z")
        self._left_of = re.compile(
            rf"(?<![\w])(?:\d+(?:st|nd|rd|th)?|{ORD}|{_alt(self.numbers)})\s+of\s+(?:the\s+)?\Z")
        self._appositive = re.compile(r"\s*,\s*(?:in|on|i\.e\.)\s+|\s*\(\s*")
        self._move_rx = re.compile(rf"(?<![\w])(?:{_alt(d['year_figure_verbs'])})(?![\w-])")
        self._ana_bad_after = re.compile(rf"\s+(?:{_alt(ana['blockers_after'])})(?![\w-])")
        # "rose 0.3% on the month", "the period of rapid growth": bare nouns that are no period
        bare = d["bare_back_reference_blockers"]
        self._left_bare_bad = re.compile(rf"(?<![\w])(?:{_alt(bare['before'])})\s+\Z")
        self._bare_bad_after = re.compile(rf"\s+(?:\d|(?:{_alt(bare['after'])})(?![\w-]))")
        # "the first half of the century": an "of" the tail could not read
        self._dangling_of = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z]|\d+s(?![a-z]))")
        # a period after a comparison marker, maybe with a figure between: "from 4.1 percent
        # in October", "than in the second quarter", "since June", "compared with 2023"
        self._left_cmp = re.compile(
            rf"(?<![\w])(?:{_alt(d['comparison_markers'])})\s+(?:(?:a|an|the)\s+)?"
            r"(?:\S{0,4}\s?\d\S*(?:\s+[a-z][\w-]*){0,3}\s+)?"
            r"(?:(?:in|on|at|during|for|of|over)\s+)?\Z"
            # "more than the imports recorded in January to December 2016": a strict
            # comparison marker, a few words, a preposition
            rf"|(?<![\w])(?:{_alt(d['strict_comparison_markers'])})\s+(?:the\s+)?"
            r"(?:[a-z][\w-]*\s+){1,3}(?:in|on|at|during|for|of|over)\s+\Z"
        )
        self._revision_rx = re.compile(rf"(?i)\b(?:{_alt(d['revision_markers'])})\b")
        range_words = _alt(w for w in d["range_connectors"] if w.isalpha())
        self._range_words = re.compile(rf"\s(?:{range_words})\s")  # "January to June"
        # "rose to over 2000": a figure after a movement verb, not a year
        verb, to = _alt(d["year_figure_verbs"]), _alt(d["year_figure_to"])
        qual, to_q = _alt(d["year_figure_qualifiers"]), _alt(d["year_figure_to_qualified"])
        self._left_year_fig = re.compile(
            rf"(?<![\w])(?:(?:{verb})\s+(?:(?:{to})\s+)?(?:(?:{qual})\s+)?"
            rf"|(?:{to_q})\s+(?:{qual})\s+)\Z"
        )
        self._left_fiscal = re.compile(r"(?<![\w])fiscal\s+\Z")
        self._left_cal = re.compile(rf"(?<![\w])(?:{_alt(d['calendar_words'])})\s+\Z")
        self._left_year_bad = re.compile(
            rf"(?:(?<![\w])(?:{_alt(d['year_blockers_before'])})\s+"
            rf"|(?<![\w])(?:{_alt(d['year_name_prefixes'])})\s+"
            rf"|(?:{_alt(d['currency_signs'])})\s*)\Z"
        )
        self._before_ok = re.compile(rf"(?<![\w])(?:{_alt(d['month_context_before'])})[\s-]+\Z")
        self._after_ok = re.compile(rf"\s+(?:{_alt(d['month_context_after'])})(?![\w])")
        self._next_word = re.compile(r"\s*(%|[^\W\d_]+)")
        # one leading character class (no look-behind, no top-level "|") lets the engine
        # skip ahead fast: 3x quicker than "\n+|(?<=[.!?])..."
        self._sent_rx = re.compile(
            r"[\n.!?](?:(?<=\n)\n*|[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9]))"
        )
        self._word_before_dot = re.compile(r"([\w.]+)[.!?][\"'”’)\]]*\Z")

        CONN_W = tuple(w for w in d["range_connectors"] if w.isalpha())
        _UNITS = tuple(self.count_units)
        # Start keys: the token a family's match begins with. A word, "the+<word>" (the
        # pair "the <word>": "the" alone would trigger on every other line), or a token
        # class (#mon, #wd, #d12, #year, #ord, #q, #h, #yq, #yw, #fy, see _TOKEN_CLASS).
        months = ("#mon",)
        ords = (*_starts(self.ordinals), *_starts(self.final_ordinals), "#ord")
        rel = _starts(self.relative)
        fams: list[tuple[str, str, Callable[..., _Cand | None], tuple[str, ...]]] = [
            # back-references first: on equal spans they win ("the period" is never a day)
            ("backref", rf"(?:{_alt(self.backref_phrases, flex_hyphen=True)})(?![\w-])",
             self._h_backref, _starts(self.backref_phrases)),
            # "the same period", "the same quarter of the previous year", "... two years ago"
            ("same_period",
             rf"(?:{_alt(d['same_period_of']['words'])})\s+(?P<noun>{_alt(self.same_nouns)})"
             rf"(?![\w-])(?:,?\s+(?:(?:of|in)\s+)?(?:(?P<tw>{_alt(self.same_tails, True)})"
             rf"|(?P<tt>{_alt(d['same_period_of']['this_year_tails'])})"
             rf"|(?P<tc>{_alt(self.counts)}|\d{{1,2}})[\s-]+(?P<tu>years?)\s+"
             rf"(?P<td>{_alt(self.count_dirs)}))(?![\w-]))?",
             self._h_same_period, _starts(d["same_period_of"]["words"])),
            ("backref_counted",
             rf"(?P<c>{_alt(self.counts)}|\d{{1,2}})[\s-]+(?P<u>{_alt(self.count_units)})\s+"
             rf"(?P<dir>{_alt(self.count_dirs)})(?![\w-])", self._h_backref_counted,
             (*_starts(self.counts), "#d12")),
            # "that month": the month last named before it
            ("anaphor",
             rf"(?:(?:{_alt(ana['determiners'])})\s+(?P<noun>{_alt(self.ana_nouns)})"
             rf"|(?P<ph>{_alt(self.ana_phrases, True)}))(?![\w-])",
             self._h_anaphor, (*_starts(ana["determiners"]), *_starts(self.ana_phrases))),
            # "the year-to-date", "2020 so far": January to the end of the governing period
            ("ytd",
             rf"(?:{_alt(ytd['phrases'], True)})(?![\w-])"
             rf"|(?P<y>{_YEAR})\s+(?:{_alt(ytd['year_markers_after'])})(?![\w-])",
             self._h_ytd, (*_starts(ytd["phrases"]), "#year")),
            # "the past eight months", "the last three years", "the eight months"
            ("rolling",
             rf"(?:(?P<op>{_alt(roll['openers'])})|{_alt(roll['bare_openers'])})\s+"
             rf"(?P<n>{NUM}|1[3-9]|2[0-4])\s+(?P<u>{_alt(self.roll_units)})(?![\w-])"
             rf"(?P<td>\s+to\s+date(?![\w-]))?",
             self._h_rolling, (*_starts(roll["openers"]), *roll_the)),
            # "Quarter 3 2022", "Quarter 3 (July to Sept) 2022", "quarter 1"
            ("quarter_n",
             rf"(?:{QW})\s+(?P<q>[1-4])(?![\w%]|[.,]\d)"
             rf"(?:\s*\([a-z.]+\s*(?:{CONN})\s*[a-z.]+\))?(?:,?\s+(?P<y>{_YEAR}){_YEND})?",
             self._h_quarter_n, _starts(d["quarter_words"])),
            # "8M 2015", "in 9M": the first N months
            ("month_count",
             rf"(?P<n>1[0-2]|[1-9])(?P<l>{MCL})"
             rf"(?:(?P<yg>{_YEAR}){_YEND}|(?![\w%])(?:\s+(?P<y>{_YEAR}){_YEND})?)",
             self._h_month_count, ("#nm",)),
            # "five months of 2014": the first five
            ("months_of",
             rf"(?P<n>{NUM})\s+months\s+of\s+(?:(?P<y>{_YEAR}){_YEND}"
             rf"|(?P<rel>{REL})\s+year(?![\w-]))",
             self._h_months_of, (*_starts(self.numbers), "#d12")),
            # "5.1 percent in second quarter, 4.5 percent in third;", "from the second to the
            # third quarter": a quarter whose noun is left out
            ("quarter_ellipsis",
             rf"(?P<ord>{ORD})(?:(?=\s*[;,.)])|(?=\s+(?:to|and)\s+the\s+(?:{ORD})\s+(?:{QW})(?![\w-])))",
             self._h_quarter_ellipsis, ords),
            # "the first month of 2026", "the ninth month of the year"
            ("nth_month",
             rf"(?P<ord>{ORD})\s+month\s+of\s+(?:(?P<y>{_YEAR}){_YEND}"
             rf"|(?P<rel>{REL})\s+year(?![\w-])|the\s+(?:current\s+)?year(?![\w-]))",
             self._h_nth_month, ords),
            # "the previous three months": the months right before the governing period
            ("backref_span",
             rf"(?:{_alt(d['back_reference_spans']['openers'])})\s+"
             rf"(?P<n>{_alt(self.numbers)}|\d{{1,2}})\s+(?P<u>{_alt(self.span_units)})(?![\w-])",
             self._h_backref_span, _starts(d["back_reference_spans"]["openers"])),
            # "so far this year", "this year to date": the current year up to publication
            ("to_date",
             rf"(?:(?:{_alt(to_date['markers_before'])})\s+(?:{_alt(to_date['openers'])})\s+"
             rf"(?P<u>{_alt(self.to_date_units)})|(?:{_alt(to_date['openers'])})\s+"
             rf"(?P<u2>{_alt(self.to_date_units)}),?\s+(?:{_alt(to_date['markers_after'])}))"
             rf"(?![\w-])",
             self._h_to_date, (*_starts(to_date["markers_before"]), *_starts(to_date["openers"]))),
            ("same_period_of",
             rf"(?:{_alt(d['same_period_of']['words'])})\s+(?P<noun>{_alt(self.same_nouns)})"
             rf"\s+(?:of|in)\s+(?P<y>{_YEAR}){_YEND}", self._h_same_period_of,
             _starts(d["same_period_of"]["words"])),
            ("iso_day",
             rf"(?P<y>{_YEAR})(?P<sep>[-/])(?P<m>0[1-9]|1[0-2])(?P=sep)"
             # an ISO timestamp ("2025-01-13T10:30:00Z") is its day
             rf"(?P<d>0[1-9]|[12]\d|3[01])(?:(?![\w/-])|(?=t\d\d:\d\d))", self._h_iso_day,
             ("#year",)),
            ("iso_month", rf"(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])(?![\w/-]|[.,]\d)",
             self._h_iso_month, ("#year",)),
            ("day_span_md",
             rf"(?P<m1>{MON})\s*(?P<d1>{_DAYNUM})(?:,?\s+(?P<y1>{_YEAR}))?\s*(?P<conn>{CONN}|and)"
             rf"\s*(?:(?P<m2>{MON})\s*)?(?P<d2>{_DAYNUM}){DAY_YR}", self._h_day_span, months),
            ("day_span_dm",
             rf"(?P<d1>{_DAYNUM})(?:\s+(?:of\s+)?(?P<m1>{MON})(?:\s+(?P<y1>{_YEAR}))?)?\s*"
             rf"(?P<conn>{CONN}|and)\s*(?P<d2>{_DAYNUM})\s+(?:of\s+)?(?P<m2>{MON}){DAY_YR}",
             self._h_day_span, ("#d12", "#ord")),
            ("day_md", rf"(?P<mon>{MON})\s*(?P<d>{_DAYNUM}){DAY_YR}", self._h_day, months),
            ("day_dm", rf"(?P<d>{_DAYNUM})\s+(?:of\s+)?(?P<mon>{MON}){DAY_YR}", self._h_day,
             ("#d12", "#ord")),
            ("week_of_month",
             rf"(?P<ord>{ORD}|{FINAL})\s+week\s+of\s+(?P<mon>{MON})"
             rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEND}|{REL_Y})?",
             self._h_week_of_month, ords),
            ("week_ending",
             rf"week\s+(?:{span_end})\s+(?:(?P<mon>{MON})\s*(?P<d>{_DAYNUM})"
             rf"|(?P<d2>{_DAYNUM})\s+(?P<mon2>{MON})|(?P<wd>{WD})){DAY_Y}",
             self._h_week_ending, ("week",)),
            ("iso_week",
             rf"(?:week\s+(?P<wn>[1-4]\d|5[0-3]|0?[1-9])(?:\s+of|,)?\s+(?P<y>{_YEAR})"
             rf"|(?P<wn2>[1-4]\d|5[0-3]|[1-9])(?:st|nd|rd|th)\s+week\s+(?:of|in)\s+"
             rf"(?P<y2>{_YEAR})|(?P<y3>{_YEAR})-?w(?P<wn3>[0-4]\d|5[0-3])){_YEND}",
             self._h_iso_week, ("week", "#ord", "#year", "#yw")),
            ("rel_unit",
             rf"(?P<rel>{STAND})\s+(?P<unit>{_alt(self.weekend_words)}|year|month|week|{QW})"
             rf"(?![\w-])",
             self._h_rel_unit, _starts(self.standalone)),
            ("month_range",
             rf"(?P<m1>{MON})(?:\s+(?P<y1>{_YEAR}))?"
             rf"\s*(?P<conn>{CONN}|and)\s*(?:(?:{POS})[-\s])?(?P<m2>{MON})"
             rf"(?:\s+(?P<noun>{range_nouns})(?![\w-]))?"
             rf"(?:,?\s+(?:of\s+|in\s+)?(?:{ypair('t')}"
             rf"|(?P<y>{_YEAR}){_YEND}(?:\s+(?P<noun3>{range_nouns})(?![\w-]))?"
             rf"|(?P<rel>{REL})\s+year(?![\w-])"
             rf"|{fisc('t')})|\s+(?P<noun2>{range_nouns})(?![\w-]))?",
             self._h_month_range, months),
            ("first_months",
             rf"(?P<pos>first|last|final|opening|initial)\s+(?P<n>{NUM})\s+(?P<u>months|quarters)"
             rf"(?![\w-]){tail('t')}", self._h_first_months, ("first", "last", "final", "opening",
                                                              "initial")),
            ("days_of_month",
             rf"(?P<pos>{_alt(self.days_pos)})\s+(?P<n>[12]\d|3[01]|{NUM})\s+days\s+of\s+"
             rf"(?:(?P<mon>{MON})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEND}|{REL_Y})?"
             rf"|(?P<mrel>{STAND})\s+month(?![\w-]))", self._h_days_of_month,
             _starts(self.days_pos)),
            ("months_to",
             rf"(?:(?P<n>{NUM})\s+months|(?P<len>{span_len}))\s+"
             rf"(?:{span_end}|(?P<from>{span_start}))\s+(?:in\s+)?(?:end-|the\s+end\s+of\s+)?"
             rf"(?P<mon>{MON})(?:\s+{_DAYNUM})?"
             rf"(?:,?\s+(?P<y>{_YEAR}){_YEND}|{REL_Y})?",
             self._h_months_to, (*_starts(self.numbers), "#d12", *_starts(self.span_lengths))),
            ("quarter",
             rf"(?P<ord>{ORD}|{FINAL})(?:\s+and\s+(?P<ord2>{ORD}))?(?:-|\s+)"
             rf"(?P<fis2>fiscal[-\s]+)?(?:{QW})(?P<pl>s)?(?![\w-]){tail('t')}",
             self._h_quarter, ords),
            ("quarter_q",
             rf"(?:q(?P<q>[1-4])|(?P<q2>[1-4])q(?P<yy2>\d\d)?)(?:\s*(?:-|–|to)\s*q(?P<qe>[1-4]))?"
             rf"(?:(?:\s+(?:of\s+)?|\s*[-/]\s*)(?P<y>{_YEAR})|'(?P<yy>\d\d)"
             rf"|\s+(?:of\s+)?{fisc('t')}|{REL_Y})?(?![\w%-])",
             self._h_quarter_q, ("#q",)),
            ("year_qh",
             rf"(?P<y>{_YEAR})\s*[-/]?\s*(?:q(?P<q>[1-4])|h(?P<h>[12]))(?![\w-])",
             self._h_year_qh, ("#year", "#yq")),
            ("month_quarter",
             rf"(?P<mon>{MON})(?:-|\s+)(?:{QW})(?![\w-])(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEND})?",
             self._h_month_quarter, months),
            ("half",
             rf"(?P<ord>first|second|1st|2nd)(?:-|\s+)(?P<fis2>fiscal[-\s]+)?(?:{HW})(?![\w-])"
             rf"{tail('t')}", self._h_half, ("first", "second", "#ord")),
            ("half_h",
             rf"(?:h(?P<h>[12])|(?P<h2>[12])h(?P<yy2>\d\d)?)(?:(?:\s+(?:of\s+)?|\s*[-/]\s*)"
             rf"(?P<y>{_YEAR})|'(?P<yy>\d\d)|\s+(?:of\s+)?{fisc('t')}|{REL_Y})?(?![\w%-])",
             self._h_half_h, ("#h",)),
            ("fiscal", fisc(""), self._h_fiscal,
             (*_starts(d["fiscal_words"]), *_starts(f"the {w}" for w in d["bare_fiscal_words"]),
              "#fy", *rel)),
            ("fiscal_pre",
             rf"(?P<y>{_YEAR})(?:\s*[-/–]\s*(?P<y2>{_YEAR}|\d\d))?(?:\s+(?:{FW})|\s*(?:{FY}))"
             rf"(?![\w-])",
             self._h_fiscal_pre, ("#year",)),
            # "December 2020when": a space lost before the next word
            ("month_year", rf"(?P<mon>{MON})(?:\s+of)?\s+(?P<y>{_YEAR})(?:{_YEND}|(?=[a-z]{{3,}}))",
             self._h_month_year, months),
            ("month_rel",
             rf"(?P<mon>{MON})\s+(?:of\s+)?(?P<rel>{REL})\s+year(?![\w-])"
             rf"|(?P<rel2>last|this|next)\s+(?P<mon2>{MON})", self._h_month_rel,
             ("#mon", "last", "this", "next")),
            ("month", rf"(?P<mon>{MON})", self._h_month, months),
            ("year_range",
             rf"(?P<y1>{_YEAR})\s*(?P<conn>{CONN}|/|and)\s*(?P<y2>{_YEAR}|\d\d){_YEND}",
             self._h_year_range, ("#year",)),
            ("year", rf"(?P<y>{_YEAR}){_YEND}", self._h_year, ("#year",)),
            ("vague", rf"(?:{_alt(d['vague_periods'], True)})(?![\w-])", self._h_vague,
             _starts(d["vague_periods"])),
            ("rel_day", rf"(?P<w>{_alt(self.relative_days)})(?![\w])", self._h_rel_day,
             _starts(self.relative_days)),
            ("weekday", rf"(?P<wd>{WD})", self._h_weekday, ("#wd",)),
        ]
        # Gates: the tokens that may follow the start token ("first" starts a quarter only
        # before "quarter"); None lets every start through. A gate keeps the number of
        # regex attempts per article small: figures and "a", "last", "the" are everywhere.
        gates: dict[str, tuple[str, ...] | None] = {
            "backref": None,
            "backref_counted": _UNITS,
            "anaphor": (*self.ana_nouns, *_second_tokens(ana["determiners"]),
                        *_second_tokens(self.ana_phrases)),
            "backref_span": None,
            "to_date": (*_second_tokens(to_date["markers_before"]),
                        *(_TOKEN.findall(u)[0] for u in self.to_date_units)),
            "same_period_of": _second_tokens(d["same_period_of"]["words"]),
            "same_period": _second_tokens(d["same_period_of"]["words"]),
            "ytd": (*_second_tokens(ytd["phrases"]), *_starts(ytd["year_markers_after"])),
            "rolling": (*self.numbers, "#d12"),
            "quarter_n": ("#d12",),
            "month_count": None,
            "nth_month": ("month",),
            "quarter_ellipsis": None,
            "months_of": ("months",),
            "days_of_month": ("#d12", *self.numbers),
            "iso_day": ("#d12",),
            "iso_month": ("#d12",),
            "day_span_md": ("#d12", "#ord"),
            "day_span_dm": ("#mon", "of", "#d12", "#ord", *CONN_W),
            "day_md": ("#d12", "#ord"),
            "day_dm": ("#mon", "of"),
            "week_of_month": ("week",),
            "week_ending": tuple(d["span_end_words"]),
            "iso_week": ("#d12", "week", "#w"),
            "rel_unit": ("year", "month", "week", *self.weekend_words, *d["quarter_words"],
                         *_second_tokens(self.standalone)),
            "month_range": ("#mon", "#year", "and", *CONN_W, *d["month_position_prefixes"]),
            "first_months": ("#d12", *self.numbers),
            "months_to": ("months", "year", *d["span_end_words"], *d["span_start_words"]),
            "quarter": (*d["quarter_words"], "fiscal", "and"),
            "quarter_q": None,
            "year_qh": ("#q", "#h"),
            "month_quarter": tuple(d["quarter_words"]),
            "half": (*d["half_words"], "fiscal"),
            "half_h": None,
            "fiscal": None,
            "fiscal_pre": None,  # "2017-2018FY": the token after the year is "2018fy"
            "month_year": None,  # "#year", "of", or a year glued to a word ("2020when")
            "month_rel": ("#mon", "of", *_starts(self.relative)),
            "month": None,
            "year_range": ("#year", "#d12", "and", *CONN_W),
            "year": None,
            "rel_day": None,
            "weekday": None,
            "vague": _second_tokens(d["vague_periods"]),
        }
        self._families = [_Family(name, re.compile(rx), h) for name, rx, h, _ in fams]
        self._rank = {f.name: i for i, f in enumerate(self._families)}
        # families whose expression may be written without its year ("the first quarter")
        self._yearless = frozenset(self._rank[n] for n in (
            "quarter", "quarter_q", "quarter_n", "half", "half_h", "month_range",
            "first_months", "month", "nth_month", "months_to", "month_quarter", "day_md",
            "day_dm", "day_span_md", "day_span_dm", "days_of_month", "month_count"))
        # single-token families, tried last at a token: skipped where a longer one matched
        self._fallback = frozenset(
            self._rank[n] for n in ("month", "year", "weekday", "rel_day") if n in self._rank
        )
        self._token_cache: dict[tuple[str, str], tuple[int, ...]] = {}
        self._gates = [
            None if gates[name] is None else frozenset(gates[name]) for name, *_ in fams
        ]
        # key -> indexes of the families to try at a token with that key
        self._triggers: dict[str, tuple[int, ...]] = {}
        for i, (_name, _rx, _h, keys) in enumerate(fams):
            for key in keys:
                self._triggers[key] = (*self._triggers.get(key, ()), i)
        self._word_class = {w: "#mon" for w in self.month_of}
        self._word_class.update({w: "#wd" for w in self.weekday_of})
        words = {k for k in self._triggers if not k.startswith(("#", "the+"))}
        words |= set(self._word_class)
        the_next = {k[4:] for k in self._triggers if k.startswith("the+")}
        # one pass over the text finds every start token and peeks at the token after it
        self._trigger_rx = re.compile(
            rf"(?<![a-z0-9])(?P<t>{_alt(words)}|the(?=[^a-z0-9]{{1,8}}(?:{_alt(the_next)})(?![a-z0-9]))"
            rf"|(?<!\d[.,])\d[a-z0-9]*(?![.,]\d|%)|[qh][1-4][a-z0-9]*|fy[a-z0-9]*)(?![a-z0-9])"
            rf"(?=[^a-z0-9]{{1,4}}(?P<n>[a-z0-9]+))?"
        )

    # ------------------------------------------------------------------ public

    def find(
        self, text: str, published: date | None = None, country: str | None = None
    ) -> list[PeriodMatch]:
        """All period expressions in text order, non-overlapping (longest match wins).
        ``country`` (ISO alpha-2, the article's economy) selects the fiscal calendar."""
        if isinstance(published, datetime):
            published = published.date()
        elif isinstance(published, str):  # tolerated: the contract's ISO string form
            published = date.fromisoformat(published[:10])
        cal = self.default_cal
        if country:
            cal = self.cals.get(country.upper(), self.default_cal)
        low = text.lower()
        if len(low) != len(text):  # a few characters ("İ") lower to two: keep offsets exact
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        ctx = _Ctx(text, low, published, cal)
        cands: list[_Cand] = []
        fams, fallback = self._families, self._fallback
        found_at = -1  # trigger offset where a candidate was found
        for pos, i in self._attempts(low):
            if i in fallback and pos == found_at:
                continue  # "March" alone loses to "March 2021" found at the same token
            m = fams[i].rx.match(low, pos)
            if m is not None:
                try:
                    c = fams[i].handler(m, ctx)
                except OverflowError:  # counted past year 1 or 9999 from an extreme anchor
                    c = _Cand(m.start(), m.end(), None, True)
                if c is not None and c.end > c.start:
                    c.rank = i
                    cands.append(c)
                    found_at = pos
        chosen = _merge_named_periods(_select(cands, len(text)), low)
        if "of the year t" in low:
            chosen = self._merge_year_start_spans(ctx, chosen)
        if self._year_opener_any.search(low) or (
                cal.start_month != 1 and any(c.fq for c in chosen)):
            self._place_in_sentence_year(ctx, chosen)
        if cal.start_month != 1 and any(c.fh for c in chosen):
            self._fiscal_halves(ctx, chosen)
        if any(c.op is not None for c in chosen):
            try:
                self._resolve_backrefs(ctx, chosen)
            except OverflowError:  # as above: the back-references keep no value
                for c in chosen:
                    if c.op is not None:
                        c.period = None
        out = []
        for c in chosen:
            p = c.period
            out.append(
                PeriodMatch(
                    c.start, c.end, text[c.start:c.end],
                    p.value if p else None,
                    p.start.isoformat() if p else None,
                    p.end.isoformat() if p else None,
                    p.gran if p else None,
                    c.relative,
                )
            )
        return out

    def _attempts(self, low: str) -> list[tuple[int, int]]:
        """(offset, family index) for every token that can start a period expression."""
        cache, families_for = self._token_cache, self._families_for
        out: list[tuple[int, int]] = []
        for m in self._trigger_rx.finditer(low):
            pair = (m["t"], m["n"] or "")
            idxs = cache.get(pair)
            if idxs is None:
                if len(cache) > 20000:  # bounded: junk input has endless distinct numbers
                    cache.clear()
                idxs = cache[pair] = families_for(*pair)
            if idxs:
                pos = m.start()
                out.extend((pos, i) for i in idxs)
        return out

    def _families_for(self, tok: str, nxt: str) -> tuple[int, ...]:
        """The families to try at start token ``tok`` followed by token ``nxt``."""
        if tok == "the":  # the trigger pattern only lets "the <start word>" through
            return self._triggers.get("the+" + nxt, ())
        key = self._word_class.get(tok) or _token_class(tok)
        idxs = sorted(set(self._triggers.get(tok, ()) + self._triggers.get(key, ())))
        if key in _SELF_CONTAINED:
            return tuple(idxs)
        nkey = self._word_class.get(nxt) or _token_class(nxt)
        return tuple(
            i for i in idxs
            if self._gates[i] is None or nxt in self._gates[i] or nkey in self._gates[i]
        )

    # ------------------------------------------------------------------ back-references

    def _sentence_starts(self, text: str) -> list[int]:
        starts = [0]
        for m in self._sent_rx.finditer(text):
            if "\n" not in m[0]:  # a line break always ends a sentence
                end = m.start() + 1  # just after the full stop
                w = self._word_before_dot.search(text, max(0, end - 20), end)
                if w and (w[1].lower().rstrip(".") in self.abbrev_stop or len(w[1]) == 1):
                    continue
            starts.append(m.end())
        return starts

    def _merge_year_start_spans(self, ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
        """"the beginning of the year to the third quarter of 2024": January to the end of
        the period named after "to", one expression."""
        out: list[_Cand] = []
        k = 0
        while k < len(chosen):
            c = chosen[k]
            d = chosen[k + 1] if k + 1 < len(chosen) else None
            left = self._left(self._left_year_start, ctx, c.start)
            if (d is not None and left is not None and d.period is not None and d.op is None
                    and ctx.low[c.start:c.end] == "the year"
                    and self._span_to.fullmatch(ctx.low, c.end, d.start)):
                e = d.period.end
                p = (p_months(e.year, 1, e.year, e.month) if e == _month_end(e.year, e.month)
                     else p_days(date(e.year, 1, 1), e))
                out.append(_Cand(left.start(), d.end, p, d.relative, rank=d.rank))
                k += 2
                continue
            out.append(c)
            k += 1
        return out

    def _fiscal_halves(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """In a story that reports a fiscal half ("the fiscal first half": April-September
        in Japan), "the first half" without a year is that fiscal year's half."""
        cal, prev_end, first = ctx.cal, 0, None
        for c in chosen:
            if c.op is None and c.period is not None and not _is_dayish(c.period) and (
                    not self._is_comparison(ctx, c, prev_end)):
                first = c.period
                break
            prev_end = c.end
        span = _month_span(first) if first is not None else None
        if span is None or span[1] - span[0] != 5:
            return
        sy = cal.fy_of(first.start)
        if (span[0] - (sy * 12 + cal.start_month_of(sy) - 1)) % 6 or first.start.month in (1, 7):
            return  # not a fiscal half, or one that is also a calendar half
        for c in chosen:
            if c.fh and c.op is None and c.period is not None:
                c.period = cal.months(sy, 6 * (c.fh - 1), 6, "half") or c.period

    def _place_in_sentence_year(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """"In 2022, the highest was in the first quarter": a period without a year in a
        sentence that opens with a year lies in that year, not in the latest one."""
        starts = self._sentence_starts(ctx.text)
        year_of: dict[int, int] = {}
        for k, st in enumerate(starts):
            m = self._year_opener.match(ctx.low, st)
            if m:
                year_of[k] = int(m["y"])
        cal = ctx.cal
        fy_of: dict[int, int] = {}  # sentence -> start year of the fiscal year it names
        for c in chosen:
            p = c.period
            k = bisect.bisect_right(starts, c.start) - 1
            if c.fq and k in fy_of and p is not None:
                # "projected 5.3 percent for 2021-22: 5.1 percent in second quarter": a
                # quarter of that fiscal year (India: July-September 2021)
                c.period = cal.months(fy_of[k], 3 * (c.fq - 1), 3, "quarter") or p
                continue
            if c.op is None and p is not None and cal.start_month != 1 and k not in fy_of:
                span = _month_span(p)
                if (span is not None and span[1] - span[0] == 11
                        and p.start.month == cal.start_month_of(p.start.year)):
                    fy_of[k] = p.start.year
            if c.op is not None or p is None or not c.relative or c.rank not in self._yearless:
                continue
            y = year_of.get(k)
            if y is not None and p.end.year != y and c.start > starts[k] + 4:
                c.period = _shift_months(p, 12 * (y - p.end.year))

    def _resolve_backrefs(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """Resolve each back-reference against the governing period of its sentence: the
        period its figures describe.

        Candidates, nearest first: the periods before it in its sentence, after it in its
        sentence ("Compared with a year earlier, exports in March..."), then those of the
        preceding sentences (the governing period carries over: "Prices rose in November.
        On a monthly basis they fell. PPI dropped from a year earlier."), unless that
        nearest earlier period does not contain the period the story reports (its first
        period that is no day and no comparison): then the period reported governs
        ("In the first three months, ... Compared to the previous quarter, Denmark ..." in
        a second-quarter story). "a year earlier, in May 2020" is May 2020, which then
        governs nothing. Two kinds of period are passed over on this first pass:
        - single days, for a period-sized back-reference: in news they are datelines and
          release days ("data released Monday"); spans of days ("the first 10 days of
          December") and weeks are statistical periods and count;
        - points of comparison ("from 4.1 percent in October", "the highest since June",
          "than in the second quarter", "compared with January-April 2022"): "a year
          earlier" in the next clause is a year before the governing period, not before
          the comparison.
        Periods of another sentence that reports a revision ("Q2 output was revised to a
        1.1% fall") do not carry over, and a period the back-reference cannot be read
        against ("the month" after "the 12 months to January") is passed over too.
        Only when nothing qualifies are they used, as before: the nearest period of the
        sentence or of the one before it, days only within the sentence and never a day in
        the week up to publication. "a week earlier" / "the previous day" prefer days."""
        text, pub = ctx.text, ctx.pub
        starts = self._sentence_starts(text)
        recent = (pub - timedelta(days=7), pub) if pub else None
        # "recorded a year earlier, in May 2020": the back-reference is the named period,
        # which is a point of comparison, not a period that governs
        fixed: dict[int, _P] = {}
        points: set[int] = set()
        for k in range(len(chosen) - 1):
            c, d = chosen[k], chosen[k + 1]
            if (c.op is not None and d.op is None and d.period is not None and not d.relative
                    and self._appositive.fullmatch(ctx.low, c.end, d.start)):
                fixed[id(c)] = d.period
                if c.op.n != 0 or c.op.unit == "months_before":  # a shifted, compared period
                    points.add(id(d))
        anchors: list[_Cand] = []
        left_edge: list[int] = []  # end of the candidate before each anchor
        prev_end = 0
        for c in chosen:
            if c.op is None and c.period is not None and id(c) not in points:
                anchors.append(c)
                left_edge.append(prev_end)
            prev_end = c.end
        comparison: list[bool | None] = [None] * len(anchors)  # computed when needed
        revision: dict[int, bool] = {}  # sentence index -> it reports a revision
        sent = [bisect.bisect_right(starts, a.start) - 1 for a in anchors]
        cap = 12  # how far to look for an anchor: keeps junk input linear
        reported: list[_P | None] = []  # the story's period: its first governing period
        for c in chosen:
            if c.op is None:
                continue
            if id(c) in fixed:
                c.period = fixed[id(c)]
                continue
            s = bisect.bisect_right(starts, c.start) - 1
            i = bisect.bisect_left(anchors, c.start, key=_start)
            back = range(i - 1, max(-1, i - 1 - cap), -1)
            before = [j for j in back if sent[j] == s]
            after = [j for j in range(i, min(len(anchors), i + cap)) if sent[j] == s
                     and not self._coordinated.fullmatch(ctx.low, c.end, anchors[j].start)]
            earlier = [j for j in back if sent[j] < s]
            if c.op.coerce is None and c.op.n == 0 and c.op.unit == "year" and (
                    c.op.set_year is None and c.op.months is None):
                # "from 5.1 percent in August to 5.3 percent in September during this
                # period", "... to 128 200 in July-September. Over the same period, ...":
                # the span of the two periods compared
                prev = before or [j for j in earlier if sent[j] == s - 1]
                if len(prev) >= 2:
                    span = self._from_to_span(ctx, anchors[prev[1]], anchors[prev[0]])
                    if span is not None:
                        c.period = span
                        continue
            if c.op.anaphoric:
                c.period = self._anaphor(c.op, anchors, i, cap, ctx)
                if c.period is not None:
                    continue
            wants_day = c.op.unit == "day" or c.op.coerce in ("day", "week")
            resolved = None
            if not before and not after:
                # no period in its own sentence: the nearest one of an earlier sentence
                # governs only when it contains the period the story reports ("the first
                # eight months" after an August story); another story's period ("the record
                # year 2008", "the first three months" in a second-quarter story) or a
                # relative one ("this year") gives way to the period reported
                if not reported:
                    reported.append(self._reported(ctx, anchors, sent, starts, left_edge))
                near = anchors[earlier[0]] if earlier else None
                if reported[0] is not None and (
                        near is None or near.rank == self._rank["rel_unit"]
                        or not (near.period.start <= reported[0].start
                                and near.period.end >= reported[0].end)):
                    resolved = _apply_op(reported[0], c.op, ctx.cal)
                    if resolved is not None:
                        earlier = []  # skip the search below
            for j in (*before, *after, *earlier) if resolved is None else ():
                p = anchors[j].period
                if not (_is_dayish(p) if wants_day else p.gran != "day"):
                    continue
                k = sent[j]
                if k != s:
                    if k not in revision:
                        revision[k] = self._is_revision(text, starts, k)
                    if revision[k]:
                        continue  # "Q2 output was revised to ...": governs no later sentence
                if comparison[j] is None:
                    comparison[j] = self._is_comparison(ctx, anchors[j], left_edge[j])
                if comparison[j]:
                    continue
                resolved = _apply_op(p, c.op, ctx.cal)
                if resolved is not None:  # else "the month" after "the 12 months to May"
                    break
            if resolved is None:  # the fallback: nearest period of this or the last sentence
                prev = [j for j in earlier if sent[j] == s - 1]
                ref = None
                for same_sentence, group in ((True, before), (True, after), (False, prev)):
                    periods = [anchors[j].period for j in group]
                    preferred = [p for p in periods if _is_dayish(p) == wants_day]
                    if not preferred and wants_day:
                        preferred = periods
                    elif not preferred and same_sentence:
                        preferred = [
                            p for p in periods
                            if not (recent and recent[0] <= p.end <= recent[1])
                        ]
                    if preferred:
                        ref = preferred[0]
                        break
                resolved = _apply_op(ref, c.op, ctx.cal) if ref is not None else None
            c.period = resolved if resolved is not None else c.fallback
            if c.op.reporting and c.period is not None and not self._is_comparison(
                    ctx, c, c.start):
                # "Throughout the period, ... up 8.8 percent from a year ago": the period
                # reported governs the rest of its sentence
                anchors.insert(i, c)
                left_edge.insert(i, c.start)
                comparison.insert(i, False)
                sent.insert(i, s)

    def _from_to_span(self, ctx: _Ctx, a: _Cand, b: _Cand) -> _P | None:
        """The span from ``a`` to ``b`` when the text moves a figure "from ... <a> to ...
        <b>" between two periods of one granularity."""
        pa, pb = a.period, b.period
        if pa.gran != pb.gran or pa.gran == "day" or not (
                pa.start < pb.start and pa.end < pb.end):
            return None
        if not self._left(self._left_from_fig, ctx, a.start):
            return None
        if not self._to_fig.fullmatch(ctx.low, a.end, b.start):
            return None
        return p_days(pa.start, pb.end) if _month_span(pa) is None else p_months(
            pa.start.year, pa.start.month, pb.end.year, pb.end.month)

    def _reported(self, ctx: _Ctx, anchors: list[_Cand], sent: list[int], starts: list[int],
                  left_edge: list[int]) -> _P | None:
        """The period the story reports: its first period that is no day, no point of
        comparison and not in a sentence that reports a revision."""
        for j, a in enumerate(anchors[:40]):
            if _is_dayish(a.period) or self._is_comparison(ctx, a, left_edge[j]):
                continue
            if self._is_revision(ctx.text, starts, sent[j]):
                continue
            return a.period
        return None

    @staticmethod
    def _anaphor(op: _Op, anchors: list[_Cand], i: int, cap: int, ctx: _Ctx) -> _P | None:
        """"that month": the nearest period before anchor ``i`` that lies within one month,
        in any sentence and whatever its role; a named day only when no longer period is
        named before (days are mostly datelines and release days)."""
        back = range(i - 1, max(-1, i - 1 - cap), -1)
        for days in (False, True):
            for j in back:
                p = anchors[j].period
                if _is_dayish(p) == days:
                    q = _apply_op(p, op, ctx.cal)
                    if q is not None:
                        return q
        return None

    def _is_revision(self, text: str, starts: list[int], k: int) -> bool:
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        return self._revision_rx.search(text, starts[k], end) is not None

    def _is_comparison(self, ctx: _Ctx, c: _Cand, prev_end: int) -> bool:
        """``c`` follows a comparison marker in its clause ("from 4.1 percent in October");
        "from January to June" is a range, not a comparison."""
        m = self._left_cmp.search(ctx.low, max(prev_end, c.start - 60), c.start)
        if m is None:
            return False
        if ctx.low[m.start():c.start].split() == ["from"]:
            # "from January to June": the range's own opener
            return not self._range_words.search(ctx.low, c.start, c.end)
        return True

    # ------------------------------------------------------------------ helpers

    def _base_ok(self, ctx: _Ctx, base: re.Match[str]) -> bool:
        """'over last year' names a base only after a figure in its clause ('rose $100
        million over last year'; 'Over last year, ...' is a duration)."""
        if " ".join(base["w"].split()) not in self._base_need_fig:
            return True
        seg = ctx.low[max(0, base.start() - 60):base.start()]
        cut = max(seg.rfind("."), seg.rfind(";"), seg.rfind(","), seg.rfind("\n"))
        return any(c.isdigit() for c in seg[cut + 1:])

    def _two_points(self, ctx: _Ctx, start: int, conn: str) -> bool:
        """'between August and September', '(fell) from 2018 to 2019': two adjacent
        periods compared, not one span. "between" always; "from ... to" after a movement
        verb in the clause."""
        opener = self._left(self._left_open, ctx, start)
        if opener is None:
            return False
        if opener["w"] == "between":
            return conn == "and"
        if opener["w"] != "from" or conn != "to":
            return False
        seg = ctx.low[max(0, opener.start() - 80):opener.start()]
        cut = max(seg.rfind("."), seg.rfind(";"), seg.rfind("\n"))
        return self._move_rx.search(seg, cut + 1) is not None

    @staticmethod
    def _left(rx: re.Pattern[str], ctx: _Ctx, start: int) -> re.Match[str] | None:
        """``rx`` (anchored with \\Z) matched on the text just before ``start``."""
        return rx.search(ctx.low, max(0, start - 40), start)

    def _the(self, ctx: _Ctx, start: int) -> int:
        """Start of the span extended over a preceding "the"."""
        m = self._left(self._left_the, ctx, start)
        return m.start() if m else start

    def _opener(self, ctx: _Ctx, start: int) -> str:
        m = self._left(self._left_open, ctx, start)
        return m["w"] if m else ""

    def _month(self, ctx: _Ctx, m: re.Match[str], group: str) -> int | None:
        """Month number of a matched month token; month names must be capitalised."""
        tok = m[group]
        if not tok or not ctx.text[m.start(group)].isupper():
            return None
        return self.month_of.get(tok.rstrip("."))

    def _weekday_at(self, ctx: _Ctx, start: int, tok: str) -> int | None:
        if not ctx.text[start].isupper():
            return None
        return self.weekday_of.get(tok)

    def _count(self, tok: str) -> int | None:
        return int(tok) if tok.isdigit() else self.numbers.get(tok)

    def _ordinal(self, tok: str) -> int | None:
        if tok in self.ordinals:
            return self.ordinals[tok]
        return int(tok[:-2]) if tok[:-2].isdigit() else None

    def _year_ok(self, ctx: _Ctx, start: int, end: int) -> bool:
        """A 4-digit number is a year unless a count noun, scale or % follows it, or a
        currency sign, an approximator or a name ("Vision 2030") precedes it, or it is the
        level a figure moved to ("rose to over 2000") with no year context after it."""
        nxt = self._next_word.match(ctx.low, end)
        word = nxt[1] if nxt else ""
        if word in self.year_after or self._left(self._left_year_bad, ctx, start):
            return False
        if word in self.year_context_after:
            return True
        fig = self._left(self._left_year_fig, ctx, start)
        # "a 2.7% decline over 1998": a movement noun after a figure or an article compares
        # with the year
        return fig is None or self._left(self._left_noun_use, ctx, fig.start()) is not None

    def _after_figure_slash(self, low: str, i: int) -> bool:
        """"5%/2024": a figure and a year glued by '/' (unlike "1/2024", "org/2024")."""
        return i >= 2 and low[i - 1] == "/" and low[i - 2] in self.slash_year_after

    def _rel_off(self, tok: str | None) -> int | None:
        if tok is None:
            return None
        return self.relative.get(" ".join(tok.split()))

    def _fiscal_spec(self, m: re.Match[str], p: str, ctx: _Ctx) -> Spec | None:
        g = m.groupdict()
        cal = ctx.cal
        for a, b, fy_form in ((f"{p}fy1", f"{p}fy2", False), (f"{p}fb1", f"{p}fb2", True)):
            if g.get(a):
                y1 = _year_label(g[a])
                if g.get(b):
                    if _year_label(g[b]) != y1 + 1:
                        return None
                    return ("fy", y1, cal.split())
                return ("fy", cal.start_year(y1, fy_form), cal)
        if g.get(f"{p}fo1"):  # "the previous fiscal year of 2016/17"
            y1 = int(g[f"{p}fo1"])
            return ("fy", y1, cal.split()) if _year_label(g[f"{p}fo2"]) == y1 + 1 else None
        if g.get(f"{p}frel"):
            off = self._rel_off(g[f"{p}frel"])
            return None if off is None else ("fyrel", off, cal)
        if g.get(f"{p}fthe"):
            return ("fylatest", cal)
        return None

    def _tail_spec(
        self, m: re.Match[str], p: str, ctx: _Ctx, poss: re.Match[str] | None = None
    ) -> Spec | None:
        """The year an expression is placed in: ("abs", y), ("rel", off), ("latest",),
        or a fiscal spec. None when the tail is malformed."""
        g = m.groupdict()
        if g.get(f"{p}that"):
            return ("that",)
        if poss is not None:
            if poss["py"]:
                return ("abs", int(poss["py"]))
            off = self._rel_off(poss["prel"])
            return None if off is None else ("rel", off)
        if g.get(f"{p}ys1"):  # "2022-23": the fiscal year of the two labels
            y1 = int(g[f"{p}ys1"])
            if _year_label(g[f"{p}ys2"]) != y1 + 1:
                return None
            return ("fy", y1, ctx.cal.split())
        for key in (f"{p}y", f"{p}yb", "y"):
            if g.get(key):
                return ("abs", int(g[key]))
        for key in (f"{p}rel", "rel"):
            if g.get(key):
                off = self._rel_off(g[key])
                return None if off is None else ("rel", off)
        if any(g.get(f"{p}{k}") for k in ("fy1", "fb1", "frel", "fthe")):
            return self._fiscal_spec(m, p, ctx)
        return ("latest",)

    def _np_start(self, m: re.Match[str], ctx: _Ctx) -> tuple[int, re.Match[str] | None, bool]:
        """Left edge of a period noun phrase: over "the", "2024's" or "last year's", and
        over a "fiscal" before the ordinal ("the fiscal first quarter")."""
        start = m.start()
        fiscal = self._left(self._left_fiscal, ctx, start)
        if fiscal:
            start = fiscal.start()
        poss = self._left(self._left_poss, ctx, start)
        if poss:
            return poss.start(), poss, bool(fiscal)
        return self._the(ctx, start), None, bool(fiscal)

    @staticmethod
    def _resolve(
        spec: Spec | None,
        ctx: _Ctx,
        build: Callable[[int], _P | None],
        fy_build: Callable[[int, _Cal], _P | None] | None = None,
    ) -> tuple[_P | None, bool] | None:
        if spec is None:
            return None
        kind, pub = spec[0], ctx.pub
        if kind in ("fy", "fyrel", "fylatest") and fy_build is None or kind == "that":
            return None
        if kind == "abs":
            return build(spec[1]), False
        if kind == "fy":
            return fy_build(spec[1], spec[2]), False
        if pub is None:
            return None, True
        if kind == "rel":
            return build(pub.year + spec[1]), True
        if kind == "fyrel":
            cal = spec[2]
            return fy_build(cal.fy_of(pub) + spec[1], cal), True
        if kind == "fylatest":
            cal = spec[1]
            return _latest(lambda sy: fy_build(sy, cal), pub, cal.fy_of(pub)), True
        return _latest(build, pub), True

    @staticmethod
    def _fiscalise(spec: Spec | None, ctx: _Ctx) -> Spec | None:
        """'the fiscal first quarter of 2024': a calendar-year spec read as a fiscal year."""
        if spec is None:
            return None
        cal = ctx.cal
        if spec[0] == "abs":
            return ("fy", cal.start_year(spec[1]), cal)
        if spec[0] == "rel":
            return ("fyrel", spec[1], cal)
        if spec[0] == "latest":
            return ("fylatest", cal)
        return spec

    @staticmethod
    def _cand(start: int, end: int, res: tuple[_P | None, bool] | None) -> _Cand | None:
        if res is None:
            return None
        p, rel = res
        if p is None and not rel:
            return None  # an absolute expression that is no valid date ("February 30, 2024")
        return _Cand(start, end, p, rel)

    # ------------------------------------------------------------------ handlers

    def _h_backref(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        key = _norm_phrase(m[0])
        op = self.backref_ops.get(key)
        if op is None or not _word_lb(ctx.low, m.start(), "-"):
            return None  # "the over-the-month gain": a compound adjective
        if key in self.bare_backrefs and not self._bare_ok(ctx, m.start(), m.end()):
            return None
        return _Cand(m.start(), m.end(), None, True, op)

    def _bare_ok(self, ctx: _Ctx, start: int, end: int) -> bool:
        """A bare noun back-reference ("the year", "the same period") in a temporal use:
        not a basis ("on the month"), not followed by its own complement ("the period of
        rapid growth", "the year 2024", "the year ahead"), not a title ("of the Year")."""
        seg = ctx.text[start:end]
        if seg[:1].islower() and not seg.islower():
            return False
        if self._left(self._left_bare_bad, ctx, start):
            return False
        if self._from_figure.match(ctx.low, end):
            return True  # "its outlook for the year from the 2.5 percent forecast"
        return not self._bare_bad_after.match(ctx.low, end)

    def _h_same_period(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the same period' (the governing period), 'the same quarter of the previous
        year', 'the corresponding month two years ago' (whole years back)."""
        if not _word_lb(ctx.low, m.start()):
            return None
        noun = m["noun"]
        if m["tt"]:  # "the same period this year": the governing period's shape, this year
            if ctx.pub is None:
                return _Cand(m.start(), m.end(), None, True)
            op = _Op(self.same_nouns[noun], "year", 0, set_year=ctx.pub.year)
            return _Cand(m.start(), m.end(), None, True, op)
        if m["tw"]:
            n = -1
        elif m["tc"]:
            c = m["tc"]
            count = int(c) if c.isdigit() else self.counts.get(c)
            if not count or (m["tu"].endswith("s") == (count == 1) and c not in ("a", "an")):
                return None  # "two year earlier"
            n = count * self.count_dirs[m["td"]]
        elif noun in self.same_need_tail or not self._bare_ok(ctx, m.start(), m.end()):
            return None  # "at the same time": meanwhile
        else:
            n = 0
        return _Cand(m.start(), m.end(), None, True, _Op(self.same_nouns[noun], "year", n))

    def _h_backref_counted(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start(), "-"):
            return None
        c = m["c"]
        n = int(c) if c.isdigit() else self.counts.get(c)
        unit = self.count_units.get(m["u"])
        if n is None or unit is None or n == 0:
            return None
        if m["u"].endswith("s") == (n == 1) and c not in ("a", "an"):
            return None  # "one years earlier", "two year earlier": not this grammar
        step = self.count_dirs[m["dir"]] * n * int(unit.get("per", 1))
        return _Cand(m.start(), m.end(), None, True, _Op(unit.get("coerce"), unit["unit"], step))

    def _h_anaphor(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()) or self._ana_bad_after.match(ctx.low, m.end()):
            return None  # "that year on year": a conjunction, no period
        if m["noun"]:
            coerce = self.ana_nouns[m["noun"]]
        else:
            coerce = self.ana_phrases.get(_norm_phrase(m["ph"]))
        op = _Op(coerce, "year", 0, anaphoric=True)
        return _Cand(m.start(), m.end(), None, True, op)

    def _h_backref_span(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        c = m["n"]
        n = int(c) if c.isdigit() else self.numbers.get(c)
        if not n or n == 1:  # "the previous one months": not this grammar
            return None
        op = _Op(None, "months_before", n * self.span_units[m["u"]])
        return _Cand(m.start(), m.end(), None, True, op)

    def _h_to_date(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        if ctx.pub is None:
            return _Cand(m.start(), m.end(), None, True)
        unit = self.to_date_units[_norm_phrase(m["u"] or m["u2"])]
        whole = _coerce(p_day(ctx.pub), unit, ctx.cal)
        if whole is None:
            return None
        return _Cand(m.start(), m.end(), p_days(whole.start, ctx.pub), True)

    def _h_same_period_of(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        coerce = self.same_nouns.get(m["noun"])
        return _Cand(m.start(), m.end(), None, True, _Op(coerce, "year", 0, int(m["y"])))

    def _h_iso_day(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return None if d is None else _Cand(m.start(), m.end(), p_day(d), False)

    def _h_iso_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        y = int(m["y"])
        if int(m["m"]) == (y + 1) % 100:  # "2011-12" is a year pair, left to year_range
            return None
        if not _num_lb(ctx.low, m.start()) or not self._year_ok(ctx, m.start(), m.end()):
            return None
        return _Cand(m.start(), m.end(), p_month(y, int(m["m"])), False)

    def _h_day_span(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        conn, op = m["conn"], self._opener(ctx, m.start())
        if (conn == "and") != (op == "between"):
            return None  # "between March 1 and 7" but not "March 1 and 7" (two days)
        m1, m2 = self._month(ctx, m, "m1"), self._month(ctx, m, "m2")
        if (m["m1"] and m1 is None) or (m["m2"] and m2 is None):
            return None
        m1, m2 = m1 or m2, m2 or m1  # "March 1-7", "1-7 March": one month named
        if m1 is None or m2 is None:
            return None
        d1, d2 = int(_digits(m["d1"])), int(_digits(m["d2"]))
        y1 = int(m["y1"]) if m["y1"] else None

        def build(y: int) -> _P | None:
            b = _safe_date(y, m2, d2)
            a = _safe_date(y1 if y1 else y, m1, d1)
            if a is not None and b is not None and a > b and not y1:
                a = _safe_date(y - 1, m1, d1)  # "Dec. 28-Jan. 3"
            if a is None or b is None or (b - a).days > 366:
                return None
            return p_days(a, b)

        spec = self._day_spec(m)
        if spec is None:
            return None
        return self._cand(m.start(), m.end(), self._resolve(spec, ctx, build))

    def _day_spec(self, m: re.Match[str]) -> Spec | None:
        if m["y"]:
            return ("abs", int(m["y"]))
        if m["rel"]:
            off = self._rel_off(m["rel"])
            return None if off is None else ("rel", off)
        return ("latest",)

    def _h_day(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        if mon is None or not _num_lb(ctx.low, m.start()):
            return None
        day = int(_digits(m["d"]))
        if not m["y"]:
            nxt = self._next_word.match(ctx.low, m.end())
            if nxt and nxt[1] in self.year_after:
                return None  # "in May 5 percent ..."
        start = m.start()
        wd = self._left(self._left_wd, ctx, start)  # "Monday, Jan. 13"
        if wd and self._weekday_at(ctx, wd.start(), wd["wd"]) is not None:
            start = wd.start()

        def build(y: int) -> _P | None:
            d = _safe_date(y, mon, day)
            return None if d is None else p_day(d)

        spec = self._day_spec(m)
        if spec is None:
            return None
        return self._cand(start, m.end(), self._resolve(spec, ctx, build))

    def _h_week_of_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        tok = " ".join(m["ord"].split())
        k = None if tok in self.final_ordinals else self._ordinal(tok)
        if mon is None or (k is not None and not 1 <= k <= 5) or not _word_lb(ctx.low, m.start()):
            return None

        def build(y: int) -> _P | None:
            last = _month_end(y, mon)
            if k is None:
                return p_days(last - timedelta(days=6), last)
            first = date(y, mon, 1) + timedelta(days=7 * (k - 1))
            return None if first > last else p_days(first, min(first + timedelta(days=6), last))

        spec = self._tail_spec(m, "", ctx)
        return self._cand(self._the(ctx, m.start()), m.end(), self._resolve(spec, ctx, build))

    def _h_week_ending(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        start = self._the(ctx, m.start())
        if m["wd"]:
            wd = self._weekday_at(ctx, m.start("wd"), m["wd"])
            if wd is None or m["y"]:
                return None
            if ctx.pub is None:
                return _Cand(start, m.end(), None, True)
            end = ctx.pub - timedelta(days=(ctx.pub.weekday() - wd) % 7)
            return _Cand(start, m.end(), p_days(end - timedelta(days=6), end), True)
        mon = self._month(ctx, m, "mon") if m["mon"] else self._month(ctx, m, "mon2")
        if mon is None:
            return None
        day = int(_digits(m["d"] or m["d2"]))

        def build(y: int) -> _P | None:
            end = _safe_date(y, mon, day)
            return None if end is None else p_days(end - timedelta(days=6), end)

        spec = ("abs", int(m["y"])) if m["y"] else ("latest",)
        return self._cand(start, m.end(), self._resolve(spec, ctx, build))

    def _h_iso_week(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        y = int(m["y"] or m["y2"] or m["y3"])
        p = p_week(y, int(m["wn"] or m["wn2"] or m["wn3"]))
        start = m.start() if m["y3"] else self._the(ctx, m.start())
        return None if p is None else _Cand(start, m.end(), p, False)

    def _h_rel_unit(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'last year', 'this month', 'next week', 'the current quarter'."""
        off = self._rel_off(m["rel"])
        if off is None or not _word_lb(ctx.low, m.start()):
            return None
        pub, unit = ctx.pub, m["unit"]
        if unit in self.weekend_words:
            # "this weekend": Saturday-Sunday of the publication week. The text names it,
            # so it may lie after publication, as "next week" does; the contract's "not
            # after publication" rule is for bare months and weekdays, which are guesses.
            week = self.weekend_rel.get(" ".join(m["rel"].split()))
            if week is None:
                return None
            if pub is None:
                return _Cand(m.start(), m.end(), None, True)
            sat = pub + timedelta(days=5 - pub.weekday() + 7 * week)
            return _Cand(m.start(), m.end(), p_days(sat, sat + timedelta(days=1)), True)
        if unit == "year" and off == -1:
            base = self._left(self._left_base, ctx, m.start())
            if base is not None and self._base_ok(ctx, base):
                # "up 3 per cent over last year": the year before the period reported
                start = base.start("the") if base["the"] else m.start()
                fallback = p_year(pub.year - 1) if pub else None
                return _Cand(start, m.end(), None, True,
                             _Op("year", "year", -1, reporting=True), fallback=fallback)
        if pub is None:
            return _Cand(m.start(), m.end(), None, True)
        if unit == "year":
            p = p_year(pub.year + off)
        elif unit == "month":
            p = p_month(*_ym(pub.year * 12 + pub.month - 1 + off))
        elif unit == "week":
            p = _week_of(pub + timedelta(days=7 * off))
        else:
            cur = pub.year * 4 + (pub.month - 1) // 3 + off
            p = p_quarter(cur // 4, cur % 4 + 1)
        return _Cand(m.start(), m.end(), p, True)

    def _h_month_range(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        m1, m2 = self._month(ctx, m, "m1"), self._month(ctx, m, "m2")
        if m1 is None or m2 is None or m1 == m2 or not _word_lb(ctx.low, m.start()):
            return None
        noun = m["noun"] or m["noun2"] or m["noun3"] or ""
        start = m.start()
        pos = self._left(self._left_pos, ctx, start)  # "mid-January to March"
        if pos:
            start = pos.start()
        if noun:  # "the January-November period": "the" belongs to the noun phrase
            start = self._the(ctx, start)
        if (m["conn"] == "and") != (self._opener(ctx, start) == "between"):
            return None  # "January and March" are two months
        hint = "quarter" if noun == "quarter" else "range"
        y1 = int(m["y1"]) if m["y1"] else None
        if not noun and m2 == m1 % 12 + 1 and self._two_points(ctx, start, m["conn"]):
            return None  # "changed between August and September": two months compared

        def build(y: int) -> _P | None:
            first = y1 if y1 is not None else (y if m1 <= m2 else y - 1)
            return p_months(first, m1, y, m2, hint)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            sm = cal.start_month_of(sy)
            o1, o2 = (m1 - sm) % 12, (m2 - sm) % 12
            return None if o2 < o1 else cal.months(sy, o1, o2 - o1 + 1, hint)

        spec = self._tail_spec(m, "t", ctx)
        if y1 is not None and spec == ("latest",):
            return None  # "March 2021 to June": not a range this grammar reads
        res = self._resolve(spec, ctx, build, fy_build)
        if noun == "quarter" and res is not None and res[0] is not None:
            span = _month_span(res[0])
            if span is None or span[1] - span[0] != 2:
                return None  # "the January-November quarter"
        end = m.end()
        if m["tfrel"] and not noun and " in " in ctx.low[m.end("m2") - 1:m.start("tfrel") + 1]:
            # "between October and mid-February in the current financial year": the fiscal
            # year is a date of its own; the range keeps the value it gives ("April-October
            # this fiscal" stays one)
            end = m.end("m2")
        return self._cand(start, end, res)

    def _h_first_months(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the first 11 months of 2024', 'the first three quarters', 'the last two
        quarters of fiscal 2023'."""
        n = self._count(m["n"])
        if n is not None and m["u"] == "quarters":
            n = 3 * n if n <= 4 else None
        if n is None or not 1 <= n <= 12 or not _word_lb(ctx.low, m.start()):
            return None
        if self._dangling_of.match(ctx.low, m.end()):
            return None  # "the first six months of the pandemic"
        start, poss, _ = self._np_start(m, ctx)
        first = m["pos"] not in ("last", "final")
        spec = self._tail_spec(m, "t", ctx, poss)
        if not first and spec == ("latest",) and not m["tthey"]:
            return None  # "the last three months": a rolling duration, not a period
        offset = 0 if first else 12 - n
        if spec == ("that",):
            return self._of_that_year(start, m.end(), 1 + offset, offset + n)

        def build(y: int) -> _P | None:
            return p_months(y, 1 + offset, y, offset + n)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, offset, n)

        return self._cand(start, m.end(), self._resolve(spec, ctx, build, fy_build))

    def _h_days_of_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the first 10 days of December', 'the last five days of this month'."""
        n = self._count(m["n"])
        first = self.days_pos.get(m["pos"]) == "first"
        if n is None or not 1 <= n <= 31 or not _word_lb(ctx.low, m.start()):
            return None
        start = self._the(ctx, m.start())

        def build_month(y: int, mon: int) -> _P | None:
            last = _month_end(y, mon)
            if n > last.day:
                return None
            if first:
                return p_days(date(y, mon, 1), date(y, mon, n))
            return p_days(last - timedelta(days=n - 1), last)

        if m["mrel"]:
            off = self._rel_off(m["mrel"])
            if off is None:
                return None
            if ctx.pub is None:
                return _Cand(start, m.end(), None, True)
            idx = ctx.pub.year * 12 + ctx.pub.month - 1 + off
            return self._cand(start, m.end(), (build_month(*_ym(idx)), True))
        mon = self._month(ctx, m, "mon")
        if mon is None:
            return None
        spec = self._tail_spec(m, "", ctx)
        res = self._resolve(spec, ctx, lambda y: build_month(y, mon))
        return self._cand(start, m.end(), res)

    def _h_months_to(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the three months to September', 'the year ended March 2024', 'the fiscal year
        starting in April 2025' (the span runs from that month)."""
        mon = self._month(ctx, m, "mon")
        n = self._count(m["n"]) if m["n"] else self.span_lengths.get(" ".join(m["len"].split()))
        if mon is None or not n or not 1 <= n <= 24 or not _word_lb(ctx.low, m.start()):
            return None

        def build(y: int) -> _P | None:
            end = y * 12 + mon - 1 + (n - 1 if m["from"] else 0)
            (y1, m1), (y2, m2) = _ym(end - n + 1), _ym(end)
            return p_months(y1, m1, y2, m2)

        spec = self._tail_spec(m, "", ctx)
        res = self._resolve(spec, ctx, build)
        return self._cand(self._the(ctx, m.start()), m.end(), res)

    def _h_quarter(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        tok = " ".join(m["ord"].split())  # "fourth and final"
        q = 4 if tok in self.final_ordinals else self._ordinal(tok)
        if q is None or not 1 <= q <= 4 or not _word_lb(ctx.low, m.start()):
            return None
        if m["ord2"] or m["pl"]:  # "the first and second quarters of 2024"
            return self._quarter_pair(m, ctx, q)
        if self._dangling_of.match(ctx.low, m.end()):
            return None  # "the first quarter of the century"
        start, poss, fiscal = self._np_start(m, ctx)
        spec = self._tail_spec(m, "t", ctx, poss)
        if tok == "last" and spec == ("latest",) and not m["tthey"]:
            # "last quarter" / "the last quarter": the quarter before publication
            if ctx.pub is None:
                return _Cand(start, m.end(), None, True)
            cur = ctx.pub.year * 4 + (ctx.pub.month - 1) // 3 - 1
            return _Cand(start, m.end(), p_quarter(cur // 4, cur % 4 + 1), True)
        if spec == ("that",):
            return self._of_that_year(start, m.end(), 3 * q - 2, 3 * q)
        if fiscal or m["fis2"]:
            spec = self._fiscalise(spec, ctx)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 3 * (q - 1), 3, "quarter")

        res = self._resolve(spec, ctx, lambda y: p_quarter(y, q), fy_build)
        c = self._cand(start, m.end(), res)
        if c is not None and spec is not None and spec[0] in ("latest", "fylatest"):
            c.fq = q
        return c

    def _quarter_pair(self, m: re.Match[str], ctx: _Ctx, q1: int) -> _Cand | None:
        tok = " ".join((m["ord2"] or "").split())
        q2 = 4 if tok in self.final_ordinals else self._ordinal(tok) if tok else None
        if q2 is None or not q1 < q2 <= 4 or not m["pl"]:
            return None  # "the first and third quarters" are two quarters, not a span
        if self._dangling_of.match(ctx.low, m.end()):
            return None
        start, poss, fiscal = self._np_start(m, ctx)
        spec = self._tail_spec(m, "t", ctx, poss)
        if fiscal or m["fis2"]:
            spec = self._fiscalise(spec, ctx)

        def build(y: int) -> _P | None:
            return p_months(y, 3 * q1 - 2, y, 3 * q2, "half")

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 3 * (q1 - 1), 3 * (q2 - q1 + 1), "half")

        if spec == ("latest",):  # a span of quarters of the year under way has begun
            if ctx.pub is None:
                return _Cand(start, m.end(), None, True)
            return self._cand(start, m.end(), (_latest(build, ctx.pub, begun=True), True))
        return self._cand(start, m.end(), self._resolve(spec, ctx, build, fy_build))

    @staticmethod
    def _of_that_year(start: int, end: int, m1: int, m2: int) -> _Cand:
        """'the first quarter of that year': months of the year last named."""
        op = _Op("year", "year", 0, anaphoric=True, months=(m1, m2))
        return _Cand(start, end, None, True, op)

    def _h_quarter_ellipsis(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'... in second quarter, 4.5 percent in third;': the quarter after "in" when a
        quarter was named just before; 'from the second to the third quarter'."""
        q = self._ordinal(m["ord"])
        if q is None or not 1 <= q <= 4 or not _word_lb(ctx.low, m.start()):
            return None
        start = m.start()
        the = self._left(self._left_the, ctx, start)
        if ctx.low[m.end():m.end() + 40].lstrip()[:1].isalpha():  # "to the third quarter"
            if the is None:
                return None
            start = the.start()
        else:
            # "4.5 percent in third": a figure, then "in", after a quarter of the same
            # sentence ("He came in third." is no quarter)
            k = ctx.low.rfind("quarter", max(0, start - 60), start)
            if (k < 0 or not self._left(self._left_in, ctx, start)
                    or self._sentence_end.search(ctx.low, k, start)
                    or not any(ch.isdigit() for ch in ctx.low[max(k, start - 25):start])):
                return None
        res = self._resolve(("latest",), ctx, lambda y: p_quarter(y, q))
        c = self._cand(start, m.end(), res)
        if c is not None:
            c.fq = q
        return c

    def _h_quarter_n(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'Quarter 3 2022', 'Quarter 4 (Oct to Dec) 2019', 'in quarter 1'."""
        if not _word_lb(ctx.low, m.start()):
            return None
        if not (m["y"] or ctx.text[m.start()].isupper()
                or self._left(self._before_ok, ctx, m.start())):
            return None  # "a quarter 2 points lower"
        q = int(m["q"])
        spec = ("abs", int(m["y"])) if m["y"] else ("latest",)
        res = self._resolve(spec, ctx, lambda y: p_quarter(y, q))
        return self._cand(m.start(), m.end(), res)

    def _h_month_count(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'8M 2015', 'in 9M': the first N months of the year; a capital letter after a
        context word ('$8M', '8m tonnes' are figures)."""
        if not _num_lb(ctx.low, m.start()) or ctx.text[m.start("l")] not in self._mca_letters:
            return None
        if not self._left(self._left_mca, ctx, m.start()):
            return None
        y = m["y"] or m["yg"]  # "8M 2015", "9M2023"
        if not y:
            nxt = self._next_word.match(ctx.low, m.end())
            if nxt and nxt[1] in self.year_after:
                return None
        n = int(m["n"])
        spec = ("abs", int(y)) if y else ("latest",)
        res = self._resolve(spec, ctx, lambda y: p_months(y, 1, y, n, "year"))
        return self._cand(m.start(), m.end(), res)

    def _h_months_of(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        n = self._count(m["n"])
        if n is None or not 2 <= n <= 12 or not _word_lb(ctx.low, m.start()):
            return None
        start = self._the(ctx, m.start())
        off = self._rel_off(m["rel"]) if m["rel"] else None
        spec: Spec = ("abs", int(m["y"])) if m["y"] else ("rel", off)
        if off is None and not m["y"]:
            return None
        res = self._resolve(spec, ctx, lambda y: p_months(y, 1, y, n))
        return self._cand(start, m.end(), res)

    def _h_nth_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the first month of 2026', 'the ninth month of the year'."""
        n = self._ordinal(m["ord"])
        if n is None or not 1 <= n <= 12 or not _word_lb(ctx.low, m.start()):
            return None
        start = self._the(ctx, m.start())
        if m["y"]:
            spec: Spec = ("abs", int(m["y"]))
        elif m["rel"]:
            off = self._rel_off(m["rel"])
            if off is None:
                return None
            spec = ("rel", off)
        else:
            spec = ("latest",)
        return self._cand(start, m.end(), self._resolve(spec, ctx, lambda y: p_month(y, n)))

    def _h_ytd(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the year-to-date' (of the governing period), '2020 so far'."""
        if not _word_lb(ctx.low, m.start()):
            return None
        pub, y = ctx.pub, int(m["y"]) if m["y"] else None
        if y is not None:
            if not self._year_ok(ctx, m.start(), m.start() + 4):
                return None
            start = m.start()
            if pub is not None and pub.year == y:
                fallback = p_days(date(y, 1, 1), pub)
            else:
                fallback = p_year(y)
        else:
            start = self._the(ctx, m.start())
            fallback = p_days(date(pub.year, 1, 1), pub) if pub else None
        op = _Op(None, "ytd", 0, set_year=y)
        return _Cand(start, m.end(), None, True, op, fallback=fallback)

    def _h_rolling(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the past eight months' (up to the governing period), 'the last three years'
        (the whole years before publication), 'the eight months'."""
        if not _word_lb(ctx.low, m.start()) or (
                not m["td"] and self._roll_bad_after.match(ctx.low, m.end())):
            return None
        if self._left(self._left_of, ctx, m.start()):
            return None  # "the 16th of the past 17 months": a count of months, no period
        n, per = self._count(m["n"]), self.roll_units[m["u"]]
        if not n or n < 2:
            return None
        pub = ctx.pub
        if per == 12:  # years: whole calendar years before publication
            if not m["op"]:
                return None  # "the three years": no period
            if pub is None:
                return _Cand(m.start(), m.end(), None, True)
            return self._cand(m.start(), m.end(),
                              (p_months(pub.year - n, 1, pub.year - 1, 12), True))
        fallback = None
        if pub is not None:
            e = pub.year * 12 + pub.month - 2  # up to the last whole month
            (y1, m1), (y2, m2) = _ym(e - n * per + 1), _ym(e)
            fallback = p_months(y1, m1, y2, m2)
        return _Cand(m.start(), m.end(), None, True, _Op(None, "months_to", n * per),
                     fallback=fallback)

    def _h_quarter_q(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start(), "-"):
            return None
        q1 = int(m["q"] or m["q2"])
        q2 = int(m["qe"]) if m["qe"] else q1
        if q2 < q1:
            return None
        yy = m["yy"] or m["yy2"]  # "Q4'24", "4Q24"
        spec = ("abs", _year_label(yy)) if yy else self._tail_spec(m, "t", ctx)

        def build(y: int) -> _P | None:
            return p_months(y, 3 * q1 - 2, y, 3 * q2, "quarter")

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 3 * (q1 - 1), 3 * (q2 - q1 + 1), "quarter")

        return self._cand(m.start(), m.end(), self._resolve(spec, ctx, build, fy_build))

    def _h_year_qh(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        y = int(m["y"])
        p = p_quarter(y, int(m["q"])) if m["q"] else p_half(y, int(m["h"]))
        return _Cand(m.start(), m.end(), p, False)

    def _h_month_quarter(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        the = self._left(self._left_the, ctx, m.start())
        if mon is None or mon % 3 or the is None:
            return None  # "the December quarter" is the quarter ending in December
        q = mon // 3
        spec = ("abs", int(m["y"])) if m["y"] else ("latest",)
        res = self._resolve(spec, ctx, lambda y: p_quarter(y, q))
        return self._cand(the.start(), m.end(), res)

    def _h_half(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        h = self._ordinal(m["ord"])
        if h not in (1, 2) or not _word_lb(ctx.low, m.start()):
            return None
        if self._dangling_of.match(ctx.low, m.end()):
            return None  # "the first half of the century" is no 2024-H1
        start, poss, fiscal = self._np_start(m, ctx)
        spec = self._tail_spec(m, "t", ctx, poss)
        if spec == ("that",):
            return self._of_that_year(start, m.end(), 6 * h - 5, 6 * h)
        if fiscal or m["fis2"]:
            spec = self._fiscalise(spec, ctx)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 6 * (h - 1), 6, "half")

        res = self._resolve(spec, ctx, lambda y: p_half(y, h), fy_build)
        c = self._cand(start, m.end(), res)
        if c is not None and spec == ("latest",):
            c.fh = h
        return c

    def _h_half_h(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start(), "-"):
            return None
        h = int(m["h"] or m["h2"])
        yy = m["yy"] or m["yy2"]  # "H1'24", "1H24"
        if m["h2"] and m.end() - m.start() == 2 and ctx.text[m.start() + 1] == "h":
            return None  # "1h 30m" is an hour; a half written digit first is "1H"
        spec = ("abs", _year_label(yy)) if yy else self._tail_spec(m, "t", ctx)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 6 * (h - 1), 6, "half")

        res = self._resolve(spec, ctx, lambda y: p_half(y, h), fy_build)
        return self._cand(m.start(), m.end(), res)

    def _h_fiscal(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        spec = self._fiscal_spec(m, "", ctx)
        if spec is not None and spec[0] == "fylatest" and m["fthe"].split()[-1] in self.bare_fw:
            # "ended the fiscal positively" (Indian, Bangladeshi usage): the fiscal year of
            # the governing period, else the last one that has ended
            fallback = None
            if ctx.pub is not None:
                cal = spec[1]
                fallback = _latest(lambda sy: _fy_year(sy, cal), ctx.pub, cal.fy_of(ctx.pub))
            return _Cand(m.start(), m.end(), None, True, _Op("fiscal_year", "year", 0),
                         fallback=fallback)
        if spec is None or spec[0] == "fylatest":
            return None  # "the fiscal year" alone is a back-reference (see back_references)
        start = m.start() if m["frel"] else self._the(ctx, m.start())
        res = self._resolve(spec, ctx, lambda y: None, _fy_year)
        return self._cand(start, m.end(), res)

    def _h_fiscal_pre(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        y1, cal = int(m["y"]), ctx.cal
        if m["y2"]:
            if _year_label(m["y2"]) != y1 + 1:
                return None
            spec: Spec = ("fy", y1, cal.split())
        else:
            spec = ("fy", cal.start_year(y1), cal)
        res = self._resolve(spec, ctx, lambda y: None, _fy_year)
        return self._cand(self._the(ctx, m.start()), m.end(), res)

    def _h_month_year(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        if mon is None or not _word_lb(ctx.low, m.start()):
            return None
        if not self._year_ok(ctx, m.start("y"), m.end()):
            return None
        pos = self._left(self._left_pos, ctx, m.start())
        start = pos.start() if pos else m.start()
        return _Cand(start, m.end(), p_month(int(m["y"]), mon), False)

    def _h_month_rel(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        if m["mon"]:
            mon, off = self._month(ctx, m, "mon"), self._rel_off(m["rel"])
            if mon is None or off is None:
                return None
            res = self._resolve(("rel", off), ctx, lambda y: p_month(y, mon))
            return self._cand(m.start(), m.end(), res)
        mon = self._month(ctx, m, "mon2")
        if mon is None:
            return None
        if ctx.pub is None:
            return _Cand(m.start(), m.end(), None, True)
        rel, cur = m["rel2"], ctx.pub.year * 12 + ctx.pub.month - 1
        if rel == "last":  # the most recent such month before the current one
            idx = cur - 1 - (cur - 1 - (mon - 1)) % 12
        elif rel == "next":
            idx = cur + 1 + ((mon - 1) - (cur + 1)) % 12
        else:  # "this May": the one in the publication year
            idx = ctx.pub.year * 12 + mon - 1
        return _Cand(m.start(), m.end(), p_month(*_ym(idx)), True)

    def _h_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        if mon is None or not _word_lb(ctx.low, m.start()):
            return None
        start, end, low = m.start(), m.end(), ctx.low
        if low[end:end + 1] == "-" and low[end + 1:end + 2].isalpha():
            return None  # "Mar-a-Lago"; a real "March-May" is read by month_range
        key = m["mon"].rstrip(".")
        if key in self.abbrevs and not m["mon"].endswith("."):
            nxt = ctx.text[end:end + 3].lstrip()
            if nxt[:1].isupper():
                return None  # "by Jun Wang": a name, not June
        if self._left(self._left_month_bad, ctx, start) and self._generic_month_end.match(
                low, end):
            return None  # "a record for a July.": a month of any year ("a July survey" is one)
        pos = self._left(self._left_pos, ctx, start)
        if pos:
            start = pos.start()
        elif key in self.ambiguous or key in self.abbrevs:
            # "May", "March", "Jan" alone: a month only in a temporal context
            ok = self._left(self._before_ok, ctx, start) or self._after_ok.match(ctx.low, m.end())
            if not ok:
                return None
        # a month is "not after" publication once it has begun: "in mid-December" in an
        # article of 20 December is this December, not last year's
        if ctx.pub is None:
            return _Cand(start, m.end(), None, True)
        return _Cand(start, m.end(), _latest(lambda y: p_month(y, mon), ctx.pub, begun=True), True)

    def _h_year_range(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()) and not self._after_figure_slash(ctx.low, m.start()):
            return None
        conn = m["conn"]
        if (conn == "and") != (self._opener(ctx, m.start()) == "between"):
            return None
        y1, raw2 = int(m["y1"]), m["y2"]
        y2 = _year_label(raw2)
        if y2 == y1 + 1 and self._two_points(ctx, m.start(), conn):
            return None  # "dropped between 2018 and 2019": two years compared
        if len(raw2) == 2 and y2 != y1 + 1:
            return None
        if not y1 < y2 <= y1 + 100 or (conn == "/" and y2 != y1 + 1):
            return None
        if not self._year_ok(ctx, m.start(), m.end()):
            return None
        cal = ctx.cal
        if y2 == y1 + 1 and cal.start_month != 1 and conn in ("-", "–", "—", "/"):
            p = _fy_year(y1, cal)  # "2023-24" in a country with an April fiscal year
        else:
            p = p_months(y1, 1, y2, 12)
        return _Cand(m.start(), m.end(), p, False)

    def _h_year(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        start = m.start()
        pos = self._left(self._left_pos, ctx, start)  # "mid-2024", "late 2024"
        if pos:
            start = pos.start()
        elif not _num_lb(ctx.low, start) and not self._after_figure_slash(ctx.low, start):
            return None
        else:
            cal = self._left(self._left_cal, ctx, start)  # "calendar year 2024"
            if cal:
                start = cal.start()
        if not self._year_ok(ctx, m.start(), m.end()):
            return None
        return _Cand(start, m.end(), p_year(int(m["y"])), False)

    def _h_vague(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'in recent months', 'the coming term': a time expression with no period."""
        if not _word_lb(ctx.low, m.start()):
            return None
        return _Cand(m.start(), m.end(), None, True)

    def _h_rel_day(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        off = self.relative_days.get(" ".join(m["w"].split()))
        if off is None or not _word_lb(ctx.low, m.start()):
            return None
        p = p_day(ctx.pub + timedelta(days=off)) if ctx.pub else None
        return _Cand(m.start(), m.end(), p, True)

    def _h_weekday(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        wd = self._weekday_at(ctx, m.start(), m["wd"])
        if wd is None or not _word_lb(ctx.low, m.start()):
            return None
        if self._left(self._left_wd_name, ctx, m.start()):
            return None  # "Black Friday"
        start = m.start()
        relm = self._left(self._left_wd_rel, ctx, start)
        rel = relm["rel"] if relm else ""
        if relm:
            start = relm.start()
        if ctx.pub is None:
            return _Cand(start, m.end(), None, True)
        pub = ctx.pub
        if rel == "next":
            d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        elif rel == "last":  # strictly before the publication day
            d = pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
        else:  # "Monday", "this Monday": the most recent one on or before publication
            d = pub - timedelta(days=(pub.weekday() - wd) % 7)
        return _Cand(start, m.end(), p_day(d), True)


# ------------------------------------------------------------------------ module helpers


def _fy_year(sy: int, cal: _Cal) -> _P | None:
    return cal.months(sy, 0, 12, "year")


def _year_label(tok: str) -> int:
    """'2024' -> 2024; two digits ("'24", "FY24") -> 2024 (1970-2069 window)."""
    t = tok.lstrip("'")
    n = int(t)
    if len(t) == 2:
        return 2000 + n if n < 70 else 1900 + n
    return n


def _starts(phrases: Any) -> tuple[str, ...]:
    """Start keys of phrases: the first token, or "the+<second token>"."""
    keys = set()
    for ph in phrases:
        toks = _TOKEN.findall(str(ph).lower())
        if toks:
            keys.add("the+" + toks[1] if toks[0] == "the" and len(toks) > 1 else toks[0])
    return tuple(sorted(keys))


def _second_tokens(phrases: Any) -> tuple[str, ...]:
    """The second token of each multi-word phrase: the gate after its first."""
    out = {toks[1] for ph in phrases if len(toks := _TOKEN.findall(str(ph).lower())) > 1}
    return tuple(sorted(out))


def _word_lb(low: str, i: int, extra: str = "") -> bool:
    """No word character (or one of ``extra``) right before position ``i``."""
    if i == 0:
        return True
    c = low[i - 1]
    return not (c.isalnum() or c == "_" or c in extra)


def _num_lb(low: str, i: int) -> bool:
    """A number may start at ``i``: not inside a word, a decimal, a time, an amount."""
    return _word_lb(low, i, ".,:$€£¥₹/-")


def _digits(tok: str) -> str:
    return "".join(c for c in tok if c.isdigit())


def _suffix(n: int) -> str:
    return {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th")


def _norm_phrase(s: str) -> str:
    return re.sub(r"[\s-]+", " ", s.lower()).strip()


def _start(c: _Cand) -> int:
    return c.start


def _is_dayish(p: _P) -> bool:
    return p.gran in ("day", "week") or (p.gran == "range" and _month_span(p) is None)


def _select(cands: list[_Cand], n: int) -> list[_Cand]:
    """Non-overlapping candidates, longest first; ties go to the earlier family."""
    cands.sort(key=lambda c: (c.start - c.end, c.start, c.rank))
    taken = bytearray(n)
    chosen: list[_Cand] = []
    for c in cands:
        if taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _merge_named_periods(chosen: list[_Cand], low: str) -> list[_Cand]:
    """"the period January to May": a period noun right before the period it names is
    one expression with that period's value."""
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (prev is not None and prev.op is not None and c.op is None
                and prev.op.coerce is None and prev.op.unit == "year" and prev.op.n == 0
                and prev.op.set_year is None and not prev.op.anaphoric
                and low[prev.end:c.start].isspace() and "\n" not in low[prev.end:c.start]):
            c.start = prev.start
            out[-1] = c
            continue
        out.append(c)
    return out


def _make_cal(row: Any, default: dict[str, Any], where: str) -> _Cal:
    if not isinstance(row, dict):
        raise _data_error(FISCAL_DATA, where, "expected an object")
    sm = row.get("start_month", default.get("start_month"))
    named = row.get("named_by", default.get("named_by", "start"))
    fy_named = row.get("fy_named_by", named)
    split = row.get("split_start_month", default.get("split_start_month", 4))
    if not isinstance(sm, int) or not 1 <= sm <= 12 or not isinstance(split, int):
        raise _data_error(FISCAL_DATA, where, "start_month must be an integer 1..12")
    if named not in ("start", "end") or fy_named not in ("start", "end"):
        raise _data_error(FISCAL_DATA, where, "named_by must be 'start' or 'end'")
    earlier = row.get("earlier")
    if earlier is None:
        return _Cal(sm, named, fy_named, split)
    before, old = (earlier.get("before"), earlier.get("start_month")) if isinstance(
        earlier, dict) else (None, None)
    if (not isinstance(earlier, dict) or set(earlier) != {"before", "start_month"}
            or isinstance(before, bool) or not isinstance(before, int)
            or isinstance(old, bool) or not isinstance(old, int) or not 1 <= old <= 12):
        raise _data_error(FISCAL_DATA, where, "earlier needs before (a year) and start_month "
                          "(1..12) only")
    return _Cal(sm, named, fy_named, split, before, old)


def _check_op(op: _Op, where: Any) -> None:
    if op.coerce not in (None, "fiscal_year", "fit", *_GRANULARITY_ORDER) or op.unit not in (
        "year", "month", "day", "period", "months_before", "months_to", "ytd"
    ):
        raise _data_error(DATES_DATA, str(where), f"bad back-reference operation {op}")


def _int_table(data: dict[str, Any], key: str) -> dict[str, int]:
    """A word -> whole number table of dates.json (validated by ``_validate_dates``)."""
    return {word.lower(): value for word, value in data[key].items()}


# ------------------------------------------------------------------ validating dates.json
# Every field is checked by type before anything is read: a string where a list belongs
# would be iterated letter by letter, a list where an object belongs would fail deep inside
# the grammar, an empty list would compile to an empty alternative that matches everywhere.

_WORD_LISTS = (
    "month_context_before", "month_context_after", "month_position_prefixes",
    "weekday_name_prefixes", "final_ordinals", "standalone_relative", "quarter_words",
    "half_words", "fiscal_words", "bare_fiscal_words", "bare_fiscal_followers", "fy_prefixes",
    "calendar_words", "range_connectors", "range_openers", "span_end_words",
    "span_start_words", "month_range_nouns", "year_blockers_before", "year_name_prefixes",
    "currency_signs", "comparison_markers", "revision_markers", "year_figure_verbs",
    "year_figure_to", "year_figure_to_qualified", "year_figure_qualifiers", "weekend_words",
    "period_position_phrases", "month_blockers_before", "base_year_markers", "vague_periods",
    "base_year_markers_need_figure", "strict_comparison_markers",
)
# read as sets only, never as regex alternatives: they may be empty
_OPTIONAL_WORD_LISTS = ("ambiguous_months", "year_blockers_after", "year_context_after",
                        "sentence_abbreviations", "slash_year_after")
_INT_TABLES = ("number_words", "ordinals", "relative", "relative_days", "span_lengths",
               "weekend_relative")
# checked here by type (a list or an object), their entries in PeriodFinder._load_data
_STRUCTURES = {"months": list, "weekdays": list, "back_references": list,
               "back_reference_counted": dict, "same_period_of": dict,
               "bare_back_reference_blockers": dict, "days_of_month_positions": dict,
               "anaphoric_references": dict, "back_reference_spans": dict, "to_date": dict,
               "year_to_date": dict, "rolling_spans": dict, "month_count_abbrevs": dict}


def _validate_dates(d: dict[str, Any]) -> None:
    known = {"version", *_WORD_LISTS, *_OPTIONAL_WORD_LISTS, *_INT_TABLES, *_STRUCTURES}
    for key, value in d.items():
        if key.startswith("_"):  # a comment
            if not isinstance(value, str):
                raise _data_error(DATES_DATA, key, "a comment must be a string")
        elif key not in known:
            raise _data_error(DATES_DATA, key, "unknown key (a misspelt one would fall back "
                              "to nothing)")
    for key in sorted(known - {"version"}):
        if key not in d:
            raise _data_error(DATES_DATA, None, f"missing key {key!r}")
    version = d.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int):
        raise _data_error(DATES_DATA, "version", f"expected a whole number, not {version!r}")
    for key in _WORD_LISTS:
        _words(d[key], key, key)
    for key in _OPTIONAL_WORD_LISTS:
        _words(d[key], key, key, empty_ok=True)
    for key in _INT_TABLES:
        _ints(d, key, key)
    for key, kind in _STRUCTURES.items():
        if not isinstance(d[key], kind):
            raise _data_error(DATES_DATA, key,
                              f"expected a JSON {'array' if kind is list else 'object'}")
    _record(d, "bare_back_reference_blockers", {"before": "words", "after": "words"})
    _record(d, "same_period_of", {"words": "words", "nouns": "object",
                                  "nouns_need_tail": "words", "year_back_tails": "words",
                                  "this_year_tails": "words"})
    _record(d, "back_reference_counted", {"counts": "ints", "units": "object",
                                          "directions": "ints"})
    _record(d, "anaphoric_references", {"determiners": "words", "nouns": "object",
                                        "phrases": "object", "blockers_after": "words"})
    _record(d, "year_to_date", {"phrases": "words", "year_markers_after": "words"})
    _record(d, "rolling_spans", {"openers": "words", "bare_openers": "words", "units": "ints"})
    _record(d, "month_count_abbrevs", {"letters": "words", "context_before": "words"})
    for letter in d["month_count_abbrevs"]["letters"]:
        if len(letter) != 1 or not letter.isalpha():
            raise _data_error(DATES_DATA, ("month_count_abbrevs", "letters"),
                              f"{letter!r}: one letter")
    _record(d, "back_reference_spans", {"openers": "words", "units": "ints"})
    _record(d, "to_date", {"markers_before": "words", "markers_after": "words",
                           "openers": "words", "units": "object"})
    for key, table in (("anaphoric_references", "nouns"), ("anaphoric_references", "phrases"),
                       ("to_date", "units")):
        for word, value in d[key][table].items():
            if value is None and key == "anaphoric_references":
                continue  # "that period": the named period's own shape
            if value not in _GRANULARITY_ORDER and value != "fiscal_year":
                raise _data_error(DATES_DATA, (key, table), f"{word!r} must map to a "
                                  f"granularity (month, quarter, year, ...), not {value!r}")
    for word, n in d["back_reference_spans"]["units"].items():
        if n < 1:
            raise _data_error(DATES_DATA, ("back_reference_spans", "units"),
                              f"{word!r}: months per unit must be at least 1")
    for word, value in d["days_of_month_positions"].items():
        if not isinstance(value, str):
            raise _data_error(DATES_DATA, "days_of_month_positions",
                              f"{word!r} must map to 'first' or 'last', not {value!r}")


def _record(d: dict[str, Any], key: str, fields: dict[str, str]) -> None:
    """``d[key]``: an object with exactly these fields, each a non-empty list of words, a
    word -> whole number table or a non-empty object."""
    value = d[key]
    if {k for k in value if not k.startswith("_")} != set(fields):  # "_x": a comment
        raise _data_error(DATES_DATA, key, f"expected exactly the fields {sorted(fields)}")
    for field, kind in fields.items():
        if kind == "words":
            _words(value[field], (key, field), key)
        elif kind == "ints":
            _ints(value, field, key)
        elif not isinstance(value[field], dict) or not value[field]:
            raise _data_error(DATES_DATA, (key, field), "expected a non-empty JSON object")


def _words(value: Any, where: str | tuple[str, ...], top: str, empty_ok: bool = False,
           label: str = "") -> list[str]:
    """A list of non-empty strings (non-empty unless ``empty_ok``) at the key path ``where``;
    ``top`` is the key at the top level, the line named when the item is not found;
    ``label`` says which entry of a list the words belong to."""
    pre = f"{label}: " if label else ""
    if not isinstance(value, list) or not (value or empty_ok):
        raise _data_error(DATES_DATA, where, pre + ("expected a list of words" if empty_ok
                                                    else "expected a non-empty list of words"),
                          top=top)
    for w in value:
        if not isinstance(w, str) or not w.strip():
            raise _data_error(DATES_DATA, where, f"{pre}{w!r} is not a non-empty string",
                              top=top, item=w)
    return value


def _ints(table: dict[str, Any], key: str, top: str) -> dict[str, int]:
    """``table[key]``: a non-empty object of word -> whole number."""
    value = table[key]
    where = key if top == key else (top, key)
    if not isinstance(value, dict) or not value:
        raise _data_error(DATES_DATA, where, "expected a non-empty object of word -> number",
                          top=top)
    for word, n in value.items():
        if not word.strip() or isinstance(n, bool) or not isinstance(n, int):
            raise _data_error(DATES_DATA, where,
                              f"{word!r} must map to a whole number, not {n!r}", top=top)
    return value


def _data_error(name: str, key: str | tuple[str, ...] | None, msg: str, top: str | None = None,
                item: Any = None) -> DataFileError:
    """An error naming the file and the line of ``key`` (a path of keys, searched one after
    the other) or of ``item`` after it; when the path is not found as written (an "entry 3"
    step), the line of its first key, or of ``top``."""
    path = (key,) if isinstance(key, str) else tuple(key or ())
    line: int | str = "?"
    for n in range(len(path), 0, -1):
        line = line_of(name, path[:n], item if n == len(path) else None)
        if line != "?":
            break
    if line == "?" and top:
        line = line_of(name, top)
    if not path:
        return DataFileError(f"{data_path(name)}: {msg}")
    return DataFileError(f"{data_path(name)}: line {line}: {'.'.join(path)}: {msg}")
