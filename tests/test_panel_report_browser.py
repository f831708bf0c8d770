"""`tradeie panel ... --report report.html` and `--plot OUT.html` opened in headless Chromium:
the pages render, show the statuses in their colours, and carry the key text. Skipped when no
browser is installed, unless TRADEIE_REQUIRE_BROWSER=1 (as the extract report's test)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

from test_html_report_browser import _chromium, _near, _png_pixels, _rgb  # noqa: E402
from test_panel_truth import generate  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from tradeie.cli import app  # noqa: E402
from tradeie.dataset.plot import STATUS_COLORS  # noqa: E402

WIDTH, HEIGHT = 1300, 2400


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("panel-report")
    articles = [a for a in generate()[0] if a["id"].startswith(("CN-", "DE-"))]
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    runner = CliRunner()
    got = runner.invoke(app, ["extract", "--input", str(source), "--output",
                              str(folder / "facts.jsonl")])
    assert got.exit_code == 0, got.output
    got = runner.invoke(app, ["panel", str(folder / "facts.jsonl"), "--report",
                              str(folder / "report.html"), "--plot", str(folder / "cn.html"),
                              "--reporter", "CN", "--metric", "trade.imports"])
    assert got.exit_code == 0, got.output
    return {"report": folder / "report.html", "plot": folder / "cn.html"}


def test_report_renders_the_statuses_in_colour(pages, tmp_path):
    shot = tmp_path / "report.png"
    proc = _chromium(tmp_path, f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}",
                     pages["report"].as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000, proc.stderr[-2000:]
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    counts = Counter(pixels)
    assert counts.most_common(1)[0][1] / len(pixels) < 0.97, "the page is (almost) blank"
    for status in ("agreed", "revised", "conflict"):  # chips, and the plot's markers
        target = _rgb(STATUS_COLORS[status])
        hits = sum(n for colour, n in counts.items() if _near(colour, target))
        assert hits > 100, (status, hits)


def test_report_dom_has_the_key_text(pages, tmp_path):
    dom = _chromium(tmp_path, "--dump-dom", pages["report"].as_uri()).stdout
    assert "<body" in dom
    for text in ("Summary", "Series", "Conflicts", "Revisions", "Cross-checks",
                 "exports + imports = total", "surplus = exports - imports",
                 "level and yoy change imply the earlier level", "✓ agrees", "<svg",
                 "trade.exports", "CN-2023-", "DE-2024-"):
        assert text in dom, text
    assert "No conflicts" not in dom and "No revisions" not in dom


def test_plot_page_renders_figure_and_sources(pages, tmp_path):
    dom = _chromium(tmp_path, "--dump-dom", pages["plot"].as_uri()).stdout
    assert "<svg" in dom and "CN trade.imports level" in dom
    assert 'class="revised"' in dom and "CN-2023-" in dom
