"""tradeie.dask on a real two-process LocalCluster: the fact rows equal extract_many's."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import tradeie  # noqa: E402 - after the skips: nothing to test without dask
from tradeie import batch  # noqa: E402
from tradeie.dask import extract_bag, extract_dataframe, meta  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus.jsonl"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [{"id": r["id"], "text": r["text"], "published": r["published"]} for r in rows[:14]]


def _expected(records) -> pd.DataFrame:
    results = tradeie.extract_many(records)
    return batch.rows_frame(row for res in results for row in batch.fact_rows(res))


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, distributed.Client(cluster) as client:
        yield client


def test_dataframe_on_a_cluster_equals_extract_many(client, records):
    with_error = [*records, {"id": "bad", "text": "Exports rose 4%.", "published": "never"}]
    ddf = dd.from_pandas(pd.DataFrame(with_error), npartitions=4)
    facts = extract_dataframe(ddf)
    assert list(facts.columns) == list(batch.COLUMN_NAMES)
    assert facts.dtypes.equals(meta().dtypes)
    got = facts.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, _expected(with_error))
    assert len(got) > 50 and got["metric"].notna().sum() > 50
    assert got.loc[got["id"] == "bad", "error"].str.contains("never").all()
    # the pipeline was built inside the workers (never shipped with the tasks), once each
    built = client.run(lambda: len(__import__("tradeie.dask").dask._PIPELINES))
    assert len(built) == 2 and sum(built.values()) >= 1 and max(built.values()) == 1


def test_bag_on_a_cluster_equals_extract_many(client, records):
    bag = db.from_sequence(records, npartitions=3)
    got = extract_bag(bag).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, _expected(records))


def test_optional_columns_and_default_date():
    """No cluster needed: without an id column the index is the id; ``published`` fills
    missing dates only."""
    import dask

    text = "Exports rose 5 percent last year to $3 billion."
    frame = pd.DataFrame({"body": [text, text]}, index=[10, 11])
    frame["when"] = ["2025-01-13", None]
    with dask.config.set(scheduler="synchronous"):
        got = extract_dataframe(dd.from_pandas(frame, npartitions=1), text_col="body",
                                published_col="when", published="2020-06-01").compute()
    assert set(got["id"]) == {"10", "11"}
    assert set(got.loc[got["id"] == "10", "period"]) == {"2024"}
    assert set(got.loc[got["id"] == "11", "period"]) == {"2019"}
    with pytest.raises(ValueError, match="no column 'text'"):
        extract_dataframe(dd.from_pandas(frame, npartitions=1))
