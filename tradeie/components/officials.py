"""Component ``tradeie_officials``: OFFICIAL spans (person names tied to a public title)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.components.base import GuardedComponent, score_span_group
from tradeie.extensions import AGENCIES, OFFICIALS, SPAN_ATTRS, set_span_group, span_bounds
from tradeie.normalize.agencies import AgencyMatch
from tradeie.normalize.officials import OfficialFinder


class OfficialRecognizer(GuardedComponent):
    def __init__(self, nlp: Language, name: str = "tradeie_officials") -> None:
        self.name = name
        self.finder = OfficialFinder()

    def process(self, doc: Doc) -> Doc:
        agencies = []
        for span in doc.spans.get(AGENCIES, []):
            start, end = span_bounds(span)
            attrs = span._.get(SPAN_ATTRS) or {}
            agencies.append(AgencyMatch(start, end, doc.text[start:end], attrs.get("name", ""),
                                        attrs.get("acronym"), attrs.get("country", "")))
        items = []
        for m in self.finder.find(doc.text, agencies):
            agency = agencies[m.agency] if m.agency is not None else None
            items.append((m.start, m.end, "OFFICIAL", {
                "name": m.name, "title": m.title,
                "agency": [agency.start, agency.end] if agency else None,
            }))
        set_span_group(doc, OFFICIALS, items)
        return doc

    def score(self, examples, **kwargs):
        return score_span_group(examples, OFFICIALS, ("name",))


@Language.factory("tradeie_officials", requires=["doc.spans"], assigns=["doc.spans"])
def make_official_recognizer(nlp: Language, name: str) -> OfficialRecognizer:
    return OfficialRecognizer(nlp, name)
