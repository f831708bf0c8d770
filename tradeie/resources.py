"""Locate and read the rule data shipped in ``models/``.

In an installed wheel the data sits inside the package (``tradeie/models``, see
pyproject's force-include). In a source checkout installed in editable mode the
package directory has no copy, so we fall back to the checkout's ``models/`` that
sits beside the package: the same files, never a second copy to drift.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


class DataFileError(ValueError):
    """A rule data file is missing or malformed; the message names file and line."""


@cache
def models_dir() -> Path:
    packaged = Path(str(resources.files("tradeie"))) / "models"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "models"
    if checkout.is_dir():
        return checkout
    raise DataFileError(
        "tradeie's rule data (models/) was not found inside the package; reinstall tradeie"
    )


def data_path(name: str) -> Path:
    path = models_dir() / name
    if not path.is_file():
        raise DataFileError(f"rule data file {name!r} is missing from {models_dir()}")
    return path


@cache
def read_json(name: str) -> Any:
    path = data_path(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise DataFileError(f"{path}: line {err.lineno}: invalid JSON: {err.msg}") from None


@cache
def read_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Rows of a JSONL file; blank lines and lines starting with ``#`` are skipped."""
    path = data_path(name)
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise DataFileError(f"{path}: line {lineno}: invalid JSON: {err.msg}") from None
        if not isinstance(row, dict):
            raise DataFileError(f"{path}: line {lineno}: expected a JSON object")
        row["_line"] = lineno
        rows.append(row)
    return tuple(rows)


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a text list; ``#`` starts a comment line."""
    path = data_path(name)
    return tuple(
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def require(row: dict[str, Any], keys: tuple[str, ...], name: str) -> None:
    """Validate that a data row has the keys the loader needs (clear error at load)."""
    missing = [k for k in keys if k not in row]
    if missing:
        raise DataFileError(
            f"{data_path(name)}: line {row.get('_line', '?')}: missing field(s) {missing}"
        )
