"""End to end on the annotated fixture sets: scores may never fall below the recorded floors.

Floors live in tests/fixtures/floors.json, one block per set: `corpus` (the set the rules are
developed against), `heldout` (written separately, since used in development) and `blind`
(written from the contract alone, never read while changing the rules: the honest number).
Raise a floor when a layer improves (python bench/floors.py prints the candidates); never
lower one to let a change pass.
"""

import json
from pathlib import Path

import pytest

from tradeie.scoring import evaluate, read_fixtures

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FLOORS = json.loads((FIXTURES / "floors.json").read_text(encoding="utf-8"))
SETS = ("corpus", "heldout", "blind")


@pytest.fixture(scope="module", params=SETS)
def scored(request):
    name = request.param
    return name, evaluate(read_fixtures(FIXTURES / f"{name}.jsonl"))


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
