"""Lists and ranges of times in news reports: ranges of days that share one month, months coordinated
after شهري, weekdays coordinated under one الماضي/المقبل. Every sentence is constructed for this test."""

from __future__ import annotations

import pytest

from marsad.times import find_times
from test_times_forms import PUB, found, value_of  # the same anchor (Wednesday 2015-08-12) and helpers


@pytest.mark.parametrize(
    "text,expected",
    [
        ("يستمر المعرض من 10 إلى 15 سبتمبر في العاصمة.", [("10", "2015-09-10"), ("15 سبتمبر", "2015-09-15")]),
        ("تقام الدورة 3-6 أكتوبر المقبل.", [("3", "2015-10-03"), ("6 أكتوبر المقبل", "2015-10-06")]),
        ("جرت الانتخابات في الفترة من 4 وحتى 7 يونيو 2014.", [("4", "2014-06-04"), ("7 يونيو 2014", "2014-06-07")]),
    ],
)
def test_a_range_of_days_gives_both_days_in_the_last_ones_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_score_before_a_date_is_no_day() -> None:
    assert found("فاز الفريق 3-1 في 5 أغسطس على ضيفه.") == [("5 أغسطس", "2015-08-05")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ارتفعت الصادرات في شهري مايو ويونيو بنسبة كبيرة.", [("شهري مايو", "2015-05"), ("يونيو", "2015-06")]),
        ("سيفتتح المشروع في شهري يناير وفبراير.", [("شهري يناير", "2016-01"), ("فبراير", "2016-02")]),
        ("تراجعت الأسعار في أبريل ومايو.", [("أبريل", "2015-04"), ("مايو", "2015-05")]),
    ],
)
def test_coordinated_months_are_two_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_month_name_that_is_a_verb_after_a_month_stays_a_verb() -> None:
    assert found("نشر التقرير في يوليو ومارس الفريق ضغوطه.") == [("يوليو", "2015-07")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("تعقد الجولة يومي الأحد والاثنين المقبلين.", [("الأحد", "2015-08-16"), ("الاثنين المقبلين", "2015-08-17")]),
        ("اجتمع الوزراء يومي السبت والأحد الماضيين.", [("السبت", "2015-08-08"), ("الأحد الماضيين", "2015-08-09")]),
        ("اجتمع الوزراء يومي السبت والأحد.", [("السبت", "2015-08-08"), ("الأحد", "2015-08-09")]),
    ],
)
def test_coordinated_weekdays_share_their_modifier(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("وقع الانفجار منتصف ليل الجمعة قرب السوق.", [("منتصف ليل الجمعة", "2015-08-07T00:00")]),
        ("أغلقت المعابر منتصف ليلة أمس.", [("منتصف ليلة أمس", "2015-08-12T00:00")]),
        ("وقع الانفجار ليل الجمعة قرب السوق.", [("ليل الجمعة", "2015-08-07TNI")]),
    ],
)
def test_midnight_of_a_night_is_the_start_of_its_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ارتفعت أرباح المصرف في الربع الثاني بنسبة كبيرة.", "الربع الثاني", "2015-Q2"),
        ("تقلص الاقتصاد في الربع الرابع بعد نمو قوي.", "الربع الرابع", "2014-Q4"),
        ("ستطرح الشركة منتجها الجديد في الربع الرابع.", "الربع الرابع", "2015-Q4"),
        ("تحسنت المبيعات مقارنة بالربع الأول.", "الربع الأول", "2015-Q1"),
        ("بلغت الأرباح مليون ريال بنهاية النصف الأول للعام الحالي.", "النصف الأول للعام الحالي", "2015-H1"),
        ("تراجعت الإيرادات خلال النصف الثاني لعام 2013.", "النصف الثاني لعام 2013", "2013-H2"),
        ("سجل المصنع خسائر في الفصل الأول من العام.", "الفصل الأول من العام", "2015-Q1"),
    ],
)
def test_quarters_and_halves_of_the_year(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text",
    [
        "تحدث المؤلف في الفصل الأول عن طفولته.",
        "سجل المهاجم هدفا في النصف الأول من المباراة.",
        "تمتد صحراء الربع الخالي جنوبا.",
        "أنفق الربع الأول راتبه على الطعام.",
    ],
)
def test_quarter_words_of_other_things_are_no_time(text: str) -> None:
    assert found(text) == []


def test_a_feast_named_as_an_occasion_is_not_referred_back_to() -> None:
    text = "زار القائد الكتيبة اليوم وهنأ الجنود بعيد الفطر، ثم عاد في اليوم التالي."
    assert found(text) == [("اليوم", "2015-08-12"), ("عيد الفطر", "2015-07-17"), ("اليوم التالي", "2015-08-13")]


