"""The scorer against tiny hand-made fixtures; expected counts are worked out by hand.

tests/fixtures/tiny/gold.jsonl holds two docs:
  tiny-annual: DATE 2 (Monday, 2024), AGENCY 2 (full name, GAC), MONEY 2, PERCENT 2,
               OFFICIAL 1, QUANTITY 1; 5 facts (the QUANTITY one states no period)
  tiny-half:   DATE 1 ("January to June 2022" = 2022-H1), MONEY 1; 1 fact
So: MONEY 3, PERCENT 2, QUANTITY 1 (figures 6), DATE 3, AGENCY 2, OFFICIAL 1; facts 6.
Field totals stated by gold: direction 2, basis 2 (one of them null), period 5, reporter 5,
product 1 (null), source 5 (one null), partner 0, modality 0.
pred_perfect.jsonl is the same annotation with other ids, reversed order, the half year
written as "2022-01/2022-06", and extra fields gold does not state.
"""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from tradeie.scoring import (
    PRF,
    EvalReport,
    FieldAccuracy,
    _period_interval,
    evaluate,
    read_fixtures,
    score,
)

TINY = Path(__file__).resolve().parent.parent / "fixtures" / "tiny"
GOLD = read_fixtures(TINY / "gold.jsonl")
GOLD_COUNTS = {"MONEY": 3, "PERCENT": 2, "QUANTITY": 1, "DATE": 3, "AGENCY": 2, "OFFICIAL": 1}
FIELD_TOTALS = {
    "direction": 2,
    "basis": 2,
    "period": 5,
    "reporter": 5,
    "partner": 0,
    "product": 1,
    "modality": 0,
    "source": 5,
}


