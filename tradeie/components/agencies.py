"""Component ``tradeie_agencies``: AGENCY spans and the article's economy.

The economy goes to ``doc._.tradeie_country`` for the layers after it.

In a pipeline with a statistical NER (or anything else that sets ``doc.ents``) before it,
the ORG entities are extra evidence for AGENCY; the default blank pipeline has none, so
its results do not depend on this.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.components.base import GuardedComponent, score_span_group
from tradeie.extensions import AGENCIES, COUNTRY, doc_text, set_span_group
from tradeie.normalize.agencies import AgencyFinder, document_country

# OntoNotes labels (spaCy's English models) and WikiNER ones (PER, MISC: other languages).
ORG_LABELS = ("ORG",)
PERSON_LABELS = ("PERSON", "PER")
OTHER_NAME_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
                     "LAW", "LANGUAGE", "MISC")


def ner_upstream(nlp: Language) -> bool:
    """Whether the pipeline, as built so far, has a component that sets ``doc.ents`` (an
    ``ner``, an ``entity_ruler`` ...). tradeie's components are added after the user's, so
    this is what runs before them."""
    for name in nlp.component_names:
        if name == "ner":
            return True
        try:
            assigns = nlp.get_pipe_meta(name).assigns
        except (KeyError, ValueError):
            continue
        if "doc.ents" in assigns:
            return True
    return False


def ner_spans(doc: Doc, labels: Iterable[str]) -> list[tuple[int, int]] | None:
    """(start, end) char spans of the Doc's entities with these labels, or None when the Doc
    carries no NER annotation."""
    if not doc.has_annotation("ENT_IOB"):
        return None
    wanted = frozenset(labels)
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in wanted]


class AgencyRecognizer(GuardedComponent):
    def __init__(self, nlp: Language, name: str = "tradeie_agencies",
                 org_labels: Iterable[str] = ORG_LABELS) -> None:
        super().__init__(nlp, name)
        self.org_labels = tuple(org_labels)
        self.use_ner = ner_upstream(nlp)

    def _load_rules(self) -> None:
        self.finder = AgencyFinder()

    def process(self, doc: Doc) -> Doc:
        orgs = ner_spans(doc, self.org_labels) if self.use_ner else None
        text = doc_text(doc)  # joined once per Doc, not per component
        matches = self.finder.find(text, orgs)
        set_span_group(doc, AGENCIES, [
            (m.start, m.end, "AGENCY", {"name": m.name, "acronym": m.acronym, "country": m.country})
            for m in matches
        ])
        doc._.set(COUNTRY, document_country(matches, text))
        return doc

    def score(self, examples, **kwargs):
        return score_span_group(examples, AGENCIES)


@Language.factory("tradeie_agencies", assigns=["doc.spans"],
                  default_config={"org_labels": list(ORG_LABELS)})
def make_agency_recognizer(nlp: Language, name: str, org_labels: list[str]) -> AgencyRecognizer:
    return AgencyRecognizer(nlp, name, org_labels)
