"""State bodies named by common words (gazetteers and rules only): an administration's head before a state service
named by its common word (الجمارك, الجوازات, الاستخبارات) names one body, the police stay a common noun after such
a head; a military region named by its number is its command; a body of a region whose name starts with a
generic word (المنطقة الشرقية) keeps the whole region."""

from __future__ import annotations

import pytest

from marsad.document import Entity
from marsad.gazetteer import link_entities
from marsad.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def ents(text: str, res: Resources) -> dict[str, Entity]:
    found = link_entities(text, res.tokenizer(text), res, ())
    return {text[e.start : e.end]: e for e in found}


@pytest.mark.parametrize("name", [
    "مصلحة الجمارك العامة",  # a listed adjective after the service
    "مصلحة الجمارك",  # a weak head: the service is no common noun
    "إدارة الجوازات",
    "جهاز الاستخبارات الداخلية",
])
def test_an_administration_of_a_state_service_is_one_organization(res: Resources, name: str) -> None:
    found = ents(f"وذكرت {name} في تقرير صدر أمس أن العمل مستمر في المنافذ.", res)
    assert name in found and found[name].type == "ORG"


def test_a_police_station_is_no_organization(res: Resources) -> None:
    text = "واقتيد السائق إلى مركز الشرطة القريب من السوق."
    assert not any(e.type == "ORG" for e in ents(text, res).values())


def test_an_office_of_a_named_unit_leaves_the_office_out(res: Resources) -> None:
    text = "وأكدت قيادة الفرقة الثالثة أن الوضع هادئ."
    assert "الفرقة الثالثة" in ents(text, res)


def test_a_numbered_military_region_is_one_organization(res: Resources) -> None:
    text = "وتقدمت ألوية المنطقة العسكرية الخامسة نحو الساحل، بينما بقيت المنطقة العسكرية المغلقة خالية."
    found = ents(text, res)
    assert "المنطقة العسكرية الخامسة" in found and found["المنطقة العسكرية الخامسة"].type == "ORG"
    assert not any("المغلقة" in name for name in found)


def test_a_body_of_a_region_named_by_a_generic_word_keeps_the_region(res: Resources) -> None:
    text = "وأوضح المتحدث باسم شرطة المنطقة الشرقية أن الدوريات انتشرت في الأحياء."
    found = ents(text, res)
    assert "شرطة المنطقة الشرقية" in found and found["شرطة المنطقة الشرقية"].type == "ORG"


def test_a_head_before_a_generic_word_alone_still_names_nothing(res: Resources) -> None:
    text = "وقالت قوات المنطقة إن الدوريات انتشرت في الأحياء."
    assert not any(e.type == "ORG" for e in ents(text, res).values())


@pytest.mark.parametrize("name", [
    "وزارة الشؤون البلدية والقروية",
    "المؤسسة العامة للتدريب التقني والمهني",
    "مركز الدراسات السياسية والاستراتيجية",
])
def test_an_adjective_joined_by_and_after_an_adjective_continues_the_name(name: str, res: Resources) -> None:
    assert name in ents(f"وأصدرت {name} أمس تقريرا عن المشاريع الجديدة.", res)


def test_a_country_adjective_or_a_direction_joined_by_and_ends_the_name(res: Resources) -> None:
    found = ents("وقالت قيادة القوات البرية الأفغانية والأمريكية إن الهجوم فشل.", res)
    assert not any(name.endswith("والأمريكية") for name in found)
    found = ents("وزار وفد هيئة الطرق المناطق الجنوبية والشمالية من البلاد.", res)
    assert not any(name.endswith("والشمالية") for name in found)


@pytest.mark.parametrize(("text", "name"), [
    ("وقال رئيس مجلس إدارة صندوق دعم المزارعين إن القروض زادت.", "صندوق دعم المزارعين"),
    ("وأعلنت إدارة مطار الأمير نايف الدولي تأخر رحلتين.", "مطار الأمير نايف الدولي"),
    ("وصدر الحكم لمصلحة نادي الرائد في القضية.", "نادي الرائد"),
])
def test_a_weak_head_before_another_head_is_no_part_of_its_name(text: str, name: str, res: Resources) -> None:
    found = ents(text, res)
    assert name in found
    assert not any(n.startswith(("إدارة", "مصلحة")) for n in found)


def test_a_service_or_an_armed_head_after_a_weak_head_names_one_body(res: Resources) -> None:
    assert "إدارة شرطة نيويورك" in ents("وأعلنت إدارة شرطة نيويورك أن المشتبه فر.", res)


def test_a_common_noun_with_its_pronoun_after_a_weak_head_names_nothing(res: Resources) -> None:
    found = ents("وتتولى الهيئة إدارة موانئها على البحر.", res)
    assert not any(n.startswith("إدارة") for n in found)


def test_a_name_ends_after_an_adjective_joined_by_and(res: Resources) -> None:
    found = ents("وشكر وزارة الشؤون البلدية والقروية والسكان على تعاونهم عبر الموقع الرسمي.", res)
    assert "وزارة الشؤون البلدية والقروية" in found
    found = ents("وزار الوفد مركز الدراسات السياسية والاستراتيجية والباحثين فيه.", res)
    assert "مركز الدراسات السياسية والاستراتيجية" in found
