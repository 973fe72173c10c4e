"""Corpus-wide entity lists: outlets with their country, national bodies with the article's, and no common
word, generic phrase or month typed as a place or body."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any

import pytest

from marsad.document import Entity
from marsad.extract import document_from_text
from marsad.gazetteer import link_entities
from marsad.output import OUTLET_KINDS, to_json
from marsad.resources import Resources
from test_heads import ents  # gazetteers and rules alone, spans checked

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def tag(text: str, word: str, typ: str, nth: int = 0) -> Entity:
    """The tagger's reading of the ``nth`` occurrence of ``word`` in ``text`` as ``typ``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Entity(start, start + len(word), typ)


def analyze(text: str, pipeline: Any) -> dict[str, Any]:
    out: dict[str, Any] = to_json(pipeline(document_from_text(text, dt.date(2021, 3, 4))))
    for e in out["entities"]:
        assert out["text"][e["start"] : e["end"]] == e["text"]
    return out


def test_outlets_of_the_region_carry_the_country_they_are_based_in(res: Resources) -> None:
    rows = {r["name"]: r for r in res.table("organizations_region", 2)}
    assert rows["شبكة الجزيرة"]["country"] == "QAT" and rows["سبق الإلكترونية"]["country"] == "SAU"
    assert rows["جريدة الراية القطرية"]["country"] == "QAT" and rows["قناة الميادين"]["country"] == "LBN"
    outlets = [r for r in rows.values() if r["kind"] in ("media", "agency")]
    assert sum(1 for r in outlets if r["country"]) >= 0.95 * len(outlets)
    found = ents("وذكرت شبكة الجزيرة في تقرير لها أن الوفد وصل إلى العاصمة.", res)
    assert found["شبكة الجزيرة"].country == "QAT" and found["شبكة الجزيرة"].kind in OUTLET_KINDS


def test_an_outlets_country_is_not_one_of_the_articles(pipeline: Any) -> None:
    obj = analyze("وذكرت شبكة الجزيرة أن الوفد الفرنسي وصل إلى العاصمة الكينية صباح الخميس.", pipeline)
    outlet = next(e for e in obj["entities"] if e["text"] == "شبكة الجزيرة")
    assert outlet["country"] == "QAT"
    assert "QAT" not in obj["countries"] and {"FRA", "KEN"} <= set(obj["countries"])


def test_a_dateline_credit_names_a_known_outlet_with_its_country(pipeline: Any) -> None:
    text = ("المنامة تستدعي السفير\n\nالبحرين - الوئام :\nاستدعت وزارة الخارجية البحرينية السفير مساء اليوم "
            "وسلمته مذكرة احتجاج على التصريحات الأخيرة.")
    obj = analyze(text, pipeline)
    outlet = next(e for e in obj["entities"] if e["text"] == "الوئام")
    assert (outlet["type"], outlet["country"], outlet["id"]) == ("ORG", "SAU", "marsad:org-alweeam")
    assert "BHR" in obj["countries"] and "SAU" not in obj["countries"]
    relayed = analyze(text.replace("البحرين - الوئام :", "الوئام - رويترز :"), pipeline)
    found = {(e["text"], e["type"], e["country"]) for e in relayed["entities"]}
    assert ("الوئام", "ORG", "SAU") in found and ("رويترز", "ORG", "GBR") in found  # the outlet relays an agency
    city = analyze(text.replace("البحرين - الوئام :", "الرياض - رويترز :"), pipeline)
    assert ("الرياض", "LOC") in {(e["text"], e["type"]) for e in city["entities"]}  # a city first, not the daily
    unknown = analyze(text.replace("الوئام", "الرصيف"), pipeline)
    other = next(e for e in unknown["entities"] if e["text"] == "الرصيف")
    assert other["type"] == "ORG" and other["country"] is None  # an outlet no list knows: no country


def test_a_reporters_name_in_the_dateline_is_a_person(pipeline: Any) -> None:
    text = "حفل للأيتام\n\nتبوك - عبدالكريم الشمري:\nنظمت الجمعية مساء أمس حفلا للأيتام في مقرها بحضور عدد من الأهالي."
    obj = analyze(text, pipeline)
    assert obj["meta"]["dateline"]["agency"]["text"] == "عبدالكريم الشمري"
    found = {(e["text"], e["type"]) for e in obj["entities"]}
    assert ("عبدالكريم الشمري", "PER") in found and ("عبدالكريم الشمري", "ORG") not in found


