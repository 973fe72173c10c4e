"""The web page end to end in headless Chromium (selenium + Debian's chromium and chromium-driver).

Two servers: ``marsad serve`` started as a command in a subprocess (the real pipeline), and an app
with a stub pipeline and a stub store served by uvicorn in a thread, so that the rendering of every
layer and the corpus views are checked whatever the analysis stages produce today. The whole module
skips cleanly when chromium, chromedriver or selenium is missing.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from web_support import CHROMEDRIVER, CHROMIUM, app_in_thread, chromium, free_port, stop_process, wait_until_up

if not CHROMIUM or not CHROMEDRIVER:
    pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
from selenium.common.exceptions import JavascriptException, TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from marsad.document import Actor, Document, Entity, Event, Quote, Span, TimeExpr  # noqa: E402
from marsad.pipeline import Pipeline, Stage  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ZWJ = "\u200d"  # joiners the page adds where a highlight cuts a word
ARTIFACTS = ROOT / "artifacts"

# A constructed article (written for this test) and what the stub stages mark in it.
CONSTRUCTED = (
    "وزير الخارجية السعودي يستقبل نظيره الفرنسي في الرياض\n\n"
    "استقبل وزير الخارجية السعودي فيصل بن فرحان أمس الاثنين نظيره الفرنسي في الرياض، "
    "وقال فيصل بن فرحان إن البلدين \"يعملان معاً من أجل الاستقرار\"، بحسب وكالة الأنباء السعودية.\n"
    "وتأتي الزيارة بعد ثلاثة أسابيع من اتصال هاتفي بين الجانبين."
)

XSS = (
    "عنوان <b onmouseover=\"window.__pwned=3\">خطير</b>\n\n"
    "قال الكاتب <script>window.__pwned=1</script> في مقاله "
    "<img src=x onerror=\"window.__pwned=2\"> إن <a href=\"javascript:window.__pwned=4\">الرابط</a> لا يعمل."
)


def _at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _marks(doc: Document) -> dict[str, list[Any]]:
    t = doc.text
    if "فيصل بن فرحان" not in t:
        return {"entities": [], "times": [], "quotes": [], "events": []}
    speaker = _at(t, "فيصل بن فرحان", 1)
    return {
        "entities": [
            Entity(*_at(t, "فيصل بن فرحان"), "PER", "Q1373569", "SAU", "وزير الخارجية"),
            Entity(*speaker, "PER", "Q1373569", "SAU"),
            Entity(*_at(t, "الرياض", 1), "LOC", "Q3692", "SAU"),
            Entity(*_at(t, "وكالة الأنباء السعودية"), "ORG", None, "SAU"),
        ],
        "times": [TimeExpr(*_at(t, "أمس الاثنين"), "DATE", "2021-12-06"),
                  TimeExpr(*_at(t, "ثلاثة أسابيع"), "DURATION", "P3W")],
        "quotes": [Quote(*_at(t, "البلدين \"يعملان معاً من أجل الاستقرار\""), cue=Span(*_at(t, "وقال")),
                         speaker=Span(*speaker), via=("وكالة الأنباء السعودية",))],
        "events": [Event("CONSULT", Span(*_at(t, "استقبل", 0)), Actor("السعودية", "SAU", "GOV"),
                         Actor("فرنسا", "FRA", "GOV"), "043", 2.8, "2021-12-06", None)],
    }


def stub_pipeline() -> Pipeline:
    return Pipeline([Stage(layer, layer, (), lambda doc, res, layer=layer: _marks(doc)[layer])
                     for layer in ("entities", "times", "quotes", "events")])


class StubStore:
    """A tiny corpus implementing the documented read API of marsad.store.Store."""

    ARTICLE_ID = 7

    def __init__(self, path: str, readonly: bool = False) -> None:
        pass

    def __enter__(self) -> StubStore:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def stats(self) -> dict[str, Any]:
        return {"articles": 1, "failed": 0, "entities": 4, "events": 3}

    def search(self, query: str, **kw: Any) -> list[dict[str, Any]]:
        return [{"id": self.ARTICLE_ID, "title": "<i>عنوان</i> وزير الخارجية", "published": "2021-12-07",
                 "source": "test", "url": None, "snippet": "استقبل وزير الخارجية <script>x</script>",
                 "match": {"start": 0, "end": 6}, "group_id": 7, "score": 1.0}]

    def get(self, article_id: int) -> dict[str, Any] | None:
        if article_id != self.ARTICLE_ID:
            return None
        from marsad.extract import document_from_text
        from marsad.output import to_json

        obj = to_json(stub_pipeline()(document_from_text(CONSTRUCTED)))
        return {"id": self.ARTICLE_ID, **obj, "source": "test", "url": "javascript:window.__pwned=5",
                "group": []}

    def top_entities(self, **kw: Any) -> list[dict[str, Any]]:
        return [{"text": "فيصل بن فرحان", "type": "PER", "id": None, "country": "SAU", "mentions": 3,
                 "articles": 2}, {"text": "الرياض", "type": "LOC", "id": None, "country": "SAU", "mentions": 1,
                                  "articles": 1}]

    def events(self, **kw: Any) -> list[dict[str, Any]]:
        return [{"article_id": self.ARTICLE_ID, "date": d, "type": "CONSULT", "cameo": "043", "goldstein": 2.8,
                 "actor": "السعودية", "actor_country": "SAU", "target": "فرنسا", "target_country": "FRA",
                 "trigger": "استقبل", "trigger_start": 0, "trigger_end": 6, "time": d, "mode": None,
                 "source": "test", "url": None} for d in ("2021-12-01", "2021-12-06", "2021-12-06")]

    def timeline(self, **kw: Any) -> list[dict[str, Any]]:
        return [{"date": "2021-12-01", "actor": "SAU", "target": "FRA", "events": 1},
                {"date": "2021-12-06", "actor": "SAU", "target": "FRA", "events": 2},
                {"date": "2021-12-06", "actor": "SAU", "target": "USA", "events": 1}]

    def stories(self, **kw: Any) -> list[dict[str, Any]]:
        return []


# --- servers ----------------------------------------------------------------------------------

def marsad_command() -> list[str]:
    script = Path(sys.executable).with_name("marsad")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from marsad.cli import app; app()"]


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``marsad serve`` as a user starts it, in an empty folder (so without a corpus)."""
    port = free_port()
    cwd = tmp_path_factory.mktemp("serve")
    log = (cwd / "serve.log").open("w")
    proc = subprocess.Popen([*marsad_command(), "serve", "--port", str(port), "--log-level", "warning"],
                            cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_until_up(url, lambda: proc.poll() is None)
        except RuntimeError as exc:
            log.flush()
            pytest.fail(f"{exc}; marsad serve said: {(cwd / 'serve.log').read_text()[-2000:]}")
        yield url
    finally:
        stop_process(proc)
        log.close()


REAL_CORPUS = [
    {"title": "روسيا والولايات المتحدة تبدآن محادثات جديدة في جنيف",
     "content": "قال نائب وزير الخارجية الروسي سيرغي ريابكوف أمس الثلاثاء إن موسكو وواشنطن ستجريان محادثات "
                "جديدة بشأن العاملين الدبلوماسيين قبل نهاية العام.",
     "date_extracted": "2021-12-09 10:00:00", "source": "test-a", "url": "https://example.org/a"},
    {"title": "أمطار غزيرة في جدة", "content": "هطلت أمطار غزيرة على مدينة جدة اليوم وأغلقت بعض الطرق.",
     "date_extracted": "2021-11-24 08:00:00", "source": "test-b", "url": None},
]


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``marsad ingest`` of two constructed articles, then ``marsad serve --db`` on the store."""
    import json

    pytest.importorskip("marsad.store.ingest", reason="the corpus store is not built yet")
    folder = tmp_path_factory.mktemp("corpus")
    for i, art in enumerate(REAL_CORPUS):
        (folder / f"{i}.json").write_text(json.dumps(art, ensure_ascii=False), encoding="utf-8")
    db = folder / "corpus.db"
    done = subprocess.run([*marsad_command(), "ingest", str(folder), "--db", str(db), "--workers", "0", "--quiet"],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0 or not db.is_file():
        pytest.fail(f"marsad ingest failed ({done.returncode}): {done.stderr[-1000:]}")
    port = free_port()
    proc = subprocess.Popen([*marsad_command(), "serve", "--db", str(db), "--port", str(port), "--log-level",
                             "warning"], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, lambda: proc.poll() is None)
        yield url
    finally:
        stop_process(proc)


@pytest.fixture(scope="module")
def stub_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same app with stub stages and a stub store, under uvicorn in a thread."""

    from marsad.serve import create_app
    from marsad.serve.corpus import Corpus

    db = tmp_path_factory.mktemp("stub") / "stub.db"
    db.write_bytes(b"")
    app = create_app(str(db), pipeline=stub_pipeline())
    app.state.corpus = Corpus(str(db), store_cls=StubStore)
    with app_in_thread(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    flags = ("--disable-quic", "--disable-component-update", "--disable-sync")
    with chromium(tmp_path_factory.mktemp("chromium-profile"), "1280,2400", flags) as driver:
        yield driver


# --- helpers ----------------------------------------------------------------------------------

def open_page(driver: Any, url: str) -> None:
    driver.get(url + "/#/analyze")
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-app-ready"))


def analyze(driver: Any, text: str, published: str = "", type_it: bool = False) -> Any:
    area = driver.find_element(By.ID, "article-text")
    area.clear()
    if type_it:
        area.send_keys(text)
    else:  # a paste: the whole text at once
        driver.execute_script(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            area, text)
    date = driver.find_element(By.ID, "published")
    date.clear()
    if published:
        date.send_keys(published)
    driver.find_element(By.ID, "analyze-btn").click()
    try:
        WebDriverWait(driver, 60).until(
            lambda d: d.find_element(By.ID, "result").get_attribute("data-ready") == "1"
            or "error" in (d.find_element(By.ID, "analyze-status").get_attribute("class") or ""))
    except TimeoutException:
        pytest.fail("the analysis did not finish within 60 s")
    status = driver.find_element(By.ID, "analyze-status")
    assert "error" not in (status.get_attribute("class") or ""), status.text
    return driver.find_element(By.ID, "result")


def marks(result: Any, css: str) -> list[tuple[str, Any]]:
    """(text, element) of the marks matching ``css`` inside the rendered article text."""
    found = result.find_elements(By.CSS_SELECTOR, f".article-text {css}")
    return [(m.get_attribute("textContent").replace(ZWJ, ""), m) for m in found]


def article_text(driver: Any, container: Any) -> str:
    """The rendered article as text, without the normalized-value badges added after times."""
    return str(driver.execute_script(
        "const el = arguments[0].querySelector('.article-text').cloneNode(true);"
        "el.querySelectorAll('.tx-val').forEach(b => b.remove()); return el.textContent;", container)).replace(ZWJ, "")


def table_rows(result: Any, table: str, *cells: str) -> list[tuple[str, ...]]:
    rows = []
    for tr in result.find_elements(By.CSS_SELECTOR, f"table.{table} tbody tr"):
        rows.append(tuple(tr.find_element(By.CSS_SELECTOR, f"td.{c}").get_attribute("textContent") for c in cells))
    return rows


def pwned(driver: Any) -> Any:
    try:
        return driver.execute_script("return window.__pwned === undefined ? null : window.__pwned;")
    except JavascriptException as exc:  # pragma: no cover - diagnostic only
        return f"error: {exc}"


# --- the seed article (real pipeline) ---------------------------------------------------------

def test_seed_article_shows_ryabkov_as_a_person_and_resolves_the_day_before_yesterday(
        browser: Any, live_server: str, seed_path: Path) -> None:
    open_page(browser, live_server)
    result = analyze(browser, seed_path.read_text(encoding="utf-8"))
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "seed.png"))

    persons = [text for text, _ in marks(result, "mark.ent.ent-PER[data-type='PER']")]
    assert "سيرغي ريابكوف" in persons, f"persons highlighted: {persons}"
    ryabkov = next(m for text, m in marks(result, "mark.ent-PER") if text == "سيرغي ريابكوف")
    assert "شخص" in (ryabkov.get_attribute("title") or "")

    times = table_rows(result, "times-table", "t-text", "t-value")
    assert ("أول أمس الثلاثاء", "2021-12-07") in times, f"times shown: {times}"
    inline = [(text, m.get_attribute("data-value")) for text, m in marks(result, "mark.tx")]
    assert ("أول أمس الثلاثاء", "2021-12-07") in inline
    badge = browser.execute_script(
        "const m = [...document.querySelectorAll('#result mark.tx')].find(x => x.textContent === arguments[0]);"
        "return m && m.nextElementSibling ? m.nextElementSibling.textContent : null;", "أول أمس الثلاثاء")
    assert badge == "2021-12-07"


