"""HTTP API: POST /api/analyze (JSON and upload), the page and its assets, errors as JSON, limits."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.document import Actor, Document, Entity, Event, Quote, Span, TimeExpr
from marsad.extract import document_from_text
from marsad.output import iter_spans, to_json
from marsad.pipeline import DEFAULT_STAGES, Pipeline, Stage
from marsad.serve import create_app
from marsad.serve.app import STATIC_DIR

ARTICLE = (
    "وزير الخارجية المصري يلتقي نظيره الأردني في القاهرة\n\n"
    "قال وزير الخارجية المصري سامح شكري أمس الأربعاء إن القاهرة ستستضيف قمة عربية الشهر المقبل، "
    "وفق ما نقلت وكالة أنباء الشرق الأوسط.\n"
    "وأضاف شكري أن المحادثات مع الجانب الأردني كانت بناءة."
)
CONTRACT_KEYS = {"title", "published", "text", "credits", "sources", "entities", "countries", "times", "quotes",
                 "events"}


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _stub_run(doc: Document, res: object) -> dict[str, list[object]]:
    t = doc.text
    name = _at(t, "سامح شكري")
    when = _at(t, "أمس الأربعاء")
    cue = _at(t, "قال")
    content = (t.index("القاهرة ستستضيف"), t.index("، وفق"))
    return {
        "entities": [Entity(*name, "PER", "Q312940", "EGY", "وزير الخارجية"), Entity(*_at(t, "القاهرة"), "LOC",
                                                                                  "Q85", "EGY")],
        "times": [TimeExpr(*when, "DATE", "2021-12-08")],
        "quotes": [Quote(*content, cue=Span(*cue), speaker=Span(*name), via=("وكالة أنباء الشرق الأوسط",))],
        "events": [Event("CONSULT", Span(*_at(t, "يلتقي")), Actor("مصر", "EGY", "GOV"), Actor("الأردن", "JOR"),
                         "040", 1.0, "2021-12-08", None)],
    }


def stub_pipeline() -> Pipeline:
    """A pipeline whose stages mark fixed phrases of ARTICLE, independent of the real stages' progress."""
    stages = [Stage(layer, layer, (), lambda doc, res, layer=layer: _stub_run(doc, res)[layer])
              for layer in ("entities", "times", "quotes", "events")]
    return Pipeline(stages)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(None)) as c:
        yield c


@pytest.fixture(scope="module")
def small_client() -> Iterator[TestClient]:
    with TestClient(create_app(None, max_bytes=4_000)) as c:
        yield c


@pytest.fixture(scope="module")
def stub_client() -> Iterator[TestClient]:
    with TestClient(create_app(None, pipeline=stub_pipeline())) as c:
        yield c


