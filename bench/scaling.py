"""Is tradeie linear in the length of one document, whatever the document looks like?

    python bench/scaling.py                      # 10 KB, 100 KB, 1 MB of every shape
    python bench/scaling.py --sizes 10000 100000 --budget 60
    python bench/scaling.py --shapes news table  # some shapes only

A scraper hands tradeie whole pages: prose, tables of figures, bare number dumps, junk.
Each shape is built at each size and extracted once, in a fresh process per shape with a
time budget (a quadratic step turns 1 MB into hours: it is reported as a time-out, not
waited for). Reported per size: CPU microseconds per character and the ratio to the
smallest size of the same shape; linear is a ratio near 1. spaCy's blank tokenizer on news
text of the same size is timed in the same process, as the floor. Nothing is asserted on wall time.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "fixtures" / "corpus.jsonl"
PUBLISHED = "2025-01-13"


def _news(size: int) -> str:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text("utf-8").splitlines()]
    out = ""
    while len(out) < size:
        out += "\n\n".join(texts) + "\n\n"
    return out


def _table(size: int, units: bool) -> str:
    rng, lines, i = random.Random(7), ["month,exports,imports,balance,growth,share"], 0
    while sum(map(len, lines)) < size:
        v = [rng.uniform(1, 9999) for _ in range(5)]
        month = f"{2000 + i // 12 % 25}-{i % 12 + 1:02d}"
        if units:
            lines.append(f"{month},${v[0]:,.1f} million,${v[1]:,.1f} million,{v[2]:.1f},"
                         f"{v[3] - 5000:.1f}%,{v[4] / 100:.2f}%")
        else:
            lines.append(month + "," + ",".join(f"{x:.1f}" for x in v))
        i += 1
    return "\n".join(lines)


def _repeat(unit: str):
    return lambda size: unit * (size // len(unit) + 1)


SHAPES = {
    "news": _news,  # the fixture articles end to end, as in a feed
    "table": lambda size: _table(size, units=True),  # CSV rows of money and percentages
    "numbers": lambda size: _table(size, units=False),  # CSV rows of bare numbers
    "one-sentence": _repeat("5 percent, $1.2 billion, "),  # figures with no sentence end
    "punctuation": _repeat("$" * 50 + "(" * 25 + ")" * 25),  # no whitespace at all
    "markup": _repeat('<td class="n">3.5%</td><td>&nbsp;$12&thinsp;bn</td>\n'),
}


def build(shape: str, size: int) -> str:
    return SHAPES[shape](size)[:size]


WORKER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import spacy
from bench.scaling import build
import tradeie
shape = sys.argv[2]
tradeie.extract(build(shape, 2000), published="2025-01-13")  # warm: load the pipeline
blank = spacy.blank("en")
blank.max_length = 10_000_000
for size in map(int, sys.argv[3:]):
    text = build(shape, size)
    cpu = time.process_time()
    res = tradeie.extract(text, published="2025-01-13")
    cpu = time.process_time() - cpu
    # the floor: spaCy's blank tokenizer on news text of the same size (at most 200 KB), the
    # same for every shape (on whitespace-free junk spaCy's tokenizer alone is quadratic)
    news = build("news", min(size, 200_000))
    blank(news)  # warm: the vocabulary of the text is built once, as in tradeie's run
    floor = time.process_time()
    blank(news)
    floor = (time.process_time() - floor) / len(news)
    print(json.dumps({"chars": size, "cpu_s": cpu, "blank_us_per_char": floor * 1e6,
                      "entities": len(res.entities), "facts": len(res.facts)}), flush=True)
"""


def run_shape(shape: str, sizes: list[int], budget: float) -> list[dict]:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", WORKER, str(ROOT), shape, *map(str, sizes)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=budget)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if proc.returncode not in (0, -9):
        last = (err.strip().splitlines() or ["(no message)"])[-1]
        raise SystemExit(f"{shape}: the worker failed: {last}")
    done = {r["chars"] for r in rows}
    for size in sizes:
        if size not in done:
            rows.append({"chars": size, "cpu_s": None,
                         "note": f"not finished within {budget:.0f} s "
                                 f"(ran {time.perf_counter() - started:.0f} s)"})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    parser.add_argument("--budget", type=float, default=300.0,
                        help="seconds per shape, all sizes together (default 300)")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    if any(size < 1000 for size in args.sizes):
        parser.error("sizes must be at least 1,000 characters")
    sizes = sorted(set(args.sizes))
    from rich.console import Console
    from rich.table import Table

    table = Table(title="CPU time per character of one document (ratio: to the smallest size)")
    for column in ("shape", "chars", "CPU s", "µs/char", "ratio", "blank news µs/char",
                   "entities", "facts"):
        table.add_column(column, justify="left" if column == "shape" else "right")
    everything = {}
    for shape in args.shapes:
        print(f"[{time.strftime('%H:%M:%S')}] {shape}", file=sys.stderr, flush=True)
        rows = sorted(run_shape(shape, sizes, args.budget), key=lambda r: r["chars"])
        base = rows[0]["cpu_s"] / rows[0]["chars"] if rows[0].get("cpu_s") else None
        for row in rows:
            per_char = row["cpu_s"] / row["chars"] if row.get("cpu_s") else None
            row["ratio"] = per_char / base if per_char and base else None
            table.add_row(
                shape, f"{row['chars']:,}",
                f"{row['cpu_s']:.2f}" if per_char else row.get("note", "-"),
                f"{per_char * 1e6:.1f}" if per_char else "-",
                f"{row['ratio']:.2f}" if row["ratio"] else "-",
                f"{row['blank_us_per_char']:.2f}" if "blank_us_per_char" in row else "-",
                f"{row.get('entities', '-'):,}" if "entities" in row else "-",
                f"{row.get('facts', '-'):,}" if "facts" in row else "-",
            )
        everything[shape] = rows
    Console(width=120).print(table)
    if args.json:
        args.json.write_text(json.dumps(everything, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
