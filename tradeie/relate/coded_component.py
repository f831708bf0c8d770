"""Components of a statistical bulletin named with their bracketed codes, one clause each:
"Primary products (PP) decreased 42.5%; and fuels and energy (C&E), 5.2%; while manufactures
of industrial origin (MOI) increased 12.5%; and ... (MOA), 1.0%": a figure with no product
whose clause (after the last semicolon) opens with a phrase and its code measures that
phrase's item (not a product carried from an earlier clause); a gapped clause ("and ...
(MOA), 1.0%") has the direction of the one before.
"""

from __future__ import annotations

import re
from typing import Any

from tradeie.normalize.metrics import default_metric_finder

# the clause's opening phrase, its code, then a verb or the gapping comma, up to the figure
_CODED = re.compile(
    # ("imports were reduced capital goods (BK), 12.3%": the item after the clause's verb)
    # (no "\s*" before the lazy scan: with one, spaces backtrack quadratically)
    r"(?:[^;]*?\b(?:were|was)\s+(?:[a-z]+ed\s+)?|\s*(?:and|while|whereas|but)\s+|\s*)"
    r"(?:the\s+)?"
    r"(?P<np>[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z][A-Za-z'’\-]*){0,5})\s*"
    r"\((?P<code>[A-Z][a-z&/.\-]?[A-Z][A-Za-z&/.\-]{0,5})\)\s*"  # "(PP)", "(C&E)", "(CyL)"
    r"(?:(?P<gap>,)|(?:[a-z]+ed|rose|fell|grew|shrank)\b)"
    r"[^;,()]{0,30}$")


def coded_components(done: list[dict[str, Any]], text: str, sent: tuple[int, int],
                     flows: frozenset[str] | set[str]) -> None:
    # (a code in brackets before a semicolon is rare: most sentences have neither)
    if ";" not in text[sent[0]:sent[1]] or "(" not in text[sent[0]:sent[1]]:
        return
    before: dict[str, Any] | None = None
    for f in sorted(done, key=lambda f: f["figure"][0]):
        prev, before = before, f
        start = f["figure"][0]
        if f["metric"] not in flows:
            continue
        lo = max(sent[0], text.rfind(";", sent[0], start) + 1)
        if f.get("product") and f["product"].lower() in text[lo:start].lower():
            continue  # written in the figure's own clause
        m = _CODED.match(text, lo, start)
        if m is None:
            continue
        np_ = " ".join(m.group("np").split())
        if any(x.metric != "other" for x in default_metric_finder().find(np_)):
            continue  # "Exports of cereals (HS10) fell": the metric's own phrase, read there
        f["product"] = np_
        if m.group("gap") and prev is not None and prev.get("direction"):
            # "...; while MOI increased 12.5%; and MOA, 1.0%": the gapped clause's verb is the
            # clause's before
            f["direction"] = prev["direction"]
