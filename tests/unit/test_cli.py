import json

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
