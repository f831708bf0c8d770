"""Loading models/dates.json and models/fiscal_years.json into the finder's word tables,
with the validation of every field (errors name the file and line)."""

from __future__ import annotations

from typing import Any

from tradeie.normalize.periods.fiscal import _Cal
from tradeie.normalize.periods.ops import _Op
from tradeie.normalize.periods.tokens import _norm_phrase
from tradeie.normalize.periods.values import _GRANULARITY_ORDER
from tradeie.resources import DataFileError, data_path, line_of, read_json

DATES_DATA = "dates.json"
FISCAL_DATA = "fiscal_years.json"


class Lexicon:
    """Mixin of PeriodFinder: the word tables and fiscal calendars of the data files."""

    def _load_data(self) -> None:
        d = read_json(DATES_DATA)
        f = read_json(FISCAL_DATA)
        _validate_dates(d)  # every field by type: below, only values are checked
        self.month_of: dict[str, int] = {}
        self.abbrevs: set[str] = set()
        seen = set()
        for i, row in enumerate(d["months"]):
            n = row.get("n") if isinstance(row, dict) else None
            if (isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 12
                    or set(row) - {"n", "names", "abbrevs"}):
                raise _data_error(DATES_DATA, "months",
                                  f"entry {i} needs n in 1..12, names and abbrevs only")
            names = _words(row.get("names"), "months", "months", label=f"entry {i}: names")
            abbrevs = _words(row.get("abbrevs", []), "months", "months", empty_ok=True,
                             label=f"entry {i}: abbrevs")
            seen.add(n)
            for name in names:
                self.month_of[name.lower()] = n
            for ab in abbrevs:
                self.month_of[ab.lower()] = n
                self.abbrevs.add(ab.lower())
        if seen != set(range(1, 13)):
            raise _data_error(DATES_DATA, "months", "every month 1..12 must be listed once")
        weekdays = d["weekdays"]
        if len(weekdays) != 7 or not all(isinstance(w, str) and w.strip() for w in weekdays):
            raise _data_error(DATES_DATA, "weekdays", "seven names (strings), Monday first")
        self.weekday_of = {w.lower(): i for i, w in enumerate(weekdays)}
        self.numbers = _int_table(d, "number_words")
        self.ordinals = _int_table(d, "ordinals")
        self.final_ordinals = {w.lower() for w in d["final_ordinals"]}
        self.relative = _int_table(d, "relative")
        for w in d["standalone_relative"]:
            if w.lower() not in self.relative:
                raise _data_error(DATES_DATA, "standalone_relative", f"{w!r} not in 'relative'")
        self.standalone = [w.lower() for w in d["standalone_relative"]]
        self.relative_days = _int_table(d, "relative_days")
        self.span_lengths = _int_table(d, "span_lengths")
        self.ambiguous = {w.lower() for w in d["ambiguous_months"]}
        self.year_after = {w.lower() for w in d["year_blockers_after"]}
        self.slash_year_after = tuple(d["slash_year_after"])
        for mark in self.slash_year_after:
            if len(mark) != 1 or mark.isalnum() or mark.isspace():
                raise _data_error(DATES_DATA, "slash_year_after",
                                  f"{mark!r}: one character that ends a figure, like '%'")
        self.abbrev_stop = {w.lower() for w in d["sentence_abbreviations"]}
        self.backref_ops: dict[str, _Op] = {}
        self.backref_phrases: list[str] = []
        self.bare_backrefs: set[str] = set()  # "the year": a period only in context
        for i, row in enumerate(d["back_references"]):
            shift = row.get("shift") if isinstance(row, dict) else None
            n = shift.get("n") if isinstance(shift, dict) else None
            if (not isinstance(row, dict)
                    or set(row) - {"coerce", "shift", "bare", "phrases", "reporting"}
                    or "coerce" not in row or not isinstance(shift, dict)
                    or set(shift) != {"unit", "n"}
                    or isinstance(n, bool) or not isinstance(n, int)
                    or not isinstance(row.get("bare", False), bool)
                    or not isinstance(row.get("reporting", False), bool)):
                raise _data_error(DATES_DATA, "back_references",
                                  f"entry {i} needs coerce, shift {{unit, n}}, phrases "
                                  "(and maybe bare: true/false)")
            phrases = _words(row.get("phrases"), "back_references", "back_references",
                             label=f"entry {i}: phrases")
            op = _Op(row["coerce"], shift["unit"], n, reporting=row.get("reporting", False))
            _check_op(op, "back_references")
            for ph in phrases:
                if not ph.lower().startswith("the "):
                    # the pattern is anchored on its first word for speed
                    raise _data_error(DATES_DATA, "back_references", f"{ph!r}: must start 'the'")
                self.backref_ops[_norm_phrase(ph)] = op
                self.backref_phrases.append(ph)
                if row.get("bare"):
                    self.bare_backrefs.add(_norm_phrase(ph))
        counted = d["back_reference_counted"]
        self.counts = {k.lower(): v for k, v in _ints(counted, "counts",
                                                      "back_reference_counted").items()}
        self.count_dirs = {k.lower(): v for k, v in _ints(counted, "directions",
                                                          "back_reference_counted").items()}
        self.count_units = {}
        for word, unit in counted["units"].items():
            per = unit.get("per", 1) if isinstance(unit, dict) else None
            if (not isinstance(unit, dict) or set(unit) - {"coerce", "unit", "per"}
                    or not isinstance(unit.get("unit"), str)
                    or isinstance(per, bool) or not isinstance(per, int) or per < 1):
                raise _data_error(DATES_DATA, ("back_reference_counted", "units", word),
                                  "needs unit, coerce and per (a count)")
            _check_op(_Op(unit.get("coerce"), unit["unit"], per), "back_reference_counted")
            self.count_units[word.lower()] = dict(unit)
        same = d["same_period_of"]
        self.same_nouns = {k.lower(): v for k, v in same["nouns"].items()}
        self.same_need_tail = {w.lower() for w in same["nouns_need_tail"]}
        self.same_tails = list(same["year_back_tails"])
        for noun, coerce in self.same_nouns.items():
            if coerce is not None and not isinstance(coerce, str):
                raise _data_error(DATES_DATA, "same_period_of",
                                  f"nouns: {noun!r} must map to a granularity or null")
            _check_op(_Op(coerce, "year", 0), "same_period_of")
        ana = d["anaphoric_references"]
        self.ana_nouns = {k.lower(): v for k, v in ana["nouns"].items()}
        self.bare_fw = {w.lower() for w in d["bare_fiscal_words"]}
        # "fiscal", "financial": the words of the fiscal-year phrases besides "year"
        self.fiscal_adjs = {w for p in d["fiscal_words"] for w in p.lower().split()} - {"year"}
        self.ana_phrases = {_norm_phrase(k): v for k, v in ana["phrases"].items()}
        self.roll_units = {k.lower(): v for k, v in d["rolling_spans"]["units"].items()}
        if set(self.roll_units) - {"months", "quarters", "years"} or any(
                v < 1 for v in self.roll_units.values()):
            raise _data_error(DATES_DATA, ("rolling_spans", "units"),
                              "units: 'months', 'quarters', 'years' -> months per unit (>= 1)")
        spans = d["back_reference_spans"]
        self.span_units = {k.lower(): v for k, v in spans["units"].items()}
        self.to_date_units = {_norm_phrase(k): v for k, v in d["to_date"]["units"].items()}
        self.year_context_after = {w.lower() for w in d["year_context_after"]}
        self.weekend_words = [w.lower() for w in d["weekend_words"]]
        self.half_ordinals = _int_table(d, "half_ordinals")
        seasons = d["seasons"]
        self.season_of = {w.lower(): m for w, m in seasons["words"].items()}
        self.season_strict = {w.lower() for w in seasons["strict_words"]}
        self.southern = {c.upper() for c in seasons["southern_countries"]}
        self.weekend_rel = _int_table(d, "weekend_relative")
        self.days_pos = {k.lower(): v for k, v in d["days_of_month_positions"].items()}
        if set(self.days_pos.values()) - {"first", "last"}:
            raise _data_error(DATES_DATA, "days_of_month_positions", "values: first or last")
        self.data = d

        default = f.get("default")
        if not isinstance(default, dict):
            raise _data_error(FISCAL_DATA, "default", "missing the default calendar")
        self.default_cal = _make_cal(default, default, "default")
        countries = f.get("countries", {})
        if not isinstance(countries, dict):
            raise _data_error(FISCAL_DATA, "countries", "expected an object keyed by ISO code")
        self.cals = {code.upper(): _make_cal(row, default, code) for code, row in countries.items()}


