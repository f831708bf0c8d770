"""Grammar building blocks: word alternations, year/day sub-patterns, the token classes
that decide which families are tried at a token, and small text tests on offsets."""

from __future__ import annotations

import re
from typing import Any

from tradeie.patterns import SPACE_SEP, flat_pattern, trie_pattern


def _alt(words: Any, flex_hyphen: bool = False) -> str:
    """The words (lower-cased) as one alternative, longest first at one start: a prefix tree
    (a flat list costs a try per word at every position), or with ``flex_hyphen`` (a hyphen
    also matches a space) the flat longest-first list. No word: ""."""
    keys = {str(w).lower() for w in words if w}
    if not keys:
        return ""
    if flex_hyphen:
        return flat_pattern(keys, sep=SPACE_SEP, hyphen=r"[-\s]")
    return trie_pattern(keys, sep=SPACE_SEP)


_YEAR = r"(?:19\d\d|20\d\d|2100)"
_YEND = r"(?![\w%]|[.,]\d)"  # a year or day number ends here: not "2024s", "2024%", "2024.5"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])(?![.,:]\d)"


# Tokens of the lower-cased text; a family is tried only at tokens that can start it.
_TOKEN = re.compile(r"[a-z0-9]+")
_TOKEN_CLASS = re.compile(
    r"(?P<d12>\d\d?)|(?P<year>19\d\d|20\d\d|2100)|(?P<ord>\d\d?(?:st|nd|rd|th))"
    # "q2fy25", "2qfy25", "1hfy25", "9mfy25": a quarter, half or month count glued to its
    # fiscal year (South Asian usage); "9m24": a month count with a two-digit year
    r"|(?P<q>q[1-4](?:fy\d*|(?:19|20)\d\d)?|[1-4]q(?:(?:19|20)?\d\d|fy\d*)?)"
    r"|(?P<h>h[12](?:fy\d*|(?:19|20)\d\d)?|[12]h(?:(?:19|20)?\d\d|fy\d*)?)"
    r"|(?P<yq>(?:19|20)\d\d(?:[qh]\d|m\d\d?))"  # "2024q4", "2024h1", "2024m12"
    r"|(?P<yw>(?:19|20)\d\dw\d\d)|(?P<fy>fy\d*)|(?P<w>w\d\d?)"
    r"|(?P<cy>cy\d*)"  # "CY2024": a calendar year (calendar_prefixes)
    r"|(?P<dec>(?:19|20)\d0s)"  # "the 2010s": a decade
    r"|(?P<nm>(?:1[0-2]|[1-9])m(?:(?:19|20)\d\d|\d\d|fy\d*)?)"
)
# start tokens that carry their whole expression ("2024q4", "2022w14", "fy24", "4q24")
_SELF_CONTAINED = {"#yq", "#yw", "#fy", "#q", "#h", "#nm", "#cy"}
_CLASS_INITIALS = frozenset("0123456789qhfwc")


def _token_class(tok: str) -> str:
    m = _TOKEN_CLASS.fullmatch(tok) if tok and tok[0] in _CLASS_INITIALS else None
    return "#" + m.lastgroup if m else ""


def _year_label(tok: str) -> int:
    """'2024' -> 2024; two digits ("'24", "FY24") -> 2024 (1970-2069 window)."""
    t = tok.lstrip("'")
    n = int(t)
    if len(t) == 2:
        return 2000 + n if n < 70 else 1900 + n
    return n


def _starts(phrases: Any) -> tuple[str, ...]:
    """Start keys of phrases: the first token, or "the+<second token>"."""
    keys = set()
    for ph in phrases:
        toks = _TOKEN.findall(str(ph).lower())
        if toks:
            keys.add("the+" + toks[1] if toks[0] == "the" and len(toks) > 1 else toks[0])
    return tuple(sorted(keys))


def _second_tokens(phrases: Any) -> tuple[str, ...]:
    """The second token of each multi-word phrase: the gate after its first."""
    out = {toks[1] for ph in phrases if len(toks := _TOKEN.findall(str(ph).lower())) > 1}
    return tuple(sorted(out))


def _word_lb(low: str, i: int, extra: str = "") -> bool:
    """No word character (or one of ``extra``) right before position ``i``."""
    if i == 0:
        return True
    c = low[i - 1]
    return not (c.isalnum() or c == "_" or c in extra)


def _num_lb(low: str, i: int) -> bool:
    """A number may start at ``i``: not inside a word, a decimal, a time, an amount."""
    return _word_lb(low, i, ".,:$€£¥₹/-")


def _digits(tok: str) -> str:
    return "".join(c for c in tok if c.isdigit())


def _suffix(n: int) -> str:
    return {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th")


def _norm_phrase(s: str) -> str:
    return re.sub(r"[\s-]+", " ", s.lower()).strip()
