"""Real CPU time of named relation-linker steps, without a profiler's distortion.

    python bench/linker_time.py                          # the default steps below
    python bench/linker_time.py relate.modality:ModalityLinking._modality ...
    python bench/linker_time.py --repo /work/main        # another checkout, same steps

cProfile charges every Python call a fixed cost, so steps made of many small calls (the
linker's per-figure rules) look several times dearer than steps that spend their time in
regex or C code: on the real dev split the relations core runs about 9x slower under it, and
shares read from it mislead. Here each named step is wrapped with ``time.process_time`` and
the relations core (``doc_view``, ``link``, ``describe_facts``) is timed over the documents
already run through the other components; the best of ``--passes`` passes is printed, each
step's time and share of the core. A step that calls another named step counts it too.

The texts are the real dev split (``../shared/corpus/real/dev.jsonl`` beside the
repository), else the fixture corpus; only texts are read, never annotations.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_STEPS = (
    "relate.modality:ModalityLinking._modality",
    "relate.metric_link:MetricLinking._basis",
    "relate.role_link:RoleLinking._role",
    "relate.economy:refine",
    "relate.product:refine",
    "relate.concept.phrases:Clauses.__init__",
    "relate.sentence:SentenceIndex.__init__",
)


def _texts(repo: Path) -> list[str]:
    real = repo.parent / "shared" / "corpus" / "real" / "dev.jsonl"
    path = real if real.exists() else repo / "tests" / "fixtures" / "corpus.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def _wrap(spec: str, spent: dict[str, float]) -> None:
    """Replace ``module:Owner.attr`` (or ``module:function``) by a timed wrapper."""
    module, _, path = spec.partition(":")
    owner: Any = importlib.import_module("tradeie." + module)
    *parents, name = path.split(".")
    for part in parents:
        owner = getattr(owner, part)
    inner: Callable[..., Any] = getattr(owner, name)
    clock = time.process_time

    def timed(*args: Any, **kwargs: Any) -> Any:
        t = clock()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[spec] = spent.get(spec, 0.0) + clock() - t

    setattr(owner, name, timed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("steps", nargs="*", default=list(DEFAULT_STEPS),
                    help="module:Owner.attr under tradeie (default: the main linker steps)")
    ap.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(args.repo))
    import tradeie
    from tradeie import api
    from tradeie.components import relations
    from tradeie.relate.linker import link

    nlp = api._default_pipeline()
    docs = [nlp(text) for text in _texts(args.repo)]
    spent: dict[str, float] = {}
    for spec in args.steps:
        _wrap(spec, spent)
    best: tuple[float, dict[str, float]] | None = None
    for _ in range(args.passes):
        spent.clear()
        t = time.process_time()
        for doc in docs:
            view = relations.doc_view(doc)
            relations._with_concepts(view, link(view), doc)
        total = time.process_time() - t
        if best is None or total < best[0]:
            best = (total, dict(spent))
    assert best is not None
    total, steps = best
    print(f"{tradeie.__file__}: relations core {total * 1000:.1f} ms CPU over {len(docs)} "
          f"documents (best of {args.passes})")
    for spec in args.steps:
        ms = steps.get(spec, 0.0) * 1000
        print(f"  {spec:48s} {ms:8.1f} ms  {ms / total / 10:5.1f} %")


if __name__ == "__main__":
    main()
