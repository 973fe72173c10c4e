"""Ingest: input shapes, failures recorded not fatal, idempotency, crash safety (SIGKILL), CLI contract, exports.

All articles here are constructed for these tests; the whole-corpus run is in bench/bench_ingest.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import Store
from marsad.store.ingest import ingest
from marsad.store.readers import count_items, iter_items

_SUBJECTS = ["الوزير", "الرئيس", "المتحدث الرسمي", "السفير", "رئيس الوزراء", "المبعوث الأممي", "وزير الخارجية"]
_PLACES = ["الرياض", "القاهرة", "عمّان", "بيروت", "تونس", "الرباط", "الكويت", "مسقط", "الدوحة", "بغداد"]
_TOPICS = ["التعاون الاقتصادي", "أسعار النفط", "الأمن الإقليمي", "التعليم", "الصحة العامة", "السياحة", "المياه"]


def make_record(i: int, source: str = "wire") -> dict[str, Any]:
    """A distinct constructed article (number i)."""
    s, p, t = _SUBJECTS[i % 7], _PLACES[i % 10], _TOPICS[(i // 7) % 7]
    body = (
        f"قال {s} في {p} يوم الأحد إن المباحثات حول {t} حققت تقدما ملموسا في الجولة رقم {i}. "
        f"وأضاف أن الجانبين اتفقا على مواصلة العمل المشترك خلال الأشهر المقبلة، مشيرا إلى أن اللجنة "
        f"الفنية ستجتمع مجددا في {_PLACES[(i + 3) % 10]} لاستكمال النقاش. وأوضح أن {i * 7} خبيرا شاركوا في الاجتماعات."
    )
    day = 1 + i % 28
    return {"source": source, "url": f"https://{source}.example/{i}", "date_extracted": f"2021-12-{day:02d} 08:00:00",
            "title": f"{s} يبحث {t} في {p} ({i})", "author": "", "content": body}


def write_jsonl(path: Path, records: list[dict[str, Any]], extra_lines: list[str] = ()) -> Path:  # type: ignore[assignment]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


HTML_PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>افتتاح مكتبة عامة جديدة في جدة</title></head><body><nav>الرئيسية | أخبار | رياضة</nav>
<article><h1>افتتاح مكتبة عامة جديدة في جدة</h1>
<p>افتتحت أمانة محافظة جدة اليوم مكتبة عامة جديدة تضم أكثر من خمسين ألف كتاب في مختلف فروع المعرفة،
وتقدم خدماتها للزوار طوال أيام الأسبوع من الصباح حتى المساء.</p>
<p>وقال مدير المكتبة إن المبنى يضم قاعات للقراءة وأخرى للأطفال ومختبرا رقميا، وإن المكتبة ستنظم
برنامجا ثقافيا شهريا يشمل محاضرات وورش عمل في الكتابة والترجمة.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title><link>https://feed.example</link>
<item><title>ارتفاع صادرات التمور</title><link>https://feed.example/1</link>
<pubDate>Tue, 07 Dec 2021 10:00:00 GMT</pubDate>
<description>&lt;p&gt;ارتفعت صادرات التمور خلال العام الحالي بنسبة عشرين في المئة
مقارنة بالعام الماضي بحسب بيانات رسمية.&lt;/p&gt;</description></item>
<item><title>تدشين خط حافلات جديد</title><link>https://feed.example/2</link>
<pubDate>Wed, 08 Dec 2021 10:00:00 GMT</pubDate>
<description>دشنت هيئة النقل خطا جديدا للحافلات يربط وسط المدينة بالمطار ويعمل على مدار الساعة.</description></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every input shape, and some bad inputs."""
    root = tmp_path_factory.mktemp("corpus")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("2021-12-01.json", json.dumps([make_record(i) for i in range(5)], ensure_ascii=False))
        zf.writestr("2021-12-02.json", json.dumps([make_record(i, "daily") for i in range(5, 8)], ensure_ascii=False))
    (root / "day.zip").write_bytes(buf.getvalue())
    write_jsonl(root / "more.jsonl", [make_record(i) for i in range(8, 11)], ["{not json", "[1, 2]"])
    (root / "feed.xml").write_text(RSS_FEED, encoding="utf-8")
    pages = root / "pages"
    pages.mkdir()
    (pages / "library.html").write_text(HTML_PAGE, encoding="utf-8")
    (pages / "empty.html").write_text("", encoding="utf-8")
    (pages / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (pages / "notes.md").write_text("ignored: unknown suffix", encoding="utf-8")
    (root / "broken.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    return root


def test_readers_cover_every_shape_in_stable_order(corpus: Path) -> None:
    items = list(iter_items([corpus]))
    kinds = [(Path(re.sub(r"[:#]\d+$", "", i.origin.split("::")[0])).name, i.kind) for i in items]
    assert kinds.count(("day.zip", "record")) == 8
    assert kinds.count(("more.jsonl", "record")) == 3 and kinds.count(("more.jsonl", "error")) == 2
    assert kinds.count(("feed.xml", "record")) == 2
    assert ("broken.zip", "error") in kinds
    assert {n for n, _ in kinds} == {"day.zip", "more.jsonl", "feed.xml", "broken.zip", "library.html", "empty.html",
                                     "binary.txt"}
    assert [i.seq for i in items] == sorted(i.seq for i in items)
    assert [i.hash for i in iter_items([corpus])] == [i.hash for i in items]
    assert count_items([corpus]) == len(items)
    feed = [json.loads(i.payload) for i in items if i.origin.startswith(str(corpus / "feed.xml"))]
    assert feed[0]["title"] == "ارتفاع صادرات التمور" and feed[0]["published"] == "2021-12-07"
    assert feed[0]["source"] == "وكالة الاختبار" and "<p>" not in feed[0]["content"]


def test_ingest_records_failures_and_reingest_adds_nothing(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    first = ingest([corpus], db, workers=0)
    # 8 zip + 3 jsonl + 2 feed + 1 html page stored; 2 bad lines, empty page, binary, broken zip failed
    assert (first.added, first.failed) == (14, 5)
    assert any("not valid JSON" in e for _, e in first.errors)
    again = ingest([corpus], db, workers=1)
    assert (again.added, again.failed, again.skipped) == (0, 0, 19)
    with Store(db, readonly=True) as st:
        s = st.stats()
        assert (s["articles"], s["failed"]) == (14, 5)
        assert len(st.failures()) == 5
        page = [h for h in st.search("مكتبة جدة")]
        assert len(page) == 1 and "جميع الحقوق" not in st.get(page[0]["id"])["text"]
        assert st.search("التمور")[0]["source"] == "وكالة الاختبار"


def test_same_input_gives_same_ids_with_one_or_two_workers(corpus: Path, tmp_path: Path) -> None:
    ingest([corpus], tmp_path / "a.db", workers=1, batch_size=3)
    ingest([corpus], tmp_path / "b.db", workers=2, batch_size=2)
    rows = []
    for name in ("a.db", "b.db"):
        con = sqlite3.connect(tmp_path / name)
        rows.append(con.execute("SELECT id, hash, title, text, analysis, group_id, dup_of FROM articles ORDER BY id")
                    .fetchall())
        con.close()
    assert rows[0] == rows[1] and len(rows[0]) == 14


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from marsad.cli import app; app()", *args],
                          capture_output=True, text=True, timeout=120)


def test_cli_contract_ingest_stats_search(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    done = _run_cli("ingest", str(corpus / "day.zip"), str(corpus / "more.jsonl"), "--db", db, "--workers", "1",
                    "--quiet")
    assert done.returncode == 0, done.stderr
    assert "11 articles added" in done.stderr and "2 failed" in done.stderr
    stats = json.loads(_run_cli("stats", "--db", db, "--format", "json").stdout)
    assert {"articles": 11, "failed": 2}.items() <= stats.items() and {"entities", "events"} <= stats.keys()
    out = _run_cli("search", "الاقتصادي", "--db", db, "--format", "json", "--limit", "3")
    page = json.loads(out.stdout)
    hits = page["hits"]
    assert out.returncode == 0 and 0 < len(hits) <= 3 <= page["total"]
    for h in hits:
        assert {"id", "title", "published", "snippet"} <= h.keys()
    empty = json.loads(_run_cli("search", 'OR ( "', "--db", db, "--format", "json").stdout)
    assert empty["hits"] == [] and empty["total"] == 0


def test_cli_read_commands_and_errors(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(corpus / "more.jsonl"), "--db", db, "--workers", "0", "-q"]).exit_code == 0
    shown = runner.invoke(app, ["show", "1", "--db", db])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == 1
    assert runner.invoke(app, ["show", "99", "--db", db]).exit_code == 1
    for cmd in (["entities"], ["events", "--actor", "RUS", "--target", "USA", "--type", "CONSULT", "--since",
                               "2021-12-01"], ["timeline"], ["stories"], ["stats", "--failures"]):
        res = runner.invoke(app, [*cmd, "--db", db, "--format", "json"] if cmd[0] != "stats" else [*cmd, "--db", db])
        assert res.exit_code == 0, (cmd, res.output)
    bad = runner.invoke(app, ["events", "--db", db, "--since", "yesterday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    missing = runner.invoke(app, ["stats", "--db", str(tmp_path / "nope.db")])
    assert missing.exit_code == 2 and "no such store" in missing.output


def test_exports(corpus: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    db = tmp_path / "e.db"
    ingest([corpus / "day.zip"], db, workers=0)
    runner = CliRunner()
    for fmt, name in (("jsonl", "a.jsonl"), ("csv", "a.csv"), ("parquet", "a.parquet"), ("events", "ev.tsv")):
        res = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / name)])
        assert res.exit_code == 0, res.output
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    objs = [json.loads(line) for line in lines]
    assert len(objs) == 8 and all(o["text"] and o["id"] for o in objs)
    for o in objs:
        for e in o["entities"]:
            assert o["text"][e["start"] : e["end"]] == e["text"]
    with open(tmp_path / "a.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 8 and rows[0]["text"] == objs[0]["text"]
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.num_rows == 8 and table.column("text").to_pylist()[0] == objs[0]["text"]
    header = (tmp_path / "ev.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header[:5] == ["date", "actor", "actor_country", "actor_agent", "event_type"]
    assert {"cameo", "goldstein", "target", "target_country", "source", "url", "article_id", "trigger_start",
            "trigger_end"} <= set(header)


def test_sigkill_mid_ingest_then_rerun_stores_every_article_exactly_once(tmp_path: Path) -> None:
    n = 800
    src = write_jsonl(tmp_path / "big.jsonl", [make_record(i, ("wire", "daily", "weekly")[i % 3]) for i in range(n)],
                      ["{bad line"])
    db = tmp_path / "k.db"
    args = [sys.executable, "-c", "from marsad.cli import app; app()", "ingest", str(src), "--db", str(db),
            "--workers", "2", "--batch-size", "16", "--quiet"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.time() + 90
    try:
        while time.time() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if db.exists():
                try:
                    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                    con.close()
                except sqlite3.OperationalError:
                    continue
                if stored >= 64:
                    break
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its worker processes, mid-write
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    assert 64 <= stored < n
    rerun = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    counts = con.execute("SELECT count(*), count(DISTINCT hash), count(DISTINCT url) FROM articles").fetchone()
    assert counts == (n, n, n)
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM articles WHERE id NOT IN (SELECT rowid FROM fts)").fetchone()[0] == 0
    orphans = con.execute("SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)")
    assert orphans.fetchone()[0] == 0
    con.close()
    with Store(db, readonly=True) as st:
        assert st.stats()["articles"] == n
        assert st.search("799")[0]["title"].endswith("(799)")
