"""What a panel is built from: fact rows (the flat table of ``tradeie extract --output
facts.csv``), whatever form they arrive in.

Accepted: Extraction objects or their dicts, a pandas DataFrame of fact rows
(``tradeie.batch.COLUMNS``, as the CSV / Parquet writers and ``tradeie.dask`` produce), and
paths: the JSONL (one Extraction per line), CSV or Parquet outputs of ``tradeie extract``,
or folders holding such files. Everything becomes one pandas DataFrame of fact rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tradeie.batch import (
    COLUMN_NAMES,
    CSV_SUFFIXES,
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    BatchError,
    fact_rows,
    rows_frame,
)
from tradeie.schema import Extraction

SUFFIXES = JSONL_SUFFIXES + CSV_SUFFIXES + PARQUET_SUFFIXES


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("tradeie.panel needs pandas: pip install 'tradeie[pandas]'") from None
    return pd


def files(paths: Iterable[str | Path]) -> list[Path]:
    """The result files named by ``paths``: files as given, folders searched (recursively)
    for .jsonl / .csv / .parquet files, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file()
                            and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
            if not inside:
                raise BatchError(f"{path}: no .jsonl, .csv or .parquet results in this folder")
            found.extend(inside)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise BatchError(f"{path}: unknown results format {path.suffix!r}; use the "
                                 ".jsonl, .csv or .parquet that tradeie extract --output writes")
            found.append(path)
        else:
            raise BatchError(f"no such file or folder: {path}")
    return found


def _jsonl_rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as err:
                raise BatchError(f"{path}:{lineno}: invalid JSON ({err})") from None
            if not isinstance(data, dict):
                raise BatchError(f"{path}:{lineno}: expected a JSON object")
            if data.get("error") is not None or "facts" not in data:
                continue  # a failed record has no facts to contribute
            yield from fact_rows(Extraction.from_dict(data))


def read_file(path: Path) -> Any:
    """The fact rows of one ``tradeie extract`` output file."""
    pd = _pandas()
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return rows_frame(_jsonl_rows(path))
    if suffix in CSV_SUFFIXES:
        frame = pd.read_csv(path, dtype={"id": "string", "published": "string"},
                            keep_default_na=False, na_values=[""])
    else:
        frame = pd.read_parquet(path)
    missing = [c for c in ("id", "value", "metric", "period", "reporter") if c not in frame]
    if missing:
        raise BatchError(f"{path}: not a tradeie fact table (no column(s) {missing}); give the "
                         "output of tradeie extract --output")
    return _conform(frame)


def _conform(frame: Any) -> Any:
    """A frame with exactly the fact-row columns and dtypes (missing ones empty)."""
    for name in COLUMN_NAMES:
        if name not in frame.columns:
            frame[name] = None
    return rows_frame([]).pipe(
        lambda empty: frame[list(COLUMN_NAMES)].astype(empty.dtypes.to_dict()))


def fact_frame(results: Any) -> Any:
    """One DataFrame of fact rows from any accepted input (see the module docstring)."""
    pd = _pandas()
    if isinstance(results, pd.DataFrame):
        return _conform(results.copy())
    if isinstance(results, str | Path):
        results = [results]
    items = list(results)
    if items and all(isinstance(item, str | Path) for item in items):
        frames = [read_file(path) for path in files(items)]
        return pd.concat(frames, ignore_index=True) if frames else rows_frame([])
    rows: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        if isinstance(item, dict):
            if item.get("error") is not None:
                continue
            item = Extraction.from_dict(item)
        if not isinstance(item, Extraction):
            raise TypeError(f"result {index} must be an Extraction, its dict, or a path, not "
                            f"{type(item).__name__}")
        if item.error is None:
            for row in fact_rows(item):
                if row["id"] is None:  # provenance needs a name for every article
                    row["id"] = f"result-{index}"
                rows.append(row)
    return rows_frame(rows)
