"""The officials' rule data (models/official_titles.txt, models/name_shapes.json), loaded
and validated, and the match types.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tradeie.normalize.agencies.rules import COUNT, rule_file
from tradeie.normalize.agencies.text_tokens import (
    PhraseTable,
    tokenize_phrase,
)
from tradeie.resources import (
    WORDS,
    DataFileError,
    Spec,
    data_path,
    read_json,
    read_lines,
    validate,
)

TITLES = "official_titles.txt"
NAME_SHAPES = "name_shapes.json"

# What a title must be tied to before the name next to it counts as an official.
PUBLIC, COUNTRY, AGENCY = 0, 1, 2  # nothing / a country or an agency / an agency
_TIES = {"": PUBLIC, "@country": COUNTRY, "@agency": AGENCY}


@dataclass(frozen=True, slots=True)
class OfficialMatch:
    start: int
    end: int
    text: str  # the person's name as written here ("Wang Lingjun", "Wang")
    name: str  # full name (later mentions carry the first mention's full name)
    title: str | None  # as written: "deputy head", "Commerce Secretary"
    agency: int | None  # index into the agencies list passed to find()


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class _Titles:
    table: PhraseTable  # title phrase -> tie level (PUBLIC, COUNTRY, AGENCY)
    prefixes: frozenset[str]
    areas: frozenset[str]
    bases: frozenset[str]
    starters: frozenset[str]  # words a title can begin with
    public_areas: frozenset[str]  # area words only government uses ("statistics")
    known: PhraseTable  # full names of people known to hold public office


@cache
def _titles() -> _Titles:
    table = PhraseTable(any_case=True)
    known = PhraseTable()
    prefixes, areas, bases, public = set(), set(), set(), set()
    ties: dict[tuple[str, ...], int] = {}
    for line in read_lines(TITLES):
        if line[0] == "!":
            words = tokenize_phrase(line[1:])
            if len(words) < 2 or not words[0][0].isupper() or not words[-1][0].isalpha():
                raise DataFileError(f"{data_path(TITLES)}: {line!r}: a full name of two or "
                                    "more words, capitalised, expected")
            known.add(words, line[1:].strip(), case_sensitive=True)
            continue
        if line[0] in "^~=+":
            word = line[1:].strip().lower()
            if not word or " " in word:
                raise DataFileError(f"{data_path(TITLES)}: {line!r}: one word expected")
            {"^": prefixes, "~": areas, "=": bases, "+": public}[line[0]].add(word)
            continue
        title, _, flag = line.partition(" @")
        flag = "@" + flag if flag else ""
        words = tuple(w.lower() for w in tokenize_phrase(title))
        if not words or "@" in title or flag not in _TIES:
            raise DataFileError(f"{data_path(TITLES)}: {line!r}: not a title")
        if ties.get(words, _TIES[flag]) != _TIES[flag]:
            raise DataFileError(f"{data_path(TITLES)}: {title!r} is listed with two ties")
        ties[words] = _TIES[flag]
        table.add(words, _TIES[flag], case_sensitive=False)
    areas |= public
    starters = frozenset(prefixes | areas | set(table.ci_first))
    return _Titles(table, frozenset(prefixes), frozenset(areas), frozenset(bases), starters,
                   frozenset(public), known)


@dataclass(frozen=True, slots=True)
class _Shapes:
    particles: frozenset[str]
    max_tokens: int
    family_first: frozenset[str]
    vietnamese: frozenset[str]
    short_stop: frozenset[str]
    honorifics: frozenset[str]
    not_name: frozenset[str]
    openers: frozenset[str]
    links: frozenset[str]
    determiners: frozenset[str]
    leader_nouns: frozenset[str]
    public_bodies: frozenset[str]
    attributive_after: frozenset[str]
    country_nouns: frozenset[str]
    anaphor_heads: frozenset[str]
    honorific_pairs: frozenset[tuple[str, str]]
    voice_verbs: frozenset[str]
    document_words: frozenset[str]
    agency_pronouns: frozenset[str]
    name_suffixes: frozenset[str]
    given_abbrevs: frozenset[str]
    org_words: frozenset[str]
    dotted_honorifics: frozenset[str]  # "H.E.": as written (its letters alone are "He")
    market_jobs: frozenset[str]  # "economist": jobs a sentence-opening title keeps to itself
    # "in Poush, Finance Minister X said": words before a phrase that make it no name
    not_after: frozenset[str] = frozenset()
    # "Finance Minister Jan Jambon": month words that open a name right after a title
    month_given: frozenset[str] = frozenset()
    # "Song said": surnames of short_ref_stop that are a later mention before a reporting verb
    speaker_stop: frozenset[str] = frozenset()
    # "X, who heads the central bank,": verbs of holding an office
    heading_verbs: frozenset[str] = frozenset()


SHAPE_FIELDS: dict[str, Spec] = {
    "max_name_tokens": COUNT,
    **{key: WORDS for key in (
        "particles", "family_name_first", "family_name_first_vietnamese", "short_ref_stop",
        "title_openers", "title_links", "determiners", "honorifics", "not_name_words",
        "leader_nouns", "public_bodies", "attributive_after", "country_nouns",
        "anaphor_heads", "honorific_pairs", "voice_verbs", "document_words",
        "agency_pronouns", "name_suffixes", "given_name_abbreviations",
        "organisation_words", "dotted_honorifics", "market_jobs", "not_after_words",
        "month_given_names", "short_ref_speakers", "heading_verbs",
    )},
}
SHAPES_SCHEMA = rule_file(SHAPE_FIELDS)


@cache
def _shapes() -> _Shapes:
    raw = read_json(NAME_SHAPES)
    validate(NAME_SHAPES, raw, SHAPES_SCHEMA)

    def words(key: str) -> frozenset[str]:
        return frozenset(_key(v).lower() for v in raw[key])

    return _Shapes(
        particles=words("particles"),
        max_tokens=raw["max_name_tokens"],
        family_first=words("family_name_first"),
        vietnamese=words("family_name_first_vietnamese"),
        short_stop=words("short_ref_stop"),
        honorifics=words("honorifics"),
        not_name=words("not_name_words"),
        openers=words("title_openers"),
        links=words("title_links"),
        determiners=words("determiners"),
        leader_nouns=words("leader_nouns"),
        public_bodies=words("public_bodies"),
        attributive_after=words("attributive_after"),
        country_nouns=words("country_nouns"),
        anaphor_heads=words("anaphor_heads"),
        honorific_pairs=_pairs(raw["honorific_pairs"]),
        voice_verbs=words("voice_verbs"),
        document_words=words("document_words"),
        agency_pronouns=words("agency_pronouns"),
        name_suffixes=words("name_suffixes"),
        given_abbrevs=words("given_name_abbreviations"),
        org_words=words("organisation_words"),
        dotted_honorifics=frozenset(raw["dotted_honorifics"]),
        market_jobs=words("market_jobs"),
        not_after=words("not_after_words"),
        month_given=words("month_given_names"),
        speaker_stop=words("short_ref_speakers"),
        heading_verbs=words("heading_verbs"),
    )


@cache
def bloc_words() -> frozenset[str]:
    """Acronyms of blocs as written ("ASEAN", "AfCFTA", "GCC"): the gazetteer's region
    acronyms and the blocs of economies.json written as an acronym of three letters or
    more (not "Asia": "Asia chief economist" is a bank's). Before a title they name the
    bloc's own body ("ASEAN Secretary-General")."""
    from tradeie.normalize.agencies.lexicon import _lexicon
    from tradeie.normalize.economies import economies
    words = {acr for row in _lexicon().rows for acr in row.regions}
    words |= {b for b in economies()["blocs"] if len(b) >= 3 and b.isupper()}
    return frozenset(words)


def _pairs(phrases: list[str]) -> frozenset[tuple[str, str]]:
    out = set()
    for phrase in phrases:
        words = tuple(w.lower() for w in tokenize_phrase(phrase))
        if len(words) != 2:
            raise DataFileError(f"{data_path(NAME_SHAPES)}: honorific_pairs: {phrase!r} is "
                                "not two words")
        out.add(words)
    return frozenset(out)


def _key(word: str) -> str:
    keys = tokenize_phrase(word)
    return keys[0] if keys else word


def _cased(word: str) -> str:
    """"NYAMBURA" -> "Nyambura"; other words unchanged."""
    return word.capitalize() if len(word) > 1 and word.isupper() else word


@dataclass(slots=True)
class _Found:
    start: int  # token indices of the name, end exclusive
    end: int
    title: str | None
    agency: int | None
    name: str = ""
    ner: bool = False  # delimited by a PERSON entity rather than by the shape rules
