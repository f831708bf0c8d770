"""Extract the facts of a whole news archive on a local Dask cluster.

    pip install "tradeie[dask]"
    python examples/dask_archive.py                              # the bundled examples/batch.jsonl
    python examples/dask_archive.py archive.parquet --workers 4 --output facts/

The archive is JSONL or Parquet (a file or a folder of Parquet files) with columns
``id``, ``text`` and ``published``. The facts come back as a Dask DataFrame, one row per
fact (the columns of ``tradeie extract --output facts.csv``); here they are summarised and,
with --output, written as a Parquet dataset. On a real cluster, replace LocalCluster with
the scheduler's address: ``Client("tcp://scheduler:8786")``; tradeie must be installed on
the workers.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_archive(path: Path, blocksize: str):  # noqa: ANN201 - a Dask DataFrame
    import dask.dataframe as dd

    if path.suffix in (".jsonl", ".ndjson"):
        # blocksize splits one big file into partitions of about that many bytes
        return dd.read_json(str(path), lines=True, blocksize=blocksize, dtype={"id": str})
    return dd.read_parquet(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", nargs="?", type=Path, default=HERE / "batch.jsonl")
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--blocksize", default="4MB", help="JSONL bytes per partition")
    parser.add_argument("--output", type=Path, help="write the facts as a Parquet dataset")
    args = parser.parse_args()

    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    from tradeie.dask import extract_dataframe

    # One thread per worker: extraction holds the GIL, so processes are what scale.
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      silence_logs=logging.ERROR) as cluster, Client(cluster):
        articles = read_archive(args.archive, args.blocksize)
        facts = extract_dataframe(articles)  # lazy; nothing has run yet
        if args.output:
            facts.to_parquet(str(args.output), write_index=False)
            facts = dd.read_parquet(str(args.output))  # summarise what was written
        table = facts.compute()

    failed = table[table["error"].notna()]
    table = table[table["metric"].notna()]
    print(f"{table['id'].nunique()} articles with facts, {len(table)} facts, "
          f"{failed['id'].nunique()} failed")
    print(table.groupby("metric").size().sort_values(ascending=False).to_string())
    print(table[["id", "figure_text", "metric", "role", "period", "reporter"]]
          .head(10).to_string(index=False))


if __name__ == "__main__":  # workers are spawned processes: keep the work under this guard
    main()
