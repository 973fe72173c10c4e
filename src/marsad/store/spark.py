"""The Spark engine: the same per-article work on Spark executors, written as Parquet, then loaded.

:func:`run_spark` lists the input files on the driver, reads each file on an executor
(:func:`marsad.store.readers.read_file`, so every input shape works), skips items already in the
store when one is given, runs :func:`marsad.store.work.process` with one Pipeline per Python worker,
and writes one Parquet dataset (``OUT/articles/``: one row per item, failures included, entities and
events as nested lists), each part sorted by ``seq``.

:func:`load_parquet` merges the parts in ``seq`` order and writes them into the store with the same
writer as the local engine, so the same input gives the same rows (and the same ids) either way.

pyspark is an optional extra (``pip install 'marsad[spark]'``); running on a cluster: docs/spark.md.
"""

from __future__ import annotations

import heapq
import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.store.db import Store
from marsad.store.ingest import IngestReport, Progress, write_rows
from marsad.store.readers import RawItem, expand_paths, read_file
from marsad.store.work import ARTICLE_COLUMNS, ENTITY_COLUMNS, EVENT_COLUMNS

log = logging.getLogger(__name__)

_PIPELINE: Any = None


def _schema() -> Any:
    from pyspark.sql import types as T

    text = T.StringType()
    entity = T.StructType([
        T.StructField("span_start", T.IntegerType()), T.StructField("span_end", T.IntegerType()),
        *[T.StructField(c, text) for c in ENTITY_COLUMNS[2:]],
    ])
    int_cols = {"idx", "trigger_start", "trigger_end"}
    event = T.StructType([
        T.StructField(c, T.IntegerType() if c in int_cols else T.DoubleType() if c == "goldstein" else text)
        for c in EVENT_COLUMNS
    ])
    fields = [T.StructField("failed", T.BooleanType(), False), T.StructField("error", text)]
    for c in ARTICLE_COLUMNS:
        if c == "seq":
            fields.append(T.StructField(c, T.LongType(), False))
        elif c == "n_errors":
            fields.append(T.StructField(c, T.IntegerType()))
        elif c == "minhash":
            fields.append(T.StructField(c, T.BinaryType()))
        else:
            fields.append(T.StructField(c, text))
    fields += [T.StructField("entities", T.ArrayType(entity)), T.StructField("events", T.ArrayType(event)),
               T.StructField("countries", T.ArrayType(text))]
    return T.StructType(fields)


def _as_spark_row(row: dict[str, Any]) -> tuple[Any, ...]:
    out: list[Any] = [bool(row.get("failed")), row.get("error")]
    out += [row.get(c) for c in ARTICLE_COLUMNS]
    out += [[tuple(e) for e in row.get("entities") or ()], [tuple(e) for e in row.get("events") or ()],
            list(row.get("countries") or ())]
    return tuple(out)


def _process_partition(items: Iterable[RawItem]) -> Iterator[tuple[Any, ...]]:
    global _PIPELINE
    from marsad.store.work import process

    if _PIPELINE is None:
        from marsad.pipeline import Pipeline
        from marsad.runtime import tune_gc

        tune_gc()
        _PIPELINE = Pipeline()
    for item in items:
        yield _as_spark_row(process(item, _PIPELINE))


def _read_indexed(pair: tuple[int, str]) -> Iterator[RawItem]:
    index, path = pair
    yield from read_file(Path(path), index)


