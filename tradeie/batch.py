"""Batch input and output: records from JSONL, CSV, Parquet or a folder of .txt files, and
results to JSONL (one Extraction per record) or CSV / Parquet (one row per fact).

Everything streams: an archive larger than memory is read and written record by record.
pandas and pyarrow are optional extras, imported only by the formats that need them.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from tradeie.schema import Extraction

JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
PARQUET_SUFFIXES = (".parquet", ".pq")

# The flat fact table (CSV, Parquet, tradeie.dask): one row per fact. A record without
# facts, or one that failed, still gets one row (fact columns empty, `error` set if it
# failed), so every input id is in the output and --resume can trust it.
FACT_FIELDS = ("figure", "metric", "metric_text", "role", "direction", "basis", "period",
               "reporter", "partner", "product", "modality", "source")
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "str"), ("published", "str"),
    ("figure", "str"), ("figure_text", "str"), ("label", "str"), ("value", "float"),
    ("value_max", "float"), ("unit", "str"), ("qualifier", "str"), ("start", "int"),
    ("end", "int"),
    *((name, "str") for name in FACT_FIELDS[1:]),
    ("source_name", "str"),  # the AGENCY / OFFICIAL's canonical name: ids mean nothing alone
    ("of_growth_rate", "bool"),
    ("extra", "str"),  # any other fact fields, as a JSON object (or empty)
    ("error", "str"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
_PANDAS_DTYPES = {"str": "string", "float": "Float64", "int": "Int64", "bool": "boolean"}


class BatchError(ValueError):
    """The input or output as a whole is unusable (wrong format, missing column, ...)."""


def _missing_extra(package: str, extra: str, what: str) -> ImportError:
    return ImportError(f"{what} needs {package}: pip install 'tradeie[{extra}]'")


def _import_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401 - submodule used through pyarrow.parquet
    except ImportError:
        raise _missing_extra("pyarrow", "parquet", "Parquet input and output") from None
    return pyarrow


# ---------------------------------------------------------------------------- readers


def input_kind(path: Path) -> str:
    """``jsonl``, ``csv``, ``parquet`` or ``folder``, from the path's extension."""
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("csv", CSV_SUFFIXES),
                           ("parquet", PARQUET_SUFFIXES)):
        if suffix in suffixes:
            return kind
    raise BatchError(f"{path}: unknown input format {suffix or '(no extension)'!r}; use .jsonl, "
                     ".csv, .parquet or a folder of .txt files")


def read_records(path: Path, published: str | None = None) -> Iterator[dict[str, Any]]:
    """Records ``{"id", "text", "published"}`` of a batch input, chosen by extension.

    ``published`` is the default for records without one. A record that cannot be read is
    yielded as ``{"id", "_error"}`` so that it is reported, never dropped. Records without
    an id get ``line-N`` (JSONL), ``row-N`` (CSV, Parquet) or the file stem (folder).
    """
    # Checks run now, not at the first next(): the caller reports them before starting.
    if not path.exists():
        raise BatchError(f"no such file or folder: {path}")
    reader = {"jsonl": _read_jsonl, "csv": _read_csv, "parquet": _read_parquet,
              "folder": _read_folder}[input_kind(path)]
    return _default_published(reader(path), published)


def _default_published(
    records: Iterator[dict[str, Any]], published: str | None
) -> Iterator[dict[str, Any]]:
    for record in records:
        if "_error" not in record and not record.get("published"):
            record["published"] = published
        yield record


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            problem = None
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as err:
                problem = f"not UTF-8 ({err.reason} at byte {err.start})"
            except json.JSONDecodeError as err:
                problem = f"invalid JSON: {err.msg}"
            else:
                if not isinstance(record, dict):
                    problem = "expected a JSON object"
            if problem:
                yield {"id": f"line-{lineno}", "_error": f"{path}:{lineno}: {problem}"}
                continue
            if record.get("id") is None:
                record["id"] = f"line-{lineno}"
            yield record


