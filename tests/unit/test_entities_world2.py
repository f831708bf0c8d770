"""Second world-coverage entity hunt: sentences written for this test (world2_cases.py) on
kinds the first hunt had none of: relative and table-style dates ('mid-April', 'the past
decade', '2024M12'), statistics offices by their own acronyms, officials with particles and
honorifics, and measures of trade volume (index levels, 'bcm', 'mb/d'). Scored like
test_entities_world.py (same ``problems``). Open cases are strict xfails: they flip when
fixed.
"""

from __future__ import annotations

import pytest
from helpers import check_open_cases_exist, open_case_params
from test_entities_world import problems  # tests/unit is on sys.path (no package)
from world2_cases import CASES, Case

import tradeie

OPEN: dict[str, str] = {  # text start -> what is missing
}


@pytest.mark.parametrize("case", open_case_params(CASES, OPEN))
def test_world2_sentence(case: Case) -> None:
    assert not problems(case)


def test_open_cases_exist() -> None:
    check_open_cases_exist(CASES, OPEN)


@pytest.mark.parametrize(("text", "name"), [
    ("Guangdong provincial statistics bureau said exports rose.",
     "Guangdong Provincial Statistics Bureau"),
    ("The Shanghai Municipal Statistics Bureau said output rose.",
     "Shanghai Municipal Statistics Bureau"),
    ("The Inner Mongolia statistics bureau said coal output rose.",
     "Inner Mongolia Statistics Bureau"),
])
def test_local_bodies_are_their_places(text: str, name: str) -> None:
    # a province's own bureau, not the national one nor Japan's "Statistics Bureau"
    got = [e for e in tradeie.extract(text).entities if e.label == "AGENCY"]
    assert [(e.attrs["name"], e.attrs["country"]) for e in got] == [(name, "CN")]
