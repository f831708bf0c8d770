"""tradeie: structured, checkable facts from economic and trade news.

>>> import tradeie
>>> res = tradeie.extract("Exports grew 7.1 percent year on year to 25.45 trillion yuan "
...                       "last year.", published="2025-01-13")
>>> [(f.metric, f.role) for f in res.facts]
[('trade.exports', 'change'), ('trade.exports', 'level')]
"""

import tradeie._quiet_start  # noqa: F401 - first: Ctrl-C while the command starts
from tradeie.api import MAX_TEXT_LENGTH, ExtractionError, extract, extract_many, load
from tradeie.html_extract import extract_html  # imports trafilatura only when called
from tradeie.render import render  # also registers tradeie's label colours with displaCy
from tradeie.schema import SCHEMA, Entity, Extraction, Fact

__version__ = "0.1.0"


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
