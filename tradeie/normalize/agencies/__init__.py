"""AGENCY recognition without a statistical model: a gazetteer plus generic patterns.

The text is tokenised once into word tokens; every list (gazetteer surfaces, non-agencies,
country names) is a dict of token tuples, so a scan is one dict lookup per token instead of
a regex per entry (a 5 KB article takes about 2 ms). Generic bodies ("Ministry of
X", "the commerce ministry", "customs authorities") are found from head words outward, and
"Full Name (ACR)" definitions turn every later "ACR" into the same agency. Bodies named by
their function ("the central bank", "the statistics office", "the national statistics
agency INEGI") are the story economy's body of that kind (the contract's AGENCY conventions);
long acronyms also match in title case ("Inegi", "Turkstat"), so new gazetteer rows are found
in either form.

Shared surfaces ("MOF", "Ministry of Finance", "NBS") are resolved by an adjacent country
("Japan's MOF", "Ministry of Finance of Indonesia"), then by the document's country, then
by the order of models/agencies.jsonl (see the comment at its top).

With a statistical pipeline, its ORG entities are extra evidence (``find(text, orgs=)``): an
ORG the rules missed that is shaped like a government body (a ministry, or a capitalised
department / bureau / office ... head word with a "Federal", "State" ..., a country, or an
"of" complement) becomes an AGENCY; outlets, companies, banks and think tanks stay out.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

import pycountry

from tradeie.resources import (
    DataFileError,
    check_phrases,
    data_error,
    data_path,
    read_json,
    read_jsonl,
    read_lines,
    require,
)

GAZETTEER = "agencies.jsonl"
NOT_AGENCIES = "not_agencies.txt"
CREDIT_MARKERS = "credit_markers.txt"
RULES = "agency_rules.json"
DATELINES = "dateline_cities.json"
ECONOMIES = "economies.json"  # shared country names/demonyms (also used for partners)

KINDS = frozenset({
    "customs", "statistics", "trade_ministry", "finance_ministry", "economy_ministry",
    "central_bank", "investment_agency", "trade_promotion", "intergovernmental", "other",
})
NON_NATIONAL = frozenset({"EU", "INT"})


@dataclass(frozen=True, slots=True)
class AgencyMatch:
    start: int
    end: int
    text: str  # text[start:end] of the input
    name: str  # canonical full name
    acronym: str | None
    country: str  # ISO 3166-1 alpha-2, "EU", or "INT"


# --------------------------------------------------------------------------- tokens

# Words (with inner '&', '-', apostrophes: "DGCI&S", "Sang-mok", "Xi'an"), dotted
# abbreviations ("U.S."), a possessive "'s" as its own token, commas and ampersands.
# Each alternative consumes distinct characters, so matching is linear.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}|\w+(?:[&\-]\w+)*(?:['\u2019](?![sS]\b)\w+)*|['\u2019][sS]\b|[,&]"
)
# split() with one capture group gives [gap, token, gap, token, ..., gap] in linear time
_SPLIT_RE = re.compile("(" + _TOKEN_RE.pattern + ")")
_BREAK_CHARS = frozenset(".!?;:()[]{}\"\u201c\u201d|/")
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})  # a dash set off by blanks ends a clause


def _norm_key(tok: str) -> str:
    key = tok.replace("\u2019", "'")
    if "." in key:  # "U.S." and "US" are the same key
        key = key.replace(".", "")
    return "and" if key == "&" else key


class TextTokens:
    """Word tokens of a text with the facts every rule asks about them."""

    __slots__ = ("text", "n", "starts", "ends", "words", "keys", "lows", "cap", "joined",
                 "spaced")

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _SPLIT_RE.split(text)  # runs in C, unlike a Python loop over matches
        gaps, words = parts[0:-1:2], parts[1::2]
        n = len(words)
        offsets = list(accumulate(map(len, parts), initial=0))  # offsets[j]: start of part j
        self.starts, self.ends = offsets[1::2][:n], offsets[2::2][:n]
        self.words, self.n = words, n
        self.keys = [w if w.isalnum() else _norm_key(w) for w in words]
        self.lows = [k.lower() for k in self.keys]
        self.cap = [w[0].isupper() for w in words]
        # joined[i]: token i continues a phrase begun before it (only blanks in between, no
        # blank line); spaced[i]: whitespace in between but no blank line and no
        # punctuation, as between the words of one personal name.
        joined = [g == " " or ((not g or g.isspace()) and g.count("\n") < 2) for g in gaps]
        spaced = [g == " " or (g.isspace() and g.count("\n") < 2) for g in gaps]
        if gaps:
            joined[0] = spaced[0] = False
        self.joined, self.spaced = joined, spaced

    def __len__(self) -> int:
        return self.n

    def index_at(self, char: int) -> int | None:
        """Index of the token starting exactly at char offset `char`."""
        i = bisect.bisect_left(self.starts, char)
        return i if i < len(self.starts) and self.starts[i] == char else None

    def index_ending(self, char: int) -> int | None:
        i = bisect.bisect_left(self.ends, char)
        return i if i < len(self.ends) and self.ends[i] == char else None

    def boundary_before(self, i: int) -> bool:
        """True when token i opens a sentence/clause (start of text or punctuation before)."""
        if i == 0:
            return True
        gap = self.text[self.ends[i - 1]:self.starts[i]]
        return any(c in _BREAK_CHARS for c in gap) or gap.count("\n") >= 2 \
            or (gap.strip() in _DASHES and gap[:1].isspace())  # "CANBERRA -- Treasurer X"


@lru_cache(maxsize=2)
def text_tokens(text: str) -> TextTokens:
    """Tokens of `text`, shared by the agency and official finders run on the same text."""
    return TextTokens(text)


def tokenize_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(_norm_key(m.group()) for m in _TOKEN_RE.finditer(phrase))


_NONE: frozenset[int] = frozenset()


class PhraseTable:
    """Token-tuple dictionary with longest-match lookup.

    Phrases of one word are matched case-sensitively, longer ones case-insensitively but
    only when the text starts with a capital or the phrase has three words or more
    ("ministry of commerce"), so "to invest India" is not "Invest India".
    """

    __slots__ = ("cs", "ci", "cs_first", "ci_first", "ci_first3", "cs_last", "ci_last",
                 "any_case")

    def __init__(self, any_case: bool = False) -> None:
        self.any_case = any_case  # accept lower-case text for every phrase
        self.cs: dict[tuple[str, ...], list[Any]] = {}
        self.ci: dict[tuple[str, ...], list[Any]] = {}
        # first word -> lengths of the phrases it begins
        self.cs_first: dict[str, frozenset[int]] = {}
        self.ci_first: dict[str, frozenset[int]] = {}
        self.ci_first3: dict[str, frozenset[int]] = {}  # 3+ words: matched in any case
        self.cs_last: dict[str, int] = {}
        self.ci_last: dict[str, int] = {}

    def add(self, words: tuple[str, ...], value: Any, case_sensitive: bool | None = None) -> None:
        if not words:
            return
        if case_sensitive is None:
            case_sensitive = len(words) == 1
        if case_sensitive:
            key, table, first, last = words, self.cs, self.cs_first, self.cs_last
        else:
            key = tuple(w.lower() for w in words)
            table, first, last = self.ci, self.ci_first, self.ci_last
        bucket = table.setdefault(key, [])
        if value not in bucket:
            bucket.append(value)
        first[key[0]] = first.get(key[0], _NONE) | {len(key)}
        if not case_sensitive and len(key) >= 3:
            self.ci_first3[key[0]] = self.ci_first3.get(key[0], _NONE) | {len(key)}
        last[key[-1]] = max(last.get(key[-1], 0), len(key))

    def _get(self, toks: TextTokens, i: int, length: int) -> list[Any] | None:
        found = self.cs.get(tuple(toks.keys[i:i + length]))
        ci = self.ci.get(tuple(toks.lows[i:i + length]))
        if ci is not None and (self.any_case or length >= 3 or toks.cap[i]):
            found = (found or []) + ci
        return found

    def longest_at(self, toks: TextTokens, i: int) -> tuple[int, list[Any]] | None:
        ci_first = self.ci_first if (self.any_case or toks.cap[i]) else self.ci_first3
        lengths = self.cs_first.get(toks.keys[i], _NONE) | ci_first.get(toks.lows[i], _NONE)
        if not lengths:
            return None
        most = max(lengths)
        j = i + 1
        n = toks.n
        joined = toks.joined
        while j < n and j - i < most and joined[j]:
            j += 1
        for length in sorted(lengths, reverse=True):
            if length <= j - i:
                found = self._get(toks, i, length)
                if found:
                    return length, found
        return None

    def longest_ending(self, toks: TextTokens, j: int) -> tuple[int, list[Any]] | None:
        """Longest phrase whose last token is j."""
        most = max(self.cs_last.get(toks.keys[j], 0), self.ci_last.get(toks.lows[j], 0))
        if not most:
            return None
        i = j
        while i > 0 and j - i + 1 < most and toks.joined[i]:
            i -= 1
        for start in range(i, j + 1):
            found = self._get(toks, start, j - start + 1)
            if found:
                return j - start + 1, found
        return None


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class AgencyRow:
    name: str
    acronyms: tuple[str, ...]
    aliases: tuple[str, ...]
    country: str
    kind: str
    weak: frozenset[str]
    regions: frozenset[str]
    line: int
    source: str = ""  # the body's official website, where its name was taken from


def _valid_country(code: Any) -> bool:
    if code in NON_NATIONAL:
        return True
    return (isinstance(code, str) and len(code) == 2 and code.isupper()
            and pycountry.countries.get(alpha_2=code) is not None)


# `source` of a gazetteer row: an http(s) URL with a host ("https://www.stats.gov.cn/english/")
_SOURCE_URL_RE = re.compile(r"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,}"
                            r"(?::\d+)?(?:[/?#]\S*)?")


def load_gazetteer(rows: Iterable[dict[str, Any]], source: str = GAZETTEER
                   ) -> tuple[AgencyRow, ...]:
    """Validate gazetteer rows (as from read_jsonl); errors name the file and line."""
    out = []
    seen: dict[tuple[str, str], Any] = {}
    path = data_path(source)  # once: it looks the file up on disk
    for row in rows:
        require(row, ("name", "acronyms", "aliases", "country", "kind", "source"), source)
        where = f"{path}: line {row.get('_line', '?')}"
        name = row["name"]
        if not isinstance(name, str) or not tokenize_phrase(name):
            raise DataFileError(f"{where}: 'name' must be a non-empty string")
        url = row["source"]
        if not isinstance(url, str) or not _SOURCE_URL_RE.fullmatch(url):
            raise DataFileError(f"{where}: 'source' must be the URL (http:// or https://) of "
                                f"the body's official website, not {url!r}")
        lists = {}
        for key in ("acronyms", "aliases", "weak", "regions"):
            value = row.get(key, [])
            if not isinstance(value, list) or not all(
                isinstance(v, str) and tokenize_phrase(v) for v in value
            ):
                raise DataFileError(f"{where}: {key!r} must be a list of non-empty strings")
            lists[key] = tuple(value)
        if not _valid_country(row["country"]):
            raise DataFileError(
                f"{where}: country {row['country']!r} is not an ISO 3166-1 alpha-2 code, EU or INT"
            )
        if row["kind"] not in KINDS:
            raise DataFileError(f"{where}: kind {row['kind']!r} is not one of {sorted(KINDS)}")
        if (name, row["country"]) in seen:
            raise DataFileError(f"{where}: {name!r} ({row['country']}) is already on line "
                                f"{seen[name, row['country']]}")
        seen[name, row["country"]] = row.get("_line", "?")
        surfaces = set(lists["acronyms"]) | set(lists["aliases"])
        if not set(lists["weak"]) <= surfaces:
            raise DataFileError(f"{where}: 'weak' lists a form that is not an acronym or alias")
        if not set(lists["regions"]) <= set(lists["acronyms"]):
            raise DataFileError(f"{where}: 'regions' lists a form that is not an acronym")
        out.append(AgencyRow(name, lists["acronyms"], lists["aliases"], row["country"],
                             row["kind"], frozenset(lists["weak"]), frozenset(lists["regions"]),
                             int(row.get("_line", 0)), url))
    return tuple(out)


# ------------------------------------------------------------------- field validation
# Every field of the JSON rule files read here (and in officials.py) is checked by type when
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
        "bare_ref_verbs", "bloc_followers", "state_name_words",
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
    )


def generic_heads(ministries_only: bool = False) -> frozenset[str]:
    """Head words of bodies named by function ("ministry", "bureau", "office"), lower case:
    "the bureau's chief economist" is an official of the bureau the story named. With
    `ministries_only`, the heads that name nothing but government ("ministry")."""
    return _rules().ministry_heads if ministries_only else _rules().heads


def dateline_cities() -> frozenset[str]:
    """Upper-case names of the cities in models/dateline_cities.json ("ABU DHABI")."""
    return frozenset(_dateline_cities())


@cache
def country_table() -> PhraseTable:
    """Country names, short forms and adjectives -> alpha-2 (or EU), capitalised only."""
    table = PhraseTable()
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names[value] = country.alpha_2
    economies = read_json(ECONOMIES).get("names", {})
    if not isinstance(economies, dict):
        raise DataFileError(f"{data_path(ECONOMIES)}: 'names' must be an object")
    names.update({k: v for k, v in economies.items() if _valid_country(v) and v != "INT"})
    # Regions named with a country's word ("Latin America", "South American") match as a
    # whole, with no country (""), so that "America" inside them is not the US.
    names.update({k: "" for k, v in economies.items()
                  if not _valid_country(v) and " " in k and k.split()[-1] in names})
    _rules()  # validates agency_rules.json, extra_country_words included
    names.update(read_json(RULES)["extra_country_words"])
    for word, code in names.items():
        if word[:1].isupper():  # "the bloc", "mainland China": not a qualifier we can trust
            words = tokenize_phrase(word)
            table.add(words, code, case_sensitive=len(words) == 1 or word.isupper())
    return table


def qualifier_before(toks: TextTokens, i: int) -> tuple[str, int] | None:
    """Country of "China's", "Chinese", "U.S." right before token i: (code, first token)."""
    j = i - 1
    if j < 0 or not toks.joined[i]:
        return None
    if toks.lows[j] == "'s":
        if j == 0 or not toks.joined[j]:
            return None
        j -= 1
    if not toks.cap[j]:
        return None
    hit = country_table().longest_ending(toks, j)
    return (hit[1][0], j - hit[0] + 1) if hit and hit[1][0] else None


def country_after_of(toks: TextTokens, k: int) -> tuple[str, int] | None:
    """Country of "of Japan", "of the People's Republic of China" starting at token k:
    (code, end token exclusive)."""
    n = len(toks)
    if k >= n or toks.lows[k] != "of" or not toks.joined[k]:
        return None
    k += 1
    if k < n and toks.lows[k] == "the" and toks.joined[k]:
        k += 1
    if k >= n or not toks.joined[k] or not toks.cap[k]:
        return None
    hit = country_table().longest_at(toks, k)
    return (hit[1][0], k + hit[0]) if hit and hit[1][0] else None


def is_country_word(toks: TextTokens, k: int) -> bool:
    table = country_table()
    return bool(toks.cap[k] and (table.cs.get((toks.keys[k],)) or table.longest_at(toks, k)))


def _check_cities(name: str, value: Any, key: Key) -> None:
    check_word_map(name, value, key)
    for city, code in value.items():
        if not _valid_country(code) or code in NON_NATIONAL:
            raise data_error(name, (key, city) if isinstance(key, str) else (*key, city),
                             f"city {city!r}: bad country {code!r} (ISO 3166-1 alpha-2)")


DATELINE_FIELDS: dict[str, Check] = {
    "version": check_count, "comment": check_text, "bloc_comment": check_text,
    "bloc_cities": check_words, "cities": _check_cities,
}


@cache
def _datelines() -> dict[str, Any]:
    raw = read_json(DATELINES)
    check_fields(raw, DATELINES, DATELINE_FIELDS,
                 optional=frozenset({"version", "comment", "bloc_comment"}))
    return raw


@cache
def _dateline_cities() -> dict[str, str]:
    return {" ".join(city.upper().split()): code
            for city, code in _datelines()["cities"].items()}


# "BEIJING, Jan. 13 (Xinhua) --", "NEW DELHI:", "Tokyo (Reuters) -". Bounded, lazy city part
# and disjoint separators: no catastrophic backtracking.
_DATELINE_RE = re.compile(
    r"^[ \t]*(?P<city>[^\W\d_][^\W\d_.'\u2019 \-]*(?:[ .'\u2019\-]{1,2}[^\W\d_]+){0,3}\.?)"
    r"[ \t]*(?P<date>,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?"
    # "Baku. 28 September. REPORT.AZ/ ...": day before month, full stops around
    r"|[.,]?[ \t]*\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
    r"(?:[ \t]+\d{4})?(?=\.))?"
    r"[ \t]*(?P<src>\([^()\n]{1,40}\))?[ \t]*(?:--|\u2014|\u2013|-|:|(?(date)\.|(?!)))",
    re.MULTILINE,
)


def _dateline(text: str) -> tuple[str, str] | None:
    """(city in upper case, country) of the article's dateline, if any."""
    cities = _dateline_cities()
    for m in _DATELINE_RE.finditer(text, 0, min(len(text), 2000)):
        city = m.group("city")
        key = " ".join(city.upper().split())
        code = cities.get(key) or cities.get(key.rstrip("."))
        if code and (city.isupper() or m.group("date") or m.group("src")):
            return key, code
    return None


