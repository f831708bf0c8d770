"""Batch input and output: records from JSONL, CSV, Parquet or a folder of .txt and .html
files, and results to JSONL (one Extraction per record) or CSV / Parquet (one row per fact).

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
    ("period_start", "str"), ("period_end", "str"),  # the period's first and last day (ISO)
    ("source_name", "str"),  # the AGENCY / OFFICIAL's canonical name: ids mean nothing alone
    ("of_growth_rate", "bool"),
    ("extra", "str"),  # any other fact fields, as a JSON object (or empty)
    ("error", "str"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
_PANDAS_DTYPES = {"str": "string", "float": "Float64", "int": "Int64", "bool": "boolean"}


class BatchError(ValueError):
    """The input or output as a whole is unusable (wrong format, missing column, ...)."""


class Unreadable(dict):
    """A record a reader could not read: ``{"id", "error"}``. A class of its own, not a key,
    so that no field of the user's records can pass for it."""

    def __init__(self, rec_id: Any, error: str) -> None:
        super().__init__(id=rec_id, error=error)


def written_id(rec_id: Any) -> str:
    """An id as the writers store it: ``str``, lone surrogates (from broken input) escaped
    with backslashes as UTF-8 files need. --resume compares ids in this form."""
    text = str(rec_id)
    return text.encode("utf-8", "backslashreplace").decode("utf-8") if any(
        "\ud800" <= ch <= "\udfff" for ch in text) else text


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
                     ".csv, .parquet or a folder of .txt / .html files")


def read_records(path: Path, published: str | None = None) -> Iterator[dict[str, Any]]:
    """Records ``{"id", "text", "published"}`` of a batch input, chosen by extension.

    ``published`` is the default for records without one. A record that cannot be read is
    yielded as an ``Unreadable`` so that it is reported, never dropped. Records without
    an id get ``line-N`` (JSONL), ``row-N`` (CSV, Parquet) or the file stem (folder).
    """
    # Checks run now, not at the first next(): the caller reports them before starting.
    if not path.exists():
        raise BatchError(f"no such file or folder: {path}")
    kind = input_kind(path)
    if kind == "folder":
        _check_folder(path)
    reader = {"jsonl": _read_jsonl, "csv": _read_csv, "parquet": _read_parquet,
              "folder": _read_folder}[kind]
    return _default_published(reader(path), published)


def _default_published(
    records: Iterator[dict[str, Any]], published: str | None
) -> Iterator[dict[str, Any]]:
    for record in records:
        # only a missing or empty date takes the default: 0 or false is an error to report
        if not isinstance(record, Unreadable) and record.get("published") in (None, ""):
            record["published"] = published
        yield record


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            problem = None
            try:
                record = json.loads(raw.decode("utf-8-sig"))  # a BOM may open the file
            except UnicodeDecodeError as err:
                problem = f"not UTF-8 ({err.reason} at byte {err.start})"
            except json.JSONDecodeError as err:
                problem = f"invalid JSON: {err.msg}"
            except (ValueError, RecursionError) as err:  # a 5,000-digit number, deep nesting
                problem = f"unreadable JSON: {err}"
            else:
                if not isinstance(record, dict):
                    problem = "expected a JSON object"
            if problem:
                yield Unreadable(f"line-{lineno}", f"{path}:{lineno}: {problem}")
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


def _not_utf8(values: Iterable[Any]) -> bool:
    """Whether a cell read with surrogateescape held bytes that are not UTF-8."""
    return any(isinstance(v, str) and any("\udc80" <= ch <= "\udcff" for ch in v)
               for v in values)


