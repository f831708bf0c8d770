"""Component ``tradeie_metrics``: spans naming what is measured (exports, CPI, FDI, ...)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.components.base import GuardedComponent
from tradeie.extensions import METRICS, doc_text, set_span_group
from tradeie.normalize.metrics import default_metric_finder


class MetricTagger(GuardedComponent):
    def __init__(self, nlp: Language, name: str = "tradeie_metrics") -> None:
        super().__init__(nlp, name)

    def _load_rules(self) -> None:
        self.finder = default_metric_finder()

    def process(self, doc: Doc) -> Doc:
        set_span_group(doc, METRICS, [
            (m.start, m.end, m.metric, {
                "metric": m.metric, "product": m.product,
                "_head": [m.head_start, m.head_end],
            })
            for m in self.finder.find(doc_text(doc))
        ])
        return doc


@Language.factory("tradeie_metrics", assigns=["doc.spans"])
def make_metric_tagger(nlp: Language, name: str) -> MetricTagger:
    return MetricTagger(nlp, name)
