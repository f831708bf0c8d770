"""Loading models/dates.json and models/fiscal_years.json into the finder's word tables,
validated field by field with the specs of tradeie.resources (errors name the file, the
line and the key)."""

from __future__ import annotations

from typing import Any

from tradeie.normalize.periods.fiscal import _Cal
from tradeie.normalize.periods.ops import _Op
from tradeie.normalize.periods.tokens import _norm_phrase
from tradeie.normalize.periods.values import _GRANULARITY_ORDER
from tradeie.resources import (
    VERSION,
    Int,
    List,
    Map,
    OneOf,
    Record,
    Spec,
    Text,
    Tuple,
    Type,
    data_error,
    read_json,
    validate,
)

DATES_DATA = "dates.json"
FISCAL_DATA = "fiscal_years.json"


class Lexicon:
    """Mixin of PeriodFinder: the word tables and fiscal calendars of the data files."""

    def _load_data(self) -> None:
        d = read_json(DATES_DATA)
        f = read_json(FISCAL_DATA)
        _validate_dates(d)  # every field by type: below, only cross-field rules are checked
        validate(FISCAL_DATA, f, FISCAL_SCHEMA)
        self.month_of: dict[str, int] = {}
        self.abbrevs: set[str] = set()
        seen = set()
        for row in d["months"]:
            seen.add(row["n"])
            for name in row["names"]:
                self.month_of[name.lower()] = row["n"]
            for ab in row.get("abbrevs", []):
                self.month_of[ab.lower()] = row["n"]
                self.abbrevs.add(ab.lower())
        if seen != set(range(1, 13)):
            raise data_error(DATES_DATA, "months", "every month 1..12 must be listed once")
        # "the financial year till December": a fiscal year's span words (span_lengths)
        self.fiscal_spans = {w.lower() for w in d["fiscal_words"]}
        # a local calendar's month names: months only in a story of that economy
        self.local_month_country: dict[str, str] = {}
        for country, rows in d.get("local_months", {}).items():
            for row in rows:
                for name in row["names"]:
                    if name.lower() in self.month_of:
                        raise data_error(DATES_DATA, ("local_months", country),
                                         f"{name!r} is already a month name", name)
                    self.month_of[name.lower()] = row["n"]
                    self.local_month_country[name.lower()] = country
        self.weekday_of = {w.lower(): i for i, w in enumerate(d["weekdays"])}
        self.numbers = _int_table(d, "number_words")
        self.ordinals = _int_table(d, "ordinals")
        self.final_ordinals = {w.lower() for w in d["final_ordinals"]}
        self.relative = _int_table(d, "relative")
        for w in d["standalone_relative"]:
            if w.lower() not in self.relative:
                raise data_error(DATES_DATA, "standalone_relative", f"{w!r} not in 'relative'",
                                 w)
        self.standalone = [w.lower() for w in d["standalone_relative"]]
        self.relative_days = _int_table(d, "relative_days")
        self.span_lengths = _int_table(d, "span_lengths")
        # "the accumulated to May": January to May (a span length of 0: up to the month)
        self.span_lengths.update({w.lower(): 0 for w in d["year_start_spans"]})
        self.ambiguous = {w.lower() for w in d["ambiguous_months"]}
        self.year_after = {w.lower() for w in d["year_blockers_after"]}
        self.slash_year_after = tuple(d["slash_year_after"])
        self.abbrev_stop = {w.lower() for w in d["sentence_abbreviations"]}
        self.backref_ops: dict[str, _Op] = {}
        self.backref_phrases: list[str] = []
        self.bare_backrefs: set[str] = set()  # "the year": a period only in context
        for row in d["back_references"]:
            shift = row["shift"]
            op = _Op(row["coerce"], shift["unit"], shift["n"],
                     reporting=row.get("reporting", False))
            for ph in row["phrases"]:
                self.backref_ops[_norm_phrase(ph)] = op
                self.backref_phrases.append(ph)
                if row.get("bare"):
                    self.bare_backrefs.add(_norm_phrase(ph))
        counted = d["back_reference_counted"]
        self.counts = {k.lower(): v for k, v in counted["counts"].items()}
        self.count_dirs = {k.lower(): v for k, v in counted["directions"].items()}
        self.count_units = {word.lower(): dict(unit) for word, unit in counted["units"].items()}
        same = d["same_period_of"]
        self.same_nouns = {k.lower(): v for k, v in same["nouns"].items()}
        # "the same six-month period": a counted noun reads like the noun alone
        counts = [*(w.lower() for w in d["number_words"]), *map(str, range(1, 13))]
        for noun, gran in same.get("counted_nouns", {}).items():
            for n in counts:
                for sep in ("-", " "):
                    self.same_nouns[f"{n}{sep}{noun.lower()}"] = gran
        self.same_need_tail = {w.lower() for w in same["nouns_need_tail"]}
        self.same_tails = list(same["year_back_tails"])
        ana = d["anaphoric_references"]
        self.ana_nouns = {k.lower(): v for k, v in ana["nouns"].items()}
        self.bare_fw = {w.lower() for w in d["bare_fiscal_words"]}
        # "fiscal", "financial": the words of the fiscal-year phrases besides "year"
        self.fiscal_adjs = {w for p in d["fiscal_words"] for w in p.lower().split()} - {"year"}
        self.ana_phrases = {_norm_phrase(k): v for k, v in ana["phrases"].items()}
        self.roll_units = {k.lower(): v for k, v in d["rolling_spans"]["units"].items()}
        self.roll_single = _int_table(d["rolling_spans"], "single_units")
        self.roll_weeks = {w.lower() for w in d["rolling_spans"].get("week_units", ())}
        self.roll_week = {w.lower() for w in d["rolling_spans"].get("single_week_units", ())}
        self.roll_short_openers = {
            " ".join(w.lower().split()) for w in d["rolling_spans"].get("short_single_openers", ())}
        spans = d["back_reference_spans"]
        self.span_units = {k.lower(): v for k, v in spans["units"].items()}
        self.to_date_units = {_norm_phrase(k): v for k, v in d["to_date"]["units"].items()}
        self.to_date_cumulative = tuple(w.lower() for w in d["to_date"]["cumulative_words"])
        self.year_context_after = {w.lower() for w in d["year_context_after"]}
        self.weekend_words = [w.lower() for w in d["weekend_words"]]
        self.half_ordinals = _int_table(d, "half_ordinals")
        seasons = d["seasons"]
        self.season_of = {w.lower(): m for w, m in seasons["words"].items()}
        self.season_strict = {w.lower() for w in seasons["strict_words"]}
        self.southern = {c.upper() for c in seasons["southern_countries"]}
        self.weekend_rel = _int_table(d, "weekend_relative")
        self.month_pos_days = _int_table(d, "month_position_days")
        self.current_year_openers = tuple(
            " " + " ".join(w.lower().split()) + " " for w in d["current_year_openers"])
        self.days_pos = {k.lower(): v for k, v in d["days_of_month_positions"].items()}
        self.half_month_words = [w.lower() for w in d["half_month_words"]]
        self.roman_month_of = {w.lower(): n for n, w in enumerate(d["roman_months"], 1)}
        self.data = d

        default = f["default"]
        self.default_cal = _make_cal(default, default, "default")
        self.cals = {code.upper(): _make_cal(row, default, code)
                     for code, row in f.get("countries", {}).items()}


