"""Kills with real signals against the real ``tradeie`` console script: what a SIGKILL or a
SIGTERM leaves, what --resume makes of it, and that no worker process outlives its parent.

Every wait is bounded; each test takes a few seconds on two busy cores.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import console_script, script_env

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "china_trade_2024.txt"
WAIT = 120  # seconds: the longest any step may take before the test fails

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc to find the worker processes")


def _archive(tmp_path: Path, count: int) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{n}", "text": text, "published": "2025-01-13"})
                           + "\n" for n in range(count)), encoding="utf-8")
    return src


def _start(*args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([*console_script(), "extract", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=script_env(**env))


def _wait_for(what: Callable[[], bool], proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + WAIT
    while not what():
        if proc.poll() is not None:
            pytest.fail(f"the run ended (code {proc.returncode}) before the test could stop it:"
                        f" {proc.stderr.read() if proc.stderr else ''}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("timed out waiting for the run")
        time.sleep(0.05)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*console_script(), "extract", *args], capture_output=True, text=True,
                          env=script_env(), timeout=WAIT)


def _parquet_ids(path: Path) -> Counter:
    pq = pytest.importorskip("pyarrow.parquet")
    return Counter(pq.read_table(path, columns=["id"]).column("id").to_pylist())


def _parts(out: Path) -> list[Path]:
    folder = out.with_name(out.name + ".parts")
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


# ------------------------------------------------------------------------------- Parquet


def test_parquet_keeps_finished_row_groups_after_sigkill_and_resume_completes(tmp_path):
    pytest.importorskip("pyarrow")
    src, out = _archive(tmp_path, 400), tmp_path / "out.parquet"
    # parts of 36 rows (3 records of 12 facts): several are done within a second
    proc = _start("--input", str(src), "--output", str(out), TRADEIE_PARQUET_ROWS="36")
    _wait_for(lambda: len(_parts(out)) >= 3, proc)
    proc.kill()
    proc.communicate(timeout=WAIT)
    kept = sum((_parquet_ids(part) for part in _parts(out)), Counter())
    assert len(kept) >= 9  # the finished row groups survive SIGKILL, each readable
    result = _run("--input", str(src), "--output", str(out), "--resume")
    assert result.returncode == 0, result.stderr
    assert f"{len(kept)} skipped" in result.stderr  # they are not done again
    ids = _parquet_ids(out)
    assert set(ids) == {f"d{n}" for n in range(400)}
    assert set(ids.values()) == {12}  # every record whole, none twice
    assert not out.with_name("out.parquet.parts").exists()


def test_parquet_after_sigterm_is_readable_and_holds_what_was_said(tmp_path):
    pytest.importorskip("pyarrow")
    src, out = _archive(tmp_path, 400), tmp_path / "out.parquet"
    proc = _start("--input", str(src), "--output", str(out), TRADEIE_PARQUET_ROWS="36")
    _wait_for(lambda: len(_parts(out)) >= 1, proc)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=WAIT)
    assert proc.returncode == 143, err
    written = int(err.split(" records written")[0].rsplit(" ", 1)[-1])
    ids = _parquet_ids(out)
    assert 0 < len(ids) == written and set(ids.values()) == {12}
    assert not out.with_name("out.parquet.parts").exists()


# ---------------------------------------------------------------------- worker processes


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited


@linux_only
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_when_the_parent_dies(tmp_path, sig):
    src = _archive(tmp_path, 600)
    proc = _start("--input", str(src), "--output", str(tmp_path / "out.jsonl"),
                  "--n-process", "2", "--batch-size", "4")
    workers: set[int] = set()

    def two_workers_working() -> bool:
        workers.update(_children(proc.pid))
        out = tmp_path / "out.jsonl"
        return len(workers) >= 2 and out.exists() and out.stat().st_size > 0

    _wait_for(two_workers_working, proc)
    proc.send_signal(sig)
    proc.communicate(timeout=WAIT)
    deadline = time.monotonic() + 30
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for pid in left:  # do not leave them behind for the rest of the suite
        os.kill(pid, signal.SIGKILL)
    assert not left, f"workers {left} outlived their parent ({sig.name})"


# ----------------------------------------------------------------------------- pipes


def test_a_fifo_as_input_with_a_terminal_on_stderr_is_read_once(tmp_path):
    """The progress bar's pre-count would consume the FIFO and the reader then block; and the
    records go to stdout (a pipe here), not through the bar to the terminal."""
    if not hasattr(os, "mkfifo") or not sys.platform.startswith("linux"):
        pytest.skip("needs FIFOs and a pseudo-terminal")
    import pty

    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    lines = "".join(json.dumps({"id": f"p{n}", "text": "Exports rose 5% in 2024."}) + "\n"
                    for n in range(3))
    controller, terminal = pty.openpty()
    proc = subprocess.Popen([*console_script(), "extract", "--input", str(fifo)],
                            stdout=subprocess.PIPE, stderr=terminal, text=True, env=script_env())

    def drain() -> None:  # read the terminal, or the bar blocks once its buffer is full
        with contextlib.suppress(OSError):
            while os.read(controller, 4096):
                pass

    drainer = threading.Thread(target=drain, daemon=True)
    drainer.start()
    try:
        deadline = time.monotonic() + WAIT
        while True:  # open for writing once tradeie has opened it for reading, never block
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("tradeie never opened the FIFO")
                time.sleep(0.05)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "w", encoding="utf-8") as writer:
            writer.write(lines)
        out, _ = proc.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("tradeie hung on the FIFO")
    finally:
        os.close(terminal)
        drainer.join(timeout=10)  # the child is gone: reading ends with EIO
        os.close(controller)
    assert proc.returncode == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["p0", "p1", "p2"]


@linux_only
def test_the_portable_fallback_ends_a_worker_whose_parent_died(tmp_path):
    """Without prctl (macOS, Windows) a worker watches its parent's pid."""
    worker = ("import ctypes, os, sys, time\n"
              "def no_libc(*args, **kwargs): raise OSError('no prctl here')\n"
              "ctypes.CDLL = no_libc\n"
              "from tradeie.batch.pool import _die_with_parent\n"
              "_die_with_parent(os.getppid())\n"
              "print('ready', flush=True)\n"
              "time.sleep(120)\n")
    parent = ("import subprocess, sys, time\n"
              f"child = subprocess.Popen([sys.executable, '-c', {worker!r}],"
              " stdout=subprocess.PIPE, text=True)\n"
              "child.stdout.readline()\n"
              "print(child.pid, flush=True)\n"
              "time.sleep(120)\n")
    proc = subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE, text=True,
                            env=script_env())
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        child = int(line)
    finally:
        proc.kill()
        proc.communicate(timeout=WAIT)
    deadline = time.monotonic() + 15
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _alive(child):
        os.kill(child, signal.SIGKILL)
        pytest.fail("the worker outlived its parent")
