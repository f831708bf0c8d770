"""A back-reference that opens a clause dates the figures of that clause: "prices rose 0.38%
in the first fortnight, while in the same fortnight of 2022 they had risen 0.49%" (0.49% is
of the first fortnight of 2022, not of the period the sentence reports).

A sentence-opening back-reference set off by a comma is ``period_link._opening_backref``;
this is the same reading for a clause that opens after "while", "whereas", ", and" (the
clause breaks of relations.json) with only a preposition before the date."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from tradeie.normalize.periods.values import period_bounds
from tradeie.relate.basis_link import d_usable
from tradeie.relate.period_patterns import REVISED
from tradeie.relate.scope import (
    canonical_period,
    ends_before,
    fiscal_year_ending,
    period_cues,
    step_back,
)
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item

# what may stand between the clause's start and its date: a preposition
CLAUSE_OPENING = re.compile(r"[\s,]*(?:in|during|for|over|at)\s+", re.IGNORECASE)


def _subject_backref(linker: Any, fig: Item, s: SentenceIndex, lo: int) -> str | None:
    """"The deficit in the same period a year earlier was £55.0 billion", "Imports during
    the corresponding period of 2024 had come to ...": a back-reference in the subject of
    the figure's clause, right before its verb, dates the figure (as one opening the
    sentence does) when it names an earlier period than the story's."""
    before = [d for d in s.dates if lo <= d.start and d.end <= fig.start]
    if not before:
        return None
    d = before[-1]
    value = d.attrs.get("value")
    if not value or not SUBJECT_PREP.search(linker.text, max(lo, d.start - 12), d.start) or \
            CLAUSE_OPENING.fullmatch(linker.text, lo, d.start) or \
            not linker.c.backref.search(linker.text, d.start, d.end) or \
            not period_cues().subject_verb.fullmatch(linker.text, d.end, fig.start):
        return None
    return value if ends_before(value, linker.passage_period or linker.main_period) else None


def released_before(linker: Any, fig: Item, s: SentenceIndex) -> bool:
    """"June's deficit was revised to $59.1 billion from the $60.2 billion reported last
    month", "... from C$6.3 billion initially published a month ago": in a revision, the
    date after the value revised from is when it was released, not its period."""
    k = bisect_left(s.date_starts, fig.end)
    return k < len(s.dates) and s.has(REVISED) and \
        RELEASED_AFTER.fullmatch(linker.text, fig.end, s.dates[k].start) is not None


def revised_previous(linker: Any, fig: Item, s: SentenceIndex) -> str | None:
    """"narrowed to A$13.7 billion in the June quarter from a revised A$14.9 billion", "rose
    3.1% in July, after a revised 2.0% gain": a value a release revised, set against the
    period it reports, is of the period before (the month or quarter before that of the
    figure compared with it); else None."""
    i = bisect_left(s.fig_starts, fig.start)
    # (a day it claims, "..., the bank said Friday", is the release's)
    if any(d_usable(d) for d in s.claims[fig.key]) or i == 0 or \
            s.figs[i - 1].label != fig.label or \
            not REVISED_VALUE_BEFORE.search(linker.text, max(s.bounds[0], fig.start - 40),
                                            fig.start):
        return None
    period = canonical_period(linker._period(s.figs[i - 1], s) or "")
    grain = "mom" if re.fullmatch(r"\d{4}-\d{2}", period) else \
        "qoq" if re.fullmatch(r"\d{4}-Q[1-4]", period) else None
    return step_back(period, grain) if grain else None


def cumulative_year(linker: Any, fig: Item, s: SentenceIndex, value: str | None) -> str | None:
    """"Brazilian exports rose 9.1% in October. In the year, exports accumulate US$289.6
    billion", "So far in 2025, exports total ...": a flow summed over the year of a story of
    a month (or quarter) of that year, its clause saying so, runs from January to the end
    of the story's period (the months reported), not over the whole year."""
    main = linker.main_period
    if not value or len(value) != 4 or not value.isdigit() or not main:
        return value
    bounds, year = period_bounds(main), int(value)
    lo, hi = s.clause(fig.start)
    if bounds is None or bounds[0].year != year or bounds[1].year != year or \
            bounds[1].month == 12 or not period_cues().cumulative.search(linker.text, lo, hi) or \
            linker.c.forecast.search(linker.text, lo, hi):
        return value
    return _january_to(year, bounds[1].month)


_DAYS_FROM_NEW_YEAR = re.compile(r"(\d{4})-01-01/(\d{4})-(\d{2})-\d{2}")