def _make_cal(row: dict[str, Any], default: dict[str, Any], where: str) -> _Cal:
    """A calendar of fiscal_years.json (validated by ``FISCAL_SCHEMA``), ``default`` filling
    what it does not say."""
    sm = row.get("start_month", default.get("start_month"))
    named = row.get("named_by", default.get("named_by", "start"))
    fy_named = row.get("fy_named_by", named)
    split = row.get("split_start_month", default.get("split_start_month", 4))
    earlier = row.get("earlier") or {"before": 0, "start_month": 0}
    later = row.get("later") or {"from": 0, "start_month": 0}
    return _Cal(sm, named, fy_named, split, earlier["before"], earlier["start_month"],
                later["from"], later["start_month"])


def _int_table(data: dict[str, Any], key: str) -> dict[str, int]:
    """A word -> whole number table of dates.json (validated by ``_validate_dates``)."""
    return {word.lower(): value for word, value in data[key].items()}


# ------------------------------------------------------------------ validating dates.json
# Every field is checked by type before anything is read (specs of tradeie.resources): a
# string where a list belongs would be iterated letter by letter, a list where an object
# belongs would fail deep inside the grammar, an empty list would compile to an empty
# alternative that matches everywhere. Tables here hold no comments: the loader reads every
# entry.

