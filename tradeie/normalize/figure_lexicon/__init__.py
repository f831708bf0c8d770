"""The word lists of the figure finder, read once from ``models/`` and compiled to regexes.

Every word list becomes a *trie-shaped* alternation: alternatives that share a prefix are
merged ("k(?:m(?:/h)?|g|Wh?)"), so each step of a match has one way forward. That keeps
matching linear on any input (no alternation ever has two branches starting with the same
character) and makes a lookup cost the length of the word, not the size of the list.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pycountry

from tradeie.patterns import WORD_SEP, squash, trie_pattern
from tradeie.resources import DataFileError, data_path, line_of, read_json

FIGURE_DATA = "figures.json"
CURRENCY_DATA = "currencies.json"

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


# -- validation ---------------------------------------------------------------------------
# Both files are checked field by field, by type, before anything reads them: a malformed
# entry is a DataFileError naming the file, the line and the key, never a TypeError later or
# (worse) a string where a list belongs, iterated letter by letter and silently accepted.
# The schema is a tree of the small checkers below; a mapping entry named "comment" is
# documentation and must be a string.

Loc = tuple[str, ...]  # the keys leading to an entry, as resources.line_of searches them


def _error(name: str, loc: Loc, label: str, why: str, item: Any = None) -> DataFileError:
    where = f" line {line_of(name, loc, item)}:" if loc or item is not None else ""
    return DataFileError(f"{data_path(name)}:{where} {label}: {why}")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the string {value!r}"
    return "an array" if isinstance(value, list) else "an object"


class _Spec:
    def check(self, name: str, value: Any, loc: Loc, label: str) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class _Num(_Spec):
    """A finite number (JSON's parser also accepts NaN and Infinity), optionally > 0 or >= 0."""

    low: float | None = None
    strict: bool = True

    def check(self, name: str, value: Any, loc: Loc, label: str) -> None:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and \
            math.isfinite(value)
        if ok and self.low is not None:
            ok = value > self.low if self.strict else value >= self.low
        if not ok:
            bound = "" if self.low is None else f" {'>' if self.strict else '>='} {self.low:g}"
            raise _error(name, loc, label, f"expected a number{bound}, got {_json_type(value)}")


@dataclass(frozen=True)
class _Type(_Spec):
    kind: type
    what: str

    def check(self, name: str, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, self.kind) or (self.kind is int and isinstance(value, bool)):
            raise _error(name, loc, label, f"expected {self.what}, got {_json_type(value)}")


@dataclass(frozen=True)
class _Text(_Spec):
    """A non-empty string (an empty word would match everywhere), matching ``pattern``."""

    pattern: str | None = None
    what: str = "a non-empty string"

    def check(self, name: str, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, str) or not value.strip() or (
                self.pattern is not None and not re.fullmatch(self.pattern, value)):
            raise _error(name, loc, label, f"expected {self.what}, got {_json_type(value)}",
                         value if isinstance(value, str) and value.strip() else None)


@dataclass(frozen=True)
class _List(_Spec):
    item: _Spec

    def check(self, name: str, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, list):
            raise _error(name, loc, label, f"expected a list, got {_json_type(value)}")
        for item in value:
            if isinstance(item, list | dict):
                raise _error(name, loc, label, f"expected a flat list, got {_json_type(item)}")
            try:
                self.item.check(name, item, loc, label)
            except DataFileError:  # name the line of the item, not of the list's key
                raise _error(name, loc, label, f"list item {item!r} is not "
                             f"{getattr(self.item, 'what', 'valid')}", item) from None


@dataclass(frozen=True)
class _Tuple(_Spec):
    """A fixed-length list such as [low, high]; ``rule`` checks the items together."""

    items: tuple[_Spec, ...]
    what: str
    rule: Callable[[list[Any]], bool] | None = None

    def check(self, name: str, value: Any, loc: Loc, label: str) -> None:
        try:
            if not isinstance(value, list) or len(value) != len(self.items):
                raise DataFileError
            for spec, item in zip(self.items, value, strict=True):
                spec.check(name, item, loc, label)
            if self.rule is not None and not self.rule(value):
                raise DataFileError
        except DataFileError:
            raise _error(name, loc, label, f"expected {self.what}, got "
                         f"{json.dumps(value, ensure_ascii=False)}") from None


@dataclass(frozen=True)
class _Map(_Spec):
    """An object of named entries, every value a ``value``."""

    value: _Spec

    def check(self, name: str, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, dict):
            raise _error(name, loc, label, f"expected an object, got {_json_type(value)}")
        for key, entry in value.items():
            if not key.strip():
                raise _error(name, loc, label, f"an empty name {key!r}", key)
            spec = _COMMENT if key == "comment" else self.value
            spec.check(name, entry, loc + (key,), f"{label}.{key}" if label else key)


@dataclass(frozen=True)
class _Record(_Spec):
    """An object with these fields (and an optional "comment"); unknown fields are errors, so
    a misspelt optional field is caught. ``own_lines``: each field is on a line of its own
    (a section of the file); otherwise an error names the line of the record."""

    fields: dict[str, _Spec]
    optional: frozenset[str] = frozenset()
    own_lines: bool = True

    def check(self, name: str, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, dict):
            raise _error(name, loc, label, f"expected an object, got {_json_type(value)}")
        missing = [k for k in self.fields if k not in value and k not in self.optional]
        if missing:
            raise _error(name, loc, label or "top level", f"missing key(s) {missing}")
        for key, entry in value.items():
            spec = _COMMENT if key == "comment" else self.fields.get(key)
            where = loc + (key,) if self.own_lines else loc
            if spec is None:
                raise _error(name, where, label or key, f"unknown key {key!r} (expected one "
                             f"of {sorted(self.fields)})")
            spec.check(name, entry, where, f"{label}.{key}" if label else key)


@dataclass(frozen=True)
class _Listed(_Spec):
    """A list, or an object holding it under ``key`` beside a "comment" (both are in use)."""

    key: str
    items: _List

    def check(self, name: str, value: Any, loc: Loc, label: str) -> None:
        if isinstance(value, dict):
            _Record({self.key: self.items}).check(name, value, loc, label)
        else:
            self.items.check(name, value, loc, label)


def _listed(value: list[str] | dict[str, Any], key: str) -> list[str]:
    return value[key] if isinstance(value, dict) else value


_COMMENT = _Type(str, "a string")
_WORDS = _List(_Text())
_ISO_CODE = _Text(r"[A-Z]{3}", "a 3-letter ISO 4217 code")
_QUALIFIER = _Text(r"approx|min|max", "approx, min or max")
_POSITIVE = _Num(0.0)
_OPTIONAL = frozenset({"version", "comment"})

FIGURE_SCHEMA = _Record({
    "version": _Type(int, "an integer"),
    "scales": _Map(_POSITIVE),
    "scale_letters": _Map(_POSITIVE),
    "qualifiers": _Map(_QUALIFIER),
    "qualifier_verbs": _Map(_QUALIFIER),
    "number_words": _Map(_Num(0.0, strict=False)),
    "number_multipliers": _Map(_POSITIVE),
    "vague_amounts": _Map(_Tuple((_Num(), _Num()), "[low, high] with low < high",
                                 lambda v: v[0] < v[1])),
    "fractions": _Map(_POSITIVE),
    "fraction_denominators": _Map(_POSITIVE),
    "fold_words": _Map(_POSITIVE),
    "scale_fractions": _Record({"words": _Map(_POSITIVE), "scales": _WORDS}),
    "vulgar_fractions": _Map(_POSITIVE),
    "percent_units": _Map(_Tuple((_Text("percent|percentage_point"), _POSITIVE),
                                 "[percent|percentage_point, factor > 0]")),
    "measure_units": _Map(_Record(
        {"words": _WORDS, "symbols": _WORDS, "attached": _WORDS,
         "loose": _Type(bool, "true or false")},
        optional=frozenset({"words", "symbols", "attached", "loose"}), own_lines=False)),
    "durations": _Map(_WORDS),
    "ages": _Map(_WORDS),
    "count_nouns": _WORDS,
    "count_phrase": _Record({"skip": _WORDS, "not_counted": _WORDS}),
    "point_rate_words": _Listed("words", _WORDS),
    "money_subjects": _Listed("words", _WORDS),
    "count_subjects": _Map(_Text()),
    "count_level_before": _Listed("words", _WORDS),
    "non_count_words": _WORDS,
    "count_stop_words": _WORDS,
    "one_blockers": _Record({"before": _WORDS, "after": _WORDS}),
    "change_cues": _Record({k: _WORDS for k in ("up_before", "down_before", "up_after",
                                                "down_after", "skip_before")}),
    "move_words": _Record({"range": _WORDS, "forecast_before": _WORDS}),
    # not_after: "5 percent a year earlier" is no rate
    "rate_denominators": _Record({"words": _WORDS, "markers": _WORDS, "not_after": _WORDS}),
    "time_words": _Listed("words", _WORDS),
    "months": _WORDS,
    "year_words": _Record({"before": _WORDS}),
    "name_ok_before": _Listed("words", _WORDS),
    "street_words": _WORDS,
    "label_words": _Listed("words", _WORDS),
    "irregular_plurals": _Listed("words", _WORDS),
    "determiners": _Listed("words", _WORDS),
    "hyphen_prefixes": _Listed("words", _WORDS),
    "subject_skip": _Listed("words", _WORDS),
    "article_number_words": _Record({"scales": _WORDS, "fractions": _WORDS}),
    "ordinal_before_half": _Listed("words", _WORDS),
    "compared_before": _Record({"words": _WORDS, "articles": _WORDS}),
    "up_to_level": _Record({"words": _WORDS, "suffixes": _WORDS}),
    "sign_words": _Record({"minus": _WORDS, "plus": _WORDS}),
    "range_left_words": _Record({"between": _WORDS, "from": _WORDS, "by": _WORDS}),
    "metre_context": _Record({"imperial_units": _WORDS, "dimensions": _WORDS}),
    "clause_break_words": _Listed("words", _WORDS),
    "compared_gap": _Record({"words": _WORDS, "determiners": _WORDS, "qualifiers": _WORDS}),
    "expected_after": _Record({"auxiliaries": _WORDS, "words": _WORDS}),
    "multiple_after": _Record({"words": _WORDS, "twice": _WORDS}),
    "phrase_words": _Record({"back_reference": _WORDS, "share_skip": _WORDS,
                             "first_skip": _WORDS}),
}, optional=_OPTIONAL | {"point_rate_words", "count_phrase", "money_subjects"})

CURRENCY_SCHEMA = _Record({
    "version": _Type(int, "an integer"),
    "symbols": _Map(_ISO_CODE),
    "postfix_symbols": _Map(_ISO_CODE),
    "country_symbols": _Map(_Map(_ISO_CODE)),
    "artifact_symbols": _Map(_ISO_CODE),
    "weak_prefix_symbols": _Listed("symbols", _WORDS),
    "dollar_suffixes": _WORDS,
    "names": _Map(_ISO_CODE),
    "subunits": _Map(_Tuple((_Text(r"[A-Z]{3}|DOLLAR"), _POSITIVE),
                            "[currency code or 'DOLLAR', factor > 0]")),
    "subunit_attached_only": _WORDS,
    "ambiguous_defaults": _Map(_List(_ISO_CODE)),
    "ambiguous_symbols": _Map(_Text(r"[a-z]+", "a currency name of ambiguous_defaults")),
    "yuan_markers": _WORDS,
    "yen_markers": _WORDS,
    "sterling_markers": _WORDS,
    "exclude_pycountry": _List(_ISO_CODE),
    "code_blocklist": _Listed("codes", _List(_ISO_CODE)),
}, optional=_OPTIONAL | {"ambiguous_defaults", "ambiguous_symbols", "yen_markers",
                         "sterling_markers", "country_symbols"})


def validate(name: str, data: dict[str, Any], schema: _Record) -> None:
    """Raise a DataFileError naming file, line and key for the first entry of ``data`` (read
    from ``models/name``) that does not fit ``schema``."""
    schema.check(name, data, (), "")


def _entries(table: dict[str, Any]) -> dict[str, Any]:
    """A validated mapping without its "comment"."""
    return {k: v for k, v in table.items() if k != "comment"}


def load_lexicon() -> Lexicon:
    data = read_json(FIGURE_DATA)
    cur = read_json(CURRENCY_DATA)
    f, c = FIGURE_DATA, CURRENCY_DATA
    validate(f, data, FIGURE_SCHEMA)
    validate(c, cur, CURRENCY_SCHEMA)
    # Cross-field rules, which the schema cannot say.
    for name, spec in _entries(data["measure_units"]).items():
        stray = set(spec.get("attached", [])) - set(spec.get("symbols", []))
        if stray:
            raise _error(f, ("measure_units", name), f"measure_units.{name}",
                         f"attached symbol(s) {sorted(stray)} must also be listed in symbols")
    stray = {key_of(w) for w in data["scale_fractions"]["scales"]} - {
        key_of(k) for k in _entries(data["scales"])}
    if stray:
        raise _error(f, ("scale_fractions", "scales"), "scale_fractions.scales",
                     f"{sorted(stray)} are not scales")
    stray = {k for k in _entries(data["vulgar_fractions"]) if len(k) != 1}
    if stray:
        raise _error(f, ("vulgar_fractions",), "vulgar_fractions",
                     f"{sorted(stray)} are not single characters")
    names = set(_entries(cur.get("ambiguous_defaults", {})))
    stray = {k for k, v in _entries(cur.get("ambiguous_symbols", {})).items() if v not in names}
    if stray:
        raise _error(c, ("ambiguous_symbols", sorted(stray)[0]), "ambiguous_symbols",
                     f"{sorted(stray)} follow no name of ambiguous_defaults")
    for sym, table in _entries(cur.get("country_symbols", {})).items():
        stray = {k for k in _entries(table) if not re.fullmatch(r"[A-Z]{2}", k)}
        if stray:
            raise _error(c, ("country_symbols", sym), f"country_symbols.{sym}",
                         f"{sorted(stray)} are not ISO 3166-1 alpha-2 country codes")
    stray = set(cur["subunit_attached_only"]) - set(cur["subunits"])
    if stray:
        raise _error(c, ("subunit_attached_only",), "subunit_attached_only",
                     f"{sorted(stray)} are not subunits")

    qualifiers = {key_of(k) if k.strip("-") == k else k.lower(): v
                  for k, v in _entries(data["qualifiers"]).items()}
    qualifier_verbs = {k.lower(): v for k, v in _entries(data["qualifier_verbs"]).items()}
    vague = {key_of(k): (float(v[0]), float(v[1]))
             for k, v in _entries(data["vague_amounts"]).items()}

    words: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    attached: set[str] = set()

    def add_word(key: str, unit: Unit) -> None:
        words.setdefault(key_of(key), unit)

    for key, (kind, factor) in _entries(data["percent_units"]).items():
        unit = Unit("percent", kind, float(factor))
        if key == "%":
            symbols[key] = unit
        else:
            add_word(key, unit)

    for name, spec in _entries(data["measure_units"]).items():
        unit = Unit("measure", name, loose=spec.get("loose", False))
        for word in spec.get("words", []):
            for form in plurals(word.lower()):
                add_word(form, unit)
        for sym in spec.get("symbols", []):
            symbols.setdefault(sym, unit)
        attached.update(spec.get("attached", []))

    for section, kind in (("durations", "duration"), ("ages", "age")):
        for name, forms in _entries(data[section]).items():
            for form in forms:
                add_word(form, Unit(kind, name))

    # Currencies: pycountry first (every ISO 4217 currency), then our names on top.
    excluded = set(cur["exclude_pycountry"])
    blocked_codes = set(_listed(cur["code_blocklist"], "codes"))
    codes = {x.alpha_3 for x in pycountry.currencies if x.alpha_3 not in excluded}
    for x in pycountry.currencies:
        if x.alpha_3 in excluded or "(" in x.name:
            continue
        for form in plurals(x.name.lower()):
            add_word(form, Unit("money", x.alpha_3))
    for key, code in _entries(cur["names"]).items():
        words[key_of(key)] = Unit("money", code)
    for key, (code, factor) in _entries(cur["subunits"]).items():
        unit = Unit("subunit", code, float(factor))
        if len(key) <= 2:  # "p", "c", "¢": case-sensitive symbols; longer ones are words
            symbols[key] = unit
            if key in cur["subunit_attached_only"]:
                attached.add(key)
        else:
            add_word(key, unit)
    for sym, code in _entries(cur["postfix_symbols"]).items():
        symbols.setdefault(sym, Unit("money", code))
    for code in sorted(codes - blocked_codes):
        symbols.setdefault(code, Unit("money", code))

    prefix_currencies = _entries(cur["symbols"])
    for code in sorted(codes - blocked_codes):
        prefix_currencies.setdefault(code, code)
    artifact = _entries(cur["artifact_symbols"])

    other_dollar_names = {
        name: unit.name for name, unit in words.items()
        if unit.kind == "money" and "dollar" in name and unit.name != "USD"
    }
    for sym, code in _entries(cur["symbols"]).items():
        if "$" in sym and code != "USD":
            other_dollar_names[sym.lower()] = code

    count_nouns = set(data["count_nouns"])
    for noun in count_nouns:
        add_word(noun, Unit("count", noun))

    def numbers(section: str) -> dict[str, float]:
        return {k: float(v) for k, v in _entries(data[section]).items()}

    cues = data["change_cues"]
    rate = data["rate_denominators"]
    fractions = {key_of(k): v for k, v in numbers("fractions").items()}
    scale_fractions = dict(fractions)
    scale_fractions.update({key_of(k): float(v) for k, v in
                            _entries(data["scale_fractions"]["words"]).items()})

    lex = Lexicon(
        scales={key_of(k): v for k, v in numbers("scales").items()},
        scale_letters=numbers("scale_letters"),
        qualifiers=qualifiers,
        qualifier_verbs=qualifier_verbs,
        number_words=numbers("number_words"),
        number_multipliers=numbers("number_multipliers"),
        vague=vague,
        fractions=fractions,
        denominators={key_of(k): v for k, v in numbers("fraction_denominators").items()},
        fold_words=numbers("fold_words"),
        scale_fractions=scale_fractions,
        fraction_scales={key_of(w) for w in data["scale_fractions"]["scales"]},
        vulgar=numbers("vulgar_fractions"),
        words=words,
        symbols=symbols,
        attached=attached,
        prefix_currencies=prefix_currencies,
        country_symbols={sym: _entries(table) for sym, table in
                         _entries(cur.get("country_symbols", {})).items()},
        weak_prefixes=set(_listed(cur["weak_prefix_symbols"], "symbols")),
        artifact_prefixes=artifact,
        dollar_suffixes=set(cur["dollar_suffixes"]),
        other_dollar_names=other_dollar_names,
        yuan_markers=tuple(cur["yuan_markers"]),
        local_currencies={k: tuple(v) for k, v in
                          _entries(cur.get("ambiguous_defaults", {})).items()},
        local_symbols=dict(_entries(cur.get("ambiguous_symbols", {}))),
        yen_markers=tuple(cur.get("yen_markers", ())),
        sterling_markers=tuple(cur.get("sterling_markers", ())),
        count_nouns=count_nouns,
        count_skip={w.lower() for w in data.get("count_phrase", {}).get("skip", [])},
        count_conj_stop={w.lower() for w in
                         data.get("count_phrase", {}).get("not_counted", [])},
        money_subjects={w.lower() for w in _listed(data.get("money_subjects", []), "words")},
        point_rate_words={w.lower() for w in _listed(data.get("point_rate_words", []), "words")},
        count_subjects={key_of(k): v.lower() for k, v in _entries(data["count_subjects"]).items()},
        count_level_before={w.lower() for w in _listed(data["count_level_before"], "words")},
        non_count=set(data["non_count_words"]),
        stop_words=set(data["count_stop_words"]),
        one_before=set(data["one_blockers"]["before"]),
        one_after=set(data["one_blockers"]["after"]),
        up_before={key_of(w) for w in cues["up_before"] if w.strip("+-−")},
        down_before={key_of(w) for w in cues["down_before"] if w.strip("+-−")},
        up_after=set(cues["up_after"]),
        down_after=set(cues["down_after"]),
        range_words=set(data["move_words"]["range"]),
        forecast_before={w.lower() for w in data["move_words"]["forecast_before"]},
        rate_markers=set(rate["markers"]),
        rate_words={key_of(w) for w in rate["words"]},
        time_words=set(_listed(data["time_words"], "words")),
        months=set(data["months"]),
        year_before={w.lower() for w in data["year_words"]["before"]},
        name_ok=set(_listed(data["name_ok_before"], "words")),
        street_words=set(data["street_words"]),
        label_words=set(_listed(data["label_words"], "words")),
        irregular_plurals=set(_listed(data["irregular_plurals"], "words")),
        determiners=set(_listed(data["determiners"], "words")),
        hyphen_prefixes=set(_listed(data["hyphen_prefixes"], "words")),
        subject_skip=set(_listed(data["subject_skip"], "words")),
        article_scales=tuple(data["article_number_words"]["scales"]),
        article_fractions=tuple(data["article_number_words"]["fractions"]),
        plus_words={w.lower() for w in data["sign_words"]["plus"]},
        by_reversed=tuple(w.lower()[::-1] for w in data["range_left_words"]["by"]),
        back_reference=set(_listed(data["determiners"], "words")) | set(
            data["phrase_words"]["back_reference"]),
        share_skip=set(data["phrase_words"]["share_skip"]),
        first_skip=set(data["phrase_words"]["first_skip"]),
    )
    lex.regex = _compile(lex, cues, data)
    return lex


def rtrie(keys: Iterable[str], sep: str = WORD_SEP) -> str:
    """``trie_pattern`` of the keys written backwards, for matching on reversed text."""
    return trie_pattern((squash(k)[::-1] for k in keys), sep)


_SPACES = r"\s+"


def _compile_context(r: dict[str, re.Pattern[str]], data: dict[str, Any]) -> None:
    """The word patterns read around a figure by the finder's later steps (units, pairing)."""
    metre = data["metre_context"]
    imperial = trie_pattern(metre["imperial_units"])
    dimensions = trie_pattern(metre["dimensions"], sep=r"\s")
    # "5m (16 ft)", "5m long", "2m in diameter": metres, not millions
    r["metre_after"] = re.compile(
        rf"[ \t]{{0,2}}(?:\([ \t]?[\d.,]{{1,12}}[ \t]?(?:{imperial})\b|-?(?:{dimensions})\b)")
    # ", going from 32.98 million": a participle after the comma goes on with the clause
    clause = trie_pattern(_listed(data["clause_break_words"], "words"))
    r["clause_break"] = re.compile(
        rf"[;:()]|,(?!\d)(?![ \t]{{1,3}}[a-z]{{2,20}}ing\b)|(?i:\b(?:{clause})\b)")
    gap = data["compared_gap"]
    words = trie_pattern(gap["words"], sep=r"\s{1,3}")
    determiners, qualifiers = trie_pattern(gap["determiners"]), trie_pattern(gap["qualifiers"])
    r["compared_gap"] = re.compile(
        r"(?:[^.;\n]|\n(?!\s*\n)){0,60}?"
        rf"(?:\b(?:{words})"
        # "down from the series high of", "compared with a peak of"
        rf"(?:\s{{1,3}}(?:{determiners})(?:\s{{1,3}}[a-z\-]{{1,20}}){{1,3}}\s{{1,3}}of)?"
        r"|\(|,\s{0,2}or)\s{0,3}"
        rf"(?:(?:{qualifiers})\s{{1,3}})?")
    expected = data["expected_after"]
    r["expected_after"] = re.compile(
        rf"[ \t]{{1,3}}(?:(?:{trie_pattern(expected['auxiliaries'])})[ \t]{{1,3}})?"
        rf"(?:{trie_pattern(expected['words'])})\b")
    multiple = data["multiple_after"]
    r["multiple_after"] = re.compile(
        rf"[ \t]{{1,2}}(?:as[ \t]{{1,2}}[a-z]+[ \t]{{1,2}}as|{trie_pattern(multiple['words'])})\b")
    # "twice the size of", "twice that of" (not "scored twice", "twice as loud as")
    r["twice_after"] = re.compile(rf"[ \t]{{1,2}}(?:{trie_pattern(multiple['twice'])})\b")


def _compile(lex: Lexicon, cues: dict[str, list[str]],
             data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Every regex of the finder, built once from the word lists.

    Patterns named ``*_r`` read the words to the LEFT of a figure: they are matched, anchored,
    on the reversed text at the figure's start (``pattern.match(text[::-1], len(text) -
    start)``), so each costs the length of what it reads instead of a search over a window.
    """
    r: dict[str, re.Pattern[str]] = {}
    ones = [w for w, v in lex.number_words.items() if 1 <= v <= 9]
    num_word = trie_pattern(list(lex.number_words) + list(lex.number_multipliers))
    small = trie_pattern(ones + ["ten"])
    words = rf"{num_word}(?:(?:{GAP}and{GAP}|{GAP}|-)(?:{num_word})){{0,12}}"
    vulgar = "[" + "".join(sorted(lex.vulgar)) + "]"
    # A comma before one or two digits is a decimal comma when a unit or scale word follows
    # ("7,9%", "R15,72-billion", "0,1 of a percentage point"): thousands groups have three.
    decimal_comma = (
        rf"(?!\d)(?=(?:[ \t]?|{WRAP}|-)(?:%|€|(?i:per[ \t]?cent|percent|"
        rf"of[ \t]an?[ \t]percent|{trie_pattern(lex.scales)}(?![A-Za-z]))))"
    )
    # Matched at candidate positions only (digit runs and trigger words, see the finder).
    # Each branch is a fixed sequence with no nested ambiguity, so matching is linear.
    r["number"] = re.compile(
        r"(?P<sci>(?<![\d.,])\d{1,6}(?:\.\d{1,12})?[ \t]?[×x][ \t]?10[ \t]?\^?"
        r"(?P<exp>[-−]?\d{1,3})(?!\d))"
        r"|(?P<numfrac>(?<![\d.,/⁄])\d{1,3}[ \t]?[/⁄][ \t]?\d{1,3}(?![\d/⁄]))"
        # A dot after letters ends an abbreviation ("Rs.500", "approx.5"), not a decimal
        # number's integer part: the digits after it start a number.
        r"|(?P<d>(?<![\d,])(?<![\d.]\.)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
        r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\d|\.\d)"
        r"|\d{1,3}(?:\.\d{3})+,\d+(?!\d|[.,]\d)"
        rf"|\d+,\d{{1,2}}{decimal_comma}"
        # thousands grouped by a space ("12 500", "1\u2009000\u2009000" once cleaned) or an
        # apostrophe ("1'000'000"): every group three digits, no other digit group after;
        # a decimal comma may end it before a unit ("R1 100,32-billion")
        rf"|\d{{1,3}}(?:[ '’]\d{{3}})+(?:\.\d+|,\d{{1,2}}{decimal_comma})?(?![\d'’]|[ \t]\d)"
        # "5898 689.99 thousand USD": a first group of four digits (a separator left out)
        # before a decimal and a scale word; not a year before an amount ("2015 689.99")
        rf"|(?!1[6-9]\d\d|20\d\d)\d{{4}}(?:[ ]\d{{3}})+\.\d+"
        rf"(?=[ \t](?i:{trie_pattern(lex.scales)})\b)"
        r"|\d+(?:\.\d+)?(?!\d)"
        r"|\.\d+(?!\d)))"
        rf"|(?i:(?<![\w-])(?P<outof>{small}){GAP}(?:out{GAP}of|in){GAP}"
        rf"(?P<den>{trie_pattern(lex.denominators)})(?={GAP}[a-z]))"
        # "half a billion", "a quarter of a million": a fraction of a scale word, read from
        # the end of "(of) a" (the empty group ``fs_at``)
        rf"|(?i:(?<![\w-])(?P<fscale>{trie_pattern(lex.scale_fractions)}"
        rf"(?={GAP}(?:of{GAP})?an?(?P<fs_at>){GAP}{trie_pattern(lex.fraction_scales)}"
        r"(?![A-Za-z]))))"
        # "a third of", and "half a percentage point" (a fraction of one percent unit)
        rf"|(?i:(?<![\w-])(?P<frac>{trie_pattern(lex.fractions)})"
        rf"(?={GAP}(?:of\s|the\s|an?[ \t](?:percent|per[ \t]cent|pct|basis))))"
        rf"|(?i:(?<![\w-])(?P<vague>{trie_pattern(lex.vague)})(?={GAP}of\s))"
        rf"|(?i:(?<![\w-])(?P<fold>{trie_pattern(lex.fold_words)})(?![\w-]))"
        rf"|(?i:(?<![\w-])(?P<a>an?)(?={GAP}"
        rf"{trie_pattern(lex.article_scales)}\b))"
        rf"|(?i:(?<![\w-])(?P<w>{words})(?![\w]))"
    )
    # the number words after "a": "a hundred and fifty million"
    r["a_words"] = re.compile(rf"(?i:{GAP}(?P<w>{words})(?![\w]))")
    # A mixed number ("2 1/2", "2-1/2", "1½") or a fraction character alone ("¼"). Tried
    # before "number" at a digit or a fraction character (FigureFinder.find); the whole part
    # ends at a space or hyphen, so it has one way forward.
    r["mixed"] = re.compile(
        r"(?P<mixed>(?<![\d.,/⁄])(?P<whole>\d{1,3})(?:[ \t\-](?:(?P<num>\d{1,2})[/⁄]"
        rf"(?P<den>\d{{1,3}})(?![\d/⁄])|(?P<vs>{vulgar}))|(?P<vf>{vulgar}))"
        rf"|(?<![\w.,/⁄])(?P<vulgar>{vulgar}))"
    )
    r["digit_run"] = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
    r["scale_word"] = re.compile(
        # Up to two spaces or tabs, as between a number and its unit: text stripped of markup or
        # justified keeps runs of spaces ("$3  billion"), and without the scale the value is
        # a billion times too small.
        rf"(?:[ \t]{{0,2}}|-|{WRAP}{NOT_TITLE})(?P<s>(?i:{trie_pattern(lex.scales)}))(?![A-Za-z])"
    )
    r["scale_letter"] = re.compile(
        rf"(?P<s>{trie_pattern(lex.scale_letters)})(?![A-Za-z0-9²³])"
    )
    r["unit_word"] = re.compile(rf"(?i:{trie_pattern(lex.words)})(?![A-Za-z])")
    r["unit_symbol"] = re.compile(rf"{trie_pattern(lex.symbols, sep=' ')}(?![\w²³]|-\w)")
    # -- left context, on reversed text ------------------------------------------------------
    prefixes = set(lex.prefix_currencies) | set(lex.artifact_prefixes) | set(lex.country_symbols)
    spaced = {p[:-1] + " $" for p in prefixes if p.endswith("$") and len(p) > 1}
    r["currency_left_r"] = re.compile(
        rf"(?P<sp>{WRAP_R}|[ \t]?)(?P<cur>{rtrie(prefixes | spaced, sep=' ')})(?![A-Za-z])"
    )
    r["sign_left_r"] = re.compile(r"(?P<sign>[-−+])(?![\w.,\-−+])")
    signs = data["sign_words"]
    r["minus_left_r"] = re.compile(
        rf"(?:{WRAP_R}|[\s\-]{{0,3}})(?P<m>(?i:{rtrie(signs['minus'] + signs['plus'])}))"
        r"(?![A-Za-z])")
    # "the second half": a period, not a fraction
    r["ordinal_before_r"] = re.compile(
        rf"\s{{1,3}}(?i:{rtrie(_listed(data['ordinal_before_half'], 'words'))})(?![A-Za-z])")
    # "than (the) N", "versus N", "compared with N"
    compared = data["compared_before"]
    compared_words = rtrie(compared["words"], sep=r"\s{1,3}")
    r["compared_r"] = re.compile(
        rf"\s{{1,3}}(?:{rtrie(compared['articles'])}\s{{1,3}})?(?i:{compared_words})(?![A-Za-z])")
    # "was revised up to 0.8 percent": a level, not a maximum
    level = data["up_to_level"]
    r["up_to_level_r"] = re.compile(
        rf"\s{{1,3}}(?:{rtrie(level['suffixes'])}|(?i:{rtrie(level['words'])})(?![A-Za-z]))")
    qual_words = [q for q in lex.qualifiers if q[-1].isalnum() or q.endswith(".")]
    qual_marks = [q for q in lex.qualifiers if q not in qual_words]
    # "about", "more than", "~" and verbs that bound a figure ("to exceed"), in one match
    r["qualifier_left_r"] = re.compile(
        rf"(?:(?:{WRAP_R}|\s{{1,3}})(?P<q>(?i:{rtrie(qual_words)}))(?![A-Za-z])"
        rf"|(?:{WRAP_R}|\s{{1,3}})(?P<v>(?i:{rtrie(lex.qualifier_verbs)}))(?![A-Za-z])"
        rf"|\s{{0,3}}(?P<mark>{rtrie(qual_marks)})(?![A-Za-z]))"
    )
    skip = rtrie(key_of(w) for w in cues["skip_before"])
    cue_words = rtrie(lex.up_before | lex.down_before)
    r["direction_left_r"] = re.compile(
        rf"(?:{WRAP_R}|[\s,]{{1,3}})(?:(?i:{skip})\s{{1,3}}){{0,4}}(?P<d>(?i:{cue_words}))"
        r"(?![A-Za-z])"
    )
    # "cut prices by 10%", "grow sales by 35 per cent": the cue, its object, then "by"
    left = data["range_left_words"]
    r["direction_by_left_r"] = re.compile(
        rf"\s{{1,3}}(?i:{rtrie(left['by'])})\s{{1,3}}(?:[\w'’-]{{0,30}}[A-Za-z]\s{{1,3}}){{1,3}}"
        rf"(?P<d>(?i:{cue_words}))(?![A-Za-z])"
    )
    r["word_left_r"] = re.compile(r"\s{1,3}(?P<w>[\w&.'’\-]{0,40}[^\W\d_])")
    for key in ("from", "by", "between"):
        r[f"{key}_left_r"] = re.compile(rf"\s{{1,3}}(?i:{rtrie(left[key])})(?![A-Za-z])")
    months = [m.capitalize() for m in lex.months]
    r["month_left_r"] = re.compile(rf"\s{{0,3}}\.?(?P<m>{rtrie(months)})(?![A-Za-z])")
    # -- spans that are never figures, anchored at the first digit ----------------------------
    month = trie_pattern(months)
    r["guard_at"] = re.compile(
        r"\d{4}-\d{2}-\d{2}(?:T[\d:.]{1,20}Z?)?"  # ISO dates and date-times
        r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)"  # 13/01/2025
        r"|\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?"  # 13:34, 9:01, 1:36.6
        r"|(?:19|20)\d{2}[-–/]\d{2}(?![\d\-–/])"  # seasons and fiscal years 2014-15
        r"|\d{3}[.-]\d{3}[.-]\d{4}(?!\d)"  # 555-123-4567
        rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]{{0,2}}[-–][ \t]{{0,2}}\d{{1,2}})?[ \t]{{1,3}}"
        rf"(?:of[ \t]{{1,3}})?(?:{month})\b(?:\.?,?[ \t]{{1,3}}(?:19|20)\d{{2}}(?!\d))?"
    )
    r["date_after_month"] = re.compile(
        r"\d{1,2}(?:st|nd|rd|th)?(?:[ \t]{0,2}[-–][ \t]{0,2}\d{1,2})?(?![\d,.]\d)"
        r"(?:,?[ \t]{1,3}(?:19|20)\d{2}(?!\d))?"
    )
    r["phone_plus"] = re.compile(r"\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}(?!\d)")
    r["phone_paren"] = re.compile(r"\d{3}\)[ ]?\d{3}[ .-]\d{4}(?!\d)")
    # -- between and after figures ------------------------------------------------------------
    # Never two \s* around an optional mark ('\s*-?\s*'): on a run of n spaces that retries
    # n^2 splits before failing. '\s*(?:-\s*)?' reads the same gaps with one way forward.
    r["range_sep"] = re.compile(
        r"\s*(?:[-‒–—]\s*)?(?i:to)\s*(?:-\s*)?|\s*[-‒–—]\s*|\s*(?i:and)\s*|\s*/\s*"
        r"|\s*(?:-\s*)?(?i:or)\s*"
    )
    r["reverse_move"] = re.compile(r"\s*(?:,\s*)?(?i:(?:up|down)\s+)?(?i:from)\s+")
    r["rate"] = re.compile(
        rf"(?:{GAP}|-)(?P<m>(?i:{trie_pattern(lex.rate_markers)}))(?:[ \t\-]{{1,3}}|{WRAP})"
        rf"(?P<den>(?i:{trie_pattern(lex.rate_words)}))(?![A-Za-z])"
        rf"(?!{GAP}(?:{trie_pattern(data['rate_denominators']['not_after'], sep=_SPACES)})\b)"
    )
    r["word_right"] = re.compile(
        r"[ \t]{0,3}(?:-(?=[A-Za-z]))?(?P<w>[A-Za-z][\w'’\-]{0,40}|\d{1,6}[A-Za-z]{0,4})"
    )
    _compile_context(r, data)
    r["time_after"] = re.compile(
        rf"[ \t]?(?:{trie_pattern(lex.time_words, sep=' ')})(?![A-Za-z])"
    )
    return r
