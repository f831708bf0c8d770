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
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tradeie.normalize.periods.values import value_interval as _period_interval

__all__ = [
    "ENTITY_LABELS",
    "FACT_FIELDS",
    "FIGURE_LABELS",
    "EvalReport",
    "ErrorItem",
    "FieldAccuracy",
    "PRF",
    "evaluate",
    "group_key",
    "read_fixtures",
    "score",
]

FIGURE_LABELS = ("MONEY", "PERCENT", "QUANTITY")
ENTITY_LABELS = (*FIGURE_LABELS, "DATE", "AGENCY", "OFFICIAL")
FACT_FIELDS = (
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

# Relative tolerance for figure values (0.1 %); the absolute one only matters around 0,
# where a relative tolerance would demand bit-exact equality.
_REL_TOL = 1e-3
_ABS_TOL = 1e-9


# --------------------------------------------------------------------------- report types


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
        default_factory=lambda: {f: FieldAccuracy() for f in FACT_FIELDS}
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
        from rich.console import Console
        from rich.table import Table

        console = console or Console()
        prf_table = Table(title=f"Entities and facts ({self.docs} docs)")
        for col in ("", "tp", "fp", "fn", "P", "R", "F1"):
            prf_table.add_column(col, justify="left" if not col else "right")

        def prf_row(name: str, prf: PRF, end_section: bool = False) -> None:
            prf_table.add_row(
                name,
                str(prf.tp),
                str(prf.fp),
                str(prf.fn),
                f"{prf.precision:.1f}",
                f"{prf.recall:.1f}",
                f"{prf.f1:.1f}",
                end_section=end_section,
            )

        names = list(self.labels)
        for i, label in enumerate(names):
            prf_row(label, self.labels[label], end_section=i == len(names) - 1)
        prf_row("figures", self.figures)
        prf_row("facts", self.facts)
        prf_row("facts strict", self.facts_strict)
        console.print(prf_table)

        field_table = Table(title="Fact fields (over matched facts)")
        for col in ("field", "correct", "total", "accuracy"):
            field_table.add_column(col, justify="left" if col == "field" else "right")
        for name, acc in self.fields.items():
            field_table.add_row(name, str(acc.correct), str(acc.total), f"{acc.accuracy:.1f}")
        console.print(field_table)

        if self.by is not None:
            console.print(_group_table(self))

        if errors:
            _print_errors(console, self.errors)


# Columns of the per-group table: (heading, value of a group's report).
_GROUP_COLUMNS: tuple[tuple[str, Any], ...] = (
    ("docs", lambda r: str(r.docs)),
    ("facts", lambda r: str(r.facts.tp + r.facts.fn)),
    ("figs", lambda r: f"{r.figures.f1:.1f}"),
    ("DATE", lambda r: f"{r.labels['DATE'].f1:.1f}"),
    ("F1", lambda r: f"{r.facts.f1:.1f}"),
    ("strict", lambda r: f"{r.facts_strict.f1:.1f}"),
    ("period", lambda r: f"{r.fields['period'].accuracy:.1f}"),
    ("rep.", lambda r: f"{r.fields['reporter'].accuracy:.1f}"),
)


def _group_summary(rep: EvalReport) -> dict[str, Any]:
    return {
        "docs": rep.docs,
        "labels": {label: prf.to_dict() for label, prf in rep.labels.items()},
        "figures": rep.figures.to_dict(),
        "facts": rep.facts.to_dict(),
        "facts_strict": rep.facts_strict.to_dict(),
        "fields": {name: acc.to_dict() for name, acc in rep.fields.items()},
    }


def _group_table(report: EvalReport) -> Any:
    from rich import box
    from rich.table import Table

    table = Table(
        title=f"By {report.by}, worst facts F1 first: gold facts; F1 of figures, DATE, facts "
        "and strict facts; period and reporter accuracy",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column(report.by or "", no_wrap=True, overflow="ellipsis", max_width=18)
    for heading, _ in _GROUP_COLUMNS:
        table.add_column(heading, justify="right", no_wrap=True, min_width=5)
    ranked = sorted(report.groups.items(), key=lambda kv: (kv[1].facts.f1, kv[0]))
    for key, rep in ranked:
        table.add_row(_show(key), *(value(rep) for _, value in _GROUP_COLUMNS))
    return table


def _print_errors(console: Any, errors: Sequence[ErrorItem]) -> None:
    """One error a block, not a table: long spans and sentences stay readable at 80 columns."""
    console.print(f"[bold]Errors ({len(errors)})[/]")
    for err in errors:
        label = f"{err.label}.{err.field}" if err.field else err.label
        where = f" [{err.start}:{err.end}]" if err.start is not None else ""
        text = "-" if err.text is None else f'"{_show(_one_line(err.text))}"'
        console.print(
            f"{_show(err.doc_id)}  {err.kind} {label}  {text}{_show(where)}"
            f"  expected: {_show(err.expected)}  got: {_show(err.got)}",
            highlight=False,
        )
        if err.context:
            console.print(f"    [dim]{_show(err.context)}[/]", highlight=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _show(value: Any) -> str:
    # rich markup would eat "[...]" in fixture text, hence the escape.
    from rich.markup import escape

    return "-" if value is None else escape(str(value))


# --------------------------------------------------------------------------- fixtures


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


# --------------------------------------------------------------------------- periods

# Period values are read by the module that writes them (tradeie.normalize.periods.values:
# standard library only, no spaCy); ``value_interval`` (imported as ``_period_interval``)
# accepts every value that names calendar days, not only those the finder can write.


def _same_period(gold: Any, pred: Any) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = _period_interval(gold), _period_interval(pred)
    if g is None or p is None:  # not a contract format: fall back to the strings
        return str(gold).strip() == str(pred).strip()
    return g == p


# --------------------------------------------------------------------------- entity matching


def _norm(text: Any) -> Any:
    return " ".join(text.split()).casefold() if isinstance(text, str) else text


def _close(gold: Any, pred: Any) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    try:
        return math.isclose(float(gold), float(pred), rel_tol=_REL_TOL, abs_tol=_ABS_TOL)
    except (TypeError, ValueError):
        return False


def _overlap(a: dict, b: dict) -> int:
    """Characters shared by two spans; an empty span overlapping nothing gives 0."""
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _attrs_match(gold: dict, pred: dict) -> bool:
    """Do two same-label, overlapping entities agree on what gold states?"""
    label = gold["label"]
    if label in FIGURE_LABELS:
        if "value" in gold and not _close(gold["value"], pred.get("value")):
            return False
        if "value_max" in gold and not _close(gold["value_max"], pred.get("value_max")):
            return False
        if "unit" in gold:
            g, p = gold["unit"], pred.get("unit")
            if label == "QUANTITY":
                g, p = _norm(g), _norm(p)
            if g != p:
                return False
        return True
    if label == "DATE":
        return gold.get("value") is None or _same_period(gold["value"], pred.get("value"))
    if label == "AGENCY":
        name, acronym = gold.get("name"), gold.get("acronym")
        if name is None and acronym is None:
            return True
        return (name is not None and _norm(name) == _norm(pred.get("name"))) or (
            acronym is not None and acronym == pred.get("acronym")
        )
    if label == "OFFICIAL":
        return "name" not in gold or _norm_space(gold["name"]) == _norm_space(pred.get("name"))
    return True  # labels outside the contract: span and label alone


def _norm_space(text: Any) -> Any:
    return " ".join(text.split()) if isinstance(text, str) else text


def _greedy(pairs: Iterable[tuple[tuple, int, int]]) -> dict[int, int]:
    """One-to-one assignment gold index -> pred index, best key first."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _key, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


def _match_entities(gold: Sequence[dict], pred: Sequence[dict]) -> dict[int, int]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["label"] != p.get("label"):
                continue
            ov = _overlap(g, p)
            # Zero-width spans have no characters to share; they match on equal offsets.
            if (ov > 0 or (g["start"], g["end"]) == (p["start"], p["end"])) and _attrs_match(g, p):
                drift = abs(g["start"] - p["start"]) + abs(g["end"] - p["end"])
                pairs.append(((-ov, drift, gi, pi), gi, pi))
    return _greedy(pairs)


def _describe(ent: dict | None, ref: dict) -> str | None:
    """What an entity says, for error reports; label and span only where they differ from
    ``ref`` (the entity the error row is about)."""
    if ent is None:
        return None
    label = ent.get("label")
    if label in FIGURE_LABELS:
        desc = _num(ent.get("value"))
        if ent.get("value_max") is not None:
            desc += f"-{_num(ent['value_max'])}"
        desc += f" {ent.get('unit')}"
    elif label == "DATE":
        desc = _num(ent.get("value"))
    elif label == "AGENCY":
        desc = str(ent.get("name")) + (f" ({ent['acronym']})" if ent.get("acronym") else "")
    elif label == "OFFICIAL":
        desc = str(ent.get("name"))
    else:
        desc = ""
    if label != ref.get("label"):
        desc = f"{label} {desc}"
    if (ent.get("start"), ent.get("end")) != (ref.get("start"), ref.get("end")):
        desc += f" {ent.get('text')!r} [{ent.get('start')}:{ent.get('end')}]"
    return desc.strip()


def _num(value: Any) -> str:
    if value is None:
        return "null"
    return f"{value:.10g}" if isinstance(value, int | float) else str(value)


def _nearest(ent: dict, others: Sequence[dict]) -> dict | None:
    """The other-side entity overlapping ``ent`` most, same label preferred."""
    best, best_key = None, None
    for o in others:
        ov = _overlap(ent, o)
        if ov <= 0:
            continue
        key = (o.get("label") == ent["label"], ov)
        if best_key is None or key > best_key:
            best, best_key = o, key
    return best


# --------------------------------------------------------------------------- scoring


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


_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")
_CONTEXT_MAX = 300


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``start:end`` (roughly: a full stop followed by a
    capital or digit, or a blank line, ends one), on one line and at most ~300 characters."""
    lo = max(0, start - _CONTEXT_MAX)
    hi = min(len(text), end + _CONTEXT_MAX)
    # Up to ``end``: the lookahead must see the capital that opens the span's sentence.
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, end) if m.end() <= start]
    after = _SENTENCE_END.search(text, end, hi)
    s_start = before[-1] if before else lo
    s_end = after.end() if after else hi
    sentence = _one_line(text[s_start:s_end])
    if len(sentence) > _CONTEXT_MAX:
        # Keep the span in view: centre the window on it.
        mid = len(_one_line(text[s_start:start]))
        cut = max(0, mid - _CONTEXT_MAX // 2)
        sentence = ("…" if cut else "") + sentence[cut:cut + _CONTEXT_MAX] + "…"
    return sentence


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
        for name in FACT_FIELDS:
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


# --------------------------------------------------------------------------- entry point


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