def _allow_long_fields() -> None:
    """Articles are longer than the csv module's default field limit of 128 KiB."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _read_csv(path: Path) -> Iterator[dict[str, Any]]:
    _allow_long_fields()
    header = _csv_header(path)
    if "text" not in header:
        raise BatchError(f"{path}: a CSV input needs a 'text' column (found {header or 'none'})")
    return _csv_rows(path)


def _csv_rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for rowno, row in enumerate(csv.DictReader(handle), 1):
            if None in row:  # more cells than header names
                yield {"id": row.get("id") or f"row-{rowno}",
                       "_error": f"{path}: row {rowno} has more cells than the header"}
                continue
            yield {"id": row.get("id") or f"row-{rowno}", "text": row["text"],
                   "published": row.get("published") or None}


def _read_parquet(path: Path) -> Iterator[dict[str, Any]]:
    pa = _import_pyarrow()
    try:
        source = pa.parquet.ParquetFile(path)
    except (OSError, pa.ArrowException) as err:
        raise BatchError(f"{path}: not a readable Parquet file ({err})") from None
    names = source.schema_arrow.names
    if "text" not in names:
        raise BatchError(f"{path}: a Parquet input needs a 'text' column (found {names})")
    columns = [name for name in ("id", "text", "published") if name in names]
    return _parquet_rows(source, columns)


def _parquet_rows(source: Any, columns: list[str]) -> Iterator[dict[str, Any]]:
    rowno = 0
    for batch in source.iter_batches(batch_size=1024, columns=columns):
        for row in batch.to_pylist():
            rowno += 1
            rec_id = row.get("id")
            yield {"id": str(rec_id) if rec_id is not None else f"row-{rowno}",
                   "text": row["text"], "published": row.get("published")}


def _read_folder(path: Path) -> Iterator[dict[str, Any]]:
    for file in sorted(path.glob("*.txt")):
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            yield {"id": file.stem, "_error": f"{file}: not UTF-8 text ({err.reason} at byte "
                                              f"{err.start})"}
            continue
        yield {"id": file.stem, "text": text, "published": None}


def count_records(path: Path) -> int | None:
    """How many records ``read_records`` will yield (for a progress bar), or None."""
    kind = input_kind(path)
    if kind == "folder":
        return sum(1 for _ in path.glob("*.txt"))
    if kind == "parquet":
        return _import_pyarrow().parquet.ParquetFile(path).metadata.num_rows
    if kind == "jsonl":
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    _allow_long_fields()
    with path.open(encoding="utf-8-sig", newline="") as handle:  # quoted newlines: parse
        return max(sum(1 for _ in csv.reader(handle)) - 1, 0)


def progress_bar(console: Any) -> Any:
    """A rich progress bar (count, rate, ETA) on ``console``, silent unless a terminal."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Any:
            speed = task.finished_speed or task.speed
            return TextColumn("").render(task) if speed is None else f"{speed:,.1f} docs/s"

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TaskProgressColumn(), Rate(), TimeElapsedColumn(), TextColumn("ETA"),
                    TimeRemainingColumn(), console=console, disable=not console.is_terminal)


# ------------------------------------------------------------------------ extraction


def extract_records(
    records: Iterable[dict[str, Any]], *, nlp: Any = None, n_process: int = 1,
    batch_size: int = 64,
) -> Iterator[Extraction]:
    """One Extraction per record, in order: records a reader flagged (``_error``) come back
    as failed Extractions, the others go through ``tradeie.extract_many``.

    With ``n_process`` > 1 (and the default pipeline) chunks of ``batch_size`` records go to
    a pool of worker processes, each with its own pipeline, and Extractions come back.
    spaCy's ``nlp.pipe(n_process=)`` instead tokenizes in this process and ships every Doc
    to a worker and back as bytes: measured on 2 CPUs, that costs more than the pipeline
    itself (bench/throughput.py), while record chunks cost almost nothing to send.
    """
    if n_process > 1 and nlp is None:
        yield from _extract_in_pool(records, n_process, batch_size)
        return
    from tradeie.api import extract_many

    pending: deque[dict[str, Any]] = deque()

    def feed() -> Iterator[dict[str, Any]]:
        for record in records:
            pending.append(record)
            if "_error" not in record:
                yield record

    for result in extract_many(feed(), nlp=nlp, n_process=n_process, batch_size=batch_size):
        while "_error" in pending[0]:
            yield _unreadable(pending.popleft())
        pending.popleft()
        yield result
    while pending:
        yield _unreadable(pending.popleft())


