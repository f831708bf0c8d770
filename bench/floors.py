"""Print the corpus scores as a floors.json candidate (rounded down to 0.1).

    python bench/floors.py > tests/fixtures/floors.json

Only ever raise a floor: compare with the committed file before replacing it.
"""

import json
import math
import sys
from pathlib import Path

from tradeie.scoring import evaluate

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus.jsonl"


def down(value: float) -> float:
    return math.floor(value * 10) / 10


def main() -> int:
    report = evaluate(CORPUS)
    floors = {
        "comment": "Minimum scores on tests/fixtures/corpus.jsonl (tests/test_end_to_end.py). "
                   "Raise, never lower.",
        "labels_f1": {label: down(prf.f1) for label, prf in report.labels.items()},
        "figures_f1": down(report.figures.f1),
        "facts_f1": down(report.facts.f1),
        "fields_accuracy": {name: down(acc.accuracy) for name, acc in report.fields.items()},
    }
    json.dump(floors, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
