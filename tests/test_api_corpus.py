"""HTTP API on the corpus: search, articles, entities, co-occurrence, events, timelines, stats, stories.

A recording fake store checks routing, parameter passing and validation independently of the store's
progress; an integration test runs the same endpoints on a real store ingested from constructed
articles (skipped when the store package is not importable).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from fastapi.testclient import TestClient

from marsad.serve import create_app
from marsad.serve.corpus import Corpus


def _entity(text: str, type_: str, country: str | None = None, id_: str | None = None) -> dict[str, Any]:
    return {"start": 0, "end": len(text), "text": text, "type": type_, "id": id_, "country": country}


ARTICLES: dict[int, dict[str, Any]] = {
    1: {"id": 1, "title": "بوتين وبايدن", "published": "2021-12-07", "text": "…", "source": "a",
        "url": "https://example.org/1", "group": [],
        "entities": [_entity("بوتين", "PER", "RUS"), _entity("بايدن", "PER", "USA"), _entity("جنيف", "LOC", "CHE")]},
    2: {"id": 2, "title": "بوتين وشولتس", "published": "2021-12-08", "text": "…", "source": "b", "url": None,
        "group": [], "entities": [_entity("بوتين", "PER", "RUS"), _entity("بايدن", "PER", "USA"),
                                  _entity("برلين", "LOC", "DEU"), _entity("برلين", "LOC", "DEU")]},
    3: {"id": 3, "title": "لا صلة", "published": "2021-12-08", "text": "…", "source": "b", "url": None,
        "group": [], "entities": [_entity("باريس", "LOC", "FRA")]},
}


class FakeStore:
    """Implements the documented read API of marsad.store.Store and records each call."""

    calls: ClassVar[list[tuple[str, tuple[Any, ...], dict[str, Any]]]] = []

    def __init__(self, path: str, readonly: bool = False) -> None:
        assert readonly, "the service must open the store read-only"
        self.path = path

    def __enter__(self) -> FakeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        FakeStore.calls.append(("close", (), {}))

    def _record(self, name: str, *args: Any, **kwargs: Any) -> None:
        FakeStore.calls.append((name, args, kwargs))

    def stats(self) -> dict[str, Any]:
        self._record("stats")
        return {"articles": 3, "failed": 0, "entities": 8, "events": 1}

    def search(self, query: str, **kw: Any) -> list[dict[str, Any]]:
        self._record("search", query, **kw)
        if kw.get("entity"):
            ids = [i for i, a in ARTICLES.items() if any(e["text"] == kw["entity"] for e in a["entities"])]
        else:
            ids = [1]
        return [{"id": i, "title": ARTICLES[i]["title"], "published": ARTICLES[i]["published"], "source": "a",
                 "url": None, "snippet": "مقتطف <b>نص</b>", "match": {"start": 0, "end": 6}, "group_id": i,
                 "score": 1.0} for i in ids][: kw.get("limit", 20)]

    def get(self, article_id: int) -> dict[str, Any] | None:
        self._record("get", article_id)
        return ARTICLES.get(int(article_id))

    def top_entities(self, **kw: Any) -> list[dict[str, Any]]:
        self._record("top_entities", **kw)
        return [{"text": "بوتين", "type": "PER", "id": None, "country": "RUS", "mentions": 5, "articles": 2}]

    def events(self, **kw: Any) -> list[dict[str, Any]]:
        self._record("events", **kw)
        return [{"article_id": 1, "date": "2021-12-07", "type": "CONSULT", "cameo": "040", "goldstein": 1.0,
                 "actor": "بوتين", "actor_country": "RUS", "target": "بايدن", "target_country": "USA",
                 "trigger": "محادثات", "trigger_start": 0, "trigger_end": 7, "time": "2021-12-07", "mode": None,
                 "source": "a", "url": None}]

    def timeline(self, **kw: Any) -> list[dict[str, Any]]:
        self._record("timeline", **kw)
        return [{"date": "2021-12-07", "actor": "RUS", "target": "USA", "events": 2}]

    def stories(self, **kw: Any) -> list[dict[str, Any]]:
        self._record("stories", **kw)
        return []


@pytest.fixture()
def fake(tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "fake.db"
    db.write_bytes(b"")
    app = create_app(str(db))
    app.state.corpus = Corpus(str(db), store_cls=FakeStore)
    FakeStore.calls = []
    with TestClient(app) as c:
        yield c


def last_call(name: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    for n, args, kw in reversed(FakeStore.calls):
        if n == name:
            return args, kw
    raise AssertionError(f"store.{name} was not called: {FakeStore.calls}")


def assert_json_error(response: Any, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]
    for word in words:
        assert word.lower() in body["error"].lower(), body["error"]


# --- without a store --------------------------------------------------------------------------

CORPUS_GETS = ["/api/stats", "/api/search?q=x", "/api/articles/1", "/api/entities", "/api/cooccurrence?entity=x",
               "/api/events", "/api/timeline?actor=RUS", "/api/stories"]


@pytest.mark.parametrize("path", CORPUS_GETS)
def test_corpus_endpoints_answer_503_naming_the_missing_database(tmp_path: Path, path: str) -> None:
    missing = tmp_path / "none.db"
    with TestClient(create_app(str(missing))) as c:
        r = c.get(path)
        assert_json_error(r, 503, str(missing), "marsad ingest")
        assert c.post("/api/analyze", json={"text": "نص تجريبي قصير."}).status_code == 200


def test_corpus_endpoints_answer_503_when_the_store_module_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real = importlib.import_module

    def fake_import(name: str, *a: Any, **kw: Any) -> Any:
        if name == "marsad.store":
            raise ModuleNotFoundError("No module named 'marsad.store'", name="marsad.store")
        return real(name, *a, **kw)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    with TestClient(create_app(None)) as c:
        assert_json_error(c.get("/api/search?q=x"), 503, "not available")
        assert c.get("/api/health").json()["corpus"]["available"] is False


def test_a_file_that_is_not_a_store_is_503(tmp_path: Path) -> None:
    pytest.importorskip("marsad.store.db")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite at all" * 100)
    with TestClient(create_app(str(bad))) as c:
        assert_json_error(c.get("/api/stats"), 503, str(bad))


# --- routing and validation (fake store) ------------------------------------------------------

def test_stats(fake: TestClient) -> None:
    assert fake.get("/api/stats").json()["articles"] == 3
    assert FakeStore.calls[-1][0] == "close"  # the store is closed after each request


def test_search_passes_query_and_filters(fake: TestClient) -> None:
    r = fake.get("/api/search", params={"q": " محادثات ", "limit": 5, "offset": 10, "since": "2021-01-01",
                                        "until": "2021-12-31", "source": "a", "country": "RUS"})
    assert r.status_code == 200
    assert r.json()["query"] == "محادثات" and r.json()["hits"][0]["id"] == 1
    args, kw = last_call("search")
    assert args == ("محادثات",)
    assert kw == {"limit": 5, "offset": 10, "since": "2021-01-01", "until": "2021-12-31", "source": "a",
                  "entity": None, "country": "RUS", "event_type": None}


def test_search_with_only_a_filter_is_allowed(fake: TestClient) -> None:
    assert fake.get("/api/search", params={"entity": "بوتين"}).status_code == 200


@pytest.mark.parametrize("params,status,word", [
    ({"q": ""}, 422, "empty"),
    ({"q": "   "}, 422, "empty"),
    ({"q": "x", "limit": 0}, 422, "limit"),
    ({"q": "x", "limit": 100000}, 422, "limit"),
    ({"q": "x", "limit": "ten"}, 422, "limit"),
    ({"q": "x", "offset": -1}, 422, "offset"),
    ({"q": "x", "since": "yesterday"}, 422, "since"),
    ({"q": "x", "until": "2021-02-30"}, 422, "until"),
    ({"q": "x", "since": "2022-01-01", "until": "2021-01-01"}, 422, "after"),
    ({"q": "x" * 501}, 422, "q"),
])
def test_search_rejects_bad_parameters(fake: TestClient, params: dict[str, Any], status: int, word: str) -> None:
    assert_json_error(fake.get("/api/search", params=params), status, word)


def test_article_by_id(fake: TestClient) -> None:
    r = fake.get("/api/articles/2")
    assert r.status_code == 200 and r.json()["title"] == "بوتين وشولتس"
    assert last_call("get")[0] == (2,)


def test_unknown_or_malformed_article_id_is_404(fake: TestClient) -> None:
    assert_json_error(fake.get("/api/articles/999"), 404, "999")
    assert_json_error(fake.get("/api/articles/abc"), 404, "abc")
    assert_json_error(fake.get("/api/articles/1e9"), 404)


def test_entities_with_filters(fake: TestClient) -> None:
    r = fake.get("/api/entities", params={"type": "PER", "limit": 10, "by": "month", "since": "2021-12-01"})
    assert r.status_code == 200 and r.json()[0]["text"] == "بوتين"
    assert last_call("top_entities")[1] == {"limit": 10, "type": "PER", "since": "2021-12-01", "until": None,
                                            "source": None, "by": "month"}


def test_entities_reject_unknown_type_and_period(fake: TestClient) -> None:
    assert_json_error(fake.get("/api/entities", params={"type": "PERSON"}), 422, "PER")
    assert_json_error(fake.get("/api/entities", params={"by": "decade"}), 422, "by")


def test_cooccurrence_counts_each_neighbour_once_per_article(fake: TestClient) -> None:
    r = fake.get("/api/cooccurrence", params={"entity": "بوتين"})
    assert r.status_code == 200
    body = r.json()
    assert body["entity"] == "بوتين" and body["articles"] == 2
    got = {(n["text"], n["articles"]) for n in body["neighbours"]}
    assert got == {("بايدن", 2), ("جنيف", 1), ("برلين", 1)}
    assert body["neighbours"][0]["text"] == "بايدن" and body["neighbours"][0]["country"] == "USA"


def test_cooccurrence_requires_an_entity(fake: TestClient) -> None:
    assert_json_error(fake.get("/api/cooccurrence"), 422, "entity")
    assert_json_error(fake.get("/api/cooccurrence", params={"entity": "  "}), 422, "empty")


def test_events_filters_are_passed_through(fake: TestClient) -> None:
    r = fake.get("/api/events", params={"actor": "RUS", "target": "USA", "type": "CONSULT", "article_id": "1",
                                        "limit": 50})
    assert r.status_code == 200 and r.json()[0]["type"] == "CONSULT"
    assert last_call("events")[1] == {"actor": "RUS", "target": "USA", "type": "CONSULT", "since": None,
                                      "until": None, "source": None, "article_id": 1, "limit": 50, "offset": 0,
                                      "order": "recent", "factuality": "asserted"}  # asserted unless asked
    fake.get("/api/events", params={"factuality": "all"})
    assert last_call("events")[1]["factuality"] is None


def test_events_reject_bad_parameters(fake: TestClient) -> None:
    assert_json_error(fake.get("/api/events", params={"article_id": "x1"}), 422, "article_id")
    assert_json_error(fake.get("/api/events", params={"since": "2021-1-1"}), 422, "since")
    assert_json_error(fake.get("/api/events", params={"limit": 10_001}), 422, "limit")
    assert_json_error(fake.get("/api/events", params={"limit": -1}), 422, "limit")
    assert_json_error(fake.get("/api/events", params={"offset": -5}), 422, "offset")
    assert_json_error(fake.get("/api/events", params={"type": "CONSULTS"}), 422, "type", "CONSULT")
    assert_json_error(fake.get("/api/events", params={"order": "random"}), 422, "order")


def test_timeline_for_an_actor_pair(fake: TestClient) -> None:
    r = fake.get("/api/timeline", params={"actor": "RUS", "target": "USA", "until": "2021-12-31"})
    assert r.json() == [{"date": "2021-12-07", "actor": "RUS", "target": "USA", "events": 2}]
    assert last_call("timeline")[1] == {"actor": "RUS", "target": "USA", "type": None, "since": None,
                                        "until": "2021-12-31"}


def test_stories(fake: TestClient) -> None:
    assert fake.get("/api/stories", params={"min_outlets": 3}).json() == []
    assert last_call("stories")[1] == {"limit": 20, "min_outlets": 3}


def test_store_errors_become_400_json(fake: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.errors import MarsadError

    def boom(self: FakeStore, **kw: Any) -> list[dict[str, Any]]:
        raise MarsadError("by: expected one of day, week")

    monkeypatch.setattr(FakeStore, "top_entities", boom)
    assert_json_error(fake.get("/api/entities"), 400, "expected one of")


def test_unexpected_store_failure_is_500_json_without_traceback(fake: TestClient,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: FakeStore) -> dict[str, Any]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(FakeStore, "stats", boom)
    app = fake.app
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/stats")
    assert_json_error(r, 500, "internal error")
    assert "disk on fire" not in r.text and "Traceback" not in r.text


# --- a real store ---------------------------------------------------------------------------------

CORPUS = [
    {"title": "روسيا والولايات المتحدة تبدآن محادثات جديدة في جنيف",
     "content": "قال نائب وزير الخارجية الروسي سيرغي ريابكوف أمس الثلاثاء إن موسكو وواشنطن ستجريان محادثات "
                "جديدة بشأن العاملين الدبلوماسيين قبل نهاية العام.",
     "date_extracted": "2021-12-09 10:00:00", "source": "test-a", "url": "https://example.org/a"},
    {"title": "الرئيس الروسي يلتقي نظيره الأمريكي",
     "content": "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي جو بايدن في لقاء افتراضي لبحث الأمن "
                "الإقليمي والوضع حول أوكرانيا.",
     "date_extracted": "2021-12-07 18:00:00", "source": "test-b", "url": "javascript:alert(1)"},
    {"title": "أمطار غزيرة في جدة", "content": "هطلت أمطار غزيرة على مدينة جدة اليوم وأغلقت بعض الطرق.",
     "date_extracted": "2021-11-24 08:00:00", "source": "test-a", "url": None},
]


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    ingest = pytest.importorskip("marsad.store.ingest", reason="the corpus store is not built yet")
    folder = tmp_path_factory.mktemp("corpus")
    for i, art in enumerate(CORPUS):
        (folder / f"{i}.json").write_text(json.dumps(art, ensure_ascii=False), encoding="utf-8")
    db = folder / "corpus.db"
    report = ingest.ingest([folder], db, workers=0)
    assert report.added == len(CORPUS)
    with TestClient(create_app(str(db))) as c:
        yield c


def test_real_store_search_then_read_the_article(real: TestClient) -> None:
    assert real.get("/api/stats").json()["articles"] == len(CORPUS)
    hits = real.get("/api/search", params={"q": "محادثات"}).json()["hits"]
    assert hits and hits[0]["title"].startswith("روسيا والولايات المتحدة")
    art = real.get(f"/api/articles/{hits[0]['id']}").json()
    assert art["id"] == hits[0]["id"] and "سيرغي ريابكوف" in art["text"]
    assert {"title", "published", "text", "entities", "times", "quotes", "events"} <= art.keys()
    for key in ("entities", "times", "quotes"):
        for span in art[key]:
            assert art["text"][span["start"]:span["end"]] == span["text"]


def test_real_store_lists_and_filters(real: TestClient) -> None:
    assert real.get("/api/search", params={"q": "جدة", "until": "2021-11-30"}).json()["hits"]
    assert real.get("/api/search", params={"q": "جدة", "since": "2021-12-01"}).json()["hits"] == []
    for path in ("/api/entities", "/api/events?actor=RUS", "/api/timeline?actor=RUS&target=USA", "/api/stories",
                 "/api/cooccurrence?entity=%D8%A8%D9%88%D8%AA%D9%8A%D9%86"):
        r = real.get(path)
        assert r.status_code == 200, (path, r.text)
    assert_json_error(real.get("/api/articles/999999"), 404)
    assert real.get("/api/health").json()["corpus"]["available"] is True
