"""End to end on the annotated corpus: scores may never fall below the recorded floors.

Floors live in tests/fixtures/floors.json. Raise them when a layer improves (the scorer's
numbers, rounded down); never lower one to let a change pass.
"""

import json
from pathlib import Path

import pytest

from tradeie.scoring import evaluate, read_fixtures

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FLOORS = json.loads((FIXTURES / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report():
    return evaluate(read_fixtures(FIXTURES / "corpus.jsonl"))


def test_no_document_fails(report):
    assert [e for e in report.errors if e.kind == "pipeline_error"] == []


@pytest.mark.parametrize("label", sorted(FLOORS["labels_f1"]))
def test_label_f1_floor(report, label):
    assert report.labels[label].f1 >= FLOORS["labels_f1"][label], report.labels[label]


def test_figures_and_facts_floor(report):
    assert report.figures.f1 >= FLOORS["figures_f1"], report.figures
    assert report.facts.f1 >= FLOORS["facts_f1"], report.facts


@pytest.mark.parametrize("field", sorted(FLOORS["fields_accuracy"]))
def test_field_accuracy_floor(report, field):
    assert report.fields[field].accuracy >= FLOORS["fields_accuracy"][field], (
        report.fields[field])


def test_report_json_has_the_same_numbers(report):
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
