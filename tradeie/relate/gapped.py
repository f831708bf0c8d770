"""The product of a gapped clause: "exports of agricultural products fell 3.9%, while
industrial goods grew 10.9%" (the second clause keeps the metric of the first and names its
own product as its subject). Only a known product (models/metrics.json "products") counts,
so "while China grew 5%" or "while imports fell" name no product here."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from tradeie.normalize.metrics import MetricMention
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker

# searched with endpos at the figure: a conjunction, the subject, its verb, the figure
_GAPPED = re.compile(
    r"(?:[,;]\s+(?:while|whereas|but|and)|(?<![\w-])(?:while|whereas|but)|[,;])\s+"
    r"(?:the\s+)?"
    r"(?P<np>[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,2})\s+"
    r"(?:[a-z]+ed|grew|rose|fell|shrank|sank|slid)\s+(?:by\s+)?(?:about\s+|some\s+)?$")


def gapped_product(linker: _Linker, fig: Item, s: SentenceIndex,
                   mention: MetricMention) -> str | None:
    """The known product that is the subject of the figure's own clause, when the metric
    is named in an earlier clause (before that subject)."""
    from tradeie.relate.product import _known, _overlaps_mention

    m = _GAPPED.search(linker.text, max(s.bounds[0], fig.start - 60), fig.start)
    if m is None or mention.end > m.start("np") or mention.start < s.bounds[0]:
        return None
    i = bisect_left(s.fig_starts, m.start())
    if not i or m.start() - s.figs[i - 1].end > 30 or "respectively" in linker.text[
            fig.end:s.bounds[1]]:
        return None  # not right after a clause that closes on its figure; a list
    if _overlaps_mention(s, m.start("np"), m.end("np")):
        return None  # "while imports fell": a metric of its own
    return _known(m.group("np"))
