"""Print the fixture scores as a floors.json candidate (rounded down to 0.1).

    python bench/floors.py > /tmp/floors.json   # then raise tests/fixtures/floors.json by hand
    python bench/floors.py --with-test          # also the real test split (log it!)

Only ever raise a floor: compare with the committed file before replacing it. Scoring the
real corpus's test split is logged in tests/fixtures/REAL_TEST_LOG.md.
"""

import argparse
import json
import math
import sys
from pathlib import Path

from tradeie.scoring import evaluate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotated_sets import chosen_sets  # noqa: E402


def down(value: float) -> float:
    return math.floor(value * 10) / 10


def floors_of(path: Path) -> dict:
    report = evaluate(path)
    return {
        "labels_f1": {label: down(prf.f1) for label, prf in report.labels.items()},
        "figures_f1": down(report.figures.f1),
        "facts_f1": down(report.facts.f1),
        "facts_strict_f1": down(report.facts_strict.f1),
        "fields_accuracy": {name: down(acc.accuracy) for name, acc in report.fields.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--with-test", action="store_true",
                        help="also score the real corpus's held-out test split")
    args = parser.parse_args(argv)
    floors = {"comment": "Minimum scores on the annotated fixture sets (tests/test_end_to_end.py). "
                         "Raise, never lower."}
    for name, path in chosen_sets(args.with_test).items():
        if not path.is_file():
            print(f"{name}: {path} not found (../shared/corpus/real); left out", file=sys.stderr)
            continue
        floors[name] = floors_of(path)
    json.dump(floors, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
