"""Batch formats: which file is which format, the errors and record markers every
reader and writer shares, and the optional extras (pyarrow) imported on demand."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
PARQUET_SUFFIXES = (".parquet", ".pq")


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



def _allow_long_fields() -> None:
    """Articles are longer than the csv module's default field limit of 128 KiB."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _csv_header(path: Path) -> list[str]:
    # surrogateescape: bytes that are not UTF-8 in the first rows are reported by row
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        return next(csv.reader(handle), [])
