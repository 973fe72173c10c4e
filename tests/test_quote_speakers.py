"""Quote speakers: the words that never fill the speaker slot, agreement of pronoun cues, descriptions of an
earlier speaker, calls and their addressees."""

from __future__ import annotations

from marsad.document import Document, Entity, Quote
from marsad.pipeline import Pipeline
from marsad.quotes import quote_lexicon
from marsad.resources import default_resources
from marsad.stages import quotes as quotes_stage
from marsad.text.normalize import fold

BASE = Pipeline(["sentences", "tokens"])


def find(text: str, entities: list[Entity] | None = None) -> tuple[Document, list[Quote]]:
    doc = BASE(Document(text=text))
    doc.layers["entities"] = sorted(entities or [], key=lambda e: e.start)
    return doc, quotes_stage.run(doc, default_resources())


def entity(text: str, name: str, etype: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(start, start + len(name), etype, None, None)


def speakers(doc: Document, found: list[Quote]) -> list[str | None]:
    return [doc.text[q.speaker.start : q.speaker.end] if q.speaker else None for q in found]


def cues(doc: Document, found: list[Quote]) -> list[str]:
    return [doc.text[q.cue.start : q.cue.end] for q in found]


def test_a_pronoun_on_a_preposition_is_no_speaker() -> None:
    text = "أصدرت الهيئة العامة للطيران بيانا. وأكدت فيه أن التحقيق مستمر."
    doc, found = find(text, [entity(text, "الهيئة العامة للطيران", "ORG")])
    assert cues(doc, found) == ["أكدت"]
    assert speakers(doc, found) == ["الهيئة العامة للطيران"]  # the statement's issuer, never the word فيه
    text = "قال الوزير سعيد ناصر إن الطرق آمنة. وتحدث إلينا عن خطط الوزارة المقبلة."
    doc, found = find(text, [entity(text, "سعيد ناصر", "PER")])
    assert speakers(doc, found) == ["سعيد ناصر", "سعيد ناصر"]


def test_a_participle_cue_in_the_region_is_no_speaker() -> None:
    text = "قال المدرب كريم فؤاد إن الفريق جاهز. وتابع قائلا: «سنلعب من أجل الفوز»."
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert speakers(doc, found) == ["كريم فؤاد", "كريم فؤاد"]


def test_the_object_of_a_participle_is_no_speaker() -> None:
    text = "قال الرئيس سامي حداد إن البلاد تتعافى، داعيا الحكومة الجديدة إلى دعم التعليم."
    doc, found = find(text, [entity(text, "سامي حداد", "PER"), entity(text, "الحكومة الجديدة", "ORG")])
    assert cues(doc, found) == ["قال", "داعيا"]
    assert speakers(doc, found) == ["سامي حداد", "سامي حداد"]


def test_a_place_inside_a_title_is_no_speaker() -> None:
    text = "قال مدير شرطة حلب إن الحادث قيد التحقيق."
    doc, found = find(text, [entity(text, "حلب", "LOC")])
    assert speakers(doc, found) == ["مدير شرطة حلب"]
    text = "قالت موسكو إن المحادثات ستستأنف."  # a place alone speaks for its government
    doc, found = find(text, [entity(text, "موسكو", "LOC")])
    assert speakers(doc, found) == ["موسكو"]


def test_a_description_after_the_source_is_not_its_name() -> None:
    text = "وقال مصدر، طلب عدم نشر اسمه، إن المفاوضات توقفت."
    doc, found = find(text)
    assert speakers(doc, found) == ["مصدر"]


def test_the_same_official_is_the_speaker_named_before() -> None:
    text = "قال المتحدث باسم الجيش ماهر سالم إن القوات تقدمت. وأوضح المتحدث نفسه أن المعارك انتهت."
    doc, found = find(text, [entity(text, "ماهر سالم", "PER")])
    assert speakers(doc, found) == ["ماهر سالم", "ماهر سالم"]


def test_a_feminine_cue_continues_a_feminine_speaker() -> None:
    text = ("أعلنت وزارة الصحة أن الإصابات تراجعت. وقال الوزير إن المستشفيات جاهزة. "
            "وأضافت أن اللقاحات ستصل الأسبوع المقبل.")
    doc, found = find(text, [entity(text, "وزارة الصحة", "ORG")])
    assert speakers(doc, found) == ["وزارة الصحة", "الوزير", "وزارة الصحة"]
    text = ("قال الوزير إن المستشفيات جاهزة. وأعلنت وزارة الصحة أن الإصابات تراجعت. "
            "وأضاف أن اللقاحات ستصل الأسبوع المقبل.")
    doc, found = find(text, [entity(text, "وزارة الصحة", "ORG")])
    assert speakers(doc, found) == ["الوزير", "وزارة الصحة", "الوزير"]


def test_cue_gender_comes_from_the_lexicon_pairs() -> None:
    lex = quote_lexicon(default_resources())
    assert [lex.gender((fold(w),)) for w in ("قالت", "تضيف", "مضيفة", "قال", "يضيف", "مضيفا", "قالوا")] == [
        "f", "f", "f", "m", "m", "m", ""
    ]


def test_participles_are_cues_in_the_plural_and_prepositions_make_no_verb() -> None:
    lex = quote_lexicon(default_resources())
    for word in ("منوهين", "موضحين", "كاشفين"):
        assert lex.cue_kinds((fold(word),)) == {"participle": fold(word)}, word
    for word in ("متابعة", "مذكرة"):  # nouns, not the feminine of متابعا، مذكرا
        assert lex.cue_kinds((fold(word),)) is None, word
    # كرات (balls) and بحثت (she searched) are no رأت، حثت behind a preposition
    assert lex.cue_kinds(("كرات", "رات")) is None and lex.cue_kinds(("بحثت", "حثت")) is None
    assert lex.cue_kinds(("وحثت", "حثت")) == {"verb": "حثت"}


def test_whom_a_call_is_addressed_to_is_no_speaker() -> None:
    text = "قال الوزير عادل سليم إن الوضع خطير. وطالب المجتمع الدولي بالتدخل لحماية المدنيين."
    doc, found = find(text, [entity(text, "عادل سليم", "PER"), entity(text, "المجتمع الدولي", "ORG")])
    assert speakers(doc, found) == ["عادل سليم", "عادل سليم"]


def test_the_first_of_two_names_after_a_call_is_the_caller() -> None:
    text = "دعا المرجع حسن الصافي الأمم المتحدة إلى رعاية النازحين."
    doc, found = find(text, [entity(text, "حسن الصافي", "PER"), entity(text, "الأمم المتحدة", "ORG")])
    assert speakers(doc, found) == ["حسن الصافي"]
    text = "دعا حزب الأمة الرئيس عمر حسن إلى الحوار."
    doc, found = find(text, [entity(text, "حزب الأمة", "ORG"), entity(text, "عمر حسن", "PER")])
    assert speakers(doc, found) == ["حزب الأمة"]


def titled(title: str, body: str, entities: list[tuple[str, str]]) -> tuple[Document, list[Quote]]:
    text = f"{title}\n\n{body}"
    doc = BASE(Document(text=text, title=title))
    doc.layers["entities"] = sorted((entity(text, n, t) for n, t in entities), key=lambda e: e.start)
    return doc, quotes_stage.run(doc, default_resources())


def test_a_headline_with_a_colon_quotes_the_words_before_it() -> None:
    doc, found = titled("الوزير خالد منصور لـ«الأنباء»: لا زيادة في الأسعار", "أكدت الوزارة استقرار السوق.",
                        [("خالد منصور", "PER")])
    head = found[0]
    assert speakers(doc, [head]) == ["خالد منصور"] and cues(doc, [head]) == [":"]
    assert doc.text[head.start : head.end] == "لا زيادة في الأسعار"
    assert head.via == ("الأنباء",) and head.kind == "statement"
    doc, found = titled("الأسواق تتراجع.. ونقابة التجار: الأزمة عابرة", "هبطت الأسعار.", [("نقابة التجار", "ORG")])
    assert [doc.text[q.start : q.end] for q in found] == ["الأزمة عابرة"]


def test_a_place_or_a_label_before_a_headline_colon_is_no_speaker() -> None:
    for title, ents in (("السعودية: افتتاح ثلاثة مستشفيات جديدة", [("السعودية", "LOC")]),
                        ("عاجل: انقطاع الكهرباء عن وسط المدينة", [])):
        _, found = titled(title, "افتتحت المستشفيات اليوم.", ents)
        assert found == [], title


def test_a_scene_verb_with_a_named_subject_sets_the_next_speaker() -> None:
    text = ("قال المتحدث باسم الوزارة إن الاجتماع مثمر. والتقى الأمير فهد سالم قادة الطيارين، "
            "وأثنى على كفاءتهم في تنفيذ المهام.")
    doc, found = find(text, [entity(text, "فهد سالم", "PER")])
    assert cues(doc, found) == ["قال", "أثنى"]
    assert speakers(doc, found) == ["المتحدث باسم الوزارة", "فهد سالم"]
    assert found[1].kind == "praise"


def test_abbara_alone_is_the_preposition_via() -> None:
    text = "قال الشيخ ناصر عمر إن الصيام عبادة. وتابع قائلا عبر حسابه على تويتر: «الصبر مفتاح الفرج»."
    doc, found = find(text, [entity(text, "ناصر عمر", "PER")])
    assert "عبر" not in cues(doc, found)
    assert speakers(doc, found) == ["ناصر عمر", "ناصر عمر"]
    text = "وعبر الوزير عن أمله في نجاح المفاوضات."
    doc, found = find(text)
    assert cues(doc, found) == ["عبر"] and doc.text[found[0].start : found[0].end] == "أمله في نجاح المفاوضات"


def test_cues_with_their_prepositions_and_kinds() -> None:
    for text, cue, content, kind in (
        ("أفاد مصدر أمني بمقتل ثلاثة مسلحين.", "أفاد", "بمقتل ثلاثة مسلحين", "statement"),
        ("وتساءل الكاتب عن سبب تأخر المشروع.", "تساءل", "سبب تأخر المشروع", "question"),
        ("ولوح المتحدث بوقف التعاون مع المنظمة.", "لوح", "بوقف التعاون مع المنظمة", "threat"),
    ):
        doc, found = find(text)
        assert [(doc.text[q.cue.start : q.cue.end], doc.text[q.start : q.end], q.kind) for q in found] == [
            (cue, content, kind)
        ], text


def test_a_preposition_far_from_its_cue_after_a_time_or_a_closing_mark() -> None:
    for text, content in (
        ("أفاد مصدر أمني عراقي أمس الاثنين بمقتل ثلاثة مسلحين.", "بمقتل ثلاثة مسلحين"),
        ("وطالب المواطن سعيد علي «يمني» بإيجاد حل سريع للأزمة.", "بإيجاد حل سريع للأزمة"),
        ("وكشف الوزير لـ«الصحيفة اليومية» عن خطة جديدة للإسكان.", "خطة جديدة للإسكان"),
    ):
        doc, found = find(text)
        assert [doc.text[q.start : q.end] for q in found] == [content], text


def test_wrote_is_a_cue() -> None:
    text = "كتب أحد المستخدمين أن الخدمة توقفت ساعتين."
    doc, found = find(text)
    assert speakers(doc, found) == ["أحد المستخدمين"] and cues(doc, found) == ["كتب"]


def test_the_medium_of_a_statement_is_its_relay_not_its_speaker() -> None:
    text = "وقالت وزارة الداخلية في بيان رسمي إن الحدود مغلقة."
    doc, found = find(text, [entity(text, "وزارة الداخلية", "ORG")])
    assert speakers(doc, found) == ["وزارة الداخلية"] and found[0].via == ("بيان رسمي",)
    text = "وقال الشيخ ناصر عمر عبر حسابه على تويتر إن العيد غدا."
    doc, found = find(text, [entity(text, "ناصر عمر", "PER")])
    assert speakers(doc, found) == ["ناصر عمر"] and found[0].via == ("حسابه على تويتر",)
    text = "واعتبر الوزير التصريحات الأخيرة أنها غير مسؤولة."  # an object, no medium
    doc, found = find(text)
    assert all(q.via == () for q in found)


def test_a_subject_in_quotation_marks_right_after_the_cue_is_no_quotation() -> None:
    text = "أفاد «المرصد الوطني لحقوق العمال» بأن عدد المفصولين بلغ ألفا."
    doc, found = find(text, [entity(text, "المرصد الوطني لحقوق العمال", "ORG")])
    assert [doc.text[q.start : q.end] for q in found] == ["عدد المفصولين بلغ ألفا"]
    assert speakers(doc, found) == ["المرصد الوطني لحقوق العمال"] and not found[0].direct


def test_a_name_read_without_its_first_letter_fa_keeps_it() -> None:
    text = "وأشار فراس حمدان إلى أن الأسعار ارتفعت."
    start = text.index("راس حمدان")
    doc, found = find(text, [Entity(start, start + len("راس حمدان"), "PER", None, None)])
    assert speakers(doc, found) == ["فراس حمدان"]


def test_a_feminine_cue_without_an_agreeing_speaker_takes_a_body_named_in_its_sentence() -> None:
    text = ("قال مصدر مقرب من العائلة إن الجنازة غدا. وكانت هيئة الطيران قد نشرت تغريدات أكدت فيها "
            "أن التحقيق بدأ.")
    doc, found = find(text, [entity(text, "هيئة الطيران", "ORG")])
    assert speakers(doc, found) == ["مصدر مقرب", "هيئة الطيران"]


def test_a_long_headline_speaker_with_the_outlet_he_spoke_to() -> None:
    doc, found = titled("الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: الشروط متوفرة", "بدأ الحراك.",
                        [("خالد عبد الكريم ماسا", "PER")])
    assert speakers(doc, found) == ["خالد عبد الكريم ماسا"] and found[0].via == ("الصباح",)


def test_fan_between_two_names_is_the_particle_of_a_name_not_fa_inna() -> None:
    text = "وكشف روبن فان دايك أن الفريق سيعود أقوى."
    doc, found = find(text)
    assert speakers(doc, found) == ["روبن فان دايك"]
    assert [doc.text[q.start : q.end] for q in found] == ["الفريق سيعود أقوى"]
    text = "وقال الوزير إن الطرق مغلقة، ولهذا فان حركة المرور ستتحول."
    doc, found = find(text)
    assert speakers(doc, found) == ["الوزير"]


def test_a_preposition_after_an_apposition_between_commas() -> None:
    text = "ولوح سامر خليل، الناطق باسم الحركة، بوقف التعاون مع المنظمة."
    doc, found = find(text, [entity(text, "سامر خليل", "PER")])
    assert [(speakers(doc, [q])[0], doc.text[q.start : q.end], q.kind) for q in found] == [
        ("سامر خليل", "بوقف التعاون مع المنظمة", "threat")
    ]


def test_narrated_is_a_cue_and_its_participle_no_speaker() -> None:
    text = "ويروي أبو سالم تفاصيل الحادث قائلا: كنت متجها إلى المطار."
    doc, found = find(text)
    assert cues(doc, found) == ["يروي"] and "أبو سالم" in (speakers(doc, found)[0] or "")
    assert doc.text[found[0].start : found[0].end] == "كنت متجها إلى المطار"


def test_an_attribution_to_a_long_title_ends_with_the_name_closing_it() -> None:
    text = ("وبحسب المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة القصيم محمد بن سعد العتيبي فقد وصلت فرقة "
            "إسعافية إلى الموقع.")
    doc, found = find(text, [entity(text, "محمد بن سعد العتيبي", "PER")])
    assert speakers(doc, found) == ["محمد بن سعد العتيبي"]
    assert [doc.text[q.start : q.end] for q in found] == ["وصلت فرقة إسعافية إلى الموقع"]


def test_a_short_quoted_name_before_the_cue_is_its_subject() -> None:
    text = "«الوزير» يؤكد أن الخطة جاهزة."
    doc, found = find(text)
    assert speakers(doc, found) == ["الوزير"] and [doc.text[q.start : q.end] for q in found] == ["الخطة جاهزة"]


def test_a_verbal_noun_right_after_a_participle_or_a_bare_title_is_the_content() -> None:
    text = "قال الوزير إن الخطة جاهزة، مؤكدا ضرورة الإسراع في التنفيذ."
    doc, found = find(text)
    assert [doc.text[q.start : q.end] for q in found] == ["الخطة جاهزة", "ضرورة الإسراع في التنفيذ"]
    text = "وأكد الوزير ضرورة الإسراع في التنفيذ."
    doc, found = find(text)
    assert speakers(doc, found) == ["الوزير"] and [doc.text[q.start : q.end] for q in found] == [
        "ضرورة الإسراع في التنفيذ"
    ]


def test_forms_that_fold_alike_keep_the_prepositions_of_both_rows() -> None:
    lex = quote_lexicon(default_resources())
    assert {"علي", "*"} <= lex.complements(fold("أكد"), "verb")  # listed as أكد (على|*) and أكّد (على)


def test_the_opening_of_a_statement_content_gives_its_kind() -> None:
    for text, kind in (
        ("وشدد الوزير على ضرورة الالتزام بالقانون.", "directive"),
        ("وأعرب الوزير عن بالغ شكره للمتطوعين.", "praise"),
        ("وعبر الوزير عن إدانته الشديدة للهجوم.", "condemnation"),
        ("وأكد الوزير أن الخطة جاهزة.", "statement"),
        ("ونفى الوزير ضرورة التأجيل.", "denial"),  # the cue's own kind comes first
    ):
        _, found = find(text)
        assert [q.kind for q in found] == [kind], text


def test_a_definite_subject_opening_the_sentence_speaks_for_its_verb_cue() -> None:
    text = "ارتفعت الأسعار أمس. الداخلية تشير إلى أن الحوادث تراجعت في المدينة."
    doc, found = find(text)
    assert speakers(doc, found) == ["الداخلية"]
    text = "قال المتحدث إن الطقس حار. والشرطة أوضحت أن الطريق مغلق."
    doc, found = find(text)
    assert speakers(doc, found) == ["المتحدث", "الشرطة"]  # not the conjunction و
    text = "قال المتحدث إن الطقس حار. العام الماضي أعلن أن الطريق مغلق."
    doc, found = find(text)
    assert speakers(doc, found) == ["المتحدث", "المتحدث"]  # a time is no subject


def test_a_cue_with_an_object_pronoun_opens_its_content() -> None:
    text = "قال الوزير كريم فؤاد إن الوضع خطير، وحذرهم من التصعيد."
    doc, found = find(text, [entity(text, "كريم فؤاد", "PER")])
    assert cues(doc, found) == ["قال", "حذرهم"]
    assert speakers(doc, found) == ["كريم فؤاد", "كريم فؤاد"]
    text = "قال الحزب إن الحكومة فشلت. واتهموها التقصير في العمل."
    doc, found = find(text, [entity(text, "الحزب", "ORG")])
    assert cues(doc, found) == ["قال", "اتهموها"]
    assert [doc.text[q.start : q.end] for q in found][1] == "التقصير في العمل"  # a verbal noun right after it


def test_a_plural_cue_has_no_subject_after_it() -> None:
    text = "قال الحزب إن الحكومة فشلت، واتهموا الحكومة بالتقصير في العمل."
    doc, found = find(text, [entity(text, "الحزب", "ORG"), entity(text, "الحكومة", "ORG", 1)])
    assert cues(doc, found) == ["قال", "اتهموا"]
    assert speakers(doc, found) == ["الحزب", "الحزب"]  # the government is accused, not the accuser


def test_a_plural_cue_goes_to_the_plural_subject_of_its_sentence() -> None:
    text = "قال المصدر العسكري إن القتال توقف. في المقابل، حمل المتمردون الحكومة المسؤولية، واتهموها بالتقصير."
    doc, found = find(text, [entity(text, "المتمردون", "ORG")])
    assert cues(doc, found) == ["قال", "اتهموها"]
    assert speakers(doc, found) == ["المصدر العسكري", "المتمردون"]


def test_a_plural_cue_continues_the_last_plural_speaker_across_sentences() -> None:
    text = ("قال سكان في الحي إن المياه انقطعت منذ أيام. وقال مدير الشركة فهد الراشد إن الإصلاح بدأ. "
            "وأضافوا أن الصهاريج لم تصل.")
    doc, found = find(text, [entity(text, "فهد الراشد", "PER")])
    assert speakers(doc, found) == ["سكان", "فهد الراشد", "سكان"]
    text = "وأكد المزارعون أن المحصول تضرر. وأوضح الوزير سعد الماجد أن الدعم قادم. وأشاروا إلى أن الخسائر كبيرة."
    doc, found = find(text, [entity(text, "سعد الماجد", "PER")])
    assert speakers(doc, found) == ["المزارعون", "سعد الماجد", "المزارعون"]
    text = "وقال المدير سامي العلي إن المتهمين اعترفوا. وأضافوا أنهم سرقوا المحل."
    doc, found = find(text, [entity(text, "سامي العلي", "PER")])
    assert speakers(doc, found) == ["سامي العلي", "سامي العلي"]  # no plural speaker before: the last one


def test_a_name_the_tagger_missed_after_a_body_in_the_title_speaks() -> None:
    text = "وقال نائب رئيس المجلس في حزب الأمة سالم بدران، خلال حفل في الجنوب، إن المعركة مستمرة."
    doc, found = find(text, [entity(text, "حزب الأمة", "ORG")])
    assert speakers(doc, found) == ["سالم بدران"]
    text = "وقال المسؤول في حزب الأمة بيان رسمي إن المعركة مستمرة."
    doc, found = find(text, [entity(text, "حزب الأمة", "ORG")])
    assert speakers(doc, found) == ["المسؤول"]  # a single plain word is no name


def test_a_construct_subject_opening_the_sentence_speaks_for_its_verb_cue() -> None:
    text = "ارتفعت الأسعار أمس. ووزارة الصحة أكدت أن الوباء انحسر."
    doc, found = find(text)
    assert speakers(doc, found) == ["وزارة الصحة"]  # not the conjunction و
    text = "ارتفعت الأسعار أمس. لكن الوزير أكد أن الوباء انحسر."
    doc, found = find(text)
    assert speakers(doc, found) == [None]  # a particle heads no construct


def test_an_adjunct_of_occasion_after_the_cue_is_no_speaker() -> None:
    text = 'غير أن المدرب سامي ناصر لفت أثناء المؤتمر لـ"الوطن" إلى أن الفريق جاهز. وقال: «سنلعب من أجل الفوز».'
    doc, found = find(text, [entity(text, "سامي ناصر", "PER")])
    assert speakers(doc, found) == ["سامي ناصر", "سامي ناصر"]  # the subject before the cue, not أثناء المؤتمر
    assert found[0].via == ("الوطن",)


def test_a_cue_in_a_relative_clause_leaves_the_current_speaker() -> None:
    text = ("قال المدير خالد سعيد إن الخطة جاهزة، ووجه الشكر إلى المدرب كريم فؤاد الذي كشف عن رضاه عن اللاعبين."
            " ولفت إلى أن المباراة المقبلة صعبة.")
    doc, found = find(text, [entity(text, "خالد سعيد", "PER"), entity(text, "كريم فؤاد", "PER")])
    assert cues(doc, found) == ["قال", "وجه", "كشف", "لفت"]  # thanks given (ووجه الشكر) are praise
    assert speakers(doc, found) == ["خالد سعيد", "خالد سعيد", "كريم فؤاد", "خالد سعيد"]


def test_a_relative_with_waw_continues_its_antecedent_as_the_speaker() -> None:
    text = ("تم توزيع ألف سلة غذائية خلال الشهر، وذلك بحسب ما أفاد به مدير الجمعية الدكتور سالم بدر والذي أشار"
            " إلى أن العمل مستمر، مبينا أن المتطوعين جاهزون.")
    doc, found = find(text, [entity(text, "سالم بدر", "PER")])
    assert cues(doc, found) == ["بحسب", "أشار", "مبينا"]
    assert speakers(doc, found) == ["سالم بدر", "سالم بدر", "سالم بدر"]
    assert doc.text[found[0].start : found[0].end].startswith("تم توزيع")


def test_a_person_marked_with_lam_after_a_verb_is_not_the_next_speaker() -> None:
    text = ("قال المدير خالد سعيد إن الخطة جاهزة. وكشفت التجربة العيوب لكريم فؤاد قبل السباق."
            " وقال: «سنفوز في المباراة المقبلة بإذن الله».")
    doc, found = find(text, [entity(text, "خالد سعيد", "PER"), entity(text, "كريم فؤاد", "PER")])
    assert speakers(doc, found) == ["خالد سعيد", "خالد سعيد"]


def test_a_quotation_mark_right_after_the_relayed_verbal_noun_opens_the_content() -> None:
    text = 'ونقلت وكالة الأنباء عن رئيسة النقابة هدى سالم قولها "نطالب بزيادة الأجور هذا العام".'
    doc, found = find(text, [entity(text, "هدى سالم", "PER")])
    assert cues(doc, found) == ["قولها"]
    assert speakers(doc, found) == ["هدى سالم"]
    assert found[0].via == ("وكالة الأنباء",)
    assert doc.text[found[0].start : found[0].end] == "نطالب بزيادة الأجور هذا العام"


def test_a_name_the_tagger_missed_after_a_body_in_a_title_speaks() -> None:
    text = "وقالت زعيمة حزب النور هدى سالم إن الحكومة فشلت في إدارة الأزمة."
    doc, found = find(text, [entity(text, "حزب النور", "ORG")])
    assert speakers(doc, found) == ["هدى سالم"]
    text = "وقالت وزارة الخارجية الأمريكية إن الحكومة فشلت في إدارة الأزمة."
    doc, found = find(text, [entity(text, "وزارة الخارجية", "ORG")])
    assert speakers(doc, found) == ["وزارة الخارجية"]  # an adjective after the body is no name


def test_a_body_inside_the_title_of_a_caller_is_not_the_caller() -> None:
    text = 'دعا رئيس اتحاد العمال الجديد الشيخ سالم بدر في خطاب له إلى "التضامن" بين النقابات.'
    doc, found = find(text, [entity(text, "اتحاد العمال", "ORG"), entity(text, "سالم بدر", "PER")])
    assert speakers(doc, found) == ["سالم بدر"]
    text = "دعا سالم بدر الأمم المتحدة إلى التحرك العاجل."
    doc, found = find(text, [entity(text, "سالم بدر", "PER"), entity(text, "الأمم المتحدة", "ORG")])
    assert speakers(doc, found) == ["سالم بدر"]


def test_an_outlet_told_in_quotation_marks_is_never_the_speaker() -> None:
    text = "وفي الأثناء، أكدت مصادر دبلوماسية لـ«النهار اليومي» أن اللقاء تأجل إلى الشهر المقبل."
    doc, found = find(text, [entity(text, "النهار اليومي", "ORG")])
    assert speakers(doc, found) == ["مصادر دبلوماسية"]
    assert found[0].via == ("النهار اليومي",)


def test_a_subject_before_a_present_cue_speaks_and_the_words_after_are_addressed() -> None:
    text = "الجنرال سامي ناصر يحذر كريم فؤاد من تأجيل الانتخابات"
    doc, found = find(text, [entity(text, "سامي ناصر", "PER"), entity(text, "كريم فؤاد", "PER")])
    assert speakers(doc, found) == ["سامي ناصر"]
    text = "وتحذر المنظمة الدولية من تفاقم الأزمة في المنطقة."
    doc, found = find(text, [entity(text, "المنظمة الدولية", "ORG")])
    assert speakers(doc, found) == ["المنظمة الدولية"]  # with its conjunction the cue opens a clause


def test_a_title_with_its_nisba_is_the_person_named_with_that_title() -> None:
    text = ("أعلن الدكتور سالم الحربي، وزير الزراعة الأردني، أن الموسم سيبدأ مبكرا."
            " وقال الوزير الأردني في تصريحات له إن الأمطار كانت وفيرة.")
    doc, found = find(text, [entity(text, "سالم الحربي", "PER")])
    assert speakers(doc, found) == ["سالم الحربي", "سالم الحربي"]


def test_a_source_phrase_after_the_cue_relays_and_the_subject_continues() -> None:
    text = "قالت الوزيرة هدى سالم إن العمل مستمر. وقالت وفقا لما ذكرته إذاعة الشرق إن المهرجان سيقام في موعده."
    doc, found = find(text, [entity(text, "هدى سالم", "PER"), entity(text, "إذاعة الشرق", "ORG")])
    assert speakers(doc, found) == ["هدى سالم", "هدى سالم"]
    assert found[1].via == ("إذاعة الشرق",)


def test_a_name_after_a_place_in_the_title_speaks_before_the_outlet_told() -> None:
    text = "وقالت مديرة المتحف في البصرة سلمى نوري لـ«الأنباء»: «سنفتح القاعات الجديدة في الخريف»."
    doc, found = find(text, [entity(text, "نوري", "PER"), entity(text, "البصرة", "LOC"),
                             entity(text, "الأنباء", "ORG")])
    assert speakers(doc, found) == ["نوري"]
    assert found[0].via == ("الأنباء",)


def test_a_platform_is_no_speaker() -> None:
    text = 'أعجبتني تغريدة كتبها سامر الحسن في تويتر قال فيها: "المطر خير للجميع هذا العام".'
    doc, found = find(text, [entity(text, "سامر الحسن", "PER"), entity(text, "تويتر", "ORG")])
    assert speakers(doc, found) == ["سامر الحسن"]
    text = "وكانت هيئة الطيران المدني قد أطلقت تغريدات “تويترية” أكدت فيها أن الحادث قيد التحقيق."
    doc, found = find(text, [entity(text, "هيئة الطيران المدني", "ORG")])
    assert speakers(doc, found) == ["هيئة الطيران المدني"]


def test_a_source_noun_before_a_present_tense_cue_speaks() -> None:
    text = "ومنذ بدء الأزمة ظهرت أصوات تحذر من الانهيار الاقتصادي في البلاد."
    doc, found = find(text)
    assert speakers(doc, found) == ["أصوات"]
    text = "وتضمنت الرسالة بيانات فلكية تؤكد للعلماء أن الرحلة تمت كما خطط لها."
    doc, found = find(text)
    assert speakers(doc, found) == ["بيانات فلكية"]
    text = "وآخر الإحصائيات تقول إن نصف الطلاب يدرسون عن بعد."
    doc, found = find(text)
    assert speakers(doc, found) == ["آخر الإحصائيات"]
    text = "ومنذ بدء الأزمة ظهرت أصوات وقال إن الانهيار قريب."
    doc, found = find(text)
    assert speakers(doc, found) == [None]  # a past-tense cue describes no noun before it


def test_a_title_before_a_clause_that_withholds_its_name_speaks() -> None:
    text = "المسؤول الأمني الذي رفض ذكر اسمه قال إن الدوريات ستزيد في الليل."
    doc, found = find(text)
    assert speakers(doc, found) == ["المسؤول الأمني"]
    text = "المسؤول الأمني الذي ذكر التقرير قال إن الدوريات ستزيد في الليل."
    doc, found = find(text)
    assert speakers(doc, found) == [None]  # a clause with a cue of its own: no subject is read across it


def test_a_source_noun_before_qad_speaks_for_a_past_cue() -> None:
    text = "وكانت تقارير صحفية محلية، قد ذكرت أن ثلاثة جسور أغلقت في المدينة."
    doc, found = find(text)
    assert speakers(doc, found) == ["تقارير صحفية محلية"]
    text = "وكانت أنباء قد ذكرت أن الجسر أغلق."
    doc, found = find(text)
    assert speakers(doc, found) == ["أنباء"]


def test_a_pair_of_speakers_after_kull_min_opens_with_the_first_name() -> None:
    text = "وأكد كل من الوزير سامر عادل والسفير نبيل حسن أن المحادثات كانت مثمرة."
    doc, found = find(text, [entity(text, "سامر عادل", "PER"), entity(text, "نبيل حسن", "PER")])
    assert cues(doc, found) == ["أكد"]
    assert speakers(doc, found) == ["سامر عادل"]


def test_an_untagged_name_after_a_title_and_its_place_speaks_for_the_cues_that_follow() -> None:
    text = ("قال المدير خالد سامي إن الطريق مغلق. وأكد السفير الأردني في مدينة جنيف نادر الشمري تلقى الوفد الدعوة، "
            "مشيرا إلى أن الاجتماع يبدأ غدا.")
    doc, found = find(text, [entity(text, "خالد سامي", "PER"), entity(text, "جنيف", "LOC")])
    assert cues(doc, found)[-1] == "مشيرا"
    assert speakers(doc, found)[-1] == "نادر الشمري"


def test_a_body_named_after_lil_is_no_speaker() -> None:
    text = "وقالت لجنة تابعة للأمم المتحدة في جنيف إن التقرير سينشر قريبا."
    doc, found = find(text, [entity(text, "أمم المتحدة", "ORG"), entity(text, "جنيف", "LOC")])
    assert speakers(doc, found) == ["لجنة تابعة"]


def test_a_relative_after_a_report_and_an_abbreviated_issuer_speaks_for_the_report() -> None:
    text = "وارتفعت الأسعار مجددا وفقا لتقرير سي.إن.إن التي قالت أيضا إنها حصلت على الأرقام."
    doc, found = find(text)
    assert cues(doc, found)[-1] == "قالت"
    assert speakers(doc, found)[-1] == "تقرير سي.إن.إن"


def test_the_subject_of_a_verb_of_issuing_speaks_for_the_participle_after_it() -> None:
    text = "وأصدرت الهيئة العامة للغذاء تحذيرا للمستهلكين أمس، مؤكدة أن المنتج غير آمن."
    doc, found = find(text)
    assert speakers(doc, found) == ["الهيئة العامة للغذاء"]


def test_a_statement_in_a_relative_clause_speaks_for_the_cue_after_kama() -> None:
    text = ("وقال المتحدث سامي فؤاد إن الموقع مغلق. وجاء ذلك في بيان الشركة الذي أشار إلى أن الصيانة تستمر "
            "يومين، كما أوضح أن الخدمة تعود بعدها.")
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert cues(doc, found) == ["قال", "أشار", "أوضح"]
    assert speakers(doc, found) == ["سامي فؤاد", "بيان الشركة", "بيان الشركة"]


def test_kama_before_the_next_cue_closes_the_content_before_it() -> None:
    text = "وقال المدير سامي فؤاد إن العمل بدأ أمس، كما أكد أن المشروع ينتهي قريبا."
    _doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert [text[q.start : q.end] for q in found] == ["العمل بدأ أمس", "المشروع ينتهي قريبا"]


def test_a_quoted_name_before_sawfa_is_the_subject_of_the_cue_after_it() -> None:
    text = "وذكرت مصادر بأن الوثيقة المسماة «الخطة الخضراء» سوف تؤكد أن الرسوم ستنخفض."
    doc, found = find(text)
    assert cues(doc, found) == ["ذكرت", "تؤكد"]
    assert speakers(doc, found) == ["مصادر", "الخطة الخضراء"]


def test_a_title_between_a_complementizer_and_a_bare_cue_speaks_for_the_nested_quote() -> None:
    text = "ذكرت صحيفة الوطن أن الوزير قال إن الخطة جاهزة. وأضافت الصحيفة أن التنفيذ يبدأ قريبا."
    doc, found = find(text, [entity(text, "صحيفة الوطن", "ORG")])
    assert cues(doc, found) == ["ذكرت", "قال", "أضافت"]
    assert speakers(doc, found) == ["صحيفة الوطن", "الوزير", "الصحيفة"]


def test_an_outlet_on_lam_closing_an_unnamed_speaker_is_whom_it_was_told() -> None:
    text = "وقال مسؤولون أوروبيون لرويترز إن المفاوضات تعثرت."
    doc, found = find(text, [entity(text, "رويترز", "ORG")])
    assert speakers(doc, found) == ["مسؤولون أوروبيون"]
    text = "وقال المتحدث الرسمي لأمانة المدينة سعيد فارس إن الحدائق مفتوحة."
    doc, found = find(text, [entity(text, "أمانة المدينة", "ORG"), entity(text, "سعيد فارس", "PER")])
    assert speakers(doc, found) == ["سعيد فارس"]


def test_ala_before_an_account_or_a_comments_topic_ends_the_speaker() -> None:
    text = 'وكتب المدرب على حسابه في تويتر: "سنعود أقوى في الموسم المقبل".'
    doc, found = find(text)
    assert speakers(doc, found) == ["المدرب"]
    text = "وعلق المحافظ على الحادث بقوله إنه مؤلم للجميع."
    doc, found = find(text)
    assert speakers(doc, found) == ["المحافظ"]


def test_a_first_participle_cue_takes_the_title_after_the_verb_opening_its_sentence() -> None:
    text = "ورد المتحدث على الانتقادات مؤكدا أن الفريق جاهز."
    doc, found = find(text)
    assert cues(doc, found) == ["مؤكدا"]
    assert speakers(doc, found) == ["المتحدث"]


def test_baynama_before_the_next_cue_closes_the_content_before_it() -> None:
    text = "وقال الوزير إن التعاون مستمر، بينما أكدت السفارة أن الزيارة ألغيت."
    _doc, found = find(text)
    assert [text[q.start : q.end] for q in found] == ["التعاون مستمر", "الزيارة ألغيت"]


def test_a_speaker_of_many_keeps_its_min_phrase() -> None:
    text = "واتفق عدد من الزوار على أن المعرض مميز، مشيرين إلى أن التنظيم جيد."
    doc, found = find(text)
    assert speakers(doc, found) == ["عدد من الزوار", "عدد من الزوار"]


def test_a_feminine_cue_passes_over_a_person_named_after_a_masculine_title() -> None:
    text = ("وأكدت الهيئة أن الخدمة متاحة. وقال رئيس الهيئة سامي فؤاد إن الفروع جاهزة. "
            "وأشارت إلى أن المواعيد متاحة إلكترونيا.")
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert speakers(doc, found) == ["الهيئة", "سامي فؤاد", "الهيئة"]
    text = "وقالت وزيرة التعليم سلمى ناصر إن المدارس جاهزة. وأشارت إلى أن الدوام يبدأ الأحد."
    doc, found = find(text, [entity(text, "سلمى ناصر", "PER")])
    assert speakers(doc, found) == ["سلمى ناصر", "سلمى ناصر"]


def test_the_latter_is_the_person_named_last() -> None:
    text = "والتقى الوزير سامي فؤاد بنظيره الإيطالي ماركو روسي. وقال الأخير إن روما تدعم المبادرة."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER"), entity(text, "ماركو روسي", "PER")])
    assert speakers(doc, found) == ["ماركو روسي"]


def test_the_subject_before_qad_speaks_and_the_words_after_the_cue_are_whom_it_calls_on() -> None:
    text = "وكان رئيس اللجنة سامي فؤاد قد دعا الطلاب إلى التسجيل المبكر."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert speakers(doc, found) == ["سامي فؤاد"]


def test_a_definite_plural_in_the_object_case_after_a_call_is_whom_it_calls_on() -> None:
    text = "وقال الزعيم سامي فؤاد إن الحركة موحدة. كما دعا المسؤولين العسكريين والقادة الميدانيين إلى التزام الوحدة."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert speakers(doc, found) == ["سامي فؤاد", "سامي فؤاد"]


def test_information_and_sources_before_a_present_tense_cue_speak() -> None:
    text = "وقال النائب سامي فؤاد إن المعلومات تشير إلى أن القائد قتل. مصادر مطلعة تؤكد أن الاتفاق قريب."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert speakers(doc, found) == ["سامي فؤاد", "المعلومات", "مصادر مطلعة"]


def test_the_issuer_on_lam_after_a_report_and_its_adjective_speaks() -> None:
    text = "وبحسب تقرير حديث لمنظمة الصحة العالمية، فإن الإصابات تراجعت."
    doc, found = find(text, [entity(text, "منظمة الصحة العالمية", "ORG")])
    assert speakers(doc, found) == ["منظمة الصحة العالمية"]
    text = "وبحسب تقرير للجنة الوطنية المستقلة، فإن الإصابات تراجعت."
    doc, found = find(text)
    assert speakers(doc, found) == ["لجنة الوطنية المستقلة"]


def test_in_this_regard_is_no_speaker() -> None:
    text = "وقال المحلل رجب حامد إن الذهب تراجع. وأشار بهذا الخصوص إلى أن البيع زاد."
    doc, found = find(text, [entity(text, "رجب حامد", "PER")])
    assert speakers(doc, found) == ["رجب حامد", "رجب حامد"]


def test_a_title_between_kana_and_qad_speaks_for_the_cue_after_them() -> None:
    text = "وقال المقدم جيفري مارتن إن الزيارة مهمة. وكان وزير الدفاع الأمريكي قد أكد أن واشنطن لن تسمح بذلك."
    doc, found = find(text, [entity(text, "جيفري مارتن", "PER")])
    assert speakers(doc, found) == ["جيفري مارتن", "وزير الدفاع الأمريكي"]


def test_a_place_after_the_head_of_its_construct_is_no_subject() -> None:
    text = "وقال المقدم جيفري مارتن إن هناك اتفاقا تم في قمة كامب ديفيد يؤكد ضمان أمن الخليج."
    doc, found = find(text, [entity(text, "جيفري مارتن", "PER"), entity(text, "كامب ديفيد", "LOC")])
    assert "كامب ديفيد" not in speakers(doc, found)


def test_a_quoted_name_with_its_adjective_or_after_amma_is_the_subject_before_the_cue() -> None:
    text = "وقال المدرب سامي فؤاد إن الصفقة تمت. لكن صحيفة «الوطن» الرياضية ذكرت أن اللاعب رفض العرض."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert speakers(doc, found) == ["سامي فؤاد", "الوطن"]
    text = "وقال الشيخ سامي فؤاد إن الأمر واضح. أما الفيلسوف «كريم ناصر» فيقول إن العقل متحيز."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert speakers(doc, found) == ["سامي فؤاد", "كريم ناصر"]


def test_the_name_of_a_title_inside_the_speakers_place_is_no_speaker() -> None:
    text = 'وقال لـ"الوطن" سامر حداد السكرتير الصحافي في مكتب الرئيس اللبناني نبيل عون، إن الدوام بدأ.'
    doc, found = find(text, [entity(text, "نبيل عون", "PER")])
    assert speakers(doc, found) == ["سامر حداد السكرتير الصحافي"]


def test_a_feminine_cue_prefers_the_outlet_of_its_sentence_to_an_earlier_body_of_unknown_gender() -> None:
    text = ("وقال البنك الدولي إن النمو بطيء. ووصفت صحيفة «الأيام» المحلية المشاريع بأنها طموحة، "
            "وقالت إن السنوات المقبلة حاسمة.")
    doc, found = find(text, [entity(text, "البنك الدولي", "ORG")])
    assert speakers(doc, found) == ["البنك الدولي", "الأيام"]


def test_the_definite_subject_of_an_attack_speaks_for_the_participle_after_it() -> None:
    text = ("وقال الوزير سامي فؤاد إن العمل مستمر. فيما هاجمت الكتل النيابية بعض القوى السياسية "
            "متهمة إياها بعرقلة العمل.")
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert speakers(doc, found) == ["سامي فؤاد", "الكتل النيابية"]


def test_an_indefinite_report_speaks_for_the_past_cue_that_describes_it_and_the_story_goes_on() -> None:
    text = ("وأشار المحلل سامي فؤاد إلى تقرير استخباري أوروبي صدر مؤخرا قال «إن الشبكة واسعة»، "
            "مؤكدا أن الخطر قائم.")
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert cues(doc, found) == ["أشار", "قال", "مؤكدا"]
    assert speakers(doc, found) == ["سامي فؤاد", "تقرير استخباري أوروبي", "سامي فؤاد"]


def test_a_participle_after_a_verb_takes_the_person_named_before_that_verb() -> None:
    text = ("وقال الفنان سامي فؤاد إن نوال هي الأفضل، رغم أن كريم ناصر سبقه مصرحاً في كل مرة بأن "
            "فنانة الخليج هي أحلام.")
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER"), entity(text, "كريم ناصر", "PER")])
    assert cues(doc, found) == ["قال", "مصرحاً"]
    assert speakers(doc, found) == ["سامي فؤاد", "كريم ناصر"]


def test_a_first_person_cue_and_an_adverb_of_frankness_continue_the_interviewee() -> None:
    text = "وقال المعارض سامي فؤاد إن الوضع صعب. وتعقيبا على ذلك أقول صراحة أن كل أسباب الغضب قائمة."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert cues(doc, found) == ["قال", "أقول"]
    assert speakers(doc, found) == ["سامي فؤاد", "سامي فؤاد"]


def test_a_reporting_verb_inside_a_name_after_abu_is_no_cue() -> None:
    text = "وقال مدير المستشفى الدكتور سامي أبو طالب إن حالة المصابين مستقرة."
    doc, found = find(text, [entity(text, "سامي أبو طالب", "PER")])
    assert cues(doc, found) == ["قال"] and speakers(doc, found) == ["سامي أبو طالب"]


def test_a_people_with_its_adjective_after_a_call_is_whom_it_calls_on() -> None:
    text = "وحين افتتحت الوزيرة سلمى نادر المعرض، دعت الشعب الليبي إلى الوحدة. وقالت إن البلاد بحاجة إلى الجميع."
    doc, found = find(text, [entity(text, "سلمى نادر", "PER")])
    assert speakers(doc, found) == ["سلمى نادر", "سلمى نادر"]
    # the fans of a club demand for themselves: a body that may issue a call stays its speaker
    text = "وطالبت الجماهير الغاضبة بإقالة المدرب."
    doc, found = find(text)
    assert speakers(doc, found) == ["الجماهير الغاضبة"]


def test_a_feminine_participle_after_a_named_person_goes_to_the_body_that_acts_on_him() -> None:
    text = "ونعت هيئة الموانئ في بيان اليوم الضابط سالم فهد قائلة: إنه أدى واجبه كاملا."
    doc, found = find(text, [entity(text, "هيئة الموانئ", "ORG"), entity(text, "سالم فهد", "PER")])
    assert speakers(doc, found) == ["هيئة الموانئ"]
    # a masculine participle after the person keeps him
    text = "وتحدث المدرب سالم فهد للصحفيين قائلا: إن الفريق جاهز."
    doc, found = find(text, [entity(text, "سالم فهد", "PER")])
    assert speakers(doc, found) == ["سالم فهد"]


def test_a_body_whose_name_opens_on_a_verbal_noun_speaks_after_its_cue() -> None:
    text = "وأكدت صحة المنطقة الشرقية في بيان أمس أن المريض غادر المستشفى."
    doc, found = find(text, [entity(text, "صحة المنطقة الشرقية", "ORG")])
    assert speakers(doc, found) == ["صحة المنطقة الشرقية"]
    assert doc.text[found[0].start :].startswith("المريض")
    # without a name there, the verbal noun opens the content
    text = "وقال الوزير إن الخبر قديم. وأكد صحة الأرقام المنشورة."
    doc, found = find(text)
    assert doc.text[found[1].start :].startswith("صحة الأرقام")


def test_the_subject_after_the_verb_that_opens_the_sentence_speaks_for_the_cue_joined_to_it() -> None:
    text = "قال المصدر إن الاجتماع انتهى. وقدم المدرب سامي فؤاد استقالته أمس، ودعا إلى انتخاب مجلس جديد."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER")])
    assert speakers(doc, found) == ["المصدر", "سامي فؤاد"]
    text = "قال المصدر إن الاجتماع انتهى. ويساند الرئيس الحالي كريم ناصر المرشح الجديد، حيث أوضح أنه الأجدر."
    doc, found = find(text, [entity(text, "كريم ناصر", "PER")])
    assert speakers(doc, found) == ["المصدر", "كريم ناصر"]


def test_no_opening_subject_when_its_gender_differs_or_a_cue_came_before() -> None:
    # the body after the verb is its object: a masculine participle goes on with the speaker before
    text = "قال الطبيب كريم ناصر إن الحالة مستقرة. وشكر سفارة المملكة على جهودها، مضيفا أن العلاج مستمر."
    doc, found = find(text, [entity(text, "كريم ناصر", "PER"), entity(text, "سفارة المملكة", "ORG")])
    assert speakers(doc, found) == ["كريم ناصر", "كريم ناصر"]
    # a cue between the opening verb and this one has a speaker of its own
    text = "وغادر المدير سامي فؤاد القاعة، إلا أن الوزير عادل سليم أشار إلى أن الخطة قائمة، وقال إنها تنفذ."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER"), entity(text, "عادل سليم", "PER")])
    assert speakers(doc, found) == ["عادل سليم", "عادل سليم"]


def test_a_bare_governor_is_the_governor_named_before() -> None:
    text = "وذكر المحافظ سالم فهد أمس أن الميناء يعمل. وكشف المحافظ عن تشكيل فريق عمل."
    doc, found = find(text, [entity(text, "سالم فهد", "PER")])
    assert speakers(doc, found) == ["سالم فهد", "سالم فهد"]
    # an adjunct after whom it was said to is no speaker: the title is
    text = "وكان في استقبال الوفد محافظ المدينة سالم فهد. وقال المحافظ للصحافيين على رصيف الميناء: «الوضع جيد»."
    doc, found = find(text, [entity(text, "سالم فهد", "PER")])
    assert speakers(doc, found) == ["سالم فهد"]


def test_a_title_marked_with_lam_or_before_a_preposition_names_no_one() -> None:
    # لمحافظ: whom the president gave it to, not his apposition
    text = "وقدم الرئيس عادل سليم، لمحافظ المدينة، شرحا عن الأوضاع. وأعرب المحافظ عن أمله في الحوار."
    doc, found = find(text, [entity(text, "عادل سليم", "PER")])
    assert speakers(doc, found)[-1] == "المحافظ"
    # the governor's title belongs to the name before مع, not to the guest after it
    text = "جاء ذلك خلال لقاء كريم ناصر محافظ المدينة مع سامي فؤاد المفوض الأوروبي. وقال المحافظ إن المدينة آمنة."
    doc, found = find(text, [entity(text, "كريم ناصر", "PER"), entity(text, "سامي فؤاد", "PER")])
    assert speakers(doc, found) == ["المحافظ"]


def test_a_body_after_a_title_is_no_opening_subject() -> None:
    text = "وقال الفريق سعد فهد في تصريح: «وصلت إلى المنطقة». ووجه مدير الأمن العام رسالة إلى الناس قائلا: «لن تنجحوا»."
    doc, found = find(text, [entity(text, "سعد فهد", "PER"), entity(text, "الأمن العام", "ORG")])
    assert speakers(doc, found) == ["سعد فهد", "سعد فهد"]


def test_a_bare_media_noun_is_the_speaker_as_written() -> None:
    text = "وذكرت صحيفة «النهار اليومي» أن المفاوضات متعثرة. وقالت الصحيفة إن الجولة المقبلة مؤجلة."
    doc, found = find(text)
    assert speakers(doc, found) == ["النهار اليومي", "الصحيفة"]
    text = "وقال خبراء لصحيفة ديلي نيوز إن السوق هادئ. وأوضحت الصحيفة البريطانية أن الأسعار مستقرة. وأضافت أنها ترتفع."
    doc, found = find(text, [entity(text, "ديلي نيوز", "ORG")])
    assert speakers(doc, found)[-2:] == ["الصحيفة البريطانية", "الصحيفة البريطانية"]  # the follow-on keeps it


def test_a_short_quoted_name_after_a_call_calls_on_whom_follows_it() -> None:
    text = "ودعا \"الحربي\" المواطنين المقيمين إلى المسارعة في تجديد إقاماتهم."
    doc, found = find(text, [entity(text, "الحربي", "PER")])
    assert speakers(doc, found) == ["الحربي"]
    assert doc.text[found[0].start :].startswith("المسارعة")
    # an untagged name in quotation marks calls on the body after it
    text = "وطالب «بلال» الهيئة العامة للسياحة بالنظر في وضع المنشآت."
    doc, found = find(text, [entity(text, "الهيئة العامة للسياحة", "ORG")])
    assert speakers(doc, found) == ["بلال"]


def test_a_light_verb_subject_speaks_past_the_quotation_marks_of_a_platform() -> None:
    text = "وأطلق الوزير سامي فؤاد تغريدة على موقع «تويتر» قال فيها «نهنئ الجميع بالعيد ونتمنى لهم أياما سعيدة»."
    doc, found = find(text, [entity(text, "سامي فؤاد", "PER"), entity(text, "تويتر", "ORG")])
    assert speakers(doc, found) == ["سامي فؤاد"]


def test_a_caller_found_with_its_addressee_is_cut_before_it() -> None:
    text = "وطالب المتظاهرون الحكومة المحلية بإجراء إصلاحات عاجلة."
    doc, found = find(text)
    assert speakers(doc, found) == ["المتظاهرون"]
    assert doc.text[found[0].start :].startswith("بإجراء")


def test_a_dual_cue_after_kana_takes_the_pair_named_before_it() -> None:
    text = ("وقال الوزير إن الطريق مفتوح. وكان موظف البلدية وسائق الحافلة، أبلغا عن انهيار جسرين، "
            "وقالا إن المرور توقف.")
    doc, found = find(text, [entity(text, "الوزير", "PER")])
    assert cues(doc, found) == ["قال", "أبلغا", "قالا"]
    assert speakers(doc, found) == ["الوزير", "موظف البلدية وسائق الحافلة", "موظف البلدية وسائق الحافلة"]
    pair = found[1]
    assert doc.text[pair.start : pair.start + len("انهيار جسرين")] == "انهيار جسرين"


def test_a_dual_cue_does_not_take_a_single_noun_after_kana() -> None:
    text = "وقال الوزير إن الطريق مفتوح. وكان السائق، قالا إن المرور توقف."
    doc, found = find(text, [entity(text, "الوزير", "PER")])
    assert "السائق" not in speakers(doc, found)


def test_a_title_before_a_place_then_a_verbal_noun_reports_that_object() -> None:
    text = "أعلن محافظ حمص تسجيل إصابات جديدة في الريف."
    doc, found = find(text, [entity(text, "حمص", "LOC")])
    assert list(zip(speakers(doc, found), [doc.text[q.start : q.end] for q in found], strict=True)) == [
        ("محافظ حمص", "تسجيل إصابات جديدة في الريف")]
    text = "أعلن محافظ حمص أمس أن الطرق مفتوحة."
    doc, found = find(text, [entity(text, "حمص", "LOC")])
    assert speakers(doc, found) == ["محافظ حمص"]


def test_a_title_in_construct_with_a_body_speaks_not_the_body() -> None:
    text = "وقال رئيس لجنة المسابقات إن الجولة الأولى تبدأ الشهر المقبل."
    doc, found = find(text, [entity(text, "لجنة المسابقات", "ORG")])
    assert speakers(doc, found) == ["رئيس لجنة المسابقات"]
    text = "وقالت لجنة المسابقات إن الجولة الأولى تبدأ الشهر المقبل."
    doc, found = find(text, [entity(text, "لجنة المسابقات", "ORG")])
    assert speakers(doc, found) == ["لجنة المسابقات"]
    text = "وذكرت مصادر «الأنباء اليومية» أن الجولة الأولى تبدأ الشهر المقبل."
    doc, found = find(text, [entity(text, "الأنباء اليومية", "ORG")])
    assert speakers(doc, found) != ["مصادر «الأنباء اليومية"]
