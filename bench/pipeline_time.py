"""CPU time of each pipeline step over the real dev texts, best of N, against another checkout.

    python bench/pipeline_time.py                      # this checkout, 5 passes
    python bench/pipeline_time.py --repo /work/main    # another checkout alone
    python bench/pipeline_time.py --against /work/main --rounds 3   # interleaved ratios
    python bench/pipeline_time.py normalize.figures.finder:FigureFinder._read   # + steps

Steps: ``make_doc`` (cleaning and tokenizing), each component's ``__call__`` on the Doc the
earlier ones produced (disabling one component at a time would be wrong: later components
read what earlier ones set), and ``doc_to_extraction``. Each step's time is its best over the
passes (``time.process_time``), the total the best whole pass. Named steps
(``module:Owner.attr`` under tradeie, as in bench/linker_time.py) are timed too, inside the
components that call them (the wrapper adds a little to each call). With ``--against`` each round
runs both checkouts in fresh subprocesses, alternately, and the ratios are of the best times
over all rounds: on a shared, noisy machine only interleaved ratios mean anything.

The texts are the real dev split (``../shared/corpus/real/dev.jsonl`` beside the
repository), else the fixture corpus; only texts and dates are read, never annotations.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def _records(repo: Path) -> list[tuple[str, str | None]]:
    real = repo.parent / "shared" / "corpus" / "real" / "dev.jsonl"
    path = real if real.exists() else repo / "tests" / "fixtures" / "corpus.jsonl"
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(row["text"], row.get("published")) for row in rows]


def measure(repo: Path, passes: int, steps: Sequence[str] = ()) -> dict[str, float]:
    """{step: best ms} for the checkout ``repo`` (imported in this process)."""
    sys.path.insert(0, str(repo))
    sys.path.insert(1, str(Path(__file__).resolve().parent))
    from linker_time import _wrap  # (this script's folder: the same wrapper)

    named: dict[str, float] = {}
    for spec in steps:
        _wrap(spec, named)
    from tradeie import api
    from tradeie.convert import doc_to_extraction
    from tradeie.textprep import make_doc

    nlp = api._default_pipeline()
    records = _records(repo)
    for text, published in records[:3]:  # warm caches and lazy imports
        doc_to_extraction(nlp(make_doc(nlp, text, api.parse_published(published))), text)
    anchors = [api.parse_published(published) for _, published in records]
    clock = time.process_time
    best: dict[str, float] = {}
    for _ in range(passes):
        spent: dict[str, float] = {}
        named.clear()
        start = clock()
        for (text, _), anchor in zip(records, anchors, strict=True):
            t = clock()
            doc = make_doc(nlp, text, anchor)
            t2 = clock()
            spent["make_doc"] = spent.get("make_doc", 0.0) + t2 - t
            for name, proc in nlp.pipeline:
                t = clock()
                doc = proc(doc)
                t2 = clock()
                spent[name] = spent.get(name, 0.0) + t2 - t
            t = clock()
            doc_to_extraction(doc, text)
            spent["doc_to_extraction"] = spent.get("doc_to_extraction", 0.0) + clock() - t
        spent["TOTAL"] = clock() - start
        spent.update(named)
        for step, value in spent.items():
            best[step] = min(best.get(step, value), value)
    return {step: value * 1000 for step, value in best.items()}


def _child(repo: Path, passes: int, steps: Sequence[str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, *steps, "--repo", str(repo), "--passes",
                          str(passes), "--json"], check=True, capture_output=True, text=True,
                         cwd=repo, env={**os.environ, "PYTHONPATH": str(repo)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def _merge(into: dict[str, float], new: dict[str, float]) -> None:
    for step, value in new.items():
        into[step] = min(into.get(step, value), value)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = Path(__file__).resolve().parent.parent
    ap.add_argument("steps", nargs="*", help="module:Owner.attr under tradeie, timed too")
    ap.add_argument("--repo", type=Path, default=here)
    ap.add_argument("--against", type=Path, help="a base checkout: interleaved ratios")
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3, help="with --against")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.against is None:
        result = measure(args.repo, args.passes, args.steps)
        if args.json:
            print(json.dumps(result))
            return
        for step, ms in result.items():
            print(f"  {step:24s} {ms:9.1f} ms  {ms / result['TOTAL'] * 100:5.1f} %")
        return
    base: dict[str, Any] = {}
    mine: dict[str, Any] = {}
    for _ in range(args.rounds):
        _merge(base, _child(args.against, args.passes, args.steps))
        _merge(mine, _child(args.repo, args.passes, args.steps))
    print(f"{'step':24s} {'base ms':>9s} {'this ms':>9s} {'ratio':>6s}  "
          f"(best of {args.rounds} x {args.passes})")
    for step in base:
        print(f"  {step:22s} {base[step]:9.1f} {mine.get(step, 0.0):9.1f} "
              f"{base[step] / max(mine.get(step, 1e-9), 1e-9):6.2f}x")


if __name__ == "__main__":
    main()
