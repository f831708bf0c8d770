"""A self-contained HTML report of a panel, in the style of ``tradeie.render``'s report:
what the series are, which periods are in conflict (and which articles dissent), what was
revised, and the cross-checks. No scripts and no external assets (the same CSP); with
matplotlib installed the most reported series is drawn inline as SVG.
"""

from __future__ import annotations

from html import escape
from typing import Any

from tradeie.render import page_start

_EXTRA_CSS = """
.tradeie-view .status{border-radius:4px;padding:1px 6px;color:#fff;white-space:nowrap}
.tradeie-view .s-agreed{background:#2a6f97} .tradeie-view .s-single{background:#7fa7c4}
.tradeie-view .s-revised{background:#e07a1f} .tradeie-view .s-conflict{background:#d62828}
.tradeie-view .dissent{color:#cf222e;font-weight:bold}
.tradeie-view .cards{display:flex;gap:1em;flex-wrap:wrap}
.tradeie-view .card{border:1px solid #d0d0d0;border-radius:6px;padding:0.6em 1em;min-width:8em}
.tradeie-view .card b{font-size:1.5em;display:block}
.tradeie-view svg{max-width:100%;height:auto}
"""


def _status(status: str) -> str:
    return f'<span class="status s-{escape(status)}">{escape(status)}</span>'


def _num(value: Any) -> str:
    if value is None or value != value:  # None, NaN
        return ""
    return f'<span class="num">{value:,.6g}</span>'


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return escape(str(value))


def _table(head: list[str], rows: list[list[str]], css: str, empty: str) -> str:
    if not rows:
        return f'<p class="tradeie-empty">{escape(empty)}</p>'
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<div class="tradeie-scroll"><table class="{css}"><thead><tr>{th}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>")


def _key(row: Any) -> list[str]:
    return [_cell(row.reporter), _cell(row.metric), _cell(row.role), _cell(row.basis),
            _cell(row.period), _cell(row.partner), _cell(row.product), _cell(row.unit)]


def _reports(row: Any, mark: bool = True) -> str:
    parts = []
    for art, pub, text in zip(row.articles, row.published, row.figure_texts, strict=True):
        item = f"{escape(str(art))} ({escape(str(pub))}): “{escape(str(text))}”"
        parts.append(f'<span class="dissent">{item}</span>' if mark and art in row.dissenting
                     else item)
    return "<br>".join(parts)


def series_overview(panel: Any) -> str:
    rows = []
    groups = panel.frame.fillna({"basis": "", "partner": "", "product": ""}).groupby(
        ["reporter", "metric", "role", "basis", "partner", "product", "unit", "granularity"],
        sort=True)
    for key, group in groups:
        counts = group["status"].value_counts()
        rows.append([*(escape(str(k)) for k in key), str(len(group)),
                     f"{escape(group['period'].min())} – {escape(group['period'].max())}",
                     " ".join(f"{_status(s)} {counts[s]}" for s in
                              ("agreed", "single", "revised", "conflict") if s in counts)])
    return _table(["reporter", "metric", "role", "basis", "partner", "product", "unit",
                   "granularity", "periods", "from – to", "statuses"], rows,
                  "panel-overview", "The panel is empty.")


def conflicts_table(panel: Any) -> str:
    rows = [[*_key(r), _num(r.value), ", ".join(f"{v:,.6g}" for v in r.values_seen),
             escape(", ".join(r.dissenting)), _reports(r)]
            for r in panel[panel["status"] == "conflict"].itertuples(index=False)]
    return _table(["reporter", "metric", "role", "basis", "period", "partner", "product",
                   "unit", "consensus", "values seen", "dissenting", "reports"], rows,
                  "panel-conflicts", "No conflicts: every period's reports agree.")


def revisions_table(panel: Any) -> str:
    rows = [[*_key(r), _num(r.revised_from), _num(r.value), _status(r.status),
             _reports(r, mark=False)]
            for r in panel[panel["revised_from"].notna()].itertuples(index=False)]
    return _table(["reporter", "metric", "role", "basis", "period", "partner", "product",
                   "unit", "revised from", "value", "status", "reports"], rows,
                  "panel-revisions", "No revisions.")


def checks_table(checks: Any) -> str:
    if checks is None or checks.empty:
        return '<p class="tradeie-empty">No cross-checks apply.</p>'
    ordered = checks.sort_values("agrees", kind="stable")  # disagreements first
    rows = [[_cell(c.check), _cell(c.reporter), _cell(c.metric), _cell(c.period),
             _cell(c.partner), _cell(c.product), _cell(c.unit), _num(c.stated), _num(c.implied),
             _num(c.difference), _num(c.tolerance),
             '<span class="ok">✓ agrees</span>' if c.agrees else
             '<span class="bad">✗ disagrees</span>', _cell(c.inputs)]
            for c in ordered.itertuples(index=False)]
    return _table(["check", "reporter", "metric", "period", "partner", "product", "unit",
                   "stated", "implied", "difference", "tolerance", "result", "from"], rows,
                  "panel-checks", "No cross-checks apply.")


def _picture(panel: Any) -> str:
    try:
        from tradeie.dataset.plot import _matplotlib, default_series, figure, svg

        _matplotlib()
    except ImportError:
        return ('<p class="tradeie-empty">Install matplotlib (pip install '
                "'tradeie[plot]') to see the most reported series here.</p>")
    try:
        reporter, metric = default_series(panel, None, None)
    except ValueError:
        return ""
    picture = svg(figure(panel, reporter, metric, "level"))
    return f'<figure class="panel-plot">{picture}</figure>'


def report_html(panel: Any, title: str | None = None, *, plot: bool = True) -> str:
    """The standalone HTML page of a panel (``tradeie panel ... --report report.html``)."""
    from tradeie import __version__

    title = title or "tradeie panel"
    checks = getattr(panel, "checks", None)
    counts = panel["status"].value_counts()
    n_checks = 0 if checks is None else len(checks)
    bad = 0 if checks is None or checks.empty else int((~checks["agrees"].astype(bool)).sum())
    articles = len({a for arts in panel["articles"] for a in arts})
    cards = "".join(
        f'<div class="card"><b>{n}</b>{escape(label)}</div>' for n, label in (
            (len(panel), "panel rows"), (articles, "articles"),
            *((counts.get(s, 0), s) for s in ("agreed", "single", "revised", "conflict")),
            (f"{n_checks - bad}/{n_checks}", "checks agree")))
    head = page_start(title, f"tradeie {__version__}", _EXTRA_CSS)
    return head + f"""<header><h1>{escape(title)}</h1>
<p class="meta">One value per economy, metric and period, from the figures of many
articles.</p></header>
<section id="summary"><h2>Summary</h2><div class="cards">{cards}</div>
{_picture(panel) if plot else ""}</section>
<section id="series"><h2>Series</h2>{series_overview(panel)}</section>
<section id="conflicts"><h2>Conflicts</h2>{conflicts_table(panel)}</section>
<section id="revisions"><h2>Revisions</h2>{revisions_table(panel)}</section>
<section id="checks"><h2>Cross-checks</h2>{checks_table(checks)}</section>
<footer>Generated by tradeie {escape(__version__)}.</footer>
</body>
</html>
"""
