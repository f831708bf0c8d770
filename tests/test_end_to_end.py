"""End to end on the annotated sets: scores may never fall below the recorded floors.

Floors live in tests/fixtures/floors.json, one block per set: `corpus` (the set the rules are
developed against), `heldout` (written separately, since used in development), `blind`
(written from the contract alone, never read while changing the rules), and the shared corpus
of real articles, `real_dev` (its errors are read to find error classes) and `real_test`
(scored only, never read; each scoring is logged in tests/fixtures/REAL_TEST_LOG.md).
The real articles are third-party texts: they are read from ../shared/corpus/real beside the
repository and never copied into it; without that folder their tests skip, except where
TRADEIE_REQUIRE_SHARED=1 (CI) makes the absence a failure.
Raise a floor when a layer improves (python bench/floors.py prints the candidates); never
lower one to let a change pass.
"""

import json
import os
from pathlib import Path

import pytest

from tradeie.scoring import evaluate, read_fixtures

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
REAL = REPO.parent / "shared" / "corpus" / "real"
FLOORS = json.loads((FIXTURES / "floors.json").read_text(encoding="utf-8"))
SETS = {
    "corpus": FIXTURES / "corpus.jsonl",
    "heldout": FIXTURES / "heldout.jsonl",
    "blind": FIXTURES / "blind.jsonl",
    "real_dev": REAL / "dev.jsonl",
    "real_test": REAL / "test.jsonl",
}


@pytest.fixture(scope="module", params=list(SETS))
def scored(request):
    name = request.param
    path = SETS[name]
    if not path.is_file():
        reason = f"{name}: ../shared/corpus/real/{path.name} not found (looked at {path})"
        if os.environ.get("TRADEIE_REQUIRE_SHARED") == "1":
            pytest.fail(reason + "; TRADEIE_REQUIRE_SHARED=1 requires it")
        pytest.skip(reason)
    return name, evaluate(read_fixtures(path))


def test_no_document_fails(scored):
    _, report = scored
    assert [e for e in report.errors if e.kind == "pipeline_error"] == []


def test_label_f1_floors(scored):
    name, report = scored
    below = {label: report.labels[label].f1 for label, floor in
             FLOORS[name]["labels_f1"].items() if report.labels[label].f1 < floor}
    assert below == {}, f"{name}: F1 below floor"


def test_figures_and_facts_floors(scored):
    name, report = scored
    assert report.figures.f1 >= FLOORS[name]["figures_f1"], report.figures
    assert report.facts.f1 >= FLOORS[name]["facts_f1"], report.facts
    assert report.facts_strict.f1 >= FLOORS[name]["facts_strict_f1"], report.facts_strict


def test_field_accuracy_floors(scored):
    name, report = scored
    below = {field: report.fields[field].accuracy for field, floor in
             FLOORS[name]["fields_accuracy"].items() if report.fields[field].accuracy < floor}
    assert below == {}, f"{name}: field accuracy below floor"


def test_report_json_has_the_same_numbers(scored):
    _, report = scored
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["facts"]["f1"] == pytest.approx(report.facts.f1, abs=1e-3)
