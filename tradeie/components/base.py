"""What every tradeie component shares: span scoring for nlp.evaluate()."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.scorer import PRFScore
from spacy.training import Example

from tradeie.extensions import ERRORS, SPAN_ATTRS, span_bounds


class GuardedComponent:
    """Base of every tradeie component: a failure inside one document is recorded on the
    Doc (``doc._.tradeie_errors``) instead of raised, so a batch never loses the other
    documents, even across processes; the facade turns the record into an error."""

    name: str

    def __call__(self, doc):
        try:
            return self.process(doc)
        except Exception as err:  # noqa: BLE001 - reported on the Doc, see class docstring
            errors = list(doc._.get(ERRORS) or [])
            errors.append(f"{self.name}: {type(err).__name__}: {err}")
            doc._.set(ERRORS, errors)
            return doc

    def process(self, doc):  # pragma: no cover - overridden
        raise NotImplementedError


def score_span_group(
    examples: Iterable[Example], key: str, match_attrs: tuple[str, ...] = ()
) -> dict[str, Any]:
    """P/R/F per label over a span group, with the contract's matching: overlapping spans,
    same label, and equal normalised attributes (``match_attrs``) where gold states them.

    Gold spans come from ``example.reference.spans[key]`` with attrs in ``span._.tradeie``.
    """
    totals: dict[str, PRFScore] = {}
    overall = PRFScore()
    for eg in examples:
        gold = list(eg.reference.spans.get(key, []))
        pred = list(eg.predicted.spans.get(key, []))
        used: set[int] = set()
        for g in gold:
            score = totals.setdefault(g.label_, PRFScore())
            hit = None
            for i, p in enumerate(pred):
                if i in used or p.label_ != g.label_:
                    continue
                if _overlap(span_bounds(g), span_bounds(p)) and _attrs_agree(g, p, match_attrs):
                    hit = i
                    break
            if hit is None:
                score.fn += 1
                overall.fn += 1
            else:
                used.add(hit)
                score.tp += 1
                overall.tp += 1
        for i, p in enumerate(pred):
            if i not in used:
                totals.setdefault(p.label_, PRFScore()).fp += 1
                overall.fp += 1
    return {
        f"{key}_p": overall.precision,
        f"{key}_r": overall.recall,
        f"{key}_f": overall.fscore,
        f"{key}_per_type": {label: s.to_dict() for label, s in totals.items()},
    }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _attrs_agree(gold, pred, names: tuple[str, ...]) -> bool:
    g = gold._.get(SPAN_ATTRS) or {}
    p = pred._.get(SPAN_ATTRS) or {}
    for name in names:
        if name not in g or g[name] is None:
            continue
        gv, pv = g[name], p.get(name)
        if isinstance(gv, float | int) and isinstance(pv, float | int):
            if abs(gv - pv) > 1e-3 * max(abs(gv), 1e-9):
                return False
        elif isinstance(gv, str) and isinstance(pv, str):
            if gv.lower() != pv.lower():
                return False
        elif gv != pv:
            return False
    return True
