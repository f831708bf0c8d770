"""Regular expressions from word lists: one builder for every alternation of phrases.

A long flat alternation ("a|ab|abc|...") makes the regex engine try every phrase at every
position; the same phrases as a prefix tree ("a(?:b(?:c)?)?") share their common starts, so a
search costs about the length of the longest phrase, not the size of the list. At one start
the tree prefers the longest phrase, as a longest-first flat alternation does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A space in a multi-word key matches any run of spaces or hyphens ("year old" = "year-old").
WORD_SEP = r"[\s\-]+"


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
    branches = [
        (sep if ch == " " else re.escape(ch)) + _emit(child, sep)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def squash(words: str) -> str:
    """Runs of white space as one space, none at the ends."""
    return " ".join(words.split())