def test_an_outlet_named_by_a_common_word_is_known_only_as_an_org(res: Resources) -> None:
    text = "وقال مسؤول في الوزارة لـ«المدينة» إن المشروع في المدينة سيكتمل قريبا."
    quoted = [e for e in link_entities(text, res.tokenizer(text), res) if text[e.start : e.end] == "المدينة"]
    assert [(e.type, e.country) for e in quoted] == [("ORG", "SAU")]  # the outlet; the second is a common word
    found = ents("صدر العدد الأول من اليوم والأسبوع معا في الرياض.", res)
    assert "اليوم" not in found and found["الرياض"].type == "LOC"  # never matched in running text
    read = ents("ونقلت عكاظ عن مصادر مطلعة أن القرار صدر.", res, (tag("ونقلت عكاظ عن", "عكاظ", "ORG"),))
    assert (read["عكاظ"].country, read["عكاظ"].id) == ("SAU", "marsad:org-okaz")


def test_a_national_body_takes_the_country_of_the_national_outlet_as_a_last_resort(pipeline: Any) -> None:
    text = ("بدء التطعيم\n\nخاص - الوئام :\nأعلنت وزارة الصحة بدء حملة التطعيم في المدارس مع بداية الأسبوع "
            "المقبل، ودعت أولياء الأمور إلى التعاون.")
    body = next(e for e in analyze(text, pipeline)["entities"] if e["text"] == "وزارة الصحة")
    assert (body["country"], body["country_inferred"]) == ("SAU", True)
    wire = analyze(text.replace("خاص - الوئام :", "خاص - رويترز :"), pipeline)
    body = next(e for e in wire["entities"] if e["text"] == "وزارة الصحة")
    assert body["country"] is None  # a wire agency's country is not its story's


def test_a_known_body_without_a_country_takes_none_from_the_article(pipeline: Any) -> None:
    text = ("عدن - واس: أعلن التحالف العربي ووزارة الدفاع استعادة مواقع قرب عدن ولحج، وقالت وزارة الداخلية "
            "إن الوضع في عدن مستقر.")
    found = {e["text"]: e for e in analyze(text, pipeline)["entities"]}
    assert found["التحالف العربي"]["country"] is None  # several countries' coalition: no inferred one
    assert (found["وزارة الداخلية"]["country"], found["وزارة الداخلية"]["country_inferred"]) == ("YEM", True)


def test_a_listed_body_every_state_has_takes_the_articles_country(pipeline: Any) -> None:
    text = "جدة - واس: أعلن الدفاع المدني في جدة إخماد حريق، وشارك الحرس الوطني في أعمال الإنقاذ."
    found = {e["text"]: e for e in analyze(text, pipeline)["entities"]}
    assert (found["الدفاع المدني"]["country"], found["الدفاع المدني"]["country_inferred"]) == ("SAU", True)
    assert found["الحرس الوطني"]["country"] == "SAU"


def test_common_words_generic_phrases_and_months_are_no_places_or_bodies(res: Resources) -> None:
    text = "استقبل الضيوف في قصر ثم في قصر السلام، وزار كلية الطب ومركز التأهيل، منذ أبريل (نيسان) الماضي."
    tagged = (tag(text, "قصر", "LOC"), tag(text, "قصر السلام", "LOC"), tag(text, "كلية الطب", "ORG"),
              tag(text, "التأهيل", "ORG"), tag(text, "نيسان", "ORG"))
    tagged = (*tagged[:3], Entity(text.index("مركز"), text.index("التأهيل") + 7, "ORG"), tagged[4])
    found = ents(text, res, tagged)
    assert "قصر السلام" in found and found["قصر السلام"].type == "LOC"
    for junk in ("قصر", "كلية الطب", "مركز التأهيل", "نيسان"):
        assert junk not in found, junk
    named = "وعاد إلى قصر الحكم بعد زيارة مصنع نيسان موتورز."
    kept = ents(named, res, (tag(named, "قصر الحكم", "LOC"), tag(named, "نيسان موتورز", "ORG")))
    assert "قصر الحكم" in kept and "نيسان موتورز" in kept  # longer names that begin with such a word stay


