"""Calls made of someone, names in quotation marks after a cue, and the kind a content's first words give a
quote, each with constructed sentences."""

from __future__ import annotations

from marsad.document import Document, Entity, Quote
from marsad.pipeline import Pipeline
from marsad.quotes.lexicon import quote_kinds
from marsad.resources import default_resources
from marsad.stages import quotes as quotes_stage

BASE = Pipeline(["sentences", "tokens"])


def find(text: str, entities: list[Entity] | None = None) -> tuple[Document, list[Quote]]:
    doc = BASE(Document(text=text))
    doc.layers["entities"] = entities or []
    found = quotes_stage.run(doc, default_resources())
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
    return doc, found


def entity(text: str, name: str, etype: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), etype, None, None)


def triples(doc: Document, quotes: list[Quote]) -> list[tuple[str | None, str, str]]:
    t = doc.text
    return [(t[q.speaker.start : q.speaker.end] if q.speaker else None, q.kind, t[q.start : q.end]) for q in quotes]


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
