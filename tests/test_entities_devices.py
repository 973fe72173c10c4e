"""A head noun that names a device too (جهاز): it heads a body only before a field of a state body (gazetteers,
rules and the tagger's spans): "جهاز الحاسوب", "جهاز مراقبة الوزن", "الجهاز الفني للنادي" and "الجهاز العصبي"
name nothing, nor does a tagger's name right after the device's noun; a phone (هاتف) or a product line with its model
(جالاكسي نوت) read by the tagger is no name."""

from __future__ import annotations

import pytest

from marsad.resources import Resources
from test_heads import ents, tagged_at  # gazetteers and rules alone, spans checked


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


@pytest.mark.parametrize("text", [
    "واشترى الطالب جهاز الحاسوب المحمول من السوق.",
    "ويعتمد الطبيب على جهاز مراقبة الوزن في العيادة.",
    "واجتمع الجهاز الفني للنادي بعد المباراة.",
    "ويؤثر التوتر في الجهاز العصبي للطفل.",
    "وصار جهاز ألعاب الفيديو أرخص هذا العام.",
])
def test_a_device_named_by_its_head_is_no_organization(res: Resources, text: str) -> None:
    assert not [e for e in ents(text, res).values() if e.type == "ORG"]


@pytest.mark.parametrize("name", [
    "جهاز المخابرات العامة",
    "جهاز مكافحة المخدرات",
    "جهاز الرقابة المالية",
])
def test_a_body_named_by_the_device_head_stays_an_organization(res: Resources, name: str) -> None:
    found = ents(f"وأعلن {name} أمس نتائج عمله.", res)
    assert name in found and found[name].type == "ORG"


def test_a_tagged_name_on_or_after_the_device_head_is_no_organization(res: Resources) -> None:
    text = "وعرضت الشركة جهاز فيرانو الجديد في المعرض."
    found = ents(text, res, (tagged_at(text, "جهاز فيرانو", "ORG"),))
    assert not [e for e in found.values() if e.type == "ORG"]
    found = ents(text, res, (tagged_at(text, "فيرانو", "ORG"),))
    assert "فيرانو" not in found


def test_a_tagged_body_after_the_head_adjective_and_lam_stays(res: Resources) -> None:
    text = "وأصدر الجهاز المركزي للإحصاء تقريره السنوي."
    found = ents(text, res, (tagged_at(text, "الجهاز المركزي للإحصاء", "ORG"),))
    assert found["الجهاز المركزي للإحصاء"].type == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("وطرحت الشركة هاتف نوفا برو في الأسواق أمس.", "هاتف نوفا برو"),
    ("ويأتي غالاكسي زد 9 بشاشة أكبر من سابقه.", "غالاكسي زد 9"),
])
def test_a_phone_or_a_product_line_with_its_model_is_no_name(res: Resources, text: str, name: str) -> None:
    assert name not in ents(text, res, (tagged_at(text, name, "ORG"),))


def test_a_product_line_word_alone_stays_for_the_club(res: Resources) -> None:
    text = "وخسر الفريق أمام جالاكسي في المباراة الودية."
    assert ents(text, res, (tagged_at(text, "جالاكسي", "ORG"),))["جالاكسي"].type == "ORG"

