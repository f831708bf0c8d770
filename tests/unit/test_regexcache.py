"""tradeie.regexcache: patterns read back from the cache file are the ones re.compile gives."""

from __future__ import annotations

import re

import pytest

from tradeie import regexcache

PATTERNS = [
    (r"(?<![\w-])(?:exports?|imports?)(?P<tail>\s+of\s+goods)?", 0),
    (r"(?i:trade\s+(?:surplus|deficit))|(?P<pct>\d+(?:\.\d+)?\s*%)", 0),
    (r"^\s*(?P<a>[A-Z][a-z]+)\s+(?P=a)$", re.MULTILINE),
    (r"caf\u00e9|\u20ac\s?\d+|[\u00A6\u00A9\u00AE]", re.IGNORECASE),
    (r"(a(?:b(?:c)?)?)+?x{2,5}", re.DOTALL | re.VERBOSE),
]
TEXTS = ["Exports of goods rose", "TRADE SURPLUS of 5.5 %", "Ab Ab\nCd Cd", "Café €12 ©",
         "abcabxxxx", ""]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADEIE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TRADEIE_REGEX_CACHE", raising=False)
    re.purge()  # re's own in-process cache would answer before ours
    yield tmp_path
    re.purge()


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()
    with regexcache.cached():
        return [re.compile(p, f) for p, f in PATTERNS]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # pattern, flags and compiled code
    assert (a.groups, a.groupindex, a.flags) == (b.groups, b.groupindex, b.flags)
    for text in TEXTS:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))


def test_written_then_read_back_identical(cache_dir):
    first = _compile_all()  # compiled, then written
    path = regexcache.cache_file()
    assert path is not None and path.parent == cache_dir and path.is_file()
    assert len(regexcache._read(path)) == len(PATTERNS)
    second = _compile_all()  # read back from the file
    re.purge()
    plain = [re.compile(p, f) for p, f in PATTERNS]
    for a, b, c in zip(first, second, plain, strict=True):
        _same(a, c)
        _same(b, c)


def test_broken_file_falls_back(cache_dir):
    _compile_all()
    path = regexcache.cache_file()
    path.write_bytes(b"not marshal data")
    for got, (p, f) in zip(_compile_all(), PATTERNS, strict=True):
        re.purge()
        _same(got, re.compile(p, f))


def test_bad_entry_falls_back(cache_dir):
    import marshal

    _compile_all()
    path = regexcache.cache_file()
    table = regexcache._read(path)
    table = {key: (flags, b"\x01\x02\x03\x04", *rest)
             for key, (flags, _code, *rest) in table.items()}  # code _sre refuses
    path.write_bytes(marshal.dumps(table))
    for got, (p, f) in zip(_compile_all(), PATTERNS, strict=True):
        re.purge()
        _same(got, re.compile(p, f))
    # the bad entries were compiled afresh and the file rewritten with good ones
    assert all(code != b"\x01\x02\x03\x04" for _f, code, *_ in regexcache._read(path).values())


def test_invalid_pattern_raises_as_usual(cache_dir):
    with regexcache.cached(), pytest.raises(re.error):
        re.compile(r"(?P<x>a")


def test_switched_off(cache_dir, monkeypatch):
    monkeypatch.setenv("TRADEIE_REGEX_CACHE", "0")
    assert regexcache.cache_file() is None
    _compile_all()
    assert not any(cache_dir.iterdir())


def test_restores_re_and_nests(cache_dir):
    from re import _compiler

    original = _compiler.compile
    with regexcache.cached():
        with regexcache.cached():
            re.compile(r"nested\d+")
        assert _compiler.compile is not original
    assert _compiler.compile is original


def test_no_home_no_cache(monkeypatch):
    for name in ("TRADEIE_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "USERPROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("os.path.expanduser", lambda path: path)
    assert regexcache.cache_file() is None
