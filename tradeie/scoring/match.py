"""Matching of entities (one-to-one, greedy, largest overlap first) and value comparison."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from tradeie.normalize.periods.values import value_interval as _period_interval
from tradeie.scoring.report import FIGURE_LABELS

# Relative tolerance for figure values (0.1 %); the absolute one only matters around 0,
# where a relative tolerance would demand bit-exact equality.
_REL_TOL = 1e-3
_ABS_TOL = 1e-9

# Period values are read by the module that writes them (tradeie.normalize.periods.values:
# standard library only, no spaCy); ``value_interval`` (imported as ``_period_interval``)
# accepts every value that names calendar days, not only those the finder can write.


def _same_period(gold: Any, pred: Any) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = _period_interval(gold), _period_interval(pred)
    if g is None or p is None:  # not a contract format: fall back to the strings
        return str(gold).strip() == str(pred).strip()
    return g == p


# --------------------------------------------------------------------------- entity matching


def _norm(text: Any) -> Any:
    return " ".join(text.split()).casefold() if isinstance(text, str) else text


def _close(gold: Any, pred: Any) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    try:
        return math.isclose(float(gold), float(pred), rel_tol=_REL_TOL, abs_tol=_ABS_TOL)
    except (TypeError, ValueError):
        return False


def _overlap(a: dict, b: dict) -> int:
    """Characters shared by two spans; an empty span overlapping nothing gives 0."""
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _attrs_match(gold: dict, pred: dict) -> bool:
    """Do two same-label, overlapping entities agree on what gold states?"""
    label = gold["label"]
    if label in FIGURE_LABELS:
        if "value" in gold and not _close(gold["value"], pred.get("value")):
            return False
        if "value_max" in gold and not _close(gold["value_max"], pred.get("value_max")):
            return False
        if "unit" in gold:
            g, p = gold["unit"], pred.get("unit")
            if label == "QUANTITY":
                g, p = _norm(g), _norm(p)
            if g != p:
                return False
        return True
    if label == "DATE":
        return gold.get("value") is None or _same_period(gold["value"], pred.get("value"))
    if label == "AGENCY":
        name, acronym = gold.get("name"), gold.get("acronym")
        if name is None and acronym is None:
            return True
        return (name is not None and _norm(name) == _norm(pred.get("name"))) or (
            acronym is not None and acronym == pred.get("acronym")
        )
    if label == "OFFICIAL":
        return "name" not in gold or _norm_space(gold["name"]) == _norm_space(pred.get("name"))
    return True  # labels outside the contract: span and label alone


def _norm_space(text: Any) -> Any:
    return " ".join(text.split()) if isinstance(text, str) else text


def _greedy(pairs: Iterable[tuple[tuple, int, int]]) -> dict[int, int]:
    """One-to-one assignment gold index -> pred index, best key first."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _key, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


def _match_entities(gold: Sequence[dict], pred: Sequence[dict]) -> dict[int, int]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["label"] != p.get("label"):
                continue
            ov = _overlap(g, p)
            # Zero-width spans have no characters to share; they match on equal offsets.
            if (ov > 0 or (g["start"], g["end"]) == (p["start"], p["end"])) and _attrs_match(g, p):
                drift = abs(g["start"] - p["start"]) + abs(g["end"] - p["end"])
                pairs.append(((-ov, drift, gi, pi), gi, pi))
    return _greedy(pairs)


def _describe(ent: dict | None, ref: dict) -> str | None:
    """What an entity says, for error reports; label and span only where they differ from
    ``ref`` (the entity the error row is about)."""
    if ent is None:
        return None
    label = ent.get("label")
    if label in FIGURE_LABELS:
        desc = _num(ent.get("value"))
        if ent.get("value_max") is not None:
            desc += f"-{_num(ent['value_max'])}"
        desc += f" {ent.get('unit')}"
    elif label == "DATE":
        desc = _num(ent.get("value"))
    elif label == "AGENCY":
        desc = str(ent.get("name")) + (f" ({ent['acronym']})" if ent.get("acronym") else "")
    elif label == "OFFICIAL":
        desc = str(ent.get("name"))
    else:
        desc = ""
    if label != ref.get("label"):
        desc = f"{label} {desc}"
    if (ent.get("start"), ent.get("end")) != (ref.get("start"), ref.get("end")):
        desc += f" {ent.get('text')!r} [{ent.get('start')}:{ent.get('end')}]"
    return desc.strip()


def _num(value: Any) -> str:
    if value is None:
        return "null"
    return f"{value:.10g}" if isinstance(value, int | float) else str(value)


def _nearest(ent: dict, others: Sequence[dict]) -> dict | None:
    """The other-side entity overlapping ``ent`` most, same label preferred."""
    best, best_key = None, None
    for o in others:
        ov = _overlap(ent, o)
        if ov <= 0:
            continue
        key = (o.get("label") == ent["label"], ov)
        if best_key is None or key > best_key:
            best, best_key = o, key
    return best

