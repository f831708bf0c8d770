"""Pictures of an extraction: displaCy views of entities and facts, notebook display, and a
self-contained HTML report.

Colours are defined here once (``LABEL_COLORS``) and used by every view: the displaCy span
view, the facts table and the report's legend. Plain displaCy calls get them when passed
explicitly::

    displacy.render(doc, style="span", options=displacy_options("tradeie_figures"))

They are not registered in spaCy's ``displacy_colors`` registry: that is global for the
process, and would recolour spaCy's own MONEY, PERCENT, QUANTITY and DATE labels in every
other pipeline. spaCy itself is imported only when a view is drawn.

``tradeie.render`` is the function; import the rest from the module:
``from tradeie.render import LABEL_COLORS, displacy_options, report_html``.

Every piece of article text is escaped: displaCy escapes token text itself, and this module
escapes what displaCy does not (labels, tags, arc labels, table cells).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from tradeie.schema import FIGURE_LABELS, METRICS, SCHEMA, Entity, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

# -- colours: the one definition ---------------------------------------------------------

LABEL_COLORS: dict[str, str] = {
    "MONEY": "#ffd166",
    "PERCENT": "#f7a8c4",
    "QUANTITY": "#c7b5ea",
    "DATE": "#9fdccb",
    "AGENCY": "#93c8f4",
    "OFFICIAL": "#bde39a",
    "METRIC": "#d8d8d8",  # every metric mention, whatever its metric id
}
METRIC_COLOR = LABEL_COLORS["METRIC"]
# displaCy looks colours up by the upper-cased span label; metric mentions carry their
# metric id ("trade.exports") as label in doc.spans["tradeie_metrics"].
DISPLACY_COLORS: dict[str, str] = {
    **LABEL_COLORS, **{metric.upper(): METRIC_COLOR for metric in METRICS}
}
DEFAULT_COLOR = "#dddddd"

STYLES = ("entities", "facts")


# displaCy's span-start template, with labels kept on one line (its own wraps to the width
# of the first token, and the label then covers the next line of text).
_SPAN_START = """
<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; \
border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">
<span style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; \
position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; \
white-space: nowrap">{label}{kb_link}</span>
</span>
"""


def displacy_options(spans_key: str | None = None, **extra: Any) -> dict[str, Any]:
    """displaCy options carrying tradeie's colours (and the span group to show)."""
    options: dict[str, Any] = {"colors": dict(DISPLACY_COLORS), **extra}
    if spans_key is not None:
        options["spans_key"] = spans_key
    return options


def color(label: str) -> str:
    return DISPLACY_COLORS.get(label.upper(), DEFAULT_COLOR)


# -- what a view shows, from an Extraction or a Doc ---------------------------------------


@dataclass(frozen=True, order=True, slots=True)
class _Mark:
    start: int
    end: int
    label: str
    note: str = ""  # short normalised value shown beside the label
    ref: str = ""  # entity id, for links to the facts table


@dataclass(frozen=True, slots=True)
class _Link:
    figure: _Mark
    mention: tuple[int, int] | None
    metric: str
    label: str  # the arc label: role and direction
    sentence: tuple[int, int]


@dataclass
class _View:
    res: Extraction
    entities: list[_Mark]
    mentions: list[_Mark]
    links: list[_Link]


_WORD = re.compile(r"\S+")
_NEWLINE = re.compile("\n")
_ARROWS = {"up": " ↑", "down": " ↓", "flat": " →"}
_MAX_TOKENS = 250  # per displaCy span block: its per-token loop is tokens x spans


def _offsets(value: Any, limit: int) -> tuple[int, int] | None:
    """A [start, end] pair that really lies in the text, else None (data may be hand-made)."""
    if isinstance(value, list | tuple) and len(value) == 2 and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value):
        start, end = value
        if 0 <= start < end <= limit:
            return start, end
    return None


def _number(value: float) -> str:
    magnitude = abs(value)
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn")):
        if magnitude >= scale:
            return f"{value / scale:.4g} {word}"
    return f"{value:,.4g}" if magnitude >= 1e4 else f"{value:.4g}"


