"""Helpers shared by test files: the console script and its environment, notebooks, and
edits of rule data files. ``conftest.py`` puts this folder on ``sys.path`` (any import mode);
fixtures shared the same way (``models_copy``) live in ``conftest.py``."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ the console script


def console_script() -> list[str]:
    """The installed ``tradeie`` console script (next to this Python, else on PATH)."""
    here = Path(sys.executable).parent / ("tradeie.exe" if os.name == "nt" else "tradeie")
    found = str(here) if here.is_file() else shutil.which("tradeie")
    if found is None:
        pytest.skip("the tradeie console script is not installed")
    return [found]


def script_env(**extra: str) -> dict[str, str]:
    """The environment of a console-script subprocess: this checkout's code wins over
    whatever copy the script was installed from; no COLUMNS, so tables keep their width."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])])}
    env.pop("COLUMNS", None)
    env.update(extra)
    return env


# ------------------------------------------------------------------------- notebooks


def cells_by_tag(nb: Any) -> dict[str, Any]:
    return {tag: cell for cell in nb.cells for tag in cell.get("metadata", {}).get("tags", [])}


def check_stored_without_outputs(notebook: Path) -> None:
    """The notebook is valid and stored with no outputs and no execution counts."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def run_notebook(notebook: Path) -> Any:
    """The notebook executed top to bottom in its own folder; a failing cell raises
    CellExecutionError with its traceback."""
    import nbclient
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(notebook.parent)}})
    client.execute()
    return nb


# -------------------------------------------------------------------- rule data files


def edit_json(path: Path, change: Callable[[dict], object]) -> None:
    """Apply ``change`` to a JSON data file, written back one entry per line (so a broken
    entry has a line of its own, which an error must name)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def line_with(path: Path, marker: str, after: str | None = None) -> int:
    """1-based number of the first line of ``path`` that contains ``marker`` (after the first
    line containing ``after``, when given)."""
    lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    start = next(i for i, ln in enumerate(lines) if after in ln) if after else 0
    for n in range(start, len(lines)):
        if marker in lines[n]:
            return n + 1
    raise AssertionError(f"{marker!r} not in {path}")


def load_error(copy: Path, name: str, change: Callable[[dict], object],
               load: Callable[[], object]) -> str:
    """Break ``name`` in ``copy`` (a copy of models/) with ``change``, point tradeie at the
    copy and return the message of the DataFileError that ``load()`` raises."""
    from tradeie import resources
    from tradeie.resources import DataFileError

    edit_json(copy / name, change)
    resources.use_models_dir(copy)
    with pytest.raises(DataFileError) as info:
        load()
    return str(info.value)


# ----------------------------------------------------------------- generated period values


def period_strings(years: Any, months: tuple[int, int] = (0, 13), days: tuple[int, int] = (0, 32),
                   weeks: tuple[int, int] = (0, 54)) -> Any:
    """A hypothesis strategy of single period value strings of every shape ("2024",
    "2024-03", "2024-03-01", "2024-Q1", "2024-H2", "2024-W14"), years drawn from ``years``;
    the default ranges of months, days and weeks hold invalid ones too (month 13, day 0)."""
    from hypothesis import strategies as st

    return st.one_of(
        st.builds("{:04d}".format, years),
        st.builds("{:04d}-{:02d}".format, years, st.integers(*months)),
        st.builds("{:04d}-{:02d}-{:02d}".format, years, st.integers(*months),
                  st.integers(*days)),
        st.builds("{:04d}-Q{}".format, years, st.integers(1, 4)),
        st.builds("{:04d}-H{}".format, years, st.integers(1, 2)),
        st.builds("{:04d}-W{:02d}".format, years, st.integers(*weeks)),
    )


# ------------------------------------------------------- relation passages with fact specs


def fact_spec(spec: str) -> dict[str, Any]:
    """"trade.exports change direction=up partner=US product=crude_oil" -> the fields a
    passage's fact must have ("-" is None, "_" a space)."""
    metric, role, *rest = spec.split()
    want: dict[str, Any] = {"metric": metric, "role": role}
    for item in rest:
        key, value = item.split("=", 1)
        want[key] = None if value == "-" else value.replace("_", " ")
    return want


def fact_spec_params(cases: Any, xfail: dict[tuple[str, str], str]) -> list[Any]:
    """One pytest param (text, published, figure, spec) per figure of each (text, published,
    {figure: spec}) case; ``xfail`` maps (text start, figure) to a strict xfail's reason."""
    out = []
    for n, (text, published, expected) in enumerate(cases):
        for figure, spec in expected.items():
            reason = next((r for (start, fig), r in xfail.items()
                           if fig == figure and text.startswith(start)), None)
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            out.append(pytest.param(text, published, figure, spec, marks=marks,
                                    id=f"{n}-{figure}"))
    return out


def check_fact_spec(text: str, published: str, figure: str, spec: str, *,
                    product_as_scored: bool = False) -> None:
    """The fact of ``figure`` (the figure written so, else one containing it) has every field
    of ``spec``; with ``product_as_scored`` the product compares as the scorer compares it
    (case and spacing aside)."""
    import tradeie
    from tradeie.scoring.scorer import _norm

    res = tradeie.extract(text, published=published)
    got = [f for f in res.facts if res.entity(f.figure).text == figure] or \
        [f for f in res.facts if figure in res.entity(f.figure).text]
    assert got, f"no fact for {figure!r}"
    fact = got[0]
    for key, value in fact_spec(spec).items():
        have = getattr(fact, key)
        if key == "product" and product_as_scored:
            assert _norm(have) == _norm(value), (key, have, value)
        else:
            assert have == value, (key, have, value)


