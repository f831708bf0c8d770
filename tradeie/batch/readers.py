"""Batch readers: records from JSONL, CSV, Parquet, a folder of .txt / .html files or
a pipe, streamed and bounded in memory."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from tradeie.batch.formats import (
    BatchError,
    Unreadable,
    _allow_long_fields,
    _csv_header,
    _import_pyarrow,
    input_kind,
    written_id,
)


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
