"""Validate the gold fixture corpus (tests/fixtures/corpus.jsonl) against the contract.

The corpus is what every later change is measured on, so a wrong offset, an unknown metric or
a stale build must fail here rather than silently distort scores.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from calendar import monthrange
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradeie import schema

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CORPUS = FIXTURES / "corpus.jsonl"
BUILDER = FIXTURES / "build_corpus.py"

# The contract's vocabularies, from the one place the package defines them.
LABELS = set(schema.ENTITY_LABELS)
FIGURES = set(schema.FIGURE_LABELS)
GRANULARITIES = set(schema.GRANULARITIES)
QUALIFIERS = {None, *schema.QUALIFIERS}
METRICS = set(schema.METRICS)
ROLES = set(schema.ROLES)
DIRECTIONS = set(schema.DIRECTIONS)
BASES = {None, *schema.BASES}
MODALITIES = set(schema.MODALITIES)
FACT_FIELDS = {"figure", "metric", "metric_text", "role", "direction", "basis", "period",
               "reporter", "partner", "product", "modality", "source"}
REQUIRED_REPORTERS = {"CN", "US", "EA", "EU", "GB", "JP", "IN", "DE", "KR", "VN", "BR", "ID",
                      "AU", "CA", "MX", "TR", "MY", "TH"}
GROUP_PREFIXES = ("seed-", "cn-", "us-", "ea-", "eu-", "gb-", "jp-", "in-", "de-", "kr-",
                  "vn-", "id-", "my-", "th-", "br-", "ca-", "mx-", "au-", "tr-", "int-", "x-")


# ------------------------------------------------------------------ an independent period parser

_PART = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])|W(\d{2})))?$")


def _bounds(part: str) -> tuple[date, date, str]:
    m = _PART.match(part)
    assert m, f"unparseable period part {part!r}"
    y = int(m.group(1))
    month, day, q, h, w = m.group(2, 3, 4, 5, 6)
    if day:
        d = date(y, int(month), int(day))
        return d, d, "day"
    if month:
        mo = int(month)
        return date(y, mo, 1), date(y, mo, monthrange(y, mo)[1]), "month"
    if q:
        last = 3 * int(q)
        return date(y, last - 2, 1), date(y, last, monthrange(y, last)[1]), "quarter"
    if h:
        last = 6 * int(h)
        return date(y, last - 5, 1), date(y, last, monthrange(y, last)[1]), "half"
    if w:
        start = date.fromisocalendar(y, int(w), 1)
        return start, start + timedelta(days=6), "week"
    return date(y, 1, 1), date(y, 12, 31), "year"


def parse_period(value: str) -> tuple[date, date, str]:
    first, _, second = value.partition("/")
    start, end, gran = _bounds(first)
    if second:
        _, end, _ = _bounds(second)
        gran = "range"
    assert start <= end, f"period {value!r} ends before it starts"
    return start, end, gran


def is_economy(code: Any) -> bool:
    return code in ("EU", "EA") or (
        isinstance(code, str) and len(code) == 2 and pycountry.countries.get(alpha_2=code)
        is not None
    )


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def docs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def _load_builder() -> Any:
    spec = importlib.util.spec_from_file_location("build_corpus", BUILDER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _load_builder()


@pytest.fixture(scope="module")
def builder() -> Any:
    return BUILD


# ------------------------------------------------------------------ corpus-level checks


def test_corpus_size_and_ids(docs: list[dict[str, Any]]) -> None:
    assert len(docs) >= 40
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert ids == sorted(ids), "corpus.jsonl is sorted by id"
    for d in docs:
        assert d["id"].startswith(GROUP_PREFIXES), d["id"]
        assert set(d) >= {"id", "text", "published", "entities", "facts"}
        if d["published"] is not None:
            date.fromisoformat(d["published"])


def test_document_shape(docs: list[dict[str, Any]]) -> None:
    economic = [d for d in docs if not d["id"].startswith("x-")]
    assert len(economic) >= 45
    assert 5 <= len(docs) - len(economic) <= 8, "a handful of precision (x-) documents"
    assert any(not d["facts"] for d in docs), "some document has no facts at all"
    for d in docs:
        sentences = len(re.findall(r"[.!?](?:\s|$)", d["text"]))
        assert sentences <= 20, (d["id"], sentences)


def test_entity_offsets_and_order(docs: list[dict[str, Any]]) -> None:
    for d in docs:
        text, prev_end = d["text"], -1
        for i, e in enumerate(d["entities"]):
            where = (d["id"], e["id"])
            assert e["id"] == f"e{i}", where
            assert e["label"] in LABELS, where
            assert 0 <= e["start"] < e["end"] <= len(text), where
            assert text[e["start"]:e["end"]] == e["text"], where
            assert e["start"] >= prev_end, f"{where}: overlaps or out of text order"
            assert e["text"] == e["text"].strip(), where
            prev_end = e["end"]


def test_figure_fields(docs: list[dict[str, Any]]) -> None:
    for d in docs:
        for e in d["entities"]:
            if e["label"] not in FIGURES:
                continue
            where = (d["id"], e["id"], e["text"])
            assert isinstance(e["value"], float), where
            assert e["qualifier"] in QUALIFIERS, where
            if "value_max" in e:
                assert e["value_max"] > e["value"], where
            if e["label"] == "MONEY":
                assert pycountry.currencies.get(alpha_3=e["unit"]) is not None, where
                assert e["value"] >= 1, where
            elif e["label"] == "PERCENT":
                assert e["unit"] in ("percent", "percentage_point"), where
            else:
                assert e["unit"] and e["unit"] == e["unit"].lower(), where
            # the leading number of the span agrees with the value ("€1,011.0Bn" -> 1011e9)
            m = re.search(r"\d[\d,]*(?:\.\d+)?", e["text"])
            if m:
                shown = float(m.group().replace(",", ""))
                scaled = abs(e["value"])
                assert any(abs(shown * s - scaled) <= 1e-9 * scaled
                           for s in (1, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12, 1e-2)), where


def test_date_fields(docs: list[dict[str, Any]]) -> None:
    for d in docs:
        for e in d["entities"]:
            if e["label"] != "DATE":
                continue
            where = (d["id"], e["id"], e["text"])
            if e["value"] is None:
                assert d["published"] is None, f"{where}: relative date left unresolved"
                continue
            start, end, gran = parse_period(e["value"])
            assert e["granularity"] in GRANULARITIES, where
            assert e["granularity"] == gran, where
            assert e["start_date"] == start.isoformat(), where
            assert e["end_date"] == end.isoformat(), where
            assert not re.match(r"(?i)(in|on|at|for|during|since|from|by)\s", e["text"]), where
            assert not re.fullmatch(r"\d{1,3}", e["text"]), f"{where}: a bare number"


def test_agency_and_official_fields(docs: list[dict[str, Any]]) -> None:
    for d in docs:
        labels = {e["id"]: e["label"] for e in d["entities"]}
        names: dict[str, set[str]] = {}
        for e in d["entities"]:
            where = (d["id"], e["id"], e["text"])
            if e["label"] == "AGENCY":
                assert e["name"], where
                assert e["country"] == "INT" or is_economy(e["country"]), where
                assert not e["text"].lower().startswith("the "), where
                if e["acronym"] is not None:
                    assert " " not in e["acronym"], where
            elif e["label"] == "OFFICIAL":
                assert e["name"] and e["text"] in e["name"], where
                if e["agency"] is not None:
                    assert labels.get(e["agency"]) == "AGENCY", where
                names.setdefault(e["name"], set()).add(json.dumps([e["title"], e["agency"]]))
        # later mentions carry the first mention's title and agency
        for name, variants in names.items():
            assert len(variants) == 1, (d["id"], name, variants)


def test_fact_fields(docs: list[dict[str, Any]]) -> None:
    for d in docs:
        ents = {e["id"]: e for e in d["entities"]}
        seen: set[str] = set()
        order = []
        for f in d["facts"]:
            where = (d["id"], f.get("figure"))
            assert set(f) - {"of_growth_rate"} == FACT_FIELDS, where
            fig = ents.get(f["figure"])
            assert fig is not None and fig["label"] in FIGURES, where
            assert f["figure"] not in seen, f"{where}: two facts for one figure"
            seen.add(f["figure"])
            order.append(int(f["figure"][1:]))
            assert f["metric"] in METRICS, where
            assert isinstance(f["metric_text"], str) and f["metric_text"], where
            for part in f["metric_text"].split(" ... "):
                assert part in d["text"], f"{where}: metric_text part {part!r} not in text"
            assert f["role"] in ROLES, where
            assert f["basis"] in BASES, where
            assert f["modality"] in MODALITIES, where
            if f["role"] == "change":
                assert f["direction"] in DIRECTIONS, where
            else:
                assert f["direction"] is None and f["basis"] is None, where
            if fig["label"] == "PERCENT" and fig["value"] < 0:
                assert f["direction"] == "down", where
            if "of_growth_rate" in f:
                assert f["of_growth_rate"] is True and f["role"] == "change", where
                assert fig["unit"] == "percentage_point", where
            if f["period"] is not None:
                parse_period(f["period"])
            assert f["reporter"] is None or is_economy(f["reporter"]), where
            assert f["partner"] is None or is_economy(f["partner"]) or (
                isinstance(f["partner"], str) and f["partner"][:1].isupper()), where
            assert f["product"] not in ("goods", "merchandise"), where
            if f["source"] is not None:
                assert ents[f["source"]]["label"] in ("AGENCY", "OFFICIAL"), where
        assert order == sorted(order), f"{d['id']}: facts not in text order of their figure"


def test_coverage(docs: list[dict[str, Any]]) -> None:
    reporters = {f["reporter"] for d in docs for f in d["facts"]}
    assert reporters >= REQUIRED_REPORTERS, REQUIRED_REPORTERS - reporters
    acronyms = {e["acronym"] for d in docs for e in d["entities"] if e["label"] == "AGENCY"}
    for acr in ("GAC", "NBS", "MOFCOM", "SAFE", "BEA", "BLS", "ONS", "METI", "Destatis",
                "MOTIE", "KCS", "GSO", "MDIC", "Secex", "BPS", "ABS", "IMF", "WTO"):
        assert acr in acronyms, acr
    names = {e["name"] for d in docs for e in d["entities"] if e["label"] == "AGENCY"}
    assert {"U.S. Census Bureau", "Eurostat", "Statistics Canada"} <= names
    metrics = Counter(f["metric"] for d in docs for f in d["facts"])
    assert set(metrics) == METRICS, METRICS - set(metrics)
    modalities = Counter(f["modality"] for d in docs for f in d["facts"])
    assert set(modalities) == MODALITIES
    bases = {f["basis"] for d in docs for f in d["facts"]}
    assert bases == BASES
    assert sum(1 for d in docs for f in d["facts"] if f.get("of_growth_rate")) >= 2
    assert any(f["partner"] == "ASEAN" for d in docs for f in d["facts"])
    grans = {e["granularity"] for d in docs for e in d["entities"] if e["label"] == "DATE"}
    assert grans == GRANULARITIES
    units = {e["unit"] for d in docs for e in d["entities"] if e["label"] == "MONEY"}
    assert {"CNY", "USD", "EUR", "GBP", "JPY", "INR", "KRW", "CAD", "AUD", "MYR"} <= units
    qualifiers = {e["qualifier"] for d in docs for e in d["entities"] if e["label"] in FIGURES}
    assert qualifiers == QUALIFIERS
    assert any("value_max" in e for d in docs for e in d["entities"] if e["label"] == "MONEY")


def seed_gold() -> dict[str, Any]:
    """The seed article's gold annotation, built in memory from shared/ (never stored)."""
    seed = next((d for d in BUILD.build() if d["id"] == "seed-cn-2024-annual"), None)
    if seed is None:
        pytest.skip("the seed article (shared/seeds) is not beside this checkout")
    return seed


