"""Which period governs a passage: "In the first five months, exports rose 5%. Imports fell
3%." The second sentence names no period; it continues the first one's.

A sentence that names a period for its figures sets the passage period; a later sentence
naming none takes it (instead of the story's main period). A digression into the past
("China's CPI averaged 5.4 percent in 2011", "a rise compared to 1998 (8%)") names a
period that ends before the story's main period does: it does not take over the passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tradeie.normalize.periods import period_bounds
from tradeie.patterns import phrase_pattern
from tradeie.relate.cues import relations
from tradeie.resources import read_json

BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)

# hedges between a standing-fact verb and its figure: "account for about a third"
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|" \
    r"close\s+to|up\s+to|just)\s+)*"


@dataclass(frozen=True, slots=True)
class PeriodCues:
    """Cues of the period resolver that ``relate.cues.Cues`` does not hold."""

    event_day_gap: re.Pattern[str]  # figure -> gap -> day date: the day of the event
    timeless_before: re.Pattern[str]  # "which account for about " + figure
    timeless: re.Pattern[str]  # the verb anywhere in a clause
    standing_target: re.Pattern[str]  # "target band", "targets inflation of"
    decision: re.Pattern[str]  # "lowered its repo rate by": a decision on a rate
    sequential: re.Pattern[str]  # "rose 1.2% sequentially": one step of its period
    aside_after: re.Pattern[str]  # "in June alone": the date's sentence is an aside
    # "the fiscal year, which ended in " + date: the end of the period named before it
    end_clause_before: re.Pattern[str]
    # date + "was", "had come to": the verb between a subject's date and its figure
    subject_verb: re.Pattern[str]
    cumulative: re.Pattern[str]  # "exports accumulate", "so far": a flow summed to date
    # "monthly price increases", "year-on-year GDP growth": a basis adjective and its noun
    # with a word or two between; per basis
    adjective_phrase: dict[str, re.Pattern[str]]


@cache
def period_cues() -> PeriodCues:
    rel = relations()  # validated with every key of relations.json
    verbs = phrase_pattern(rel["period_timeless_verbs"])
    nouns = phrase_pattern(rel["basis_adjective_nouns"])
    return PeriodCues(
        event_day_gap=re.compile(rf"\s+(?:{phrase_pattern(rel['period_event_day_gap'])})\s+",
                                 re.IGNORECASE),
        timeless_before=re.compile(rf"(?<![\w-])(?:{verbs})\s+{_HEDGE}$", re.IGNORECASE),
        timeless=re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])", re.IGNORECASE),
        standing_target=re.compile(
            rf"(?<![\w-])(?:{phrase_pattern(rel['period_standing_target'])})(?![\w-])",
            re.IGNORECASE),
        decision=re.compile(
            rf"(?<![\w-])(?:{phrase_pattern(rel['period_decision_verbs'])})\s+(?:[\w'’.-]+\s+){{0,5}}?"
            rf"(?:{phrase_pattern(rel['period_decision_nouns'])})(?![\w-])", re.IGNORECASE),
        sequential=re.compile(rf"(?<![\w-])(?:{phrase_pattern(rel['period_sequential_basis'])})(?![\w-])",
                              re.IGNORECASE),
        aside_after=re.compile(rf"\s+(?:{phrase_pattern(rel['period_aside_after'])})(?![\w-])",
                               re.IGNORECASE),
        end_clause_before=re.compile(
            rf"\s{{0,3}},?\s{{0,3}}(?:{phrase_pattern(rel['period_end_clause_before'])})\s{{1,3}}",
            re.IGNORECASE),
        subject_verb=re.compile(
            r"\s{1,3}(?:(?:had|has|have)\s{1,3})?"
            rf"(?:{phrase_pattern(rel['period_subject_backref_verbs'])})\s{{1,3}}"
            r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under)\s{1,3})?",
            re.IGNORECASE),
        cumulative=re.compile(
            rf"(?<![\w-])(?:{phrase_pattern(rel['period_cumulative_year_cues'])})(?![\w-])",
            re.IGNORECASE),
        adjective_phrase={
            basis: re.compile(rf"(?<![\w-])(?:{phrase_pattern(adjectives)})\s+"
                              rf"(?:[A-Za-z][\w-]*\s+){{1,2}}(?:{nouns})(?![\w-])",
                              re.IGNORECASE)
            for basis, adjectives in rel["basis_adjectives"].items()},
    )


@cache
def _fiscal_calendars() -> dict:
    # read (and validated) by the period finder too: normalize/periods/lexicon.py
    return read_json("fiscal_years.json")


def fiscal_start_month(country: str | None, year: int) -> int:
    """The month an economy's fiscal year starts in (1 when it is the calendar year or the
    economy is unknown), as of a fiscal year starting in ``year``."""
    data = _fiscal_calendars()
    row = data.get("countries", {}).get((country or "").upper()) or data.get("default", {})
    later, earlier = row.get("later"), row.get("earlier")
    if isinstance(later, dict) and year >= later.get("from", 10_000):
        return int(later.get("start_month", 1))
    if isinstance(earlier, dict) and year < earlier.get("before", 0):
        return int(earlier.get("start_month", 1))
    return int(row.get("start_month", 1))


def sequential_basis(period: str | None) -> str | None:
    """The basis of a change over the period right before its own: ``mom`` for a month,
    ``qoq`` for a quarter, else None."""
    if not period:
        return None
    period = canonical_period(period)
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return "mom"
    if re.fullmatch(r"\d{4}-Q[1-4]", period):
        return "qoq"
    return None


def passage_period(periods: list[str], named: set[str | None], main: str | None,
                   current: str | None) -> str | None:
    """The passage period after a sentence whose facts have ``periods`` (actual figures, in
    text order) and which names the periods ``named``; ``current`` if it sets none."""
    if not periods:
        return current
    chosen = next((p for p in periods if p in named), periods[0])
    if "/" not in chosen and _contains(chosen, main):
        # "For all of 2023, starts fell 9.0%" in a December story: the year is an aside;
        # the next sentence is about December again (a year-to-date range is no aside: the
        # passage on "January-August" goes on)
        return current
    if ends_before(chosen, main) and not _contains(main, chosen):
        return current
    # (a part of the story's period named as its own, "In May, trade totaled ..." in a
    # first-half story, sets the passage: it is no digression into the past)
    return chosen


def _contains(value: str, main: str | None) -> bool:
    """Whether period ``value`` strictly contains the story's ``main`` period."""
    outer, inner = period_bounds(value), period_bounds(main) if main else None
    return bool(outer and inner and outer != inner and outer[0] <= inner[0]
                and inner[1] <= outer[1])