def _warm_worker() -> None:
    import tradeie

    tradeie.load()


def _extract_chunk(chunk: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    # (text, dict) rather than Extraction objects: Entity's __getattr__ makes them
    # unpicklable (schema.py, reported), and plain data is what crosses processes anyway
    return [(res.text, res.to_dict()) for res in extract_records(chunk)]


def _chunks(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_in_pool(records: Iterable[dict[str, Any]], n_process: int,
                     batch_size: int) -> Iterator[Extraction]:
    from concurrent.futures import ProcessPoolExecutor

    # At most two chunks per worker in flight: an archive larger than memory streams
    # through (Pool.imap would read the whole input ahead).
    in_flight: deque[Any] = deque()
    with ProcessPoolExecutor(n_process, initializer=_warm_worker) as pool:
        for chunk in _chunks(records, batch_size):
            in_flight.append(pool.submit(_extract_chunk, chunk))
            while len(in_flight) >= 2 * n_process:
                yield from _rebuild(in_flight.popleft().result())
        while in_flight:
            yield from _rebuild(in_flight.popleft().result())


def _rebuild(results: list[tuple[str, dict[str, Any]]]) -> Iterator[Extraction]:
    for text, data in results:
        yield Extraction.from_dict(data, text=text)


def _unreadable(record: dict[str, Any]) -> Extraction:
    return Extraction(text="", id=record.get("id"), error=record["_error"])


def fact_rows(res: Extraction) -> list[dict[str, Any]]:
    """The flat fact table rows of one Extraction (columns ``COLUMN_NAMES``)."""
    base = {"id": None if res.id is None else str(res.id), "published": res.published}
    if res.error is not None or not res.facts:
        return [{**dict.fromkeys(COLUMN_NAMES), **base, "error": res.error}]
    by_id = {ent.id: ent for ent in res.entities}
    rows = []
    for fact in res.facts:
        fig = by_id.get(fact.figure)
        src = by_id.get(fact.source) if fact.source else None
        extra = {k: v for k, v in fact.extra.items() if k != "of_growth_rate"}
        row = dict.fromkeys(COLUMN_NAMES)
        row.update(base)
        row.update({name: getattr(fact, name) for name in FACT_FIELDS})
        if fig is not None:
            row.update(figure_text=fig.text, label=fig.label, value=fig.get("value"),
                       value_max=fig.get("value_max"), unit=fig.get("unit"),
                       qualifier=fig.get("qualifier"), start=fig.start, end=fig.end)
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


class Writer(Protocol):
    def write(self, res: Extraction) -> None: ...

    def close(self) -> None: ...


def output_kind(path: Path | None) -> str:
    if path is None:
        return "jsonl"
    suffix = path.suffix.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("csv", CSV_SUFFIXES),
                           ("parquet", PARQUET_SUFFIXES)):
        if suffix in suffixes:
            return kind
    raise BatchError(f"{path}: unknown output format {suffix or '(no extension)'!r}; use "
                     ".jsonl, .csv or .parquet")


def open_writer(path: Path | None, append: bool = False) -> Writer:
    """A writer for ``path`` (stdout as JSONL when None), chosen by extension. ``append``
    keeps what the file already holds (for --resume)."""
    kind = output_kind(path)
    if path is None:
        return JsonlWriter(None)
    if kind == "parquet":
        return ParquetWriter(path, append=append)
    exists = append and path.is_file() and path.stat().st_size > 0
    if exists:
        _trim_partial_line(path)
    # backslashreplace: a lone surrogate in some text must not stop the run
    handle = path.open("a" if exists else "w", encoding="utf-8", newline="",
                       errors="backslashreplace" if kind == "csv" else "strict")
    if kind == "csv":
        return CsvWriter(handle, header=not exists, path=path)
    return JsonlWriter(handle)


def _trim_partial_line(path: Path) -> None:
    """A run killed mid-write can leave half a line; drop it so appending stays valid."""
    with path.open("rb+") as handle:
        data = handle.read()
        if data.endswith(b"\n"):
            return
        handle.truncate(data.rfind(b"\n") + 1)


class JsonlWriter:
    """One JSON object per record: the Extraction's dict, or ``{"id", "error"}``. Without a
    handle it writes to whatever ``sys.stdout`` is at the time (a progress bar redirects it)."""

    def __init__(self, handle: IO[str] | None) -> None:
        self.handle = handle

    def write(self, res: Extraction) -> None:
        row = {"id": res.id, "error": res.error} if res.error is not None else res.to_dict()
        out = self.handle or sys.stdout
        try:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        except UnicodeEncodeError:  # lone surrogates (from a JSON escape): keep them escaped
            out.write(json.dumps(row) + "\n")

    def close(self) -> None:
        if self.handle is None:
            sys.stdout.flush()
        else:
            self.handle.close()


class CsvWriter:
    def __init__(self, handle: IO[str], header: bool, path: Path) -> None:
        self.handle = handle
        if not header:
            existing = _csv_header(path)
            if existing != list(COLUMN_NAMES):
                handle.close()
                raise BatchError(f"{path}: cannot append, its columns differ from this "
                                 f"tradeie's ({existing})")
        self.writer = csv.DictWriter(handle, fieldnames=COLUMN_NAMES)
        if header:
            self.writer.writeheader()

    def write(self, res: Extraction) -> None:
        self.writer.writerows(fact_rows(res))

    def close(self) -> None:
        self.handle.close()


def _csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), [])


