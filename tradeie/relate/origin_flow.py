"""A partner's purchase of the reporter's goods: "These countries imported Norwegian crude oil
valued at 148 billion kroner" in a Norwegian story. The verb is the partners' import; the
goods are named as the reporter's own (its adjective right after the verb), so the figure is
the reporter's export."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from tradeie.normalize.metrics import MetricMention

_VERBS = frozenset({"imported", "bought", "purchased"})
_GAP = re.compile(r"\s+(?:the\s+)?")


def reporter_goods_bought(linker: Any, sent: tuple[int, int],
                          mentions: list[MetricMention]) -> list[MetricMention]:
    """The mentions, an import verb followed by the reporter's adjective made an export."""
    country, text, c = linker.country, linker.text, linker.c
    if country is None:
        return mentions
    out = mentions
    for k, x in enumerate(mentions):
        if x.metric != "trade.imports" or text[x.head_start:x.head_end].lower() not in _VERBS:
            continue
        gap = _GAP.match(text, x.head_end, sent[1])
        e = c.economy.match(text, gap.end()) if gap else None
        if e is None or e.group("poss") or c.economy_code(e.group("e")) != country:
            continue
        if out is mentions:
            out = list(mentions)
        out[k] = replace(x, metric="trade.exports")
    return out
