"""Targets past what stands between a trigger and its object: a time (قبل ساعات قليلة، خلال الساعات الماضية)
between commas or not, the subject of a participle of demand, whom a meeting is held with after ب, and what an
attack's verbal noun acts upon after its genitive doer and ل; on constructed sentences through the whole
pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, target_text


@pytest.mark.parametrize(("text", "kind", "target"), [
    # a time between commas, and its adjective, between the verb's subject and its object
    ("قصفت الطائرات الحربية، قبل ساعات قليلة، مخازن الأسلحة شرق المدينة.", "ASSAULT", "مخازن الأسلحة"),
    # a time after its preposition, then a count of those arrested
    ("واعتقلت الشرطة خلال الساعات الماضية نحو 30 شخصا في العاصمة.", "COERCE", "30 شخصا"),
    # whom a meeting is held with after ب: a plural of people, a count, a construct plural
    ("واجتمع الوزير أمس بالمهندسين المشرفين على المشروع.", "CONSULT", "المهندسين"),
    ("وتحدث الوزير خلال اللقاء بعدد من أعضاء المجلس عن المشاريع.", "CONSULT", "عدد من أعضاء المجلس"),
    ("وأكد الوزير خلال الاجتماع بمديري المدارس أهمية الانضباط.", "CONSULT", "مديري المدارس"),
    # what an attack's verbal noun acts upon, opened by ل after its genitive doer
    ("وسقط قتلى جراء قصف الطائرات الحربية لمخازن الأسلحة في المدينة.", "ASSAULT", "مخازن الأسلحة"),
    # the body after a participle of demand is whom it asks, not who asks
    ("وتجمع التجار أمام الغرفة مطالبين وزارة التجارة بخفض الرسوم.", "REQUEST", "وزارة التجارة"),
])
def test_the_object_past_a_time_or_after_a_meeting(text: str, kind: str, target: str, pipeline: Any) -> None:
    assert target_text(text, pipeline, kind) == target


def test_the_addressee_of_a_participle_is_no_actor(pipeline: Any) -> None:
    ev = asserted("وتجمع التجار أمام الغرفة مطالبين وزارة التجارة بخفض الرسوم.", pipeline, "REQUEST")[0]
    assert ev.actor is None or ev.actor.text != "وزارة التجارة"


@pytest.mark.parametrize("text", [
    # a time, a count of times or a place after a visit or a meeting is no party to it
    "ويزور الرئيس الفرنسي غدا للمرة الأولى البلاد.",
    "واجتمع أعضاء اللجنة أمس بمقر الوزارة في العاصمة.",
    "وعقد الوزير اجتماعا برئاسة وكيل الوزارة أمس.",
])
def test_no_time_place_or_chair_is_a_meeting_party(text: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, "CONSULT"):
        assert ev.target is None or ev.target.text not in (
            "غدا", "للمرة الأولى البلاد", "المرة الأولى", "مقر الوزارة", "رئاسة وكيل الوزارة", "أمس"), (text, ev.target)


@pytest.mark.parametrize("text", [
    # a span of time or a purpose after an attack's doer is no party it acts upon
    "وتواصل قصف الطائرات الحربية لليوم الثالث على التوالي.",
    "وجاء قصف الطائرات الحربية لإعاقة تقدم القوات.",
])
def test_no_time_or_purpose_after_the_doer_is_a_target(text: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, "ASSAULT"):
        assert ev.target is None or ev.target.text not in ("اليوم الثالث", "إعاقة تقدم القوات"), (text, ev.target)


@pytest.mark.parametrize(("text", "actor", "target"), [
    # the subject before قد and its verb acts; the one named after the verb is its object
    ("وأكد المتحدث أن الشرطة قد اعتقلت خالد سعيد في المدينة أمس.", "الشرطة", "خالد"),
    # the one introduced by المدعو is the object, no part of the subject's name
    ("وأوقفت الشرطة المدعو سامي ناصر العتيبي في مكة.", "الشرطة", "سامي ناصر العتيبي"),
])
def test_the_arrested_person_is_no_actor(text: str, actor: str, target: str, pipeline: Any) -> None:
    ev = asserted(text, pipeline, "COERCE")[0]
    assert ev.actor is not None and ev.actor.text == actor
    assert ev.target is not None and ev.target.text.startswith(target)


@pytest.mark.parametrize(("text", "kind", "target"), [
    # the victims after a second casualty noun (مقتل وجرح)
    ("وأدى الانفجار لمقتل وجرح عدد من عناصر الدورية في المدينة.", "ASSAULT", "عدد من عناصر الدورية"),
])
def test_the_victims_after_two_casualty_nouns(text: str, kind: str, target: str, pipeline: Any) -> None:
    assert target_text(text, pipeline, kind) == target


@pytest.mark.parametrize(("text", "wrong"), [
    # a unit's number is no count of victims; على نطاق واسع is a manner; a place and its conjunct are no party
    ("كما قصف اللواء 35 التابع للجيش عددا من القرى.", "35 التابع"),
    ("وأوقعت الغارات قتلى على نطاق واسع في المدينة.", "نطاق"),
    ("قتل أكثر من 20 شخصا أمس في هجمات لجماعة مسلحة في مالي والنيجر.", "النيجر"),
])
def test_no_number_manner_or_place_is_a_target(text: str, wrong: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, "ASSAULT"):
        assert ev.target is None or ev.target.text != wrong, (text, ev.target)


@pytest.mark.parametrize(("text", "kind", "target"), [
    # an indefinite bare head with the body it belongs to after في or من
    ("وفرضت واشنطن عقوبات على مسؤولين في حزب الله أمس.", "SANCTION", "مسؤولين في حزب الله"),
    ("وقتلت القوات العراقية عناصر من تنظيم داعش في المدينة.", "ASSAULT", "عناصر من تنظيم داعش"),
])
def test_a_bare_head_takes_the_body_it_belongs_to(text: str, kind: str, target: str, pipeline: Any) -> None:
    assert target_text(text, pipeline, kind) == target


def test_a_definite_head_and_where_from_make_no_target(pipeline: Any) -> None:
    for ev in asserted("وشنت القوات هجوما لانتزاع المنطقة من قوات المعارضة.", pipeline, "ASSAULT"):
        assert ev.target is None or not ev.target.text.startswith("المنطقة من"), ev.target


@pytest.mark.parametrize(("text", "victim"), [
    # a martyr named before his verb is its victim, no actor
    ("وكان العقيد خالد سعيد قد استشهد أمس في هجوم على نقطة أمنية.", "خالد"),
])
def test_a_martyr_named_before_the_verb_is_the_victim(text: str, victim: str, pipeline: Any) -> None:
    ev = asserted(text, pipeline, "ASSAULT")[0]
    assert ev.target is not None and ev.target.text.startswith(victim)
    assert ev.actor is None or not ev.actor.text.startswith(victim)


def test_a_date_after_an_attack_is_no_target(pipeline: Any) -> None:
    for ev in asserted("وأنشئ المعتقل بعد هجمات 11 سبتمبر 2001 في نيويورك.", pipeline, "ASSAULT"):
        assert ev.target is None or "سبتمبر" not in ev.target.text, ev.target


@pytest.mark.parametrize(("text", "kind", "actor", "target"), [
    # a body named after a demand's subject (a head and its genitive) is whom it asks
    ("وطالب أصحاب المحلات وزارة التجارة بالتدخل السريع.", "REQUEST", "أصحاب المحلات", "وزارة التجارة"),
    # a country named after a definite subject is no part of it (a definite noun takes no genitive)
    ("وطالب الوزير إيران بوقف تدخلاتها.", "REQUEST", None, "إيران"),
])
def test_whom_a_demand_asks_after_its_subject(text: str, kind: str, actor: str | None, target: str,
                                              pipeline: Any) -> None:
    ev = asserted(text, pipeline, kind)[0]
    assert ev.target is not None and ev.target.text == target
    assert ev.actor is None or ev.actor.text != target
    if actor is not None:
        assert ev.actor is not None and ev.actor.text == actor


@pytest.mark.parametrize("text", [
    # a genitive body, or a name after its title, is the one who asks
    "وطالب جماهير النادي بالهدوء بعد الخسارة.",
    "وطالب المواطن خالد سعيد بضبط الأسعار.",
])
def test_a_genitive_or_a_titled_name_still_asks(text: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, "REQUEST"):
        assert ev.target is None or ev.target.text not in ("النادي", "خالد سعيد", "خالد"), (text, ev.target)
