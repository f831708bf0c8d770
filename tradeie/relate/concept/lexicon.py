"""The word lists of ``models/concepts.json``, loaded and validated once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tradeie.resources import List, Record, Text, read_json, validate

_LISTS = ("determiners", "possessive_pronouns", "pronouns", "prepositions", "clause_words",
          "reporting_verbs", "verbs", "adverbs", "measure_nouns", "change_nouns", "empty_heads",
          "ly_words", "time_nouns", "number_words", "copulas", "modals",
          "currency_words", "duration_nouns")


@dataclass(frozen=True, slots=True)
class Words:
    determiners: frozenset[str]
    possessive_pronouns: frozenset[str]
    pronouns: frozenset[str]
    prepositions: frozenset[str]
    clause_words: frozenset[str]
    reporting_verbs: frozenset[str]
    verbs: frozenset[str]
    adverbs: frozenset[str]
    measure_nouns: frozenset[str]
    change_nouns: frozenset[str]
    empty_heads: frozenset[str]
    ly_words: frozenset[str]
    time_nouns: frozenset[str]
    number_words: frozenset[str]
    copulas: frozenset[str]  # "is", "remains": one bare word after them is an adjective
    modals: frozenset[str]  # "can", "will": the word after them is a verb
    currency_words: frozenset[str]  # "dollars": a figure written with one is an amount
    duration_nouns: frozenset[str]  # "years", "seconds": a figure ending in one is a span


# every list present and non-empty, each item one lower-case word
_WORD = Text(test=lambda w: w == w.strip().lower() and " " not in w,
             what="one lower-case word")
CONCEPTS_SCHEMA = Record({key: List(_WORD, nonempty=True) for key in _LISTS})


@cache
def words() -> Words:
    """models/concepts.json, validated (``CONCEPTS_SCHEMA``)."""
    data = validate("concepts.json", read_json("concepts.json"), CONCEPTS_SCHEMA)
    return Words(**{key: frozenset(data[key]) for key in _LISTS})
