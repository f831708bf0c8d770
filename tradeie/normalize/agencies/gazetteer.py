"""The gazetteer of named agencies (models/agencies.jsonl): its row type, its validation, and
the match type the finder returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pycountry

from tradeie.normalize.agencies.text_tokens import tokenize_phrase
from tradeie.resources import (
    DataFileError,
    List,
    OneOf,
    Record,
    Text,
    data_path,
    validate,
)

GAZETTEER = "agencies.jsonl"


KINDS = frozenset({
    "customs", "statistics", "trade_ministry", "finance_ministry", "economy_ministry",
    "central_bank", "investment_agency", "trade_promotion", "intergovernmental", "tax", "other",
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


COUNTRY_CODE = Text(test=_valid_country, what="an ISO 3166-1 alpha-2 code, EU or INT")
_FORMS = List(Text(test=tokenize_phrase))  # surface forms: each must have a token
# a row of agencies.jsonl; keys the finder does not read are left alone
ROW_SCHEMA = Record({
    "name": Text(test=tokenize_phrase),
    "acronyms": _FORMS, "aliases": _FORMS,
    "weak": _FORMS,  # forms that need context (a subset of acronyms and aliases)
    "regions": _FORMS,  # acronyms that name a region's body too (a subset of acronyms)
    "country": COUNTRY_CODE,
    "kind": OneOf(tuple(sorted(KINDS))),
    "source": Text(test=_SOURCE_URL_RE.fullmatch, what="the URL (http:// or https://) of "
                   "the body's official website"),
}, optional=frozenset({"weak", "regions"}), extra_ok=True)


def load_gazetteer(rows: Iterable[dict[str, Any]], source: str = GAZETTEER
                   ) -> tuple[AgencyRow, ...]:
    """Validate gazetteer rows (as from read_jsonl); errors name the file and line."""
    out = []
    seen: dict[tuple[str, str], Any] = {}
    path = data_path(source)  # once: it looks the file up on disk
    for row in rows:
        line = row.get("_line", "?")
        validate(source, {k: v for k, v in row.items() if k != "_line"}, ROW_SCHEMA, line)
        where = f"{path}: line {line}"
        name = row["name"]
        lists = {key: tuple(row.get(key, [])) for key in ("acronyms", "aliases", "weak",
                                                         "regions")}
        if (name, row["country"]) in seen:
            raise DataFileError(f"{where}: {name!r} ({row['country']}) is already on line "
                                f"{seen[name, row['country']]}")
        seen[name, row["country"]] = line
        surfaces = set(lists["acronyms"]) | set(lists["aliases"])
        if not set(lists["weak"]) <= surfaces:
            raise DataFileError(f"{where}: 'weak' lists a form that is not an acronym or alias")
        if not set(lists["regions"]) <= set(lists["acronyms"]):
            raise DataFileError(f"{where}: 'regions' lists a form that is not an acronym")
        out.append(AgencyRow(name, lists["acronyms"], lists["aliases"], row["country"],
                             row["kind"], frozenset(lists["weak"]), frozenset(lists["regions"]),
                             int(row.get("_line", 0)), row["source"]))
    return tuple(out)
