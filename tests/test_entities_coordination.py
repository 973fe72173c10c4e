"""Words joined by و inside and after a name: a field of a body's remit and a second attribute continue it, a second
thing after a place in the name does not, two people after a noun of several are two, a nisba after و is no part of
the next person, a purpose phrase ends a body's name; and press spellings of country names."""

from __future__ import annotations

import pytest

from marsad.document import Entity
from marsad.gazetteer import link_entities
from marsad.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def names(text: str, res: Resources) -> dict[str, str]:
    found = link_entities(text, res.tokenizer(text), res, [])
    return {text[e.start : e.end]: e.type for e in found}


@pytest.mark.parametrize(("text", "name"), [
    ("وقع رئيس لجنة المسابقات وشؤون الأندية القرار صباح الأحد.", "لجنة المسابقات وشؤون الأندية"),
    ("نشرت هيئة الرقابة وتطوير بيئة الاستثمار تقريرها السنوي.", "هيئة الرقابة وتطوير بيئة الاستثمار"),
    ("طالب مركز الدراسات وتنمية المجتمع بزيادة الدعم.", "مركز الدراسات وتنمية المجتمع"),
])
def test_a_field_joined_in_construct_continues_the_name(res: Resources, text: str, name: str) -> None:
    assert names(text, res).get(name) == "ORG"


def test_a_noun_of_people_joined_after_the_name_is_a_second_subject(res: Resources) -> None:
    found = names("زار وفد من وزارة الزراعة وفرق الإرشاد المزارع أمس.", res)
    assert found.get("وزارة الزراعة") == "ORG"
    assert not any("وفرق" in n for n in found)


def test_a_purpose_after_the_joined_field_ends_the_name(res: Resources) -> None:
    found = names("خاطبت الشركة هيئة الرقابة وتطوير بيئة الاستثمار لاتخاذ ما يلزم.", res)
    assert found.get("هيئة الرقابة وتطوير بيئة الاستثمار") == "ORG"


def test_a_second_adjective_joins_a_generic_first_one(res: Resources) -> None:
    found = names("تخرج الطلاب من المعهد العالي للتعليم الفني والمهني هذا العام.", res)
    assert "المعهد العالي للتعليم الفني والمهني" in found


def test_a_noun_written_with_alif_maqsura_is_no_second_adjective(res: Resources) -> None:
    found = names("ليس من مصلحة الدول العربية والقوى الكبرى أن يطول النزاع.", res)
    assert not any("والقوى" in n for n in found)


def test_what_follows_a_place_in_a_facility_name_is_a_second_thing(res: Resources) -> None:
    found = names("أعيد فتح مطار صلالة والموانئ بعد العاصفة.", res)
    assert found.get("مطار صلالة") == "LOC"


def test_a_road_keeps_the_places_it_joins(res: Resources) -> None:
    found = names("أغلق طريق الطائف والسيل بسبب الأمطار.", res)
    assert "طريق الطائف والسيل" in found


def test_a_body_named_by_two_places_keeps_both(res: Resources) -> None:
    found = names("تراجع سهم بنك عمان والبحرين في جلسة أمس.", res)
    assert found.get("بنك عمان والبحرين") == "ORG"


def tagged_names(text: str, span: str, res: Resources) -> dict[str, str]:
    start = text.index(span)
    found = link_entities(text, res.tokenizer(text), res, [Entity(start, start + len(span), "PER")])
    return {text[e.start : e.end]: e.type for e in found}


def test_two_one_word_names_after_a_noun_of_several_people_are_two_people(res: Resources) -> None:
    text = "أوقفت اللجنة المدافعين ماركينيو وبيرالتا عن اللعب."
    found = tagged_names(text, "ماركينيو وبيرالتا", res)
    assert found.get("ماركينيو") == "PER" and found.get("بيرالتا") == "PER"
    assert "ماركينيو وبيرالتا" not in found


def test_a_surname_with_waw_elsewhere_stays_in_the_name(res: Resources) -> None:
    text = "وصرح المرشح بيتر ووترز للصحفيين بأنه سيفوز."
    assert tagged_names(text, "بيتر ووترز", res).get("بيتر ووترز") == "PER"


def test_a_past_verb_with_its_object_is_no_part_of_a_name(res: Resources) -> None:
    text = "أحب الجمهور كاميلو وصفقوه طويلا بعد المباراة."
    found = tagged_names(text, "كاميلو وصفقوه", res)
    assert found.get("كاميلو") == "PER"
    assert not any("صفقوه" in n for n in found)


def tagged_as(text: str, span: str, typ: str, res: Resources) -> dict[str, str]:
    start = text.index(span)
    found = link_entities(text, res.tokenizer(text), res, [Entity(start, start + len(span), typ)])
    return {text[e.start : e.end]: e.type for e in found}


def test_a_nisba_after_waw_is_no_part_of_the_next_person(res: Resources) -> None:
    text = "وضمت القائمة المدافع البرازيلي كارلوس والكولومبي خوان بيريا."
    found = tagged_as(text, "الكولومبي خوان بيريا", "PER", res)
    assert found.get("خوان بيريا") == "PER"
    assert "الكولومبي خوان بيريا" not in found


@pytest.mark.parametrize(("text", "place", "iso3"), [
    ("فاز منتخب البرازيل على الأوروجواي بهدفين.", "الأوروجواي", "URY"),
    ("وصل وفد تجاري من باراجواي إلى الرياض.", "باراجواي", "PRY"),
    ("تصدر كولمبيا المجموعة بعد الفوز.", "كولمبيا", "COL"),
])
def test_press_spellings_of_latin_american_countries(res: Resources, text: str, place: str, iso3: str) -> None:
    found = link_entities(text, res.tokenizer(text), res, [])
    assert any(text[e.start : e.end] == place and e.country == iso3 for e in found)


def test_a_purpose_phrase_is_no_part_of_a_body_name(res: Resources) -> None:
    found = names("ودعا الكاتب المجلس البلدي للقيام بواجبه نحو السكان.", res)
    assert not any("للقيام" in n for n in found)