def check_fact_spec_with_source(text: str, published: str, figure: str, spec: str) -> None:
    """``check_fact_spec`` (the product as scored) with one more key, ``src=NAME``: the fact's
    source entity's canonical name (else its text) contains NAME (``src=-``: no source)."""
    import tradeie

    items = spec.split()
    src = [i.split("=", 1)[1] for i in items if i.startswith("src=")]
    check_fact_spec(text, published, figure, " ".join(i for i in items
                                                        if not i.startswith("src=")),
                    product_as_scored=True)
    if not src:
        return
    res = tradeie.extract(text, published=published)
    fact = ([f for f in res.facts if res.entity(f.figure).text == figure] or
            [f for f in res.facts if figure in res.entity(f.figure).text])[0]
    want = None if src[0] == "-" else src[0].replace("_", " ")
    have = None
    if fact.source is not None:
        ent = res.entity(fact.source)
        have = ent.attrs.get("name") or ent.text
    assert (have is None) == (want is None) and (want is None or want in have), \
        ("source", have, want)


def _interval(value: str | None) -> object:
    from tradeie.normalize.periods import period_bounds

    try:
        return period_bounds(value) if value else value
    except (ValueError, KeyError):
        return value


def check_fact_as_scored(text: str, published: str, figure: str, spec: str) -> None:
    """The fact of ``figure`` ("text#n": its n-th occurrence) has every field of ``spec``;
    periods compare as date intervals and the product as the scorer compares them,
    ``source`` as the cited AGENCY's canonical name."""
    import tradeie
    from tradeie.scoring.scorer import _norm

    surface, _, nth = figure.partition("#")
    res = tradeie.extract(text, published=published)
    got = [f for f in res.facts if surface in res.entity(f.figure).text]
    assert len(got) >= int(nth or 1), f"no fact for {figure!r}"
    fact = got[int(nth or 1) - 1]
    for key, value in fact_spec(spec).items():
        have = getattr(fact, key)
        if key == "source":
            have = res.entity(have).attrs.get("name") if have else None
        elif key == "period":
            have, value = _interval(have), _interval(value)
        elif key == "product":
            have, value = _norm(have), _norm(value)
        assert have == value, (key, have, value)


# ------------------------------------------------------- entity sentences with open cases


def open_case_params(cases: Any, open_cases: dict[str, str]) -> list[Any]:
    """One pytest param per entity case; a case whose text starts with a key of
    ``open_cases`` is a strict xfail with that reason."""
    out = []
    for case in cases:
        reason = next((why for start, why in open_cases.items() if case[2].startswith(start)),
                      None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(case, marks=marks, id=f"{case[0]}-{case[2][:40]}"))
    return out


def check_open_cases_exist(cases: Any, open_cases: dict[str, str]) -> None:
    """Every open case names the start of a case's text (a stale entry fails)."""
    texts = [c[2] for c in cases]
    for start in open_cases:
        assert any(t.startswith(start) for t in texts), start


# ------------------------------------------------------------ entity checks of genre stories

# The attribute a genre test names by its label when it gives one expected value.
ENTITY_KEY = {"DATE": "value", "AGENCY": "name", "MONEY": "unit", "OFFICIAL": "name",
              "QUANTITY": "unit"}


def check_entity_value(text: str, published: str, label: str, surface: str, want: str,
                       key: str | None = None) -> None:
    """An entity of ``label`` whose text contains ``surface`` (or is inside it) has ``want``
    in its attribute ``key`` (by default the label's in ``ENTITY_KEY``, compared
    case-insensitively as a substring); DATE values compare as date intervals, as the scorer
    compares them."""
    import tradeie

    ents = [e for e in tradeie.extract(text, published=published).entities
            if e.label == label and (surface in e.text or e.text in surface)]
    assert ents, f"missing {surface!r}"
    key = key or ENTITY_KEY[label]
    if label == "DATE":
        assert any(_interval(e.attrs.get("value") or "") == _interval(want) for e in ents), \
            [e.attrs.get(key) for e in ents]
        return
    assert any(want.lower() in str(e.attrs.get(key)).lower() for e in ents), \
        [e.attrs.get(key) for e in ents]


def check_entity_attrs(text: str, published: str, label: str, surface: str,
                       attrs: dict[str, Any], *, overlap: bool = False, which: int = 0,
                       rel: float = 0.0) -> None:
    """The ``which``-th entity of ``label`` spanning exactly ``surface`` (with ``overlap``:
    overlapping its first occurrence, as the scorer matches spans) has every attribute of
    ``attrs``; floats agree within ``rel`` of the expected value."""
    import tradeie

    res = tradeie.extract(text, published=published)
    if overlap:
        at = text.index(surface)
        got = [e for e in res.entities
               if e.label == label and e.start < at + len(surface) and at < e.end]
    else:
        got = [e for e in res.entities if e.label == label and e.text == surface]
    assert got, sorted((e.label, e.text) for e in res.entities)
    for key, want in attrs.items():
        have = got[which].attrs.get(key)
        if isinstance(want, float) and rel:
            assert have is not None and abs(have - want) <= abs(want) * rel, (key, have, want)
        else:
            assert have == want, (key, have, want)


def entity_case_params(cases: Any, xfail: dict[tuple[int, str], str]) -> list[Any]:
    """One pytest param per (story, label, surface, want) case; a case whose (story, surface)
    is a key of ``xfail`` is a strict xfail with that reason."""
    out = []
    for case in cases:
        reason = xfail.get((case[0], case[2]))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(*case, marks=marks, id=f"{case[0]}-{case[2]}"))
    return out
