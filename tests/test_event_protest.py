"""PROTEST triggers (ANNOTATION.md, Events): calls and announcements, protests against someone, headlines,
hunger strikes, verbs by morphology, and the other senses of the protest words, on constructed sentences
through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import protest_triggers, protests


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ودعت نقابة المعلمين إلى إضراب عام في المدارس الحكومية.", "إضراب"),
        ("وأعلنت النقابة عن تظاهرة أمام البرلمان مساء اليوم.", "تظاهرة"),
        ("ودعت أحزاب المعارضة أنصارها إلى التظاهر أمام مقر الحكومة.", "التظاهر"),
        ("وأعلنت نقابة الأطباء الإضراب في المستشفيات العامة.", "الإضراب"),
    ],
)
def test_a_call_for_a_protest_or_its_announcement_is_an_asserted_protest(
    text: str, trigger: str, pipeline: Any
) -> None:
    assert protest_triggers(text, pipeline) == [trigger]


def test_a_call_in_the_first_person_plural_counts_even_inside_a_quote(pipeline: Any) -> None:
    assert protest_triggers("وقالت الناشطة: «لنتظاهر جميعا أمام الوزارة حتى تتحقق مطالبنا».", pipeline) == ["لنتظاهر"]


def test_a_protest_against_someone_is_reported(pipeline: Any) -> None:
    assert protest_triggers("وعطلت احتجاجات ضد وزير المالية جلسة البرلمان.", pipeline) == ["احتجاجات"]
    assert protest_triggers("وأطلق ناشطون حملة احتجاج واسعة ضد قرار الإغلاق.", pipeline) == ["احتجاج"]


def test_a_headline_opened_by_a_protest_noun(pipeline: Any) -> None:
    assert protest_triggers("مظاهرات حاشدة في مدن مغربية عدة", pipeline) == ["مظاهرات"]
    assert protest_triggers("مسيرة طويلة من العمل في خدمة الوطن", pipeline) == []  # مسيرة: a career, not a march


def test_hunger_strikes_in_their_forms(pipeline: Any) -> None:
    evs = protests("وتدهورت صحة الأسير بعد أربعين يوما من الإضراب المفتوح عن الطعام.", pipeline)
    assert [(e.cameo, e.factuality) for e in evs] == [("142", "asserted")]
    assert [e.cameo for e in protests("ويواصل الأسير إضرابه عن الطعام لليوم العاشر.", pipeline)] == ["142"]


def test_a_strike_that_comes_after_something_is_reported(pipeline: Any) -> None:
    assert protest_triggers("ويأتي الإضراب بعد فشل المفاوضات مع إدارة الشركة.", pipeline) == ["الإضراب"]


def test_verbs_by_morphology(pipeline: Any) -> None:
    assert protest_triggers("واعتصمن أمس أمام مقر الوزارة.", pipeline) == ["واعتصمن"]
    assert protest_triggers("وتجمهروا أمام السفارة أمس.", pipeline) == ["وتجمهروا"]
    evs = protests("وسيتظاهر المعلمون أمام الوزارة.", pipeline)
    assert [e.factuality for e in evs] == ["future"]


def test_a_crowd_protests_in_the_street_a_ministry_in_words(pipeline: Any) -> None:
    assert protest_triggers("واحتج مئات العمال أمام المصنع على تأخر الرواتب.", pipeline) == ["واحتج"]
    assert protest_triggers("واحتجت وزارة الخارجية على تصريحات السفير.", pipeline) == []


def test_crowds_in_the_squares_to_protest(pipeline: Any) -> None:
    assert protest_triggers("ونزل الطلاب إلى الساحات للاحتجاج على القرار.", pipeline) == ["للاحتجاج"]


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر اللاعب بالإصابة ليضيع الوقت.",  # التظاهر بـ: to pretend
        "ويتظاهر بالمرض كلما طلب منه العمل.",
        "وأعلنت الوزارة عن تظاهرة ثقافية كبرى في العاصمة.",  # a cultural show
        "مظاهرات ثقافية وفنية في المدينة القديمة",
        "ويتفاوض مع من يخرجون في مظاهرات كل أسبوع.",  # whoever goes out: generic, no report
        "وبعث السفير مذكرة احتجاج إلى الوزارة.",  # a protest note: a protest in words
    ],
)
def test_other_senses_and_generic_mentions_are_no_protest(text: str, pipeline: Any) -> None:
    assert protest_triggers(text, pipeline) == []


def test_the_future_time_of_a_called_protest_leaves_the_call_asserted(pipeline: Any) -> None:
    assert [e.factuality for e in protests("وقررت النقابة تنفيذ إضراب شامل الأسبوع المقبل.", pipeline)] == ["asserted"]
    # a call still to be made is a future one
    assert [e.factuality for e in protests("وستدعو النقابة إلى إضراب عام.", pipeline)] == ["future"]


def test_protest_stands_massive_protests_and_protests_going_on(pipeline: Any) -> None:
    assert protest_triggers("ونفذ موظفو البلدية وقفة احتجاجية أمام مبنى المحافظة.", pipeline) == ["وقفة احتجاجية"]
    assert protest_triggers("وأغلقت مظاهرات حاشدة وسط المدينة.", pipeline) == ["مظاهرات"]
    assert protest_triggers("وتسببت الاحتجاجات المتواصلة في إغلاق الجامعة.", pipeline) == ["الاحتجاجات"]
    # a protest noun alone tells the day's protest; a protest of earlier months is background
    assert protest_triggers("وتسببت الاحتجاجات في إغلاق الجامعة.", pipeline) == ["الاحتجاجات"]
    assert protest_triggers("وتسببت الاحتجاجات في الأشهر الماضية في إغلاق الجامعة.", pipeline) == []
    # the protests of the last days or hours are the news itself
    assert protest_triggers("وتسببت الاحتجاجات في الأيام الماضية في إغلاق الجامعة.", pipeline) == ["الاحتجاجات"]


def test_someone_killed_during_a_protest_tells_the_protest(pipeline: Any) -> None:
    assert protest_triggers("واستشهد فتى فلسطيني خلال مظاهرة قرب الحدود.", pipeline) == ["مظاهرة"]
    assert protest_triggers("وتحدث الكاتب خلال مظاهرة عن تجربته.", pipeline) == ["مظاهرة"]  # speaking at a protest
    assert protest_triggers("وأصيب شاب خلال مظاهرة نظمها الطلاب أمس.", pipeline)
