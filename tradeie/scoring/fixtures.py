"""Reading and checking fixture files (gold) and stored predictions (JSONL)."""

from __future__ import annotations

import json
from pathlib import Path


def read_fixtures(path: str | Path) -> list[dict]:
    """Read a JSONL fixture file: one document a line, blank and ``#`` lines skipped.

    Raises ValueError naming file and line for invalid JSON, a missing or non-string id or
    text, a duplicate doc id, a malformed entity (label/start/end/text) or one whose text is
    not ``text[start:end]``, and a fact whose ``figure`` or ``source`` names no entity.
    """
    path = Path(path)
    docs: list[dict] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue

        def fail(msg: str, lineno: int = lineno) -> ValueError:
            return ValueError(f"{path}: line {lineno}: {msg}")

        try:
            doc = json.loads(line)
        except json.JSONDecodeError as err:
            raise fail(f"invalid JSON: {err.msg} (column {err.colno})") from None
        if not isinstance(doc, dict):
            raise fail("expected a JSON object (one document a line)")
        for key in ("id", "text"):
            if not isinstance(doc.get(key), str):
                raise fail(f"document has no string {key!r}")
        if doc["id"] in seen:
            raise fail(f"duplicate document id {doc['id']!r} (first on line {seen[doc['id']]})")
        seen[doc["id"]] = lineno
        try:
            _check_doc(doc)
        except ValueError as err:
            raise fail(f"document {doc['id']!r}: {err}") from None
        docs.append(doc)
    return docs


def _check_doc(doc: dict) -> None:
    text = doc["text"]
    entities = doc.get("entities", [])
    if not isinstance(entities, list):
        raise ValueError("'entities' must be a list")
    ids = set()
    for i, ent in enumerate(entities):
        if not isinstance(ent, dict):
            raise ValueError(f"entity #{i} is not an object")
        where = f"entity {ent.get('id', '#' + str(i))!r}"
        if not isinstance(ent.get("label"), str):
            raise ValueError(f"{where} has no label")
        start, end = ent.get("start"), ent.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            raise ValueError(f"{where} has bad offsets start={start!r} end={end!r}")
        if ent.get("text") != text[start:end]:
            raise ValueError(
                f"{where}: text {ent.get('text')!r} != text[{start}:{end}] {text[start:end]!r}"
            )
        if "id" in ent:
            if ent["id"] in ids:
                raise ValueError(f"duplicate entity id {ent['id']!r}")
            ids.add(ent["id"])
    annotated = doc.get("annotated")
    if annotated is not None and not (
        isinstance(annotated, list) and all(isinstance(a, str) for a in annotated)
    ):
        raise ValueError("'annotated' must be a list of labels")
    facts = doc.get("facts", [])
    if not isinstance(facts, list):
        raise ValueError("'facts' must be a list")
    for i, fact in enumerate(facts):
        if not isinstance(fact, dict) or fact.get("figure") not in ids:
            raise ValueError(f"fact #{i} has no 'figure' naming an entity id")
        if fact.get("source") is not None and fact["source"] not in ids:
            raise ValueError(f"fact #{i}: source {fact['source']!r} names no entity id")



def _read_predictions(path: Path) -> list[dict]:
    """Predictions are stored like fixtures but may lack ``text``: only JSON is checked."""
    docs = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}: line {lineno}: invalid JSON: {err.msg}") from None
        if not isinstance(doc, dict) or "id" not in doc:
            raise ValueError(f"{path}: line {lineno}: expected an object with an 'id'")
        docs.append(doc)
    return docs
