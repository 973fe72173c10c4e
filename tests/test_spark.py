"""The Spark engine gives the same stored rows as the local engine (small constructed sample).

Skipped when pyspark (the optional ``spark`` extra) or Java is missing. Spark starts slowly, so this is
the only Spark test: one run on local[2], then the Parquet is loaded twice (the second load adds 0).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from marsad.store.ingest import ingest

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java on the PATH", allow_module_level=True)

_PLACES = ["الرياض", "جدة", "الدمام", "أبها", "تبوك", "حائل"]


def _record(i: int) -> dict[str, Any]:
    p = _PLACES[i % 6]
    return {
        "source": ("wire", "daily")[i % 2], "url": f"https://example.org/{i}",
        "date_extracted": f"2021-12-0{1 + i % 9}",
        "title": f"أمطار غزيرة على {p} ({i})",
        "content": f"شهدت {p} اليوم أمطارا غزيرة أدت إلى إغلاق عدد من الطرق، وقال المتحدث باسم الدفاع المدني "
                   f"إن الفرق تعاملت مع {i + 3} بلاغات دون تسجيل إصابات. وتوقع المركز الوطني للأرصاد استمرار "
                   f"الأمطار حتى نهاية الأسبوع.",
    }


def _dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(db)
    out = {
        "articles": con.execute(
            "SELECT id, hash, seq, origin, title, published, source, url, text, text_hash, analysis, n_errors,"
            " minhash, group_id, dup_of FROM articles ORDER BY id").fetchall(),
        "entities": con.execute("SELECT * FROM entities ORDER BY article_id, span_start, span_end").fetchall(),
        "events": con.execute("SELECT * FROM events ORDER BY article_id, idx").fetchall(),
        "countries": con.execute("SELECT * FROM article_countries ORDER BY article_id, country").fetchall(),
        "failures": con.execute("SELECT hash, seq, origin, error FROM failures ORDER BY hash").fetchall(),
        "fts": con.execute("SELECT rowid FROM fts WHERE fts MATCH 'body_stems:\"رياض\"' ORDER BY rowid").fetchall(),
    }
    con.close()
    return out


def test_spark_engine_gives_the_same_rows_as_the_local_engine(tmp_path: Path) -> None:
    from marsad.store.spark import load_parquet, run_spark

    src = tmp_path / "in"
    src.mkdir()
    records = [_record(i) for i in range(12)]
    records.append(dict(records[0], source="copycat", url="https://copy.example/0"))  # a near-duplicate
    (src / "a.json").write_text(json.dumps(records[:7], ensure_ascii=False), encoding="utf-8")
    lines = [json.dumps(r, ensure_ascii=False) for r in records[7:]] + ["{broken"]
    (src / "b.jsonl").write_text("\n".join(lines), encoding="utf-8")

    local = ingest([src], tmp_path / "local.db", workers=0)
    assert (local.added, local.failed) == (13, 1)

    out = run_spark([src], tmp_path / "parquet", master="local[2]", partitions=3)
    assert (out["articles"], out["failed"]) == (13, 1)
    first = load_parquet(tmp_path / "parquet", tmp_path / "spark.db")
    again = load_parquet(tmp_path / "parquet", tmp_path / "spark.db")
    assert (first.added, first.failed) == (13, 1) and (again.added, again.failed) == (0, 0)

    want, got = _dump(tmp_path / "local.db"), _dump(tmp_path / "spark.db")
    for table in want:
        assert got[table] == want[table], table
    assert len(want["fts"]) >= 2
    copies = [r for r in want["articles"] if r[14] is not None]
    assert len(copies) == 1 and copies[0][6] == "copycat"
