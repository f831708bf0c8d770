"""The goods of a passive flow verb, read around the figure that is its subject: "readymade
garment worth USD 46.99 billion was exported", "oil with a value in excess of 197 billion
kroner was exported", "109.6 billion cubic meters of natural gas were exported". Every
figure of the verb's clause ("..., which is 10.27 per cent more") takes those goods. Also the
goods written after an earnings wording: "Export earnings from leather goods were ...".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from tradeie.relate.cues import cues

if TYPE_CHECKING:
    from tradeie.normalize.metrics import MetricMention
    from tradeie.relate.linker import _Linker
    from tradeie.relate.sentence import SentenceIndex

_PASSIVE = re.compile(r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+[a-z]+ed",
                      re.IGNORECASE)
_WORDS = r"[A-Za-z][\w'’/&\-]*(?:\s+[A-Za-z][\w'’/&\-]*){0,5}"
# "<goods> worth|valued at|with a value of <figure>"
_WORTH = re.compile(rf"(?P<np>{_WORDS})\s+(?:worth|valued\s+at|with\s+an?\s+(?:total\s+)?"
                    r"value(?:\s+of)?)\s+(?:(?:about|some|over|nearly|almost|around)\s+)?$",
                    re.IGNORECASE)
# "<figure> of <goods>"
_OF_GOODS = re.compile(rf"\s+of\s+(?:the\s+)?(?P<np>{_WORDS})")
# the goods end before their route, period or a verb
_GOODS_END = re.compile(
    r",|\s+(?:from|to|in|into|with|for|at|by|on|during|worth|valued|was|were|had|have)\b")


def _product_words(words: list[str]) -> str | None:
    """The trailing run of words that are no function word, verb or scope word."""
    c = cues()
    stop = c.products.not_product | c.products.not_modifiers
    out: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if low in stop or low in c.direction_words:
            break
        out.insert(0, w)
    return " ".join(out) or None


def passive_goods(linker: _Linker, s: SentenceIndex, mention: MetricMention) -> str | None:
    """The goods a passive flow verb ("was exported") is about, or None."""
    text = linker.text
    if not (s.bounds[0] <= mention.start and _PASSIVE.fullmatch(mention.text)):
        return None
    i = bisect_left(s.fig_starts, mention.start)
    if not i:
        return None
    fig = s.figs[i - 1]  # the figure closest before the verb: its subject
    m = _OF_GOODS.match(text, fig.end, mention.start)
    if m is not None:
        np_ = _GOODS_END.split(m.group("np"), 1)[0]
        lo, words = m.start("np"), np_.split()
        found = " ".join(words) if words and words[0].lower() not in \
            cues().products.not_product else None
    else:
        m = _WORTH.search(text, max(s.bounds[0], fig.start - 80), fig.start)
        if m is None:
            return None
        found = _product_words(m.group("np").split())
        lo = m.end("np") - len(found or "")
    if found is None or found.lower() in linker.c.products.not_restricting or \
            linker.c.economy.search(found) or \
            linker.dates_in(lo, lo + len(found)) or linker.any_figure_in(lo, lo + len(found)):
        return None
    return found


# "Export earnings from leather goods were USD 1.22 billion": the goods earnings come from
_EARNINGS = re.compile(r"(?:earnings|revenues?|receipts|proceeds|income)$", re.IGNORECASE)
_FROM_GOODS = re.compile(rf"\s+from\s+(?:the\s+)?(?:export\s+of\s+)?(?P<np>{_WORDS})")


def earnings_goods(linker: _Linker, s: SentenceIndex, mention: MetricMention,
                   fig_start: int) -> str | None:
    """The goods of "earnings from <goods>" written right after a flow's earnings wording
    before the figure, or None."""
    text = linker.text
    if not _EARNINGS.search(text, mention.head_start, mention.head_end):
        return None
    m = _FROM_GOODS.match(text, mention.end, fig_start)
    if m is None:
        return None
    found = _product_words_ahead(_GOODS_END.split(m.group("np"), 1)[0].split())
    lo = m.start("np")
    if found is None or found.lower() in linker.c.products.not_restricting or \
            linker.c.economy.search(found) or linker.dates_in(lo, lo + len(found)):
        return None
    return found


def _product_words_ahead(words: list[str]) -> str | None:
    """The leading run of words up to a function word, verb or scope word."""
    c = cues()
    stop = c.products.not_product - c.products.inner
    out: list[str] = []
    for w in words:
        low = w.lower()
        if low in stop or low in c.direction_words:
            break
        out.append(w)
    while out and out[-1].lower() in c.products.inner:
        out.pop()
    return " ".join(out) or None