# --- a constructed article (runs without ../shared) -------------------------------------------

def test_constructed_article_through_marsad_serve_renders_text_and_tables(browser: Any, live_server: str) -> None:
    open_page(browser, live_server)
    result = analyze(browser, CONSTRUCTED, published="2021-12-07")
    assert result.find_element(By.CSS_SELECTOR, "h2.res-title").text.startswith("وزير الخارجية السعودي")
    assert article_text(browser, result) == CONSTRUCTED
    for table in ("entities-table", "times-table", "quotes-table", "events-table"):
        assert result.find_elements(By.CSS_SELECTOR, f"table.{table}, p.empty.{table}"), table
    assert "2021-12-07" in result.find_element(By.CSS_SELECTOR, ".meta").text


def test_constructed_article_highlights_every_layer(browser: Any, stub_server: str) -> None:
    open_page(browser, stub_server)
    result = analyze(browser, CONSTRUCTED, published="2021-12-07")

    ents = [(text, m.get_attribute("data-type"), m.get_attribute("title")) for text, m in marks(result, "mark.ent")]
    assert [(t, ty) for t, ty, _ in ents] == [("فيصل بن فرحان", "PER"), ("الرياض", "LOC"), ("فيصل بن فرحان", "PER"),
                                             ("وكالة الأنباء السعودية", "ORG")]
    assert "Q1373569" in ents[0][2] and "SAU" in ents[0][2] and "وزير الخارجية" in ents[0][2]

    assert [(t, m.get_attribute("data-value")) for t, m in marks(result, "mark.tx")] == [
        ("أمس الاثنين", "2021-12-06"), ("ثلاثة أسابيع", "P3W")]
    assert [b.text for b in result.find_elements(By.CSS_SELECTOR, ".tx-val")] == ["2021-12-06", "P3W"]
    assert table_rows(result, "times-table", "t-text", "t-value") == [("أمس الاثنين", "2021-12-06"),
                                                                       ("ثلاثة أسابيع", "P3W")]

    quote = result.find_element(By.CSS_SELECTOR, ".article-text .quote")
    assert quote.get_attribute("textContent") == "البلدين \"يعملان معاً من أجل الاستقرار\""
    assert "فيصل بن فرحان" in quote.get_attribute("title") and "وكالة الأنباء السعودية" in quote.get_attribute("title")
    assert table_rows(result, "quotes-table", "q-speaker", "q-cue", "q-via") == [
        ("فيصل بن فرحان", "وقال", "وكالة الأنباء السعودية")]

    assert table_rows(result, "events-table", "ev-type", "ev-actor", "ev-target", "ev-trigger", "ev-time") == [
        ("CONSULT", "السعودية (SAU)", "فرنسا (FRA)", "استقبل", "2021-12-06")]
    assert result.find_element(By.CSS_SELECTOR, ".article-text .trigger").get_attribute("textContent") == "استقبل"

    # the rendering never changes the text: the article element reads back the original (minus badges)
    assert article_text(browser, result) == CONSTRUCTED


