"""The blind set (tests/fixtures/blind.jsonl): written from the contract alone, without reading
tradeie's code, rules or output, to measure how the rules generalise. It must rebuild byte for
byte from src_blind/ and satisfy the contract like the other sets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tradeie.scoring import read_fixtures

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BUILDER = FIXTURES / "build_corpus.py"
BLIND = FIXTURES / "blind.jsonl"
SRC_BLIND = FIXTURES / "src_blind"


def test_build_reproduces_blind(tmp_path: Path) -> None:
    out = tmp_path / "blind.jsonl"
    run = subprocess.run(
        [sys.executable, str(BUILDER), "--src", str(SRC_BLIND), "--out", str(out)],
        capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == BLIND.read_bytes(), "blind.jsonl is stale: rebuild it"


def test_blind_set_reads_and_shares_no_document_with_the_others() -> None:
    blind = read_fixtures(BLIND)
    assert len(blind) >= 20
    texts = {f["text"] for name in ("corpus", "heldout")
             for f in read_fixtures(FIXTURES / f"{name}.jsonl")}
    assert not texts & {f["text"] for f in blind}
    assert all(f["facts"] for f in blind), "every blind document has facts"
