"""`tradeie evaluate` through the installed console script: groups, and misuse that must not
pass silently (nothing annotated, predictions that pair with nothing)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TINY = Path(__file__).resolve().parent.parent / "fixtures" / "tiny"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    exe = shutil.which("tradeie")
    cmd = [exe, *args] if exe else [sys.executable, "-m", "tradeie.cli", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=cwd,
                          env={"COLUMNS": "80", "PATH": str(Path(sys.executable).parent)})


def test_by_doc_prints_a_row_per_document():
    out = run("evaluate", str(TINY / "gold.jsonl"), "--predictions",
              str(TINY / "pred_perfect.jsonl"), "--by", "doc")
    assert out.returncode == 0, out.stderr
    assert "By doc" in out.stdout and "tiny-annual" in out.stdout and "tiny-half" in out.stdout
    assert max(len(line) for line in out.stdout.splitlines()) <= 80


def test_by_unknown_field_exits_2():
    out = run("evaluate", str(TINY / "gold.jsonl"), "--predictions",
              str(TINY / "pred_perfect.jsonl"), "--by", "nope")
    assert out.returncode == 2 and "'nope'" in out.stderr


def test_fixture_without_annotations_exits_1(tmp_path):
    bare = tmp_path / "bare.jsonl"
    bare.write_text(json.dumps({"id": "a", "text": "Exports rose 5%."}) + "\n", encoding="utf-8")
    out = run("evaluate", str(bare))
    assert out.returncode == 1 and "no annotated entity or fact" in out.stderr


def test_predictions_that_pair_with_no_fixture_exit_1(tmp_path):
    preds = tmp_path / "preds.jsonl"
    preds.write_text(json.dumps({"id": "other", "entities": [], "facts": []}) + "\n",
                     encoding="utf-8")
    out = run("evaluate", str(TINY / "gold.jsonl"), "--predictions", str(preds))
    assert out.returncode == 1 and "nothing was scored" in out.stderr


def test_predictions_for_some_documents_warn(tmp_path):
    lines = (TINY / "pred_perfect.jsonl").read_text(encoding="utf-8").splitlines()
    first = next(line for line in lines if line.strip())
    preds = tmp_path / "preds.jsonl"
    preds.write_text(first + "\n", encoding="utf-8")
    out = run("evaluate", str(TINY / "gold.jsonl"), "--predictions", str(preds))
    assert out.returncode == 0
    assert "1 of 2 fixture documents have no prediction" in " ".join(out.stderr.split())


def test_missing_predictions_file_exits_2(tmp_path):
    out = run("evaluate", str(TINY / "gold.jsonl"), "--predictions", str(tmp_path / "no.jsonl"))
    assert out.returncode == 2 and "no such file" in out.stderr


@pytest.mark.parametrize("flag", ["--errors"])
def test_errors_show_the_sentence(tmp_path, flag):
    pred = [json.loads(line) for line in
            (TINY / "pred_perfect.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    pred[0]["facts"][0]["metric"] = "trade.imports"
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in pred) + "\n", encoding="utf-8")
    out = run("evaluate", str(TINY / "gold.jsonl"), "--predictions", str(path), flag)
    assert out.returncode == 0, out.stderr
    assert "Errors (" in out.stdout and "    " in out.stdout
