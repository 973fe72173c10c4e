"""Parts of day written alone as adverbs (صباحا، مساء، ليلا، فجرا): a time of one day when a perfect verb of
their clause tells an event, on the day named before them; no time in a habit, a condition, a set or a measure.
A Hijri month of the last or next year is that month of the Hijri year. Every sentence is constructed for this
test."""

from __future__ import annotations

import pytest

from test_times_forms import found, value_of  # constructed sentences, anchored on Wednesday 2015-08-12


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("وقع انفجار صباحا في مستودع للأخشاب وسيطر عليه الدفاع المدني.", "صباحا", "2015-08-12TMO"),
        ("وصل وزير الخارجية مساءً إلى العاصمة في زيارة قصيرة.", "مساءً", "2015-08-12TEV"),
        ("وعبرت القوات «الجسر الشمالي» ليلا نحو المدينة.", "ليلا", "2015-08-11TNI"),
        ("قصفت الطائرات مواقع المسلحين أمس الاثنين. وقال مصدر إن الغارات التي نفذت فجرا دمرت مخزنين.", "فجرا",
         "2015-08-10TMO"),
        ("وخرج المحتجون إلى الساحة أمس ليلا مطالبين بالإصلاح.", "أمس ليلا", "2015-08-11TNI"),
        ("وافق المجلس مساء، أمس (الثلاثاء)، على الميزانية.", "مساء، أمس (الثلاثاء)", "2015-08-11TEV"),
    ],
)
def test_a_part_of_day_alone_after_a_perfect_verb_is_on_the_day_named_before_it(
    text: str, expr: str, value: str
) -> None:
    assert value_of(text, expr) == value


def test_a_day_named_after_the_publication_does_not_give_a_past_part_of_day_its_date() -> None:
    text = "يلعب الفريق الأحد المقبل مباراته الأولى، وكان قد أجرى تدريبه صباحا على الملعب الرئيسي."
    assert value_of(text, "صباحا") == "2015-08-12TMO"


@pytest.mark.parametrize(
    "text",
    [
        "يعمل الحراس ليلا في حراسة المزارع.",
        "يفضل السكان الخروج مساء هربا من الحر.",
        "عمل المتطوعون ليلا ونهارا لإنقاذ المحاصرين.",
        "تقدم الفرقة عروضها مساء كل خميس.",
        "تقطع العبارة المسافة في ساعتين ليلا.",
        "اضطر الأهالي للنوم ليلا في العراء.",
        "يرن المنبه إذا ارتفعت حرارة الغرفة ليلا.",
        "مر بالقرية ذات مساء رجل غريب.",
        "جابت الشاحنات الأحياء صبح مساء لتوزيع الماء.",
        "بدأ الملك عصرا جديدا من الازدهار.",
        "عاد الأطفال يستيقظون صباحا للذهاب إلى المدرسة.",
        "حلق العصفور فوق البيت طويلا ثم نزل ليحط ليلا على الشجرة.",
        "فاز النادي في مباراة ودية مساء أول من (الخميس) بهدفين.",
        "اجتمع أفراد العائلة مساء أول يوم من الإجازة في المزرعة.",
    ],
)
def test_a_part_of_day_in_a_habit_a_set_or_a_measure_is_no_time(text: str) -> None:
    assert not [span for span, _ in found(text) if span.split()[0] in ("صباحا", "مساء", "مساءً", "ليلا", "عصرا")]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ارتفعت المبيعات عن شهر رمضان المبارك من العام الماضي بنسبة كبيرة.", "شهر رمضان المبارك من العام الماضي",
         "2014-07"),
        ("بدأت الحملة في بداية شهر رمضان العام الماضي.", "بداية شهر رمضان العام الماضي", "2014-06"),
        ("يعقد الملتقى خلال شهر صفر من العام القادم.", "شهر صفر من العام القادم", "2015-11"),
    ],
)
def test_a_hijri_month_of_the_last_or_next_year_is_that_month_of_the_hijri_year(
    text: str, expr: str, value: str
) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text",
    ["تواصل القصف على الأحياء الشرقية منذ ساعات الفجر الأولى.", "انتشرت الشرطة في الشوارع منذ ساعات الصباح الباكر."],
)
def test_the_hours_of_a_part_of_day_after_since_are_no_time_ago(text: str) -> None:
    assert "PAST_REF" not in [value for _, value in found(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("وقال قائد الشرطة إن «الدوريات أوقفت المهربين فجر اليوم (أمس) قرب الحدود».",
         [("فجر اليوم", "2015-08-11TMO"), ("أمس", "2015-08-11")]),
        ("وأضاف أن «اللجنة تجتمع اليوم (أمس) لمناقشة الميزانية».", [("اليوم", "2015-08-11"), ("أمس", "2015-08-11")]),
        ("وقال المتحدث: «وصلت الشحنة عند الساعة العاشرة من مساء اليوم (أمس الثلاثاء)».",
         [("الساعة العاشرة من مساء اليوم", "2015-08-11T22:00"), ("أمس الثلاثاء", "2015-08-11")]),
    ],
)
def test_a_day_word_glossed_in_brackets_is_the_day_of_the_gloss(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_weekday_in_brackets_after_a_day_word_does_not_move_it() -> None:
    assert found("وصل الوفد أمس (الثلاثاء) إلى العاصمة.") == [("أمس (الثلاثاء)", "2015-08-11")]
