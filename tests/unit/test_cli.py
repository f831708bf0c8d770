import csv
import json
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from helpers import console_script, script_env
from typer.testing import CliRunner

from tradeie.cli import app

runner = CliRunner()
ARTICLE = "Exports grew 7.1 percent year on year to 25.45 trillion yuan last year."


def test_extract_file_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-01-13"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "tradeie/1"
    assert {f["role"] for f in data["facts"]} == {"change", "level"}


def test_extract_stdin_table():
    result = runner.invoke(app, ["extract", "-", "--published", "2025-01-13", "-f", "table"],
                           input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "trade.exports" in result.stdout and "25.45 trillion yuan" in result.stdout


def test_missing_file_and_bad_date_are_clear_errors(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "no such file" in result.output
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "soon"])
    assert result.exit_code == 2 and "'soon'" in result.output


def test_non_utf8_file(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Exports rose 5% in São Paulo".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2 and "not UTF-8" in result.output


def test_batch_writes_every_record_and_flags_failures(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": ARTICLE, "published": "2025-01-13"}) + "\n"
        + "{broken json\n"
        + json.dumps({"id": "c", "text": "Imports fell 2%.", "published": "nope"}) + "\n"
        + json.dumps({"id": "d", "text": "GDP grew 5 percent."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", "--input", str(src), "--output", str(out)])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "line-2", "c", "d"]
    assert "error" not in rows[0] and rows[0]["facts"]
    assert "invalid JSON" in rows[1]["error"] and "nope" in rows[2]["error"]
    assert "error" not in rows[3]


# ------------------------------------------------- the real console script, in a subprocess

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "fixtures" / "pages"
EXAMPLE = REPO / "examples" / "china_trade_2024.txt"


def tradeie_cmd(*args: str, env: dict[str, str] | None = None,
                **kwargs: Any) -> subprocess.CompletedProcess:
    return subprocess.run([*console_script(), *args], capture_output=True, text=True,
                          env=env or script_env(), timeout=300, **kwargs)


def test_version_and_python_m():
    import tradeie

    assert tradeie_cmd("--version").stdout.strip() == tradeie.__version__
    by_module = subprocess.run([sys.executable, "-m", "tradeie", "--version"],
                               capture_output=True, text=True, env=script_env(), timeout=300)
    assert by_module.returncode == 0 and by_module.stdout.strip() == tradeie.__version__
    assert "Usage" in tradeie_cmd().stdout  # no command: the help


def test_py_typed_and_license_ship():
    assert (REPO / "tradeie" / "py.typed").is_file()
    assert "MIT License" in (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "tradeie contributors" in (REPO / "LICENSE").read_text(encoding="utf-8")
    hatchling = pytest.importorskip("hatchling.builders.wheel")
    import tempfile
    import zipfile

    with tempfile.TemporaryDirectory() as tmp:
        wheel = next(iter(hatchling.WheelBuilder(str(REPO)).build(
            directory=tmp, versions=["standard"])))
        names = zipfile.ZipFile(wheel).namelist()
    assert "tradeie/py.typed" in names and "tradeie/__main__.py" in names
    assert any(n.endswith("licenses/LICENSE") for n in names)


@pytest.mark.parametrize(("args", "message"), [
    (["extract", "A", "--input", "B.jsonl"], "not both"),
    (["extract", "--input", "B.jsonl", "-f", "table"], "--format is for one article"),
    (["extract", "A", "--output", "o.csv", "-f", "table"], "--format or --output"),
    (["extract", "A", "--resume"], "--resume is for a batch"),
    (["extract", "A", "--n-process", "2"], "--n-process is for a batch"),
    (["extract", "A", "--batch-size", "8"], "--batch-size is for a batch"),
    (["extract", "A", "--output", "o.txt"], "unknown output format '.txt'"),
    (["extract", "--input", "B.jsonl", "--resume"], "--resume needs --output"),
    (["extract", "D"], "D is a folder: give it as --input D"),
])
def test_contradictory_arguments_are_refused(tmp_path, args, message):
    (tmp_path / "A").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "D").mkdir()
    (tmp_path / "B.jsonl").write_text(json.dumps({"id": "b", "text": ARTICLE}) + "\n",
                                      encoding="utf-8")
    run = tradeie_cmd(*args, cwd=tmp_path)
    assert run.returncode == 2, run.stderr
    assert message in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "o.csv").exists() and not (tmp_path / "o.txt").exists()


def test_output_for_one_article_takes_the_extension_format(tmp_path):
    src = tmp_path / "story.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    run = tradeie_cmd("extract", str(src), "--published", "2025-01-13",
                      "--output", str(tmp_path / "facts.csv"))
    assert run.returncode == 0, run.stderr
    assert run.stdout == "" and "2 facts written" in run.stderr
    rows = list(csv.DictReader((tmp_path / "facts.csv").open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["story", "story"]
    assert {(r["period"], r["period_start"], r["period_end"]) for r in rows} == {
        ("2024", "2024-01-01", "2024-12-31")}
    for name in ("facts.json", "facts.jsonl", "report.html"):
        run = tradeie_cmd("extract", str(src), "--published", "2025-01-13",
                          "--output", str(tmp_path / name))
        assert run.returncode == 0, run.stderr
    assert json.loads((tmp_path / "facts.json").read_text(encoding="utf-8"))["facts"]
    line = json.loads((tmp_path / "facts.jsonl").read_text(encoding="utf-8"))
    assert line["id"] == "story" and len(line["facts"]) == 2
    assert "<html" in (tmp_path / "report.html").read_text(encoding="utf-8").lower()


def test_html_file_is_read_as_a_web_page():
    pytest.importorskip("trafilatura")
    run = tradeie_cmd("extract", str(PAGES / "cn-trade-2024.html"))
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["published"] == "2025-01-13"  # the page's own date
    assert data["facts"] and not any("<" in e["text"] for e in data["entities"])
    assert any(f["period"] == "2024" for f in data["facts"])


def test_folder_of_text_and_html_and_an_empty_folder(tmp_path):
    pytest.importorskip("trafilatura")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(PAGES / "cn-trade-2024.html", folder / "page.HTM")
    (folder / "note.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "readme.md").write_text("not an article", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = tradeie_cmd("extract", "--input", str(folder), "--published", "2025-01-13",
                      "--output", str(out))
    assert run.returncode == 0, run.stderr
    rows = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(rows) == {"note", "page"}
    assert rows["page"]["facts"] and rows["page"]["published"] == "2025-01-13"
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.md").write_text("x", encoding="utf-8")
    run = tradeie_cmd("extract", "--input", str(empty))
    assert run.returncode == 2 and "no .txt, .html or .htm file" in run.stderr
    assert "found .md" in run.stderr


def test_duplicate_ids_are_reported_and_resume_says_what_it_skipped(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "a", "text": ARTICLE}, {"id": "b", "text": "Imports fell 2% in 2024."},
        {"id": "a", "text": "GDP grew 3% in 2024."}]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = tradeie_cmd("extract", "--input", str(src), "--output", str(out))
    assert run.returncode == 0, run.stderr
    assert "1 record repeats an id" in run.stderr and "'a'" in run.stderr
    out.write_text(out.read_text(encoding="utf-8").splitlines(keepends=True)[0],
                   encoding="utf-8")  # as if stopped after the first record
    run = tradeie_cmd("extract", "--input", str(src), "--output", str(out), "--resume")
    assert run.returncode == 0, run.stderr
    assert "--resume skipped 1 of them" in run.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] \
        == ["a", "b"]


def _big_batch(tmp_path: Path, copies: int = 60) -> Path:
    texts = [ARTICLE, EXAMPLE.read_text(encoding="utf-8")]
    src = tmp_path / "big.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{n}", "text": texts[n % 2],
                                       "published": "2025-01-13"}) + "\n"
                           for n in range(copies * 100)), encoding="utf-8")
    return src


