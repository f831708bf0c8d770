"""The README's score table: every annotated set scored by ``tradeie evaluate``, as Markdown.

    python bench/scores.py              # the table, printed (without the real test split)
    python bench/scores.py --with-test  # with the real corpus's test split (log it!)
    python bench/scores.py --json F     # the reports as JSON too

Sets: the three fixture sets in tests/fixtures and the real corpus's dev and test splits from
../shared/corpus/real beside the repository (left out with a note when absent). Scoring the
test split is logged in tests/fixtures/REAL_TEST_LOG.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tradeie.scoring import ENTITY_LABELS, FACT_FIELDS, EvalReport, evaluate, read_fixtures

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotated_sets import chosen_sets  # noqa: E402

TITLES = {"corpus": "corpus", "heldout": "held-out", "blind": "blind", "real_dev": "real dev",
          "real_test": "real test"}


def table(reports: dict[str, tuple[int, EvalReport]]) -> str:
    names = list(reports)
    head = "| F1 / accuracy | " + " | ".join(
        f"{name} ({docs} docs)" for name, (docs, _) in reports.items()) + " |"
    lines = [head, "|---|" + "---|" * len(names)]

    def row(title: str, values: list[str]) -> None:
        lines.append(f"| {title} | " + " | ".join(values) + " |")

    for label in ENTITY_LABELS:
        row(f"{label} F1", [f"{r.labels[label].f1:.1f}" for _, r in reports.values()])
    row("all figures F1", [f"{r.figures.f1:.1f}" for _, r in reports.values()])
    row("**facts F1** (figure + metric + role)",
        [f"**{r.facts.f1:.1f}**" for _, r in reports.values()])
    row("facts P / R", [f"{r.facts.precision:.1f} / {r.facts.recall:.1f}"
                        for _, r in reports.values()])
    row("**strict facts F1** (+ period and reporter)",
        [f"**{r.facts_strict.f1:.1f}**" for _, r in reports.values()])
    for name in FACT_FIELDS:
        row(f"{name} accuracy", [f"{r.fields[name].accuracy:.1f}" for _, r in reports.values()])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the reports as JSON")
    parser.add_argument("--with-test", action="store_true",
                        help="also score the real corpus's held-out test split")
    args = parser.parse_args(argv)
    reports = {}
    for name, path in chosen_sets(args.with_test).items():
        if not path.is_file():
            print(f"{name}: {path} not found; left out", file=sys.stderr)
            continue
        docs = read_fixtures(path)
        reports[TITLES[name]] = (len(docs), evaluate(docs))
    print(table(reports))
    if args.json:
        args.json.write_text(json.dumps(
            {name: r.to_dict() | {"errors": []} for name, (_, r) in reports.items()},
            indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
