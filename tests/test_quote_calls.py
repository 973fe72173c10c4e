"""Calls made of someone, names in quotation marks after a cue, and the kind a content's first words give a
quote, each with constructed sentences."""

from __future__ import annotations

from marsad.quotes.lexicon import quote_kinds
from marsad.resources import default_resources
from quote_helpers import entity, find, triples


def test_a_call_made_of_someone_with_min_opens_on_the_verbal_noun_after_them() -> None:
    text = "وطالبت الوزارة من أصحاب المحلات ضرورة إزالة اللوحات المخالفة."
    doc, found = find(text)
    assert triples(doc, found) == [("الوزارة", "directive", "ضرورة إزالة اللوحات المخالفة")]
    text = "وأهاب سالم الحربي من الطلاب اصطحاب بطاقاتهم إلى القاعة."
    doc, found = find(text, [entity(text, "سالم الحربي", "PER")])
    assert triples(doc, found) == [("سالم الحربي", "directive", "اصطحاب بطاقاتهم إلى القاعة")]
    text = "وطالب سالم الحربي من المزارعين الالتزام بمواعيد الري."
    doc, found = find(text, [entity(text, "سالم الحربي", "PER")])
    assert triples(doc, found) == [("سالم الحربي", "directive", "الالتزام بمواعيد الري")]


def test_min_after_a_quantity_opens_no_addressee() -> None:
    text = "وطالب عدد من السكان البلدية بإصلاح الطريق."
    _, found = find(text)
    assert [text[q.start : q.end] for q in found] == ["بإصلاح الطريق"]


def test_a_quotation_after_a_media_noun_is_the_outlet_not_the_statement() -> None:
    text = 'وقال الوزير لقناة "ار تي ان اي الدولية" أمس، "سنفتح المعبر خلال أيام قليلة".'
    doc, found = find(text)
    assert triples(doc, found) == [("الوزير", "statement", "سنفتح المعبر خلال أيام قليلة")]
    assert list(found[0].via) == ["قناة ار تي ان اي الدولية"]


def test_a_quoted_name_after_a_cue_or_a_body_noun_is_no_statement() -> None:
    text = "وأعلنت «هيئة الرقابة العامة» في بيان أن التحقيق مستمر."
    doc, found = find(text, [entity(text, "هيئة الرقابة العامة", "ORG")])
    assert [t[2] for t in triples(doc, found)] == ["التحقيق مستمر"]
    text = "وذكرت جماعة «أنصار الحق» في بيان على موقعها، أنها نفذت الهجوم."
    doc, found = find(text)
    assert [t[2] for t in triples(doc, found)] == ["نفذت الهجوم"]


def test_plural_and_dual_participles_keep_the_kind_of_their_cue() -> None:
    kinds = quote_kinds(default_resources())
    assert kinds.kind_of("مثمنين", "جهود البلدية") == "praise"
    assert kinds.kind_of("متعهدتين", "بإكمال المشروع") == "commitment"
    assert kinds.kind_of("داعيين", "التعاون") == "directive"
    assert kinds.kind_of("دعوا", "التعاون") == "directive"


def test_an_obligation_or_a_first_person_cue_opening_a_statement_gives_its_kind() -> None:
    kinds = quote_kinds(default_resources())
    assert kinds.kind_of("قال", "على جميع الأطراف أن تلتزم بالهدنة") == "directive"
    assert kinds.kind_of("قال", "يجب أن تتوقف الحرب") == "directive"
    assert kinds.kind_of("أضاف", "نطالب المجتمع الدولي بالتحرك") == "directive"
    assert kinds.kind_of("قال", "ندين هذا الاعتداء الآثم") == "condemnation"
    assert kinds.kind_of("قال", "نشكركم على حسن الاستقبال") == "praise"
    assert kinds.kind_of("أضاف", "عظيم شكره للفريق") == "praise"


