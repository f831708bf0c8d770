"""tradeie: structured, checkable facts from economic and trade news.

>>> import tradeie
>>> res = tradeie.extract("Exports grew 7.1 percent year on year to 25.45 trillion yuan "
...                       "last year.", published="2025-01-13")
>>> [(f.metric, f.role) for f in res.facts]
[('trade.exports', 'change'), ('trade.exports', 'level')]
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

import tradeie._quiet_start  # noqa: F401 - first: Ctrl-C while the command starts

# Imported here, not lazily: ``import tradeie.render`` would set the package attribute
# ``render`` to the module; binding the function after it keeps ``tradeie.render`` the
# function. Neither module imports spaCy at module level.
from tradeie.render import render
from tradeie.schema import SCHEMA, Entity, Extraction, Fact

if TYPE_CHECKING:
    from tradeie.api import MAX_TEXT_LENGTH, ExtractionError, extract, extract_many, load
    from tradeie.html_extract import extract_html

__version__ = "0.1.0"

# Names that need spaCy, loaded on first use: ``import tradeie.scoring`` (or the schema)
# does not import spaCy, and ``import tradeie`` changes no global state.
_LAZY = {
    "MAX_TEXT_LENGTH": "tradeie.api", "ExtractionError": "tradeie.api", "extract": "tradeie.api",
    "extract_many": "tradeie.api", "load": "tradeie.api",
    "extract_html": "tradeie.html_extract",  # imports trafilatura only when called
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        # ``tradeie.api`` and the other submodules, as when the package imported them all
        if not name.startswith("_") and importlib.util.find_spec(f"tradeie.{name}"):
            return importlib.import_module(f"tradeie.{name}")
        raise AttributeError(f"module 'tradeie' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def panel(results, *, min_articles=2):  # noqa: ANN001, ANN201 - see tradeie.dataset
    """One checked value per (reporter, metric, role, basis, period, partner, product, unit)
    from many articles' facts: a ``tradeie.dataset.Panel`` (pandas); see tradeie.dataset."""
    from tradeie.dataset import panel as _panel

    return _panel(results, min_articles=min_articles)


def evaluate(gold, predictions=None, nlp=None):  # noqa: ANN001, ANN201 - see tradeie.scoring
    """Score predictions (or the pipeline) against annotated fixtures; see tradeie.scoring."""
    from tradeie.scoring import evaluate as _evaluate

    return _evaluate(gold, predictions, nlp=nlp)


__all__ = [
    "MAX_TEXT_LENGTH", "SCHEMA", "Entity", "Extraction", "ExtractionError", "Fact",
    "__version__", "evaluate", "extract", "extract_html", "extract_many", "load", "panel", "render",
]
