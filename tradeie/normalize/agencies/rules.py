"""The generic-body rules (models/agency_rules.json) and the field specs shared with the
dateline and officials rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tradeie.normalize.agencies.gazetteer import KINDS, _valid_country
from tradeie.normalize.agencies.text_tokens import PhraseTable, tokenize_phrase
from tradeie.resources import (
    VERSION,
    WORDS,
    Int,
    List,
    Map,
    OneOf,
    Record,
    Spec,
    Text,
    Type,
    read_json,
    validate,
)

RULES = "agency_rules.json"


# ------------------------------------------------------------------- field validation
# Every field of the JSON rule files read here (and in country.py, officials/data.py) is
# declared with the specs of tradeie.resources and checked when the pipeline is built: a typo
# ("eight" for 8, a string where a list belongs, which Python would iterate letter by letter)
# fails with the file, the line and the key, not later or silently.

COUNT = Int(1)  # a whole number >= 1
WORD_MAP = Map(Text(), comments=False)  # non-empty strings to non-empty strings
FLAG = Type(bool, "true or false")
COUNTRY_CODE = Text(test=_valid_country, what="an ISO 3166-1 alpha-2 code, EU or INT")


def rule_file(fields: dict[str, Spec], optional: frozenset[str] = frozenset()) -> Record:
    """A JSON rule file of these top-level fields (a "version" may be given)."""
    return Record({"version": VERSION, **fields}, optional=optional | {"version"})


RULE_FIELDS: dict[str, Spec] = {
    **{key: WORDS for key in (
        "ministry_heads", "weak_heads", "office_heads", "head_modifiers", "gov_topics",
        "connectors", "of_words", "parent_links", "academic_words",
        "common_ref_blockers_before", "common_ref_blockers_after",
        "code_literal_openers", "code_call_brackets", "code_member_marks",
        "bare_ref_verbs", "bare_ref_preps", "bloc_followers", "state_name_words",
        "tax_fallback_words", "subnational_adjectives",
    )},
    "subnational_places": Map(COUNTRY_CODE, comments=False),
    "code_quotes": List(Text(test=lambda q: len(q) == 1 and not q.isalnum(),
                             what="one quote character")),
    "topic_synonyms": WORD_MAP,
    "canonical_topics": WORD_MAP,
    "max_topic_words": COUNT,
    "lowercase_ministry_needs_topics": FLAG,
    # errors inside an entry name the line of its phrase
    "common_refs": List(Record({"phrase": Text(test=tokenize_phrase),
                                "kind": OneOf(tuple(sorted(KINDS))),
                                "needs_qualifier": FLAG},
                               optional=frozenset({"needs_qualifier"}), own_lines=False,
                               anchor="phrase")),
    "extra_country_words": Map(COUNTRY_CODE, comments=False),
}
RULES_SCHEMA = rule_file(RULE_FIELDS)


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
    bare_ref_preps: frozenset[str] = frozenset()
    bloc_followers: frozenset[str] = frozenset()
    state_words: frozenset[str] = frozenset()
    canonical_topics: dict[str, str] = field(default_factory=dict)
    tax_fallback_words: frozenset[str] = frozenset()
    places: dict[str, str] = field(default_factory=dict)  # "Inner Mongolia" -> CN
    place_adjectives: frozenset[str] = frozenset()
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
    validate(RULES, raw, RULES_SCHEMA)
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
        bare_ref_preps=_word_set(raw, "bare_ref_preps"),
        bloc_followers=_word_set(raw, "bloc_followers"),
        state_words=_word_set(raw, "state_name_words"),
        canonical_topics={k.lower(): v for k, v in raw["canonical_topics"].items()},
        tax_fallback_words=_word_set(raw, "tax_fallback_words"),
        places=dict(raw["subnational_places"]),
        place_adjectives=_word_set(raw, "subnational_adjectives"),
    )


def generic_heads(ministries_only: bool = False) -> frozenset[str]:
    """Head words of bodies named by function ("ministry", "bureau", "office"), lower case:
    "the bureau's chief economist" is an official of the bureau the story named. With
    `ministries_only`, the heads that name nothing but government ("ministry")."""
    return _rules().ministry_heads if ministries_only else _rules().heads
