"""Classes found by the metamorphic bench (bench/perturb.py), pinned on texts written for these
tests (several outlets, economies and wordings per class):

* a range written with its unit on both ends and a hyphen between ('2.5 per cent-4.5 per
  cent', '3 percent-4 percent', '420 billion-430 billion dollars'): the second figure was lost
  ('cent-4.5' read as a code like 'COVID-19') once '%' became 'per cent';
* a headline on the line before the dateline ('... climb 7.2% in 2024' newline 'NAIROBI, Feb 3
  -- ...'): with one line break instead of a blank line the headline was read as part of the
  lead sentence, so the headline's figure took the lead's basis ('from a year earlier') that
  the headline never states (a headline before a lead without a dateline: strict xfails);
* the nearer of the date before a figure and the date after it was measured from the
  figure's start, so a longer unit ('9.0 per cent gain in December' after '... in January,
  reversing a') pushed the date after away and the figure took the date before.

Each case is (text, published, {figure text: "metric role field=value ..."}); '-' is null.
"""

import pytest
from helpers import check_fact_spec, fact_spec_params

import tradeie

RANGES = [
    ("JAKARTA - Bank Indonesia expects inflation to stay within its 1.5 per cent-3.5 per cent "
     "target band this year, Governor Perry Warjiyo said.", "2025-01-15",
     "1.5 per cent-3.5 per cent"),
    ("LIMA (Reuters) - Peru's economy is forecast to grow 3 percent-4 percent in 2026, the "
     "finance ministry said on Tuesday.", "2025-09-02", "3 percent-4 percent"),
    ("WARSAW, May 5 -- Analysts polled by PAP see Polish GDP growth at 2.8 pct-3.1 pct this "
     "year.", "2025-05-05", "2.8 pct-3.1 pct"),
    ("HANOI, Dec 12 -- Vietnam's exports could reach 420 billion-430 billion U.S. dollars in "
     "2025, the Ministry of Industry and Trade estimated.", "2025-12-12",
     "420 billion-430 billion U.S. dollars"),
    ("NEW DELHI: The Reserve Bank of India projects retail inflation of 4.0 per cent-4.4 per "
     "cent for 2025-26, the central bank said in its policy statement.", "2025-06-06",
     "4.0 per cent-4.4 per cent"),
    ("MOSCOW, Dec 20 -- The Bank of Russia said growth would slow to 0.5 per cent-1.5 per cent "
     "in 2025 after a strong 2024.", "2024-12-20", "0.5 per cent-1.5 per cent"),
]


@pytest.mark.parametrize(("text", "published", "figure"), RANGES,
                         ids=[f"range-{n}" for n in range(len(RANGES))])
def test_range_with_both_units_is_one_figure(text: str, published: str, figure: str) -> None:
    res = tradeie.extract(text, published=published)
    figures = [e.text for e in res.entities if e.label in ("PERCENT", "MONEY")]
    assert figures == [figure]
    assert any(res.entity(f.figure).text == figure for f in res.facts)


