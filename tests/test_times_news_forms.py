"""More forms of news Arabic for times: a month of a named year, counts of time ahead of the
publication date, approximate definite duals, nights before yesterday, coordinated seasons and
adjectives of recurrence. Every sentence is constructed for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from test_times_forms import found, value_of  # constructed sentences, anchored on a Wednesday


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("توقف المصنع في مارس من العام الماضي وعاد للعمل.", "مارس من العام الماضي", "2014-03"),
        ("ستفتتح القاعة في مارس من العام المقبل.", "مارس من العام المقبل", "2016-03"),
        ("اكتمل البناء في مارس من عام 2010 بعد تأخير.", "مارس من عام 2010", "2010-03"),
    ],
)
def test_a_month_that_is_also_a_word_takes_the_year_written_after_it(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_a_verb_spelled_like_a_month_stays_a_verb() -> None:
    assert [span for span, _ in found("كان يمارس من العام الماضي رياضة المشي.")] == ["العام الماضي"]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("قال المدرب إن اللاعب سيعود إلى التدريبات بعد أسبوعين.", "بعد أسبوعين", "2015-08-26"),
        ("سيصل الوفد بعد يومين لاستكمال المفاوضات.", "بعد يومين", "2015-08-14"),
        ("وأوضحت العداءة أنها ستعاود السباقات بعد ثلاثة أيام.", "بعد ثلاثة أيام", "2015-08-15"),
        ("ستفتح المدارس أبوابها بعد ثلاثة أشهر.", "بعد ثلاثة أشهر", "2015-11"),
        ("سينتهي المشروع بعد عام.", "بعد عام", "2016"),
        ("غادر السفير البلاد قبل قرابة الشهر.", "قبل قرابة الشهر", "2015-07"),
    ],
)
def test_a_count_of_time_from_the_publication_date_is_a_date(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("وتوفي المصاب بعد يومين في المستشفى.", "يومين", "P2D"),
        ("ستعلن النتائج بعد يومين من الاقتراع.", "يومين", "P2D"),
    ],
)
def test_a_count_after_an_event_stays_a_duration(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("استمر الاجتماع قرابة الساعتين دون نتيجة.", "قرابة الساعتين", "PT2H"),
        ("بقي المريض في العناية نحو اليومين.", "نحو اليومين", "P2D"),
    ],
)
def test_an_approximate_definite_dual_is_a_duration(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("توفي الشاعر البارحة الأولى في منزله.", "البارحة الأولى", "2015-08-10"),
        ("توفي الشاعر البارحة في منزله.", "البارحة", "2015-08-11"),
        ("اندلع الحريق في منتصف البارحة الأولى.", "منتصف البارحة الأولى", "2015-08-11T00:00"),
        ("اندلع الحريق منتصف البارحة.", "منتصف البارحة", "2015-08-12T00:00"),
    ],
)
def test_the_night_before_last(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_a_season_coordinated_with_a_season_is_a_season() -> None:
    text = "تشتد المعارك في الربيع والصيف من كل عام."
    assert ("الربيع", "XXXX-SP") in found(text)  # of every year: no year
    assert ("الصيف", "XXXX-SU") in found(text)
    assert ("الصيف", "2015-SU") in found("تزدهر السياحة في فصلي الربيع والصيف.")


def test_a_season_after_a_word_that_is_no_season_stays_out() -> None:
    assert found("قامت الثورة والصيف يقترب.") == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تنطلق الدورة يوم (الأحد) الموافق للسابع من شهر ذي الحجة المقبل.",
         "الأحد) الموافق للسابع من شهر ذي الحجة المقبل", "2015-09-20"),
        ("يبدأ التسجيل يوم الاثنين الموافق لـ 24 أغسطس.", "يوم الاثنين الموافق لـ 24 أغسطس", "2015-08-24"),
    ],
)
def test_a_weekday_with_its_corresponding_date_is_one_date(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text",
    [
        "وكانت مدة عقد اللاعب مع النادي ثلاثة مواسم.",
        "انتهت مدة عقد الإيجار دون تجديد.",
        "هبطت الطائرة بعد قليل من إقلاعها.",
        "وصل الوفد قبل قليل من بدء الجلسة.",
    ],
)
def test_contracts_and_shortly_after_an_event_are_no_times(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تضاعف الإنتاج خلال عقد من الزمن.", "عقد", "P1DE"),
        ("تغيرت المدينة كثيرا خلال عقد الثمانينيات.", "عقد الثمانينيات", "198"),
        ("سيعلن الحكم النتيجة بعد قليل.", "بعد قليل", "FUTURE_REF"),
    ],
)
def test_the_time_senses_stay(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_the_feast_after_a_word_of_its_time_is_a_date() -> None:
    # published 2015-07-22: the nearest Eid is al-Fitr, 2015-07-17
    assert value_of("قضى الجنود فترة العيد في مواقعهم.", "العيد", dt.date(2015, 7, 22)) == "2015-07-17"
    assert found("أدى المصلون صلاة العيد في الساحات.", dt.date(2015, 7, 22)) == []


def test_a_weekday_with_a_day_of_the_current_month_that_only_the_hijri_month_fits() -> None:
    # published Sunday 2015-08-02 = 17 Shawwal 1436; the Gregorian 26th is a Wednesday, Shawwal's a Tuesday
    pub = dt.date(2015, 8, 2)
    text = "يقيم النادي يوم الثلاثاء 26 الشهر الجاري حفلا لتكريم الفائزين."
    assert value_of(text, "يوم الثلاثاء 26 الشهر الجاري", pub) == "2015-08-11"
    text = "يقيم النادي يوم الأربعاء 26 الشهر الجاري حفلا لتكريم الفائزين."
    assert value_of(text, "يوم الأربعاء 26 الشهر الجاري", pub) == "2015-08-26"


def test_bare_weekdays_after_a_coming_day_follow_it() -> None:
    pub = dt.date(2015, 8, 2)
    text = ("تنطلق الدورة التدريبية يوم الثلاثاء 11 أغسطس الجاري. وفي يوم الأربعاء تعقد ورشتان. "
            "وتختتم الدورة يوم الخميس بحفل.")
    assert value_of(text, "يوم الأربعاء", pub) == "2015-08-12"
    assert value_of(text, "يوم الخميس", pub) == "2015-08-13"


def test_bare_weekdays_after_a_day_far_ahead_keep_their_own_reading() -> None:
    pub = dt.date(2015, 8, 2)
    text = "يبدأ الموسم في 20 أكتوبر المقبل. وكان الفريق قد خسر يوم الجمعة أمام منافسه."
    assert value_of(text, "يوم الجمعة", pub) == "2015-07-31"


def test_midnight_alone_is_the_midnight_that_began_the_publication_day() -> None:
    assert value_of("استمرت الاحتفالات حتى بعد منتصف الليل.", "منتصف الليل") == "2015-08-12T00:00"
    assert value_of("اندلع الحريق منتصف ليل السبت.", "منتصف ليل السبت") == "2015-08-08T00:00"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تراجعت الصادرات في مايو مقارنة بالفترة نفسها العام الماضي.", "الفترة نفسها العام الماضي", "2014-05"),
        ("نما الإنتاج في الربع الثاني مقارنة بالفترة ذاتها من العام الماضي.", "الفترة ذاتها من العام الماضي",
         "2014-Q2"),
        ("زادت الواردات في يونيو مقارنة بالشهر نفسه العام الماضي.", "الشهر نفسه العام الماضي", "2014-06"),
    ],
)
def test_the_same_period_a_year_earlier(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_the_same_period_alone_is_no_time() -> None:
    assert [span for span, _ in found("وقعت الحادثة في 2010 وفي نفس الفترة تغير الوضع.")] == ["2010"]


@pytest.mark.parametrize(
    "text,expr",
    [
        ("وعلى الجيل الجديد أن يتعلم من الماضي.", "الماضي"),
        ("حضر الاجتماع الموظفون المعينون حديثا في الإدارة.", "حديثا"),
        ("كانت القرية ذات زمن بعيد سوقا للقوافل.", "ذات زمن"),
    ],
)
def test_the_past_and_recently_are_past_references(text: str, expr: str) -> None:
    assert value_of(text, expr) == "PAST_REF"


@pytest.mark.parametrize("text", ["بث التلفزيون حديثا مطولا للوزير.", "أجرى الرئيس حديثا مع صحيفة محلية."])
def test_a_talk_is_no_time(text: str) -> None:
    assert found(text) == []


def test_a_bare_first_quarter_written_with_al_fasl() -> None:
    assert value_of("انكمش الاقتصاد 2% على مدى الفصل الأول.", "الفصل الأول") == "2015-Q1"
    assert found("يظهر البطل في الفصل الأول من الرواية.") == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تنطلق البطولة في الـ20 من الشهر الجاري بمشاركة عشرة فرق.", "الـ20 من الشهر الجاري", "2015-08-20"),
        ("يعود المنتخب إلى التدريبات في الـ3 من الشهر المقبل.", "الـ3 من الشهر المقبل", "2015-09-03"),
    ],
)
def test_a_day_with_the_article_glued_to_its_number_before_the_current_month(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text",
    [
        "وتغلب الفريق على منافسه الأردني 2 صفر في مباراته الأولى.",
        "وكان النادي قد فاز بنتيجة 4 صفر على ضيفه.",
    ],
)
def test_a_score_with_zero_is_no_day_of_safar(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text,expr",
    [
        ("وتبدأ الدراسة في 12 صفر بحسب التقويم.", "12 صفر"),
        ("ويقام الحفل يوم 5 صفر في قاعة المؤتمرات.", "5 صفر"),
        ("وصدر القرار الأحد 9 صفر.", "الأحد 9 صفر"),
    ],
)
def test_a_day_of_safar_after_a_word_that_takes_a_date_stays_a_date(text: str, expr: str) -> None:
    assert [t for t, _ in found(text)] == [expr]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ظل المصنع مغلقا طوال ربع قرن قبل أن يعاد افتتاحه.", "ربع قرن", "P25Y"),
        ("انتظر الركاب ربع ساعة على الرصيف.", "ربع ساعة", "PT15M"),
        ("لم يتأخر القطار أكثر من ثلث ساعة.", "أكثر من ثلث ساعة", "PT20M"),
        ("أسس الشاعر الجمعية قبل ربع قرن في مدينته.", "قبل ربع قرن", "1990"),
        ("افتتحت المكتبة قبل نصف عام بحضور الوزير.", "قبل نصف عام", "2015-02"),
    ],
)
def test_a_quarter_or_third_of_a_unit_is_counted_like_a_half(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_a_fraction_with_no_whole_count_is_no_time() -> None:
    assert found("بقي الحزب في الحكم ثلث قرن تقريبا.") == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ظلت القرية معزولة عشرات السنين عن المدينة.", "عشرات السنين", "PXY"),
        ("تعلم الصيادون هذه الحرفة منذ مئات السنين.", "منذ مئات السنين", "PAST_REF"),
        ("بنى السكان السور قبل آلاف السنين.", "قبل آلاف السنين", "PAST_REF"),
    ],
)
def test_tens_or_hundreds_of_units_are_an_unknown_count(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_tens_of_people_are_no_time() -> None:
    assert found("تظاهر عشرات الآلاف في الساحة.") == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("وسيبقى المدرب في منصبه لفترة مقبلة على الأقل.", "فترة مقبلة", "FUTURE_REF"),
        ("والتقى الوفدان في فترة سابقة لبحث الملف.", "فترة سابقة", "PAST_REF"),
        ("وستضاف مراحل أخرى في مرحلة لاحقة من المشروع.", "مرحلة لاحقة", "FUTURE_REF"),
    ],
)
def test_an_indefinite_period_before_or_after_is_a_vague_reference(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value
