"""Cue families of the quote finder, each with constructed sentences: condemnations, sources that open a
sentence, participles inside a content, and the shape of a speaker."""

from __future__ import annotations

from marsad.document import Document, Entity, TimeExpr
from marsad.resources import default_resources
from marsad.stages import events as events_stage
from marsad.stages import quotes as quotes_stage
from quote_helpers import BASE, entity, find, triples


def test_condemnation_cues_take_a_definite_event_noun_as_their_object() -> None:
    text = "أدانت وزارة الخارجية الهجوم الذي استهدف السفارة في العاصمة."
    doc, found = find(text, [entity(text, "وزارة الخارجية", "ORG")])
    assert triples(doc, found) == [("وزارة الخارجية", "condemnation", "الهجوم الذي استهدف السفارة في العاصمة")]
    text = "واستنكر الوزير سامي الهاشم بشدة التفجير الذي وقع في السوق."
    doc, found = find(text, [entity(text, "سامي الهاشم", "PER")])
    assert triples(doc, found) == [("سامي الهاشم", "condemnation", "التفجير الذي وقع في السوق")]
    text = "وشجبت رابطة الكتاب بأشد العبارات الاعتداء على الصحفيين."
    doc, found = find(text, [entity(text, "رابطة الكتاب", "ORG")])
    assert triples(doc, found) == [("رابطة الكتاب", "condemnation", "الاعتداء على الصحفيين")]
    text = "وندد المجلس البلدي بالقصف العشوائي للأحياء السكنية."
    doc, found = find(text, [entity(text, "المجلس البلدي", "ORG")])
    assert triples(doc, found) == [("المجلس البلدي", "condemnation", "بالقصف العشوائي للأحياء السكنية")]


def test_a_definite_noun_that_is_no_event_stays_in_the_speaker() -> None:
    text = "أدانت الحكومة الهولندية الاثنين."
    _, found = find(text, [entity(text, "الحكومة الهولندية", "ORG")])
    assert found == []


def test_the_condemned_attack_keeps_its_own_actor() -> None:
    text = "أدانت وزارة الخارجية الهجوم الذي شنه تنظيم داعش على السفارة."
    doc, found = find(text, [entity(text, "وزارة الخارجية", "ORG"), entity(text, "تنظيم داعش", "ORG")])
    doc.layers["quotes"] = found
    doc.layers["countries"] = []
    doc.layers["times"] = []
    events = events_stage.run(doc, default_resources())
    actors = {e.type: (e.actor.text if e.actor else None) for e in events}
    assert actors.get("ACCUSE") == "وزارة الخارجية"
    assert actors.get("ASSAULT") != "وزارة الخارجية"  # the condemner did not attack


def test_a_source_that_opens_the_sentence_speaks_the_rest() -> None:
    doc, found = find("وبحسب التقرير، سقط على البلدة أكثر من مئة صاروخ.")
    assert triples(doc, found) == [("التقرير", "statement", "سقط على البلدة أكثر من مئة صاروخ")]
    doc, found = find("وبحسب الخطة، سيتم افتتاح الطريق الجديد.")
    assert found == []  # a plan is no source


def test_a_source_with_fa_inna_after_a_clause_speaks_what_follows() -> None:
    doc, found = find("وحضر الجنازة عدد كبير من القادة، وبحسب مراقبين فإن غيابه سيترك فراغا كبيرا.")
    assert triples(doc, found) == [("مراقبين", "statement", "غيابه سيترك فراغا كبيرا")]


def test_a_source_relaying_another_source_is_its_via() -> None:
    text = "ووفقا لصحيفة «الأيام» نقلا عن مكتب الطبيب الشرعي فإن الرجل غرق في البركة."
    doc, found = find(text, [entity(text, "مكتب الطبيب الشرعي", "ORG")])
    assert triples(doc, found) == [("مكتب الطبيب الشرعي", "statement", "الرجل غرق في البركة")]
    assert found[0].via == ("صحيفة الأيام",)
    assert doc.text[found[0].cue.start : found[0].cue.end] == "وفقا"


def test_an_abbreviated_title_does_not_end_the_sentence_and_its_name_speaks() -> None:
    doc, found = find("وقال أستاذ العلوم السياسية في الجامعة د. سامر الحداد: انتشرت القوات على الحدود.")
    assert triples(doc, found) == [("سامر الحداد", "statement", "انتشرت القوات على الحدود")]


def test_a_participle_inside_a_content_opens_its_own_quote_on_a_verbal_noun_with_a_pronoun() -> None:
    text = "وأثنى الوزير سامي الهاشم على جهود الفرق في الميدان مؤكدا اعتزازه بكفاءة جميع العاملين."
    doc, found = find(text, [entity(text, "سامي الهاشم", "PER")])
    got = triples(doc, found)
    assert [(s, c) for s, _, c in got] == [
        ("سامي الهاشم", "جهود الفرق في الميدان"), ("سامي الهاشم", "اعتزازه بكفاءة جميع العاملين"),
    ]


