"""Word tokens of a text and phrase tables over them: the layer shared by the agency and
official finders (one tokenisation per text, one dict lookup per token).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate
from typing import Any

# Words (with inner '&', '-', apostrophes: "DGCI&S", "Sang-mok", "Xi'an"), dotted
# abbreviations ("U.S."), a possessive "'s" as its own token, commas and ampersands.
# Each alternative consumes distinct characters, so matching is linear.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}|\w+(?:[&\-]\w+)*(?:['\u2019](?![sS]\b)\w+)*|['\u2019][sS]\b|[,&]"
)
# split() with one capture group gives [gap, token, gap, token, ..., gap] in linear time
_SPLIT_RE = re.compile("(" + _TOKEN_RE.pattern + ")")
# From this many characters TextTokens keeps one str per distinct word (memory, see there).
SHARED_WORDS_CHARS = 50_000
_BREAK_CHARS = frozenset(".!?;:()[]{}\"\u201c\u201d|/")
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})  # a dash set off by blanks ends a clause


def _norm_key(tok: str) -> str:
    key = tok.replace("\u2019", "'")
    if "." in key:  # "U.S." and "US" are the same key
        key = key.replace(".", "")
    return "and" if key == "&" else key


class TextTokens:
    """Word tokens of a text with the facts every rule asks about them."""

    __slots__ = ("text", "n", "starts", "ends", "words", "keys", "lows", "cap", "joined",
                 "spaced")

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _SPLIT_RE.split(text)  # runs in C, unlike a Python loop over matches
        gaps, words = parts[0:-1:2], parts[1::2]
        n = len(words)
        offsets = list(accumulate(map(len, parts), initial=0))  # offsets[j]: start of part j
        self.starts, self.ends = offsets[1::2][:n], offsets[2::2][:n]
        del parts
        if len(text) < SHARED_WORDS_CHARS:
            keys = [w if w.isalnum() else _norm_key(w) for w in words]
            lows = list(map(str.lower, keys))
        else:
            # Keys and lower-case forms worked out once per distinct word, one str object
            # per distinct word, key and lower-case form: a 1 MB text has ~180,000 tokens of
            # ~20,000 words (agencies' peak 51 -> 35 MB). The same values: slower on an
            # article (a dict per list), so only for long texts.
            distinct = {w: w for w in words}
            words = [distinct[w] for w in words]
            key_of = {w: w if w.isalnum() else _norm_key(w) for w in distinct}
            low_of = {k: k.lower() for k in set(key_of.values())}
            keys = [key_of[w] for w in words]
            lows = [low_of[k] for k in keys]
        self.words, self.n = words, n
        self.keys, self.lows = keys, lows
        self.cap = [w[0].isupper() for w in words]
        # joined[i]: token i continues a phrase begun before it (only blanks in between, no
        # blank line); spaced[i]: whitespace in between but no blank line and no
        # punctuation, as between the words of one personal name.
        joined = [g == " " or ((not g or g.isspace()) and g.count("\n") < 2) for g in gaps]
        spaced = [g == " " or (g.isspace() and g.count("\n") < 2) for g in gaps]
        if gaps:
            joined[0] = spaced[0] = False
        self.joined, self.spaced = joined, spaced

    def __len__(self) -> int:
        return self.n

    def index_at(self, char: int) -> int | None:
        """Index of the token starting exactly at char offset `char`."""
        i = bisect.bisect_left(self.starts, char)
        return i if i < len(self.starts) and self.starts[i] == char else None

    def index_ending(self, char: int) -> int | None:
        i = bisect.bisect_left(self.ends, char)
        return i if i < len(self.ends) and self.ends[i] == char else None

    def boundary_before(self, i: int) -> bool:
        """True when token i opens a sentence/clause (start of text or punctuation before)."""
        if i == 0:
            return True
        gap = self.text[self.ends[i - 1]:self.starts[i]]
        return any(c in _BREAK_CHARS for c in gap) or gap.count("\n") >= 2 \
            or (gap.strip() in _DASHES and gap[:1].isspace())  # "CANBERRA -- Treasurer X"


@lru_cache(maxsize=2)
def text_tokens(text: str) -> TextTokens:
    """Tokens of `text`, shared by the agency and official finders run on the same text."""
    return TextTokens(text)


def tokenize_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(_norm_key(m.group()) for m in _TOKEN_RE.finditer(phrase))


_NONE: frozenset[int] = frozenset()


class PhraseTable:
    """Token-tuple dictionary with longest-match lookup.

    Phrases of one word are matched case-sensitively, longer ones case-insensitively but
    only when the text starts with a capital or the phrase has three words or more
    ("ministry of commerce"), so "to invest India" is not "Invest India".
    """

    __slots__ = ("cs", "ci", "cs_first", "ci_first", "ci_first3", "cs_last", "ci_last",
                 "any_case")

    def __init__(self, any_case: bool = False) -> None:
        self.any_case = any_case  # accept lower-case text for every phrase
        self.cs: dict[tuple[str, ...], list[Any]] = {}
        self.ci: dict[tuple[str, ...], list[Any]] = {}
        # first word -> lengths of the phrases it begins
        self.cs_first: dict[str, frozenset[int]] = {}
        self.ci_first: dict[str, frozenset[int]] = {}
        self.ci_first3: dict[str, frozenset[int]] = {}  # 3+ words: matched in any case
        self.cs_last: dict[str, int] = {}
        self.ci_last: dict[str, int] = {}

    def add(self, words: tuple[str, ...], value: Any, case_sensitive: bool | None = None) -> None:
        if not words:
            return
        if case_sensitive is None:
            case_sensitive = len(words) == 1
        if case_sensitive:
            key, table, first, last = words, self.cs, self.cs_first, self.cs_last
        else:
            key = tuple(w.lower() for w in words)
            table, first, last = self.ci, self.ci_first, self.ci_last
        bucket = table.setdefault(key, [])
        if value not in bucket:
            bucket.append(value)
        first[key[0]] = first.get(key[0], _NONE) | {len(key)}
        if not case_sensitive and len(key) >= 3:
            self.ci_first3[key[0]] = self.ci_first3.get(key[0], _NONE) | {len(key)}
        last[key[-1]] = max(last.get(key[-1], 0), len(key))

    def _get(self, toks: TextTokens, i: int, length: int) -> list[Any] | None:
        found = self.cs.get(tuple(toks.keys[i:i + length]))
        ci = self.ci.get(tuple(toks.lows[i:i + length]))
        if ci is not None and (self.any_case or length >= 3 or toks.cap[i]):
            found = (found or []) + ci
        return found

    def longest_at(self, toks: TextTokens, i: int) -> tuple[int, list[Any]] | None:
        ci_first = self.ci_first if (self.any_case or toks.cap[i]) else self.ci_first3
        lengths = self.cs_first.get(toks.keys[i], _NONE) | ci_first.get(toks.lows[i], _NONE)
        if not lengths:
            return None
        most = max(lengths)
        j = i + 1
        n = toks.n
        joined = toks.joined
        while j < n and j - i < most and joined[j]:
            j += 1
        for length in sorted(lengths, reverse=True):
            if length <= j - i:
                found = self._get(toks, i, length)
                if found:
                    return length, found
        return None

    def longest_ending(self, toks: TextTokens, j: int) -> tuple[int, list[Any]] | None:
        """Longest phrase whose last token is j."""
        most = max(self.cs_last.get(toks.keys[j], 0), self.ci_last.get(toks.lows[j], 0))
        if not most:
            return None
        i = j
        while i > 0 and j - i + 1 < most and toks.joined[i]:
            i -= 1
        for start in range(i, j + 1):
            found = self._get(toks, start, j - start + 1)
            if found:
                return j - start + 1, found
        return None
