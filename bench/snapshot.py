"""Snapshot of tradeie's output on every annotated document, to prove a change kept it.

    python bench/snapshot.py save tests/fixtures/output_snapshot.json   # before the change
    python bench/snapshot.py check tests/fixtures/output_snapshot.json  # after it
    python bench/snapshot.py save /tmp/before.jsonl --full              # local diffs

A snapshot holds one SHA-256 per document of its whole extraction (entities, facts and
checks as JSON), for the three fixture sets and the real corpus's dev and test splits
(read from ../shared/corpus/real beside the repository; left out with a note when absent).
Only digests are stored, never the third-party texts or their spans. ``--full`` writes the
extractions themselves as JSONL (keep that file outside the repository); ``check`` against a
full file prints the first difference of each changed document.

``check`` exits 1 when any document's output changed, or when a document of the snapshot
was not found; tests/test_output_snapshot.py runs it in the test suite.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotated_sets import SETS  # noqa: E402


def documents() -> Iterator[tuple[str, dict[str, Any]]]:
    """(set name, fixture document) for every set that is present."""
    from tradeie.scoring import read_fixtures

    for name, path in SETS.items():
        if not path.is_file():
            print(f"snapshot: {name} left out ({path} not found)", file=sys.stderr)
            continue
        for doc in read_fixtures(path):
            yield name, doc


def extractions() -> dict[str, dict[str, Any]]:
    """``{"set/doc id": extraction dict}`` for every document, through extract_many."""
    import tradeie

    docs = list(documents())
    records = [{"id": f"{name}/{doc['id']}", "text": doc["text"],
                "published": doc.get("published")} for name, doc in docs]
    out = {}
    for res in tradeie.extract_many(records):
        data = res.to_dict()
        data.pop("id", None)  # the key of the snapshot
        data["error"] = res.error
        out[res.id] = data
    return out


def digest(data: dict[str, Any]) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def save(path: Path, full: bool) -> int:
    outputs = extractions()
    if full:
        with path.open("w", encoding="utf-8") as fh:
            for doc_id, data in outputs.items():
                fh.write(json.dumps({"id": doc_id, **data}, ensure_ascii=False) + "\n")
    else:
        snapshot = {doc_id: digest(data) for doc_id, data in outputs.items()}
        path.write_text(json.dumps(snapshot, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"snapshot: {len(outputs)} documents written to {path}")
    return 0


def _load(path: Path) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """(digests, full extractions or {}) from a snapshot file of either kind."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        full = {}
        for line in text.splitlines():
            if line.strip():
                data = json.loads(line)
                full[data.pop("id")] = data
        return {doc_id: digest(data) for doc_id, data in full.items()}, full
    return json.loads(text), {}


def _first_difference(before: Any, after: Any, where: str = "") -> str:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                return _first_difference(before.get(key), after.get(key), f"{where}.{key}")
    if isinstance(before, list) and isinstance(after, list):
        for i, (b, a) in enumerate(zip(before, after, strict=False)):
            if b != a:
                return _first_difference(b, a, f"{where}[{i}]")
        if len(before) != len(after):
            return f"{where}: {len(before)} items -> {len(after)}"
    return f"{where}: {json.dumps(before)[:200]} -> {json.dumps(after)[:200]}"


def check(path: Path) -> int:
    expected, full = _load(path)
    outputs = extractions()
    changed = [doc_id for doc_id, data in outputs.items()
               if doc_id in expected and digest(data) != expected[doc_id]]
    # A set left out (no ../shared) is not a change; a document gone from a present set is.
    present = {doc_id.split("/", 1)[0] for doc_id in outputs}
    missing = [doc_id for doc_id in expected
               if doc_id not in outputs and doc_id.split("/", 1)[0] in present]
    for doc_id in changed:
        detail = _first_difference(full[doc_id], outputs[doc_id]) if full else ""
        print(f"changed: {doc_id} {detail}".rstrip())
    for doc_id in missing:
        print(f"missing: {doc_id}")
    compared = sum(doc_id in expected for doc_id in outputs)
    print(f"snapshot: {compared} documents compared, {len(changed)} changed, "
          f"{len(missing)} missing, {len(outputs) - compared} new")
    return 1 if changed or missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--full", action="store_true",
                        help="save: write the extractions as JSONL, not digests")
    args = parser.parse_args(argv)
    if args.action == "save":
        return save(args.path, args.full)
    if not args.path.is_file():
        parser.error(f"no such snapshot: {args.path}")
    return check(args.path)


if __name__ == "__main__":
    sys.exit(main())
