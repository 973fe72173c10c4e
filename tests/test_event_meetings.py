"""Meetings users can count: a meeting told again (حضر الاجتماع، خلال اللقاء) is no new event, a hall, a visa, a
panel, periodic meetings, a debate and family visits are no meetings, the party received after a blessing set off by
dashes is the target, and تحقيق is an investigation only when في follows it; on constructed sentences."""

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
