"""The ``tradeie`` command: extract facts from articles, evaluate against fixtures."""

from __future__ import annotations

import contextlib
import json
import sys
from concurrent.futures import BrokenExecutor
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    help="Structured, checkable facts from economic and trade news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)


class Format(StrEnum):
    json = "json"
    table = "table"
    html = "html"  # a standalone report page: highlighted article, facts, checks


def _fail(message: str, code: int = 2) -> None:
    err_console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def _read_text(file: str) -> str:
    if file == "-":
        return sys.stdin.read()
    path = Path(file)
    if not path.is_file():
        _fail(f"no such file: {file}")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        _fail(f"{file} is not UTF-8 text ({err.reason} at byte {err.start})")
    return ""  # unreachable


def facts_table(res: Any, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("figure", "metric", "role", "dir", "basis", "period", "reporter", "partner",
                "product", "modality", "source"):
        table.add_column(col, overflow="fold")
    for fact in res.facts:
        fig = res.entity(fact.figure)
        src = res.entity(fact.source)
        table.add_row(
            fig.text if fig else fact.figure, fact.metric, fact.role, fact.direction or "",
            fact.basis or "", fact.period or "", fact.reporter or "", fact.partner or "",
            fact.product or "", fact.modality, src.text if src else "",
        )
    return table


@app.command()
def extract(
    file: Annotated[str | None, typer.Argument(help="Article text file, or - for stdin.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    input: Annotated[Path | None, typer.Option(
        "--input", "-i", help="Batch: {id, text, published} records in .jsonl, .csv or "
        ".parquet, or a folder of .txt files (id = file name; --published = default date)."
    )] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Batch: .jsonl (one result per record, default stdout), "
        ".csv or .parquet (one row per fact).")] = None,
    resume: Annotated[bool, typer.Option(
        help="Batch: skip ids already in --output and append to it.")] = False,
    n_process: Annotated[int, typer.Option(
        "--n-process", min=1, help="Batch: worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Batch: documents per nlp.pipe batch.")] = 64,
    max_length: Annotated[int | None, typer.Option(
        "--max-length", min=1,
        help="Longest text accepted, in characters (default 5,000,000).")] = None,
) -> None:
    """Extract entities and facts from one article (FILE) or a batch (--input)."""
    import tradeie

    if input is not None:
        _extract_batch(input, output, published=published, resume=resume,
                       n_process=n_process, batch_size=batch_size, max_length=max_length)
        return
    if file is None:
        _fail("give an article FILE (or - for stdin), or --input docs.jsonl")
    text = _read_text(file)
    try:
        res = tradeie.extract(text, published=published,
                              max_length=max_length or tradeie.MAX_TEXT_LENGTH)
    except (TypeError, ValueError) as err:
        _fail(str(err))
    if format is Format.json:
        typer.echo(res.to_json(indent=2))
    elif format is Format.html:
        from tradeie.render import report_html

        typer.echo(report_html(res, title="stdin" if file == "-" else Path(file).name), nl=False)
    else:
        # piped output keeps whole words in cells: no terminal width to fit
        console = Console() if sys.stdout.isatty() else Console(width=200)
        console.print(facts_table(res, title=f"{len(res.facts)} facts"))


def _extract_batch(input: Path, output: Path | None, *, published: str | None = None,
                   resume: bool = False, n_process: int = 1, batch_size: int = 64,
                   max_length: int | None = None) -> None:
    from tradeie import batch
    from tradeie.api import parse_published

    if resume and output is None:
        _fail("--resume needs --output")
    if output is not None and input.exists() and output.exists() and \
            output.resolve() == input.resolve():
        _fail(f"--output {output} is the input: writing it would destroy the records")
    try:
        default_date = parse_published(published)
        batch.output_kind(output)
        total = batch.count_records(input) if err_console.is_terminal else None
        done = batch.done_ids(output) if resume and output else set()
        records = batch.read_records(input, published=default_date)
        writer = batch.open_writer(output, append=resume)
    except (ValueError, ImportError, OSError) as err:  # BatchError is a ValueError
        _fail(str(err))
    skipped = processed = failures = 0

    def todo():
        nonlocal skipped
        for record in records:
            if batch.written_id(record.get("id")) in done:
                skipped += 1
                progress.advance(task)
                continue
            yield record

    # Quiet when stderr is not a terminal (piped, logged, under test).
    with batch.progress_bar(err_console) as progress:
        task = progress.add_task("extract", total=total)
        finished = False
        try:
            for res in batch.extract_records(todo(), n_process=n_process,
                                             batch_size=batch_size, max_length=max_length):
                writer.write(res)
                processed += 1
                failures += res.error is not None
                progress.advance(task)
            finished = True
        except batch.BatchError as err:  # a whole-file problem found while reading
            _fail(str(err))
        except OSError as err:  # a full disk, a closed output
            _fail(_write_failed(output, err), code=1)
        except BrokenExecutor as err:  # a worker was killed (out of memory?)
            _fail(f"a worker process died ({err}); rerun with --resume to go on", code=1)
        finally:
            if finished:
                try:
                    writer.close()
                except OSError as err:  # the last rows are flushed here
                    _fail(_write_failed(output, err), code=1)
            else:  # the reason was reported above; close what can be closed
                with contextlib.suppress(OSError):
                    writer.close()
    err_console.print(f"{processed} records, {failures} failed"
                      + (f", {skipped} skipped (already in {output})" if resume else ""))
    if failures:
        raise typer.Exit(1)


