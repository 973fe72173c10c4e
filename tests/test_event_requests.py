"""Calls, urgings and appeals (REQUEST), deploring and criticizing (ACCUSE), and the senses of meeting and
visiting words that are no consultation, on constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

from event_helpers import asserted


def _actors(text: str, pipeline: Any, plover: str) -> list[str | None]:
    return [e.actor.text if e.actor else None for e in asserted(text, pipeline, plover)]


def test_a_call_on_someone_to_act_is_a_request_by_who_calls(pipeline: Any) -> None:
    text = "دعا وزير الخارجية الألماني أمس الأطراف المتحاربة إلى وقف القتال فورا."
    assert [e.actor.country if e.actor else None for e in asserted(text, pipeline, "REQUEST")] == ["DEU"]
    assert asserted("وحثت الحكومة اليابانية السكان على مغادرة المنطقة الساحلية.", pipeline, "REQUEST")
    assert asserted("ناشد رئيس البلدية الأهالي التبرع بالدم لمساعدة الجرحى.", pipeline, "REQUEST")


def test_a_prayer_a_need_or_what_prompted_something_is_no_request(pipeline: Any) -> None:
    assert not asserted("دعا الإمام الله أن يحفظ البلاد من كل سوء.", pipeline, "REQUEST")
    assert not asserted("وقال إن الحكومة ستتدخل إذا دعت الحاجة إلى ذلك.", pipeline, "REQUEST")
    assert not asserted("وهو الأمر الذي دعا الشركة إلى رفع أسعارها.", pipeline, "REQUEST")


def test_a_word_read_as_a_preposition_before_an_urging_verb_is_no_request(pipeline: Any) -> None:
    assert not asserted("بحثت الحكومة الكندية مع نظيرتها الأمريكية سبل زيادة الصادرات.", pipeline, "REQUEST")


def test_deploring_and_criticizing_are_accusations_but_not_of_a_player(pipeline: Any) -> None:
    assert _actors("استنكرت وزارة الخارجية البحرينية أمس تصريحات المسؤول الإيراني.", pipeline, "ACCUSE")
    assert _actors("وانتقد رئيس الوزراء الإيطالي قرار المفوضية الأوروبية.", pipeline, "ACCUSE")
    assert not asserted("وانتقد المدرب اللاعب بعد المباراة الودية أمام ضيفه.", pipeline, "ACCUSE")


def test_sociology_a_website_and_a_hospital_receiving_cases_are_no_consultation(pipeline: Any) -> None:
    assert not asserted("وقال أستاذ علم الاجتماع محمد الزهراني إن الظاهرة تتسع.", pipeline, "CONSULT")
    assert not asserted("ولمعرفة الشروط يرجى زيارة موقع وزارة العمل السعودية.", pipeline, "CONSULT")
    assert not asserted("واستقبل مستشفى الملك فهد بجدة أمس المصابين في الحادث.", pipeline, "CONSULT")
    assert asserted("زار وزير الخارجية الفرنسي أمس الرياض والتقى نظيره السعودي.", pipeline, "CONSULT")


def test_an_arrest_told_by_seizing_is_coerce_kept_without_a_named_actor(pipeline: Any) -> None:
    found = asserted("وتم القبض على ثلاثة مهربين في المنطقة الحدودية أمس.", pipeline, "COERCE")
    assert [(e.mode, e.cameo) for e in found] == [("arrest", "173")]
    assert _actors("ألقت السلطات الإيطالية القبض على خمسة مهربين أمس.", pipeline, "COERCE")


def test_a_condemnation_voiced_is_an_accusation_but_a_conviction_is_not(pipeline: Any) -> None:
    assert asserted("وأعربت الحكومة الفرنسية عن إدانتها الشديدة للهجوم على السفارة.", pipeline, "ACCUSE")
    assert not asserted("وقضت المحكمة الفرنسية بسجنه بعد إدانته بتهمة الاحتيال.", pipeline, "ACCUSE")


def test_vowing_is_a_threat_and_an_accusation_may_carry_its_object(pipeline: Any) -> None:
    assert asserted("وتوعدت وزارة الداخلية التركية المخالفين بأشد العقوبات.", pipeline, "THREATEN")
    assert asserted("ورفض المتمردون الحوثيون قرار المنظمة واتهموها بالانحياز.", pipeline, "ACCUSE")


def test_goods_or_funds_cleared_and_a_press_interview_are_no_events_of_parties(pipeline: Any) -> None:
    assert not asserted("وأعلنت الجمارك السعودية الإفراج عن الشحنات السليمة بعد فحصها.", pipeline, "RETREAT")
    assert asserted("أفرجت السلطات الإيرانية أمس عن ثلاثة صيادين كويتيين.", pipeline, "RETREAT")
    assert not asserted("وقال الفنان الكويتي في لقاء تلفزيوني إن الأغنية لم تنجح.", pipeline, "CONSULT")
