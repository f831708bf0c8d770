"""The entry point: read gold and predictions (or run the pipeline) and score them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tradeie.scoring.fixtures import _read_predictions, read_fixtures
from tradeie.scoring.report import ErrorItem, EvalReport
from tradeie.scoring.scorer import score


def evaluate(
    gold: str | Path | list[dict],
    predictions: str | Path | list[dict] | None = None,
    nlp: Any = None,
    by: str | None = None,
) -> EvalReport:
    """Score predictions (a JSONL path or dicts) against gold (a JSONL path or dicts).

    With ``predictions=None`` the pipeline is run on each gold doc's text and ``published``
    (``tradeie.extract``; ``nlp``, when given, is passed through to it as ``nlp=``). With
    ``by`` (``"doc"``, ``"reporter"`` or a top-level field of the fixtures) the report also
    has one report per group (``report.groups``).
    """
    gold_docs = read_fixtures(gold) if isinstance(gold, str | Path) else list(gold)
    if by is not None and by not in ("doc", "reporter") and not any(by in d for d in gold_docs):
        raise ValueError(f"--by {by}: no fixture document has a top-level field {by!r} "
                         "(use doc, reporter or a field of the records)")
    if predictions is None:
        import tradeie  # lazy: the scorer itself must not need spaCy

        # extract_many: a document the pipeline fails on is scored as an empty prediction
        # (all its gold items become misses) and listed, instead of stopping the evaluation.
        records = [{"id": d["id"], "text": d["text"], "published": d.get("published")}
                   for d in gold_docs]
        pred_docs, failures = [], []
        for doc, res in zip(gold_docs, tradeie.extract_many(records, nlp=nlp), strict=True):
            out = res.to_dict()
            if res.error:
                out.update(entities=[], facts=[])
                failures.append(ErrorItem(doc["id"], "pipeline_error", "-", res.error, 0, 0))
            pred_docs.append({**out, "id": doc["id"], "text": doc["text"]})
        report = score(gold_docs, pred_docs, by=by)
        report.errors[:0] = failures
        return report
    elif isinstance(predictions, str | Path):
        pred_docs = _read_predictions(Path(predictions))
    else:
        pred_docs = list(predictions)
    return score(gold_docs, pred_docs, by=by)