def test_seed_kept_out_of_corpus(docs: list[dict[str, Any]]) -> None:
    assert not any(d["id"].startswith(BUILD.EXTERNAL_PREFIX) for d in docs)


def test_seed_document() -> None:
    seed = seed_gold()
    assert seed["published"] == "2025-01-13"
    ents = {e["text"]: e for e in seed["entities"]}
    assert ents["43.85 trillion yuan"]["value"] == 4.385e13
    assert ents["6.1 trillion U.S. dollars"]["qualifier"] == "approx"
    assert ents["150 countries and regions"]["qualifier"] == "min"
    assert "13:34" not in ents and "second-largest" not in ents
    gac = [e for e in seed["entities"] if e["label"] == "AGENCY"]
    assert [e["text"] for e in gac] == ["General Administration of Customs", "GAC", "GAC"]
    assert {e["name"] for e in gac} == {"General Administration of Customs"}
    officials = [e for e in seed["entities"] if e["label"] == "OFFICIAL"]
    assert [(e["text"], e["name"]) for e in officials] == [
        ("Wang Lingjun", "Wang Lingjun"), ("Wang", "Wang Lingjun")]
    by_fig = {f["figure"]: f for f in seed["facts"]}
    money = [e for e in seed["entities"] if e["label"] == "MONEY"]
    assert [by_fig[e["id"]]["metric"] for e in money] == [
        "trade.total", "trade.total", "trade.exports", "trade.imports"]
    for f in seed["facts"]:
        assert f["reporter"] == "CN"
        if f["metric"].startswith("trade."):
            assert (f["period"], f["source"]) == ("2024", gac[0]["id"])


