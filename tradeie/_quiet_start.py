"""Ctrl-C while the ``tradeie`` command starts: a quiet exit, not a traceback.

Imported first by ``tradeie/__init__.py``. When the process is the ``tradeie`` command (or
``python -m tradeie``), Ctrl-C before its entry point runs (importing spaCy takes a second)
exits with 130 and no 40-line traceback of import machinery. ``tradeie.cli.main`` puts the
previous handler back. A library import changes nothing.
"""

from __future__ import annotations

import signal
import sys
from typing import Any

PREVIOUS: Any = None  # the SIGINT handler replaced, for tradeie.cli.main to restore


def _command_starting() -> bool:
    name = sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1].lower() if sys.argv else ""
    return name in ("tradeie", "tradeie.exe") or sys.orig_argv[1:3] == ["-m", "tradeie"]


def _quiet_exit(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


# Only over Python's own handler: a job started with Ctrl-C ignored stays so.
if _command_starting() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    PREVIOUS = signal.signal(signal.SIGINT, _quiet_exit)
