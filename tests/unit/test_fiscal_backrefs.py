"""Fiscal periods named two ways: a half written with a two-label fiscal year ("H1 2026-27",
"H2 of 2025/26") is that fiscal half, as a quarter so written already was; and "the previous
fiscal year" standing alone ("The previous fiscal year's surplus", "In the previous fiscal
year, exports were ...") is the whole fiscal year before the one under way, while compared
with ("Compared to the previous fiscal, exports rose") it stays the same stretch a year
before. Sentences written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("India's exports in H1 2026-27 rose 3%.", "2026-12-03", "H1 2026-27", "2026-04/2026-09"),
    ("Pakistan's deficit in H2 of 2025/26 narrowed.", "2026-12-03", "H2 of 2025/26",
     "2026-H1"),
    ("India's exports rose in October. In the previous fiscal year, exports were $437 "
     "billion.", "2026-11-15", "the previous fiscal year", "2025-04/2026-03"),
    ("South Africa's exports fell 2% in the third quarter. The previous fiscal year's surplus "
     "was R10bn.", "2026-12-03", "The previous fiscal year", "2025-04/2026-03"),
    ("Japan's exports rose in fiscal 2025. In the previous fiscal year, they fell.",
     "2026-06-03", "the previous fiscal year", "2024-04/2025-03"),
    # compared with: the same stretch a year before
    ("Between 1 October and 14 February, Myanmar's exports rose to $6.8 billion. Compared to "
     "the previous fiscal, exports increased by $1.05 billion.", "2026-03-01",
     "the previous fiscal", "2024-10-01/2025-02-14"),
]


@pytest.mark.parametrize(("text", "published", "span", "value"), CASES,
                         ids=[c[2] for c in CASES])
def test_fiscal_date(text: str, published: str, span: str, value: str) -> None:
    import tradeie

    res = tradeie.extract(text, published=published)
    dates = {e.text: e.attrs.get("value") for e in res.entities if e.label == "DATE"}
    assert dates.get(span) == value, dates
