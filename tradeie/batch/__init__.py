"""Batch input and output: records from JSONL, CSV, Parquet or a folder of .txt and .html
files, and results to JSONL (one Extraction per record) or CSV / Parquet (one row per fact).

Everything streams: an archive larger than memory is read and written record by record.
pandas and pyarrow are optional extras, imported only by the formats that need them.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
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
    if not suffix and path.exists() and not path.is_file():  # a pipe: /dev/stdin, <(cat ...)
        return "jsonl"
    raise BatchError(f"{path}: unknown input format {suffix or '(no extension)'!r}; use .jsonl, "
                     ".csv, .parquet or a folder of .txt / .html files")


def read_records(path: Path, published: str | None = None,
                 max_length: int | None = None) -> Iterator[dict[str, Any]]:
    """Records ``{"id", "text", "published"}`` of a batch input, chosen by extension.

    ``published`` is the default for records without one. A record that cannot be read is
    yielded as an ``Unreadable`` so that it is reported, never dropped. Records without
    an id get ``line-N`` (JSONL), ``row-N`` (CSV, Parquet) or the file stem (folder; the
    file name when two files share a stem). ``max_length`` (characters, default
    ``tradeie.MAX_TEXT_LENGTH``) bounds what is read of one record: a longer one, or an
    endless file such as /dev/zero, becomes one error record and memory stays bounded.
    A pipe or a FIFO is read once, as it comes.
    """
    from tradeie.api import MAX_TEXT_LENGTH

    # Checks run now, not at the first next(): the caller reports them before starting.
    if not path.exists():
        raise BatchError(f"no such file or folder: {path}")
    kind = input_kind(path)
    if kind == "folder":
        _check_folder(path)
    limit = MAX_TEXT_LENGTH if max_length is None else max_length
    if kind == "parquet":
        return _default_published(_read_parquet(path), published)
    reader = {"jsonl": _read_jsonl, "csv": _read_csv, "folder": _read_folder}[kind]
    return _default_published(reader(path, limit), published)


def _default_published(
    records: Iterator[dict[str, Any]], published: str | None
) -> Iterator[dict[str, Any]]:
    for record in records:
        # only a missing or empty date takes the default: 0 or false is an error to report
        if not isinstance(record, Unreadable) and record.get("published") in (None, ""):
            record["published"] = published
        yield record


def _line_bytes(max_length: int) -> int:
    """The longest JSONL line or CSV line read for a text of ``max_length`` characters: JSON
    may escape a character as 12 bytes; the other fields get 1 MiB."""
    return 12 * max_length + 2**20


_LINE_ENDS = ("\n", "\r", b"\n")
WHOLE, LONG, ENDLESS = "whole", "long", "endless"


def _bounded_lines(handle: IO[Any], cap: int) -> Iterator[tuple[Any, str]]:
    """``(line, status)`` of a file read line by line, no line over ``cap`` kept in memory. A
    longer line is yielded once as ``("", LONG)`` and the rest of it is skipped; one that
    goes on for more than ``4 * cap`` (/dev/zero, a file without line breaks) ends the file
    with ``("", ENDLESS)``."""
    while True:
        line = handle.readline(cap + 1)
        if not line:
            return
        if len(line) <= cap or line[-1:] in _LINE_ENDS:
            yield line, WHOLE
            continue
        skipped = len(line)
        while line and line[-1:] not in _LINE_ENDS:  # skip the rest of the line
            if skipped > 4 * cap:
                yield line[:0], ENDLESS
                return
            line = handle.readline(2**20)
            skipped += len(line)
        yield line[:0], LONG


def _read_jsonl(path: Path, max_length: int) -> Iterator[dict[str, Any]]:
    cap = _line_bytes(max_length)
    with path.open("rb") as handle:
        for lineno, (raw, status) in enumerate(_bounded_lines(handle, cap), 1):
            if status != WHOLE:
                yield Unreadable(f"line-{lineno}", f"{path}:{lineno}: the line is over {cap:,} "
                                 f"bytes, longer than any text of --max-length {max_length:,}"
                                 + ("; it does not end, so the rest of the file is not read"
                                    if status == ENDLESS else ""))
                continue
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


def _read_csv(path: Path, max_length: int) -> Iterator[dict[str, Any]]:
    _allow_long_fields()
    if path.is_file():  # checked now, before the run; a pipe is read once, by _csv_rows
        _check_csv_header(path, _csv_header(path))
    return _csv_rows(path, max_length)


def _check_csv_header(path: Path, header: list[str]) -> None:
    if "text" not in header:
        raise BatchError(f"{path}: a CSV input needs a 'text' column (found {header or 'none'})")


def _not_utf8(values: Iterable[Any]) -> bool:
    """Whether a cell read with surrogateescape held bytes that are not UTF-8."""
    return any(isinstance(v, str) and any("\udc80" <= ch <= "\udcff" for ch in v)
               for v in values)


class _LongLine(Exception):
    """A CSV line over the reader's bound (an endless file, a runaway quote)."""

    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.status = status


