"""The year of a month, a day of a month or a feast written without one, read from its clause: a month
already past is moved to next year by a future cue only, and one still to come goes back a year in a clause
told in the past. Every sentence is constructed for this test."""

from __future__ import annotations

import datetime as dt

from test_times_forms import value_of  # the same anchor and helpers

PUB = dt.date(2015, 8, 12)


def test_an_imperfect_verb_alone_does_not_move_a_past_month_ahead() -> None:
    text = "وباع رجل الأعمال حصته لشركة يديرها شقيقه في مايو الماضي، ثم اشترى حصة أخرى في يونيو."
    assert value_of(text, "يونيو", PUB) == "2015-06"
    assert value_of("وتشن القوات منذ 14 مارس حملة على المسلحين.", "14 مارس", PUB) == "2015-03-14"
    assert value_of("وهو خامس عامل يصاب في المصنع منذ مطلع أبريل.", "مطلع أبريل", PUB) == "2015-04"


def test_a_future_cue_still_moves_a_past_month_ahead() -> None:
    assert value_of("وسيزور الوفد العاصمة في مارس.", "مارس", PUB) == "2016-03"
    assert value_of("ويستمر المعرض حتى العاشر من فبراير.", "العاشر من فبراير", PUB) == "2016-02-10"


def test_a_feast_just_past_in_a_clause_of_habit_is_this_year() -> None:
    text = "ويحرص الأهالي على تبادل الزيارات في عيد الفطر كل عام."
    assert value_of(text, "عيد الفطر", PUB) == "2015-07-17"


def test_a_future_cue_after_a_comma_and_wa_is_another_clause() -> None:
    text = "وعقد المجلس أولى جلساته في شهر رمضان، وسيعقد جلسته الثانية بعد شهرين."
    assert value_of(text, "شهر رمضان", PUB) == "2015-07"
    text = "وغادر المريض المستشفى يوم الأحد، وسيعود إليه للمراجعة بعد أسبوع."
    assert value_of(text, "يوم الأحد", PUB) == "2015-08-09"


def test_a_month_still_to_come_in_a_clause_opened_by_a_perfect_verb_is_last_year() -> None:
    text = "وسيطر المسلحون على البلدة في أكتوبر ثم انسحبوا منها."
    assert value_of(text, "أكتوبر", PUB) == "2014-10"
    text = "وأعلنت الحكومتان في 9 نوفمبر عزمهما على فتح السفارتين."
    assert value_of(text, "9 نوفمبر", PUB) == "2014-11-09"


def test_a_perfect_verb_does_not_move_what_is_to_be_or_a_month_of_delivery() -> None:
    assert value_of("وأعلنت الوزارة أن المعرض في أكتوبر.", "أكتوبر", PUB) == "2015-10"
    assert value_of("وحددت اللجنة الموعد المقرر في أكتوبر.", "أكتوبر", PUB) == "2015-10"
    assert value_of("وارتفع الخام للتسليم في أكتوبر دولارا.", "أكتوبر", PUB) == "2015-10"
    assert value_of("وأجلت اللجنة الاجتماع إلى أكتوبر.", "أكتوبر", PUB) == "2015-10"


def test_a_lead_naming_today_as_a_weekday_later_in_the_week_was_written_the_week_before() -> None:
    crawled = dt.date(2015, 8, 11)  # a Tuesday
    text = "قالت الشركة اليوم الأربعاء إنها ستفتح فرعا جديدا غدا."
    assert value_of(text, "اليوم الأربعاء", crawled) == "2015-08-05"
    assert value_of(text, "غدا", crawled) == "2015-08-06"


def test_that_time_never_refers_back_to_the_day_of_writing() -> None:
    text = "كرمت الجمعية اليوم الكاتب الذي كان رئيس تحرير الصحيفة آنذاك."
    assert value_of(text, "آنذاك", PUB) == "PAST_REF"
    text = "افتتح الملعب في 2010، وقال المدرب اليوم إن الفريق كان حينها في الدرجة الثانية."
    assert value_of(text, "حينها", PUB) == "2010"


def test_a_month_with_its_epithet_and_its_year_is_that_month_of_that_year() -> None:
    text = "وأقر المجلس الخطة في شهر رمضان المبارك من عام 1430هـ."
    assert value_of(text, "شهر رمضان المبارك من عام 1430ه", PUB) == "2009-09"


