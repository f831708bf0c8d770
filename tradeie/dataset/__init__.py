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

``tradeie.panel(results)`` is this package's ``panel``; the package is ``tradeie.dataset``
so that the function and the modules have names of their own.
"""

from __future__ import annotations

from typing import Any

from tradeie.dataset.reports import KEY

__all__ = ["KEY", "Panel", "build", "panel"]


def build(rows: Any, *, min_articles: int = 2) -> Any:
    """The Panel of a DataFrame of fact rows (``tradeie.batch.COLUMNS``)."""
    from tradeie.dataset.checks import cross_checks
    from tradeie.dataset.consensus import consensus
    from tradeie.dataset.frame import finish
    from tradeie.dataset.reports import prepare

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
    from tradeie.dataset.inputs import fact_frame

    return build(fact_frame(results), min_articles=min_articles)


_MODULES = ("inputs", "reports", "consensus", "checks", "frame", "plot", "report")


def __getattr__(name: str) -> Any:
    # pandas (and matplotlib) are imported only when asked for
    if name == "Panel":
        from tradeie.dataset.frame import Panel

        return Panel
    if name in _MODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