def test_crossing_spans_are_cut_not_dropped(browser: Any, stub_server: str) -> None:
    open_page(browser, stub_server)
    tree = browser.execute_script(
        "const t = window.marsad.buildTree([{start: 0, end: 10, kind: 'quote', rank: 0},"
        " {start: 5, end: 15, kind: 'ent', rank: 1}, {start: 2, end: 4, kind: 'time', rank: 1}]);"
        "const flat = n => [n.span.kind, n.span.start, n.span.end, n.children.map(flat)];"
        "return t.map(flat);")
    assert tree == [["quote", 0, 10, [["time", 2, 4, []], ["ent", 5, 10, []]]], ["ent", 10, 15, []]]


def test_uploaded_file_is_analyzed(browser: Any, stub_server: str, tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in CONSTRUCTED.splitlines()[2:])
    page.write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>x</title></head><body><article>"
                    f"<h1>{CONSTRUCTED.splitlines()[0]}</h1>{paragraphs}</article></body></html>", encoding="utf-8")
    open_page(browser, stub_server)
    browser.find_element(By.ID, "article-text").clear()
    browser.find_element(By.ID, "article-file").send_keys(str(page))
    result = analyze(browser, "")
    assert "فيصل بن فرحان" in [t for t, _ in marks(result, "mark.ent-PER")]
    browser.find_element(By.ID, "clear-file").click()


