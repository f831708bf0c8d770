"""The generic-body rules (models/agency_rules.json) and the field checks shared with the
officials rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tradeie.normalize.agencies.gazetteer import KINDS, _valid_country
from tradeie.normalize.agencies.text_tokens import PhraseTable, tokenize_phrase
from tradeie.resources import (
    DataFileError,
    check_phrases,
    data_error,
    data_path,
    read_json,
)

RULES = "agency_rules.json"


# ------------------------------------------------------------------- field validation
# Every field of the JSON rule files read here (and in officials/data.py) is checked by type when
# the pipeline is built: a typo ("eight" for 8, a string where a list belongs, which Python
# would iterate letter by letter) fails with the file and line, not later or silently.

Key = str | tuple[str, ...]
Check = Callable[[str, Any, Key], None]


def check_words(name: str, value: Any, key: Key) -> None:
    """A list of non-empty strings."""
    check_phrases(value, name, key)


def check_count(name: str, value: Any, key: Key) -> None:
    """A whole number >= 1 (not a bool, not a string)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise data_error(name, key, f"expected a whole number >= 1, not {value!r}")


def check_text(name: str, value: Any, key: Key) -> None:
    if not isinstance(value, str):
        raise data_error(name, key, f"expected a string, not {value!r}")


def check_flag(name: str, value: Any, key: Key) -> None:
    if not isinstance(value, bool):
        raise data_error(name, key, f"expected true or false, not {value!r}")


def check_word_map(name: str, value: Any, key: Key) -> None:
    """An object mapping non-empty strings to non-empty strings."""
    if not isinstance(value, dict):
        raise data_error(name, key, "expected a JSON object")
    for word, target in value.items():
        path = (*((key,) if isinstance(key, str) else key), word)
        if not word.strip() or not isinstance(target, str) or not target.strip():
            raise data_error(name, path, f"{word!r}: {target!r} is not a non-empty string")


def check_fields(raw: dict[str, Any], name: str, fields: dict[str, Check],
                 optional: frozenset[str] = frozenset({"version", "comment"})) -> None:
    """Check every field of a JSON rule file: each known key by its check, no unknown key
    (a misspelt key would silently fall back to a default), none missing. Keys starting
    with "_" are comments (strings)."""
    for key, value in raw.items():
        check = check_text if key.startswith("_") else fields.get(key)
        if check is None:
            raise data_error(name, key, f"unknown key (expected one of {sorted(fields)})")
        check(name, value, key)
    missing = sorted(set(fields) - set(raw) - optional)
    if missing:
        raise DataFileError(f"{data_path(name)}: missing top-level key(s) {missing}")


def _check_common_refs(name: str, value: Any, key: Key) -> None:
    if not isinstance(value, list):
        raise data_error(name, key, "expected a list of {phrase, kind} objects")
    for i, ref in enumerate(value):
        where = f"{key}[{i}]"
        if not isinstance(ref, dict):
            raise data_error(name, key, f"{where}: expected an object, not {ref!r}")
        phrase = ref.get("phrase")
        spot = phrase if isinstance(phrase, str) else None  # the entry's line, when found
        if not isinstance(phrase, str) or not tokenize_phrase(phrase):
            raise data_error(name, key, f"{where}: 'phrase' must be a non-empty string")
        if ref.get("kind") not in KINDS:
            raise data_error(name, key, f"{where}: kind {ref.get('kind')!r} is not one of "
                             f"{sorted(KINDS)}", spot)
        if not isinstance(ref.get("needs_qualifier", False), bool):
            raise data_error(name, key, f"{where}: 'needs_qualifier' must be true or false",
                             spot)
        unknown = set(ref) - {"phrase", "kind", "needs_qualifier"}
        if unknown:
            raise data_error(name, key, f"{where}: unknown field(s) {sorted(unknown)}", spot)


def _check_country_words(name: str, value: Any, key: Key) -> None:
    check_word_map(name, value, key)
    for word, code in value.items():
        if not _valid_country(code):
            raise data_error(name, (key, word) if isinstance(key, str) else (*key, word),
                             f"{word!r}: bad code {code!r} (ISO 3166-1 alpha-2, EU or INT)")


def _check_code_quotes(name: str, value: Any, key: Key) -> None:
    check_words(name, value, key)
    for quote in value:
        if len(quote) != 1 or quote.isalnum():
            raise data_error(name, key, f"{quote!r} is not one quote character", quote)