class ParquetWriter:
    """Parquet cannot be appended to and is unreadable until its footer is written: rows go
    to a temporary file (after the existing rows when appending), renamed into place on
    close, so a crash leaves the previous file intact and Ctrl-C keeps what was done."""

    ROW_GROUP = 4096

    def __init__(self, path: Path, append: bool = False) -> None:
        pa = self.pa = _import_pyarrow()
        self.schema = arrow_schema()
        self.path, self.tmp = path, path.with_name(path.name + ".partial")
        existing = None
        if append and path.is_file():
            existing = pa.parquet.read_table(path)
            if existing.schema.names != list(COLUMN_NAMES):
                raise BatchError(f"{path}: cannot append, its columns differ from this "
                                 f"tradeie's ({existing.schema.names})")
        self.writer = pa.parquet.ParquetWriter(self.tmp, self.schema)
        if existing is not None:
            self.writer.write_table(existing.cast(self.schema))
        self.rows: list[dict[str, Any]] = []

    def write(self, res: Extraction) -> None:
        self.rows.extend(fact_rows(res))
        if len(self.rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        self.tmp.replace(self.path)


def arrow_schema() -> Any:
    pa = _import_pyarrow()
    types = {"str": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def done_ids(path: Path) -> set[str]:
    """Ids already present in an output file (for --resume); empty if it does not exist."""
    if not path.is_file() or path.stat().st_size == 0:
        return set()
    _allow_long_fields()
    kind = output_kind(path)
    if kind == "parquet":
        pa = _import_pyarrow()
        column = pa.parquet.read_table(path, columns=["id"]).column("id").to_pylist()
        return {str(i) for i in column if i is not None}
    _trim_partial_line(path)
    ids: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        if kind == "csv":
            ids.update(row["id"] for row in csv.DictReader(handle) if row.get("id"))
        else:
            for line in handle:
                try:
                    rec_id = json.loads(line).get("id")
                except (json.JSONDecodeError, AttributeError):
                    continue
                if rec_id is not None:
                    ids.add(str(rec_id))
    return ids
