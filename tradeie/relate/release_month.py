"""The month of a monthly release whose lead names a cumulative range first and then its
last month ("Between January and September, the index grew 1.4%, INEGI said. In September,
it fell 0.3%."): the story's period is the range (the first one named), but the paragraphs
after the lead that name no period are of the month, the release's. The sentences of the
lead's own paragraph keep the passage's period (the range's right after it), so this is
only for figures past the end of that paragraph; a month given as an aside ("In September
alone") leaves the range governing."""

from __future__ import annotations

import re
from typing import Any

from tradeie.relate.basis_link import d_usable
from tradeie.relate.scope import period_cues

RANGE_TO_MONTH = re.compile(r"\d{4}-\d{2}/(\d{4}-\d{2})")
_UNSET: Any = object()


def release_month(link: Any, at: int) -> str | None:
    """The release's month for a figure at ``at`` of a story whose lead names a range then
    its last month, else None (``link`` is the linker; computed once per document)."""
    found = link.__dict__.get("_release_month", _UNSET)
    if found is _UNSET:
        found = link.__dict__["_release_month"] = _find(link)
    if found is None:
        return None
    month, lead_end = found
    return month if at > lead_end else None


def _find(link: Any) -> tuple[str, int] | None:
    main = link.main_period
    m = RANGE_TO_MONTH.fullmatch(main or "")
    if m is None:
        return None
    text = link.text
    dates = [d for d in link.v.dates if d.attrs.get("value") and link.is_period_date(d)]
    lead = next((d for d in dates if d.attrs.get("value") == main), None)
    if lead is None:
        return None
    end = text.find("\n", lead.end)
    end = len(text) if end < 0 else end
    aside = period_cues().aside_after
    month = next((d for d in dates if lead.end <= d.start < end and d_usable(d)
                  and d.attrs.get("value") == m.group(1)), None)
    if month is None or aside.match(text, month.end) or end >= len(text):
        return None
    return m.group(1), end
