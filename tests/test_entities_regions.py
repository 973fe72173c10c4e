"""Saudi regions, governorates and towns of the lists, and the bodies of a region."""

from __future__ import annotations

import pytest

from marsad.document import Entity
from marsad.gazetteer import link_entities
from marsad.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def ents(text: str, res: Resources) -> dict[str, Entity]:
    return {text[e.start : e.end]: e for e in link_entities(text, res.tokenizer(text), res)}


def test_towns_of_qatif_are_places(res: Resources) -> None:
    found = ents("زار الوفد بلدات سيهات وتاروت والعوامية قبل أن يعود إلى القديح.", res)
    for town in ("سيهات", "تاروت", "العوامية", "القديح"):
        assert found[town].type == "LOC" and found[town].country == "SAU"


def test_a_region_and_a_governorate_of_the_lists(res: Resources) -> None:
    found = ents("افتتح أمير منطقة الحدود الشمالية المشروع، وأنهت إدارة تعليم عفيف استعداداتها.", res)
    assert found["الحدود الشمالية"].type == "LOC" and found["الحدود الشمالية"].country == "SAU"
    assert found["إدارة تعليم عفيف"].type == "ORG"


def test_a_ministry_in_a_region_is_the_ministry_and_the_region(res: Resources) -> None:
    found = ents("وقال مدير فرع وزارة الإسكان بمنطقة الجوف إن المشروع اكتمل.", res)
    assert found["وزارة الإسكان"].type == "ORG"
    assert found["الجوف"].type == "LOC"


def test_a_regional_body_still_takes_in_its_region(res: Resources) -> None:
    found = ents("وأعلنت مديرية الشؤون الصحية بمنطقة الجوف عن وظائف.", res)
    assert "مديرية الشؤون الصحية بمنطقة الجوف" in found


def test_a_direction_noun_before_a_continent_names_its_region(res: Resources) -> None:
    text = "تنتشر الظاهرة في غرب أفريقيا ودول جنوب شرق آسيا، وتصل إلى جنوب أفريقيا وشمال سوريا."
    found = ents(text, res)
    assert found["غرب أفريقيا"].type == found["جنوب شرق آسيا"].type == "LOC"
    assert found["جنوب أفريقيا"].country == "ZAF"  # the country
    assert "سوريا" in found and "شمال سوريا" not in found  # a direction of a country is no name


def test_a_body_named_after_a_place_leaves_out_its_country_adjective(res: Resources) -> None:
    found = ents("أعلنت جامعة وارسو البولندية وبلدية دبي الإماراتية ووزارة الخارجية البحرينية عن برنامج.", res)
    assert found["جامعة وارسو"].country == "POL" and found["بلدية دبي"].country == "ARE"
    assert "وزارة الخارجية البحرينية" in found  # no place in its name: the adjective stays


def test_al_azhar_alone_is_the_institution(res: Resources) -> None:
    found = ents("وقال وكيل الأزهر إن القرار نهائي.", res)
    assert found["الأزهر"].type == "ORG" and found["الأزهر"].country == "EGY"


def test_a_region_noun_before_a_place_joins_it_and_confirms_a_listed_division(res: Resources) -> None:
    found = ents("تحصن المسلحون في جرود عرسال وجرود القلمون قبل أن يقصف الجيش ريف حلب.", res)
    assert found["جرود عرسال"].type == "LOC" and found["جرود عرسال"].country == "LBN"
    assert found["جرود القلمون"].type == found["ريف حلب"].type == "LOC"


def _tagged_twice(text: str, name: str, res: Resources) -> tuple[list[Entity], int]:
    """The entities of ``text`` when the tagger reads both mentions of ``name`` as places; the second's start."""
    first = text.index(name)
    second = text.index(name, first + 1)
    tagged = (Entity(first, first + len(name), "LOC"), Entity(second, second + len(name), "LOC"))
    return link_entities(text, res.tokenizer(text), res, tagged), second


def test_a_country_read_by_the_tagger_after_a_definite_noun_is_its_adjective(res: Resources) -> None:
    text = "حقق المنتخب إنجازا للكرة السعودية، ثم عاد اللاعبون إلى السعودية."
    found, second = _tagged_twice(text, "السعودية", res)
    assert [(e.start, e.type) for e in found if text[e.start : e.end] == "السعودية"] == [(second, "LOC")]


def test_a_phrase_that_names_nothing_hides_a_city_the_tagger_reads_in_it(res: Resources) -> None:
    text = "تأجل الحفل للظروف القاهرة، ثم أقيم في القاهرة."
    found, second = _tagged_twice(text, "القاهرة", res)
    assert [e.start for e in found if e.type == "LOC"] == [second]


def test_rivers_are_places_and_name_the_bodies_after_them(res: Resources) -> None:
    found = ents("أعلنت قيادة عمليات الفرات انتشارها على ضفاف نهر دجلة، وامتدت الاشتباكات إلى جبال حمرين.", res)
    assert found["قيادة عمليات الفرات"].type == "ORG"
    assert found["نهر دجلة"].type == found["جبال حمرين"].type == "LOC"


def test_a_country_adjective_inside_the_place_a_body_is_named_after_stays(res: Resources) -> None:
    found = ents("وأشاد الوفد بدور قيادة المملكة العربية السعودية في الأزمة.", res)
    assert "قيادة المملكة العربية السعودية" in found
