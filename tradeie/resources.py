"""Locate and read the rule data shipped in ``models/``.

In an installed wheel the data sits inside the package (``tradeie/models``, see
pyproject's force-include). In a source checkout installed in editable mode the
package directory has no copy, so we fall back to the checkout's ``models/`` that
sits beside the package: the same files, never a second copy to drift.

A complete copy of ``models/`` elsewhere can replace the shipped data: set the
environment variable ``TRADEIE_MODELS_DIR`` before the first extraction, or call
``use_models_dir(path)`` at any time (it clears every cache built from the old data).

Every reader turns a malformed file into a ``DataFileError`` that names the file and
the line; the ``check_*`` helpers let loaders validate entries the same way.
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

ENV_VAR = "TRADEIE_MODELS_DIR"
# What the environment said when tradeie was imported: use_models_dir(None) restores it.
_ENV_AT_IMPORT = os.environ.get(ENV_VAR)


class DataFileError(ValueError):
    """A rule data file is missing or malformed; the message names file and line."""


@cache
def models_dir() -> Path:
    chosen = os.environ.get(ENV_VAR)
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_dir():
            raise DataFileError(f"{ENV_VAR}={chosen!r} is not a directory")
        return path
    packaged = Path(str(resources.files("tradeie"))) / "models"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "models"
    if checkout.is_dir():
        return checkout
    raise DataFileError(
        "tradeie's rule data (models/) was not found inside the package; reinstall tradeie"
    )


def use_models_dir(path: str | os.PathLike[str] | None) -> Path:
    """Read rule data from ``path`` (a complete copy of ``models/``) from now on; ``None``
    goes back to the shipped data (or to ``$TRADEIE_MODELS_DIR`` as it was at import).

    Every cache built from data (file contents, finders, cue lists, the default pipeline of
    ``tradeie.load()``) is cleared, so the next call loads and validates the new files.
    Pipelines built before the switch keep the data they were built with. The choice is
    stored in the environment variable, so worker processes (``n_process``) inherit it.
    """
    if path is None:
        if _ENV_AT_IMPORT is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = _ENV_AT_IMPORT
    else:
        chosen = Path(path).expanduser().resolve()
        if not chosen.is_dir():
            raise DataFileError(f"use_models_dir: {str(path)!r} is not a directory")
        os.environ[ENV_VAR] = str(chosen)
    clear_caches()
    return models_dir()


def clear_caches() -> None:
    """Clear every ``functools`` cache defined in a loaded ``tradeie`` module."""
    for mod_name, module in list(sys.modules.items()):
        if module is None or not (mod_name == "tradeie" or mod_name.startswith("tradeie.")):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and \
                    getattr(value, "__module__", None) == mod_name:
                value.cache_clear()


@cache
def rule_files(folder: Path | None = None) -> dict[str, bytes]:
    """Every file of a rule data folder (default: the one in use) by relative path: what a
    saved pipeline's components write beside them, so it loads without this process's data."""
    root = models_dir() if folder is None else Path(folder)
    return {path.relative_to(root).as_posix(): path.read_bytes()
            for path in sorted(root.rglob("*")) if path.is_file()}


def write_rule_files(folder: Path, files: dict[str, bytes]) -> None:
    for name, content in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def data_path(name: str) -> Path:
    path = models_dir() / name
    if not path.is_file():
        raise DataFileError(f"rule data file {name!r} is missing from {models_dir()}")
    return path


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[:err.start].count(b"\n") + 1
        raise DataFileError(f"{path}: line {line}: not UTF-8 ({err.reason})") from None


@cache
def read_json(name: str) -> Any:
    """A JSON data file; its top level must be an object."""
    path = data_path(name)
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as err:
        raise DataFileError(f"{path}: line {err.lineno}: invalid JSON: {err.msg}") from None
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: line 1: expected a JSON object at the top level")
    return data


@cache
def read_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Rows of a JSONL file; blank lines and lines starting with ``#`` are skipped."""
    path = data_path(name)
    rows = []
    for lineno, line in enumerate(_read_text(path).splitlines(), 1):
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
        for line in _read_text(path).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def require(row: dict[str, Any], keys: tuple[str, ...], name: str) -> None:
    """Validate that a data row has the keys the loader needs (clear error at load)."""
    missing = [k for k in keys if k not in row]
    if missing:
        raise DataFileError(
            f"{data_path(name)}: line {row.get('_line', '?')}: missing field(s) {missing}"
        )


# ------------------------------------------------------------- validating JSON entries
# json keeps no line numbers, so an error finds its line by searching the file for the
# key (and for the offending item after it): exact for the one-entry-per-line layout of
# models/, and never worse than naming the key.


Key = str | tuple[str, ...]


def line_of(name: str, key: Key | None, item: Any = None) -> int | str:
    """The line of ``"key":`` in a JSON data file (a tuple is a path: each key searched after
    the previous one), or of ``item`` spelled as JSON at or after it; ``"?"`` if not found."""
    lines = _read_text(data_path(name)).splitlines()
    start = 0
    for part in (key,) if isinstance(key, str) else (key or ()):
        needle = json.dumps(part, ensure_ascii=False) + ":"
        found = next((i for i in range(start, len(lines)) if needle in lines[i]), None)
        if found is None:
            return "?"
        start = found
    if item is not None:
        spelled = {json.dumps(item, ensure_ascii=False), json.dumps(item)}
        hit = next((i for i in range(start, len(lines)) if any(s in lines[i] for s in spelled)),
                   None)
        if hit is not None:
            return hit + 1
    return start + 1 if key else "?"


def data_error(name: str, key: Key | None, why: str, item: Any = None) -> DataFileError:
    """An error naming the file, the line and the key of a bad JSON entry."""
    label = key if isinstance(key, str) else ".".join(key or ())
    where = f"{label}: " if label else ""
    return DataFileError(f"{data_path(name)}: line {line_of(name, key, item)}: {where}{why}")


def check_section(data: dict[str, Any], key: str, name: str, kind: type) -> Any:
    """``data[key]``, which must exist and be a ``kind`` (list or dict)."""
    if key not in data:
        raise DataFileError(f"{data_path(name)}: missing top-level key {key!r}")
    value = data[key]
    if not isinstance(value, kind):
        raise data_error(name, key, f"expected a JSON {'array' if kind is list else 'object'}")
    return value


def check_phrases(values: Any, name: str, key: Key) -> list[str]:
    """A list of non-empty strings (phrases that become regex alternatives: an empty one
    would match everywhere)."""
    if not isinstance(values, list):
        raise data_error(name, key, "expected a list of phrases")
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise data_error(name, key, f"{value!r} is not a non-empty string", value)
    return values
