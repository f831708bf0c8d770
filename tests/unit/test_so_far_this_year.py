""""So far this year" is the days from January 1 to publication (the DATE's value), but a
release's flow summed "so far this year" in a story of a month runs from January to the end
of that month, when the month ended before the month of publication; a market's move keeps
the days, and a span the text names ("as of April 15") stays as named. Stories written for
this test."""

from __future__ import annotations

import pytest
from helpers import check_fact_spec, fact_spec_params

CASES = [
    ("The U.S. trade deficit narrowed in September, the Commerce Department said on "
     "Wednesday. So far this year, the deficit is running at $612.4 billion.", "2026-11-05",
     {"$612.4 billion": "trade.deficit level period=2026-01/2026-09"}),
    ("Philippine exports fell 3.1 percent in October, the statistics authority said. Exports "
     "so far this year reached $62.3 billion.", "2026-12-10",
     {"$62.3 billion": "trade.exports level period=2026-01/2026-10"}),
    # a market's move: the days to publication
    ("Korea's current account surplus hit $9.5 billion in October. The won has risen around "
     "1 percent so far this year.", "2026-11-28",
     {"around 1 percent": "other change period=2026-01-01/2026-11-28"}),
    # a span the text names stays
    ("Vietnam recorded a trade surplus of $3.1 billion as of April 15, customs said.",
     "2026-04-20", {"$3.1 billion": "trade.surplus level period=2026-01-01/2026-04-15"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_so_far_this_year(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