def test_bad_input_shows_the_servers_error_message(browser: Any, live_server: str) -> None:
    open_page(browser, live_server)
    browser.find_element(By.ID, "article-text").send_keys("نص قصير")
    browser.find_element(By.ID, "published").send_keys("2021-02-30")
    browser.find_element(By.ID, "analyze-btn").click()
    status = browser.find_element(By.ID, "analyze-status")
    WebDriverWait(browser, 30).until(lambda d: "error" in (status.get_attribute("class") or ""))
    assert "YYYY-MM-DD" in status.text


# --- untrusted text -------------------------------------------------------------------------------

def test_script_and_markup_in_an_article_are_shown_literally_and_never_run(browser: Any, live_server: str) -> None:
    open_page(browser, live_server)
    result = analyze(browser, XSS, type_it=True)
    shown = article_text(browser, result)
    assert "<script>window.__pwned=1</script>" in shown
    assert "<img src=x onerror=\"window.__pwned=2\">" in shown
    assert "<a href=\"javascript:window.__pwned=4\">" in shown
    assert "<b onmouseover=" in result.find_element(By.CSS_SELECTOR, "h2.res-title").get_attribute("textContent")
    assert result.find_elements(By.CSS_SELECTOR, "script, img, a[href^='javascript'], b, iframe") == []
    hover = result.find_element(By.CSS_SELECTOR, "h2.res-title")
    webdriver.ActionChains(browser).move_to_element(hover).perform()
    time.sleep(0.3)
    assert pwned(browser) is None


