"""Third world-coverage entity hunt: sentences written for this test (world3_cases.py) on
year-to-date and rolling weeks and months, decades, fiscal halves and quarter-ended forms,
city-level bodies of China, state offices of the United States, agencies of economies the
gazetteer lacked, long ministerial titles, and vague counts ('hundreds of trucks', '450
SMEs'). Scored like test_entities_world.py (same ``problems``). Open cases are strict
xfails: they flip when fixed.
"""

from __future__ import annotations

import pytest
from helpers import check_open_cases_exist, open_case_params
from test_entities_world import problems  # tests/unit is on sys.path (no package)
from world3_cases import CASES, Case

OPEN: dict[str, str] = {  # text start -> what is missing
}


@pytest.mark.parametrize("case", open_case_params(CASES, OPEN))
def test_world3_sentence(case: Case) -> None:
    assert not problems(case)


def test_open_cases_exist() -> None:
    check_open_cases_exist(CASES, OPEN)
