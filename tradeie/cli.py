"""The ``tradeie`` command: extract facts from articles, evaluate against fixtures."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections.abc import Iterator
from concurrent.futures import BrokenExecutor
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    help="Structured, checkable facts from economic and trade news.",
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True, soft_wrap=True)  # a message is one line, in logs too


class Format(StrEnum):
    json = "json"
    table = "table"
    html = "html"  # a standalone report page: highlighted article, facts, checks


class Terminated(KeyboardInterrupt):
    """SIGTERM (sent by timeout, systemd, Kubernetes), handled like Ctrl-C."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def _interrupt_code(err: KeyboardInterrupt) -> int:
    return 128 + (signal.SIGTERM if isinstance(err, Terminated) else signal.SIGINT)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Ctrl-C or SIGTERM arriving inside the block is raised when it ends, not halfway."""
    caught: list[int] = []
    try:
        saved = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum))
                 for sig in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
    if caught:  # what the signal would have met: KeyboardInterrupt, Terminated, ...
        previous = saved[caught[0]]
        if callable(previous):
            previous(caught[0], None)
        elif previous == signal.SIG_DFL:
            signal.raise_signal(caught[0])


def _fail(message: str, code: int = 2) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def _warn(message: str) -> None:
    err_console.print(f"[bold yellow]warning:[/] {message}")


def _note(message: str) -> None:
    err_console.print(f"note: {message}")


def _read_text(file: str, max_length: int) -> str:
    """The article: at most ``max_length`` characters are read (an endless /dev/zero costs
    no memory); a FIFO, /dev/stdin or <(cat a.txt) is read once, like any file."""
    from tradeie.batch import read_limited

    if file == "-":
        text = sys.stdin.read(max_length + 1)
        if len(text) > max_length:
            _fail(f"stdin: over the limit of {max_length:,} characters (--max-length); split "
                  "it or raise --max-length")
        return text
    path = Path(file)
    if path.is_dir():
        _fail(f"{file} is a folder: give it as --input {file} to extract every article in it")
    if not path.exists():
        _fail(f"no such file: {file}")
    try:
        return read_limited(path, max_length)
    except UnicodeDecodeError as err:
        _fail(f"{file} is not UTF-8 text ({err.reason} at byte {err.start})")


# ------------------------------------------------------------------------- facts table

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"))
_UNITS = {"percent": "%", "percentage_point": " pp"}
_QUALIFIERS = {"approx": "~", "min": ">", "max": "<"}


def _number(value: float) -> str:
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{value / size:,.4g} {word}"
    return f"{value:,.6g}"


def figure_value(fig: Any) -> str:
    """A figure's value with its unit, short: '25.45 tn CNY', '7.1 %', '~150 tonnes'."""
    value = fig.get("value")
    if not isinstance(value, int | float) or isinstance(value, bool):
        return ""
    text = _number(value)
    high = fig.get("value_max")
    if isinstance(high, int | float) and not isinstance(high, bool):
        text += f"-{_number(high)}"
    unit = fig.get("unit")
    if unit:
        text += _UNITS.get(unit, f" {unit}")
    return _QUALIFIERS.get(fig.get("qualifier"), "") + text


# (header, priority): at narrow widths, empty columns go first, then the lowest priority
_COLUMNS = (("figure", 10), ("value", 9), ("metric", 9), ("role", 8), ("dir", 6),
            ("basis", 5), ("period", 8), ("reporter", 7), ("partner", 4), ("product", 3),
            ("modality", 2), ("source", 1))


def _cells(res: Any) -> list[list[str]]:
    rows = []
    for fact in res.facts:
        fig, src = res.entity(fact.figure), res.entity(fact.source)
        rows.append([
            fig.text if fig else fact.figure, figure_value(fig) if fig else "", fact.metric,
            fact.role, fact.direction or "", fact.basis or "", fact.period or "",
            fact.reporter or "", fact.partner or "", fact.product or "", fact.modality or "",
            (src.get("acronym") or src.text) if src else "",
        ])
    return rows


def _widths(header: str, cells: list[str]) -> tuple[int, int]:
    """The narrowest a column can be without cutting a word, and its width unwrapped."""
    return (max([len(header), *(len(w) for c in cells for w in c.split())]),
            max([len(header), *map(len, cells)]))