def test_corpus_markup_is_shown_literally_and_unsafe_links_are_dropped(browser: Any, stub_server: str) -> None:
    browser.get(stub_server + "/#/search?q=" + "وزير")
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "ol.hits li"))
    hit = browser.find_element(By.CSS_SELECTOR, "ol.hits li")
    assert "<i>عنوان</i>" in hit.find_element(By.TAG_NAME, "a").text
    assert "<script>x</script>" in hit.find_element(By.CSS_SELECTOR, ".snippet").get_attribute("textContent")
    assert hit.find_element(By.CSS_SELECTOR, "mark.hit").text == "استقبل"
    hit.find_element(By.TAG_NAME, "a").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-view .article-text"))
    view = browser.find_element(By.ID, "article-view")
    assert "فيصل بن فرحان" in [t for t, _ in marks(view, "mark.ent-PER")]
    assert view.find_elements(By.CSS_SELECTOR, "a[href^='javascript']") == []
    assert pwned(browser) is None


# --- corpus views ---------------------------------------------------------------------------------

def test_entities_view_draws_the_cooccurrence_graph(browser: Any, stub_server: str) -> None:
    browser.get(stub_server + "/#/entities")
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "table.top-entities tbody tr"))
    browser.find_element(By.LINK_TEXT, "فيصل بن فرحان").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "svg.cooc-chart"))
    labels = [t.get_attribute("textContent") for t in browser.find_elements(By.CSS_SELECTOR, "svg.cooc-chart text")]
    assert "الرياض" in labels and "وكالة الأنباء السعودية" in labels and "فيصل بن فرحان" in labels
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "cooccurrence.png"))


