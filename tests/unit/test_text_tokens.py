"""normalize.agencies.text_tokens: a long text's token lists share one str per distinct word
and hold the same values as an article's."""

from __future__ import annotations

import importlib

from hypothesis import given
from hypothesis import strategies as st

# the module (the package exports its text_tokens function under the same name)
tt = importlib.import_module("tradeie.normalize.agencies.text_tokens")

TEXT = ("WASHINGTON, Jan 9 (Reuters) - The U.S. Commerce Department's Bureau of Economic "
        "Analysis said exports rose 2.1% to $266.8 billion.\n\nDGCI&S data and Sang-mok's "
        "comments -- on Xi’an and the EU's  trade -- followed; the bureau's data, too.\n")


def _lists(toks: tt.TextTokens) -> dict[str, object]:
    return {name: getattr(toks, name) for name in tt.TextTokens.__slots__}


def _both(text: str) -> tuple[dict, tt.TextTokens]:
    saved = tt.SHARED_WORDS_CHARS
    try:
        tt.SHARED_WORDS_CHARS = 10**9
        plain = _lists(tt.TextTokens(text))
        tt.SHARED_WORDS_CHARS = 0
        shared = tt.TextTokens(text)
    finally:
        tt.SHARED_WORDS_CHARS = saved
    return plain, shared


def test_long_text_path_same_values_shared_strings():
    text = TEXT * 3
    plain, shared = _both(text)
    assert _lists(shared) == plain
    firsts = [i for i, w in enumerate(shared.words) if w == "bureau"]
    assert len(firsts) > 1 and len({id(shared.words[i]) for i in firsts}) == 1
    assert len({id(shared.lows[i]) for i in firsts}) == 1


@given(st.text(alphabet="aB1 .,&'’-\n$%", max_size=60))
def test_both_paths_agree(text):
    plain, shared = _both(text)
    assert _lists(shared) == plain
