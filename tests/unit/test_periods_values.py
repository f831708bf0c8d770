"""Period values: one parser for the finder (``period_bounds``) and the scorer
(``value_interval``), in a module that needs no spaCy."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import tradeie.scoring
from tradeie.normalize.periods import period_bounds as exported_bounds
from tradeie.normalize.periods.values import period_bounds, value_granularity, value_interval

PACKAGE_DIR = Path(tradeie.scoring.__file__).resolve().parent.parent  # tradeie/


def test_one_parser_for_finder_and_scorer() -> None:
    assert exported_bounds is period_bounds
    assert tradeie.scoring._period_interval is value_interval


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        (" 2024-Q4 ", date(2024, 10, 1), date(2024, 12, 31)),
        ("2022-H2", date(2022, 7, 1), date(2022, 12, 31)),
        ("2022-W14", date(2022, 4, 4), date(2022, 4, 10)),
        ("2024-01-13", date(2024, 1, 13), date(2024, 1, 13)),
        ("2024-01/2024-11", date(2024, 1, 1), date(2024, 11, 30)),
        ("2023-04/2024-03", date(2023, 4, 1), date(2024, 3, 31)),
    ],
)
def test_both_readings_agree_on_what_the_finder_writes(value, start, end) -> None:
    assert period_bounds(value) == value_interval(value) == (start, end)


@pytest.mark.parametrize(
    "value", ["", "2024-13", "2024-02-30", "2024-W54", "2024-Q5", "2025/2024", "a/b/c", None, 2024]
)
def test_both_reject(value) -> None:
    assert period_bounds(value) is None
    assert value_interval(value) is None


def test_year_9999_is_a_calendar_year_the_finder_never_writes() -> None:
    assert period_bounds("9999") is None
    assert value_interval("9999") == (date(9999, 1, 1), date(9999, 12, 31))


@pytest.mark.parametrize("value", ["0000", "9999-W52", "2024/9999-W52"])
def test_out_of_calendar_values_are_none_not_errors(value) -> None:
    assert period_bounds(value) is None
    assert value_interval(value) is None


def test_values_and_scorer_need_no_spacy() -> None:
    """tradeie/__init__ imports the pipeline (spaCy), so it is replaced by an empty package
    here; spaCy itself is made unimportable."""
    code = f"""
import importlib.abc, sys, types

class NoSpacy(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in ("spacy", "thinc"):
            raise ImportError("blocked: " + name)

sys.meta_path.insert(0, NoSpacy())
pkg = types.ModuleType("tradeie")
pkg.__path__ = [{str(PACKAGE_DIR)!r}]
sys.modules["tradeie"] = pkg
import tradeie.normalize.periods.values
import tradeie.scoring
assert tradeie.scoring._period_interval("2024-Q1") is not None
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc"))
assert not bad, bad
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize(("value", "gran"), [
    ("2024", "year"), ("2024-H2", "half"), ("2024-Q3", "quarter"), ("2024-07", "month"),
    ("2024-W05", "week"), ("2024-07-31", "day"), ("2024-01/2024-06", "range"),
    ("2024-07-01/2024-07-03", "range"), ("2024-13", None), ("2024-06/2024-01", None),
    ("next year", None), (None, None),
])
def test_granularity_of_a_value(value, gran) -> None:
    # the gold corpus builder (tests/fixtures/build_corpus.py) reads its values this way
    assert value_granularity(value) == gran
    assert (gran is None) == (value_interval(value) is None)