_WORD_LISTS = (
    "month_context_before", "month_context_after", "month_position_prefixes",
    "month_position_suffixes",
    "weekday_name_prefixes", "final_ordinals", "standalone_relative", "quarter_words",
    "half_words", "fiscal_words", "bare_fiscal_words", "bare_fiscal_followers", "fy_prefixes",
    "calendar_words", "calendar_prefixes", "range_connectors", "range_openers", "span_end_words",
    "span_start_words", "year_start_spans", "year_through_words", "year_through_rate_words",
    "month_through_openers",
    "month_range_nouns",
    "year_blockers_before", "year_name_prefixes",
    "currency_signs", "comparison_markers", "revision_markers", "year_figure_verbs",
    "year_figure_to", "year_figure_to_qualified", "year_figure_qualifiers", "weekend_words",
    "period_position_phrases", "month_blockers_before", "base_year_markers", "vague_periods",
    "base_year_markers_need_figure", "strict_comparison_markers", "future_markers",
    "superlative_markers", "current_year_openers", "half_month_words", "roman_months",
    "year_title_nouns", "year_title_openers",
)
# read as sets only, never as regex alternatives: they may be empty
_OPTIONAL_WORD_LISTS = ("ambiguous_months", "year_blockers_after", "year_context_after",
                        "sentence_abbreviations", "slash_year_after")
_INT_TABLES = ("number_words", "ordinals", "relative", "relative_days", "span_lengths",
               "weekend_relative", "half_ordinals", "month_position_days")

_WORDS = List(Text(), nonempty=True)  # words that become regex alternatives: never empty
_ANY_WORDS = List(Text())


def _ints(value: Spec | None = None, names: Spec | None = None) -> Map:
    """A non-empty table of word -> whole number."""
    return Map(value or Int(), nonempty=True, comments=False, names=names)


def _table(value: Spec) -> Map:
    return Map(value, nonempty=True, comments=False)


_GRANULARITY = OneOf((*_GRANULARITY_ORDER, "fiscal_year"))
# of a back-reference
_COERCE = OneOf((None, "fiscal_year", "fit", "week_span", *_GRANULARITY_ORDER))
_SHIFT_UNIT = OneOf(("year", "month", "day", "period", "months_before", "months_to", "ytd",
                     "half_month"))
_FLAG = Type(bool, "true or false")

