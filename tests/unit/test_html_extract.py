"""extract_html on saved news pages: the article's facts, not the navigation's or the ads'."""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("trafilatura")
pytest.importorskip("htmldate")

import tradeie  # noqa: E402
from tradeie.html_extract import extract_html  # noqa: E402

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
# page -> publication date stated in its markup (the modified dates differ on purpose)
ARTICLES = {
    "cn-trade-2024.html": "2025-01-13",  # <meta property="article:published_time">
    "us-trade-deficit.html": "2024-03-07",  # JSON-LD datePublished
    "eu-inflation.html": "2023-11-30",  # <meta name="date">
}
# figures printed in the pages' ads, sidebars and teasers: never part of the story
BOILERPLATE_FIGURES = ("30 percent", "20 percent", "50 dollars", "0.8 percent", "199 dollars",
                       "6.1 percent", "3.9 percent")


class _Body(HTMLParser):
    """The <p> paragraphs inside the page's articleBody: what a reader calls the story."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.paragraphs: list[str] = []
        self._para: list[str] | None = None

    def handle_starttag(self, tag, attrs) -> None:
        if self.depth:  # (the fixture pages have no void elements inside their stories)
            self.depth += 1
            if tag == "p":
                self._para = []
        elif ("itemprop", "articleBody") in attrs:
            self.depth = 1

    def handle_endtag(self, tag) -> None:
        if not self.depth:
            return
        self.depth -= 1
        if tag == "p" and self._para is not None:
            self.paragraphs.append(" ".join("".join(self._para).split()))
            self._para = None

    def handle_data(self, data) -> None:
        if self._para is not None:
            self._para.append(data)


def story_text(html: str) -> str:
    parser = _Body()
    parser.feed(html)
    assert parser.paragraphs
    return "\n".join(parser.paragraphs)


def fact_rows(res) -> list[tuple]:
    rows = []
    for fact in res.facts:
        fig = res.entity(fact.figure)
        data = fact.to_dict()
        for key in ("figure", "source", "mention", "sentence", "equivalent_of"):
            data.pop(key, None)  # ids and offsets depend on the text around
        src = res.entity(fact.source)
        rows.append((fig.text, fig.get("value"), fig.get("unit"), src.text if src else None,
                     tuple(sorted(data.items()))))
    return rows


@pytest.mark.parametrize("page", sorted(ARTICLES))
def test_same_facts_as_extract_on_the_story(page):
    html = (PAGES / page).read_text(encoding="utf-8")
    res = extract_html(html)
    assert res.published == ARTICLES[page]
    story = story_text(html)
    assert " ".join(res.text.split()) == " ".join(story.split())
    expected = tradeie.extract(story, published=ARTICLES[page])
    assert res.facts and fact_rows(res) == fact_rows(expected)
    for ent in res.entities:  # offsets refer to the extracted text, which the result keeps
        assert res.text[ent.start:ent.end] == ent.text


def test_boilerplate_figures_are_left_out():
    for page in ARTICLES:
        res = extract_html((PAGES / page).read_bytes())  # bytes work too
        texts = {e.text for e in res.entities}
        assert not texts & set(BOILERPLATE_FIGURES), (page, texts & set(BOILERPLATE_FIGURES))


def test_cn_page_facts():
    res = extract_html((PAGES / "cn-trade-2024.html").read_text(encoding="utf-8"))
    by_text = {res.entity(f.figure).text: f for f in res.facts}
    assert by_text["25.45 trillion yuan"].metric == "trade.exports"
    assert by_text["25.45 trillion yuan"].period == "2024"
    assert by_text["7.1 percent"].role == "change"


def test_published_argument_overrides_the_page_date():
    html = (PAGES / "eu-inflation.html").read_text(encoding="utf-8")
    res = extract_html(html, published="2023-12-01")
    assert res.published == "2023-12-01"


def test_date_from_the_url_when_the_page_has_none():
    html = ("<html><body><article><p>Exports from the region rose 4.5 percent in April from "
            "a year earlier to 12.3 billion euros, the statistics office said.</p><p>Imports "
            "fell 2 percent over the same period.</p></article></body></html>")
    res = extract_html(html, url="https://news.example.com/2024/05/09/exports-rise.html")
    assert res.published == "2024-05-09"
    assert {f.metric for f in res.facts} >= {"trade.exports", "trade.imports"}


@pytest.mark.parametrize("html", [
    (PAGES / "about.html").read_text(encoding="utf-8"),
    "", "   ", "<html></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>",
])
def test_no_article_text_is_a_clear_value_error(html):
    with pytest.raises(ValueError, match="no article text found"):
        extract_html(html, url="https://example.com/about")


def test_bad_input_type():
    with pytest.raises(TypeError, match="str or bytes"):
        extract_html(None)  # type: ignore[arg-type]


def test_missing_extra_names_the_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r"tradeie\[html\]"):
        extract_html("<html><body><p>Exports rose 5 percent.</p></body></html>")
