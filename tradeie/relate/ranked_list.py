"""Rankings of suppliers: "Russia ranked first among oil suppliers to China, followed by Saudi
Arabia (46.5 mln tons worth $28.3 bln), Iraq (29.5 mln tons ...)", "it ranked fifth after the
United States, which exported $46.4 billion worth of products to China, Taiwan with $44.4
billion, Australia with $39.1 billion". Each listed economy is a supplier of the ranking's
market: the reporter of its own export figures, with that market as partner."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker

# what makes a sentence a ranking of suppliers: "among oil suppliers to", "top exporters to",
# "ranked fifth after"
RANKING = re.compile(
    r"\b(?:suppliers?|exporters?|sellers?)\s+(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?to\b"
    r"|\branked\s+[\w-]+\s+after\b", re.IGNORECASE)
# the listed economy's own item reaches the figure: no bracket closes and no clause opens
# in between ("Iraq (29.5 mln tons worth $17 bln)", "Taiwan with $44.4 billion")
_ITEM_BREAK = re.compile(r"[);]")
_REACH = 80


def ranked_supplier(linker: _Linker, fig: Item, s: SentenceIndex, metric: str,
                    fact: dict[str, Any]) -> bool:
    """Set ``fact``'s reporter (the listed supplier) and partner (the market) for an export
    figure of a ranking of suppliers; True when done."""
    if metric != "trade.exports":
        return False
    text, c = linker.text, linker.c
    lo, hi = s.bounds
    frame = s.lazy("ranked_frame", lambda: RANKING.search(text, lo, hi))
    if frame is None or frame.start() > fig.start:
        return False
    market = s.lazy("ranked_market", lambda: _market(linker, frame.start(), hi))
    if market is None:
        return False
    owner = None
    for m in c.economy.finditer(text, max(frame.end(), fig.start - _REACH), fig.start):
        owner = m  # the last economy before the figure
    if owner is None or _ITEM_BREAK.search(text, owner.end(), fig.start):
        return False
    code = c.economy_code(owner.group("e"))
    if code == market or not c.can_report(code):
        return False
    fact["reporter"], fact["partner"] = code, market
    return True


def _market(linker: _Linker, lo: int, hi: int) -> str | None:
    """The economy the suppliers deliver to: the first "to <economy>" from the frame on."""
    for m in linker.c.partner_phrase.finditer(linker.text, lo, hi):
        if m.group("prep") == "to":
            return linker.c.economy_code(m.group("e"))
    return None