def _january_to(year: int, month: int) -> str:
    """January to ``month`` of ``year`` as a period value (January alone for January)."""
    return f"{year}-01/{year}-{month:02d}" if month > 1 else f"{year}-01"


def so_far_months(linker: Any, value: str | None) -> str | None:
    """"So far this year, the deficit is running at $612.4 billion" in a story of September:
    the days from January 1 to publication (the DATE's value) sum a release's months, January
    to the end of the story's period, when that period lies in the same year."""
    m = _DAYS_FROM_NEW_YEAR.fullmatch(value or "")
    main = linker.main_period
    # (only a span to the day of publication: "as of April 15" is a span the text names)
    if m is None or not main or m.group(1) != m.group(2) or \
            value.split("/")[1] != (linker.v.published or "")[:10]:
        return value
    bounds = period_bounds(main)
    year = int(m.group(1))
    if bounds is None or bounds[0].year != year or bounds[1].year != year or \
            bounds[1].month == 12 or bounds[1].month >= int(m.group(3)):
        return value  # the months reported must have ended before the month of publication
    return _january_to(year, bounds[1].month)


def names_metric(linker: Any, d: Item, sent_starts: list[int]) -> bool:
    """Whether the sentence of date ``d`` names a metric, or is the headline (the text's
    first line, no full stop: "Official Reserve Assets at End-December")."""
    index = bisect_left(sent_starts, d.start + 1) - 1
    lo, hi = linker.v.sentences[index] if index >= 0 else (0, len(linker.text))
    first_line = linker.text[:linker.text.find("\n") if "\n" in linker.text else None]
    if d.end <= len(first_line) and not first_line.rstrip().endswith((".", "!", "?")):
        return True
    k = bisect_left(linker._metric_starts, lo)
    return k < len(linker._metric_starts) and linker._metric_starts[k] < hi


def period_end_of(linker: Any, d: Item) -> bool:
    """"In fiscal year 2024/25, which ended in June, ...", "the financial year that ended on
    March 31", "fiscal 2024 through March": a date right after another date, naming when
    that period ended (it ends with it), is part of its description, not a period of its
    own ("in 2025 through September" is no such end: the year to September)."""
    cue = period_cues().end_clause_before
    return any(e.end <= d.start and cue.fullmatch(linker.text, e.end, d.start)
               and _ends(e) is not None and _ends(e) == _ends(d)
               for e in linker.dates_in(max(0, d.start - 40), d.start))


def _ends(d: Item) -> object:
    bounds = period_bounds(d.attrs.get("value") or "")
    return bounds[1] if bounds else None


# the value revised from + "reported" + the date of its release (before "last month")
RELEASED_AFTER = re.compile(
    r"\s{1,3}(?:(?:initially|originally|first|previously)\s{1,3})?(?:reported|published|"
    r"released|announced|estimated|given)\s{1,3}(?:(?:in|on)\s{1,3})?", re.IGNORECASE)
# "up from a revised $9.7 billion", "after an upwardly revised 2.0% gain"
REVISED_VALUE_BEFORE = re.compile(
    r"\b(?:from|after|than|versus|against|with)\s{1,3}(?:an?|the)\s{1,3}"
    r"(?:(?:upwardly|downwardly|upward|downward|slightly)\s{1,3})?revised\s{1,3}$",
    re.IGNORECASE)
# "Exports in the same period ...": a preposition after a word of the subject
SUBJECT_PREP = re.compile(r"[A-Za-z]\s{1,3}(?:in|during|for|over)\s{1,3}$", re.IGNORECASE)


# "As of mid-December, exports had reached ...": a day to which the sentence's flows are summed
AS_OF_OPENING = re.compile(r"\W*as\s+of\s+", re.IGNORECASE)


def clause_backref_period(linker: Any, fig: Item, s: SentenceIndex) -> str | None:
    """The value of a back-reference date that opens the clause of ``fig`` (not the
    sentence's first clause) and stands before it; the span to the day that opens the
    sentence with "As of <day>," (the passage's period would govern otherwise); else None."""
    lo, _ = s.clause(fig.start)
    subject = _subject_backref(linker, fig, s, lo)
    if subject is not None:
        return subject
    first = s.dates[0] if s.dates else None
    if first is not None and first.end < fig.start and AS_OF_OPENING.fullmatch(
            linker.text, s.bounds[0], first.start) and \
            linker.text[first.end:first.end + 3].lstrip()[:1] == ",":
        return linker._to_date(first)
    if lo <= s.bounds[0]:
        return None
    for d in s.dates:
        if d.start < lo:
            continue
        if d.start > fig.start:
            break
        value = d.attrs.get("value")
        if value and CLAUSE_OPENING.fullmatch(linker.text, lo, d.start) and \
                linker.c.backref.search(linker.text, d.start, d.end):
            return value
        break
    return None