def run_spark(paths: Sequence[str | Path], out: str | Path, master: str | None = "local[*]",
              partitions: int | None = None, db: str | Path | None = None, app_name: str = "marsad-ingest",
              spark: Any = None) -> dict[str, Any]:
    """Analyze ``paths`` on Spark into Parquet at ``out``; returns counts and seconds.

    ``master=None`` keeps the master given by spark-submit. Items already stored in ``db`` are skipped.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise MarsadError("the Spark engine needs pyspark: pip install 'marsad[spark]'") from exc
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    start = time.perf_counter()
    files = [str(p.resolve()) for p in expand_paths(paths)]
    if not files:
        raise MarsadError("no input files found")
    own = spark is None
    if own:
        builder = SparkSession.builder.appName(app_name)
        if master:
            builder = builder.master(master)
        builder = builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
        spark = builder.getOrCreate()
    try:
        sc = spark.sparkContext
        known: set[str] = set()
        if db is not None and Path(db).is_file():
            with Store(db, readonly=True) as st:
                known = st.known_hashes()
        known_b = sc.broadcast(known)
        n_parts = partitions or max(2, sc.defaultParallelism * 2)
        items = sc.parallelize(list(enumerate(files)), len(files)).flatMap(_read_indexed)
        items = items.filter(lambda it: it.hash not in known_b.value)
        rows = items.repartition(n_parts).mapPartitions(_process_partition)
        df = spark.createDataFrame(rows, _schema())
        target = str(Path(out) / "articles") if "://" not in str(out) else str(out).rstrip("/") + "/articles"
        df.sortWithinPartitions("seq").write.mode("overwrite").parquet(target)
        if "://" in target:
            by = {bool(r["failed"]): int(r["count"])
                  for r in spark.read.parquet(target).groupBy("failed").count().collect()}
        else:
            by = _count_local(Path(target))
    finally:
        if own:
            spark.stop()
    return {"files": len(files), "articles": by.get(False, 0), "failed": by.get(True, 0), "skipped": len(known),
            "seconds": round(time.perf_counter() - start, 2), "out": str(out)}


def _count_local(folder: Path) -> dict[bool, int]:
    import pyarrow.parquet as pq

    by = {False: 0, True: 0}
    for part in folder.glob("*.parquet"):
        for value in pq.read_table(part, columns=["failed"]).column("failed").to_pylist():
            by[bool(value)] += 1
    return by


def _parquet_rows(path: Path, batch: int = 256) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    with pq.ParquetFile(str(path)) as pf:
        for rb in pf.iter_batches(batch_size=batch):
            yield from rb.to_pylist()


def _to_row(rec: dict[str, Any]) -> dict[str, Any]:
    if rec.get("failed"):
        return {"failed": True, "seq": rec["seq"], "hash": rec["hash"], "origin": rec.get("origin"),
                "error": rec.get("error") or "unknown error"}
    row = {c: rec.get(c) for c in ARTICLE_COLUMNS}
    row["failed"] = False
    row["entities"] = [tuple(e[c] for c in ENTITY_COLUMNS) for e in rec.get("entities") or ()]
    row["events"] = [tuple(e.get(c) for c in EVENT_COLUMNS) for e in rec.get("events") or ()]
    row["countries"] = list(rec.get("countries") or ())
    return row


def load_parquet(out: str | Path, db: str | Path, batch_size: int = 256,
                 progress: Progress | None = None) -> IngestReport:
    """Load the Parquet written by :func:`run_spark` into the store at ``db`` (idempotent)."""
    folder = Path(out)
    folder = folder / "articles" if (folder / "articles").is_dir() else folder
    parts = sorted(folder.glob("*.parquet"))
    if not parts:
        raise MarsadError(f"{out}: no Parquet files found (expected the output of `marsad ingest --engine spark`)")
    report = IngestReport()
    start = time.perf_counter()
    merged = heapq.merge(*(_parquet_rows(p) for p in parts), key=lambda r: r["seq"])

    def batches() -> Iterator[list[dict[str, Any]]]:
        batch: list[dict[str, Any]] = []
        for rec in merged:
            report.seen += 1
            if rec["hash"] in known:
                report.skipped += 1
                continue
            known.add(rec["hash"])
            batch.append(_to_row(rec))
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    with Store(db) as store:
        known = store.known_hashes()
        write_rows(store, batches(), report, progress)
    report.seconds = time.perf_counter() - start
    return report
