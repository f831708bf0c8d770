"""A product read as one word of a coordinated list widened to the whole list: the contract's
product is the restriction as written, and "exports of beef, lamb and wool" restrict exports
to all three ("beef, lamb and wool", not 'beef'); "timber, pulp and paper exports" likewise.
Bracketed codes between items ("steel mill products (MM025) and certain motor-vehicle parts
(TE010)") are left out of the product.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tradeie.relate.cues import cues

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker
    from tradeie.relate.sentence import SentenceIndex

# a separator after an item: a comma (maybe with "and"/"or") or a bare "and"/"or", maybe
# after a bracketed code ("(HS27)", "(MM025)")
_CODE = r"(?:\s*\([A-Z0-9][A-Za-z0-9.\-]{1,10}\))?"
_SEP_AFTER = re.compile(_CODE + r"(?P<sep>\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)")
# a separator before an item, read backwards from its start
_SEP_BEFORE = re.compile(r"(?P<sep>\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)" + _CODE + r"$")
_WORD = re.compile(r"[A-Za-z][\w'’/&\-]*")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w'’/&\-]*)")
_LAST_WORD = re.compile(r"(?<![\w'’/&\-])([A-Za-z][\w'’/&\-]*)$")
_MAX_WORDS = 4
_MAX_ITEMS = 6


def _stop(word: str) -> bool:
    c = cues()
    low = word.lower()
    if low == "other":
        return False  # "petroleum gas and other gaseous hydrocarbons": inside an item
    return low in c.products.not_product or low in c.products.not_modifiers \
        or low in c.direction_words


def _joined(parts: list[str]) -> str:
    return "".join(parts).replace(" ,", ",").replace("  ", " ").strip()


def _items_after(linker: _Linker, pos: int, hi: int) -> list[str] | None:
    """The separators and items of a list going on after ``pos``, up to its final "and"/"or"
    item; None when no such list follows."""
    text, out = linker.text, []
    for _ in range(_MAX_ITEMS):
        m = _SEP_AFTER.match(text, pos, hi)
        if m is None:
            return None
        words, at = [], m.end()
        for w in _WORD.finditer(text, at, hi):
            if w.start() != at or _stop(w.group(0)) or len(words) == _MAX_WORDS:
                break
            words.append(w.group(0))
            at = w.end()
            while at < hi and text[at] in " \t":
                at += 1
        while words and words[-1].lower().endswith("ed"):
            words.pop()  # "refined products" is an item, "lamb increased" ends at "lamb"
        if not words:
            return None
        end = m.end() + len(" ".join(words))
        if not _plain(linker, m.end(), end):
            return None
        sep = m.group("sep")
        out += [_norm_sep(sep), " ".join(words)]
        pos = end
        if re.search(r"\b(?:and|or)\b", sep):
            return out
    return None


def _norm_sep(sep: str) -> str:
    words = sep.replace(",", " , ").split()
    if words == [","]:
        return ", "
    return (", " if words[0] == "," else " ") + " ".join(w for w in words if w != ",") + " "


def _plain(linker: _Linker, lo: int, hi: int) -> bool:
    """No economy, date or figure in ``lo``-``hi``."""
    span = linker.text[lo:hi]
    return not (linker.c.economy.search(span) or linker.dates_in(lo, hi)
                or linker.any_figure_in(lo, hi))


def widen_right(linker: _Linker, s: SentenceIndex, start: int, end: int) -> str | None:
    """The list that the product at ``start``-``end`` opens ("beef" of "exports of beef, lamb
    and wool rose"), or None when it opens none."""
    items = _items_after(linker, end, s.bounds[1])
    if items is None:
        # the product word may open a longer first item: "steel" of "exports of steel mill
        # products (MM025) and certain motor-vehicle parts"
        text, at = linker.text, end
        for _ in range(3):
            w = _NEXT_WORD.match(text, at, s.bounds[1])
            if w is None or _stop(w.group(1)):
                break
            at = w.end()
            items = _items_after(linker, at, s.bounds[1])
            if items is not None:
                end = at
                break
    if items is None or not _plain(linker, start, end):
        return None
    return _joined([linker.text[start:end], *items])


def widen_left(linker: _Linker, s: SentenceIndex, start: int, end: int) -> str | None:
    """The list that the product at ``start``-``end`` closes ("paper" of "timber, pulp, and
    paper exports"), or None: its final item must follow "and"/"or", and the first item
    must open its noun phrase."""
    text, lo = linker.text, s.bounds[0]
    parts = [text[start:end]]
    pos, closed = start, False
    for n in range(_MAX_ITEMS):
        m = _SEP_BEFORE.search(text, max(lo, pos - 20), pos)
        if m is None or (n == 0 and not re.search(r"\b(?:and|or)\b", m.group("sep"))) or \
                (n > 0 and re.search(r"\b(?:and|or)\b", m.group("sep"))):
            break
        words, at = [], m.start()
        while True:
            w = _LAST_WORD.search(text, max(lo, at - 40), at)
            if w is None or _stop(w.group(1)):
                break
            if len(words) == _MAX_WORDS:
                words = []  # too long for an item: a clause before the list
                break
            words.insert(0, w.group(1))
            at = w.start(1)
            while at > lo and text[at - 1] in " \t":
                at -= 1
        if not words:
            break
        item_start = m.start() - len(" ".join(words))
        if text[item_start:m.start()] != " ".join(words) or \
                not _plain(linker, item_start, m.start()):
            break
        parts[:0] = [" ".join(words), _norm_sep(m.group("sep"))]
        pos, closed = item_start, True
    if closed and len(parts) < 5 and parts[1].startswith(","):
        return None  # "A, and B": the serial comma's list has three items at least
    return _joined(parts) if closed else None


def widened(linker: _Linker, s: SentenceIndex, product: str, lo: int, hi: int,
            last: bool = False) -> str:
    """``product`` found written in ``lo``-``hi`` (its last occurrence with ``last``)
    widened to the list it opens or closes."""
    if s.lazy("respectiv", lambda: "respectiv" in s.text()):
        return product  # "imports of coal and gas rose 8% and 10% respectively": one each
    at = (linker.text.rfind if last else linker.text.find)(product, lo, hi)
    if at < 0:
        return product
    end = at + len(product)
    return widen_right(linker, s, at, end) or widen_left(linker, s, at, end) or product
