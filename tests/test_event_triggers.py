"""Event triggers by morphology, the attack families and their filters, unknown actors, dyads and whole noun
phrases, on constructed sentences through the whole pipeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from marsad.document import Document, Event
from marsad.events.lexicon import noun_forms, verb_forms
from marsad.extract import document_from_text
from marsad.resources import default_resources
from marsad.text.normalize import fold


def _run(text: str, pipeline: Any) -> tuple[Document, list[Event]]:
    doc: Document = pipeline(document_from_text(text, dt.date(2015, 7, 21)))
    return doc, list(doc.layer("events"))


def _assaults(text: str, pipeline: Any) -> list[Event]:
    return [e for e in _run(text, pipeline)[1] if e.type == "ASSAULT" and e.factuality == "asserted"]


def _text(doc: Document, e: Event, side: str) -> str | None:
    a = e.actor if side == "actor" else e.target
    return None if a is None else a.text


def test_a_car_bombing_without_a_named_bomber_is_one_asserted_assault(pipeline: Any) -> None:
    found = _assaults("قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد أمس.", pipeline)
    assert [(e.type, e.actor, e.factuality) for e in found] == [("ASSAULT", None, "asserted")]


def test_a_trial_for_an_assassination_is_no_new_assault(pipeline: Any) -> None:
    _, evs = _run("بدأت أمس محاكمة المتهمين باغتيال رئيس الوزراء.", pipeline)
    assert [e for e in evs if e.type == "ASSAULT" and e.factuality == "asserted"] == []
    assert [e.factuality for e in evs if e.type == "ASSAULT"] == ["reference"]


def test_a_minister_attacking_the_press_is_no_assault(pipeline: Any) -> None:
    assert _assaults("شن الوزير هجوما حادا على الصحف.", pipeline) == []


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
    doc, evs = _run(text, pipeline)
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
    assert _assaults(text, pipeline) == []


def test_who_reports_an_attack_is_not_its_actor(pipeline: Any) -> None:
    found = _assaults("وأفاد مصدر أمني بمقتل عشرة مدنيين في انفجار عبوة ناسفة.", pipeline)
    assert len(found) == 1 and found[0].actor is None


def test_a_named_attacker_is_kept(pipeline: Any) -> None:
    doc, evs = _run("هاجم الجيش السوري مواقع للمعارضة في حلب أمس.", pipeline)
    found = [e for e in evs if e.type == "ASSAULT"]
    assert [(_text(doc, e, "actor"), e.actor.country if e.actor else None) for e in found] == [
        ("الجيش السوري", "SYR")]


def test_dyads_target_from_object_preposition_and_genitive(pipeline: Any) -> None:
    doc, evs = _run("اعتقلت قوات الأمن العراقية خمسة مسلحين في الموصل.", pipeline)
    assert [(_text(doc, e, "actor"), _text(doc, e, "target")) for e in evs if e.type == "COERCE"] == [
        ("قوات الأمن العراقية", "مسلحين")]
    doc, evs = _run("فتح مسلحون النار على المصلين في المسجد.", pipeline)
    assert [_text(doc, e, "target") for e in evs if e.type == "ASSAULT"] == ["المصلين"]
    doc, evs = _run("أعلن التنظيم مسؤوليته عن اغتيال رئيس البلدية أمس.", pipeline)
    assert [_text(doc, e, "target") for e in evs if e.type == "ASSAULT"] == ["رئيس البلدية"]
    doc, evs = _run("التقى وزير الخارجية الإيراني نظيره الروسي في موسكو.", pipeline)
    found = [e for e in evs if e.type == "CONSULT"]
    assert [(_text(doc, e, "actor"), _text(doc, e, "target")) for e in found] == [
        ("وزير الخارجية الإيراني", "نظيره الروسي")]


def test_an_actor_is_never_a_bare_head_word(pipeline: Any) -> None:
    heads = {fold(row["form"]) for row in default_resources().table("event_heads", 1)}
    for text in ("قالت الوزارة إنها ستوقع اتفاقا مع الصين.", "اعتقلت قوات خمسة مسلحين.",
                 "استقبل الرئيس وفدا من فرنسا أمس."):
        _, evs = _run(text, pipeline)
        for e in evs:
            for a in (e.actor, e.target):
                if a is not None and a.text:
                    word = fold(a.text)
                    assert word not in heads and word.removeprefix("ال") not in heads, (text, a.text)


def test_spans_are_the_text_they_cover(pipeline: Any) -> None:
    doc, evs = _run("أطلق مسلحون النار على جنود في العريش واختطفوا اثنين منهم.", pipeline)
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
    doc, evs = _run("قتل 21 شخصا على الأقل في هجمات استهدفت مناطق عدة.", pipeline)
    assert [(e.actor, _text(doc, e, "target")) for e in evs if e.type == "ASSAULT"][:1] == [(None, "21 شخصا")]
    doc, evs = _run("اعتقلت الشرطة عشرات الأشخاص في المدينة.", pipeline)
    assert [_text(doc, e, "target") for e in evs if e.type == "COERCE"] == ["عشرات الأشخاص"]


def test_after_a_noun_trigger_a_name_opened_by_li_is_its_owner(pipeline: Any) -> None:
    doc, evs = _run("وقعت غارة للجيش السوري على بلدة في ريف حلب.", pipeline)
    found = [e for e in evs if e.type == "ASSAULT"]
    assert [(e.actor.country if e.actor else None, _text(doc, e, "target")) for e in found] == [("SYR", "بلدة")]


def test_the_name_before_a_killing_verb_is_its_victim_and_killing_in_general_no_event(pipeline: Any) -> None:
    doc, evs = _run("وأوضح المصدر أن اثنين من عناصر الشرطة قتلا أمس قرب الحدود.", pipeline)
    found = [e for e in evs if e.type == "ASSAULT"]
    assert [(e.actor, _text(doc, e, "target")) for e in found] == [(None, "الشرطة")]
    assert _assaults("حذر الخطيب الشباب من الانجرار إلى القتل والتدمير.", pipeline) == []


def test_an_attack_in_words_on_television_is_no_assault(pipeline: Any) -> None:
    assert not _assaults("هاجم الملحن المعروف المغنية الشهيرة عبر لقاء تلفزيوني أمس.", pipeline)
    assert _assaults("هاجم مسلحون نقطة تفتيش للجيش أمس.", pipeline)


def test_battles_and_barrel_bombs_are_assaults(pipeline: Any) -> None:
    assert _assaults("اندلعت أمس معارك عنيفة بين الجيش والمسلحين في ريف المدينة.", pipeline)
    assert _assaults("وألقت المروحيات أمس براميل متفجرة على البلدة.", pipeline)
    assert not _assaults("بدأت المعركة الانتخابية في البلاد أمس.", pipeline)


def test_a_suspected_plan_of_attacks_is_no_asserted_assault(pipeline: Any) -> None:
    text = "أوقفت الشرطة أمس رجلا يشتبه بتخطيطه لتنفيذ هجمات إرهابية."
    assert not _assaults(text, pipeline)
    assert [e.factuality for e in _run(text, pipeline)[1] if e.type == "ASSAULT"] in ([], ["hypothetical"])
