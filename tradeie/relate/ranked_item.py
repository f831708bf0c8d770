"""The goods of a flow ranked in a copula or an apposition right before its figure: "Tea was
the leading export, valued at KSh 53.2 billion", "Gold bullion emerged as the leading export
product, valued at GH¢29.7 billion", "the value of crude petroleum, the second-highest export
at GH¢12.2 billion" (the ranks and copulas: product_cues.json rank_words, rank_links)."""

from __future__ import annotations

from typing import Any

from tradeie.relate.passive_goods import _product_words


def ranked_item(linker: Any, fig: Any, s: Any) -> str | None:
    """The goods ranked as the flow whose figure ``fig`` is, or None."""
    text, c = linker.text, linker.c
    lo = max(s.bounds[0], fig.start - 120)
    m = c.products.ranked_item.search(text, lo, fig.start)
    if m is None:
        return None
    found = _product_words(m.group("np").split())
    if found is None or c.economy.search(found) or \
            found.lower() in c.products.not_restricting:
        return None
    return found
