"""Direct objects as content past what stands between a cue's speaker and its object: times, words of manner,
an outlet told, an adjunct with a name, an unnamed source, a title before a name; verbal nouns known by their
shape and demonstratives with their noun. Constructed sentences, entities given by hand."""

from __future__ import annotations

from test_quote_cues import entity, find, triples


def test_an_object_follows_the_speaker_past_a_time_and_an_adverb() -> None:
    text = "أعلن نادي الوحدة أمس الأحد رسميا تعاقده مع المهاجم البرازيلي."
    doc, found = find(text, [entity(text, "نادي الوحدة", "ORG")])
    assert triples(doc, found) == [("نادي الوحدة", "statement", "تعاقده مع المهاجم البرازيلي")]
    text = "وأعلن رئيس الحكومة كريم العلي أمس الخطة الوطنية لمكافحة الفقر."
    doc, found = find(text, [entity(text, "كريم العلي", "PER")])
    assert triples(doc, found) == [("كريم العلي", "statement", "الخطة الوطنية لمكافحة الفقر")]


def test_adverbs_between_speaker_and_object_are_no_part_of_the_speaker() -> None:
    text = "وأعلنت الشركة أيضا استقالة مديرها المالي."
    doc, found = find(text)
    assert triples(doc, found) == [("الشركة", "statement", "استقالة مديرها المالي")]


def test_an_unnamed_source_and_an_outlet_told_come_before_a_verbal_noun() -> None:
    text = "وأكد مصدر أمني في المدينة لـ«الأخبار» اعتقال ثلاثة مطلوبين."
    doc, found = find(text, [entity(text, "الأخبار", "ORG")])
    assert triples(doc, found) == [("مصدر أمني", "statement", "اعتقال ثلاثة مطلوبين")]
    assert found[0].via == ("الأخبار",)
    text = "وأكدت مصادر عسكرية مطلعة انسحاب الكتيبة من الموقع."
    doc, found = find(text)
    assert triples(doc, found) == [("مصادر عسكرية مطلعة", "statement", "انسحاب الكتيبة من الموقع")]
    text = "وأكد مصدر مسؤول أن الطريق فتح."  # a complementizer: the usual content
    doc, found = find(text)
    assert triples(doc, found) == [("مصدر مسؤول", "statement", "الطريق فتح")]


def test_an_adjunct_with_a_place_comes_before_a_verbal_noun_of_a_derived_verb() -> None:
    text = "وأدان المجلس المحلي في حمص استهداف المدرسة بالقذائف."
    doc, found = find(text, [entity(text, "حمص", "LOC")])
    assert triples(doc, found) == [("المجلس المحلي", "condemnation", "استهداف المدرسة بالقذائف")]
    text = "وأكد الوزير سالم الخير في بداية اجتماعه مع المديرين بالتأكيد على الجاهزية."
    doc, found = find(text, [entity(text, "سالم الخير", "PER")])
    assert all(not t[2].startswith("اجتماعه") for t in triples(doc, found))  # the adjunct's own noun


def test_a_role_before_a_tagged_place_and_name_is_the_speakers_title() -> None:
    text = "من جانبه أدان محافظ الزلفي عادل المهنا حادث الاعتداء على المسجد."
    doc, found = find(text, [entity(text, "الزلفي", "LOC"), entity(text, "عادل المهنا", "PER")])
    assert triples(doc, found) == [("عادل المهنا", "condemnation", "حادث الاعتداء على المسجد")]


def test_verbal_nouns_are_known_by_the_shapes_of_derived_verbs() -> None:
    text = "وأكد التقرير ارتفاع عدد الزوار خلال الصيف."
    doc, found = find(text)
    assert triples(doc, found) == [("التقرير", "statement", "ارتفاع عدد الزوار خلال الصيف")]
    text = "وأدان الاتحاد بشدة مصادقة البرلمان على القانون."
    doc, found = find(text)
    assert triples(doc, found) == [("الاتحاد", "condemnation", "مصادقة البرلمان على القانون")]


