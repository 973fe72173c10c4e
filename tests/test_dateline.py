"""Wire datelines and bylines are article text, parsed into meta.dateline (docs/conventions.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from marsad.extract import document_from_record, document_from_text
from marsad.extract.dateline import find_dateline
from marsad.output import to_json


def _analyze(text: str, pipeline: Any, published: str | None = None) -> dict[str, Any]:
    pub = dt.date.fromisoformat(published) if published else None
    out: dict[str, Any] = to_json(pipeline(document_from_text(text, pub)))
    return out


def _spans_hold(obj: dict[str, Any]) -> None:
    d = obj["meta"]["dateline"]
    for part in (d, d["place"], d["date"], d["agency"]):
        if part is not None:
            assert obj["text"][part["start"]:part["end"]] == part["text"]


def test_dash_agency_dateline_stays_in_text_with_place_entity_and_agency_source(pipeline: Any) -> None:
    text = ("وزير الخارجية يستقبل السفير الأردني\n\nالرياض - واس:\nاستقبل وزير الخارجية اليوم في مكتبه "
            "سفير الأردن لدى المملكة وجرى خلال الاستقبال بحث العلاقات الثنائية بين البلدين.")
    obj = _analyze(text, pipeline, "2015-07-21")
    assert "الرياض - واس:" in obj["text"]
    d = obj["meta"]["dateline"]
    assert d["place"]["text"] == "الرياض" and d["agency"]["text"] == "واس" and d["date"] is None
    assert "واس" in obj["sources"]
    assert any(e["text"] == "الرياض" and e["type"] == "LOC" and e["start"] == d["place"]["start"]
               for e in obj["entities"])
    _spans_hold(obj)


def test_bracketed_agency_dateline_with_a_date_gives_a_time(pipeline: Any) -> None:
    text = ("قطر تدين الهجوم على السفارة\n\nجدة 10 أغسطس 2015 (قنا) - أدانت دولة قطر بشدة الهجوم الذي استهدف "
            "السفارة في العاصمة اليمنية صنعاء أمس، مؤكدة موقفها الثابت من رفض العنف.")
    obj = _analyze(text, pipeline)
    d = obj["meta"]["dateline"]
    assert d["text"] == "جدة 10 أغسطس 2015 (قنا)"
    assert d["place"]["text"] == "جدة" and d["date"]["value"] == "2015-08-10" and d["agency"]["name"] == "قنا"
    assert "قنا" in obj["sources"]
    assert obj["published"] == "2015-08-10"  # no other date: the dateline dates the story
    assert any(t["value"] == "2015-08-10" and t["start"] == d["date"]["start"] for t in obj["times"])
    assert any(e["text"] == "جدة" and e["type"] == "LOC" for e in obj["entities"])
    _spans_hold(obj)


def test_wire_line_with_hijri_and_gregorian_dates_is_kept(pipeline: Any) -> None:
    text = ("خادم الحرمين يستقبل المهنئين\n\nمكة المكرمة 3 رمضان 1436هـ الموافق 20 يونيو 2015م واس\n"
            "استقبل خادم الحرمين الشريفين في قصر الصفا بمكة المكرمة اليوم جموع المهنئين من الأمراء والعلماء.")
    obj = _analyze(text, pipeline)
    assert "مكة المكرمة 3 رمضان 1436هـ الموافق 20 يونيو 2015م واس" in obj["text"]
    d = obj["meta"]["dateline"]
    assert d["place"]["text"] == "مكة المكرمة" and d["date"]["value"] == "2015-06-20"
    assert "واس" in obj["sources"]
    _spans_hold(obj)


def test_a_page_date_line_is_no_dateline(pipeline: Any) -> None:
    text = ("عنوان الخبر هنا\n\nالخميس 9 ديسمبر 2021\nقال وزير الخارجية اليوم إن المحادثات ستستأنف الأسبوع "
            "المقبل في العاصمة بحضور الوفود كافة.")
    obj = _analyze(text, pipeline)
    assert "meta" not in obj or "dateline" not in obj["meta"]
    assert obj["published"] == "2021-12-09"
    assert "الخميس 9 ديسمبر 2021" not in obj["text"]


def test_an_outlets_own_dateline_line_names_an_org(pipeline: Any) -> None:
    text = ("الخارجية البحرينية تستدعي القائم بالأعمال\n\nالبحرين - الوئام :\nاستدعت وزارة الخارجية "
            "القائم بأعمال السفارة مساء اليوم وسلمته مذكرة احتجاج رسمية على التصريحات الأخيرة.")
    obj = _analyze(text, pipeline)
    assert obj["meta"]["dateline"]["agency"]["text"] == "الوئام"
    assert any(e["text"] == "الوئام" and e["type"] == "ORG" for e in obj["entities"])
    assert "الوئام" not in obj["sources"]  # not a known agency: kept in the dateline only


def test_a_reporter_after_the_outlet_of_a_dashed_dateline_keeps_the_place(pipeline: Any) -> None:
    text = ("افتتاح مركز صحي جديد\n\nالقريات - الوئام - سامي العنزي :\nافتتح مدير الصحة أمس مركزا صحيا "
            "جديدا يخدم سكان الأحياء الشمالية من المحافظة.")
    obj = _analyze(text, pipeline)
    d = obj["meta"]["dateline"]
    assert d["place"]["text"] == "القريات" and d["agency"]["text"] == "الوئام"
    found = {(e["text"], e["type"]) for e in obj["entities"]}
    assert {("القريات", "LOC"), ("الوئام", "ORG"), ("سامي العنزي", "PER")} <= found
    _spans_hold(obj)
    other = _analyze("عنوان\n\nالقريات - الوئام - وقال المدير إن العمل بدأ في 3 مواقع :\nنص.", pipeline)
    assert other.get("meta", {}).get("dateline") is None  # a sentence, no reporter


def test_a_word_before_agencies_in_general_is_the_outlet_not_a_place(pipeline: Any) -> None:
    text = ("عنوان الخبر\n\nرصيف- وكالات:\nأعلنت الشركة أمس نتائج أعمالها للربع الثاني من العام.")
    obj = _analyze(text, pipeline)
    found = {(e["text"], e["type"]) for e in obj["entities"]}
    assert ("رصيف", "ORG") in found and ("رصيف", "LOC") not in found
    text = ("عنوان الخبر\n\nالرياض- وكالات:\nأعلنت الشركة أمس نتائج أعمالها للربع الثاني من العام.")
    assert ("الرياض", "LOC") in {(e["text"], e["type"]) for e in _analyze(text, pipeline)["entities"]}


def test_a_sentence_opening_with_a_dash_is_no_dateline(pipeline: Any) -> None:
    text = ("عنوان\n\nالوزير - كما قال مساعده في تصريح صحفي مطول أمس - سيزور العاصمة الأسبوع المقبل لبحث "
            "الملفات العالقة بين البلدين.")
    obj = _analyze(text, pipeline)
    assert "dateline" not in obj.get("meta", {})


def test_record_byline_is_article_text() -> None:
    rec = {"title": "بريطانيا: استراتيجية جديدة", "author": "لندن: رنيم حنوش", "date_extracted": "2015-07-21",
           "content": "حدد رئيس الوزراء البريطاني اليوم ملامح استراتيجية للتصدي للتطرف داخل بريطانيا."}
    doc = document_from_record(rec)
    assert doc.text.split("\n")[2] == "لندن: رنيم حنوش"
    assert doc.meta["author"] == "لندن: رنيم حنوش"


@pytest.mark.parametrize(("author", "people", "places"), [
    ("القاهرة: عرفات الدسوقي - جدة: سامي الحربي", {"عرفات الدسوقي", "سامي الحربي"}, {"القاهرة", "جدة"}),
    ("إعداد - نورة العتيبي", {"نورة العتيبي"}, set()),
    ("آسيا المهيري", {"آسيا المهيري"}, set()),  # a name alone, its first word a continent's too
    ("ريم الكثيري من الدمام", {"ريم الكثيري"}, {"الدمام"}),
    ("بيروت: هادي الأمين وسلمى الخطيب", {"هادي الأمين", "سلمى الخطيب"}, {"بيروت"}),  # two writers
])
def test_the_writers_of_a_byline_are_people(pipeline: Any, author: str, people: set[str], places: set[str]) -> None:
    rec = {"title": "افتتاح معرض الكتاب", "author": author, "date_extracted": "2015-07-21",
           "content": "افتتح أمير المنطقة مساء أمس معرض الكتاب بمشاركة مئات دور النشر من الدول العربية."}
    obj = to_json(pipeline(document_from_record(rec)))
    found = {(e["text"], e["type"]) for e in obj["entities"]}
    assert {(p, "PER") for p in people} <= found
    assert {(p, "LOC") for p in places} <= found


def test_an_outlet_in_a_byline_is_no_writer(pipeline: Any) -> None:
    rec = {"title": "ارتفاع أسعار النفط", "author": "الأسواق الإلكترونية من جدة", "date_extracted": "2015-07-21",
           "content": "ارتفعت أسعار النفط أمس في التعاملات الآسيوية بعد بيانات المخزون الأمريكية."}
    obj = to_json(pipeline(document_from_record(rec)))
    assert not any(e["type"] == "PER" and "الأسواق" in e["text"] for e in obj["entities"])


def test_a_national_body_named_without_its_country_takes_the_articles(pipeline: Any) -> None:
    obj = _analyze("الرياض - واس: أعلنت وزارة الداخلية القبض على خلية في الرياض ومكة.", pipeline)
    body = next(e for e in obj["entities"] if e["text"] == "وزارة الداخلية")
    assert (body["country"], body["country_inferred"]) == ("SAU", True)
    abroad = _analyze("أعلنت وزارة الداخلية القبض على خلية في باريس وبرلين.", pipeline)
    body = next(e for e in abroad["entities"] if e["text"] == "وزارة الداخلية")
    assert body["country"] is None and "country_inferred" not in body  # no country dominates


@pytest.mark.parametrize(("body", "place", "agency"), [
    ("عكاظ (الطائف)\n\nبدأت أمس أعمال الصيانة.", "الطائف", "عكاظ"),
    ("&nbsp;عكاظ (بيروت، دمشق)\n\nقال مسؤول إن الحدود أغلقت.", "بيروت", "عكاظ"),
    ("سبق - تبوك: بدأت أمس أعمال الصيانة في الطريق.", "تبوك", "سبق"),
])
def test_an_outlet_named_before_its_place(body: str, place: str, agency: str) -> None:
    text = f"عنوان الخبر\n\n{body}"
    d = find_dateline(text, "عنوان الخبر")
    assert d is not None and d.place is not None and d.agency is not None
    assert text[d.place.start : d.place.end] == place
    assert text[d.agency.start : d.agency.end] == agency and d.agency_name == agency


def test_a_reporter_after_an_outlet_is_no_place() -> None:
    text = "عنوان الخبر\n\nالجزيرة - عبدالله الناصر:\n\nبدأت أمس أعمال الصيانة."
    d = find_dateline(text, "عنوان الخبر")
    assert d is None or d.place is None or "الناصر" not in text[d.place.start : d.place.end]


@pytest.mark.parametrize(("line", "place"), [
    ("سامي الحربي- سبق- تبوك:", "تبوك"),
    ("منيف العنزي - سبق - المدينة المنورة:", "المدينة المنورة"),
    ("خالد علي– سبق– جدة:", "جدة"),
])
def test_a_reporter_before_the_outlet_is_no_place(pipeline: Any, line: str, place: str) -> None:
    text = f"افتتاح مركز صحي جديد\n\n{line} افتتح مدير الشؤون الصحية أمس مركزا صحيا جديدا في الحي الشمالي."
    obj = _analyze(text, pipeline, "2015-07-21")
    d = obj["meta"]["dateline"]
    assert d["place"]["text"] == place and d["agency"]["text"] == "سبق"
    reporter = line.split("-")[0].split("–")[0].strip()
    assert not any(e["type"] == "LOC" and e["text"] == reporter for e in obj["entities"])
    _spans_hold(obj)


def test_a_follow_up_byline_has_no_place() -> None:
    text = "عنوان الخبر\n\nسامي الحربي - سبق - متابعة: أعلنت الوزارة أمس نتائج القبول."
    d = find_dateline(text, "عنوان الخبر")
    assert d is not None and d.place is None and text[d.agency.start:d.agency.end] == "سبق"


@pytest.mark.parametrize(("line", "place"), [
    ("عين اليوم – بيروت", "بيروت"),
    ("عين اليوم – متابعات", None),
    ("سامر الخطيب – عين اليوم", None),
    ("هالة المصري، سامر الخطيب – عين اليوم", None),
    ("Next Previous سامر الخطيب – عين اليوم", None),
    ("Next Previous الدمام – واس", "الدمام"),
])
def test_an_outlets_own_dateline_and_byline_lines_stay_in_the_text(pipeline: Any, line: str,
                                                                  place: str | None) -> None:
    record = {"title": "افتتاح معرض للكتاب", "source": "3alyoum", "date_extracted": "2015-08-02",
              "content": f"{line}\nافتتح أمير المنطقة أمس معرضا للكتاب يشارك فيه أكثر من مئة ناشر."}
    obj: dict[str, Any] = to_json(pipeline(document_from_record(record)))
    assert line in obj["text"]
    d = obj["meta"]["dateline"]
    assert (d["place"]["text"] if d["place"] else None) == place
    head = [n.strip() for n in line.replace("Next Previous", "").split("–")[0].split("،")]
    if place is None:  # the words before the outlet name reporters (or the outlet), no place
        assert not any(e["type"] == "LOC" and e["text"] in head for e in obj["entities"])
    _spans_hold(obj)
