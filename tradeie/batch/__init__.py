"""Batch input and output: records from JSONL, CSV, Parquet or a folder of .txt and .html
files, and results to JSONL (one Extraction per record) or CSV / Parquet (one row per fact).

Everything streams: an archive larger than memory is read and written record by record.
pandas and pyarrow are optional extras, imported only by the formats that need them.

Layout (each module one job; imports only go down this list, no cycles):
``formats`` which file is which format, BatchError, Unreadable, written ids, optional extras;
``rows`` the flat fact table (COLUMNS, fact_rows, rows_frame, arrow_schema);
``readers`` read_records and count_records; ``progress`` the progress bar;
``pool`` extract_records, in this process or a pool of workers;
``writers`` the JSONL / CSV / Parquet writers, --resume (done_ids) and Parquet part files.
"""

from __future__ import annotations

from tradeie.batch.formats import (
    CSV_SUFFIXES,
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    BatchError,
    Unreadable,
    input_kind,
    output_kind,
    written_id,
)
from tradeie.batch.pool import cpu_count, extract_records
from tradeie.batch.progress import progress_bar
from tradeie.batch.readers import (
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    count_records,
    folder_ids,
    is_html,
    read_html,
    read_limited,
    read_records,
)
from tradeie.batch.rows import (
    COLUMN_NAMES,
    COLUMNS,
    FACT_FIELDS,
    arrow_schema,
    fact_rows,
    rows_frame,
)
from tradeie.batch.writers import (
    CsvWriter,
    JsonlWriter,
    ParquetWriter,
    Writer,
    done_ids,
    open_writer,
)

__all__ = [
    "COLUMNS", "COLUMN_NAMES", "CSV_SUFFIXES", "FACT_FIELDS", "HTML_SUFFIXES", "JSONL_SUFFIXES",
    "PARQUET_SUFFIXES", "TEXT_SUFFIXES", "BatchError", "CsvWriter", "JsonlWriter",
    "ParquetWriter", "Unreadable", "Writer", "arrow_schema", "count_records", "cpu_count",
    "done_ids", "extract_records", "fact_rows", "folder_ids", "input_kind", "is_html",
    "open_writer", "output_kind", "progress_bar", "read_html", "read_limited", "read_records",
    "rows_frame", "written_id",
]
