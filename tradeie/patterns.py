"""Regular expressions from word lists: one module builds every alternation of phrases.

A long flat alternation ("a|ab|abc|...") makes the regex engine try every phrase at every
position; the same phrases as a prefix tree ("a(?:b(?:c)?)?") share their common starts, so a
search costs about the length of the longest phrase, not the size of the list. At one start
the tree prefers the longest phrase, as a longest-first flat alternation does: use
``trie_pattern`` (``phrase_pattern`` where a space matches white space only). ``flat_pattern``
is the longest-first flat form, for the few short lists whose separators can match the same
text in several ways (see there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A space in a multi-word key matches any run of spaces or hyphens ("year old" = "year-old").
WORD_SEP = r"[\s\-]+"
# ... or any run of white space only.
SPACE_SEP = r"\s+"


def trie_pattern(keys: Iterable[str], sep: str = WORD_SEP) -> str:
    """An alternation of ``keys`` as a prefix tree; a space in a key matches ``sep``."""
    root: dict[str, dict] = {}
    for key in keys:
        if not key:
            continue
        node = root
        for ch in squash(key):
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return r"(?!)"  # matches nothing
    return _emit(root, sep)


def _emit(node: dict[str, dict], sep: str) -> str:
    ends_here = "" in node
    branches = []
    for ch, child in sorted(node.items()):
        if not ch:
            continue
        # a run of nodes with one child each and no phrase ending in them is written out
        # in one go (what recursing would give: about half the start-up time of the cues)
        parts = [sep if ch == " " else _escape(ch)]
        while len(child) == 1:
            ((nxt, grandchild),) = child.items()
            if not nxt:
                break
            parts.append(sep if nxt == " " else _escape(nxt))
            child = grandchild
        parts.append(_emit(child, sep))
        branches.append("".join(parts))
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


_ESCAPED: dict[str, str] = {}


def _escape(ch: str) -> str:
    """``re.escape`` of one character, remembered (the trees escape ~75,000 at start-up)."""
    found = _ESCAPED.get(ch)
    if found is None:
        found = _ESCAPED[ch] = re.escape(ch)
    return found


def phrase_pattern(phrases: Iterable[str]) -> str:
    """``trie_pattern`` of cue phrases whose spaces match any run of white space: the
    alternation of every phrase list of the relation linker."""
    return trie_pattern(phrases, sep=SPACE_SEP)


def flat_pattern(keys: Iterable[str], sep: str = WORD_SEP, hyphen: str | None = None) -> str:
    """An alternation of ``keys`` listed longest first (no prefix tree); a space in a key
    matches ``sep``, a hyphen ``hyphen`` when given (a class of hyphen and space:
    "year-to-date" = "year to date"). For short lists only (each key costs a try at every
    position) whose separators overlap: where a hyphen may match a space, a tree would take
    its first branch that matches ("x y" of "x y z") where this takes the longest key
    ("x-y z"). No key: ""."""
    out = []
    for key in sorted(keys, key=lambda k: (-len(k), k)):  # ties by text: same regex every run
        rx = re.escape(key).replace(r"\ ", sep)
        if hyphen is not None:
            rx = rx.replace(r"\-", "-").replace("-", hyphen)
        out.append(rx)
    return "|".join(out)


def squash(words: str) -> str:
    """Runs of white space as one space, none at the ends."""
    return " ".join(words.split())
