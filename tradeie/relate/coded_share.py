"""A share's subject written with its classification code: "Medical and pharmaceutical
products (Chapter 30) made up EUR 71.4 billion of the total", "Machinery (SITC 7) accounted
for 38%". The code marks the subject as a product group of the release, so it is the figure's
product even where the metric is the passage's (an amount "of the total" names none), where
a bare subject is not trusted ("O'Hare Airport accounted for ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker
    from tradeie.relate.sentence import SentenceIndex
    from tradeie.relate.view import Item


def coded_share_subject(linker: _Linker, fig: Item, s: SentenceIndex) -> bool:
    """Whether the share subject before ``fig`` carries a bracketed classification code."""
    text = linker.text
    lo = max(s.bounds[0], fig.start - 80)
    if "(" not in text[lo:fig.start]:
        return False  # (most windows hold no bracket)
    pattern = linker.c.products.share_subject
    m = pattern.search(text, lo, fig.start)
    if m is None and lo == s.bounds[0]:
        # "^" holds at the window's own start only on its own text
        m = pattern.search(text[lo:fig.start].lstrip())
    return m is not None and m.group("code") is not None
