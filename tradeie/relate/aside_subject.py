"""A component named as the subject of its sentence, with the metric only in an aside
between commas: "Electronic products, which make up more than half of exports, slid 22.1%",
"Semiconductors, Korea's biggest export item, rose 5.1%". The aside names the flow (its
metric), the subject the product it is restricted to."""

from __future__ import annotations

import re
from typing import Any

# the sentence's opening subject (a few words), an aside between commas, then at most three
# words (the verb and its particle) before the figure
# (the aside: a relative clause or a noun phrase of the subject, "which make up ...",
# "Korea's biggest export item"; no figure in it)
ASIDE_SUBJECT = re.compile(
    r"\s*(?P<subj>[A-Z][a-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?),\s+(?P<aside>(?:which|that|the|its|"
    r"[A-Z][\w-]*['’]s)\s[^,;()\d]{3,90}),\s+(?:[\w-]+\s+){1,3}$")


def aside_product(linker: Any, sent: tuple[int, int], fig_start: int,
                  mention_start: int) -> str | None:
    """The subject of the sentence when the figure's metric mention stands in the aside
    after it and the subject names neither a metric nor an economy, else None."""
    m = ASIDE_SUBJECT.fullmatch(linker.text, sent[0], fig_start)
    if m is None or not m.start("aside") <= mention_start < m.end("aside"):
        return None
    subj = m.group("subj")
    if any(m.start("subj") <= x.start < m.end("subj") for x in linker.v.metrics) or \
            linker.c.economy.fullmatch(subj.removeprefix("The ").removeprefix("the ").strip()):
        return None
    return subj
