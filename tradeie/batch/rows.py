"""The flat fact table (CSV, Parquet, tradeie.dask): its columns and the rows of one
Extraction."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from tradeie.batch.formats import _import_pyarrow, _missing_extra
from tradeie.schema import FACT_FIELDS, Extraction

# The flat fact table (CSV, Parquet, tradeie.dask): one row per fact. A record without
# facts, or one that failed, still gets one row (fact columns empty, `error` set if it
# failed), so every input id is in the output and --resume can trust it.
# FACT_FIELDS are the contract's fact fields (tradeie.schema.FACT_FIELDS, the same tuple):
# all are columns, the figure's own columns between `figure` (its id) and the others.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "str"), ("published", "str"),
    ("figure", "str"), ("figure_text", "str"), ("label", "str"), ("value", "float"),
    ("value_max", "float"), ("unit", "str"), ("qualifier", "str"), ("start", "int"),
    ("end", "int"),
    *((name, "str") for name in FACT_FIELDS[1:]),
    ("period_start", "str"), ("period_end", "str"),  # the period's first and last day (ISO)
    ("source_name", "str"),  # the AGENCY / OFFICIAL's canonical name: ids mean nothing alone
    ("of_growth_rate", "bool"),
    ("extra", "str"),  # any other fact fields, as a JSON object (or empty)
    ("error", "str"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
# The columns taken as they are from Extraction.fact_row (the figure's, the period's)
_SHARED_COLUMNS = ("figure_text", "label", "value", "value_max", "unit", "qualifier", "start",
                   "end", "period_start", "period_end")
_PANDAS_DTYPES = {"str": "string", "float": "Float64", "int": "Int64", "bool": "boolean"}


def fact_rows(res: Extraction) -> list[dict[str, Any]]:
    """The flat fact table rows of one Extraction (columns ``COLUMN_NAMES``): the figure,
    source and period columns of ``Extraction.fact_row``, every fact field, the source's
    canonical name, and the fact's other fields as one JSON cell."""
    base = {"id": None if res.id is None else str(res.id), "published": res.published}
    if res.error is not None or not res.facts:
        return [{**dict.fromkeys(COLUMN_NAMES), **base, "error": res.error}]
    rows = []
    for fact in res.facts:
        shared = res.fact_row(fact)
        src = res.entity(fact.source) if fact.source else None
        extra = {k: v for k, v in fact.extra.items() if k != "of_growth_rate"}
        row = dict.fromkeys(COLUMN_NAMES)
        row.update(base)
        row.update({name: getattr(fact, name) for name in FACT_FIELDS})
        row.update({name: shared[name] for name in _SHARED_COLUMNS})
        if src is not None:
            row["source_name"] = src.get("name") or src.text
        if "of_growth_rate" in fact.extra:
            row["of_growth_rate"] = bool(fact.extra["of_growth_rate"])
        row["extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None
        rows.append(row)
    return rows


def rows_frame(rows: Iterable[dict[str, Any]]) -> Any:
    """A pandas DataFrame of fact rows with fixed nullable dtypes (also the Dask meta)."""
    try:
        import pandas as pd
    except ImportError:
        raise _missing_extra("pandas", "pandas", "A fact table") from None
    frame = pd.DataFrame.from_records(list(rows), columns=list(COLUMN_NAMES))
    return frame.astype({name: _PANDAS_DTYPES[kind] for name, kind in COLUMNS})


# ---------------------------------------------------------------------------- writers


def arrow_schema() -> Any:
    pa = _import_pyarrow()
    types = {"str": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])
