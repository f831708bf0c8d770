"""Anaphoric and to-date periods: "that month" (the month last named before it), "the
previous three months" (the months right before the governing period), "so far this year"
(the current year up to publication), and their data validation."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from helpers import load_error

from tradeie.normalize.periods import PeriodFinder

PUB = date(2024, 12, 16)


@pytest.fixture(scope="module")
def finder() -> PeriodFinder:
    return PeriodFinder()


def _found(finder: PeriodFinder, text: str, pub: date | None = PUB,
           country: str | None = None) -> dict[str, str | None]:
    return {m.text: m.value for m in finder.find(text, pub, country)}


# ------------------------------------------------------------------ "that month"


@pytest.mark.parametrize("text,phrase,value", [
    # same sentence, after a comparison-free month
    ("Steel output climbed 3.1 percent in August, and car sales that month reached "
     "2.2 million units.", "that month", "2024-08"),
    # next sentence; a quarter named in between is not a month
    ("Refinery runs hit a record in June. Output in the second quarter grew 4 percent, "
     "and that month alone exports rose 9 percent.", "that month", "2024-06"),
    # "last named" even after a comparison marker
    ("Prices rose 2.1 percent, up from 1.8 percent in September; that same month the "
     "central bank held rates.", "that same month", "2024-09"),
    ("The port handled 12 million containers in 2022. That year, fuel costs soared.",
     "That year", "2022"),
    ("A month named with its year also names the year: shipments slumped in March 2023, "
     "and that year ended with a deficit.", "that year", "2023"),
    ("Growth slowed to 0.3 percent in the July-September quarter, the weakest that "
     "quarter since 2020.", "that quarter", "2024-Q3"),
])
def test_that_month_is_the_last_named(finder, text, phrase, value):
    assert _found(finder, text).get(phrase) == value


def test_that_month_skips_a_dateline_day_when_a_month_is_named(finder):
    text = ("OSLO, Dec 16 -- Salmon exports rose in November, and fuel exports that month "
            "fell, the agency said on Monday.")
    assert _found(finder, text)["that month"] == "2024-11"


def test_that_month_falls_back_to_a_named_day(finder):
    text = "The tariff took effect on Oct. 3, and imports that month dropped 6 percent."
    assert _found(finder, text)["that month"] == "2024-10"


@pytest.mark.parametrize("text", [
    "Officials said that year on year exports grew 5 percent in May.",
    "The survey showed that month-on-month prices were flat in May.",
    "Traders noted that month after month the deficit widened in 2023.",
    "Analysts expect that year-end stocks will be low in 2025.",
])
def test_that_as_a_conjunction_is_no_period(finder, text):
    found = _found(finder, text)
    assert not any(k.lower().startswith("that") for k in found), found


def test_that_month_without_publication_still_resolves_from_an_absolute_month(finder):
    text = "Wheat imports fell in May 2023, and that month rice imports rose."
    assert _found(finder, text, None)["that month"] == "2023-05"


# ------------------------------------------------------------------ "the previous N months"


@pytest.mark.parametrize("text,phrase,value", [
    ("In the three months to November, output rose 1.1% against the previous three months.",
     "the previous three months", "2024-06/2024-08"),
    ("Card spending fell 0.4 percent in October from the preceding two months.",
     "the preceding two months", "2024-08/2024-09"),
    ("GDP grew 0.6% in the third quarter of 2023, above the prior 2 quarters.",
     "the prior 2 quarters", "2023-01/2023-06"),
    ("Exports in the first half of 2024 beat the previous six months.",
     "the previous six months", "2023-07/2023-12"),
])
def test_previous_months_precede_the_governing_period(finder, text, phrase, value):
    assert _found(finder, text).get(phrase) == value


def test_previous_one_months_is_not_this_grammar(finder):
    found = _found(finder, "Sales rose in May versus the previous one months.")
    assert "the previous one months" not in found


# ------------------------------------------------------------------ "so far this year"


@pytest.mark.parametrize("text,phrase,value", [
    ("The central bank has lifted rates by 300 basis points so far this year.",
     "so far this year", "2024-01-01/2024-12-16"),
    ("Car sales this year to date are up 4 percent.", "this year to date",
     "2024-01-01/2024-12-16"),
    ("Inflows thus far this month total $2 billion.", "thus far this month",
     "2024-12-01/2024-12-16"),
    ("Bond sales so far in the current quarter reached $40 billion.",
     "so far in the current quarter", "2024-10-01/2024-12-16"),
])
def test_to_date_runs_from_the_period_start_to_publication(finder, text, phrase, value):
    assert _found(finder, text).get(phrase) == value


def test_to_date_fiscal_year_follows_the_country_calendar(finder):
    text = "The deficit so far this fiscal year is 4.9 percent of GDP."
    assert _found(finder, text, country="IN")["so far this fiscal year"] == (
        "2024-04-01/2024-12-16")
    assert _found(finder, text, country="US")["so far this fiscal year"] == (
        "2024-10-01/2024-12-16")


def test_to_date_without_publication_has_no_value(finder):
    found = _found(finder, "Rates rose 2 points so far this year.", None)
    assert found == {"so far this year": None}


def test_to_date_on_the_first_day_is_that_day(finder):
    found = _found(finder, "Rates are unchanged so far this month.", date(2025, 3, 1))
    assert found["so far this month"] == "2025-03-01"


def test_so_far_alone_is_no_period(finder):
    assert _found(finder, "So far, exports have held up this week.") == {
        "this week": "2024-W51"}


# ------------------------------------------------------------------ data validation


@pytest.fixture
def broken(models_copy: Path):
    """PeriodFinder() on a changed copy of models/dates.json: (path, error message)."""
    return lambda change: (models_copy / "dates.json",
                           load_error(models_copy, "dates.json", change, PeriodFinder))


@pytest.mark.parametrize("change,named", [
    (lambda d: d["anaphoric_references"]["nouns"].__setitem__("month", "moon"),
     "anaphoric_references.nouns.month"),
    (lambda d: d["to_date"]["units"].__setitem__("year", 12), "to_date.units.year"),
    (lambda d: d["back_reference_spans"]["units"].__setitem__("months", 0),
     "back_reference_spans.units.months"),
    (lambda d: d["back_reference_spans"].pop("openers"), "back_reference_spans"),
    (lambda d: d["to_date"].__setitem__("openers", "this"), "to_date.openers"),
    (lambda d: d.pop("to_date"), "missing key(s) ['to_date']"),
])
def test_new_sections_are_validated(broken, change, named):
    path, message = broken(change)
    assert message.startswith(f"{path}: "), message
    assert named in message, message


def test_bad_granularity_names_its_line(broken):
    path, message = broken(
        lambda d: d["anaphoric_references"]["nouns"].__setitem__("month", "moon"))
    lines = path.read_text(encoding="utf-8").splitlines()
    top = next(i for i, ln in enumerate(lines) if '"anaphoric_references"' in ln)
    nouns = next(i for i in range(top, len(lines)) if '"nouns"' in lines[i])
    line = next(i for i in range(nouns, len(lines)) if '"month"' in lines[i]) + 1
    assert re.search(rf": line {line}: ", message), message


# ------------------------------------------------------------------ the period reported


@pytest.mark.parametrize("text,phrase,value", [
    # "the period" with no period in its sentence: the story's period, not a relative
    # "this year" of the sentence before
    ("Car exports rose 5 percent in the first nine months, the ministry said. Sales have "
     "held up this year. Over the period, Mexico stayed the top buyer.",
     "the period", "2024-01/2024-09"),
    # ... nor the record year of another story
    ("Shipments grew 6 percent in 2023. They came close to the record year 2019. In the "
     "reporting period, sales to Asia rose 8 percent.", "the reporting period", "2023"),
    # a nearer period that overlaps the reported one still governs
    ("Exports rose 3 percent in August. In the first eight months they grew 2 percent. "
     "Imports fell during the period.", "the period", "2024-01/2024-08"),
])
def test_reporting_period_backrefs(finder, text, phrase, value) -> None:
    assert _found(finder, text)[phrase] == value


def test_reported_period_governs_the_rest_of_its_sentence(finder) -> None:
    text = ("Car exports rose 5 percent in the first nine months. Sales held up this year. "
            "Over the period, sales to Chile grew 8 percent from a year ago.")
    assert _found(finder, text)["a year ago"] == "2023-01/2023-09"


def test_base_last_year_is_the_year_before_the_period_reported(finder) -> None:
    text = ("Jute exports rose 6 percent in the 2022-23 fiscal year. Demand was weak at the "
            "end of last year. Remittances rose 3 percent as compared to last year.")
    got = _found(finder, text, date(2023, 7, 3), "BD")
    assert got["last year"] == "2021-07/2022-06"


def test_appositive_period_of_a_back_reference(finder) -> None:
    # "a year earlier, in May 2020" is May 2020, and May 2020 then governs nothing: the
    # next "a year earlier" is read against the month reported
    text = ("The surplus reached $1.3bn last month. It was 37% below the $2.1bn recorded a "
            "year earlier, in May 2020; exports were up 35% on a year earlier.")
    found = [(m.text, m.value) for m in finder.find(text, date(2021, 6, 8))]
    assert found.count(("a year earlier", "2020-05")) == 2


def test_earlier_period_of_another_span_gives_way_to_the_period_reported(finder) -> None:
    # a second-quarter story: the first quarter named in the sentence before is a period
    # of its own, so "the previous quarter" of a new sentence is the one before Q2
    text = ("Output grew 0.2% in the second quarter of 2025. In the first three months of "
            "the year it had grown 0.5%. Compared to the previous quarter, Spain grew 0.6%.")
    assert _found(finder, text, date(2025, 9, 5))["the previous quarter"] == "2025-Q1"
    # a day mentioned in passing does not govern either
    text = ("The deficit was £2bn in the three months to January 2018. Oil output fell in "
            "December 2017. The deficit widened since the same period last year.")
    got = _found(finder, text, date(2018, 3, 9))
    assert got["the same period last year"] == "2016-11/2017-01"


def test_coordinated_point_of_comparison_does_not_govern(finder) -> None:
    text = ("Investment rose 40 percent in the first quarter. Both figures swelled, whether "
            "compared with the same period last year or in 2019.")
    assert _found(finder, text, date(2021, 4, 16))["the same period last year"] == "2020-Q1"


def test_comparison_point_in_a_strict_comparison_does_not_govern(finder) -> None:
    text = ("Exports for the year to December 2017 grew 7.9%. Imports for the year-to-date "
            "are 0.7% more than the imports recorded in January to December 2016.")
    assert _found(finder, text, date(2018, 2, 1))["the year-to-date"] in ("2017", "2017-01/2017-12")


@pytest.mark.parametrize("text,phrase,value", [
    ("Core inflation rose from 4.1 percent in May to 4.4 percent in June during this "
     "period.", "this period", "2024-05/2024-06"),
    ("Jobs fell from 2 100 in March - May 2024 to 2 050 in April - June 2024. Over the same "
     "period, the labour force shrank.", "the same period", "2024-03/2024-06"),
])
def test_period_of_a_move_between_two_periods(finder, text, phrase, value) -> None:
    assert _found(finder, text)[phrase] == value