def test_a_title_joined_to_a_body_by_ba_is_the_speaker() -> None:
    text = "وقال مسؤول بوزارة الصحة إن المستشفى استقبل عشرين مصابا."
    doc, found = find(text, [entity(text, "وزارة الصحة", "ORG")])
    assert triples(doc, found) == [("مسؤول بوزارة الصحة", "statement", "المستشفى استقبل عشرين مصابا")]
    text = "وقالت وزارة الصحة إن المستشفى استقبل عشرين مصابا."
    doc, found = find(text, [entity(text, "وزارة الصحة", "ORG")])
    assert triples(doc, found) == [("وزارة الصحة", "statement", "المستشفى استقبل عشرين مصابا")]


def test_more_cues_present_tense_and_expectation() -> None:
    doc, found = find("ويتوقع الأطباء أنها قد تتعافى قريبا.")
    assert triples(doc, found) == [("الأطباء", "statement", "قد تتعافى قريبا")]
    doc, found = find("وتفيد الأرقام الرسمية أن الناتج تراجع.")
    assert triples(doc, found) == [("الأرقام الرسمية", "statement", "الناتج تراجع")]
    doc, found = find("وتتهم المعارضة الحكومة بتزوير الانتخابات.")
    assert [c for _, _, c in triples(doc, found)] == ["بتزوير الانتخابات"]
    assert found[0].kind == "accusation"


def test_zada_is_a_cue_only_with_its_complementizer_close_by() -> None:
    doc, found = find("وزاد الوزير أن الحكومة ستواصل العمل.")
    assert triples(doc, found) == [("الوزير", "statement", "الحكومة ستواصل العمل")]
    _, found = find("وزادت الأزمة من معاناة السكان في المدينة لدرجة أن النفايات باتت تملأ الشوارع.")
    assert found == []


def test_a_comment_on_that_by_saying_keeps_the_topic_out_of_the_speaker() -> None:
    doc, found = find("وعلق اللاعب على ذلك بالقول: «الفريق يستحق الفوز في هذه المباراة».")
    assert triples(doc, found) == [("اللاعب", "statement", "الفريق يستحق الفوز في هذه المباراة")]
    doc, found = find("وواصل المدرب في حديث لصحيفة «الأيام»: «الأجواء تغيرت كثيرا في الفريق».")
    assert triples(doc, found) == [("المدرب", "statement", "الأجواء تغيرت كثيرا في الفريق")]
    assert found[0].via == ("صحيفة الأيام",)


