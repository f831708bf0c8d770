"""Soak: many varied documents through one process; memory must stay flat.

Every document brings words never seen before (names of officials, firms, products), as a
news feed does for months. spaCy keeps every new string in its vocabulary unless the work runs
inside ``nlp.memory_zone()``; tradeie's ``extract`` and ``extract_many`` do. This script prints
the resident memory (RSS) and the vocabulary's size at the start and every ``--every``
documents, and exits 1 if RSS grew by more than ``--max-growth`` MB after the first report.

    python bench/soak.py                 # 50,000 documents, a report every 10,000
    python bench/soak.py --n 20000 --api extract
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from collections.abc import Iterator
from pathlib import Path

TEMPLATES = (
    "{name}, {title} of {place}, said exports of {thing} rose {pct}% to ${money} billion in "
    "{month} {year}, the {agency} reported on {weekday}.",
    "Imports of {thing} from {place} fell {pct} percent year on year in the first quarter of "
    "{year}, according to {agency} data released by {name}.",
    "{place}'s trade surplus widened to {money} billion euros in {month}, up from {money2} "
    "billion a year earlier, {title} {name} told reporters.",
    "The {agency} expects {thing} shipments to grow {pct}-{pct2}% in fiscal {year}.",
    "{name} & Co shares: {pct}% | {money} | {money2} -- {thing} {thing2} {month} {year} ##",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
TITLES = ("trade minister", "finance minister", "governor", "spokesperson", "chief economist")
AGENCIES = ("statistics office", "customs administration", "central bank", "trade ministry")


def _word(rng: random.Random, low: int = 5, high: int = 11) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))


def documents(n: int, seed: int) -> Iterator[dict[str, str]]:
    """``n`` documents, each with new words: names, places and products made up on the fly."""
    rng = random.Random(seed)
    for i in range(n):
        fields = {
            "name": f"{_word(rng).title()} {_word(rng).title()}",
            "title": rng.choice(TITLES), "place": _word(rng).title() + "ia",
            "thing": _word(rng) + "s", "thing2": _word(rng, 3, 14),
            "pct": f"{rng.uniform(0, 30):.1f}", "pct2": f"{rng.uniform(30, 60):.1f}",
            "money": f"{rng.uniform(1, 900):.1f}", "money2": f"{rng.uniform(1, 900):.1f}",
            "month": rng.choice(MONTHS), "year": str(rng.randint(1995, 2030)),
            "agency": rng.choice(AGENCIES),
            "weekday": rng.choice(("Monday", "Tuesday", "Friday")),
        }
        parts = [rng.choice(TEMPLATES).format(**fields) for _ in range(rng.randint(1, 4))]
        yield {"id": f"s{i}", "text": " ".join(parts), "published": "2025-01-13"}


def rss_mb() -> float:
    """Resident memory now (Linux), else the peak so far."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=50_000, help="documents (default 50,000)")
    parser.add_argument("--every", type=int, default=10_000, help="report interval")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--api", choices=("extract_many", "extract"), default="extract_many")
    parser.add_argument("--max-growth", type=float, default=30.0,
                        help="MB of RSS growth after the first report that fails the run")
    args = parser.parse_args(argv)

    import tradeie

    nlp = tradeie.load()
    tradeie.extract("Exports rose 5% in 2024.")  # warm: lazily built data is loaded now
    start = time.perf_counter()
    print(f"{'docs':>8} {'RSS MB':>8} {'vocab strings':>14} {'docs/s':>8}", flush=True)
    print(f"{0:>8,} {rss_mb():>8.1f} {len(nlp.vocab.strings):>14,} {'':>8}", flush=True)
    docs = documents(args.n, args.seed)
    if args.api == "extract":
        results = (tradeie.extract(d["text"], published=d["published"]) for d in docs)
    else:
        results = tradeie.extract_many(docs)
    reports: list[float] = []
    failed = 0
    for count, res in enumerate(results, 1):
        failed += res.error is not None
        if count % args.every == 0 or count == args.n:
            reports.append(rss_mb())
            rate = count / (time.perf_counter() - start)
            print(f"{count:>8,} {reports[-1]:>8.1f} {len(nlp.vocab.strings):>14,} "
                  f"{rate:>8.1f}", flush=True)
    growth = reports[-1] - reports[0] if reports else 0.0
    print(f"RSS growth after the first report: {growth:+.1f} MB; {failed} failed documents")
    return 1 if growth > args.max_growth or failed else 0


if __name__ == "__main__":
    sys.exit(main())
