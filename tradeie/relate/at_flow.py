"""Amounts of a trade listed by flow with 'at', as the Romanian INS writes in English: "the
value of intra-EU27 trade in goods was 45.71 billion euros at exports and 58.66 billion euros
at imports". The flow after the amount is its metric; the trade the clause is about (before
the list) keeps its partner and reporter ("intra-EU27": partner EU; "Romania's trade with
China": reporter RO, partner CN), so the metric is read at that trade's words."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from tradeie.relate.metric_patterns import AT_FLOW

if TYPE_CHECKING:
    from tradeie.normalize.metrics import MetricMention
    from tradeie.relate.linker import _Linker
    from tradeie.relate.sentence import SentenceIndex
    from tradeie.relate.view import Item

_FLOWS = ("trade.exports", "trade.imports")


def at_flow_metric(linker: _Linker, fig: Item, s: SentenceIndex) -> MetricMention | None:
    """The flow written right after the amount with 'at', else None."""
    text, mentions = linker.text, s.mentions
    i = bisect_left(s.mention_starts, fig.end)
    if i >= len(mentions) or mentions[i].metric not in _FLOWS or \
            not AT_FLOW.fullmatch(text, fig.end, mentions[i].start):
        return None
    # the clause's trade mention before the figure, past the flows listed with 'at'
    k = bisect_left(s.mention_starts, fig.start) - 1
    while k >= 0 and mentions[k].metric in _FLOWS and \
            AT_FLOW.search(text, max(0, mentions[k].start - 5), mentions[k].start):
        k -= 1
    if k < 0 or mentions[k].metric != "trade.total" or \
            mentions[k].start < s.clause(fig.start)[0]:
        return mentions[i]
    subject = mentions[k]
    return replace(mentions[i], start=subject.start, end=subject.end,
                   head_start=subject.head_start, head_end=subject.head_end)