# "below the 12.7% of September": the figure compared with, "of" and its own date
OF_DATE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def compared_of_date(linker: Any, fig: Item, s: SentenceIndex) -> str | None:
    """The value of the date written right after ``fig`` with "of" when that date is a
    point of comparison ("above the 0.28% of August": August's), or of a date premodifying
    the metric that ``fig`` is the value "of" ("the September 2024 headline inflation rate
    of 32.70 per cent"), else None."""
    for d in s.dates:
        if d.start <= fig.end:
            continue
        m = OF_DATE.match(linker.text, fig.end, d.start)
        if m is None or m.end() != d.start:
            break
        return d.attrs.get("value") if linker._compared_date(d) else None
    return _premodifying_date(linker, fig, s)


# between a date and the figure: the metric's words and "of" ("growth of", "headline
# inflation rate of")
PREMODIFIED_GAP = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){1,4}of\s+")
THE_DATE = re.compile(r"the\s", re.IGNORECASE)
THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)


def _premodifying_date(linker: Any, fig: Item, s: SentenceIndex) -> str | None:
    """"the second quarter of 2024 growth of 3.19%": the nearest date before ``fig``, when
    only a metric wording and "of" stand between them."""
    text = linker.text
    before = [d for d in s.dates if d.end <= fig.start]
    if not before or not PREMODIFIED_GAP.fullmatch(text, before[-1].end, fig.start) or not (
            THE_DATE.match(text, before[-1].start)
            or THE_BEFORE.search(text, max(0, before[-1].start - 5), before[-1].start)):
        return None  # (a determiner opens the phrase: the date premodifies its noun)
    if not any(before[-1].end <= m.start and m.end <= fig.start for m in linker.v.metrics
               if m.start < fig.start):
        return None
    return before[-1].attrs.get("value")


# "3.74% and, in the last 12 months, of 5.00%": a date opening the next coordinated part
# ... or one after the next part's own subject and verb: "193%, while inflation accumulated
# in the first ten months reached 107%" (a few words, no figure among them)
LEADS_NEXT = re.compile(r"\s*(?:,\s*)?(?:and|but|while|whereas)\s*(?:,\s*)?"
                        r"(?:[a-z][\w'’-]*\s+){0,4}?(?:in|during|for|over|of)\s+", re.IGNORECASE)


def leads_next_figure(linker: Any, fig: Item, d: Item, s: SentenceIndex) -> bool:
    """Whether the date ``d`` after ``fig`` opens a later coordinated part of the sentence
    and dates the figure written after it, not ``fig``."""
    if d.start < fig.end:
        return False
    # (from the last figure or date before it: "3.9%, above the 3.7% of a year before, and
    # the accumulated variation of the year reached 3.2%" opens the part after them too)
    last = max((x.end for x in (*s.figs, *s.dates) if fig.end <= x.end <= d.start),
               default=fig.end)
    if not LEADS_NEXT.fullmatch(linker.text, last, d.start):
        return False
    return any(f.start >= d.end for f in s.figs)


def claim_usable(linker: Any, s: SentenceIndex, claimed: list[tuple[int, Item]],
                 claimers: set[tuple[int, int]], fig: Item) -> bool:
    """Whether a date other figures claim can date ``fig``: not when it ends before the story's
    main period (then it is mostly a base: "53% in 1998 and 50% in 1997"), unless the date
    (no back-reference) is the one of the sentence's first figure and stands before ``fig``:
    "the deficit widened to $4.45 billion in July 2024 ..., as imports rose 22.9 percent" is
    of July 2024 in a September story."""
    d = claimed[0][1]
    if d.end <= fig.start and s.figs and s.figs[0].key in claimers and \
            not linker.c.backref.search(linker.text, d.start, d.end):
        return True
    return not ends_before(d.attrs.get("value"), linker.main_period, ranges=False)


def fiscal_this_year(d: Item, value: str | None,
                     usable: list[tuple[Item, str]]) -> str | None:
    """A story of fiscal-year figures that says "this year" for the year under review:
    "boosted trade by 8.8 percent this year ... over the 12 months to June" (Australia,
    December 2010) is the fiscal year 2009-10 that the story names, which ends in it."""
    if not value or len(value) != 4 or not d.attrs.get("relative"):
        return value
    for _, other in usable:
        bounds = period_bounds(other)
        if bounds is None:
            continue
        if fiscal_year_ending(other, value):
            return other
    return value
