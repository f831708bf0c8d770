"""Cheap checks that rule a cue pattern out before its regular expression runs: which
characters can end a match, which character a match needs, which words it ends with."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EndChars:
    """Which characters can be the last one of a match of a phrase list: when the character
    before an offset cannot end a match, cutting the text there cannot create one, so a
    search of the text up to that offset can reuse the search of the whole text."""

    chars: frozenset[str]
    space: bool  # a phrase ends in a space (``\s+`` in the pattern)

    @classmethod
    def of(cls, phrases) -> EndChars:
        return cls(frozenset(p[-1] for p in phrases if p), any(p[-1:].isspace() for p in phrases))

    def possible(self, ch: str) -> bool:
        if ch in self.chars:
            return True
        if ch.isspace():
            return self.space
        # case-insensitive matching maps letters (some non-ASCII ones to ASCII letters), never
        # ASCII punctuation: only that is ruled out
        return not ch.isascii() or ch.isalnum()


class _Prefiltered:
    """A compiled pattern behind a test that a window must pass to hold a match: ``search``
    runs the pattern (with the same ``pos`` and ``endpos``) only when it passes, so its
    answers are the pattern's; everything else is the pattern's own. Most windows before a
    figure fail the test at the cost of a slice, not of a regex scan."""

    __slots__ = ("pattern_obj", "match", "fullmatch", "finditer", "findall", "pattern",
                 "flags", "groups", "groupindex")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern_obj = pattern
        self.match, self.fullmatch = pattern.match, pattern.fullmatch
        self.finditer, self.findall = pattern.finditer, pattern.findall
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self.groups, self.groupindex = pattern.groups, pattern.groupindex

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pattern_obj!r})"

    def possible(self, string: str, pos: int, endpos: int) -> bool:
        raise NotImplementedError

    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        # the window as re reads it: a negative pos or endpos is 0, endpos at most the end
        if not self.possible(string, pos if pos > 0 else 0, endpos if endpos > 0 else 0):
            return None
        return self.pattern_obj.search(string, pos, endpos)


class NeedsChar(_Prefiltered):
    """A pattern every match of which holds ``char`` (a literal outside any alternative)."""

    __slots__ = ("char",)

    def __init__(self, pattern: re.Pattern[str], char: str) -> None:
        super().__init__(pattern)
        self.char = char

    def possible(self, string: str, pos: int, endpos: int) -> bool:
        return string.find(self.char, pos, endpos) >= 0


# ASCII letters a case-insensitive pattern also matches with a non-ASCII letter that
# ``str.lower`` does not map to them ("ı" and "İ" match "i", "ſ" matches "s"; "K" lowers to
# "k" but is kept out too): a needed word holding one could be missed by a lower-case test
_FOLDED_LETTERS = frozenset("isk")


class EndsWithWord(_Prefiltered):
    """A pattern every match of which ends with one of ``endings`` (ASCII, lower case; the
    match's may be upper case), then only whitespace to ``$``: the window, stripped of its
    trailing whitespace (``str.isspace``: the pattern's space too), must end with one. ``$``
    may also match before a final newline, which the strip removes too. A non-ASCII tail
    (case-insensitive "ſ", "K", "ı", "İ" match ASCII letters) is left to the pattern.

    ``needs``: lower-case ASCII strings one of which every match also holds somewhere
    ("export" or "import" of a ranked flow), tested on the lower-cased window only after
    its end passed: most windows that end right hold none. They may not hold the letters
    of ``_FOLDED_LETTERS`` when the pattern ignores case. ``tail``: the pattern's own end
    (all of it after a leading run of words, which makes the pattern dear: it is tried at
    every letter), searched last: a match of the pattern holds one, so a window without one
    holds none."""

    __slots__ = ("endings", "reach", "needs", "tail")

    def __init__(self, pattern: re.Pattern[str], endings: Iterable[str],
                 needs: Iterable[str] = (), tail: re.Pattern[str] | None = None) -> None:
        super().__init__(pattern)
        self.endings = tuple(sorted({e.lower() for e in endings}))
        if not all(e and e.isascii() for e in self.endings):
            raise ValueError(f"endings must be non-empty ASCII: {self.endings}")
        self.reach = max(map(len, self.endings))
        self.needs = tuple(sorted(set(needs)))
        folded = _FOLDED_LETTERS if pattern.flags & re.IGNORECASE else frozenset()
        if not all(n and n.isascii() and n == n.lower() and not folded & set(n)
                   for n in self.needs):
            raise ValueError(f"needs must be non-empty lower-case ASCII without "
                             f"{sorted(_FOLDED_LETTERS)}: {self.needs}")
        if tail is not None and (tail.flags != pattern.flags
                                 or not pattern.pattern.endswith(tail.pattern)):
            raise ValueError(f"tail must be the pattern's end, same flags: {tail.pattern!r}")
        self.tail = tail

    def possible(self, string: str, pos: int, endpos: int) -> bool:
        window = string[pos:endpos]
        tail = window.rstrip()[-self.reach:]
        if tail.isascii() and not tail.lower().endswith(self.endings):
            return False
        if self.needs:
            low = window.lower()
            if not any(n in low for n in self.needs):
                return False
        return self.tail is None or self.tail.search(string, pos, endpos) is not None


# The non-ASCII letters re's IGNORECASE matches with an ASCII letter ("İ" and "ı" with "i",
# "ſ" with "s", the Kelvin sign with "k"): str.lower() maps only the last to it.
_FOLDING = frozenset("\u0130\u0131\u017f\u212a")


class NeedsWord(_Prefiltered):
    """A pattern every match of which holds one of ``words`` (the pattern's own literal
    words, in any case when it ignores case): the window, lower-cased, must hold one (a
    case-sensitive search of their prefix tree, which re scans fast, unlike a pattern that
    ignores case and opens with a lookbehind: tried at every character). A window holding
    a letter of ``_FOLDING`` is left to the pattern. The longest word of each phrase makes
    the fewest windows pass."""

    __slots__ = ("words", "gate")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        super().__init__(pattern)
        from tradeie.patterns import trie_pattern  # (patterns imports nothing of relate)

        low = {w.lower() for w in words}
        if not low or not all(w and w.isascii() and not w.isspace() for w in low):
            raise ValueError(f"words must be non-empty ASCII: {sorted(low)}")
        # (a window holding "buyers" holds "buyer": the shorter word alone is tested)
        self.words = tuple(sorted(w for w in low if not any(o != w and o in w for o in low)))
        self.gate = re.compile(trie_pattern(self.words, sep=" "))

    @classmethod
    def of_phrases(cls, pattern: re.Pattern[str], phrases: Iterable[str]) -> NeedsWord:
        """For an alternation of ``phrases`` whose spaces match white space (every word of
        a phrase is in its matches): the longest word of each."""
        return cls(pattern, (max(p.lower().split(), key=len) for p in phrases if p.strip()))

    def possible(self, string: str, pos: int, endpos: int) -> bool:
        window = string[pos:endpos]
        return self.gate.search(window.lower()) is not None or (
            not window.isascii() and not _FOLDING.isdisjoint(window))


# every Cues' word gates by id of the pattern they gate (word_gate checks it is that one)
WORD_GATES: dict[int, NeedsWord] = {}


def word_gate(pattern: object) -> NeedsWord | None:
    """The NeedsWord gate of a cue pattern of ``Cues.word_gates``, else None."""
    gate = WORD_GATES.get(id(pattern))
    return gate if gate is not None and gate.pattern_obj is pattern else None
