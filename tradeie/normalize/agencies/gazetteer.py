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
    data_path,
    require,
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


def load_gazetteer(rows: Iterable[dict[str, Any]], source: str = GAZETTEER
                   ) -> tuple[AgencyRow, ...]:
    """Validate gazetteer rows (as from read_jsonl); errors name the file and line."""
    out = []
    seen: dict[tuple[str, str], Any] = {}
    path = data_path(source)  # once: it looks the file up on disk
    for row in rows:
        require(row, ("name", "acronyms", "aliases", "country", "kind", "source"), source)
        where = f"{path}: line {row.get('_line', '?')}"
        name = row["name"]
        if not isinstance(name, str) or not tokenize_phrase(name):
            raise DataFileError(f"{where}: 'name' must be a non-empty string")
        url = row["source"]
        if not isinstance(url, str) or not _SOURCE_URL_RE.fullmatch(url):
            raise DataFileError(f"{where}: 'source' must be the URL (http:// or https://) of "
                                f"the body's official website, not {url!r}")
        lists = {}
        for key in ("acronyms", "aliases", "weak", "regions"):
            value = row.get(key, [])
            if not isinstance(value, list) or not all(
                isinstance(v, str) and tokenize_phrase(v) for v in value
            ):
                raise DataFileError(f"{where}: {key!r} must be a list of non-empty strings")
            lists[key] = tuple(value)
        if not _valid_country(row["country"]):
            raise DataFileError(
                f"{where}: country {row['country']!r} is not an ISO 3166-1 alpha-2 code, EU or INT"
            )
        if row["kind"] not in KINDS:
            raise DataFileError(f"{where}: kind {row['kind']!r} is not one of {sorted(KINDS)}")
        if (name, row["country"]) in seen:
            raise DataFileError(f"{where}: {name!r} ({row['country']}) is already on line "
                                f"{seen[name, row['country']]}")
        seen[name, row["country"]] = row.get("_line", "?")
        surfaces = set(lists["acronyms"]) | set(lists["aliases"])
        if not set(lists["weak"]) <= surfaces:
            raise DataFileError(f"{where}: 'weak' lists a form that is not an acronym or alias")
        if not set(lists["regions"]) <= set(lists["acronyms"]):
            raise DataFileError(f"{where}: 'regions' lists a form that is not an acronym")
        out.append(AgencyRow(name, lists["acronyms"], lists["aliases"], row["country"],
                             row["kind"], frozenset(lists["weak"]), frozenset(lists["regions"]),
                             int(row.get("_line", 0)), url))
    return tuple(out)
