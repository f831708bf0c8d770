"""Views of an extraction: displaCy span/arc views, notebook display, the HTML report."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy import displacy

import tradeie
from tradeie import render as render_fn
from tradeie.api import make_doc
from tradeie.render import (
    DISPLACY_COLORS,
    LABEL_COLORS,
    METRIC_COLOR,
    _Mark,
    _span_blocks,
    displacy_options,
    report_html,
    repr_html,
)
from tradeie.schema import Entity, Extraction, Fact

REPO = Path(__file__).resolve().parents[2]
ARTICLE = (REPO / "examples" / "china_trade_2024.txt").read_text(encoding="utf-8")
SHORT = ("Exports grew 7.1 percent year on year to 25.45 trillion yuan last year, while "
         "imports rose 2.3 percent to 18.39 trillion yuan, the General Administration of "
         "Customs said on Monday.")
HOSTILE = ("<script>alert('x')</script> Exports grew 7.1 percent to <b>$25 billion</b> in "
           "2024, <img src=x onerror=alert(1)> the Commerce Department said.\n\n"
           "Imports </div></svg><style>body{display:none}</style> fell 3 percent.")
# Everything the views themselves emit; an injected tag would show up outside this set.
ALLOWED_TAGS = {"div", "span", "a", "p", "table", "thead", "tbody", "tr", "th", "td", "style",
                "svg", "text", "tspan", "g", "path", "textpath", "figure"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


def tags_of(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    return parser


@pytest.fixture(scope="module")
def res() -> Extraction:
    return tradeie.extract(ARTICLE, published="2025-01-13")


@pytest.fixture(scope="module")
def short() -> Extraction:
    return tradeie.extract(SHORT, published="2025-01-13")


# -- colours ---------------------------------------------------------------------------


def test_every_label_has_a_distinct_colour():
    assert set(LABEL_COLORS) == {"MONEY", "PERCENT", "QUANTITY", "DATE", "AGENCY", "OFFICIAL",
                                 "METRIC"}
    assert len(set(LABEL_COLORS.values())) == len(LABEL_COLORS)
    assert DISPLACY_COLORS["TRADE.EXPORTS"] == METRIC_COLOR


def test_plain_displacy_takes_colours_explicitly(nlp):
    """displaCy's span style with ``displacy_options``: tradeie's colours, by label and for
    every metric id; nothing is registered globally, so spaCy's own labels keep theirs."""
    from spacy.util import registry

    doc = nlp(make_doc(nlp, SHORT, "2025-01-13"))
    figures = displacy.render(doc, style="span", options=displacy_options("tradeie_figures"))
    assert LABEL_COLORS["MONEY"] in figures and LABEL_COLORS["PERCENT"] in figures
    metrics = displacy.render(doc, style="span", options=displacy_options("tradeie_metrics"))
    assert METRIC_COLOR in metrics and "trade.exports" in metrics
    agencies = displacy.render(doc, style="span", options=displacy_options("tradeie_agencies"))
    assert LABEL_COLORS["AGENCY"] in agencies
    assert "tradeie" not in registry.displacy_colors.get_all()
    plain = displacy.render(doc, style="span", options={"spans_key": "tradeie_figures"})
    assert LABEL_COLORS["MONEY"] not in plain


def test_same_colours_in_every_view(res):
    views = [render_fn(res, jupyter=False), repr_html(res), report_html(res)]
    for label in ("MONEY", "PERCENT", "DATE", "AGENCY", "METRIC"):
        for markup in views:
            assert LABEL_COLORS[label] in markup, label


# -- entities view ----------------------------------------------------------------------


def test_entities_view_marks_every_entity(res):
    markup = render_fn(res, style="entities", jupyter=False)
    mentions = {tuple(f.extra["mention"]) for f in res.facts if "mention" in f.extra}
    labels = re.findall(r'white-space: nowrap">([^<\n]*)', markup)
    assert len(labels) == len(res.entities) + len(mentions)
    assert sorted(set(labels)) == sorted({e.label for e in res.entities}
                                         | {f.metric for f in res.facts if "mention" in f.extra})
    for ent in res.entities:
        if ent.label in ("MONEY", "PERCENT", "QUANTITY", "DATE", "AGENCY"):
            assert f'href="#tradeie-{ent.id}"' in markup  # the value beside the label
    # labels as displayed, values beside them, and linked metric mentions
    assert "25.45 tn CNY" in markup and "trade.exports" in markup
    assert markup.count('class="spans"') == len([p for p in ARTICLE.split("\n") if p.strip()])


