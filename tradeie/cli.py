"""The ``tradeie`` command: extract facts from articles, evaluate against fixtures."""

from __future__ import annotations

import json
import sys
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


def _read_records(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                records.append({"id": f"line-{lineno}",
                                "_error": f"{path}:{lineno}: invalid JSON: {err.msg}"})
                continue
            if not isinstance(record, dict):
                records.append({"id": f"line-{lineno}",
                                "_error": f"{path}:{lineno}: expected a JSON object"})
                continue
            record.setdefault("id", f"line-{lineno}")
            records.append(record)
    return records


@app.command()
def extract(
    file: Annotated[str | None, typer.Argument(help="Article text file, or - for stdin.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    input: Annotated[Path | None, typer.Option(
        "--input", "-i", help="Batch: JSONL of {id, text, published} records.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Batch: JSONL file to write (default stdout).")] = None,
) -> None:
    """Extract entities and facts from one article (FILE) or a batch (--input)."""
    import tradeie

    if input is not None:
        _extract_batch(input, output)
        return
    if file is None:
        _fail("give an article FILE (or - for stdin), or --input docs.jsonl")
    text = _read_text(file)
    try:
        res = tradeie.extract(text, published=published)
    except (TypeError, ValueError) as err:
        _fail(str(err))
    if format is Format.json:
        typer.echo(res.to_json(indent=2))
    else:
        # piped output keeps whole words in cells: no terminal width to fit
        console = Console() if sys.stdout.isatty() else Console(width=200)
        console.print(facts_table(res, title=f"{len(res.facts)} facts"))


def _extract_batch(input: Path, output: Path | None) -> None:
    import tradeie

    if not input.is_file():
        _fail(f"no such file: {input}")
    records = _read_records(input)
    good = [r for r in records if "_error" not in r]
    failures = 0
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        stream = iter(tradeie.extract_many(good))
        for record in records:
            if "_error" in record:
                row = {"id": record["id"], "error": record["_error"]}
            else:
                row = next(stream).to_dict()
            failures += "error" in row
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
    err_console.print(f"{len(records)} records, {failures} failed")
    if failures:
        raise typer.Exit(1)


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
    from tradeie.evaluate import evaluate as run_evaluation

    if not fixtures.is_file():
        _fail(f"no such file: {fixtures}")
    try:
        report = run_evaluation(fixtures, predictions)
    except ValueError as err:
        _fail(str(err))
    report.render(Console(), errors=errors)
    if json_out:
        json_out.write_text(json.dumps(report.to_dict(), indent=2), encoding="utf-8")


@app.command()
def version() -> None:
    """Print tradeie's version."""
    import tradeie

    typer.echo(tradeie.__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
