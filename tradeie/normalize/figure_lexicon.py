"""The word lists of the figure finder, read once from ``models/`` and compiled to regexes.

Every word list becomes a *trie-shaped* alternation: alternatives that share a prefix are
merged ("k(?:m(?:/h)?|g|Wh?)"), so each step of a match has one way forward. That keeps
matching linear on any input (no alternation ever has two branches starting with the same
character) and makes a lookup cost the length of the word, not the size of the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pycountry

from tradeie.resources import DataFileError, data_path, read_json

FIGURE_DATA = "figures.json"
CURRENCY_DATA = "currencies.json"

_ISO = re.compile(r"[A-Z]{3}")
# A space in a multi-word key matches any run of spaces or hyphens ("year old" = "year-old").
_SEP = r"[\s\-]+"


def trie_pattern(keys: Iterable[str], sep: str = _SEP) -> str:
    """An alternation of ``keys`` as a prefix tree; a space in a key matches ``sep``."""
    root: dict[str, dict] = {}
    for key in keys:
        if not key:
            continue
        node = root
        for ch in _squash(key):
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return r"(?!)"  # matches nothing
    return _emit(root, sep)


def _emit(node: dict[str, dict], sep: str) -> str:
    ends_here = "" in node
    branches = [
        (sep if ch == " " else re.escape(ch)) + _emit(child, sep)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def key_of(text: str) -> str:
    """The lookup key of matched text: lower case, separators as one space."""
    return _squash(text.replace("-", " ")).lower()


def _squash(words: str) -> str:
    return " ".join(words.split())


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
    words: dict[str, Unit]  # case-insensitive unit words (keys from key_of)
    symbols: dict[str, Unit]  # case-sensitive unit symbols
    attached: set[str]  # symbols read only when written against the number
    prefix_currencies: dict[str, str]  # symbol or code before a number -> ISO code
    weak_prefixes: set[str]
    artifact_prefixes: dict[str, str]
    dollar_suffixes: set[str]
    other_dollar_names: dict[str, str]  # lower-case name or symbol -> code, for '$' resolution
    yuan_markers: tuple[str, ...]
    yen_markers: tuple[str, ...]
    sterling_markers: tuple[str, ...]
    count_nouns: set[str]
    non_count: set[str]
    stop_words: set[str]
    one_before: set[str]
    one_after: set[str]
    up_before: set[str]
    down_before: set[str]
    up_after: set[str]
    down_after: set[str]
    range_words: set[str]
    rate_markers: set[str]
    rate_words: set[str]
    time_words: set[str]
    months: set[str]
    year_before: set[str]
    name_ok: set[str]
    street_words: set[str]
    label_words: set[str]
    regex: dict[str, re.Pattern[str]] = field(default_factory=dict)


def _require(data: dict[str, Any], keys: tuple[str, ...], name: str) -> None:
    missing = [k for k in keys if k not in data]
    if missing:
        raise DataFileError(f"{data_path(name)}: missing top-level key(s) {missing}")


def _line_of(name: str, needle: str) -> int | str:
    """The line of a data file where ``needle`` first appears (for error messages)."""
    for lineno, line in enumerate(data_path(name).read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return lineno
    return "?"


def _bad(name: str, key: str, why: str) -> DataFileError:
    return DataFileError(f"{data_path(name)}: line {_line_of(name, key)}: {key!r}: {why}")


def _numbers(name: str, table: dict[str, Any], section: str) -> dict[str, float]:
    out = {}
    for key, value in table.items():
        if key == "comment":
            continue
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _bad(name, key, f"{section} values must be numbers")
        out[key] = float(value)
    return out


def _word_list(name: str, data: dict[str, Any], key: str) -> list[str]:
    value = data[key]
    if isinstance(value, dict):
        value = value.get("words", value.get("codes", value.get("symbols")))
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise _bad(name, key, "expected a list of strings")
    return value


def load_lexicon() -> Lexicon:
    data = read_json(FIGURE_DATA)
    cur = read_json(CURRENCY_DATA)
    _require(data, ("scales", "scale_letters", "qualifiers", "number_words", "vague_amounts",
                    "fractions", "percent_units", "measure_units", "durations", "ages",
                    "count_nouns", "non_count_words", "change_cues", "rate_denominators",
                    "time_words", "months", "year_words", "name_ok_before", "label_words",
                    "street_words", "one_blockers", "move_words", "count_stop_words",
                    "fraction_denominators", "fold_words", "number_multipliers",
                    "qualifier_verbs"), FIGURE_DATA)
    for section, keys in (("change_cues", ("up_before", "down_before", "up_after",
                                           "down_after", "skip_before")),
                          ("rate_denominators", ("words", "markers")),
                          ("one_blockers", ("before", "after")), ("move_words", ("range",)),
                          ("year_words", ("before",))):
        _require(data[section], keys, FIGURE_DATA)
    _require(cur, ("symbols", "postfix_symbols", "artifact_symbols", "names", "subunits",
                   "yuan_markers", "exclude_pycountry", "code_blocklist", "dollar_suffixes",
                   "weak_prefix_symbols", "subunit_attached_only"), CURRENCY_DATA)
    f, c = FIGURE_DATA, CURRENCY_DATA
    for section in ("symbols", "postfix_symbols", "artifact_symbols", "names"):
        for key, code in cur[section].items():
            if key != "comment" and not (isinstance(code, str) and _ISO.fullmatch(code)):
                raise _bad(c, key, f"{section}: currency must be a 3-letter ISO code")

    qualifiers, qualifier_verbs = {}, {}
    for key, value in data["qualifiers"].items():
        if value not in ("approx", "min", "max"):
            raise _bad(f, key, "qualifier must be approx, min or max")
        qualifiers[key_of(key) if key.strip("-") == key else key.lower()] = value
    for key, value in data["qualifier_verbs"].items():
        if key != "comment" and value not in ("approx", "min", "max"):
            raise _bad(f, key, "qualifier must be approx, min or max")
        qualifier_verbs[key.lower()] = value
    qualifier_verbs.pop("comment", None)

    vague = {}
    for key, value in data["vague_amounts"].items():
        if key == "comment":
            continue
        if not (isinstance(value, list) and len(value) == 2 and value[0] < value[1]):
            raise _bad(f, key, "expected [low, high] with low < high")
        vague[key_of(key)] = (float(value[0]), float(value[1]))

    words: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    attached: set[str] = set()

    def add_word(key: str, unit: Unit) -> None:
        words.setdefault(key_of(key), unit)

    for key, value in data["percent_units"].items():
        if not (isinstance(value, list) and len(value) == 2
                and value[0] in ("percent", "percentage_point")):
            raise _bad(f, key, "expected [percent|percentage_point, factor]")
        unit = Unit("percent", value[0], float(value[1]))
        if key == "%":
            symbols[key] = unit
        else:
            add_word(key, unit)

    for name, spec in data["measure_units"].items():
        if name == "comment":
            continue
        if not isinstance(spec, dict) or not set(spec) <= {"words", "symbols", "attached",
                                                            "loose"}:
            raise _bad(f, name, "expected {words, symbols, attached, loose}")
        unit = Unit("measure", name, loose=bool(spec.get("loose", False)))
        for word in spec.get("words", []):
            for form in plurals(word.lower()):
                add_word(form, unit)
        for sym in spec.get("symbols", []):
            symbols.setdefault(sym, unit)
        for sym in spec.get("attached", []):
            if sym not in spec.get("symbols", []):
                raise _bad(f, sym, "an attached symbol must also be listed in symbols")
            attached.add(sym)

    for section, kind in (("durations", "duration"), ("ages", "age")):
        for name, forms in data[section].items():
            if name == "comment":
                continue
            if not isinstance(forms, list):
                raise _bad(f, name, f"{section}: expected a list of forms")
            for form in forms:
                add_word(form, Unit(kind, name))

    # Currencies: pycountry first (every ISO 4217 currency), then our names on top.
    excluded = set(cur["exclude_pycountry"])
    blocked_codes = set(_word_list(c, cur, "code_blocklist"))
    codes = {x.alpha_3 for x in pycountry.currencies if x.alpha_3 not in excluded}
    for x in pycountry.currencies:
        if x.alpha_3 in excluded or "(" in x.name:
            continue
        for form in plurals(x.name.lower()):
            add_word(form, Unit("money", x.alpha_3))
    for key, code in cur["names"].items():
        words[key_of(key)] = Unit("money", code)
    for key, spec in cur["subunits"].items():
        if key == "comment":
            continue
        if not (isinstance(spec, list) and len(spec) == 2 and isinstance(spec[0], str)
                and (spec[0] == "DOLLAR" or _ISO.fullmatch(spec[0]))
                and isinstance(spec[1], int | float)):
            raise _bad(c, key, "expected [currency code or 'DOLLAR', factor]")
        unit = Unit("subunit", spec[0], float(spec[1]))
        if len(key) <= 2:  # "p", "c", "¢": case-sensitive symbols; longer ones are words
            symbols[key] = unit
            if key in cur["subunit_attached_only"]:
                attached.add(key)
        else:
            add_word(key, unit)
    for sym, code in cur["postfix_symbols"].items():
        if sym != "comment":
            symbols.setdefault(sym, Unit("money", code))
    for code in sorted(codes - blocked_codes):
        symbols.setdefault(code, Unit("money", code))

    prefix_currencies: dict[str, str] = {}
    for sym, code in cur["symbols"].items():
        prefix_currencies[sym] = code
    for code in sorted(codes - blocked_codes):
        prefix_currencies.setdefault(code, code)
    artifact = {k: v for k, v in cur["artifact_symbols"].items() if k != "comment"}

    other_dollar_names = {
        name: unit.name for name, unit in words.items()
        if unit.kind == "money" and "dollar" in name and unit.name != "USD"
    }
    for sym, code in cur["symbols"].items():
        if "$" in sym and code != "USD":
            other_dollar_names[sym.lower()] = code

    count_nouns = set(data["count_nouns"])
    for noun in count_nouns:
        add_word(noun, Unit("count", noun))

    scales = _numbers(f, data["scales"], "scales")
    cues = data["change_cues"]
    rate = data["rate_denominators"]

    lex = Lexicon(
        scales={key_of(k): v for k, v in scales.items()},
        scale_letters=_numbers(f, data["scale_letters"], "scale_letters"),
        qualifiers=qualifiers,
        qualifier_verbs=qualifier_verbs,
        number_words=_numbers(f, data["number_words"], "number_words"),
        number_multipliers=_numbers(f, data["number_multipliers"], "number_multipliers"),
        vague=vague,
        fractions={key_of(k): v for k, v in _numbers(f, data["fractions"], "fractions").items()},
        denominators={key_of(k): v for k, v in
                      _numbers(f, data["fraction_denominators"], "denominators").items()},
        fold_words=_numbers(f, data["fold_words"], "fold_words"),
        words=words,
        symbols=symbols,
        attached=attached,
        prefix_currencies=prefix_currencies,
        weak_prefixes=set(cur["weak_prefix_symbols"]["symbols"]),
        artifact_prefixes=artifact,
        dollar_suffixes=set(cur["dollar_suffixes"]),
        other_dollar_names=other_dollar_names,
        yuan_markers=tuple(cur["yuan_markers"]),
        yen_markers=tuple(cur.get("yen_markers", ())),
        sterling_markers=tuple(cur.get("sterling_markers", ())),
        count_nouns=count_nouns,
        non_count=set(data["non_count_words"]),
        stop_words=set(data["count_stop_words"]),
        one_before=set(data["one_blockers"]["before"]),
        one_after=set(data["one_blockers"]["after"]),
        up_before={key_of(w) for w in cues["up_before"] if w.strip("+-−")},
        down_before={key_of(w) for w in cues["down_before"] if w.strip("+-−")},
        up_after=set(cues["up_after"]),
        down_after=set(cues["down_after"]),
        range_words=set(data["move_words"]["range"]),
        rate_markers=set(rate["markers"]),
        rate_words={key_of(w) for w in rate["words"]},
        time_words=set(data["time_words"]["words"]),
        months=set(data["months"]),
        year_before={w.lower() for w in data["year_words"]["before"]},
        name_ok=set(_word_list(f, data, "name_ok_before")),
        street_words=set(data["street_words"]),
        label_words=set(_word_list(f, data, "label_words")),
    )
    lex.regex = _compile(lex, cues)
    return lex


def rtrie(keys: Iterable[str], sep: str = _SEP) -> str:
    """``trie_pattern`` of the keys written backwards, for matching on reversed text."""
    return trie_pattern((_squash(k)[::-1] for k in keys), sep)


def _compile(lex: Lexicon, cues: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """Every regex of the finder, built once from the word lists.

    Patterns named ``*_r`` read the words to the LEFT of a figure: they are matched, anchored,
    on the reversed text at the figure's start (``pattern.match(text[::-1], len(text) -
    start)``), so each costs the length of what it reads instead of a search over a window.
    """
    r: dict[str, re.Pattern[str]] = {}
    ones = [w for w, v in lex.number_words.items() if 1 <= v <= 9]
    num_word = trie_pattern(list(lex.number_words) + list(lex.number_multipliers))
    small = trie_pattern(ones + ["ten"])
    # Matched at candidate positions only (digit runs and trigger words, see the finder).
    # Each branch is a fixed sequence with no nested ambiguity, so matching is linear.
    r["number"] = re.compile(
        r"(?P<sci>(?<![\d.,])\d{1,6}(?:\.\d{1,12})?[ \t]?[×x][ \t]?10[ \t]?\^?"
        r"(?P<exp>[-−]?\d{1,3})(?!\d))"
        r"|(?P<numfrac>(?<![\d.,/⁄])\d{1,3}[ \t]?[/⁄][ \t]?\d{1,3}(?![\d/⁄]))"
        r"|(?P<d>(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
        r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\d|\.\d)"
        r"|\d{1,3}(?:\.\d{3})+,\d+(?!\d|[.,]\d)"
        r"|\d+,\d{1,2}(?=[ \t]?(?:%|€|per[ \t]?cent|percent))"
        r"|\d+(?:\.\d+)?(?!\d)"
        r"|\.\d+(?!\d)))"
        rf"|(?i:(?<![\w-])(?P<outof>{small})[ \t]{{1,3}}(?:out[ \t]{{1,3}}of|in)[ \t]{{1,3}}"
        rf"(?P<den>{trie_pattern(lex.denominators)})(?=[ \t]{{1,3}}[a-z]))"
        rf"|(?i:(?<![\w-])(?P<frac>{trie_pattern(lex.fractions)})(?=[ \t]{{1,3}}of\s))"
        rf"|(?i:(?<![\w-])(?P<vague>{trie_pattern(lex.vague)})(?=[ \t]{{1,3}}of\s))"
        rf"|(?i:(?<![\w-])(?P<fold>{trie_pattern(lex.fold_words)})(?![\w-]))"
        rf"|(?i:(?<![\w-])(?P<a>an?)(?=[ \t]{{1,3}}"
        rf"{trie_pattern(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'])}\b))"
        rf"|(?i:(?<![\w-])(?P<w>{num_word}(?:(?:[ \t]{{1,3}}and[ \t]{{1,3}}|[ \t]{{1,3}}|-)"
        rf"(?:{num_word})){{0,12}})(?![\w]))"
    )
    r["digit_run"] = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
    r["scale_word"] = re.compile(
        rf"(?:[ \t]?|-)(?P<s>(?i:{trie_pattern(lex.scales)}))(?![A-Za-z])"
    )
    r["scale_letter"] = re.compile(
        rf"(?P<s>{trie_pattern(lex.scale_letters)})(?![A-Za-z0-9²³])"
    )
    r["unit_word"] = re.compile(rf"(?i:{trie_pattern(lex.words)})(?![A-Za-z])")
    r["unit_symbol"] = re.compile(rf"{trie_pattern(lex.symbols, sep=' ')}(?![\w²³]|-\w)")
    # -- left context, on reversed text ------------------------------------------------------
    prefixes = set(lex.prefix_currencies) | set(lex.artifact_prefixes)
    spaced = {p[:-1] + " $" for p in prefixes if p.endswith("$") and len(p) > 1}
    r["currency_left_r"] = re.compile(
        rf"(?P<sp>[ \t]?)(?P<cur>{rtrie(prefixes | spaced, sep=' ')})(?![A-Za-z])"
    )
    r["sign_left_r"] = re.compile(r"(?P<sign>[-−+])(?![\w.,\-−+])")
    r["minus_left_r"] = re.compile(r"[\s\-]{0,3}(?P<m>(?i:sunim|evitagen|sulp))(?![A-Za-z])")
    qual_words = [q for q in lex.qualifiers if q[-1].isalnum() or q.endswith(".")]
    qual_marks = [q for q in lex.qualifiers if q not in qual_words]
    # "about", "more than", "~" and verbs that bound a figure ("to exceed"), in one match
    r["qualifier_left_r"] = re.compile(
        rf"(?:\s{{1,3}}(?P<q>(?i:{rtrie(qual_words)}))(?![A-Za-z])"
        rf"|\s{{1,3}}(?P<v>(?i:{rtrie(lex.qualifier_verbs)}))(?![A-Za-z])"
        rf"|\s{{0,3}}(?P<mark>{rtrie(qual_marks)})(?![A-Za-z]))"
    )
    skip = rtrie(key_of(w) for w in cues["skip_before"])
    cue_words = rtrie(lex.up_before | lex.down_before)
    r["direction_left_r"] = re.compile(
        rf"[\s,]{{1,3}}(?:(?i:{skip})\s{{1,3}}){{0,4}}(?P<d>(?i:{cue_words}))(?![A-Za-z])"
    )
    # "cut prices by 10%", "grow sales by 35 per cent": the cue, its object, then "by"
    r["direction_by_left_r"] = re.compile(
        r"\s{1,3}(?i:yb)\s{1,3}(?:[\w'’-]{0,30}[A-Za-z]\s{1,3}){1,3}"
        rf"(?P<d>(?i:{cue_words}))(?![A-Za-z])"
    )
    r["word_left_r"] = re.compile(r"\s{1,3}(?P<w>[\w&.'’\-]{0,40}[^\W\d_])")
    r["from_left_r"] = re.compile(r"\s{1,3}(?i:morf)(?![A-Za-z])")
    r["by_left_r"] = re.compile(r"\s{1,3}(?i:yb)(?![A-Za-z])")
    r["between_left_r"] = re.compile(r"\s{1,3}(?i:neewteb)(?![A-Za-z])")
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
    r["range_sep"] = re.compile(
        r"\s*(?:[-–—]\s*)?(?i:to)(?:\s*-)?\s*|\s*[-–—]\s*|\s*(?i:and)\s*|\s*/\s*"
        r"|\s*-?\s*(?i:or)\s*"
    )
    r["reverse_move"] = re.compile(r"\s*,?\s*(?i:(?:up|down)\s+)?(?i:from)\s+")
    r["rate"] = re.compile(
        rf"(?:[ \t]{{1,3}}|-)(?P<m>(?i:{trie_pattern(lex.rate_markers)}))[ \t\-]{{1,3}}"
        rf"(?P<den>(?i:{trie_pattern(lex.rate_words)}))(?![A-Za-z])"
        r"(?![ \t]{1,3}(?:earlier|ago|before|later|prior|after|on|from|to\s+date)\b)"
    )
    r["word_right"] = re.compile(
        r"[ \t]{0,3}(?:-(?=[A-Za-z]))?(?P<w>[A-Za-z][\w'’\-]{0,40}|\d{1,6}[A-Za-z]{0,4})"
    )
    r["time_after"] = re.compile(
        rf"[ \t]?(?:{trie_pattern(lex.time_words, sep=' ')})(?![A-Za-z])"
    )
    return r
