"""Locate and read the rule data shipped in ``models/``.

In an installed wheel the data sits inside the package (``tradeie/models``, see
pyproject's force-include). In a source checkout installed in editable mode the
package directory has no copy, so we fall back to the checkout's ``models/`` that
sits beside the package: the same files, never a second copy to drift.

A complete copy of ``models/`` elsewhere can replace the shipped data: set the
environment variable ``TRADEIE_MODELS_DIR`` before the first extraction, or call
``use_models_dir(path)`` at any time (it clears every cache built from the old data).

Every reader turns a malformed file into a ``DataFileError`` that names the file and
the line; every loader declares the shape of its file with the specs at the end of this
module (``Record``, ``Map``, ``List``, ``Text`` ...) and checks it with ``validate``, so
each bad entry is reported the same way, naming the file, the line and the key.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
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


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen.add(key)
    return dict(pairs)


@cache
def read_json(name: str) -> Any:
    """A JSON data file; its top level must be an object. A key written twice in one object
    is an error: JSON parsers keep the last value silently (two edits merged into one file
    can add the same key twice)."""
    path = data_path(name)
    text = _read_text(path)
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as err:
        raise DataFileError(f"{path}: line {err.lineno}: invalid JSON: {err.msg}") from None
    except _DuplicateKey as dup:
        key = dup.args[0]
        needle = json.dumps(key, ensure_ascii=False) + ":"
        hits = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
        line = hits[1] if len(hits) > 1 else "?"
        raise DataFileError(f"{path}: line {line}: {key}: the key is written twice in one "
                            f"object (only the last value would be kept)") from None
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


# ------------------------------------------------------------- validating rule data
# One validator for every rule file: a file's shape is declared as a tree of the small specs
# below (``Record`` of fields, ``Map`` of named entries, ``List`` of items, ``Text``, ``Int``,
# ``Num`` ...) and checked before anything reads it. A malformed entry is a DataFileError
# naming the file, the line and the key, never a TypeError later or (worse) a string where a
# list belongs, iterated letter by letter and silently accepted. A key named "comment" or
# starting with "_" is documentation and must be a string (the two spellings in models/).
#
# json keeps no line numbers, so an error finds its line by searching the file for the key
# path (and for the offending item after it): exact for the one-entry-per-line layout of
# models/, and never worse than naming the key. A JSONL row carries its own line.


Key = str | tuple[str, ...]
Loc = tuple[str, ...]  # the keys leading to an entry, as line_of searches them


def line_of(name: str, key: Key | None, item: Any = None) -> int | str:
    """The line of ``"key":`` in a JSON data file (a tuple is a path: each key searched after
    the previous one), or of ``item`` spelled as JSON at or after it; when a key of the path
    is not found, the line of the keys before it; ``"?"`` if none is found."""
    lines = _read_text(data_path(name)).splitlines()
    start, found_all = None, True
    for part in (key,) if isinstance(key, str) else (key or ()):
        needle = json.dumps(part, ensure_ascii=False) + ":"
        found = next((i for i in range(start or 0, len(lines)) if needle in lines[i]), None)
        if found is None:
            found_all = False
            break
        start = found
    if item is not None and found_all:
        spelled = {json.dumps(item, ensure_ascii=False), json.dumps(item)}
        hit = next((i for i in range(start or 0, len(lines))
                    if any(s in lines[i] for s in spelled)), None)
        if hit is not None:
            return hit + 1
    return "?" if start is None else start + 1


def data_error(name: str, key: Key | None, why: str, item: Any = None, *,
               label: str | None = None, line: int | str | None = None) -> DataFileError:
    """An error naming the file, the line (``line``, or that of ``key`` / ``item``) and the
    key (``label``, default the key path joined by dots) of a bad entry."""
    if label is None:
        label = key if isinstance(key, str) else ".".join(key or ())
    if line is None and (key or item is not None):
        line = line_of(name, key, item)
    where = f" line {line}:" if line is not None else ""
    return DataFileError(f"{data_path(name)}:{where} {label + ': ' if label else ''}{why}")


def json_type(value: Any) -> str:
    """How an error names a JSON value it did not expect."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the string {value!r}"
    return "an array" if isinstance(value, list) else "an object"


def is_comment(key: str) -> bool:
    return key == "comment" or key.startswith("_")


@dataclass(frozen=True)
class Source:
    """The file being checked, and the line of the JSONL row being checked (if one)."""

    name: str
    line: int | str | None = None
    anchor: Any = None  # an item of the entry being checked: its line is the entry's

    def error(self, loc: Loc, label: str, why: str, item: Any = None) -> DataFileError:
        if self.line is not None:
            return data_error(self.name, None, why, label=label, line=self.line)
        return data_error(self.name, loc, why, self.anchor if item is None else item,
                          label=label)


