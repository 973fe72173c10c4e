"""PROTEST reports of unseen news: hunger strikes in the accusative, protests during which tear gas was fired,
protests something caused, marches of counted protesters and a monitor's report, on constructed sentences
through the whole pipeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

from event_helpers import protest_triggers, protests

SPRING = dt.date(2016, 3, 9)  # the articles these sentences stand for were of spring 2016


def test_an_open_hunger_strike_in_the_accusative_is_a_hunger_strike(pipeline: Any) -> None:
    got = protests("وبدأ ثلاثة معتقلين إضرابا مفتوحا عن الطعام في سجن المدينة.", pipeline, SPRING)
    assert [e.cameo for e in got if e.factuality == "asserted"] == ["142"]


def test_tear_gas_fired_during_a_protest_tells_the_protest(pipeline: Any) -> None:
    text = "وأصيب عشرة أشخاص بالاختناق خلال مسيرتهم بعد أن أطلق الجنود الغاز المسيل للدموع."
    assert "مسيرتهم" in protest_triggers(text, pipeline, SPRING)


def test_a_protest_that_a_decision_caused_took_place(pipeline: Any) -> None:
    assert protest_triggers("وأثار قرار إغلاق المصنع احتجاجات في البلدة الصغيرة.", pipeline, SPRING) == ["احتجاجات"]
    assert protest_triggers("وأثار العرض إعجاب تظاهرة فنية كبرى.", pipeline, SPRING) == []  # a show, no protest


def test_a_march_of_counted_protesters_is_a_protest(pipeline: Any) -> None:
    assert protest_triggers("وسار نحو ألفي متظاهر إلى مقر البلدية.", pipeline, SPRING) == ["وسار"]
    assert protest_triggers("وسار الموكب نحو المقبرة.", pipeline, SPRING) == []


def test_a_monitor_that_reports_protesters_reports_a_protest(pipeline: Any) -> None:
    text = "وذكر المرصد أن المحتجين أغلقوا الطريق المؤدي إلى الميناء صباح اليوم."
    assert protest_triggers(text, pipeline, SPRING) != []


def test_a_protest_dated_weeks_before_publication_is_background(pipeline: Any) -> None:
    # published 2016-03-09
    text = "وقتل شاب خلال تظاهرات عمت المدينة يوم الجمعة 19 فبراير الماضي."
    assert [e.factuality for e in protests(text, pipeline, SPRING)] == ["reference"]
    assert protest_triggers("وتظاهر مئات الطلاب أمس أمام وزارة التعليم.", pipeline, SPRING) != []


def test_a_hunger_strike_since_some_days_goes_on(pipeline: Any) -> None:
    # the date opened by منذ is when the strike began, not the time of a past protest
    text = "وقالت الهيئة إن المعتقل المضرب عن الطعام منذ 40 يوما يعاني من آلام شديدة."
    assert [e.factuality for e in protests(text, pipeline, SPRING)] == ["asserted"]


def test_those_who_called_for_a_protest_called_for_it(pipeline: Any) -> None:
    text = "ونشرت الشرطة دوريات في الساحات تحسبا لتحركات أنصار الحزب الذين دعوا إلى التظاهر بعد صلاة الجمعة."
    assert protest_triggers(text, pipeline, SPRING) == ["التظاهر"]


def test_an_angry_crowd_protests(pipeline: Any) -> None:
    assert protest_triggers("وهاجم حشد غاضب مركز الشرطة بالحجارة بعد مقتل الشاب.", pipeline, SPRING) == ["حشد غاضب"]
    assert protest_triggers("واحتجت حشود غاضبة من المشجعين على قرار الحكم في المباراة.", pipeline, SPRING) == []


def test_an_outlets_sources_quoted_directly_report_a_protest(pipeline: Any) -> None:
    text = "وقالت مصادر القناة في المدينة: «إن الأهالي تصدوا لموكب الوزير بهتافات احتجاجية»."
    assert protest_triggers(text, pipeline, SPRING) != []
    text = "وقال الوزير: «إن الأهالي تصدوا لموكب الوزير بهتافات احتجاجية»."
    assert protest_triggers(text, pipeline, SPRING) == []  # a party's claim
