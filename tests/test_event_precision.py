"""Mentions that are no asserted dyad event: a known agreement named as background, social visits and
receptions, a peak, achieving, centrifuges, a student, a welfare allowance, an anonymous source, figurative
attacks and explosions; each beside a real event of the same trigger, on constructed sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, coded, events, told
from marsad.document import Entity
from marsad.pipeline import load_stage


def test_the_agreement_with_the_article_is_a_reference_to_a_known_one(pipeline: Any) -> None:
    evs = [e for e in events("واعتبر عدد من النواب الإيرانيين أن الاتفاق النووي يخدم مصالح إيران.", pipeline)
           if e.type == "AGREE"]
    assert [e.factuality for e in evs] == ["reference"]
    assert evs[0].mode is None


@pytest.mark.parametrize("text", [
    "توصلت إيران والدول الكبرى إلى اتفاق نووي في فيينا أمس.",
    "وأبرمت الحكومة المصرية الاتفاقية مع الحكومة الأردنية أمس.",
])
def test_an_agreement_reached_or_concluded_is_asserted(text: str, pipeline: Any) -> None:
    assert len(asserted(text, pipeline, "AGREE")) == 1


@pytest.mark.parametrize(("text", "plover"), [
    ("زار وزير الخارجية السعودي المرضى في المستشفى أمس.", "CONSULT"),
    ("استقبل أمير المنطقة المهنئين بعيد الفطر في قصره أمس.", "CONSULT"),
    ("وبدأ صباح اليوم اجتماع وحفل معايدة وزارة التعليم.", "CONSULT"),
    ("قال أحمد إن الأهالي في قمة السعادة بعد الانتصار.", "CONSULT"),
    ("ويسعى الوزير المصري إلى تحقيق رغبته في التعاقد مع الشركة.", "ACCUSE"),
    ("تخضع إيران لقيود على أعداد أجهزة الطرد المركزي.", "COERCE"),
    ("تلقت الأسرة العزاء في ابنها محمد طالب كلية الهندسة.", "REQUEST"),
    ("يطالب مدرب النادي جماهير الفريق بالهدوء بعد المباراة.", "REQUEST"),
    ("وقالت أم فهد إن المعرض يمنحها عائدا أفضل من مساعدات الضمان الاجتماعي.", "AID"),
    ("وقال مسؤول تركي رفض الكشف عن هويته إن المنفذ رجل في العشرين.", "REJECT"),
    ("ويتميز اللاعب البلجيكي بتنفيذ الهجمات المرتدة.", "ASSAULT"),
    ("يحصنهم من هجمات الغزاة الفكريين.", "ASSAULT"),
    ("الأزمة الاقتصادية اليونانية مرشحة للانفجار في أي لحظة.", "ASSAULT"),
])
def test_no_asserted_event(text: str, plover: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, plover) == []


@pytest.mark.parametrize(("text", "plover"), [
    ("زار وزير الخارجية السعودي موسكو أمس.", "CONSULT"),
    ("استقبل الرئيس المصري وزير الخارجية الأمريكي أمس.", "CONSULT"),
    ("اجتمع الرئيس المصري مع وزير الخارجية الأمريكي أمس.", "CONSULT"),
    ("وبدأت الشرطة المصرية تحقيق في الحادث أمس.", "ACCUSE"),
    ("طردت الحكومة المصرية السفير الإسرائيلي أمس.", "SANCTION"),
    ("طالب وزير الخارجية المصري إسرائيل بوقف الاستيطان.", "REQUEST"),
    ("قدمت السعودية مساعدات إنسانية لليمن أمس.", "AID"),
    ("رفضت الحكومة المصرية المقترح الأمريكي أمس.", "REJECT"),
    ("شنت القوات الإسرائيلية هجمات على غزة أمس.", "ASSAULT"),
    ("انفجرت سيارة مفخخة في بغداد أمس.", "ASSAULT"),
])
def test_the_real_event_stays_asserted(text: str, plover: str, pipeline: Any) -> None:
    assert len(asserted(text, pipeline, plover)) == 1


def test_an_explosion_about_to_happen_is_hypothetical(pipeline: Any) -> None:
    evs = [e for e in events("الأزمة الاقتصادية اليونانية على وشك الانفجار.", pipeline) if e.type == "ASSAULT"]
    assert [e.factuality for e in evs] in ([], ["hypothetical"])


@pytest.mark.parametrize(("text", "plover"), [
    ("وأبدى الوزير لدى زيارته منزل أسرة الفقيدتين حزنه العميق.", "CONSULT"),
    ("ونصحه الطبيب بزيارة طبيبة أخرى في الرياض.", "CONSULT"),
    ("وتحرص الغرفة على تنظيم لقاءات اجتماعية بين الموظفين.", "CONSULT"),
    ("وقالت شركة الوساطة المحلية إن الأسهم ارتفعت.", "CONSULT"),
    ("هاجم المهاجم الهولندي روبن فان بيرسي مدربه السابق.", "ASSAULT"),
])
def test_condolences_doctors_social_gatherings_brokers_and_strikers_code_no_event(
        text: str, plover: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, plover) == []


def test_a_mediation_between_two_states_is_a_consultation(pipeline: Any) -> None:
    assert len(asserted("وأعلنت قطر وساطة بين السودان وتشاد أمس.", pipeline, "CONSULT")) == 1


def test_a_one_word_name_that_is_a_trigger_word_is_no_actor(pipeline: Any) -> None:
    text = "ويرى محللون أن الاتفاق يفرض العقوبات على طهران أمس."
    doc = coded(text, pipeline)[0]
    a = text.index("الاتفاق")
    # the sports club الاتفاق, as a name recogniser may tag the agreement
    doc.layers["entities"] = [*doc.layer("entities"), Entity(a, a + len("الاتفاق"), "ORG", country="SAU")]
    stage = load_stage("events")
    evs = stage.run(doc, pipeline.resources)
    assert [e.type for e in evs if e.type == "SANCTION"] == ["SANCTION"]
    assert all(e.actor is None or e.actor.text != "الاتفاق" for e in evs)


@pytest.mark.parametrize("text", [
    "وأكد المتحدث أنه يسعى إلى وقف إطلاق نار دائم بين الطرفين في الإقليم.",
    "ودعا المبعوث إلى وقف لإطلاق النار بين القوات والمسلحين.",
])
def test_a_ceasefire_without_the_article_is_no_shooting(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


def test_a_killing_told_in_the_statement_of_its_punishment_is_its_background(pipeline: Any) -> None:
    crime = "أقدم خالد المطيري على قتل ماجد العنزي وذلك بإطلاق النار عليه من مسدس لخلاف سابق بينهما."
    punished = crime + " وقد تم تنفيذ حكم القتل قصاصا بالجاني اليوم بمدينة الرياض."
    assert [f for _t, f in told(punished, pipeline, "ASSAULT")] and asserted(punished, pipeline, "ASSAULT") == []
    assert asserted(crime, pipeline, "ASSAULT")  # the same crime without its punishment is the news


def test_shelling_done_regularly_is_a_habit(pipeline: Any) -> None:
    text = "وقال المرصد إن قوات النظام تقصف بانتظام أحياء المعارضة في المدينة."
    assert asserted(text, pipeline, "ASSAULT") == []
    assert asserted("وقال المرصد إن قوات النظام قصفت أمس أحياء المعارضة في المدينة.", pipeline, "ASSAULT")
