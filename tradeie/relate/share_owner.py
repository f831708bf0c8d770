"""The product that owns a share, written with a possessive before the figure: "the
manufacturing sector's share of exports was 95%, while agriculture, forestry and fishing's
share was 3.2%" (each figure its own owner).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from tradeie.relate.cues import cues

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker
    from tradeie.relate.sentence import SentenceIndex
    from tradeie.relate.view import Item

# "<owner>'s share [of exports] was|stood at|reached <figure>", the owner after an opener
_OWNER = re.compile(
    r"(?:^|[,;]\s*|\b(?:while|and|but|whereas|said|that|the)\s+)(?:the\s+)?"
    r"(?P<np>[A-Za-z][\w\-]*(?:,?\s+[A-Za-z][\w\-]*){0,5}?)['’]s\s+share"
    r"(?:\s+of\s+(?:total\s+|overall\s+)?[a-z]+)?\s+(?:was|is|were|stood\s+at|reached|came\s+to)"
    r"\s+(?:(?:about|around|some|nearly|almost|over)\s+)?$", re.IGNORECASE)
_OPENERS = frozenset({"while", "but", "whereas", "said", "says", "that", "the"})


def share_owner(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    text = linker.text
    i = bisect_left(s.fig_starts, fig.start)
    lo = s.figs[i - 1].end if i else s.bounds[0]
    if "share" not in text[lo:fig.start]:
        return _share_of(linker, fig, s)  # (most windows hold no share)
    m = _OWNER.search(text, lo, fig.start)
    if m is None:
        return _share_of(linker, fig, s)
    tokens = m.group("np").split()
    # the owner after the last word opening it: "said the manufacturing sector", "while
    # agriculture, forestry and fishing", "and mining and quarrying"
    cut = max((n + 1 for n, w in enumerate(tokens) if w.lower() in _OPENERS), default=0)
    tokens = tokens[cut:]
    while tokens and tokens[0].lower() in ("and", "or"):
        tokens.pop(0)
    np_ = " ".join(tokens)
    words = np_.replace(",", "").split()
    c = cues()
    if not words or words[0].lower() in c.products.not_product or \
            linker.c.economy.search(np_) or linker.dates_in(m.start("np"), m.end("np")):
        return None  # "China's share", "last year's share": no product
    return np_


# "the share of high-tech products was up by 0.1 percentage points to reach 3.4%": the goods
# a share is of, the subject of the sentence's verb (the last such share before the figure)
_SHARE_OF = re.compile(
    r"\bshare\s+of\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4}?)\s+(?:was|were|is|are|has|"
    r"have|had|rose|fell|increased|decreased|grew|dropped|stood|reached|climbed)\b")


def _share_of(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    text = linker.text
    if not s.lazy("share of", lambda: "share of" in s.text()):
        return None  # (most sentences hold none)
    found = list(_SHARE_OF.finditer(text, s.bounds[0], fig.start))
    if not found:
        return None
    m = found[-1]
    np_ = m.group("np")
    lo, hi = m.start("np"), m.end("np")
    c = cues()
    if np_.split()[0] in c.products.not_product or np_ in c.products.not_restricting or \
            linker.c.economy.search(np_) or linker.dates_in(lo, hi) or \
            any(x.end > lo and x.start < hi for x in s.mentions):
        return None  # "the share of exports in GDP": a metric, no goods
    return np_
