"""Score predicted extractions against annotated fixtures (spec: "Annotated fixtures (JSONL)").

Everything here works on the contract's plain JSON dicts, so fixtures, stored scraper output and
live ``tradeie.extract(...).to_dict()`` results are scored the same way. The pipeline is imported
only when :func:`evaluate` has to run it.

Conventions (fixed here, relied on by tests and reports):

* Precision, recall, F1 and accuracy are percentages (0-100). An empty denominator counts as
  perfect: precision is 100 when nothing was predicted, recall is 100 when there was nothing to
  find, accuracy is 100 when nothing was scored. F1 is 0 when precision + recall is 0. So an
  empty prediction has precision 100, recall 0, F1 0.
* Only what the gold fixture states is scored: a gold doc may restrict the entity labels it
  annotates with ``"annotated": [...]`` (predictions of other labels are then ignored, and so
  are facts on figures of other labels); a doc without a ``"facts"`` key has no facts scored;
  an entity or fact attribute absent from gold is not compared, one present with null is
  (null must be predicted) -- except a DATE's null ``value``, which matches on span alone.
* Matching is one-to-one and greedy: candidate pairs are taken by largest overlap first.

Modules, one job each: ``report`` (labels, field names and the report types), ``render`` (rich
tables of a report), ``fixtures`` (reading and checking gold and prediction files), ``match``
(entity matching and value comparison), ``context`` (the sentence around an error),
``scorer`` (:func:`score`: entities, facts and fields of paired documents) and ``runner``
(:func:`evaluate`).
"""

from __future__ import annotations

from tradeie.normalize.periods.values import value_interval as _period_interval
from tradeie.scoring.context import _sentence_around
from tradeie.scoring.fixtures import read_fixtures
from tradeie.scoring.report import (
    ENTITY_LABELS,
    FIGURE_LABELS,
    PRF,
    SCORED_FACT_FIELDS,
    STRICT_FIELDS,
    ErrorItem,
    EvalReport,
    FieldAccuracy,
)
from tradeie.scoring.runner import evaluate
from tradeie.scoring.scorer import group_key, score

# The old name of SCORED_FACT_FIELDS (bench/scores.py imports it); not the contract's fact
# fields, which are tradeie.schema.FACT_FIELDS.
FACT_FIELDS = SCORED_FACT_FIELDS

__all__ = [
    "ENTITY_LABELS",
    "FACT_FIELDS",
    "FIGURE_LABELS",
    "SCORED_FACT_FIELDS",
    "STRICT_FIELDS",
    "EvalReport",
    "ErrorItem",
    "FieldAccuracy",
    "PRF",
    "_period_interval",
    "_sentence_around",
    "evaluate",
    "group_key",
    "read_fixtures",
    "score",
]
