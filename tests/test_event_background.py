"""Attacks and protests told again or told as background, not as the day's news: the title repeated on a line
that links to the story, a protest of last week, an attack of weeks before or a tally of a period, a time of
another clause, a quoted title of a work; and fire returned on its source, an attack. Each beside the news it is
told apart from, on constructed sentences."""

from __future__ import annotations

import datetime as dt
from typing import Any

from event_helpers import asserted, events

FRIDAY = dt.date(2015, 7, 24)


def test_a_line_linking_to_the_story_tells_its_title_again(pipeline: Any) -> None:
    text = ("قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش في بنغازي اليوم.\n"
            "رابط الخبر بصحيفة الوئام: مقتل خمسة جنود في هجوم على نقطة تفتيش")
    found = events(text, pipeline, "ASSAULT")
    assert len(found) == 1
    assert found[0].trigger.start < text.index("رابط")


def test_a_story_named_without_its_link_is_still_told(pipeline: Any) -> None:
    text = "وقال الخبر إن مسلحين قتلوا خمسة جنود في هجوم على نقطة تفتيش في بنغازي اليوم."
    assert len(asserted(text, pipeline, "ASSAULT")) == 1


def test_a_protest_of_last_week_is_background(pipeline: Any) -> None:
    text = "وكان محتجون يلقون الحجارة على الشرطة في أثينا الأسبوع الماضي."
    assert asserted(text, pipeline, "PROTEST", FRIDAY) == []
    assert [e.factuality for e in events(text, pipeline, "PROTEST", FRIDAY)] == ["reference"]


def test_a_protest_of_this_week_is_news(pipeline: Any) -> None:
    text = "وتظاهر آلاف المحتجين أمام البرلمان في أثينا هذا الأسبوع."
    assert len(asserted(text, pipeline, "PROTEST", FRIDAY)) == 1


def test_an_attack_dated_weeks_before_publication_is_background(pipeline: Any) -> None:
    text = "وفي نهاية يونيو الماضي قتل مسلحون عشرة جنود في هجوم على ثكنة في شمال البلاد."
    assert asserted(text, pipeline, "ASSAULT") == []
    assert {e.factuality for e in events(text, pipeline, "ASSAULT")} == {"reference"}


def test_an_attack_of_the_last_days_is_news(pipeline: Any) -> None:
    text = "وقتل مسلحون عشرة جنود في هجوم على ثكنة في شمال البلاد يوم الخميس الماضي."
    assert len(asserted(text, pipeline, "ASSAULT")) == 1


def test_a_time_in_a_relative_clause_of_another_noun_does_not_date_the_attack(pipeline: Any) -> None:
    text = "ويشارك الجنود في معارك تمهد لاستعادة المدينة من المسلحين التي سيطروا عليها في مايو الماضي."
    found = asserted(text, pipeline, "ASSAULT")
    assert [text[e.trigger.start:e.trigger.end] for e in found] == ["معارك"]
    assert found[0].time is None


def test_a_relative_right_after_the_attack_dates_it(pipeline: Any) -> None:
    text = "وأدان الوزير الهجوم الإرهابي الذي استهدف مسجدا في 26 يونيو الماضي."
    found = events(text, pipeline, "ASSAULT")
    assert [e.time for e in found] == ["2015-06-26"]
    assert [e.factuality for e in found] == ["reference"]


def test_a_tally_of_the_year_is_no_attack_of_the_day(pipeline: Any) -> None:
    text = "وأحصت منظمة حقوقية مقتل 40 مدنيا في المحافظة منذ مطلع العام الحالي."
    assert asserted(text, pipeline, "ASSAULT") == []
    assert {e.factuality for e in events(text, pipeline, "ASSAULT")} == {"reference"}


def test_attacks_of_a_past_decade_are_history(pipeline: Any) -> None:
    text = "وشهدت المدينة تفجيرات كثيرة في الثمانينيات من القرن الماضي."
    assert asserted(text, pipeline, "ASSAULT") == []


def test_an_attack_dated_by_its_day_is_news(pipeline: Any) -> None:
    text = "وأحصت منظمة حقوقية مقتل 40 مدنيا في قصف على المحافظة أمس الاثنين."
    assert len(asserted(text, pipeline, "ASSAULT")) == 1


def test_mentions_dated_by_the_day_and_by_its_morning_are_one_attack(pipeline: Any) -> None:
    text = ("قتل 13 شخصا في تفجير انتحاري استهدف سوقا في مدينة شمالية اليوم الجمعة.\n"
            "وقال قائد الشرطة إن انتحارية فجرت نفسها صباح اليوم في السوق ما أسفر عن مقتل 13 شخصا.")
    assert len(asserted(text, pipeline, "ASSAULT", FRIDAY)) == 1


def test_an_audience_that_gathers_is_no_protest(pipeline: Any) -> None:
    text = "انطلقت فعاليات المهرجان بحضور جمهور كبير احتشد في الخيمة الرئيسية."
    assert asserted(text, pipeline, "PROTEST") == []


def test_a_crowd_that_gathers_before_a_ministry_protests(pipeline: Any) -> None:
    text = "احتشد مئات العمال أمام مقر الوزارة أمس احتجاجا على تأخر رواتبهم."
    assert len(asserted(text, pipeline, "PROTEST")) == 1


def test_a_quoted_title_of_a_work_is_no_event(pipeline: Any) -> None:
    text = "وتعرض فرقة المسرح مساء السبت مسرحية «نزهة في ميدان المعركة» في قاعة المدينة."
    assert asserted(text, pipeline, "ASSAULT") == []
    text = "واشتهرت الكاتبة بروايتها «أن تقتل مدينة» التي ترجمت إلى لغات كثيرة."
    assert asserted(text, pipeline, "ASSAULT") == []


def test_a_quoted_statement_of_an_attack_is_still_one(pipeline: Any) -> None:
    text = "وقال المتحدث: «قتل المسلحون خمسة جنود في هجوم على نقطة تفتيش أمس»."
    assert len(asserted(text, pipeline, "ASSAULT")) == 1
    text = 'وقال المتحدث "الأمن مستتب كما في البرنامج" ثم قتل مسلحون جنديا في المدينة أمس.'
    assert len(asserted(text, pipeline, "ASSAULT")) == 1


def test_fire_returned_on_its_source_is_an_attack(pipeline: Any) -> None:
    text = "وأضاف المتحدث أن قوات الجيش ردت على مصادر النيران بالمدفعية الثقيلة أمس."
    found = asserted(text, pipeline, "ASSAULT")
    assert [text[e.trigger.start:e.trigger.end] for e in found] == ["ردت"]


def test_an_answer_about_sources_of_money_is_no_attack(pipeline: Any) -> None:
    text = "ورد الوزير على أسئلة الصحفيين حول مصادر تمويل المشروع الجديد."
    assert asserted(text, pipeline, "ASSAULT") == []