def _csv_rows(path: Path, max_length: int) -> Iterator[dict[str, Any]]:
    # surrogateescape: a row with bytes that are not UTF-8 becomes an error record, the
    # rows after it are still read
    cap = _line_bytes(max_length)
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        lines = _bounded_lines(handle, cap)

        def physical() -> Iterator[str]:
            for line, status in lines:
                if status != WHOLE:
                    raise _LongLine(status)
                yield line

        source = physical()
        first = csv.reader(source)
        try:
            header = next(first, [])
        except _LongLine:
            raise BatchError(f"{path}: the header line is over {cap:,} characters") from None
        _check_csv_header(path, header)
        reader = csv.DictReader(source, fieldnames=header)
        lines_before = first.line_num  # lines read by the readers before this one
        rowno = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                rowno += 1
                yield Unreadable(f"row-{rowno}", f"{path}: row {rowno} (line "
                                                 f"{lines_before + reader.line_num}): {err}")
                continue
            except _LongLine as err:  # the rest of the line was skipped: read the next one
                rowno += 1
                yield Unreadable(f"row-{rowno}", f"{path}: row {rowno} has a line over {cap:,} "
                                 f"characters, longer than any text of --max-length "
                                 f"{max_length:,}" + ("; it does not end, so the rest of the "
                                                      "file is not read"
                                                      if err.status == ENDLESS else ""))
                if err.status == ENDLESS:
                    return
                lines_before += reader.line_num + 1
                source = physical()
                reader = csv.DictReader(source, fieldnames=header)
                continue
            rowno += 1
            rec_id = row.get("id") or f"row-{rowno}"
            where = f"{path}: row {rowno} (line {lines_before + reader.line_num})"
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


def folder_ids(files: list[Path]) -> dict[Path, str]:
    """Each file's record id: its stem, or its whole name when another file of the folder has
    the same stem ("a.txt" and "a.TXT", "a.txt" and "a.html"), so that ids stay unique."""
    stems: dict[str, int] = {}
    for file in files:
        stems[file.stem] = stems.get(file.stem, 0) + 1
    return {file: file.name if stems[file.stem] > 1 else file.stem for file in files}


def read_limited(file: Path | str, max_length: int, *, binary: bool = False) -> Any:
    """At most ``max_length`` characters of a text file (bytes: 4 per character, at least
    64 MiB, for a web page); ValueError past that, so that an endless file (/dev/zero, a
    pipe that never closes) costs bounded memory. Files that are no regular file are read
    once, as they come."""
    if binary:
        cap = max(4 * max_length, 2**26)
        with open(file, "rb") as handle:
            data = handle.read(cap + 1)
        what = f"{cap:,} bytes"
    else:
        cap = max_length
        with open(file, encoding="utf-8-sig") as handle:  # a BOM is no part of the text
            data = handle.read(cap + 1)
        what = f"{cap:,} characters (--max-length)"
    if len(data) > cap:
        raise ValueError(f"{file}: over the limit of {what}; split it or raise --max-length")
    return data


def _read_folder(path: Path, max_length: int) -> Iterator[dict[str, Any]]:
    files = _check_folder(path)
    ids = folder_ids(files)
    for file in files:
        rec_id = ids[file]
        try:
            if is_html(file):
                text, page_date = read_html(read_limited(file, max_length, binary=True),
                                            str(file))
                yield {"id": rec_id, "text": text, "published": page_date}
                continue
            text = read_limited(file, max_length)
        except UnicodeDecodeError as err:
            yield Unreadable(rec_id, f"{file}: not UTF-8 text ({err.reason} at byte "
                                     f"{err.start})")
            continue
        except OSError as err:  # a broken link, no permission
            yield Unreadable(rec_id, f"{file}: cannot be read ({err.strerror or err})")
            continue
        except ValueError as err:  # a page without an article, an endless file
            yield Unreadable(rec_id, str(err))
            continue
        yield {"id": rec_id, "text": text, "published": None}


