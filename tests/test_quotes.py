"""Quotes: cues, speakers (names, titles, pronouns, statements), relay chains and content spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.document import Document, Entity, Quote
from marsad.pipeline import Pipeline
from marsad.resources import default_resources
from marsad.stages import quotes as quotes_stage

BASE = Pipeline(["sentences", "tokens"])


def find(text: str, entities: list[Entity] | None = None) -> tuple[Document, list[Quote]]:
    doc = BASE(Document(text=text))
    doc.layers["entities"] = entities or []
    found = quotes_stage.run(doc, default_resources())
    for q in found:  # offsets are sacred: every span is a clean range of doc.text
        assert 0 <= q.start < q.end <= len(text)
        content = text[q.start : q.end]
        assert content == content.strip()
    return doc, found


def entity(text: str, name: str, etype: str, country: str | None = None) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), etype, None, country)


def speaker(doc: Document, q: Quote) -> str | None:
    return doc.text[q.speaker.start : q.speaker.end] if q.speaker else None


def test_relay_chain_gives_agency_as_via_and_the_appositive_name_as_speaker() -> None:
    text = "نقلت وكالة الأنباء الفرنسية عن وزير الخارجية المصري، سامح شكري، قوله إن القاهرة سترسل وفدا إلى الخرطوم."
    doc, found = find(text)
    assert len(found) == 1
    q = found[0]
    assert speaker(doc, q) == "سامح شكري"
    assert q.via == ("وكالة الأنباء الفرنسية",)
    assert doc.text[q.cue.start : q.cue.end] == "قوله"
    assert doc.text[q.start : q.end] == "القاهرة سترسل وفدا إلى الخرطوم"
    assert not q.direct


def test_speaker_is_the_entity_span_when_entities_are_known() -> None:
    text = "قال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي إن بلاده ستدعم الاتفاق."
    doc, found = find(text, [entity(text, "إيمانويل ماكرون", "PER", "FRA")])
    assert [speaker(doc, q) for q in found] == ["إيمانويل ماكرون"]
    assert doc.text[found[0].start : found[0].end] == "بلاده ستدعم الاتفاق"


def test_pronoun_subject_continues_the_previous_speaker() -> None:
    text = "وقال وزير الداخلية محمد علي إن الوضع مستقر. وأضاف أن الطرق ستفتح غدا."
    doc, found = find(text, [entity(text, "محمد علي", "PER")])
    assert [speaker(doc, q) for q in found] == ["محمد علي", "محمد علي"]
    assert doc.text[found[1].cue.start : found[1].cue.end] == "أضاف"
    assert found[1].speaker == found[0].speaker


def test_statement_noun_is_attributed_to_the_body_that_issued_it() -> None:
    text = "أعلنت وزارة الخارجية أن السفير غادر البلاد. وشدد البيان على ضرورة التهدئة."
    doc, found = find(text, [entity(text, "وزارة الخارجية", "ORG")])
    assert len(found) == 2
    assert speaker(doc, found[1]) == "وزارة الخارجية"
    assert doc.text[found[1].start : found[1].end] == "ضرورة التهدئة"


def test_direct_quote_after_colon_is_the_text_inside_the_marks() -> None:
    text = "وقال الوزير: «لن نتراجع عن قرارنا»."
    doc, found = find(text)
    assert len(found) == 1 and found[0].direct
    assert doc.text[found[0].start : found[0].end] == "لن نتراجع عن قرارنا"
    assert speaker(doc, found[0]) == "الوزير"


def test_direct_quote_before_the_cue_takes_the_speaker_after_it() -> None:
    text = "«الوضع خطير جدا»، قال المتحدث العسكري."
    doc, found = find(text)
    assert len(found) == 1 and found[0].direct
    assert doc.text[found[0].start : found[0].end] == "الوضع خطير جدا"
    assert speaker(doc, found[0]) == "المتحدث العسكري"


def test_attribution_cue_attributes_the_clause_before_it() -> None:
    text = "قتل خمسة أشخاص في الانفجار، بحسب وزارة الصحة."
    doc, found = find(text, [entity(text, "وزارة الصحة", "ORG")])
    assert len(found) == 1
    assert doc.text[found[0].start : found[0].end] == "قتل خمسة أشخاص في الانفجار"
    assert speaker(doc, found[0]) == "وزارة الصحة"


def test_interview_outlet_becomes_a_relay() -> None:
    text = "واعتبر الخبير سمير نادر، في حديث لصحيفة «الحياة»، أن الأزمة طويلة."
    doc, found = find(text, [entity(text, "سمير نادر", "PER")])
    assert len(found) == 1
    assert speaker(doc, found[0]) == "سمير نادر"
    assert found[0].via == ("صحيفة الحياة",)


def test_participle_cue_splits_the_content_and_keeps_the_speaker() -> None:
    text = "وقال الوزير إن المحادثات كانت إيجابية، معربا عن أمله في التوصل إلى اتفاق."
    doc, found = find(text)
    assert [doc.text[q.start : q.end] for q in found] == ["المحادثات كانت إيجابية", "أمله في التوصل إلى اتفاق"]
    assert found[0].speaker == found[1].speaker


def test_reporting_verb_without_complement_is_no_quote() -> None:
    _, found = find("قال مراقبون كثيرون كلاما كثيرا عن الانتخابات.")
    assert found == []


def test_quotation_after_the_speaker_without_punctuation_is_a_direct_quote() -> None:
    text = 'وتابع المدير "تمكنت الفرق من إصلاح الخط مساء أمس". وأضاف أن العمل مستمر.'
    doc, found = find(text)
    assert [doc.text[q.start : q.end] for q in found] == ["تمكنت الفرق من إصلاح الخط مساء أمس", "العمل مستمر"]
    assert found[0].direct and speaker(doc, found[0]) == "المدير"
    assert found[1].speaker == found[0].speaker


def test_quoted_name_is_no_quotation_and_its_closing_mark_opens_nothing() -> None:
    text = 'وأكد المدير لـ"الرياض" بأن أسباب العطل معروفة، وأضاف "سنصلح الخط خلال يومين بإذن الله".'
    doc, found = find(text)
    assert [doc.text[q.start : q.end] for q in found] == ["أسباب العطل معروفة", "سنصلح الخط خلال يومين بإذن الله"]
    assert [q.direct for q in found] == [False, True]


def test_complementizer_right_after_an_opening_mark_is_not_content() -> None:
    text = "وتشير الدراسة إلى «أن نصف المرضى يتعافون خلال أسبوع»."
    doc, found = find(text)
    assert [doc.text[q.start : q.end] for q in found] == ["نصف المرضى يتعافون خلال أسبوع"]


def test_verbal_noun_object_after_the_speaker_is_the_content() -> None:
    text = "أعلنت وزارة التجارة والصناعة بدء تطبيق النظام الجديد. وأوضحت الوزارة احتواء النظام على ألف نشاط."
    doc, found = find(text, [entity(text, "وزارة التجارة", "ORG")])
    assert [doc.text[q.start : q.end] for q in found] == ["بدء تطبيق النظام الجديد", "احتواء النظام على ألف نشاط"]
    assert [speaker(doc, q) for q in found] == ["وزارة التجارة", "الوزارة"]


def test_no_object_quote_after_a_bare_title_an_indefinite_noun_or_an_apposition() -> None:
    for text, ents in (
        ("أعلن الملك فهد رفض بلاده للاحتلال.", []),  # the name the tagger missed is no object
        ("كشفت مصادر أمنية قيام التنظيم بنهب سيارة.", []),  # an adjective of an indefinite noun
        ("كشف حسين الغامدي مدير الفريق عن تلقي عرض.", ["حسين الغامدي"]),  # a role in apposition
    ):
        doc, found = find(text, [entity(text, e, "PER") for e in ents])
        assert all(not doc.text[q.start : q.end].startswith(("فهد", "أمنية", "مدير")) for q in found), text


def test_participle_with_the_preposition_ba_opens_its_content() -> None:
    text = "وأكد المدير أن الجولات مستمرة، منوها بأهمية التواصل مع الزوار."
    doc, found = find(text)
    assert [doc.text[q.start : q.end] for q in found] == ["الجولات مستمرة", "بأهمية التواصل مع الزوار"]
    assert found[0].speaker == found[1].speaker


def test_attribution_after_a_quote_names_the_outlet_that_relayed_it() -> None:
    text = 'وقالت وزارة التجارة، أمس، إن المبيعات هبطت بنسبة كبيرة، حسبما نقلت "رويترز".'
    doc, found = find(text, [entity(text, "وزارة التجارة", "ORG"), entity(text, "رويترز", "ORG")])
    assert len(found) == 1
    assert speaker(doc, found[0]) == "وزارة التجارة" and found[0].via == ("رويترز",)


def test_outlet_reporting_what_someone_said() -> None:
    text = 'ونقلت وكالة رويترز ما قاله الباحث سمير نادر "إنه تقدم كبير في دراسة الكواكب البعيدة".'
    doc, found = find(text, [entity(text, "سمير نادر", "PER")])
    assert [speaker(doc, q) for q in found] == ["سمير نادر"]
    assert found[0].via == ("وكالة رويترز",) and found[0].direct


def test_relay_inside_a_verb_region_and_outlet_told_in_brackets() -> None:
    text = ("وذكرت هيئة الإذاعة نقلا عن شهود أن الحريق بدأ ليلا. "
            "وقال سامي الخطيب لـ(إيه.بي.سي) إن النيران أخمدت.")
    doc, found = find(text, [entity(text, "سامي الخطيب", "PER")])
    assert [speaker(doc, q) for q in found] == ["شهود", "سامي الخطيب"]
    assert [q.via for q in found] == [("هيئة الإذاعة",), ("إيه.بي.سي",)]


def test_the_same_speaker_named_again_keeps_the_outlet_of_the_interview() -> None:
    text = "وقال محمد حسن زاده لوكالة الأنباء الطلابية إن القانون جديد. وأضاف زاده أن التمويل لم يصل."
    again = text.rindex("زاده")
    doc, found = find(text, [entity(text, "محمد حسن زاده", "PER"), Entity(again, again + 4, "PER")])
    assert [speaker(doc, q) for q in found] == ["محمد حسن زاده", "زاده"]
    assert [q.via for q in found] == [("وكالة الأنباء الطلابية",)] * 2


def test_addressee_is_no_speaker_and_a_relative_clause_is_no_name() -> None:
    text = "وكان المتحدث سامي نادر قد قال للصحفيين إن الطريق مغلق. وقال المصدر، الذي لم تتم تسميته، إن الحادث وقع ليلا."
    doc, found = find(text, [entity(text, "سامي نادر", "PER")])
    assert [speaker(doc, q) for q in found] == ["سامي نادر", "المصدر"]


def test_empty_layers_give_no_quotes() -> None:
    doc = Document(text="قال الوزير إن الوضع مستقر.")
    assert quotes_stage.run(doc, default_resources()) == []


# ---------------------------------------------------------------- the seed article (../shared)


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path) -> Document:
    from marsad.extract import load_path

    return Pipeline()(load_path(str(seed_path)))


def _quote(doc: Document, content_start: str) -> Quote:
    for q in doc.layer("quotes"):
        if doc.text[q.start : q.end].startswith(content_start):
            return q
    raise AssertionError(f"no quote starting {content_start!r}")


@pytest.mark.shared
def test_seed_quotes_speakers_relays_and_contents(seed_doc: Document) -> None:
    doc = seed_doc
    q = _quote(doc, "روسيا والولايات المتحدة ستجريان")
    assert speaker(doc, q) == "سيرغي ريابكوف" and any("إنترفاكس" in v for v in q.via)
    q = _quote(doc, "المحادثات مع بايدن")
    assert speaker(doc, q) == "بوتين" and any("تاس" in v for v in q.via)
    q = _quote(doc, "موسكو وواشنطن ستباشران")
    assert speaker(doc, q) == "الكرملين" and doc.text[q.cue.start : q.cue.end] == "أعلن"
    # the statement (البيان) is attributed to the Kremlin: the speaker span is the Kremlin's mention
    q = _quote(doc, "أهمية التنفيذ المتسق")
    assert speaker(doc, q) == "الكرملين" and q.direct
    q = _quote(doc, "نموذج")
    assert "تحييد فنلندا" in doc.text[q.start : q.end]
    assert speaker(doc, q) == "فيدور لوكيانوف" and any("لوموند" in v for v in q.via)
    q = _quote(doc, "كلا الطرفين")
    assert speaker(doc, q) == "فيدور لوكيانوف" and doc.text[q.cue.start : q.cue.end] == "قال"


def test_bayyana_with_its_shadda_or_after_min_jihatihi_is_a_cue() -> None:
    for text in ("وبيّن المدير أن الأندية مفتوحة للجميع.", "من جهته، بين المدير أن الأندية مفتوحة للجميع."):
        doc, found = find(text)
        assert [doc.text[q.start : q.end] for q in found] == ["الأندية مفتوحة للجميع"], text
    _, found = find("وقع اشتباك بين الطرفين أن يكون الاتفاق قريبا.")
    assert found == []


def test_statement_issuer_and_a_name_after_a_place_in_the_title() -> None:
    text = ("وجاء في بيان لوزارة الخارجية أن الوفد سيصل غدا. "
            "وقال المدير العام في منطقة الرياض محمد المرشد إن الأندية افتتحت.")
    doc, found = find(text, [entity(text, "وزارة الخارجية", "ORG"), entity(text, "محمد المرشد", "PER")])
    assert [speaker(doc, q) for q in found] == ["وزارة الخارجية", "محمد المرشد"]


def test_a_carried_patient_is_no_relay() -> None:
    text = "وأكد الطبيب أن الطفلة نقلت على الفور الى مستشفى العاصمة، التي تبعد عن المدينة 400 كم."
    doc, found = find(text)
    assert len(found) == 1 and speaker(doc, found[0]) == "الطبيب"


def test_the_outlet_told_is_no_speaker_of_a_later_cue() -> None:
    text = "وتحدث لـ«نبض الخليج» مسؤول في الاتحاد الإقليمي عن الخطة، وقال: «الاتحاد سيرسل الأسماء غدا»."
    outlet = entity(text, "نبض الخليج", "ORG")
    doc, found = find(text, [outlet, entity(text, "الاتحاد الإقليمي", "ORG")])
    assert found and all(speaker(doc, q) != "نبض الخليج" for q in found)