def test_a_cut_name_religions_and_a_person_named_like_a_month(res: Resources) -> None:
    text = "نظمت جمعية الأشخاص ذوي الإعاقة حفلا، وتحدث عن الشيعة، وقال رمضان إن شهر رمضان قريب."
    tagged = (tag(text, "جمعية الأشخاص", "ORG"), tag(text, "الشيعة", "ORG"), tag(text, "رمضان", "PER"),
              tag(text, "رمضان", "MISC", 1))
    found = [(text[e.start : e.end], e.type) for e in link_entities(text, res.tokenizer(text), res, tagged)]
    assert ("جمعية الأشخاص", "ORG") not in found and ("الشيعة", "ORG") not in found
    assert ("رمضان", "PER") in found and ("رمضان", "MISC") not in found


def test_fifa_is_a_body_not_a_saudi_governorate(res: Resources) -> None:
    text = "وقرر فيفا معاقبة الاتحاد المحلي."
    found = ents(text, res, (tag(text, "فيفا", "ORG"),))
    assert (found["فيفا"].type, found["فيفا"].id, found["فيفا"].country) == ("ORG", "marsad:fifa", None)
    rain = "وصلت الأمطار إلى محافظة فيفاء في منطقة جازان."
    place = ents(rain, res, (tag(rain, "فيفاء", "LOC"),))
    assert place["فيفاء"].country == "SAU"


