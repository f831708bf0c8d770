"""Items zipped with figures by "respectively": "imports of coal and natural gas increased
8.1 percent and 10.3 percent respectively to 220 million tons and 63.04 million tons" (each
item goes with the figure at its place in the list, and with the level listed at that place
right after "respectively")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tradeie.normalize.metrics import default_metric_finder
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker


def respective_item(linker: _Linker, fig: Item, s: SentenceIndex,
                    clean: Callable[[str], str | None]) -> str | None:
    """'imports of coal and natural gas increased 8.1 percent and 10.3 percent
    respectively': the coordinated products zipped with the figures; ``clean`` keeps an
    item's product words."""
    run = s.lazy("respective_run", lambda: _respective_run(linker, s, clean))
    if run is None or fig.key not in run[0]:
        return None
    figs, items = run
    return items[figs.index(fig.key)]


def _respective_run(linker: _Linker, s: SentenceIndex,
                    clean: Callable[[str], str | None]) -> tuple[list[Any], list[str]] | None:
    c, text = linker.c, linker.text
    resp = s.first(c.respectively)
    if resp is None:
        return None
    figs = [f for f in s.figs if f.end <= resp.start()]
    run: list[Item] = []
    for f in reversed(figs):
        if run and not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[f.end:run[-1].start]):
            break
        run.append(f)
    run.reverse()
    if len(run) < 2:
        return None
    # the coordination before the run: "coal and natural gas", "petroleum products,
    # fertilizers, and crude oil", closed by a verb, a metric wording or a comma
    lo = max(s.bounds[0], run[0].start - 160)
    window = text[lo:run[0].start]
    conj = list(re.finditer(r",?\s+and\s+", window))
    if not conj:
        return None
    last = conj[-1]
    tail = c.products.list_end.match(window, last.end())
    if tail is None:
        return None
    items = [tail.group(1)]
    head = window[:last.start()]
    # the items before "and": separated by commas, back to a word that opens the list
    parts = head.split(",")
    need = len(run) - 1
    if len(parts) < need:
        return None
    before = [p.strip() for p in parts[-need:]]
    first = re.match(r"(?:.*\b(?:of|in|for|from|on|the|and|with|by|but|while|whereas)\s+)?"
                     r"([A-Za-z][\w'’/&\-]*(?:\s+[A-Za-z][\w'’/&\-]*){0,3})$", before[0])
    if first is None:
        return None
    before[0] = first.group(1)
    items = before + items
    cleaned = [clean(i) for i in items]
    # "Exports and imports reached $32.1 billion and $28.4 billion respectively": items
    # that are metric wordings whole are metrics, no products
    if any(i is None or c.economy.search(i) or _is_metric(i) for i in cleaned):
        return None
    # "increased 8.1 percent and 10.3 percent respectively to 220 million tons and 63.04
    # million tons": the levels listed right after "respectively" zip with the same items
    later = _coordinated(text, [f for f in s.figs if f.start >= resp.end()], len(run))
    if later and _RESP_TO.fullmatch(text, resp.end(), later[0].start):
        run += later
        cleaned += cleaned
    return [f.key for f in run], cleaned


# between "respectively" and a second list of figures: "respectively to", ", reaching"
_RESP_TO = re.compile(r",?\s+(?:to|at|reaching|to\s+reach|totalling|totaling)\s+"
                      r"(?:(?:about|around|some|nearly|almost)\s+)?")


def _coordinated(text: str, figs: list[Item], size: int) -> list[Item]:
    """The first ``size`` figures of ``figs`` when they are coordinated ("A and B", "A, B
    and C"), else none."""
    run = figs[:size]
    if len(run) < size:
        return []
    for a, b in zip(run, run[1:], strict=False):
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[a.end:b.start]):
            return []
    return run


def _is_metric(item: str) -> bool:
    """Whether the words are one metric wording whole ("imports", "trade surplus")."""
    return any(x.start == 0 and x.end == len(item) and x.metric != "other"
               for x in default_metric_finder().find(item))
