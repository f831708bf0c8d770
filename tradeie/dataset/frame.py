"""``Panel``: the table ``tradeie.panel`` returns, a pandas DataFrame with a few methods.

A DataFrame subclass rather than a wrapper, so that everything pandas does works on it
as is (filter, groupby, ``to_csv``); slices stay Panels and keep ``checks``. ``.frame`` is
the same table as a plain DataFrame. ``.series(...)`` is one economy's metric over time.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from tradeie.dataset.reports import KEY
from tradeie.normalize.periods.values import value_granularity

LIST_COLUMNS = ("values_seen", "dissenting", "articles", "published", "offsets",
                "figure_texts")
_FREQ = {"year": "Y", "month": "M", "quarter": "Q", "day": "D"}


def granularity_of(periods: pd.Series) -> pd.Series:
    """``year``, ``month``, ``quarter``, ``half``, ``week``, ``day`` or ``range`` per period,
    as the period module reads the value (``values.value_granularity``). A period that names
    no calendar span (missing, "2024-13", "2024-02-30", a range ending before it starts) is
    ``range`` too: the panel keeps it as text, never as a pandas Period."""
    return pd.Series([value_granularity(p) or "range" for p in periods], index=periods.index,
                     dtype=object)


def period_index(periods: list[str], grain: str) -> pd.Index:
    """A PeriodIndex for years, months, quarters, days and ISO weeks; strings otherwise
    (pandas has no half-year frequency)."""
    if grain in _FREQ:
        return pd.PeriodIndex([p.replace("-Q", "Q") for p in periods], freq=_FREQ[grain],
                              name="period")
    if grain == "week":
        days = [date.fromisocalendar(int(p[:4]), int(p[6:]), 1) for p in periods]
        return pd.PeriodIndex(days, freq="W-SUN", name="period")
    return pd.Index(periods, name="period")


class Panel(pd.DataFrame):
    """One row per (reporter, metric, role, basis, period, partner, product, unit): the
    consensus ``value``, its ``status`` and where it came from. ``checks`` is the table of
    cross-checks (``tradeie.dataset.checks``); ``dropped`` counts fact rows left out, by why."""

    _metadata = ["checks", "dropped"]

    @property
    def _constructor(self) -> type[Panel]:
        return Panel

    @property
    def frame(self) -> pd.DataFrame:
        """The same rows as a plain pandas DataFrame."""
        return pd.DataFrame(self)

    def _pick(self, rows: pd.DataFrame, column: str, wanted: Any) -> pd.DataFrame:
        if wanted is not None:
            return rows[rows[column].fillna("") == (wanted or "")]
        values = rows[column].fillna("")
        if values.nunique() > 1:  # the most reported one: the others are other series
            return rows[values == values.value_counts().index[0]]
        return rows

    def select(self, reporter: str, metric: str, role: str = "level", *,
               basis: str | None = None, partner: str | None = "", product: str | None = "",
               unit: str | None = None, granularity: str | None = None) -> pd.DataFrame:
        """The rows of one series, indexed by period and sorted. ``partner`` and ``product``
        default to none (the whole economy); ``basis``, ``unit`` and ``granularity`` default
        to the most common among the rows (pass them to choose)."""
        rows = self.frame
        rows = rows[(rows["reporter"] == reporter) & (rows["metric"] == metric)
                    & (rows["role"] == role)]
        for column, wanted in (("partner", partner), ("product", product), ("basis", basis),
                               ("unit", unit)):
            rows = self._pick(rows, column, wanted)
        grains = granularity_of(rows["period"])
        if granularity is None and len(rows):
            granularity = grains.value_counts().index[0]
        rows = rows[grains == granularity].sort_values("period")
        out = rows.copy()
        out.index = period_index(rows["period"].tolist(), granularity or "range")
        return out

    def series(self, reporter: str, metric: str, role: str = "level", **choose: Any
               ) -> pd.Series:
        """The consensus values of one series over time (a PeriodIndex); ``attrs`` holds its
        unit, granularity and each period's status. Keywords as for ``select``."""
        rows = self.select(reporter, metric, role, **choose)
        out = pd.Series(rows["value"].to_numpy(dtype=float), index=rows.index,
                        name=f"{reporter} {metric} {role}")
        out.attrs.update(
            unit=rows["unit"].iloc[0] if len(rows) else None,
            basis=rows["basis"].iloc[0] if len(rows) else None,
            status=dict(zip(rows["period"], rows["status"], strict=True)),
        )
        return out

    def conflicts(self) -> pd.DataFrame:
        """The rows whose reports disagree, with the articles that dissent."""
        return self.frame[self["status"] == "conflict"]

    def sources(self, reporter: str, metric: str, period: str, role: str = "level",
                **choose: Any) -> pd.DataFrame:
        """One row per report behind a period of a series: article, publication date,
        figure offsets and text, and whether it dissents from the consensus."""
        rows = self.select(reporter, metric, role, **choose)
        rows = rows[rows["period"] == period]
        out = []
        for _, row in rows.iterrows():
            for art, pub, off, text in zip(row["articles"], row["published"], row["offsets"],
                                           row["figure_texts"], strict=True):
                out.append({"article": art, "published": pub, "offsets": off,
                            "figure_text": text, "dissents": art in row["dissenting"]})
        return pd.DataFrame(out, columns=["article", "published", "offsets", "figure_text",
                                          "dissents"])

    def to_file(self, path: str | Path, checks: str | Path | None = None) -> None:
        """Write the panel as .csv (lists as JSON text) or .parquet, and the checks table to
        ``checks`` (same format) when given."""
        write_table(self.frame, Path(path))
        if checks is not None:
            write_table(getattr(self, "checks", pd.DataFrame()), Path(checks))


def write_table(frame: pd.DataFrame, path: Path) -> None:
    """A panel or checks table to .csv (list cells as JSON text) or .parquet."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        flat = frame.copy()
        for column in LIST_COLUMNS:
            if column in flat:
                flat[column] = flat[column].map(lambda v: json.dumps(list(v), ensure_ascii=False))
        flat.to_csv(path, index=False)
    elif suffix in (".parquet", ".pq"):
        frame.to_parquet(path, index=False)
    else:
        raise ValueError(f"{path}: write a panel as .csv or .parquet")


def finish(rows: pd.DataFrame, checks: pd.DataFrame, dropped: dict[str, int]) -> Panel:
    """The Panel of consensus rows: empty key fields become missing values."""
    rows = rows.copy()
    rows.insert(len(KEY), "granularity", granularity_of(rows["period"]))
    for column in KEY:
        rows[column] = rows[column].astype("string").replace("", pd.NA)
    rows["equivalent_of"] = rows["equivalent_of"].astype("string").replace("", pd.NA)
    panel = Panel(rows)
    panel.checks = checks.replace("", pd.NA) if len(checks) else checks
    panel.dropped = dropped
    return panel