def _audit() -> Any:
    spec = importlib.util.spec_from_file_location("entity_audit", ROOT / "scripts" / "entity_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_audit_counts_carried_missing_and_wrong_countries(tmp_path: Path) -> None:
    audit = _audit()
    judged_file = tmp_path / "judged.tsv"
    judged_file.write_text("# name\ttype\tcountry\nالرياض\tLOC\tSAU\nوزارة الصحة\tORG\tSAU\n"
                           "الاتحاد الأوروبي\tORG\t-\nعدن\tLOC\tYEM\n", encoding="utf-8")
    judged = audit.read_judged(judged_file)
    rows = [{"text": "الرياض", "type": "LOC", "country": "SAU"}, {"text": "الاتحاد الأوروبي", "type": "ORG",
            "country": "SAU"}, {"text": "وزارة الصحة", "type": "ORG", "country": None},
            {"text": "عدن", "type": "LOC", "country": "SAU"}, {"text": "قصر", "type": "LOC", "country": None}]
    res = audit.judge(rows, judged, wrong_top=3)
    assert (res["one"], res["carry"]) == (3, 1)
    assert [r["text"] for _, r, _ in res["wrong"]] == ["الاتحاد الأوروبي"]  # عدن is wrong too, but ranks 4th
    assert [r["text"] for _, r in res["unjudged"]] == ["قصر"]


def test_the_judged_countries_file_is_well_formed() -> None:
    audit = _audit()
    judged = audit.read_judged(ROOT / "tests" / "data" / "entity_countries.tsv")
    assert len(judged) >= 100
    assert all(t in ("LOC", "ORG") for _, t in judged) and all(c == "-" or len(c) == 3 for c in judged.values())


def test_towns_districts_and_sites_in_the_news_carry_their_country(res: Resources) -> None:
    text = ("لجأ النازحون إلى مخيم الزعتري، وقصفت قاعدة العند، واشتبك المسلحون في التواهي ودار سعد، "
            "وبعد تفجير سوروتش وهجوم الدالوه عاد الهدوء إلى الفوعة.")
    tagged = tuple(tag(text, w, "LOC") for w in ("التواهي", "دار سعد", "سوروتش", "الدالوه", "الفوعة"))
    found = ents(text, res, tagged)
    expected = {"مخيم الزعتري": "JOR", "قاعدة العند": "YEM", "التواهي": "YEM", "دار سعد": "YEM",
                "سوروتش": "TUR", "الدالوه": "SAU", "الفوعة": "SYR"}
    assert {name: found[name].country for name in expected} == expected


def test_a_national_body_takes_the_publishing_outlets_country_as_a_last_resort(pipeline: Any) -> None:
    text = "أعلنت وزارة العمل أمس بدء تطبيق القرار الجديد على جميع المنشآت خلال الأسبوع المقبل."
    for url, country in (("http://www.alyaum.com/article/123", "SAU"), ("https://example.org/a/1", None)):
        doc = pipeline(document_from_text(text, dt.date(2021, 3, 4), {"url": url}))
        body = next(e for e in doc.layer("entities") if doc.text[e.start : e.end] == "وزارة العمل")
        assert (body.country, body.country_inferred) == (country, country is not None), url
    abroad = "أعلنت وزارة العمل في القاهرة والإسكندرية بدء تطبيق القرار الجديد على المنشآت."
    doc = pipeline(document_from_text(abroad, dt.date(2021, 3, 4), {"url": "http://www.alyaum.com/article/9"}))
    body = next(e for e in doc.layer("entities") if doc.text[e.start : e.end] == "وزارة العمل")
    assert body.country == "EGY"  # the places of the article first, the publisher last


def test_a_body_named_by_a_place_takes_the_places_country_not_the_articles(pipeline: Any) -> None:
    text = ("الرياض - واس: رحبت وزارة الخارجية في الرياض وجدة بموقف حكومة طرابلس، وأشادت بجهود شرطة دبي "
            "في مكافحة التهريب.")
    found = {e["text"]: e for e in analyze(text, pipeline)["entities"]}
    assert found["وزارة الخارجية"]["country"] == "SAU"  # the article's
    assert found["حكومة طرابلس"]["country"] is None  # Tripoli of Libya or of Lebanon: none, not SAU
    assert found["شرطة دبي"]["country"] == "ARE"


def test_a_state_body_named_by_its_place_counts_as_that_place_for_the_articles_country(pipeline: Any) -> None:
    text = "أعلن تعليم جدة وتعليم الطائف أمس جداول المقابلات، وقالت وزارة التعليم إن المرشحين سيبلغون برسائل."
    found = {e["text"]: e for e in analyze(text, pipeline)["entities"]}
    assert found["تعليم جدة"]["country"] == "SAU" and "جدة" not in found
    assert (found["وزارة التعليم"]["country"], found["وزارة التعليم"]["country_inferred"]) == ("SAU", True)


def test_al_qaeda_read_as_an_org_takes_no_country_from_a_neighbours_nisba(res: Resources) -> None:
    text = "وقتل قيادي «القاعدة» الجزائري في الغارة، وأعلنت النصرة مسؤوليتها عن الهجوم."
    found = ents(text, res, (tag(text, "القاعدة", "ORG"), tag(text, "النصرة", "ORG")))
    assert (found["القاعدة"].id, found["القاعدة"].country) == ("marsad:al-qaeda", None)
    assert found["النصرة"].country == "SYR"
    base = "وصلت الطائرات إلى القاعدة الجوية، وفق القاعدة المعمول بها."
    assert "القاعدة" not in ents(base, res)  # the common word: only where something reads an ORG


def test_generic_armed_bodies_alone_are_no_entities(res: Resources) -> None:
    text = "واشتبكت الميليشيات مع قوات الجيش قرب المدينة."
    found = ents(text, res, (tag(text, "الميليشيات", "ORG"), tag(text, "قوات الجيش", "ORG")))
    assert "الميليشيات" not in found and "قوات الجيش" not in found


def test_bodies_and_places_of_the_news_known_by_their_short_names(res: Resources) -> None:
    text = ("وأعلنت مؤسسة النقد أن مجلس الاحتياطي الاتحادي أبقى الفائدة، ونظمت جمعية الثقافة والفنون حفلا، "
            "واجتمع الوفدان في الصخيرات بعد قصف الغوطة، وفي سروج واسكتلندا وولاية لوغار، وأعلنت توشيبا نتائجها.")
    tagged = tuple(tag(text, w, "LOC") for w in ("سروج",))
    found = ents(text, res, tagged)
    expected = {"مؤسسة النقد": "SAU", "مجلس الاحتياطي الاتحادي": "USA", "جمعية الثقافة والفنون": "SAU",
                "الصخيرات": "MAR", "الغوطة": "SYR", "سروج": "TUR", "اسكتلندا": "GBR", "لوغار": "AFG", "توشيبا": "JPN"}
    assert {name: found[name].country for name in expected} == expected
