"""Calls, urgings and appeals (REQUEST), deploring and criticizing (ACCUSE), and the senses of meeting and
visiting words that are no consultation, on constructed sentences through the whole pipeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.document import Event
from marsad.extract import document_from_text


def _events(text: str, pipeline: Any, plover: str) -> list[Event]:
    doc = pipeline(document_from_text(text, dt.date(2015, 7, 21)))
    return [e for e in doc.layer("events") if e.type == plover and e.factuality == "asserted"]


def _actors(text: str, pipeline: Any, plover: str) -> list[str | None]:
    return [e.actor.text if e.actor else None for e in _events(text, pipeline, plover)]


def test_a_call_on_someone_to_act_is_a_request_by_who_calls(pipeline: Any) -> None:
    text = "دعا وزير الخارجية الألماني أمس الأطراف المتحاربة إلى وقف القتال فورا."
    assert [e.actor.country if e.actor else None for e in _events(text, pipeline, "REQUEST")] == ["DEU"]
    assert _events("وحثت الحكومة اليابانية السكان على مغادرة المنطقة الساحلية.", pipeline, "REQUEST")
    assert _events("ناشد رئيس البلدية الأهالي التبرع بالدم لمساعدة الجرحى.", pipeline, "REQUEST")


def test_a_prayer_a_need_or_what_prompted_something_is_no_request(pipeline: Any) -> None:
    assert not _events("دعا الإمام الله أن يحفظ البلاد من كل سوء.", pipeline, "REQUEST")
    assert not _events("وقال إن الحكومة ستتدخل إذا دعت الحاجة إلى ذلك.", pipeline, "REQUEST")
    assert not _events("وهو الأمر الذي دعا الشركة إلى رفع أسعارها.", pipeline, "REQUEST")


def test_a_word_read_as_a_preposition_before_an_urging_verb_is_no_request(pipeline: Any) -> None:
    assert not _events("بحثت الحكومة الكندية مع نظيرتها الأمريكية سبل زيادة الصادرات.", pipeline, "REQUEST")


def test_deploring_and_criticizing_are_accusations_but_not_of_a_player(pipeline: Any) -> None:
    assert _actors("استنكرت وزارة الخارجية البحرينية أمس تصريحات المسؤول الإيراني.", pipeline, "ACCUSE")
    assert _actors("وانتقد رئيس الوزراء الإيطالي قرار المفوضية الأوروبية.", pipeline, "ACCUSE")
    assert not _events("وانتقد المدرب اللاعب بعد المباراة الودية أمام ضيفه.", pipeline, "ACCUSE")


def test_sociology_a_website_and_a_hospital_receiving_cases_are_no_consultation(pipeline: Any) -> None:
    assert not _events("وقال أستاذ علم الاجتماع محمد الزهراني إن الظاهرة تتسع.", pipeline, "CONSULT")
    assert not _events("ولمعرفة الشروط يرجى زيارة موقع وزارة العمل السعودية.", pipeline, "CONSULT")
    assert not _events("واستقبل مستشفى الملك فهد بجدة أمس المصابين في الحادث.", pipeline, "CONSULT")
    assert _events("زار وزير الخارجية الفرنسي أمس الرياض والتقى نظيره السعودي.", pipeline, "CONSULT")


def test_an_arrest_told_by_seizing_is_coerce_kept_without_a_named_actor(pipeline: Any) -> None:
    found = _events("وتم القبض على ثلاثة مهربين في المنطقة الحدودية أمس.", pipeline, "COERCE")
    assert [(e.mode, e.cameo) for e in found] == [("arrest", "173")]
    assert _actors("ألقت السلطات الإيطالية القبض على خمسة مهربين أمس.", pipeline, "COERCE")


def test_a_condemnation_voiced_is_an_accusation_but_a_conviction_is_not(pipeline: Any) -> None:
    assert _events("وأعربت الحكومة الفرنسية عن إدانتها الشديدة للهجوم على السفارة.", pipeline, "ACCUSE")
    assert not _events("وقضت المحكمة الفرنسية بسجنه بعد إدانته بتهمة الاحتيال.", pipeline, "ACCUSE")


def test_vowing_is_a_threat_and_an_accusation_may_carry_its_object(pipeline: Any) -> None:
    assert _events("وتوعدت وزارة الداخلية التركية المخالفين بأشد العقوبات.", pipeline, "THREATEN")
    assert _events("ورفض المتمردون الحوثيون قرار المنظمة واتهموها بالانحياز.", pipeline, "ACCUSE")


def test_goods_or_funds_cleared_and_a_press_interview_are_no_events_of_parties(pipeline: Any) -> None:
    assert not _events("وأعلنت الجمارك السعودية الإفراج عن الشحنات السليمة بعد فحصها.", pipeline, "RETREAT")
    assert _events("أفرجت السلطات الإيرانية أمس عن ثلاثة صيادين كويتيين.", pipeline, "RETREAT")
    assert not _events("وقال الفنان الكويتي في لقاء تلفزيوني إن الأغنية لم تنجح.", pipeline, "CONSULT")