def _jsonl(name: str) -> list[dict]:
    lines = (TINY / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture
def gold() -> list[dict]:
    return copy.deepcopy(GOLD)


@pytest.fixture
def pred() -> list[dict]:
    return _jsonl("pred_perfect.jsonl")


def doc(docs: list[dict], doc_id: str) -> dict:
    return next(d for d in docs if d["id"] == doc_id)


def ent(d: dict, text: str) -> dict:
    return next(e for e in d["entities"] if e["text"] == text)


def fact(d: dict, figure_text: str) -> dict:
    fid = ent(d, figure_text)["id"]
    return next(f for f in d["facts"] if f["figure"] == fid)


def close(x: float, y: float) -> bool:
    return abs(x - y) < 1e-6


# ------------------------------------------------------------------ whole-report cases


def test_perfect_prediction_scores_100_everywhere(gold, pred):
    r = score(gold, pred)
    assert r.docs == 2
    for label, n in GOLD_COUNTS.items():
        assert r.labels[label] == PRF(n, 0, 0), label
        assert (r.labels[label].precision, r.labels[label].recall, r.labels[label].f1) == (
            100.0,
            100.0,
            100.0,
        )
    assert r.figures == PRF(6, 0, 0)
    assert r.facts == PRF(6, 0, 0)
    assert {k: (v.correct, v.total) for k, v in r.fields.items()} == {
        k: (n, n) for k, n in FIELD_TOTALS.items()
    }
    assert r.errors == []


def test_evaluate_reads_paths(gold):
    r = evaluate(TINY / "gold.jsonl", str(TINY / "pred_perfect.jsonl"))
    assert r.facts == PRF(6, 0, 0)
    assert r.figures == PRF(6, 0, 0)


@pytest.mark.parametrize("source", ["file", "no docs"])
def test_empty_prediction(gold, source):
    pred = _jsonl("pred_empty.jsonl") if source == "file" else []
    r = score(gold, pred)
    for label, n in GOLD_COUNTS.items():
        prf = r.labels[label]
        assert prf == PRF(0, 0, n)
        # nothing predicted: precision 100 by definition, recall 0, F1 0
        assert (prf.precision, prf.recall, prf.f1) == (100.0, 0.0, 0.0)
    assert r.figures == PRF(0, 0, 6)
    assert r.facts == PRF(0, 0, 6)
    # no matched facts: nothing scored, accuracy 100 by definition
    assert all(acc == FieldAccuracy(0, 0) and acc.accuracy == 100.0 for acc in r.fields.values())
    assert len(r.errors) == 12 + 6
    assert {e.kind for e in r.errors} == {"missing"}


def test_gold_doc_without_prediction_counts_as_misses(gold, pred):
    r = score(gold, [doc(pred, "tiny-annual")])
    assert r.labels["MONEY"] == PRF(2, 0, 1)
    assert r.labels["DATE"] == PRF(2, 0, 1)
    assert r.facts == PRF(5, 0, 1)


def test_prediction_for_unknown_doc_is_ignored(gold, pred):
    extra = copy.deepcopy(doc(pred, "tiny-half"))
    extra["id"] = "not-in-gold"
    r = score(gold, [*pred, extra])
    assert r.figures == PRF(6, 0, 0)


def test_wrong_metric_is_fact_fp_and_fn_entities_still_perfect(gold, pred):
    fact(doc(pred, "tiny-annual"), "25.45 trillion yuan")["metric"] = "trade.imports"
    r = score(gold, pred)
    assert r.figures == PRF(6, 0, 0)
    assert all(r.labels[label] == PRF(n, 0, 0) for label, n in GOLD_COUNTS.items())
    assert r.facts == PRF(5, 1, 1)
    # P = R = 5/6
    assert close(r.facts.precision, 500 / 6)
    assert close(r.facts.recall, 500 / 6)
    assert close(r.facts.f1, 500 / 6)
    # the unmatched fact's fields are not scored any more
    assert r.fields["period"] == FieldAccuracy(4, 4)
    assert r.fields["source"] == FieldAccuracy(4, 4)
    kinds = sorted((e.kind, e.text, e.expected, e.got) for e in r.errors)
    assert kinds == [
        ("missing", "25.45 trillion yuan", "trade.exports level", "trade.imports level"),
        ("spurious", "25.45 trillion yuan", "trade.exports level", "trade.imports level"),
    ]


def test_wrong_role_is_fact_fp_and_fn(gold, pred):
    fact(doc(pred, "tiny-annual"), "7.1 percent")["role"] = "level"
    assert score(gold, pred).facts == PRF(5, 1, 1)


# ------------------------------------------------------------------ figure matching


@pytest.mark.parametrize(
    ("factor", "matches"),
    [(1.0005, True), (0.9995, True), (1.002, False), (0.998, False)],
)
def test_value_tolerance_is_a_tenth_of_a_percent(gold, pred, factor, matches):
    money = ent(doc(pred, "tiny-annual"), "25.45 trillion yuan")
    money["value"] *= factor
    r = score(gold, pred)
    if matches:
        assert r.labels["MONEY"] == PRF(3, 0, 0)
        assert r.facts == PRF(6, 0, 0)
    else:
        assert r.labels["MONEY"] == PRF(2, 1, 1)
        assert close(r.labels["MONEY"].precision, 200 / 3)
        assert close(r.labels["MONEY"].f1, 200 / 3)
        assert r.figures == PRF(5, 1, 1)
        # its fact has no matched figure: a miss and a spurious fact
        assert r.facts == PRF(5, 1, 1)
        rows = [(e.kind, e.label, e.expected, e.got) for e in r.errors]
        got = f"{2.545e13 * factor:.10g} CNY"
        assert rows == [
            ("missing", "MONEY", "2.545e+13 CNY", got),
            ("spurious", "MONEY", "2.545e+13 CNY", got),
            ("missing", "FACT", "trade.exports level", "(figure not matched)"),
            ("spurious", "FACT", "(figure not matched)", "trade.exports level"),
        ]


def _one_figure(value: float, unit: str, label: str = "PERCENT", **extra) -> dict:
    text = "Prices were flat at 0 percent."
    return {
        "id": "d",
        "text": text,
        "entities": [
            {"id": "e0", "label": label, "text": "0 percent", "start": 20, "end": 29,
             "value": value, "unit": unit, **extra}
        ],
    }  # fmt: skip


@pytest.mark.parametrize(("got", "matches"), [(0.0, True), (-0.0, True), (1e-6, False)])
def test_zero_value_uses_an_absolute_tolerance(got, matches):
    r = score([_one_figure(0.0, "percent")], [_one_figure(got, "percent")])
    assert r.labels["PERCENT"] == (PRF(1, 0, 0) if matches else PRF(0, 1, 1))


def test_units_must_agree_codes_exactly_quantity_units_case_insensitively(gold, pred):
    d = doc(pred, "tiny-annual")
    ent(d, "18.39 trillion yuan")["unit"] = "cny"
    ent(d, "150 countries and regions")["unit"] = "Countries  and Regions"
    r = score(gold, pred)
    assert r.labels["MONEY"] == PRF(2, 1, 1)
    assert r.labels["QUANTITY"] == PRF(1, 0, 0)


def test_value_max_is_compared_when_gold_gives_it():
    gold = [_one_figure(5.0, "percent", value_max=10.0)]
    assert score(gold, [_one_figure(5.0, "percent", value_max=10.005)]).figures == PRF(1, 0, 0)
    assert score(gold, [_one_figure(5.0, "percent", value_max=11.0)]).figures == PRF(0, 1, 1)
    assert score(gold, [_one_figure(5.0, "percent")]).figures == PRF(0, 1, 1)
    # gold without value_max does not care
    assert score([_one_figure(5.0, "percent")], gold).figures == PRF(1, 0, 0)


def test_label_must_agree():
    r = score([_one_figure(0.0, "percent")], [_one_figure(0.0, "percent", label="QUANTITY")])
    assert r.labels["PERCENT"] == PRF(0, 0, 1)
    assert r.labels["QUANTITY"] == PRF(0, 1, 0)


def test_non_overlapping_spans_do_not_match(gold, pred):
    money = ent(doc(pred, "tiny-annual"), "25.45 trillion yuan")
    money["start"], money["end"] = 0, 7  # same value, wrong place
    assert score(gold, pred).labels["MONEY"] == PRF(2, 1, 1)


def test_matching_is_one_to_one(gold, pred):
    d = doc(pred, "tiny-annual")
    money = ent(d, "25.45 trillion yuan")
    shorter = {**money, "id": "extra", "text": "25.45 trillion", "end": money["end"] - 5}
    d["entities"].append(shorter)
    r = score(gold, pred)
    # two predictions overlap one gold: 1 tp (the larger overlap), 1 fp
    assert r.labels["MONEY"] == PRF(3, 1, 0)
    assert (r.labels["MONEY"].precision, r.labels["MONEY"].recall) == (75.0, 100.0)
    assert close(r.labels["MONEY"].f1, 2 * 75 * 100 / 175)
    [err] = r.errors
    assert (err.kind, err.label, err.text) == ("spurious", "MONEY", "25.45 trillion")
    assert r.facts == PRF(6, 0, 0)  # the fact sits on the matched, longer span


# ------------------------------------------------------------------ DATE, AGENCY, OFFICIAL


def test_date_half_equals_month_range(gold, pred):
    # pred_perfect already writes 2022-H1 as 2022-01/2022-06, for the DATE and the period
    assert ent(doc(pred, "tiny-half"), "January to June 2022")["value"] == "2022-01/2022-06"
    r = score(gold, pred)
    assert r.labels["DATE"] == PRF(3, 0, 0)
    assert r.fields["period"] == FieldAccuracy(5, 5)


def test_date_other_interval_does_not_match(gold, pred):
    d = doc(pred, "tiny-half")
    ent(d, "January to June 2022")["value"] = "2022-01/2022-05"
    d["facts"][0]["period"] = "2022-Q2"
    r = score(gold, pred)
    assert r.labels["DATE"] == PRF(2, 1, 1)
    assert r.fields["period"] == FieldAccuracy(4, 5)
    assert r.fields["period"].accuracy == 80.0
    wrong = [e for e in r.errors if e.kind == "wrong_field"]
    assert [(e.field, e.expected, e.got) for e in wrong] == [("period", "2022-H1", "2022-Q2")]


def test_gold_date_with_null_value_matches_on_span(gold, pred):
    ent(doc(gold, "tiny-annual"), "Monday")["value"] = None
    ent(doc(pred, "tiny-annual"), "Monday")["value"] = "1999"
    assert score(gold, pred).labels["DATE"] == PRF(3, 0, 0)
    # ... but a gold value is not matched by a null prediction
    ent(doc(pred, "tiny-annual"), "2024")["value"] = None
    assert score(gold, pred).labels["DATE"] == PRF(2, 1, 1)


def test_agency_matched_by_acronym(gold, pred):
    full = ent(doc(pred, "tiny-annual"), "General Administration of Customs")
    full["name"] = "China Customs Administration"  # other name, same acronym
    r = score(gold, pred)
    assert r.labels["AGENCY"] == PRF(2, 0, 0)
    assert r.fields["source"] == FieldAccuracy(5, 5)


def test_agency_name_is_case_insensitive(gold, pred):
    full = ent(doc(pred, "tiny-annual"), "General Administration of Customs")
    full.update(name="GENERAL ADMINISTRATION OF CUSTOMS", acronym=None)
    assert score(gold, pred).labels["AGENCY"] == PRF(2, 0, 0)


def test_agency_with_other_name_and_no_acronym_misses_and_breaks_sources(gold, pred):
    full = ent(doc(pred, "tiny-annual"), "General Administration of Customs")
    full.update(name="China Customs Administration", acronym=None)
    r = score(gold, pred)
    assert r.labels["AGENCY"] == PRF(1, 1, 1)
    # the four facts sourced to it now point at an unmatched entity; tiny-half's null is right
    assert r.fields["source"] == FieldAccuracy(1, 5)
    assert r.fields["source"].accuracy == 20.0


def test_official_matched_by_name(gold, pred):
    ent(doc(pred, "tiny-annual"), "Wang Lingjun")["name"] = "Wang Shouwen"
    assert score(gold, pred).labels["OFFICIAL"] == PRF(0, 1, 1)


# ------------------------------------------------------------------ fact fields


def test_field_absent_in_gold_is_not_scored(gold, pred):
    d = doc(pred, "tiny-annual")
    fact(d, "150 countries and regions")["period"] = "1999"  # gold states no period here
    fact(d, "25.45 trillion yuan")["partner"] = "US"  # no gold fact states partner
    r = score(gold, pred)
    assert r.fields["period"] == FieldAccuracy(5, 5)
    assert r.fields["partner"] == FieldAccuracy(0, 0)
    assert r.errors == []


def test_field_present_with_null_is_scored(gold, pred):
    d = doc(pred, "tiny-annual")
    fact(d, "2.3 percent")["basis"] = "yoy"  # gold: basis null
    doc(pred, "tiny-half")["facts"][0]["product"] = "crude oil"  # gold: product null
    r = score(gold, pred)
    assert r.fields["basis"] == FieldAccuracy(1, 2)
    assert r.fields["product"] == FieldAccuracy(0, 1)
    assert r.facts == PRF(6, 0, 0)  # wrong fields do not unmatch a fact
    wrong = sorted((e.doc_id, e.field, e.text, e.expected, e.got) for e in r.errors)
    assert wrong == [
        ("tiny-annual", "basis", "2.3 percent", None, "yoy"),
        ("tiny-half", "product", "$385 billion", None, "crude oil"),
    ]


def test_missing_field_in_prediction_counts_as_null(gold, pred):
    del fact(doc(pred, "tiny-annual"), "2.3 percent")["basis"]  # gold: null
    del fact(doc(pred, "tiny-annual"), "7.1 percent")["basis"]  # gold: yoy
    assert score(gold, pred).fields["basis"] == FieldAccuracy(1, 2)


def test_source_compared_through_matched_ids(gold, pred):
    d = doc(pred, "tiny-annual")
    # ids differ between gold (e1) and prediction (p8): still right
    gold_source = fact(doc(gold, "tiny-annual"), "7.1 percent")["source"]
    assert fact(d, "7.1 percent")["source"] != gold_source
    assert score(gold, pred).fields["source"] == FieldAccuracy(5, 5)
    # pointing at the acronym mention is another entity than gold's: wrong
    fact(d, "7.1 percent")["source"] = ent(d, "GAC")["id"]
    fact(d, "2.3 percent")["source"] = None
    doc(pred, "tiny-half")["facts"][0]["source"] = ent(d, "GAC")["id"]  # gold: null
    r = score(gold, pred)
    assert r.fields["source"] == FieldAccuracy(2, 5)
    wrong = sorted((e.text, e.expected, e.got) for e in r.errors if e.field == "source")
    assert wrong == [
        ("$385 billion", None, ent(d, "GAC")["id"]),  # id from another doc resolves to nothing
        ("2.3 percent", "General Administration of Customs", None),
        ("7.1 percent", "General Administration of Customs", "GAC"),
    ]


# ------------------------------------------------------------------ what gold annotates


def test_annotated_restricts_labels(gold, pred):
    doc(gold, "tiny-half")["annotated"] = ["MONEY"]
    ent(doc(pred, "tiny-half"), "January to June 2022")["value"] = "1999"
    doc(pred, "tiny-half")["entities"].append(
        {"id": "x", "label": "AGENCY", "text": "customs office", "start": 64, "end": 78}
    )
    r = score(gold, pred)
    assert r.labels["DATE"] == PRF(2, 0, 0)  # only tiny-annual's dates count
    assert r.labels["AGENCY"] == PRF(2, 0, 0)
    assert r.facts == PRF(6, 0, 0)


def test_annotated_label_restriction_drops_facts_of_other_figures(gold, pred):
    doc(gold, "tiny-annual")["annotated"] = ["PERCENT", "DATE"]
    r = score(gold, pred)
    assert r.labels["MONEY"] == PRF(1, 0, 0)  # only tiny-half's
    assert r.facts == PRF(3, 0, 0)  # two PERCENT facts + tiny-half's


def test_doc_without_facts_key_scores_no_facts(gold, pred):
    del doc(gold, "tiny-half")["facts"]
    assert score(gold, pred).facts == PRF(5, 0, 0)


# ------------------------------------------------------------------ report output


def test_to_dict_and_render_show_the_same_numbers(gold, pred):
    fact(doc(pred, "tiny-annual"), "25.45 trillion yuan")["metric"] = "trade.imports"
    fact(doc(pred, "tiny-annual"), "2.3 percent")["basis"] = "yoy"
    r = score(gold, pred)
    data = json.loads(json.dumps(r.to_dict()))
    assert data["facts"] == {
        "tp": 5,
        "fp": 1,
        "fn": 1,
        "precision": 83.3333,
        "recall": 83.3333,
        "f1": 83.3333,
    }
    assert data["fields"]["basis"] == {"correct": 1, "total": 2, "accuracy": 50.0}
    assert len(data["errors"]) == 3

    console = Console(record=True, width=200)
    r.render(console, errors=True)
    out = console.export_text()
    rows = {line.split("│")[1].strip(): line for line in out.splitlines() if line.count("│") > 2}
    totals = [("figures", data["figures"]), ("facts", data["facts"])]
    for name, prf in [*data["labels"].items(), *totals]:
        cells = [c.strip() for c in rows[name].split("│")[2:8]]
        expected = [str(prf[k]) for k in ("tp", "fp", "fn")] + [
            f"{prf[k]:.1f}" for k in ("precision", "recall", "f1")
        ]
        assert cells == expected, name
    assert [c.strip() for c in rows["basis"].split("│")[2:5]] == ["1", "2", "50.0"]
    assert "wrong_field" in out and "FACT.basis" in out and "tiny-annual" in out


def test_render_without_errors_has_no_error_table(gold, pred):
    console = Console(record=True, width=200)
    score(gold, pred).render(console)
    out = console.export_text()
    assert "facts" in out and "Errors" not in out


def test_report_defaults_list_every_label_and_field():
    r = EvalReport()
    assert list(r.labels) == ["MONEY", "PERCENT", "QUANTITY", "DATE", "AGENCY", "OFFICIAL"]
    assert set(r.fields) == set(FIELD_TOTALS)


# ------------------------------------------------------------------ running the pipeline


def test_evaluate_runs_the_pipeline_when_no_predictions(monkeypatch, gold, pred):
    import tradeie

    by_text = {g["text"]: doc(pred, g["id"]) for g in gold}
    calls = []

    class Result:
        def __init__(self, d):
            self.d = d

        def to_dict(self):
            out = copy.deepcopy(self.d)
            del out["id"]  # extract() knows nothing of fixture ids
            return out

    def fake_extract_many(records, nlp=None, **kwargs):
        for record in records:
            calls.append((record["published"], nlp))
            result = Result(by_text[record["text"]])
            result.error = None
            yield result

    monkeypatch.setattr(tradeie, "extract_many", fake_extract_many, raising=False)
    r = evaluate(gold)
    assert r.facts == PRF(6, 0, 0) and r.figures == PRF(6, 0, 0)
    assert calls == [("2025-01-13", None), ("2022-07-13", None)]
    sentinel = object()
    evaluate(TINY / "gold.jsonl", nlp=sentinel)
    assert calls[-1] == ("2022-07-13", sentinel)


def test_evaluate_scores_a_failing_document_as_empty(monkeypatch, gold):
    import tradeie

    class Failed:
        error = "tradeie_figures: RuntimeError: boom"

        def to_dict(self):
            return {"schema": "tradeie/1", "entities": [], "facts": [], "error": self.error}

    monkeypatch.setattr(tradeie, "extract_many",
                        lambda records, nlp=None: (Failed() for _ in records), raising=False)
    r = evaluate(gold)
    assert r.figures.tp == 0 and r.figures.fn > 0
    assert [e.kind for e in r.errors[:2]] == ["pipeline_error", "pipeline_error"]


# ------------------------------------------------------------------ fixture reading


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("bad_json.jsonl", ["bad_json.jsonl", "line 3", "invalid JSON"]),
        ("missing_text.jsonl", ["missing_text.jsonl", "line 2", "'text'"]),
        ("missing_id.jsonl", ["missing_id.jsonl", "line 1", "'id'"]),
        ("bad_offsets.jsonl", ["bad_offsets.jsonl", "line 3", "'shifted'", "text[12:21]"]),
    ],
)
def test_read_fixtures_errors_name_file_and_line(name, parts):
    with pytest.raises(ValueError) as info:
        read_fixtures(TINY / name)
    for part in parts:
        assert part in str(info.value)


