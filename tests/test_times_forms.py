"""Forms of time expressions news uses beyond dates and day words: bare years in context, anaphoric
times, parts of periods, seasons, lists of days and months, weekdays and their day words, and the
senses of time words that are not times. Every sentence is constructed for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.times import find_times

PUB = dt.date(2015, 8, 12)  # a Wednesday


def found(text: str, anchor: dt.date | None = PUB) -> list[tuple[str, str]]:
    return [(text[t.start : t.end], t.value) for t in find_times(text, anchor)]


def value_of(text: str, expr: str, anchor: dt.date | None = PUB) -> str:
    hits = [v for span, v in found(text, anchor) if span == expr]
    assert hits, f"{expr!r} not found in {text!r}: {found(text, anchor)}"
    return hits[0]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("صدرت الرواية (1967) عن دار صغيرة.", "1967", "1967"),
        ("ولد الشاعر -1890 في قرية ساحلية.", "1890", "1890"),
        ("في 2013 قررت الحكومة رفع الأسعار.", "2013", "2013"),
        ("عدل البرلمان قانون العمل 1976 أمس.", "1976", "1976"),
        ("تراجع الإنتاج بين العامين 2003 و2005 بشدة.", "العامين 2003", "2003"),
        ("تراجع الإنتاج بين العامين 2003 و2005 بشدة.", "2005", "2005"),
    ],
)
def test_bare_years_in_context(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize("text", ["وزعت الجمعية في 2000 منزل مساعدات.", "صدر القرار 2216 عن المجلس.",
                                  "ارتفع السعر من 1916 دولارا إلى أكثر."])
def test_a_count_or_a_number_is_no_bare_year(text: str) -> None:
    assert not any(v.isdigit() for _, v in found(text))


def test_the_day_after_refers_back_to_the_date_before_it() -> None:
    text = "وصل الوفد الساعة العاشرة صباحا يوم الخميس 9 ديسمبر 2021 وغادر في اليوم التالي."
    assert found(text, dt.date(2021, 12, 12)) == [
        ("الساعة العاشرة صباحا يوم الخميس 9 ديسمبر 2021", "2021-12-09T10:00"), ("اليوم التالي", "2021-12-10")
    ]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("افتتح المصنع في مارس 2010 وتوسع في العام التالي.", "العام التالي", "2011"),
        ("افتتح المصنع في مارس 2010 وأغلق في الشهر نفسه.", "الشهر نفسه", "2010-03"),
        ("بدأت المحادثات في 3 يونيو 2014 وانتهت في 25 من الشهر ذاته.", "25 من الشهر ذاته", "2014-06-25"),
        ("وقع الزلزال في 4 مايو 2012 وفي الأسبوع ذاته ضرب إعصار.", "الأسبوع ذاته", "2012-W18"),
        ("انتخب رئيسا عام 1999 وكان آنذاك في الخمسين.", "آنذاك", "1999"),
        ("عاد الوزير الثلاثاء 4 أغسطس 2015 ثم سافر صباح اليوم التالي.", "صباح اليوم التالي", "2015-08-05TMO"),
        ("قال المتحدث إن الوفد يغادر في اليوم التالي.", "اليوم التالي", "2015-08-13"),
        ("قال إن السنة التالية ستكون أصعب.", "السنة التالية", "2016"),
    ],
)
def test_anaphoric_times(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_then_alone_is_a_past_reference() -> None:
    assert value_of("كان آنذاك طالبا في الجامعة.", "آنذاك") == "PAST_REF"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("يتوقع النمو في الربع الأول من العام المقبل.", "الربع الأول من العام المقبل", "2016-Q1"),
        ("يتحسن الأداء في النصف الثاني من العام.", "النصف الثاني من العام", "2015-H2"),
        ("ازدهرت الصناعة في العقد الأخير من القرن الماضي.", "العقد الأخير من القرن الماضي", "199"),
        ("ازدهرت الصناعة في العقد الأخير من القرن.", "العقد الأخير من القرن", "199"),
        ("نشأت الشركة في العقد الأول من القرن الحادي والعشرين.", "العقد الأول من القرن الحادي والعشرين", "200"),
    ],
)
def test_parts_of_periods(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تهاجر الطيور في الربيع إلى الشمال.", "الربيع", "2015-SP"),
        ("تنخفض الأسعار خلال فصل الخريف عادة.", "فصل الخريف", "2015-FA"),
        ("زار المدينة صيف العام الماضي.", "صيف العام الماضي", "2014-SU"),
        ("تفتتح الدورة في الصيف المقبل.", "الصيف المقبل", "2016-SU"),
    ],
)
def test_seasons(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_the_arab_spring_is_no_season() -> None:
    assert found("كتب كثيرا عن الربيع العربي ونتائجه.") == []


def test_coordinated_months_share_their_year() -> None:
    assert found("تجري الانتخابات في مايو أو يونيو المقبلين.") == [
        ("مايو", "2016-05"), ("يونيو المقبلين", "2016-06")
    ]
    assert found("زار البلاد في مايو ويونيو 2014 مرتين.") == [("مايو", "2014-05"), ("يونيو 2014", "2014-06")]


def test_a_list_of_days_is_one_date_each() -> None:
    assert found("تعقد الورشة يومي 3 و4 مارس 2016 في الرياض.") == [("3", "2016-03-03"), ("4 مارس 2016", "2016-03-04")]
    assert found("عقدت الجلسات في 3 و4 و5 مارس.") == [
        ("3", "2015-03-03"), ("4", "2015-03-04"), ("5 مارس", "2015-03-05")
    ]


def test_a_day_takes_the_year_written_after_it() -> None:
    assert found("وقع الهجوم في 12 يناير من العام الماضي.") == [("12 يناير من العام الماضي", "2014-01-12")]
    assert found("قال إن اللقاء جرى في الـ15 من مارس الماضي.") == [("الـ15 من مارس الماضي", "2015-03-15")]


def test_a_weekday_joined_to_a_day_word_wins_and_a_past_one_is_never_after_publication() -> None:
    thursday = dt.date(2021, 12, 9)
    # yesterday is Wednesday; the nearest Saturday is after publication: the Saturday before (a late crawl)
    assert found("وصل الوفد أمس السبت.", thursday) == [("أمس السبت", "2021-12-04")]
    # a crawl the morning after: the named weekday, before publication, wins
    assert found("وصل الوفد أمس الثلاثاء.", thursday) == [("أمس الثلاثاء", "2021-12-07")]
    # the next day's edition, posted the evening before: its yesterday is the publication day
    assert found("افتتح الوزير المعرض أمس الخميس.", thursday) == [("أمس الخميس", "2021-12-09")]
    # tomorrow's weekday already past: written before the crawl, the named day wins
    assert found("يعقد المجلس جلسته غدا الخميس.", thursday) == [("غدا الخميس", "2021-12-09")]
    assert found("تنطلق البطولة غدا الأربعاء في المدينة.", thursday) == [("غدا الأربعاء", "2021-12-08")]


def test_a_bare_weekday_in_a_clause_about_a_scheduled_event_is_the_next_one() -> None:
    assert found("يلتقي الفريقان في مباراة الخميس على ملعب المدينة.") == [("الخميس", "2015-08-13")]
    assert found("فاز الفريق في مباراة الخميس على ملعب المدينة.") == [("الخميس", "2015-08-06")]
    assert found("يقيم الوفد في الفندق منذ الخميس.") == [("الخميس", "2015-08-06")]


@pytest.mark.parametrize(
    "text",
    [
        "ناقش المجلس عقد الاجتماعات خلال عقد الاجتماع المقبل.",
        "يتطلع الشباب نحو غد مشرق.",
        "قرأ الخبر في صحيفة الغد.",
        "أنتجت شركة القرن الحادي والعشرين للإنتاج الفيلم.",
        "ولد في يوغوسلافيا سابقا.",
    ],
)
def test_senses_that_are_no_time(text: str) -> None:
    assert found(text) == []


def test_the_time_senses_of_those_words_stay() -> None:
    assert found("تغير البلد خلال عقد من الزمن.") == [("عقد", "P1DE")]
    assert found("يصل الوفد غدا.") == [("غدا", "2015-08-13")]
    assert found("عاش في القرن الحادي والعشرين.") == [("القرن الحادي والعشرين", "20")]
    assert found("أعلنت الوزارة سابقا أن الخطة جاهزة.") == [("سابقا", "PAST_REF")]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("يبدأ التسجيل في المعهد للعام الدراسي 1436/1437هـ الأسبوع المقبل.", "1436/1437ه", "2015"),
        ("أقر المجلس الحساب الختامي للعام المالي 1434 - 1435هـ.", "1434 - 1435ه", "2013"),
        ("بلغت القروض خلال العام 1435/ 1436هـ نحو مليار ريال.", "1435/ 1436ه", "2014"),
        ("قدم الصندوق قروضا منذ السنة المالية 1421-1422 حتى اليوم.", "1421-1422", "2001"),
    ],
)
def test_two_consecutive_hijri_years_are_the_gregorian_year_the_first_ends_in(text: str, expr: str, value: str) -> None:
    assert (expr, value) in found(text)


def test_two_hijri_years_apart_are_no_academic_year() -> None:
    assert found("اتصل على الرقم 1420 - 1425 للاستفسار.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a year named before it in its sentence: the year before that one
        ("بلغت صادرات المصنع خلال عام 2012 مليون طن مقارنة بنصف مليون في العام السابق.", "2011"),
        ("سجلت الهيئة في العام الماضي ألف طلب بزيادة الربع على السنة السابقة.", "2013"),
        # with none, or a year a figure is compared with: the year before publication
        ("تراجعت مبيعات الشركة بنسبة 4% مقارنة بالعام السابق.", "2014"),
        ("ربحت الشركة مليونا مقارنة بنصفه في الفترة نفسها من عام 2014، أي بزيادة 5% عن العام السابق.", "2014"),
        # a year written right after it is its own
        ("بلغ الربح مليارا مقابل نصفه للفترة المماثلة من العام السابق 2014.", "2014"),
    ],
)
def test_the_previous_year_refers_back_to_a_year_named_in_its_sentence(text: str, value: str) -> None:
    assert [v for t, v in found(text) if "السابق" in t][-1] == value


def test_the_year_before_it_refers_back_to_the_year_just_named() -> None:
    assert found("افتتح المصنع عام 1990 بعد أن بدأ بناؤه في العام الذي سبقه.") == [
        ("عام 1990", "1990"), ("العام الذي سبقه", "1989")
    ]


def test_a_former_director_general_is_no_year() -> None:
    assert found("التقى الوزير بالمدير العام السابق للهيئة وللمدير العام السابق للشركة.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اندلعت المواجهات في كانون الأول - ديسمبر 2013 بين الطرفين.", [("كانون الأول - ديسمبر 2013", "2013-12")]),
        ("وقع الانفجار في 12 مايو - أيار 2003م قرب المجمع.", [("12 مايو - أيار 2003م", "2003-05-12")]),
        ("تراجع المؤشر منذ آذار- مارس الماضي.", [("آذار- مارس الماضي", "2015-03")]),
        # two months in a range keep their own names, the first takes the last one's year
        ("ارتفعت المبيعات خلال الفترة يناير - فبراير 2014.", [("يناير", "2014-01"), ("فبراير 2014", "2014-02")]),
        # a score is no month
        ("انتهت المباراة بالتعادل صفر-صفر.", []),
    ],
)
def test_one_month_in_two_names_joined_by_a_dash_is_one_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_an_amount_is_no_year_the_previous_year_refers_back_to() -> None:
    text = "بلغ الربح 1941 مليون ريال بانخفاض عن الربع المماثل من العام السابق."
    assert [v for t, v in found(text) if "السابق" in t] == ["2014"]


def test_the_same_period_last_year_compares_a_period_of_this_year() -> None:
    text = "ربحت الشركة في العام الماضي مليونا. وتراجعت أرباحها 5% مقارنة بالفترة نفسها من العام الماضي."
    assert found(text)[-1] == ("الفترة نفسها من العام الماضي", "2014")
    text = "ربحت الشركة في مايو مليونا بزيادة 5% مقارنة بالفترة نفسها من العام الماضي."
    assert found(text)[-1] == ("الفترة نفسها من العام الماضي", "2014-05")


@pytest.mark.parametrize(
    "text,value",
    [
        ("وأعلن المصرف أمس أن أرباحه نمت 8% مقارنة بالفترة نفسها من العام الماضي.", "2014"),
        ("وقالت الشركة يوم الاثنين إن مبيعاتها تراجعت عن الفترة ذاتها من العام الماضي.", "2014"),
        ("وقالت الشركة يوم الاثنين إن مبيعاتها في الربع الثاني تراجعت عن الفترة ذاتها من العام الماضي.", "2014-Q2"),
    ],
)
def test_the_same_period_last_year_refers_back_to_a_period_not_the_day_of_the_report(text: str, value: str) -> None:
    assert found(text)[-1][1] == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("أصدر الكاتب روايته «بيت على التل» (1984) ثم سافر.", "1984", "1984"),
        ('ونشرت ديوانها "أصوات البحر" (2011) بعد عودتها.', "2011", "2011"),
        ("حدث في مثل هذا اليوم\n1961 - افتتاح أول جسر على النهر.", "1961", "1961"),
        ("ارتفعت الصادرات خلال العام الماضي 2014 بنسبة كبيرة.", "العام الماضي 2014", "2014"),
        ("ارتفعت الصادرات في السنة المالية 2013 بنسبة كبيرة.", "2013", "2013"),
        ("أغلقت المدرسة منذ عام .2004 والمبنى مهجور.", "عام .2004", "2004"),
        ("ضم الاندماج «المعهد الوطني» (1905 - 2012) والكلية الفنية.", "1905", "1905"),
        ("ضم الاندماج «المعهد الوطني» (1905 - 2012) والكلية الفنية.", "2012", "2012"),
    ],
)
def test_years_after_a_title_on_an_almanac_line_or_after_their_noun(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,number",
    [("حدث في مثل هذا اليوم\n1500 ريال قيمة الجائزة.", "1500"), ("وصل العام الماضي 2000 زائر إلى المعرض.", "2000")],
)
def test_a_count_opening_a_line_or_after_a_year_noun_is_no_year(text: str, number: str) -> None:
    assert not any(number in span for span, _ in found(text))


@pytest.mark.parametrize(
    "text,value",
    [("سيلتقيان الخميس في العاصمة.", "2015-08-13"), ("سيجتمعون الخميس في العاصمة.", "2015-08-13"),
     ("اجتمعوا الخميس في العاصمة.", "2015-08-06")],
)
def test_a_dual_or_plural_future_verb_puts_a_weekday_ahead(text: str, value: str) -> None:
    assert value_of(text, "الخميس") == value


@pytest.mark.parametrize(
    "text",
    ["نشر المكتب ترجمة لخطب الجمعة بعدة لغات.", "أكد خطباء الجمعة أهمية الوحدة.", "تحدثت منابر الجمعة عن المخدرات."],
)
def test_a_weekday_after_a_noun_of_its_prayer_is_that_weekday_in_general(text: str) -> None:
    assert value_of(text, "الجمعة") == "XXXX-WXX-5"


def test_since_of_another_clause_before_an_imperfect_verb_does_not_put_a_month_in_the_past() -> None:
    text = "أعلنت الوزارة أن السجين المحتجز منذ عشرين عاما قد يخرج في نوفمبر."
    assert value_of(text, "نوفمبر") == "2015-11"
    assert value_of("ارتفعت الأسعار منذ نوفمبر.", "نوفمبر") == "2014-11"


def test_the_same_period_last_year_skips_the_year_written_after_the_last_one() -> None:
    text = ("ارتفع عدد الركاب في النصف الأول من العام الحالي مقارنة بالفترة ذاتها من العام الماضي 2014. "
            "وبلغ عدد ركاب المترو خلال الأشهر الستة الماضية 80 مليونا مقارنة بالفترة ذاتها من العام الماضي.")
    assert [v for span, v in found(text) if "الفترة ذاتها" in span] == ["2014-H1", "2014-H1"]


def test_today_after_a_detached_li_before_a_colon_is_the_paper() -> None:
    assert found("مسؤول لـ اليوم : الطريق يفتح نهاية العام") == [("نهاية العام", "2015")]
    assert value_of("قال المسؤول اليوم: الطريق يفتح قريبا", "اليوم") == "2015-08-12"


def test_that_day_refers_back_to_the_time_before_it() -> None:
    text = "أغلقت المحكمة الملف في مارس 2013. وقال المحامي يومها إن القرار متسرع."
    assert value_of(text, "يومها") == "2013-03"
    assert value_of("وقال المحامي يومها إن القرار متسرع.", "يومها") == "PAST_REF"


@pytest.mark.parametrize("text", ["واصل المعسكر تدريباته في يومها الخامس.", "هنأ الملك البلاد بيومها الوطني."])
def test_its_ordinal_or_national_day_is_no_time_referred_back_to(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("وقع الحادث حوالى الساعة العاشرة مساء أمس.", "الساعة العاشرة مساء أمس", "2015-08-11T22:00"),
        ("باشرت الفرق البلاغ في تمام الساعة 5:20 من عصر هذا اليوم الأربعاء.", "الساعة 5:20 من عصر هذا اليوم الأربعاء",
         "2015-08-12T17:20"),
        ("عقد الاجتماع في الساعة الثانية (23,00 تغ) من الأحد.", "23,00 تغ", "2015-08-09T23:00"),
    ],
)
def test_a_clock_time_takes_its_day_across_about_this_or_a_bracket(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value
    assert not any(v.startswith("PT") for _, v in found(text))


@pytest.mark.parametrize(
    "text",
    ["حضر الحفل مدير المستشفى سابقا.", "انضم لاعب الوسط الإسباني سابقا إلى النادي.",
     "عين النادي قياديا سابقا في الاتحاد.", "كرمت الجمعية لمدير معهد التدريب سابقا."],
)
def test_former_after_a_role_or_a_nisba_is_no_time(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", ["رفضت الوزارة الطلب سابقا.", "المدرب الذي أقيل سابقا عاد إلى الفريق."])
def test_previously_after_a_verb_is_a_past_reference(text: str) -> None:
    assert value_of(text, "سابقا") == "PAST_REF"


@pytest.mark.parametrize(
    "text", ["كان اللاعب قريبا منهم طوال المباراة.", "يراقب الأمن كل شخص قريبا كان أو بعيدا."]
)
def test_near_them_or_near_or_far_is_no_time(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تقام البطولة من 14 يونيو إلى 15 يوليو 2018 في عدة مدن.", "14 يونيو", "2018-06-14"),
        ("وقعت الهجمات بين 12 يناير و3 فبراير 2014 في الشمال.", "12 يناير", "2014-01-12"),
        ("تراجعت الصادرات في الفترة من ديسمبر إلى فبراير 2014 بشدة.", "ديسمبر", "2013-12"),
        ("جرت الانتخابات في يناير وفبراير ومارس 2013 على مراحل.", "يناير", "2013-01"),
    ],
)
def test_the_first_end_of_a_range_takes_the_year_written_at_its_other_end(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text", ["سنعلن عنها في حينها.", "إذا تعاونت الأطراف فحينها سنصل إلى اتفاق.", "وحينها لن يكون متشددا."]
)
def test_then_or_in_due_time_beside_a_future_verb_is_no_time(text: str) -> None:
    assert found(text) == []


def test_that_time_beside_a_past_verb_still_refers_back() -> None:
    assert value_of("أقر الأطباء وقتها بضرورة إجراء العملية.", "وقتها") == "PAST_REF"


def test_former_four_words_after_its_role_is_no_time() -> None:
    assert found("قال رئيس النادي الأدبي بجدة سابقا إن الأمسية ناجحة.") == []


@pytest.mark.parametrize("text", ["أظهر استطلاعا حديثا للرأي تقدم المرشح.", "اشترت المستشفى جهازا حديثا للأشعة."])
def test_recent_after_an_accusative_noun_is_an_adjective(text: str) -> None:
    assert found(text) == []


def test_recently_after_a_verb_with_its_pronoun_is_a_past_reference() -> None:
    assert value_of("تم تطويرها حديثا في المختبر.", "حديثا") == "PAST_REF"


@pytest.mark.parametrize(
    "text,expr,value",
    [("ما زال السهم يتراجع منذ يوم الأحد الماضي.", "يوم الأحد الماضي", "2015-08-09"),
     ("وعد النادي بصرف الرواتب قبل يوم الأربعاء المقبل.", "يوم الأربعاء المقبل", "2015-08-19")],
)
def test_since_or_before_the_day_of_a_weekday_is_that_weekday(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value
    assert not any(span.startswith(("منذ", "قبل")) for span, _ in found(text))


@pytest.mark.parametrize(
    "text,year", [("تستعد البلاد لكأس العالم قطر 2022 بمشاريع كبيرة.", "2022"),
                  ("تتماشى الخطة مع رؤية المملكة الطموحة 2030 في التعليم.", "2030")]
)
def test_a_year_three_words_after_the_name_of_its_event_or_plan(text: str, year: str) -> None:
    assert value_of(text, year) == year


def test_that_date_after_a_preposition_of_time_refers_back() -> None:
    text = "انضم اللاعب إلى المعسكر في 3 مارس 2014 ومنذ ذلك التاريخ لم يغادره."
    assert value_of(text, "ذلك التاريخ") == "2014-03-03"
    assert found("تحدث الكاتب عن هذا التاريخ الطويل من الصراع.") == []


def test_to_date_after_until_is_the_present() -> None:
    assert value_of("بلغ عدد العقود الموقعة حتى تاريخه عشرين عقدا.", "تاريخه") == "PRESENT_REF"
    assert found("تحدث المدرب عن النادي وتاريخه العريق.") == []


def test_a_clock_hour_after_the_article_is_a_clock_time() -> None:
    text = "يمنع العمل من الساعة الـ 11 صباحا حتى الساعة الـ3 مساءً."
    assert found(text) == [("الساعة الـ 11 صباحا", "XXXX-XX-XXT11:00"), ("الساعة الـ3 مساءً", "XXXX-XX-XXT15:00")]
