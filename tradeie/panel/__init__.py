"""From extraction results to a dataset: one checked value per economy, metric and period.

    import tradeie
    panel = tradeie.panel(results)            # Extractions, their dicts, fact rows or paths
    panel[panel.status == "conflict"]          # a pandas DataFrame (subclass ``Panel``)
    panel.series(reporter="CN", metric="trade.exports", role="level")
    panel.checks                               # cross-checks: exports + imports = total, ...

The steps, one module each: ``inputs`` (results to fact rows), ``reports`` (fact rows to
keyed reports with the interval each figure's rounding allows), ``consensus`` (one value
and status per key), ``checks`` (identities across keys), ``frame`` (the ``Panel`` table),
``plot`` and ``report`` (pictures). pandas is needed (``pip install 'tradeie[pandas]'``).

``tradeie.panel`` is this package and, being callable, the function too:
``tradeie.panel(results)`` is ``tradeie.panel.panel(results)``. (A function of that name in
``tradeie`` would hide the package: ``import tradeie.panel.checks`` would then fail.)
"""

from __future__ import annotations

import sys
import types
from typing import Any

from tradeie.panel.reports import KEY

__all__ = ["KEY", "Panel", "build", "panel"]


def build(rows: Any, *, min_articles: int = 2) -> Any:
    """The Panel of a DataFrame of fact rows (``tradeie.batch.COLUMNS``)."""
    from tradeie.panel.checks import cross_checks
    from tradeie.panel.consensus import consensus
    from tradeie.panel.frame import finish
    from tradeie.panel.reports import prepare

    reports, dropped = prepare(rows)
    table = consensus(reports, min_articles=min_articles)
    return finish(table, cross_checks(table), dropped)


def panel(results: Any, *, min_articles: int = 2) -> Any:
    """One row per (reporter, metric, role, basis, period, partner, product, unit).

    ``results``: Extraction objects or their dicts, a DataFrame of fact rows, or paths of
    ``tradeie extract --output`` files (.jsonl, .csv, .parquet) or folders of them.
    ``min_articles``: how many articles a later value needs to count as a silent revision
    (one that does not say "revised from") rather than a conflict.

    Returns a ``Panel`` (a pandas DataFrame): ``value`` (the consensus), ``status``
    (``agreed``, ``single``, ``conflict``, ``revised``), ``n_reports``, ``n_articles``,
    ``values_seen``, ``revised_from``, ``tolerance`` (half the last digit written of the
    value), ``equivalent_of`` (the unit of the figure a conversion was given for; that row
    has the same key in that unit), ``dissenting`` (articles that disagree), and the
    provenance: ``articles``, ``published``, ``offsets`` (``start:end`` of each figure) and
    ``figure_texts``, one entry per report. Change values are signed (a fall is negative).
    """
    from tradeie.panel.inputs import fact_frame

    return build(fact_frame(results), min_articles=min_articles)


class _CallablePackage(types.ModuleType):
    def __call__(self, results: Any, **options: Any) -> Any:
        return panel(results, **options)


sys.modules[__name__].__class__ = _CallablePackage


_MODULES = ("inputs", "reports", "consensus", "checks", "frame", "plot", "report")


def __getattr__(name: str) -> Any:
    # pandas (and matplotlib) are imported only when asked for
    if name == "Panel":
        from tradeie.panel.frame import Panel

        return Panel
    if name in _MODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