@pytest.mark.parametrize(("sig", "code", "word"), [
    (signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")])
def test_stopping_a_batch_says_what_was_written_and_to_resume(tmp_path, sig, code, word):
    src, out = _big_batch(tmp_path), tmp_path / "out.jsonl"
    proc = subprocess.Popen([*console_script(), "extract", "--input", str(src), "--output",
                             str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=script_env())
    deadline = time.monotonic() + 240
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)  # wait until records are being written
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=240)
    assert proc.returncode == code, err
    assert "Traceback" not in err and f"{word}: " in err and "--resume" in err
    written = int(re.search(r"(\d+) records written to", err).group(1))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 0 < written == len(lines) < 6000
    assert all(json.loads(line)["facts"] for line in lines)  # whole records only


def test_ctrl_c_while_starting_prints_no_traceback(tmp_path):
    proc = subprocess.Popen([*console_script(), "extract", str(EXAMPLE)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=script_env())
    time.sleep(0.4)  # importing spaCy and tradeie takes longer
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode in (130, -signal.SIGINT), err  # -2: before Python started
    assert "Traceback" not in err and out == ""


def test_facts_table_fits_80_columns_without_cutting_words():
    run = tradeie_cmd("extract", str(EXAMPLE), "--published", "2025-01-13", "-f", "table",
                      env=script_env(COLUMNS="80"))
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert max(map(len, lines)) <= 80 and lines[-1].endswith("┘")  # nothing cropped
    wide = tradeie_cmd("extract", str(EXAMPLE), "--published", "2025-01-13", "-f", "table")
    assert "modality" in wide.stdout and "GAC" in wide.stdout  # piped: every column

    def words(table: str) -> set[str]:
        return set(re.sub(r"[│┃┏┓┗┛┡┩┳┻╇━─└┘┴┬]", " ", table).split())

    narrow = words(run.stdout)
    assert narrow <= words(wide.stdout)  # cells wrap between words: no piece of a word
    assert {"value", "trade.exports", "43.85", "CNY", "~6.1", "7.1%", "countries"} <= narrow


def test_figure_value_formats():
    from tradeie.cli import figure_value
    from tradeie.schema import Entity

    def fig(**attrs: Any) -> Entity:
        return Entity("e0", "MONEY", "x", 0, 1, attrs)

    assert figure_value(fig(value=2.545e13, unit="CNY", qualifier=None)) == "25.45 tn CNY"
    assert figure_value(fig(value=7.1, unit="percent", qualifier=None)) == "7.1%"
    assert figure_value(fig(value=0.25, unit="percentage_point")) == "0.25 pp"
    assert figure_value(fig(value=6.7, value_max=6.9, unit="percent")) == "6.7-6.9%"
    assert figure_value(fig(value=150, unit="countries", qualifier="min")) == ">150 countries"
    assert figure_value(fig(value=None, unit=None)) == ""