def test_a_verbal_noun_object_keeps_the_cues_preposition_inside_it() -> None:
    text = "وأكد وزير الدفاع حرص بلاده على حماية الحدود."
    doc, found = find(text)
    assert triples(doc, found) == [("وزير الدفاع", "statement", "حرص بلاده على حماية الحدود")]


def test_a_demonstrative_with_its_noun_is_an_object_after_a_named_speaker() -> None:
    text = "وأكد المتحدث باسم الشرطة سعيد المري هذه الأرقام."
    doc, found = find(text, [entity(text, "سعيد المري", "PER")])
    assert triples(doc, found) == [("سعيد المري", "statement", "هذه الأرقام")]
    text = "وأعلن الوزير سعيد المري هذا الأسبوع أن الميزانية أقرت."
    doc, found = find(text, [entity(text, "سعيد المري", "PER")])
    assert triples(doc, found) == [("سعيد المري", "statement", "الميزانية أقرت")]


def test_an_apposition_after_the_name_is_no_object_when_a_complementizer_follows() -> None:
    text = "وأوضح مدير التعليم ماجد الحربي مشرف الإعلام التربوي، أن الاجتماع يعقد غدا."
    doc, found = find(text, [entity(text, "ماجد الحربي", "PER")])
    assert [t[2] for t in triples(doc, found)] == ["الاجتماع يعقد غدا"]


def test_plurals_and_present_verbs_of_the_same_shapes_open_no_object() -> None:
    text = "وأكد الوزير فهد السالم، رئيس أركان الجيش سابقا."
    _doc, found = find(text, [entity(text, "فهد السالم", "PER")])
    assert found == []  # أركان is a plural (أفعال), no verbal noun (إفعال)
    text = "وكشف الاعتداءات التي تحاصر المدينة واجب على الجميع."
    _doc, found = find(text)
    assert found == []  # تحاصر is a present verb


def test_an_adverb_after_the_speaker_comes_before_the_cues_preposition() -> None:
    text = 'وأعلنت شركة "نوران" رسميا عن موعد إطلاق هاتفها الجديد في السوق المحلية بعد أسابيع.'
    doc, found = find(text)
    assert [t[2] for t in triples(doc, found)] == ["موعد إطلاق هاتفها الجديد في السوق المحلية بعد أسابيع"]


def test_a_complementizer_after_a_comma_wins_over_an_apposition_taken_for_the_object() -> None:
    text = "وأكد المواطن سالم الدوسري والد المصاب في الحادث الأليم، أنه يحمد الله على سلامة ابنه."
    doc, found = find(text, [entity(text, "سالم الدوسري", "PER")])
    assert triples(doc, found) == [("سالم الدوسري", "statement", "يحمد الله على سلامة ابنه")]
    text = "واستنكر الإمام سعد الحربي، اتهام الناس للمتدينين بالتشدد، بأنه ظلم كبير."
    doc, found = find(text, [entity(text, "سعد الحربي", "PER")])
    assert [t[2] for t in triples(doc, found)] == ["اتهام الناس للمتدينين بالتشدد، بأنه ظلم كبير"]


def test_a_verbal_noun_with_its_pronoun_right_after_the_cue_is_the_object() -> None:
    text = "وكان الوزير فهد السالم قد تحدث للصحفيين. وأعلن ترشحه لرئاسة الاتحاد في الدورة المقبلة."
    doc, found = find(text, [entity(text, "فهد السالم", "PER")])
    assert [t[2] for t in triples(doc, found)] == ["ترشحه لرئاسة الاتحاد في الدورة المقبلة"]
    text = "وأكدت تركية المنشأ هذه الحقيقة."  # ة, no pronoun: no verbal noun
    _doc, found = find(text)
    assert all(not text[q.start : q.end].startswith("تركية") for q in found)


def test_a_relative_clause_ends_the_speaker_before_an_object() -> None:
    text = "وكشفت النشرة الشهرية التي تصدرها الهيئة عن ارتفاع عدد المشتركين."
    doc, found = find(text)
    assert all(not t[2].startswith("تصدرها") for t in triples(doc, found))


