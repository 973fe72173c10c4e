"""Targets told by the grammar of protests, bombings, visits, casualty nouns and demands, on constructed
sentences through the whole pipeline; unnamed mentions of one attack merge whatever victim one tells."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, target_text
from marsad.document import Actor, Event, Span
from marsad.events.coder import merge_duplicates


@pytest.mark.parametrize(("text", "kind", "target"), [
    # the body before whose seat a protest stands
    ("واعتصم عشرات العمال أمس أمام مقر البلدية في المدينة.", "PROTEST", "البلدية"),
    # the party that owns the thing protested, closing its genitive chain
    ("وتظاهر مئات العمال أمس احتجاجا على سياسات الحكومة المصرية في القاهرة.", "PROTEST", "الحكومة المصرية"),
    # the party whose trial or removal a protest demands
    ("وتظاهر المئات أمس في المدينة، مطالبين بمحاكمة وزير الداخلية السابق.", "PROTEST", "وزير الداخلية السابق"),
    ("خرج آلاف الطلاب في مسيرة تطالب بإقالة مدير الجامعة.", "PROTEST", "مدير الجامعة"),
    # the genitive of a bombing noun, when it is no device
    ("أدان الوزير تفجير مسجد القرية الذي وقع أمس.", "ASSAULT", "مسجد القرية"),
    # what a visit told by its verbal noun after ب or ل visits, its visitor named before it
    ("قام الوزير أمس بزيارة المصابين في المستشفى.", "CONSULT", "المصابين"),
    ("قام الوزير السعودي أمس بزيارة لمقر القيادة في المدينة.", "CONSULT", "مقر القيادة"),
    # where a visit goes after إلى, past its adjective
    ("وبدأ الوزير السعودي أمس زيارة رسمية إلى الجزائر تستمر يومين.", "CONSULT", "الجزائر"),
    # the accused after ل, right after an accusation noun
    ("ووجهت النيابة الفرنسية اتهامات لأعضاء العصابة بالاحتيال.", "ACCUSE", "أعضاء العصابة"),
    # the dead named right after a casualty noun with the article
    ("وارتفع عدد القتلى المدنيين في المدينة أمس.", "ASSAULT", "المدنيين"),
    # an approximate count of the dead after a casualty verb
    ("وقع انفجار في سوق المدينة أمس قتل أكثر من 40 شخصا.", "ASSAULT", "40 شخصا"),
    # the counted dead before لقوا مصرعهم
    ("وقال المرصد إن 40 شخصا لقوا مصرعهم جراء غارة جوية أمس.", "ASSAULT", "40 شخصا"),
    # a verb's object after its subject's nisba and a manner (بشكل مكثف)
    ("قصفت القوات الحكومية بشكل مكثف مواقع المسلحين في الجبل.", "ASSAULT", "مواقع المسلحين"),
    # the accusative sound plural after a verb of demand is its addressee
    ("وقال الضابط إن القائد يطالب المسلحين بإلقاء السلاح.", "REQUEST", "المسلحين"),
])
def test_the_grammar_of_the_event_names_its_target(text: str, kind: str, target: str, pipeline: Any) -> None:
    assert target_text(text, pipeline, kind) == target


@pytest.mark.parametrize(("text", "kind"), [
    # a thing protested is no party; a protest in solidarity with someone is not against them
    ("تظاهر مئات الطلاب أمس احتجاجا على قرار إغلاق الجامعة.", "PROTEST"),
    ("نظم الأهالي وقفة تضامنية مع الأسير المضرب عن الطعام.", "PROTEST"),
    # a device is no victim of its bombing, a place named after it is where it took place
    ("قتل ثلاثة بعد تفجير سيارة مفخخة في السوق.", "ASSAULT"),
    ("هز انفجار عنيف بلدة صغيرة في الشمال أمس.", "ASSAULT"),
    # what a condemnation condemns is no accused party
    ("وجدد البيان إدانة الحكومة المصرية للإرهاب بكل أشكاله.", "ACCUSE"),
    # what a demand asks is no addressee
    ("وختم حديثه مطالبا القوات الأمنية بالضرب بيد من حديد.", "REQUEST"),
    # a country's city after في is where a meeting took place, not its other party
    ("وأشار الوزير إلى اجتماع وزراء خارجية دول مجلس التعاون الخليجي في قطر أمس.", "CONSULT"),
    # a visitor named right after the visit is no visited party
    ("رحب الوزير بزيارة الرئيس الفرنسي إلى البلاد.", "CONSULT"),
])
def test_no_party_is_made_a_target(text: str, kind: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, kind):
        assert ev.target is None or ev.target.text not in ("قرار إغلاق الجامعة", "الأسير المضرب", "سيارة مفخخة",
                                                          "الرئيس الفرنسي", "الأسير", "عنيف", "إرهاب",
                                                          "الإرهاب", "بالضرب", "قطر"), (text, ev.target)


def test_an_unnamed_mention_merges_with_one_that_tells_a_victim() -> None:
    def attack(start: int, target: Actor | None) -> Event:
        return Event("ASSAULT", Span(start, start + 5), None, target, "183", -10.0, None, None)

    victim = Actor("مسجد القرية", None, None, Span(6, 17))
    merged = merge_duplicates([attack(0, victim), attack(40, None)])
    assert len(merged) == 1 and merged[0].target == victim
    merged = merge_duplicates([attack(0, None), attack(40, victim)])  # the mention that tells it stands for it
    assert len(merged) == 1 and merged[0].target == victim and merged[0].trigger.start == 40
    other = Actor("سوق المدينة", None, None, Span(50, 61))
    assert len(merge_duplicates([attack(0, victim), attack(40, other)])) == 2


def test_the_sanctioned_party_told_after_the_trigger_is_no_actor(pipeline: Any) -> None:
    ev = asserted("قالت إيران إن الاتحاد الأوروبي فرض أمس عقوبات على إيران.", pipeline, "SANCTION")[0]
    assert ev.target is not None and ev.target.text == "إيران"
    assert ev.actor is None or ev.actor.text != "إيران"
