"""Rich tables of an :class:`~tradeie.scoring.report.EvalReport` (rich is imported when used)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tradeie.scoring.context import _one_line
from tradeie.scoring.report import PRF, ErrorItem, EvalReport


def render_report(report: EvalReport, console: Any = None, errors: bool = False) -> None:
    """Print rich tables: P/R/F1 per label, figures and facts; field accuracy; the groups
    of ``by`` (worst facts F1 first); with ``errors``, every error with its sentence."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    prf_table = Table(title=f"Entities and facts ({report.docs} docs)")
    for col in ("", "tp", "fp", "fn", "P", "R", "F1"):
        prf_table.add_column(col, justify="left" if not col else "right")

    def prf_row(name: str, prf: PRF, end_section: bool = False) -> None:
        prf_table.add_row(
            name,
            str(prf.tp),
            str(prf.fp),
            str(prf.fn),
            f"{prf.precision:.1f}",
            f"{prf.recall:.1f}",
            f"{prf.f1:.1f}",
            end_section=end_section,
        )

    names = list(report.labels)
    for i, label in enumerate(names):
        prf_row(label, report.labels[label], end_section=i == len(names) - 1)
    prf_row("figures", report.figures)
    prf_row("facts", report.facts)
    prf_row("facts strict", report.facts_strict)
    console.print(prf_table)

    field_table = Table(title="Fact fields (over matched facts)")
    for col in ("field", "correct", "total", "accuracy"):
        field_table.add_column(col, justify="left" if col == "field" else "right")
    for name, acc in report.fields.items():
        field_table.add_row(name, str(acc.correct), str(acc.total), f"{acc.accuracy:.1f}")
    console.print(field_table)

    if report.by is not None:
        console.print(_group_table(report))

    if errors:
        _print_errors(console, report.errors)


# Columns of the per-group table: (heading, value of a group's report).
_GROUP_COLUMNS: tuple[tuple[str, Any], ...] = (
    ("docs", lambda r: str(r.docs)),
    ("facts", lambda r: str(r.facts.tp + r.facts.fn)),
    ("figs", lambda r: f"{r.figures.f1:.1f}"),
    ("DATE", lambda r: f"{r.labels['DATE'].f1:.1f}"),
    ("F1", lambda r: f"{r.facts.f1:.1f}"),
    ("strict", lambda r: f"{r.facts_strict.f1:.1f}"),
    ("period", lambda r: f"{r.fields['period'].accuracy:.1f}"),
    ("rep.", lambda r: f"{r.fields['reporter'].accuracy:.1f}"),
)



def _group_table(report: EvalReport) -> Any:
    from rich import box
    from rich.table import Table

    table = Table(
        title=f"By {report.by}, worst facts F1 first: gold facts; F1 of figures, DATE, facts "
        "and strict facts; period and reporter accuracy",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column(report.by or "", no_wrap=True, overflow="ellipsis", max_width=18)
    for heading, _ in _GROUP_COLUMNS:
        table.add_column(heading, justify="right", no_wrap=True, min_width=5)
    ranked = sorted(report.groups.items(), key=lambda kv: (kv[1].facts.f1, kv[0]))
    for key, rep in ranked:
        table.add_row(_show(key), *(value(rep) for _, value in _GROUP_COLUMNS))
    return table


def _print_errors(console: Any, errors: Sequence[ErrorItem]) -> None:
    """One error a block, not a table: long spans and sentences stay readable at 80 columns."""
    console.print(f"[bold]Errors ({len(errors)})[/]")
    for err in errors:
        label = f"{err.label}.{err.field}" if err.field else err.label
        where = f" [{err.start}:{err.end}]" if err.start is not None else ""
        text = "-" if err.text is None else f'"{_show(_one_line(err.text))}"'
        console.print(
            f"{_show(err.doc_id)}  {err.kind} {label}  {text}{_show(where)}"
            f"  expected: {_show(err.expected)}  got: {_show(err.got)}",
            highlight=False,
        )
        if err.context:
            console.print(f"    [dim]{_show(err.context)}[/]", highlight=False)



def _show(value: Any) -> str:
    # rich markup would eat "[...]" in fixture text, hence the escape.
    from rich.markup import escape

    return "-" if value is None else escape(str(value))

