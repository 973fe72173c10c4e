"""Dyads: the target of an event as the party acted upon, named by an entity or by a noun phrase of its
clause, on constructed sentences through the whole pipeline; merging mentions that tell one victim
differently; the bare head words kept as data."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, target_text
from marsad.document import Actor, Event, Span
from marsad.events import event_lexicon
from marsad.events.candidates import clear_of, is_bare
from marsad.events.coder import merge_duplicates
from marsad.resources import default_resources


@pytest.mark.parametrize(("text", "kind", "target"), [
    # the victim right after a noun trigger, a count with what it counts
    ("أعلنت الشرطة مقتل رجل في إطلاق نار بالمدينة أمس.", "ASSAULT", "رجل"),
    ("أعلنت الشرطة مقتل العشرات من المدنيين في قصف على المدينة.", "ASSAULT", "العشرات من المدنيين"),
    ("أعلنت الشرطة مقتل أكثر من 30 شخصا في قصف على المدينة.", "ASSAULT", "30 شخصا"),
    # the object of a verb of aiming whose subject is the attack
    ("استهدف هجوم انتحاري مسجدا في الكويت أمس.", "ASSAULT", "مسجدا"),
    ("أسفر هجوم انتحاري استهدف حافلة في المدينة عن مقتل سبعة.", "ASSAULT", "حافلة"),
    # the one who suffered the attack
    ("تعرض المهندس البريطاني لهجوم مسلح في لندن أمس.", "ASSAULT", "المهندس البريطاني"),
    ("وكان الحارس الليلي تعرض لهجوم مسلح أمس.", "ASSAULT", "الحارس الليلي"),
    # a verb's object after its subject, or after the verb when the subject stands before it
    ("التقى الرئيس الفرنسي أمس وزير الخارجية الإيراني في باريس.", "CONSULT", "وزير الخارجية الإيراني"),
    ("الرئيس المصري يستقبل السفراء العرب في القاهرة.", "CONSULT", "السفراء"),
    ("اعتقلت الشرطة المصرية أمس خمسة أشخاص في القاهرة.", "COERCE", "خمسة أشخاص"),
    # a meeting's party after ب, an agreement's after مع
    ("اجتمع وزير الخارجية المصري أمس بالسفراء العرب في القاهرة.", "CONSULT", "السفراء العرب"),
    ("وقعت مصر اتفاقية مع الشركات الألمانية أمس.", "AGREE", "الشركات الألمانية"),
    # the counted victims before a verb that tells they were killed; على after another trigger is that one's
    ("قال المرصد إن 18 شخصا قتلوا في قصف على المدينة أمس.", "ASSAULT", "18 شخصا"),
    # whole noun phrases: a title and its genitive agent noun with their nisba (not joined to the actor)
    ("التقى الرئيس الفرنسي وزير الخارجية الإيراني في باريس أمس.", "CONSULT", "وزير الخارجية الإيراني"),
    # a verb that tells the fighting took place stands between the trigger and its preposition
    ("وقال المصدر إن اشتباكات اندلعت مع عناصر التنظيم في المدينة.", "ASSAULT", "عناصر التنظيم"),
    ("وأفاد الشهود بأن معارك عنيفة دارت ضد المسلحين في الجبل.", "ASSAULT", "المسلحين"),
    # a count between quote marks and what it counts
    ("أعلن الجيش مقتل «19» من عناصر التنظيم في اشتباكات أمس.", "ASSAULT", "«19» من عناصر التنظيم"),
    # an approximate count (نحو 125), and the counted victims after a verb and its unnamed subject
    ("أعلن الجيش مقتل نحو 125 من المسلحين في المدينة.", "ASSAULT", "125 من المسلحين"),
    ("وقتل الخاطفون أربعة من الرهائن أمس.", "ASSAULT", "أربعة من الرهائن"),
    # a place after a visit is the one visited; a meeting's guest after the host's place and time
    ("وقال المتحدث إن الرئيس الكيني يزور اليابان حاليا.", "CONSULT", "اليابان"),
    ("استقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه أمس رئيس الوزراء الهندي.", "CONSULT",
     "رئيس الوزراء الهندي"),
    ("التقى الرئيس الأمريكي في واشنطن اليوم بنظيره النيجيري محمد بخاري.", "CONSULT", "نظيره النيجيري محمد بخاري"),
    # the subject's name between commas, then the other party
    ("واجتمع وزير الخارجية، سامح شكري، مع نظيره الأردني في عمان.", "CONSULT", "نظيره الأردني"),
    # who suffered the attack, after a relative and a verb of suffering
    ("وقالت الشرطة إن التفجير الذي تعرض له المسجد الكبير أمس كان انتحاريا.", "ASSAULT", "المسجد"),
    # a killing told by a verbal noun: after ب, a preposition or a noun of crime
    ("وقام المسلح بقتل ثلاثة رهائن قبل فراره.", "ASSAULT", "ثلاثة رهائن"),
    ("ولا تتردد العصابة في قتل المدنيين العزل.", "ASSAULT", "المدنيين"),
    ("وهزت جريمة قتل المعلم المتقاعد أهالي البلدة.", "ASSAULT", "المعلم"),
    # the accused after an accusation noun that the charge follows; a country named after the accuser's name
    ("ورفض الوزير اتهام إيران بدعم المتمردين.", "ACCUSE", "إيران"),
    ("واتهمت منظمة العفو الدولية إسرائيل بارتكاب انتهاكات.", "ACCUSE", "إسرائيل"),
    # the addressee of a participle of demand; a definite agent noun is the subject, the next one the addressee
    ("واختتم المحتجون وقفتهم مطالبين الحكومة الأردنية بالتدخل.", "REQUEST", "الحكومة الأردنية"),
    ("وطالب الوزير البرلمان بإقرار الموازنة.", "REQUEST", "البرلمان"),
    # coordinated subjects of an attack verb, then its object; the dead a casualty noun counts
    ("وقالت المصادر إن المسلحين وقوات الأمن قصفوا مستشفى المدينة.", "ASSAULT", "مستشفى المدينة"),
    ("وأوقع الانفجار عشرين قتيلا في السوق.", "ASSAULT", "عشرين قتيلا"),
    ("وقالت الشرطة إن العملية خلفت (22) قتيلا.", "ASSAULT", "(22) قتيلا"),
    # a count after an active killing verb: the one before it is the killer
    ("أفاد المرصد بأن طائرات التحالف الدولي قتلت 3042 عنصرا من تنظيم داعش.", "ASSAULT", "3042 عنصرا"),
    # those who met their death (لقي X مصرعه) in the attack; what a car bomb aimed at; a thousand dead
    ("كما لقي ما لا يقل عن 115 مسلحا من جبهة النصرة حتفهم جراء ضربات صاروخية نفذها التحالف.", "ASSAULT",
     "115 مسلحا"),
    ("وقال المصدر الطبي إن الهجوم كان سيارة مفخخة استهدفت مدنيين في السوق.", "ASSAULT", "مدنيين"),
    ("وقال مدير الصحة إنه سقط ألف قتيل وجرح تسعة آلاف آخرين.", "ASSAULT", "ألف قتيل"),
    # the aid's receiver after an adjective of the aid
    ("أمر الملك بتقديم المساعدات العاجلة للشعب اليمني الشقيق.", "AID", "شعب اليمني الشقيق"),
])


def test_the_party_acted_upon_is_the_target(text: str, kind: str, target: str, pipeline: Any) -> None:
    assert target_text(text, pipeline, kind) == target


def test_a_lone_nisba_takes_the_noun_it_qualifies(pipeline: Any) -> None:
    ev = asserted("والتقى الوفد الإيراني أمس بالمسؤولين في جنيف.", pipeline, "CONSULT")[0]
    assert ev.actor is not None and ev.actor.text == "الوفد الإيراني" and ev.actor.country == "IRN"
    ev = asserted("التقى الرئيس الفرنسي وزير الخارجية الإيراني في باريس أمس.", pipeline, "CONSULT")[0]
    assert ev.actor is not None and ev.actor.text == "الرئيس الفرنسي"
    assert ev.target is not None and ev.target.country == "IRN"
@pytest.mark.parametrize(("text", "kind"), [
    ("وقال إن معركة لبنان مائة في المائة.", "ASSAULT"),  # a noun's genitive is no object
    ("وأضاف أن مقتله ليس حدثا سهلا.", "ASSAULT"),  # the pronoun is its victim: no phrase after it
    ("وأدان المجلس التفجيرات التي وقعت على الحدود أمس.", "ASSAULT"),  # على after وقعت: where, not whom
    ("عقد مجلس الوزراء اجتماعه الطارئ أمس.", "CONSULT"),  # an adjective is no party
    ("التقى الرئيس الفرنسي عقب وصوله إلى باريس.", "CONSULT"),  # a time adverb is no party
    ("أعلنت الشرطة مقتل عشرة في اشتباكات على الحدود.", "ASSAULT"),  # على belongs to the other trigger
])
def test_no_target_is_invented(text: str, kind: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, kind):
        if ev.type == kind and ev.target is not None:
            assert ev.target.text not in ("مائة", "ليس", "الطارئ", "عقب", "الحدود"), text


@pytest.mark.parametrize(("text", "kind", "wrong"), [
    ("وفي عام 2012 استشهاد جنديين على الحدود.", "ASSAULT", "2012"),  # a year is no count
    ("وقال إن المسلحين قصفوا بشكل عنيف منطقة السوق.", "ASSAULT", "بشكل"),  # an adverb is no object
    ("وقال الناطق إن الهجوم استهدف أيضا سفينة تجارية.", "ASSAULT", "أيضا"),
    ("استقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه أمس رئيس الوزراء الهندي.", "CONSULT", "قصر الإليزيه"),
])
def test_no_adverb_year_or_place_is_a_target(text: str, kind: str, wrong: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, kind):
        assert ev.target is None or not ev.target.text.startswith(wrong), text


def test_sides_of_a_visit_an_accusation_and_a_shelling(pipeline: Any) -> None:
    ev = asserted("وقال المتحدث إن الرئيس الكيني يزور اليابان حاليا.", pipeline, "CONSULT")
    assert ev[0].actor is not None and ev[0].actor.country == "KEN"  # the visitor, not the place
    ev = asserted("واتهمت منظمة العفو الدولية إسرائيل بارتكاب انتهاكات.", pipeline, "ACCUSE")
    assert ev[0].actor is not None and ev[0].actor.country is None  # the accuser keeps no country of the accused
    ev = asserted("أفاد المرصد بأن طائرات التحالف الدولي قتلت 3042 عنصرا من تنظيم داعش.", pipeline, "ASSAULT")
    assert ev[0].actor is not None and ev[0].actor.text == "التحالف الدولي"
    ev = asserted("خادم الحرمين الشريفين يستقبل رئيس وزراء باكستان", pipeline, "CONSULT")
    assert ev[0].actor is not None and ev[0].actor.text == "خادم الحرمين الشريفين"
    assert ev[0].target is not None and ev[0].target.country == "PAK"


def test_the_one_who_suffered_an_attack_is_no_attacker(pipeline: Any) -> None:
    ev = asserted("تعرض المهندس البريطاني لهجوم مسلح في لندن أمس.", pipeline, "ASSAULT")[0]
    assert ev.actor is None


def _ev(actor: str, country: str | None, target: str | None, tcountry: str | None, at: int) -> Event:
    return Event("ASSAULT", Span(at, at + 4), Actor(actor, country),
                 Actor(target, tcountry) if target is not None else None)


def test_mentions_of_one_actor_naming_its_victim_differently_are_one_event() -> None:
    merged = merge_duplicates([_ev("الحرس", "IRN", "العالم النووي", None, 0),
                               _ev("الحرس", "IRN", "محسن زادة", None, 50)])
    assert len(merged) == 1
    # victims of two countries: two events
    assert len(merge_duplicates([_ev("الحرس", "IRN", "لبنان", "LBN", 0), _ev("الحرس", "IRN", "سوريا", "SYR", 50)])) == 2
    # no actor and different victims: two attacks
    assert len(merge_duplicates([Event("ASSAULT", Span(0, 4), None, Actor("ثلاثة جنود")),
                                 Event("ASSAULT", Span(50, 54), None, Actor("رجل أمن"))])) == 2


def test_bare_head_words_are_data() -> None:
    heads = event_lexicon(default_resources()).heads
    for word in ("قوات", "الأمن", "إدارة", "الوزارة", "رئيس", "وزير", "والوزارة"):
        assert is_bare(heads, word), word
    for phrase in ("قوات الأمن العراقية", "وزير الخارجية الإيراني", "الشرطة"):
        assert not is_bare(heads, phrase), phrase


@pytest.mark.parametrize("text", [
    "وعرقلت احتجاجات ضد وزير المالية أعمال البرلمان أمس.",
    "تظاهرات شعبية للجمعة الثالثة في مدن عدة",
    "تظاهرة أمام مقر الحكومة في العاصمة بسبب الغلاء",
    "مسيرات غاضبة في العاصمة بعد قرار رفع الأسعار",
])
def test_a_protest_noun_with_what_it_is_against_or_its_crowd_is_a_protest(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "PROTEST"), text


@pytest.mark.parametrize("text", [
    "وأكد أن مسيرة التنمية ماضية في المملكة.",  # a path, not a march
    "وقال إن الحكومة قررت منع المظاهرات.",  # a definite protest noun with no eventive cue
])
def test_a_protest_noun_without_a_protest_cue_is_none(text: str, pipeline: Any) -> None:
    assert not asserted(text, pipeline, "PROTEST"), text


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("وأدانت الوزارة قتل مزارع فلسطيني على يد مستوطنين إسرائيليين قرب القرية.", "ISR", "PSE"),
    ("وقتل جنديان عراقيان على أيدي مسلحي تنظيم داعش غرب المدينة أمس.", None, "IRQ"),
])
def test_who_acts_by_the_hand_of_is_the_actor(text: str, actor: str | None, target: str, pipeline: Any) -> None:
    found = asserted(text, pipeline, "ASSAULT")
    assert found and found[0].actor is not None and found[0].target is not None, found
    assert found[0].actor.country == actor and found[0].target.country == target, found[0]
    if actor is None:
        assert found[0].actor.text == "داعش", found[0].actor


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("قتل مزارع فلسطيني مساء أمس برصاص الجيش الإسرائيلي قرب قريته.", "الجيش الإسرائيلي", "PSE"),
    ("وأصيب ثلاثة من المسلحين برصاص قوات الأمن خلال مداهمة أمس.", "قوات الأمن", None),
])
def test_whose_fire_killed_is_the_actor(text: str, actor: str, target: str | None, pipeline: Any) -> None:
    found = asserted(text, pipeline, "ASSAULT")
    assert found and found[0].actor is not None and found[0].actor.text == actor, found
    assert found[0].target is not None and found[0].target.country == target, found[0]


@pytest.mark.parametrize(("text", "actor"), [
    ("قتل ستة أشخاص أمس في قصف عشوائي قام به الجيش السوري على أحياء البلدة.", "SYR"),
    ("وأصيب جنديان في هجوم انتحاري نفذه تنظيم داعش قرب الحدود.", "داعش"),
])
def test_who_carried_out_an_attack_is_its_actor(text: str, actor: str, pipeline: Any) -> None:
    found = asserted(text, pipeline, "ASSAULT")
    assert found and found[0].actor is not None, found
    assert actor in (found[0].actor.country, found[0].actor.text), found[0].actor


def test_fire_with_no_party_after_it_names_no_actor(pipeline: Any) -> None:
    found = asserted("وقتل طفل برصاص طائش خلال حفل في القرية أمس.", pipeline, "ASSAULT")
    assert found and found[0].actor is None, found


@pytest.mark.parametrize("text", [
    "وأخمدت فرق الدفاع المدني الحريق، فيما اندلعت مواجهات في المخيم.",  # a verb of taking place
    "وفي ضواحي صنعاء اندلعت مواجهات عنيفة صباح أمس.",  # a place before it
    "وشهدت مدينة تعز مواجهات عنيفة طوال الليل.",  # a verb of witnessing
    "وأثناء أداء جنود الحرس صلاة الظهر في المعسكر حدث تفجير في جموع المصلين.",  # a verb of happening
])
def test_no_party_before_a_verb_of_taking_place_is_the_fightings_actor(text: str, pipeline: Any) -> None:
    found = asserted(text, pipeline, "ASSAULT")
    assert found and all(e.actor is None or not e.actor.text for e in found), [e.actor for e in found]


def test_an_attack_its_owner_renews_keeps_its_owner(pipeline: Any) -> None:
    found = asserted("وتجدد الميليشيات الحوثية قصفها العشوائي على القرى الحدودية.", pipeline, "ASSAULT")
    assert found and found[0].actor is not None and found[0].actor.text == "الميليشيات الحوثية", found


def test_a_name_read_into_the_trigger_phrase_after_it_ends_before_it(pipeline: Any) -> None:
    text = "وتلقى الأمير سلطان بن فهد بن عبدالعزيز اتصالاً هاتفياً اليوم من رئيس الوزراء البريطاني."
    found = asserted(text, pipeline, "CONSULT")
    assert found and found[0].actor is not None, found
    assert found[0].actor.text == "سلطان بن فهد بن عبدالعزيز", found[0].actor
    assert found[0].actor.span is not None and text[found[0].actor.span.start:found[0].actor.span.end] == \
        found[0].actor.text


def test_a_trigger_word_wholly_inside_a_name_stays_in_it() -> None:
    text = "قال الكاتب سمير التقي أمس."
    start = text.index("سمير")
    trig = Span(text.index("التقي"), text.index("التقي") + len("التقي"))
    name = Actor("سمير التقي", None, None, Span(start, trig.end))
    assert clear_of(text, name, trig) is name
    longer = "وتلقى الوزير فلان اتصالا هاتفيا أمس."
    run_on = Actor("الوزير فلان اتصالا", None, None, Span(6, longer.index(" هاتفيا")))
    trig2 = Span(longer.index("اتصالا"), longer.index(" أمس"))
    cut = clear_of(longer, run_on, trig2)
    assert cut is not None and cut.text == "الوزير فلان" and cut.span == Span(6, 17)


@pytest.mark.parametrize(("text", "country"), [
    # إلى after the charge tells where the charged act goes, not who is accused
    ("واتهمت الحكومة اليمنية إيران بإرسال أسلحة إلى أراضيها عبر البحر.", "IRN"),
    # إلى before any charge still names the accused
    ("ووجه الوزير اتهامات إلى الحكومة الإيرانية بدعم المسلحين.", "IRN"),
])
def test_the_accused_is_not_where_the_charged_act_goes(text: str, country: str, pipeline: Any) -> None:
    found = asserted(text, pipeline, "ACCUSE")
    assert found and found[0].target is not None and found[0].target.country == country, found
