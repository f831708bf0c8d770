"""The batch progress bar."""

from __future__ import annotations

import sys
from typing import Any


def progress_bar(console: Any) -> Any:
    """A rich progress bar (count, rate, ETA) on ``console``, silent unless a terminal."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Any:
            speed = task.finished_speed or task.speed
            return TextColumn("").render(task) if speed is None else f"{speed:,.1f} docs/s"

    # stdout is drawn through the bar only when it is that terminal too: redirected, it would
    # send the records piped to a file or a program to the terminal instead
    on_terminal = console.is_terminal and _isatty(sys.stdout)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TaskProgressColumn(), Rate(), TimeElapsedColumn(), TextColumn("ETA"),
                    TimeRemainingColumn(), console=console, disable=not console.is_terminal,
                    redirect_stdout=on_terminal, redirect_stderr=on_terminal)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False
