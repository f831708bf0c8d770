"""What the figure finder returns (``FigureMatch``) and what it works on: a number being
read (``_Cand``), blocked spans, and the text with its reverse (``_Text``)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FigureMatch:
    start: int
    end: int
    text: str
    label: str  # MONEY, PERCENT or QUANTITY
    value: float
    unit: str | None
    qualifier: str | None = None
    value_max: float | None = None
    equivalent_of: int | None = None  # index (in the returned list) of the figure converted
    # money, percent, measure, count, multiple; with everything=True also duration, age and
    # number (a bare number, unit None)
    kind: str = "count"
    unit_text: str | None = None  # the unit as written: "$", "US$", "per cent", "mph"
    unit_name: str | None = None  # quantulum3-style name of a measure, duration or age unit
    raw_value: float | None = None  # as written, scale words applied, before unit factors
    per: str | None = None  # "barrel" in "$58 a barrel", "year" in "5 percent a year"
    direction: str | None = None  # up/down from a change word or sign right at the figure
    move_from: int | None = None  # index of the figure this one moved from ("from A to B")
    share_of: str | None = None  # "exports" in "a third of exports", "15 percent of trade"


@dataclass(slots=True)
class _Cand:
    """A number being read; mutable while its context is parsed."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float  # scaled, before unit factors
    number: float  # as written, unscaled
    source: str  # digits, word, a, fscale, vague, fraction, fold, numfrac, sci
    value_max: float | None = None
    scaled: bool = False
    scale: float = 1.0
    kind: str | None = None
    unit: str | None = None
    unit_text: str | None = None
    unit_name: str | None = None
    factor: float = 1.0
    loose: bool = False
    qualifier: str | None = None
    direction: str | None = None
    sign: str | None = None
    currency_text: str | None = None
    per: str | None = None
    share_of: str | None = None
    yearlike: bool = False
    named: bool = False  # right after a capitalised word: "Section 232", "Apple Watch 5"
    label_like: bool = False  # right after "No.", "aged", an index name
    glued: bool = False  # Latin letters glued before the digits: "A320", "x5", "1e309"
    after_rejected: bool = False  # "3888-2", "aged 18 to 34": joined to a dropped number
    score: bool = False
    cue_start: int = -1  # where the change word read by _read_left starts ("rose", "grow")
    move_from: _Cand | None = field(default=None, repr=False)


class _Spans:
    """Sorted, merged spans with a bisect overlap test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def hits(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, e - 1) - 1
        return i >= 0 and self.ends[i] > s


class _Text:
    """The text and its reverse: the words left of position ``j`` are read by an anchored
    ``pattern.match(rev, n - j)`` with a pattern written backwards (figure_lexicon)."""

    __slots__ = ("text", "rev", "n", "floor")

    def __init__(self, text: str) -> None:
        self.text, self.rev, self.n = text, text[::-1], len(text)
        self.floor = 0  # where the figure before ends: nothing left of it is read again

    def start_of(self, m: re.Match[str], group: int | str = 0) -> int:
        """Where a left match (or one of its groups) starts in the forward text."""
        return self.n - m.end(group)

    @staticmethod
    def word(m: re.Match[str], group: str) -> str:
        return m.group(group)[::-1]
