"""Quote speakers that agree with their cue: a plural cue without a subject of its own takes the plural of
people named before it in its sentence."""

from __future__ import annotations

from marsad.document import Document, Quote
from marsad.quotes.agreement import people_plural
from quote_helpers import entity, find


def speakers(doc: Document, found: list[Quote]) -> list[str | None]:
    return [doc.text[q.speaker.start : q.speaker.end] if q.speaker else None for q in found]


def test_plurals_of_people_by_their_shape() -> None:
    for word in ("مسؤولون", "مواطنين", "مقيمين", "ناشطين", "فلسطينيين", "مسؤولو", "جموع"):
        assert people_plural(word), word
    for word in ("قانون", "ميادين", "ملايين", "تحسين", "مدير"):
        assert not people_plural(word), word


def test_a_plural_verb_takes_the_plural_subject_of_its_sentence() -> None:
    text = "وقال المدير إن العمل مستمر. وعرض المهندسون في الشركة خطط الصيانة، وأكدوا على ضرورة الإسراع."
    doc, found = find(text)
    assert speakers(doc, found) == ["المدير", "المهندسون"]


def test_a_present_plural_verb_takes_its_plural_subject() -> None:
    text = "وقال المدير إن العمل مستمر. وينتقد البعض الخطة ويقولون إن كلفتها عالية."
    doc, found = find(text)
    assert speakers(doc, found) == ["المدير", "البعض"]


def test_a_plural_participle_takes_the_plural_before_a_relative_clause() -> None:
    text = "وقال المدير إن العمل مستمر. وامتلأت القاعة بجموع المواطنين الذين حضروا الحفل، مطالبين بتوسيعها."
    doc, found = find(text)
    assert speakers(doc, found) == ["المدير", "جموع المواطنين"]


def test_a_plural_construct_keeps_its_genitive() -> None:
    text = ("طلب مبتعثو الجامعات السعودية من الملحق تعديل اللوائح التي تسبب لهم بعض المشاكل، وأشاروا إلى أنهم"
            " قدموا مقترحات.")
    doc, found = find(text)
    assert speakers(doc, found) == ["مبتعثو الجامعات السعودية"]  # not بعض: a quantifier without its article


def test_whom_the_plural_subject_addresses_is_not_it() -> None:
    text = "حرص مسؤولو المستشفى على تقديم الهدايا للمراجعين، مؤكدين أن الخدمة مستمرة."
    doc, found = find(text)
    assert speakers(doc, found) == ["مسؤولو المستشفى"]
    text = "تناقل مستخدمو المواقع مقطعا صوره أحد المواطنين، مطالبين البلدية بسرعة النظر فيه."
    doc, found = find(text)
    assert speakers(doc, found) == ["مستخدمو المواقع"]


def test_a_plural_cue_keeps_the_plural_speaker_of_its_sentence() -> None:
    text = "وقال شهود عيان إن الشرطة اعتقلت عشرات المحتجين، مضيفين أن الطرق أغلقت."
    doc, found = find(text)
    assert speakers(doc, found) == ["شهود عيان", "شهود عيان"]
    text = "كتب أحد المستخدمين أن الصورة قديمة، فيما تساءل آخرون عن سببها، معتبرين أنها مزيفة."
    doc, found = find(text)
    assert speakers(doc, found)[-1] == "آخرون"


def test_a_body_has_the_gender_of_the_head_noun_that_names_it() -> None:
    text = ('كشفت شركة "نجمة" عن أن جهازها الجديد سيصدر قريبا. وحسبما أورد موقع "تقنيات" فإن الشاشة كبيرة. '
            "وأشار الموقع إلى أن البطارية قوية، مؤكدة أن ثمنه سيكون معتدلا.")
    doc, found = find(text, [entity(text, "نجمة", "ORG"), entity(text, "تقنيات", "ORG")])
    assert speakers(doc, found)[-1] == "نجمة"  # مؤكدة: the company (شركة), not the site (موقع)


def test_the_subject_of_a_cue_after_kana() -> None:
    text = "وقال شهود إن الانفجارات وقعت ليلا. وكانت جماعة متشددة في المدينة أعلنت في مايو أنها أطلقت قذيفتين."
    doc, found = find(text)
    assert speakers(doc, found) == ["شهود", "جماعة متشددة"]
    text = "قالت شركة «سيسكو» إن الهجوم خطير. يذكر أن شركة «ماكرو» كانت أعلنت قبل أسابيع أنها ستوفر التحديث مجانا."
    doc, found = find(text, [entity(text, "سيسكو", "ORG"), entity(text, "ماكرو", "ORG")])
    assert speakers(doc, found) == ["سيسكو", "ماكرو"]


def test_a_verb_after_kana_keeps_its_own_subject() -> None:
    text = "قال المدير إن الموظف كان قد فاجأهم برسالة أكد من خلالها أنه نقل."
    doc, found = find(text)
    assert "قد فاجأهم برسالة" not in speakers(doc, found)
    text = "وقال المدير إن القرار صائب. أما الصحيفة، فكانت لاذعة أكثر وكتبت أنه خطأ."
    doc, found = find(text)
    assert speakers(doc, found)[-1] != "لاذعة أكثر"


