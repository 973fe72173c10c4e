"""Exports of the store: articles as JSONL, CSV or Parquet; events as a GDELT/POLECAT-like TSV.

- ``jsonl``: one `marsad analyze` object per line, plus ``id``, ``source``, ``url``, ``group_id``, ``dup_of``;
- ``csv``: one article a row: id, published, source, url, title, group_id, dup_of, countries (``;``), text;
- ``parquet``: the same article columns plus ``analysis`` (the JSON object without text, as a string);
- ``events``: one event a row, tab-separated, with a header (:data:`EVENT_TSV_COLUMNS`); tabs and line
  breaks inside fields become spaces; trigger offsets are character offsets into the article text;
  ``Actor1Code``/``Actor2Code`` are the CAMEO actor codes of actor and target (from the stored analysis).
- ``events-merged``: one story-level event a row (:mod:`marsad.store.merge`), with its place, its
  ``mentions``, ``articles`` and ``sources`` counts (GDELT's NumMentions, NumArticles, NumSources).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from marsad.store.db import Store

FORMATS = ("jsonl", "csv", "parquet", "events", "events-merged")
ARTICLE_CSV_COLUMNS = ("id", "published", "source", "url", "title", "group_id", "dup_of", "countries", "text")
EVENT_TSV_COLUMNS = (
    "date", "actor", "actor_country", "actor_agent", "event_type", "mode", "cameo", "goldstein", "target",
    "target_country", "target_agent", "source", "url", "article_id", "trigger", "trigger_start", "trigger_end",
    "factuality", "Actor1Code", "Actor2Code",
)


def _article(row: Any) -> dict[str, Any]:
    analysis = json.loads(row["analysis"])
    out: dict[str, Any] = {"id": row["id"], "title": analysis.pop("title", row["title"]),
                           "published": analysis.pop("published", row["published"]), "text": row["text"]}
    out.update(analysis)
    out.update({"source": row["source"], "url": row["url"], "group_id": row["group_id"], "dup_of": row["dup_of"]})
    return out


def _jsonl(store: Store, f: TextIO) -> int:
    n = 0
    for row in store.iter_articles():
        f.write(json.dumps(_article(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv_rows(store: Store) -> Iterator[list[Any]]:
    for row in store.iter_articles():
        countries = json.loads(row["analysis"]).get("countries") or []
        yield [row["id"], row["published"], row["source"], row["url"], row["title"], row["group_id"], row["dup_of"],
               ";".join(countries), row["text"]]


def _csv(store: Store, f: TextIO) -> int:
    w = csv.writer(f)
    w.writerow(ARTICLE_CSV_COLUMNS)
    n = 0
    for r in _csv_rows(store):
        w.writerow(r)
        n += 1
    return n


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _codes(store: Store, article_id: int, idx: int, cache: dict[int, list[Any]]) -> tuple[Any, Any]:
    """The CAMEO actor codes of the article's event ``idx``, read from its stored analysis."""
    if article_id not in cache:
        cache.clear()
        row = store.conn.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        cache[article_id] = list(json.loads(row["analysis"]).get("events") or []) if row else []
    events = cache[article_id]
    ev = events[idx] if 0 <= idx < len(events) else {}
    return (ev.get("actor") or {}).get("code"), (ev.get("target") or {}).get("code")


def _events(store: Store, f: TextIO) -> int:
    f.write("\t".join(EVENT_TSV_COLUMNS) + "\n")
    n = 0
    cache: dict[int, list[Any]] = {}
    for r in store.iter_events():
        values = (r["date"], r["actor"], r["actor_country"], r["actor_agent"], r["type"], r["mode"], r["cameo"],
                  r["goldstein"], r["target"], r["target_country"], r["target_agent"], r["source"], r["url"],
                  r["article_id"], r["trigger"], r["trigger_start"], r["trigger_end"], r["factuality"],
                  *_codes(store, r["article_id"], r["idx"], cache))
        f.write("\t".join(_cell(v) for v in values) + "\n")
        n += 1
    return n


def _parquet(store: Store, path: Path, chunk: int = 2000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.int64()), ("published", pa.string()), ("source", pa.string()),
                        ("url", pa.string()), ("title", pa.string()), ("group_id", pa.int64()),
                        ("dup_of", pa.int64()), ("countries", pa.list_(pa.string())), ("text", pa.string()),
                        ("analysis", pa.string())])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        buf: list[dict[str, Any]] = []
        for row in store.iter_articles():
            buf.append({"id": row["id"], "published": row["published"], "source": row["source"], "url": row["url"],
                        "title": row["title"], "group_id": row["group_id"], "dup_of": row["dup_of"],
                        "countries": json.loads(row["analysis"]).get("countries") or [], "text": row["text"],
                        "analysis": row["analysis"]})
            if len(buf) >= chunk:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
                buf = []
        if buf or n == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n


def export(store: Store, fmt: str, out: str | Path) -> int:
    """Write the store to ``out`` (``-`` for standard output, except parquet); returns the rows written."""
    import sys

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    if fmt == "parquet":
        if str(out) == "-":
            raise ValueError("parquet needs an output file (--out FILE)")
        return _parquet(store, Path(out))
    from marsad.store.merge import write_merged_tsv

    writer = {"jsonl": _jsonl, "csv": _csv, "events": _events, "events-merged": write_merged_tsv}[fmt]
    if str(out) == "-":
        return writer(store, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as f:
        return writer(store, f)
