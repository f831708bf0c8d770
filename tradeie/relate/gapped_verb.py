"""A clause whose verb is gapped: "Household consumption rose 1.1 percent and government
consumption 0.6 percent", "Exports fell 3.2 percent, and imports 1.5 percent". The second
figure follows its subject with no verb of its own; it is a change the way the first is,
in the first's direction (and on its basis, when it names none).
"""

from __future__ import annotations

import re
from typing import Any

from tradeie.relate.cues import cues

# between the two figures: the first clause's adjuncts ("in the third quarter", no figure),
# a conjunction, then the second clause's subject (one to four words, no verb between it
# and its figure); five words for a partner's name ("and imports from the United States")
_GAP = re.compile(r"(?:\s[^,;.\d]{1,30}?)?[\s,]*(?:and|while|whereas|but)\s+(?:the\s+)?"
                  r"(?P<subj>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4})\s+")


# the particle closing a level or share verb right before a figure ("accounted for",
# "made up", "stood at", "amounted to")
_PARTICLES = frozenset({"for", "up", "at", "to"})
# a preposition before a name in the subject introduces the flow's partner ("and exports to
# China 5%", "and imports from Japan 2%"): no verb, so no stop word there
_PARTNER_PREPOSITIONS = frozenset({"to", "from", "with"})


def gapped_verb(facts: list[dict[str, Any]], text: str,
                units: dict[tuple[int, int], Any]) -> None:
    """Give each figure of a verbless clause coordinated after a change the role,
    direction and (when it names none) basis of that change."""
    c = cues()
    stop = c.products.not_product
    for before, f in zip(facts, facts[1:], strict=False):
        if before["role"] != "change" or before["direction"] is None or \
                units.get(tuple(before["figure"])) != units.get(tuple(f["figure"])):
            continue
        m = _GAP.fullmatch(text, before["figure"][1], f["figure"][0])
        if m is None:
            continue
        raw = m.group("subj").split()
        words = [w.lower() for w in raw]
        # ("and imports were 1.5 percent", "while prices rose 2%": a verb of its own)
        if any(w in c.direction_words or (w in stop and not _partner_prep(raw, i))
               for i, w in enumerate(words)):
            continue
        if words[-1].endswith("ed") or words[-1] in _PARTICLES:
            # ("and contributed 53.58% to GDP", "and accounted for 12%": a verb of its own,
            # with or without its particle)
            continue
        f["role"], f["direction"] = "change", before["direction"]
        f["basis"] = f.get("basis") or before.get("basis")


def _partner_prep(raw: list[str], i: int) -> bool:
    """Whether subject word ``i`` is a preposition before a capitalised name (a partner),
    or that name's article."""
    if 1 < i < len(raw) - 1 and raw[i] == "the" and raw[i - 1].lower() in _PARTNER_PREPOSITIONS:
        i -= 1  # ("to the EU": the article of the name)
    if not 0 < i < len(raw) - 1 or raw[i].lower() not in _PARTNER_PREPOSITIONS:
        return False
    name = raw[i + 2] if raw[i + 1] == "the" and i + 2 < len(raw) else raw[i + 1]
    return name[:1].isupper()
