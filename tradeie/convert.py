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
    doc_text,
    group_stored,
    register,
    set_span_group,
)
from tradeie.schema import FIGURE_LABELS, Entity, Extraction, Fact
from tradeie.textprep import SOURCE, make_doc

_GROUP_ORDER = {FIGURES: 0, DATES: 1, AGENCIES: 2, OFFICIALS: 3}
_SOURCE_LABELS = frozenset({"AGENCY", "OFFICIAL"})
# fields pointing to another entity, with the labels it may have
_REFERENCES = {"equivalent_of": FIGURE_LABELS, "move_from": FIGURE_LABELS,
               "agency": frozenset({"AGENCY"})}


# Values returned as they are: most stored values are these, and a call per value was the
# bulk of the conversion's time (~60,000 calls per pass over 100 articles).
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """msgpack (DocBin, worker processes) hands lists back as tuples; JSON wants lists.
    A copy all the way down: the Extraction shares nothing mutable with the Doc."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dict:
        return {k: v if type(v) in _SCALARS else _plain(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def doc_to_extraction(doc: Doc, text: str | None = None) -> Extraction:
    """``text``: the caller's exact string when make_doc had to replace unencodable
    characters (same length, so offsets hold); defaults to the Doc's text."""
    if text is None:  # the caller's string, kept by tradeie's tokenizer when cleaning changed it
        built = doc_text(doc)
        source = doc.user_data.get(SOURCE)
        text = source if isinstance(source, str) and len(source) == len(built) else built
    register()  # a Doc made without tradeie's components still reads (as empty)
    found = []
    for key, rank in _GROUP_ORDER.items():
        for label, start, end, data in group_stored(doc, key):
            # the public fields (span._.tradeie), copied once
            attrs = {k: v if type(v) in _SCALARS else _plain(v)
                     for k, v in data.items() if not k.startswith("_")}
            found.append((start, end, rank, label, attrs))
    found.sort(key=lambda f: (f[0], f[2], f[1]))
    # Entities of different labels may share a span ("Jan-Mar" a DATE and, wrongly, a name):
    # a reference takes the entity of a label it may point to.
    by_offsets: dict[tuple[int, int], list[tuple[str, str]]] = {}
    entities = []
    for n, (start, end, _rank, label, attrs) in enumerate(found):
        ent_id = f"e{n}"
        by_offsets.setdefault((start, end), []).append((label, ent_id))
        entities.append(Entity(ent_id, label, text[start:end], start, end, attrs))

    def ref(offsets: Any, labels: frozenset[str]) -> str | None:
        at = by_offsets.get(tuple(offsets), ()) if offsets else ()
        return next((ent_id for label, ent_id in at if label in labels), None)

    for ent in entities:
        for name, labels in _REFERENCES.items():
            if name in ent.attrs:
                ent.attrs[name] = ref(ent.attrs[name], labels)

    facts = []
    for raw in doc._.get(FACTS) or []:
        data = _plain(dict(raw))
        data["figure"] = ref(data["figure"], FIGURE_LABELS)
        if data["figure"] is None:
            continue
        data["source"] = ref(data.get("source"), _SOURCE_LABELS)
        subject = data.get("subject")
        if isinstance(subject, dict):  # its words as the caller wrote them
            data["subject"] = {"text": text[subject["start"]:subject["end"]],
                               "start": subject["start"], "end": subject["end"]}
        if "equivalent_of" in data:
            data["equivalent_of"] = ref(data["equivalent_of"], FIGURE_LABELS)
        facts.append(Fact.from_dict(data))
    order = {e.id: i for i, e in enumerate(entities)}
    facts.sort(key=lambda f: order.get(f.figure, 0))

    checks = []
    for raw in doc._.get(CHECKS) or []:
        check = _plain(dict(raw))
        check["figures"] = [ref(o, FIGURE_LABELS) for o in check.get("figures", [])]
        checks.append(check)
    return Extraction(text=text, published=doc._.get(PUBLISHED), entities=entities,
                      facts=facts, checks=checks)


_LABEL_GROUP = {"MONEY": FIGURES, "PERCENT": FIGURES, "QUANTITY": FIGURES, "DATE": DATES,
                "AGENCY": AGENCIES, "OFFICIAL": OFFICIALS}


# Where fixture_to_doc keeps the fixture itself, so that scoring an Example compares exactly
# what the fixture states (tradeie.components.base.score_examples).
FIXTURE_KEY = "tradeie_fixture"


def fixture_to_doc(nlp: Any, fixture: dict[str, Any]) -> Doc:
    """The inverse of doc_to_extraction: a gold fixture (contract JSON) as an annotated Doc,
    with span groups, ``span._.tradeie`` attributes and ``doc._.tradeie_facts`` by offsets.
    The fixture itself is kept in ``doc.user_data`` for scoring."""
    doc = make_doc(nlp, fixture["text"], fixture.get("published"))
    offsets = {e["id"]: [e["start"], e["end"]] for e in fixture.get("entities", [])}
    groups: dict[str, list] = {key: [] for key in _GROUP_ORDER}
    for ent in fixture.get("entities", []):
        attrs = {k: v for k, v in ent.items() if k not in ("id", "label", "text", "start", "end")}
        for name in _REFERENCES:
            if attrs.get(name):
                attrs[name] = offsets.get(attrs[name])
        groups[_LABEL_GROUP[ent["label"]]].append((ent["start"], ent["end"], ent["label"], attrs))
    for key, items in groups.items():
        set_span_group(doc, key, items)
    facts = []
    for fact in fixture.get("facts", []):
        data = dict(fact)
        data["figure"] = offsets.get(fact["figure"])
        data["source"] = offsets.get(fact.get("source")) if fact.get("source") else None
        facts.append(data)
    doc._.set(FACTS, facts)
    doc.user_data[FIXTURE_KEY] = {k: v for k, v in fixture.items() if k not in ("id", "text")}
    return doc


def fixtures_to_examples(nlp: Any, fixtures: list[dict[str, Any]]) -> list:
    """spaCy Examples (unprocessed text + gold annotation) for ``nlp.evaluate``."""
    from spacy.training import Example

    return [
        Example(make_doc(nlp, f["text"], f.get("published")), fixture_to_doc(nlp, f))
        for f in fixtures
    ]
