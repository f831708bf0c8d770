"""The annotated sets every scoring script reads: the three fixture sets in tests/fixtures and
the real corpus's dev and test splits in ../shared/corpus/real beside the repository (third-party
texts, never copied into it). tests/test_end_to_end.py lists the same five for its floors."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
REAL = REPO.parent / "shared" / "corpus" / "real"
SETS = {
    "corpus": FIXTURES / "corpus.jsonl",
    "heldout": FIXTURES / "heldout.jsonl",
    "blind": FIXTURES / "blind.jsonl",
    "real_dev": REAL / "dev.jsonl",
    "real_test": REAL / "test.jsonl",
}