def _csv_rows(path: Path) -> Iterator[dict[str, Any]]:
    # surrogateescape: a row with bytes that are not UTF-8 becomes an error record, the
    # rows after it are still read
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        reader = csv.DictReader(handle)
        rowno = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                rowno += 1
                yield Unreadable(f"row-{rowno}", f"{path}: row {rowno} (line "
                                                 f"{reader.line_num}): {err}")
                continue
            rowno += 1
            rec_id = row.get("id") or f"row-{rowno}"
            where = f"{path}: row {rowno} (line {reader.line_num})"
            if None in row:  # more cells than header names
                yield Unreadable(rec_id, f"{where} has more cells than the header")
            elif row.get("text") is None:
                yield Unreadable(rec_id, f"{where} has fewer cells than the header")
            elif _not_utf8(row.values()):
                yield Unreadable(written_id(rec_id), f"{where} is not UTF-8 text")
            else:
                yield {"id": rec_id, "text": row["text"],
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
    return _parquet_rows(path, source, columns)


def _parquet_rows(path: Path, source: Any, columns: list[str]) -> Iterator[dict[str, Any]]:
    """Rows group by group: a damaged row group is one error record, the others are read."""
    pa = _import_pyarrow()
    rowno = 0
    for group in range(source.num_row_groups):
        size = source.metadata.row_group(group).num_rows
        try:
            batches = list(source.iter_batches(batch_size=1024, row_groups=[group],
                                               columns=columns))
        except (OSError, pa.ArrowException) as err:
            yield Unreadable(f"row-{rowno + 1}", f"{path}: rows {rowno + 1}-{rowno + size} "
                                                 f"(row group {group}) cannot be read ({err})")
            rowno += size
            continue
        for batch in batches:
            for row in batch.to_pylist():
                rowno += 1
                rec_id = row.get("id")
                yield {"id": str(rec_id) if rec_id is not None else f"row-{rowno}",
                       "text": row["text"], "published": row.get("published")}


TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")


def _text_files(path: Path) -> list[Path]:
    """The folder's .txt and .html/.htm files (any case), sorted; folders and broken links
    with those names too, so that reading them reports them."""
    return sorted(f for f in path.iterdir() if f.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
                  and (f.is_file() or f.is_symlink()))


def is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def read_html(page: bytes | str, where: str) -> tuple[str, str | None]:
    """The article text and publication date (or None) of a web page, as
    ``tradeie.extract_html`` finds them; ValueError when the page holds no article."""
    from tradeie.html_extract import MIN_ARTICLE_LENGTH, article_text, publication_date

    text = article_text(page) if page.strip() else None
    if not text or len(text.strip()) < MIN_ARTICLE_LENGTH:
        raise ValueError(f"{where}: no article text found in the page")
    return text, publication_date(page)


def _check_folder(path: Path) -> list[Path]:
    files = _text_files(path)
    if not files:
        others = sorted({f.suffix.lower() or f.name for f in path.iterdir()})
        raise BatchError(f"{path}: no .txt, .html or .htm file in the folder"
                         + (f" (found {', '.join(others[:8])})" if others else " (empty)"))
    if any(is_html(f) for f in files):
        from tradeie.html_extract import _require

        _require()  # the html extra: report its absence before the run, not per file
    return files


def _read_folder(path: Path) -> Iterator[dict[str, Any]]:
    for file in _check_folder(path):
        try:
            if is_html(file):
                text, page_date = read_html(file.read_bytes(), str(file))
                yield {"id": file.stem, "text": text, "published": page_date}
                continue
            text = file.read_text(encoding="utf-8-sig")  # a BOM is no part of the text
        except UnicodeDecodeError as err:
            yield Unreadable(file.stem, f"{file}: not UTF-8 text ({err.reason} at byte "
                                        f"{err.start})")
            continue
        except OSError as err:  # a broken link, no permission
            yield Unreadable(file.stem, f"{file}: cannot be read ({err.strerror or err})")
            continue
        except ValueError as err:  # a page without an article
            yield Unreadable(file.stem, str(err))
            continue
        yield {"id": file.stem, "text": text, "published": None}


def count_records(path: Path) -> int | None:
    """How many records ``read_records`` will yield (for a progress bar), or None."""
    kind = input_kind(path)
    if kind == "folder":
        return len(_text_files(path))
    if kind == "parquet":
        return _import_pyarrow().parquet.ParquetFile(path).metadata.num_rows
    if kind == "jsonl":
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    _allow_long_fields()
    with path.open(encoding="utf-8-sig", errors="surrogateescape",
                   newline="") as handle:  # quoted newlines: parse
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
    batch_size: int = 64, max_length: int | None = None,
) -> Iterator[Extraction]:
    """One Extraction per record, in order: records a reader flagged (``Unreadable``) come back
    as failed Extractions, the others go through ``tradeie.extract_many``.

    With ``n_process`` > 1 (and the default pipeline) chunks of ``batch_size`` records go to
    a pool of worker processes, each with its own pipeline, and Extractions come back.
    spaCy's ``nlp.pipe(n_process=)`` instead tokenizes in this process and ships every Doc
    to a worker and back as bytes: measured on 2 CPUs, that costs more than the pipeline
    itself (bench/throughput.py), while record chunks cost almost nothing to send.
    """
    from tradeie.api import MAX_TEXT_LENGTH, extract_many

    max_length = MAX_TEXT_LENGTH if max_length is None else max_length
    if n_process > 1 and nlp is None:
        yield from _extract_in_pool(records, n_process, batch_size, max_length)
        return

    pending: deque[dict[str, Any]] = deque()

    def feed() -> Iterator[dict[str, Any]]:
        for record in records:
            pending.append(record)
            if not isinstance(record, Unreadable):
                yield record

    for result in extract_many(feed(), nlp=nlp, n_process=n_process, batch_size=batch_size,
                               max_length=max_length):
        while isinstance(pending[0], Unreadable):
            yield _unreadable(pending.popleft())
        pending.popleft()
        yield result
    while pending:
        yield _unreadable(pending.popleft())


def _warm_worker() -> None:
    import signal

    import tradeie

    # Ctrl-C reaches the whole process group: the parent reports it and stops the pool, and
    # a traceback from every worker would bury its message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tradeie.load()


