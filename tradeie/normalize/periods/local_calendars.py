"""Years of local calendars in English copy (data: models/local_calendars.json).

Nepalese copy dates by Bikram Sambat ("fiscal year 2081/82"), Thai official copy by the
Buddhist Era ("B.E. 2567"), Iranian and Afghan copy by the solar Hijri year ("the Iranian
calendar year 1403"), Ethiopian copy by the Ethiopian calendar ("the 2016 EFY"). Read as
Gregorian years they are silently wrong ("2081" is no year of the news) or missed. In a story
of one of a calendar's economies, this pass finds those years by their markers and converts
them; and where the calendar's years cannot be Gregorian news years (Bikram Sambat from
2065), it converts the years the grammar already read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from tradeie.normalize.periods.candidates import _Cand, _Ctx
from tradeie.normalize.periods.fiscal import _Cal, _fy_year
from tradeie.normalize.periods.values import _P, p_months, p_year
from tradeie.patterns import trie_pattern
from tradeie.resources import (
    VERSION,
    Int,
    List,
    Map,
    OneOf,
    Record,
    Text,
    Type,
    read_json,
    validate,
)

DATA = "local_calendars.json"
_CODE = Text(test=lambda c: len(c) == 2 and c.isupper(), what="an ISO 3166-1 alpha-2 code")
_MARKERS = Map(OneOf(("year", "fiscal")), comments=False)
SCHEMA = Record({
    "version": VERSION,
    "calendars": List(Record({
        "name": Text(), "source": Text(), "countries": List(_CODE, nonempty=True),
        "years": List(Int(1, 9998), nonempty=True), "year_offset": Int(),
        "year_start_month": Int(1, 12), "fiscal_label_offset": Int(),
        "markers_before": _MARKERS, "markers_after": _MARKERS,
        "bare_slash_years": Type(bool, "true or false"), "bare_years_from": Int(1, 9998),
    }, optional=frozenset({"fiscal_label_offset", "bare_years_from"}), anchor="name"),
        nonempty=True),
}, optional=frozenset({"version"}))


@dataclass(frozen=True, slots=True)
class LocalCalendar:
    name: str
    first: int  # the local years read at all
    last: int
    year_offset: int  # local year Y begins in the Gregorian year Y + year_offset ...
    year_start_month: int  # ... in this month
    fiscal_label_offset: int | None  # a local fiscal year Y has the Gregorian label Y + this
    pattern: re.Pattern[str]  # marked years (and bare slash years), on lower-cased text
    bare_years_from: int | None

    def year(self, y: int) -> _P | None:
        """The local calendar year ``y`` as Gregorian months."""
        g = y + self.year_offset
        m = self.year_start_month
        return p_months(g, m, g + 1 if m > 1 else g, m - 1 if m > 1 else 12, "year")

    def fiscal(self, y: int, cal: _Cal) -> _P | None:
        """The local fiscal year ``y`` as the country's fiscal calendar lays it out."""
        if self.fiscal_label_offset is None:
            return self.year(y)
        return _fy_year(cal.start_year(y + self.fiscal_label_offset), cal)

    def shifted(self, p: _P) -> _P | None:
        """A period the grammar read with local years as Gregorian ones, moved to the
        Gregorian months (a month before the local year's first month is in the next
        Gregorian year)."""
        def move(d: date) -> tuple[int, int]:
            extra = 1 if d.month < self.year_start_month else 0
            return d.year + self.year_offset + extra, d.month
        (y1, m1), (y2, m2) = move(p.start), move(p.end)
        return p_months(y1, m1, y2, m2, p.gran if p.gran in ("month", "quarter", "half")
                        else "range")


def _phrase(words: list[str]) -> str:
    return trie_pattern({w.lower() for w in words}, sep=r"[\s.]{1,3}")


def _year(tag: str) -> str:
    return rf"(?P<y{tag}>\d{{4}})(?:\s{{0,2}}[/-]\s{{0,2}}(?P<n{tag}>\d{{2}}(?:\d{{2}})?))?"


