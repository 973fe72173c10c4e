"""Quote speakers carried from one cue to the next: a source phrase that the next cue goes on with."""

from __future__ import annotations

from marsad.document import Entity
from quote_helpers import entity, find, triples


def test_a_source_phrase_before_a_participle_speaks_on() -> None:
    text = ("قال الوزير سامي حداد إن الطرق آمنة. وأغلقت الشرطة الطريق الساحلي أمس، حسب متحدث باسم الشرطة، "
            "مشيرا إلى أن الإغلاق مؤقت.")
    doc, found = find(text, [entity(text, "سامي حداد", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي حداد", "متحدث باسم الشرطة", "متحدث باسم الشرطة"]


def test_an_outlet_that_relays_is_no_source_that_speaks_on() -> None:
    text = "وقال الوزير سامي حداد إن القرار نهائي، حسبما نقلت وكالة رويترز، مضيفا أن التنفيذ يبدأ غدا."
    doc, found = find(text, [entity(text, "سامي حداد", "PER"), entity(text, "رويترز", "ORG")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي حداد", "سامي حداد"]


def test_in_keeping_with_a_rule_names_no_source() -> None:
    text = ("قال المدير سامي حداد إن الأسماء تعتمد قريبا. وتم الرفع بالأسماء وفق الضوابط المعتمدة من الوزارة، "
            "مؤكدا أن اللجنة تختارها.")
    doc, found = find(text, [entity(text, "سامي حداد", "PER")])
    assert triples(doc, found)[-1][0] == "سامي حداد"  # مؤكدا goes on with the director


def test_the_same_sources_are_the_earlier_ones_so_described() -> None:
    text = ("وقالت مصادر في المقاومة إن الجبهة هادئة. وقال شهود عيان إن القصف توقف. "
            "وأضافت المصادر ذاتها أن الطريق مفتوح.")
    doc, found = find(text)
    assert [s for s, _, _ in triples(doc, found)] == ["مصادر", "شهود عيان", "مصادر"]


def test_the_same_source_is_the_last_speaker_of_its_number() -> None:
    text = "وقال باحث في شؤون الجماعات إن التنظيم يتمدد. وأضاف المصدر نفسه أن الخطر قائم."
    doc, found = find(text)
    assert [s for s, _, _ in triples(doc, found)] == ["باحث", "باحث"]


def test_sources_described_as_the_same_with_no_such_antecedent_speak_as_written() -> None:
    text = "ذكرت صحيفة الخبر أن الجيش قتل عشرة مسلحين. وكشف المصادر ذاتها أن الجيش أحكم الطوق."
    doc, found = find(text, [entity(text, "الخبر", "ORG")])
    assert [s for s, _, _ in triples(doc, found)] == ["الخبر", "المصادر ذاتها"]
    text = "قال المدير سامي حداد إن العمل مستمر، مشيرا في الوقت ذاته إلى أن الخطة جاهزة."
    doc, found = find(text, [entity(text, "سامي حداد", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي حداد", "سامي حداد"]  # الوقت ذاته describes no one


def test_a_relative_clause_after_the_speaker_names_no_speaker() -> None:
    text = 'وأشار التقرير الذي أصدرته شركة الأبحاث "نور كابيتال" إلى أن النمو السكاني مستمر.'
    doc, found = find(text, [entity(text, "نور كابيتال", "ORG")])
    assert [s for s, _, _ in triples(doc, found)] == ["التقرير"]
    text = "واتهمت الهيئة العامة للموانئ التي يوجد مقرها في عدن الحكومة بأنها أهملت الميناء."
    doc, found = find(text, [entity(text, "عدن", "LOC")])
    assert triples(doc, found)[0][0] in ("الهيئة العامة", "الهيئة العامة للموانئ")


def test_the_name_after_the_outlet_told_speaks() -> None:
    text = 'من جهته قال لـ"الوطن" سامي حداد المستشار الإعلامي لرئيس الوزراء كريم ناصر، "إن الحكومة باقية".'
    doc, found = find(text, [entity(text, "الوطن", "ORG"), entity(text, "سامي حداد", "PER"),
                             entity(text, "كريم ناصر", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي حداد"]


def test_a_quoted_body_between_place_and_name_leaves_the_name_the_speaker() -> None:
    text = 'وقال نائب الرئيس لقسم المنتجات في شركة "نور سوفت" سامي حداد إن "معظم الهجمات تبدأ بالبريد".'
    doc, found = find(text, [entity(text, "نور سوفت", "ORG"), entity(text, "سامي حداد", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي حداد"]


def test_a_feminine_cue_goes_on_with_the_woman_a_feminine_verb_named() -> None:
    text = ("قال اللاعب كريم ناصر إن زوجته أخذت أمواله. وشككت سلمى بدوافع والدها: «يجب أن نعرف الحقيقة». "
            "وأضافت: «آمل ألا تصل الأمور إلى القضاء».")
    doc, found = find(text, [entity(text, "كريم ناصر", "PER"), entity(text, "سلمى", "PER")])
    assert [s for s, _, _ in triples(doc, found)][-1] == "سلمى"
    text = ("قال المتحدث كريم ناصر إن الاشتباكات توقفت. وأفادت مصادر أن عناصر من وقوات صالح قتلوا في تعز. "
            "وأضافت أن المواجهات مستمرة.")
    doc, found = find(text, [entity(text, "كريم ناصر", "PER"), entity(text, "صالح", "PER")])
    assert [s for s, _, _ in triples(doc, found)][-1] != "صالح"  # قوات is a plural noun, no verb


def test_a_name_whose_first_letter_is_waw_keeps_it_after_a_cue_or_title() -> None:
    text = "وأشار وود إلى أن بعض هذه السلالات نادر."
    doc, found = find(text, [Entity(text.index("ود إلى"), text.index("ود إلى") + 2, "PER", None, None)])
    assert [s for s, _, _ in triples(doc, found)] == ["وود"]
    text = "واكد مسؤول الاتصالات في الرئاسة ويلي نامي إن الجنرال قتل."
    start = text.index("يلي نامي")
    doc, found = find(text, [Entity(start, start + len("يلي نامي"), "PER", None, None)])
    assert [s for s, _, _ in triples(doc, found)] == ["ويلي نامي"]
    text = "وقالت الوكالة إنه خلال الاجتماع اتفق الوزير وبن علوي على أن الوقت حان للحل."
    doc, found = find(text, [entity(text, "بن علوي", "PER")])
    assert "وبن علوي" not in [s for s, _, _ in triples(doc, found)]


def test_the_named_subject_of_a_long_title_after_an_opening_verb_speaks_on() -> None:
    text = ("وقالت مصادر الصحيفة إن المدرب طلب مدافعا. من جهة أخرى، أثار رئيس لجنة الاحتراف وأوضاع اللاعبين في "
            "الاتحاد الوطني لكرة القدم الدكتور سامي حداد تساؤلات الجماهير، بعدما أعلن أمس عبر حسابه على موقع "
            "التواصل الاجتماعي \"تويتر\" عن وصول "
            "بطاقة اللاعب.")
    doc, found = find(text, [entity(text, "الاتحاد الوطني لكرة القدم", "ORG"), entity(text, "سامي حداد", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["مصادر الصحيفة", "سامي حداد"]


def test_a_title_marked_with_lam_after_the_opening_verb_is_whom_it_addresses() -> None:
    text = ("قال الوزير كريم ناصر إن العلاقات متينة. كما وجه رئيس الوزراء اليوناني الدعوة للرئيس سامي حداد "
            "لزيارة أثينا، موضحا أن الزيارة تعزز التعاون.")
    doc, found = find(text, [entity(text, "كريم ناصر", "PER"), entity(text, "سامي حداد", "PER")])
    assert triples(doc, found)[-1][0] != "سامي حداد"


def test_an_unnamed_source_fronted_before_a_comma_speaks() -> None:
    text = ("أعلنت لجنة المتابعة عزل القائد. لكن مصدرا بارزا في الجيش الوطني في شمال البلاد، أكد لـ«الوطن» أن "
            "القائد كان من أبرز المقربين.")
    doc, found = find(text, [entity(text, "لجنة المتابعة", "ORG"), entity(text, "الوطن", "ORG")])
    assert [s for s, _, _ in triples(doc, found)] == [
        "لجنة المتابعة", "مصدرا بارزا في الجيش الوطني في شمال البلاد"]


def test_the_person_apposed_after_a_long_title_speaks_on() -> None:
    text = ("وقال مسؤولو الحكومة إنهم مكلفون بالعمل. وأصدر المدير الإقليمي للبرنامج لمنطقة الشرق الأوسط وشمال "
            "أفريقيا، سامي حداد، بيانًا جاء فيه: «نحن نتحدى الصعاب». وأضاف: «نعمل للتغلب على العقبات».")
    doc, found = find(text, [entity(text, "سامي حداد", "PER")])
    assert triples(doc, found)[-1][0] == "سامي حداد"


def test_the_person_apposed_after_a_verb_of_meeting_is_whom_was_met() -> None:
    text = ("قال الرئيس كريم ناصر إنه التقى وزير حقوق الإنسان في الجمهورية، سامي حداد، وبحثا الوضع. "
            "وأضاف أن الانتهاكات متواصلة.")
    doc, found = find(text, [entity(text, "كريم ناصر", "PER"), entity(text, "سامي حداد", "PER")])
    assert triples(doc, found)[-1][0] == "كريم ناصر"


def test_an_official_of_a_quoted_body_after_a_bare_ba_speaks_as_written() -> None:
    text = "وذكر موقع «نور نيوز» الإخباري، نقلا عن مسؤول تنفيذي بـ«فيسبوك»، أن الشركة بصدد إنشاء متاجر."
    doc, found = find(text, [entity(text, "نور نيوز", "ORG"), entity(text, "فيسبوك", "ORG")])
    assert [s for s, _, _ in triples(doc, found)] == ["مسؤول تنفيذي بـ«فيسبوك»"]


def test_indefinite_reports_before_a_past_cue_speak() -> None:
    text = ("وأوضحت الصحيفة أن التنظيم يعاني. ويأتي ذلك بعد تقارير غربية أشارت إلى ربط التنظيم عبوات في أرجل "
            "الماعز.")
    doc, found = find(text)
    assert [s for s, _, _ in triples(doc, found)] == ["الصحيفة", "تقارير غربية"]


def test_the_writer_in_the_credit_line_is_no_speaker() -> None:
    from marsad.document import Dateline, Document, Span
    from marsad.resources import default_resources
    from marsad.stages import quotes as quotes_stage
    from quote_helpers import BASE

    text = "سامي حداد- الأفق: أصدر مجلس المدينة تقريرا عن السدود، مؤكدا أن المياه تكفي المدينة عامين."
    ents = [entity(text, "سامي حداد", "PER"), entity(text, "مجلس المدينة", "ORG")]
    for credit in (Document(text=text, dateline=Dateline(Span(0, text.index(":")))),
                   Document(text=text, meta={"author": text[: text.index(":") + 1]})):
        doc = BASE(credit)
        doc.layers["entities"] = ents
        found = quotes_stage.run(doc, default_resources())
        assert [s for s, _, _ in triples(doc, found)] == ["مجلس المدينة"]
    doc, found = find(text, ents)  # without a credit line the person named first goes on speaking
    assert [s for s, _, _ in triples(doc, found)] == ["سامي حداد"]


def test_the_giver_of_a_speech_goes_on_after_its_clause() -> None:
    text = ("قال الوزير سامي حداد إن الطرق آمنة. وتراجعت شعبية المرشح بعد تصريحات وكيل الوزارة التي هاجم فيها "
            "منافسه أمس، معتبرا أنه لا يستحق اللقب.")
    doc, found = find(text, [entity(text, "سامي حداد", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي حداد", "وكيل الوزارة"]
    text = text.replace("تصريحات وكيل الوزارة", "تصريحاته الأخيرة")  # no giver named: the last speaker goes on
    doc, found = find(text, [entity(text, "سامي حداد", "PER")])
    assert [s for s, _, _ in triples(doc, found)] == ["سامي حداد", "سامي حداد"]
