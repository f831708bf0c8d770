"""The panel on the shared corpus of real articles: figures that several articles report
merge into one row each.

The articles are read from ../shared/corpus/real (dev.jsonl and test.jsonl) beside the
repository and never copied into it; without that folder these tests skip, except where
TRADEIE_REQUIRE_SHARED=1 (CI) makes the absence a failure. Only the gold facts and
entities are used here (no extraction rule is tuned on them).

Three views:

- the gold facts as fact rows: every key (reporter, metric, role, basis, period, partner,
  product, unit) is one panel row whose ``n_articles`` / ``n_reports`` count what reported
  it, and a key from two or more articles is ``agreed`` or ``revised`` unless its values
  truly disagree beyond their rounding (then ``conflict``);
- the gold facts plus a syndicated copy of every article (the same story under another id,
  a day later, as wire copy is republished): every key still one row, from twice the
  articles;
- tradeie's own extraction of the articles: how many of the gold keys that two or more
  articles report it merges into one row too (a floor that may only rise).

``python -m pytest tests/test_panel_real.py -q -s`` prints the numbers.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")

import tradeie  # noqa: E402
from tradeie.batch import fact_rows, rows_frame  # noqa: E402
from tradeie.dataset import KEY  # noqa: E402
from tradeie.dataset.reports import MODALITIES  # noqa: E402
from tradeie.schema import Extraction  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
REAL = REPO.parent / "shared" / "corpus" / "real"
SPLITS = ("dev", "test")
# Measured 2026-12 (dev + test, 98 articles): the gold has one key from two articles and it
# has no period, so no panel holds it; the extraction merges 0 gold multi-article keys.
MERGED_FLOOR = 0
# Gold panel cells (key, and value within rounding) the extraction's panel reproduces:
# 769 of 1588 when measured. Raise it when extraction improves; never lower it.
CELLS_FLOOR = 769

Key = tuple[str, ...]


def _load() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for split in SPLITS:
        path = REAL / f"{split}.jsonl"
        if not path.is_file():
            reason = f"../shared/corpus/real/{path.name} not found (looked at {path})"
            if os.environ.get("TRADEIE_REQUIRE_SHARED") == "1":
                pytest.fail(reason + "; TRADEIE_REQUIRE_SHARED=1 requires it")
            pytest.skip(reason)
        with path.open(encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle if line.strip())
    return records


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return _load()


def _gold(record: dict[str, Any], **change: Any) -> Extraction:
    fields = {name: record.get(name) for name in ("id", "text", "published", "entities",
                                                  "facts")}
    return Extraction.from_dict({**fields, **change})


def _frame(results: list[Extraction]) -> Any:
    """The fact rows the panel reads (as ``tradeie extract --output facts.csv`` holds)."""
    return rows_frame(row for res in results for row in fact_rows(res))


@pytest.fixture(scope="module")
def gold_panel(records: list[dict[str, Any]]) -> Any:
    return tradeie.panel(_frame([_gold(r) for r in records]))


@pytest.fixture(scope="module")
def extracted_panel(records: list[dict[str, Any]]) -> Any:
    results = list(tradeie.extract_many(
        {"id": r["id"], "text": r["text"], "published": r.get("published")} for r in records))
    return tradeie.panel(results)


def _half(text: str, value: float) -> float:
    """Half the last digit written, scaled as the value was (independent of the panel's
    own rounding code): "$3.33 trillion" is 3.33e12 +- 0.005e12."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if number is None:
        return abs(value) * 0.005
    digits = number.group().replace(",", "")
    written = float(digits)
    decimals = len(digits.partition(".")[2])
    scale = abs(value) / written if written else 1.0
    return 0.5 * 10.0 ** -decimals * scale


def gold_reports(records: list[dict[str, Any]]) -> dict[Key, list[dict[str, Any]]]:
    """The gold facts a panel holds (actual or previous values), by key."""
    out: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        entities = {e["id"]: e for e in record["entities"]}
        for fact in record["facts"]:
            if (fact.get("modality") or "actual") not in MODALITIES:
                continue
            figure = entities[fact["figure"]]
            key = tuple("" if fact.get(name) is None else str(fact[name])
                        for name in KEY[:-1]) + (figure.get("unit") or "",)
            value = float(figure["value"])
            if fact.get("role") == "change" and fact.get("direction") == "down":
                value = -abs(value)
            out[key].append({"article": record["id"], "value": value,
                             "half": _half(figure["text"], value),
                             "previous": fact.get("modality") == "previous"})
    return out


def multi_article(reports: dict[Key, list[dict[str, Any]]]) -> dict[Key, list[dict]]:
    return {key: rows for key, rows in reports.items()
            if len({r["article"] for r in rows}) >= 2}


def disagree(rows: list[dict[str, Any]]) -> bool:
    """True when the current values cannot all be one value as rounded."""
    current = [r for r in rows if not r["previous"]] or rows
    low = max(r["value"] - r["half"] for r in current)
    high = min(r["value"] + r["half"] for r in current)
    return low > high


def _in_panel(key: Key) -> bool:
    return bool(key[KEY.index("reporter")]) and bool(key[KEY.index("period")])


