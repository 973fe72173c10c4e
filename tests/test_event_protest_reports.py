"""PROTEST reports told through the crowd, the place, the day, the demand or the course of a protest, and the
senses that stay out (a crowd watching a show, details told of protesters already named), on constructed
sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import protest_triggers, protests


def test_protesters_named_without_the_article_act_as_a_subject(pipeline: Any) -> None:
    assert protest_triggers("وأغلق محتجون غاضبون مدخل الميناء بالحجارة.", pipeline) == ["محتجون"]
    assert protest_triggers("ونصب معتصمون خياما قرب مبنى المحافظة.", pipeline) == ["معتصمون"]
    # protesters named with the article tell the protest too (its mentions are one story-level event)
    assert protest_triggers("ورفع المتظاهرون صور المعتقلين.", pipeline) == ["المتظاهرون"]
    assert protest_triggers("وقال الوزير إن الذين تظاهروا محتجون مأجورون.", pipeline) == []  # inside a claim


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("مظاهرات في الخرطوم بعد رفع أسعار الخبز", "مظاهرات"),  # a place
        ("وعطلت اعتصامات داخل الجزائر حركة القطارات.", "اعتصامات"),
        ("وأغلقت مظاهرات الجمعة الطرق المؤدية إلى الوزارة.", "مظاهرات"),  # a day
        ("وشلت احتجاجات تطالب برحيل المحافظ حركة المرور.", "احتجاجات"),  # a demand
        ("وأربكت احتجاجات على رفع الضرائب عمل الحكومة.", "احتجاجات"),
        ("وما زالت الاحتجاجات تتواصل في الأحياء الشرقية.", "الاحتجاجات"),  # going on
    ],
)
def test_a_protest_told_with_its_place_day_demand_or_course(text: str, trigger: str, pipeline: Any) -> None:
    assert protest_triggers(text, pipeline) == [trigger]


def test_a_strike_or_sit_in_kept_up_or_begun_by_those_who_hold_it(pipeline: Any) -> None:
    assert protest_triggers("ويواصل الممرضون إضرابهم لليوم الرابع.", pipeline) == ["إضرابهم"]
    assert protest_triggers("وبدأ سائقو الشاحنات اعتصاما عند المعبر.", pipeline) == ["اعتصاما"]


def test_protest_chants_tents_disobedience_and_boycotts(pipeline: Any) -> None:
    assert protest_triggers("واستقبل الأهالي الوزير بهتافات احتجاجية.", pipeline) == ["احتجاجية"]
    assert protest_triggers("وأقام الطلاب خيمة اعتصام في ساحة الجامعة.", pipeline) == ["خيمة اعتصام"]
    assert protest_triggers("ودخلت البلدة في عصيان مدني منذ الصباح.", pipeline) == ["عصيان مدني"]
    assert protest_triggers("وقاطع نواب المعارضة الجلسة احتجاجا على القانون.", pipeline) == ["وقاطع"]
    assert protest_triggers("وقاطع المذيع ضيفه أكثر من مرة.", pipeline) == []  # to interrupt


def test_speaking_at_a_protest_tells_the_protest(pipeline: Any) -> None:
    assert protest_triggers("وتحدث في المسيرة رئيس النقابة عن مطالب العمال.", pipeline) == ["المسيرة"]


def test_a_crowd_gathered_to_watch_is_no_protest(pipeline: Any) -> None:
    assert protest_triggers("واحتشد لمشاهدة العرض الجوي مئات الزوار.", pipeline) == []
    assert protest_triggers("واحتشد المئات أمام مبنى البلدية.", pipeline) == ["واحتشد"]


def test_a_word_opened_by_sin_is_future_only_before_an_imperfect(pipeline: Any) -> None:
    assert protest_triggers("سار المحتجون نحو القصر بعد أن تظاهروا في الساحة.", pipeline)
    assert [e.factuality for e in protests("وسيتظاهر الأطباء أمام الوزارة.", pipeline)] == ["future"]


def test_a_protest_told_by_sources_is_reported_one_claimed_by_a_speaker_is_not(pipeline: Any) -> None:
    assert protest_triggers("وأفادت مصادر محلية بأن مئات الطلاب تظاهروا أمام الجامعة.", pipeline) == ["تظاهروا"]
    assert protest_triggers("وقال المتحدث إن آلاف المواطنين تظاهروا ضد الحكومة.", pipeline) == []


def test_people_voicing_their_protest_a_diplomat_in_words(pipeline: Any) -> None:
    assert protest_triggers("ووقف الشبان أمام البلدية يعلنون احتجاجهم على الغلاء.", pipeline) == ["احتجاجهم"]
    assert protest_triggers("وعبر السفير عن احتجاجه على التصريحات.", pipeline) == []


def test_a_force_named_in_another_clause_does_not_undo_a_protest(pipeline: Any) -> None:
    assert protest_triggers("هدمت قوات الأمن المسجد أمس، وسط احتجاجات في طهران.", pipeline) == ["احتجاجات"]
    assert protest_triggers("وأغلقت الشرطة الطرق المؤدية إلى الساحة أمس.", pipeline) == []  # the police close roads

