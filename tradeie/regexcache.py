"""Compiled regular expressions kept on disk between processes, for a fast start.

Building the pipeline compiles about 500 regular expressions from the rule data, some of
them tens of thousands of characters long (cue and economy lists as prefix trees); that
took about 60 % of ``tradeie.load()`` (1.5-4 s), every process, every time. CPython
compiles a pattern in two pure-Python steps (parse, then code generation) and hands the
resulting list of integers to ``_sre.compile``, which validates it. Inside ``cached()`` that
list is read from a cache file when this interpreter has compiled the same pattern string
with the same flags before, so only ``_sre.compile`` runs: the Pattern object is the one
``re.compile`` would give (equal, same code), so matching is unchanged.

The cache file is per interpreter version and ``_sre`` magic number, under
``$TRADEIE_CACHE_DIR`` or ``$XDG_CACHE_HOME/tradeie`` (``~/.cache/tradeie``); it is
rewritten (atomically) with the patterns of the last build when that build compiled a new
one, so it never grows beyond one pipeline's patterns. ``TRADEIE_REGEX_CACHE=0`` turns it
off. Anything unexpected (another Python implementation, an unreadable or unwritable file,
a changed ``re`` internals) falls back to plain compiling: the cache only saves time.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile
import threading
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# SRE code words are 32-bit unsigned (_sre.CODESIZE 4); cache_file() checks it
_CODE_TYPE = "I"
_LOCK = threading.RLock()
_STATE: dict[str, Any] = {"depth": 0, "original": None, "ours": None, "table": {}, "used": {},
                          "new": 0}


def cache_file() -> Path | None:
    """Where this interpreter's compiled patterns are kept, or None when switched off."""
    if os.environ.get("TRADEIE_REGEX_CACHE", "1") in ("0", "", "false", "no"):
        return None
    try:
        import _sre
        magic = _sre.MAGIC
        if array(_CODE_TYPE).itemsize != _sre.CODESIZE:
            return None
    except (ImportError, AttributeError):
        return None
    base = os.environ.get("TRADEIE_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME")
        if not xdg:
            home = os.path.expanduser("~")
            if home == "~":  # no home directory known: nowhere to keep it
                return None
            xdg = os.path.join(home, ".cache")
        base = os.path.join(xdg, "tradeie")
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{magic}"
    return Path(base) / f"regex-{tag}.marshal"


def _read(path: Path) -> dict[tuple[str, int], tuple]:
    try:
        with open(path, "rb") as handle:
            table = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _write(path: Path, table: dict[tuple[str, int], tuple]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                marshal.dump(table, handle)
            os.replace(tmp, path)  # readers see the old file or the new one, never half
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # a read-only home or a full disk: the next start compiles again


def _compile(original: Any, pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` with the compiled code looked up or kept (str patterns)."""
    import _sre
    from re import _compiler, _parser

    if not isinstance(pattern, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return original(pattern, flags)
    key = (pattern, int(flags))
    try:
        return _cached_compile(_compiler, _parser, _sre, key)
    except Exception:  # noqa: BLE001 - a bad cache entry: compiled afresh and kept
        _STATE["table"].pop(key, None)
        _STATE["used"].pop(key, None)
    try:
        return _cached_compile(_compiler, _parser, _sre, key)
    except Exception:  # noqa: BLE001 - other re internals: plain compiling
        return original(pattern, flags)  # (an invalid pattern raises its re.error here)


def _cached_compile(_compiler: Any, _parser: Any, _sre: Any, key: tuple[str, int]) -> Any:
    pattern, flags = key
    entry = _STATE["table"].get(key)
    if entry is None:
        # what re._compiler.compile does, keeping its parts
        parsed = _parser.parse(pattern, flags)
        # the code words as bytes: marshal reads one object, not 900,000 ints
        code = array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                 tuple(indexgroup))
        _STATE["table"][key] = entry
        _STATE["new"] += 1
    _STATE["used"][key] = entry
    final_flags, code, groups, groupindex, indexgroup = entry
    words = array(_CODE_TYPE)
    words.frombytes(code)
    return _sre.compile(pattern, final_flags, words.tolist(), groups, groupindex, indexgroup)


@contextlib.contextmanager
def cached() -> Iterator[None]:
    """Patterns compiled inside the block (by ``re.compile`` and friends, in this process)
    come from the cache file when they are in it. Re-entrant; the file is written when the
    outermost block ends having compiled a new pattern."""
    path = cache_file()
    if path is None:
        yield
        return
    from re import _compiler

    with _LOCK:
        if _STATE["depth"] == 0:
            original = _compiler.compile

            def ours(p: Any, flags: int = 0) -> Any:
                return _compile(original, p, flags)

            _STATE.update(original=original, ours=ours, table=_read(path), used={}, new=0)
            _compiler.compile = ours
        _STATE["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _STATE["depth"] -= 1
            if _STATE["depth"] == 0:
                if _compiler.compile is _STATE["ours"]:  # else replaced since: theirs stays
                    _compiler.compile = _STATE["original"]
                if _STATE["new"]:
                    _write(path, _STATE["used"])
                _STATE.update(original=None, ours=None, table={}, used={}, new=0)