def assert_json_error(response, status: int, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in body["error"]
    for word in words:
        assert word.lower() in body["error"].lower(), body["error"]


# --- analyze: success -------------------------------------------------------------------------

def test_analyze_text_answers_the_same_object_as_the_cli_path(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": ARTICLE, "published": "2021-12-09"})
    assert r.status_code == 200
    obj = r.json()
    assert CONTRACT_KEYS <= obj.keys()
    assert obj["published"] == "2021-12-09"
    assert obj["title"].startswith("وزير الخارجية المصري")
    expected = to_json(Pipeline()(document_from_text(ARTICLE, __import__("datetime").date(2021, 12, 9))))
    assert obj == expected
    for span in iter_spans(obj):
        assert obj["text"][span["start"]:span["end"]] == span["text"]


def test_analyze_without_published_accepts_null_and_absent(client: TestClient) -> None:
    for body in ({"text": ARTICLE, "published": None}, {"text": ARTICLE}, {"text": ARTICLE, "published": ""}):
        r = client.post("/api/analyze", json=body)
        assert r.status_code == 200, r.text
        assert r.json()["text"].startswith("وزير الخارجية")


def test_analyze_answers_utf8_arabic_not_ascii_escapes(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": ARTICLE})
    assert "سامح شكري".encode() in r.content
    assert b"\\u06" not in r.content


def test_analyze_carries_every_layer_with_offsets_into_text(stub_client: TestClient) -> None:
    r = stub_client.post("/api/analyze", json={"text": ARTICLE, "published": "2021-12-09"})
    obj = r.json()
    assert [(e["text"], e["type"], e["id"], e["country"]) for e in obj["entities"]] == [
        ("سامح شكري", "PER", "Q312940", "EGY"), ("القاهرة", "LOC", "Q85", "EGY")]
    assert obj["entities"][0]["role"] == "وزير الخارجية"
    assert obj["times"] == [{"start": ARTICLE.index("أمس الأربعاء"), "end": ARTICLE.index("أمس الأربعاء") + 12,
                             "text": "أمس الأربعاء", "type": "DATE", "value": "2021-12-08"}]
    q = obj["quotes"][0]
    assert q["speaker"]["text"] == "سامح شكري" and q["cue"] == "قال" and q["via"] == ["وكالة أنباء الشرق الأوسط"]
    assert obj["events"][0]["type"] == "CONSULT" and obj["events"][0]["target"]["country"] == "JOR"
    assert obj["countries"] == ["EGY"]
    for span in iter_spans(obj):
        assert obj["text"][span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("name,payload", [
    ("article.txt", ARTICLE.encode("utf-8")),
    ("article.html", (f"<!doctype html><html><head><title>t</title></head><body><article><h1>"
                      f"{ARTICLE.splitlines()[0]}</h1><p>{ARTICLE.splitlines()[2]}</p><p>{ARTICLE.splitlines()[3]}"
                      "</p></article></body></html>").encode()),
    ("article.json", json.dumps({"title": ARTICLE.splitlines()[0], "content": "\n".join(ARTICLE.splitlines()[2:]),
                                 "date_extracted": "2021-12-09 10:00:00", "source": "test"},
                                ensure_ascii=False).encode("utf-8")),
])
def test_analyze_uploaded_file_of_each_supported_kind(client: TestClient, name: str, payload: bytes) -> None:
    r = client.post("/api/analyze", files={"file": (name, payload)}, data={"published": "2021-12-09"})
    assert r.status_code == 200, r.text
    obj = r.json()
    assert "سامح شكري" in obj["text"]
    assert obj["published"] == "2021-12-09"
    assert obj["meta"]["path"] == name


def test_uploaded_file_in_windows_1256_is_decoded(client: TestClient) -> None:
    r = client.post("/api/analyze", files={"file": ("a.txt", ARTICLE.encode("cp1256"))})
    assert r.status_code == 200
    assert "سامح شكري" in r.json()["text"]


def test_markup_in_pasted_text_is_kept_as_text(client: TestClient) -> None:
    text = "عنوان <b>تجريبي</b>\n\nقال الوزير <script>window.__pwned=1</script> في بيان."
    obj = client.post("/api/analyze", json={"text": text}).json()
    assert "<script>window.__pwned=1</script>" in obj["text"]


# --- analyze: bad input -----------------------------------------------------------------------

@pytest.mark.parametrize("body,status,word", [
    ({"text": ""}, 422, "empty"),
    ({"text": "   \n\t "}, 422, "empty"),
    ({}, 422, "text"),
    ({"text": 42}, 422, "string"),
    ({"text": ["a"]}, 422, "string"),
    ({"text": ARTICLE, "published": "2021-13-45"}, 422, "YYYY-MM-DD"),
    ({"text": ARTICLE, "published": "09/12/2021"}, 422, "YYYY-MM-DD"),
    ({"text": ARTICLE, "published": "2021-12-09T10:00"}, 422, "YYYY-MM-DD"),
    ({"text": ARTICLE, "published": 20211209}, 422, "published"),
])
def test_analyze_rejects_bad_json_fields(client: TestClient, body: dict[str, object], status: int, word: str) -> None:
    assert_json_error(client.post("/api/analyze", json=body), status, word)


def test_analyze_rejects_json_that_is_not_an_object(client: TestClient) -> None:
    assert_json_error(client.post("/api/analyze", json=["text"]), 422, "object")
    assert_json_error(client.post("/api/analyze", json="نص"), 422, "object")


def test_analyze_rejects_malformed_json_and_empty_body(client: TestClient) -> None:
    headers = {"content-type": "application/json"}
    assert_json_error(client.post("/api/analyze", content=b'{"text": "x",', headers=headers), 400, "malformed")
    assert_json_error(client.post("/api/analyze", content=b"\xff\xfe{", headers=headers), 400, "malformed")
    assert_json_error(client.post("/api/analyze", content=b"", headers=headers), 400, "empty")


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "application/x-www-form-urlencoded"])
def test_analyze_rejects_unsupported_content_types(client: TestClient, content_type: str) -> None:
    r = client.post("/api/analyze", content=ARTICLE.encode(), headers={"content-type": content_type})
    assert_json_error(r, 415, content_type)


def test_analyze_without_content_type_is_415(client: TestClient) -> None:
    assert_json_error(client.post("/api/analyze", content=b"abc"), 415, "application/json")


def test_upload_of_unsupported_or_unusable_files_is_4xx(client: TestClient) -> None:
    assert_json_error(client.post("/api/analyze", files={"file": ("a.pdf", b"%PDF-1.4")}), 415, ".pdf")
    assert_json_error(client.post("/api/analyze", files={"file": ("a.txt", b"")}), 422, "empty")
    assert_json_error(client.post("/api/analyze", files={"file": ("a.txt", b"  \n ")}), 422, "empty")
    assert_json_error(client.post("/api/analyze", files={"file": ("a.txt", b"\x00\x01\x02binary" * 50)}), 422,
                      "binary")
    assert_json_error(client.post("/api/analyze", files={"file": ("a.json", b"{not json")}), 422, "JSON")
    assert_json_error(client.post("/api/analyze", files={"file": ("a.json", b"[1, 2]")}), 422, "object")
    assert_json_error(client.post("/api/analyze", files={"file": ("a.txt", ARTICLE.encode())},
                                  data={"published": "yesterday"}), 422, "YYYY-MM-DD")


def test_multipart_form_without_file_field_is_422(client: TestClient) -> None:
    r = client.post("/api/analyze", files={"document": ("a.txt", ARTICLE.encode())})
    assert_json_error(r, 422, "'file'")


def test_malformed_multipart_is_400(client: TestClient) -> None:
    r = client.post("/api/analyze", content=b"--x\r\nnonsense",
                    headers={"content-type": "multipart/form-data; boundary=x"})
    assert r.status_code in (400, 422)
    assert_json_error(r, r.status_code)


def test_request_over_the_limit_is_413_before_reading(client: TestClient) -> None:
    big = json.dumps({"text": "ا" * 3_000_000}).encode()  # 6 MB of UTF-8 > the 5 MB default
    assert_json_error(client.post("/api/analyze", content=big, headers={"content-type": "application/json"}),
                      413, "5 MB")


def test_streamed_body_over_the_limit_is_413(small_client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(10):
            yield b"a" * 1000
        yield b'"}'

    r = small_client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert_json_error(r, 413, "too large")


def test_uploaded_file_over_the_limit_is_413(small_client: TestClient) -> None:
    r = small_client.post("/api/analyze", files={"file": ("a.txt", ARTICLE.encode() * 20)})
    assert_json_error(r, 413, "too large")


def test_body_under_the_limit_is_accepted(small_client: TestClient) -> None:
    assert small_client.post("/api/analyze", json={"text": ARTICLE}).status_code == 200


def test_wrong_method_and_unknown_path_are_json(client: TestClient) -> None:
    assert_json_error(client.get("/api/analyze"), 405, "GET")
    assert_json_error(client.get("/api/nothing-here"), 404, "/api/nothing-here")


# --- the page, assets, docs, headers ----------------------------------------------------------

def test_page_is_right_to_left_arabic_and_loads_only_its_own_assets(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert re.search(r'<html[^>]*\blang="ar"', html) and re.search(r'<html[^>]*\bdir="rtl"', html)
    assert '<script src="/static/app.js"' in html and 'href="/static/app.css"' in html
    for asset in ("/static/app.js", "/static/app.css"):
        assert client.get(asset).status_code == 200
    for path in STATIC_DIR.iterdir():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text), f"{path.name} loads a remote asset"
        urls = set(re.findall(r"https?://[^\s\"')]+", text)) | set(re.findall(r"[\"'(=]\s*//[a-z0-9]", text))
        assert urls <= {"http://www.w3.org/2000/svg"}, f"{path.name} refers to {urls}"
        assert "@import" not in text


def test_page_script_never_parses_strings_as_html() -> None:
    js = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "createContextualFragment", "DOMParser"):
        assert sink not in js, f"app.js uses {sink}"


def test_responses_carry_a_strict_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/api/health", "/static/app.js"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_openapi_lists_every_endpoint_and_cdn_docs_are_off(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    expected = {"/api/analyze", "/api/health", "/api/search", "/api/articles/{article_id}", "/api/entities",
                "/api/cooccurrence", "/api/events", "/api/timeline", "/api/stats", "/api/stories"}
    assert expected <= set(spec["paths"])
    body = spec["paths"]["/api/analyze"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)
    assert_json_error(client.get("/docs"), 404)
    assert_json_error(client.get("/redoc"), 404)


def test_health_names_the_stages_and_the_corpus_state(client: TestClient) -> None:
    h = client.get("/api/health").json()
    assert h["status"] == "ok"
    assert h["stages"] == list(DEFAULT_STAGES)
    assert h["max_bytes"] == 5_000_000
    assert set(h["corpus"]) == {"available", "db", "problem"}


def test_static_files_are_shipped_in_the_package() -> None:
    assert {p.name for p in STATIC_DIR.iterdir()} >= {"index.html", "app.js", "app.css"}
    assert Path(STATIC_DIR).is_relative_to(Path(__import__("marsad").__file__).parent)


# --- the command ------------------------------------------------------------------------------

def test_serve_command_binds_loopback_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from marsad.cli import app

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **kw: calls.append({"target": target, **kw}))
    result = CliRunner().invoke(app, ["serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls and calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123
    assert type(calls[0]["target"]).__name__ == "FastAPI"


def test_serve_command_warns_when_binding_beyond_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from marsad.cli import app

    monkeypatch.setattr(uvicorn, "run", lambda target, **kw: None)
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 0
    assert "warning" in result.output.lower() or "warning" in (result.stderr or "").lower()


def test_serve_command_with_workers_uses_the_factory_and_passes_the_db(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from marsad.cli import app
    from marsad.serve.app import DB_ENV

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **kw: calls.append({"target": target, **kw}))
    monkeypatch.delenv(DB_ENV, raising=False)
    db = tmp_path / "c.db"
    result = CliRunner().invoke(app, ["serve", "--workers", "2", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert calls[0]["target"] == "marsad.serve.app:app_from_env" and calls[0]["factory"] is True
    assert calls[0]["workers"] == 2 and calls[0]["host"] == "127.0.0.1"
    import os

    assert os.environ[DB_ENV] == str(db)
    monkeypatch.delenv(DB_ENV)


def test_analyses_run_at_most_analyze_threads_at_a_time() -> None:
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    lock = threading.Lock()
    state = {"now": 0, "max": 0}

    def slow(doc: Document, res: object) -> list[object]:
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        return []

    app = create_app(None, pipeline=Pipeline([Stage("slow", "entities", (), slow)]), analyze_threads=1)
    with TestClient(app) as c, ThreadPoolExecutor(6) as pool:
        codes = list(pool.map(lambda _: c.post("/api/analyze", json={"text": ARTICLE}).status_code, range(6)))
    assert codes == [200] * 6
    assert state["max"] == 1


def test_example_article_is_served_when_shipped(client: TestClient) -> None:
    from marsad.serve.app import EXAMPLES_DIR

    r = client.get("/api/example")
    if not sorted(EXAMPLES_DIR.glob("*.txt")):
        assert_json_error(r, 404, "example")
        return
    assert r.status_code == 200
    body = r.json()
    assert body["name"].endswith(".txt") and body["text"].strip()
    assert client.post("/api/analyze", json={"text": body["text"]}).status_code == 200