def test_doc_and_extraction_render_the_same_entities(nlp, short):
    doc = nlp(make_doc(nlp, SHORT, "2025-01-13"))
    from_doc = render_fn(doc, jupyter=False)
    from_res = render_fn(short, jupyter=False)
    for ent in short.entities:
        if ent.label != "OFFICIAL":
            assert f'href="#tradeie-{ent.id}"' in from_doc
            assert f'href="#tradeie-{ent.id}"' in from_res


@st.composite
def marked_text(draw):
    words = draw(st.lists(st.text("ab$%.(", min_size=1, max_size=6), min_size=1, max_size=40))
    seps = draw(st.lists(st.sampled_from([" ", "", "\n", "  ", "\n\n"]),
                         min_size=len(words) - 1, max_size=len(words) - 1))
    text = words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=True))
    marks = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        piece = text[start:end]
        start, end = start + len(piece) - len(piece.lstrip()), end - (len(piece) -
                                                                       len(piece.rstrip()))
        if start < end:
            marks.append(_Mark(start, end, draw(st.sampled_from(["MONEY", "DATE"]))))
    return text, marks


@given(marked_text(), st.integers(1, 6))
def test_span_blocks_keep_every_mark_on_exactly_its_words(case, max_tokens):
    text, marks = case
    blocks = _span_blocks(text, marks, notes=False, max_tokens=max_tokens)  # splits paragraphs
    shown = []
    for block in blocks:
        for span in block["spans"]:
            shown.append("".join(block["tokens"][span["start_token"]:span["end_token"]]))
    wanted = ["".join(text[m.start:m.end].split()) for m in sorted(marks)]
    assert sorted(shown) == sorted(wanted)
    # no text lost or invented
    assert " ".join(t for b in blocks for t in b["tokens"]).split() == " ".join(
        _cut_words(text, marks)).split()


def _cut_words(text, marks):
    cuts = sorted({m.start for m in marks} | {m.end for m in marks} | {0, len(text)})
    return [w for a, b in zip(cuts, cuts[1:], strict=False) for w in text[a:b].split()]


# -- facts view -------------------------------------------------------------------------


def test_facts_view_draws_an_arc_from_each_figure_to_its_metric(res):
    markup = render_fn(res, style="facts", jupyter=False)
    with_mention = [f for f in res.facts if f.extra.get("mention")]
    assert with_mention, "the linker should record where each metric is mentioned"
    assert markup.count('class="displacy-arrow"') == len(with_mention)
    sentences = {tuple(f.extra["sentence"]) for f in res.facts}
    assert markup.count("<svg") == len(sentences) == 5  # one per sentence with facts
    assert "change ↑" in markup and "share" in markup and "trade.exports" in markup


def test_arrow_points_at_the_metric(short):
    markup = render_fn(short, style="facts", jupyter=False)
    words = re.findall(r'class="displacy-word"[^>]*x="([\d.]+)">([^<]*)<', markup)
    x = {w: float(pos) for pos, w in words}
    heads = re.findall(r'class="displacy-arrowhead" d="M([\d.]+),', markup)
    assert len(heads) == 4
    # every arrowhead sits near the metric word ("Exports" or "imports"), not a figure
    metrics = [x["Exports"], x["imports"]]
    for head in map(float, heads):
        assert min(abs(head - m) for m in metrics) < 60


def test_facts_view_finds_the_mention_without_the_mention_field(short):
    data = short.to_dict()
    for fact in data["facts"]:
        fact.pop("mention", None)
    old = Extraction.from_dict(data, text=SHORT)
    assert render_fn(old, style="facts", jupyter=False).count('class="displacy-arrow"') == 4


def test_facts_view_without_facts():
    empty = tradeie.extract("Nothing to see here.")
    assert "no facts" in render_fn(empty, style="facts", jupyter=False)


# -- escaping ---------------------------------------------------------------------------


def test_article_markup_is_escaped_in_every_view():
    res = tradeie.extract(HOSTILE, published="2025-01-13")
    assert res.facts
    for markup in (render_fn(res, jupyter=False), render_fn(res, "facts", jupyter=False),
                   repr_html(res), report_html(res, title="<script>t</script>")):
        parsed = tags_of(markup)
        assert set(parsed.tags) <= ALLOWED_TAGS | {"html", "head", "meta", "title", "body",
                                                   "header", "section", "h1", "h2", "footer"}
        assert not any(name.startswith("on") for name, _ in parsed.attrs)
        assert "&lt;script&gt;" in markup or "&lt;/div&gt;" in markup


