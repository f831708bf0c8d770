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
# held out: the scoring scripts leave it out unless asked (--with-test), so that working on
# the rules never shows its scores by accident; every scoring of it goes in REAL_TEST_LOG.md
HELD_OUT = frozenset({"real_test"})


def chosen_sets(with_test: bool) -> dict[str, Path]:
    """SETS, without the held-out split unless ``with_test``."""
    return {name: path for name, path in SETS.items() if with_test or name not in HELD_OUT}