def test_a_feast_as_a_time_is_referred_back_to() -> None:
    text = "وصل الوفد في ثاني أيام عيد الفطر، وفي اليوم التالي زار المستشفى."
    assert value_of(text, "اليوم التالي") == "2015-07-19"


def test_the_day_before_and_the_day_after_refer_to_one_day() -> None:
    text = "عقد الاجتماع يوم 3 مارس 2015 وراجع نتائج اليوم السابق وخطط اليوم التالي."
    assert value_of(text, "اليوم السابق") == "2015-03-02"
    assert value_of(text, "اليوم التالي") == "2015-03-04"


def test_days_after_in_a_row_follow_one_another() -> None:
    text = "وصل الوفد يوم 3 مارس 2015، وفي اليوم التالي زار المستشفى، وفي اليوم التالي غادر."
    assert [v for _, v in found(text)] == ["2015-03-03", "2015-03-04", "2015-03-05"]


@pytest.mark.parametrize(
    "text,expr",
    [
        ("اختير عضوا في اللجنة المنظمة لكأس آسيا 2019 في الدوحة.", "2019"),
        ("أشاد النواب بقانون العمل 1976 في الجلسة.", "1976"),
    ],
)
def test_a_year_after_a_name_with_a_clitic(text: str, expr: str) -> None:
    assert value_of(text, expr) == expr


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ارتفع الإنتاج خلال الفترة 2010-2014 بنسبة كبيرة.", [("2010", "2010"), ("2014", "2014")]),
        ("أقرت الخطة الخمسية 2015 - 2020 أمس.", [("2015", "2015"), ("2020", "2020"), ("أمس", "2015-08-11")]),
        ("تراجعت المبيعات في موسم 2014/2015 كثيرا.", [("2014/2015", "2014")]),
        ("يبدأ العام الدراسي 1436-1438 قريبا.", [("قريبا", "FUTURE_REF")]),
    ],
)
def test_a_dashed_range_of_years_gives_both_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_few_units_within_a_time_to_come() -> None:
    assert value_of("ستعلن اللجنة النتائج في غضون أيام.", "أيام") == "PXD"


