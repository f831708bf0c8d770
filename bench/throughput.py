"""Speed and scale of tradeie, in one run, against spaCy's blank tokenizer and quantulum3.

    python bench/throughput.py                 # full: real texts, 10 KB / 100 KB / 1 MB docs
    python bench/throughput.py --quick         # a few minutes: fewer passes, no 1 MB doc
    python bench/throughput.py --profile       # plus cProfile hot spots of the pipeline
    python bench/throughput.py --json out.json # where to write the numbers (default below)

The texts are those of the real articles, ``../shared/corpus/real/dev.jsonl`` and
``test.jsonl`` beside the repository, read at run time (never copied into the repository);
when that folder is absent, the fixture texts (tests/fixtures/corpus.jsonl) stand in, and the
output says so. Only the texts and publication dates are read, never the annotations.

Measured, each as the median of a few passes over the same texts in the same process:
- characters/s and documents/s of (a) ``spacy.blank("en")`` + ``nlp.pipe``, with a cold
  tokenizer cache (a fresh ``spacy.blank("en")`` per pass) and a warm one (the same object,
  after one pass), tradeie's tuned tokenizer alone, (b) the full pipeline
  (``tradeie.extract_many``, results converted to Extractions; the pipeline is loaded once,
  so its tokenizer cache is warm after the first pass: the first pass is reported too),
  (c) quantulum3's ``parser.parse`` on the same texts (a subset with --quick; the output says);
- the ratios b/a (cold and warm) and b/c on CPU time, peak RSS, cold start in a fresh
  interpreter (import + load + first document), the speed-up of ``extract_many(n_process=2)``
  over ``n_process=1``, and time per character of single 10 KB, 100 KB and 1 MB documents (a
  fresh subprocess with a time budget: a super-linear step shows up as a growing time per
  character, or as a time-out);
- time per pipeline component (tokenizer, each component, conversion to an Extraction).

The parallel runs use the texts repeated up to ``--chars``; big single documents are the texts
concatenated. Results are printed and written as JSON; do not commit them. The numbers depend
on the machine and on its load: the load average is recorded with them.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import threading
import time
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "fixtures" / "corpus.jsonl"
# the real articles, beside the repository (a worktree's ../shared); read, never copied
REAL = ROOT.parent / "shared" / "corpus" / "real"
REAL_SPLITS = ("dev.jsonl", "test.jsonl")
PUBLISHED = "2025-01-13"


@dataclass
class Rate:
    """Wall-clock and CPU time of one measurement. On a busy machine the wall clock
    stretches with other people's work; the CPU time of this process much less, so ratios
    are taken on CPU time."""

    name: str
    docs: int
    chars: int
    seconds: float
    cpu_seconds: float
    note: str = ""

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds else float("inf")

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")

    @property
    def chars_per_cpu_s(self) -> float:
        return self.chars / self.cpu_seconds if self.cpu_seconds else float("inf")

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "chars_per_s": self.chars_per_s, "docs_per_s": self.docs_per_s,
                "chars_per_cpu_s": self.chars_per_cpu_s}


class Clock:
    """Wall and CPU time of a block: ``with Clock() as c: ...; c.wall, c.cpu``."""

    def __enter__(self) -> Clock:
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0


def rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# ---------------------------------------------------------------------------- corpus


def source_files() -> list[Path]:
    """The real articles' files when present beside the repository, else the fixture set."""
    real = [REAL / name for name in REAL_SPLITS]
    return real if all(path.is_file() for path in real) else [CORPUS]


def articles() -> list[dict[str, Any]]:
    """Id, text and publication date of every article (annotations are not read)."""
    out = []
    for path in source_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append({"id": r["id"], "text": r["text"],
                            "published": r.get("published") or PUBLISHED})
    return out


def corpus(min_chars: int) -> list[dict[str, Any]]:
    """The fixture articles repeated until they hold ``min_chars`` characters of text."""
    base, out, size, rep = articles(), [], 0, 0
    while size < min_chars:
        for rec in base:
            out.append({**rec, "id": f"{rec['id']}#{rep}"})
            size += len(rec["text"])
        rep += 1
    return out


