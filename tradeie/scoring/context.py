"""The sentence around an error's span, shown under it in error listings."""

from __future__ import annotations

import re


def _one_line(text: str) -> str:
    return " ".join(text.split())


_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")
_CONTEXT_MAX = 300


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``start:end`` (roughly: a full stop followed by a
    capital or digit, or a blank line, ends one), on one line and at most ~300 characters."""
    lo = max(0, start - _CONTEXT_MAX)
    hi = min(len(text), end + _CONTEXT_MAX)
    # Up to ``end``: the lookahead must see the capital that opens the span's sentence.
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, end) if m.end() <= start]
    after = _SENTENCE_END.search(text, end, hi)
    s_start = before[-1] if before else lo
    s_end = after.end() if after else hi
    sentence = _one_line(text[s_start:s_end])
    if len(sentence) > _CONTEXT_MAX:
        # Keep the span in view: centre the window on it.
        mid = len(_one_line(text[s_start:start]))
        cut = max(0, mid - _CONTEXT_MAX // 2)
        sentence = ("…" if cut else "") + sentence[cut:cut + _CONTEXT_MAX] + "…"
    return sentence
