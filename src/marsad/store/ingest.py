"""The local engine: read items, analyze them in a pool of worker processes, write them in batches.

- The parent reads the inputs (:mod:`marsad.store.readers`), skips items whose content hash is already
  stored (or recorded as failed, unless ``retry_failed``), and sends batches of items to the workers.
- Workers run :func:`marsad.store.work.process` (extraction + the full pipeline) with their own
  :class:`~marsad.pipeline.Pipeline`, built once per worker.
- The parent writes each batch, in input order, in one transaction (:meth:`Store.write_batch`),
  assigning story groups as it goes. At most ``3 × workers`` batches are in flight, so memory stays flat.

Killed at any moment, the store holds whole batches only; run again, it adds exactly the missing ones.

A missing input path or a folder without input files is an error before the store is touched; a run
that creates the store and reads nothing (every item failed) removes it again (``report.created``
says whether the store file was kept).
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.runtime import tune_gc
from marsad.store.db import Store
from marsad.store.readers import RawItem, input_files, read_file

log = logging.getLogger(__name__)

DEFAULT_BATCH = 48
BATCH_TIMEOUT = 900  # seconds a batch may take before the worker is presumed dead
Progress = Callable[[int, int, int], None]  # (items done, items known so far, failures so far)


@dataclass
class IngestReport:
    seen: int = 0
    skipped: int = 0
    added: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)
    created: bool = False  # this run created the store file (and kept it)

    @property
    def nothing_read(self) -> bool:
        """Items were new, yet none could be stored: every one failed."""
        return self.added == 0 and self.seen > self.skipped

    @property
    def rate(self) -> float:
        return (self.added + self.failed) / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"seen": self.seen, "skipped": self.skipped, "added": self.added, "failed": self.failed,
                "seconds": round(self.seconds, 2), "per_second": round(self.rate, 1),
                "errors": [{"origin": o, "error": e} for o, e in self.errors]}


_PIPELINE: Any = None


def _init_worker() -> None:
    global _PIPELINE
    from marsad.pipeline import Pipeline

    logging.getLogger("marsad").setLevel(logging.ERROR)
    tune_gc()
    _PIPELINE = Pipeline()


def _process_batch(items: list[RawItem]) -> list[dict[str, Any]]:
    from marsad.store.work import process

    if _PIPELINE is None:
        _init_worker()
    return [process(item, _PIPELINE) for item in items]


def new_items(items: Iterable[RawItem], known: set[str], report: IngestReport) -> Iterator[RawItem]:
    """Items not stored yet (and not repeated within this run)."""
    for item in items:
        report.seen += 1
        if item.hash in known:
            report.skipped += 1
            continue
        known.add(item.hash)
        yield item


def batched(items: Iterable[RawItem], size: int) -> Iterator[list[RawItem]]:
    batch: list[RawItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_rows(store: Store, rows_batches: Iterable[list[dict[str, Any]]], report: IngestReport,
               progress: Progress | None = None, keep_errors: int = 20) -> None:
    """Write batches of processed rows (in order) and keep the report; shared by both engines."""
    grouper = store.grouper()
    done = 0
    for rows in rows_batches:
        added, failed = store.write_batch(rows, grouper)
        report.added += added
        report.failed += failed
        for row in rows:
            if row.get("failed") and len(report.errors) < keep_errors:
                report.errors.append((row.get("origin") or "", row["error"]))
        done += len(rows)
        if progress is not None:
            progress(done, report.seen - report.skipped, report.failed)


def ingest(paths: Sequence[str | Path], db: str | Path, workers: int | None = None, batch_size: int = DEFAULT_BATCH,
           retry_failed: bool = False, progress: Progress | None = None) -> IngestReport:
    """Ingest ``paths`` into the store at ``db`` with ``workers`` processes (0: in this process)."""
    files = input_files(paths)
    workers = (os.cpu_count() or 1) if workers is None else max(0, workers)
    creating = not Path(db).exists()
    tune_gc()  # the in-process run (workers=0) and the forked workers (they inherit it)
    report = IngestReport()
    start = time.perf_counter()
    pool = mp.get_context("fork").Pool(workers, initializer=_init_worker) if workers > 0 else None
    try:
        with Store(db) as store:
            if retry_failed:
                store.forget_failures()
            known = store.known_hashes()
            items = (item for index, path in enumerate(files) for item in read_file(path, index))
            batches = batched(new_items(items, known, report), batch_size)
            if pool is None:
                results: Iterable[list[dict[str, Any]]] = (_process_batch(b) for b in batches)
            else:
                results = _ordered(pool, batches, window=3 * workers)
            write_rows(store, results, report, progress)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    report.seconds = time.perf_counter() - start
    if creating and report.added == 0:
        remove_store(db)
    report.created = creating and Path(db).exists()
    return report


def remove_store(db: str | Path) -> None:
    """Delete a store file and its write-ahead log files (a store this run created and left empty)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def _result(pending: Any) -> list[dict[str, Any]]:
    try:
        rows: list[dict[str, Any]] = pending.get(timeout=BATCH_TIMEOUT)
    except mp.TimeoutError as exc:
        raise MarsadError(f"a worker process gave no answer in {BATCH_TIMEOUT} s (killed, out of memory?); "
                          "the store holds every batch written so far: run again to go on") from exc
    return rows


def _ordered(pool: Any, batches: Iterator[list[RawItem]], window: int) -> Iterator[list[dict[str, Any]]]:
    """Results of the batches in input order, with at most ``window`` batches in flight."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(pool.apply_async(_process_batch, (batch,)))
        if len(pending) >= window:
            yield _result(pending.popleft())
    while pending:
        yield _result(pending.popleft())
