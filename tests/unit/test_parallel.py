"""extract_many(n_process=2) gives exactly what n_process=1 gives, in order, with ids, and
bad records still come back as errors, under both fork (Linux) and spawn (macOS, Windows);
so do the batch CLI's worker pool and `tradeie extract --input ... --n-process 2`."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import tradeie
from tradeie import batch

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus.jsonl"


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [{"id": r["id"], "text": r["text"], "published": r["published"]} for r in rows]


@pytest.fixture(scope="module")
def serial(corpus) -> list[dict]:
    return [res.to_dict() for res in tradeie.extract_many(corpus)]


def test_two_processes_equal_one_on_the_corpus(corpus, serial):
    parallel = [res.to_dict() for res in tradeie.extract_many(corpus, n_process=2,
                                                                batch_size=5)]
    assert [r["id"] for r in parallel] == [r["id"] for r in corpus]
    assert parallel == serial
    assert sum(len(r["facts"]) for r in serial) > 100  # the comparison is not vacuous


def test_bad_records_keep_their_place_across_processes(corpus, serial):
    records = [
        corpus[0],
        {"id": "bad-date", "text": "Exports rose 5%.", "published": "someday"},
        corpus[1],
        {"id": "no-text", "published": "2025-01-01"},
        {"id": "surrogate", "text": "Exports rose 5% \ud800 to $3 billion in 2024.",
         "published": "2025-01-13"},
        corpus[2],
        {"id": "not-a-str", "text": 42},
    ]
    out = list(tradeie.extract_many(records, n_process=2, batch_size=1))
    assert [r.id for r in out] == [r.get("id") for r in records]
    assert [r.error is not None for r in out] == [False, True, False, True, False, False, True]
    assert [out[i].to_dict() for i in (0, 2, 5)] == serial[:3]
    odd = out[4]
    assert odd.text == records[4]["text"]  # the caller's string, surrogate and all
    assert all(odd.text[e.start:e.end] == e.text for e in odd.entities)
    assert any(e.text == "$3 billion" for e in odd.entities)


def test_component_failure_in_a_worker_is_reported(corpus):
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("patches a component in this process; workers see it only under fork")
    nlp = tradeie.pipeline.build()
    relations = nlp.get_pipe("tradeie_relations")
    original = relations.process

    def explode(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("deliberate failure")
        return original(doc)

    relations.process = explode
    records = [corpus[0], {"id": "boom", "text": "BOOM: imports rose 2%."}, corpus[1]]
    out = list(tradeie.extract_many(records, nlp=nlp, n_process=2, batch_size=1))
    assert [r.id for r in out] == [corpus[0]["id"], "boom", corpus[1]["id"]]
    assert "deliberate failure" in out[1].error and "tradeie_relations" in out[1].error
    assert out[0].error is None and out[2].error is None and out[0].facts


SPAWN_SCRIPT = textwrap.dedent("""
    import json, multiprocessing, sys

    if __name__ == "__main__":
        multiprocessing.set_start_method("spawn")
        import tradeie

        records = json.loads(sys.stdin.read())
        one = [r.to_dict() for r in tradeie.extract_many(records)]
        two = [r.to_dict() for r in tradeie.extract_many(records, n_process=2, batch_size=2)]
        assert [r["id"] for r in two] == [r["id"] for r in records], two
        assert one == two, "spawned workers differ from the serial run"
        assert sum(len(r["facts"]) for r in one) > 5
        print("ok")
""")


def test_spawned_workers_equal_serial(corpus, tmp_path):
    """What macOS and Windows do by default: workers start fresh and unpickle the pipeline."""
    script = tmp_path / "spawn_check.py"
    script.write_text(SPAWN_SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], input=json.dumps(corpus[:6]),
                          capture_output=True, text=True, timeout=300,
                          cwd=Path(tradeie.__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"


def test_record_pool_equals_serial(corpus, serial):
    """The CLI's pool: chunks of records to workers, Extractions back, in input order."""
    records = [*corpus[:7], batch.Unreadable("unreadable", "line 8: invalid JSON"),
               {"id": "bad-date", "text": "Exports rose 5%.", "published": "someday"},
               *corpus[7:12]]
    out = list(batch.extract_records(records, n_process=2, batch_size=3))
    assert [r.id for r in out] == [r["id"] for r in records]
    assert [r.to_dict() for r in out[:7]] + [r.to_dict() for r in out[9:]] == serial[:12]
    assert out[7].error == "line 8: invalid JSON" and "someday" in out[8].error


def test_cli_n_process_2_writes_what_1_writes(corpus, tmp_path):
    from typer.testing import CliRunner

    from tradeie.cli import app

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in corpus[:20]), encoding="utf-8")
    outputs = []
    for n in ("1", "2"):
        out = tmp_path / f"out{n}.jsonl"
        result = CliRunner().invoke(app, ["extract", "--input", str(src), "--output", str(out),
                                          "--n-process", n, "--batch-size", "4"])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0].count("\n") == 20


def test_a_broken_source_gives_what_was_read_then_its_error_across_processes(corpus, serial):
    def source():
        yield from corpus[:5]
        raise OSError("the feed went away")

    got = []
    with pytest.raises(OSError, match="feed"):
        for res in tradeie.extract_many(source(), n_process=2, batch_size=2):
            got.append(res)
    assert [r.to_dict() for r in got] == serial[:5]


def test_ids_of_any_type_stay_in_this_process(corpus, serial):
    class Key:  # not picklable as a local class: it never goes to a worker
        pass

    keys = [Key() for _ in range(4)]
    records = [{**rec, "id": key} for rec, key in zip(corpus[:4], keys, strict=True)]
    out = list(tradeie.extract_many(records, n_process=2, batch_size=1))
    assert [r.id for r in out] == keys
    assert [r.text for r in out] == [r["text"] for r in records]
