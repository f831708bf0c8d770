"""A picture of one series of a panel (optional extra: ``pip install 'tradeie[plot]'``).

The consensus values as a line; every other value an article gave for a period as a grey
dot; conflicts as red rings (the periods to check by hand), revisions as an orange arrow
from the earlier value. ``.png`` and ``.svg`` are the figure; ``.html`` is a page with the
figure (inline SVG) and the series' table with each period's sources.
"""

from __future__ import annotations

import io
from html import escape
from pathlib import Path
from typing import Any

STATUS_COLORS = {"agreed": "#2a6f97", "single": "#7fa7c4", "revised": "#e07a1f",
                 "conflict": "#d62828"}


def _matplotlib() -> Any:
    """matplotlib's Figure class. No pyplot: no backend is chosen or changed (a notebook's
    stays as it is), and figures are freed with their last reference."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError("plotting needs matplotlib: pip install 'tradeie[plot]'") from None
    return Figure


def default_series(panel: Any, reporter: str | None, metric: str | None,
                   role: str = "level") -> tuple[str, str]:
    """The (reporter, metric) to draw when none is chosen, among the rows that match."""
    rows = panel[panel["role"] == role]
    if reporter:
        rows = rows[rows["reporter"] == reporter]
    if metric:
        rows = rows[rows["metric"] == metric]
    if rows.empty:
        raise ValueError(f"no {role} rows for reporter={reporter} metric={metric} to plot")
    # the most periods; among equals, the one with most to look at (conflicts, revisions)
    notable = rows["status"].isin(["conflict", "revised"])
    sizes = rows.assign(notable=notable).groupby(["reporter", "metric"]).agg(
        periods=("period", "nunique"), notable=("notable", "sum"))
    best = sizes.sort_values(["periods", "notable"], ascending=False, kind="stable").index[0]
    return str(best[0]), str(best[1])


def _x(index: Any) -> list[Any]:
    import pandas as pd

    if isinstance(index, pd.PeriodIndex):
        return list(index.to_timestamp())
    return list(range(len(index)))


def figure(panel: Any, reporter: str, metric: str, role: str = "level", **choose: Any) -> Any:
    """A matplotlib Figure of one series (keywords as for ``Panel.select``)."""
    figure_class = _matplotlib()
    rows = panel.select(reporter, metric, role, **choose)
    if rows.empty:
        raise ValueError(f"no rows for {reporter} {metric} {role}")
    unit = rows["unit"].iloc[0]
    scale, suffix = 1.0, ""
    top = rows["value"].abs().max()
    for factor, name in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if unit not in ("percent", "percentage_point") and top >= factor:
            scale, suffix = factor, name
            break
    xs = _x(rows.index)
    fig = figure_class(figsize=(10, 4.2), dpi=100)
    ax = fig.subplots()
    ax.plot(xs, rows["value"] / scale, color=STATUS_COLORS["agreed"], lw=1.6, zorder=2,
            label="consensus")
    others_x, others_y = [], []
    for x, value, seen in zip(xs, rows["value"], rows["values_seen"], strict=True):
        for v in seen:
            if v != value:
                others_x.append(x)
                others_y.append(v / scale)
    if others_x:
        ax.scatter(others_x, others_y, s=14, color="#9a9a9a", zorder=3,
                   label="other values reported")
    for status in ("agreed", "single", "revised", "conflict"):
        mask = (rows["status"] == status).to_numpy()
        if mask.any():
            ax.scatter([x for x, m in zip(xs, mask, strict=True) if m],
                       rows["value"][mask] / scale, s=30 if status != "conflict" else 70,
                       facecolors=STATUS_COLORS[status] if status != "conflict" else "none",
                       edgecolors=STATUS_COLORS[status], linewidths=2, zorder=4, label=status)
    for x, value, before in zip(xs, rows["value"], rows["revised_from"], strict=True):
        if before == before and before is not None:  # not NaN
            ax.annotate("", xy=(x, value / scale), xytext=(x, before / scale),
                        arrowprops={"arrowstyle": "->", "color": STATUS_COLORS["revised"]})
    label = {"percent": "%", "percentage_point": "percentage points"}.get(unit, unit)
    ax.set_ylabel(f"{suffix.strip()} {label}".strip())
    basis = rows["basis"].iloc[0]
    ax.set_title(f"{reporter} {metric} {role}" + (f" ({basis})" if isinstance(basis, str)
                                                  else ""))
    if not isinstance(xs[0], int):
        fig.autofmt_xdate()  # dates on the x axis: slanted to fit
    else:
        ax.set_xticks(xs, [str(p) for p in rows.index], rotation=45)
    ax.grid(alpha=0.3)
    # beside the axes: inside, it would hide the outliers it is there to explain
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def series_table(rows: Any) -> str:
    """An HTML table of a series' rows: value, status, articles (dissenting ones marked)."""
    out = ['<table class="panel-series"><thead><tr><th>period</th><th>value</th>'
           "<th>status</th><th>revised from</th><th>values seen</th><th>articles</th>"
           "</tr></thead><tbody>"]
    for row in rows.itertuples(index=False):
        arts = ", ".join(
            (f'<span class="dissent">{escape(str(a))} ({escape(str(p))})</span>'
             if a in row.dissenting else f"{escape(str(a))} ({escape(str(p))})")
            for a, p in zip(row.articles, row.published, strict=True))
        before = "" if row.revised_from != row.revised_from else f"{row.revised_from:,.6g}"
        seen = ", ".join(f"{v:,.6g}" for v in row.values_seen)
        out.append(f'<tr class="{escape(row.status)}"><td>{escape(str(row.period))}</td>'
                   f"<td>{row.value:,.6g}</td><td>{escape(row.status)}</td><td>{before}</td>"
                   f"<td>{seen}</td><td>{arts}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def svg(fig: Any) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg")
    text = buffer.getvalue()
    return text[text.find("<svg"):]  # drop the XML prolog: the SVG goes inline


def plot_html(panel: Any, reporter: str, metric: str, role: str = "level",
              **choose: Any) -> str:
    """A self-contained page: the figure (inline SVG) and the table of its periods."""
    picture = svg(figure(panel, reporter, metric, role, **choose))
    rows = panel.select(reporter, metric, role, **choose)
    title = escape(f"{reporter} {metric} {role}")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<style>{PAGE_CSS}</style></head><body><h1>{title}</h1>{picture}"
            f"{series_table(rows)}</body></html>")


PAGE_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table.panel-series { border-collapse: collapse; font-size: 0.85em; margin-top: 1em; }
table.panel-series th, table.panel-series td { border-bottom: 1px solid #ddd;
  padding: 3px 8px; text-align: left; vertical-align: top; }
tr.conflict td { background: #fde2e2; }
tr.revised td { background: #fdebd3; }
.dissent { color: #d62828; font-weight: bold; }
"""


def save_plot(panel: Any, path: str | Path, reporter: str, metric: str, role: str = "level",
              **choose: Any) -> None:
    """Draw one series to .png / .svg (the figure) or .html (figure and table)."""
    path = Path(path)
    suffix = path.suffix.lower()
    choose = {k: v for k, v in choose.items() if v is not None}
    if suffix == ".html":
        path.write_text(plot_html(panel, reporter, metric, role, **choose), encoding="utf-8")
        return
    if suffix not in (".png", ".svg"):
        raise ValueError(f"{path}: plot to .png, .svg or .html")
    figure(panel, reporter, metric, role, **choose).savefig(path)