def test_a_listed_verbal_noun_of_the_ground_form_opens_the_object_after_a_named_speaker() -> None:
    text = "أعلن وزير النقل ماجد السالم وصول الدفعة الأولى من الحافلات."
    doc, found = find(text, [entity(text, "ماجد السالم", "PER")])
    assert triples(doc, found) == [("ماجد السالم", "statement", "وصول الدفعة الأولى من الحافلات")]
    text = "وأكدت مصادر طبية مقتل خمسة أشخاص في الحريق."
    doc, found = find(text)
    assert triples(doc, found) == [("مصادر طبية", "statement", "مقتل خمسة أشخاص في الحريق")]
    text = "وأوضحت الشركة قيامها بصيانة المحطات، متوقعة عودة الخدمة خلال يومين."
    doc, found = find(text)
    assert [t[2] for t in triples(doc, found)] == ["قيامها بصيانة المحطات", "عودة الخدمة خلال يومين"]


def test_a_complementizer_before_a_listed_verbal_noun_still_opens_the_content() -> None:
    text = "وأكد محافظ المدينة سالم الراشد أن عودة الكهرباء ستتم قريبا."
    doc, found = find(text, [entity(text, "سالم الراشد", "PER")])
    assert triples(doc, found) == [("سالم الراشد", "statement", "عودة الكهرباء ستتم قريبا")]


def test_a_cue_of_renewing_reports_only_with_a_verbal_noun() -> None:
    text = "وجدد الوزير سامي الأحمد رفضه للقرار الجديد."
    doc, found = find(text, [entity(text, "سامي الأحمد", "PER")])
    assert triples(doc, found) == [("سامي الأحمد", "statement", "رفضه للقرار الجديد")]
    text = "وجددت البلدية عقد الشركة لمدة عامين."  # renewing a contract: no speech
    doc, found = find(text)
    assert triples(doc, found) == []
    text = "وجدد الطرفان تأكيدهما على أن الحوار هو الطريق الوحيد."  # the object ends the speaker
    doc, found = find(text)
    assert [t[0] for t in triples(doc, found)] == ["الطرفان"]


def test_a_listed_verbal_noun_with_the_article_opens_the_object_after_a_name() -> None:
    text = "وجددت شركة النور الدعوة للراغبين في المشاركة بالمعرض."
    doc, found = find(text, [entity(text, "شركة النور", "ORG")])
    assert triples(doc, found) == [("شركة النور", "directive", "الدعوة للراغبين في المشاركة بالمعرض")]
    text = "وأكد الوزير سامي الأحمد، الالتزام بالاتفاق الموقع بين الطرفين."
    doc, found = find(text, [entity(text, "سامي الأحمد", "PER")])
    assert triples(doc, found) == [("سامي الأحمد", "statement", "الالتزام بالاتفاق الموقع بين الطرفين")]


def test_a_listed_verbal_noun_opens_its_ta_marbuta_before_a_pronoun() -> None:
    text = "وقال الوزير إن الخطة ماضية، وجدد دعوته الموظفين إلى الالتزام بالدوام."
    doc, found = find(text)
    assert ("الوزير", "directive", "دعوته الموظفين إلى الالتزام بالدوام") in triples(doc, found)
    text = "وأكد مصدر محلي في البلدة سيطرة الأهالي على الموقع."
    doc, found = find(text)
    assert triples(doc, found) == [("مصدر محلي", "statement", "سيطرة الأهالي على الموقع")]


def test_a_cue_of_renewing_after_a_plural_noun_is_its_adjective() -> None:
    text = "ويزور المعرض زبائن دائمون وآخرون جدد تجذبهم شهرته."
    doc, found = find(text)
    assert triples(doc, found) == []
    text = "وأعلنت قيادة القوات المشتركة المساندة للحكومة عن هدنة إنسانية."
    doc, found = find(text, [entity(text, "قيادة القوات المشتركة", "ORG")])
    assert all(not t[2].startswith("المساندة") for t in triples(doc, found))  # an adjective of the name
