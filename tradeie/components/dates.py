"""Component ``tradeie_dates``: DATE spans resolved to periods.

Relative dates are anchored on ``doc._.tradeie_published``, or, for a document without
one, on the component's ``published`` setting (``config={"published": "2025-01-13"}``),
which is then set on the document for the components after it.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.components.base import GuardedComponent, score_span_group
from tradeie.extensions import (
    COUNTRY,
    DATES,
    OFFICIALS,
    PUBLISHED,
    doc_text,
    set_span_group,
    span_bounds,
)
from tradeie.normalize.periods import PeriodFinder


class DateRecognizer(GuardedComponent):
    def __init__(self, nlp: Language, name: str = "tradeie_dates",
                 published: str | None = None) -> None:
        from tradeie.api import parse_published

        super().__init__(nlp, name)
        self.published = parse_published(published)  # a bad date fails here, named

    def _load_rules(self) -> None:
        self.finder = PeriodFinder()

    def process(self, doc: Doc) -> Doc:
        from tradeie.api import parse_published

        # any date form a user may set (ISO is the fast path); stored back as ISO
        published = parse_published(doc._.get(PUBLISHED)) or self.published
        doc._.set(PUBLISHED, published)
        anchor = date.fromisoformat(published) if published else None
        items = [
            (m.start, m.end, "DATE", {
                "value": m.value, "start_date": m.start_date, "end_date": m.end_date,
                "granularity": m.granularity, "relative": m.relative,
            })
            for m in self.finder.find(doc_text(doc), anchor, doc._.get(COUNTRY),
                                      [span_bounds(s) for s in doc.spans.get(OFFICIALS, [])])
        ]
        set_span_group(doc, DATES, items)
        return doc

    def score(self, examples, **kwargs):
        return score_span_group(examples, DATES)


@Language.factory("tradeie_dates", requires=["doc.spans"], assigns=["doc.spans"],
                  default_config={"published": None})
def make_date_recognizer(nlp: Language, name: str, published: str | None) -> DateRecognizer:
    return DateRecognizer(nlp, name, published)
