"""Scoring predicted documents against gold documents: entities label by label, then facts
and their fields (:func:`score`), with an error item for every miss."""

from __future__ import annotations

from typing import Any

from tradeie.scoring.context import _sentence_around
from tradeie.scoring.fixtures import _check_doc
from tradeie.scoring.match import (
    _describe,
    _greedy,
    _match_entities,
    _nearest,
    _norm,
    _same_period,
)
from tradeie.scoring.report import (
    FIGURE_LABELS,
    PRF,
    SCORED_FACT_FIELDS,
    STRICT_FIELDS,
    ErrorItem,
    EvalReport,
    FieldAccuracy,
)


def _check_pred(doc: dict) -> None:
    for ent in doc.get("entities") or []:
        if not (isinstance(ent.get("start"), int) and isinstance(ent.get("end"), int)):
            raise ValueError(f"prediction {doc.get('id')!r}: entity without int start/end: {ent}")


def score(gold: list[dict], predicted: list[dict], by: str | None = None) -> EvalReport:
    """Score predicted docs against gold docs, paired by ``id``.

    A gold doc without a prediction counts all its items as misses (its id is listed in
    ``unpredicted``); predictions whose id is not in gold are ignored (there is nothing to
    judge them by). With ``by`` the report also holds one report per group of gold docs
    (see :func:`group_key`).
    """
    by_id: dict[str, dict] = {}
    for doc in predicted:
        if "id" not in doc:
            raise ValueError("every predicted document needs an 'id' to pair it with gold")
        _check_pred(doc)
        by_id[doc["id"]] = doc
    seen: set[str] = set()
    report = EvalReport(docs=len(gold))
    for g in gold:
        if not (isinstance(g.get("id"), str) and isinstance(g.get("text"), str)):
            raise ValueError(f"gold document without string 'id' and 'text': {str(g)[:80]}")
        if g["id"] in seen:
            raise ValueError(f"duplicate gold document id {g['id']!r}")
        seen.add(g["id"])
        try:
            _check_doc(g)  # gold given as dicts has not been through read_fixtures
        except ValueError as err:
            raise ValueError(f"gold document {g['id']!r}: {err}") from None
        if g.get("entities") or g.get("facts"):
            report.annotated_docs += 1
        pred = by_id.get(g["id"])
        if pred is None:
            report.unpredicted.append(g["id"])
            pred = {"id": g["id"], "entities": [], "facts": []}
        _score_doc(g, pred, report)
    report.figures = sum((report.labels.get(lb, PRF()) for lb in FIGURE_LABELS), PRF())
    if by is not None:
        groups: dict[str, list[dict]] = {}
        for g in gold:
            groups.setdefault(group_key(g, by), []).append(g)
        report.by = by
        report.groups = {key: score(docs, predicted) for key, docs in sorted(groups.items())}
    return report


def group_key(doc: dict, by: str) -> str:
    """The group of a gold document for ``score(..., by=...)``.

    ``doc`` is the document id; ``reporter`` is the document's own field when it has one,
    else the reporter most of its gold facts give (its economy); any other name is a
    top-level field of the fixture record (``outlet``, ``published``, ...). A document
    without the field is in the group ``-``.
    """
    if by == "doc":
        return str(doc["id"])
    if by in doc:
        value = doc[by]
        return "-" if value is None else str(value)
    if by == "reporter":
        counts: dict[str, int] = {}
        for fact in doc.get("facts") or []:
            if fact.get("reporter"):
                counts[fact["reporter"]] = counts.get(fact["reporter"], 0) + 1
        # Most facts first; ties by code, so the group does not depend on fact order.
        return min(counts, key=lambda code: (-counts[code], code)) if counts else "-"
    return "-"


