"""What every tradeie component shares: failures kept per document, and scoring for
nlp.evaluate() through tradeie's own scorer."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.training import Example

from tradeie.extensions import (
    AGENCIES,
    DATES,
    ERRORS,
    FIGURES,
    OFFICIALS,
    register,
    setup_pipe_worker,
)
from tradeie.resources import rule_files, use_models_dir, write_rule_files
from tradeie.scoring import PRF, EvalReport, score
from tradeie.textprep import use_tokenizer


class GuardedComponent:
    """Base of every tradeie component: a failure inside one document is recorded on the
    Doc (``doc._.tradeie_errors``) instead of raised, so a batch never loses the other
    documents, even across processes; the facade turns the record into an error."""

    name: str

    def __init__(self, nlp: Language, name: str) -> None:
        """What every component's constructor does first, then its own settings."""
        register()  # the Doc and Span extensions this pipeline uses (idempotent)
        use_tokenizer(nlp)  # nlp(text) prepares text as extract() does (idempotent)
        self.name = name
        self.load_rules()

    def __call__(self, doc):
        setup_pipe_worker()  # once per process: spaCy's n_process workers (see there)
        try:
            return self.process(doc)
        except Exception as err:  # noqa: BLE001 - reported on the Doc, see class docstring
            errors = list(doc._.get(ERRORS) or [])
            errors.append(f"{self.name}: {type(err).__name__}: {err}")
            doc._.set(ERRORS, errors)
            self.get_error_handler()(self.name, self, [doc], err)
            return doc

    # spaCy's error handling: nlp.set_error_handler(fn) sets it on every component. The
    # default only keeps the record above (the facade turns it into an error); the record is
    # kept whatever the handler, so extract() and extract_many() report it either way.
    def get_error_handler(self):
        return getattr(self, "_error_handler", record_only)

    def set_error_handler(self, error_handler) -> None:
        self._error_handler = error_handler

    def process(self, doc):  # pragma: no cover - overridden
        raise NotImplementedError

    # -- rule data: saved with the pipeline ------------------------------------------
    # Each component records the rule data (the whole models/ folder) it was built from and
    # writes it into its folder of a saved pipeline; loading such a pipeline rebuilds the
    # component from the saved files when they differ, so a pipeline saved with modified
    # rules works in a process without them. Rule data is read through process-wide caches,
    # so differing saved rules also become the process's rule data (use_models_dir): the
    # rest of tradeie, tradeie.extract included, then reads them too.

    def load_rules(self) -> None:
        """(Re)build what the component reads from rule data; constructors call it."""
        self.rules = rule_files()
        self._load_rules()

    def _load_rules(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        write_rule_files(Path(path) / RULES_FOLDER, self.rules)

    def from_disk(self, path, *, exclude: Iterable[str] = ()):
        folder = Path(path) / RULES_FOLDER
        if not folder.is_dir():  # saved without rules: keep the process's
            return self
        saved = rule_files(folder.resolve())
        if saved != self.rules:
            if saved != rule_files():
                use_models_dir(folder)
            self.load_rules()
        return self


def record_only(name: str, component: Any, docs: list, err: Exception) -> None:
    """tradeie's default error handler: the failure is already recorded on the Doc."""


RULES_FOLDER = "rules"  # inside a component's folder of a saved pipeline


# The entity labels each span group holds, for its component's score().
_GROUP_LABELS = {FIGURES: ("MONEY", "PERCENT", "QUANTITY"), DATES: ("DATE",),
                 AGENCIES: ("AGENCY",), OFFICIALS: ("OFFICIAL",)}


def score_span_group(examples: Iterable[Example], key: str) -> dict[str, Any]:
    """P/R/F (0-1, spaCy's scale) of the labels of one span group, overall and per label:
    the numbers ``tradeie evaluate`` gives, from the same scorer (tradeie.scoring)."""
    report = score_examples(examples)
    labels = _GROUP_LABELS[key]
    overall = sum((report.labels[label] for label in labels), PRF())
    return {
        f"{key}_p": overall.precision / 100,
        f"{key}_r": overall.recall / 100,
        f"{key}_f": overall.f1 / 100,
        f"{key}_per_type": {label: _prf_dict(report.labels[label]) for label in labels},
    }


def score_facts(examples: Iterable[Example]) -> dict[str, Any]:
    """Facts P/R/F (0-1) and strict facts F (period and reporter right too), as
    ``tradeie evaluate`` scores them."""
    report = score_examples(examples)
    return {
        "facts_p": report.facts.precision / 100,
        "facts_r": report.facts.recall / 100,
        "facts_f": report.facts.f1 / 100,
        "facts_strict_f": report.facts_strict.f1 / 100,
    }


def score_examples(examples: Iterable[Example]) -> EvalReport:
    """Score spaCy Examples with tradeie's scorer. The gold side is the fixture a reference
    Doc was built from (``fixture_to_doc`` keeps it, so only what the fixture states is
    scored); a reference Doc annotated some other way is converted like a prediction."""
    from tradeie.convert import FIXTURE_KEY, doc_to_extraction

    gold, pred = [], []
    for n, eg in enumerate(examples):
        doc_id = f"example-{n}"
        fixture = eg.reference.user_data.get(FIXTURE_KEY)
        if fixture is None:
            fixture = doc_to_extraction(eg.reference).to_dict()
        gold.append({**fixture, "id": doc_id, "text": eg.reference.text})
        pred.append({**doc_to_extraction(eg.predicted).to_dict(), "id": doc_id})
    return score(gold, pred)


def _prf_dict(prf: PRF) -> dict[str, float]:
    return {"p": prf.precision / 100, "r": prf.recall / 100, "f": prf.f1 / 100}
