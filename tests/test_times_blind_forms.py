"""Forms of time expressions read from a blind batch of news: a list of days whose month carries its other
name, a day named after منذ يوم, and a moment inside a named time. Every sentence is constructed for this
test."""

from __future__ import annotations

import datetime as dt

from marsad.times import find_times

PUB = dt.date(2015, 8, 12)  # a Wednesday


def found(text: str, anchor: dt.date | None = PUB) -> list[tuple[str, str, str | None]]:
    return [(text[t.start : t.end], t.value, t.mod) for t in find_times(text, anchor)]


def test_a_list_of_days_takes_the_year_after_the_months_other_name() -> None:
    assert found("جرت الانتخابات في 8 و9 مارس (آذار) 2012 وسط إقبال ضعيف.") == [
        ("8", "2012-03-08", None), ("9 مارس (آذار) 2012", "2012-03-09", None)
    ]
    assert found("تعقد الدورة بين 4 و6 أبريل/نيسان 2016 في جدة.") == [
        ("4", "2016-04-04", None), ("6 أبريل/نيسان 2016", "2016-04-06", None)
    ]


def test_a_day_after_since_a_day_is_that_day_not_a_day_ago() -> None:
    assert found("ارتفعت الأسعار منذ يوم الأحد بعد قرار البنك.") == [("يوم الأحد", "2015-08-09", None)]
    assert found("يغلق المعبر منذ يوم أمس لأسباب فنية.") == [("يوم أمس", "2015-08-11", None)]
    assert found("غادر الوفد المدينة قبل يوم.") == [("قبل يوم", "2015-08-11", None)]


def test_a_moment_inside_a_named_time_is_one_expression() -> None:
    assert found("وقعت الشركة في وقت سابق من هذا الشهر عقدا جديدا.") == [
        ("وقت سابق من هذا الشهر", "2015-08", None)
    ]
    assert found("اعتقلت الشرطة شابين في وقت مبكر أمس.") == [("وقت مبكر أمس", "2015-08-11", "START")]
    assert found("وصل الوزير في وقت متأخر من مساء أمس.") == [("وقت متأخر من مساء أمس", "2015-08-11TEV", "END")]


def test_an_earlier_moment_without_min_stays_apart_from_the_time_after_it() -> None:
    assert found("وقع الاتفاق في وقت سابق هذا الشهر.") == [
        ("وقت سابق", "PAST_REF", None), ("هذا الشهر", "2015-08", None)
    ]


def test_until_its_date_is_the_present() -> None:
    assert found("بلغ عدد المشاريع المنجزة حتى تاريخه 40 مشروعا.") == [("تاريخه", "PRESENT_REF", None)]
    assert found("لا يعرف أحد تاريخه الحقيقي.") == []


def test_a_relative_year_restated_in_figures_is_one_expression() -> None:
    assert found("ارتفعت المبيعات في العام الماضي 2014م بنسبة كبيرة.") == [("العام الماضي 2014م", "2014", None)]
    assert found("ارتفعت المبيعات في العام الماضي 2013م بنسبة كبيرة.") == [
        ("العام الماضي", "2014", None), ("2013م", "2013", None)
    ]


def test_that_date_after_since_refers_back_to_the_last_time() -> None:
    assert found("تأسس النادي عام 1990، ومنذ ذلك التاريخ لم يغب عن البطولة.") == [
        ("عام 1990", "1990", None), ("ذلك التاريخ", "1990", None)
    ]
    assert found("نعتز بهذا التاريخ الطويل من العلاقات بين البلدين.") == []


def test_a_month_of_this_year_and_the_first_month_of_its_range() -> None:
    assert found("تصل الشحنات خلال الفترة أكتوبر-ديسمبر من هذا العام تباعا.") == [
        ("أكتوبر", "2015-10", None), ("ديسمبر من هذا العام", "2015-12", None)
    ]
    assert found("زار الوفد البلاد في مايو ويونيو من العام الماضي.") == [
        ("مايو", "2014-05", None), ("يونيو من العام الماضي", "2014-06", None)
    ]


def test_a_month_after_a_perfect_verb_and_fi_is_the_last_such_month() -> None:
    assert found("أقر البرلمان القانون في تصويت جرى في نوفمبر الماضي بأغلبية.")[0][1] == "2014-11"
    assert found("أقر البرلمان القانون في تصويت جرى في نوفمبر بأغلبية.") == [("نوفمبر", "2014-11", None)]
    assert found("زرنا المعرض الذي انطلق في أكتوبر.") == [("أكتوبر", "2014-10", None)]
    assert found("المعرض الذي سينطلق في أكتوبر يضم مئة جناح.") == [("أكتوبر", "2015-10", None)]