def test_timeline_view_draws_bars_per_day_and_lists_events(browser: Any, stub_server: str) -> None:
    browser.get(stub_server + "/#/timeline")
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "tl-actor").is_displayed())
    browser.find_element(By.ID, "tl-actor").send_keys("SAU")
    browser.find_element(By.ID, "tl-target").send_keys("FRA")
    browser.find_element(By.CSS_SELECTOR, "#timeline-form button").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "svg.timeline-chart rect"))
    assert "actor=SAU" in browser.current_url and "target=FRA" in browser.current_url
    bars = browser.find_elements(By.CSS_SELECTOR, "svg.timeline-chart rect.bar-rect")
    assert len(bars) == 3
    heights = sorted(float(b.get_attribute("height")) for b in bars)
    assert heights[-1] > heights[0]  # 2 events on 2021-12-06 against 1
    ticks = [t.get_attribute("textContent") for t in browser.find_elements(By.CSS_SELECTOR, "svg.timeline-chart text")]
    assert "2021-12-01" in ticks and "2021-12-06" in ticks
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.corpus-events tbody tr")) == 3
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "timeline.png"))


def test_search_a_real_store_and_open_the_article(browser: Any, corpus_server: str) -> None:
    browser.get(corpus_server + "/#/search")
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "search-q").is_displayed())
    box = browser.find_element(By.ID, "search-q")
    box.send_keys("محادثات")
    browser.find_element(By.CSS_SELECTOR, "#search-form button").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "ol.hits li a"))
    links = browser.find_elements(By.CSS_SELECTOR, "ol.hits li a")
    assert [a.text for a in links] == ["روسيا والولايات المتحدة تبدآن محادثات جديدة في جنيف"]
    marks = browser.find_elements(By.CSS_SELECTOR, "ol.hits li p.snippet mark.hit")
    assert marks and all("محادثات" in m.text.replace("\u200d", "") for m in marks)  # the query's words lit up
    links[0].click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-view .article-text"))
    view = browser.find_element(By.ID, "article-view")
    assert "سيرغي ريابكوف" in article_text(browser, view)
    assert view.find_element(By.CSS_SELECTOR, "a[href='https://example.org/a']")
    assert "2021-12-09" in view.find_element(By.CSS_SELECTOR, ".meta").text


def test_corpus_views_explain_when_there_is_no_corpus(browser: Any, live_server: str) -> None:
    browser.get(live_server + "/#/search?q=x")
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "search-results").text)
    assert "marsad ingest" in browser.find_element(By.ID, "search-results").text


def test_api_view_lists_the_endpoints(browser: Any, live_server: str) -> None:
    browser.get(live_server + "/#/api")
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "table.api-table tbody tr"))
    paths = [c.text for c in browser.find_elements(By.CSS_SELECTOR, "table.api-table td.api-path")]
    assert "/api/analyze" in paths and "/api/timeline" in paths


def test_the_page_logs_no_errors(browser: Any, live_server: str) -> None:
    browser.get("about:blank")
    browser.get_log("browser")  # drop what earlier tests logged (e.g. the deliberate 422)
    open_page(browser, live_server)
    analyze(browser, CONSTRUCTED)
    errors = [e["message"] for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
    assert errors == []


def test_example_button_fills_in_an_article_to_analyze(browser: Any, live_server: str) -> None:
    with urllib.request.urlopen(live_server + "/api/example", timeout=10) as r:
        if r.status != 200:
            pytest.skip("no example article shipped")
    open_page(browser, live_server)
    browser.find_element(By.ID, "article-text").clear()
    browser.find_element(By.ID, "example-btn").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "article-text").get_attribute("value"))
    browser.find_element(By.ID, "article-text").send_keys(webdriver.common.keys.Keys.CONTROL, "\n")
    WebDriverWait(browser, 60).until(lambda d: d.find_element(By.ID, "result").get_attribute("data-ready") == "1")
    assert browser.find_element(By.CSS_SELECTOR, "#result h2.res-title").text
