"""The trend and map views in headless Chromium, on a store of constructed articles (test_store_views).

Skips cleanly when chromium, chromedriver or selenium is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from web_support import CHROMEDRIVER, CHROMIUM, app_in_thread, chromium

if not CHROMIUM or not CHROMEDRIVER:
    pytest.skip("chromium and chromedriver are not installed", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from marsad.store import Store  # noqa: E402
from test_store_views import _rows  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARABIC = "\u0600-\u06ff"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from marsad.serve import create_app

    db = tmp_path_factory.mktemp("webviews") / "v.db"
    with Store(db) as st:
        st.write_batch(_rows(), st.grouper())
    with app_in_thread(create_app(str(db))) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("chromium-views"), "1280,1600") as driver:
        yield driver


def _shot(driver: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / name))


def test_map_draws_country_outlines_and_points_sized_by_reports(browser: Any, server: str) -> None:
    browser.get(server + "/#/map?since=2015-07-01")
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "svg.map-chart circle.point"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.map-chart .land path")) > 150
    points = browser.find_elements(By.CSS_SELECTOR, "svg.map-chart circle.point")
    by_reports = {p.get_attribute("data-reports"): float(p.get_attribute("r")) for p in points}
    assert set(by_reports) == {"3", "1"} and by_reports["3"] > by_reports["1"]
    colours = {p.get_attribute("fill") for p in points}
    assert len(colours) == 2  # conflict and cooperation
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "table.merged-table td.m-sources"))
    sources = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "table.merged-table td.m-sources")]
    assert sources[0] == "3"  # the attack carried by three outlets is one row
    _shot(browser, "map.png")
    browser.find_element(By.ID, "mp-type").send_keys("CONSULT")
    browser.find_element(By.CSS_SELECTOR, "#map-form button").click()
    WebDriverWait(browser, 30).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "svg.map-chart circle.point")) == 1)
    assert "type=CONSULT" in browser.current_url


def test_trend_chart_draws_quad_bars_a_goldstein_line_and_nice_ticks(browser: Any, server: str) -> None:
    browser.get(server + "/#/trend")
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "tr-country").is_displayed())
    browser.find_element(By.ID, "tr-country").send_keys("YEM")
    browser.find_element(By.CSS_SELECTOR, "#trend-form button").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "svg.trend-chart rect.bar-rect"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.trend-chart rect.bar-rect")) == 2
    assert browser.find_elements(By.CSS_SELECTOR, "svg.trend-chart .gs-line")
    ticks = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "svg.trend-chart text.tick")]
    assert "2015-07-21" in ticks and "1215-06-15" not in ticks  # the old event does not stretch the axis
    size = browser.execute_script(
        "return parseFloat(getComputedStyle(document.querySelector('svg.trend-chart text.tick')).fontSize)")
    assert size >= 12
    _shot(browser, "trend.png")


def test_views_are_arabic_and_fit_a_phone(browser: Any, server: str) -> None:
    browser.set_window_size(420, 900)
    try:
        for view in ("map?since=2015-07-01", "trend?country=YEM"):
            browser.get(server + "/#/" + view)
            WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "svg.chart"))
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, (view, overflow)
            section = browser.find_element(By.ID, "view-" + view.split("?")[0])
            labels = browser.execute_script(
                "return [...arguments[0].querySelectorAll('label, button, th, .legend-item, .hint')]"
                ".map(e => e.textContent.trim()).filter(t => t)", section)
            latin = [t for t in labels if any("a" <= c.lower() <= "z" for c in t)]
            assert labels and not latin, latin
            if view.startswith("trend"):
                height = browser.execute_script(
                    "return document.querySelector('svg.trend-chart text.tick').getBoundingClientRect().height")
                assert height >= 11, height  # readable on the phone, not shrunk with the chart
                _shot(browser, "trend-phone.png")
            else:
                _shot(browser, "map-phone.png")
    finally:
        browser.set_window_size(1280, 1600)


def test_highlights_inside_a_word_keep_the_letters_joined(browser: Any, server: str) -> None:
    browser.get(server + "/#/analyze")
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-app-ready"))
    text = "وصل الوفد لروسيا وبالقاهرة أمس"
    start = text.index("روسيا")
    cairo = text.index("القاهرة")
    pieces = browser.execute_script(
        "const el = window.marsad.renderArticleText(arguments[0]);"
        "return [...el.childNodes].map(n => n.textContent);",
        {"text": text, "entities": [{"start": start, "end": start + 5, "type": "LOC", "text": "روسيا"},
                                    {"start": cairo, "end": cairo + 7, "type": "LOC", "text": "القاهرة"}]})
    zwj = "\u200d"
    assert pieces[0].endswith("ل" + zwj) and pieces[1] == zwj + "روسيا"  # lam joins the next letter
    assert pieces[2].endswith("وب" + zwj) and pieces[3] == zwj + "القاهرة"
    assert "".join(pieces).replace(zwj, "") == text
    plain = browser.execute_script(
        "return window.marsad.renderArticleText(arguments[0]).textContent;",
        {"text": "زار الوفد روسيا", "entities": [{"start": 10, "end": 15, "type": "LOC", "text": "روسيا"}]})
    assert zwj not in plain  # a highlight on a whole word needs no joiner


def test_the_timeline_axis_leaves_out_a_lone_old_day(browser: Any, server: str) -> None:
    browser.get(server + "/#/analyze")
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-app-ready"))
    points = [{"date": "1215-06-15", "events": 1}, {"date": "2021-12-01", "events": 3},
              {"date": "2021-12-06", "events": 2}]
    days = browser.execute_script(
        "return window.marsad.bulkDays(arguments[0]).map(n => new Date(n * 86400000).toISOString().slice(0, 10));",
        points)
    assert days == ["2021-12-01", "2021-12-06"]
    kept = browser.execute_script(
        "return window.marsad.bulkDays(arguments[0]).map(n => new Date(n * 86400000).toISOString().slice(0, 10));",
        [{"date": "2021-01-01", "events": 5}, {"date": "2021-12-06", "events": 5}])
    assert kept == ["2021-01-01", "2021-12-06"]


def test_an_analysed_event_shows_its_place(browser: Any, server: str) -> None:
    browser.get(server + "/#/analyze")
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-app-ready"))
    browser.execute_script("arguments[0].value = arguments[1];", browser.find_element(By.ID, "article-text"),
                           "هجوم\nهاجم مسلحون مركزا للشرطة في بغداد أمس.")
    browser.find_element(By.ID, "analyze-btn").click()
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "table.events-table td.ev-place"))
    place = browser.find_element(By.CSS_SELECTOR, "table.events-table td.ev-place")
    assert place.text.startswith("بغداد") and place.find_element(By.CSS_SELECTOR, "bdi.coords").text.startswith("33.")
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.events-table th")]
    assert headers and not [t for t in headers if any("a" <= c.lower() <= "z" for c in t)], headers
