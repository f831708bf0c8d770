"""Extraction of a stream of records, in this process or a pool of worker processes."""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from tradeie.batch.formats import Unreadable
from tradeie.schema import Extraction


def extract_records(
    records: Iterable[dict[str, Any]], *, nlp: Any = None, n_process: int = 1,
    batch_size: int = 64, max_length: int | None = None,
    note: Callable[[str], None] | None = None,
) -> Iterator[Extraction]:
    """One Extraction per record, in order: records a reader flagged (``Unreadable``) come back
    as failed Extractions, the others go through ``tradeie.extract_many``.

    With ``n_process`` > 1 (and the default pipeline) chunks of ``batch_size`` records go to
    a pool of worker processes, each with its own pipeline, and Extractions come back.
    spaCy's ``nlp.pipe(n_process=)`` instead tokenizes in this process and ships every Doc
    to a worker and back as bytes: measured on 2 CPUs, that costs more than the pipeline
    itself (bench/throughput.py), while record chunks cost almost nothing to send. The pool
    has at most one worker per CPU and per chunk; ``note`` is told when ``n_process`` is cut.
    Workers exit when this process dies, even by SIGKILL.
    """
    from tradeie.api import MAX_TEXT_LENGTH, extract_many

    max_length = MAX_TEXT_LENGTH if max_length is None else max_length
    if n_process > 1 and nlp is None:
        yield from _extract_in_pool(records, n_process, batch_size, max_length, note)
        return

    pending: deque[dict[str, Any]] = deque()

    def feed() -> Iterator[dict[str, Any]]:
        for record in records:
            pending.append(record)
            if not isinstance(record, Unreadable):
                yield record

    for result in extract_many(feed(), nlp=nlp, n_process=n_process, batch_size=batch_size,
                               max_length=max_length):
        while isinstance(pending[0], Unreadable):
            yield _unreadable(pending.popleft())
        pending.popleft()
        yield result
    while pending:
        yield _unreadable(pending.popleft())


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _die_with_parent(parent: int) -> None:
    """End this worker when the process that started it dies, even by SIGKILL (no chance to
    stop its pool): Linux says so with a signal (prctl PR_SET_PDEATHSIG); elsewhere a thread
    watches the parent's pid."""
    import signal
    import threading

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        if sys.platform.startswith("linux") and \
                libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # it died before prctl took effect
                os._exit(1)
            return
    except Exception:  # no libc or no prctl (macOS, Windows): watch instead
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="tradeie-parent-watch", daemon=True).start()


def _warm_worker(parent: int) -> None:
    import signal

    import tradeie

    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group: the parent reports it and stops the pool, and
    # a traceback from every worker would bury its message. SIGTERM ends a worker at once
    # (the parent's handler, inherited through fork, would raise inside the pool's loop).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    tradeie.load()


def _extract_chunk(chunk: list[dict[str, Any]],
                   max_length: int) -> list[tuple[str, dict[str, Any]]]:
    # (text, dict) rather than Extraction objects: Entity's __getattr__ makes them
    # unpicklable (schema.py, reported), and plain data is what crosses processes anyway
    return [(res.text, res.to_dict()) for res in extract_records(chunk, max_length=max_length)]


def _chunks(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_in_pool(records: Iterable[dict[str, Any]], n_process: int,
                     batch_size: int, max_length: int,
                     note: Callable[[str], None] | None = None) -> Iterator[Extraction]:
    from concurrent.futures import ProcessPoolExecutor
    from itertools import chain, islice

    # No more workers than CPUs or chunks: each costs a pipeline's memory (~90 MB) and its
    # start-up, and more than one per CPU only share it. The first chunks are read to count.
    chunks = _chunks(records, batch_size)
    cpus = cpu_count()
    first = list(islice(chunks, min(n_process, cpus)))
    workers = max(1, min(n_process, cpus, len(first)))
    if workers < n_process and note is not None:
        why = f"{cpus} CPU{'s' if cpus > 1 else ''}" if workers == cpus else \
            f"{len(first)} chunk{'s' if len(first) > 1 else ''} of up to {batch_size} records"
        note(f"--n-process {n_process}: using {workers} worker process"
             f"{'es' if workers > 1 else ''} (there {'are' if workers > 1 else 'is'} {why})")
    if workers == 1:  # one worker is this process: no pool to start
        for chunk in chain(first, chunks):
            yield from extract_records(chunk, max_length=max_length)
        return
    # At most two chunks per worker in flight: an archive larger than memory streams
    # through (Pool.imap would read the whole input ahead).
    in_flight: deque[Any] = deque()
    pool = ProcessPoolExecutor(workers, initializer=_warm_worker, initargs=(os.getpid(),))
    try:
        for chunk in chain(first, chunks):
            in_flight.append(pool.submit(_extract_chunk, chunk, max_length))
            while len(in_flight) >= 2 * workers:
                yield from _rebuild(in_flight.popleft().result())
        while in_flight:
            yield from _rebuild(in_flight.popleft().result())
    finally:  # interrupted or failed: chunks not started are dropped, not worked through
        pool.shutdown(wait=True, cancel_futures=True)


def _rebuild(results: list[tuple[str, dict[str, Any]]]) -> Iterator[Extraction]:
    for text, data in results:
        yield Extraction.from_dict(data, text=text)


def _unreadable(record: Unreadable) -> Extraction:
    return Extraction(text="", id=record["id"], error=record["error"])