@pytest.mark.parametrize(
    "text,expr,value,mod",
    [
        ("ازدهرت صناعة النسيج في الربع الأخير من القرن الماضي.", "الربع الأخير من القرن الماضي", "19", "END"),
        ("ولد الشاعر في النصف الأول من القرن العشرين.", "النصف الأول من القرن العشرين", "19", "START"),
        ("شيدت القلعة في الربع الأول من القرن السابع عشر.", "الربع الأول من القرن السابع عشر", "16", "START"),
    ],
)
def test_a_part_of_a_century_is_the_century_with_a_mod(text: str, expr: str, value: str, mod: str) -> None:
    hits = [(t.value, t.mod) for t in find_times(text, PUB) if text[t.start : t.end] == expr]
    assert hits == [(value, mod)]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تراجعت أسعار النفط في الأشهر التي مضت.", "الأشهر التي مضت", "PAST_REF"),
        ("تغيرت المدينة كثيرا في العقود التي خلت.", "العقود التي خلت", "PAST_REF"),
        ("تعثر المشروع خلال المرحلة الماضية.", "المرحلة الماضية", "PAST_REF"),
        ("وصل السفير إلى العاصمة قبل فترة وجيزة.", "قبل فترة وجيزة", "PAST_REF"),
        ("ستعلن اللجنة أسماء الفائزين فيما بعد.", "فيما بعد", "FUTURE_REF"),
        ("يعود التيار الكهربائي في القريب العاجل.", "القريب العاجل", "FUTURE_REF"),
        ("يتوقع أن يصدر القرار في وقت قريب.", "وقت قريب", "FUTURE_REF"),
        ("انتخب رئيسا عام 1999 وكان حينئذ في الخمسين.", "حينئذ", "1999"),
    ],
)
def test_vague_and_anaphoric_references(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ارتفعت إيجارات الشقق كثيرا خلال السنوات الأخيرة.", "السنوات الأخيرة", "PAST_REF"),
        ("هطلت أمطار غزيرة على القرى في الأيام القليلة الماضية.", "الأيام القليلة الماضية", "PAST_REF"),
        ("تضاعفت أعداد المتطوعين في الأشهر المنصرمة.", "الأشهر المنصرمة", "PAST_REF"),
        ("تحسن أداء الفريق في الأسابيع الماضية لأن المدرب غير خطته.", "الأسابيع الماضية", "PAST_REF"),
        # a count makes a duration; the next units stay a duration as well
        ("توقفت الرحلات في الأيام الثلاثة الماضية.", "الأيام الثلاثة الماضية", "P3D"),
        ("تنشر الهيئة تقريرها خلال الأيام القليلة المقبلة.", "الأيام القليلة المقبلة", "PXD"),
        # the last hours of something else, or the days before it, are not those before now
        ("ناقش المحلفون الأدلة في الساعات الأخيرة للجلسة.", "الساعات الأخيرة", "PTXH"),
        ("ازدحمت الأسواق في الأيام السابقة للعيد.", "الأيام السابقة", "PXD"),
        ("بلغ الزحام ذروته في رمضان وخاصة في الأيام الأخيرة منه.", "الأيام الأخيرة", "PXD"),
        ("انتعشت الأسواق في الأيام الأخيرة من شهر الصيام.", "الأيام الأخيرة", "PXD"),
        ("عملت البلدية في السنوات الأخيرة من أجل توسيع الطرق.", "السنوات الأخيرة", "PAST_REF"),
    ],
)
def test_the_last_units_without_a_count_are_a_vague_past(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ما زالت الحرفة حية حتى يومنا هذا.", "يومنا هذا", "PRESENT_REF"),
        ("لم تعلن الشرطة أسماء المصابين حتى الساعة.", "الساعة", "PRESENT_REF"),
        ("سيعود اللاجئون إلى ديارهم عاجلا أم آجلا.", "عاجلا أم آجلا", "FUTURE_REF"),
        ("يختلف شباب اليوم عن آبائهم.", "اليوم", "PRESENT_REF"),
        ("إن الأزمة التي نواجهها اليوم غير مسبوقة.", "اليوم", "PRESENT_REF"),
        ("نواجه اليوم أزمة غير مسبوقة.", "اليوم", "PRESENT_REF"),
    ],
)
def test_the_present_and_the_time_to_come_as_references(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_until_a_clock_time_is_that_time() -> None:
    assert found("أغلقت المحلات حتى الساعة الثالثة عصرا.") == [("الساعة الثالثة عصرا", "XXXX-XX-XXT15:00")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("وصل الوفد صباح يوم الأحد 19 يوليو/تموز إلى العاصمة.", [("صباح يوم الأحد 19 يوليو/تموز", "2015-07-19TMO")]),
        ("وصل الوفد صباح 2 أغسطس إلى العاصمة.", [("صباح 2 أغسطس", "2015-08-02TMO")]),
        ("اندلع الحريق مساء الثاني من أغسطس.", [("مساء الثاني من أغسطس", "2015-08-02TEV")]),
        ("وقع الهجوم فجر 5 مارس 2014 على الحدود.", [("فجر 5 مارس 2014", "2014-03-05TMO")]),
        ("وصل الوفد في 2 أغسطس إلى العاصمة.", [("2 أغسطس", "2015-08-02")]),
    ],
)
def test_a_part_of_day_before_a_written_date_is_that_part_of_that_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تتوقع الأرصاد أمطارا غزيرة في فصل الشتاء القادم.", "فصل الشتاء القادم", "2015-WI"),
        ("شهدت المنطقة ثلوجا في الشتاء الماضي.", "الشتاء الماضي", "2014-WI"),
        ("يفتتح المنتجع في الربيع المقبل.", "الربيع المقبل", "2016-SP"),
        ("ارتفعت درجات الحرارة في الصيف الماضي.", "الصيف الماضي", "2014-SU"),
    ],
)
def test_winter_takes_the_year_of_its_december(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value,mod",
    [
        ("اعتكف المصلون في العشر الأواخر من رمضان.", "العشر الأواخر من رمضان", "2015-07", "END"),
        ("يصوم كثيرون العشر الأوائل من ذي الحجة.", "العشر الأوائل من ذي الحجة", "2015-09", "START"),
    ],
)
def test_the_ten_days_at_either_end_of_a_month(text: str, expr: str, value: str, mod: str) -> None:
    hits = [(t.value, t.mod) for t in find_times(text, PUB) if text[t.start : t.end] == expr]
    assert hits == [(value, mod)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("يصل الوفد يوم الثلاثاء من الأسبوع المقبل.", [("يوم الثلاثاء من الأسبوع المقبل", "2015-08-18")]),
        ("وصل الوفد يوم الاثنين من الأسبوع الماضي.", [("يوم الاثنين من الأسبوع الماضي", "2015-08-03")]),
        ("تقام العروض الأحد المقبل.", [("الأحد المقبل", "2015-08-16")]),
        (
            "تقام العروض الأحد والاثنين الأسبوع ما بعد المقبل.",
            [("الأحد", "2015-08-23"), ("الاثنين الأسبوع ما بعد المقبل", "2015-08-24")],
        ),
    ],
)
def test_a_weekday_of_a_named_week_in_weeks_that_start_on_sunday(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("يتقاضى العامل ألف دولار في السنة.", "السنة", "P1Y"),
        ("يجتمع المجلس مرتين في الأسبوع.", "الأسبوع", "P1W"),
        ("ينتج المصنع 500 طن في اليوم.", "اليوم", "P1D"),
    ],
)
def test_a_rate_per_unit_is_a_set(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expected",
    [
        ("قال الوزير في اليوم نفسه إن الوضع مستقر.", [("اليوم نفسه", "2015-08-12")]),
        ("ارتفعت الأسعار 5 في الشهر الماضي.", [("الشهر الماضي", "2015-07")]),
        ("افتتح المعرض في اليوم الأول من المهرجان.", []),
    ],
)
def test_a_unit_after_fi_without_a_rate_is_no_set(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,value",
    [
        ("أعلنت الوزارة الخميس أن المدارس ستفتح أبوابها.", "2015-08-06"),
        ("قال الوزير الأحد إنه سيزور المدينة.", "2015-08-09"),
        ("من المزمع أن يصل الوفد الخميس.", "2015-08-13"),
        ("سيعلن الوزير الخميس أن المدارس تفتح أبوابها.", "2015-08-13"),
    ],
)
def test_a_future_in_a_reported_clause_leaves_the_weekday_in_the_past(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("يعقد المجلس اجتماعه الخميس في العاصمة.", "2015-08-13"),
        ("ويعمل بالقانون اعتبارا من الأربعاء.", "2015-08-12"),
        ("يفتتح الوزير المعرض في يناير.", "2016-01"),
        ("وكان المجلس يعقد اجتماعه الخميس.", "2015-08-06"),
        ("قتل المهاجمون الذين لم يعرف عددهم صباحا حارسا الخميس.", "2015-08-06"),
        ("وكان القارب قد أبحر على أن يعود الخميس.", "2015-08-06"),
        ("وتعرض المركبة التي أطلقتها الوكالة الخميس صورا جديدة.", "2015-08-06"),
    ],
)
def test_an_imperfect_verb_puts_a_bare_weekday_or_month_ahead(text: str, value: str) -> None:
    assert [v for _, v in found(text)][-1] == value