CASES = [
    # ---- ranges with both units: the range's fact
    (RANGES[1][0], RANGES[1][1], {"3 percent-4 percent": "economy.gdp change period=2026"}),
    (RANGES[3][0], RANGES[3][1],
     {"420 billion-430 billion U.S. dollars": "trade.exports level period=2025"}),
    (RANGES[4][0], RANGES[4][1],
     {"4.0 per cent-4.4 per cent": "prices.cpi level period=2025-04/2026-03"}),
    # ---- a headline on the line before the dateline: no basis of the lead's
    ("Kenya's tea exports climb 7.2% in 2024\nNAIROBI, Feb 3 -- Kenya's tea exports rose 7.2 "
     "percent from a year earlier to 1.5 billion U.S. dollars in 2024, the Tea Board said on "
     "Monday.", "2025-02-03",
     {"7.2%": "trade.exports change basis=- period=2024 reporter=KE",
      "7.2 percent": "trade.exports change basis=yoy period=2024 reporter=KE"}),
    ("Chile's copper exports slip 3.4% in January\nBy Maria Soto\nSANTIAGO, Feb 7 (Reuters) - "
     "Chile's copper exports fell 3.4 percent year on year in January to $4.1 billion, the "
     "central bank said on Friday.", "2025-02-07",
     {"3.4%": "trade.exports change basis=- period=2025-01",
      "3.4 percent": "trade.exports change basis=yoy period=2025-01",
      "$4.1 billion": "trade.exports level period=2025-01"}),
    ("Poland's retail sales up 2.9% in March\nWARSAW, April 23 (PAP) -- Polish retail sales grew "
     "2.9 percent year-on-year in March, the statistics office GUS said on Wednesday.",
     "2025-04-23",
     {"2.9%": "sales.retail change basis=- period=2025-03 reporter=PL",
      "2.9 percent": "sales.retail change basis=yoy period=2025-03 reporter=PL"}),
    ("Egypt's annual urban inflation eases to 12.8% in March\nCAIRO, April 10 (Reuters) - "
     "Egypt's annual urban consumer price inflation slowed to 12.8 percent in March from 13.6 "
     "percent in February, the statistics agency CAPMAS said on Thursday.", "2025-04-10",
     {"12.8 percent": "prices.cpi level period=2025-03 reporter=EG",
      "13.6 percent": "prices.cpi level period=2025-02 reporter=EG"}),
    # ---- a headline on the first line, a lead without a dateline
    ("Mexico's remittances slip 4.6% in January\nRemittances sent to Mexico fell 4.6 percent "
     "year on year in January to $4.4 billion, the Bank of Mexico said on Monday.",
     "2025-03-03",
     {"4.6%": "other change basis=- period=2025-01",
      "4.6 percent": "other change basis=yoy period=2025-01"}),
    ("ANALYSIS-Peru's copper boom: why the 9% jump matters\nPeru's copper exports jumped 9 "
     "percent in the third quarter from a year earlier, the central bank said.", "2024-11-20",
     {"9%": "other change basis=-",
      "9 percent": "trade.exports change basis=yoy period=2024-Q3 product=copper"}),
    ("Turkish exports rise 5.1% in June\nTurkey's exports rose 5.1 percent year on year to "
     "$20.5 billion in June, the trade ministry said on Tuesday.", "2025-07-01",
     {"5.1%": "trade.exports change basis=- period=2025-06 reporter=TR",
      "5.1 percent": "trade.exports change basis=yoy period=2025-06 reporter=TR",
      "$20.5 billion": "trade.exports level period=2025-06 reporter=TR"}),
    # ---- a hard-wrapped lead: the first line goes on in the second, one sentence
    ("WASHINGTON (Reuters) - U.S. retail sales rose 0.6 percent in\nMarch from the previous "
     "month, the Commerce Department said.", "2025-04-15",
     {"0.6 percent": "sales.retail change basis=mom period=2025-03 reporter=US"}),
    ("Canada's exports of energy products fell 2.3 percent\nin May from April, Statistics "
     "Canada said on Thursday.", "2025-07-03",
     {"2.3 percent": "trade.exports change basis=mom period=2025-05 reporter=CA"}),
]

CASES += [
    # ---- the nearer of a date before and a date after a figure, counted edge to edge: a
    # figure written 'per cent' is no further from the date after it than one written '%'
    ("SINGAPORE, Feb 17 -- Singapore's non-oil domestic exports declined 2.1 per cent y/y in "
     "January, reversing a 9.0 per cent gain in December, Enterprise Singapore said on "
     "Monday.", "2025-02-17",
     {"2.1 per cent": "trade.exports change period=2025-01",
      "9.0 per cent": "trade.exports change period=2024-12"}),
    ("KUALA LUMPUR, May 20 -- Malaysia's exports rose 4.4 per cent y/y in April, after a 6.7 "
     "per cent gain in March, the statistics department said.", "2025-05-20",
     {"4.4 per cent": "trade.exports change period=2025-04",
      "6.7 per cent": "trade.exports change period=2025-03"}),
    ("According to the Export Promotion Bureau, knitwear worth USD 20.1 billion was shipped "
     "abroad in the 2022-23 fiscal, which is 8.4% more than it was in the 2021-22 fiscal.",
     "2023-07-05",
     {"USD 20.1 billion": "trade.exports level period=2022-07/2023-06",
      "8.4%": "trade.exports change basis=yoy period=2022-07/2023-06"}),
    ("DHAKA, July 4 -- Pharmaceutical exports earned USD 205 million in the 2023-24 fiscal, "
     "which is 18.2 per cent more than it was in the 2022-23 fiscal, the EPB said.",
     "2024-07-04",
     {"18.2 per cent": "trade.exports change basis=yoy period=2023-07/2024-06"}),
]

_FIRST_LINE = ("a headline on the first line with no dateline after it is still read with the "
               "lead: cutting there cost the headline's figure the lead's source (which dev "
               "gold gives headline figures); the cut needs the source linker to lend the "
               "lead's source to the headline first")
XFAIL: dict[tuple[str, str], str] = {
    ("ANALYSIS-Peru's copper boom", "9%"): _FIRST_LINE,
    ("Turkish exports rise 5.1% in June", "5.1%"): _FIRST_LINE,
    ("DHAKA, July 4 -- Pharmaceutical", "18.2 per cent"):
        "with a dateline and a closing attribution the compared period after 'more than it was "
        "in' wins over the main clause's period (either unit spelling); not found on dev",
}


@pytest.mark.parametrize(("text", "published", "figure", "spec"),
                         fact_spec_params(CASES, XFAIL))
def test_perturb_classes(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)