def _score_doc(gold: dict, pred: dict, report: EvalReport) -> None:
    first_error = len(report.errors)
    _score_doc_items(gold, pred, report)
    # Within a doc errors read in text order; at one place entity before fact, miss first.
    order = {"missing": 0, "spurious": 1, "wrong_field": 2}
    report.errors[first_error:] = sorted(
        report.errors[first_error:],
        key=lambda e: (e.start is None, e.start or 0, e.label == "FACT", order[e.kind]),
    )
    for err in report.errors[first_error:]:
        if err.start is not None and err.end is not None:
            err.context = _sentence_around(gold["text"], err.start, err.end)


def _score_doc_items(gold: dict, pred: dict, report: EvalReport) -> None:
    doc_id = gold["id"]
    annotated = gold.get("annotated")
    keep = (lambda label: label in annotated) if annotated is not None else (lambda label: True)
    g_ents = [e for e in gold.get("entities") or [] if keep(e["label"])]
    p_ents = [e for e in pred.get("entities") or [] if keep(e.get("label"))]

    # Entities, label by label (matching never crosses labels).
    g2p: dict[int, int] = {}  # index in g_ents -> index in p_ents
    for label in sorted({e["label"] for e in g_ents} | {e.get("label") for e in p_ents}, key=str):
        gi = [i for i, e in enumerate(g_ents) if e["label"] == label]
        pi = [i for i, e in enumerate(p_ents) if e.get("label") == label]
        local = _match_entities([g_ents[i] for i in gi], [p_ents[i] for i in pi])
        prf = report.labels.setdefault(label, PRF())
        prf.tp += len(local)
        prf.fn += len(gi) - len(local)
        prf.fp += len(pi) - len(local)
        g2p.update({gi[a]: pi[b] for a, b in local.items()})
    matched_p = set(g2p.values())
    for i, e in enumerate(g_ents):
        if i not in g2p:
            report.errors.append(
                _entity_error(
                    doc_id, "missing", e, _describe(e, e), _describe(_nearest(e, p_ents), e)
                )
            )
    for i, e in enumerate(p_ents):
        if i not in matched_p:
            report.errors.append(
                _entity_error(
                    doc_id,
                    "spurious",
                    e,
                    _describe(_nearest(e, g_ents), e),
                    _describe(e, e),
                )
            )

    if "facts" in gold:
        _score_facts(doc_id, gold, pred, g_ents, p_ents, g2p, keep, report)


def _entity_error(doc_id: str, kind: str, ent: dict, expected: Any, got: Any) -> ErrorItem:
    label = str(ent.get("label"))
    return ErrorItem(
        doc_id, kind, label, ent.get("text"), ent.get("start"), ent.get("end"), expected, got
    )