def dateline_country(text: str) -> str | None:
    found = _dateline(text)
    return found[1] if found else None


@cache
def _bloc_cities() -> frozenset[str]:
    return frozenset(" ".join(c.upper().split()) for c in _datelines()["bloc_cities"])


@cache
def _bloc_table() -> PhraseTable:
    """Mentions of the EU and the euro area ("euro zone", "eurozone"), in any case."""
    table = PhraseTable(any_case=True)
    for word, code in read_json(ECONOMIES).get("names", {}).items():
        if code in ("EU", "EA") and not word.lower().startswith("the "):
            table.add(tokenize_phrase(word), code, case_sensitive=word.isupper())
    return table


def _bloc(toks: TextTokens) -> str:
    """EA when the text speaks of the euro area at least as often as of the EU."""
    table = _bloc_table()
    counts: Counter[str] = Counter()
    i, n = 0, len(toks)
    while i < n:
        hit = table.longest_at(toks, i)
        if hit:
            counts[hit[1][0]] += 1
        i += hit[0] if hit else 1
    return "EA" if counts["EA"] and counts["EA"] >= counts["EU"] else "EU"


@cache
def _mention_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words before a partner, currency words, words after a reporter) of economies.json:
    "exports to China", "trade with the US" name a partner; "U.S. dollars" names a currency,
    no economy; "Spanish exports", "Spain's trade" name the economy whose figures they are."""
    eco = read_json(ECONOMIES)
    out = []
    for key in ("partner_words_before", "currency_words_after", "reporter_words_after"):
        words = check_phrases(eco.get(key), ECONOMIES, key)
        out.append(frozenset(w.lower() for w in words))
    return out[0], out[1], out[2]


# A mention in partner position ("exports to China", "the deficit with China") counts this
# much towards the document's economy: a story about the Netherlands' trade with China names
# China more often than the Netherlands, but mostly as the partner. One that owns a metric
# ("Spanish exports", "Spain's trade") counts REPORTER_WEIGHT.
PARTNER_WEIGHT = 0.25
REPORTER_WEIGHT = 2.0


def country_mentions(toks: TextTokens, weighted: bool = False) -> Counter[str]:
    """How often each economy is named. A name followed by a currency word ("U.S. dollars",
    "Hong Kong dollars") names a currency and is not counted; with ``weighted`` a name after
    a partner word ("to", "with", "from") counts ``PARTNER_WEIGHT``."""
    table = country_table()
    partner_words, currency_words, reporter_words = _mention_words()
    counts: Counter[str] = Counter()
    i, n = 0, len(toks)
    cs_first, ci_first = table.cs_first, table.ci_first
    while i < n:
        hit = None
        if toks.cap[i] and (toks.keys[i] in cs_first or toks.lows[i] in ci_first):
            hit = table.longest_at(toks, i)
        if hit:
            end = i + hit[0]
            # a region ("Latin America") is skipped whole, never counted
            if hit[1][0] and not (end < n and toks.lows[end] in currency_words):
                j = i - 1 if i and toks.lows[i - 1] != "the" else i - 2
                weight = 1.0
                if weighted and j >= 0 and toks.lows[j] in partner_words:
                    weight = PARTNER_WEIGHT
                elif weighted:
                    k = end + 1 if end < n and toks.lows[end] == "'s" else end
                    if k < n and toks.lows[k] in reporter_words:
                        weight = REPORTER_WEIGHT
                counts[hit[1][0]] += weight
            i = end
        else:
            i += 1
    return counts


def _doc_country(text: str, countries: Iterable[str], toks: TextTokens | None = None
                 ) -> str | None:
    countries = list(countries)
    national = Counter(c for c in countries if c not in NON_NATIONAL)
    dateline = _dateline(text)
    if dateline:
        city, code = dateline
        # "BRUSSELS (Reuters) - Eurostat said ...": an EU story, not a Belgian one
        if city in _bloc_cities() and "EU" in countries and not national.get(code):
            return _bloc(toks or text_tokens(text))
        # "RIYADH: Qatar's trade surplus ..., the country's Planning and Statistics Authority
        # said": filed abroad about another economy's release; the dateline's country is
        # named nowhere else and no agency of it is
        if national and not national.get(code):
            toks = toks or text_tokens(text)
            if not country_mentions(toks).get(code):
                return national.most_common(1)[0][0]
        return code
    if national:
        return national.most_common(1)[0][0]
    toks = toks or text_tokens(text)
    mentions = country_mentions(toks, weighted=True)
    # the EU or the euro area when named more often than any one country (as often, when an
    # EU body's release is reported): a Spanish story comparing with the euro area is Spanish
    bloc_count = mentions.get("EU", 0) + mentions.get("EA", 0)
    top = max((v for k, v in mentions.items() if k not in ("EU", "EA")), default=0)
    if bloc_count > top or ("EU" in countries and bloc_count >= top):
        return _bloc(toks)
    if mentions:
        return mentions.most_common(1)[0][0]
    return None


def document_country(agencies: list[AgencyMatch], text: str) -> str | None:
    """The article's economy: dateline city, else the most frequent national agency's
    country, else the most mentioned country. EU stories (EU bodies named and no national
    one, or a Brussels/Frankfurt dateline with EU bodies) give "EU", or "EA" when the text
    speaks of the euro area at least as often as of the EU."""
    return _doc_country(text, (a.country for a in agencies))


# --------------------------------------------------------------------------- credits


@cache
def _credit_re() -> re.Pattern[str]:
    by, colon = [], []
    for marker in read_lines(CREDIT_MARKERS):
        words = r"[ \t]+".join(re.escape(w) for w in marker.split())
        (by if marker.lower().endswith(" by") else colon).append(words)
    alts = []
    if colon:
        alts.append(r"(?:" + "|".join(sorted(colon, key=len, reverse=True)) + r")[ \t]*[:\uff1a]")
    if by:
        alts.append(r"(?:" + "|".join(sorted(by, key=len, reverse=True)) + r")[ \t]+(?=[A-Z])")
    # The credit runs to the closing parenthesis or the end of the line; consuming it in
    # the match keeps finditer linear.
    # It opens with a literal character class so the engine skips ahead quickly; callers
    # put a "\n" before the text to catch a credit on the first line.
    return re.compile(r"[(\[\n][ \t]*(?=[A-Za-z])(?:" + "|".join(alts) + r")[^)\n]*",
                      re.IGNORECASE)


_BYLINE_RE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n]{0,100}$", re.MULTILINE)
_BYLINE_WORD_RE = re.compile(r"[^\s,]+")
_PHOTO_CREDIT_RE = re.compile(r"\((?:[A-Z][\w .'\-]{0,30})/[^()\n]{1,60}\)")


@lru_cache(maxsize=2)
def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of editor/photo/reporter credits and bylines (no agencies, no
    officials inside), sorted and merged."""
    # offsets in "\n" + text are one more; the opening character is not part of the credit
    spans = [(m.start(), m.end() - 1) for m in _credit_re().finditer("\n" + text)]
    for m in _BYLINE_RE.finditer(text):
        words = _BYLINE_WORD_RE.findall(m.group()[m.group().index("By") + 2:])
        if words and all(w[0].isupper() or w in ("and", "&") for w in words) \
                and not m.group().rstrip().endswith("."):
            spans.append(m.span())
    spans.extend(m.span() for m in _PHOTO_CREDIT_RE.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans."""
    k = bisect.bisect_right(spans, (end, -1)) - 1  # last span starting before end
    return k >= 0 and spans[k][1] > start


# --------------------------------------------------------------------------- lexicon

_BLOCK = ("BLOCK",)


def _title_case(text: str) -> str:
    words = text.split()
    small = {"of", "and", "for", "the", "on", "in", "at", "under"}
    return " ".join(
        w if (w[:1].isupper() or (i and w.lower() in small)) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def _title_acronym(acr: str) -> str | None:
    """"Inegi" of "INEGI", "Turkstat" of "TurkStat": news writes acronyms of four letters or
    more as words too. None when the acronym has no such other form."""
    if len(acr) < 4 or not acr.isalpha() or not acr[0].isupper():
        return None
    cased = acr[0] + acr[1:].lower()
    return cased if cased != acr else None


def row_acronym(row: AgencyRow) -> str | None:
    """The acronym a mention of this row reports: the first listed, else a one-word name
    ("Eurostat", "Destatis" are abbreviations that serve as names)."""
    if row.acronyms:
        return row.acronyms[0]
    words = tokenize_phrase(row.name)
    return row.name if len(words) == 1 else None


class _Lexicon:
    """Gazetteer and non-agency phrases in one table, plus the signature index."""

    def __init__(self) -> None:
        self.rows = load_gazetteer(read_jsonl(GAZETTEER))
        self.rules = _rules()
        self.table = PhraseTable()
        for idx, row in enumerate(self.rows):
            self.table.add(tokenize_phrase(row.name), (idx, "name"))
            for alias in row.aliases:
                self.table.add(tokenize_phrase(alias), (idx, "alias", alias))
            for acr in row.acronyms:
                if acr not in row.regions:
                    self.table.add(tokenize_phrase(acr), (idx, "acronym", acr),
                                   case_sensitive=True)
                    cased = _title_acronym(acr)
                    if cased:  # a weak acronym's form is weak too ("Sars" outside South Africa)
                        self.table.add((cased,), (idx, "acronym", acr), case_sensitive=True)
        strong = self.rules.heads - self.rules.weak_heads
        before_head = set()
        for phrase in read_lines(NOT_AGENCIES):
            words = tokenize_phrase(phrase)
            if len(words) > 2 and words[0].lower() == "the":  # found from the next word
                words = words[1:]
            self.table.add(words, _BLOCK)
            lows = [w.lower() for w in words]
            before_head.update(lows[k - 1] for k in range(1, len(lows)) if lows[k] in strong)
        # "News" of "Xinhua News Agency", "Investors" of "Moody's Investors Service": a body
        # named like this is an outlet or a company whatever else its name says (NER evidence).
        self.non_agency_before_head = frozenset(
            before_head - self.rules.modifiers - self.rules.topics - self.rules.connectors
        )
        # (country, signature) -> row, so "the commerce ministry" of a Chinese story finds
        # MOFCOM and "Ministry of Finance of Indonesia" Indonesia's row.
        self.by_signature: dict[tuple[str, tuple[str, ...]], int] = {}
        self.by_kind: dict[tuple[str, str], int] = {}
        self.kinds_of: dict[str, set[str]] = {}
        for idx, row in enumerate(self.rows):
            self.by_kind.setdefault((row.country, row.kind), idx)
            self.kinds_of.setdefault(row.country, set()).add(row.kind)
            for surface in (row.name, *row.aliases):
                sig = self.signature([w.lower() for w in tokenize_phrase(surface)])
                if sig:
                    self.by_signature.setdefault((row.country, sig), idx)
        self.region_acronyms = frozenset(r for row in self.rows for r in row.regions)
        self.known_acronyms = {a: i for i, row in enumerate(self.rows) for a in row.acronyms}
        for i, row in enumerate(self.rows):
            for a in row.acronyms:
                cased = _title_acronym(a)
                if cased and a not in row.weak:
                    self.known_acronyms.setdefault(cased, i)

    def signature(self, lows: list[str]) -> tuple[str, ...] | None:
        """('ministry', 'finance') for "Finance Ministry", "Federal Ministry of Finance"..."""
        r = self.rules
        countries = country_table()
        head_pos = next((k for k, w in enumerate(lows) if w in r.heads), None)
        if head_pos is None:
            return None
        head = r.synonyms.get(lows[head_pos], lows[head_pos])
        words = []
        for k, w in enumerate(lows):
            # a modifier that is also a topic ("statistical") is kept
            if k == head_pos or w in r.connectors or w in r.of_words \
                    or (w in r.modifiers and w not in r.topics) \
                    or w == "'s" or w in r.state_words or countries.cs.get((w.title(),)) \
                    or countries.cs.get((w.upper(),)):
                continue
            if w in r.heads and k > head_pos:
                break
            words.append(r.synonyms.get(w, w))
        return (head, *words) if words else None

    def generic_shaped(self, lows: list[str]) -> bool:
        r = self.rules
        return any(w in r.heads for w in lows) and all(
            w in r.heads or w in r.topics or w in r.connectors or w in r.of_words
            or w in r.modifiers for w in lows  # "the national statistics institute"
        )


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon()


@lru_cache(maxsize=2)
def _lexicon_hits(toks: TextTokens) -> tuple[tuple[int, int, tuple[Any, ...]], ...]:
    """Longest gazetteer / non-agency phrases, left to right: (start, length, values)."""
    table = _lexicon().table
    cs_first, ci_first, ci_first3 = table.cs_first, table.ci_first, table.ci_first3
    keys, lows, cap = toks.keys, toks.lows, toks.cap
    hits = []
    i, n = 0, len(toks)
    while i < n:
        if keys[i] not in cs_first and lows[i] not in (ci_first if cap[i] else ci_first3):
            i += 1
            continue
        hit = table.longest_at(toks, i)
        if hit:
            hits.append((i, hit[0], tuple(hit[1])))
            i += hit[0]
        else:
            i += 1
    return tuple(hits)


def non_agency_spans(toks: TextTokens) -> list[tuple[int, int]]:
    """Token spans (end exclusive) of news outlets, companies, banks, think tanks."""
    return [(i, i + length) for i, length, values in _lexicon_hits(toks) if _BLOCK in values]


# --------------------------------------------------------------------------- finder


@dataclass(slots=True)
class _Cand:
    start: int  # token indices, end exclusive
    end: int
    prio: int  # lower wins on equal length
    name: str = ""
    acronym: str | None = None
    country: str | None = None
    block: bool = False
    rows: list[tuple[int, str, str]] = field(default_factory=list)  # (row, type, surface)
    kind: str | None = None  # the gazetteer row's kind, when resolved to a row


# How far before a quoted acronym to look for a code opener ("=", ":" and blanks).
_CODE_WINDOW = 12

_ACRONYM_DEF_RE = re.compile(r"[ \t]*\([ \t]*(?:the[ \t]+)?([^\W\d_][\w&.\-]{1,11})[ \t]*\)")


class AgencyFinder:
    """Find AGENCY mentions in raw text (see the module docstring)."""

    def __init__(self) -> None:
        self.lex = _lexicon()
        self.rules = self.lex.rules
        self.countries = country_table()
        # Read (and validate) now what find() reads: a broken file fails when the pipeline
        # is built, not at the first document.
        _dateline_cities()
        _bloc_cities()
        _credit_re()

    # -- main --------------------------------------------------------------------------

    def find(self, text: str, orgs: Sequence[tuple[int, int]] | None = None
             ) -> list[AgencyMatch]:
        """AGENCY mentions in `text`, in text order. `orgs`: optional (start, end) char spans
        of a NER's ORG entities, used as extra evidence (see the module docstring)."""
        if not text:
            return []
        toks = text_tokens(text)
        n = len(toks)
        covered = [False] * n
        cands: list[_Cand] = []
        for i, length, values in _lexicon_hits(toks):
            if _BLOCK in values:
                cands.append(_Cand(i, i + length, 0, block=True))
            else:
                cands.append(_Cand(i, i + length, 1, rows=[
                    (v[0], v[1], v[2] if len(v) > 2 else self.lex.rows[v[0]].name)
                    for v in values
                ]))
            for k in range(i, i + length):
                covered[k] = True

        # Document country from what is unambiguous, before resolving shared surfaces.
        sure = []
        for c in cands:
            rows = {r for r, _, _ in c.rows}
            if len(rows) == 1 and not any(self._is_weak(r, s) for r, _, s in c.rows):
                sure.append(self.lex.rows[next(iter(rows))].country)
        doc = _doc_country(text, sure, toks)
        if doc == "EA":  # no agency belongs to the euro area as such
            doc = "EU"

        by_start = {c.start: c for c in cands if not c.block}
        gazetteer = [c for c in cands if not c.block]
        for c in gazetteer:
            self._resolve(toks, c, doc)
        cands = [c for c in cands if c.block or c.name]
        cands.extend(self._generic(toks, covered, by_start, doc))
        cands.extend(self._common_refs(toks, covered, doc, by_start, cands))
        if orgs:
            cands.extend(self._ner_orgs(toks, orgs, covered, cands, by_start, doc))

        masks = credit_spans(text)
        chosen = self._select(toks, cands, masks)
        chosen = self._acronym_definitions(toks, chosen, masks)
        if chosen:
            chosen = [c for c in chosen if not self._code_literal(toks, c)]
        return [
            AgencyMatch(toks.starts[c.start], toks.ends[c.end - 1],
                        text[toks.starts[c.start]:toks.ends[c.end - 1]],
                        c.name, c.acronym, c.country or "")
            for c in chosen if c.country
        ]

    def _code_literal(self, toks: TextTokens, c: _Cand) -> bool:
        """An acronym alone as a string literal of code ('agency: str = "GAC"', '"source":
        "GAC"'), which names no agency. News quotes an acronym in a definition instead
        ('Customs ("GAC") said'), with no opener before the quote (see _code_literal_re)."""
        if c.end - c.start != 1 or c.acronym is None or toks.words[c.start] != c.acronym:
            return False
        start, end = toks.starts[c.start], toks.ends[c.start]
        text = toks.text
        if end >= len(text):
            return False
        if self.rules.code_member.match(text, end):
            return True
        m = self.rules.code_literal.search(text, max(0, start - _CODE_WINDOW), start)
        return m is not None and text[end] == m.group(1)

    # -- gazetteer resolution -----------------------------------------------------------

    def _is_weak(self, row: int, surface: str) -> bool:
        return surface in self.lex.rows[row].weak

    def _resolve(self, toks: TextTokens, c: _Cand, doc: str | None) -> None:
        q = qualifier_before(toks, c.start)
        after = country_after_of(toks, c.end)
        qual = q[0] if q else (after[0] if after else None)
        options = [(r, t, s) for r, t, s in c.rows
                   if not self._is_weak(r, s) or self.lex.rows[r].country in (qual, doc)]
        if not options:
            return
        rows = self.lex.rows
        pick = None
        lows = toks.lows[c.start:c.end]
        # an international body's name is never another country's body ("Organisation for
        # Economic Co-operation and Development" is built of generic words too)
        generic = self.lex.generic_shaped(lows) and any(
            rows[r].country not in NON_NATIONAL for r, _, _ in options)
        for want in (qual, doc):
            if want is None:
                continue
            pick = next((o for o in options if rows[o[0]].country == want), None)
            if pick:
                break
            first_kind = rows[options[0][0]].kind
            # "Finance Ministry" in a Kenyan story is Kenya's (no Kenyan row of that kind);
            # "the Commerce Ministry" in a US story is not the US's (it has its own name);
            # "the Ministry of Commerce" in an Indian story is the Ministry of Commerce and
            # Industry (its name holds every word of what is written).
            own = self.lex.by_kind.get((want, first_kind))
            if generic and own is not None and set(lows) - set(self.rules.of_words) \
                    <= {w.lower() for w in tokenize_phrase(rows[own].name)}:  # "Trade," too
                pick = (own, "name", rows[own].name)
                break
            # (an "other" row of the story's country says nothing about its foreign ministry)
            if generic and (want == qual or first_kind == "other"
                            or first_kind not in self.lex.kinds_of.get(want, ())):
                self._set_generic(toks, c, want, lows)
                return
            if want == qual:
                break
        row_idx, stype, surface = pick or options[0]
        row = rows[row_idx]
        c.kind = row.kind
        if row.kind == "intergovernmental" and stype == "acronym" and c.end < len(toks) \
                and toks.joined[c.end] and toks.lows[c.end] in self.rules.bloc_followers:
            return  # "OPEC countries": the members, not the organisation
        c.name, c.country = row.name, row.country
        c.acronym = surface if stype == "acronym" else row_acronym(row)

    def _set_generic(self, toks: TextTokens, c: _Cand, country: str, lows: list[str]) -> None:
        sig = self.lex.signature(lows)
        idx = self.lex.by_signature.get((country, sig)) if sig else None
        c.country = country
        c.rows = []
        if idx is not None:
            row = self.lex.rows[idx]
            c.name, c.acronym, c.kind = row.name, row_acronym(row), row.kind
            return
        c.acronym = None
        c.name = self._canonical_generic(toks, c.start, c.end)

    def _canonical_generic(self, toks: TextTokens, start: int, end: int) -> str:
        words = toks.words[start:end]
        lows = toks.lows[start:end]
        # "commerce ministry" -> "Ministry of Commerce": the form agencies use themselves.
        if len(lows) >= 2 and lows[-1] in self.rules.ministry_heads and not any(
            w in self.rules.of_words for w in lows
        ):
            mods = []
            k = 0
            while k < len(lows) - 1 and lows[k] in self.rules.modifiers:
                mods.append(words[k])
                k += 1
            topic = " ".join(words[k:-1]).replace(" ,", ",")
            topic = self.rules.canonical_topics.get(topic.lower(), topic)  # "Foreign Affairs"
            if topic:
                return _title_case(" ".join([*mods, words[-1], "of", topic]))
        text = toks.text[toks.starts[start]:toks.ends[end - 1]]
        return _title_case(" ".join(text.split()))

    # -- generic bodies -----------------------------------------------------------------

    def _topic_ok(self, toks: TextTokens, k: int, ministry: bool, head_cap: bool) -> bool:
        low = toks.lows[k]
        if low in self.rules.topics:
            return toks.cap[k] or not head_cap
        # any capitalised word names a ministry ("Unification Ministry"), but not a country
        # ("Chinese Ministry") or a sentence opener
        return (ministry and toks.cap[k] and head_cap and low not in self.rules.heads
                and low not in ("the", "a", "an", "this", "that", "its", "their", "his", "her")
                and not self.countries.longest_ending(toks, k)
                and not self.countries.longest_at(toks, k))

    def _generic(self, toks: TextTokens, covered: list[bool], by_start: dict[int, _Cand],
                 doc: str | None) -> Iterator[_Cand]:
        r = self.rules
        heads = r.heads
        for h, low in enumerate(toks.lows):
            if low not in heads:
                continue
            ministry = low in r.ministry_heads
            head_cap = toks.cap[h]
            span = self._of_form(toks, h, ministry, head_cap)
            if span is None:
                span = self._before_form(toks, h, ministry, head_cap)
            if span is None:
                continue
            start, end, country = span
            # modifiers ("Federal", "National") stand before either form
            while start > 0 and toks.joined[start] and toks.lows[start - 1] in r.modifiers \
                    and toks.cap[start - 1] == head_cap:
                start -= 1
            if head_cap and low in r.weak_heads and start > 0 and toks.joined[start] \
                    and country is None:
                # "the Korea Institute for Industrial Economics and Trade": a country word
                # opening an institute's name (after "the" or a clause break) is part of it;
                # "the Philippine Department of ..." stays a department described by country
                hit = self.countries.longest_ending(toks, start - 1)
                first = start - hit[0] if hit else 0
                if hit and hit[1][0] and toks.cap[first] and (
                        first == 0 or toks.boundary_before(first)
                        or toks.lows[first - 1] in ("the", "a", "an")):
                    start, country = first, hit[1][0]
            has_mod = any(toks.lows[k] in r.modifiers for k in range(start, h))
            parent = self._parent(toks, start, end, by_start)
            if parent is None and self._academic(toks, start, end):
                continue  # a named government parent outweighs a nearby "academy"
            q = qualifier_before(toks, start)
            if not ministry:
                if not head_cap and parent is None:
                    continue
                if low in r.weak_heads and not (has_mod or q or country or parent
                                                or self._defined(toks, end)):
                    continue
            country = country or (q[0] if q else None) or (parent.country if parent else None) \
                or doc
            if not country:
                continue
            c = _Cand(start, end, 2)
            self._set_generic(toks, c, country, toks.lows[start:end])
            yield c

    def _of_form(self, toks: TextTokens, h: int, ministry: bool, head_cap: bool
                 ) -> tuple[int, int, str | None] | None:
        r = self.rules
        n = len(toks)
        k = h + 1
        if k >= n or toks.lows[k] not in r.of_words or not toks.joined[k]:
            return None
        k += 1
        if k < n and toks.lows[k] == "the" and toks.joined[k]:
            k += 1
        last = None
        country = None
        words = 0
        while k < n and toks.joined[k] and words < r.max_words:
            low = toks.lows[k]
            if low in r.connectors:
                k += 1
                continue
            if low == "of":
                after = country_after_of(toks, k)
                if after and last is not None:
                    country, last = after[0], after[1] - 1
                break
            if low == "'s" or not self._topic_ok(toks, k, ministry, head_cap):
                break
            if last is None and head_cap and not toks.cap[k]:
                return None
            last = k
            words += 1
            k += 1
        if last is None:
            return None
        return h, last + 1, country

    def _before_form(self, toks: TextTokens, h: int, ministry: bool, head_cap: bool
                     ) -> tuple[int, int, str | None] | None:
        r = self.rules
        # a lower-case "the statistics office" is a common reference, handled there; the
        # caller keeps other lower-case bodies only under a parent ("the BOK's monetary
        # and financial statistics division")
        k = h - 1
        first = None
        words = 0
        while k >= 0 and toks.joined[k + 1] and words < r.max_words:
            low = toks.lows[k]
            if low in r.connectors and first is not None and low != "the":
                k -= 1
                continue
            if low == "'s" or not self._topic_ok(toks, k, ministry, head_cap):
                break
            first = k
            words += 1
            k -= 1
        end, country = h + 1, None
        after = country_after_of(toks, end)  # "Federal Statistics Office of Somalia"
        if after:
            end, country = after[1], after[0]
        if first is None or (not ministry and k >= 0 and toks.cap[k] and toks.joined[k + 1]
                             and toks.lows[k] not in r.modifiers):
            named = self._country_named(toks, h)
            if named:
                return named
        if first is None:
            return None
        return first, end, country

    def _country_named(self, toks: TextTokens, h: int) -> tuple[int, int, str | None] | None:
        """A body named after its country: "Vietnam Trade Remedies Authority" (the
        country word starts a capitalised run that ends in a head word)."""
        r = self.rules
        if toks.lows[h] in r.weak_heads or not toks.cap[h]:
            return None
        k = h - 1
        while k >= 0 and h - k <= 5 and toks.joined[k + 1] and (
            toks.cap[k] or toks.lows[k] in ("and", "&")
        ):
            hit = self.countries.longest_ending(toks, k)
            if hit and hit[1][0] and hit[0] <= k + 1 and k < h - 1:
                start = k - hit[0] + 1
                if start == 0 or not (toks.joined[start] and toks.cap[start - 1]) \
                        or toks.lows[start - 1] in ("the", "a", "an") \
                        or toks.boundary_before(start):
                    return start, h + 1, hit[1][0]
            k -= 1
        return None

    def _defined(self, toks: TextTokens, end: int) -> bool:
        """Whether an acronym definition follows: "Monetary Policy Committee (Copom)"."""
        m = _ACRONYM_DEF_RE.match(toks.text, toks.ends[end - 1])
        return m is not None and self._acronym_shaped(m.group(1))

    def _acronym_shaped(self, acr: str) -> bool:
        """"INEGI", "TurkStat", a known acronym, or a word of 4-8 letters such as "Copom",
        "Indec" (news writes long acronyms in title case); not a country or an outlet."""
        key = _norm_key(acr)
        if self.countries.cs.get((key,)) or _BLOCK in (self.lex.table.cs.get((key,)) or ()):
            return False
        return sum(ch.isupper() for ch in acr) >= 2 or acr in self.lex.known_acronyms or (
            acr.isalpha() and 4 <= len(acr) <= 8 and acr[0].isupper() and acr[1:].islower())

    def _academic(self, toks: TextTokens, start: int, end: int) -> bool:
        around = toks.lows[max(0, start - 3):start] + toks.lows[end:end + 4]
        return any(w in self.rules.academic for w in around)

    def _parent(self, toks: TextTokens, start: int, end: int, by_start: dict[int, _Cand]
                ) -> _Cand | None:
        """The agency this body belongs to: "MOFCOM's Department of ...", "... under MOFCOM"."""
        if start >= 2 and toks.lows[start - 1] == "'s" and toks.joined[start]:
            for c in by_start.values():
                if c.end == start - 1 and c.name:
                    return c
        k = end
        n = len(toks)
        if k < n and toks.lows[k] in self.rules.parent_links and toks.joined[k]:
            k += 1
            if k < n and toks.lows[k] == "the" and toks.joined[k]:
                k += 1
            c = by_start.get(k)
            if c is not None and c.name and toks.joined[k]:
                return c
        return None

    # -- common references ("customs authorities", "the central bank") -------------------

    def _bare_ref_ok(self, toks: TextTokens, start: int, end: int) -> bool:
        """A reference that needs a country stands alone: "customs said", or the source
        closing a wire headline ("Trade surplus narrows 21% - customs")."""
        n, text = len(toks), toks.text
        if end < n and toks.joined[end] and toks.lows[end] in self.rules.bare_ref_verbs:
            return True
        before = text[toks.ends[start - 1]:toks.starts[start]] if start else ""
        after = text[toks.ends[end - 1]:toks.starts[end]] if end < n else "\n"
        return any(d in before for d in "-\u2013\u2014") and before.strip() in "-\u2013\u2014" \
            and "\n" in after and not after.strip()

    @staticmethod
    def _earlier_of_kind(cands: list[_Cand], doc: str | None
                         ) -> dict[str, tuple[list[int], list[_Cand], list[bool]]]:
        """Per kind, the resolved candidates sorted by end: (ends, the latest-starting one
        among the first i, whether one of the first i is the story country's)."""
        out: dict[str, tuple[list[int], list[_Cand], list[bool]]] = {}
        for c in sorted((c for c in cands if c.kind and c.name and c.country and not c.block),
                        key=lambda c: c.end):
            ends, best, own = out.setdefault(c.kind, ([], [], []))
            ends.append(c.end)
            best.append(c if not best or c.start >= best[-1].start else best[-1])
            own.append(c.country == doc or (bool(own) and own[-1]))
        return out

    def _common_refs(self, toks: TextTokens, covered: list[bool], doc: str | None,
                     by_start: dict[int, _Cand], cands: list[_Cand]) -> Iterator[_Cand]:
        r = self.rules
        n = len(toks)
        earlier_of = self._earlier_of_kind(cands, doc)  # before the refs are added
        i = 0
        while i < n:
            hit = r.refs.longest_at(toks, i) if toks.lows[i] in r.refs.ci_first else None
            if not hit:
                i += 1
                continue
            length, values = hit
            end = i + length
            kind, needs_qualifier = values[0]
            start = i
            i = end
            if any(covered[k] for k in range(start, end)):
                continue
            before = toks.lows[start - 1] if start and toks.joined[start] else ""
            after = toks.lows[end] if end < n and toks.joined[end] else ""
            if before in r.ref_block_before or after in r.ref_block_after or after in r.heads:
                continue
            if end < n and covered[end] and toks.joined[end]:
                # "national statistics bureau Istat": a description of the next name, the
                # same body (a company or an outlet there: no agency)
                described = by_start.get(end)
                if described is not None and described.name and described.country:
                    yield _Cand(start, end, 3, name=described.name,
                                acronym=described.acronym, country=described.country)
                continue
            q = qualifier_before(toks, start)
            of = country_after_of(toks, end)
            if needs_qualifier and not q and not self._bare_ref_ok(toks, start, end):
                continue
            country = (q[0] if q else None) or (of[0] if of else None)
            if country is None:
                # "the central bank" after "the Federal Reserve" in a Chinese story is the
                # Fed, unless the story named its own bank of that kind before
                ends, best, own = earlier_of.get(kind, ([], [], []))
                k = bisect.bisect_right(ends, start)
                if k and not own[k - 1]:
                    last = best[k - 1]
                    yield _Cand(start, end, 3, name=last.name, acronym=last.acronym,
                                country=last.country, kind=kind)
                    continue
                country = doc
            if not country:
                continue
            if of:
                end = of[1]
            c = _Cand(start, end, 3, country=country, kind=kind)
            idx = self.lex.by_kind.get((country, kind))
            if idx is not None:
                row = self.lex.rows[idx]
                c.name, c.acronym = row.name, row_acronym(row)
            else:
                c.name = _title_case(" ".join(
                    toks.text[toks.starts[start]:toks.ends[end - 1]].split()))
            yield c

    # -- NER evidence -------------------------------------------------------------------

    def _ner_orgs(self, toks: TextTokens, orgs: Sequence[tuple[int, int]], covered: list[bool],
                  cands: list[_Cand], by_start: dict[int, _Cand], doc: str | None
                  ) -> list[_Cand]:
        """ORG entities that no rule matched, kept when shaped like a government body."""
        taken = list(covered)  # gazetteer and non-agency phrases, whatever they resolved to
        for c in cands:
            for k in range(c.start, c.end):
                taken[k] = True
        out = []
        for start, end in sorted(set(orgs)):
            s = bisect.bisect_left(toks.starts, start)  # the tokens inside the entity
            e = bisect.bisect_right(toks.ends, end)
            while s < e and toks.lows[s] == "the":
                s += 1
            if e > s and toks.lows[e - 1] == "'s":
                e -= 1
            if s >= e or any(taken[k] for k in range(s, e)):
                continue
            country = self._ner_body(toks, s, e)
            if country is None:
                continue
            parent = self._parent(toks, s, e, by_start)
            q = qualifier_before(toks, s)
            after = country_after_of(toks, e)
            country = country or (q[0] if q else None) or (after[0] if after else None) \
                or (parent.country if parent else None) or doc
            if not country:
                continue
            c = _Cand(s, e, 4)
            self._set_generic(toks, c, country, toks.lows[s:e])
            for k in range(s, e):
                taken[k] = True
            out.append(c)
        return out

    def _ner_body(self, toks: TextTokens, s: int, e: int) -> str | None:
        """Whether tokens s..e-1 look like a government body's name: None if not, else
        the country named inside it or "" (the caller finds one)."""
        r = self.rules
        if e - s > r.max_words + 4 or self._academic(toks, s, e):
            return None
        prev = s - 1  # a capitalised word glued before the entity: a company's name
        if prev >= 0 and toks.joined[s] and toks.cap[prev] and not toks.boundary_before(s) \
                and toks.lows[prev] not in r.connectors and not qualifier_before(toks, s):
            return None
        heads = [k for k in range(s, e) if toks.lows[k] in r.heads and toks.cap[k]
                 and toks.lows[k] not in r.weak_heads]
        if not heads or any(k > s and toks.lows[k - 1] in self.lex.non_agency_before_head
                            for k in heads):
            return None
        country = ""
        flavour = any(toks.lows[k] in r.ministry_heads for k in heads)
        k = s
        while k < e:
            low, word = toks.lows[k], toks.words[k]
            if low in r.academic or any(ch.isdigit() for ch in word):
                return None
            if not toks.cap[k] and low not in r.connectors and low not in r.of_words:
                return None  # "Tesla's services office": not one proper name
            hit = self.countries.longest_at(toks, k) if toks.cap[k] else None
            if hit and k + hit[0] <= e:
                country = country or hit[1][0]
                flavour = True
                k += hit[0]
                continue
            flavour = flavour or low in r.modifiers or (
                k in heads and k + 1 < e and toks.lows[k + 1] in r.of_words)
            k += 1
        return country if flavour else None

    # -- selection and acronym definitions -----------------------------------------------

    def _select(self, toks: TextTokens, cands: list[_Cand], masks: list[tuple[int, int]]
                ) -> list[_Cand]:
        taken = [False] * len(toks)
        chosen = []
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
            if any(taken[k] for k in range(c.start, c.end)):
                continue
            for k in range(c.start, c.end):
                taken[k] = True
            if c.block or not c.name:
                continue
            if masks and _inside(masks, toks.starts[c.start], toks.ends[c.end - 1]):
                continue
            chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        return chosen

    def _acronym_definitions(self, toks: TextTokens, chosen: list[_Cand],
                             masks: list[tuple[int, int]]) -> list[_Cand]:
        text = toks.text
        defined: dict[str, tuple[int, _Cand]] = {}  # acronym key -> (defining token, agency)
        for c in chosen:
            m = _ACRONYM_DEF_RE.match(text, toks.ends[c.end - 1])
            if not m:
                continue
            acr = m.group(1)
            key = _norm_key(acr)
            j = toks.index_at(m.start(1))
            if j is None or toks.ends[j] != m.end(1) or key in self.lex.region_acronyms:
                continue
            if not self._acronym_shaped(acr):  # "(US)" is a country, not an acronym
                continue
            defined.setdefault(key, (j, c))
        if not defined:
            return chosen
        at = {c.start: c for c in chosen}
        out = list(chosen)
        occupied = [False] * len(toks)
        for c in chosen:
            for k in range(c.start, c.end):
                occupied[k] = True
        for k, key in enumerate(toks.keys):  # one pass: every later use of each acronym
            if key not in defined or k < defined[key][0]:
                continue
            src = defined[key][1]
            existing = at.get(k)
            if existing is not None and existing.end == k + 1:
                existing.name, existing.country = src.name, src.country
                if not (existing.acronym and existing.acronym.lower() == key.lower()):
                    existing.acronym = toks.words[k]  # "Indec" of a known "INDEC" stays so
                continue
            if occupied[k] or (masks and _inside(masks, toks.starts[k], toks.ends[k])):
                continue
            occupied[k] = True
            out.append(_Cand(k, k + 1, 1, name=src.name, acronym=toks.words[k],
                             country=src.country))
        for j, src in defined.values():
            if src.acronym is None:
                src.acronym = toks.words[j]
        out.sort(key=lambda c: c.start)
        return out
