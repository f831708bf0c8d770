"""How many period phrasings does dateparser resolve correctly, beside tradeie's PeriodFinder?

For every row of tests/unit/period_cases.jsonl that has an expected value:
- dateparser.parse gets the expected span text alone (its best case: no surrounding
  sentence), with languages=["en"], PREFER_DATES_FROM="past" and RELATIVE_BASE=published.
  dateparser returns one datetime, so it is right only when the expected period is a day
  and the date is equal, or a month (year) and its month and year (year) are equal;
  quarters, halves, ranges, weeks and fiscal years cannot be right.
- PeriodFinder.find gets the whole sentence; it is right when it returns a match with
  exactly the expected span whose interval equals the expected one.

Run: python bench/dateparser_vs_periods.py
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from collections import Counter
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import dateparser  # noqa: E402

from tradeie.normalize.periods import PeriodFinder, period_bounds  # noqa: E402

CASES = ROOT / "tests" / "unit" / "period_cases.jsonl"


def granularity(value: str) -> str:
    """Shape of a normalised value: day, month, year, or other (quarter, range, ...)."""
    if "/" in value or "Q" in value or "H" in value or "W" in value:
        return "other"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "other")


def dateparser_right(span: str, published: date | None, value: str) -> tuple[bool, float]:
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    t = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = dateparser.parse(span, languages=["en"], settings=settings)
    elapsed = time.perf_counter() - t
    if got is None:
        return False, elapsed
    start, _end = period_bounds(value)
    kind = granularity(value)
    if kind == "day":
        return got.date() == start, elapsed
    if kind == "month":
        return (got.year, got.month) == (start.year, start.month), elapsed
    if kind == "year":
        return got.year == start.year, elapsed
    return False, elapsed


def ours_right(
    finder: PeriodFinder, case: dict, published: date | None
) -> tuple[bool, float]:
    t = time.perf_counter()
    found = finder.find(case["text"], published, case["country"])
    elapsed = time.perf_counter() - t
    hits = [m for m in found if m.text == case["span"] and m.value is not None]
    ok = len(hits) == 1 and period_bounds(hits[0].value) == period_bounds(case["value"])
    return ok, elapsed


def main() -> None:
    rows = [
        json.loads(line)
        for line in CASES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    rows = [r for r in rows if r["value"] is not None]
    finder = PeriodFinder()
    dateparser.parse("January 13, 2025", languages=["en"])  # warm both up: load, not parse
    finder.find("January 13, 2025")
    dp_ok, our_ok = Counter(), Counter()
    totals = Counter()
    dp_time = our_time = 0.0
    misses = []
    for case in rows:
        published = date.fromisoformat(case["published"]) if case["published"] else None
        kind = granularity(case["value"])
        totals[kind] += 1
        ok_dp, t_dp = dateparser_right(case["span"], published, case["value"])
        ok_us, t_us = ours_right(finder, case, published)
        dp_ok[kind] += ok_dp
        our_ok[kind] += ok_us
        dp_time += t_dp
        our_time += t_us
        if not ok_us:
            misses.append(case["span"])
    n = len(rows)
    print(f"phrasings with an expected period: {n}  (from {CASES.relative_to(ROOT)})")
    print(f"{'granularity':<12}{'cases':>7}{'dateparser':>12}{'periods':>10}")
    for kind in ("day", "month", "year", "other"):
        print(f"{kind:<12}{totals[kind]:>7}{dp_ok[kind]:>12}{our_ok[kind]:>10}")
    print(f"{'total':<12}{n:>7}{sum(dp_ok.values()):>12}{sum(our_ok.values()):>10}")
    print(
        f"time per call: dateparser.parse {dp_time / n * 1e3:.2f} ms (span only), "
        f"PeriodFinder.find {our_time / n * 1e3:.3f} ms (whole sentence)"
    )
    if misses:
        print("periods missed:", misses)


if __name__ == "__main__":
    main()
