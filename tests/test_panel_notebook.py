"""examples/panel/panel.ipynb runs top to bottom on its bundled archive (so it never rots),
is stored without outputs, and shows a series, its sources, a conflict and a revision."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import cells_by_tag, check_stored_without_outputs, run_notebook

pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "panel" / "panel.ipynb"


def _shown(cell, kind: str = "text/html") -> str:
    return "".join(out.get("data", {}).get(kind, "") + out.get("text", "")
                   for out in cell.outputs)


def test_notebook_is_stored_without_outputs():
    check_stored_without_outputs(NOTEBOOK)


@pytest.fixture(scope="module")
def executed():
    return run_notebook(NOTEBOOK)


def test_notebook_shows_series_sources_and_conflicts(executed):
    cells = cells_by_tag(executed)
    for cell in executed.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.output_type == "error"]
    assert "24 articles" in _shown(cells["extract"])
    assert "agreed" in _shown(cells["panel"])
    series = _shown(cells["series"])
    assert "2024-10" in series and "conflict" in series and "309.1" in series
    assert "<svg" in _shown(cells["plot"], "image/svg+xml")
    sources = _shown(cells["sources"])
    assert "daily-2024-10" in sources and "390 billion" in sources
    assert "daily-2024-10" in _shown(cells["conflicts"])
    revisions = _shown(cells["revisions"])
    assert "2024-11" in revisions and "2.149" in revisions  # revised from $214.9 billion
    assert "False" in _shown(cells["checks"])
