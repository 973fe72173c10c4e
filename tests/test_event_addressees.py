"""Whom a demand or a call is made of, the object of a verb after its subject, and a quoted name after a preposition
of a target, on constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

from event_helpers import asserted


def _targets(text: str, pipeline: Any, plover: str) -> list[str | None]:
    return [e.target.text if e.target else None for e in asserted(text, pipeline, plover)]


def test_an_addressee_joined_by_a_second_one_before_what_is_asked(pipeline: Any) -> None:
    text = "طالب الرئيس الكيني أوهورو كينياتا الأطراف المتناحرة والقوى السياسية بوقف الاقتتال فورا."
    assert _targets(text, pipeline, "REQUEST") == ["الأطراف المتناحرة"]


def test_an_addressee_with_a_short_adjunct_of_place_before_what_is_asked(pipeline: Any) -> None:
    text = "ودعت وزارة الصحة الأردنية المستشفيات الحكومية في العاصمة إلى رفع درجة الاستعداد."
    assert _targets(text, pipeline, "REQUEST") == ["المستشفيات الحكومية"]


def test_what_is_asked_may_open_with_lam_and_the_article_but_no_name(pipeline: Any) -> None:
    assert _targets("ودعا وزير العمل التونسي الخريجين للمشاركة في المعرض.", pipeline, "REQUEST") == ["الخريجين"]
    text = "دعا الأمين العام لحزب الأمة اليوم أنصاره إلى الهدوء."
    assert "الأمين العام" not in " ".join(t or "" for t in _targets(text, pipeline, "REQUEST"))


def test_a_construct_plural_after_the_subject_is_the_object_not_an_adjective(pipeline: Any) -> None:
    text = "وطالب رئيس الوزراء المغربي منفذي المشروع الجديد بإنجازه قبل نهاية العام."
    assert _targets(text, pipeline, "REQUEST") == ["منفذي المشروع الجديد"]


def test_a_demand_with_no_addressee_has_no_target(pipeline: Any) -> None:
    text = "وطالب وزير المالية اللبناني بضرورة إقرار الموازنة في البرلمان والحكومة."
    assert _targets(text, pipeline, "REQUEST") == [None]


def test_a_quoted_name_after_a_preposition_of_a_target_is_the_target(pipeline: Any) -> None:
    text = "وقال المتحدث إن طائرات التحالف شنت غارات جديدة أمس على «جبهة النصرة» قرب إدلب."
    assert _targets(text, pipeline, "ASSAULT") == ["جبهة النصرة"]


def test_a_quoted_or_parenthesized_name_in_apposition_is_no_target(pipeline: Any) -> None:
    text = "وتلتقي منظمة أوبك (منظمة الدول المصدرة للنفط) الشهر المقبل في فيينا."
    assert "منظمة الدول المصدرة للنفط" not in _targets(text, pipeline, "CONSULT")


def test_a_call_the_quotes_stage_gave_to_an_earlier_speaker_asks_the_party_after_it(pipeline: Any) -> None:
    text = "وقال رئيس الوزراء الإيطالي ماتيو رينزي إن الأزمة تتفاقم. كما ناشد الأمم المتحدة بفتح تحقيق دولي عاجل."
    found = [(e.actor.text if e.actor else None, e.target.text if e.target else None)
             for e in asserted(text, pipeline, "REQUEST")]
    assert found == [("ماتيو رينزي", "الأمم المتحدة")]


def test_a_one_word_subject_before_a_named_party_and_the_charge(pipeline: Any) -> None:
    found = asserted("وتتهم المملكة الصومال بإيواء المسلحين.", pipeline, "ACCUSE")
    assert [(e.actor.text if e.actor else None, e.target.text if e.target else None) for e in found] == [
        ("المملكة", "الصومال")]
    assert all(e.target is None or e.target.text != "الكويتية"
               for e in asserted("الديون التي تهدد الأندية الكويتية بالإفلاس.", pipeline, "THREATEN"))


def test_a_visit_goes_to_the_place_named_after_lam(pipeline: Any) -> None:
    text = "وجاءت زيارة رجب طيب أردوغان لأربيل بعد الانتخابات."
    assert _targets(text, pipeline, "CONSULT") == ["أربيل"]
    text = "وجاءت زيارة رجب طيب أردوغان لأداء العمرة بعد الانتخابات."
    assert _targets(text, pipeline, "CONSULT") == [None]


def test_a_bare_title_takes_the_name_after_its_genitive_and_an_honorific(pipeline: Any) -> None:
    text = "وأدانت الخارجية اغتيال النائب العام المستشار خالد الشريف في طرابلس."
    assert _targets(text, pipeline, "ASSAULT") == ["خالد الشريف"]
    text = "استقبل وزير الصحة الدكتور سعيد القحطاني في مكتبه أمس سفير اليابان."
    found = asserted(text, pipeline, "CONSULT")
    assert [e.actor.text if e.actor else None for e in found] == ["سعيد القحطاني"]


def test_a_one_word_subject_that_is_a_bare_head_is_no_actor_text(pipeline: Any) -> None:
    found = asserted("ودعا المجلس الاتحاد الأفريقي إلى التدخل العاجل.", pipeline, "REQUEST")
    assert [(e.actor.text if e.actor else "", e.target.text if e.target else None) for e in found] == [
        ("", "الاتحاد الأفريقي")]


def test_a_definite_group_noun_after_a_name_is_the_addressee(pipeline: Any) -> None:
    found = asserted("ودعا سالم الكعبي الفصائل إلى العودة إلى طاولة الحوار.", pipeline, "REQUEST")
    assert [(e.actor.text if e.actor else None, e.target.text if e.target else None) for e in found] == [
        ("سالم الكعبي", "الفصائل")]


def test_an_addressee_opened_by_a_quantifier(pipeline: Any) -> None:
    text = "ودعت هيئة الطيران المدني الأردنية جميع المسافرين إلى الحضور قبل موعد الرحلة بثلاث ساعات."
    assert _targets(text, pipeline, "REQUEST") == ["جميع المسافرين"]
    text = "وطالبت النقابة جميع العاملين في القطاع بالالتزام بالإضراب."
    assert _targets(text, pipeline, "REQUEST") == ["جميع العاملين"]


def test_an_addressee_between_quote_marks(pipeline: Any) -> None:
    text = "ودعت رئيسة اللجنة الأوروبية «جميع الأطراف» إلى ضبط النفس."
    assert _targets(text, pipeline, "REQUEST") == ["جميع الأطراف"]


def test_a_quantifier_with_no_call_after_it_is_no_addressee(pipeline: Any) -> None:
    text = "وطالب وزير المالية اللبناني جميع هذه الأمور في الموازنة."
    assert _targets(text, pipeline, "REQUEST") in ([None], [])
