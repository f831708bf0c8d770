"""Economies zipped with figures by "respectively" when they are the figures' reporters:
"Exports from the euro area and the EU-27 rose 2.1% and 1.8% respectively", "Malaysia and
Thailand posted export growth of 5.1% and 4.4% respectively". The reporter reading gives
every figure of the list the first economy; the economy at a figure's place in the list is
its own. (Partners listed so are zipped by relate.economy.)"""

from __future__ import annotations

import re
from typing import Any

# between two items of a coordinated list: "A, B and C", "x%, y% and z%"
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?|\s*,\s*")
# between the list's last figure and "respectively"
_TO_RESP = re.compile(r"[\s,]*")


def zip_reporters(facts: list[dict[str, Any]], linker: Any, s: Any) -> None:
    """Give each figure of a "respectively" list the economy at its place in the list of as
    many economies before it, when all of them read the first one as their reporter."""
    c, text = linker.c, linker.text
    resp = s.first(c.respectively)
    if resp is None:
        return
    run: list[Any] = []
    for f in reversed([f for f in s.figs if f.end <= resp.start()]):
        gap = text[f.end:run[-1].start] if run else None
        if run and not _LIST_GAP.fullmatch(gap):
            break
        if not run and not _TO_RESP.fullmatch(text, f.end, resp.start()):
            return
        run.append(f)
    run.reverse()
    if len(run) < 2:
        return
    named = list(c.economy.finditer(text, s.bounds[0], run[0].start))
    group: list[Any] = []
    for m in named:  # the last coordinated group of economies before the figures
        if group and _LIST_GAP.fullmatch(text, group[-1].end(), m.start()):
            group.append(m)
        else:
            group = [m]
    if len(group) != len(run):
        return
    codes = [c.economy_code(m.group("e")) for m in group]
    if None in codes or len(set(codes)) != len(codes):
        return
    by_key = {tuple(f["figure"]): f for f in facts}
    listed = [by_key.get((f.start, f.end)) for f in run]
    if any(f is None for f in listed):
        return
    # read as reporters: every figure took the first economy, or the list was read as
    # partners of a measure no economy trades ("Inflation in Germany, France and Italy")
    if not all(f["reporter"] == codes[0] for f in listed) and not all(
            not f["metric"].startswith("trade.") and f.get("partner") == code
            for f, code in zip(listed, codes, strict=True)):
        return
    for f, code in zip(listed, codes, strict=True):
        f["reporter"] = code
        if f.get("partner") in codes:
            f["partner"] = None  # (the list's economies are the reporters, no partners)
