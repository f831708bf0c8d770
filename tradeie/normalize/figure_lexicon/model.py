"""What the figure finder's word lists become: ``Unit`` and ``Lexicon``, the lookup key of a
word, regular plurals and the line-wrap gaps every figure pattern allows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tradeie.patterns import squash

# A hard-wrapped line inside a figure ("$3\nbillion", "5 \r\npercent"): one line break (\n,
# \r\n or \r) with a little space around it. Two breaks are a paragraph, never one figure.
# A Title-case word after the break (NOT_TITLE) is a new line, not a wrapped figure: "Rank
# 300\nPeople's Bank ..." (wrapping never changes case). Patterns with a word after the break
# add NOT_TITLE; figures.FigureFinder._unit_at lets "Danish crowns" through.
WRAP = r"[ \t]{0,2}(?:\r\n?|\n)[ \t]{0,3}"
WRAP_R = r"[ \t]{0,3}(?:\n\r?|\r)[ \t]{0,2}"  # the same, on reversed text
NOT_TITLE = r"(?-i:(?![A-Z][a-z]))"  # case-sensitive inside (?i:...) patterns too
# The space between two words of one figure ("a million", "one in five", "$58 a barrel").
GAP = rf"(?:[ \t]{{1,3}}|{WRAP}{NOT_TITLE})"


def key_of(text: str) -> str:
    """The lookup key of matched text: lower case, separators as one space."""
    return squash(text.replace("-", " ")).lower()


def plurals(word: str) -> list[str]:
    """'mile' -> mile, miles; 'inch' -> inches; 'century' -> centuries (regular English)."""
    last = word.split(" ")[-1]
    if last.endswith(("s", "x", "ch", "sh")):
        return [word, word + "es"]
    if last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        return [word, word[:-1] + "ies"]
    if last in ("foot", "feet", "inches"):
        return [word]
    return [word, word + "s"]


@dataclass(frozen=True, slots=True)
class Unit:
    """What a unit word means: its kind, its name and (for percent and money) a factor."""

    kind: str  # percent, money, subunit, measure, duration, age, count, scale, multiple
    name: str  # percent/percentage_point, ISO code, quantulum3-style unit name, noun
    factor: float = 1.0
    loose: bool = False  # only returned with everything=True


@dataclass(slots=True)
class Lexicon:
    """All rule data of the figure finder, validated, with its compiled regexes."""

    scales: dict[str, float]
    scale_letters: dict[str, float]
    qualifiers: dict[str, str]
    qualifier_verbs: dict[str, str]
    number_words: dict[str, float]
    number_multipliers: dict[str, float]
    vague: dict[str, tuple[float, float]]
    fractions: dict[str, float]
    denominators: dict[str, float]
    fold_words: dict[str, float]
    scale_fractions: dict[str, float]  # fractions before "(of) a" and a scale word, all keys
    fraction_scales: set[str]  # the scale words a fraction may take ("half a billion")
    vulgar: dict[str, float]  # fraction characters: "½", "¼"
    words: dict[str, Unit]  # case-insensitive unit words (keys from key_of)
    symbols: dict[str, Unit]  # case-sensitive unit symbols
    attached: set[str]  # symbols read only when written against the number
    prefix_currencies: dict[str, str]  # symbol or code before a number -> ISO code
    # symbol -> {article country -> ISO code}: '$' in a Canadian story, 'R' in a South African
    country_symbols: dict[str, dict[str, str]]
    weak_prefixes: set[str]
    scaled_postfix: set[str]  # symbols read after a number only when scaled or separated
    artifact_prefixes: dict[str, str]
    dollar_suffixes: set[str]
    other_dollar_names: dict[str, str]  # lower-case name or symbol -> code, for '$' resolution
    yuan_markers: tuple[str, ...]
    # generic currency name -> the currencies it names, and shared symbol -> such a name
    local_currencies: dict[str, tuple[str, ...]]
    local_symbols: dict[str, str]
    yen_markers: tuple[str, ...]
    sterling_markers: tuple[str, ...]
    count_nouns: set[str]
    count_skip: set[str]  # "2,566 more new cars": words after a count that are not its unit
    count_conj_stop: set[str]  # "the top five exports", "20 countries and imports": not counted
    count_joiners: set[str]  # "4,500 small and medium enterprises": words joining modifiers
    count_after_of: set[str]  # "a survey of 28 economists": not_counted, yet counted after "of"
    count_participles: set[str]  # "and related products": -ed words that modify a conjunct
    money_subjects: set[str]  # "the deficit fell to 1.05 billion": an amount of money
    point_rate_words: set[str]  # "the unemployment rate is down 0.5 points": percentage points
    count_subjects: dict[str, str]  # subject whose counted noun is unwritten -> that noun
    count_level_before: set[str]  # words before a bare number that is its subject's count
    non_count: set[str]
    stop_words: set[str]
    one_before: set[str]
    one_after: set[str]
    up_before: set[str]
    down_before: set[str]
    up_after: set[str]
    down_after: set[str]
    range_words: set[str]
    forecast_before: set[str]  # "to", "would": a change word after these can start a range
    rate_markers: set[str]
    rate_words: set[str]
    time_words: set[str]
    months: set[str]
    year_before: set[str]
    name_ok: set[str]
    place_before_of: set[str]  # "to Indonesia of 560,000 head": a place, no name
    street_words: set[str]
    label_words: set[str]
    irregular_plurals: set[str]  # "people", "aircraft": plurals without a regular -s
    determiners: set[str]
    hyphen_prefixes: set[str]  # "minus-5", "sub-1%": letters and a hyphen that keep a figure
    subject_skip: set[str]
    article_scales: tuple[str, ...]  # "a million": the article is the number one
    article_fractions: tuple[str, ...]  # "a third"
    plus_words: set[str]  # sign words read as "+" (the others of sign_words as "-")
    by_reversed: tuple[str, ...]  # the "by" words of range_left_words, spelt backwards
    back_reference: set[str]  # "all three": with the determiners, a number naming things again
    share_skip: set[str]  # "a third of all exports": skipped before what a share is of
    first_skip: set[str]  # "5 most gifted attackers": skipped as a noun phrase's first word
    regex: dict[str, re.Pattern[str]] = field(default_factory=dict)

