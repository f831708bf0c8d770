"""Batch readers and writers, and the batch CLI: every format round-trips, a broken record
is reported while the rest are written, --resume skips finished ids."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tradeie
from tradeie import batch
from tradeie.cli import app
from tradeie.normalize.periods import period_bounds

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus.jsonl"
runner = CliRunner()


@pytest.fixture(scope="module")
def records() -> list[dict]:
    """Five short corpus articles (with facts, and one without), as plain input records."""
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    rows.sort(key=lambda r: len(r["text"]))
    picked = [r for r in rows if r["facts"]][:4] + [next(r for r in rows if not r["facts"])]
    return [{"id": r["id"], "text": r["text"], "published": r["published"]} for r in picked]


@pytest.fixture(scope="module")
def expected(records) -> list[tradeie.Extraction]:
    return list(tradeie.extract_many(records))


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _csv_in(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text", "published"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _as_csv(rows: list[dict]) -> list[dict]:
    """What csv.DictWriter makes of fact rows: None -> "", everything else str()."""
    return [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]


def _run(*args: str | Path):
    return runner.invoke(app, ["extract", *map(str, args)])


def said(result) -> str:
    """The run's messages with rich's line wrapping undone."""
    return " ".join(result.output.split())


# ----------------------------------------------------------------------- round trips


def test_jsonl_round_trip(tmp_path, records, expected):
    out = tmp_path / "out.jsonl"
    result = _run("--input", _jsonl(tmp_path / "in.jsonl", records), "--output", out)
    assert result.exit_code == 0, result.output
    assert _read_jsonl(out) == [json.loads(res.to_json()) for res in expected]
    assert f"{len(records)} records, 0 failed" in said(result)


def test_jsonl_to_stdout(tmp_path, records, expected):
    result = _run("--input", _jsonl(tmp_path / "in.jsonl", records[:2]))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in lines] == [r["id"] for r in records[:2]]


def test_csv_round_trip(tmp_path, records, expected):
    out = tmp_path / "out.csv"
    result = _run("--input", _csv_in(tmp_path / "in.csv", records), "--output", out)
    assert result.exit_code == 0, result.output
    rows = _read_csv(out)
    want = [row for res in expected for row in batch.fact_rows(res)]
    assert rows == _as_csv(want)
    assert list(rows[0]) == list(batch.COLUMN_NAMES)
    # one row per fact, plus one empty row for the record without facts
    assert len(rows) == sum(max(len(res.facts), 1) for res in expected)
    assert {r["id"] for r in rows} == {r["id"] for r in records}
    assert any(r["metric"] and r["value"] and r["figure_text"] for r in rows)


def test_parquet_round_trip(tmp_path, records, expected):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(records), src)
    out = tmp_path / "out.parquet"
    result = _run("--input", src, "--output", out)
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.schema.names == list(batch.COLUMN_NAMES)
    assert table.schema.field("value").type == pa.float64()
    assert table.to_pylist() == [row for res in expected for row in batch.fact_rows(res)]
    assert not (tmp_path / "out.parquet.partial").exists()


def test_parquet_published_as_date_column(tmp_path, records, expected):
    pa = pytest.importorskip("pyarrow")
    import datetime as dt

    import pyarrow.parquet as pq

    rows = [{**r, "published": dt.date.fromisoformat(r["published"])} for r in records[:2]]
    src = tmp_path / "dated.parquet"
    pq.write_table(pa.Table.from_pylist(rows), src)
    out = tmp_path / "out.jsonl"
    assert _run("--input", src, "--output", out).exit_code == 0
    assert _read_jsonl(out) == [json.loads(res.to_json()) for res in expected[:2]]


def test_folder_of_txt_with_default_published(tmp_path, records):
    folder = tmp_path / "articles"
    folder.mkdir()
    for rec in records[:3]:
        (folder / f"{rec['id']}.txt").write_text(rec["text"], encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run("--input", folder, "--output", out, "--published", "2024-12-31")
    assert result.exit_code == 0, result.output
    rows = _read_jsonl(out)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in records[:3])
    for row in rows:
        text = (folder / f"{row['id']}.txt").read_text(encoding="utf-8")
        want = tradeie.extract(text, published="2024-12-31")
        want.id = row["id"]
        assert row == json.loads(want.to_json())
        assert row["published"] == "2024-12-31"


def test_default_published_only_fills_missing_dates(tmp_path, records):
    rows = [dict(records[0]), {k: v for k, v in records[1].items() if k != "published"}]
    out = tmp_path / "out.jsonl"
    result = _run("--input", _jsonl(tmp_path / "in.jsonl", rows), "--output", out,
                  "--published", "2020-02-02")
    assert result.exit_code == 0, result.output
    got = _read_jsonl(out)
    assert got[0]["published"] == records[0]["published"]
    assert got[1]["published"] == "2020-02-02"


# ------------------------------------------------------------------ broken records


def test_broken_records_are_reported_and_the_rest_written(tmp_path, records, expected):
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        (json.dumps(records[0]) + "\n").encode()
        + b"{broken json\n"
        + (json.dumps({"id": "no-text", "published": "2025-01-01"}) + "\n").encode()
        + (json.dumps({"id": "bad-date", "text": "Imports fell 2%.", "published": "soon"})
           + "\n").encode()
        + b'{"id": "latin", "text": "S\xe3o Paulo"}\n'
        + (json.dumps(records[1]) + "\n").encode()
    )
    out = tmp_path / "out.jsonl"
    result = _run("--input", src, "--output", out)
    assert result.exit_code == 1
    rows = _read_jsonl(out)
    assert [r["id"] for r in rows] == [records[0]["id"], "line-2", "no-text", "bad-date",
                                       "line-5", records[1]["id"]]
    errors = {r["id"]: r for r in rows if "error" in r}
    assert set(errors) == {"line-2", "no-text", "bad-date", "line-5"}
    assert all(set(r) == {"id", "error"} for r in errors.values())
    assert "invalid JSON" in errors["line-2"]["error"]
    assert "text" in errors["no-text"]["error"]
    assert "soon" in errors["bad-date"]["error"]
    assert "UTF-8" in errors["line-5"]["error"]
    assert rows[0] == json.loads(expected[0].to_json())
    assert rows[-1] == json.loads(expected[1].to_json())
    assert "6 records, 4 failed" in said(result)


def test_broken_record_in_csv_output_is_one_error_row(tmp_path, records):
    rows = [records[0], {"id": "bad-date", "text": "Exports rose 3%.", "published": "never"}]
    out = tmp_path / "out.csv"
    result = _run("--input", _csv_in(tmp_path / "in.csv", rows), "--output", out)
    assert result.exit_code == 1
    got = _read_csv(out)
    bad = [r for r in got if r["id"] == "bad-date"]
    assert len(bad) == 1 and "never" in bad[0]["error"] and bad[0]["metric"] == ""
    assert all(r["error"] == "" for r in got if r["id"] == records[0]["id"])


def test_extract_records_keeps_order_around_unreadable_records(records):
    bad = batch.Unreadable
    mixed = [bad("x1", "unreadable"), records[0], bad("x2", "bad"), bad("x3", "bad"),
             records[1], bad("x4", "bad")]
    got = list(batch.extract_records(mixed, batch_size=1))
    assert [r.id for r in got] == [m["id"] for m in mixed]
    assert [r.error is not None for r in got] == [True, False, True, True, False, True]


@pytest.mark.parametrize("args", [
    ("--output", "out.xlsx"), ("--output", "out"),
])
def test_unknown_output_extension_is_a_clear_error(tmp_path, records, args):
    src = _jsonl(tmp_path / "in.jsonl", records[:1])
    result = _run("--input", src, args[0], tmp_path / args[1])
    assert result.exit_code == 2 and "unknown output format" in said(result)


def test_input_errors(tmp_path):
    result = _run("--input", tmp_path / "nope.jsonl")
    assert result.exit_code == 2 and "no such file" in said(result)
    weird = tmp_path / "in.xml"
    weird.write_text("<a/>", encoding="utf-8")
    result = _run("--input", weird)
    assert result.exit_code == 2 and "unknown input format" in said(result)
    no_text = tmp_path / "in.csv"
    no_text.write_text("id,body\na,Exports rose 5%.\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = _run("--input", no_text, "--output", out)
    assert result.exit_code == 2 and "'text' column" in said(result)
    assert not out.exists()
    result = _run("--input", _jsonl(tmp_path / "ok.jsonl", []), "--resume")
    assert result.exit_code == 2 and "--resume needs --output" in said(result)
    result = _run("--input", tmp_path / "ok.jsonl", "--output", tmp_path / "no" / "out.csv")
    assert result.exit_code == 2 and "No such file or directory" in said(result)


def test_missing_pyarrow_names_the_extra(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"tradeie\[parquet\]"):
        batch.open_writer(tmp_path / "out.parquet")


# ---------------------------------------------------------------------------- resume


def test_resume_jsonl_skips_finished_ids_and_repairs_a_cut_line(tmp_path, records, expected):
    src = _jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    first = json.loads(expected[0].to_json())
    first["marker"] = "from the first run"
    # the first run finished record 0 and was killed while writing record 1
    out.write_text(json.dumps(first) + "\n" + '{"id": "' + records[1]["id"] + '", "sch',
                   encoding="utf-8")
    result = _run("--input", src, "--output", out, "--resume")
    assert result.exit_code == 0, result.output
    rows = _read_jsonl(out)
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    assert rows[0]["marker"] == "from the first run"  # kept, not redone
    assert rows[1:] == [json.loads(res.to_json()) for res in expected[1:]]
    assert f"{len(records) - 1} records, 0 failed, 1 skipped" in said(result)
    again = _run("--input", src, "--output", out, "--resume")
    assert again.exit_code == 0 and f"0 records, 0 failed, {len(records)} skipped" in said(again)
    assert _read_jsonl(out) == rows


def test_resume_csv_appends_without_second_header(tmp_path, records, expected):
    out = tmp_path / "out.csv"
    assert _run("--input", _csv_in(tmp_path / "a.csv", records[:2]), "--output", out).exit_code == 0
    result = _run("--input", _csv_in(tmp_path / "b.csv", records), "--output", out, "--resume")
    assert result.exit_code == 0, result.output
    assert _read_csv(out) == _as_csv([row for res in expected for row in batch.fact_rows(res)])


def test_resume_parquet_keeps_existing_rows(tmp_path, records, expected):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    src = _jsonl(tmp_path / "in.jsonl", records)
    assert _run("--input", _jsonl(tmp_path / "a.jsonl", records[:3]),
                "--output", out).exit_code == 0
    result = _run("--input", src, "--output", out, "--resume")
    assert result.exit_code == 0 and "3 skipped" in said(result)
    assert pq.read_table(out).to_pylist() == [
        row for res in expected for row in batch.fact_rows(res)]
    assert batch.done_ids(out) == {r["id"] for r in records}


def test_resume_refuses_a_csv_with_other_columns(tmp_path, records):
    out = tmp_path / "out.csv"
    out.write_text("id,something\nx,1\n", encoding="utf-8")
    result = _run("--input", _jsonl(tmp_path / "in.jsonl", records[:1]), "--output", out,
                  "--resume")
    assert result.exit_code == 2 and "columns differ" in said(result)


# ------------------------------------------------------------------------ fact table


def test_fact_rows_and_frame(expected):
    pd = pytest.importorskip("pandas")
    rows = [row for res in expected for row in batch.fact_rows(res)]
    frame = batch.rows_frame(rows)
    assert list(frame.columns) == list(batch.COLUMN_NAMES)
    assert str(frame["value"].dtype) == "Float64" and str(frame["start"].dtype) == "Int64"
    res = next(r for r in expected if r.facts)
    fact, row = res.facts[0], batch.fact_rows(res)[0]
    fig = res.entity(fact.figure)
    assert (row["figure_text"], row["value"], row["unit"]) == (fig.text, fig.value, fig.unit)
    assert res.text[row["start"]:row["end"]] == row["figure_text"]
    assert row["metric"] == fact.metric and row["id"] == res.id
    assert batch.rows_frame([]).dtypes.equals(frame.dtypes)
    assert isinstance(frame, pd.DataFrame)


# ------------------------------------------------------------- hostile inputs and resumes

GOOD = "Exports rose 5% to $3 billion in 2024."


def _ids_and_errors(path: Path) -> list[tuple[str, bool]]:
    return [(r["id"], r.get("error") is not None) for r in _read_jsonl(path)]


def test_jsonl_lines_json_cannot_hold_are_error_records(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "bom", "text": GOOD}).encode() + b"\n"
                    + b'{"id": ' + b"1" * 5000 + b', "text": "x"}\n'  # over int's digit limit
                    + b'{"text": ' + b"[" * 100_000 + b"}\n"  # nested past the recursion limit
                    + json.dumps({"id": "c", "text": GOOD, "_error": None}).encode() + b"\n")
    out = tmp_path / "out.jsonl"
    result = _run("--input", src, "--output", out)
    assert result.exit_code == 1, result.output  # some failed; none was lost
    assert _ids_and_errors(out) == [("bom", False), ("line-2", True), ("line-3", True),
                                    ("c", False)]
    assert _read_jsonl(out)[3]["facts"]  # a user field named _error is just a field


def test_csv_row_that_is_not_utf8_is_an_error_record(tmp_path):
    src = tmp_path / "in.csv"
    rows = [f"r{i},{GOOD}" for i in range(300)]
    src.write_bytes(("id,text\n" + "\n".join(rows[:150])).encode() + b"\nbad,caf\xe9\n"
                    + "\n".join(rows[150:]).encode() + b"\n")
    out = tmp_path / "out.jsonl"
    result = _run("--input", src, "--output", out)
    assert result.exit_code == 1
    got = _ids_and_errors(out)
    assert len(got) == 301 and got[150] == ("bad", True) and sum(e for _, e in got) == 1
    assert "row 151 (line 152) is not UTF-8" in _read_jsonl(out)[150]["error"]


def test_folder_with_odd_entries(tmp_path):
    folder = tmp_path / "docs"
    (folder / "dir.txt").mkdir(parents=True)
    (folder / "a.txt").write_text("\ufeff" + GOOD, encoding="utf-8")
    (folder / "B.TXT").write_text(GOOD, encoding="utf-8")
    (folder / "broken.txt").symlink_to(tmp_path / "missing")
    out = tmp_path / "out.jsonl"
    result = _run("--input", folder, "--output", out)
    assert result.exit_code == 1
    assert _ids_and_errors(out) == [("B", False), ("a", False), ("broken", True)]
    first = _read_jsonl(out)[1]
    assert first["entities"][0]["start"] == GOOD.index("5%")  # the BOM is not in the text


def test_parquet_output_with_a_surrogate_id_and_resume(tmp_path):
    pytest.importorskip("pyarrow")
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "s\ud800", "text": GOOD},
                                         {"id": "ok", "text": GOOD}])
    out = tmp_path / "out.parquet"
    assert _run("--input", src, "--output", out).exit_code == 0
    again = _run("--input", src, "--output", out, "--resume")
    assert again.exit_code == 0 and "0 records, 0 failed, 2 skipped" in said(again)


def test_csv_resume_redoes_a_record_cut_between_its_rows(tmp_path, records, expected):
    src = _jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.csv"
    assert _run("--input", src, "--output", out).exit_code == 0
    whole = _read_csv(out)
    last = whole[-1]["id"]
    n_last = sum(r["id"] == last for r in whole)
    # a crash after the first row of the record before the last one
    before = next(r["id"] for r in reversed(whole) if r["id"] != last)
    cut = [i for i, r in enumerate(whole) if r["id"] == before][0] + 1
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=batch.COLUMN_NAMES)
        writer.writeheader()
        writer.writerows(whole[:cut])
    result = _run("--input", src, "--output", out, "--resume")
    assert result.exit_code == 0, result.output
    assert _read_csv(out) == whole and n_last >= 1


def test_csv_resume_keeps_empty_and_surrogate_ids(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "", "text": GOOD}, {"id": "s\ud800", "text": GOOD},
                                         {"id": "z", "text": GOOD}])
    out = tmp_path / "out.csv"
    assert _run("--input", src, "--output", out).exit_code == 0
    rows = _read_csv(out)
    again = _run("--input", src, "--output", out, "--resume")
    assert again.exit_code == 0 and "1 records, 0 failed, 2 skipped" in said(again)
    assert _read_csv(out) == rows  # only the last record was redone, in place


def test_output_that_is_the_input_is_refused(tmp_path, records):
    src = _jsonl(tmp_path / "same.jsonl", records[:2])
    before = src.read_text(encoding="utf-8")
    result = _run("--input", src, "--output", src)
    assert result.exit_code == 2 and "is the input" in said(result)
    assert src.read_text(encoding="utf-8") == before


def test_max_length_option(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "long", "text": GOOD * 3},
                                         {"id": "s", "text": GOOD}])
    out = tmp_path / "out.jsonl"
    result = _run("--input", src, "--output", out, "--max-length", len(GOOD) + 1)
    assert result.exit_code == 1
    assert _ids_and_errors(out) == [("long", True), ("s", False)]
    assert "--max-length" in _read_jsonl(out)[0]["error"]


@pytest.mark.parametrize("published", [0, False, [], "1" * 20])
def test_published_that_is_falsy_or_digits_is_an_error(tmp_path, published):
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": GOOD, "published": published}])
    out = tmp_path / "out.jsonl"
    result = _run("--input", src, "--output", out, "--published", "2025-01-13")
    assert result.exit_code == 1 and _ids_and_errors(out) == [("x", True)]


def test_parquet_with_a_damaged_row_group_reads_the_others(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    table = pa.table({"id": [f"r{i}" for i in range(30)], "text": [GOOD] * 30})
    pq.write_table(table, src, row_group_size=10)
    column = pq.ParquetFile(src).metadata.row_group(1).column(1)  # the texts of rows 11-20
    data = bytearray(src.read_bytes())
    data[column.data_page_offset:column.data_page_offset + 16] = b"\xff" * 16
    src.write_bytes(bytes(data))
    out = tmp_path / "out.jsonl"
    result = _run("--input", src, "--output", out)
    assert result.exit_code == 1
    got = _ids_and_errors(out)
    assert [i for i, _ in got] == [f"r{i}" for i in range(10)] + ["row-11"] + \
        [f"r{i}" for i in range(20, 30)]
    assert [e for _, e in got].count(True) == 1
    assert "rows 11-20 (row group 1)" in _read_jsonl(out)[10]["error"]


def test_a_write_failure_is_a_clear_error(tmp_path, records, monkeypatch):
    def full_disk(self, res):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch.JsonlWriter, "write", full_disk)
    result = _run("--input", _jsonl(tmp_path / "in.jsonl", records[:1]),
                  "--output", tmp_path / "out.jsonl")
    assert result.exit_code == 1 and "No space left on device" in said(result)
    assert "--resume" in said(result) and result.exception is None or \
        isinstance(result.exception, SystemExit)


def test_fact_rows_carry_the_period_dates(expected):
    for res in (r for r in expected if r.facts):  # a record without facts: one empty row
        for fact, row in zip(res.facts, batch.fact_rows(res), strict=True):
            if fact.period is None:
                assert row["period_start"] is None and row["period_end"] is None
                continue
            start, end = period_bounds(fact.period)
            assert (row["period_start"], row["period_end"]) == (start.isoformat(),
                                                                end.isoformat())
    res = tradeie.extract("Exports rose 5% in the first 11 months of 2024.",
                          published="2025-01-13")
    row = batch.fact_rows(res)[0]
    assert (row["period"], row["period_start"], row["period_end"]) == (
        "2024-01/2024-11", "2024-01-01", "2024-11-30")


def test_folder_reads_html_pages_and_refuses_a_folder_without_articles(tmp_path):
    pytest.importorskip("trafilatura")
    pages = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
    (tmp_path / "eu.html").write_bytes((pages / "eu-inflation.html").read_bytes())
    (tmp_path / "about.htm").write_bytes((pages / "about.html").read_bytes())
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    records = list(batch.read_records(tmp_path, published="2020-01-01"))
    by_id = {r["id"]: r for r in records}
    assert set(by_id) == {"a", "about", "eu"}
    assert by_id["a"]["published"] == "2020-01-01"  # the default, for text files
    assert by_id["eu"]["published"] == "2023-11-30" and "<" not in by_id["eu"]["text"]
    assert isinstance(by_id["about"], batch.Unreadable)
    assert "no article text" in by_id["about"]["error"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(batch.BatchError, match=r"no \.txt, \.html or \.htm file.*\(empty\)"):
        batch.read_records(empty)
