"""The product of a figure whose metric is written as the total a subject led: "Imports of
cars led the increase in total imports, up 31 percent" (the cars' rise, not the total's),
"Machinery drove the decline in imports, down 5%"; and of one whose subject is ranked as a
product with the flow after "with": "Shrimp remained the main non-oil product, with sales of
USD 4.6 billion".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tradeie.normalize.metrics import default_metric_finder
from tradeie.relate.cues import cues

if TYPE_CHECKING:
    from collections.abc import Callable

    from tradeie.normalize.metrics import MetricMention
    from tradeie.relate.linker import _Linker
    from tradeie.relate.sentence import SentenceIndex

_NP = r"[A-Za-z][\w'’/&\-]*(?:,?\s+[A-Za-z][\w'’/&\-]*){0,7}"
_LED = re.compile(
    rf"(?P<np>{_NP})\s+(?:led|drove|fuell?ed|powered)\s+(?:the\s+)?"
    r"(?:increase|rise|growth|gain|jump|decline|decrease|fall|drop)\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:total|overall)\s+)?$", re.IGNORECASE)


def led_product(linker: _Linker, s: SentenceIndex, mention: MetricMention,
                as_written: Callable[[_Linker, MetricMention, str], str]) -> str | None:
    """The subject's product when ``mention`` is the total a subject led, else None;
    ``as_written`` writes a metric mention's product as the text does."""
    text = linker.text
    before = text[s.bounds[0]:mention.start] if mention.start >= s.bounds[0] else ""
    if not any(verb in before for verb in ("led", "drove", "powered", "fuel")):
        return None  # (most sentences have none of the verbs)
    m = _LED.search(text, max(s.bounds[0], mention.start - 120), mention.start)
    if m is None:
        return None
    lo, hi = m.start("np"), m.end("np")
    # the subject written with a metric word of its own: "Imports of cars"
    own = [x for x in s.mentions if lo <= x.start and x.end <= hi and x.product]
    if own:
        return as_written(linker, own[-1], own[-1].product)
    words = m.group("np").split()
    c = cues()
    stop = c.products.not_product | c.products.not_modifiers
    run: list[str] = []
    for w in reversed(words):
        if w.lower().rstrip(",") in stop or w.lower() in c.direction_words:
            break
        run.insert(0, w)
    found = " ".join(run).rstrip(",")
    start = hi - len(found)
    if not found or linker.c.economy.search(found) or linker.dates_in(start, hi) or \
            any(x.end > start and x.start < hi for x in s.mentions) or \
            found.lower() not in default_metric_finder().products:
        return None  # only goods the lexicon knows: "Strong demand led the rise" is a cause
    return found


# "Shrimp remained the main non-oil product, with sales of": the sentence's subject, a copula,
# a rank and a product noun, then "with" and at most a few words before the flow's wording
_RANKED = re.compile(
    r"[\s\"'“‘]*(?P<np>[A-Z][\w'’/&\-]*(?:\s+[a-z][\w'’/&\-]*){0,3})\s+"
    r"(?:was|were|is|are|remained|remains|stayed|stays|ranked\s+as)\s+(?:again\s+|also\s+)?"
    r"(?:the|its|their)\s+(?:(?:main|top|leading|largest|biggest|principal|first|second|third|"
    r"fourth|fifth)\s+)(?:[\w-]+\s+){0,2}?(?:export\s+)?(?:products?|exports?|items?|goods|"
    r"commodit(?:y|ies))\s*,?\s+with\s+(?:(?:its|their|total|an?)\s+)?$")


def ranked_product(linker: _Linker, s: SentenceIndex, mention: MetricMention) -> str | None:
    """The subject ranked as a product when ``mention`` (its flow) follows "with", else
    None: "Shrimp remained the main non-oil product, with sales of USD 4.6 billion"."""
    text = linker.text
    if not s.bounds[0] <= mention.start < s.bounds[1] or "with" not in \
            text[s.bounds[0]:mention.start]:
        return None
    m = _RANKED.fullmatch(text, s.bounds[0], mention.start)
    if m is None:
        return None
    found, lo = m.group("np"), m.start("np")
    if linker.c.economy.search(found) or linker.dates_in(lo, m.end("np")) or \
            any(x.end > lo and x.start < m.end("np") for x in s.mentions):
        return None  # "China was the top buyer, with purchases of": a partner, not a good
    return found
