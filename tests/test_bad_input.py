"""Bad input through the real command line: one-line error, non-zero exit, nothing on stdout,
never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

MARSAD = Path(sys.executable).parent / "marsad"
ARTICLE = "عنوان الخبر\n\nنص الخبر الأول طويل بما يكفي ليكون فقرة كاملة من متن المقال المنشور اليوم في الصحيفة.\n"

pytestmark = pytest.mark.skipif(not MARSAD.exists(), reason="the marsad console script is not installed in this venv")


def run(*args: str, stdin: bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(MARSAD), "analyze", *args], input=stdin, capture_output=True, timeout=timeout,
                          check=False)


def assert_clean_failure(proc: subprocess.CompletedProcess[bytes], *, reason: str) -> None:
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode != 0
    assert proc.stdout == b""
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("marsad: ")
    assert reason in lines[0], lines[0]


def test_missing_path_is_a_one_line_error(tmp_path: Path) -> None:
    assert_clean_failure(run(str(tmp_path / "nope.txt")), reason="no such file")


def test_directory_is_a_one_line_error(tmp_path: Path) -> None:
    assert_clean_failure(run(str(tmp_path)), reason="is a directory")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", b"\xef\xbb\xbf"])
def test_empty_or_blank_file_is_a_one_line_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert_clean_failure(run(str(path)), reason="empty")


@pytest.mark.parametrize("content", [
    b"\x00" * 100,
    "عنوان\x00الخبر".encode() * 50,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20,
    b"\x7fELF\x02\x01\x01" + bytes(200),
])
def test_binary_bytes_are_a_one_line_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(content)
    assert_clean_failure(run(str(path)), reason="binary")


def test_windows_1256_is_tried_before_failing(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes(ARTICLE.encode("windows-1256"))
    proc = run(str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["title"] == "عنوان الخبر"


def test_undecodable_bytes_fail_cleanly_or_decode_best_effort(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 40)
    proc = run(str(path))
    assert b"Traceback" not in proc.stderr
    if proc.returncode != 0:
        assert_clean_failure(proc, reason="")
    else:
        json.loads(proc.stdout)


def test_a_50_mb_file_is_refused_in_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = ("نص عربي طويل " * 20 + "\n").encode()
    with path.open("wb") as f:
        for _ in range(50_000_000 // len(line) + 1):
            f.write(line)
    t0 = time.perf_counter()
    proc = run(str(path), timeout=30)
    assert time.perf_counter() - t0 < 20
    assert_clean_failure(proc, reason="too large")


def test_a_text_too_long_for_one_article_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "book.txt"
    path.write_text(("نص عربي طويل " * 20 + "\n") * 12_000, encoding="utf-8")  # ~3 MB, under the byte limit
    t0 = time.perf_counter()
    proc = run(str(path), timeout=30)
    assert time.perf_counter() - t0 < 20
    assert_clean_failure(proc, reason="too long")


@pytest.mark.parametrize(("content", "reason"), [
    (b'{"title": "x", ', "not valid JSON"),
    (b'[{"title": "x"}]', "JSON object"),
    (b"[" * 200_000 + b"]" * 200_000, "JSON"),
    (b'{"url": "http://x"}', "no article text"),
])
def test_bad_json_is_a_one_line_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "record.json"
    path.write_bytes(content)
    assert_clean_failure(run(str(path)), reason=reason)


def test_html_without_article_text_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><title></title></head><body><script>var x = 1;</script></body></html>")
    assert_clean_failure(run(str(path)), reason="no article text")


def test_empty_standard_input_is_a_one_line_error() -> None:
    assert_clean_failure(run("-", stdin=b""), reason="empty")


def test_standard_input_article_is_analyzed() -> None:
    proc = run("-", stdin=ARTICLE.encode())
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["title"] == "عنوان الخبر"


def test_several_paths_fail_one_by_one_and_the_others_go_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    proc = run(str(good), str(missing), str(empty), str(good))
    assert proc.returncode != 0
    assert b"Traceback" not in proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 4
    objs = [json.loads(ln) for ln in lines]
    assert objs[0]["title"] == objs[3]["title"] == "عنوان الخبر"
    assert set(objs[1]) == {"path", "error"} and objs[1]["path"] == str(missing) and "no such file" in objs[1]["error"]
    assert set(objs[2]) == {"path", "error"} and "empty" in objs[2]["error"]
    err_lines = [ln for ln in proc.stderr.decode().splitlines() if ln.strip()]
    assert len(err_lines) == 2


def test_a_word_of_kashida_alone_inside_a_name_chain_fails_no_stage() -> None:
    from marsad import analyze

    text = "مبنى سفارة دولتهم ــ سوى مسرحية، وقالت الولايات المتحدة ــ حتى الآن ــ إنها لن ترد."
    doc = analyze(text, published="2015-07-25")
    assert doc.errors == []
    assert "الولايات المتحدة" in [text[e.start:e.end] for e in doc.entities]
