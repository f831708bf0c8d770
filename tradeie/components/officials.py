"""Component ``tradeie_officials``: OFFICIAL spans (person names tied to a public title).

After a statistical NER (see ``tradeie.components.agencies.ner_upstream``) its PERSON
entities are extra evidence for names and its other name entities (ORG, GPE ...) veto them.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.components.agencies import OTHER_NAME_LABELS, PERSON_LABELS, ner_spans, ner_upstream
from tradeie.components.base import GuardedComponent, score_span_group
from tradeie.extensions import (
    AGENCIES,
    OFFICIALS,
    doc_text,
    group_stored,
    set_span_group,
)
from tradeie.normalize.agencies import AgencyMatch, text_tokens
from tradeie.normalize.agencies import lexicon as agency_lexicon
from tradeie.normalize.officials import OfficialFinder


class OfficialRecognizer(GuardedComponent):
    def __init__(self, nlp: Language, name: str = "tradeie_officials",
                 person_labels: Iterable[str] = PERSON_LABELS,
                 other_labels: Iterable[str] = OTHER_NAME_LABELS) -> None:
        super().__init__(nlp, name)
        self.person_labels = tuple(person_labels)
        self.other_labels = tuple(other_labels)
        self.use_ner = ner_upstream(nlp)

    def _load_rules(self) -> None:
        self.finder = OfficialFinder()

    def process(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # joined once per Doc, not per component
        agencies = []
        for _, start, end, attrs in group_stored(doc, AGENCIES):
            agencies.append(AgencyMatch(start, end, text[start:end], attrs.get("name", ""),
                                        attrs.get("acronym"), attrs.get("country", "")))
        persons = others = None
        if self.use_ner:
            persons = ner_spans(doc, self.person_labels)
            others = ner_spans(doc, self.other_labels)
        items = []
        for m in self.finder.find(text, agencies, persons, others):
            agency = agencies[m.agency] if m.agency is not None else None
            items.append((m.start, m.end, "OFFICIAL", {
                "name": m.name, "title": m.title,
                "agency": [agency.start, agency.end] if agency else None,
            }))
        set_span_group(doc, OFFICIALS, items)
        # the word tokens the agency and official finders shared, and the gazetteer hits
        # over them (about 40 MB for a 1 MB text), serve no later component: freed here,
        # before the relation linker's peak, not documents later
        text_tokens.cache_clear()
        agency_lexicon._lexicon_hits.cache_clear()
        return doc

    def score(self, examples, **kwargs):
        return score_span_group(examples, OFFICIALS)


@Language.factory("tradeie_officials", requires=["doc.spans"], assigns=["doc.spans"],
                  default_config={"person_labels": list(PERSON_LABELS),
                                  "other_labels": list(OTHER_NAME_LABELS)})
def make_official_recognizer(nlp: Language, name: str, person_labels: list[str],
                             other_labels: list[str]) -> OfficialRecognizer:
    return OfficialRecognizer(nlp, name, person_labels, other_labels)