def _compile(row: dict) -> re.Pattern[str]:
    """Marked years ("FY 2081/82", "B.E. 2567", "1403 SH"), and bare "2081/82" where the
    calendar says so; group y<tag>: the year, n<tag>: a second year after a slash."""
    before, after = row["markers_before"], row["markers_after"]
    alts = []
    if before:
        alts.append(rf"(?P<b>{_phrase(list(before))})\s{{0,2}}{_year('b')}(?![\w/])")
    if after:
        alts.append(rf"{_year('a')}\s{{1,2}}(?P<a>{_phrase(list(after))})(?![\w])")
    if row["bare_slash_years"]:
        alts.append(r"(?P<ys>\d{4})\s{0,2}/\s{0,2}(?P<ns>\d{2}(?:\d{2})?)(?![\w/%]|[.,]\d|\s{0,2}%)")
    return re.compile(r"(?<![\w/$€£.,-])(?:the\s{1,2})?(?:" + "|".join(alts) + ")")


@cache
def calendars() -> dict[str, tuple[LocalCalendar, dict[str, str]]]:
    """Country -> (its local calendar, marker -> 'year' or 'fiscal' (lower-cased))."""
    data = validate(DATA, read_json(DATA), SCHEMA)
    out: dict[str, tuple[LocalCalendar, dict[str, str]]] = {}
    for row in data["calendars"]:
        first, last = row["years"][0], row["years"][-1]
        cal = LocalCalendar(row["name"], first, last, row["year_offset"],
                            row["year_start_month"], row.get("fiscal_label_offset"),
                            _compile(row), row.get("bare_years_from"))
        kinds = {_key(w): k for w, k in {**row["markers_before"], **row["markers_after"]}.items()}
        for country in row["countries"]:
            out[country] = (cal, kinds)
    return out


def _key(marker: str) -> str:
    return " ".join(marker.lower().replace(".", " ").split())


def _is_next(y: int, y2: str | None) -> bool:
    """'2081/82': the second year is the next one (a fiscal year's label)."""
    if y2 is None:
        return False
    n = int(y2)
    return (n if len(y2) == 4 else y - y % 100 + n) == y + 1


def _nearer(local: int, gregorian: int, pub: date | None) -> bool:
    """Whether the local reading of a year (as the Gregorian year it begins in) is nearer
    the story's date than the Gregorian one: "fiscal year 2024-25" in a Nepalese story of
    2024 is Gregorian, "2081/82" Bikram Sambat. No date: the local reading."""
    return pub is None or abs(local - pub.year) < abs(gregorian - pub.year)


def _gregorian(y: int, slashed: bool, fiscal: bool, cal: _Cal) -> _P | None:
    if not fiscal:
        return p_year(y)
    return _fy_year(y if slashed else cal.start_year(y), cal)


def apply(ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` with the story's local-calendar years read as such (see the module)."""
    found = calendars().get(ctx.country or "")
    if found is None:
        return chosen
    cal, kinds = found
    marked: list[_Cand] = []
    for m in cal.pattern.finditer(ctx.low):
        tag = "b" if m["b"] else "a" if m["a"] else "s"
        y, y2 = int(m["y" + tag]), m["n" + tag]
        if not cal.first <= y <= cal.last or (y2 is not None and not _is_next(y, y2)):
            continue
        marker = m["b"] or m["a"]
        fiscal = y2 is not None or (marker is not None and kinds.get(_key(marker)) == "fiscal")
        p = cal.fiscal(y, ctx.cal) if fiscal else cal.year(y)
        if p is not None and not _nearer(p.start.year, y, ctx.pub):
            # a Gregorian year named by the calendar's words after it ("the 2023/24
            # Ethiopian fiscal year"): the whole phrase, the Gregorian period
            p = _gregorian(y, y2 is not None, fiscal, ctx.cal) if m["a"] else None
        if p is None:
            continue
        marked.append(_Cand(m.start(), m.end(), p, False))
    out = [c for c in chosen if not any(k.start < c.end and c.start < k.end for k in marked)]
    if cal.bare_years_from is not None:
        for c in out:
            if c.period is not None and c.period.start.year >= cal.bare_years_from and \
                    _nearer(c.period.start.year + cal.year_offset, c.period.start.year, ctx.pub):
                c.period = (cal.year(c.period.start.year) if c.period.gran == "year"
                            and c.period.value.isdigit() else cal.shifted(c.period))
    return sorted(out + marked, key=lambda c: c.start)
