"""The candidate record the agency finder passes between its steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class _Cand:
    start: int  # token indices, end exclusive
    end: int
    prio: int  # lower wins on equal length
    name: str = ""
    acronym: str | None = None
    country: str | None = None
    block: bool = False
    rows: list[tuple[int, str, str]] = field(default_factory=list)  # (row, type, surface)
    kind: str | None = None  # the gazetteer row's kind, when resolved to a row