def _extract_chunk(chunk: list[dict[str, Any]],
                   max_length: int) -> list[tuple[str, dict[str, Any]]]:
    # (text, dict) rather than Extraction objects: Entity's __getattr__ makes them
    # unpicklable (schema.py, reported), and plain data is what crosses processes anyway
    return [(res.text, res.to_dict()) for res in extract_records(chunk, max_length=max_length)]


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
                     batch_size: int, max_length: int) -> Iterator[Extraction]:
    from concurrent.futures import ProcessPoolExecutor

    # At most two chunks per worker in flight: an archive larger than memory streams
    # through (Pool.imap would read the whole input ahead).
    in_flight: deque[Any] = deque()
    pool = ProcessPoolExecutor(n_process, initializer=_warm_worker)
    try:
        for chunk in _chunks(records, batch_size):
            in_flight.append(pool.submit(_extract_chunk, chunk, max_length))
            while len(in_flight) >= 2 * n_process:
                yield from _rebuild(in_flight.popleft().result())
        while in_flight:
            yield from _rebuild(in_flight.popleft().result())
    finally:  # interrupted or failed: chunks not started are dropped, not worked through
        pool.shutdown(wait=True, cancel_futures=True)


def _rebuild(results: list[tuple[str, dict[str, Any]]]) -> Iterator[Extraction]:
    for text, data in results:
        yield Extraction.from_dict(data, text=text)


def _unreadable(record: Unreadable) -> Extraction:
    return Extraction(text="", id=record["id"], error=record["error"])


def fact_rows(res: Extraction) -> list[dict[str, Any]]:
    """The flat fact table rows of one Extraction (columns ``COLUMN_NAMES``)."""
    from tradeie.normalize.periods import period_bounds

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
        bounds = period_bounds(fact.period) if fact.period else None
        if bounds is not None:
            row["period_start"], row["period_end"] = (d.isoformat() for d in bounds)
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
        _trim_partial_record(path, kind)
    # backslashreplace: a lone surrogate in some text must not stop the run
    handle = path.open("a" if exists else "w", encoding="utf-8", newline="",
                       errors="backslashreplace" if kind == "csv" else "strict")
    if kind == "csv":
        return CsvWriter(handle, header=not exists, path=path)
    return JsonlWriter(handle)


# How the text outputs are read back (for --resume): as written, bytes that are no UTF-8 kept
_OUTPUT_TEXT: dict[str, Any] = {"encoding": "utf-8", "errors": "surrogateescape", "newline": ""}


def _trim_partial_record(path: Path, kind: str) -> None:
    """A run killed mid-write can leave part of a record; drop it so that appending stays
    valid and --resume redoes that record. JSONL: the last line if it is cut. CSV: every row
    of the last record, since a record's fact rows may have been cut between two rows and a
    quoted cell can hold line breaks (rows are parsed, not lines)."""
    if kind != "csv":
        with path.open("rb+") as handle:
            data = handle.read()
            if not data.endswith(b"\n"):
                handle.truncate(data.rfind(b"\n") + 1)
        return
    ids = _csv_output_ids(path)
    keep = _complete_rows(ids)
    if keep == len(ids):
        return
    tmp = path.with_name(path.name + ".resume")
    with path.open(**_OUTPUT_TEXT) as source, tmp.open("w", **_OUTPUT_TEXT) as target:
        writer = csv.writer(target)
        for _, row in zip(range(keep), csv.reader(source), strict=False):
            writer.writerow(row)
    tmp.replace(path)


def _csv_output_ids(path: Path) -> list[str]:
    """The id cell of every row of a CSV output, header included."""
    _allow_long_fields()
    with path.open(**_OUTPUT_TEXT) as handle:
        return [row[0] if row else "" for row in csv.reader(handle)]


def _complete_rows(ids: list[str]) -> int:
    """How many rows (header included) of a CSV output, given their ids, belong to records
    written whole: all but those of the last record, which a crash may have cut."""
    keep = len(ids)
    while keep > 1 and ids[keep - 1] == ids[-1]:
        keep -= 1
    return keep


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
    # surrogateescape: bytes that are not UTF-8 in the first rows are reported by row
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
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
        # Arrow strings are UTF-8: lone surrogates are escaped, as in the CSV writer
        self.rows.extend({k: written_id(v) if isinstance(v, str) else v for k, v in row.items()}
                         for row in fact_rows(res))
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
        try:
            column = pa.parquet.read_table(path, columns=["id"]).column("id").to_pylist()
        except (OSError, pa.ArrowException, KeyError) as err:
            raise BatchError(f"{path}: cannot resume, no readable 'id' column ({err})") \
                from None
        return {written_id(i) for i in column if i is not None}
    if kind == "csv":  # the last record is redone: open_writer drops its rows
        ids = _csv_output_ids(path)
        return set(ids[1:_complete_rows(ids)])
    _trim_partial_record(path, kind)
    done: set[str] = set()
    with path.open(**_OUTPUT_TEXT) as handle:
        for line in handle:
            try:
                rec_id = json.loads(line).get("id")
            except (ValueError, RecursionError, AttributeError):
                continue
            if rec_id is not None:
                done.add(written_id(rec_id))
    return done
