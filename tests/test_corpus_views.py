"""The corpus views as users meet them: search snippets highlighting the query's words, totals and pages;
one parameter model for the command line and the API; failed ingests; closed pipes; allowed hosts."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from marsad.cli import app
from marsad.pipeline import Pipeline
from marsad.serve import create_app
from marsad.serve.hosts import LOOPBACK_NAMES, allowed_hosts_for, host_name
from marsad.store import Store
from marsad.store.ingest import ingest
from marsad.store.params import EventQuery, ParamError, SearchQuery
from marsad.store.search import snippet
from marsad.store.work import fold_word

MARSAD = Path(sys.executable).parent / "marsad"
_PLACES = ["الرياض", "القاهرة", "عمّان", "بيروت", "تونس", "الرباط", "الكويت", "مسقط"]


def make_record(i: int) -> dict[str, Any]:
    place = _PLACES[i % len(_PLACES)]
    lead = "خبر قصير عن الطقس المعتدل في المدينة. " * (i % 5)  # the query word sits further in some articles
    body = (f"{lead}وقال المتحدث الرسمي في {place} يوم الأحد إن المحادثات حول التعاون الاقتصادي حققت تقدما "
            f"في الجولة رقم {i}.\n\nوأضاف أن   الوفدين اتفقا على مواصلة المحادثات في {_PLACES[(i + 3) % 8]} "
            f"خلال الشهر المقبل، وأن اللجنة الفنية ستعقد اجتماعها القادم بعد أسبوعين.")
    if i % 3 == 0:  # a negated event before an asserted one
        body += "\n\nوقال مسؤول إن الجيش لن يهاجم المدينة. والتقى الرئيس نظيره أمس."
    return {"source": "wire" if i % 2 else "Daily", "url": f"https://x.example/{i}", "title": f"جولة محادثات {i}",
            "date_extracted": f"2021-12-{1 + i % 28:02d} 08:00:00", "content": body}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("views")
    lines = [json.dumps(make_record(i), ensure_ascii=False) for i in range(30)]
    (folder / "day.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = folder / "views.db"
    assert ingest([folder / "day.jsonl"], path, workers=0).added == 30
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db), pipeline=Pipeline([]))) as c:
        yield c


def cli(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


# -- search ----------------------------------------------------------------------------------------

def test_snippet_offsets_index_the_snippet_even_with_cut_ends_and_whitespace_runs() -> None:
    text = "مقدمة طويلة   جدا\n\n" * 30 + "ثم قال الوزير إن   المحادثات\tمستمرة " + "وخاتمة\n" * 40
    words = [(fold_word("المحادثات"), fold_word("محادثات"))]
    snip, match = snippet(text, words)
    assert match is not None and snip.startswith("…") and snip.endswith("…")
    assert snip[match["start"] : match["end"]] == "المحادثات"
    assert "  " not in snip and "\n" not in snip


def test_search_hits_highlight_the_query_words_with_a_total_and_pages(db: Path) -> None:
    with Store(db, readonly=True) as st:
        first = st.search_page("محادثات", limit=10)
        assert first["total"] == 30 and len(first["hits"]) == 10
        for hit in first["hits"]:
            m = hit["match"]
            word = hit["snippet"][m["start"] : m["end"]]
            assert fold_word(word).endswith(fold_word("محادثات")), (word, hit["snippet"])
        pages = [first["hits"], st.search_page("محادثات", limit=10, offset=10)["hits"],
                 st.search_page("محادثات", limit=10, offset=20)["hits"]]
        ids = [h["id"] for page in pages for h in page]
        assert len(set(ids)) == 30
        assert st.search_page("محادثات", limit=10, offset=30)["hits"] == []
        assert st.search_page("الرياض", limit=2)["total"] == 8  # named in 8 of the 30


def test_search_api_and_cli_give_the_same_page(db: Path, client: TestClient) -> None:
    api = client.get("/api/search", params={"q": "الرباط", "limit": 2, "offset": 1}).json()
    out = cli("search", "الرباط", "--db", str(db), "--limit", "2", "--offset", "1", "--format", "json")
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout) == api
    assert api["total"] == 8 and api["offset"] == 1 and api["limit"] == 2 and len(api["hits"]) == 2
    for hit in api["hits"]:
        assert hit["snippet"][hit["match"]["start"] : hit["match"]["end"]] == "الرباط"
    text = cli("search", "الرباط", "--db", str(db), "--limit", "2")
    assert "hits 1-2 of 8; next page: --offset 2" in text.output


# -- one parameter model ------------------------------------------------------------------------------

@pytest.mark.parametrize("cli_args,api_path,api_params,message", [
    (["events", "--limit", "-1"], "/api/events", {"limit": "-1"}, "limit: must be between 1 and 10000 (got -1)"),
    (["events", "--limit", "99999999999999999999"], "/api/events", {"limit": "99999999999999999999"},
     "limit: must be between 1 and 10000"),
    (["events", "--offset", "-3"], "/api/events", {"offset": "-3"}, "offset: must be between 0 and 1000000"),
    (["events", "--type", "meeting"], "/api/events", {"type": "meeting"}, "type: expected one of"),
    (["entities", "--by", "decade"], "/api/entities", {"by": "decade"}, "by: expected one of day, week, month, year"),
    (["entities", "--type", "person"], "/api/entities", {"type": "person"}, "type: expected one of PER"),
    (["search", "x", "--limit", "0"], "/api/search", {"q": "x", "limit": "0"}, "limit: must be between 1"),
    (["timeline", "--since", "2021-12-09", "--until", "2021-12-01"], "/api/timeline",
     {"since": "2021-12-09", "until": "2021-12-01"}, "since (2021-12-09) is after until (2021-12-01)"),
])
def test_bad_values_get_the_same_one_line_error_on_both(db: Path, client: TestClient, cli_args: list[str],
                                                        api_path: str, api_params: dict[str, str],
                                                        message: str) -> None:
    out = cli(*cli_args, "--db", str(db))
    assert out.exit_code == 2 and "Traceback" not in out.output
    line = out.output.strip()
    assert "\n" not in line and line.startswith("marsad: ") and message in line
    r = client.get(api_path, params=api_params)
    assert r.status_code == 422 and r.json()["error"] == line.removeprefix("marsad: ")


def test_types_and_codes_are_case_insensitive_and_groupings_the_same_on_both(db: Path, client: TestClient) -> None:
    upper = json.loads(cli("events", "--db", str(db), "--type", "CONSULT", "--format", "json").stdout)
    lower = json.loads(cli("events", "--db", str(db), "--type", "consult", "--format", "json").stdout)
    assert upper and upper == lower == client.get("/api/events", params={"type": "Consult"}).json()
    assert EventQuery.parse(actor="sau", type="assault").kwargs()["actor"] == "SAU"
    for by in ("day", "week", "month", "year"):
        got = json.loads(cli("entities", "--db", str(db), "--by", by.upper(), "--format", "json").stdout)
        assert got == client.get("/api/entities", params={"by": by, "limit": 20}).json()
    years = client.get("/api/entities", params={"by": "year", "type": "loc"}).json()
    assert years and {e["period"] for e in years} == {"2021"} and {e["type"] for e in years} == {"LOC"}


def test_events_list_the_most_recent_articles_first(db: Path) -> None:
    got = json.loads(cli("events", "--db", str(db), "--format", "json", "-n", "500").stdout)
    published = [e["published"] for e in got]
    assert published and published == sorted(published, reverse=True)
    by_date = json.loads(cli("events", "--db", str(db), "--format", "json", "--order", "date").stdout)
    dates = [e["date"] for e in by_date if e["date"]]
    assert dates == sorted(dates)


def test_the_model_rejects_what_the_store_would_misread() -> None:
    with pytest.raises(ParamError, match="limit"):
        SearchQuery.parse(query="x", limit="ten")
    with pytest.raises(ParamError, match="since"):
        SearchQuery.parse(query="x", since="2021-02-30")
    assert SearchQuery.parse(query="  ", country="sau").country == "SAU"
    assert SearchQuery.parse(query="  ").empty


# -- closed pipes -------------------------------------------------------------------------------------

@pytest.mark.skipif(not MARSAD.exists(), reason="the marsad console script is not installed in this venv")
def test_a_closed_pipe_ends_quietly_with_exit_0(db: Path) -> None:
    # the export (about 150 KB) outgrows the pipe's buffer, so writing fails once the reader has gone
    proc = subprocess.Popen([str(MARSAD), "export", "--format", "jsonl", "--db", str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)
    proc.stdout.close()  # like `| head -c 100`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert err == ""


# -- failed ingests -------------------------------------------------------------------------------------

MENU = ("<html><head><meta charset='utf-8'><title>الرئيسية</title></head><body><nav><a href='/'>الرئيسية</a> "
        "<a href='/n'>أخبار</a> <a href='/s'>رياضة</a> <a href='/c'>اتصل بنا</a></nav></body></html>")


def test_ingest_of_nothing_fails_and_creates_no_store(tmp_path: Path) -> None:
    store = tmp_path / "x.db"
    out = cli("ingest", str(tmp_path / "no" / "such" / "path"), "--db", str(store), "-q", "-j", "0")
    assert out.exit_code == 2 and "no such file or folder" in out.output and not store.exists()
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("not an input", encoding="utf-8")
    out = cli("ingest", str(tmp_path / "empty"), "--db", str(store), "-q", "-j", "0")
    assert out.exit_code == 2 and "no input files" in out.output and not store.exists()


def test_ingest_refuses_non_articles_with_one_line_each_and_keeps_no_store(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "home.html").write_text(MENU, encoding="utf-8")
    (tmp_path / "in" / "noise.txt").write_bytes(bytes((i * 7919) % 251 + 1 for i in range(4000)))
    store = tmp_path / "x.db"
    out = cli("ingest", str(tmp_path / "in"), "--db", str(store), "-q", "-j", "0")
    assert out.exit_code == 1, out.output
    failed = [line for line in out.output.splitlines() if line.strip().startswith("failed:")]
    assert len(failed) == 2
    assert "home.html: no article text found" in failed[0]
    assert "noise.txt: not text in any supported encoding" in failed[1]
    assert "nothing could be read" in out.output and "no store created" in out.output
    assert not store.exists() and not list(tmp_path.glob("x.db*"))


def test_ingest_into_an_existing_store_of_only_bad_input_fails_and_keeps_the_store(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    (tmp_path / "home.html").write_text(MENU, encoding="utf-8")
    out = cli("ingest", str(tmp_path / "home.html"), "--db", str(copy), "-q", "-j", "0")
    assert out.exit_code == 1 and "nothing could be read (1 failed)" in out.output
    assert "no store created" not in out.output
    with Store(copy, readonly=True) as st:
        assert st.stats()["articles"] == 30


# -- allowed hosts ---------------------------------------------------------------------------------------

def test_a_loopback_server_refuses_foreign_host_names_and_the_page_still_works() -> None:
    assert allowed_hosts_for("127.0.0.1") == LOOPBACK_NAMES == allowed_hosts_for("localhost")
    assert allowed_hosts_for("::1") == LOOPBACK_NAMES and allowed_hosts_for("0.0.0.0") is None
    assert host_name("[::1]:8000") == "::1" and host_name("LocalHost:80") == "localhost"
    api = create_app(None, pipeline=Pipeline([]), allowed_hosts=allowed_hosts_for("127.0.0.1"))
    with TestClient(api, base_url="http://127.0.0.1:8000") as c:
        for host in ("example.com", "example.com:8000", "127.0.0.1.evil.example", "localhost.example.com", ""):
            r = c.get("/api/health", headers={"host": host})
            assert r.status_code == 400 and "host not allowed" in r.json()["error"], host
        for host in ("localhost:8000", "127.0.0.1:8000", "[::1]:8000", "127.0.0.1", "localhost"):
            assert c.get("/api/health", headers={"host": host}).status_code == 200, host
        page = c.get("/")
        assert page.status_code == 200 and "<html" in page.text.lower()
        assert c.get("/static/app.js").status_code == 200


def test_a_server_bound_elsewhere_answers_any_host() -> None:
    with TestClient(create_app(None, pipeline=Pipeline([]))) as c:
        assert c.get("/api/health", headers={"host": "example.com"}).status_code == 200


# -- factuality ------------------------------------------------------------------------------------------

def test_events_carry_their_factuality_asserted_first_within_an_article(db: Path) -> None:
    with Store(db, readonly=True) as st:
        every = st.events(limit=10_000)
        assert every and all(e["factuality"] in ("asserted", "negated", "hypothetical", "future", "reference")
                             for e in every)
        for aid in {e["article_id"] for e in every}:
            facts = [e["factuality"] == "asserted" for e in every if e["article_id"] == aid]
            assert facts == sorted(facts, reverse=True)  # asserted ones first
            stored = st.get(aid)
            assert stored is not None
            assert sorted(e["factuality"] for e in stored["events"]) == sorted(
                e["factuality"] for e in every if e["article_id"] == aid)
        negated = st.events(factuality="negated", limit=10_000)
        # some negated event comes before an asserted one in its text, so the order is not the text's
        assert any(n["trigger_start"] < e["trigger_start"] for n in negated for e in every
                   if e["article_id"] == n["article_id"] and e["factuality"] == "asserted")
        assert every[0]["factuality"] == "asserted"
        asserted = st.events(factuality="asserted", limit=10_000)
        assert asserted and {e["factuality"] for e in asserted} == {"asserted"}
    out = cli("events", "--db", str(db), "--factuality", "Asserted", "--format", "json", "-n", "10000")
    assert json.loads(out.stdout) == asserted


def test_a_store_from_before_factuality_reads_and_is_upgraded_when_opened_for_writing(db: Path,
                                                                                     tmp_path: Path) -> None:
    import sqlite3

    old = tmp_path / "old.db"
    old.write_bytes(db.read_bytes())
    con = sqlite3.connect(old)
    con.execute("ALTER TABLE events DROP COLUMN factuality")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Store(old, readonly=True) as st:
        assert st.events(limit=3) and {e["factuality"] for e in st.events(limit=3)} == {None}
        with pytest.raises(Exception, match="predates"):
            st.events(factuality="asserted")
    with Store(old) as st:  # opened for writing: the column is added and filled from the analyses
        pass
    with Store(old, readonly=True) as st, Store(db, readonly=True) as new:
        assert st.events(limit=10_000) == new.events(limit=10_000)
        assert st._one("SELECT value FROM meta WHERE key = 'schema_version'") == "2"
