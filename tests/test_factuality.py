"""Event factuality and quote kinds on constructed sentences (docs/conventions.md)."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import coded


def _events(text: str, pipeline: Any) -> list[tuple[str, str, str]]:
    doc = coded(text, pipeline)[0]
    return [(e.type, doc.text[e.trigger.start:e.trigger.end], e.factuality) for e in doc.layer("events")]


@pytest.mark.parametrize(("text", "factuality"), [
    ("هاجم مسلحون مركزا للشرطة في بغداد أمس.", "asserted"),
    ("بدأت أمس محاكمة المتهمين باغتيال رئيس الوزراء.", "reference"),
    ("أحيا الأهالي أمس الذكرى السنوية لاغتيال الزعيم.", "reference"),
    ("لم يهاجم الجيش المدينة أمس.", "negated"),
    ("أحبطت الشرطة محاولة لتفجير سيارة مفخخة قرب السفارة.", "hypothetical"),
    ("إذا تظاهر الطلاب فستتدخل الشرطة.", "hypothetical"),
])
def test_factuality_frames(text: str, factuality: str, pipeline: Any) -> None:
    found = _events(text, pipeline)
    assert found and found[0][2] == factuality, found


def test_an_event_dated_long_before_publication_is_background(pipeline: Any) -> None:
    found = _events("وكان المسلحون قد هاجموا القاعدة العسكرية في عام 2003.", pipeline)
    assert found and all(f == "reference" for _, _, f in found), found


def test_a_verbal_attack_is_no_assault(pipeline: Any) -> None:
    assert not [e for e in _events("شن الوزير هجوما حادا على الصحف.", pipeline) if e[0] == "ASSAULT"]
    assert not [e for e in _events("شن النائب هجوما إعلاميا على الحكومة.", pipeline) if e[0] == "ASSAULT"]
    assert [e for e in _events("شن المسلحون هجوما على قاعدة عسكرية.", pipeline) if e[0] == "ASSAULT"]


@pytest.mark.parametrize(("text", "kind"), [
    ("قال المتحدث باسم الوزارة إن المحادثات ستستأنف.", "statement"),
    ("نفى المتحدث باسم الوزارة أن تكون القوات قد دخلت المدينة.", "denial"),
    ("وحذر الوزير من أن العقوبات ستطال الجميع.", "statement"),
])
def test_quote_kind_comes_from_the_cue(text: str, kind: str, pipeline: Any) -> None:
    doc = coded(text, pipeline)[0]
    assert [q.kind for q in doc.layer("quotes")] == [kind]


def test_quote_kinds_lexicon_reads_each_family() -> None:
    from marsad.quotes.lexicon import quote_kinds
    from marsad.resources import default_resources

    kinds = quote_kinds(default_resources())
    for cue, kind in (("وأضاف", "statement"), ("نفى", "denial"), ("وهدد", "threat"), ("اتهم", "accusation"),
                      ("تعهد", "commitment"), ("ودعا", "directive"), ("طالب", "directive"), ("أشاد", "praise"),
                      ("ندد", "condemnation"), ("أدان", "condemnation"), ("وتساءل", "question")):
        assert kinds.kind_of(cue) == kind, cue


@pytest.mark.shared
def test_the_seed_has_no_asserted_withdrawal_by_the_russians(seed_path: Any, pipeline: Any) -> None:
    from marsad.extract import load_path

    doc = pipeline(load_path(seed_path))
    for e in doc.layer("events"):
        actor = e.actor.text if e.actor else ""
        assert not (e.type == "RETREAT" and "الروس" in actor and e.factuality == "asserted")
