"""A GDP figure in a sentence whose subject is a sector: "The services sector recorded a
growth of 5.19% and contributed 53.58% to the aggregate GDP", "The oil sector's real growth
rate was 5.17%". The sector is the figure's product (GDP by activity), when nothing between
the subject and the figure opens another clause or names the whole economy."""

from __future__ import annotations

import re
from typing import Any

from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item

# the sentence's subject: "The services sector", "The oil sector's", "The finance industry"
SECTOR_SUBJECT = re.compile(
    r"[\s\"'“‘]*(?:the\s+)?(?P<np>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:sector|industry))"
    r"(?:'s|’s)?\s+", re.IGNORECASE)
# what ends the subject's reach: another clause, the whole economy
OTHER_SUBJECT = re.compile(
    r"(?<![\w-])(?:while|whereas|but|economy|GDP|sectors?|industry|industries)(?![\w-])|;",
    re.IGNORECASE)


def sector_subject(linker: Any, fig: Item, s: SentenceIndex) -> str | None:
    """The sector opening the sentence of a GDP figure (see the module), else None."""
    text = linker.text
    m = SECTOR_SUBJECT.match(text, s.bounds[0], fig.start)
    if m is None or OTHER_SUBJECT.search(text, m.end(), fig.start):
        return None
    return " ".join(m.group("np").split())
