"""Whether a phrase names a product the metric lexicon knows (models/metrics.json
"products"), read by the product, gapped-clause and component steps of the linker."""

from __future__ import annotations

from functools import cache

from tradeie.normalize.metrics import default_metric_finder
from tradeie.relate.cues import cues


def known(np_: str) -> str | None:
    """The phrase when it is a known product or '<product> sector', or two of them joined
    by "and" ("industry and construction"), else None."""
    np_ = " ".join(np_.split())
    lexicon = default_metric_finder().products

    def one(low: str) -> bool:
        return low in lexicon or (low.endswith(" sector") and low[:-7] in lexicon)

    def modified(part: str) -> bool:
        # "woven garments", "frozen fish": one lower-case modifier before a known product
        # (a capitalised one may be an economy or a firm: "Chinese garments", "Apple phones")
        first, _, rest = part.partition(" ")
        return bool(rest) and first.islower() and first.isalpha() and one(rest.lower()) \
            and first not in _modifier_stops()

    low = np_.lower()
    return np_ if one(low) or modified(np_) or (low.count(" and ") == 1 and all(
        one(part) for part in low.split(" and "))) else None


@cache
def _modifier_stops() -> frozenset[str]:
    """Words before a known product that are no restriction of it ("the", "its", "total",
    "higher" ...): the lexicon's not-modifiers, direction words and determiners."""
    c = cues()
    return frozenset(c.products.not_modifiers) | frozenset(c.direction_words) | \
        frozenset(c.products.not_product)
