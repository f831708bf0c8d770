"""Fact rows to reports: one row per figure that can go into a panel cell, with its key, a
signed value and the interval of values that agree with it as written.

A figure is only as precise as it was written: "6.1 trillion" stands for anything from
6.05 to 6.15 trillion, so it agrees with 6.08e12. The interval comes from the digits of the
figure's text (decimals, and trailing zeros of a whole number beyond its first two digits:
"680 billion" is 675 to 685 billion, "10 billion" 9.5 to 10.5), scaled as the value was.
Without digits ("half", "a third") it is half a percent of the value either way. "about"
widens nothing (the rounding already says how precise it is); "more than" / "less than"
leave one side open (and the other is the bound as written); a range spans both bounds.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

# One panel cell per key. ``unit`` is in the key: percent and percentage points, and levels
# in different currencies, are never compared (no exchange-rate guessing).
KEY = ("reporter", "metric", "role", "basis", "period", "partner", "product", "unit")
MODALITIES = ("actual", "previous")  # forecasts and targets are no values of a period
# Without digits to count ("half", "a third"): half a percent of the value either way.
RELATIVE_FALLBACK = 0.005
# Intervals that only touch (3.58 is up to 3.585, 3.59 from 3.585) must not overlap.
_SHRINK = 1 - 1e-9
_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"


def _half_units(texts: Any, values: np.ndarray) -> np.ndarray:
    """Half the last written digit of each figure, in the figure's own scale."""
    import pandas as pd

    codes, uniques = pd.factorize(texts, use_na_sentinel=True)  # a text is parsed once
    number = pd.Series(uniques, dtype="string").str.extract(_NUMBER, expand=False)
    digits = number.str.replace(",", "", regex=False)
    whole = digits.str.split(".", n=1).str[0]
    decimals = digits.str.split(".", n=1).str[1].str.len().fillna(0)
    leading = whole.str.rstrip("0").str.len().fillna(0)
    zeros = (whole.str.len().fillna(0) - leading)
    # "680" may be rounded to tens, "680.0" or "0" not. Trailing zeros are ambiguous: at
    # least two digits are taken as written ("600" is 595 to 605, "10" is 9.5 to 10.5).
    zeros = (zeros - (2 - leading).clip(lower=0)).clip(lower=0)
    zeros = zeros.where((leading > 0) & (decimals == 0), 0)
    step = np.power(10.0, (zeros - decimals).to_numpy(dtype=float))
    step[number.isna().to_numpy(dtype=bool)] = np.nan  # no digits: the fallback below
    written = pd.to_numeric(digits, errors="coerce").to_numpy(dtype=float)
    step_u = np.where(codes >= 0, step[np.maximum(codes, 0)] if len(step) else np.nan, np.nan)
    written_u = np.where(codes >= 0, written[np.maximum(codes, 0)] if len(written) else np.nan,
                         np.nan)
    magnitude = np.abs(values)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where((written_u > 0) & np.isfinite(written_u), magnitude / written_u, 1.0)
    half = 0.5 * step_u * scale
    fallback = np.where(magnitude > 0, RELATIVE_FALLBACK * magnitude, 0.05)
    return np.where(np.isfinite(half) & (half > 0), half, fallback)


def _equivalent_units(rows: Any) -> Any:
    """For each row, the unit of the figure it converts ("3.58 trillion yuan (about 503.2
    billion U.S. dollars)": the dollar figure's ``equivalent_of`` names the yuan figure)."""
    import pandas as pd

    out = pd.Series(pd.NA, index=rows.index, dtype="string")
    has = rows["extra"].str.contains("equivalent_of", regex=False, na=False)
    if not has.any():
        return out
    linked = rows.loc[has, "extra"].map(lambda text: json.loads(text).get("equivalent_of"))
    figures = rows[["id", "figure", "unit"]].dropna(subset=["figure"])
    figures = figures.drop_duplicates(["id", "figure"]).set_index(["id", "figure"])["unit"]
    keys = pd.MultiIndex.from_arrays([rows.loc[has, "id"], linked.astype("string")])
    out.loc[has] = figures.reindex(keys).to_numpy()
    return out


def prepare(rows: Any) -> tuple[Any, dict[str, int]]:
    """The reports of fact rows, and counts of rows left out (by reason)."""
    import pandas as pd

    dropped: dict[str, int] = {}

    def keep(mask: Any, reason: str) -> None:
        nonlocal rows
        mask = mask.fillna(False).astype(bool)
        if (~mask).any():
            dropped[reason] = dropped.get(reason, 0) + int((~mask).sum())
        rows = rows[mask]

    rows = rows[rows["figure"].notna() & rows["error"].isna()]
    keep(rows["value"].notna() & rows["metric"].notna(), "no value or metric")
    modality = rows["modality"].fillna("actual")
    keep(modality.isin(MODALITIES), "forecast or target")
    keep(rows["reporter"].notna(), "no reporter")
    keep(rows["period"].notna(), "no period")
    rows = rows.reset_index(drop=True)
    equivalent = _equivalent_units(rows) if len(rows) else pd.Series([], dtype="string")

    value = rows["value"].to_numpy(dtype=float, na_value=np.nan)
    down = (rows["role"] == "change") & (rows["direction"] == "down")
    value = np.where(down.fillna(False).to_numpy(dtype=bool), -np.abs(value), value)
    half = _half_units(rows["figure_text"], rows["value"].to_numpy(dtype=float,
                                                                   na_value=np.nan))
    top = rows["value_max"].to_numpy(dtype=float, na_value=np.nan)
    top = np.where(np.isnan(top), value, np.where(down.to_numpy(dtype=bool), -top, top))
    margin = half * _SHRINK
    low, high = np.minimum(value, top) - margin, np.maximum(value, top) + margin
    qualifier = rows["qualifier"].fillna("").to_numpy(dtype=object)
    # "more than 500" is a claim about 500 itself: no rounding margin on the bound
    low = np.where(qualifier == "min", np.minimum(value, top), low)
    high = np.where(qualifier == "min", np.inf, high)
    high = np.where(qualifier == "max", np.maximum(value, top), high)
    low = np.where(qualifier == "max", -np.inf, low)

    out = pd.DataFrame({name: rows[name].fillna("").astype(str) for name in KEY})
    out["value"] = value
    out["low"], out["high"], out["half"] = low, high, half
    out["article"] = rows["id"].fillna("").astype(str)
    out["published"] = rows["published"].fillna("").astype(str)
    out["previous"] = (rows["modality"] == "previous").fillna(False).to_numpy(dtype=bool)
    out["start"] = rows["start"].astype("Int64")
    out["end"] = rows["end"].astype("Int64")
    out["figure_text"] = rows["figure_text"].fillna("").astype(str)
    out["source_name"] = rows["source_name"].fillna("").astype(str)
    out["equivalent_of"] = equivalent.fillna("").astype(str).to_numpy()
    return out, dropped