def count_records(path: Path) -> int | None:
    """How many records ``read_records`` will yield (for a progress bar), or None: a pipe
    or a FIFO (no regular file) is not counted, since counting would consume it."""
    kind = input_kind(path)
    if kind == "folder":
        return len(_text_files(path))
    if not path.is_file():
        return None
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

    # stdout is drawn through the bar only when it is that terminal too: redirected, it would
    # send the records piped to a file or a program to the terminal instead
    on_terminal = console.is_terminal and _isatty(sys.stdout)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TaskProgressColumn(), Rate(), TimeElapsedColumn(), TextColumn("ETA"),
                    TimeRemainingColumn(), console=console, disable=not console.is_terminal,
                    redirect_stdout=on_terminal, redirect_stderr=on_terminal)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


# ------------------------------------------------------------------------ extraction


def extract_records(
    records: Iterable[dict[str, Any]], *, nlp: Any = None, n_process: int = 1,
    batch_size: int = 64, max_length: int | None = None,
    note: Callable[[str], None] | None = None,
) -> Iterator[Extraction]:
    """One Extraction per record, in order: records a reader flagged (``Unreadable``) come back
    as failed Extractions, the others go through ``tradeie.extract_many``.

    With ``n_process`` > 1 (and the default pipeline) chunks of ``batch_size`` records go to
    a pool of worker processes, each with its own pipeline, and Extractions come back.
    spaCy's ``nlp.pipe(n_process=)`` instead tokenizes in this process and ships every Doc
    to a worker and back as bytes: measured on 2 CPUs, that costs more than the pipeline
    itself (bench/throughput.py), while record chunks cost almost nothing to send. The pool
    has at most one worker per CPU and per chunk; ``note`` is told when ``n_process`` is cut.
    Workers exit when this process dies, even by SIGKILL.
    """
    from tradeie.api import MAX_TEXT_LENGTH, extract_many

    max_length = MAX_TEXT_LENGTH if max_length is None else max_length
    if n_process > 1 and nlp is None:
        yield from _extract_in_pool(records, n_process, batch_size, max_length, note)
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


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _die_with_parent(parent: int) -> None:
    """End this worker when the process that started it dies, even by SIGKILL (no chance to
    stop its pool): Linux says so with a signal (prctl PR_SET_PDEATHSIG); elsewhere a thread
    watches the parent's pid."""
    import signal
    import threading

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        if sys.platform.startswith("linux") and \
                libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # it died before prctl took effect
                os._exit(1)
            return
    except Exception:  # no libc or no prctl (macOS, Windows): watch instead
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="tradeie-parent-watch", daemon=True).start()


def _warm_worker(parent: int) -> None:
    import signal

    import tradeie

    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group: the parent reports it and stops the pool, and
    # a traceback from every worker would bury its message. SIGTERM ends a worker at once
    # (the parent's handler, inherited through fork, would raise inside the pool's loop).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
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
                     batch_size: int, max_length: int,
                     note: Callable[[str], None] | None = None) -> Iterator[Extraction]:
    from concurrent.futures import ProcessPoolExecutor
    from itertools import chain, islice

    # No more workers than CPUs or chunks: each costs a pipeline's memory (~90 MB) and its
    # start-up, and more than one per CPU only share it. The first chunks are read to count.
    chunks = _chunks(records, batch_size)
    cpus = cpu_count()
    first = list(islice(chunks, min(n_process, cpus)))
    workers = max(1, min(n_process, cpus, len(first)))
    if workers < n_process and note is not None:
        why = f"{cpus} CPU{'s' if cpus > 1 else ''}" if workers == cpus else \
            f"{len(first)} chunk{'s' if len(first) > 1 else ''} of up to {batch_size} records"
        note(f"--n-process {n_process}: using {workers} worker process"
             f"{'es' if workers > 1 else ''} (there {'are' if workers > 1 else 'is'} {why})")
    if workers == 1:  # one worker is this process: no pool to start
        for chunk in chain(first, chunks):
            yield from extract_records(chunk, max_length=max_length)
        return
    # At most two chunks per worker in flight: an archive larger than memory streams
    # through (Pool.imap would read the whole input ahead).
    in_flight: deque[Any] = deque()
    pool = ProcessPoolExecutor(workers, initializer=_warm_worker, initargs=(os.getpid(),))
    try:
        for chunk in chain(first, chunks):
            in_flight.append(pool.submit(_extract_chunk, chunk, max_length))
            while len(in_flight) >= 2 * workers:
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


