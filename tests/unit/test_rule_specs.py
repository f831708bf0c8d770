"""The one validator of rule data (tradeie.resources specs): what each spec accepts, and that
every error names the file, the line and the key."""

from __future__ import annotations

import json
import re

import pytest

from tradeie import resources
from tradeie.resources import (
    WORDS,
    DataFileError,
    Int,
    List,
    Map,
    OneOf,
    Record,
    Text,
    validate,
)

SCHEMA = Record({
    "version": resources.VERSION,
    "words": List(Text(), nonempty=True),
    "table": Map(Int(1, 12), comments=False),
    "refs": List(Record({"phrase": Text(), "kind": OneOf(("a", "b"))}, own_lines=False,
                        anchor="phrase")),
    "section": Record({"inner": WORDS}),
}, optional=frozenset({"version"}))
GOOD = {"_doc": "a comment", "words": ["x"], "table": {"may": 5},
        "refs": [{"phrase": "the office", "kind": "a"}], "section": {"inner": []}}


@pytest.fixture
def probe(models_copy):
    """Write ``data`` as models/probe.json (one entry per line) and validate it."""
    path = models_copy / "probe.json"
    resources.use_models_dir(models_copy)

    def run(data: dict) -> str:
        path.write_text(json.dumps(data, indent=1), encoding="utf-8")
        with pytest.raises(DataFileError) as info:
            validate("probe.json", data, SCHEMA)
        return str(info.value)

    return path, run


def _line(path, needle: str) -> int:
    return next(n for n, ln in enumerate(path.read_text().splitlines(), 1) if needle in ln)


def test_good_data_passes(models_copy):
    (models_copy / "probe.json").write_text(json.dumps(GOOD), encoding="utf-8")
    resources.use_models_dir(models_copy)
    assert validate("probe.json", GOOD, SCHEMA) is GOOD


@pytest.mark.parametrize(("change", "needle", "named"), [
    (lambda d: d.__setitem__("words", []), '"words"', "words: expected a non-empty list"),
    (lambda d: d["words"].append(""), '""', "words: list item '' is not"),
    (lambda d: d["table"].__setitem__("june", 13), '"june"', "table.june: expected a whole"),
    (lambda d: d["table"].__setitem__("_x", "no comments here"), '"_x"', "table._x"),
    (lambda d: d["refs"][0].__setitem__("kind", "c"), '"the office"', "refs[0].kind"),
    (lambda d: d["section"].__setitem__("innr", []), '"innr"', "unknown key 'innr'"),
    (lambda d: d.__setitem__("_doc", 3), '"_doc"', "_doc: expected a string"),
    (lambda d: d.__setitem__("version", 0), '"version"', "version: expected a whole number"),
])
def test_errors_name_file_line_and_key(probe, change, needle, named):
    path, run = probe
    data = json.loads(json.dumps(GOOD))
    change(data)
    message = run(data)
    assert message.startswith(f"{path}: line {_line(path, needle)}: "), message
    assert named in message, message


def test_missing_key_is_named(probe):
    path, run = probe
    message = run({k: v for k, v in GOOD.items() if k != "table"})
    assert re.fullmatch(rf"{re.escape(str(path))}: top level: missing key\(s\) \['table'\]",
                        message), message


def test_a_jsonl_row_names_its_own_line(models_copy):
    resources.use_models_dir(models_copy)
    row = Record({"name": Text()}, extra_ok=True)
    with pytest.raises(DataFileError, match=r"agencies\.jsonl: line 7: name: expected"):
        validate("agencies.jsonl", {"name": "", "note": 1}, row, line=7)
