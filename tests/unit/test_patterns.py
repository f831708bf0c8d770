"""tradeie.patterns: the one builder of word alternations (prefix tree and flat list)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tradeie.patterns import SPACE_SEP, flat_pattern, trie_pattern

WORDS = st.lists(st.text(alphabet="ab -", min_size=1, max_size=5).map(str.strip)
                 .filter(bool), min_size=1, max_size=6)


def test_trie_prefers_the_longest_phrase_at_one_start():
    rx = re.compile(trie_pattern(["trade", "trade surplus", "trade surplus with"],
                                 sep=SPACE_SEP))
    assert rx.match("trade  surplus with China").group() == "trade  surplus with"
    assert rx.match("trade balance").group() == "trade"
    assert trie_pattern([]) == r"(?!)"


@given(WORDS, st.text(alphabet="ab -", max_size=12))
def test_trie_and_longest_first_list_match_the_same_text(words, text):
    # without separators that overlap, both forms take the same text at each start
    keys = {w.replace(" ", "").replace("-", "") or "a" for w in words}
    tree, flat = re.compile(trie_pattern(keys)), re.compile(flat_pattern(sorted(keys)))
    for start in range(len(text) + 1):
        t, f = tree.match(text, start), flat.match(text, start)
        assert (t and t.group()) == (f and f.group())


def test_flat_list_with_flexible_hyphens_takes_the_longest_key():
    rx = re.compile(flat_pattern({"x-y z", "x y"}, sep=SPACE_SEP, hyphen=r"[-\s]"))
    assert rx.match("x y z").group() == "x y z"
    assert rx.match("x-y z").group() == "x-y z"
    assert rx.match("x  y").group() == "x  y"
    assert flat_pattern([]) == ""


def _reference_emit(node: dict, sep: str) -> str:
    """The recursive tree writer trie_pattern used before its runs were written in one go."""
    ends_here = "" in node
    branches = [(sep if ch == " " else re.escape(ch)) + _reference_emit(child, sep)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


@given(st.lists(st.text(alphabet="ab c.*-", max_size=8), max_size=12),
       st.sampled_from([SPACE_SEP, r"[\s\-]+"]))
def test_trie_pattern_string_unchanged_by_the_run_writer(keys, sep):
    root: dict = {}
    for key in keys:
        if key:  # as trie_pattern: a blank key ends at the root
            node = root
            for ch in " ".join(key.split()):
                node = node.setdefault(ch, {})
            node[""] = {}
    expected = _reference_emit(root, sep) if root else r"(?!)"
    assert trie_pattern(keys, sep) == expected
