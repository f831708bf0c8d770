"""The tolerance band of a target: "3% plus or minus one percentage point", "with a tolerance
range of 1.5 percentage points". Such a figure is no move of the metric the target is of: it
is the half-width of the band, metric ``other`` with the band's words as ``metric_text``,
a ``level`` and a ``target``, with the period and source of the target before it (as the
real corpus annotates "a tolerance band of 2 percent on
either side" of India's CPI target). The cue words are relations.json ``tolerance_cues``."""

from __future__ import annotations

from re import Pattern
from typing import Any


def tolerance_bands(facts: list[dict[str, Any]], text: str, cues: Pattern[str]) -> None:
    """Make each fact whose figure follows a tolerance cue (a few words apart, in its
    clause) the band of a target."""
    target: dict[str, Any] | None = None  # the target the band is of: its period
    for f in facts:
        if f.get("modality") == "target":
            target = f
        start = f["figure"][0]
        found = list(cues.finditer(text, max(0, start - 45), start))
        m = found[-1] if found else None  # the last cue before the figure
        if m is None or any(c in text[m.end():start] for c in ".;") or \
                len(text[m.end():start].split()) > 3:
            continue
        f.update(metric="other", metric_text=m.group(0) if not m.group(0).lower().endswith(" or")
                 else m.group(0) + text[start:].split()[0], role="level", direction=None,
                 basis=None, modality="target", product=None)
        # the band is of the target before it: its period and source (none without one: a
        # standing band, "tasked to maintain the CPI at 4%, with a tolerance band of 2%")
        if target is not None and target is not f:
            f["period"], f["source"] = target["period"], target["source"]
        else:
            f["period"] = f["source"] = None
        f.pop("of_growth_rate", None)
