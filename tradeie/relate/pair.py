"""Trade named by a pair of economies: "Saudi-Chinese trade hit SR400 billion", "China-Africa
trade reached $295.6 billion", "UAE-India non-oil trade": the first economy of the pair (or
the story's, when it is one of them) reports, the other is the partner, and the pair is no
product restriction."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from tradeie.normalize.metrics import MetricMention, default_metric_finder
from tradeie.patterns import flat_pattern

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker

TRADE = frozenset({"trade.total", "trade.exports", "trade.imports", "trade.surplus",
                   "trade.deficit"})


@cache
def _pair_before() -> re.Pattern[str]:
    """"A-B" (hyphen or dash) right before the metric's head, its scope words
    (metrics.json scope_words: "non-oil", "merchandise") aside."""
    scope = flat_pattern(sorted(default_metric_finder().scope), r"\s+")
    return re.compile(rf"(?<![\w-])(?P<a>[A-Z][\w.]*)\s?[-\u2013]\s?(?P<b>[A-Z][\w.]*)\s+"
                      rf"(?:(?i:{scope})\s+)*$")


def refine(linker: _Linker, mention: MetricMention, fact: dict[str, Any]) -> None:
    """Reporter and partner of a pair's trade; its product is not the pair."""
    if fact["metric"] not in TRADE:
        return
    m = _pair_before().search(linker.text, max(0, mention.head_start - 60), mention.head_start)
    if m is None:
        return
    economy = linker.c.economy
    a, b = economy.fullmatch(m.group("a")), economy.fullmatch(m.group("b"))
    if a is None or b is None:
        return
    first, second = linker.c.economy_code(a.group("e")), linker.c.economy_code(b.group("e"))
    if not first or not second or first == second:
        return
    if linker.country == second:
        first, second = second, first
    fact["reporter"], fact["partner"] = first, second
    names = (m.group("a").lower(), m.group("b").lower())
    if fact.get("product") and any(n in fact["product"].lower() for n in names):
        fact["product"] = None  # the pair read as a modifier, not "non-oil"
