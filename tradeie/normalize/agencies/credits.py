"""Credit lines ("Source: NBS", bylines, photo credits): spans where a body named is a source,
not a fact of the story.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from tradeie.resources import (
    read_lines,
)

CREDIT_MARKERS = "credit_markers.txt"


@cache
def _credit_re() -> re.Pattern[str]:
    by, colon = [], []
    for marker in read_lines(CREDIT_MARKERS):
        words = r"[ \t]+".join(re.escape(w) for w in marker.split())
        (by if marker.lower().endswith(" by") else colon).append(words)
    alts = []
    if colon:
        alts.append(r"(?:" + "|".join(sorted(colon, key=len, reverse=True)) + r")[ \t]*[:\uff1a]")
    if by:
        alts.append(r"(?:" + "|".join(sorted(by, key=len, reverse=True)) + r")[ \t]+(?=[A-Z])")
    # The credit runs to the closing parenthesis or the end of the line; consuming it in
    # the match keeps finditer linear.
    # It opens with a literal character class so the engine skips ahead quickly; callers
    # put a "\n" before the text to catch a credit on the first line.
    return re.compile(r"[(\[\n][ \t]*(?=[A-Za-z])(?:" + "|".join(alts) + r")[^)\n]*",
                      re.IGNORECASE)


_BYLINE_RE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n]{0,100}$", re.MULTILINE)
_BYLINE_WORD_RE = re.compile(r"[^\s,]+")
_PHOTO_CREDIT_RE = re.compile(r"\((?:[A-Z][\w .'\-]{0,30})/[^()\n]{1,60}\)")


@lru_cache(maxsize=2)
def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of editor/photo/reporter credits and bylines (no agencies, no
    officials inside), sorted and merged."""
    # offsets in "\n" + text are one more; the opening character is not part of the credit
    spans = [(m.start(), m.end() - 1) for m in _credit_re().finditer("\n" + text)]
    for m in _BYLINE_RE.finditer(text):
        words = _BYLINE_WORD_RE.findall(m.group()[m.group().index("By") + 2:])
        if words and all(w[0].isupper() or w in ("and", "&") for w in words) \
                and not m.group().rstrip().endswith("."):
            spans.append(m.span())
    spans.extend(m.span() for m in _PHOTO_CREDIT_RE.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans."""
    k = bisect.bisect_right(spans, (end, -1)) - 1  # last span starting before end
    return k >= 0 and spans[k][1] > start