def ends_before(value: str | None, main: str | None, *, ranges: bool = True) -> bool:
    """Whether period ``value`` ends before the story's ``main`` period does: a digression
    into the past ("after rising 2.4 percent in September" in an October story). With
    ``ranges=False`` a range of months or days ("January-November" in a December story,
    coordinated with a figure of it) is none."""
    if not value or (not ranges and "/" in value):
        return False  # a cumulative range ("January-November") is an aspect, not a digression
    main_bounds = period_bounds(main) if main else None
    bounds = period_bounds(value)
    return bool(main_bounds and bounds and bounds[1] < main_bounds[1])


def span_compared(value: str | None, before: str, *,
                  quarters: bool = False) -> tuple[str, str] | None:
    """(later, earlier) of a span that compares two consecutive periods: "rose 2.3% between
    August and September" (2020-08/2020-09) is September's rise over August; "fell by $2.1
    billion between 2018 and 2019" is 2019's fall. ``before`` is the text right before the
    date; only a span introduced by "between" or "from" ("fell from November to December")
    counts, and only one of exactly two months or two calendar years ("between January and
    October" is a ten-month period). With ``quarters`` (the date names quarters: "between the
    first and second quarters of 2024") a span of two consecutive quarters counts too."""
    if not value or ("/" not in value and not quarters) or not BETWEEN_BEFORE.search(before):
        return None
    bounds = period_bounds(value)
    if bounds is None:
        return None
    a, b = bounds
    if a.day != 1:
        return None
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    if months == 2:
        return f"{b.year}-{b.month:02d}", f"{a.year}-{a.month:02d}"
    if months == 24 and a.month == 1:
        return str(b.year), str(a.year)
    if quarters and months == 6 and a.month % 3 == 1:
        return f"{b.year}-Q{(b.month - 1) // 3 + 1}", f"{a.year}-Q{(a.month - 1) // 3 + 1}"
    return None


