"""More forms of time expressions in news reports: periods before the one just named, durations with
a half, clock times written with an Arabic comma or followed by a feast, and the senses of time words
that are no time. Every sentence is constructed for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from test_times_forms import found, value_of  # the same anchor and helpers


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ارتفعت المبيعات في مارس 2014 مقارنة بالشهر السابق.", "الشهر السابق", "2014-02"),
        ("ارتفعت المبيعات في مارس 2014 مقارنة بالشهر الذي سبقه.", "الشهر الذي سبقه", "2014-02"),
        ("افتتح المعرض في 10 مارس 2014 بعد تأجيل في الأسبوع السابق.", "الأسبوع السابق", "2014-W10"),
        ("تراجعت الصادرات عن الشهر السابق.", "الشهر السابق", "2015-07"),
    ],
)
def test_the_period_before_refers_back_to_the_period_named(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("طفل يبلغ من العمر سنة ونصف السنة نجا من الحادث.", "سنة ونصف السنة", "P18M"),
        ("استمر الاجتماع ساعة ونصف قبل أن ينفض.", "ساعة ونصف", "PT1H30M"),
        ("بقي في المستشفى يوما ونصف ثم خرج.", "يوما ونصف", "PT36H"),
        ("سجن المتهم عامين ونصف بتهمة الاحتيال.", "عامين ونصف", "P30M"),
    ],
)
def test_a_duration_with_a_half(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_a_clock_time_with_an_arabic_comma_joined_to_a_feast() -> None:
    text = "وصل البلاغ الساعة 4،15 عصر اول ايام عيد الفطر من مواطن."
    assert found(text, dt.date(2015, 7, 22)) == [("الساعة 4،15 عصر اول ايام عيد الفطر", "2015-07-17T16:15")]


def test_afternoon_after_a_clock_time_moves_it_past_noon() -> None:
    assert value_of("بدأ الحريق الساعة الثالثة عصر أمس في المستودع.", "الساعة الثالثة عصر أمس") == "2015-08-11T15:00"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ازدحمت الأسواق قبل العيد بأيام.", "العيد", "2015-07-17"),
        ("زار الأمير المرضى في ثاني أيام العيد.", "ثاني أيام العيد", "2015-07-18"),
    ],
)
def test_the_feast_alone_is_the_nearest_feast(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr, dt.date(2015, 7, 22)) == value


@pytest.mark.parametrize(
    "text",
    [
        "احتفلت المدارس بالعيد الوطني للمملكة.",
        "أدى المصلون صلاة العيد في الجامع الكبير.",
        "وصلت الأرقام إلى مستوى قريب من العقد الماضي مع شركة الاتصالات.",
        "وأوضح المدير لـ(اليوم) أن العمل مستمر.",
    ],
)
def test_senses_that_are_no_time(text: str) -> None:
    assert found(text, dt.date(2015, 7, 22)) == []


def test_the_decade_stays_a_decade_after_during() -> None:
    assert value_of("تضاعف الإنتاج خلال العقد الماضي مع تحسن الأسعار.", "العقد الماضي") == "200"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("بلغت قيمة الصفقات ليوليو ثلاثة مليارات.", "يوليو", "2015-07"),
        ("ارتفعت عقود النفط تسليم سبتمبر دولارين.", "سبتمبر", "2015-09"),
    ],
)
def test_a_bare_month_with_its_preposition_or_after_a_delivery(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_a_bare_month_name_after_a_verb_is_no_time() -> None:
    assert found("قال أغسطس إن الفريق جاهز.") == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("لا توجد صفقات جديدة في الفترة الحالية.", "الفترة الحالية", "PRESENT_REF"),
        ("ما زال الوضع مستقرا وحتى اللحظة.", "اللحظة", "PRESENT_REF"),
        ("لم يصدر أي قرار حتى هذه اللحظة.", "هذه اللحظة", "PRESENT_REF"),
        ("كانت المدينة في وقت مضى مركزا للتجارة.", "وقت مضى", "PAST_REF"),
    ],
)
def test_vague_references(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("سيعود اللاعب إلى ناديه في موسم 2016 /2017 بعد الإعارة.", "2016 /2017", "2016"),
        ("فاز الفريق بلقب الدوري في موسم 2013-2014.", "2013-2014", "2013"),
    ],
)
def test_a_season_written_as_two_years_is_its_first_year(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_two_years_far_apart_are_no_season() -> None:
    assert ("2010-2014", "2010") not in found("شملت الدراسة الفترة 2010-2014 كاملة.")


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تراجع المؤشر 3 في المائة في الشهر الأخير وفق التقرير.", "الشهر الأخير", "P1M"),
        ("تضاعفت الأسعار خلال العام الأخير.", "العام الأخير", "P1Y"),
    ],
)
def test_the_last_unit_is_a_duration(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize("text", ["تقام المباراة في الأسبوع الأخير من الشهر.", "وصل في اليوم الأخير للمهرجان."])
def test_the_last_unit_of_something_is_no_duration(text: str) -> None:
    assert not [v for _, v in found(text) if v.startswith("P")]


@pytest.mark.parametrize(
    "text",
    [
        "بالأمس كانوا لاعبين في الفريق، اليوم هم مدربوه.",
        "ما نشهده اليوم من تقلبات في الأسواق لم يسبق له مثيل.",
        "تغيرت أساليب العمل في عالمنا اليوم تغيرا كبيرا.",
    ],
)
def test_today_as_nowadays(text: str) -> None:
    assert value_of(text, "اليوم") == "PRESENT_REF"


def test_yesterday_set_against_today_is_the_past() -> None:
    assert found("بين الأمس واليوم تغيرت المدينة كثيرا.")[0] == ("الأمس", "PAST_REF")


def test_today_after_yesterday_in_another_sentence_is_a_date() -> None:
    text = "وصل الوفد بالأمس إلى العاصمة. ويلتقي الوزير اليوم نظيره."
    assert value_of(text, "اليوم") == "2015-08-12"


@pytest.mark.parametrize(
    "text,expr",
    [("سيتم افتتاح الفرع في المستقبل القريب.", "المستقبل القريب"), ("صرح الوزير في وقت سابق بذلك.", "وقت سابق")],
)
def test_the_preposition_stays_out_of_a_vague_reference(text: str, expr: str) -> None:
    assert [span for span, _ in found(text)] == [expr]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("أنهى الاتفاق أشهر من الجمود في المفاوضات.", "أشهر", "PXM"),
        ("أعلنت الشركة إفلاسها بعد أيام من الصفقة.", "أيام", "PXD"),
        ("بقيت الطرق مغلقة لساعات بسبب الأمطار.", "ساعات", "PTXH"),
        ("عمل في الخارج سنوات طويلة قبل عودته.", "سنوات", "PXY"),
    ],
)
def test_units_without_a_count(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize("text", ["زار الوفد أشهر المطاعم في المدينة.", "تعلن المدارس أيام الإجازة غدا."])
def test_a_plural_unit_word_in_another_sense_is_no_duration(text: str) -> None:
    assert not [v for _, v in found(text) if v.startswith("P")]


def test_months_of_a_range_after_from_and_to() -> None:
    text = "نما الاقتصاد في الفترة من أبريل إلى يونيو بوتيرة سريعة."
    assert found(text) == [("أبريل", "2015-04"), ("يونيو", "2015-06")]


def test_a_clock_time_alone_is_on_the_day_named_before_it() -> None:
    text = "تقام المباراة في لندن 12 أغسطس المقبل. وتبدأ المباراة عند السابعة مساء بتوقيت لندن."
    assert value_of(text, "السابعة مساء", dt.date(2015, 7, 23)) == "2015-08-12T19:00"


def test_the_same_time_refers_back_to_the_clock_time() -> None:
    text = "وصل الوفد في ثاني أيام العيد الساعة 9.30 مساء، وفي التوقيت نفسه وصل وفد آخر."
    assert value_of(text, "التوقيت نفسه", dt.date(2015, 7, 21)) == "2015-07-18T21:30"


def test_a_clock_time_without_any_day_stays_without_one() -> None:
    assert value_of("يبدأ العرض السابعة مساء كل ليلة.", "السابعة مساء") == "XXXX-XX-XXT19:00"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("وصل المسافرون قبل الرابعة فجر أمس.", "الرابعة فجر أمس", "2015-08-11T04:00"),
        ("ستبدأ الجلسة الثانية ظهر الخميس.", "الثانية ظهر الخميس", "2015-08-13T14:00"),
    ],
)
def test_a_clock_time_before_a_part_of_day_and_its_day(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_the_first_hours_of_a_morning_are_no_clock_time() -> None:
    assert found("وصلوا في الساعات الأولى من فجر الجمعة.") == [("فجر الجمعة", "2015-08-07TMO")]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تراجعت المبيعات في الأسبوع قبل الماضي.", "الأسبوع قبل الماضي", "2015-W31"),
        ("ارتفع الإنتاج في العام قبل الماضي.", "العام قبل الماضي", "2013"),
        ("وصل الوفد الخميس قبل الماضي.", "الخميس قبل الماضي", "2015-07-30"),
        ("افتتح المصنع في يونيو قبل الماضي.", "يونيو قبل الماضي", "2014-06"),
        ("تبدأ المرحلة الثانية الأسبوع ما بعد المقبل.", "الأسبوع ما بعد المقبل", "2015-W35"),
    ],
)
def test_the_period_before_last_and_after_next(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("وكانت الشركة قد خفضت أسعارها في نوفمبر بنسبة 5%.", "نوفمبر", "2014-11"),
        ("لم تسجل البورصة هذا المستوى منذ أكتوبر، بحسب المحللين.", "أكتوبر", "2014-10"),
        ("تعود الأسعار إلى مستواها منذ مارس، وفق التقرير.", "مارس", "2015-03"),
        ("تخفض الشركة أسعارها في نوفمبر.", "نوفمبر", "2015-11"),
        ("ستخفض الشركة أسعارها في نوفمبر.", "نوفمبر", "2015-11"),
    ],
)
def test_a_month_alone_in_a_past_clause_is_the_last_such_month(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_a_month_name_that_is_a_verb_stays_a_verb() -> None:
    assert found("منذ مارس الرجل مهنته لم يتوقف.") == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("استغرقت الرحلة 6 ساعات و40 دقيقة قبل الهبوط.", "6 ساعات و40 دقيقة", "PT6H40M"),
        ("دامت الجلسة ساعتين و15 دقيقة.", "ساعتين و15 دقيقة", "PT2H15M"),
        ("قضت المحكمة بسجنه ثلاث سنوات وستة أشهر.", "ثلاث سنوات وستة أشهر", "P3Y6M"),
        ("استمر الحصار 5 أيام و7 ساعات.", "5 أيام و7 ساعات", "P5DT7H"),
    ],
)
def test_two_counts_of_units_are_one_duration(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_counts_of_the_same_unit_stay_two_durations() -> None:
    assert found("تأجلت الجلسة 3 أيام و4 أيام أخرى.") == [("3 أيام", "P3D"), ("4 أيام", "P4D")]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("انتقل اللاعب إلى النادي قبل سنتين ونصف.", "قبل سنتين ونصف", "2013-02"),
        ("أعلنت الوزارة الخطة قبل شهر ونصف.", "قبل شهر ونصف", "2015-06-28"),
    ],
)
def test_a_count_and_a_half_ago(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_since_a_count_and_a_half_is_how_long_since() -> None:
    assert value_of("بدأ المشروع منذ عام ونصف تقريبا.", "عام ونصف تقريبا") == "P18M"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تراجعت الحوادث المرورية خلال الشهر الفضيل بنسبة 10%.", "الشهر الفضيل", "2015-07"),
        ("ارتفع الإقبال على الأسواق في الشهر الكريم.", "الشهر الكريم", "2015-07"),
        ("تغيرت ساعات العمل طوال شهر الصيام.", "شهر الصيام", "2015-07"),
    ],
)
def test_the_names_of_ramadan_are_its_month(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("حقق النادي هذا الموسم ثلاثة ألقاب.", "هذا الموسم", "2015"),
        ("تراجعت أسعار التمور في الموسم الحالي.", "الموسم الحالي", "2015"),
    ],
)
def test_this_season_is_the_publication_year(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text", ["سيعود اللاعب إلى الملاعب الموسم المقبل.", "افتتح موسم الحج رسميا.", "في بداية الموسم تغير المدرب."]
)
def test_other_seasons_are_no_time(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("نما الإنتاج 3% في مايو مقارنة بالشهر نفسه من العام الماضي.", "الشهر نفسه من العام الماضي", "2014-05"),
        ("تراجعت الصادرات في فبراير 2015 عن الشهر ذاته قبل سنة.", "الشهر ذاته قبل سنة", "2014-02"),
        ("ارتفعت المبيعات مقارنة بالشهر نفسه من السنة السابقة.", "الشهر نفسه من السنة السابقة", "2014-08"),
    ],
)
def test_the_same_month_a_year_before(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_the_same_day_keeps_the_year_before_as_its_own_time() -> None:
    expected = [("اليوم نفسه", "2015-08-12"), ("العام الماضي", "2014")]
    assert found("وقع الزلزال في اليوم نفسه من العام الماضي.") == expected


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("اندلع الحريق مساء الأربعاء 20/10 في المستودع.", "مساء الأربعاء 20/10", "2015-08-05"),  # 20 Shawwal 1436
        ("افتتح المعرض يوم الاثنين 10/8 بحضور الوزير.", "يوم الاثنين 10/8", "2015-08-10"),
    ],
)
def test_a_weekday_with_a_day_and_month_takes_the_calendar_that_fits(text: str, expr: str, value: str) -> None:
    assert any(span.startswith(expr) and v.startswith(value) for span, v in found(text)), found(text)


def test_a_day_and_month_that_fit_no_calendar_stay_out_of_the_weekday() -> None:
    assert found("وصل الوفد الثلاثاء 3/4 إلى العاصمة.") == [("الثلاثاء", "2015-08-11")]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("أغلقت المحال أبوابها في اليوم الأخير من شهر رمضان.", "اليوم الأخير من شهر رمضان", "2015-07-16"),
        ("بدأ الصيام في اليوم الأول من شهر رمضان.", "اليوم الأول من شهر رمضان", "2015-06-18"),
        ("انتهت المهلة في آخر يوم من شهر يونيو.", "آخر يوم من شهر يونيو", "2015-06-30"),
        ("تراجعت الأسعار في آخر أيام فبراير الماضي.", "آخر أيام فبراير الماضي", "2015-02-28"),
    ],
)
def test_the_first_or_last_day_of_a_named_month(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تبدأ الامتحانات في الأسبوع الأول من يوليو.", "يوليو", "2015-07"),
        ("تراجعت الواردات في النصف الثاني من يونيو.", "يونيو", "2015-06"),
    ],
)
def test_an_ordinal_of_weeks_or_halves_is_no_day_of_the_month(text: str, expr: str, value: str) -> None:
    assert found(text) == [(expr, value)]


def test_more_than_one_day_keeps_its_one() -> None:
    assert found("لم يغب عن عمله لأكثر من يوم واحد طوال حياته.") == [("أكثر من يوم واحد", "P1D")]


@pytest.mark.parametrize("text", ["شارك اللاعبون خلال يوم رياضي مفتوح.", "أقيم المعرض خلال يوم وطني للتراث."])
def test_a_day_of_some_kind_is_no_duration(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", ["خبر قصير\nاليوم - الرياض\nأعلنت الوزارة نتائج المسابقة.",
                                  "عنوان الخبر  اليوم - جدة أعلن المرور خطة جديدة."])
def test_the_paper_named_in_a_dateline_is_not_today(text: str) -> None:
    assert found(text) == []


def test_today_before_a_dash_inside_a_sentence_stays_today() -> None:
    assert found("وصل الوزير اليوم - بحسب مصادر - إلى جدة.") == [("اليوم", "2015-08-12")]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("يتولى المنصب المحامي ذو الـ48 عامًا بعد استقالة سلفه.", "الـ48 عامًا", "P48Y"),
        ("وبعد أيام، عاد الوفد إلى بلاده.", "أيام", "PXD"),
        ("فبعد أسابيع، استؤنفت المحادثات.", "أسابيع", "PXW"),
    ],
)
def test_an_age_with_the_article_and_units_after_a_joined_baad(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text",
    [
        "يعمل ابن عمه اليوم مهندسا في شركة النفط.",
        "ورث المزارعون أرضا يسكنها اليوم آلاف النازحين.",
        "وتقع القلعة في ما يعرف اليوم بوادي الملوك.",
        "الحركة التي تقود المعارضة اليوم ولدت في الجامعات.",
    ],
)
def test_today_after_a_verb_of_a_lasting_state_is_nowadays(text: str) -> None:
    assert value_of(text, "اليوم") == "PRESENT_REF"


@pytest.mark.parametrize(
    "text",
    [
        "يواجه المنتخب اليوم نظيره الياباني.",  # a match: today
        "كانت المصانع تعمل على مدار اليوم.",  # told of the past
        "يعمل المهندسون، اليوم على إصلاح الجسر.",  # a comma between
    ],
)
def test_today_after_a_verb_of_an_event_stays_a_date(text: str) -> None:
    assert value_of(text, "اليوم") != "PRESENT_REF"
