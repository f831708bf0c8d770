"""Component ``tradeie_figures``: MONEY, PERCENT and QUANTITY spans with normalised values."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.components.base import GuardedComponent, score_span_group
from tradeie.extensions import (
    COUNTRY,
    DATES,
    FIGURES,
    doc_text,
    group_stored,
    set_span_group,
)
from tradeie.normalize.figures import default_finder


class FigureRecognizer(GuardedComponent):
    """``everything=True`` also tags bare numbers, durations and ages (as QUANTITY with their
    ``kind``), as general quantity benchmarks such as NewsQuant count them; the default keeps
    to figures with a unit, which is what economic news needs."""

    def __init__(self, nlp: Language, name: str = "tradeie_figures",
                 everything: bool = False) -> None:
        super().__init__(nlp, name)
        self.everything = everything

    def _load_rules(self) -> None:
        self.finder = default_finder()

    def process(self, doc: Doc) -> Doc:
        # Dates run first: a number inside "the first 11 months of 2024" is not a figure.
        blocked = [(start, end) for _, start, end, _ in group_stored(doc, DATES)]
        matches = self.finder.find(doc_text(doc), blocked, everything=self.everything,
                                   country=doc._.get(COUNTRY))
        items = []
        for m in matches:
            attrs = {"value": m.value, "unit": m.unit, "qualifier": m.qualifier, "_kind": m.kind,
                     "_text": m.text}
            if m.value_max is not None:
                attrs["value_max"] = m.value_max
            if m.equivalent_of is not None:
                src = matches[m.equivalent_of]
                attrs["equivalent_of"] = [src.start, src.end]
            if m.move_from is not None:  # "from A to B": B moved from A
                src = matches[m.move_from]
                attrs["move_from"] = [src.start, src.end]
            if m.per:
                attrs["per"] = m.per  # "$58 a barrel"
            if self.everything:
                attrs["kind"] = m.kind
            items.append((m.start, m.end, m.label, attrs))
        set_span_group(doc, FIGURES, items)
        return doc

    def score(self, examples, **kwargs):
        return score_span_group(examples, FIGURES)


@Language.factory(
    "tradeie_figures", requires=["doc.spans"], assigns=["doc.spans"],
    default_config={"everything": False},
)
def make_figure_recognizer(nlp: Language, name: str, everything: bool) -> FigureRecognizer:
    return FigureRecognizer(nlp, name, everything)