def _make_cal(row: Any, default: dict[str, Any], where: str) -> _Cal:
    if not isinstance(row, dict):
        raise _data_error(FISCAL_DATA, where, "expected an object")
    sm = row.get("start_month", default.get("start_month"))
    named = row.get("named_by", default.get("named_by", "start"))
    fy_named = row.get("fy_named_by", named)
    split = row.get("split_start_month", default.get("split_start_month", 4))
    if not isinstance(sm, int) or not 1 <= sm <= 12 or not isinstance(split, int):
        raise _data_error(FISCAL_DATA, where, "start_month must be an integer 1..12")
    if named not in ("start", "end") or fy_named not in ("start", "end"):
        raise _data_error(FISCAL_DATA, where, "named_by must be 'start' or 'end'")
    earlier = row.get("earlier")
    if earlier is None:
        return _Cal(sm, named, fy_named, split)
    before, old = (earlier.get("before"), earlier.get("start_month")) if isinstance(
        earlier, dict) else (None, None)
    if (not isinstance(earlier, dict) or set(earlier) != {"before", "start_month"}
            or isinstance(before, bool) or not isinstance(before, int)
            or isinstance(old, bool) or not isinstance(old, int) or not 1 <= old <= 12):
        raise _data_error(FISCAL_DATA, where, "earlier needs before (a year) and start_month "
                          "(1..12) only")
    return _Cal(sm, named, fy_named, split, before, old)