def _temporary(path: Path, suffix: str = ".tmp") -> Path:
    """A new, empty file beside ``path``, created exclusively under an unpredictable name
    (never through a link someone planted), for an atomic ``os.replace`` onto ``path``. It
    takes ``path``'s permissions if ``path`` exists, else those of a new file."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
    finally:
        os.close(fd)
    return Path(name)


def _trim_partial_record(path: Path, kind: str) -> None:
    """A run killed mid-write can leave part of a record; drop it so that appending stays
    valid and --resume redoes that record. JSONL: the last line if it is cut. CSV: every row
    of the last record, since a record's fact rows may have been cut between two rows, and a
    row cut anywhere (even inside its id cell, which then names no record). The file is cut
    in place: no copy, so a disk that was full needs no room for one."""
    if kind != "csv":
        with path.open("rb+") as handle:
            size = handle.seek(0, os.SEEK_END)
            end = size
            while end > 0:  # back to the last line break, a block at a time
                start = max(0, end - 2**16)
                handle.seek(start)
                block = handle.read(end - start)
                if end == size and block.endswith(b"\n"):
                    return
                found = block.rfind(b"\n")
                if found >= 0:
                    handle.truncate(start + found + 1)
                    return
                end = start
            handle.truncate(0)
        return
    ids = _csv_output_ids(path)
    keep = _complete_rows(ids)
    if keep == len(ids):
        return
    with path.open("rb+") as handle:
        handle.truncate(_csv_row_end(handle, keep))


def _csv_row_end(handle: IO[bytes], rows: int) -> int:
    """The byte offset just after the first ``rows`` rows of a CSV output: a row ends at a
    CRLF (the csv module's line end) outside quotes; a quoted cell may hold line breaks, and a
    doubled quote inside it toggles twice."""
    if rows == 0:
        return 0
    handle.seek(0)
    quoted, offset, carry, done = False, 0, b"", 0
    while True:
        chunk = handle.read(2**20)
        if not chunk:
            return offset + len(carry)
        data = carry + chunk
        carry = b"\r" if data.endswith(b"\r") else b""  # a CRLF may straddle two chunks
        scan = data[:-1] if carry else data
        for match in _CSV_MARKS.finditer(scan):
            if match.group() == b'"':
                quoted = not quoted
            elif not quoted:
                done += 1
                if done == rows:
                    return offset + match.end()
        offset += len(scan)


_CSV_MARKS = re.compile(rb'"|\r\n')


class _Cut(str):
    """The id of a CSV output row that is cut (no line end, missing cells, an open quote)."""


def _csv_output_ids(path: Path) -> list[str]:
    """The id cell of every row of a CSV output, header included; a last row cut by a crash
    is a ``_Cut``."""
    _allow_long_fields()
    ids: list[str] = []
    with path.open(**_OUTPUT_TEXT) as handle:
        reader = csv.reader(handle, strict=True)
        width, complete = None, True
        try:
            for row in reader:
                if width is None:
                    width = len(row)
                ids.append(row[0] if row else "")
                complete = len(row) == width
        except csv.Error:  # an open quote at the end: that row is not in ids
            ids.append(_Cut(""))
            return ids
        handle.seek(0, os.SEEK_END)
        end = handle.tell()
    if ids and len(ids) > 1 and not complete:
        ids[-1] = _Cut(ids[-1])
    elif end:
        with path.open("rb") as raw:
            raw.seek(end - 1)
            if raw.read(1) not in (b"\n", b"\r"):
                ids[-1] = _Cut(ids[-1])
    return ids


def _complete_rows(ids: list[str]) -> int:
    """How many rows (header included) of a CSV output, given their ids, belong to records
    written whole: all but a cut row and those of the last record, which a crash may have
    cut between two of its rows."""
    keep = len(ids)
    if keep > 1 and isinstance(ids[-1], _Cut):
        keep -= 1
    last = ids[keep - 1] if keep > 1 else None
    while keep > 1 and ids[keep - 1] == last:
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
    """Parquet cannot be appended to and is unreadable until its footer is written. So rows
    go, a row group at a time (``ROW_GROUP`` rows, or every ``FLUSH_SECONDS``), to part files
    in the folder ``<output>.parts``, each written under a temporary name and renamed whole:
    a kill (even SIGKILL) loses at most the rows not yet in a part. ``close`` merges the
    existing output (when appending) and the parts into the output, atomically, then removes
    the parts; --resume reads the parts a killed run left as written."""

    ROW_GROUP = 4096  # rows per part; the environment's TRADEIE_PARQUET_ROWS overrides it
    FLUSH_SECONDS = 30.0

    def __init__(self, path: Path, append: bool = False) -> None:
        self.pa = _import_pyarrow()
        self.schema = arrow_schema()
        self.path, self.append = path, append
        self.parts = _parts_folder(path, keep=append)
        if append and path.is_file():
            names = self.pa.parquet.ParquetFile(path).schema_arrow.names
            if names != list(COLUMN_NAMES):
                raise BatchError(f"{path}: cannot append, its columns differ from this "
                                 f"tradeie's ({names})")
        self.rows: list[dict[str, Any]] = []
        self.flushed = time.monotonic()
        self.closed = False
        self.part_rows = _env_int("TRADEIE_PARQUET_ROWS", self.ROW_GROUP)

    def write(self, res: Extraction) -> None:
        # Arrow strings are UTF-8: lone surrogates are escaped, as in the CSV writer
        self.rows.extend({k: written_id(v) if isinstance(v, str) else v for k, v in row.items()}
                         for row in fact_rows(res))
        if len(self.rows) >= self.part_rows or \
                time.monotonic() - self.flushed >= self.FLUSH_SECONDS:
            self._flush()

    def _flush(self) -> None:
        self.flushed = time.monotonic()
        if not self.rows:
            return
        table = self.pa.Table.from_pylist(self.rows, schema=self.schema)
        number = len(_part_files(self.parts))
        tmp = _temporary(self.parts / f"part-{number:06d}.parquet")
        try:
            self.pa.parquet.write_table(table, tmp)
            os.replace(tmp, self.parts / f"part-{number:06d}.parquet")
        finally:
            tmp.unlink(missing_ok=True)
        self.rows = []

    def close(self) -> None:
        if self.closed:  # a second close (after an interruption) must not merge nothing
            return
        self._flush()
        pq = self.pa.parquet
        sources = [self.path] if self.append and self.path.is_file() else []
        done = _parquet_ids(self.path) if sources else set()
        sources += [part for part in _part_files(self.parts) if not _merged(part, done)]
        tmp = _temporary(self.path)
        try:
            with pq.ParquetWriter(tmp, self.schema) as writer:
                for source in sources:
                    for batch in pq.ParquetFile(source).iter_batches(batch_size=self.ROW_GROUP):
                        writer.write_table(self.pa.Table.from_batches([batch]).cast(self.schema))
            os.replace(tmp, self.path)
        finally:
            tmp.unlink(missing_ok=True)
        self.closed = True
        shutil.rmtree(self.parts, ignore_errors=True)


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise BatchError(f"{name}={value!r}: expected a positive whole number")
    return int(value)


def _parts_folder(path: Path, keep: bool) -> Path:
    """``<output>.parts``, the Parquet writer's folder of finished row groups: made if
    missing, emptied unless ``keep``. A link or a file of that name, or a folder of another
    user, is refused rather than written through."""
    parts = path.with_name(path.name + ".parts")
    try:
        os.mkdir(parts, 0o700)
        return parts
    except FileExistsError:
        pass
    info = os.lstat(parts)
    if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        raise BatchError(f"{parts} exists and is not this user's folder of Parquet parts: "
                         "remove it")
    if not keep:
        for part in parts.iterdir():
            part.unlink()
    return parts


def _part_files(parts: Path) -> list[Path]:
    if not parts.is_dir():
        return []
    return sorted(p for p in parts.glob("part-*.parquet") if p.is_file())


def _merged(part: Path, done: set[str]) -> bool:
    """Whether a part is already in the output: a kill between writing the merged output
    and removing the parts leaves them both; the part's first id tells."""
    if not done:
        return False
    first = _parquet_ids(part, limit=1)
    return bool(first) and first <= done


def _parquet_ids(path: Path, limit: int | None = None) -> set[str]:
    pa = _import_pyarrow()
    try:
        if limit is None:
            column = pa.parquet.read_table(path, columns=["id"]).column("id").to_pylist()
        else:
            batch = next(pa.parquet.ParquetFile(path).iter_batches(batch_size=limit,
                                                                   columns=["id"]), None)
            column = [] if batch is None else batch.column(0).to_pylist()[:limit]
    except (OSError, pa.ArrowException, KeyError) as err:
        raise BatchError(f"{path}: cannot resume, no readable 'id' column ({err})") from None
    return {written_id(i) for i in column if i is not None}


def arrow_schema() -> Any:
    pa = _import_pyarrow()
    types = {"str": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def done_ids(path: Path) -> set[str]:
    """Ids already present in an output file (for --resume); empty if it does not exist.
    For Parquet, also the ids of the finished row groups a killed run left in
    ``<output>.parts``."""
    kind = output_kind(path)
    if kind == "parquet":
        done = _parquet_ids(path) if path.is_file() and path.stat().st_size else set()
        for part in _part_files(path.with_name(path.name + ".parts")):
            done |= _parquet_ids(part)
        return done
    if not path.is_file() or path.stat().st_size == 0:
        return set()
    _allow_long_fields()
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
