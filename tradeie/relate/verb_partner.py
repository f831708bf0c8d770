"""The partner of a flow written as a verb with its amount right after it: "The U.S.
exported $54.9 billion worth of goods to China", "imported $539.68 billion worth of goods
from China". The partner words follow the amount, not the verb, so the mention's own
partner cue (``Cues.partner_after`` at the mention's end) does not see them."""

from __future__ import annotations

import re

from tradeie.relate.cues import Cues

_VERB_GAP = re.compile(r"\s{1,3}")  # "exported $54.9 billion": the amount right after the verb
_WRONG_SIDE = {("from", "trade.exports"), ("to", "trade.imports"), ("into", "trade.exports")}


def partner_after_amount(text: str, c: Cues, mention_end: int, mention_text: str,
                         metric: str, fig: tuple[int, int], sent_end: int) -> str | None:
    if metric not in ("trade.exports", "trade.imports") or \
            not mention_text.lower().endswith("ed") or \
            not _VERB_GAP.fullmatch(text, mention_end, fig[0]):
        return None
    m = c.partner_after.match(text[fig[1]:min(sent_end, fig[1] + 60)])
    if m is None or m.group("prep") in ("in", "along") or \
            (m.group("prep"), metric) in _WRONG_SIDE or \
            c.no_partner.match(text, fig[1] + m.start("e")):
        return None
    return c.economy_code(m.group("e"))