def test_a_quote_after_the_time_has_its_own_tense() -> None:
    text = "وقال المدرب الأحد: «لن نتنازل عن اللقب»."
    assert value_of(text, "الأحد", PUB) == "2015-08-09"


def test_a_feast_or_month_over_a_few_days_ago_told_as_to_come_is_that_one() -> None:
    crawled = dt.date(2015, 7, 21)  # four days after the feast of 2015-07-17
    text = "وستقدم البلدية عروضا للأطفال خلال أيام عيد الفطر المبارك."
    assert value_of(text, "عيد الفطر المبارك", crawled) == "2015-07-17"
    assert value_of("وسيعرض البرنامج طوال شهر رمضان.", "شهر رمضان", crawled) == "2015-07"
    assert value_of("وستعرض الحلقات في رمضان المقبل.", "رمضان المقبل", crawled) == "2016-06"
    assert value_of("وسيعرض البرنامج طوال شهر رمضان.", "شهر رمضان", dt.date(2015, 8, 12)) == "2016-06"


def test_a_count_of_years_gone_by_is_that_long_ago_unless_it_spans_them() -> None:
    assert value_of("ويعود بناء السوق القديم إلى 70 عاما مضت.", "70 عاما مضت", PUB) == "1945"
    assert value_of("وتراجعت الزراعة خلال 4 سنوات مضت.", "4 سنوات", PUB) == "P4Y"
    assert value_of("وقد مرت 20 عاما مضت على افتتاح المكتبة.", "20 عاما", PUB) == "P20Y"


def test_a_future_cue_of_a_coordinated_clause_does_not_move_a_time_ahead() -> None:
    text = "وخطف الصياد في فبراير وسيعود إلى أهله قريبا."
    assert value_of(text, "فبراير", PUB) == "2015-02"


def test_a_future_verb_right_after_a_weekday_told_in_the_past_opens_the_next_clause() -> None:
    text = "وقال إن الصندوق الذي نقل إلى المختبر الأحد سيعرض على الخبراء."
    assert value_of(text, "الأحد", PUB) == "2015-08-09"  # PUB is a Wednesday: the Sunday before
    assert value_of("وقال إن الوفد الأحد سيزور المدينة.", "الأحد", PUB) == "2015-08-16"


def test_a_future_cue_eight_words_before_a_weekday_still_governs_it() -> None:
    text = "وقال المحافظ إنه سيتم إغلاق عدد من الطرق الفرعية يومي الأحد والاثنين أمام السيارات."
    assert value_of(text, "الأحد", PUB) == "2015-08-16"
    assert value_of(text, "الاثنين", PUB) == "2015-08-17"


def test_a_past_marker_eight_words_before_a_weekday_keeps_it_past() -> None:
    text = "وكانت اللجنة قد أقرت أمس خطة يبدأ تنفيذها على مراحل مساء الأحد."
    assert value_of(text, "مساء الأحد", PUB) == "2015-08-09TEV"


def test_a_feast_eight_words_after_a_future_cue_stays_in_its_year() -> None:
    text = "وتستأنف الحملة خلال الأيام القليلة المقبلة بشكل أوسع بعد توقف مؤقت خلال إجازة عيد الفطر."
    assert value_of(text, "عيد الفطر", PUB) == "2015-07-17"


def test_that_time_never_refers_back_to_yesterday() -> None:
    text = "وانتقد الوزير أمس الاتفاق القديم. وقد قيل للناس حينها إنه سيصمد طويلا."
    assert value_of(text, "حينها", PUB) == "PAST_REF"
    text = "ووقع الاتفاق في 3 مارس 2010، وقيل للناس حينها إنه سيصمد طويلا."
    assert value_of(text, "حينها", PUB) == "2010-03-03"


def test_that_time_refers_back_to_a_weekday_named_with_its_week() -> None:
    text = "صوت المجلس الثلاثاء الماضي على الخطة، إلا أن الحكومة خسرت آنذاك أغلبيتها."
    assert value_of(text, "آنذاك", PUB) == "2015-08-11"


def test_what_is_supposed_or_expected_to_happen_on_a_weekday_is_ahead() -> None:
    assert value_of("ويفترض إقرار الموازنة الجديدة الأحد في جلسة علنية.", "الأحد", PUB) == "2015-08-16"
    assert value_of("ومن المتوقع وصول الوفد الخميس إلى العاصمة.", "الخميس", PUB) == "2015-08-13"
    assert value_of("وكان من المتوقع وصول الوفد الخميس إلى العاصمة.", "الخميس", PUB) == "2015-08-06"