def _write_failed(output: Path | None, err: OSError) -> str:
    return (f"writing {output or 'the output'} failed: {err}; what was written is kept, and "
            "--resume goes on from it")


@app.command()
def evaluate(
    fixtures: Annotated[Path, typer.Argument(help="Annotated fixtures (JSONL).")],
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the scores as JSON.")] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="List every miss and spurious item.")] = False,
    predictions: Annotated[Path | None, typer.Option(
        help="Score these predictions (JSONL with ids) instead of running the pipeline.")] = None,
) -> None:
    """Score tradeie (or given predictions) against annotated fixtures."""
    from tradeie.scoring import evaluate as run_evaluation

    if not fixtures.is_file():
        _fail(f"no such file: {fixtures}")
    try:
        report = run_evaluation(fixtures, predictions)
    except ValueError as err:
        _fail(str(err))
    report.render(Console(), errors=errors)
    if json_out:
        json_out.write_text(json.dumps(report.to_dict(), indent=2), encoding="utf-8")


@app.command("panel")
def panel_command(
    inputs: Annotated[list[Path], typer.Argument(
        help="What tradeie extract --output wrote (.jsonl, .csv, .parquet), or folders of it.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="The panel: .csv (lists as JSON) or .parquet.")] = None,
    checks: Annotated[Path | None, typer.Option(
        help="The cross-checks table (default: next to --output, NAME.checks.csv/.parquet).")
    ] = None,
    report: Annotated[Path | None, typer.Option(
        help="A self-contained HTML report: statuses, conflicts, revisions, checks.")] = None,
    plot: Annotated[Path | None, typer.Option(
        help="Draw one series (.png, .svg or .html) with conflicts marked (needs matplotlib: "
        "pip install 'tradeie[plot]').")] = None,
    reporter: Annotated[str | None, typer.Option(
        help="Series to plot: economy (default: the one with most periods).")] = None,
    metric: Annotated[str | None, typer.Option(help="Series to plot: metric id.")] = None,
    role: Annotated[str, typer.Option(help="Series to plot: level, change or share.")] = "level",
    unit: Annotated[str | None, typer.Option(
        help="Series to plot: unit (default: the most reported).")] = None,
    min_articles: Annotated[int, typer.Option(
        "--min-articles", min=1,
        help="Articles a later value needs to be a silent revision, not a conflict.")] = 2,
) -> None:
    """One checked value per economy, metric and period, from many articles' facts."""
    # what the outputs will be is checked before any work
    for path, suffixes, option in ((output, (".csv", ".parquet", ".pq"), "--output"),
                                   (checks, (".csv", ".parquet", ".pq"), "--checks"),
                                   (plot, (".png", ".svg", ".html"), "--plot")):
        if path is not None and path.suffix.lower() not in suffixes:
            _fail(f"{option} {path}: use {', '.join(suffixes[:-1])} or {suffixes[-1]}"
                  if option == "--plot" else f"{option} {path}: use .csv or .parquet")
        if path is not None and any(path.resolve() == p.resolve() for p in inputs):
            _fail(f"{option} {path} is an input: writing it would destroy the facts")
    try:
        from tradeie.panel import panel as build_panel
        from tradeie.panel.inputs import files

        files(inputs)  # missing or unknown inputs fail here, before any work
        table = build_panel([str(path) for path in inputs], min_articles=min_articles)
    except (ValueError, OSError, ImportError) as err:
        _fail(str(err))
    counts = table["status"].value_counts()
    summary = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("agreed", "single", "revised",
                                                             "conflict"))
    failed = int((~table.checks["agrees"].astype(bool)).sum()) if len(table.checks) else 0
    left_out = ", ".join(f"{why}: {n}" for why, n in table.dropped.items())
    err_console.print(f"{len(table)} panel rows: {summary}; {len(table.checks)} cross-checks, "
                      f"{failed} disagree" + (f"; facts left out ({left_out})" if left_out
                                              else ""))
    try:
        if output is not None:
            table.to_file(output)
            if checks is None:
                checks = output.with_name(f"{output.stem}.checks{output.suffix}")
        if checks is not None:
            from tradeie.panel.frame import write_table

            write_table(table.checks, checks)
        if report is not None:
            from tradeie.panel.report import report_html

            report.write_text(report_html(table, title=", ".join(p.name for p in inputs)),
                              encoding="utf-8")
        if plot is not None:
            from tradeie.panel.plot import default_series, save_plot

            if reporter is None or metric is None:
                reporter, metric = default_series(table, reporter, metric, role)
            save_plot(table, plot, reporter=reporter, metric=metric, role=role, unit=unit)
    except (ValueError, OSError, ImportError) as err:
        _fail(str(err))
    if output is None and report is None and plot is None and checks is None:
        shown = table.frame[["reporter", "metric", "role", "basis", "period", "unit",
                             "value", "status", "n_articles"]]
        typer.echo(shown.to_string(index=False))


@app.command()
def version() -> None:
    """Print tradeie's version."""
    import tradeie

    typer.echo(tradeie.__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
