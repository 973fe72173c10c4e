"""Trigger words read in a sense that is no news event of their type: a visit to an exhibition, a festival or a
site, a department of visits, a meeting that is an interview with a channel or a paper, a meeting of a sports
coach; and an act someone has long been in the habit of (دأب على). Each beside the event the word does tell, on
constructed sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, events


@pytest.mark.parametrize("text", [
    "وزار الأمير المعرض الدولي للكتاب في يومه الأول أمس.",
    "ودعت الهيئة المواطنين إلى زيارة الفعاليات المقامة في الحديقة العامة.",
    "ويحرص السياح على زيارة المواقع الأثرية في مدينة العلا.",
    "وأوضح مدير إدارة شؤون الزيارة في المسجد أن الخدمات متاحة للجميع.",
])
def test_a_visit_to_a_sight_or_a_department_of_visits_is_no_consultation(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "CONSULT") == []


def test_a_visit_to_a_country_is_still_a_consultation(pipeline: Any) -> None:
    text = "وزار وزير الخارجية الأردني القاهرة أمس والتقى الرئيس المصري."
    assert asserted(text, pipeline, "CONSULT")


@pytest.mark.parametrize("text", [
    "وقال المحافظ في لقاء مع قناة الإخبارية إن العمل مستمر في المشروع.",
    "وأوضح الوزير في لقاء مع صحيفة محلية أن الأسعار ستنخفض.",
])
def test_a_meeting_with_a_channel_or_a_paper_is_an_interview(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "CONSULT") == []


def test_a_meeting_with_a_minister_is_still_a_consultation(pipeline: Any) -> None:
    text = "وعقد الرئيس الفلسطيني لقاء مع وزير الخارجية الفرنسي في رام الله أمس."
    assert asserted(text, pipeline, "CONSULT")


def test_a_coach_meeting_his_assistants_is_no_consultation(pipeline: Any) -> None:
    text = "وعقد مدرب الفريق اجتماعا مع مساعديه فور وصوله إلى المعسكر في النمسا."
    assert asserted(text, pipeline, "CONSULT") == []


def test_an_act_someone_has_long_been_in_the_habit_of_is_background(pipeline: Any) -> None:
    text = "ودأب رجل الأعمال الأمريكي على اتهام الشركة بالاحتيال منذ سنوات."
    found = events(text, pipeline, "ACCUSE")
    assert found and all(e.factuality != "asserted" for e in found)


def test_an_accusation_of_yesterday_is_still_news(pipeline: Any) -> None:
    text = "واتهم رجل الأعمال الأمريكي الشركة بالاحتيال أمس."
    assert asserted(text, pipeline, "ACCUSE")


@pytest.mark.parametrize(("text", "plover"), [
    ("وقال المتحدث إن رئيس الوزراء يتطلع للقاء الرئيس الفرنسي في باريس.", "CONSULT"),
    ("وأوضح الأمين العام أن المنظمة تسعى إلى عقد قمة إقليمية لبحث أزمة اللاجئين.", "CONSULT"),
    ("وقالت الوزارة إن بروكسل تأمل التوصل إلى اتفاق مع أثينا قريبا.", "AGREE"),
    ("وفجر الانتحاري نفسه قرب الحاجز رغبة في قتل عدد من الجنود.", "ASSAULT"),
])
def test_an_act_hoped_for_or_sought_is_no_news_of_it(text: str, plover: str, pipeline: Any) -> None:
    found = [e for e in events(text, pipeline, plover) if e.trigger.start > 20]
    assert found and all(e.factuality == "hypothetical" for e in found)


def test_a_meeting_held_after_hopes_is_still_news(pipeline: Any) -> None:
    text = "والتقى رئيس الوزراء الرئيس الفرنسي في باريس أمس بعد أن أمل الطرفان في تجاوز الخلاف."
    assert asserted(text, pipeline, "CONSULT")


@pytest.mark.parametrize("text", [
    "ويمهد القرار الطريق لرفع العقوبات الاقتصادية عن البلاد خلال العام.",
    "وأكد المدير أن الوزارة ستواصل تطبيق العقوبات بحق المخالفين لنظام العمل.",
    "وقال الخبير إن العقوبات أضرت كثيرا باقتصاد البلاد.",
])
def test_sanctions_lifted_in_force_or_penalties_are_no_new_sanction(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "SANCTION") == []


@pytest.mark.parametrize("text", [
    "وفرض الاتحاد الأوروبي عقوبات على عشرة مسؤولين أمس.",
    "وأعلنت الخزانة الأمريكية أمس عقوبات جديدة على شركات نفط.",
])
def test_sanctions_imposed_or_new_are_news(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "SANCTION")


@pytest.mark.parametrize(("text", "plover"), [
    ("وعقد المدير التنفيذي اجتماعا مع لاعبي الفريق فور وصولهم إلى المعسكر.", "CONSULT"),
    ("واستقبل رئيس البعثة المدرب الجديد لدى وصوله إلى المعسكر في النمسا.", "CONSULT"),
    ("وزار رئيس النادي اللاعبين في مقر إقامتهم قبل المباراة الحاسمة.", "CONSULT"),
    ("وكشفت مصادر مقربة عن دخول الإدارة في مفاوضات مع أحد المحترفين الأجانب خلال فترة الانتقالات.", "CONSULT"),
    ("وأعلن بايرن التوصل إلى اتفاق مع يوفنتوس على انتقال الظهير التشيلي.", "AGREE"),
])
def test_a_meeting_visit_or_agreement_of_club_news_is_no_event(text: str, plover: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, plover) == []


@pytest.mark.parametrize("text", [
    "واستقبل وزير الخارجية نظيره الأردني في الرياض أمس.",
    "وعقد وزير الداخلية اجتماعا مع قادة الأجهزة الأمنية أمس في العاصمة.",
])
def test_a_meeting_of_officials_is_still_a_consultation(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "CONSULT")
