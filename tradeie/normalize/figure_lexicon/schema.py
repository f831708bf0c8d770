"""The validation scheme of figures.json and currencies.json: every entry checked by type,
an error naming file, line and key."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tradeie.resources import DataFileError, data_path, line_of

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