def test_read_fixtures_rejects_dangling_fact_and_duplicate_id(tmp_path):
    d = {"id": "a", "text": "x", "entities": [], "facts": [{"figure": "e9", "metric": "other"}]}
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(d) + "\n")
    with pytest.raises(ValueError, match=r"line 1: .*'figure'"):
        read_fixtures(path)
    d["facts"] = []
    path.write_text(json.dumps(d) + "\n" + json.dumps(d) + "\n")
    with pytest.raises(ValueError, match=r"line 2: duplicate document id 'a'"):
        read_fixtures(path)


def test_read_fixtures_accepts_gold():
    assert [d["id"] for d in GOLD] == ["tiny-annual", "tiny-half"]
    assert all(d["text"][e["start"] : e["end"]] == e["text"] for d in GOLD for e in d["entities"])


def test_score_checks_gold_given_as_dicts(gold, pred):
    ent(doc(gold, "tiny-half"), "$385 billion")["start"] += 1
    with pytest.raises(ValueError, match="gold document 'tiny-half': entity 'e1'"):
        score(gold, pred)


def test_score_needs_prediction_ids(gold, pred):
    del pred[0]["id"]
    with pytest.raises(ValueError, match="'id'"):
        score(gold, pred)


# ------------------------------------------------------------------ period intervals


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-01-13", date(2025, 1, 13), date(2025, 1, 13)),
        ("2024-Q4", date(2024, 10, 1), date(2024, 12, 31)),
        ("2024-H1", date(2024, 1, 1), date(2024, 6, 30)),
        ("2022-W14", date(2022, 4, 4), date(2022, 4, 10)),
        ("2024-01/2024-11", date(2024, 1, 1), date(2024, 11, 30)),
        ("2021-04/2022-03", date(2021, 4, 1), date(2022, 3, 31)),
        ("2021-03-01/2021-03-07", date(2021, 3, 1), date(2021, 3, 7)),
        ("2024-H1/2024-H2", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_period_interval(value, first, last):
    assert _period_interval(value) == (first, last)


@pytest.mark.parametrize(
    "value", ["2024-13", "2024-Q5", "2024-H3", "2023-W53", "2024-02-30", "24", "last year",
              "2024/2023", "2024/2025/2026", None]
)  # fmt: skip
def test_period_interval_rejects(value):
    assert _period_interval(value) is None


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_month_bounds_and_quarters_as_month_ranges(year, month):
    first, last = _period_interval(f"{year}-{month:02d}")
    assert first == date(year, month, 1)
    assert (last + timedelta(days=1)).day == 1 and last.month == month
    q = (month - 1) // 3
    quarter = f"{year}-{3 * q + 1:02d}/{year}-{3 * q + 3:02d}"
    assert _period_interval(f"{year}-Q{q + 1}") == _period_interval(quarter)


@given(st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_iso_week_contains_its_days(day):
    year, week, _ = day.isocalendar()
    first, last = _period_interval(f"{year}-W{week:02d}")
    assert first <= day <= last and (last - first).days == 6 and first.weekday() == 0


# ------------------------------------------------------------------ strict facts, groups


def test_strict_facts_need_period_and_reporter(gold, pred):
    assert score(gold, pred).facts_strict == PRF(6, 0, 0)
    fact(doc(pred, "tiny-annual"), "25.45 trillion yuan")["period"] = "2023"
    fact(doc(pred, "tiny-annual"), "2.3 percent")["basis"] = "qoq"  # not a strict field
    r = score(gold, pred)
    assert r.facts == PRF(6, 0, 0)
    assert r.facts_strict == PRF(5, 1, 1)
    assert r.to_dict()["facts_strict"]["tp"] == 5


def test_strict_facts_ignore_fields_gold_does_not_state(gold, pred):
    for f in doc(gold, "tiny-annual")["facts"]:
        f.pop("period", None)
        f.pop("reporter", None)
    for f in doc(pred, "tiny-annual")["facts"]:
        f["period"], f["reporter"] = "1999", "ZZ"
    assert score(gold, pred).facts_strict == PRF(6, 0, 0)


def test_groups_by_doc_add_up_to_the_whole(gold, pred):
    doc(pred, "tiny-half")["facts"][0]["role"] = "share"
    r = score(gold, pred, by="doc")
    assert r.by == "doc" and set(r.groups) == {"tiny-annual", "tiny-half"}
    assert r.groups["tiny-annual"].docs == 1
    total = r.groups["tiny-annual"].facts + r.groups["tiny-half"].facts
    assert total == r.facts
    assert r.groups["tiny-half"].facts.tp == 0
    data = json.loads(json.dumps(r.to_dict()))
    assert data["by"] == "doc" and data["groups"]["tiny-annual"]["facts"]["tp"] == 5


def test_group_by_reporter_is_the_economy_of_most_gold_facts(gold, pred):
    d = doc(gold, "tiny-annual")
    assert {f.get("reporter") for f in d["facts"]} == {"CN"}
    r = score(gold, pred, by="reporter")
    assert "CN" in r.groups
    # A top-level field wins over the facts; a missing one is the group "-".
    d["reporter"] = "XX"
    d["outlet"] = "Wire"
    assert "XX" in score(gold, pred, by="reporter").groups
    assert set(score(gold, pred, by="outlet").groups) == {"Wire", "-"}


def test_evaluate_by_unknown_field_is_an_error(gold, pred):
    with pytest.raises(ValueError, match="no fixture document has a top-level field 'nope'"):
        evaluate(gold, pred, by="nope")


def test_render_by_lists_groups_worst_first(gold, pred):
    doc(pred, "tiny-half")["facts"][0]["role"] = "share"
    console = Console(record=True, width=80)
    score(gold, pred, by="doc").render(console)
    out = console.export_text()
    assert out.index("tiny-half") < out.index("tiny-annual")
    assert max(len(line) for line in out.splitlines()) <= 80


def test_errors_carry_their_sentence(gold, pred):
    fact(doc(pred, "tiny-annual"), "25.45 trillion yuan")["metric"] = "trade.imports"
    r = score(gold, pred)
    text = doc(gold, "tiny-annual")["text"]
    for err in r.errors:
        assert err.context and err.text.split()[0] in err.context
        assert err.context in " ".join(text.split())
    console = Console(record=True, width=80)
    r.render(console, errors=True)
    assert "25.45 trillion yuan" in console.export_text()


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("First one. Exports rose 5% in May. Last one.", 11, 33, "Exports rose 5% in May."),
        ("Title\n\nExports rose\n5% in May.\n\nNext", 7, 20, "Exports rose 5% in May."),
        ("No stop at all " * 3, 0, 2, ("No stop at all " * 3).strip()),
    ],
)
def test_sentence_around(text, start, end, expected):
    from tradeie.scoring import _sentence_around

    assert _sentence_around(text, start, end) == expected


def test_unpredicted_and_annotated_counts(gold, pred):
    r = score(gold, [doc(pred, "tiny-annual")])
    assert r.unpredicted == ["tiny-half"] and r.annotated_docs == 2
    bare = [{"id": d["id"], "text": d["text"]} for d in gold]
    assert score(bare, pred).annotated_docs == 0
