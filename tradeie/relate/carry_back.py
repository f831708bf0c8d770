"""A product carried across sentences by a back-reference: "Machinery and equipment made up
47.2% of imports. Imports of these products fell 43.1%", "... lower than such imports of
$121.7 billion", "Export earnings from leather were $1.2 billion. In this case, the export
has declined by 1.75 per cent", "Sales in the sector rose by CHF 3.3bn": the figure after the
back-reference measures the product of the figure of its metric before it, in its own
sentence or the one just before (a sentence between, with or without figures, may name
another product: nothing is carried over it). A sentence with no figure that opens with a
known product as its subject ("Chemicals and pharmaceuticals were the main drivers of
growth.") names the product for the sentence after it, whatever its metric. Within a
sentence, "oil, of which imports were up 17.4 per cent": the item before "of which".
"""

from __future__ import annotations

import re
from typing import Any

from tradeie.normalize.metrics import default_metric_finder

# a word that points back at an item named before: "these products", "such imports", "this
# category", "the sector"; "the export has" (singular: "the exports" is the generic flow)
_BACK = re.compile(
    r"(?<![\w-])(?:(?:these|those|such|this)\s+(?:products?|goods|items?|commodit(?:y|ies)"
    r"|sectors?|industr(?:y|ies)|categor(?:y|ies)|imports|exports|shipments)"
    r"|the\s+(?:sector|segment|category|industry)(?!\s+(?:that|which|of|for|in)\b)"
    r"|the\s+(?:export|import)(?=\s+(?:has|have|was|is|fell|rose|grew|declined|increased"
    r"|decreased|dropped)\b))(?![\w-])", re.IGNORECASE)
# the back-reference's own noun read as a product ("The sector accounted for 40.1%"): none
_BACK_NOUNS = frozenset({"sector", "sectors", "segment", "category", "industry", "product",
                         "products", "goods", "item", "items", "commodity", "commodities"})
_GOODS = re.compile(r"(?:products?|goods|items?|commodit(?:y|ies))$", re.IGNORECASE)
# "The rate" opening a sentence: the rate of the item of the sentence before (not "the rate of
# ...", which names its own; within a sentence "lifting the annual rate to 3.2%" is the whole's)
_RATE = re.compile(r"\s*(?:[A-Za-z]+(?:\s+[A-Za-z]+){0,2},\s+)?"
                   r"the\s+(?:annual\s+|monthly\s+)?rate"
                   r"(?!\s+(?:of|for|in|at)\b)(?![\w-])", re.IGNORECASE)


# "driven by oil, of which imports were up 17.4 per cent": the item before "of which" is the
# product of the flow named after it (searched with endpos at the figure)
_OF_WHICH = re.compile(
    r"(?P<np>[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z][A-Za-z'’\-]*){0,2}),\s+of\s+which\s+"
    r"(?:the\s+)?(?:imports|exports|shipments|sales|purchases)\s+(?:were|was|rose|fell|grew)"
    r"[^,;]{0,20}$")


def _of_which(text: str, lo: int, start: int) -> str | None:
    if text.find("of which", lo, start) < 0:
        return None  # (most sentences have none)
    m = _OF_WHICH.search(text, max(lo, start - 120), start)
    if m is None:
        return None
    known = default_metric_finder().products
    words = m.group("np").split()
    # the longest known product ending the phrase: "driven by crude oil" -> "crude oil"
    return next((" ".join(words[i:]) for i in range(len(words))
                 if " ".join(words[i:]).lower() in known), None)


# a figureless sentence's subject, then its verb: "Chemicals and pharmaceuticals were ..."
_SUBJECT = re.compile(r"\s*(?P<np>[A-Z][a-z'’\-]+(?:,?\s+(?:and\s+)?[a-z][a-z'’\-]+){0,4})\s+"
                      r"(?:were|was|are|is|remained|led|drove)\s")


class BackCarry:
    """The last figure with a product of its own, per metric, across a document's sentences
    (one instance per document, fed sentence by sentence in order)."""

    def __init__(self, sentences: list[tuple[int, int]]) -> None:
        self._index = {lo: n for n, (lo, _) in enumerate(sentences)}
        self._last: dict[str, tuple[int, str]] = {}  # metric -> (sentence number, product)

    def note(self, text: str, sent: tuple[int, int]) -> None:
        """A sentence with no figure: its subject when it is a known product."""
        n = self._index.get(sent[0])
        m = _SUBJECT.match(text, sent[0], sent[1]) if n is not None else None
        if m is None:
            return
        known = default_metric_finder().products
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("np").lower())
        if any(i in known for i in items):
            self._last["*"] = (n, m.group("np"))

    def apply(self, done: list[dict[str, Any]], text: str, sent: tuple[int, int]) -> None:
        n = self._index.get(sent[0])
        if n is None:
            return
        for f in done:
            if not f.get("product"):
                f["product"] = _of_which(text, sent[0], f["figure"][0])
        # (a back-reference is rare: most sentences have none)
        rate = _RATE.match(text, sent[0], sent[1]) is not None
        if not rate and _BACK.search(text, sent[0], sent[1]) is None:
            for f in done:
                if f.get("product"):
                    self._record(n, f)
            return
        lo = sent[0]
        for f in sorted(done, key=lambda f: f["figure"][0]):
            start = f["figure"][0]
            if f.get("product") and f["product"].lower() not in _BACK_NOUNS:
                self._record(n, f)
                lo = f["figure"][1]  # a back-reference after it points at it
                continue
            m = _BACK.search(text, lo, start)
            # "these products" names goods whatever the flow: "Exports of cars rose 5%. Imports
            # of these products fell 2%"; "the sector", "such imports" the same metric's
            keys = (f["metric"], "*", "any") if m is not None and _GOODS.search(m.group(0)) \
                else (f["metric"], "*")
            last = max((x for x in map(self._last.get, keys) if x is not None), default=None,
                       key=lambda x: x[0])
            if last is not None and last[0] >= n - 1 and (m is not None or (
                    rate and lo == sent[0] and last[0] == n - 1)):
                f["product"] = last[1]

    def _record(self, n: int, f: dict[str, Any]) -> None:
        self._last[f["metric"]] = self._last["any"] = (n, f["product"])
