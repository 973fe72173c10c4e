"""Meetings users can count: a meeting told again (حضر الاجتماع، خلال اللقاء) is no new event, a hall, a visa, a
panel, periodic meetings, a debate and family visits are no meetings, the party received after a blessing set off by
dashes and the place a visit reaches are the target, and تحقيق is an investigation only when في follows it;
re-imposed sanctions and penalties for offenders are no SANCTION, and the antecedent of a relative clause is the
subject of its verb; on constructed sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted


def test_a_meeting_attended_is_the_meeting_told_before(pipeline: Any) -> None:
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأردني ناصر جودة أمس. "
            "وحضر الاجتماع وزير الخارجية المصري سامح شكري.")
    evs = asserted(text, pipeline, "CONSULT")
    assert [text[e.trigger.start : e.trigger.end] for e in evs] == ["استقبل"]
    assert evs[0].actor is not None and evs[0].actor.text == "عبد الفتاح السيسي"


def test_a_meeting_with_its_party_after_it_is_kept(pipeline: Any) -> None:
    text = "وقال وزير الخارجية المصري سامح شكري إنه بحث خلال اللقاء الذي جمعه مع نظيره التركي أمس ملف اللاجئين."
    evs = asserted(text, pipeline, "CONSULT")
    assert len(evs) == 1
    assert evs[0].target is not None and evs[0].target.text == "نظيره التركي"


@pytest.mark.parametrize("text", [
    "عقدت اللجنة جلستها في قاعة الاجتماعات بمقر الوزارة أمس.",
    "ألغت الوزارة رسوم تأشيرة الزيارة للعمال.",
    "تعقد اللجنة اجتماعات دورية لمتابعة المشروع.",
    "ودار نقاش حاد بين الموظف والمراجع في مقر الإدارة.",
    "قضى المواطنون أيام العيد في زيارة الأهل والأصدقاء.",
    "وتحدث الوزير المصري أمس خلال الزيارة عن التعاون.",
    "وقال الوزير المصري خلال هذا الاجتماع بالخرطوم إن الخلافات كبيرة.",
])
def test_no_meeting(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "CONSULT") == []


@pytest.mark.parametrize("text", [
    "استقبل الرئيس المصري عبد الفتاح السيسي – حفظه الله – في قصر الاتحادية اليوم، وزير الخارجية الأردني ناصر جودة.",
    "استقبل الرئيس المصري عبد الفتاح السيسي -حفظه الله- في مكتبه أمس وزير الخارجية الأردني ناصر جودة.",
])
def test_the_party_received_after_a_blessing_is_the_target(text: str, pipeline: Any) -> None:
    evs = asserted(text, pipeline, "CONSULT")
    assert len(evs) == 1
    assert evs[0].actor is not None and evs[0].actor.text == "عبد الفتاح السيسي"
    assert evs[0].target is not None and evs[0].target.text.startswith("ناصر")


@pytest.mark.parametrize("text", [
    "فتحت الشرطة الفرنسية تحقيقا في الحادث أمس.",
    "بدأت الأمم المتحدة تحقيقا شاملا في الهجوم على القافلة.",
])
def test_an_investigation_is_told_with_fi(text: str, pipeline: Any) -> None:
    evs = asserted(text, pipeline, "ACCUSE")
    assert [e.mode for e in evs] == ["investigate"]


def test_what_an_investigation_looks_into_is_no_party(pipeline: Any) -> None:
    evs = asserted("فتح مركز شرطة المدينة تحقيقًا في وفاة طفل في القرية.", pipeline, "ACCUSE")
    assert [e.mode for e in evs] == ["investigate"]
    assert evs[0].target is None


@pytest.mark.parametrize("text", [
    "حققت الشركة أرباحا، وساهم ذلك في تحقيق فائض كبير في الميزانية.",
    "يسعى الفريق لتحقيق انتصاره الأول في البطولة.",
    "واتهمهم قاضي تحقيق في بروكسل بالسرقة.",
])
def test_achieving_or_an_investigating_judge_is_no_investigation(text: str, pipeline: Any) -> None:
    assert [e for e in asserted(text, pipeline, "ACCUSE") if e.mode == "investigate"] == []


@pytest.mark.parametrize(("text", "place"), [
    ("وصل الرئيس الفرنسي إيمانويل دوران مساء الجمعة إلى تونس في زيارة تستغرق يومين.", "تونس"),
    ("وصل وزير الدفاع البريطاني أمس في زيارة غير معلنة إلى الأردن.", "الأردن"),
])
def test_the_place_a_visit_reaches_is_its_target(text: str, place: str, pipeline: Any) -> None:
    evs = asserted(text, pipeline, "CONSULT")
    assert len(evs) == 1
    assert evs[0].target is not None and evs[0].target.text == place


def test_a_visit_after_words_to_the_press_has_no_target(pipeline: Any) -> None:
    evs = asserted("وقال الرئيس الفرنسي إيمانويل دوران إلى الصحفيين في زيارة سابقة إن الوضع صعب.", pipeline, "CONSULT")
    assert all(e.target is None for e in evs)


@pytest.mark.parametrize("text", [
    "وقال الوزير إن الاتفاق يسمح بإعادة فرض العقوبات على إيران إذا انتهكته.",
    "وطالب التجار بفرض العقوبات على المخالفين من أصحاب المحلات.",
    "أعلن الاتحاد الأوروبي رفع العقوبات عن إيران.",
])
def test_no_sanctions_imposed(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "SANCTION") == []


def test_sanctions_imposed(pipeline: Any) -> None:
    evs = asserted("فرض الاتحاد الأوروبي عقوبات جديدة على روسيا أمس.", pipeline, "SANCTION")
    assert len(evs) == 1
    assert evs[0].target is not None and evs[0].target.text == "روسيا"


@pytest.mark.parametrize(("text", "plover", "actor", "target"), [
    ("وقال رئيس الوزراء الإيطالي ماتيو رينزي، الذي التقى الرئيس الفلسطيني محمود عباس في رام الله أمس، إن الوضع صعب.",
     "CONSULT", "ماتيو رينزي", "محمود عباس"),
    ("وتحدث نائب الرئيس العراقي نوري المالكي الذي اتهم المملكة العربية السعودية بدعم الإرهاب عن الوضع.",
     "ACCUSE", "نوري المالكي", "المملكة العربية السعودية"),
])
def test_the_antecedent_of_a_relative_acts(text: str, plover: str, actor: str, target: str, pipeline: Any) -> None:
    evs = asserted(text, pipeline, plover)
    assert len(evs) == 1
    assert evs[0].actor is not None and evs[0].actor.text == actor
    assert evs[0].target is not None and evs[0].target.text == target


def test_an_antecedent_named_again_by_a_pronoun_is_the_object(pipeline: Any) -> None:
    evs = asserted("ويحارب الجيش حزب العمال الكردستاني الذي تتهمه أنقرة بالهجمات.", pipeline, "ACCUSE")
    assert len(evs) == 1
    assert evs[0].actor is not None and evs[0].actor.text == "أنقرة"
    assert evs[0].target is not None and evs[0].target.text == "حزب العمال الكردستاني"
