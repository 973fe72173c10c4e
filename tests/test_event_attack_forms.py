"""Attack forms and their filters: aiming by arms, the verbal noun of attacking, hostages, a plan told by
بحيث, wild animals, films and series, and the fight against terrorism in general, on constructed sentences
through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import attack_triggers, coded, events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("واستهدفت المدفعية مواقع للمسلحين شرق المدينة.", "واستهدفت"),
        ("استهدف صاروخ مبنى البلدية ليلة أمس.", "استهدف"),
        ("واتهمت الوزارة المسلحين بمهاجمتهم نقطة حراسة قرب الحدود.", "بمهاجمتهم"),
        ("واحتجز المسلحون عشرة رهائن داخل المصرف.", "واحتجز"),
    ],
)
def test_aiming_by_arms_attacking_and_hostages_are_attacks(text: str, trigger: str, pipeline: Any) -> None:
    assert attack_triggers(text, pipeline) == [trigger]


@pytest.mark.parametrize(
    "text",
    [
        "ويستهدف البرنامج الشباب العاطلين عن العمل.",  # a programme aimed at people
        "وأفرجت السلطات عن الرهائن بعد دفع الفدية.",  # no one held by a verb of holding
        "وهاجم النمر حارس الحديقة أثناء إطعامه.",  # a wild animal
        "وفي الفيلم الجديد يقتل البطل خصمه في مشهد طويل.",  # a film
        "وتناقش الورشة سبل مكافحة العمل الإرهابي.",  # fighting terrorism in general
    ],
)
def test_plans_animals_films_and_the_fight_against_terrorism_are_no_attacks(text: str, pipeline: Any) -> None:
    assert attack_triggers(text, pipeline) == []


def test_a_plan_told_by_bihaythu_is_hypothetical(pipeline: Any) -> None:
    text = "واتفق البلدان على منطقة عازلة بحيث تتولى الطائرات قصف مواقع التنظيم."
    assert [e.factuality for e in events(text, pipeline, "ASSAULT")] == ["hypothetical"]


def test_killings_told_as_operations_are_attacks(pipeline: Any) -> None:
    text = "وأدانت المنظمة عمليات القتل التي نفذتها الميليشيات في القرى الحدودية أمس."
    assert "عمليات القتل" in attack_triggers(text, pipeline)


def test_hit_where_it_hurts_is_no_killing(pipeline: Any) -> None:
    assert attack_triggers("وأصاب القرار الجديد تجار السوق السوداء في مقتل.", pipeline) == []
    assert attack_triggers("وأعلنت الشرطة مقتل حارس في هجوم مسلح.", pipeline) != []


def test_fire_opened_on_protesters_is_an_attack_and_they_protest(pipeline: Any) -> None:
    text = "وفتح عناصر الحرس المنتشرون حول المبنى النار على المحتجين، وأصيب ثلاثة منهم."
    doc = coded(text, pipeline)[0]
    asserted = {e.type for e in doc.layer("events") if e.factuality == "asserted"}
    assert {"ASSAULT", "PROTEST"} <= asserted


def test_a_beating_is_an_attack(pipeline: Any) -> None:
    assert attack_triggers("واعتدى مجهولون بالضرب على صحفي أمام منزله ليلة أمس.", pipeline) != []


def test_an_entry_of_a_list_of_past_days_is_history(pipeline: Any) -> None:
    # "on this day" lists: a year and a dash open each entry
    got = events("1982 - انفجار سيارة مفخخة قرب مقر الحكومة يودي بحياة عشرين شخصا.", pipeline, "ASSAULT")
    assert got and all(e.factuality == "reference" for e in got)
    got = events("2015 - انفجار سيارة مفخخة قرب مقر الحكومة يودي بحياة عشرين شخصا.", pipeline, "ASSAULT")
    assert [e.factuality for e in got][:1] == ["asserted"]


def test_people_held_by_an_armed_group_are_captives(pipeline: Any) -> None:
    text = "وأكدت منظمة حقوقية وجود عشرات الأسر محتجزة من قبل مسلحين في أطراف البلدة."
    assert [e.cameo for e in events(text, pipeline, "ASSAULT") if e.factuality == "asserted"] == ["181"]
    assert attack_triggers("وأكدت المنظمة وجود عشرات العمال محتجزين من قبل الشرطة.", pipeline) == []


def test_the_dead_named_as_people_are_no_report_of_a_killing(pipeline: Any) -> None:
    assert attack_triggers("ونشر ناشطون صورا لقتلى الميليشيا على مواقع التواصل.", pipeline) == []
    assert attack_triggers("وتسلمت العائلات جثة من قتلى الفصيل في تبادل بين الطرفين.", pipeline) == []
    assert attack_triggers("وسقط عشرة قتلى في قصف على السوق.", pipeline) != []


def test_warplanes_are_a_military_actor(pipeline: Any) -> None:
    doc = coded("وقصفت طائرات حربية مواقع المسلحين قرب المطار أمس.", pipeline)[0]
    got = [(e.actor.text, e.actor.agent) for e in doc.layer("events") if e.type == "ASSAULT" and e.actor]
    assert got == [("طائرات حربية", "military")]


def test_a_place_taken_back_by_force_is_an_attack(pipeline: Any) -> None:
    text = "وتمكنت القوات الحكومية أمس من تحرير مبنى المحافظة من المسلحين."
    assert "تحرير" in attack_triggers(text, pipeline)
    assert attack_triggers("وقال رئيس التحرير إن الصحيفة ستصدر غدا.", pipeline) == []
    assert attack_triggers("وقال رئيس تحرير الصحيفة المحافظة إن العدد سيصدر غدا.", pipeline) == []
    assert attack_triggers("وأرسلت الوزارة قوات للمساعدة في تحرير المناطق الشمالية من المسلحين.", pipeline) == []
    assert attack_triggers("وقال القائد إننا استكملنا تحرير قاعدة الجبل.", pipeline) == ["تحرير"]
    assert attack_triggers("وطالبت الغرفة بتحرير أسعار الوقود.", pipeline) == []


def test_an_expected_attack_is_no_report(pipeline: Any) -> None:
    text = "وتوقع قائد المحور العسكري هجوما على بقية القرى خلال أيام."
    got = events(text, pipeline, "ASSAULT")
    assert got and all(e.factuality == "future" for e in got)


def test_the_accused_of_a_bombing_stand_trial_for_it(pipeline: Any) -> None:
    text = "ويمثل أمام المحكمة 12 متهما في التفجير الذي استهدف السوق."
    got = events(text, pipeline, "ASSAULT")
    assert got and all(e.factuality == "reference" for e in got)