class Spec:
    """One node of a file's shape: ``check`` raises a DataFileError for a bad ``value``."""

    what = "valid"  # how an error names the expected value

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Num(Spec):
    """A finite number (JSON's parser also accepts NaN and Infinity), optionally > 0 or >= 0."""

    low: float | None = None
    strict: bool = True

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and \
            math.isfinite(value)
        if ok and self.low is not None:
            ok = value > self.low if self.strict else value >= self.low
        if not ok:
            bound = "" if self.low is None else f" {'>' if self.strict else '>='} {self.low:g}"
            raise src.error(loc, label, f"expected a number{bound}, got {json_type(value)}")


@dataclass(frozen=True)
class Int(Spec):
    """A whole number (not true/false), optionally within ``low``..``high``."""

    low: int | None = None
    high: int | None = None

    @property
    def what(self) -> str:  # type: ignore[override]
        if self.low is not None and self.high is not None:
            return f"a whole number {self.low}..{self.high}"
        return "a whole number" + (f" >= {self.low}" if self.low is not None else "")

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        if (isinstance(value, bool) or not isinstance(value, int)
                or self.low is not None and value < self.low
                or self.high is not None and value > self.high):
            raise src.error(loc, label, f"expected {self.what}, got {json_type(value)}")


@dataclass(frozen=True)
class Type(Spec):
    kind: type | tuple[type, ...]
    what: str = "valid"

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, self.kind) or (isinstance(value, bool) and self.kind is int):
            raise src.error(loc, label, f"expected {self.what}, got {json_type(value)}")


@dataclass(frozen=True)
class Text(Spec):
    """A non-empty string (an empty word would match everywhere), matching ``pattern`` and
    passing ``test`` when given."""

    pattern: str | None = None
    what: str = "a non-empty string"
    test: Callable[[str], Any] | None = None

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, str) or not value.strip() or (
                self.pattern is not None and not re.fullmatch(self.pattern, value)) or (
                self.test is not None and not self.test(value)):
            raise src.error(loc, label, f"expected {self.what}, got {json_type(value)}",
                            value if isinstance(value, str) and value.strip() else None)


@dataclass(frozen=True)
class OneOf(Spec):
    """One of a fixed set of values (``null`` among them if listed)."""

    choices: tuple[Any, ...]

    @property
    def what(self) -> str:  # type: ignore[override]
        return "one of " + ", ".join(json.dumps(c) for c in self.choices)

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        if isinstance(value, bool) != any(isinstance(c, bool) for c in self.choices) or \
                value not in self.choices:
            raise src.error(loc, label, f"expected {self.what}, got {json_type(value)}")


@dataclass(frozen=True)
class List(Spec):
    """A list of ``item``; ``nonempty``: at least one (a list that becomes a regex
    alternation). Items that are objects are checked as ``label[i]`` on the list's line."""

    item: Spec
    nonempty: bool = False

    @property
    def what(self) -> str:  # type: ignore[override]
        return f"a {'non-empty ' if self.nonempty else ''}list"

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, list) or self.nonempty and not value:
            raise src.error(loc, label, f"expected {self.what}, got {json_type(value)}")
        nested = isinstance(self.item, Record | Map | List)
        for i, item in enumerate(value):
            if nested:
                self.item.check(src, item, loc, f"{label}[{i}]")
                continue
            if isinstance(item, list | dict):
                raise src.error(loc, label, f"expected a flat list, got {json_type(item)}")
            try:
                self.item.check(src, item, loc, label)
            except DataFileError:  # name the line of the item, not of the list's key
                raise src.error(loc, label, f"list item {item!r} is not {self.item.what}",
                                item) from None


@dataclass(frozen=True)
class Tuple(Spec):
    """A fixed-length list such as [low, high]; ``rule`` checks the items together."""

    items: tuple[Spec, ...]
    what: str = "valid"
    rule: Callable[[list[Any]], bool] | None = None

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        try:
            if not isinstance(value, list) or len(value) != len(self.items):
                raise DataFileError
            for spec, item in zip(self.items, value, strict=True):
                spec.check(src, item, loc, label)
            if self.rule is not None and not self.rule(value):
                raise DataFileError
        except DataFileError:
            raise src.error(loc, label, f"expected {self.what}, got "
                            f"{json.dumps(value, ensure_ascii=False)}") from None


