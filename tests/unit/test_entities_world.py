"""World-coverage entity hunt: sentences written for this test (world_cases.py) in the styles
of wire stories, statistics bulletins and central-bank releases from Africa, the Gulf, Central
Asia, Latin America, Eastern Europe, South and Southeast Asia and Oceania. A DATE matches on
overlap and equal interval, an AGENCY on overlap and country, an OFFICIAL on overlap and
name, a QUANTITY on overlap and value; every entity of the case's label must be expected.
Open cases are strict xfails: they flip when fixed.
"""

from __future__ import annotations

import pytest
from helpers import check_open_cases_exist, open_case_params
from world_cases import CASES, Case  # tests/unit is on sys.path (no package)

import tradeie
from tradeie.normalize.periods import period_bounds

OPEN = {  # text start -> what is missing
}


def _interval(value: object) -> object:
    if isinstance(value, str):
        try:
            return period_bounds(value)
        except (ValueError, KeyError):
            return value
    return value


def _key(label: str, attrs: dict) -> object:
    if label == "DATE":
        return _interval(attrs.get("value"))
    return {"AGENCY": attrs.get("country"), "OFFICIAL": attrs.get("name"),
            "QUANTITY": attrs.get("value")}[label]


def problems(case: Case) -> list[str]:
    label, published, text, expected, negatives = case
    got = [e for e in tradeie.extract(text, published=published).entities if e.label == label]
    out = []
    for surface, want in expected:
        hits = [e for e in got if surface in e.text or e.text in surface]
        if not hits:
            out.append(f"missing {surface!r}")
        elif want is not None and not any(
                _key(label, h.attrs) == (_interval(want) if label == "DATE" else want)
                for h in hits):
            out.append(f"{surface!r}: {[_key(label, h.attrs) for h in hits]} != {want!r}")
    for e in got:
        if not any(s in e.text or e.text in s for s, _ in expected):
            out.append(f"spurious {e.text!r}")
        if any(n in e.text or e.text in n for n in negatives):
            out.append(f"negative {e.text!r}")
    return out


@pytest.mark.parametrize("case", open_case_params(CASES, OPEN))
def test_world_sentence(case: Case) -> None:
    assert not problems(case)


def test_open_cases_exist() -> None:
    check_open_cases_exist(CASES, OPEN)
