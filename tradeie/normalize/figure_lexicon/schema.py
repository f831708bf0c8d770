"""The validation scheme of figures.json and currencies.json, declared with the specs of
:mod:`tradeie.resources` (one validator for all rule data): every entry checked by type, an
error naming file, line and key."""

from __future__ import annotations

from typing import Any

from tradeie.resources import (
    VERSION,
    WORDS,
    DataFileError,
    List,
    Listed,
    Map,
    Num,
    Record,
    Text,
    Tuple,
    Type,
    data_error,
    entries,
)
from tradeie.resources import validate as _validate

Loc = tuple[str, ...]  # the keys leading to an entry, as resources.line_of searches them


def _error(name: str, loc: Loc, label: str, why: str, item: Any = None) -> DataFileError:
    """A cross-field error of a loader, worded as the schema's own."""
    return data_error(name, loc, why, item, label=label)


def _listed(value: list[str] | dict[str, Any], key: str) -> list[str]:
    return value[key] if isinstance(value, dict) else value


_ISO_CODE = Text(r"[A-Z]{3}", "a 3-letter ISO 4217 code")
_QUALIFIER = Text(r"approx|min|max", "approx, min or max")
_POSITIVE = Num(0.0)
_OPTIONAL = frozenset({"version", "comment"})

FIGURE_SCHEMA = Record({
    "version": VERSION,
    "scales": Map(_POSITIVE),
    "scale_letters": Map(_POSITIVE),
    "qualifiers": Map(_QUALIFIER),
    "qualifier_verbs": Map(_QUALIFIER),
    "number_words": Map(Num(0.0, strict=False)),
    "number_multipliers": Map(_POSITIVE),
    "vague_amounts": Map(Tuple((Num(), Num()), "[low, high] with low < high",
                                 lambda v: v[0] < v[1])),
    "fractions": Map(_POSITIVE),
    "fraction_denominators": Map(_POSITIVE),
    "fold_words": Map(_POSITIVE),
    "scale_fractions": Record({"words": Map(_POSITIVE), "scales": WORDS}),
    "vulgar_fractions": Map(_POSITIVE),
    "percent_units": Map(Tuple((Text("percent|percentage_point"), _POSITIVE),
                                 "[percent|percentage_point, factor > 0]")),
    "measure_units": Map(Record(
        {"words": WORDS, "symbols": WORDS, "attached": WORDS,
         "loose": Type(bool, "true or false")},
        optional=frozenset({"words", "symbols", "attached", "loose"}), own_lines=False)),
    "durations": Map(WORDS),
    "ages": Map(WORDS),
    "count_nouns": WORDS,
    "count_phrase": Record({"skip": WORDS, "not_counted": WORDS, "joiners": WORDS,
                             "counted_after_of": WORDS, "conjunct_participles": WORDS},
                            optional=frozenset({"counted_after_of",
                                                "conjunct_participles"})),
    "point_rate_words": Listed("words", WORDS),
    "money_subjects": Listed("words", WORDS),
    "count_subjects": Map(Text()),
    "count_level_before": Listed("words", WORDS),
    "non_count_words": WORDS,
    "count_stop_words": WORDS,
    "one_blockers": Record({"before": WORDS, "after": WORDS}),
    "change_cues": Record({k: WORDS for k in ("up_before", "down_before", "up_after",
                                                "down_after", "skip_before")}),
    "move_words": Record({"range": WORDS, "forecast_before": WORDS}),
    # not_after: "5 percent a year earlier" is no rate
    "rate_denominators": Record({"words": WORDS, "markers": WORDS, "not_after": WORDS}),
    "time_words": Listed("words", WORDS),
    "months": WORDS,
    "year_words": Record({"before": WORDS}),
    "name_ok_before": Listed("words", WORDS),
    "place_before_of": Listed("words", WORDS),
    "street_words": WORDS,
    "label_words": Listed("words", WORDS),
    "irregular_plurals": Listed("words", WORDS),
    "determiners": Listed("words", WORDS),
    "hyphen_prefixes": Listed("words", WORDS),
    "subject_skip": Listed("words", WORDS),
    "article_number_words": Record({"scales": WORDS, "fractions": WORDS}),
    "ordinal_before_half": Listed("words", WORDS),
    "compared_before": Record({"words": WORDS, "articles": WORDS}),
    "up_to_level": Record({"words": WORDS, "suffixes": WORDS}),
    "sign_words": Record({"minus": WORDS, "plus": WORDS}),
    "range_left_words": Record({"between": WORDS, "from": WORDS, "by": WORDS}),
    "metre_context": Record({"imperial_units": WORDS, "dimensions": WORDS}),
    "clause_break_words": Listed("words", WORDS),
    "compared_gap": Record({"words": WORDS, "determiners": WORDS, "qualifiers": WORDS}),
    "expected_after": Record({"auxiliaries": WORDS, "words": WORDS}),
    "multiple_after": Record({"words": WORDS, "twice": WORDS}),
    "phrase_words": Record({"back_reference": WORDS, "share_skip": WORDS,
                             "first_skip": WORDS}),
}, optional=_OPTIONAL | {"point_rate_words", "count_phrase", "money_subjects"})

CURRENCY_SCHEMA = Record({
    "version": VERSION,
    "symbols": Map(_ISO_CODE),
    "postfix_symbols": Map(_ISO_CODE),
    "scaled_postfix_symbols": Map(_ISO_CODE),
    "country_symbols": Map(Map(_ISO_CODE)),
    "artifact_symbols": Map(_ISO_CODE),
    "weak_prefix_symbols": Listed("symbols", WORDS),
    "dollar_suffixes": WORDS,
    "names": Map(_ISO_CODE),
    "subunits": Map(Tuple((Text(r"[A-Z]{3}|DOLLAR"), _POSITIVE),
                            "[currency code or 'DOLLAR', factor > 0]")),
    "subunit_attached_only": WORDS,
    "ambiguous_defaults": Map(List(_ISO_CODE)),
    "ambiguous_symbols": Map(Text(r"[a-z]+", "a currency name of ambiguous_defaults")),
    "yuan_markers": WORDS,
    "yen_markers": WORDS,
    "sterling_markers": WORDS,
    "exclude_pycountry": List(_ISO_CODE),
    "code_blocklist": Listed("codes", List(_ISO_CODE)),
}, optional=_OPTIONAL | {"ambiguous_defaults", "ambiguous_symbols", "yen_markers",
                         "sterling_markers", "country_symbols", "scaled_postfix_symbols"})


def validate(name: str, data: dict[str, Any], schema: Record) -> None:
    """Raise a DataFileError naming file, line and key for the first entry of ``data`` (read
    from ``models/name``) that does not fit ``schema``."""
    _validate(name, data, schema)


_entries = entries  # a validated mapping without its comments
