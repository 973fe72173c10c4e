"""Event triggers by morphology, the attack families and their filters, unknown actors, dyads and whole noun
phrases, on constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, coded, side_text
from marsad.events.lexicon import noun_forms, verb_forms
from marsad.resources import default_resources
from marsad.text.normalize import fold


def test_a_car_bombing_without_a_named_bomber_is_one_asserted_assault(pipeline: Any) -> None:
    found = asserted("قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد أمس.", pipeline, "ASSAULT")
    assert [(e.type, e.actor, e.factuality) for e in found] == [("ASSAULT", None, "asserted")]


def test_a_trial_for_an_assassination_is_no_new_assault(pipeline: Any) -> None:
    _, evs = coded("بدأت أمس محاكمة المتهمين باغتيال رئيس الوزراء.", pipeline)
    assert [e for e in evs if e.type == "ASSAULT" and e.factuality == "asserted"] == []
    assert [e.factuality for e in evs if e.type == "ASSAULT"] == ["reference"]


def test_a_minister_attacking_the_press_is_no_assault(pipeline: Any) -> None:
    assert asserted("شن الوزير هجوما حادا على الصحف.", pipeline, "ASSAULT") == []


@pytest.mark.parametrize(("text", "trigger", "cameo"), [
    ("اختطفوا ثلاثة صحفيين في بنغازي.", "اختطفوا", "181"),
    ("تنفجر العبوات الناسفة يوميا في المدينة.", "تنفجر", "183"),
    ("انفجرت سيارة مفخخة في سوق شعبي.", "انفجرت", "183"),
    ("أطلق مسلحون النار على جنود في العريش.", "أطلق", "193"),
    ("فتحوا النار على المصلين في المسجد.", "فتحوا", "193"),
    ("أطلقت الفصائل صواريخ على المستوطنات.", "أطلقت", "194"),
    ("قصفت الطائرات مواقع للمتمردين.", "قصفت", "194"),
    ("شنت طائرات التحالف غارات جوية على صنعاء.", "غارات جوية", "195"),
    ("نفذت الطائرات ضربة جوية على معسكر.", "ضربة جوية", "195"),
    ("وقتلوا ثلاثة جنود قرب الحدود.", "وقتلوا", "1823"),
    ("أعلنت الشرطة مقتل ثلاثة من رجال الأمن.", "مقتل", "1823"),
    ("هجمات المسلحين تتواصل في سيناء.", "هجمات", "190"),
])
def test_attack_families_and_inflected_triggers(text: str, trigger: str, cameo: str, pipeline: Any) -> None:
    doc, evs = coded(text, pipeline)
    found = [(doc.text[e.trigger.start : e.trigger.end], e.cameo) for e in evs if e.type == "ASSAULT"]
    assert found[:1] == [(trigger, cameo)], found


@pytest.mark.parametrize("text", [
    "قتل ثلاثة أشخاص في حادث مروري على طريق الرياض.",  # an accident
    "قتل انفجار أسطوانة غاز ثلاثة عمال في المطعم.",  # a gas explosion
    "قتل الفيروس عشرة مرضى في المستشفى.",  # a disease
    "نفذت السلطات حكم القتل قصاصا بحق الجاني أمس.",  # an execution by a court
    "خطف اللاعب الأضواء في المباراة.",  # metaphor (and sports)
    "تحدث الكاتب عن اغتيال الأمل في نفوس الشباب.",  # metaphor
    "قصف النائب جبهة خصومه بالانتقادات.",  # metaphor
    "شن النائب هجوما إعلاميا على الحكومة.",  # a verbal attack
    "سجل اللاعب هدفا بعد هجوم سريع في المباراة.",  # sports
])
def test_filters_leave_accidents_disease_executions_metaphors_and_sports(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


def test_who_reports_an_attack_is_not_its_actor(pipeline: Any) -> None:
    found = asserted("وأفاد مصدر أمني بمقتل عشرة مدنيين في انفجار عبوة ناسفة.", pipeline, "ASSAULT")
    assert len(found) == 1 and found[0].actor is None


def test_a_named_attacker_is_kept(pipeline: Any) -> None:
    _, evs = coded("هاجم الجيش السوري مواقع للمعارضة في حلب أمس.", pipeline)
    found = [e for e in evs if e.type == "ASSAULT"]
    assert [(side_text(e.actor), e.actor.country if e.actor else None) for e in found] == [
        ("الجيش السوري", "SYR")]


def test_dyads_target_from_object_preposition_and_genitive(pipeline: Any) -> None:
    _, evs = coded("اعتقلت قوات الأمن العراقية خمسة مسلحين في الموصل.", pipeline)
    assert [(side_text(e.actor), side_text(e.target)) for e in evs if e.type == "COERCE"] == [
        ("قوات الأمن العراقية", "مسلحين")]
    _, evs = coded("فتح مسلحون النار على المصلين في المسجد.", pipeline)
    assert [side_text(e.target) for e in evs if e.type == "ASSAULT"] == ["المصلين"]
    _, evs = coded("أعلن التنظيم مسؤوليته عن اغتيال رئيس البلدية أمس.", pipeline)
    assert [side_text(e.target) for e in evs if e.type == "ASSAULT"] == ["رئيس البلدية"]
    _, evs = coded("التقى وزير الخارجية الإيراني نظيره الروسي في موسكو.", pipeline)
    found = [e for e in evs if e.type == "CONSULT"]
    assert [(side_text(e.actor), side_text(e.target)) for e in found] == [
        ("وزير الخارجية الإيراني", "نظيره الروسي")]


def test_an_actor_is_never_a_bare_head_word(pipeline: Any) -> None:
    heads = {fold(row["form"]) for row in default_resources().table("event_heads", 1)}
    for text in ("قالت الوزارة إنها ستوقع اتفاقا مع الصين.", "اعتقلت قوات خمسة مسلحين.",
                 "استقبل الرئيس وفدا من فرنسا أمس."):
        _, evs = coded(text, pipeline)
        for e in evs:
            for a in (e.actor, e.target):
                if a is not None and a.text:
                    word = fold(a.text)
                    assert word not in heads and word.removeprefix("ال") not in heads, (text, a.text)


def test_spans_are_the_text_they_cover(pipeline: Any) -> None:
    doc, evs = coded("أطلق مسلحون النار على جنود في العريش واختطفوا اثنين منهم.", pipeline)
    for e in evs:
        for a in (e.actor, e.target):
            if a is not None and a.span is not None:
                assert doc.text[a.span.start : a.span.end] == a.text


def test_morphology_derives_persons_plurals_and_pronouns() -> None:
    verbs = set(verb_forms(fold("أطلق")))
    assert {"اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق", "يطلقون", "اطلقوه"} <= verbs
    assert {"يختطف", "يختطفون", "اختطفوا"} <= set(verb_forms("اختطف"))
    nouns = set(noun_forms(fold("غارة")))
    assert {"غاره", "غارات", "غارتان", "غارتين", "غارته", "غاراتها"} <= nouns
    assert {"هجوما", "هجومه", "هجومهم", "هجومين"} <= set(noun_forms("هجوم"))


def test_counted_victims_are_the_target_of_an_attack_or_arrest(pipeline: Any) -> None:
    _, evs = coded("قتل 21 شخصا على الأقل في هجمات استهدفت مناطق عدة.", pipeline)
    assert [(e.actor, side_text(e.target)) for e in evs if e.type == "ASSAULT"][:1] == [(None, "21 شخصا")]
    _, evs = coded("اعتقلت الشرطة عشرات الأشخاص في المدينة.", pipeline)
    assert [side_text(e.target) for e in evs if e.type == "COERCE"] == ["عشرات الأشخاص"]


def test_after_a_noun_trigger_a_name_opened_by_li_is_its_owner(pipeline: Any) -> None:
    _, evs = coded("وقعت غارة للجيش السوري على بلدة في ريف حلب.", pipeline)
    found = [e for e in evs if e.type == "ASSAULT"]
    assert [(e.actor.country if e.actor else None, side_text(e.target)) for e in found] == [("SYR", "بلدة")]


def test_the_name_before_a_killing_verb_is_its_victim_and_killing_in_general_no_event(pipeline: Any) -> None:
    _, evs = coded("وأوضح المصدر أن اثنين من عناصر الشرطة قتلا أمس قرب الحدود.", pipeline)
    found = [e for e in evs if e.type == "ASSAULT"]
    assert [(e.actor, side_text(e.target)) for e in found] == [(None, "الشرطة")]
    assert asserted("حذر الخطيب الشباب من الانجرار إلى القتل والتدمير.", pipeline, "ASSAULT") == []


def test_an_attack_in_words_on_television_is_no_assault(pipeline: Any) -> None:
    assert not asserted("هاجم الملحن المعروف المغنية الشهيرة عبر لقاء تلفزيوني أمس.", pipeline, "ASSAULT")
    assert asserted("هاجم مسلحون نقطة تفتيش للجيش أمس.", pipeline, "ASSAULT")


def test_battles_and_barrel_bombs_are_assaults(pipeline: Any) -> None:
    assert asserted("اندلعت أمس معارك عنيفة بين الجيش والمسلحين في ريف المدينة.", pipeline, "ASSAULT")
    assert asserted("وألقت المروحيات أمس براميل متفجرة على البلدة.", pipeline, "ASSAULT")
    assert not asserted("بدأت المعركة الانتخابية في البلاد أمس.", pipeline, "ASSAULT")


def test_a_suspected_plan_of_attacks_is_no_asserted_assault(pipeline: Any) -> None:
    text = "أوقفت الشرطة أمس رجلا يشتبه بتخطيطه لتنفيذ هجمات إرهابية."
    assert not asserted(text, pipeline, "ASSAULT")
    assert [e.factuality for e in coded(text, pipeline)[1] if e.type == "ASSAULT"] in ([], ["hypothetical"])