def test_hostile_fields_from_json_are_escaped():
    text = "Exports rose 5 percent."
    res = Extraction(
        text=text, published="<i>2025</i>",
        entities=[Entity("e0", "PERCENT<img src=x>", "5 percent", 13, 22,
                         {"value": 5.0, "unit": "<b>u</b>"})],
        facts=[Fact("e0", "trade.exports<script>", "Exports", "change", "up",
                    period="<svg onload=x>", extra={"mention": [0, 7]})],
        checks=[{"check": "<script>", "figures": ["e0", "<b>"], "agrees": False,
                 "note": "<img src=y>"}],
    )
    for markup in (render_fn(res, jupyter=False), render_fn(res, "facts", jupyter=False),
                   repr_html(res), report_html(res)):
        parsed = tags_of(markup)
        assert not {"script", "img", "b", "i"} & set(parsed.tags), markup
        assert not any(name.startswith("on") for name, _ in parsed.attrs)


# -- display and report -----------------------------------------------------------------


def test_repr_html_shows_article_then_facts_table(res):
    markup = res._repr_html_()
    assert markup.index('class="spans"') < markup.index('class="tradeie-facts"')
    rows = re.findall(r"<tr id=\"tradeie-(e\d+)\"", markup)
    assert rows == [f.figure for f in res.facts]
    assert "tex2jax_ignore" in markup  # "$5 ... $3" must not become maths in notebooks
    assert "exports + imports = total" in markup


def test_render_in_jupyter_displays_and_returns_none(short, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    assert render_fn(short, style="facts", jupyter=True) is None
    assert len(shown) == 1 and "<svg" in shown[0].data


def test_bad_arguments(short):
    with pytest.raises(ValueError, match="style must be one of"):
        render_fn(short, style="dep")
    with pytest.raises(TypeError, match="Extraction or a spaCy Doc"):
        render_fn(SHORT)


def test_report_is_self_contained(res):
    page = report_html(res, title="china_trade_2024.txt")
    assert page.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    lowered = re.sub(r'xmlns(:\w+)?="[^"]*"', "", page.lower())  # namespaces are not fetched
    for external in ("<script", "<link", "@import", "url(", "src=", "http://", "https://"):
        assert external not in lowered, external
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs and all(h.startswith("#") for h in hrefs)
    for section in ("Article", "Facts", "Consistency checks", "Facts in context"):
        assert f"<h2>{section}</h2>" in page
    assert "✓ agrees" in page and "43.85 trillion yuan" in page


def test_error_and_empty_extractions_render():
    failed = Extraction(text="", error="tradeie_figures: <boom>")
    assert "&lt;boom&gt;" in render_fn(failed, jupyter=False)
    assert "empty text" in render_fn(Extraction(text="  "), jupyter=False)
    assert "No facts found" in repr_html(Extraction(text="plain words"))


def test_large_article_renders_in_bounded_time():
    unit = "Exports rose 5 percent to $3 billion in May, customs said. "
    text = unit * 4000  # 240k characters in one paragraph, 8000 figures
    entities, facts = [], []
    for i in range(4000):
        base = i * len(unit)
        entities.append(Entity(f"e{2 * i}", "PERCENT", "5 percent", base + 13, base + 22,
                               {"value": 5.0, "unit": "percent"}))
        entities.append(Entity(f"e{2 * i + 1}", "MONEY", "$3 billion", base + 26, base + 36,
                               {"value": 3e9, "unit": "USD"}))
        facts.append(Fact(f"e{2 * i}", "trade.exports", "Exports", "change", "up",
                          extra={"mention": [base, base + 7],
                                 "sentence": [base, base + len(unit) - 1]}))
    res = Extraction(text=text, entities=entities, facts=facts)
    started = time.perf_counter()
    markup = render_fn(res, jupyter=False)
    arcs = render_fn(res, "facts", jupyter=False)
    assert time.perf_counter() - started < 30
    assert markup.count('href="#tradeie-e') == 8000
    assert arcs.count('class="displacy-arrow"') == 4000


def test_cli_html_format_writes_the_report(tmp_path):
    from typer.testing import CliRunner

    from tradeie.cli import app

    path = tmp_path / "brief.txt"
    path.write_text(SHORT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2025-01-13",
                                      "--format", "html"])
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<title>brief.txt</title>" in page and "25.45 trillion yuan" in page
    assert page.count('<tr id="tradeie-') == 4
