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


class EndsWithWord(_Prefiltered):
    """A case-insensitive pattern every match of which ends with one of ``endings`` (ASCII,
    lower case), then only whitespace to ``$``: the window, stripped of its trailing
    whitespace (``str.isspace``: the pattern's space too), must end with one. ``$`` may
    also match before a final newline, which the strip removes too. A non-ASCII tail
    (case-insensitive "ſ", "K", "ı", "İ" match ASCII letters) is left to the pattern."""

    __slots__ = ("endings", "reach")

    def __init__(self, pattern: re.Pattern[str], endings: Iterable[str]) -> None:
        super().__init__(pattern)
        self.endings = tuple(sorted({e.lower() for e in endings}))
        if not all(e and e.isascii() for e in self.endings):
            raise ValueError(f"endings must be non-empty ASCII: {self.endings}")
        self.reach = max(map(len, self.endings))

    def possible(self, string: str, pos: int, endpos: int) -> bool:
        tail = string[pos:endpos].rstrip()[-self.reach:]
        return not tail.isascii() or tail.lower().endswith(self.endings)
