"""tradeie over a news archive with Dask (optional extra: ``pip install 'tradeie[dask]'``).

    import dask.dataframe as dd
    from tradeie.dask import extract_dataframe

    articles = dd.read_parquet("archive/")            # columns id, text, published
    facts = extract_dataframe(articles)               # lazy: one row per fact
    facts.to_parquet("facts/")                        # or .compute(), .groupby(...), ...

Each partition goes through ``tradeie.extract_many`` in the worker that holds it. The
pipeline is built once per worker process and cached at module level (a pipeline is large
and slow to build: it is never pickled and shipped with the tasks). The rows are those of
the CSV / Parquet batch writers (``tradeie.batch.COLUMNS``): one per fact, and one row with
empty fact columns for a record without facts or that failed (``error`` set), so no record
disappears. Run workers with ``threads_per_worker=1``: the work holds the GIL, so more
processes, not threads, make it faster.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tradeie.batch import fact_rows, rows_frame

_PIPELINES: dict[str | None, Any] = {}  # per worker process: base pipeline name -> Language


def _require_dask() -> Any:
    try:
        import dask.dataframe as dd
    except ImportError:
        raise ImportError(
            "tradeie.dask needs Dask: pip install 'tradeie[dask]'"
        ) from None
    return dd


def pipeline(base: str | None = None) -> Any:
    """This process's pipeline (built on first use, then reused by every partition)."""
    if base not in _PIPELINES:
        import tradeie

        _PIPELINES[base] = tradeie.load(base)
    return _PIPELINES[base]


def meta() -> Any:
    """The empty pandas frame describing the output: columns and nullable dtypes."""
    return rows_frame([])


def extract_partition(records: Iterable[Any], base: str | None = None,
                      batch_size: int = 64) -> Any:
    """A pandas frame of fact rows for records (str, or dict with text/id/published)."""
    import tradeie

    results = tradeie.extract_many(records, nlp=pipeline(base), batch_size=batch_size)
    return rows_frame(row for res in results for row in fact_rows(res))


def _frame_partition(part: Any, text_col: str, id_col: str, published_col: str,
                     published: str | None, base: str | None, batch_size: int) -> Any:
    ids = (part[id_col] if id_col in part.columns else part.index.to_series()).tolist()
    dates = (part[published_col].tolist() if published_col in part.columns
             else [None] * len(part))
    records = [{"id": None if _missing(rec_id) else str(rec_id),
                "text": None if _missing(text) else text,
                "published": published if _missing(date) else date}
               for rec_id, text, date in zip(ids, part[text_col].tolist(), dates, strict=True)]
    return extract_partition(records, base, batch_size)


def _missing(value: Any) -> bool:
    """None, NaN, NA and NaT: what pandas puts in an empty cell."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):  # pd.NA refuses bool()
        return True


def extract_dataframe(ddf: Any, text_col: str = "text", id_col: str = "id",
                      published_col: str = "published", *, published: str | None = None,
                      base: str | None = None, batch_size: int = 64) -> Any:
    """One row per fact of every article in a Dask DataFrame (lazy).

    ``id_col`` and ``published_col`` are optional columns: without an id column the index
    is the id; ``published`` is the date for rows without one. ``base``: a spaCy pipeline
    name to add tradeie's components to (as ``tradeie.load(base)``), installed on workers.
    """
    _require_dask()
    if text_col not in ddf.columns:
        raise ValueError(f"no column {text_col!r} in the DataFrame ({list(ddf.columns)})")
    # The output index is new (0..n per partition): the input's divisions no longer hold.
    return ddf.map_partitions(_frame_partition, text_col, id_col, published_col, published,
                              base, batch_size, meta=meta(), clear_divisions=True,
                              align_dataframes=False)


def _bag_partition(part: Iterable[Any], published: str | None, base: str | None,
                   batch_size: int) -> Any:
    records = []
    for item in part:
        if isinstance(item, dict) and not item.get("published") and published:
            item = {**item, "published": published}
        records.append(item)
    return extract_partition(records, base, batch_size)


def extract_bag(bag: Any, *, published: str | None = None, base: str | None = None,
                batch_size: int = 64) -> Any:
    """One row per fact of every record of a Dask Bag (str, or dict with ``text`` and
    optional ``id`` and ``published``), as a lazy Dask DataFrame."""
    dd = _require_dask()
    from dask import delayed

    parts = [delayed(_bag_partition)(part, published, base, batch_size)
             for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=meta(), verify_meta=False)


# ------------------------------------------------------------------------------- panel


def _reports_partition(part: Any) -> Any:
    from tradeie.dataset.inputs import fact_frame
    from tradeie.dataset.reports import prepare

    return prepare(fact_frame(part))[0]


def _consensus_partition(part: Any, min_articles: int) -> Any:
    from tradeie.dataset.consensus import consensus

    return consensus(part.reset_index(drop=True), min_articles=min_articles)


def panel(ddf: Any, *, min_articles: int = 2) -> Any:
    """The ``tradeie.panel`` of a Dask DataFrame of fact rows (``extract_dataframe``'s
    output, or fact tables read with ``dd.read_parquet``), as a pandas ``Panel``.

    Fact rows become reports in their own partitions: the rows of one article must be in one
    partition (as ``extract_dataframe`` and the batch writers keep them), since a
    conversion's ``equivalent_of`` refers to a figure of the same article. Reports
    are shuffled so that each (reporter, metric, period) is in one partition, where its keys
    are settled; the panel, one row per key and far smaller than the facts, is gathered and
    cross-checked here. ``dropped`` is not counted (it would need another pass).
    """
    _require_dask()
    from tradeie.dataset.checks import cross_checks
    from tradeie.dataset.consensus import consensus
    from tradeie.dataset.frame import finish
    from tradeie.dataset.reports import prepare

    empty = prepare(rows_frame([]))[0]
    reports = ddf.map_partitions(_reports_partition, meta=empty, align_dataframes=False)
    shuffled = reports.shuffle(on=["reporter", "metric", "period"])
    rows = shuffled.map_partitions(_consensus_partition, min_articles,
                                   meta=consensus(empty), align_dataframes=False)
    table = rows.compute()
    from tradeie.dataset.reports import KEY

    table = table.sort_values(list(KEY), kind="stable", ignore_index=True)
    return finish(table, cross_checks(table), {})
