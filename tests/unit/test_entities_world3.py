"""Third world-coverage entity hunt: sentences written for this test (world3_cases.py) on
year-to-date and rolling weeks and months, decades, fiscal halves and quarter-ended forms,
city-level bodies of China, state offices of the United States, agencies of economies the
gazetteer lacked, long ministerial titles, and vague counts ('hundreds of trucks', '450
SMEs'). Scored like test_entities_world.py (same ``problems``). Open cases are strict
xfails: they flip when fixed.
"""

from __future__ import annotations

import pytest
from test_entities_world import problems  # tests/unit is on sys.path (no package)
from world3_cases import CASES, Case

OPEN: dict[str, str] = {  # text start -> what is missing
}


def _param(case: Case) -> object:
    reason = next((why for start, why in OPEN.items() if case[2].startswith(start)), None)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, marks=marks, id=f"{case[0]}-{case[2][:40]}")


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_world3_sentence(case: Case) -> None:
    assert not problems(case)


def test_open_cases_exist() -> None:
    texts = [c[2] for c in CASES]
    for start in OPEN:
        assert any(t.startswith(start) for t in texts), start