def _check_op(op: _Op, where: Any) -> None:
    if op.coerce not in (None, "fiscal_year", "fit", *_GRANULARITY_ORDER) or op.unit not in (
        "year", "month", "day", "period", "months_before", "months_to", "ytd"
    ):
        raise _data_error(DATES_DATA, str(where), f"bad back-reference operation {op}")


def _int_table(data: dict[str, Any], key: str) -> dict[str, int]:
    """A word -> whole number table of dates.json (validated by ``_validate_dates``)."""
    return {word.lower(): value for word, value in data[key].items()}


# ------------------------------------------------------------------ validating dates.json
# Every field is checked by type before anything is read: a string where a list belongs
# would be iterated letter by letter, a list where an object belongs would fail deep inside
# the grammar, an empty list would compile to an empty alternative that matches everywhere.

_WORD_LISTS = (
    "month_context_before", "month_context_after", "month_position_prefixes",
    "weekday_name_prefixes", "final_ordinals", "standalone_relative", "quarter_words",
    "half_words", "fiscal_words", "bare_fiscal_words", "bare_fiscal_followers", "fy_prefixes",
    "calendar_words", "calendar_prefixes", "range_connectors", "range_openers", "span_end_words",
    "span_start_words", "month_range_nouns", "year_blockers_before", "year_name_prefixes",
    "currency_signs", "comparison_markers", "revision_markers", "year_figure_verbs",
    "year_figure_to", "year_figure_to_qualified", "year_figure_qualifiers", "weekend_words",
    "period_position_phrases", "month_blockers_before", "base_year_markers", "vague_periods",
    "base_year_markers_need_figure", "strict_comparison_markers", "future_markers",
    "superlative_markers",
)
# read as sets only, never as regex alternatives: they may be empty
_OPTIONAL_WORD_LISTS = ("ambiguous_months", "year_blockers_after", "year_context_after",
                        "sentence_abbreviations", "slash_year_after")
_INT_TABLES = ("number_words", "ordinals", "relative", "relative_days", "span_lengths",
               "weekend_relative", "half_ordinals")
