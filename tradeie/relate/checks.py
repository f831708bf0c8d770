"""Consistency checks over one document's facts.

A disagreement is information for the reader (journalists find errors this way), never a
reason to change a figure. Figures are referenced by their [start, end] offsets here; the
facade turns them into entity ids.
"""

from __future__ import annotations

import re
from typing import Any

from tradeie.relate.view import Item

# Each figure is rounded as printed; allow the sum of the half-units of the last digits.
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _rounding(fig: Item) -> float:
    """Half a unit of the last printed digit, scaled like the value ('25.45 trillion' -> 5e9)."""
    m = _NUMBER.search(fig.attrs.get("_text", "")) if fig.attrs.get("_text") else None
    value = abs(fig.attrs.get("value") or 0.0)
    if not m:
        return value * 0.005
    number = float(m.group(0).replace(",", "")) or 1.0
    decimals = len(m.group(1) or "")
    return 0.5 * 10 ** (-decimals) * value / number


def consistency_checks(
    facts: list[dict[str, Any]], figures: dict[tuple[int, int], Item]
) -> list[dict[str, Any]]:
    checks: list[dict[str, Any]] = []
    levels: dict[tuple, dict[str, tuple[dict, Item]]] = {}
    for fact in facts:
        fig = figures.get(tuple(fact["figure"]))
        if fig is None or fig.label != "MONEY" or fact["role"] != "level":
            continue
        if fact.get("modality") != "actual" or fact.get("equivalent_of"):
            continue
        key = (fact.get("period"), fact.get("reporter"), fact.get("partner"),
               fact.get("product"), fig.attrs.get("unit"))
        levels.setdefault(key, {}).setdefault(fact["metric"], (fact, fig))

    for group in levels.values():
        exp, imp, tot = (group.get(m) for m in ("trade.exports", "trade.imports", "trade.total"))
        if exp and imp and tot:
            checks.append(_compare("exports + imports = total", [exp, imp, tot],
                                   exp[1].attrs["value"] + imp[1].attrs["value"],
                                   tot[1].attrs["value"]))
        for metric, sign in (("trade.surplus", 1), ("trade.deficit", -1)):
            bal = group.get(metric)
            if exp and imp and bal:
                balance = sign * (exp[1].attrs["value"] - imp[1].attrs["value"])
                name = "exports - imports = surplus" if sign > 0 else "imports - exports = deficit"
                checks.append(_compare(name, [exp, imp, bal], balance, bal[1].attrs["value"]))

    by_metric: dict[tuple, list[tuple[dict, Item]]] = {}
    for fact in facts:
        fig = figures.get(tuple(fact["figure"]))
        if fig is None or fact.get("modality") != "actual" or fact.get("equivalent_of"):
            continue
        key = (fact["metric"], fact.get("period"), fact.get("reporter"), fact.get("partner"),
               fact.get("product"))
        by_metric.setdefault(key, []).append((fact, fig))
    for pairs in by_metric.values():
        level = next(
            ((f, g) for f, g in pairs if f["role"] == "level" and g.label == "MONEY"), None
        )
        change = next(((f, g) for f, g in pairs if f["role"] == "change" and g.label == "PERCENT"
                       and g.attrs.get("unit") == "percent" and not f.get("of_growth_rate")), None)
        if level and change:
            pct = change[1].attrs["value"] * (-1 if change[0]["direction"] == "down"
                                              and change[1].attrs["value"] > 0 else 1)
            if pct > -100:
                previous = level[1].attrs["value"] / (1 + pct / 100)
                checks.append({
                    "check": "level and change imply the previous level",
                    "figures": [level[0]["figure"], change[0]["figure"]],
                    "implied": _tidy(previous), "unit": level[1].attrs.get("unit"),
                    "agrees": None,
                })

    for fact in facts:
        src = fact.get("equivalent_of")
        if not src:
            continue
        a, b = figures.get(tuple(src)), figures.get(tuple(fact["figure"]))
        if a and b and a.attrs.get("value") and b.attrs.get("value"):
            checks.append({
                "check": "currency conversion implies an exchange rate",
                "figures": [list(src), fact["figure"]],
                "implied": _tidy(a.attrs["value"] / b.attrs["value"]),
                "unit": f"{a.attrs.get('unit')} per {b.attrs.get('unit')}",
                "agrees": None,
            })
    return checks


def _compare(name: str, parts: list[tuple[dict, Item]], computed: float, stated: float) -> dict:
    tolerance = sum(_rounding(fig) for _, fig in parts)
    return {
        "check": name,
        "figures": [fact["figure"] for fact, _ in parts],
        "computed": _tidy(computed),
        "stated": _tidy(stated),
        "difference": _tidy(computed - stated),
        "tolerance": _tidy(tolerance),
        "agrees": abs(computed - stated) <= tolerance,
        "unit": parts[-1][1].attrs.get("unit"),
    }


def _tidy(value: float) -> float:
    return float(f"{value:.6g}")
