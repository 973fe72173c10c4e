"""Targets of arrests, calls, attacks and meetings told past what stands between a verb's subject and its object,
on constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, side_text, target_text


@pytest.mark.parametrize(("text", "kind", "target"), [
    # the object right after a trigger phrase that ends in its preposition
    ("وتمكنت الشرطة من القبض على ثلاثة أشخاص في حي النسيم.", "COERCE", "ثلاثة أشخاص"),
    ("وألقت الشرطة القبض على المتهم بعد ساعات من الحادث.", "COERCE", "المتهم"),
    # whom a call asks past a comma after its asker, or past a short adjunct after في
    ("ودعت الهيئة العامة للرياضة، اللاعبين المحترفين إلى الالتزام باللوائح.", "REQUEST", "اللاعبين المحترفين"),
    ("ودعا رئيس الاتحاد الأوروبي دونالد توسك في الرسالة «كل الأطراف» إلى الحوار.", "REQUEST", "كل الأطراف"),
    # whom a call urges, before على
    ("حث وزير الصحة خالد الفالح جميع الأطباء على مضاعفة الجهود.", "REQUEST", "جميع الأطباء"),
    # a verb's object past a place named after في: a name, a count
    ("واحتجزت الشرطة في باريس كريم بنزيمة بعد الحادث.", "COERCE", "كريم بنزيمة"),
    ("واعتقلت قوات الأمن في البصرة خمسة مسلحين أمس.", "COERCE", "خمسة مسلحين"),
    # a meeting's other party past a time and a place between commas
    ("والتقى وزير الخارجية الأردني ناصر جودة، أمس في مقر الوزارة بعمان، وزير الخارجية الروسي.", "CONSULT",
     "وزير الخارجية الروسي"),
    # the one met after ب, past the whole title of who met
    ("وجاء القرار بعد لقاء وزير الصحة بمديري المستشفيات في المنطقة.", "CONSULT", "مديري المستشفيات"),
    # an indefinite head that names no one alone, owned after ل by people
    ("وقصفت طائرات حربية مواقع للمهربين في الجبل.", "ASSAULT", "مواقع للمهربين"),
    # an indefinite target with its owner after ل, a body
    ("ودان الوزير التفجير الذي استهدف مقرا لقوات الأمن في المدينة أمس.", "ASSAULT", "مقرا لقوات الأمن"),
    # what an attack aimed at, past its instrument or its owner before the verb of aiming
    ("ونددت الحكومة بالهجوم بالعبوة الناسفة الذي استهدف مدرسة القرية أمس.", "ASSAULT", "مدرسة القرية"),
    # what an attack told with its doer's pronoun acts upon, after ل
    ("ويشكو السكان من القوات الحكومية بسبب قصفها للقرى الحدودية.", "ASSAULT", "قرى الحدودية"),
    # the object of a verb right after a relative pronoun, its antecedent the subject
    ("وقال الوزير إن المسلحين الذين خطفوا المهندس طالبوا بفدية.", "ASSAULT", "المهندس"),
    ("وأدان الشيخ الهجمات الإرهابية التي تقتل الأبرياء في كل مكان.", "ASSAULT", "الأبرياء"),
    # a title read on to the name in apposition after it
    ("وقامت الشرطة باعتقال مدير العلاقات العامة في بلدية المدينة سامي الخطيب أمس.", "COERCE",
     "مدير العلاقات العامة في بلدية المدينة سامي الخطيب"),
])
def test_the_object_is_found_past_what_stands_before_it(text: str, kind: str, target: str, pipeline: Any) -> None:
    assert target_text(text, pipeline, kind) == target


def test_the_asker_does_not_swallow_whom_it_asks(pipeline: Any) -> None:
    """ودعا الرئيس المواطنين إلى: a definite title, then a definite plural, then what is asked."""
    found = asserted("ودعا الرئيس المواطنين إلى الهدوء وضبط النفس.", pipeline, "REQUEST")
    assert found and side_text(found[0].target) == "المواطنين"
    assert side_text(found[0].actor) != "الرئيس المواطنين"


@pytest.mark.parametrize(("text", "kind"), [
    # an instrument after a place is no object (with a knife)
    ("وقال الشهود إن رجلا هاجم السفير في سيول بسكين أمس.", "ASSAULT"),
    # a verb after a relative read as a passive: a time after it is no object
    ("وقال إن الرجل الذي قتل أمس كان يعمل في المصنع.", "ASSAULT"),
    # a comma after the asker and no one asked: what is asked is no party
    ("ودعت الوزارة، في بيان أمس، إلى الهدوء.", "REQUEST"),
])
def test_no_object_where_none_is_named(text: str, kind: str, pipeline: Any) -> None:
    found = asserted(text, pipeline, kind)
    assert all(side_text(e.target) in (None, "", "السفير") for e in found), [side_text(e.target) for e in found]


def test_an_active_verb_after_its_subject_keeps_its_actor(pipeline: Any) -> None:
    """قوات الأمن قتلت مسلحا: an accusative object after the verb makes it active, its subject before it acts."""
    found = asserted("وقال البيان إن قوات الأمن قتلت مسلحا في المدينة.", pipeline, "ASSAULT")
    assert found and side_text(found[0].actor) == "قوات الأمن" and side_text(found[0].target) == "مسلحا"


def test_a_headline_subject_before_its_verb_acts(pipeline: Any) -> None:
    """مواطن يقتل ابنه: an indefinite noun that opens a headline right before its verb is the verb's subject."""
    found = asserted("رجل يقتل جاره في القرية\nقال مصدر أمني إن التحقيق بدأ.", pipeline, "ASSAULT")
    assert found and side_text(found[0].actor) == "رجل"


def test_the_security_authorities_act(pipeline: Any) -> None:
    """وباشرت الجهات الأمنية الحادث وقبضت على الجاني: the authorities are an agent, the subject of both verbs."""
    found = asserted("وباشرت الجهات الأمنية الحادث وقبضت على الجاني في الموقع.", pipeline, "COERCE")
    assert found and side_text(found[0].actor) == "الجهات الأمنية" and side_text(found[0].target) == "الجاني"
