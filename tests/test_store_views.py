"""Story-level events, trends and map points over constructed stored articles.

Articles are Documents with hand-made event layers (places included), stored through the ingest row
builder, so these tests do not depend on the analysis stages.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.document import Actor, Document, Event, Place, Span
from marsad.resources import default_resources
from marsad.store import Store
from marsad.store.db import StoreError
from marsad.store.merge import merged_events
from marsad.store.readers import RawItem, content_hash
from marsad.store.trend import bulk_range, date_ticks, map_points, nice_ticks, trend
from marsad.store.work import article_row

# Constructed articles (written for these tests): one attack carried by three outlets, in near-identical words.
ATTACK = (
    "هجوم على ميناء عدن\n\n"
    "هاجمت جماعة مسلحة ميناء مدينة عدن اليمنية فجر الثلاثاء بقذائف الهاون، وقال مسؤول في السلطة المحلية إن "
    "الهجوم أدى إلى إصابة عدد من العمال وإلحاق أضرار بمستودعات الميناء، فيما أغلقت السلطات الطرق المؤدية "
    "إلى المنطقة وبدأت تحقيقا في ملابسات الحادث الذي وقع قرب الرصيف الرئيسي{}."
)
TALKS = (
    "محادثات سعودية مصرية في الرياض\n\n"
    "بحث وزير الخارجية السعودي مع نظيره المصري في الرياض أمس العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي "
    "بين البلدين في مجالات الطاقة والنقل والاستثمار، واتفق الجانبان على عقد اجتماع للجنة المشتركة قريبا."
)
HISTORY = (
    "ذكرى معركة قديمة\n\n"
    "استعاد كاتب في مقاله أحداث معركة وقعت قبل قرون بين جيشين على أطراف مدينة عدن، وروى تفاصيل الحصار "
    "الطويل وما تلاه من مفاوضات انتهت بصلح بين الطرفين بعد شهور من القتال في المنطقة."
)
ADEN = Place("عدن", None, "geonames:415189", "YEM", 12.78, 45.04)
RIYADH = Place("الرياض", None, "geonames:108410", "SAU", 24.69, 46.72)


def _doc(text: str, published: str, source: str, events: list[tuple[str, str, Actor, Actor | None, Place | None,
                                                                      str]]) -> Document:
    title = text.split("\n\n", 1)[0]
    evs = []
    for etype, trigger, actor, target, place, factuality in events:
        t = text.index(trigger)
        g = -10.0 if etype == "ASSAULT" else 1.0
        evs.append(Event(etype, Span(t, t + len(trigger)), actor, target, "190" if g < 0 else "040", g, None, None,
                         factuality, place))
    doc = Document(text=text, title=title, published=dt.date.fromisoformat(published),
                   meta={"source": source, "url": f"https://{source}.example/{abs(hash(text)) % 1000}"})
    doc.layers = {"tokens": default_resources().tokenizer(text), "entities": [], "events": evs}
    return doc


def _rows() -> list[dict[str, Any]]:
    res = default_resources()
    militants = Actor("جماعة مسلحة", None, "militants")
    yem = Actor("اليمنية", "YEM")
    sau, egy = Actor("السعودي", "SAU"), Actor("المصري", "EGY")
    specs = [
        (ATTACK.format(""), "2015-07-21", "wire", [("ASSAULT", "هاجمت", militants, yem, ADEN, "asserted")]),
        (ATTACK.format(" للميناء"), "2015-07-21", "daily", [("ASSAULT", "هاجمت", militants, None, ADEN, "asserted")]),
        (ATTACK.format(" في المدينة"), "2015-07-22", "weekly",
         [("ASSAULT", "هاجمت", militants, yem, None, "asserted"), ("ASSAULT", "الهجوم", militants, yem, ADEN,
                                                                 "hypothetical")]),
        (TALKS, "2015-07-22", "wire", [("CONSULT", "بحث", sau, egy, RIYADH, "asserted")]),
        (HISTORY, "1215-06-15", "wire", [("ASSAULT", "معركة", Actor("جيشين"), None, ADEN, "asserted")]),
    ]
    rows = []
    for i, (text, published, source, evs) in enumerate(specs):
        payload = json.dumps({"n": i, "text": text})
        item = RawItem(i, f"fixture#{i}", "record", payload, content_hash("record", payload))
        rows.append(article_row(item, _doc(text, published, source, evs), res))
    return rows


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = tmp_path_factory.mktemp("views") / "v.db"
    with Store(path) as st:
        st.write_batch(_rows(), st.grouper())
    return path


@pytest.fixture()
def store(store_path: Path) -> Any:
    with Store(store_path, readonly=True) as st:
        yield st


def test_an_event_carried_by_three_outlets_is_one_record_with_counts(store: Store) -> None:
    merged = merged_events(store, type="assault", since="2015-07-01")
    assert len(merged) == 1, merged
    rec = merged[0]
    assert (rec["mentions"], rec["articles"], rec["sources"]) == (3, 3, 3)
    assert rec["target"]["country"] == "YEM" and rec["place"]["id"] == ADEN.id
    assert {m["source"] for m in rec["mention_list"]} == {"wire", "daily", "weekly"}
    assert rec["date"] == "2015-07-21"


def test_other_stories_and_old_events_stay_apart(store: Store) -> None:
    merged = merged_events(store)
    assert [r["type"] for r in merged] == ["ASSAULT", "CONSULT", "ASSAULT"]  # most recently reported, most outlets
    assert merged[0]["reported"] == "2015-07-22" and merged[0]["sources"] == 3
    assert merged[-1]["date"] == "1215-06-15" and merged[-1]["sources"] == 1


def test_merged_events_filters_and_bounds(store: Store) -> None:
    assert [r["type"] for r in merged_events(store, actor="sau")] == ["CONSULT"]
    assert merged_events(store, actor="SAU", target="EGY", limit=1)[0]["sources"] == 1
    assert merged_events(store, source="daily")[0]["sources"] == 3
    assert merged_events(store, factuality="hypothetical")[0]["mentions"] == 1
    with pytest.raises(StoreError):
        merged_events(store, limit=-1)


def test_trend_counts_quad_classes_per_day_with_mean_goldstein(store: Store) -> None:
    t = trend(store, country="YEM", since="2015-07-01")
    days = {r["date"]: r for r in t["series"]}
    assert days["2015-07-21"]["material-conflict"] == 2 and days["2015-07-21"]["goldstein"] == -10.0
    assert days["2015-07-22"]["events"] == 1  # the hypothetical mention is left out
    pair = trend(store, actor="SAU", target="EGY")
    assert pair["total"] == 1 and pair["series"][0]["verbal-cooperation"] == 1


def test_trend_range_leaves_out_an_outlying_day() -> None:
    counts = {"1215-06-15": 1, **{f"2015-07-{d:02d}": 10 for d in range(1, 11)}}
    assert bulk_range(counts) == ("2015-07-01", "2015-07-10")
    assert bulk_range({"2015-07-01": 1, "2015-07-02": 1}) == ("2015-07-01", "2015-07-02")
    assert bulk_range({}) is None
    assert bulk_range({"1215-06-15": 1, "2015-07-21": 2, "2015-07-22": 1}) == ("2015-07-21", "2015-07-22")
    assert bulk_range({"2015-01-01": 5, "2015-07-21": 5}) == ("2015-01-01", "2015-07-21")  # no lone day


def test_nice_ticks_are_round_and_cover_the_range() -> None:
    assert nice_ticks(0, 37, 4) == [0, 10, 20, 30, 40]
    assert nice_ticks(0, 1, 4) == [0, 0.5, 1]
    ticks = nice_ticks(-7.3, 8.1, 5)
    assert ticks[0] <= -7.3 and ticks[-1] >= 8.1 and all(float(t) * 10 % 10 == 0 for t in ticks)
    assert date_ticks("2015-07-01", "2015-07-03") == ["2015-07-01", "2015-07-02", "2015-07-03"]
    assert date_ticks("2015-07-01", "2015-08-20")[:2] == ["2015-07-01", "2015-07-15"]
    months = date_ticks("2015-01-10", "2015-12-20")
    assert months[0] == "2015-03-01" and all(d.endswith("-01") for d in months) and len(months) <= 6


def test_map_points_one_per_place_sized_by_reports(store: Store) -> None:
    found = map_points(store, since="2015-07-01")
    pts = {p["place"]: p for p in found["points"]}
    assert pts["عدن"]["reports"] == 3 and pts["عدن"]["events"] == 1 and pts["عدن"]["quad"] == "material-conflict"
    assert pts["الرياض"]["quad"] == "verbal-cooperation" and found["points"][0]["place"] == "عدن"
    assert map_points(store, type="CONSULT")["points"][0]["place"] == "الرياض"


def test_cli_events_merged_trend_map_and_export(store_path: Path) -> None:
    run = CliRunner().invoke
    out = run(app, ["events", "--merged", "--db", str(store_path), "--type", "ASSAULT", "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert rows[0]["sources"] == 3 and len(rows) == 2
    out = run(app, ["trend", "--db", str(store_path), "--actor", "SAU", "--target", "EGY", "--format", "json"])
    assert out.exit_code == 0 and json.loads(out.stdout)["total"] == 1, out.output
    out = run(app, ["map", "--db", str(store_path), "--format", "json"])
    assert out.exit_code == 0 and json.loads(out.stdout)["points"][0]["reports"] >= 3, out.output
    out = run(app, ["export", "--db", str(store_path), "--format", "events-merged"])
    lines = out.stdout.splitlines()
    assert out.exit_code == 0 and lines[0].split("\t")[15:18] == ["mentions", "articles", "sources"]
    assert len(lines) == 4 and any(line.split("\t")[17] == "3" for line in lines[1:])
    out = run(app, ["trend", "--db", str(store_path), "--since", "2015-08-01", "--until", "2015-07-01"])
    assert out.exit_code != 0


def test_http_views(store_path: Path) -> None:
    from fastapi.testclient import TestClient

    from marsad.serve.app import create_app

    client = TestClient(create_app(str(store_path)))
    merged = client.get("/api/events/merged", params={"type": "assault", "since": "2015-07-01"})
    assert merged.status_code == 200 and merged.json()[0]["sources"] == 3
    trend_ = client.get("/api/trend", params={"actor": "SAU", "target": "EGY"}).json()
    assert trend_["total"] == 1 and trend_["ticks"]["events"]
    points = client.get("/api/map", params={"type": "ASSAULT", "since": "2015-07-01"}).json()["points"]
    assert points[0]["place"] == "عدن" and points[0]["reports"] == 3
    assert client.get("/api/trend", params={"since": "2015-13-01"}).status_code == 422
    assert client.get("/api/events/merged", params={"factuality": "maybe"}).status_code == 422
    world = client.get("/static/world.json")
    assert world.status_code == 200 and "SAU" in world.json() and len(world.content) < 400_000


def test_export_what_events_as_tsv_is_the_events_format(store_path: Path) -> None:
    run = CliRunner().invoke
    by_what = run(app, ["export", "--db", str(store_path), "--what", "events", "--format", "tsv"])
    by_format = run(app, ["export", "--db", str(store_path), "--format", "events"])
    assert by_what.exit_code == 0 and by_what.stdout == by_format.stdout
    assert "Actor1Code" in by_what.stdout.splitlines()[0]
    merged = run(app, ["export", "--db", str(store_path), "--what", "merged"])
    assert merged.exit_code == 0 and merged.stdout.splitlines()[0].split("\t")[15:18] == ["mentions", "articles",
                                                                                        "sources"]
    assert run(app, ["export", "--db", str(store_path), "--what", "events", "--format", "csv"]).exit_code == 2
    assert run(app, ["export", "--db", str(store_path), "--what", "people"]).exit_code == 2