# checked here by type (a list or an object), their entries in PeriodFinder._load_data
_STRUCTURES = {"months": list, "weekdays": list, "back_references": list,
               "back_reference_counted": dict, "same_period_of": dict,
               "bare_back_reference_blockers": dict, "days_of_month_positions": dict,
               "anaphoric_references": dict, "back_reference_spans": dict, "to_date": dict,
               "year_to_date": dict, "rolling_spans": dict, "month_count_abbrevs": dict,
               "seasons": dict}


def _validate_dates(d: dict[str, Any]) -> None:
    known = {"version", *_WORD_LISTS, *_OPTIONAL_WORD_LISTS, *_INT_TABLES, *_STRUCTURES}
    for key, value in d.items():
        if key.startswith("_"):  # a comment
            if not isinstance(value, str):
                raise _data_error(DATES_DATA, key, "a comment must be a string")
        elif key not in known:
            raise _data_error(DATES_DATA, key, "unknown key (a misspelt one would fall back "
                              "to nothing)")
    for key in sorted(known - {"version"}):
        if key not in d:
            raise _data_error(DATES_DATA, None, f"missing key {key!r}")
    version = d.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int):
        raise _data_error(DATES_DATA, "version", f"expected a whole number, not {version!r}")
    for key in _WORD_LISTS:
        _words(d[key], key, key)
    for key in _OPTIONAL_WORD_LISTS:
        _words(d[key], key, key, empty_ok=True)
    for key in _INT_TABLES:
        _ints(d, key, key)
    for key, kind in _STRUCTURES.items():
        if not isinstance(d[key], kind):
            raise _data_error(DATES_DATA, key,
                              f"expected a JSON {'array' if kind is list else 'object'}")
    _record(d, "bare_back_reference_blockers", {"before": "words", "after": "words"})
    _record(d, "same_period_of", {"words": "words", "nouns": "object",
                                  "nouns_need_tail": "words", "year_back_tails": "words",
                                  "this_year_tails": "words"})
    _record(d, "back_reference_counted", {"counts": "ints", "units": "object",
                                          "directions": "ints"})
    _record(d, "anaphoric_references", {"determiners": "words", "nouns": "object",
                                        "phrases": "object", "blockers_after": "words"})
    _record(d, "year_to_date", {"phrases": "words", "year_markers_after": "words"})
    _record(d, "rolling_spans", {"openers": "words", "bare_openers": "words", "units": "ints"})
    _record(d, "month_count_abbrevs", {"letters": "words", "context_before": "words"})
    for letter in d["month_count_abbrevs"]["letters"]:
        if len(letter) != 1 or not letter.isalpha():
            raise _data_error(DATES_DATA, ("month_count_abbrevs", "letters"),
                              f"{letter!r}: one letter")
    _record(d, "back_reference_spans", {"openers": "words", "units": "ints"})
    _record(d, "seasons", {"words": "ints", "strict_words": "words", "blockers_after": "words",
                           "context_before": "words", "southern_countries": "words"})
    for word in d["calendar_prefixes"]:
        if not word.isalpha() or not word.isupper():
            raise _data_error(DATES_DATA, "calendar_prefixes", f"{word!r}: capital letters")
    for word, h in d["half_ordinals"].items():
        if h not in (1, 2):
            raise _data_error(DATES_DATA, "half_ordinals", f"{word!r}: a half is 1 or 2")
    seasons = d["seasons"]
    for word, month in seasons["words"].items():
        if not 1 <= month <= 12:
            raise _data_error(DATES_DATA, ("seasons", "words"),
                              f"{word!r}: the first month of a season is 1 to 12")
    for word in seasons["strict_words"]:
        if word.lower() not in {w.lower() for w in seasons["words"]}:
            raise _data_error(DATES_DATA, ("seasons", "strict_words"),
                              f"{word!r} is not one of the season words")
    for code in seasons["southern_countries"]:
        if len(code) != 2 or not code.isupper():
            raise _data_error(DATES_DATA, ("seasons", "southern_countries"),
                              f"{code!r}: an ISO 3166-1 alpha-2 code")
    _record(d, "to_date", {"markers_before": "words", "markers_after": "words",
                           "openers": "words", "units": "object"})
    for key, table in (("anaphoric_references", "nouns"), ("anaphoric_references", "phrases"),
                       ("to_date", "units")):
        for word, value in d[key][table].items():
            if value is None and key == "anaphoric_references":
                continue  # "that period": the named period's own shape
            if value not in _GRANULARITY_ORDER and value != "fiscal_year":
                raise _data_error(DATES_DATA, (key, table), f"{word!r} must map to a "
                                  f"granularity (month, quarter, year, ...), not {value!r}")
    for word, n in d["back_reference_spans"]["units"].items():
        if n < 1:
            raise _data_error(DATES_DATA, ("back_reference_spans", "units"),
                              f"{word!r}: months per unit must be at least 1")
    for word, value in d["days_of_month_positions"].items():
        if not isinstance(value, str):
            raise _data_error(DATES_DATA, "days_of_month_positions",
                              f"{word!r} must map to 'first' or 'last', not {value!r}")