def big_document(size: int) -> str:
    """One document of exactly ``size`` characters: the articles end to end, as in a feed."""
    texts = [r["text"] for r in articles()]
    doc = ""
    while len(doc) < size:
        doc += "\n\n".join(texts) + "\n\n"
    return doc[:size]


# ---------------------------------------------------------------------- measurements


def median_rate(name: str, texts: list[str], cpu: list[float], wall: list[float],
                note: str = "") -> Rate:
    """The pass with the median CPU time (the wall time of that same pass)."""
    order = sorted(range(len(cpu)), key=cpu.__getitem__)
    mid = order[len(order) // 2]
    note = f"median of {len(cpu)} passes" + (f"; {note}" if note else "")
    return Rate(name, len(texts), sum(map(len, texts)), wall[mid], cpu[mid], note)


def blank_tokenizer(texts: list[str], passes: int) -> tuple[Rate, Rate]:
    """(cold, warm): a fresh ``spacy.blank("en")`` per pass (empty tokenizer cache and
    vocabulary), and passes of one object that has seen the texts once."""
    import spacy

    cold: tuple[list[float], list[float]] = ([], [])
    for _ in range(passes):
        nlp = spacy.blank("en")
        with Clock() as clock:
            for _doc in nlp.pipe(texts, batch_size=256):
                pass
        cold[0].append(clock.cpu)
        cold[1].append(clock.wall)
    warm: tuple[list[float], list[float]] = ([], [])
    for n in range(passes + 1):
        with Clock() as clock:
            for _doc in nlp.pipe(texts, batch_size=256):
                pass
        if n:
            warm[0].append(clock.cpu)
            warm[1].append(clock.wall)
    return (median_rate("(a) spacy.blank('en') nlp.pipe, cold cache", texts, *cold,
                        "a fresh spacy.blank per pass"),
            median_rate("(a) spacy.blank('en') nlp.pipe, warm cache", texts, *warm,
                        "texts seen before"))


def tuned_tokenizer(texts: list[str], passes: int) -> Rate:
    """tradeie's tokenizer, its cache flushed before each pass (cold, like (a) cold). A
    pipeline of its own: run on the one extract_many uses, outside any memory zone, it left
    every word of the texts in that pipeline's vocabulary and cache, and (b) was measured on
    a tokenizer warmed by the bench rather than by its own passes."""
    from tradeie.pipeline import build

    tokenizer = build().tokenizer
    cpu, wall = [], []
    for _ in range(passes):
        tokenizer._flush_cache()
        with Clock() as clock:
            for _doc in tokenizer.pipe(texts, batch_size=256):
                pass
        cpu.append(clock.cpu)
        wall.append(clock.wall)
    return median_rate("tradeie's tuned tokenizer alone, cold cache", texts, cpu, wall,
                       "extra infixes for US$, €1.2bn, 5-percent")


def pipeline_passes(records: list[dict[str, Any]], passes: int) -> tuple[Rate, Rate]:
    """(first pass, median of the later passes) of extract_many over the records, n_process=1:
    the pipeline is loaded once, so the first pass meets a cold tokenizer cache."""
    import tradeie

    tradeie.load()  # building the pipeline is cold start, measured separately
    texts = [r["text"] for r in records]
    cpu, wall, facts = [], [], 0
    for _ in range(passes + 1):
        facts = 0
        with Clock() as clock:
            for res in tradeie.extract_many(records, batch_size=64):
                facts += len(res.facts)
        cpu.append(clock.cpu)
        wall.append(clock.wall)
    first = Rate("(b) tradeie extract_many, first pass", len(texts), sum(map(len, texts)),
                 wall[0], cpu[0], f"{facts:,} facts; cold tokenizer cache")
    return first, median_rate("(b) tradeie extract_many", texts, cpu[1:], wall[1:],
                              f"{facts:,} facts")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def pipeline(records: list[dict[str, Any]], n_process: int = 1) -> tuple[Rate, float]:
    """(rate, CPU seconds of the worker processes) of extract_many over the records."""
    import tradeie

    tradeie.load()  # building the pipeline is cold start, measured separately
    facts = errors = 0
    workers0 = children_cpu()
    with Clock() as clock:
        for res in tradeie.extract_many(records, n_process=n_process, batch_size=64):
            facts += len(res.facts)
            errors += res.error is not None
    workers = children_cpu() - workers0  # spaCy joins its workers before returning
    name = "(b) tradeie extract_many" + (f", n_process={n_process}" if n_process > 1 else "")
    note = f"{facts:,} facts" + (f", {errors} errors" if errors else "")
    if n_process > 1:
        note += f"; CPU: main {clock.cpu:.1f} s + workers {workers:.1f} s"
    return (Rate(name, len(records), sum(len(r["text"]) for r in records), clock.wall,
                 clock.cpu if n_process == 1 else clock.cpu + workers, note), workers)


def record_pool(records: list[dict[str, Any]], n_process: int) -> Rate:
    """The batch CLI's parallel path: chunks of records to a pool, Extractions back."""
    from tradeie.batch import extract_records

    workers0 = children_cpu()
    with Clock() as clock:
        facts = sum(len(res.facts) for res in extract_records(records, n_process=n_process))
    workers = children_cpu() - workers0
    return Rate(f"(b) tradeie CLI record pool, n_process={n_process}", len(records),
                sum(len(r["text"]) for r in records), clock.wall, clock.cpu + workers,
                f"{facts:,} facts; CPU: main {clock.cpu:.1f} s + workers {workers:.1f} s")


def quantulum(texts: list[str], budget_chars: int | None) -> tuple[Rate, float]:
    """quantulum3 on the first ``budget_chars`` characters' worth of texts; (rate, load s)."""
    warnings.filterwarnings("ignore")  # quantulum3 warns about its classifier at load
    start = time.perf_counter()
    from quantulum3 import parser

    parser.parse("warm up: 5 percent and $3 billion")  # loads its classifier (seconds)
    load = time.perf_counter() - start
    subset, size = [], 0
    for text in texts:
        if budget_chars is not None and size >= budget_chars:
            break
        subset.append(text)
        size += len(text)
    with Clock() as clock:
        for text in subset:
            parser.parse(text)
    total = sum(map(len, texts))
    note = (f"subset: {size:,} of {total:,} chars, scaled" if len(subset) < len(texts)
            else "")
    return Rate("(c) quantulum3 parser.parse", len(subset), size, clock.wall, clock.cpu,
                note), load


COLD_START = """
import json, resource, sys, time
c0, t0 = time.process_time(), time.perf_counter()
import tradeie
t1 = time.perf_counter()
nlp = tradeie.load()
t2 = time.perf_counter()
res = tradeie.extract(sys.stdin.read(), published="2025-01-13")
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "first_doc_s": t3 - t2,
                  "total_s": t3 - t0, "cpu_s": time.process_time() - c0,
                  "facts": len(res.facts),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def cold_start(text: str, repeats: int) -> dict[str, Any]:
    """import + load + first document in fresh interpreters; the median and every run.
    One unmeasured run first: bytecode compiled and files in the OS cache, as after install."""
    runs = []
    for n in range(repeats + 1):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", COLD_START], input=text, text=True,
                              capture_output=True, cwd=ROOT, check=True)
        run = json.loads(done.stdout.strip().splitlines()[-1])
        run["process_s"] = time.perf_counter() - start  # with interpreter start and exit
        if n:
            runs.append(run)
    keys = ("import_s", "load_s", "first_doc_s", "total_s", "cpu_s", "process_s", "rss_mb")
    return {"median": {k: statistics.median(r[k] for r in runs) for k in keys},
            "min_total_s": min(r["total_s"] for r in runs), "runs": runs}


SIZES_SCRIPT = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from bench.throughput import big_document
import tradeie
tradeie.extract(big_document(2000), published="2025-01-13")  # warm: load the pipeline
for size in map(int, sys.argv[2:]):
    text = big_document(size)
    start, cpu = time.perf_counter(), time.process_time()
    res = tradeie.extract(text, published="2025-01-13")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"chars": size, "seconds": seconds, "cpu_seconds": cpu,
                      "facts": len(res.facts),
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}),
          flush=True)
"""


def linearity(sizes: list[int], budget_s: float) -> list[dict[str, Any]]:
    """Single documents of each size in one fresh process, smallest first, until the time
    budget runs out (a quadratic step makes 1 MB take hours: it is then reported as such)."""
    import spacy

    tokenizer = spacy.blank("en")
    proc = subprocess.Popen([sys.executable, "-c", SIZES_SCRIPT, str(ROOT), *map(str, sizes)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    started = time.perf_counter()
    try:
        proc.wait(timeout=budget_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    elapsed = time.perf_counter() - started
    reader.join(timeout=5)
    results = [json.loads(line) for line in lines if line.startswith("{")]
    failure = ""
    if proc.returncode not in (0, -9):
        failure = proc.stderr.read().strip().splitlines()[-1:] or ["(no message)"]
        failure = f"failed: {failure[0][:200]}"
    done = {r["chars"] for r in results}
    for size in sizes:
        if size not in done:
            results.append({"chars": size, "seconds": None, "timed_out": not failure,
                            "note": failure or f"not finished within the {budget_s:.0f} s "
                                               f"budget (ran {elapsed:.0f} s in all)"})
    for row in results:
        text = big_document(row["chars"])
        start = time.perf_counter()
        tokenizer(text)
        row["tokenizer_us_per_char"] = (time.perf_counter() - start) / row["chars"] * 1e6
        row["us_per_char"] = (row["seconds"] / row["chars"] * 1e6 if row.get("seconds")
                              else None)
        row["cpu_us_per_char"] = (row["cpu_seconds"] / row["chars"] * 1e6
                                  if row.get("cpu_seconds") else None)
    results.sort(key=lambda r: r["chars"])
    base = results[0].get("cpu_us_per_char")
    for row in results:
        row["vs_smallest"] = (row["cpu_us_per_char"] / base if base and row["cpu_us_per_char"]
                              else None)
    return results


def components(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Seconds per stage over the records: tokenizer, each pipe, conversion."""
    import tradeie
    from tradeie.api import make_doc
    from tradeie.convert import doc_to_extraction

    nlp = tradeie.load()
    names = ["tokenizer (make_doc)", *nlp.pipe_names, "convert to Extraction"]
    spent = dict.fromkeys(names, 0.0)
    clock = time.process_time  # CPU time: other processes on the machine do not count
    for rec in records:
        start = clock()
        doc = make_doc(nlp, rec["text"], rec["published"])
        spent[names[0]] += clock() - start
        for name, proc in nlp.pipeline:
            start = clock()
            doc = proc(doc)
            spent[name] += clock() - start
        start = clock()
        doc_to_extraction(doc, rec["text"])
        spent[names[-1]] += clock() - start
    total = sum(spent.values())
    chars = sum(len(r["text"]) for r in records)
    return [{"stage": name, "seconds": s, "share": s / total, "chars_per_s": chars / s if s
             else None} for name, s in spent.items()]


def msgpack_cost(records: list[dict[str, Any]]) -> dict[str, Any]:
    """What n_process pays per document beyond the pipeline: spaCy sends each Doc to a
    worker and back as bytes (Doc.to_bytes / from_bytes), and srsly looks up its msgpack
    hooks (catalogue registry + every installed package's entry points) on every call."""
    import importlib.metadata

    import srsly
    from spacy.tokens import Doc

    import tradeie
    from tradeie.api import make_doc

    nlp = tradeie.load()
    docs = [nlp(make_doc(nlp, r["text"], r["published"])) for r in records[:50]]
    with Clock() as lookup:
        for _ in range(20):
            srsly.msgpack_decoders.get_all()
    with Clock() as trip:
        for doc in docs:
            Doc(nlp.vocab).from_bytes(doc.to_bytes())
    return {"hook_lookup_ms": lookup.cpu / 20 * 1e3,
            "doc_round_trip_ms": trip.cpu / len(docs) * 1e3,
            "distributions": sum(1 for _ in importlib.metadata.distributions())}


def profile(records: list[dict[str, Any]], top: int) -> dict[str, Any]:
    """cProfile of every stage on its own (tokenizer, each pipe, conversion): per stage, the
    functions with the most own time. cProfile inflates Cython generators (Doc.__iter__,
    behind Doc.text) and the pure-Python regex compiler: take shares from the stage table."""
    import tradeie
    from tradeie.api import make_doc
    from tradeie.convert import doc_to_extraction

    nlp = tradeie.load()
    stages = ["tokenizer (make_doc)", *nlp.pipe_names, "convert to Extraction"]
    profs = {name: cProfile.Profile() for name in stages}

    def timed(name: str, func: Any, *args: Any) -> Any:
        profs[name].enable()
        try:
            return func(*args)
        finally:
            profs[name].disable()

    for rec in records:
        doc = timed(stages[0], make_doc, nlp, rec["text"], rec["published"])
        for name, proc in nlp.pipeline:
            doc = timed(name, proc, doc)
        timed(stages[-1], doc_to_extraction, doc, rec["text"])

    def where(key: tuple[str, int, str]) -> str:
        file, line, func = key
        path = Path(file)
        short = (str(path.relative_to(ROOT)) if path.is_relative_to(ROOT)
                 else "/".join(path.parts[-2:]) if path.parts else file)
        return f"{short}:{line}({func})"

    out = {}
    for name, prof in profs.items():
        stats = pstats.Stats(prof, stream=io.StringIO()).stats
        total = sum(row[2] for row in stats.values())
        rows = sorted(({"function": where(key), "calls": nc, "own_s": tt, "cum_s": ct,
                        "own_share": tt / total if total else 0.0}
                       for key, (_cc, nc, tt, ct, _callers) in stats.items()),
                      key=lambda r: -r["own_s"])
        out[name] = {"total_s": total, "top": rows[:top]}
    return out


# --------------------------------------------------------------------------- report


def fmt(value: float | None, spec: str = ",.0f") -> str:
    return "-" if value is None else format(value, spec)


def _table(title: str, columns: tuple[str, ...], left: tuple[str, ...] = ()) -> Any:
    from rich.table import Table

    table = Table(title=title)
    for col in columns:
        table.add_column(col, justify="left" if col in left else "right")
    return table


def render(result: dict[str, Any]) -> None:
    from rich.console import Console

    # piped or logged output keeps whole rows: no terminal width to fit
    console = Console() if sys.stdout.isatty() else Console(width=150)
    info = result["corpus"]
    table = _table(f"Throughput on {info['chars']:,} chars in {info['docs']:,} docs "
                   f"(load average {result['machine']['loadavg']}, "
                   f"{result['machine']['cpus']} CPUs)",
                   ("measurement", "docs", "chars", "wall s", "CPU s", "chars/s",
                    "chars/CPU-s", "docs/s", "note"), ("measurement", "note"))
    for rate in result["throughput"]:
        table.add_row(rate["name"], fmt(rate["docs"]), fmt(rate["chars"]),
                      fmt(rate["seconds"], ".2f"), fmt(rate["cpu_seconds"], ".2f"),
                      fmt(rate["chars_per_s"]), fmt(rate["chars_per_cpu_s"]),
                      fmt(rate["docs_per_s"], ",.1f"), rate["note"])
    console.print(table)

    stages = _table("Where the time goes (CPU time per stage, n_process=1)",
                    ("stage", "CPU s", "share", "chars/CPU-s"), ("stage",))
    for row in result["components"]:
        stages.add_row(row["stage"], fmt(row["seconds"], ".2f"),
                       fmt(row["share"] * 100, ".1f") + " %", fmt(row["chars_per_s"]))
    console.print(stages)
    console.print(f"Peak RSS: {result['rss_mb']['pipeline']:.0f} MB after the pipeline run, "
                  f"{result['rss_mb']['with_quantulum']:.0f} MB with quantulum3 loaded; "
                  f"quantulum3's first parse (loading it) took {result['quantulum_load_s']:.1f} s")

    if "linearity" in result:
        render_scale(console, result)

    if result.get("profile"):
        render_profile(console, result)


def render_scale(console: Any, result: dict[str, Any]) -> None:
    sizes = _table("Single documents: time per character",
                   ("chars", "wall s", "CPU s", "CPU µs/char", "× smallest",
                    "blank tokenizer µs/char", "facts", "peak RSS MB", "note"), ("note",))
    for row in result["linearity"]:
        sizes.add_row(fmt(row["chars"]), fmt(row.get("seconds"), ".2f"),
                      fmt(row.get("cpu_seconds"), ".2f"), fmt(row.get("cpu_us_per_char"), ".1f"),
                      fmt(row.get("vs_smallest"), ".1f"),
                      fmt(row["tokenizer_us_per_char"], ".2f"), fmt(row.get("facts")),
                      fmt(row.get("rss_mb")), row.get("note", ""))
    console.print(sizes)

    cold = result["cold_start"]["median"]
    console.print(
        f"Cold start, median of {len(result['cold_start']['runs'])} fresh interpreters: import "
        f"{cold['import_s']:.2f} s + load {cold['load_s']:.2f} s + first document "
        f"{cold['first_doc_s']:.2f} s = {cold['total_s']:.2f} s wall, {cold['cpu_s']:.2f} s "
        f"CPU; whole process {cold['process_s']:.2f} s, peak RSS {cold['rss_mb']:.0f} MB")
    par, cost = result["parallel"], result["msgpack"]
    console.print(
        f"extract_many n_process=2 vs 1: {par['speedup']:.2f}x wall; "
        f"{par['cpu_ratio']:.2f}x the CPU time of one process (main + workers); identical "
        f"results: {par['identical']}. Per document sent to a worker: Doc bytes round trip "
        f"{cost['doc_round_trip_ms']:.1f} ms, of which srsly's msgpack hook lookup "
        f"{cost['hook_lookup_ms']:.1f} ms per call ({cost['distributions']} installed "
        f"distributions scanned). Batch CLI record pool, 2 workers: {par['pool_speedup']:.2f}x "
        f"wall, {par['pool_cpu_ratio']:.2f}x the CPU time")


def render_profile(console: Any, result: dict[str, Any]) -> None:
    hot = _table("Hot spots per stage (cProfile own time; profiler overhead included)",
                 ("stage", "function", "calls", "own s", "cum s", "share of stage"),
                 ("stage", "function"))
    for stage, prof in result["profile"].items():
        for n, row in enumerate(prof["top"]):
            hot.add_row(f"{stage} ({prof['total_s']:.2f} s)" if n == 0 else "",
                        row["function"], fmt(row["calls"]), fmt(row["own_s"], ".3f"),
                        fmt(row["cum_s"], ".3f"), fmt(row["own_share"] * 100, ".1f") + " %",
                        end_section=n == len(prof["top"]) - 1)
    console.print(hot)


# ------------------------------------------------------------------------------ main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="fewer passes, quantulum3 on a subset, no 1 MB doc")
    parser.add_argument("--passes", type=int, help="passes per measurement (default 5; 3 "
                        "with --quick); the median is reported")
    parser.add_argument("--chars", type=int, help="characters for the n_process runs, the "
                        "texts repeated (default 1,000,000; 200,000 with --quick)")
    parser.add_argument("--rates-only", action="store_true", help="only the throughput "
                        "table and stages: no cold start, n_process or single-document runs")
    parser.add_argument("--profile", action="store_true", help="cProfile the pipeline")
    parser.add_argument("--top", type=int, default=5, help="functions per stage in --profile")
    parser.add_argument("--size-budget", type=float, help="seconds for the single-document "
                        "sizes (default 600; 120 with --quick)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "throughput.json",
                        help="write the results here (default bench/throughput.json)")
    args = parser.parse_args()
    quick = args.quick
    passes = args.passes or (3 if quick else 5)
    chars = args.chars or (200_000 if quick else 1_000_000)
    sizes = [10_000, 100_000] if quick else [10_000, 100_000, 1_000_000]
    budget = args.size_budget or (120.0 if quick else 600.0)

    def step(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    files = source_files()
    if files == [CORPUS]:
        print(f"note: {REAL} not found; measuring on the fixture texts ({CORPUS.name}), "
              "short texts that keep the tokenizer cache warm", flush=True)
    base = articles()
    texts = [r["text"] for r in base]
    result: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                    "loadavg": " ".join(f"{x:.1f}" for x in os.getloadavg())},
        "corpus": {"docs": len(base), "chars": sum(map(len, texts)),
                   "source": ", ".join(str(f) for f in files), "quick": quick,
                   "passes": passes},
    }
    if not args.rates_only:
        step("cold start (fresh interpreters)")
        result["cold_start"] = cold_start(texts[0], 1 if quick else 3)

    step(f"blank tokenizer, {passes} cold and {passes} warm passes")
    blank_cold, blank_warm = blank_tokenizer(texts, passes)
    step("tuned tokenizer")
    tuned = tuned_tokenizer(texts, passes)
    step(f"full pipeline, {passes + 1} passes over {result['corpus']['chars']:,} chars")
    first, full = pipeline_passes(base, passes)
    result["rss_mb"] = {"pipeline": rss_mb()}
    rates = [blank_cold, blank_warm, tuned, first, full]

    if not args.rates_only:
        records = corpus(chars)
        step(f"n_process=1 and 2 on {sum(len(r['text']) for r in records):,} chars")
        one, _ = pipeline(records)
        two, _ = pipeline(records, n_process=2)
        import tradeie

        one_dicts = [r.to_dict() for r in tradeie.extract_many(base)]
        two_dicts = [r.to_dict() for r in tradeie.extract_many(base, n_process=2, batch_size=8)]
        step("batch CLI record pool, n_process=2")
        pool = record_pool(records, 2)
        result["parallel"] = {"speedup": two.chars_per_s / one.chars_per_s,
                              "cpu_ratio": two.cpu_seconds / one.cpu_seconds,
                              "identical": one_dicts == two_dicts,
                              "pool_speedup": pool.chars_per_s / one.chars_per_s,
                              "pool_cpu_ratio": pool.cpu_seconds / one.cpu_seconds}
        result["msgpack"] = msgpack_cost(base)
        result["rss_mb"]["workers"] = rss_mb(resource.RUSAGE_CHILDREN)
        rates += [one, two, pool]

    step("stages")
    result["components"] = components(base)

    step("quantulum3")
    quant, quant_load = quantulum(texts, 50_000 if quick else None)
    result["quantulum_load_s"] = quant_load
    result["throughput"] = [r.to_dict() for r in (*rates, quant)]
    result["ratios"] = {  # on CPU time: robust to other work on the machine
        "pipeline_vs_blank_cold": full.chars_per_cpu_s / blank_cold.chars_per_cpu_s,
        "pipeline_vs_blank_warm": full.chars_per_cpu_s / blank_warm.chars_per_cpu_s,
        "pipeline_vs_quantulum": full.chars_per_cpu_s / quant.chars_per_cpu_s,
        "pipeline_vs_tuned_tokenizer": full.chars_per_cpu_s / tuned.chars_per_cpu_s,
        "wall_pipeline_vs_blank_warm": full.chars_per_s / blank_warm.chars_per_s,
        "wall_pipeline_vs_quantulum": full.chars_per_s / quant.chars_per_s,
    }
    result["rss_mb"]["with_quantulum"] = rss_mb()

    if not args.rates_only:
        step(f"single documents {sizes} (budget {budget:.0f} s)")
        result["linearity"] = linearity(sizes, budget)

    if args.profile:
        step("profile")
        result["profile"] = profile(base, args.top)

    render(result)
    ratios = result["ratios"]
    print(f"b/a = {ratios['pipeline_vs_blank_warm']:.2%} of the warm blank tokenizer, "
          f"{ratios['pipeline_vs_blank_cold']:.2%} of the cold one   "
          f"b/c = {ratios['pipeline_vs_quantulum']:.2f}x quantulum3   (CPU time, "
          f"{result['corpus']['chars']:,} chars of {result['corpus']['source']})")
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
