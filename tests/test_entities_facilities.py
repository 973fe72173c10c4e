"""Facilities named by a facility noun and a place the article names, or the company that runs them."""

from __future__ import annotations

import pytest

from marsad.resources import Resources
from test_heads import ents, tagged_at  # gazetteers and rules alone, spans checked


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()



def test_a_facility_noun_before_a_place_named_elsewhere_in_the_article_is_one_place(res: Resources) -> None:
    text = "دخل المسلحون بلدة قرقيسيا صباحا. وبعد ساعات فجروا سجن قرقيسيا وأطلقوا السجناء."
    found = ents(text, res, (tagged_at(text, "قرقيسيا", "LOC"),))
    assert found["سجن قرقيسيا"].type == "LOC" and found["سجن قرقيسيا"].kind == "facility"
    assert found["قرقيسيا"].type == "LOC"


def test_a_facility_noun_with_the_article_or_a_road_takes_no_place_in(res: Resources) -> None:
    text = "دخل المسلحون بلدة قرقيسيا صباحا، ثم عادوا إلى السجن قرقيسيا وإلى طريق قرقيسيا."
    found = ents(text, res, (tagged_at(text, "قرقيسيا", "LOC"),))
    assert not any(name.startswith(("السجن", "طريق")) for name in found)


def test_a_hospital_named_by_a_company_is_a_place(res: Resources) -> None:
    found = ents("يعمل الطبيب في مستشفى أرامكو منذ سنوات، وتملك أرامكو مستشفيات أخرى.", res)
    assert found["مستشفى أرامكو"].type == "LOC"
    assert found["أرامكو"].type == "ORG"


def test_a_person_the_tagger_reads_confirms_no_body_of_the_wide_lists_inside_it(res: Resources) -> None:
    text = "واستقبل الوزير أمس إيرينا بوكوفا في مكتبه."
    found = ents(text, res, (tagged_at(text, "إيرينا بوكوفا", "PER"),))
    assert found["إيرينا بوكوفا"].type == "PER"
    assert "إيرينا" not in found


def test_movement_of_transfers_or_traffic_names_no_movement(res: Resources) -> None:
    found = ents("ناقش المعلمون بنود حركة النقل وأثر حركة المرور، وقالت حركة حماس إن الأمر داخلي.", res)
    assert "حركة النقل" not in found and "حركة المرور" not in found
    assert found["حركة حماس"].type == "ORG"


def test_a_definite_word_after_a_construct_noun_is_its_genitive_not_an_adjective(res: Resources) -> None:
    found = ents("وأوضح مدير مركز متابعة أوضاع العراقيين أن العمل مستمر.", res)
    assert found["مركز متابعة أوضاع العراقيين"].type == "ORG"


def test_radio_and_television_head_an_outlet_named_after_a_place(res: Resources) -> None:
    found = ents("وقال الوزير لراديو مونت كارلو الدولي ولتلفزيون أبوظبي إن الاتفاق قريب.", res)
    assert found["تلفزيون أبوظبي"].type == "ORG" and found["تلفزيون أبوظبي"].kind == "media"


def test_a_head_noun_after_a_broadcaster_noun_is_no_outlet_name(res: Resources) -> None:
    found = ents("وبث الأغنية التي أذاعه التلفزيون المغربي على الهواء، وقاتلت القوات حركة الشباب.", res)
    assert "التلفزيون" not in found
    assert found["حركة الشباب"].type == "ORG" and found["حركة الشباب"].country == "SOM"


def test_the_media_office_of_a_body_stays_one_name(res: Resources) -> None:
    found = ents('وأكد عضو "المكتب الإعلامي للمقاومة" أن الهدنة انتهت.', res)
    assert "المكتب الإعلامي للمقاومة" in found


def test_a_place_that_opens_a_tagged_person_is_still_confirmed(res: Resources) -> None:
    text = "والتقى محافظ الأنبار سعد الفلاحي بالوفد."
    found = ents(text, res, (tagged_at(text, "الأنبار سعد الفلاحي", "PER"),))
    assert found["الأنبار"].type == "LOC"


def test_led_by_a_country_names_no_command(res: Resources) -> None:
    found = ents("وشنت قوات التحالف بقيادة السعودية غارات، وأعلنت قيادة عمليات بغداد النتائج.", res)
    assert found["السعودية"].type == "LOC" and "قيادة السعودية" not in found
    assert found["قيادة عمليات بغداد"].type == "ORG"


def test_a_lam_phrase_of_a_person_is_no_part_of_a_body_name(res: Resources) -> None:
    found = ents("وعرض التلفزيون السوري للأسد مقابلة جديدة أمس.", res)
    assert not any(name.endswith("للأسد") for name in found)
