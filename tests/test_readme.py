"""README.md runs: every ```python block is executed, so the README cannot drift from the code.

Blocks run in README order in one shared namespace, as a reader pastes them into one session
(a later block may use ``res`` from an earlier one). An HTML comment on the line before a
block changes how it runs:

- ``<!-- test: skip REASON -->``: not run (say why);
- ``requires=mod1,mod2``: skipped with the reason when an optional extra is missing;
- ``setup=NAME``: a prelude from ``SETUPS`` below first (a saved web page as ``page_html``,
  a small Parquet archive in ``archive/``, the example archive of ``examples/panel``);
- ``script``: run as a script of its own (``python block.py`` in a temporary folder), for
  code that starts processes which import the main module (Dask, multiprocessing);
- ``check=NAME``: afterwards, a check from ``CHECKS`` on what the block wrote.

Comment lines right after a statement that prints are the output it must print
(``# 7.1 percent ...``).
"""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
_MARK = re.compile(r"<!--\s*test:\s*(.*?)\s*-->\s*$")


@dataclass
class Block:
    line: int
    lang: str
    code: str
    skip: str | None = None
    script: bool = False
    requires: list[str] = field(default_factory=list)
    setup: list[str] = field(default_factory=list)
    check: list[str] = field(default_factory=list)


def blocks(text: str) -> list[Block]:
    found = []
    for m in _FENCE.finditer(text):
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        block = Block(text.count("\n", 0, m.start()) + 1, m.group(1), m.group(2))
        mark = _MARK.search(before)
        if mark:
            words = mark.group(1)
            if words.startswith("skip"):
                block.skip = words[4:].strip() or "marked skip"
            for word in words.split():
                key, _, value = word.partition("=")
                if key == "script":
                    block.script = True
                elif key == "requires":
                    block.requires = value.split(",")
                elif key == "setup":
                    block.setup = value.split(",")
                elif key == "check":
                    block.check = value.split(",")
        found.append(block)
    return found


README_TEXT = README.read_text(encoding="utf-8")
PYTHON = [b for b in blocks(README_TEXT) if b.lang == "python"]


def _page_html(folder: Path) -> str:
    return (REPO / "tests" / "fixtures" / "pages" / "cn-trade-2024.html").read_text(
        encoding="utf-8")


def _parquet_archive(folder: Path) -> None:
    import pandas as pd

    rows = [json.loads(line) for line in (REPO / "tests" / "fixtures" / "corpus.jsonl")
            .read_text(encoding="utf-8").splitlines()[:6]]
    (folder / "archive").mkdir()
    pd.DataFrame([{"id": r["id"], "text": r["text"], "published": r["published"]}
                  for r in rows]).to_parquet(folder / "archive" / "part-0.parquet")


def _panel_archive(folder: Path) -> None:
    """The bundled example archive where the README's relative path finds it."""
    target = folder / "examples" / "panel" / "archive.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes((REPO / "examples" / "panel" / "archive.jsonl").read_bytes())


SETUPS = {
    "page_html": lambda folder, ns: ns.update(page_html=_page_html(folder)),
    "parquet_archive": lambda folder, ns: _parquet_archive(folder),
    "panel_archive": lambda folder, ns: _panel_archive(folder),
}


def _facts_written(folder: Path) -> None:
    import pandas as pd

    facts = pd.read_parquet(folder / "facts")
    assert len(facts) and facts["metric"].notna().any()


CHECKS = {"facts_written": _facts_written}


def expected_output(code: str) -> str | None:
    """The ``# ...`` lines right after each top-level statement that prints, or None."""
    lines = code.splitlines()
    out: list[str] = []
    for node in ast.parse(code).body:
        prints = any(isinstance(n, ast.Call) and getattr(n.func, "id", None) == "print"
                     for n in ast.walk(node))
        if not prints:
            continue
        for line in lines[node.end_lineno:]:
            if not line.startswith("# "):
                break
            out.append(line[2:])
    return "\n".join(out) + "\n" if out else None


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> dict:
    """The namespace the blocks share, and the folder they run in."""
    return {"__name__": "__readme__", "_folder": tmp_path_factory.mktemp("readme")}


def test_the_readme_has_python_blocks():
    assert len(PYTHON) >= 5


@pytest.mark.parametrize("block", PYTHON, ids=[f"README.md:{b.line}" for b in PYTHON])
def test_python_block_runs(block: Block, session: dict, monkeypatch):
    if block.skip:
        pytest.skip(block.skip)
    for module in block.requires:
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"needs {module} (an optional extra)")
    folder: Path = session["_folder"]
    monkeypatch.chdir(folder)
    for name in block.setup:
        SETUPS[name](folder, session)
    if block.script:
        path = folder / f"readme_{block.line}.py"
        path.write_text(block.code, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])])}
        run = subprocess.run([sys.executable, path.name], cwd=folder, capture_output=True,
                             text=True, env=env, timeout=600)
        assert run.returncode == 0, f"README.md:{block.line}\n{run.stderr[-3000:]}"
        printed = run.stdout
    else:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            exec(compile(block.code, f"README.md:{block.line}", "exec"), session)
        printed = buffer.getvalue()
    want = expected_output(block.code)
    if want is not None:
        assert printed == want, f"README.md:{block.line} prints something else"
    for name in block.check:
        CHECKS[name](folder)


def test_dask_block_runs_as_a_script_and_checks_its_facts():
    dask = next((b for b in PYTHON if "extract_dataframe" in b.code), None)
    assert dask is not None and dask.script  # workers import the main module: a script
    assert 'if __name__ == "__main__":' in dask.code and "facts_written" in dask.check


def test_json_blocks_parse():
    for block in blocks(README_TEXT):
        if block.lang == "json":
            json.loads(block.code)


# --------------------------------------------------- what the README says about the output


def test_every_output_field_is_documented():
    from tradeie import batch, schema

    fields = {*schema.ENTITY_CORE_FIELDS, *schema.FACT_FIELDS, *schema.FACT_OPTIONAL_FIELDS,
              *schema.FACT_EXTRA_FIELDS, *batch.COLUMN_NAMES,
              "source_text", "period_start", "period_end", "schema", "checks"}
    for label in schema.ENTITY_LABELS:
        fields |= {*schema.ENTITY_FIELDS[label], *schema.ENTITY_EXTRA_FIELDS[label]}
    missing = sorted(f for f in fields if f"`{f}`" not in README_TEXT)
    assert not missing, f"README.md does not document {missing}"


def test_every_fact_row_column_is_in_the_readme_list():
    import tradeie

    pytest.importorskip("pandas")

    res = tradeie.extract("Exports grew 7.1 percent to 25.45 trillion yuan last year.",
                          published="2025-01-13")
    columns = set(res.to_dataframe().columns)
    missing = sorted(c for c in columns if f"`{c}`" not in README_TEXT)
    assert not missing, f"README.md does not document to_dataframe() columns {missing}"


def test_contract_and_changelog_are_linked():
    assert (REPO / "docs" / "contract.md").is_file() and "docs/contract.md" in README_TEXT
    assert (REPO / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog")


def test_benchmark_prints_measurements_not_internal_targets():
    source = (REPO / "bench" / "throughput.py").read_text(encoding="utf-8")
    assert "Targets of the issue" not in source and "TARGETS" not in source
