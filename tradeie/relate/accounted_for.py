"""Flows written after their share of the turnover: "$5.9 billion, or 41.9% of the turnover
accounted for imports, $8.2 billion, or 58.1% for exports". The share is of the turnover, but
the flow it measures is the one named after 'accounted for' (or after a bare 'for' that
repeats it), and so is the amount that the share restates (", or")."""

from __future__ import annotations

import re
from typing import Any

# "<pct> of the (foreign trade) turnover accounted for imports"
_ACCOUNTED = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:turnover|trade|total)\s+"
    r"(?:accounted|accounts|account|was\s+accounted)\s+for\s+(?P<flow>imports|exports)(?![\w-])",
    re.IGNORECASE)
# the repeated item: "<amount>, or <pct> for exports"
_ELIDED = re.compile(r"\s+for\s+(?P<flow>imports|exports)(?![\w-])", re.IGNORECASE)
_OR = re.compile(r"\s*,\s*or\s+")
_FLOWS = {"imports": "trade.imports", "exports": "trade.exports"}


def flow_accounted_for(done: list[dict[str, Any]], text: str, units: dict[Any, Any]) -> None:
    """Give shares followed by 'of the turnover accounted for <flow>' (and the ones after
    them with a bare 'for <flow>') that flow, and the amount each restates."""
    seen = False
    for k, f in enumerate(done):
        if units.get(tuple(f["figure"])) != "percent" or f.get("role") != "share":
            continue
        end = f["figure"][1]
        m = _ACCOUNTED.match(text, end) or (_ELIDED.match(text, end) if seen else None)
        if m is None:
            continue
        seen = True
        metric = _FLOWS[m.group("flow").lower()]
        span = [m.start("flow"), m.end("flow")]
        f.update(metric=metric, metric_text=m.group("flow"), mention=span)
        if k and _OR.fullmatch(text, done[k - 1]["figure"][1], f["figure"][0]):
            done[k - 1].update(metric=metric, metric_text=m.group("flow"), mention=span)
