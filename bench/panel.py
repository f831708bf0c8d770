"""How much a panel costs over the plain pandas groupby a user would otherwise write.

    python bench/panel.py              # 1,000,000 synthetic fact rows
    python bench/panel.py --rows 200000

Synthetic fact rows (the columns of ``tradeie extract --output facts.csv``): 333,333 keys
drawn from 100 economies x 10 partners x 6 metrics x 120 months, each figure reported by
about 3 articles in different roundings, with misreports (2 %) and "revised from" facts
(1 %). Both sides start from the same pandas
DataFrame and run in this process, one after the other:

- baseline: ``groupby(key).agg(median value, count, distinct articles, list of articles)``;
- tradeie: ``tradeie.panel(rows)``: rounding intervals, consensus, statuses, revisions,
  provenance lists (articles, dates, offsets, texts) and the cross-checks table.

Prints both times and their ratio (target: under 3x).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from tradeie.dataset.inputs import fact_frame
from tradeie.dataset.reports import KEY

METRICS = ("trade.exports", "trade.imports", "trade.total", "trade.surplus", "economy.gdp",
           "prices.cpi")


def synthetic(n_rows: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n_keys = max(n_rows // 3, 1)
    reporters = np.array([f"R{i:02d}" for i in range(100)], dtype=object)
    partners = np.array([None, *(f"P{i}" for i in range(9))], dtype=object)
    months = np.array([f"{2015 + m // 12}-{m % 12 + 1:02d}" for m in range(120)], dtype=object)
    key = rng.choice(100 * len(METRICS) * 120 * 10, n_keys, replace=False)
    truth = np.round(rng.uniform(10, 999, n_keys), 1)
    which = rng.integers(0, n_keys, n_rows)
    which[:n_keys] = np.arange(n_keys)  # every key reported at least once
    digits = rng.integers(0, 2, n_rows)  # one decimal, or rounded to a whole number
    value = np.where(digits == 1, truth[which], np.round(truth[which]))
    wrong = rng.random(n_rows) < 0.02
    value = np.where(wrong, np.round(value * 1.1, 1), value)
    previous = rng.random(n_rows) < 0.01
    text = np.where(digits == 1, np.char.mod("%.1f billion", value),
                    np.char.mod("%.0f billion", value))
    day = rng.integers(1, 28, n_rows)
    k = key[which]
    rows = pd.DataFrame({
        "id": np.char.mod("art-%d", rng.integers(0, n_rows // 4 + 1, n_rows)),
        "published": np.char.mod("2025-01-%02d", day),
        "figure": "e0", "figure_text": text, "label": "MONEY", "value": value * 1e9,
        "unit": "USD", "qualifier": None, "start": 10, "end": 24,
        "metric": np.array(METRICS, dtype=object)[(k // 120) % len(METRICS)],
        "role": "level", "period": months[k % 120], "reporter": reporters[k // 720 % 100],
        "partner": partners[k // 72000],
        "modality": np.where(previous, "previous", "actual"),
    })
    return fact_frame(rows)  # the columns and dtypes of a fact table


def baseline(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.groupby(list(KEY), dropna=False).agg(
        value=("value", "median"), n_reports=("value", "size"),
        n_articles=("id", "nunique"), articles=("id", list)).reset_index()


def main() -> None:
    import tradeie

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    rows = synthetic(args.rows)
    start = time.perf_counter()
    plain = baseline(rows)
    mid = time.perf_counter()
    panel = tradeie.panel(rows)
    end = time.perf_counter()
    statuses = panel["status"].value_counts().to_dict()
    print(f"{len(rows):,} fact rows -> {len(panel):,} panel rows {statuses}")
    print(f"pandas groupby: {mid - start:.2f} s ({len(plain):,} groups)")
    print(f"tradeie.panel:  {end - mid:.2f} s ({len(panel.checks):,} cross-checks)")
    print(f"ratio: {(end - mid) / (mid - start):.2f}x")


if __name__ == "__main__":
    main()
