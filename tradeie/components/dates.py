"""Component ``tradeie_dates``: DATE spans resolved to periods.

Relative dates are anchored on ``doc._.tradeie_published``.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.components.base import GuardedComponent, score_span_group
from tradeie.extensions import COUNTRY, DATES, PUBLISHED, set_span_group
from tradeie.normalize.periods import PeriodFinder


class DateRecognizer(GuardedComponent):
    def __init__(self, nlp: Language, name: str = "tradeie_dates") -> None:
        self.name = name
        self.finder = PeriodFinder()

    def process(self, doc: Doc) -> Doc:
        published = doc._.get(PUBLISHED)
        anchor = date.fromisoformat(published) if published else None
        items = [
            (m.start, m.end, "DATE", {
                "value": m.value, "start_date": m.start_date, "end_date": m.end_date,
                "granularity": m.granularity, "relative": m.relative,
            })
            for m in self.finder.find(doc.text, anchor, doc._.get(COUNTRY))
        ]
        set_span_group(doc, DATES, items)
        return doc

    def score(self, examples, **kwargs):
        return score_span_group(examples, DATES)


@Language.factory("tradeie_dates", requires=["doc.spans"], assigns=["doc.spans"])
def make_date_recognizer(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer(nlp, name)
