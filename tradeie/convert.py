"""Turn a processed spaCy Doc into the contract's Extraction (ids instead of offsets)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from tradeie.extensions import (
    AGENCIES,
    CHECKS,
    DATES,
    FACTS,
    FIGURES,
    OFFICIALS,
    PUBLISHED,
    SPAN_ATTRS,
    span_bounds,
)
from tradeie.schema import Entity, Extraction, Fact

_GROUP_ORDER = {FIGURES: 0, DATES: 1, AGENCIES: 2, OFFICIALS: 3}
_REFERENCES = ("equivalent_of", "agency")  # entity fields that point to another entity


def _plain(value: Any) -> Any:
    """msgpack (DocBin, worker processes) hands lists back as tuples; JSON wants lists."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def doc_to_extraction(doc: Doc, text: str | None = None) -> Extraction:
    """``text``: the caller's exact string when make_doc had to replace unencodable
    characters (same length, so offsets hold); defaults to the Doc's text."""
    text = doc.text if text is None else text
    found = []
    for key, rank in _GROUP_ORDER.items():
        for span in doc.spans.get(key, []):
            start, end = span_bounds(span)
            attrs = _plain(dict(span._.get(SPAN_ATTRS) or {}))
            found.append((start, end, rank, span.label_, attrs))
    found.sort(key=lambda f: (f[0], f[2], f[1]))
    ids: dict[tuple[int, int, str], str] = {}
    by_offsets: dict[tuple[int, int], str] = {}
    entities = []
    for n, (start, end, _rank, label, attrs) in enumerate(found):
        ent_id = f"e{n}"
        ids[(start, end, label)] = ent_id
        by_offsets.setdefault((start, end), ent_id)
        public = {k: v for k, v in attrs.items() if not k.startswith("_")}
        entities.append(Entity(ent_id, label, text[start:end], start, end, public))

    def ref(offsets: Any) -> str | None:
        return by_offsets.get(tuple(offsets)) if offsets else None

    for ent in entities:
        for name in _REFERENCES:
            if name in ent.attrs:
                ent.attrs[name] = ref(ent.attrs[name])

    facts = []
    for raw in doc._.get(FACTS) or []:
        data = _plain(dict(raw))
        data["figure"] = ref(data["figure"])
        if data["figure"] is None:
            continue
        data["source"] = ref(data.get("source"))
        if "equivalent_of" in data:
            data["equivalent_of"] = ref(data["equivalent_of"])
        facts.append(Fact.from_dict(data))
    order = {e.id: i for i, e in enumerate(entities)}
    facts.sort(key=lambda f: order.get(f.figure, 0))

    checks = []
    for raw in doc._.get(CHECKS) or []:
        check = _plain(dict(raw))
        check["figures"] = [ref(o) for o in check.get("figures", [])]
        checks.append(check)
    return Extraction(text=text, published=doc._.get(PUBLISHED), entities=entities,
                      facts=facts, checks=checks)