_STRUCTURES: dict[str, Spec] = {
    "months": List(Record({"n": Int(1, 12), "names": _WORDS, "abbrevs": _ANY_WORDS},
                          optional=frozenset({"abbrevs"}), own_lines=False), nonempty=True),
    # country -> months of its own calendar, as the Gregorian month each is rounded to
    "local_months": Map(List(Record({"n": Int(1, 12), "names": _WORDS}),
                             nonempty=True), comments=False,
                        names=Text(test=lambda c: len(c) == 2 and c.isupper(),
                                   what="an ISO 3166-1 alpha-2 code")),
    "weekdays": Tuple((Text(),) * 7, "seven names (strings), Monday first"),
    "back_references": List(Record({
        "coerce": _COERCE,
        "shift": Record({"unit": _SHIFT_UNIT, "n": Int()}, own_lines=False),
        "bare": _FLAG,
        "reporting": _FLAG,
        # the pattern is anchored on its first word for speed
        "phrases": List(Text(test=lambda ph: ph.lower().startswith("the "),
                             what="a phrase starting 'the'"), nonempty=True),
    }, optional=frozenset({"bare", "reporting"}), own_lines=False), nonempty=True),
    "back_reference_counted": Record({
        "counts": _ints(), "directions": _ints(),
        "units": _table(Record({"coerce": _COERCE, "unit": _SHIFT_UNIT, "per": Int(1)},
                               optional=frozenset({"coerce", "per"}), own_lines=False)),
    }),
    "same_period_of": Record({"words": _WORDS, "nouns": _table(_COERCE),
                              "nouns_need_tail": _WORDS, "year_back_tails": _WORDS,
                              "this_year_tails": _WORDS, "counted_nouns": _table(_COERCE)},
                             optional=frozenset({"counted_nouns"})),
    "bare_back_reference_blockers": Record({"before": _WORDS, "after": _WORDS}),
    "days_of_month_positions": Map(OneOf(("first", "second", "last")), comments=False),
    # null: "that period", the named period's own shape
    "anaphoric_references": Record({"determiners": _WORDS,
                                    "nouns": _table(OneOf((None, *_GRANULARITY.choices))),
                                    "phrases": _table(OneOf((None, *_GRANULARITY.choices))),
                                    "blockers_after": _WORDS}),
    "back_reference_spans": Record({"openers": _WORDS, "units": _ints(Int(1))}),
    "to_date": Record({"markers_before": _WORDS, "markers_after": _WORDS, "openers": _WORDS,
                       "units": _table(_GRANULARITY), "cumulative_words": _WORDS}),
    "year_to_date": Record({"phrases": _WORDS, "year_markers_after": _WORDS}),
    "rolling_spans": Record({"openers": _WORDS, "bare_openers": _WORDS,
                             "preposition_openers": _WORDS, "preposition_after": _WORDS,
                             "units": _ints(Int(1), names=OneOf(("months", "quarters",
                                                                 "years", "decades"))),
                             "single_units": _ints(Int(1)),
                             "week_units": _WORDS, "single_week_units": _WORDS,
                             "short_single_openers": _WORDS},
                            optional=frozenset({"week_units", "single_week_units",
                                                "short_single_openers", "preposition_openers",
                                                "preposition_after"})),
    "month_count_abbrevs": Record({
        "letters": List(Text(test=lambda c: len(c) == 1 and c.isalpha(), what="one letter"),
                        nonempty=True),
        "context_before": _WORDS}),
    "seasons": Record({
        "words": _ints(Int(1, 12)),  # the first month of each season
        "strict_words": _WORDS, "blockers_after": _WORDS, "context_before": _WORDS,
        "southern_countries": List(Text(test=lambda c: len(c) == 2 and c.isupper(),
                                        what="an ISO 3166-1 alpha-2 code"), nonempty=True)}),
}
# fields with a narrower item than their kind
_NARROWER: dict[str, Spec] = {
    "calendar_prefixes": List(Text(test=lambda w: w.isalpha() and w.isupper(),
                                   what="capital letters"), nonempty=True),
    "slash_year_after": List(Text(test=lambda m: len(m) == 1 and not m.isalnum(),
                                  what="one character that ends a figure, like '%'")),
    "half_ordinals": _ints(Int(1, 2)),  # a half is 1 or 2
}

DATES_SCHEMA = Record({
    "version": VERSION,
    **{key: _WORDS for key in _WORD_LISTS},
    **{key: _ANY_WORDS for key in _OPTIONAL_WORD_LISTS},
    **{key: _ints() for key in _INT_TABLES},
    **_STRUCTURES,
    **_NARROWER,
}, optional=frozenset({"version", "local_months"}))

_CAL_FIELDS: dict[str, Spec] = {
    "start_month": Int(1, 12),
    "named_by": OneOf(("start", "end")),
    "fy_named_by": OneOf(("start", "end")),
    "split_start_month": Int(),
    # a calendar that changed: fiscal years starting before the year "before" began in
    # "start_month"
    "earlier": Record({"before": Int(), "start_month": Int(1, 12)}, own_lines=False),
    # a calendar that changed again: fiscal years starting in the year "from" or later
    # begin in "start_month"
    "later": Record({"from": Int(), "start_month": Int(1, 12)}, own_lines=False),
}
FISCAL_SCHEMA = Record({
    "version": VERSION,
    "default": Record(_CAL_FIELDS, optional=frozenset(_CAL_FIELDS) - {"start_month"},
                      own_lines=False),
    "countries": Map(Record(_CAL_FIELDS, optional=frozenset(_CAL_FIELDS), own_lines=False),
                     comments=False),
}, optional=frozenset({"version", "countries"}))


def _validate_dates(d: dict[str, Any]) -> None:
    """Check dates.json against ``DATES_SCHEMA`` and the rules between its fields."""
    validate(DATES_DATA, d, DATES_SCHEMA)
    seasons = d["seasons"]
    for word in seasons["strict_words"]:
        if word.lower() not in {w.lower() for w in seasons["words"]}:
            raise data_error(DATES_DATA, ("seasons", "strict_words"),
                             f"{word!r} is not one of the season words", word)