@dataclass(frozen=True)
class Map(Spec):
    """An object of named entries (names non-empty, and each a ``names`` if given), every
    value a ``value``. ``nonempty``: at least one entry. ``comments``: comment entries are
    allowed (the loader skips them with ``entries``)."""

    value: Spec
    nonempty: bool = False
    comments: bool = True
    names: Spec | None = None
    what: str = "an object"

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, dict) or self.nonempty and not value:
            raise src.error(loc, label, f"expected {'a non-empty ' if self.nonempty else 'an '}"
                            f"object, got {json_type(value)}")
        for key, entry in value.items():
            if not key.strip():
                raise src.error(loc, label, f"an empty name {key!r}", key)
            where = f"{label}.{key}" if label else key
            if self.comments and is_comment(key):
                COMMENT.check(src, entry, loc + (key,), where)
                continue
            if self.names is not None:
                try:
                    self.names.check(src, key, loc, where)
                except DataFileError:
                    raise src.error(loc + (key,), where,
                                    f"{key!r} is not {self.names.what}") from None
            self.value.check(src, entry, loc + (key,), where)


@dataclass(frozen=True)
class Record(Spec):
    """An object with these fields (and comments); unknown fields are errors, so a misspelt
    optional field is caught. ``own_lines``: each field is on a line of its own (a section
    of the file); otherwise an error names the line of the record, or with ``anchor`` the
    line of the record's ``anchor`` field (an entry of a list spread over lines)."""

    fields: dict[str, Spec]
    optional: frozenset[str] = frozenset()
    own_lines: bool = True
    anchor: str | None = None
    extra_ok: bool = False  # other keys are allowed (and left unchecked)
    rest: Spec | None = None  # other keys are allowed, each value a ``rest``
    what: str = "an object"

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        if not isinstance(value, dict):
            raise src.error(loc, label, f"expected an object, got {json_type(value)}")
        if self.anchor is not None and isinstance(value.get(self.anchor), str):
            src = replace(src, anchor=value[self.anchor])
        for key in value:  # first: a misspelt key is also a missing one
            if not is_comment(key) and key not in self.fields and not self.extra_ok \
                    and self.rest is None:
                raise src.error(loc + (key,) if self.own_lines else loc, label or key,
                                f"unknown key {key!r} (expected one of {sorted(self.fields)})")
        missing = [k for k in self.fields if k not in value and k not in self.optional]
        if missing:
            raise src.error(loc, label or "top level", f"missing key(s) {missing}")
        for key, entry in value.items():
            spec = COMMENT if is_comment(key) else self.fields.get(key, self.rest)
            if spec is not None:
                spec.check(src, entry, loc + (key,) if self.own_lines else loc,
                           f"{label}.{key}" if label else key)


@dataclass(frozen=True)
class Listed(Spec):
    """A list, or an object holding it under ``key`` beside a comment (both are in use)."""

    key: str
    items: List

    def check(self, src: Source, value: Any, loc: Loc, label: str) -> None:
        if isinstance(value, dict):
            Record({self.key: self.items}).check(src, value, loc, label)
        else:
            self.items.check(src, value, loc, label)


COMMENT = Type(str, "a string (a comment)")
WORDS = List(Text())  # a list of non-empty strings (phrases that become regex alternatives)
VERSION = Int(1)  # the "version" of a file: optional everywhere, read by nobody


def validate(name: str, data: Any, spec: Spec, line: int | str | None = None) -> Any:
    """Check ``data`` (read from ``models/name``; a JSONL row gives its ``line``) against
    ``spec``; raise a DataFileError naming file, line and key for the first bad entry."""
    spec.check(Source(name, line), data, (), "")
    return data


def entries(table: dict[str, Any]) -> dict[str, Any]:
    """A validated mapping without its comments."""
    return {k: v for k, v in table.items() if not is_comment(k)}


def check_section(data: dict[str, Any], key: str, name: str, kind: type) -> Any:
    """``data[key]``, which must exist and be a ``kind`` (list or dict)."""
    if key not in data:
        raise DataFileError(f"{data_path(name)}: missing top-level key {key!r}")
    spec = Type(kind, "a JSON array" if kind is list else "a JSON object")
    spec.check(Source(name), data[key], (key,), key)
    return data[key]


def check_phrases(values: Any, name: str, key: Key) -> list[str]:
    """A list of non-empty strings (phrases that become regex alternatives: an empty one
    would match everywhere)."""
    loc = (key,) if isinstance(key, str) else key
    WORDS.check(Source(name), values, loc, ".".join(loc))
    return values