def canonical_period(value: str) -> str:
    """A month range that is exactly a quarter, a half or a year written as one
    ("2025-01/2025-03" is "2025-Q1"), so periods compare whichever way they were written."""
    if "/" not in value:
        return value
    bounds = period_bounds(value)
    if bounds is None:
        return value
    a, b = bounds
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    if a.day != 1 or a.year != b.year:
        return value
    if months == 3 and a.month % 3 == 1:
        return f"{a.year}-Q{a.month // 3 + 1}"
    if months == 6 and a.month in (1, 7):
        return f"{a.year}-H{1 if a.month == 1 else 2}"
    if months == 12 and a.month == 1:
        return str(a.year)
    return value


# "rose 4.1% to US$51.2 billion": between a change and the level it moved to
TO_LEVEL = re.compile(r"\s+to\s+(?:(?:a|an|around|about|some|nearly|almost)\s+)?")


def compares_other_amount(s, fig, cue_start: int, cue_end: int, value_end: int) -> bool:
    """"rose 5.7% in October, leaving a deficit of $22.8 billion compared with $19.6 billion
    in September": a comparison after another amount of the clause compares that amount
    with the value after the cue (between ``cue_end`` and ``value_end``), not the change
    before it; unless that amount is the level the change moved to ("rose 5.7% to $57.5
    billion, compared with $54.4 billion in September")."""
    # (an amount's equivalent in another currency is that amount: "to $35.67 billion (Rs
    # 3.02 lakh crore) in November from $29.39 billion a year ago")
    between = [g for g in s.figs if fig.end <= g.start < cue_start
               and not g.attrs.get("equivalent_of")]
    if not between or (len(between) == 1 and
                       TO_LEVEL.fullmatch(s.linker.text, fig.end, between[0].start)):
        return False
    return any(g.label == between[-1].label for g in s.figs if cue_end <= g.start < value_end)


def compared_base(s, fig) -> str | None:
    """The period of the level a change is compared with in its clause: the next figure of
    the sentence that is a value compared with ("up 4% to $52.6 billion from $49.6 billion
    in the year-ago month") and the date it claims; none when that value is a rate.
    ``s`` is the sentence's ``SentenceIndex``."""
    clause_end = s.clause(fig.end)[1]
    for f in s.figs:
        if f.start < fig.end:
            continue
        if f.start >= clause_end:
            break
        if f.key in s.compared_figs:
            if compares_other_amount(s, fig, f.start, f.start, f.end):
                return None
            if f.label == "PERCENT" and fig.attrs.get("unit") != "percentage_point":
                return None  # a rate compared with a rate: "3.2% in 2025 after 3.3% in 2024"
            # (a point move of a rate from the rate of an earlier period: "down 0.79
            # percentage points from 34.19 per cent in June" is a step from June)
            own = s.claims.get(f.key)
            return own[0].attrs.get("value") if own else None
    return None


def year_after(value: str) -> str:
    """The same period one year later: "2020-12" -> "2021-12", "2020-01/2020-11" ->
    "2021-01/2021-11"."""
    return "/".join(str(int(end[:4]) + 1) + end[4:] if end[:4].isdigit() else end
                    for end in value.split("/"))


