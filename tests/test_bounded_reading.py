"""Bounded reading: sizes checked before decompressing or parsing, one limit per member and per article;
what is over a limit is refused with a one-line reason while the rest is read; no words, no article."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from marsad.errors import InputError
from marsad.extract import document_from_bytes, document_from_record
from marsad.store import readers
from marsad.store.readers import count_items, iter_items

BODY = ("قال المتحدث باسم الوزارة إن فرق الصيانة أنهت أعمال تأهيل الطريق الساحلي قبل الموعد المحدد، "
        "وإن الحركة المرورية ستعود إلى طبيعتها صباح الغد بعد إزالة الحواجز المؤقتة من المسارات كلها.")


def record(n: int) -> dict[str, Any]:
    return {"title": f"افتتاح الطريق الساحلي ({n})", "content": f"{BODY} الرقم {n}.", "source": "wire",
            "url": f"https://wire.example/{n}", "date_extracted": "2022-03-01 08:00:00"}


def kinds(path: Path) -> list[tuple[str, str, str]]:
    return [(i.origin.rsplit("/", 1)[-1], i.kind, i.payload if i.kind == "error" else "")  # type: ignore[misc]
            for i in iter_items([path])]


def test_zip_with_a_300_mb_member_refuses_it_quickly_in_little_memory_and_stores_the_other(tmp_path: Path) -> None:
    archive = tmp_path / "day.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open("big.json", "w", force_zip64=True) as f:  # 300 MB of spaces, a few hundred KB compressed
            f.write(b'[{"title": "x", "content": "')
            chunk = b" " * (1 << 20)
            for _ in range(300):
                f.write(chunk)
            f.write(b'"}]')
        zf.writestr("small.json", json.dumps([record(1)], ensure_ascii=False))
    assert archive.stat().st_size < 5_000_000
    script = textwrap.dedent(f"""
        import json, resource, time
        from marsad.store.readers import iter_items
        from marsad.store.ingest import ingest
        t0 = time.perf_counter()
        items = [(i.origin, i.kind, i.payload if i.kind == "error" else "") for i in iter_items([{str(archive)!r}])]
        read_s = time.perf_counter() - t0
        report = ingest([{str(archive)!r}], {str(tmp_path / "c.db")!r}, workers=0)
        print(json.dumps({{"items": items, "read_s": read_s, "added": report.added, "failed": report.failed,
                          "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
    """)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    big = [(o, k, e) for o, k, e in out["items"] if o.endswith("::big.json")]
    assert len(big) == 1 and big[0][1] == "error"
    assert "too large" in big[0][2] and "\n" not in big[0][2]
    assert out["read_s"] < 5, out["read_s"]
    assert (out["added"], out["failed"]) == (1, 1)
    assert out["rss_mb"] < 500, out["rss_mb"]
    assert time.perf_counter() - t0 < 240


def test_a_zip_member_larger_than_declared_is_cut_at_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.json", json.dumps([record(1), record(2)], ensure_ascii=False))
        zf.writestr("b.json", json.dumps([record(3)], ensure_ascii=False))
    size = len(json.dumps([record(1), record(2)], ensure_ascii=False).encode())
    monkeypatch.setattr(readers, "MAX_MEMBER_BYTES", size - 1)
    got = kinds(archive)
    assert [k for _, k, _ in got] == ["error", "record"]
    assert "too large" in got[0][2] and "zip member" in got[0][2]
    # a header that understates the size: the read stops one byte past the limit all the same
    with zipfile.ZipFile(archive) as zf, zf.open("a.json") as f:
        assert readers._bounded(f, 100) is None


def test_json_lines_are_read_one_bounded_line_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "feed.jsonl"
    long_line = json.dumps({**record(2), "content": BODY * 40}, ensure_ascii=False)
    lines = [json.dumps(record(1), ensure_ascii=False), long_line, json.dumps(record(3), ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", len(lines[0].encode()) + 500)
    got = kinds(path)
    assert [(o, k) for o, k, _ in got] == [("feed.jsonl:1", "record"), ("feed.jsonl:2", "error"),
                                           ("feed.jsonl:3", "record")]
    assert "too large" in got[1][2]
    assert count_items([path]) == 3


def test_gzip_inputs_are_read_and_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "\n".join(json.dumps(record(i), ensure_ascii=False) for i in range(3)).encode()
    (tmp_path / "day.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "day.json.gz").write_bytes(gzip.compress(b"[" + b" " * 50_000 + b"]"))
    (tmp_path / "notes.md.gz").write_bytes(gzip.compress(b"not an input"))
    monkeypatch.setattr(readers, "MAX_MEMBER_BYTES", 10_000)
    got = kinds(tmp_path)
    assert [(o, k) for o, k, _ in got] == [("day.json.gz", "error"), ("day.jsonl.gz:1", "record"),
                                           ("day.jsonl.gz:2", "record"), ("day.jsonl.gz:3", "record")]
    assert "too large" in got[0][2]


def test_files_over_their_limit_are_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.json").write_text(json.dumps([record(1)] * 3, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{BODY * 30}</p></body></html>", encoding="utf-8")
    (tmp_path / "c.txt").write_text(BODY, encoding="utf-8")
    monkeypatch.setattr(readers, "MAX_MEMBER_BYTES", 500)
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 1000)
    got = kinds(tmp_path)
    assert [(o, k) for o, k, _ in got] == [("a.json", "error"), ("b.html", "error"), ("c.txt", "bytes")]
    assert "limit per file" in got[0][2] and "limit per article" in got[1][2]


def test_a_record_over_the_article_limit_is_refused_and_its_neighbours_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "day.json"
    path.write_text(json.dumps([record(1), {**record(2), "content": BODY * 20}, record(3)], ensure_ascii=False),
                    encoding="utf-8")
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 2000)
    assert [k for _, k, _ in kinds(path)] == ["record", "error", "record"]


@pytest.mark.parametrize("content", ["", " " * 5000, "\n\t \u00a0" * 100, "... --- !!! 123 456"])
def test_an_article_with_no_words_is_no_article(content: str) -> None:
    with pytest.raises(InputError, match="no article text found"):
        document_from_record({"content": content})
    if content.strip():
        with pytest.raises(InputError, match="no article text found"):
            document_from_bytes(content.encode(), "x.txt")


MENU_PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الصفحة الرئيسية</title>
</head><body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/n">أخبار محلية</a></li>
<li><a href="/s">رياضة</a></li><li><a href="/e">اقتصاد</a></li><li><a href="/c">اتصل بنا</a></li></ul></nav>
<div class="latest"><ul>
<li><a href="/1">وزير الصحة يفتتح مركزا جديدا لعلاج الأمراض المزمنة في المنطقة الشرقية</a></li>
<li><a href="/2">ارتفاع أسعار الذهب في الأسواق المحلية مع نهاية تعاملات الأسبوع الماضي</a></li>
<li><a href="/3">انطلاق مهرجان الشعر العربي بمشاركة عشرات الشعراء من مختلف البلدان العربية</a></li>
</ul></div><footer><a href="/p">سياسة الخصوصية</a></footer></body></html>"""


def test_a_page_of_links_only_is_refused_with_one_line() -> None:
    with pytest.raises(InputError) as err:
        document_from_bytes(MENU_PAGE.encode(), "home.html")
    assert "no article text found" in str(err.value) and "\n" not in str(err.value)
    # the same links around a real paragraph: an article
    page = MENU_PAGE.replace("<footer>", f"<article><h1>خبر</h1><p>{BODY}</p><p>{BODY}</p></article><footer>")
    assert "فرق الصيانة" in document_from_bytes(page.encode(), "story.html").text


@pytest.mark.parametrize("data", [bytes(range(0x80, 0x100)) * 40, bytes((i * 7919) % 251 + 1 for i in range(4000))])
def test_random_bytes_are_not_text_in_any_supported_encoding(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        document_from_bytes(data, "x.txt")
    assert "not text in any supported encoding" in str(err.value) and "\n" not in str(err.value)


def test_windows_1256_arabic_is_still_read() -> None:
    doc = document_from_bytes(f"عنوان\n\n{BODY}".encode("windows-1256"), "x.txt")
    assert "فرق الصيانة" in doc.text


def test_count_items_does_not_read_a_member_over_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.json", json.dumps([record(1)] * 50, ensure_ascii=False))
        zf.writestr("b.json", json.dumps([record(2)], ensure_ascii=False))
    (tmp_path / "x.zip").write_bytes(buf.getvalue())
    monkeypatch.setattr(readers, "MAX_MEMBER_BYTES", 5000)
    assert count_items([tmp_path]) == 2 == len(list(iter_items([tmp_path])))
