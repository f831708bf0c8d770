"""The output on every annotated document is the one recorded in output_snapshot.json.

A refactor or a speed change must leave it as it is. A change meant to alter the output (a
rule, a word list) records the new output in the same commit:

    python bench/snapshot.py save tests/fixtures/output_snapshot.json

and says in its message which scores moved. The snapshot holds digests only (see
bench/snapshot.py); the real corpus's documents are compared where ../shared is present.
"""

import runpy
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SNAPSHOT = REPO / "tests" / "fixtures" / "output_snapshot.json"


def test_output_is_the_recorded_snapshot(capsys):
    snapshot = runpy.run_path(str(REPO / "bench" / "snapshot.py"), run_name="snapshot")
    status = snapshot["check"](SNAPSHOT)
    out = capsys.readouterr().out
    assert status == 0, (
        "tradeie's output changed on these documents; if intended, record it with "
        "`python bench/snapshot.py save tests/fixtures/output_snapshot.json`\n" + out)
    assert " 0 changed" in out
