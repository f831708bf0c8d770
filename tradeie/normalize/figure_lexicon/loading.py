"""Reading figures.json and currencies.json (validated) into a :class:`Lexicon`."""

from __future__ import annotations

import re

import pycountry

from tradeie.normalize.figure_lexicon.compiled import _compile
from tradeie.normalize.figure_lexicon.model import Lexicon, Unit, key_of, plurals
from tradeie.normalize.figure_lexicon.schema import (
    CURRENCY_SCHEMA,
    FIGURE_SCHEMA,
    _entries,
    _error,
    _listed,
    validate,
)
from tradeie.resources import read_json

FIGURE_DATA = "figures.json"
CURRENCY_DATA = "currencies.json"


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
    scaled_postfix = _entries(cur.get("scaled_postfix_symbols", {}))
    for sym, code in scaled_postfix.items():
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
        scaled_postfix=set(scaled_postfix),
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
        count_joiners={w.lower() for w in data.get("count_phrase", {}).get("joiners", [])},
        count_after_of={w.lower() for w in
                        data.get("count_phrase", {}).get("counted_after_of", [])},
        count_participles={w.lower() for w in
                           data.get("count_phrase", {}).get("conjunct_participles", [])},
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
        place_before_of={w.lower() for w in _listed(data["place_before_of"], "words")},
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

