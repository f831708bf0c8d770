"""Component ``tradeie_agencies``: AGENCY spans and the article's economy.

The economy goes to ``doc._.tradeie_country`` for the layers after it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.components.base import GuardedComponent, score_span_group
from tradeie.extensions import AGENCIES, COUNTRY, set_span_group
from tradeie.normalize.agencies import AgencyFinder, document_country


class AgencyRecognizer(GuardedComponent):
    def __init__(self, nlp: Language, name: str = "tradeie_agencies") -> None:
        self.name = name
        self.finder = AgencyFinder()

    def process(self, doc: Doc) -> Doc:
        matches = self.finder.find(doc.text)
        set_span_group(doc, AGENCIES, [
            (m.start, m.end, "AGENCY", {"name": m.name, "acronym": m.acronym, "country": m.country})
            for m in matches
        ])
        doc._.set(COUNTRY, document_country(matches, doc.text))
        return doc

    def score(self, examples, **kwargs):
        return score_span_group(examples, AGENCIES, ("name",))


@Language.factory("tradeie_agencies", assigns=["doc.spans"])
def make_agency_recognizer(nlp: Language, name: str) -> AgencyRecognizer:
    return AgencyRecognizer(nlp, name)
