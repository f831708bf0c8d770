"""Component ``tradeie_relations``: facts in ``doc._.tradeie_facts`` and consistency checks."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from tradeie.components.base import GuardedComponent, score_facts
from tradeie.extensions import (
    AGENCIES,
    CHECKS,
    COUNTRY,
    DATES,
    FACTS,
    FIGURES,
    METRICS,
    OFFICIALS,
    PUBLISHED,
    doc_text,
    group_stored,
)
from tradeie.normalize.agencies.country import dateline_start
from tradeie.normalize.metrics import MetricMention
from tradeie.relate import heads
from tradeie.relate.checks import consistency_checks
from tradeie.relate.concept import describe_facts
from tradeie.relate.concept import words as concept_words
from tradeie.relate.cues import cues
from tradeie.relate.linker import link
from tradeie.relate.scope import period_cues
from tradeie.relate.sector import employment_sectors
from tradeie.relate.source_link import source_cues
from tradeie.relate.view import DocView, Item


def _items(doc: Doc, key: str) -> list[Item]:
    # (internal keys too: the linker reads _kind, _text and _head)
    out = [Item(start, end, label, dict(data))
           for label, start, end, data in group_stored(doc, key)]
    return sorted(out, key=lambda i: i.start)


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def _line_cuts(text: str) -> list[tuple[int, int]]:
    """Single line breaks that end a sentence: before a dateline that opens its line."""
    opening = dateline_start(text)
    return [(opening, opening)] if opening > 0 and text[opening - 1] == "\n" else []


def _sentences(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentence spans, also cut at blank lines and where the dateline opens a line: a headline
    or dateline line has no full stop, and the sentencizer would glue it to the lead sentence
    (a headline, or a headline and a byline, on the line before "NAIROBI, Feb 3 --")."""
    if doc.has_annotation("SENT_START"):
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        spans = [(0, len(text))]
    extra = _line_cuts(text)
    out = []
    for start, end in spans:
        cuts = [(g.start(), g.end()) for g in _BLANK_LINE.finditer(text, start, end)]
        inside = [(a, b) for a, b in extra if start < a < end]
        if inside:
            cuts = sorted({*cuts, *inside})
        for cut_start, cut_end in cuts:
            if cut_start < start:
                continue
            if cut_start > start:
                out.append((start, cut_start))
            start = cut_end
        if end > start:
            out.append((start, end))
    return out


def doc_view(doc: Doc) -> DocView:
    # Doc.text joins every token anew: read it once per document, never per sentence or
    # mention (that made a 100 KB article take 15 s and a 1 MB one half an hour)
    text = doc_text(doc)
    metrics = []
    for item in _items(doc, METRICS):
        head = item.attrs.get("_head") or [item.start, item.end]
        metrics.append(MetricMention(item.start, item.end, text[item.start:item.end],
                                     item.attrs["metric"], head[0], head[1],
                                     item.attrs.get("product")))
    return DocView(
        text=text, sentences=_sentences(doc, text), figures=_items(doc, FIGURES),
        dates=_items(doc, DATES), agencies=_items(doc, AGENCIES),
        officials=_items(doc, OFFICIALS), metrics=metrics, country=doc._.get(COUNTRY),
        published=doc._.get(PUBLISHED),
    )


def _with_concepts(view: DocView, facts: list[dict[str, Any]],
                   doc: Doc | None = None) -> list[dict[str, Any]]:
    """The linker's facts with what each measures and whose it is (``relate.concept``): an
    ``other`` fact the linker named by its unit alone gets the words of the text."""
    units = {f.key: f.attrs.get("unit") for f in view.figures}
    kinds = {f.key: f.attrs.get("_kind") for f in view.figures}
    for fact in facts:
        key = tuple(fact["figure"])
        if fact["metric"] == "other" and fact.get("metric_text") and \
                fact["metric_text"] == units.get(key):
            fact["_unit_text"] = True
            if kinds.get(key) != "count" or fact["metric_text"].lower() not in \
                    view.text[key[0]:key[1]].lower():
                # "percent" or "ppb" says nothing of what is measured; a count's noun does
                # ("21 free trade agreements") where it is written ("employment rose by
                # 3,800" counts jobs it does not name)
                fact["metric_text"] = None
    economy = cues().economy
    blocked = [i.key for i in (*view.dates, *view.agencies, *view.officials)]
    facts = describe_facts(view.text, facts, [f.key for f in view.figures],
                           lambda words: economy.search(words) is not None, blocked,
                           doc if doc is not None and doc.has_annotation("DEP") else None)
    employment_sectors(view.text, facts, units, economy)  # "Government employment rose"
    return facts


class RelationLinker(GuardedComponent):
    def __init__(self, nlp: Language, name: str = "tradeie_relations") -> None:
        super().__init__(nlp, name)

    def _load_rules(self) -> None:
        cues()  # load and validate relations.json / economies.json now, not at the first doc
        period_cues()  # and the period keys of relations.json
        source_cues()  # and the source_cues section of relations.json
        concept_words()  # and concepts.json
        heads.load()  # and the route_flows / economy_descriptions of metrics.json

    def process(self, doc: Doc) -> Doc:
        view = doc_view(doc)
        facts = _with_concepts(view, link(view), doc)  # a parse helps where there is one
        doc._.set(FACTS, facts)
        doc._.set(CHECKS, consistency_checks(facts, {f.key: f for f in view.figures}))
        return doc

    def score(self, examples: list[Example], **kwargs: Any) -> dict[str, Any]:
        """Facts P/R/F as ``tradeie evaluate`` scores them (figure, metric and role)."""
        return score_facts(examples)


@Language.factory("tradeie_relations", requires=["doc.spans"], assigns=["doc._.tradeie_facts"])
def make_relation_linker(nlp: Language, name: str) -> RelationLinker:
    return RelationLinker(nlp, name)