def test_a_future_cue_means_this_day_or_the_next_such_day() -> None:
    # published on a Wednesday: written before its crawl date, the Wednesday is that day
    assert found("سيعقد المجلس اجتماعه الأربعاء.") == [("الأربعاء", "2015-08-12")]
    assert found("ستصدر الهيئة تقريرها السنوي الخميس.") == [("الخميس", "2015-08-13")]
    assert found("سيعقد المجلس اجتماعه الأربعاء المقبل.") == [("الأربعاء المقبل", "2015-08-19")]


def test_half_a_century_is_a_duration() -> None:
    assert value_of("استمر الاحتلال نصف قرن قبل أن ينتهي.", "نصف قرن") == "P50Y"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تنطلق البطولة في شهر مارس.", "2016-03"),  # a scheduled event governing the month: the next March
        ("وارتفع عدد الزوار الذين يصلون منذ شهر مارس إلى ألف زائر.", "2015-03"),  # since March: the last one
        ("وبلغت الخسائر التي تكبدتها الشركة في شهر مارس حدا تصل معه إلى الإفلاس.", "2015-03"),
        ("وفي شهر مارس كانت المباريات تقام مساء.", "2015-03"),  # told of the past, the verb after the month
    ],
)
def test_a_verb_of_a_scheduled_event_moves_a_month_ahead_only_where_it_governs_it(text: str, value: str) -> None:
    assert [v for t, v in found(text) if "مارس" in t] == [value]


def test_sawfa_joined_by_wa_opens_the_next_clause() -> None:
    assert found("تدرب اللاعبون الأحد وسوف يسافرون بعد ذلك إلى المعسكر.") == [("الأحد", "2015-08-09")]


def test_a_plan_told_with_kana_is_of_the_past() -> None:
    assert found("وكان من المقرر أن يفتتح المعرض في شهر مارس لكنه تأجل.") == [("شهر مارس", "2015-03")]
    assert found("ومن المقرر أن يفتتح المعرض في شهر مارس.") == [("شهر مارس", "2016-03")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("نصت معاهدتا الحدود 1926 و1961 على تقاسم المياه.", [("1926", "1926"), ("1961", "1961")]),
        ("رحل الشاعر الكبير (1871 - 1940) تاركا عشرات الدواوين.", [("1871", "1871"), ("1940", "1940")]),
        ("أشرف الحكم على نهائيات 1998 و2002 و2006.", [("1998", "1998"), ("2002", "2002"), ("2006", "2006")]),
    ],
)
def test_the_first_bare_year_of_a_list_or_range_of_years_is_a_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "احتشد ما بين 1500 و2000 شخص أمام المبنى.",
        "يتراوح الإيجار بين 1950 و2010 ريالات شهريا.",
        "انضم نحو 1800 و1900 مقاتل إلى الجبهة.",
    ],
)
def test_two_amounts_before_a_counted_noun_are_no_years(text: str) -> None:
    assert [v for _, v in found(text) if v[:1].isdigit() and len(v) == 4] == []
