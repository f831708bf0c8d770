"""Goods whose name holds its bracketed short name before the head noun: "exports of
electrical and electronic (E&E) products", "imports of information and communication
technology (ICT) goods", "foreign direct investment (FDI) businesses". The product words
stop at the bracket; when one of ``acronym_heads`` follows it, the product is the whole
phrase as written (a bracket closing the goods, "liquefied natural gas (LNG) rose", adds
nothing).

Also the heads that make a phrase read as goods the report a figure comes from: "a 688.9
billion yen deficit in a Reuters poll", "the 2.5 percent rise in a Yonhap survey of
economists" (``report_heads``): no product."""

from __future__ import annotations

import re
from functools import lru_cache

from tradeie.relate.cues import PRODUCT_CUES, phrase_pattern
from tradeie.resources import read_json


@lru_cache(maxsize=1)
def _acronym_head() -> re.Pattern[str]:
    heads = read_json(PRODUCT_CUES)["acronym_heads"]
    return re.compile(rf"\s{{1,3}}\([A-Z][\w&.\-]{{0,11}}\)\s{{1,3}}(?:{phrase_pattern(heads)})"
                      r"(?![\w-])")


def with_acronym_head(text: str, np_end: int) -> str | None:
    """The bracketed short name and head noun right after goods ending at ``np_end``."""
    m = _acronym_head().match(text, np_end)
    return m.group(0) if m else None


@lru_cache(maxsize=1)
def _report_head() -> re.Pattern[str]:
    heads = read_json(PRODUCT_CUES)["report_heads"]
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(heads)})(?![\w-])", re.IGNORECASE)


def names_a_report(np_: str) -> bool:
    """Whether product words name a poll, survey or report ("Reuters poll")."""
    return _report_head().search(np_) is not None
