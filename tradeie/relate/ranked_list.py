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
# "Canada ranked No. 2 for trade with the U.S. in June at $64.3 billion, and China ranked
# third at $45.4 billion": the ranked economy's own trade with the market (a total only: in
# "The US ranked second, with imports rising 7.9%" the ranked economy is the partner)
RANKED_AT = re.compile(
    r"\s+(?:was\s+|is\s+)?(?:ranked|ranks|placed|came(?:\s+in)?)\s+(?:No\.\s*\d+|number\s+\w+|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE)


def ranked_supplier(linker: _Linker, fig: Item, s: SentenceIndex, metric: str,
                    fact: dict[str, Any]) -> bool:
    """Set ``fact``'s reporter (the listed supplier) and partner (the market) for an export
    figure of a ranking of suppliers; True when done."""
    if metric == "trade.total" and _ranked_at(linker, fig, s, fact):
        return True
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


def _ranked_at(linker: _Linker, fig: Item, s: SentenceIndex, fact: dict[str, Any]) -> bool:
    """"China ranked third at $45.4 billion": the ranked economy reports the figure, with the
    market the sentence trades with ("for trade with the U.S.") as partner."""
    text, c = linker.text, linker.c
    lo, hi = s.bounds
    if "rank" not in text[lo:hi].lower() and "came" not in text[lo:hi].lower() and \
            "placed" not in text[lo:hi].lower():
        return False
    owner = None
    for m in c.economy.finditer(text, max(lo, fig.start - _REACH), fig.start):
        ranked = RANKED_AT.match(text, m.end())
        if ranked is not None and not _ITEM_BREAK.search(text, ranked.end(), fig.start) and \
                not any(ranked.end() <= f.start < fig.start for f in linker.v.figures):
            owner = m
    if owner is None:
        return False
    code = c.economy_code(owner.group("e"))
    if not c.can_report(code):
        return False
    market = next((c.economy_code(m.group("e")) for m in c.partner_phrase.finditer(text, lo, hi)
                   if m.group("prep") in ("with", "to") and
                   c.economy_code(m.group("e")) != code), None)
    fact["reporter"] = code
    if market is not None or fact.get("partner") == code:
        fact["partner"] = market
    return True