def test_a_bare_title_is_the_person_named_before_with_that_title() -> None:
    text = "وقال الشيخ سامي الهاشم إن الخطبة جاهزة. وعلق الشيخ على ذلك بالقول: «الناس بحاجة إلى الهدوء»."
    doc, found = find(text, [entity(text, "سامي الهاشم", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي الهاشم", "سامي الهاشم"]
    text = "وقال وزير المالية سامي الهاشم إن العجز تراجع. وأضاف الوزير أن الدين مستقر."
    doc, found = find(text, [entity(text, "سامي الهاشم", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي الهاشم", "سامي الهاشم"]
    text = "وقال وزير المالية سامي الهاشم إن العجز تراجع. وقال المصدر إن الدين مستقر."
    doc, found = find(text, [entity(text, "سامي الهاشم", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي الهاشم", "المصدر"]  # an unnamed source stays


def test_wasala_with_a_comma_before_its_colon_is_no_speech() -> None:
    _, found = find("وواصل الفريق تدريباته على فترتين، وقسم المدرب اللاعبين لمجموعتين: الأولى بدأت تدريباتها صباحا.")
    assert found == []


def test_an_accusation_content_opens_with_whom_it_accuses() -> None:
    text = "واتهمت إيران إسرائيل بالضلوع في الاغتيال."
    doc, found = find(text, [entity(text, "إيران", "LOC", "IRN"), entity(text, "إسرائيل", "LOC", "ISR")])
    assert triples(doc, found) == [("إيران", "accusation", "إسرائيل بالضلوع في الاغتيال")]
    text = "كانت إيران اتهمت أمس إسرائيل وجماعات أخرى، بالضلوع في الاغتيال."
    doc, found = find(text, [entity(text, "إيران", "LOC", "IRN"), entity(text, "إسرائيل", "LOC", "ISR")])
    assert triples(doc, found) == [("إيران", "accusation", "إسرائيل وجماعات أخرى، بالضلوع في الاغتيال")]
    text = "وقال الوزير سامي الهاشم إن الوضع صعب، متهما المعارضة بعرقلة الحل."
    doc, found = find(text, [entity(text, "سامي الهاشم", "PER")])
    assert triples(doc, found)[1] == ("سامي الهاشم", "accusation", "المعارضة بعرقلة الحل")
    for text in ("أحالت النيابة العامة 41 متهما إلى المحكمة بتهمة تشكيل تنظيم.",
                 "أحالت النيابة العامة عشرات متهمين إلى المحكمة بتهمة تشكيل تنظيم."):
        _, found = find(text)
        assert found == [], text  # a counted noun: defendants, no cue


def test_a_place_after_a_preposition_is_no_subject_before_the_cue() -> None:
    text = "وقال الوزير سامي الهاشم إن الأزمة انتهت. وخلال زيارته إلى القاهرة أكد أن الحل قريب."
    doc, found = find(text, [entity(text, "سامي الهاشم", "PER"), entity(text, "القاهرة", "LOC", "EGY")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي الهاشم", "سامي الهاشم"]


def test_a_subject_with_a_relative_clause_before_its_cue_speaks() -> None:
    text = "وقال سكان إن الشرطة أطلقت النار. إلا أن سامر عودة الذي يعيش في مبنى مجاور قال إنه شاهد ما جرى."
    doc, found = find(text, [entity(text, "سامر عودة", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سكان", "سامر عودة"]


def test_the_outlet_told_by_a_verb_of_telling_is_a_relay() -> None:
    text = 'وقال سامر عودة إنه شاهد ما جرى وأبلغ وكالة "رويترز" للأنباء، أن الطلقات أصابته.'
    doc, found = find(text, [entity(text, "سامر عودة", "PER"), entity(text, "رويترز", "ORG")])
    got = [(s, q.via) for (s, _, _), q in zip(triples(doc, found), found, strict=True)]
    assert got == [("سامر عودة", ()), ("سامر عودة", ('وكالة "رويترز" للأنباء',))]
    text = "وأبلغ مسؤول أمني وكالة رويترز أن الهجوم فشل."
    doc, found = find(text, [entity(text, "رويترز", "ORG")])
    assert [(s, q.via) for (s, _, _), q in zip(triples(doc, found), found, strict=True)] == [
        ("مسؤول أمني", ("وكالة رويترز",))]


def test_a_report_is_the_medium_of_whoever_issued_it() -> None:
    text = "وأظهرت الفحوص وجود مئات العينات المشبوهة وفقا لتقرير بي.بي.سي التي قالت إنها اطلعت على الوثائق."
    doc, found = find(text)
    first = found[0]
    assert triples(doc, [first]) == [("بي.بي.سي", "statement", "وأظهرت الفحوص وجود مئات العينات المشبوهة")]
    assert first.via == ("تقرير",)


def test_a_ba_content_whose_proclitic_the_tokenizer_kept() -> None:
    doc, found = find("وطالب الأهالي بسرعة إصلاح الطريق.")
    assert triples(doc, found) == [("الأهالي", "directive", "بسرعة إصلاح الطريق")]
    _, found = find("وطالب الأهالي بيان الأسباب.")
    assert found == []  # بيان: a word of its own


def test_cues_of_warning_finding_claiming_and_showing() -> None:
    doc, found = find("ونبه الوزير إلى أن الحل ليس سريعا.")
    assert triples(doc, found) == [("الوزير", "statement", "الحل ليس سريعا")]
    doc, found = find("وتوصلت الدراسة إلى أن الملح لا يسبب العطش.")
    assert triples(doc, found) == [("الدراسة", "statement", "الملح لا يسبب العطش")]
    text = "وقال اللاعب سامي الهاشم إنه غادر، مدعيا أن وكيل أعماله خدعه."
    doc, found = find(text, [entity(text, "سامي الهاشم", "PER")])
    assert triples(doc, found)[1] == ("سامي الهاشم", "statement", "وكيل أعماله خدعه")
    text = "وأبدى الوزير سامي الهاشم استعداده للحوار."
    doc, found = find(text, [entity(text, "سامي الهاشم", "PER")])
    assert triples(doc, found) == [("سامي الهاشم", "statement", "استعداده للحوار")]


def test_reaching_an_agreement_alerting_someone_and_a_result_clause_are_no_speech() -> None:
    for text in (
        "وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.",
        'ونبه أحد المصارف "مكتب مكافحة غسل الأموال في المدينة" عن شكوكه.',
        "وزادت المشاكل لدرجة أنها أصبحت تمس حياة الناس.",
    ):
        _, found = find(text)
        assert found == [], text


def test_an_adjunct_with_ba_opens_no_content() -> None:
    for text in ("وصرح مدير التعليم بمناسبة افتتاح المدرسة الجديدة.", "وأشاد الحضور بحضور الوزير الحفل."):
        doc, found = find(text)
        assert all(not doc.text[q.start : q.end].startswith(("بمناسبة", "بحضور")) for q in found), text


def test_an_interview_and_an_email_are_the_medium_of_a_statement() -> None:
    text = "وقالت سعاد الأحمد خلال مقابلة قبل سفرها إن الحياة صعبة."
    _, found = find(text, [entity(text, "سعاد الأحمد", "PER")])
    assert [q.via for q in found] == [("مقابلة",)]
    text = "وقال الباحث سامي الهاشم في رسالة بالبريد الإلكتروني إن النتائج مهمة."
    _, found = find(text, [entity(text, "سامي الهاشم", "PER")])
    assert [q.via for q in found] == [("رسالة بالبريد الإلكتروني",)]


def test_the_accused_after_a_body_and_its_nisba_opens_the_content() -> None:
    text = "ويتهم الجيش الإسرائيلي حركة حماس بإطلاق الصواريخ على المستوطنات."
    doc, found = find(text, [entity(text, "حركة حماس", "ORG")])
    assert [c for _, _, c in triples(doc, found)] == ["حركة حماس بإطلاق الصواريخ على المستوطنات"]
    text = "وتتهم دمشق المعارضة المسلحة بقصف الأحياء السكنية."
    doc, found = find(text, [entity(text, "دمشق", "LOC", "SYR")])
    assert triples(doc, found) == [("دمشق", "accusation", "المعارضة المسلحة بقصف الأحياء السكنية")]


def test_the_accused_is_the_actor_of_the_attack_it_is_accused_of() -> None:
    text = "واتهمت الحكومة اليمنية جماعة الحوثي بقصف مدينة تعز."
    doc, found = find(text, [entity(text, "جماعة الحوثي", "ORG")])
    doc.layers["quotes"] = found
    doc.layers["countries"] = []
    doc.layers["times"] = []
    actors = {e.type: (e.actor.text if e.actor else None) for e in events_stage.run(doc, default_resources())}
    assert actors.get("ASSAULT") == "جماعة الحوثي"


def test_a_passive_accusation_has_no_speaker_of_its_own() -> None:
    doc, found = find("وذكرت الشرطة أنه اتهم «بالتسبب في تعطيل القطارات» وأنه سيمثل أمام المحكمة.")
    assert [doc.text[q.cue.start : q.cue.end] for q in found] == ["ذكرت"]


def test_present_forms_of_pledges_and_expressions_are_cues() -> None:
    text = "سالم بدر يتعهد بحماية المدنيين\n\nتعهد الرئيس سالم بدر بحماية المدنيين في المدينة."
    doc, found = find(text, [entity(text, "سالم بدر", "PER")])
    assert triples(doc, found)[0] == ("سالم بدر", "commitment", "بحماية المدنيين")
    text = "فيما تعرب الطالبة هدى سالم عن سعادتها بنتيجة الامتحان."
    doc, found = find(text, [entity(text, "هدى سالم", "PER")])
    assert triples(doc, found) == [("هدى سالم", "statement", "سعادتها بنتيجة الامتحان")]


def test_criticism_topics_and_answers_are_cues() -> None:
    text = "وانتقد الوزير كريم فؤاد صمت المنظمات الدولية عن الحصار."
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert triples(doc, found) == [("كريم فؤاد", "accusation", "صمت المنظمات الدولية عن الحصار")]
    text = "وتطرق الوزير كريم فؤاد إلى خطط الحكومة في قطاع التعليم."
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert triples(doc, found) == [("كريم فؤاد", "statement", "خطط الحكومة في قطاع التعليم")]
    text = 'وقال الوزير كريم فؤاد إن الخطة جاهزة. وعن موعد التنفيذ، أجاب "سنبدأ في الأسبوع المقبل بإذن الله".'
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert triples(doc, found)[1] == ("كريم فؤاد", "statement", "سنبدأ في الأسبوع المقبل بإذن الله")


def test_a_prayer_participle_continues_the_speaker() -> None:
    text = "وقال المقيم سالم بدر إن العيد هنا جميل، سائلا الله أن يعيده على الجميع بالخير."
    doc, found = find(text, [entity(text, "سالم بدر", "PER")])
    assert triples(doc, found) == [("سالم بدر", "statement", "العيد هنا جميل"),
                                   ("سالم بدر", "statement", "يعيده على الجميع بالخير")]


def test_a_source_at_the_end_of_a_sentence_speaks_for_the_clause_before() -> None:
    text = "تراجعت أسعار الذهب في السوق المحلية، حسبما أفادت وسائل إعلام محلية اليوم."
    doc, found = find(text)
    assert triples(doc, found) == [("وسائل إعلام محلية", "statement", "تراجعت أسعار الذهب في السوق المحلية")]
    text = "أغلقت الطرق المؤدية إلى الميناء بسبب العاصفة، كما أعلنت السلطات المحلية."
    doc, found = find(text)
    assert triples(doc, found) == [("السلطات المحلية", "statement", "أغلقت الطرق المؤدية إلى الميناء بسبب العاصفة")]
    assert doc.text[found[0].cue.start : found[0].cue.end] == "أعلنت"
    text = "تهدف الخطة كما أوضح المتحدث باسم الوزارة إلى تطوير التعليم في المدن والقرى البعيدة عن العاصمة."
    _, found = find(text)
    assert found == []  # كما with a cue inside the clause: no source of what precedes


def test_a_source_written_on_the_lam_of_its_cue_drops_the_lam() -> None:
    text = "وزار المهرجان أكثر من مليون شخص، وفقا لمنظمي المهرجان."
    doc, found = find(text)
    assert triples(doc, found) == [("منظمي المهرجان", "statement", "وزار المهرجان أكثر من مليون شخص")]
    text = "ووفقا للتقارير الأولية فإن الحريق بدأ في المخزن."
    doc, found = find(text)
    assert triples(doc, found) == [("تقارير الأولية", "statement", "الحريق بدأ في المخزن")]


def test_an_outlet_named_in_quotation_marks_after_its_media_noun_speaks() -> None:
    text = "ووفقا لصحيفة “الفجر الجديد” فإن الفريق تعاقد مع مدرب أجنبي."
    doc, found = find(text)
    assert triples(doc, found) == [("الفجر الجديد", "statement", "الفريق تعاقد مع مدرب أجنبي")]
    text = 'وكتبت قناة "ان تي في" على موقعها، "المعرض يستقبل آلاف الزوار كل يوم".'
    doc, found = find(text)
    assert triples(doc, found) == [("ان تي في", "statement", "المعرض يستقبل آلاف الزوار كل يوم")]
    text = 'وقال سامي ناصر، المسؤول في وكالة "النور": "نجحت المهمة كما خططنا لها منذ البداية".'
    doc, found = find(text, [entity(text, "سامي ناصر", "PER")])
    assert triples(doc, found)[0][0] == "سامي ناصر"  # an outlet inside a title after the name


def test_a_cue_after_its_subject_takes_the_next_word_as_its_object() -> None:
    text = "المملكة تدين تفجير سوق شعبي في العاصمة"
    doc, found = find(text, [entity(text, "المملكة", "LOC")])
    assert triples(doc, found) == [("المملكة", "condemnation", "تفجير سوق شعبي في العاصمة")]
    text = "“صدى المدينة” تكشف تفاصيل الخطة الجديدة للنقل"
    doc, found = find(text)
    assert triples(doc, found) == [("صدى المدينة", "statement", "تفاصيل الخطة الجديدة للنقل")]
    text = "الوزير أكد محمد سالم أن الوضع مستقر."
    doc, found = find(text, [entity(text, "محمد سالم", "PER")])
    assert triples(doc, found) == [("محمد سالم", "statement", "الوضع مستقر")]  # a name after it is no object


def test_a_short_name_in_quotation_marks_stays_in_the_subject_before_the_object() -> None:
    text = 'أعلنت شركة النفط الوطنية "نفطكو" نجاح عمليات الحفر في الحقل الجديد.'
    doc, found = find(text, [entity(text, "شركة النفط الوطنية", "ORG")])
    assert triples(doc, found) == [("شركة النفط الوطنية", "statement", "نجاح عمليات الحفر في الحقل الجديد")]


def test_words_of_manner_are_not_part_of_the_speaker() -> None:
    text = "أدانت الحكومة بأشد العبارات الهجوم الذي استهدف المدرسة."
    doc, found = find(text)
    assert triples(doc, found) == [("الحكومة", "condemnation", "الهجوم الذي استهدف المدرسة")]


def test_welcomes_promises_appeals_and_recommendations_are_cues() -> None:
    text = "ورحبت وزارة الخارجية بالقرار الدولي الجديد."
    doc, found = find(text, [entity(text, "وزارة الخارجية", "ORG")])
    assert triples(doc, found) == [("وزارة الخارجية", "praise", "بالقرار الدولي الجديد")]
    text = "ووعد الوزير كريم فؤاد بحل المشكلة خلال أسبوع."
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert triples(doc, found) == [("كريم فؤاد", "commitment", "بحل المشكلة خلال أسبوع")]
    text = "وأوصت اللجنة بإعادة النظر في القانون."
    doc, found = find(text)
    assert triples(doc, found) == [("اللجنة", "directive", "بإعادة النظر في القانون")]
    text = "وتوعد قائد الفصيل سالم بدر بالرد على الهجوم."
    doc, found = find(text, [entity(text, "سالم بدر", "PER")])
    assert triples(doc, found) == [("سالم بدر", "threat", "بالرد على الهجوم")]


def test_verbs_that_carry_speech_on_are_cues() -> None:
    text = "واستطرد الوزير قائلا: «لن نتراجع عن قرارنا»."
    doc, found = find(text)
    assert triples(doc, found) == [("الوزير", "statement", "لن نتراجع عن قرارنا")]
    text = "وأفصح الوزير عن خطة جديدة لدعم المزارعين."
    doc, found = find(text)
    assert triples(doc, found) == [("الوزير", "statement", "خطة جديدة لدعم المزارعين")]


def test_a_preposition_after_an_adjunct_of_occasion_opens_the_content() -> None:
    text = "وشدد الوزير كريم فؤاد خلال اللقاء على أهمية التعاون بين البلدين."
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert triples(doc, found) == [("كريم فؤاد", "directive", "أهمية التعاون بين البلدين")]
    text = "وأكد الوزير كريم فؤاد في كلمته على ضرورة الإسراع في المشروع."
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert triples(doc, found) == [("كريم فؤاد", "directive", "ضرورة الإسراع في المشروع")]


def test_a_complementizer_with_a_pronoun_opening_a_quotation_is_content() -> None:
    text = 'وقال الوزير كريم فؤاد "إنه أمر مؤسف أن يتأخر المشروع كل هذا الوقت".'
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert triples(doc, found) == [("كريم فؤاد", "statement", "إنه أمر مؤسف أن يتأخر المشروع كل هذا الوقت")]
    text = 'وقال الوزير كريم فؤاد "إن المشروع سيتأخر كل هذا الوقت".'
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert triples(doc, found) == [("كريم فؤاد", "statement", "المشروع سيتأخر كل هذا الوقت")]


def test_a_call_reaches_its_preposition_past_whom_it_calls_on() -> None:
    text = "من جهته، دعا مدير شؤون الطلاب سالم الحربي الآباء إلى زيارة المدارس في الأسبوع الأول."
    doc, found = find(text, [entity(text, "سالم الحربي", "PER")])
    assert triples(doc, found) == [("سالم الحربي", "directive", "زيارة المدارس في الأسبوع الأول")]
    text = "وحثت إدارة المرور بمنطقة تبوك السائقين على خفض السرعة داخل الأحياء."
    doc, found = find(text, [entity(text, "إدارة المرور", "ORG"), entity(text, "تبوك", "LOC")])
    assert triples(doc, found) == [("إدارة المرور", "directive", "خفض السرعة داخل الأحياء")]
    text = "وقال سالم الحربي إن الموقع جاهز للطلاب الجدد في المنطقة منذ أمس على مدار الساعة."
    doc, found = find(text, [entity(text, "سالم الحربي", "PER")])
    assert len(found) == 1  # a statement cue: no call, no reach past its object


def test_conditions_set_are_calls() -> None:
    text = "واشترطت البلدية أن يكون المحل مرخصا قبل الافتتاح."
    doc, found = find(text)
    assert triples(doc, found) == [("البلدية", "directive", "يكون المحل مرخصا قبل الافتتاح")]


def test_a_fronted_subject_object_comes_past_a_time_after_the_cue() -> None:
    text = "هيئة الإحصاء أعلنت في وقت سابق تراجع أسعار المساكن في المدن الكبرى."
    doc = BASE(Document(text=text))
    doc.layers["entities"] = [entity(text, "هيئة الإحصاء", "ORG")]
    at = text.index("وقت سابق")
    doc.layers["times"] = [TimeExpr(at, at + len("وقت سابق"), "DATE", "PAST_REF")]
    found = quotes_stage.run(doc, default_resources())
    assert triples(doc, found) == [("هيئة الإحصاء", "statement", "تراجع أسعار المساكن في المدن الكبرى")]
    doc.layers["times"] = []
    assert quotes_stage.run(doc, default_resources()) == []  # no time: في opens no object
    text = "البلدية تدين بشدة الاعتداء على الحدائق العامة."
    doc, found = find(text, [entity(text, "البلدية", "ORG")])
    assert triples(doc, found) == [("البلدية", "condemnation", "الاعتداء على الحدائق العامة")]
    text = "هيئة الإحصاء أعلنت في بيان صحفي أمس."
    doc, found = find(text, [entity(text, "هيئة الإحصاء", "ORG")])
    assert found == []


def test_a_relay_reaches_its_source_past_an_outlet_named_in_quotation_marks() -> None:
    text = 'ونقل موقع "أخبار اليوم" عن مصادر مطلعة، أن الجسر سيفتح للسيارات قبل نهاية الشهر.'
    doc, found = find(text)
    assert triples(doc, found) == [("مصادر مطلعة", "statement", "الجسر سيفتح للسيارات قبل نهاية الشهر")]
    text = 'ونقلت الحافلة "الصغيرة" الركاب عن الطريق الساحلي، إلى المحطة.'
    doc, found = find(text)
    assert found == []


def test_advice_and_instructions_are_calls_and_an_oblique_plural_is_whom_they_call_on() -> None:
    text = "وقال المدرب سامي الحربي إن الفريق جاهز ونصح اللاعبين بعدم السهر قبل المباراة."
    doc, found = find(text, [entity(text, "سامي الحربي", "PER")])
    assert triples(doc, found) == [("سامي الحربي", "statement", "الفريق جاهز"),
                                   ("سامي الحربي", "directive", "بعدم السهر قبل المباراة")]
    text = "وقالت الطبيبة منى العلي إن الحر شديد ونصحت مرتادي الشواطئ بشرب الماء."
    doc, found = find(text, [entity(text, "منى العلي", "PER")])
    assert triples(doc, found)[1] == ("منى العلي", "directive", "بشرب الماء")
    text = "وأوعز الجهاز الفني للاعبين بمواصلة التمارين البدنية."
    doc, found = find(text)
    assert triples(doc, found) == [("الجهاز الفني", "directive", "بمواصلة التمارين البدنية")]
    text = "ودعا المتظاهرون إلى الهدوء في الشوارع."
    doc, found = find(text)
    assert triples(doc, found) == [("المتظاهرون", "directive", "الهدوء في الشوارع")]


def test_a_present_tense_talk_cue_after_its_subject() -> None:
    text = "وانتشرت على المواقع أنباء تتحدث عن هروب السجناء من المبنى."
    doc, found = find(text)
    assert [t[1:] for t in triples(doc, found)] == [("statement", "هروب السجناء من المبنى")]


def test_a_direct_object_after_the_comma_that_closes_the_speakers_apposition() -> None:
    text = "استنكر الشيخ سالم العتيبي إمام مسجد الحي، اتهام بعض الناس للمصلين بالتشدد."
    doc, found = find(text, [entity(text, "سالم العتيبي", "PER")])
    assert triples(doc, found) == [("سالم العتيبي", "condemnation", "اتهام بعض الناس للمصلين بالتشدد")]
    text = "استنكر الشيخ إمام مسجد الحي، اتهام بعض الناس للمصلين."
    doc, found = find(text)
    assert found == []  # nobody named before the comma


def test_a_verbal_noun_after_itabar_and_its_speaker_opens_the_content() -> None:
    text = "واعتبرت وزارة النقل تطبيق النظام الجديد خطوة نحو الحد من الحوادث."
    doc = BASE(Document(text=text))
    doc.layers["entities"] = [Entity(text.index("وزارة النقل"), text.index("وزارة النقل") + 11, "ORG", None, None)]
    found = quotes_stage.run(doc, default_resources())
    assert [text[q.start : q.end] for q in found] == ["تطبيق النظام الجديد خطوة نحو الحد من الحوادث"]


def test_a_quotation_after_a_relayed_verbal_noun_and_its_occasion_is_the_content() -> None:
    text = 'ونقلت الوكالة عن المدير العام سامي فؤاد قوله في بيان "انتهت الدراسة إلى أن المشروع ناجح".'
    _, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert [text[q.start : q.end] for q in found] == ["انتهت الدراسة إلى أن المشروع ناجح"]
    assert [q.direct for q in found] == [True]


def test_not_ruling_out_is_a_cue_with_its_complementizer_only() -> None:
    text = "ولم يستبعد المسؤول أن ترتفع الأسعار. واستبعد المدرب اللاعب من القائمة."
    _, found = find(text)
    assert [text[q.start : q.end] for q in found] == ["ترتفع الأسعار"]


def test_a_verbal_noun_object_after_the_speaker_and_an_occasion_is_the_content() -> None:
    text = "وأكد الوزير خلال لقائه بالطلاب ضرورة تطوير المناهج."
    _, found = find(text)
    assert [text[q.start : q.end] for q in found] == ["ضرورة تطوير المناهج"]
    assert [text[q.speaker.start : q.speaker.end] for q in found if q.speaker] == ["الوزير"]


def test_agreeing_that_is_a_cue_and_agreeing_on_a_deal_is_none() -> None:
    text = "واتفق عدد من الزوار على أن المعرض مميز. واتفق الجانبان على تبادل الأسرى."
    _, found = find(text)
    assert [text[q.start : q.end] for q in found] == ["المعرض مميز"]


def test_no_cue_inside_a_direct_quote_that_goes_on_past_a_semicolon() -> None:
    text = ('وقال المدير: "الفريق جاهز؛ لأنه تدرب جيدا وزادت الثقة عليه إلى أن وصل لهذه المرحلة"، '
            "مشيرا إلى أن المباراة صعبة.")
    _, found = find(text)
    assert [text[q.cue.start : q.cue.end] for q in found] == ["قال", "مشيرا"]


def test_an_untagged_name_before_a_complementizer_is_no_object_content() -> None:
    text = 'وأكد مدير المكتب عبداللطيف الناصر، لـ"اليوم" أن المهام كثيرة.'
    _, found = find(text)
    assert [text[q.start : q.end] for q in found] == ["المهام كثيرة"]


def test_a_resumed_object_in_a_relative_clause_or_a_present_verb_after_an_is_no_cue() -> None:
    text = ("وقال المحلل إن الأرباح التي أعلنتها الشركات جيدة، متوقعا أن تعلن الشركة أرباحا أعلى. "
            "وأكد الوزير أن يعلن المشروع قريبا أمر مهم.")
    _, found = find(text)
    assert [text[q.cue.start : q.cue.end] for q in found] == ["قال", "متوقعا", "أكد"]


def test_wa_bayna_after_bayna_is_the_preposition() -> None:
    text = ("وقال العقيد إن هناك فرقا بين الانسحاب وبين إعادة التموضع، وأن على المسلحين الانسحاب. "
            "وبين العقيد أن الهدنة صامدة.")
    _, found = find(text)
    assert [text[q.cue.start : q.cue.end] for q in found] == ["قال", "وبين"]


def test_a_source_outlet_named_in_brackets_after_its_media_noun_speaks() -> None:
    text = "وتنوي إدارة النادي بيع المدافع خلال الصيف، وفقا لصحيفة (الرياضة اليوم) المحلية."
    doc, found = find(text)
    assert triples(doc, found) == [("الرياضة اليوم", "statement", "وتنوي إدارة النادي بيع المدافع خلال الصيف")]
    text = "وبحسب موقع (الأخبار الرقمية) فإن الجسر أغلق أمام السيارات منذ الصباح."
    doc, found = find(text)
    assert triples(doc, found) == [("الأخبار الرقمية", "statement", "الجسر أغلق أمام السيارات منذ الصباح")]
    text = "وتنوي إدارة النادي بيع المدافع خلال الصيف، بحسب رئيس النادي (السابق) سالم العمر."
    doc, found = find(text)
    assert [s for s, _, _ in triples(doc, found)] != ["السابق"]  # brackets after no media noun: no outlet


def test_exchanging_accusations_reports_the_charge() -> None:
    text = "وتبادل الطرفان الاتهامات أمس (الأحد) بخرق الهدنة في المدينة."
    doc, found = find(text)
    assert triples(doc, found) == [("الطرفان", "accusation", "بخرق الهدنة في المدينة")]
    text = "وتبادل الفريقان الأدوار في الشوط الثاني."  # no accusation: no speech
    doc, found = find(text)
    assert triples(doc, found) == []


def test_an_adverb_of_turn_is_no_charge_of_an_accusation() -> None:
    text = "وركز المسلحون هجماتهم على البلدة، متهمين بدورهم الجيش بتكثيف القصف."
    doc, found = find(text)
    assert [t[1:] for t in triples(doc, found)] == [("accusation", "الجيش بتكثيف القصف")]



def test_a_study_shows_with_its_complementizer() -> None:
    text = "وأظهرت الدراسة أن الأطفال ينامون أقل في الصيف، وفقا لتحليل جامعة كبرى لبيانات آلاف الأسر."
    doc, found = find(text)
    assert triples(doc, found)[0][:2] == ("الدراسة", "statement")
    assert len(found) == 1  # the attribution after it is no second quote
    text = "وأظهر اللاعب مستوى رائعا في المباراة بعد أن غاب عن التدريبات."  # بعد أن: a time, no speech
    doc, found = find(text)
    assert triples(doc, found) == []


def test_a_clause_of_time_before_the_complementizer_is_passed() -> None:
    text = "وأعلن الوزير بعد أن التقى السفير أن الاتفاق سيوقع قريبا."
    doc, found = find(text)
    assert triples(doc, found) == [("الوزير", "statement", "الاتفاق سيوقع قريبا")]


def test_an_attribution_inside_the_speaker_region_is_a_relay() -> None:
    text = "وقال الوزير، بحسب وكالة الأنباء الرسمية، إن المواقف مختلفة تماما."
    doc, found = find(text, [entity(text, "وكالة الأنباء الرسمية", "ORG")])
    assert triples(doc, found) == [("الوزير", "statement", "المواقف مختلفة تماما")]
    assert found[0].via == ("وكالة الأنباء الرسمية",)
    text = "وأفادت الشبكة نقلا عن مسؤولين أمنيين أن الطائرات أقلعت."  # those it quotes speak
    doc, found = find(text)
    assert [t[0] for t in triples(doc, found)] != ["الشبكة"]
