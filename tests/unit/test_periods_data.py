"""dates.json: every field validated by type before the grammar is built, errors naming the
file, the line and the key."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import line_with, load_error

from tradeie.normalize import periods
from tradeie.normalize.periods import PeriodFinder
from tradeie.resources import data_path

SHIPPED = data_path("dates.json")


@pytest.fixture
def broken(models_copy: Path):
    """Write a changed dates.json into a copy of models/ (one entry per line, so a bad item
    has a line of its own); returns (path, message of the error PeriodFinder() raises)."""
    return lambda change: (models_copy / "dates.json",
                           load_error(models_copy, "dates.json", change, PeriodFinder))


def _set(key: str, value: object) -> Callable[[dict], object]:
    return lambda d: d.__setitem__(key, value)


CASES = [
    # a string where a list belongs would be read letter by letter
    ("list-is-string", _set("year_blockers_after", "percent"), '"year_blockers_after"',
     None, "year_blockers_after"),
    ("regex-list-empty", _set("calendar_words", []), '"calendar_words"', None,
     "calendar_words"),
    ("word-not-string", lambda d: d["range_openers"].append(3), "3", '"range_openers"',
     "range_openers"),
    ("word-blank", lambda d: d["fy_prefixes"].append(" "), '" "', '"fy_prefixes"',
     "fy_prefixes"),
    ("weekdays-numbers", _set("weekdays", list(range(7))), '"weekdays"', None, "weekdays"),
    ("weekdays-six", lambda d: d["weekdays"].pop(), '"weekdays"', None, "weekdays"),
    ("int-table-float", lambda d: d["relative"].__setitem__("last", -1.5), '"last"',
     '"relative"', "relative.last"),
    ("int-table-string", lambda d: d["span_lengths"].__setitem__("year", "12"),
     '"year"', '"span_lengths"', "span_lengths.year"),
    ("int-table-list", _set("number_words", ["one"]), '"number_words"', None, "number_words"),
    ("unknown-key", _set("weekdayz", ["Monday"]), None, None, "weekdayz"),
    ("comment-not-string", _set("_doc", 3), '"_doc"', None, "_doc"),
    ("structure-list", _set("same_period_of", ["the same"]), '"same_period_of"', None,
     "same_period_of"),
    ("nested-words-string", lambda d: d["same_period_of"].__setitem__("words", "the same"),
     '"words"', '"same_period_of"', "same_period_of.words"),
    ("nested-extra-field", lambda d: d["bare_back_reference_blockers"].__setitem__("x", []),
     '"x"', '"bare_back_reference_blockers"', "bare_back_reference_blockers"),
    ("counted-per-string",
     lambda d: d["back_reference_counted"]["units"]["year"].__setitem__("per", "1"),
     '"year"', '"back_reference_counted"', "back_reference_counted.units.year"),
    ("counted-counts-float",
     lambda d: d["back_reference_counted"]["counts"].__setitem__("two", 2.0),
     '"two"', '"back_reference_counted"', "back_reference_counted.counts.two"),
    ("backref-shift-string",
     lambda d: d["back_references"][3]["shift"].__setitem__("n", "0"),
     '"back_references"', None, "back_references[3].shift.n"),
    ("backref-bare-string", lambda d: d["back_references"][0].__setitem__("bare", "yes"),
     '"back_references"', None, "back_references[0].bare"),
    ("month-abbrevs-string", lambda d: d["months"][4].__setitem__("abbrevs", "May"),
     '"months"', None, "months[4].abbrevs"),
    ("month-n-bool", lambda d: d["months"][0].__setitem__("n", True), '"months"', None,
     "months[0].n"),
    ("same-noun-number", lambda d: d["same_period_of"]["nouns"].__setitem__("month", 3),
     '"month"', '"same_period_of"', "same_period_of.nouns.month"),
    ("position-not-string", lambda d: d["days_of_month_positions"].__setitem__("first", 1),
     '"first"', '"days_of_month_positions"', "days_of_month_positions.first"),
    ("slash-mark-word", _set("slash_year_after", ["pct"]), '"pct"', '"slash_year_after"',
     "'pct'"),
    # keys added for real news
    ("ytd-phrases-string", lambda d: d["year_to_date"].__setitem__("phrases", "year to date"),
     '"phrases"', '"year_to_date"', "year_to_date.phrases"),
    ("rolling-unit-unknown", lambda d: d["rolling_spans"]["units"].__setitem__("weeks", 1),
     '"weeks"', '"rolling_spans"', "rolling_spans.units.weeks"),
    ("rolling-unit-zero", lambda d: d["rolling_spans"]["units"].__setitem__("months", 0),
     '"months": 0', '"rolling_spans"', "rolling_spans.units.months"),
    ("month-count-letter-word", lambda d: d["month_count_abbrevs"].__setitem__(
        "letters", ["Mo"]), '"Mo"', '"month_count_abbrevs"', "'Mo'"),
    ("month-count-extra-field", lambda d: d["month_count_abbrevs"].__setitem__("x", ["in"]),
     '"x"', '"month_count_abbrevs"', "month_count_abbrevs"),
    ("vague-empty", _set("vague_periods", []), '"vague_periods"', None, "vague_periods"),
    ("strict-cmp-string", _set("strict_comparison_markers", "than"),
     '"strict_comparison_markers"', None, "strict_comparison_markers"),
    ("base-year-markers-number", lambda d: d["base_year_markers"].append(1), "1",
     '"base_year_markers"', "base_year_markers"),
    ("this-year-tails-missing", lambda d: d["same_period_of"].pop("this_year_tails"),
     '"same_period_of"', None, "same_period_of"),
    ("anaphoric-phrase-number", lambda d: d["anaphoric_references"]["phrases"].__setitem__(
        "this period", 3), '"this period"', '"anaphoric_references"',
     "anaphoric_references.phrases.this period"),
    ("backref-reporting-string", lambda d: d["back_references"][0].__setitem__(
        "reporting", "yes"), '"back_references"', None, "back_references[0].reporting"),
    # seasons
    ("season-month-13", lambda d: d["seasons"]["words"].__setitem__("summer", 13),
     '"summer"', '"seasons"', "seasons.words.summer"),
    ("season-month-string", lambda d: d["seasons"]["words"].__setitem__("summer", "6"),
     '"summer"', '"seasons"', "seasons.words.summer"),
    ("season-strict-unknown", lambda d: d["seasons"].__setitem__("strict_words", ["monsoon"]),
     '"monsoon"', '"seasons"', "'monsoon'"),
    ("season-country-name", lambda d: d["seasons"].__setitem__(
        "southern_countries", ["Australia"]), '"Australia"', '"seasons"',
     "'Australia'"),
    ("half-ordinal-three", lambda d: d["half_ordinals"].__setitem__("latter", 3),
     '"latter"', '"half_ordinals"', "half_ordinals.latter"),
    ("half-ordinal-string", lambda d: d["half_ordinals"].__setitem__("back", "2"),
     '"back"', '"half_ordinals"', "half_ordinals.back"),
    ("calendar-prefix-lower", _set("calendar_prefixes", ["cy"]), '"cy"',
     '"calendar_prefixes"', "'cy'"),
    ("calendar-prefix-empty", _set("calendar_prefixes", []), '"calendar_prefixes"', None,
     "calendar_prefixes"),
    ("season-blockers-missing", lambda d: d["seasons"].pop("blockers_after"),
     '"seasons"', None, "seasons"),
    ("current-year-openers-empty", _set("current_year_openers", []),
     '"current_year_openers"', None, "current_year_openers"),
    ("month-position-day-string", lambda d: d["month_position_days"].__setitem__("mid", "15"),
     '"mid"', '"month_position_days"', "month_position_days.mid"),
    ("rolling-single-zero", lambda d: d["rolling_spans"]["single_units"].__setitem__(
        "decade", 0), '"decade"', '"single_units"', "rolling_spans.single_units.decade"),
]


@pytest.mark.parametrize("change,needle,after,named", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_dates_fields_are_checked(broken, change, needle, after, named):
    path, message = broken(change)
    assert message.startswith(f"{path}: "), message
    assert named in message, message
    if needle is not None:
        assert re.search(rf": line {line_with(path, needle, after)}: ", message), message


def test_missing_key_is_named(broken):
    _, message = broken(lambda d: d.pop("slash_year_after"))
    assert "missing key(s) ['slash_year_after']" in message


def test_shipped_data_passes_and_every_key_is_known() -> None:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    periods._validate_dates(data)  # raises on any problem
    known = {*periods._WORD_LISTS, *periods._OPTIONAL_WORD_LISTS, *periods._INT_TABLES,
             *periods._STRUCTURES, "version"}
    assert {k for k in data if not k.startswith("_")} == known


@pytest.fixture
def broken_fiscal(models_copy: Path):
    return lambda change: load_error(models_copy, "fiscal_years.json", change, PeriodFinder)


@pytest.mark.parametrize("earlier", [
    {"before": 2018},  # no start month
    {"before": "2018", "start_month": 4},
    {"before": 2018, "start_month": 13},
    {"before": 2018, "start_month": 4, "x": 1},
    [2018, 4],
])
def test_fiscal_calendar_change_is_checked(broken_fiscal, earlier) -> None:
    message = broken_fiscal(lambda d: d["countries"]["MM"].__setitem__("earlier", earlier))
    assert "fiscal_years.json" in message and "earlier" in message, message
