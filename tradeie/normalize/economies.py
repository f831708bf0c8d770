"""economies.json: names of economies and blocs with their codes, and the word lists around
them (partner words, currency words, route words). Read by the agency finder's document
country (normalize/agencies/country.py) and by the relation cues (relate/cues.py); validated
once, here, with the shared rule-data specs."""

from __future__ import annotations

from functools import cache

import pycountry

from tradeie.resources import VERSION, WORDS, Map, Record, Text, data_error, read_json, validate

ECONOMIES = "economies.json"

# Every key of economies.json; an unknown (or misspelt) key is refused.
ECONOMIES_SCHEMA = Record({
    "version": VERSION,
    "names": Map(Text(), comments=False),  # name -> ISO alpha-2 code, EU, EA or a bloc
    **{key: WORDS for key in (
        "blocs", "reporter_only", "no_partner", "self_reference", "partner_words_before",
        "currency_words_after", "rank_words", "partner_frame_cues", "reporter_words_after",
        "excluding_words", "whole_words", "world_words")},
    "route_reporter_words_before": Map(WORDS),  # preposition -> flow words before it
}, optional=frozenset({"version"}))


def validate_economies(eco: dict) -> dict:
    """Check economies.json at load (``ECONOMIES_SCHEMA``): names map to an ISO 3166-1
    alpha-2 code, EU, EA or a bloc of 'blocs' (a misspelt code would become a wrong reporter
    or partner), 'reporter_only' lists codes of names."""
    validate(ECONOMIES, eco, ECONOMIES_SCHEMA)
    blocs = set(eco["blocs"])
    for name, code in eco["names"].items():
        if not (code in blocs or code in ("EU", "EA")
                or (len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code))):
            raise data_error(ECONOMIES, ("names", name),
                             f"{code!r} is not an ISO alpha-2 code, EU, EA or a listed bloc")
    codes = set(eco["names"].values())
    for code in eco["reporter_only"]:
        if code not in codes:
            raise data_error(ECONOMIES, "reporter_only", f"{code!r} is no economy's code", code)
    return eco


@cache
def economies() -> dict:
    """economies.json, validated (read once per models folder: see resources)."""
    return validate_economies(read_json(ECONOMIES))
