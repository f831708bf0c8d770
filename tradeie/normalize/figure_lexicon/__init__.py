"""The word lists of the figure finder, read once from ``models/`` and compiled to regexes.

Every word list becomes a *trie-shaped* alternation: alternatives that share a prefix are
merged ("k(?:m(?:/h)?|g|Wh?)"), so each step of a match has one way forward. That keeps
matching linear on any input (no alternation ever has two branches starting with the same
character) and makes a lookup cost the length of the word, not the size of the list.

Modules, one job each: ``model`` (``Unit``, ``Lexicon``, word keys and the line-wrap gaps),
``schema`` (the validation scheme of both files), ``compiled`` (the finder's regexes, built
from a lexicon) and ``loading`` (``load_lexicon``: read, validate, build and compile).
"""

from tradeie.normalize.figure_lexicon.compiled import rtrie
from tradeie.normalize.figure_lexicon.loading import CURRENCY_DATA, FIGURE_DATA, load_lexicon
from tradeie.normalize.figure_lexicon.model import (
    GAP,
    NOT_TITLE,
    WRAP,
    WRAP_R,
    Lexicon,
    Unit,
    key_of,
    plurals,
)
from tradeie.normalize.figure_lexicon.schema import CURRENCY_SCHEMA, FIGURE_SCHEMA, validate

__all__ = [
    "CURRENCY_DATA",
    "CURRENCY_SCHEMA",
    "FIGURE_DATA",
    "FIGURE_SCHEMA",
    "GAP",
    "NOT_TITLE",
    "WRAP",
    "WRAP_R",
    "Lexicon",
    "Unit",
    "key_of",
    "load_lexicon",
    "plurals",
    "rtrie",
    "validate",
]