def test_look_alikes_of_first_person_cues_keep_a_statement() -> None:
    kinds = quote_kinds(default_resources())
    assert kinds.kind_of("قال", "نعد الأيام حتى الافتتاح") == "statement"
    assert kinds.kind_of("قال", "اثنين من الجنود أصيبا") == "statement"
    assert kinds.kind_of("ذكرت", "اتهم بسرقة السيارة") == "statement"
    assert kinds.kind_of("قال", "علي السالم أن يحضر") == "statement"


def test_min_of_purpose_or_of_a_relative_or_after_the_addressee_opens_no_call() -> None:
    text = "وطالب المدير الموظفين بالحضور المبكر من أجل الالتزام بالمواعيد."
    _, found = find(text)
    assert [text[q.start : q.end] for q in found] == ["بالحضور المبكر من أجل الالتزام بالمواعيد"]
    text = "بماذا تنصح من يرغبون في دخول السوق؟"
    _, found = find(text)
    assert found == []


def test_on_despite_or_on_the_basis_of_gives_no_obligation() -> None:
    kinds = quote_kinds(default_resources())
    assert kinds.kind_of("قال", "على الرغم من أن الأسعار ارتفعت فإن الطلب قوي") == "statement"
    assert kinds.kind_of("قال", "على أساس أن المشروع مربح") == "statement"
    assert kinds.kind_of("مؤكدة", "على أنه ليس من العدل أن نلومهم") == "statement"


def test_a_verbal_noun_after_an_adjunct_that_resumes_the_occasion_is_the_content() -> None:
    text = "وألقى المحافظ سالم الحربي كلمة أكد فيها أهمية التعاون بين الجهات."
    doc, found = find(text, [entity(text, "سالم الحربي", "PER")])
    assert [t[2] for t in triples(doc, found)] == ["أهمية التعاون بين الجهات"]
    text = "وأجرى اللاعب حوارا مع قناة محلية، أكد خلاله مشاركته في البطولة."
    _, found = find(text)
    assert [text[q.start : q.end] for q in found] == ["مشاركته في البطولة"]


def test_a_condemnation_without_its_hamza_and_by_a_state_noun() -> None:
    text = "دانت دولة الكويت بأشد العبارات الهجوم الذي استهدف المصلين."
    doc, found = find(text, [entity(text, "الكويت", "LOC")])
    assert triples(doc, found) == [("دولة الكويت", "condemnation", "الهجوم الذي استهدف المصلين")]
    text = "وأدانت المملكة بشدة التفجير الذي وقع في السوق."
    doc, found = find(text)
    assert triples(doc, found) == [("المملكة", "condemnation", "التفجير الذي وقع في السوق")]


def test_a_court_that_condemns_convicts_and_says_nothing() -> None:
    text = "وأدانت المحكمة ثلاثة صحفيين بنشر أخبار كاذبة. ودانت محكمة الجنايات المتهم بالسرقة."
    _, found = find(text)
    assert found == []


def test_a_verbal_noun_object_after_a_state_noun_and_its_name() -> None:
    text = "وأكدت دولة قطر ضرورة احترام سيادة الدول."
    doc, found = find(text, [entity(text, "قطر", "LOC")])
    assert triples(doc, found) == [("دولة قطر", "directive", "ضرورة احترام سيادة الدول")]


def test_a_definite_source_opening_its_sentence_speaks_the_clause_after_it() -> None:
    text = "وبحسب الإذاعة الرسمية قرر الرئيس تأجيل الانتخابات إلى الربيع."
    doc, found = find(text)
    assert triples(doc, found) == [("الإذاعة الرسمية", "statement", "قرر الرئيس تأجيل الانتخابات إلى الربيع")]
    text = "وبحسب الوكالة قال متحدث باسم الحكومة إن الانتخابات تأجلت."
    _, found = find(text)
    assert "قال متحدث" not in " ".join(text[q.start : q.end] for q in found)