def _rows(panel: Any) -> dict[Key, list[dict[str, Any]]]:
    frame = panel.frame
    keys = frame[list(KEY)].astype(object).where(frame[list(KEY)].notna(), "")
    out: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for key, row in zip(keys.itertuples(index=False, name=None), frame.to_dict("records"),
                        strict=True):
        out[tuple(key)].append(row)
    return out


def _describe(key: Key, rows: list[dict[str, Any]]) -> str:
    named = ", ".join(f"{n}={v}" for n, v in zip(KEY, key, strict=True) if v)
    seen = ", ".join(f"{r['article']}: {r['value']:g}" for r in rows)
    return f"({named}) <- {seen}"


def test_gold_multi_article_keys_are_one_row(records, gold_panel):
    reports = gold_reports(records)
    multi = multi_article(reports)
    rows = _rows(gold_panel)
    inside = {k: v for k, v in multi.items() if _in_panel(k)}
    outside = {k: v for k, v in multi.items() if not _in_panel(k)}
    conflicts = {k for k, v in inside.items() if disagree(v)}
    print(f"\ngold: {len(multi)} key(s) reported by 2+ articles; {len(inside)} with an "
          f"economy and a period (panel rows), {len(conflicts)} of them disagreeing beyond "
          f"rounding; {len(outside)} without a period (left out of the panel)")
    for key, found in multi.items():
        print("  ", _describe(key, found))
    for key, found in inside.items():
        got = rows.get(key, [])
        assert len(got) == 1, f"{_describe(key, found)}: {len(got)} panel rows"
        row = got[0]
        assert row["n_articles"] == len({r["article"] for r in found})
        assert row["n_reports"] == len(found)
        expected = {"conflict"} if key in conflicts else {"agreed", "revised"}
        assert row["status"] in expected, _describe(key, found)
    for key in outside:
        assert key not in rows
    n_outside = sum(len(v) for v in outside.values())
    assert gold_panel.dropped.get("no period", 0) >= n_outside


def test_gold_every_key_is_one_row(records, gold_panel):
    """The merge itself, on every gold key: one row, counting all its reports."""
    reports = {k: v for k, v in gold_reports(records).items() if _in_panel(k)}
    rows = _rows(gold_panel)
    assert set(rows) == set(reports)
    assert all(len(found) == 1 for found in rows.values())
    wrong = {key: (rows[key][0]["n_reports"], rows[key][0]["n_articles"])
             for key, found in reports.items()
             if (rows[key][0]["n_reports"], rows[key][0]["n_articles"])
             != (len(found), len({r["article"] for r in found}))}
    assert wrong == {}


def test_syndicated_copies_merge(records, gold_panel):
    """Each article again under another id, a day later (a republished wire story): one
    row per key still, from twice the articles; a lone report becomes agreed."""
    def later(published: str | None) -> str | None:
        if not published:
            return published
        return (date.fromisoformat(published[:10]) + timedelta(days=1)).isoformat()

    copies = [_gold(r, id=f"{r['id']}~copy", published=later(r.get("published")))
              for r in records]
    both = tradeie.panel(_frame([_gold(r) for r in records] + copies))
    before, after = _rows(gold_panel), _rows(both)
    assert set(after) == set(before)
    assert all(len(found) == 1 for found in after.values())
    changed = []
    for key, (row,) in after.items():
        old = before[key][0]
        status = {"single": "agreed"}.get(old["status"], old["status"])
        same_value = row["value"] == pytest.approx(old["value"])
        if not same_value or (row["n_articles"], row["n_reports"], row["status"]) != (
                2 * old["n_articles"], 2 * old["n_reports"], status):
            changed.append((_describe(key, []), old["status"], row["status"]))
    print(f"\nsyndicated copies: {len(after)} keys, each one row from twice the articles; "
          f"statuses {both['status'].value_counts().to_dict()}")
    assert changed == []


def test_extraction_merges_gold_multi_article_keys(records, gold_panel, extracted_panel):
    multi = {k: v for k, v in multi_article(gold_reports(records)).items() if _in_panel(k)}
    rows = _rows(extracted_panel)
    merged = [key for key in multi
              if len(rows.get(key, [])) == 1 and rows[key][0]["n_articles"] >= 2]
    extra = [key for key, found in rows.items()
             if found[0]["n_articles"] >= 2 and key not in multi]
    gold_rows = _rows(gold_panel)
    cells = 0
    for key, (row,) in gold_rows.items():
        got = rows.get(key)
        if got and abs(got[0]["value"] - row["value"]) <= (
                row["tolerance"] + got[0]["tolerance"]):
            cells += 1
    print(f"\nextraction: merges {len(merged)} of {len(multi)} gold keys reported by 2+ "
          f"articles; {len(extra)} other multi-article rows; reproduces {cells} of "
          f"{len(gold_rows)} gold panel cells (key and value within rounding); "
          f"{len(extracted_panel)} rows, statuses "
          f"{extracted_panel['status'].value_counts().to_dict()}")
    assert len(merged) >= MERGED_FLOOR
    assert cells >= CELLS_FLOOR
