"""The quick-start notebook runs top to bottom (so it never rots) and is stored without outputs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import cells_by_tag, check_stored_without_outputs, run_notebook

from tradeie.render import LABEL_COLORS

pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "quickstart.ipynb"


def _html(cell) -> str:
    return "".join(out.get("data", {}).get("text/html", "") for out in cell.outputs)


def test_notebook_is_stored_without_outputs():
    check_stored_without_outputs(NOTEBOOK)


@pytest.fixture(scope="module")
def executed():
    return run_notebook(NOTEBOOK)


def test_notebook_runs_and_shows_results(executed):
    cells = cells_by_tag(executed)
    for cell in executed.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for o in cells["extract"].outputs)
    assert re.search(r"\d+ entities, [1-9]\d* facts", printed), printed
    display = _html(cells["display"])  # Extraction._repr_html_
    assert 'class="spans"' in display and 'class="tradeie-facts"' in display
    assert "25.45 trillion yuan" in display
    assert "<svg" in _html(cells["render-facts"]) and "displacy-arrow" in _html(
        cells["render-facts"])
    assert "trade.exports" in _html(cells["dataframe"])
    assert "exports + imports = total" in "".join(o.get("text", "") for o in
                                                   cells["checks"].outputs)
    assert LABEL_COLORS["MONEY"] in _html(cells["displacy"])  # via displacy_options
    scores = _html(cells["evaluate"])
    assert "facts" in scores and "f1" in scores
