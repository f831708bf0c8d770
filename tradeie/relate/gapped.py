"""The product a clause names as its own subject: a gapped clause ("exports of agricultural
products fell 3.9%, while industrial goods grew 10.9%": the second clause keeps the metric of
the first), or a subject with a relative clause between it and its verb ("E&E products,
which make up 40.2% of total exports, rose 15.3%": the metric is named inside the relative
clause). Only a known product (models/metrics.json "products") counts, so "while China grew
5%" or "while imports fell" name no product here."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from tradeie.normalize.metrics import MetricMention
from tradeie.relate.prefilters import EndsWithWord
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker

# the words a subject's verb may end with right before its figure (the last words of
# _GAPPED and _RELATIVE: most windows end otherwise, and are refused before the pattern runs)
_VERB_ENDS = ("ed", "grew", "rose", "fell", "shrank", "sank", "slid", "by", "about", "some")
# searched with endpos at the figure: a conjunction, the subject, its verb, the figure
_GAPPED = EndsWithWord(re.compile(
    r"(?:[,;]\s+(?:while|whereas|but|and|of\s+which)|(?<![\w-])(?:while|whereas|but)|[,;])"
    r"\s+(?:the\s+)?"
    # (an aside after the subject: "the FDI sector, including crude oil, earned")
    r"(?P<np>[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,2})(?:,\s+(?:including|excluding)\s+"
    r"[^,;.]{1,40},)?\s+"
    r"(?:[a-z]+ed|grew|rose|fell|shrank|sank|slid)\s+(?:by\s+)?(?:about\s+|some\s+)?$"),
    _VERB_ENDS)


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


_TO_GAP = re.compile(r"\s+to\s+")
# searched with endpos at the figure: the sentence's subject, ", which <...>,", its verb
# (every match holds "which" or "that": most windows of 160 characters hold neither)
_RELATIVE = EndsWithWord(re.compile(
    r"(?:\A|[.;:]\s+|\n)(?:the\s+)?(?P<np>[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,3}),\s+"
    r"(?:which|that)\s+(?:[^,.;]|\.\d){1,90},\s+"
    r"(?:[a-z]+ed|grew|rose|fell|shrank|sank|slid)\s+(?:by\s+)?(?:about\s+|some\s+)?$"),
    _VERB_ENDS, needs=("which", "that"))


def relative_subject_product(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    """The known product that is the subject of the figure's verb across a relative
    clause."""
    from tradeie.relate.product import _known

    at = fig.start
    i = bisect_left(s.fig_starts, fig.start)
    if i and _TO_GAP.fullmatch(linker.text, s.figs[i - 1].end, fig.start):
        at = s.figs[i - 1].start  # "rose 15.3% to $10 billion": the change's subject
    m = _RELATIVE.search(linker.text, max(s.bounds[0] - 2, at - 160, 0), at)
    return _known(m.group("np")) if m is not None else None


# "Private enterprises saw their imports and exports grow 8.7 percent": the owner of the
# metric is the clause's subject (searched with endpos at the metric's wording)
_OWNER_SAW = EndsWithWord(re.compile(
    r"(?:\A|[.;:,]\s+|\n|(?<![\w-])(?:while|whereas|and|but)\s+)(?:the\s+)?"
    r"(?P<np>[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,3})"
    # (past a relative clause set off by commas: "Private firms, which accounted for 55.5
    # percent of the total, saw their trade grow 8.8 percent")
    r"(?:,\s{1,3}(?:which|that|who)\s[^,;]{1,80},)?\s+"
    r"(?:saw|see|sees|had|has|have)\s+(?:their|its)\s+$"), ("their", "its"))
# "imports and exports by private enterprises", "foreign trade by state-owned firms": the
# firm type a flow is made by (tried from the longest run)
_BY_OWNER = re.compile(r"\s+by\s+(?:the\s+)?(?P<np>[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,3})")


def owner_product(linker: _Linker, fig: Item, s: SentenceIndex,
                  mention: MetricMention) -> str | None:
    """The known product (a firm type, a sector) that owns the figure's metric: the subject
    of "<owner> saw their <metric> grow", or the agent of "<metric> by <owner>"."""
    from tradeie.relate.product import _known

    if not s.bounds[0] <= mention.start < fig.start:
        return None
    m = _OWNER_SAW.search(linker.text, max(s.bounds[0] - 2, mention.start - 150, 0),
                          mention.start)
    if m is not None:
        return _known(m.group("np"))
    m = _BY_OWNER.match(linker.text, mention.end) if mention.metric in \
        linker.c.products.flows else None  # ("contribution to inflation by food": no flow)
    if m is None or m.end("np") > fig.start:
        return None
    words = m.group("np").split()
    for n in range(len(words), 0, -1):
        found = _known(" ".join(words[:n]))
        if found is not None:
            return found
    return None
