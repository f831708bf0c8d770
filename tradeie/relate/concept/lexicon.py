"""The word lists of ``models/concepts.json``, loaded and validated once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tradeie.resources import DataFileError, data_path, read_json

_LISTS = ("determiners", "possessive_pronouns", "pronouns", "prepositions", "clause_words",
          "reporting_verbs", "verbs", "adverbs", "measure_nouns", "change_nouns", "empty_heads",
          "ly_words", "time_nouns", "number_words", "copulas", "modals",
          "currency_words")


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


@cache
def words() -> Words:
    """models/concepts.json, validated: every list present, lower-case single words."""
    data = read_json("concepts.json")
    path = data_path("concepts.json")
    lists = {}
    for key in _LISTS:
        items = data.get(key)
        if not isinstance(items, list) or not items:
            raise DataFileError(f"{path}: {key!r} must be a non-empty list of words")
        for item in items:
            if not isinstance(item, str) or not item or item != item.strip().lower() \
                    or " " in item:
                raise DataFileError(f"{path}: {key!r}: {item!r} is not one lower-case word")
        lists[key] = frozenset(items)
    unknown = set(data) - set(_LISTS) - {"_comment"}
    if unknown:
        raise DataFileError(f"{path}: unknown key(s) {sorted(unknown)}")
    return Words(**lists)