# ------------------------------------------------------------------ the builder


def test_build_reproduces_corpus(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    run = subprocess.run([sys.executable, str(BUILDER), "--out", str(out)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == CORPUS.read_bytes(), "corpus.jsonl is stale: run build_corpus.py"


def test_check_mode_detects_stale_file(builder: Any, tmp_path: Path) -> None:
    stale = tmp_path / "corpus.jsonl"
    stale.write_text(CORPUS.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    assert builder.main(["--check", "--out", str(stale)]) == 1
    stale.write_bytes(CORPUS.read_bytes())
    assert builder.main(["--check", "--out", str(stale)]) == 0


def dsl_module(builder: Any) -> Any:
    builder.load_sources()  # puts src/ on sys.path
    import _dsl

    return _dsl


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing", "occurs 0 times"),
        ("ambiguous", "occurs 2 times"),
        ("no_fact", "figures without a fact"),
        ("digit", "digit at"),
        ("metric", "unknown metric"),
        ("metric_text", "not in text"),
        ("overlap", "overlap"),
        ("currency", "ISO 4217"),
    ],
)
def test_builder_fails_loudly(builder: Any, case: str, message: str) -> None:
    m = dsl_module(builder)
    text = "Exports rose 5 percent to $3 billion in 2024 and 5 percent in 2023."
    ents = [m.pct("5 percent", 5, n=1), m.money("$3 billion", "3e9", "USD"),
            m.date("2024", "2024"), m.pct("5 percent", 5, n=2, k="b"), m.date("2023", "2023")]
    facts = [m.chg("5 percent", "trade.exports", "Exports", "up", period="2024",
                   reporter="CN", source=None),
             m.lvl("$3 billion", "trade.exports", "Exports", period="2024", reporter="CN",
                   source=None),
             m.chg("b", "trade.exports", "Exports", "up", period="2023", reporter="CN",
                   source=None)]
    good = m.doc("t-ok", "2025-01-13", text, ents, facts)
    assert builder.build_doc(good)["entities"][3]["start"] == text.rindex("5 percent")
    if case == "missing":
        ents = [*ents, m.qty("7 tonnes", 7, "tonnes")]
    elif case == "ambiguous":
        ents = [m.pct("5 percent", 5), *ents[1:]]
    elif case == "no_fact":
        facts = facts[:2]
    elif case == "digit":
        ents = ents[:4]
    elif case == "metric":
        facts = [m.lvl("$3 billion", "trade.export", "Exports", period="2024",
                       reporter="CN", source=None), *facts[:1], *facts[2:]]
    elif case == "metric_text":
        facts = [m.lvl("$3 billion", "trade.exports", "Imports", period="2024",
                       reporter="CN", source=None), *facts[:1], *facts[2:]]
    elif case == "overlap":
        ents = [*ents, m.date("in 2024", "2024", k="dup")]
    elif case == "currency":
        ents = [ents[0], m.money("$3 billion", "3e9", "QQQ"), *ents[2:]]
    bad = m.doc("t-bad", "2025-01-13", text, ents, facts)
    with pytest.raises(builder.CorpusError, match=message) as err:
        builder.build_doc(bad)
    assert str(err.value).startswith("t-bad:")


@given(st.integers(0, 999), st.integers(0, 99), st.integers(1, 9))
def test_occurrences_respect_number_boundaries(whole: int, frac: int, small: int) -> None:
    builder = BUILD
    text = f"up {whole}.{frac} percent and {small} percent"
    hits = builder.occurrences(text, f"{small} percent")
    assert hits == [text.rindex(f"{small} percent")]
    assert builder.occurrences(text, f"{whole}.{frac} percent") == [3]


@given(st.integers(1990, 2030), st.integers(1, 12))
def test_builder_and_test_period_parsers_agree(year: int, month: int) -> None:
    builder = BUILD
    for value in (f"{year}", f"{year}-{month:02d}", f"{year}-Q{(month + 2) // 3}",
                  f"{year}-H{(month + 5) // 6}", f"{year}-01/{year}-{month:02d}",
                  f"{year}-W{min(month * 4, 52):02d}"):
        assert builder.period_bounds(value) == parse_period(value), value