def value_text(ent: Entity | None) -> str:
    """A figure's normalised value as a reader would write it: '25.45 tn CNY', '7.1 %'."""
    if ent is None or ent.label not in FIGURE_LABELS:
        return ""
    value, unit = ent.get("value"), ent.get("unit") or ""
    if not isinstance(value, int | float):
        return ""
    text = _number(value)
    high = ent.get("value_max")
    if isinstance(high, int | float):
        text += f"–{_number(high)}"
    unit = {"percent": "%", "percentage_point": "pp"}.get(unit, unit)
    prefix = {"approx": "~", "min": "≥", "max": "≤"}.get(ent.get("qualifier") or "", "")
    return f"{prefix}{text} {unit}".strip()


def _note(ent: Entity) -> str:
    if ent.label == "QUANTITY":  # its unit is in the text already
        return value_text(ent).removesuffix(str(ent.get("unit") or "")).strip()
    if ent.label in FIGURE_LABELS:
        return value_text(ent)
    if ent.label == "DATE":
        return str(ent.get("value") or "")
    if ent.label == "AGENCY":
        return str(ent.get("country") or "")
    return str(ent.get("title") or "")  # OFFICIAL


def _paragraph_of(text: str, pos: int) -> tuple[int, int]:
    """The line holding text[pos]."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end == -1 else end


def _find_mention(text: str, words: str | None, window: tuple[int, int],
                  fig: _Mark, known: list[_Mark]) -> tuple[int, int] | None:
    """Where a fact's metric_text sits when the fact does not say: a known metric mention
    with that text, else the literal text, nearest before the figure, else after it."""
    if not words:
        return None
    found = [(m.start, m.end) for m in known
             if text[m.start:m.end] == words and window[0] <= m.start < window[1]]
    if not found:
        pos = text.find(words, window[0], window[1])
        while pos != -1 and len(found) < 100:
            found.append((pos, pos + len(words)))
            pos = text.find(words, pos + 1, window[1])
    found = [f for f in found if f[1] <= fig.start or f[0] >= fig.end]  # not inside it
    before = [f for f in found if f[1] <= fig.start]
    if before:
        return before[-1]
    return min(found, default=None)


def _view(obj: Extraction | Doc) -> _View:
    sentences: list[tuple[int, int]] = []
    doc_mentions: list[_Mark] = []
    from spacy.tokens import Doc  # spaCy is loaded by then when obj is a Doc

    if isinstance(obj, Doc):
        from tradeie.convert import doc_to_extraction
        from tradeie.extensions import METRICS as METRIC_GROUP
        from tradeie.extensions import span_bounds

        res = doc_to_extraction(obj)
        for span in obj.spans.get(METRIC_GROUP, []):
            start, end = span_bounds(span)
            doc_mentions.append(_Mark(start, end, span.label_ or "METRIC"))
        if obj.has_annotation("SENT_START"):
            sentences = [(s.start_char, s.end_char) for s in obj.sents]
    elif isinstance(obj, Extraction):
        res = obj
    else:
        raise TypeError(
            f"render() takes a tradeie Extraction or a spaCy Doc, not {type(obj).__name__}")
    text = res.text
    entities = []
    for ent in res.entities:
        bounds = _offsets([ent.start, ent.end], len(text))
        if bounds is not None:
            entities.append(_Mark(*bounds, ent.label, _note(ent), ent.id))
    by_id = {m.ref: m for m in entities}
    sent_starts = [s[0] for s in sentences]
    links, mentions = [], {}
    for fact in res.facts:
        fig = by_id.get(fact.figure)
        if fig is None:
            continue
        sentence = _offsets(fact.extra.get("sentence"), len(text))
        if sentence is None and sentences:
            sentence = sentences[max(bisect_right(sent_starts, fig.start) - 1, 0)]
        if sentence is None:
            sentence = _paragraph_of(text, fig.start)
        mention = _offsets(fact.extra.get("mention"), len(text))
        if mention is None:
            mention = _find_mention(text, fact.metric_text, sentence, fig, doc_mentions)
        if mention is not None and mention[0] < fig.end and fig.start < mention[1]:
            mention = None  # a count is its own metric ("16 measures"): no arc to draw
        if mention is not None:
            mentions.setdefault(mention, _Mark(*mention, fact.metric))
        label = fact.role + (_ARROWS.get(fact.direction or "", "")
                             if fact.role == "change" else "")
        links.append(_Link(fig, mention, fact.metric, label, sentence))
    all_mentions = sorted(set(doc_mentions) | set(mentions.values()))
    return _View(res, entities, all_mentions, links)


# -- entities: displaCy's span style, one block per paragraph ------------------------------


def _paragraphs(text: str, marks: list[_Mark]) -> list[tuple[int, int]]:
    """Line ranges of the text, joined where a mark crosses a line break."""
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    crossed: set[int] = set()
    for mark in marks:
        crossed.update(breaks[bisect_right(breaks, mark.start):bisect_left(breaks, mark.end)])
    out, start = [], 0
    for pos in breaks:
        if pos in crossed:
            continue
        if text[start:pos].strip():
            out.append((start, pos))
        start = pos + 1
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _tokens(text: str, lo: int, hi: int, cuts: list[int]) -> list[tuple[int, int]]:
    """Whitespace-separated words of text[lo:hi], also cut at mark boundaries."""
    tokens = []
    for word in _WORD.finditer(text, lo, hi):
        start = word.start()
        for cut in cuts[bisect_right(cuts, word.start()):bisect_left(cuts, word.end())]:
            tokens.append((start, cut))
            start = cut
        tokens.append((start, word.end()))
    return tokens


def _span_blocks(text: str, marks: list[_Mark], notes: bool,
                 max_tokens: int = _MAX_TOKENS) -> list[dict[str, Any]]:
    blocks = []
    marks = sorted(marks)
    starts = [m.start for m in marks]
    for lo, hi in _paragraphs(text, marks):
        inside = marks[bisect_left(starts, lo):bisect_left(starts, hi)]
        cuts = sorted({m.start for m in inside} | {m.end for m in inside})
        tokens = _tokens(text, lo, hi, cuts)
        # Split very long paragraphs between tokens that no mark covers.
        covered = [False] * len(tokens)
        tok_starts = [t[0] for t in tokens]
        spans = []
        for mark in inside:
            first = bisect_left(tok_starts, mark.start)
            last = bisect_left(tok_starts, mark.end)
            if first >= last:
                continue
            for i in range(first, last - 1):
                covered[i] = True  # no split after token i
            spans.append((first, last, mark))
        firsts = [s[0] for s in spans]  # sorted: marks are
        chunk_start = 0
        for i in range(len(tokens)):
            if i + 1 == len(tokens) or (i + 1 - chunk_start >= max_tokens and not covered[i]):
                chunk = spans[bisect_left(firsts, chunk_start):bisect_left(firsts, i + 1)]
                blocks.append(_span_block(text, tokens, chunk, chunk_start, i + 1, notes))
                chunk_start = i + 1
    return blocks


def _span_block(text, tokens, spans, lo, hi, notes) -> dict[str, Any]:
    block_spans = []
    for first, last, mark in spans:
        if lo <= first and last <= hi:  # always, as chunks never cut a mark
            label = escape(mark.label)
            block_spans.append({
                "start_token": first - lo, "end_token": last - lo, "label": label,
                "kb_id": escape(mark.note) if notes and mark.note else "",
                "kb_url": f"#tradeie-{escape(mark.ref)}" if mark.ref else "#",
            })
    return {
        "text": text[tokens[lo][0]:tokens[hi - 1][1]],
        "tokens": [text[s:e] for s, e in tokens[lo:hi]],
        "spans": block_spans,
        "settings": {"lang": "en", "direction": "ltr"},
    }


def entities_html(obj: Extraction | Doc, *, mentions: bool = True, notes: bool = True) -> str:
    """The article with entities (and metric mentions) underlined by label, per paragraph."""
    view = obj if isinstance(obj, _View) else _view(obj)
    text = view.res.text
    if view.res.error:
        return f'<p class="tradeie-error">error: {escape(view.res.error)}</p>'
    if not text.strip():
        return '<p class="tradeie-empty">(empty text)</p>'
    marks = view.entities + (view.mentions if mentions else [])
    blocks = _span_blocks(text, marks, notes)
    from spacy import displacy
    from spacy.displacy.templates import TPL_SPAN, TPL_SPAN_SLICE

    template = {"span": TPL_SPAN, "slice": TPL_SPAN_SLICE, "start": _SPAN_START}
    markup = displacy.render(blocks, style="span", manual=True, jupyter=False,
                             options=displacy_options(template=template))
    return f'<div class="tradeie-entities">{markup}</div>'


# -- facts: arcs from each figure to its metric mention (displaCy's dep style) -------------


def _fact_blocks(view: _View) -> list[tuple[int, int, list[_Link]]]:
    text = view.res.text
    ranges = []
    for link in view.links:
        fig, men = link.figure, link.mention
        lo, hi = min(fig.start, men[0] if men else fig.start), max(fig.end, men[1] if men else 0)
        # the sentence, trimmed to the lines that hold the figure and its mention
        start = max(min(link.sentence[0], lo), _paragraph_of(text, lo)[0])
        end = min(max(link.sentence[1], hi), _paragraph_of(text, max(hi - 1, lo))[1])
        ranges.append((start, end, link))
    ranges.sort(key=lambda r: (r[0], r[1]))
    blocks: list[tuple[int, int, list[_Link]]] = []
    for start, end, link in ranges:
        if blocks and start < blocks[-1][1]:
            prev = blocks[-1]
            blocks[-1] = (prev[0], max(prev[1], end), [*prev[2], link])
        else:
            blocks.append((start, end, [link]))
    return blocks


def _gap(text: str, lo: int, hi: int, keep: str = "both", width: int = 22) -> list[str]:
    """The plain words between two marked units as one short word: displaCy spaces all words
    equally, so a long gap would push the arcs apart. Long gaps keep their ends ("both"),
    or only the words next to the unit that follows ("end") or precedes ("start")."""
    words = " ".join(_WORD.findall(text, lo, hi))
    if len(words) <= width:
        return [words] if words else []
    if keep == "end":
        return ["…" + words[-(width - 1):].lstrip()]
    if keep == "start":
        return [words[:width - 1].rstrip() + "…"]
    half = (width - 1) // 2
    return [words[:half].rstrip() + "…" + words[-half:].lstrip()]


def _short(words: str, limit: int = 30) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[:limit - 1] + "…"


def _dep_block(view: _View, lo: int, hi: int, links: list[_Link]) -> tuple[dict, int]:
    text = view.res.text
    units: list[tuple[int, int, str]] = []  # start, end, tag

    def free(start: int, end: int) -> bool:
        return all(end <= s or e <= start for s, e, _ in units)

    for link in links:
        tag = link.figure.label if link.mention else f"{link.figure.label} → {link.metric}"
        if free(link.figure.start, link.figure.end):
            units.append((link.figure.start, link.figure.end, tag))
    for link in links:
        men = link.mention
        if men and free(*men):
            units.append((men[0], men[1], link.metric))
    for mark in view.entities:  # dates give the period; other entities would only widen it
        if (mark.label == "DATE" and lo <= mark.start and mark.end <= hi
                and free(mark.start, mark.end)):
            units.append((mark.start, mark.end, mark.label))
    units.sort()
    words: list[dict[str, str]] = []
    index: dict[int, int] = {}  # unit start -> word index
    pos = lo
    for start, end, tag in units:
        keep = "end" if pos == lo else "both"
        words.extend({"text": w, "tag": ""} for w in _gap(text, pos, start, keep))
        index[start] = len(words)
        words.append({"text": _short(text[start:end]), "tag": escape(tag)})
        pos = end
    words.extend({"text": w, "tag": ""} for w in _gap(text, pos, hi, "start"))
    arcs = []
    for link in links:
        if link.mention is None:
            continue
        fig, men = index.get(link.figure.start), index.get(link.mention[0])
        if fig is None or men is None or fig == men:
            continue
        arcs.append({"start": min(fig, men), "end": max(fig, men), "label": escape(link.label),
                     "dir": "right" if men > fig else "left"})  # the arrow points at the metric
    longest = max((len(w["text"]) for w in words), default=10)
    distance = max(80, min(220, int(7 * longest) + 20))  # px; about 7 px a character
    return {"words": words, "arcs": arcs, "settings": {"lang": "en", "direction": "ltr"}}, distance


def facts_html(obj: Extraction | Doc) -> str:
    """One arc diagram per sentence that holds facts: figure -> its metric mention."""
    view = obj if isinstance(obj, _View) else _view(obj)
    if view.res.error:
        return f'<p class="tradeie-error">error: {escape(view.res.error)}</p>'
    from spacy import displacy

    parts = []
    for lo, hi, links in _fact_blocks(view):
        parsed, distance = _dep_block(view, lo, hi, links)
        svg = displacy.render(parsed, style="dep", manual=True, jupyter=False,
                              options={"distance": distance, "offset_x": distance // 2 + 10,
                                       "word_spacing": 30,
                                       # displaCy writes this into the SVG's inline style
                                       "font": "system-ui, sans-serif; font-size: 13px"})
        parts.append(f'<div class="tradeie-sentence" style="overflow-x: auto">{svg}</div>')
    if not parts:
        return '<p class="tradeie-empty">(no facts)</p>'
    return '<div class="tradeie-facts-arcs">' + "".join(parts) + "</div>"


# -- tables --------------------------------------------------------------------------------

_CSS = """
.tradeie-view .tradeie-scroll{overflow-x:auto;margin:0.5em 0 1.5em 0}
.tradeie-view table{border-collapse:collapse;font-size:12.5px}
.tradeie-view th,.tradeie-view td{border:1px solid #d0d0d0;padding:3px 6px;text-align:left;
vertical-align:top}
.tradeie-view th{background:#f3f3f3}
.tradeie-view .chip{border-radius:4px;padding:1px 5px}
.tradeie-view .tradeie-legend .chip{white-space:nowrap}
.tradeie-view .ok{color:#1a7f37;font-weight:bold}
.tradeie-view .bad{color:#cf222e;font-weight:bold}
.tradeie-view .num{text-align:right;white-space:nowrap}
"""
_FACT_COLUMNS = ("figure", "value", "metric", "metric_text", "role", "direction", "basis",
                 "period", "reporter", "partner", "product", "modality", "source")


def _chip(text: str, label: str) -> str:
    return f'<span class="chip" style="background:{color(label)}">{escape(text)}</span>'


def _cell(value: Any) -> str:
    return "" if value is None else escape(str(value))


def facts_table(res: Extraction) -> str:
    """The facts as an HTML table, one row per figure (every cell escaped)."""
    if not res.facts:
        return '<p class="tradeie-empty">No facts found.</p>'
    head = "".join(f"<th>{c}</th>" for c in _FACT_COLUMNS)
    rows = []
    for fact in res.facts:
        fig, src = res.entity(fact.figure), res.entity(fact.source)
        cells = [
            _chip(fig.text, fig.label) if fig else _cell(fact.figure),
            f'<span class="num">{escape(value_text(fig))}</span>',
            _chip(fact.metric, "METRIC"),
            *(_cell(getattr(fact, c)) for c in _FACT_COLUMNS[3:-1]),
            _chip(src.text, src.label) if src else _cell(fact.source),
        ]
        anchor = f' id="tradeie-{escape(fact.figure)}"' if fig else ""
        rows.append(f"<tr{anchor}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (f'<div class="tradeie-scroll"><table class="tradeie-facts"><thead><tr>{head}</tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table></div>')


def _detail(value: Any) -> str:
    if isinstance(value, float):
        return _number(value)
    return str(value)


def checks_table(res: Extraction) -> str:
    """The consistency checks: which figures, agreement, and the numbers behind it."""
    if not res.checks:
        return '<p class="tradeie-empty">No consistency checks apply.</p>'
    rows = []
    for check in res.checks:
        figures = []
        for ref in check.get("figures") or []:
            ent = res.entity(ref) if isinstance(ref, str) else None
            figures.append(_chip(ent.text, ent.label) if ent else _cell(ref))
        agrees = check.get("agrees")
        verdict = ('<span class="ok">✓ agrees</span>' if agrees is True else
                   '<span class="bad">✗ disagrees</span>' if agrees is False else
                   "<span>· for information</span>")
        details = "; ".join(f"{escape(str(k))}: {escape(_detail(v))}" for k, v in check.items()
                            if k not in ("check", "figures", "agrees"))
        rows.append(f"<tr><td>{_cell(check.get('check'))}</td><td>{', '.join(figures)}</td>"
                    f"<td>{verdict}</td><td>{details}</td></tr>")
    return ('<div class="tradeie-scroll"><table class="tradeie-checks"><thead><tr>'
            '<th>check</th><th>figures</th><th>result</th><th>details</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def legend() -> str:
    return '<p class="tradeie-legend">' + " ".join(
        _chip(label.lower() if label == "METRIC" else label, label) for label in LABEL_COLORS
    ) + "</p>"


# -- entry points --------------------------------------------------------------------------


def render(obj: Extraction | Doc, style: str = "entities", *, jupyter: bool | None = None,
           mentions: bool = True, notes: bool = True) -> str | None:
    """HTML of an Extraction or a processed Doc, built on displaCy.

    style "entities": the text with entities (and metric mentions) underlined by label,
    per paragraph. style "facts": for each sentence with facts, an arc from every figure to
    the words naming its metric. In Jupyter (or with jupyter=True) the HTML is displayed and
    None returned, as displaCy does; otherwise the HTML string is returned.
    """
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    view = _view(obj)
    markup = (entities_html(view, mentions=mentions, notes=notes) if style == "entities"
              else facts_html(view))
    markup = f'<div class="tradeie-view tex2jax_ignore mathjax_ignore">{markup}</div>'
    from spacy.util import is_in_jupyter

    if jupyter or (jupyter is None and is_in_jupyter()):
        from IPython.display import HTML, display

        display(HTML(markup))
        return None
    return markup


def repr_html(res: Extraction) -> str:
    """Jupyter's rich display of an Extraction: highlighted article, facts, checks."""
    view = _view(res)
    # tex2jax_ignore: notebooks would otherwise typeset "$5 billion ... $3 billion" as maths.
    return (f'<div class="tradeie-view tex2jax_ignore mathjax_ignore"><style>{_CSS}</style>'
            f"{entities_html(view)}{facts_table(res)}"
            + (checks_table(res) if res.checks else "") + "</div>")


_PAGE_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;
max-width:1200px;padding:0 1em;color:#1f2328;background:#fff}
h1{font-size:1.6em;margin-bottom:0.2em} h2{font-size:1.2em;margin-top:2em;
border-bottom:1px solid #e0e0e0;padding-bottom:0.2em}
.meta{color:#57606a;font-size:0.9em}
.tradeie-entities{font-size:15px}
footer{margin-top:3em;color:#8c959f;font-size:0.8em}
"""


# Nothing may load or run: a report is opened from disk, mailed, archived.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def page_start(title: str, generator: str, extra_css: str = "") -> str:
    """The start of a self-contained report page, up to the opening body: the CSP that blocks
    scripts and outside assets, and the house styles (plus ``extra_css``)."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{escape(generator)}">
<title>{escape(title)}</title>
<style>{_PAGE_CSS}{_CSS}{extra_css}</style>
</head>
<body class="tradeie-view">
"""


def report_html(res: Extraction, title: str | None = None) -> str:
    """A standalone HTML page: no scripts, no external assets (the CSP forbids loading any),
    with the highlighted article, the facts, the consistency checks and the fact arcs."""
    from tradeie import __version__

    view = _view(res)
    title = title or "tradeie report"
    agree = sum(c.get("agrees") is True for c in res.checks)
    disagree = sum(c.get("agrees") is False for c in res.checks)
    meta = (f"published {escape(res.published or 'unknown')} · {len(res.entities)} entities · "
            f"{len(res.facts)} facts · {len(res.checks)} checks ({agree} agree, "
            f"{disagree} disagree)")
    head = page_start(title, f"tradeie {__version__} ({SCHEMA})")
    return head + f"""<header><h1>{escape(title)}</h1><p class="meta">{meta}</p></header>
<section id="article"><h2>Article</h2>{legend()}{entities_html(view)}</section>
<section id="facts"><h2>Facts</h2>{facts_table(res)}</section>
<section id="checks"><h2>Consistency checks</h2>{checks_table(res)}</section>
<section id="arcs"><h2>Facts in context</h2>{facts_html(view)}</section>
<footer>Generated by tradeie {escape(__version__)}, schema {SCHEMA}.</footer>
</body>
</html>
"""