def _record(d: dict[str, Any], key: str, fields: dict[str, str]) -> None:
    """``d[key]``: an object with exactly these fields, each a non-empty list of words, a
    word -> whole number table or a non-empty object."""
    value = d[key]
    if {k for k in value if not k.startswith("_")} != set(fields):  # "_x": a comment
        raise _data_error(DATES_DATA, key, f"expected exactly the fields {sorted(fields)}")
    for field, kind in fields.items():
        if kind == "words":
            _words(value[field], (key, field), key)
        elif kind == "ints":
            _ints(value, field, key)
        elif not isinstance(value[field], dict) or not value[field]:
            raise _data_error(DATES_DATA, (key, field), "expected a non-empty JSON object")


def _words(value: Any, where: str | tuple[str, ...], top: str, empty_ok: bool = False,
           label: str = "") -> list[str]:
    """A list of non-empty strings (non-empty unless ``empty_ok``) at the key path ``where``;
    ``top`` is the key at the top level, the line named when the item is not found;
    ``label`` says which entry of a list the words belong to."""
    pre = f"{label}: " if label else ""
    if not isinstance(value, list) or not (value or empty_ok):
        raise _data_error(DATES_DATA, where, pre + ("expected a list of words" if empty_ok
                                                    else "expected a non-empty list of words"),
                          top=top)
    for w in value:
        if not isinstance(w, str) or not w.strip():
            raise _data_error(DATES_DATA, where, f"{pre}{w!r} is not a non-empty string",
                              top=top, item=w)
    return value


def _ints(table: dict[str, Any], key: str, top: str) -> dict[str, int]:
    """``table[key]``: a non-empty object of word -> whole number."""
    value = table[key]
    where = key if top == key else (top, key)
    if not isinstance(value, dict) or not value:
        raise _data_error(DATES_DATA, where, "expected a non-empty object of word -> number",
                          top=top)
    for word, n in value.items():
        if not word.strip() or isinstance(n, bool) or not isinstance(n, int):
            raise _data_error(DATES_DATA, where,
                              f"{word!r} must map to a whole number, not {n!r}", top=top)
    return value


def _data_error(name: str, key: str | tuple[str, ...] | None, msg: str, top: str | None = None,
                item: Any = None) -> DataFileError:
    """An error naming the file and the line of ``key`` (a path of keys, searched one after
    the other) or of ``item`` after it; when the path is not found as written (an "entry 3"
    step), the line of its first key, or of ``top``."""
    path = (key,) if isinstance(key, str) else tuple(key or ())
    line: int | str = "?"
    for n in range(len(path), 0, -1):
        line = line_of(name, path[:n], item if n == len(path) else None)
        if line != "?":
            break
    if line == "?" and top:
        line = line_of(name, top)
    if not path:
        return DataFileError(f"{data_path(name)}: {msg}")
    return DataFileError(f"{data_path(name)}: line {line}: {'.'.join(path)}: {msg}")