def test_a_name_after_a_body_and_its_place_is_the_speaker() -> None:
    text = "وقال مدير هيئة الكهرباء بحلب نبيل خالد يوسف، إنه يتوقع عودة التيار قريبا."
    doc, found = find(text, [entity(text, "هيئة الكهرباء", "ORG"), entity(text, "حلب", "LOC")])
    assert speakers(doc, found) == ["نبيل خالد يوسف"]


def test_a_person_named_by_kinship_is_the_name_after_the_other() -> None:
    text = "وقال شقيق الضحية العتيبي سالم ناصر إن العائلة تطالب بالتحقيق."
    doc, found = find(text, [entity(text, "العتيبي", "PER"), entity(text, "سالم ناصر", "PER")])
    assert speakers(doc, found) == ["سالم ناصر"]
    text = "وقال الوزير العتيبي سالم ناصر إن العائلة تطالب بالتحقيق."
    doc, found = find(text, [entity(text, "العتيبي", "PER"), entity(text, "سالم ناصر", "PER")])
    assert speakers(doc, found) == ["العتيبي"]  # no kinship: the first name as before


def test_a_clause_a_conjunction_opens_is_no_speaker() -> None:
    text = "طالبت المواطنة سعاد الحربي الوزير بإنصافها بحسب ما ذكرت، حيث إنها خريجة جامعية. وتضيف: تقدمت للوظيفة."
    doc, found = find(text, [entity(text, "سعاد الحربي", "PER")])
    assert "حيث" not in speakers(doc, found)
    text = "وظهر الرهينة في التسجيل، ويقول وهو يقرأ ورقة إن خاطفيه سيطلقونه."
    doc, found = find(text)
    assert speakers(doc, found) != ["يقرأ ورقة"]


def test_a_plural_cue_after_a_connective_and_a_person_takes_the_plural() -> None:
    text = "وقال الطبيب إن النتائج غامضة. إلا أن الخبراء الذين عملوا بطلب من أرملة خالد اعتبروا أن النظرية أرجح."
    doc, found = find(text, [entity(text, "خالد", "PER")])
    assert speakers(doc, found)[-1] == "الخبراء"
    text = "ووفقا لموقع «الأخبار» فإن بعض ضحايا الهجمات أعربوا عن استيائهم من الحكم."
    doc, found = find(text)
    assert speakers(doc, found)[-1] == "ضحايا الهجمات"


def test_the_opening_subject_speaks_for_a_later_cue_with_an_adjunct() -> None:
    text = ("قال الوزير نبيل سعد إن الحكومة باقية. في سياق منفصل، وجه النائب خالد الطاهر انتقادات لاذعة إلى الحكومة،"
            " وقال في تصريحات صحفية: الحكومة فاشلة.")
    doc, found = find(text, [entity(text, "نبيل سعد", "PER"), entity(text, "خالد الطاهر", "PER")])
    assert speakers(doc, found) == ["نبيل سعد", "خالد الطاهر"]


def test_a_feminine_first_cue_takes_the_body_not_the_man_it_acts_on() -> None:
    text = "رفضت إدارة نادي النجوم العروض المقدمة لضم الحارس سعد فهد، مؤكدة تمسكها به."
    doc, found = find(text, [entity(text, "نادي النجوم", "ORG"), entity(text, "سعد فهد", "PER")])
    assert speakers(doc, found) == ["نادي النجوم"]


def test_the_giver_of_a_speech_speaks_in_the_clause_that_describes_it() -> None:
    text = "وبدأ الحفل بتلاوة القرآن ثم كلمة وكيل محافظة البلدة التي رفع من خلالها أسمى آيات التهاني إلى الملك."
    doc, found = find(text)
    assert speakers(doc, found) == ["وكيل محافظة البلدة"]


def test_a_statement_with_its_article_keeps_it_in_the_speaker() -> None:
    text = "ولم يحدد البيان الرسمي التي قال إن المتهمين اتصلوا بها."
    doc, found = find(text)
    assert all(not (s or "").startswith("لبيان") for s in speakers(doc, found))


def test_the_source_that_withholds_its_name_speaks_not_the_object_after_it() -> None:
    text = "وأكد مصدر طبي طلب عدم كشف اسمه، الحصيلة موضحا أن المستشفى استقبل الجرحى."
    doc, found = find(text)
    assert speakers(doc, found)[0] == "مصدر طبي"
    text = "وقال المسؤول الذي طلب عدم نشر اسمه إن الاجتماع تأجل."
    doc, found = find(text)
    assert speakers(doc, found) == ["المسؤول"]


def test_an_imam_is_no_preposition_before_the_speaker() -> None:
    text = "قال إمام مسجد الحي، الشيخ سعد ناصر، إن الصلاة أقيمت في موعدها."
    doc, found = find(text, [entity(text, "سعد ناصر", "PER")])
    assert speakers(doc, found) == ["سعد ناصر"]  # إمام (imam), not أمام (before): the region goes on


def test_a_statement_that_calls_on_a_government_and_a_body_is_the_caller() -> None:
    text = "ودعا البيان الحكومة التركية وحزب العمال إلى العودة إلى عملية السلام."
    doc, found = find(text, [entity(text, "حزب العمال", "ORG")])
    assert speakers(doc, found) == ["البيان"]
    text = "ودعا الرئيس الأمريكي سامي فهد الكونغرس إلى العودة."
    doc, found = find(text, [entity(text, "سامي فهد", "PER"), entity(text, "الكونغرس", "ORG")])
    assert speakers(doc, found) == ["سامي فهد"]  # the title of the one named stays his
