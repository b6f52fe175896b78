"""Batch runs on a Dask cluster equal the single-process run exactly.

One LocalCluster (2 worker processes) for the whole module: starting one
costs a few seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'newslint[dask]')")
pytest.importorskip("distributed", reason="distributed is not installed (pip install 'newslint[dask]')")

from test_batch import ARTICLES  # noqa: E402

from newslint.batch import BatchOptions, run_batch  # noqa: E402
from newslint.batch_dask import lint_bag, lint_dataframe, run_batch_dask  # noqa: E402

ROWS = [{**a, "id": f"{a['id']}-{i}"} for i in range(6) for a in ARTICLES]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("dask")
    src = d / "arsip.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    local = d / "lokal.jsonl"
    run_batch(src, BatchOptions(title_field="title"), output=local)
    return {"dir": d, "jsonl": src, "local": local}


def test_jsonl_on_the_cluster_equals_local(client, files) -> None:
    out = files["dir"] / "dask.jsonl"
    # a small block size gives several partitions, so the ordering is really tested
    import newslint.batch_dask as bd

    old = bd.JSONL_BLOCKSIZE
    bd.JSONL_BLOCKSIZE = 2048
    try:
        s = run_batch_dask(str(files["jsonl"]), BatchOptions(title_field="title"), scheduler=client, output=out)
    finally:
        bd.JSONL_BLOCKSIZE = old
    assert s.chunks > 1
    assert out.read_bytes() == files["local"].read_bytes()
    assert s.articles == len(ROWS)


def test_parquet_on_the_cluster_equals_local(client, files) -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    import pyarrow.parquet as pq

    src = files["dir"] / "arsip.parquet"
    pq.write_table(pa.Table.from_pylist(ROWS), src, row_group_size=7)
    out = files["dir"] / "dask-pq.jsonl"
    run_batch_dask(str(src), BatchOptions(title_field="title"), scheduler=client, output=out)
    assert out.read_bytes() == files["local"].read_bytes()


def test_python_api_bag_and_dataframe(client, files) -> None:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    local = [json.loads(x) for x in files["local"].read_text(encoding="utf-8").splitlines()]
    expected = sorted((f["id"], f["rule"], f["start"], f["end"]) for f in local)
    opts = BatchOptions(title_field="title")
    per_article = lint_bag(db.from_sequence(ROWS, npartitions=3), opts).compute()
    assert [a["id"] for a in per_article] == [r["id"] for r in ROWS]
    got = sorted((a["id"], f["rule"], f["start"], f["end"]) for a in per_article for f in a["findings"])
    assert got == expected
    frame = lint_dataframe(dd.from_pandas(pd.DataFrame(ROWS), npartitions=3), opts).compute()
    assert sorted(zip(frame["id"], frame["rule"], frame["start"], frame["end"])) == expected
