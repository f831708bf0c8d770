"""The figure lexicon: every field of figures.json and currencies.json is validated at load
(a DataFileError naming file, line and key), and its between-figure patterns stay linear.

Each validation case copies models/ to a temporary directory, breaks one entry (written one
entry per line, as ``json.dumps(indent=1)`` does) and loads the lexicon from the copy.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import edit_json, line_with
from hypothesis import given
from hypothesis import strategies as st

from tradeie import resources
from tradeie.normalize import figure_lexicon
from tradeie.normalize.figure_lexicon import (
    CURRENCY_DATA,
    CURRENCY_SCHEMA,
    FIGURE_DATA,
    FIGURE_SCHEMA,
    load_lexicon,
)
from tradeie.resources import DataFileError

SHIPPED = resources.models_dir()


@pytest.fixture
def models(models_copy):
    resources.use_models_dir(models_copy)
    return models_copy


def load_error(models: Path) -> str:
    with pytest.raises(DataFileError) as info:
        load_lexicon()
    return str(info.value)


def test_shipped_data_loads():
    lex = load_lexicon()
    assert lex.scales["billion"] == 1e9
    assert lex.words["per cent"].name == "percent"
    assert "ALL" not in lex.prefix_currencies  # code_blocklist applied


# -- every top-level field, given the wrong JSON type -----------------------------------------


def _wrong(value: object) -> object:
    """A value of another JSON type (a list is a word list's other accepted shape)."""
    return 5 if isinstance(value, dict) else "oops"


def _fields(name: str, schema) -> list:
    shipped = json.loads((SHIPPED / name).read_text(encoding="utf-8"))
    return [pytest.param(name, key, id=f"{name}:{key}") for key in schema.fields
            if key in shipped]


@pytest.mark.parametrize(("name", "key"), _fields(FIGURE_DATA, FIGURE_SCHEMA)
                         + _fields(CURRENCY_DATA, CURRENCY_SCHEMA))
def test_every_field_is_type_checked(models, name, key):
    edit_json(models / name, lambda d: d.__setitem__(key, _wrong(d[key])))
    message = load_error(models)
    assert str(models / name) in message
    assert re.search(rf"\bline {line_with(models / name, json.dumps(key) + ':')}: {key}\b",
                     message), message


# -- single entries -----------------------------------------------------------------------------


def _set(section: str, key: str, value: object) -> Callable[[dict], object]:
    return lambda d: d[section].__setitem__(key, value)


# (id, file, change, label the message names, marker of the line, line searched after)
ENTRIES = [
    ("count-noun-not-string", FIGURE_DATA, lambda d: d["count_nouns"].append(5),
     "count_nouns", "5", '"count_nouns"'),
    ("count-subject-empty-noun", FIGURE_DATA, _set("count_subjects", "hiring", " "),
     "count_subjects.hiring", '"hiring"', '"count_subjects"'),
    ("count-subject-noun-list", FIGURE_DATA, _set("count_subjects", "hiring", ["jobs"]),
     "count_subjects.hiring", '"hiring"', '"count_subjects"'),
    ("forecast-before-string", FIGURE_DATA, _set("move_words", "forecast_before", "will"),
     "move_words.forecast_before", '"forecast_before"', '"move_words"'),
    ("month-empty", FIGURE_DATA, lambda d: d["months"].append(" "), "months", '" "',
     '"months"'),
    ("scale-nan", FIGURE_DATA, _set("scales", "gazillion", float("nan")), "scales.gazillion",
     '"gazillion"', None),
    ("scale-zero", FIGURE_DATA, _set("scales", "gazillion", 0), "scales.gazillion",
     '"gazillion"', None),
    ("number-word-bool", FIGURE_DATA, _set("number_words", "yes", True), "number_words.yes",
     '"yes"', '"number_words"'),
    ("percent-factor-string", FIGURE_DATA, _set("percent_units", "pct", ["percent", "x"]),
     "percent_units.pct", '"pct"', None),
    ("percent-kind", FIGURE_DATA, _set("percent_units", "pct", ["permille", 1]),
     "percent_units.pct", '"pct"', None),
    ("vague-three-items", FIGURE_DATA, _set("vague_amounts", "umpteen", [1, 2, 3]),
     "vague_amounts.umpteen", '"umpteen"', None),
    ("measure-words-string", FIGURE_DATA, _set("measure_units", "tonne", {"words": "tonne"}),
     "measure_units.tonne.words", '"tonne"', '"measure_units"'),
    ("measure-misspelt-field", FIGURE_DATA,
     _set("measure_units", "tonne", {"words": ["tonne"], "sybmols": ["t"]}),
     "measure_units.tonne", '"tonne"', '"measure_units"'),
    ("measure-loose-string", FIGURE_DATA,
     _set("measure_units", "tonne", {"words": ["tonne"], "loose": "yes"}),
     "measure_units.tonne.loose", '"tonne"', '"measure_units"'),
    ("measure-attached-not-symbol", FIGURE_DATA,
     _set("measure_units", "tonne", {"symbols": ["t"], "attached": ["tn"]}),
     "measure_units.tonne", '"tonne"', '"measure_units"'),
    ("duration-forms-string", FIGURE_DATA, _set("durations", "fortnight", "fortnight"),
     "durations.fortnight", '"fortnight"', None),
    ("comment-not-string", FIGURE_DATA, _set("scales", "comment", 5), "scales.comment",
     '"comment"', '"scales"'),
    ("cue-list-string", FIGURE_DATA, _set("change_cues", "up_after", "higher"),
     "change_cues.up_after", '"up_after"', None),
    ("label-words-string", FIGURE_DATA, _set("label_words", "words", "no"),
     "label_words.words", '"words"', '"label_words"'),
    ("currency-name-code", CURRENCY_DATA, _set("names", "thalers", "thaler"), "names.thalers",
     '"thalers"', None),
    ("subunit-factor-negative", CURRENCY_DATA, _set("subunits", "groschen", ["EUR", -1]),
     "subunits.groschen", '"groschen"', None),
    ("ambiguous-default-code", CURRENCY_DATA, _set("ambiguous_defaults", "peso", ["peso"]),
     "ambiguous_defaults.peso", '"peso"', '"ambiguous_defaults"'),
    ("exclude-not-code", CURRENCY_DATA, lambda d: d["exclude_pycountry"].append("gold"),
     "exclude_pycountry", '"gold"', '"exclude_pycountry"'),
    ("weak-prefixes-string", CURRENCY_DATA, _set("weak_prefix_symbols", "symbols", "K"),
     "weak_prefix_symbols.symbols", '"symbols"', '"weak_prefix_symbols"'),
    ("attached-only-not-subunit", CURRENCY_DATA,
     lambda d: d["subunit_attached_only"].append("zz"), "subunit_attached_only",
     '"subunit_attached_only"', None),
    ("markers-string", CURRENCY_DATA, lambda d: d.__setitem__("yen_markers", "yen"),
     "yen_markers", '"yen_markers"', None),
    ("misspelt-top-level-key", CURRENCY_DATA, lambda d: d.__setitem__("yen_marker", ["yen"]),
     "yen_marker", '"yen_marker"', None),
    ("country-symbol-bad-code", CURRENCY_DATA, _set("country_symbols", "R", {"ZA": "rand"}),
     "country_symbols.R.ZA", '"ZA"', '"country_symbols"'),
    ("country-symbol-not-country", CURRENCY_DATA,
     _set("country_symbols", "R", {"South Africa": "ZAR"}), "country_symbols.R", '"R"',
     '"country_symbols"'),
    ("count-phrase-skip-string", FIGURE_DATA, _set("count_phrase", "skip", "more"),
     "count_phrase.skip", '"skip"', '"count_phrase"'),
    ("count-phrase-misspelt", FIGURE_DATA, _set("count_phrase", "not_count", ["sales"]),
     "count_phrase", '"not_count"', '"count_phrase"'),
    ("point-rate-words-string", FIGURE_DATA, _set("point_rate_words", "words", "rate"),
     "point_rate_words.words", '"words"', '"point_rate_words"'),
    # the word lists moved out of the finder's Python (literal sets and reversed regexes)
    ("irregular-plurals-string", FIGURE_DATA, _set("irregular_plurals", "words", "people"),
     "irregular_plurals.words", '"words"', '"irregular_plurals"'),
    ("determiner-empty", FIGURE_DATA, lambda d: d["determiners"]["words"].append(" "),
     "determiners.words", '" "', '"determiners"'),
    ("hyphen-prefix-number", FIGURE_DATA, lambda d: d["hyphen_prefixes"]["words"].append(77),
     "hyphen_prefixes.words", "77", '"hyphen_prefixes"'),
    ("subject-skip-string", FIGURE_DATA, _set("subject_skip", "words", "the"),
     "subject_skip.words", '"words"', '"subject_skip"'),
    ("article-words-misspelt", FIGURE_DATA,
     _set("article_number_words", "scale", ["million"]), "article_number_words", '"scale"',
     '"article_number_words"'),
    ("ordinal-before-half-string", FIGURE_DATA, _set("ordinal_before_half", "words", "second"),
     "ordinal_before_half.words", '"words"', '"ordinal_before_half"'),
    ("compared-articles-string", FIGURE_DATA, _set("compared_before", "articles", "the"),
     "compared_before.articles", '"articles"', '"compared_before"'),
    ("up-to-level-suffix-empty", FIGURE_DATA,
     lambda d: d["up_to_level"]["suffixes"].append(" "), "up_to_level.suffixes", '" "',
     '"up_to_level"'),
    ("sign-words-plus-string", FIGURE_DATA, _set("sign_words", "plus", "plus"),
     "sign_words.plus", '"plus"', '"sign_words"'),
    ("sign-words-missing-minus", FIGURE_DATA, lambda d: d["sign_words"].pop("minus"),
     "sign_words", '"sign_words"', None),
    ("range-left-words-by-string", FIGURE_DATA, _set("range_left_words", "by", "by"),
     "range_left_words.by", '"by"', '"range_left_words"'),
    ("metre-dimensions-string", FIGURE_DATA, _set("metre_context", "dimensions", "long"),
     "metre_context.dimensions", '"dimensions"', '"metre_context"'),
    ("clause-break-empty", FIGURE_DATA, lambda d: d["clause_break_words"]["words"].append(""),
     "clause_break_words.words", '""', '"clause_break_words"'),
    ("compared-gap-missing-words", FIGURE_DATA, lambda d: d["compared_gap"].pop("words"),
     "compared_gap", '"compared_gap"', None),
    ("expected-after-misspelt", FIGURE_DATA, _set("expected_after", "auxiliary", ["had"]),
     "expected_after", '"auxiliary"', '"expected_after"'),
    ("multiple-after-twice-string", FIGURE_DATA, _set("multiple_after", "twice", "the"),
     "multiple_after.twice", '"twice"', '"multiple_after"'),
    ("rate-not-after-string", FIGURE_DATA, _set("rate_denominators", "not_after", "ago"),
     "rate_denominators.not_after", '"not_after"', '"rate_denominators"'),
    ("phrase-words-first-skip-string", FIGURE_DATA, _set("phrase_words", "first_skip", "most"),
     "phrase_words.first_skip", '"first_skip"', '"phrase_words"'),
]


@pytest.mark.parametrize(("file", "change", "label", "marker", "after"),
                         [pytest.param(*e[1:], id=e[0]) for e in ENTRIES])
def test_bad_entry_names_file_line_and_key(models, file, change, label, marker, after):
    edit_json(models / file, change)
    message = load_error(models)
    line = line_with(models / file, marker, after)
    assert f"{models / file}: line {line}: {label}:" in message, message


def test_reversed_patterns_are_built_from_the_data(models):
    # words read left of a figure are matched on the reversed text: the patterns are built
    # from figures.json at load, so a word added to the data is read with no code change
    def add(d):
        d["ordinal_before_half"]["words"].append("penultimate")
        d["compared_before"]["words"].append("relative to")
        d["sign_words"]["plus"].append("positive")
        d["up_to_level"]["words"].append("climb")
        d["range_left_words"]["from"].append("starting at")
        d["multiple_after"]["words"].append("heavier")
        d["clause_break_words"]["words"].append("although")

    edit_json(models / FIGURE_DATA, add)
    lex = load_lexicon()
    r = lex.regex

    def left(name: str, before: str):
        return r[name].match(before[::-1])

    assert left("ordinal_before_r", "the penultimate ") and left("ordinal_before_r", "the Second ")
    assert not left("ordinal_before_r", "the seconds ")
    assert left("compared_r", "relative  to ") and left("compared_r", "compared with the ")
    assert left("compared_r", "vs. ") and not left("compared_r", "compared ")
    m = left("minus_left_r", "positive ")
    assert m and m.group("m")[::-1] in lex.plus_words
    assert left("minus_left_r", "Minus ") and "minus" not in lex.plus_words
    assert left("up_to_level_r", "climb ") and left("up_to_level_r", "raised ")
    assert not left("up_to_level_r", "RAISED ")  # the suffix is case-sensitive
    assert left("from_left_r", "starting  at ") and left("from_left_r", "From ")
    assert left("between_left_r", "between ") and not left("between_left_r", "inbetween ")
    # and the forward word patterns read after a figure
    assert r["multiple_after"].match(" heavier than") and r["multiple_after"].match(" as big as")
    assert r["clause_break"].search("prices, although") and not r["clause_break"].search("thus")
    assert r["metre_after"].match(" (16 ft)") and r["metre_after"].match("-high")
    assert r["compared_gap"].fullmatch(", up from the series high of ")
    assert "aircraft" in lex.irregular_plurals and "million" in lex.article_scales
    assert {"the", "both"} <= lex.back_reference and "those" not in lex.share_skip


def test_missing_section_is_named(models):
    edit_json(models / FIGURE_DATA, lambda d: d.pop("fold_words"))
    message = load_error(models)
    assert str(models / FIGURE_DATA) in message and "fold_words" in message


def test_word_lists_may_be_plain_lists(models):
    # an object {"comment", "codes"} or the bare list: both shapes load the same
    edit_json(models / CURRENCY_DATA,
         lambda d: d.__setitem__("code_blocklist", d["code_blocklist"]["codes"]))
    edit_json(models / FIGURE_DATA,
         lambda d: d.__setitem__("label_words", d["label_words"]["words"]))
    lex = load_lexicon()
    assert "ALL" not in lex.prefix_currencies and "section" in lex.label_words


def test_validation_runs_before_any_reading(models):
    # a string where a list of words belongs was iterated letter by letter before
    edit_json(models / FIGURE_DATA, lambda d: d.__setitem__("count_nouns", "tonnes"))
    message = load_error(models)
    assert "count_nouns: expected a list, got the string 'tonnes'" in message


# -- the patterns between two figures -----------------------------------------------------------

# What the patterns were before they were made linear: the language must not change.
OLD = {
    "range_sep": r"\s*(?:[-–—]\s*)?(?i:to)(?:\s*-)?\s*|\s*[-–—]\s*|\s*(?i:and)\s*|\s*/\s*"
                 r"|\s*-?\s*(?i:or)\s*",
    "reverse_move": r"\s*,?\s*(?i:(?:up|down)\s+)?(?i:from)\s+",
}
PIECES = [" ", "  ", "\n", "\t", "-", "–", ",", "/", "to", "TO", "or", "Or", "and", "from",
          "up", "down", "x"]


@given(st.lists(st.sampled_from(PIECES), max_size=7).map("".join))
def test_between_patterns_read_the_same_language(between):
    lex = load_lexicon()
    for name, old in OLD.items():
        assert bool(re.fullmatch(old, between)) == bool(lex.regex[name].fullmatch(between)), \
            (name, between)


@pytest.mark.parametrize("name", sorted(OLD))
def test_between_patterns_are_linear_on_whitespace(name):
    pattern = load_lexicon().regex[name]
    text = " " * 20_000 + "x"  # the old patterns took O(n^2) per attempt here (seconds)
    began = time.perf_counter()
    assert pattern.fullmatch(text) is None and pattern.match(text) is None
    assert time.perf_counter() - began < 0.5


def test_wrap_fragments_accept_one_line_break_only():
    wrap = re.compile(figure_lexicon.WRAP)
    for gap in ("\n", "\r\n", "\r", " \n", "  \r\n   "):
        assert wrap.fullmatch(gap), repr(gap)
        assert re.fullmatch(figure_lexicon.WRAP_R, gap[::-1]), repr(gap)
    for gap in ("\n\n", "\r\n\r\n", "\n \n", " ", "", "\u2028"):
        assert not wrap.fullmatch(gap), repr(gap)
