"""The recipes of docs/ARCHITECTURE.md, followed: each edits a private copy of models/ the
way its recipe says and checks that the sentence of the recipe goes from "before" to "after".
Each side runs in a fresh process pointed at its rule data (``TRADEIE_MODELS_DIR``), as a user
who edits the data files would run tradeie."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import edit_json, script_env

REPO = Path(__file__).resolve().parent.parent
ARCHITECTURE = REPO / "docs" / "ARCHITECTURE.md"

# prints what the recipes check: the figures (label, text, unit), agencies (text, country),
# dates (text, value) and facts (metric, role, period, reporter) of one sentence
PROBE = """
import json, sys
import tradeie
text, published = sys.argv[1], sys.argv[2]
res = tradeie.extract(text, published=published)
out = {"figures": [], "agencies": [], "dates": [], "facts": []}
for e in res.entities:
    if e.label in ("MONEY", "PERCENT", "QUANTITY"):
        out["figures"].append([e.label, e.text, e.unit])
    elif e.label == "AGENCY":
        out["agencies"].append([e.text, e.country])
    elif e.label == "DATE":
        out["dates"].append([e.text, e.value])
for f in res.facts:
    out["facts"].append([f.metric, f.role, f.period, f.reporter])
print(json.dumps(out))
"""


def _run(models: Path, text: str, published: str) -> dict:
    env = script_env(TRADEIE_MODELS_DIR=str(models))
    done = subprocess.run([sys.executable, "-c", PROBE, text, published], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _add_metric_wording(models: Path) -> None:
    edit_json(models / "metrics.json",
              lambda d: d["metrics"]["trade.exports"].append("outbound consignments"))


def _add_currency_symbol(models: Path) -> None:
    edit_json(models / "currencies.json", lambda d: d["symbols"].__setitem__("Bds$", "BBD"))


def _add_agency(models: Path) -> None:
    row = {"name": "Office of Gas and Electricity Markets", "acronyms": ["Ofgem"],
           "aliases": [], "country": "GB", "kind": "other",
           "source": "https://www.ofgem.gov.uk/"}
    with (models / "agencies.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")


def _add_date_phrase(models: Path) -> None:
    def change(d: dict) -> None:
        d["relative"]["the ongoing"] = 0
        d["standalone_relative"].append("the ongoing")

    edit_json(models / "dates.json", change)


def _exports_fact(out: dict) -> bool:
    return any(fact[:3] == ["trade.exports", "change", "2025-03"] for fact in out["facts"])


def _bbd_money(out: dict) -> bool:
    return any(label == "MONEY" and unit == "BBD" for label, _, unit in out["figures"])


def _ofgem(out: dict) -> bool:
    return ["Ofgem", "GB"] in out["agencies"] and any(rep == "GB" for *_, rep in out["facts"])


def _ongoing_quarter(out: dict) -> bool:
    return ["the ongoing quarter", "2025-Q2"] in out["dates"] and any(
        period == "2025-Q2" for _, _, period, _ in out["facts"])


RECIPES: list[tuple[str, Callable[[Path], None], str, str, Callable[[dict], bool]]] = [
    ("### A metric wording", _add_metric_wording,
     "Outbound consignments rose 4.2 percent year on year in March.", "2025-04-15",
     _exports_fact),
    ("### A currency", _add_currency_symbol,
     "Exports reached Bds$1.2 billion last year.", "2025-02-01", _bbd_money),
    ("### An agency", _add_agency,
     "Ofgem said imports fell 3 percent in 2024.", "2025-02-01", _ofgem),
    ("### A date phrase", _add_date_phrase,
     "Imports are set to grow 5 percent in the ongoing quarter.", "2025-04-10",
     _ongoing_quarter),
]


@pytest.mark.parametrize("heading,edit,text,published,after", RECIPES,
                         ids=[r[0].lstrip("# ") for r in RECIPES])
def test_recipe_works_as_written(tmp_path, heading, edit, text, published, after) -> None:
    doc = ARCHITECTURE.read_text(encoding="utf-8")
    assert heading in doc and text in " ".join(doc.split()), "the recipe changed: update here"
    shipped = REPO / "models"
    models = tmp_path / "models"
    shutil.copytree(shipped, models)
    assert not after(_run(models, text, published)), "the recipe's 'before' no longer holds"
    edit(models)
    assert after(_run(models, text, published))