def facts_table(res: Any, title: str | None = None, width: int | None = None) -> Table:
    """The facts of ``res`` as a rich table. With ``width``, the table fits it: columns are
    dropped (empty ones first, then the least important) until every word fits whole, and
    cells wrap at spaces, never inside a word."""
    rows = _cells(res)
    keep = list(range(len(_COLUMNS)))
    fixed: dict[int, int] = {}
    if width is not None:
        bounds = {i: _widths(_COLUMNS[i][0], [r[i] for r in rows]) for i in keep}

        def room(cols: list[int], which: int) -> int:  # a column: 2 padding, 1 border
            return sum(bounds[i][which] + 3 for i in cols) + 1

        if room(keep, 1) > width:
            empty = {i for i in keep if not any(r[i] for r in rows)}
            order = sorted(keep, key=lambda i: (i not in empty, _COLUMNS[i][1]))
            while len(keep) > 2 and room(keep, 0) > width:
                keep.remove(order.pop(0))
            # start from the narrowest, then widen where most is wrapped, a character at once
            fixed = {i: bounds[i][0] for i in keep}
            spare = width - room(keep, 0)
            while spare > 0:
                i = max(keep, key=lambda i: bounds[i][1] - fixed[i])
                if bounds[i][1] <= fixed[i]:
                    break
                fixed[i] += 1
                spare -= 1
    table = Table(title=title, show_lines=False)
    for i in keep:
        table.add_column(_COLUMNS[i][0], overflow="fold", width=fixed.get(i))
    for row in rows:
        table.add_row(*(row[i] for i in keep))
    return table


def _print_table(res: Any, title: str) -> None:
    # Piped output keeps whole rows: no terminal width to fit, unless COLUMNS says one.
    fixed = sys.stdout.isatty() or os.environ.get("COLUMNS", "").isdigit()
    console = Console() if fixed else Console(width=200)
    console.print(facts_table(res, title=title, width=console.width))


# ----------------------------------------------------------------------------- extract


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option(
        "--version", is_eager=True, help="Print tradeie's version and exit.")] = False,
) -> None:
    if version:
        import tradeie

        typer.echo(tradeie.__version__)
        raise typer.Exit()
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit()


@app.command()
def extract(
    file: Annotated[str | None, typer.Argument(
        help="Article file (.txt, or .html/.htm read as a web page), or - for stdin.")] = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date, YYYY-MM-DD (a web page's own date wins; in a batch, the "
        "date of records without one).")] = None,
    format: Annotated[Format | None, typer.Option(
        "--format", "-f", help="What to print for one article: json (default), table or "
        "html. With --output the extension chooses.")] = None,
    input: Annotated[Path | None, typer.Option(
        "--input", "-i", help="Batch: {id, text, published} records in .jsonl, .csv or "
        ".parquet, or a folder of .txt and .html files (id = file name).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to a file instead of stdout; its extension chooses "
        "the format: .jsonl (one result per record), .csv or .parquet (one row per fact); "
        "for one article also .json and .html (the report).")] = None,
    resume: Annotated[bool, typer.Option(
        help="Batch: skip ids already in --output and append to it.")] = False,
    n_process: Annotated[int | None, typer.Option(
        "--n-process", min=1, help="Batch: worker processes, at most one per CPU "
        "[default: 1].")] = None,
    batch_size: Annotated[int | None, typer.Option(
        "--batch-size", min=1, help="Batch: documents per nlp.pipe batch [default: 64].")] = None,
    max_length: Annotated[int | None, typer.Option(
        "--max-length", min=1,
        help="Longest text accepted, in characters (default 5,000,000).")] = None,
) -> None:
    """Extract entities and facts from one article (FILE) or a batch (--input)."""
    if input is not None:
        if file is not None:
            _fail(f"give an article FILE or --input, not both ({file} and {input})")
        if format is not None:
            _fail("--format is for one article; a batch's format comes from the extension "
                  "of --output (.jsonl, .csv or .parquet)")
        _extract_batch(input, output, published=published, resume=resume,
                       n_process=n_process or 1, batch_size=batch_size or 64,
                       max_length=max_length)
        return
    for name, given in (("--resume", resume), ("--n-process", n_process is not None),
                        ("--batch-size", batch_size is not None)):
        if given:
            _fail(f"{name} is for a batch (--input)")
    if file is None:
        _fail("give an article FILE (or - for stdin), or --input docs.jsonl")
    if output is not None and format is not None:
        _fail(f"give --format or --output, not both: {output}'s extension chooses its format")
    try:
        _extract_one(file, output, format or Format.json, published, max_length)
    except KeyboardInterrupt as err:
        raise typer.Exit(_interrupt_code(err)) from None


