"""tradeie.dask.panel on a real two-process LocalCluster equals tradeie.panel in pandas."""

from __future__ import annotations

import logging

import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from test_panel_truth import generate  # noqa: E402 - tests/ is on the path (rootdir conftest)

import tradeie  # noqa: E402 - after the skips: nothing to test without dask
from tradeie.dask import extract_dataframe  # noqa: E402
from tradeie.dask import panel as dask_panel  # noqa: E402
from tradeie.dataset.inputs import fact_frame  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    # one economy's releases: revisions, a misreport and dollar equivalents included
    return [a for a in generate()[0] if a["id"].startswith("CN-")]


def test_panel_on_a_cluster_equals_pandas(client, articles):
    expected = tradeie.panel(tradeie.extract_many(articles))
    facts = extract_dataframe(dd.from_pandas(pd.DataFrame(articles), npartitions=4))
    got = dask_panel(facts)
    assert set(got["status"]) == {"agreed", "single", "revised", "conflict"}
    pd.testing.assert_frame_equal(got.frame, expected.frame)
    pd.testing.assert_frame_equal(got.checks, expected.checks)
    assert got.series("CN", "trade.exports").index.freqstr == "M"


def test_panel_of_fact_rows_in_any_partitioning(client, articles):
    rows = fact_frame(list(tradeie.extract_many(articles[:60])))
    expected = tradeie.panel(rows)
    # articles in another order and over 7 partitions; an article's rows stay together (as
    # extract_dataframe and the batch writers keep them: conversions refer within one)
    rank = {art: i for i, art in enumerate(rows["id"].drop_duplicates().sample(
        frac=1, random_state=5))}
    shuffled = rows.set_index(rows["id"].map(rank).rename("rank")).sort_index()
    got = dask_panel(dd.from_pandas(shuffled, npartitions=7, sort=True), min_articles=2)
    pd.testing.assert_frame_equal(got.frame, expected.frame)