RULE_FIELDS: dict[str, Check] = {
    "version": check_count,
    "comment": check_text,
    **{key: check_words for key in (
        "ministry_heads", "weak_heads", "office_heads", "head_modifiers", "gov_topics",
        "connectors", "of_words", "parent_links", "academic_words",
        "common_ref_blockers_before", "common_ref_blockers_after",
        "code_literal_openers", "code_call_brackets", "code_member_marks",
        "bare_ref_verbs", "bloc_followers", "state_name_words", "tax_fallback_words",
    )},
    "code_quotes": _check_code_quotes,
    "topic_synonyms": check_word_map,
    "canonical_topics": check_word_map,
    "max_topic_words": check_count,
    "lowercase_ministry_needs_topics": check_flag,
    "common_refs": _check_common_refs,
    "extra_country_words": _check_country_words,
}


def _word_set(rules: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(v.lower() for v in rules[key])


@dataclass(slots=True)
class _Rules:
    ministry_heads: frozenset[str]
    office_heads: frozenset[str]
    weak_heads: frozenset[str]
    modifiers: frozenset[str]
    topics: frozenset[str]
    synonyms: dict[str, str]
    connectors: frozenset[str]
    of_words: frozenset[str]
    parent_links: frozenset[str]
    max_words: int
    academic: frozenset[str]
    refs: PhraseTable
    ref_block_before: frozenset[str]
    ref_block_after: frozenset[str]
    code_literal: re.Pattern[str]
    code_member: re.Pattern[str]
    bare_ref_verbs: frozenset[str] = frozenset()
    bloc_followers: frozenset[str] = frozenset()
    state_words: frozenset[str] = frozenset()
    canonical_topics: dict[str, str] = field(default_factory=dict)
    tax_fallback_words: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.heads = self.ministry_heads | self.office_heads


def _code_literal_re(raw: dict[str, Any]) -> re.Pattern[str]:
    """What stands right before the opening quote of a string literal in code: an opener
    ('agency = "GAC"', '"source": "GAC"', '["NBS", "GAC"]') or a call's bracket glued to
    its name ('lookup("GAC")'; news writes 'Customs ("GAC")' with a blank before it).
    Matched backwards from the quote on a short window, anchored at its end. An empty list
    turns its half off (an empty alternative would match before every quote)."""
    openers = "|".join(re.escape(w) for w in sorted(raw["code_literal_openers"], key=len,
                                                    reverse=True))
    calls = "|".join(re.escape(w) for w in raw["code_call_brackets"])
    quotes = "".join(re.escape(q) for q in raw["code_quotes"])
    before = [rf"(?:{openers})[ \t]*"] * bool(openers) + [rf"\w(?:{calls})"] * bool(calls)
    if not before or not quotes:
        return re.compile(r"(?!)")  # never matches: no acronym is taken for a literal
    return re.compile(rf"(?:{'|'.join(before)})([{quotes}])\Z")


@cache
def _rules() -> _Rules:
    raw = read_json(RULES)
    check_fields(raw, RULES, RULE_FIELDS)
    refs = PhraseTable(any_case=True)
    for ref in raw["common_refs"]:
        refs.add(tokenize_phrase(ref["phrase"]), (ref["kind"], bool(ref.get("needs_qualifier"))),
                 case_sensitive=False)
    return _Rules(
        ministry_heads=_word_set(raw, "ministry_heads"),
        office_heads=_word_set(raw, "office_heads"),
        weak_heads=_word_set(raw, "weak_heads"),
        modifiers=_word_set(raw, "head_modifiers"),
        topics=_word_set(raw, "gov_topics"),
        synonyms={k.lower(): v.lower() for k, v in raw["topic_synonyms"].items()},
        connectors=_word_set(raw, "connectors") | {"and"},
        of_words=_word_set(raw, "of_words"),
        parent_links=_word_set(raw, "parent_links"),
        max_words=raw["max_topic_words"],
        academic=_word_set(raw, "academic_words"),
        refs=refs,
        ref_block_before=_word_set(raw, "common_ref_blockers_before"),
        ref_block_after=_word_set(raw, "common_ref_blockers_after"),
        code_literal=_code_literal_re(raw),
        # 'GAC.fetch(...)', 'NBS_DATA', 'GAC[0]': a mark glued between the acronym and code
        code_member=re.compile(
            rf"(?:{'|'.join(re.escape(m) for m in raw['code_member_marks']) or '(?!)'})"
            r"[\w)\]'\"]"),
        bare_ref_verbs=_word_set(raw, "bare_ref_verbs"),
        bloc_followers=_word_set(raw, "bloc_followers"),
        state_words=_word_set(raw, "state_name_words"),
        canonical_topics={k.lower(): v for k, v in raw["canonical_topics"].items()},
        tax_fallback_words=_word_set(raw, "tax_fallback_words"),
    )


def generic_heads(ministries_only: bool = False) -> frozenset[str]:
    """Head words of bodies named by function ("ministry", "bureau", "office"), lower case:
    "the bureau's chief economist" is an official of the bureau the story named. With
    `ministries_only`, the heads that name nothing but government ("ministry")."""
    return _rules().ministry_heads if ministries_only else _rules().heads
