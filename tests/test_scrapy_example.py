"""The Scrapy example crawls saved pages from a local server and stores each article's facts.

Local and bounded: the pages are served on 127.0.0.1 (an ephemeral port) and the crawl runs
in a subprocess (Twisted's reactor cannot restart inside one test process).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest.importorskip("scrapy")
pytest.importorskip("trafilatura")

import tradeie  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / "tests" / "fixtures" / "pages"
RUN = REPO / "examples" / "scrapy_pipeline" / "run.py"
ARTICLES = {"cn-trade-2024.html": "2025-01-13", "us-trade-deficit.html": "2024-03-07",
            "eu-inflation.html": "2023-11-30"}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 partial(_QuietHandler, directory=str(PAGES)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def crawl(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("crawl") / "articles.jsonl"
    proc = subprocess.run([sys.executable, str(RUN), f"{site}/index.html", str(out)],
                          capture_output=True, text=True, timeout=300, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return items, proc.stderr


def _rows(facts):
    return sorted((f["figure_text"], f["metric"], f["role"], f["period"], f["value"])
                  for f in facts)


def test_every_article_is_scraped_with_its_facts(crawl, site):
    items, _ = crawl
    by_page = {item["url"].rsplit("/", 1)[1]: item for item in items}
    assert set(by_page) == set(ARTICLES)
    for page, published in ARTICLES.items():
        item = by_page[page]
        assert item["published"] == published
        assert "html" not in item  # dropped once processed
        assert item["tradeie"]["schema"] == "tradeie/1"
        direct = tradeie.extract_html((PAGES / page).read_text(encoding="utf-8"))
        assert item["text"] == direct.text
        expected = [dict(figure_text=direct.entity(f.figure).text,
                         value=direct.entity(f.figure).get("value"), **f.to_dict())
                    for f in direct.facts]
        assert item["facts"] and _rows(item["facts"]) == _rows(expected)
        for fact in item["facts"]:  # the flat rows agree with the full result
            ent = next(e for e in item["tradeie"]["entities"] if e["id"] == fact["figure"])
            assert item["text"][ent["start"]:ent["end"]] == fact["figure_text"]


def test_known_facts_of_the_china_page(crawl):
    items, _ = crawl
    item = next(i for i in items if i["url"].endswith("cn-trade-2024.html"))
    exports = [f for f in item["facts"] if f["figure_text"] == "25.45 trillion yuan"]
    assert len(exports) == 1
    assert exports[0]["metric"] == "trade.exports" and exports[0]["period"] == "2024"
    assert exports[0]["value"] == pytest.approx(2.545e13) and exports[0]["unit"] == "CNY"
    # boilerplate numbers of the page (ad, sidebar) are not facts
    assert not {"30 percent", "20 percent"} & {f["figure_text"] for f in item["facts"]}


def test_pipeline_loads_once_and_drops_pages_without_articles(crawl):
    _, log = crawl
    assert log.count("tradeie pipeline loaded") == 1
    assert "about.html: no article text found" in log or (
        "no article text found in the page at" in log and "about.html" in log)
    assert "Traceback" not in log