def step_back(value: str, basis: str | None) -> str | None:
    """The period one ``basis`` step before ``value``: a year for ``yoy`` (each end of a
    range), a month for ``mom`` and a quarter for ``qoq`` (those only of a month or a
    quarter), ``value`` itself for ``"same"``; else None."""
    if basis == "same":
        return value
    if basis == "yoy":
        return "/".join(str(int(end[:4]) - 1) + end[4:] if end[:4].isdigit() else end
                        for end in value.split("/"))
    m = re.fullmatch(r"(\d{4})-(\d{2})", value) if basis == "mom" else \
        re.fullmatch(r"(\d{4})-Q([1-4])", value) if basis == "qoq" else None
    if m is None:
        return None
    year, n = int(m.group(1)), int(m.group(2)) - 1
    if basis == "mom":
        return f"{year - 1}-12" if n == 0 else f"{year}-{n:02d}"
    return f"{year - 1}-Q4" if n == 0 else f"{year}-Q{n}"


def step_forward(value: str) -> str | None:
    """The month or quarter right after ``value`` (only those), else None."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        return f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        year, q = int(m.group(1)), int(m.group(2))
        return f"{year + 1}-Q1" if q == 4 else f"{year}-Q{q + 1}"
    return None


def within(inner: str, outer: str) -> bool:
    """Whether period ``inner`` lies inside ``outer`` and is shorter."""
    a, b = period_bounds(inner), period_bounds(outer)
    return bool(a and b and b[0] <= a[0] and a[1] <= b[1] and a != b)


def narrower_before(value: str | None, earlier: list[str | None]) -> str | None:
    """The last of ``earlier`` periods that lies within ``value`` and is shorter than it,
    else ``value``: a headline's "January" refines the lead's "the year"."""
    bounds = period_bounds(value) if value else None
    if bounds is None:
        return value
    for e in reversed(earlier):
        b = period_bounds(e) if e else None
        if b and bounds[0] <= b[0] and b[1] <= bounds[1] and b != bounds:
            return e
    return value


_PART_OF = re.compile(
    r"(?:the\s+)?(?:(first|second|third|fourth|last)\s+(half|quarter)|first\s+([\w-]+)\s+months)"
    r"\s+of\s+(?:the\s+)?(?:current\s+|last\s+|previous\s+)?$", re.IGNORECASE)
_PART_INDEX = {"first": 0, "second": 1, "third": 2, "fourth": 3}


@cache
def _number_words() -> dict[str, int]:
    # dates.json is read (and validated) by the period finder: normalize/periods/lexicon.py
    return {w.lower(): n for w, n in read_json("dates.json")["number_words"].items()}


def part_of_year(value: str | None, before: str) -> str | None:
    """The part of a 12-month fiscal year that the words right ``before`` its date name:
    "the first half of the 2024/25 financial year" (2024-07/2025-06) is 2024-07/2024-12;
    "the first five months of the fiscal year 2024/25" 2024-07/2024-11. None when the date
    is no such year or no part is named. (A calendar year's parts are dates of their own.)"""
    if not value or "/" not in value:
        return None
    bounds = period_bounds(value)
    if bounds is None:
        return None
    a, b = bounds
    if a.day != 1 or a.month == 1 or (b.year - a.year) * 12 + b.month - a.month != 11:
        return None
    m = _PART_OF.search(before)
    if m is None:
        return None
    if m.group(3):
        word = m.group(3).lower()
        n = int(word) if word.isdigit() else _number_words().get(word)
        if not n or n >= 12:
            return None
        first, length = 0, n
    else:
        length = 6 if m.group(2).lower() == "half" else 3
        which = m.group(1).lower()
        first = (12 // length - 1 if which == "last" else _PART_INDEX[which]) * length
        if first + length > 12:
            return None

    def month(k: int) -> str:
        y, mo = divmod(a.year * 12 + a.month - 1 + k, 12)
        return f"{y}-{mo + 1:02d}"
    return f"{month(first)}/{month(first + length - 1)}"


def fiscal_year_ending(period: str | None, year: str) -> bool:
    """Whether ``period`` is a 12-month year not starting in January that ends in ``year``
    ("2009-07/2010-06" for "2010")."""
    bounds = period_bounds(period) if period else None
    if bounds is None:
        return False
    a, b = bounds
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    return months == 12 and a.month != 1 and a.day == 1 and str(b.year) == year
