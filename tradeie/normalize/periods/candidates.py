"""The finder's records: the public ``PeriodMatch``, and the candidate, context and
family records the grammar and handlers pass around."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from tradeie.normalize.periods.fiscal import _Cal
from tradeie.normalize.periods.ops import _Op
from tradeie.normalize.periods.values import _P


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    start: int  # char offset into the input text
    end: int  # exclusive; text[start:end] == self.text always
    text: str
    value: str | None  # normalised period: "2024", "2024-12", "2024-Q4", "2024-01/2024-11", ...
    start_date: str | None  # ISO date, inclusive
    end_date: str | None  # ISO date, inclusive
    granularity: str | None  # day, week, month, quarter, half, year, range (None if no value)
    relative: bool  # the resolution depended on `published` or on another period


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    period: _P | None
    relative: bool
    op: _Op | None = None
    rank: int = 0
    fallback: _P | None = None  # a back-reference's value when no period governs it
    fq: int = 0  # a quarter named without its year ("second quarter"): its number
    fh: int = 0  # the same for a half ("the first half")
    fq_named: bool = False  # a quarter named as a quarter of a fiscal year ("Q2 FY25")


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    low: str  # text lower-cased, same offsets: every pattern runs on it (IGNORECASE is 10x slower)
    pub: date | None
    cal: _Cal
    southern: bool = False  # the story's economy is in the southern hemisphere (seasons)
    country: str | None = None  # the story's economy (ISO alpha-2, upper case): local months


@dataclass(frozen=True, slots=True)
class _Family:
    name: str
    rx: re.Pattern[str]
    handler: Callable[[re.Match[str], _Ctx], _Cand | None]


Spec = tuple[Any, ...]
