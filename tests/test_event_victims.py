"""Dyads beyond the trigger's own object: the two sides after بين, the victims a casualty word of the clause
tells, the victim of a passive casualty verb or after صفوف (never the attacker), the addressee of a demand,
and the noun phrases that name them whole; on constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, side_text
from marsad.document import Event


def _one(text: str, pipeline: Any, kind: str) -> Event:
    found = asserted(text, pipeline, kind)
    assert found, text
    return found[0]




@pytest.mark.parametrize(("text", "kind", "target"), [
    # the victims a casualty word of the clause tells
    ("وأسفر التفجير عن استشهاد 22 شخصا من المصلين في القرية.", "ASSAULT", "22 شخصا"),
    ("وكانت حصيلة الانفجار مقتل (12) شخصا في السوق.", "ASSAULT", "(12) شخصا"),
    ("أطلق مسلح النار في سوق المدينة، مما أسفر عن إصابة خمسة أشخاص بجروح.", "ASSAULT", "خمسة أشخاص"),
    # what is counted after the verb is the victim, not the attacker
    ("وقال المصدر إن المسلح الذي قتل 7 جنود فرنسيين فر من المكان.", "ASSAULT", "جنود فرنسيين"),
    # an aim named in the relative clause that tells the attack
    ("وتتواصل الغارات التي يشنها الطيران الحربي على مواقع تنظيم داعش في الرقة.", "ASSAULT", "مواقع تنظيم داعش"),
    # an indefinite head and its nisba adjective
    ("وشن المسلحون هجمات على مواقع عسكرية في الجبل.", "ASSAULT", "مواقع عسكرية"),
    # the addressee of a demand, followed by what is asked
    ("وطالب الوزير المجتمع الدولي بضرورة وقف القتال.", "REQUEST", "المجتمع الدولي"),
    # who is expelled or arrested: the genitive of an indefinite noun
    ("وتمكنت القوات من طرد المسلحين من المدينة أمس.", "COERCE", "المسلحين"),
    ("وأعلنت الشرطة اعتقال ثلاثة أشخاص في العاصمة.", "COERCE", "ثلاثة أشخاص"),
    # prepositions of a target for some types: lifting sanctions from, charges against, aid to
    ("وقرر الاتحاد الأوروبي أمس فرض عقوبات على إيران.", "SANCTION", "إيران"),
    ("ووجهت الحكومة الاتهامات إلى قيادات الحزب الحاكم.", "ACCUSE", "قيادات الحزب الحاكم"),
    ("وقدمت السعودية مساعدات للنازحين في الأردن.", "AID", "نازحين"),
    # the other party of a phone call, after من or ب; who is released; a place named after its head
    ("وتلقى الرئيس المصري اتصالا هاتفيا من الملك الأردني.", "CONSULT", "الملك الأردني"),
    ("وأجرى الرئيس المصري اتصالا هاتفيا بالرئيس الفرنسي أمس.", "CONSULT", "الرئيس الفرنسي"),
    ("وأعلن الجيش الإفراج عن خمسة صيادين أمس.", "RETREAT", "خمسة صيادين"),
    ("وشنت الطائرات غارات على قرية كفر نبل في ريف إدلب.", "ASSAULT", "قرية كفر نبل"),
    # a letter the tokenizer takes for a proclitic is part of the phrase
    ("وأرسلت الحكومة مساعدات إلى سكان القرية المنكوبة.", "AID", "سكان القرية"),
])
def test_the_party_acted_upon_is_found(text: str, kind: str, target: str, pipeline: Any) -> None:
    assert side_text(_one(text, pipeline, kind).target) == target


@pytest.mark.parametrize(("text", "victim"), [
    ("أصيب رجل أمن بانفجار عبوة ناسفة في القرية.", "رجل أمن"),
    ("وسقط عشرات القتلى في صفوف المسلحين خلال الاشتباكات.", "المسلحين"),
])
def test_a_victim_before_the_attack_is_no_attacker(text: str, victim: str, pipeline: Any) -> None:
    ev = _one(text, pipeline, "ASSAULT")
    assert ev.actor is None or not ev.actor.text, text
    assert side_text(ev.target) == victim


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("فر السكان من المعارك في الشمال بين الجيش المالي وجماعة أنصار الدين.", "الجيش المالي", "جماعة أنصار الدين"),
    ("وتدور اشتباكات عنيفة في البلدة بين الجيش المالي من طرف، والمسلحين من طرف آخر.", "الجيش المالي",
     "المسلحين"),
])
def test_both_sides_of_a_fight_are_its_parties(text: str, actor: str, target: str, pipeline: Any) -> None:
    ev = _one(text, pipeline, "ASSAULT")
    assert (side_text(ev.actor), side_text(ev.target)) == (actor, target)


@pytest.mark.parametrize(("text", "kind"), [
    ("وطالب المتظاهرون بإسقاط الحكومة.", "REQUEST"),  # what is asked, no addressee
    ("وطالب الوزير المواطنين الالتزام بالتعليمات.", "REQUEST"),  # no ب or إلى right after the phrase
    ("أصيب الجنود بالذهول بعد الانفجار في المعسكر.", "ASSAULT"),  # a count of nothing: no victim phrase
])
def test_no_target_is_invented(text: str, kind: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, kind):
        assert ev.target is None or ev.target.text not in ("المواطنين", "بإسقاط", "بالذهول"), text


@pytest.mark.parametrize("text", [
    "وصدرت بحقه مذكرة التوقيف الدولية الشهر الماضي.",  # a definite noun: what follows is its adjective
    "وتمكنوا من طرد والقضاء على التنظيم.",  # a coordinated noun is no genitive
])
def test_a_definite_or_coordinated_noun_takes_no_victim(text: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, "COERCE"):
        assert ev.target is None or ev.target.text not in ("الدولية", "القضاء"), text


def test_a_target_phrase_that_is_a_country_has_its_country(pipeline: Any) -> None:
    ev = _one("وقرر الاتحاد الأوروبي أمس فرض عقوبات على إيران.", pipeline, "SANCTION")
    assert ev.target is not None and ev.target.country == "IRN"


@pytest.mark.parametrize(("text", "kind"), [
    ("وأعلنت الوزارة منح ألف طالب بعثات دراسية.", "REQUEST"),  # a student, counted
    ("وقال الشيخ صالح آل طالب إن العيد فرحة.", "REQUEST"),  # a family name
    ("وأطلقت البلدية 15 ألف قذيفة ألعاب نارية في السماء.", "ASSAULT"),  # fireworks
    ("وأوضحت الوزارة أنها استقبلت ما يزيد على ألف طلب.", "CONSULT"),  # applications received, no visitor
    ("وَقَالَ الشَّاعِرُ: فَقَتَلُوا الْفَارِسَ فِي الْمَيْدَانِ.", "ASSAULT"),  # a fully vowelled verse
])
def test_no_event(text: str, kind: str, pipeline: Any) -> None:
    assert not asserted(text, pipeline, kind), text


def test_a_news_word_with_one_vowel_mark_is_still_a_trigger(pipeline: Any) -> None:
    assert asserted("وقُتل ثلاثة جنود في انفجار عبوة ناسفة في المدينة أمس.", pipeline, "ASSAULT")


def test_an_arrest_without_any_party_is_no_event(pipeline: Any) -> None:
    assert not asserted("اعتقالات في العاصمة", pipeline, "COERCE")
    assert asserted("وتم اعتقال المسلحين في المدينة.", pipeline, "COERCE")


def test_the_group_of_the_counted_dead_does_not_do_the_blast_after_them(pipeline: Any) -> None:
    text = "ذكرت مصادر محلية أمس مقتل 12 عنصرا من تنظيم داعش بانفجار عبوة ناسفة قرب الرقة."
    assert [e.actor.text if e.actor else None for e in asserted(text, pipeline, "ASSAULT")] == [None]


def test_who_acts_in_response_to_an_attack_is_not_its_actor(pipeline: Any) -> None:
    text = "وأغلقت السلطات الأردنية معبرها الحدودي ردا على هجوم انتحاري استهدف بلدة حدودية."
    found = [(e.actor.text if e.actor else None, e.target.text if e.target else None)
             for e in asserted(text, pipeline, "ASSAULT")]
    assert found == [(None, "بلدة حدودية")]