def _extract_one(file: str, output: Path | None, format: Format, published: str | None,
                 max_length: int | None) -> None:
    import tradeie
    from tradeie import batch

    name = "stdin" if file == "-" else Path(file).name
    kind = None
    if output is not None:
        kind = output.suffix.lower() if output.suffix.lower() in (".json", ".html") else None
        try:
            kind = kind or batch.output_kind(output)
        except batch.BatchError:
            _fail(f"{output}: unknown output format {output.suffix or '(no extension)'!r}; "
                  "use .json, .jsonl, .csv, .parquet or .html")
        if file != "-" and output.exists() and output.resolve() == Path(file).resolve():
            _fail(f"--output {output} is the input: writing it would destroy the article")
    limit = max_length or tradeie.MAX_TEXT_LENGTH
    try:
        if file != "-" and batch.is_html(Path(file)):
            if not Path(file).exists() or Path(file).is_dir():
                _fail(f"no such file: {file}")
            text, page_date = batch.read_html(batch.read_limited(file, limit, binary=True),
                                              file)
            published = page_date or published
        else:
            text = _read_text(file, limit)
        res = tradeie.extract(text, published=published, max_length=limit)
    except (TypeError, ValueError, ImportError) as err:
        _fail(str(err))
    except OSError as err:
        _fail(f"{file} cannot be read ({err.strerror or err})")
    if output is None:
        if format is Format.json:
            typer.echo(res.to_json(indent=2))
        elif format is Format.html:
            from tradeie.render import report_html

            typer.echo(report_html(res, title=name), nl=False)
        else:
            _print_table(res, f"{len(res.facts)} facts")
        return
    try:
        if kind == ".json":
            output.write_text(res.to_json(indent=2) + "\n", encoding="utf-8")
        elif kind == ".html":
            from tradeie.render import report_html

            output.write_text(report_html(res, title=name), encoding="utf-8")
        else:
            res.id = "stdin" if file == "-" else Path(file).stem  # as in a folder batch
            writer = batch.open_writer(output)
            writer.write(res)
            writer.close()
    except (OSError, ImportError) as err:
        _fail(f"writing {output} failed: {err}", code=1)
    err_console.print(f"{len(res.facts)} facts written to {output}")


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
        records = batch.read_records(input, published=default_date, max_length=max_length)
        writer = batch.open_writer(output, append=resume)
    except (ValueError, ImportError, OSError) as err:  # BatchError is a ValueError
        _fail(str(err))
    skipped = processed = failures = 0
    seen: set[str] = set()
    duplicates: list[str] = []  # ids met before in this input, in order
    dropped: list[str] = []  # of those, skipped by --resume: the first one's output hid them
    where = output or "stdout"

    def todo():
        nonlocal skipped
        for record in records:
            rec_id = batch.written_id(record.get("id"))
            again = rec_id in seen
            seen.add(rec_id)
            if again:
                duplicates.append(rec_id)
            if rec_id in done:
                skipped += 1
                if again:
                    dropped.append(rec_id)
                progress.advance(task)
                continue
            yield record

    def report_duplicates() -> None:
        if not duplicates:
            return
        names = ", ".join(repr(i) for i in dict.fromkeys(duplicates[:5]))
        many = len(duplicates) > 1
        _warn(f"{len(duplicates)} record{'s repeat' if many else ' repeats'} an id met "
              f"earlier in {input} ({names}{', ...' if len(duplicates) > 5 else ''}); ids "
              "should be unique")
        if dropped:
            _warn(f"--resume skipped {len(dropped)} of them (the second record with an id "
                  f"already in {output}, or a later one): give them unique ids to extract them")

    # Quiet when stderr is not a terminal (piped, logged, under test).
    with batch.progress_bar(err_console) as progress:
        task = progress.add_task("extract", total=total)
        finished = False
        try:
            for res in batch.extract_records(todo(), n_process=n_process,
                                             batch_size=batch_size, max_length=max_length,
                                             note=_note):
                with _signals_deferred():  # the count said on Ctrl-C is what was written
                    writer.write(res)
                    processed += 1
                    failures += res.error is not None
                progress.advance(task)
            finished = True
        except KeyboardInterrupt as err:  # Ctrl-C or SIGTERM: keep what was written
            progress.stop()
            with contextlib.suppress(OSError, KeyboardInterrupt):
                writer.close()
            what = "terminated" if isinstance(err, Terminated) else "interrupted"
            again = ("rerun the same command with --resume to go on" if output is not None
                     else "write to a file with --output to be able to go on with --resume")
            err_console.print(f"{what}: {processed} records written to {where}"
                              + (f" ({skipped} skipped, already there)" if resume else "")
                              + f"; {again}")
            report_duplicates()
            raise typer.Exit(_interrupt_code(err)) from None
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
    report_duplicates()
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
    errors: Annotated[bool, typer.Option(
        "--errors", help="List every miss, spurious item and wrong field, with its sentence.")
    ] = False,
    predictions: Annotated[Path | None, typer.Option(
        help="Score these predictions (JSONL with ids) instead of running the pipeline.")] = None,
    by: Annotated[str | None, typer.Option(
        "--by", metavar="FIELD",
        help="Also score each group of documents: doc, reporter (the economy most gold facts "
             "give) or any top-level field of the fixture records (outlet, ...).")] = None,
) -> None:
    """Score tradeie (or given predictions) against annotated fixtures.

    Exits 1 when nothing could be scored: fixtures without any annotation, or predictions
    whose ids match no fixture.
    """
    from tradeie.scoring import evaluate as run_evaluation

    if not fixtures.is_file():
        _fail(f"no such file: {fixtures}")
    if predictions is not None and not predictions.is_file():
        _fail(f"no such file: {predictions}")
    try:
        report = run_evaluation(fixtures, predictions, by=by)
    except ValueError as err:
        _fail(str(err))
    report.render(Console(), errors=errors)
    if json_out:
        json_out.write_text(json.dumps(report.to_dict(), indent=2), encoding="utf-8")
    if report.annotated_docs == 0:
        _fail(f"{fixtures} has no annotated entity or fact: the scores above mean nothing", 1)
    if report.unpredicted:
        missing = len(report.unpredicted)
        if missing == report.docs:
            _fail(f"no prediction in {predictions} has the id of a fixture document "
                  f"(first fixture id: {report.unpredicted[0]!r}): nothing was scored", 1)
        err_console.print(
            f"[bold yellow]warning:[/] {missing} of {report.docs} fixture documents have no "
            f"prediction and were scored as all missed (first: {report.unpredicted[0]!r})")


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
        from tradeie.dataset import panel as build_panel
        from tradeie.dataset.inputs import files

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
            from tradeie.dataset.frame import write_table

            write_table(table.checks, checks)
        if report is not None:
            from tradeie.dataset.report import report_html

            report.write_text(report_html(table, title=", ".join(p.name for p in inputs)),
                              encoding="utf-8")
        if plot is not None:
            from tradeie.dataset.plot import default_series, save_plot

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
    # From here on Ctrl-C and SIGTERM raise, and the commands report them; the quiet handler
    # of the start (tradeie/_quiet_start.py) goes.
    from tradeie import _quiet_start

    if _quiet_start.PREVIOUS is not None:
        signal.signal(signal.SIGINT, _quiet_start.PREVIOUS)
        _quiet_start.PREVIOUS = None
    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        with contextlib.suppress(ValueError):  # not in the main thread (embedded): leave it
            signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        app()
    except KeyboardInterrupt as err:  # outside a command (while parsing): no traceback
        sys.exit(_interrupt_code(err))


if __name__ == "__main__":
    main()
