"""A bulletin titled by its reference month ("UK trade: September 2024") whose lead states
figures over "the three months to September 2024": the story's period is that span, so
undated figures of later paragraphs take it, not the title's month (a title's month still
refines a lead's year or quarter). Stories written for this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    ("UK trade: September 2024\n\n"
     "The total goods and services trade deficit widened by £1.4 billion to £17.5 billion in "
     "the three months to September 2024, as imports rose by £2.3 billion.\n\n"
     "The trade in services surplus narrowed by £0.3 billion to £44.1 billion, as services "
     "imports grew by 1.2%.\n\n"
     "In September 2024 alone, exports of goods fell by 2.5% compared with August 2024.",
     "2024-11-15",
     {"£17.5 billion": "trade.deficit level period=2024-07/2024-09",
      "£44.1 billion": "trade.surplus level period=2024-07/2024-09",
      "1.2%": "trade.imports change period=2024-07/2024-09",
      "2.5%": "trade.exports change period=2024-09"}),
    ("Irish exports: June 2025\n\n"
     "Merchandise exports rose 4.1% to €57.2 billion in the three months ending June 2025, "
     "the Central Statistics Office said.\n\n"
     "Exports of medical and pharmaceutical products were €26.4 billion, up 9%.",
     "2025-08-15",
     {"€57.2 billion": "trade.exports level period=2025-04/2025-06",
      "€26.4 billion": "trade.exports level period=2025-04/2025-06"}),
    # a title's month still refines a longer period named by the lead
    ("Vietnam trade: January\n\n"
     "Vietnam's exports fell 11.7% in the first month of the year to $26.3 billion, the "
     "General Statistics Office said.\n\n"
     "Imports were $23.1 billion.", "2025-02-06",
     {"$23.1 billion": "trade.imports level period=2025-01"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_rolling_main_period(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
