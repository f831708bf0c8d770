"""The report of a scoring run: P/R/F1 counts, field accuracy, error items, per-group reports.

Percentages and empty-denominator conventions: see the package docstring (tradeie.scoring).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FIGURE_LABELS = ("MONEY", "PERCENT", "QUANTITY")
ENTITY_LABELS = (*FIGURE_LABELS, "DATE", "AGENCY", "OFFICIAL")
# The fact fields the scorer compares one by one on a matched fact pair (figure, metric and
# role decide the match itself).
SCORED_FACT_FIELDS = (
    "direction",
    "basis",
    "period",
    "reporter",
    "partner",
    "product",
    "modality",
    "source",
)

# The fields a "strict" fact match also needs right (where gold states them).
STRICT_FIELDS = ("period", "reporter")


def _pct(num: int, den: int) -> float:
    return 100.0 * num / den if den else 100.0


@dataclass
class PRF:
    """Counts of one scored category; precision/recall/f1 in percent (see module doc)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _pct(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _pct(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class FieldAccuracy:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return _pct(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {
            "correct": self.correct,
            "total": self.total,
            "accuracy": round(self.accuracy, 4),
        }


@dataclass
class ErrorItem:
    """One miss, spurious item or wrong fact field.

    ``kind``: ``missing`` | ``spurious`` | ``wrong_field``. ``label`` is the entity label, or
    ``FACT`` for facts (then ``field`` names the wrong field). ``text``/``start``/``end`` are
    those of the entity, or of the fact's figure. ``expected``/``got``: a short description
    (entities, facts; the nearest counterpart when there is one, else null) or the raw field
    value (wrong fields; for ``source`` the text of the entity the id points to).
    """

    doc_id: str
    kind: str
    label: str
    text: str | None
    start: int | None
    end: int | None
    expected: Any = None
    got: Any = None
    field: str | None = None
    context: str | None = None  # the gold text's sentence around the span

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "kind": self.kind,
            "label": self.label,
            "field": self.field,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "expected": self.expected,
            "got": self.got,
            "context": self.context,
        }


@dataclass
class EvalReport:
    labels: dict[str, PRF] = field(default_factory=lambda: {lb: PRF() for lb in ENTITY_LABELS})
    figures: PRF = field(default_factory=PRF)
    facts: PRF = field(default_factory=PRF)
    # A fact that also has its period and reporter right (where gold states them): what a
    # time series built from the facts needs.
    facts_strict: PRF = field(default_factory=PRF)
    fields: dict[str, FieldAccuracy] = field(
        default_factory=lambda: {f: FieldAccuracy() for f in SCORED_FACT_FIELDS}
    )
    errors: list[ErrorItem] = field(default_factory=list)
    docs: int = 0  # number of gold documents scored
    # Gold documents that had no prediction with their id (scored as all missed).
    unpredicted: list[str] = field(default_factory=list)
    # Gold documents with at least one entity or fact annotated.
    annotated_docs: int = 0
    # With ``score(..., by=FIELD)``: one report per value of that field, and the field.
    by: str | None = None
    groups: dict[str, EvalReport] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "docs": self.docs,
            "labels": {label: prf.to_dict() for label, prf in self.labels.items()},
            "figures": self.figures.to_dict(),
            "facts": self.facts.to_dict(),
            "facts_strict": self.facts_strict.to_dict(),
            "fields": {name: acc.to_dict() for name, acc in self.fields.items()},
            "errors": [err.to_dict() for err in self.errors],
        }
        if self.by is not None:
            out["by"] = self.by
            out["groups"] = {key: _group_summary(rep) for key, rep in self.groups.items()}
        return out

    def render(self, console: Any = None, errors: bool = False) -> None:
        """Print rich tables: P/R/F1 per label, figures and facts; field accuracy; the groups
        of ``by`` (worst facts F1 first); with ``errors``, every error with its sentence."""
        # Imported here: rendering needs rich, the report types do not.
        from tradeie.scoring.render import render_report

        render_report(self, console, errors)


def _group_summary(rep: EvalReport) -> dict[str, Any]:
    return {
        "docs": rep.docs,
        "labels": {label: prf.to_dict() for label, prf in rep.labels.items()},
        "figures": rep.figures.to_dict(),
        "facts": rep.facts.to_dict(),
        "facts_strict": rep.facts_strict.to_dict(),
        "fields": {name: acc.to_dict() for name, acc in rep.fields.items()},
    }

