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

Layout (each module one job; imports only go down this list, no cycles):
``values`` period values and arithmetic (standard library only, shared with the scorer),
``fiscal`` fiscal calendars, ``ops`` back-reference operations, ``tokens`` grammar building
blocks, ``candidates`` the records passed around, ``lexicon`` loading and validating the
data files, ``grammar`` the compiled patterns, ``checks`` and ``handlers_*`` one handler per
family, ``anaphora`` sentence context and back-references, ``finder`` PeriodFinder.
"""

from __future__ import annotations

from tradeie.normalize.periods.candidates import PeriodMatch
from tradeie.normalize.periods.finder import PeriodFinder
from tradeie.normalize.periods.lexicon import (
    _INT_TABLES,
    _OPTIONAL_WORD_LISTS,
    _STRUCTURES,
    _WORD_LISTS,
    DATES_DATA,
    FISCAL_DATA,
    _make_cal,
    _validate_dates,
)
from tradeie.normalize.periods.values import period_bounds

__all__ = [
    "DATES_DATA", "FISCAL_DATA", "PeriodFinder", "PeriodMatch", "period_bounds",
    "_INT_TABLES", "_OPTIONAL_WORD_LISTS", "_STRUCTURES", "_WORD_LISTS", "_make_cal",
    "_validate_dates",
]
