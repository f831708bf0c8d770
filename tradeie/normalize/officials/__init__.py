"""OFFICIAL recognition without a statistical model: person names anchored to titles.

A name is a run of 1-4 capitalised words (particles "de", "van", "bin" inside) right after
a title ("GAC deputy head Wang Lingjun", "Vice Premier He Lifeng") or right before
", [a] title" ("Lyu Daliang, a spokesperson for the GAC"). Titles that also exist outside
government ("director", "economist") count only when tied to an AGENCY match, which keeps
"an economist at Capital Economics" out; a few ("Chief Executive") need at least a country
("Hong Kong Chief Executive John Lee"). Once a person is known, later mentions of the
surname ("Wang said") are officials too, with the first mention's name, title and agency.
Which word is the surname follows the naming tradition (models/name_shapes.json).

Beyond "title name" and "name, title": a title set off by commas ("the Economy Minister,
Sergio Massa,"; "the head of Statistics Indonesia, Amalia ..., said"), honorifics between title
and name ("Government Statistician Professor ..."), a remit before the agency ("Setianto, the
deputy for services statistics at BPS"), a generic body before the title ("ministry
spokesman", "the bureau's chief economist": the agency the story named with that word), jobs
named with an area only government has ("statistics senior manager"). Without a title: people
known to hold high office (the "!" lines of models/official_titles.txt) and "<Name>'s
government".

With a statistical pipeline, its NER is extra evidence (``find(..., persons=, non_persons=)``):
a PERSON span where a name is expected (after a title, or before ", title") is the name even
when it fails the shape checks ("Ruth NYAMBURA", "Nguyen Thi A") or goes beyond what the rules
saw, and a name overlapping another entity (ORG, GPE, NORP ...) is rejected ("Premier League
chairman": "League" is no official). Without these arguments nothing changes.

Layout (each module one job; imports only go down this list, no cycles): ``data`` the rule
data and the match types, ``names`` titles and personal names at a token (NER evidence
included), ``ties`` the title-name patterns and what ties them to an agency or a country,
``finder`` OfficialFinder and its per-call scan (built from the two mixins), names without
a title and later mentions. Tokens and phrase tables come from ``agencies.text_tokens``.
"""

from __future__ import annotations

from tradeie.normalize.officials.data import (
    AGENCY,
    COUNTRY,
    NAME_SHAPES,
    PUBLIC,
    SHAPE_FIELDS,
    TITLES,
    OfficialMatch,
)
from tradeie.normalize.officials.finder import OfficialFinder

__all__ = [
    "AGENCY", "COUNTRY", "NAME_SHAPES", "PUBLIC", "SHAPE_FIELDS", "TITLES", "OfficialFinder",
    "OfficialMatch",
]
