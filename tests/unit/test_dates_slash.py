"""A figure and a year glued by '/' ("Exports rose 5%/2024."): the year is a DATE, the figure
stays a PERCENT, and fractions, "24/7", day/month dates and paths are left as they were."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradeie
from tradeie.api import make_doc
from tradeie.normalize.periods import PeriodFinder

PUB = date(2025, 1, 13)


@pytest.fixture(scope="module")
def finder() -> PeriodFinder:
    return PeriodFinder()


def _dates(finder: PeriodFinder, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in finder.find(text, PUB)]


@pytest.mark.parametrize("text,expected", [
    ("Exports rose 5%/2024.", [("2024", "2024")]),
    ("Inflation 5%/2024 data", [("2024", "2024")]),
    ("Growth hit 6.5%/2023-24.", [("2023-24", "2023-01/2024-12")]),
])
def test_year_after_a_percent_and_a_slash(finder, text, expected):
    assert _dates(finder, text) == expected


@pytest.mark.parametrize("text", [
    "It was 1/2024 of the total.",  # a fraction or a count, not a year
    "see https://example.org/2024/01/report",
    "open 24/7/2024",
    "prices/2024 index",
    "5 percent/2024",  # only a character that ends a figure ('%') lets the year through
])
def test_other_slashes_still_block_the_year(finder, text):
    assert [v for _, v in _dates(finder, text) if v == "2024"] == []


def test_year_blockers_still_apply_after_the_slash(finder):
    # "5%/2024 tonnes": a count, not a year
    assert _dates(finder, "Imports were 5%/2024 tonnes.") == []


def _entities(text: str) -> list[tuple[str, str, object]]:
    res = tradeie.extract(text, published="2025-01-13")
    return [(e.label, e.text, e.attrs.get("value")) for e in res.entities]


@pytest.mark.parametrize("text", ["Exports rose 5%/2024.", "Inflation 5%/2024 data"])
def test_extract_gives_percent_and_date(text):
    assert _entities(text) == [("PERCENT", "5%", 5.0), ("DATE", "2024", "2024")]


def test_tokens_split_at_the_slash(nlp):
    # the DATE and the PERCENT each align with tokens of their own
    assert [t.text for t in nlp.make_doc("rose 5%/2024.")] == ["rose", "5", "%", "/", "2024", "."]
    doc = nlp(make_doc(nlp, "Exports rose 5%/2024.", "2025-01-13"))
    assert [s.text for s in doc.spans["tradeie_dates"]] == ["2024"]


@pytest.mark.parametrize("text,tokens", [
    ("It was 1/2 of it", ["It", "was", "1/2", "of", "it"]),
    ("open 24/7", ["open", "24/7"]),
    ("see https://example.org/2024/01/report", ["see", "https://example.org/2024/01/report"]),
    ("a 50%/50% split", ["a", "50", "%", "/", "50", "%", "split"]),
])
def test_other_slashes_tokenise_as_before(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


@given(st.integers(0, 99), st.integers(1990, 2039))
def test_any_percent_and_year(finder, percent, year):
    text = f"The rate was {percent}%/{year} in the survey."
    assert _dates(finder, text) == [(str(year), str(year))]
