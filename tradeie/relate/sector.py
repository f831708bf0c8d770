"""The industry an employment figure is restricted to (its ``product``; data: the
``employment_sectors`` section of models/product_cues.json). Words before an 'other' metric
are no product in general ("gold reserves"), but payroll releases name an industry in a few
fixed ways: "Employment in leisure and hospitality rose 174,000", "Government employment
rose by 344,000", "Manufacturing payrolls fell", "Retail trade added 249,000 jobs". Totals
("Total nonfarm payroll employment", "private payrolls") and economies ("U.S. employment")
name none."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from tradeie.patterns import phrase_pattern

_WORDS = r"[A-Za-z][\w'’&-]*(?:,?\s+[A-Za-z][\w'’&-]*){0,6}?"


@dataclass(frozen=True)
class SectorCues:
    head_in: re.Pattern[str]  # "Employment in X"
    before_head: re.Pattern[str]  # "X employment"
    added: re.Pattern[str]  # "X added 249,000 jobs" (on the clause's text before the figure)
    not_sectors: frozenset[str]
    job_units: frozenset[str]


@cache
def sector_cues() -> SectorCues:
    from tradeie.relate.cues import PRODUCT_CUES, validate_product_cues
    from tradeie.resources import read_json

    raw = validate_product_cues(read_json(PRODUCT_CUES))["employment_sectors"]
    heads = phrase_pattern(raw["heads"])
    return SectorCues(
        head_in=re.compile(rf"(?:the\s+)?(?:{heads})\s+in\s+(?:the\s+)?(?P<x>{_WORDS})",
                           re.IGNORECASE),
        before_head=re.compile(rf"(?:the\s+)?(?P<x>{_WORDS})\s+(?:{heads})", re.IGNORECASE),
        added=re.compile(
            rf"(?:^|[,;]\s*|\.\s+)(?:(?:and|while|but|whereas|as)\s+)?(?:the\s+)?"
            rf"(?P<x>{_WORDS})\s+"
            rf"(?:{phrase_pattern(raw['job_verbs'])})\s+(?:(?:about|some|nearly|roughly|an)\s+)?$",
            re.IGNORECASE),
        not_sectors=frozenset(w.lower() for w in raw["not_sectors"]),
        job_units=frozenset(w.lower() for w in raw["job_units"]),
    )


def employment_sectors(text: str, facts: list[dict[str, Any]],
                       units: dict[tuple[int, int], str | None],
                       economy: re.Pattern[str]) -> None:
    """Set the industry of each 'other' fact with no product whose final words
    (``metric_text``) or clause name one; ``units``: each figure's unit by its offsets."""
    for fact in facts:
        if fact["metric"] != "other" or fact.get("product") or not fact.get("sentence"):
            continue
        fig = tuple(fact["figure"])
        fact["product"] = _sector(text, fact, units.get(fig), economy)


def _sector(text: str, fact: dict[str, Any], unit: str | None,
            economy: re.Pattern[str]) -> str | None:
    c = sector_cues()
    words = " ".join((fact.get("metric_text") or "").split())
    found = c.head_in.fullmatch(words) or c.before_head.fullmatch(words)
    if found is None and (unit or "").lower() in c.job_units:
        lo = fact["sentence"][0]
        found = c.added.search(text[lo:fact["figure"][0]])
    if found is None:
        return None
    kept = found.group("x").split()
    while kept and kept[0].lower() in c.not_sectors:
        kept.pop(0)  # "Total nonfarm payroll employment": a total
    sector = " ".join(kept)
    if not sector or any(w.lower() in c.not_sectors for w in kept) or \
            economy.search(sector) or any(ch.isdigit() for ch in sector):
        return None
    return sector
