"""Validate the held-out gold corpus (tests/fixtures/heldout.jsonl) against the contract.

The held-out set measures whether the rules generalise beyond the tuned corpus, so nobody
tunes against it. It must pass the same structural checks as corpus.jsonl (the checks of
test_corpus.py are reused, not copied), stay independent of it, spread over the economies and
constructions it was written for, and rebuild byte for byte from src_heldout/.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # also under pytest's importlib import mode
    sys.path.insert(0, str(HERE))
corpus_checks: Any = importlib.import_module("test_corpus")

FIXTURES = corpus_checks.FIXTURES
BUILDER = corpus_checks.BUILDER
BUILD = corpus_checks.BUILD
HELDOUT = FIXTURES / "heldout.jsonl"
SRC_HELDOUT = FIXTURES / "src_heldout"

REQUIRED_REPORTERS = {
    "CN", "US", "EA", "EU", "DE", "FR", "IT", "ES", "GB", "JP", "KR", "TW", "IN", "ID", "VN",
    "TH", "PH", "SG", "AU", "NZ", "CA", "MX", "BR", "CL", "AR", "ZA", "NG", "SA", "TR", "RU",
}
INTERNATIONAL = {"International Monetary Fund", "World Trade Organization", "World Bank",
                 "Organisation for Economic Co-operation and Development"}
# the held-out set is about generalisation, not about covering every metric id: outbound
# investment is the one metric it does not exercise
REQUIRED_METRICS = corpus_checks.METRICS - {"investment.odi"}
_SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z])[.!?][\"”]?(?=\s+[\"“A-Z]|$)")


@pytest.fixture(scope="module")
def docs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus_docs() -> list[dict[str, Any]]:
    lines = corpus_checks.CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def body_sentences(text: str) -> int:
    """Sentences outside headline and byline paragraphs (those carry no final stop)."""
    body = [p for p in text.split("\n\n") if re.search(r"[.!?\"”]$", p)]
    return sum(len(_SENTENCE_END.findall(p)) for p in body)


# ------------------------------------------------------------------ the corpus checks, reused


@pytest.mark.parametrize(
    "check",
    [
        corpus_checks.test_entity_offsets_and_order,
        corpus_checks.test_figure_fields,
        corpus_checks.test_date_fields,
        corpus_checks.test_agency_and_official_fields,
        corpus_checks.test_fact_fields,
    ],
    ids=lambda f: f.__name__.removeprefix("test_"),
)
def test_structure_as_main_corpus(check: Any, docs: list[dict[str, Any]]) -> None:
    check(docs)


def test_sentence_counter_skips_abbreviations() -> None:
    text = 'Headline 5%\n\nBy A. Writer\n\nU.S. Census data on Jan. 2 showed it. "Good," he said.'
    assert body_sentences(text) == 2


# ------------------------------------------------------------------ held-out specific


def test_size_ids_and_independence(docs: list[dict[str, Any]],
                                   corpus_docs: list[dict[str, Any]]) -> None:
    assert len(docs) >= 30
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert ids == sorted(ids), "heldout.jsonl is sorted by id"
    prefixes = (*corpus_checks.GROUP_PREFIXES, "fr-", "it-", "es-", "tw-", "ph-", "sg-", "nz-",
                "cl-", "ar-", "za-", "ng-", "sa-", "ru-")
    for d in docs:
        assert d["id"].startswith(prefixes), d["id"]
        assert not d["id"].startswith(BUILD.EXTERNAL_PREFIX), d["id"]
    assert not set(ids) & {d["id"] for d in corpus_docs}, "ids shared with corpus.jsonl"
    # independent wording: no sentence of the held-out set is reused from the main corpus
    def sentences(ds: list[dict[str, Any]]) -> set[str]:
        return {s.strip() for d in ds for s in re.split(r"(?<=[.!?])\s+", d["text"])
                if len(s.strip()) > 40}
    assert not sentences(docs) & sentences(corpus_docs)


def test_document_shape(docs: list[dict[str, Any]]) -> None:
    for d in docs:
        n = body_sentences(d["text"])
        assert 2 <= n <= 6, (d["id"], n)
    precision = [d for d in docs if d["id"].startswith("x-")]
    assert 4 <= len(precision) <= 6
    for d in precision:
        assert all(f["metric"] == "other" for f in d["facts"]), d["id"]
    # one precision document is not in English, one has no figure at all that measures a metric
    assert any("espectadores" in d["text"] for d in precision)


def test_coverage(docs: list[dict[str, Any]]) -> None:
    facts = [f for d in docs for f in d["facts"]]
    ents = [e for d in docs for e in d["entities"]]
    reporters = {f["reporter"] for f in facts}
    assert reporters >= REQUIRED_REPORTERS, REQUIRED_REPORTERS - reporters
    agencies = [e for e in ents if e["label"] == "AGENCY"]
    assert {e["name"] for e in agencies if e["country"] == "INT"} >= INTERNATIONAL
    assert {f["metric"] for f in facts} >= REQUIRED_METRICS, REQUIRED_METRICS - {
        f["metric"] for f in facts}
    assert {f["modality"] for f in facts} == corpus_checks.MODALITIES
    assert {f["basis"] for f in facts} == corpus_checks.BASES
    assert {f["role"] for f in facts} == corpus_checks.ROLES
    assert sum(1 for f in facts if f.get("of_growth_rate")) >= 1
    assert {f["partner"] for f in facts} >= {"US", "CN", "EU"}
    grans = {e["granularity"] for e in ents if e["label"] == "DATE"}
    assert grans >= {"day", "month", "quarter", "half", "year", "range"}
    units = {e["unit"] for e in ents if e["label"] == "MONEY"}
    assert {"CNY", "USD", "EUR", "JPY", "INR", "SGD", "AUD"} <= units
    figures = [e for e in ents if e["label"] in corpus_checks.FIGURES]
    assert {e["qualifier"] for e in figures} == corpus_checks.QUALIFIERS
    assert sum(1 for e in figures if "value_max" in e) >= 5, "ranges"
    assert any(e["unit"] == "percentage_point" and e["text"].endswith(("basis points",
                                                                        "basis point"))
               for e in figures)
    quantity_units = {e["unit"] for e in figures if e["label"] == "QUANTITY"}
    assert {"tonnes", "barrels per day", "teu", "vehicles", "units"} <= quantity_units


def test_agencies_and_officials(docs: list[dict[str, Any]]) -> None:
    defined = later = 0
    for d in docs:
        text = d["text"]
        for e in d["entities"]:
            if e["label"] == "AGENCY" and e["acronym"] and text[e["end"]:].startswith(
                    f" ({e['acronym']})"):
                defined += 1
            if e["label"] == "OFFICIAL" and e["text"] != e["name"]:
                later += 1
    assert defined >= 15, "agencies with acronyms defined in parentheses"
    assert later >= 4, "officials mentioned again by surname"


# ------------------------------------------------------------------ the builder


def test_build_reproduces_heldout(tmp_path: Path) -> None:
    out = tmp_path / "heldout.jsonl"
    run = subprocess.run(
        [sys.executable, str(BUILDER), "--src", str(SRC_HELDOUT), "--out", str(out)],
        capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == HELDOUT.read_bytes(), "heldout.jsonl is stale: rebuild it"


def test_check_mode_on_heldout(tmp_path: Path) -> None:
    stale = tmp_path / "heldout.jsonl"
    stale.write_text(HELDOUT.read_text(encoding="utf-8")[:-300], encoding="utf-8")
    args = ["--check", "--src", str(SRC_HELDOUT), "--out", str(stale)]
    assert BUILD.main(args) == 1
    stale.write_bytes(HELDOUT.read_bytes())
    assert BUILD.main(args) == 0


def test_src_without_out_never_overwrites_corpus() -> None:
    before = corpus_checks.CORPUS.read_bytes()
    with pytest.raises(SystemExit) as err:
        BUILD.main(["--src", str(SRC_HELDOUT)])
    assert err.value.code == 2
    assert corpus_checks.CORPUS.read_bytes() == before


def test_same_named_source_module_is_refused(tmp_path: Path) -> None:
    BUILD.load_sources()  # the main corpus modules are imported first
    (tmp_path / "docs_cn.py").write_text("DOCS = []\n", encoding="utf-8")
    try:
        with pytest.raises(BUILD.CorpusError, match="clashes"):
            BUILD.load_sources(tmp_path)
    finally:
        sys.path.remove(str(tmp_path))