def _score_facts(
    doc_id: str,
    gold: dict,
    pred: dict,
    g_ents: list[dict],
    p_ents: list[dict],
    g2p: dict[int, int],
    keep: Any,
    report: EvalReport,
) -> None:
    g_index = {e.get("id"): i for i, e in enumerate(g_ents) if e.get("id") is not None}
    p_index = {e.get("id"): i for i, e in enumerate(p_ents) if e.get("id") is not None}
    all_pred_ids = {e.get("id") for e in pred.get("entities") or []}
    # Gold facts on figures of labels this doc does not annotate are not scored.
    g_facts = [f for f in gold.get("facts") or [] if f.get("figure") in g_index]
    # Predicted facts on ignored labels are dropped; on no entity at all they are spurious.
    p_facts = [
        f
        for f in pred.get("facts") or []
        if f.get("figure") in p_index or f.get("figure") not in all_pred_ids
    ]

    pairs = []
    for gi, gf in enumerate(g_facts):
        p_fig = g2p.get(g_index[gf["figure"]])
        if p_fig is None:
            continue
        for pi, pf in enumerate(p_facts):
            if p_index.get(pf.get("figure")) != p_fig:
                continue
            if all(k not in gf or gf[k] == pf.get(k) for k in ("metric", "role")):
                pairs.append(((gi, pi), gi, pi))
    fact_map = _greedy(pairs)
    report.facts.tp += len(fact_map)
    report.facts.fn += len(g_facts) - len(fact_map)
    report.facts.fp += len(p_facts) - len(fact_map)

    def figure_of(fact: dict, index: dict, ents: list[dict]) -> dict:
        i = index.get(fact.get("figure"))
        return ents[i] if i is not None else {"label": "FACT", "text": None}

    def fact_desc(fact: dict | None) -> str | None:
        return None if fact is None else f"{fact.get('metric')} {fact.get('role')}"

    p2g = {p: g for g, p in g2p.items()}
    matched_pf = set(fact_map.values())
    strict_tp = 0
    for gi, gf in enumerate(g_facts):
        fig = figure_of(gf, g_index, g_ents)
        if gi not in fact_map:
            p_fig = g2p.get(g_index[gf["figure"]])
            other = next(
                (
                    pf
                    for pf in p_facts
                    if p_fig is not None and p_index.get(pf.get("figure")) == p_fig
                ),
                None,
            )
            got = fact_desc(other) if p_fig is not None else _UNMATCHED
            report.errors.append(_fact_error(doc_id, "missing", fig, fact_desc(gf), got))
            continue
        pf = p_facts[fact_map[gi]]
        strict = True
        for name in SCORED_FACT_FIELDS:
            if name not in gf:
                continue
            if name == "source" and gf[name] is not None and gf[name] not in g_index:
                continue  # points at an entity of a label this doc does not annotate
            acc = report.fields.setdefault(name, FieldAccuracy())
            acc.total += 1
            ok, expected, got = _field_ok(name, gf, pf, g_ents, p_ents, g_index, p_index, g2p)
            if name in STRICT_FIELDS:
                strict = strict and ok
            if ok:
                acc.correct += 1
            else:
                err = _fact_error(doc_id, "wrong_field", fig, expected, got)
                err.field = name
                report.errors.append(err)
        strict_tp += strict
    report.facts_strict.tp += strict_tp
    report.facts_strict.fn += len(g_facts) - strict_tp
    report.facts_strict.fp += len(p_facts) - strict_tp
    for pi, pf in enumerate(p_facts):
        if pi in matched_pf:
            continue
        fig = figure_of(pf, p_index, p_ents)
        g_fig = p2g.get(p_index.get(pf.get("figure"), -1))
        other = next((gf for gf in g_facts if g_index[gf["figure"]] == g_fig), None)
        expected = fact_desc(other) if g_fig is not None else _UNMATCHED
        report.errors.append(_fact_error(doc_id, "spurious", fig, expected, fact_desc(pf)))


_UNMATCHED = "(figure not matched)"


def _fact_error(doc_id: str, kind: str, fig: dict, expected: Any, got: Any) -> ErrorItem:
    return ErrorItem(
        doc_id, kind, "FACT", fig.get("text"), fig.get("start"), fig.get("end"), expected, got
    )


def _field_ok(
    name: str,
    gf: dict,
    pf: dict,
    g_ents: list[dict],
    p_ents: list[dict],
    g_index: dict,
    p_index: dict,
    g2p: dict[int, int],
) -> tuple[bool, Any, Any]:
    """(correct?, expected, got) for one field of a matched fact pair."""
    g, p = gf[name], pf.get(name)
    if name == "period":
        return _same_period(g, p), g, p
    if name == "source":
        # Ids are per document and side; compare what they point to.
        gi, pi = g_index.get(g), p_index.get(p)
        g_text = g_ents[gi].get("text") if gi is not None else g
        p_text = p_ents[pi].get("text") if pi is not None else p
        if g is None or p is None:
            return g is None and p is None, g_text, p_text
        return gi is not None and pi is not None and g2p.get(gi) == pi, g_text, p_text
    if name == "product":
        return _norm(g) == _norm(p), g, p
    return g == p, g, p

