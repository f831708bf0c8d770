"""Batch writers: JSONL (one Extraction per record), CSV and Parquet (one row per fact),
with --resume (done ids, trimming a record a kill cut) and Parquet part files."""

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
from pathlib import Path
from typing import IO, Any, Protocol

from tradeie.batch.formats import (
    BatchError,
    _allow_long_fields,
    _csv_header,
    _import_pyarrow,
    output_kind,
    written_id,
)
from tradeie.batch.rows import COLUMN_NAMES, arrow_schema, fact_rows
from tradeie.schema import Extraction


class Writer(Protocol):
    def write(self, res: Extraction) -> None: ...

    def close(self) -> None: ...



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