def test_a_year_after_a_three_word_name_of_an_event() -> None:
    assert found("طرح الاتحاد طوابع كأس العالم قطر 2022 للبيع.") == [("2022", "2022", None)]
    assert found("شارك في بطولة المدارس الأولى 2000 طالب.") == []


def test_a_clock_time_with_the_article_before_its_figure() -> None:
    assert found("يمنع العمل من الساعة الـ 12 ظهرا إلى الساعة الـ3 عصرا.") == [
        ("الساعة الـ 12 ظهرا", "XXXX-XX-XXT12:00", None), ("الساعة الـ3 عصرا", "XXXX-XX-XXT15:00", None)
    ]


def test_a_day_word_before_the_article_and_a_date() -> None:
    assert found("يستمر الحظر حتى نهاية اليوم الـ 15 من شهر سبتمبر المقبل.") == [
        ("اليوم الـ 15 من شهر سبتمبر المقبل", "2015-09-15", None)
    ]


def test_recently_after_a_participle_of_issuing_even_before_an() -> None:
    assert found("ذكر التقرير الصادر حديثا عن الهيئة أن الصادرات ارتفعت.") == [("حديثا", "PAST_REF", None)]
    assert found("أجرت الصحيفة حديثا عن الاقتصاد مع الوزير.") == []


def test_finally_after_an_imperfect_verb_is_no_time() -> None:
    assert found("صدر القانون ليسمح أخيرا بفتح المتاجر.") == []
    assert found("افتتحت الوزارة أخيرا مركزا جديدا.") == [("أخيرا", "PAST_REF", None)]


def test_a_hijri_month_written_as_numbers_with_its_era() -> None:
    assert found("التحقت بالعمل في 1434/9هـ ثم انتقلت إلى الرياض.") == [("1434/9ه", "2013-07", None)]
    assert found("ناقش المجلس التقارير من 2 / 1436 هـ إلى 6 / 1436 هـ في جلسته.") == [
        ("2 / 1436 ه", "2014-12", None), ("6 / 1436 ه", "2015-04", None)
    ]


def test_numbers_after_a_slash_or_without_an_era_are_no_hijri_month() -> None:
    assert found("صدر التعميم رقم 14/1436 من الإدارة.") == []
    assert found("تبدأ الدورة في 5/ 11/ 1436هـ بالمقر.") == [("5/ 11/ 1436ه", "2015-08-20", None)]


def test_today_after_a_noun_of_an_event_is_the_day_not_nowadays() -> None:
    assert found("ويمثل اجتماع اليوم بداية مرحلة جديدة للمشروع.") == [("اليوم", "2015-08-12", None)]
    assert found("ويمثل الشباب اليوم نصف عدد السكان.") == [("اليوم", "PRESENT_REF", None)]


def test_weekdays_of_every_week_are_one_set() -> None:
    assert found("تفتح المكتبة أبوابها يومي الأحد والثلاثاء من كل أسبوع للطلاب.") == [
        ("يومي الأحد والثلاثاء من كل أسبوع", "P1W", None)
    ]
    assert found("يقام السوق الشعبي يوم الخميس من كل أسبوع.") == [("يوم الخميس من كل أسبوع", "P1W", None)]
    assert found("اجتمعت اللجنة الأحد، وكل أسبوع تصدر تقريرا.") == [
        ("الأحد", "2015-08-09", None), ("كل أسبوع", "P1W", None)
    ]


def test_a_bare_quarter_joined_to_one_with_its_year_takes_that_year() -> None:
    assert found("نمت أرباح البنك في النصف الأول أو الربع الثالث من العام الماضي.") == [
        ("النصف الأول", "2014-H1", None), ("الربع الثالث من العام الماضي", "2014-Q3", None)
    ]
    assert found("تراجعت المبيعات في الربع الأول والربع الثاني من عام 2013.") == [
        ("الربع الأول", "2013-Q1", None), ("الربع الثاني من عام 2013", "2013-Q2", None)
    ]


def test_an_age_written_as_a_figure_after_the_article_is_a_duration() -> None:
    assert found("أصيب شاب في الـ17 من عمره بجروح طفيفة.") == [("الـ17 من عمره", "P17Y", None)]
    assert found("بدأت الرسم وهي في ال 9 من العمر.") == [("ال 9 من العمر", "P9Y", None)]
    assert found("عاش الرجل في الـ400 من العمر كما تقول الأسطورة.") == []
