"""Time words of unseen news that are no time, or whose clause is misread: verbs and units that look
like day words, amounts that look like years, contracts that look like decades, school terms that look
like quarters, verbs of amount that look like the future. Every sentence is constructed for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from test_times_forms import found, value_of  # the same anchor and helpers


def test_the_verb_touched_is_not_yesterday() -> None:
    assert found("ارتفع المؤشر بعدما لامس مستوى قياسيا في الجلسة.") == []


def test_metres_after_a_number_are_no_year() -> None:
    assert found("غاص الفريق إلى عمق 250 م بحثا عن الحطام.") == []
    assert found("ركض اللاعبون لمسافة 3000 م حول الملعب.") == []


def test_a_year_with_its_era_joined_stays_a_year() -> None:
    assert value_of("بني المسجد سنة 705م على يد الخليفة.", "سنة 705م") == "0705"


@pytest.mark.parametrize("text", ["وقعت الوزارة عقدين مع شركتين محليتين.", "أبرم النادي ثلاثة عقود رعاية جديدة."])
def test_contracts_after_a_verb_of_signing_are_no_decades(text: str) -> None:
    assert found(text) == []


def test_two_decades_after_a_preposition_stay_a_duration() -> None:
    assert value_of("عاش الكاتب في المهجر قرابة عقدين من الزمن.", "قرابة عقدين") == "P2DE"


def test_a_term_of_the_school_year_is_no_quarter() -> None:
    assert found("تطبق المدارس الخطة الجديدة في الفصل الأول من العام الدراسي.") == []


def test_a_verb_of_amount_does_not_put_a_month_ahead() -> None:
    text = "ارتفعت أسعار الخضار في مطلع شهر رمضان بنسبة تصل إلى 40 في المئة."
    assert value_of(text, "مطلع شهر رمضان", dt.date(2015, 7, 25)) == "2015-06"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("هبط السهم إلى أدنى مستوى منذ شهر مارس من العام الماضي.", "شهر مارس من العام الماضي", "2014-03"),
        ("لم تمطر المدينة منذ شهر نوفمبر 2013م.", "شهر نوفمبر 2013م", "2013-11"),
    ],
)
def test_since_the_month_of_a_named_month_is_that_month(text: str, expr: str, value: str) -> None:
    assert found(text) == [(expr, value)]


def test_one_day_in_the_accusative_is_a_duration() -> None:
    assert value_of("أغلقت الدائرة أبوابها يوما واحدا للصيانة.", "يوما واحدا") == "P1D"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تضاعفت الصادرات خلال الأشهر الستة الأولى من 2014 بحسب التقرير.", "الأشهر الستة الأولى من 2014", "2014-H1"),
        ("تراجعت المبيعات في الأشهر الثلاثة الأولى من العام الحالي.", "الأشهر الثلاثة الأولى من العام الحالي",
         "2015-Q1"),
    ],
)
def test_the_first_months_of_a_year_are_its_half_or_quarter(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_the_near_term_is_the_future() -> None:
    assert value_of("لا يتوقع المحللون خفض الإنتاج على المدى القريب.", "المدى القريب") == "FUTURE_REF"


def test_the_publication_month_called_next_is_this_years() -> None:
    # published 2015-08-12: a page written in July and crawled in August still says "أغسطس المقبل"
    assert value_of("توزع الشركة أرباحها في 25 أغسطس المقبل.", "25 أغسطس المقبل") == "2015-08-25"


def test_a_weekday_of_another_paragraph_does_not_follow_a_coming_day() -> None:
    pub = dt.date(2015, 8, 14)  # a Friday
    text = "يفتتح المتحف الجديد في 20 أغسطس الجاري.\nوأنهت الهيئة السبت آخر أعمال الصيانة."
    assert value_of(text, "السبت", pub) == "2015-08-08"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("هبط المؤشر إلى أدنى مستوى في ثلاث سنوات ونصف.", "ثلاث سنوات ونصف", "P3Y6M"),
        ("تأخرت الرحلة 5 ساعات ونصف بسبب العاصفة.", "5 ساعات ونصف", "PT5H30M"),
        ("بقي المريض في المستشفى سنة ونصف.", "سنة ونصف", "P18M"),
    ],
)
def test_a_counted_number_of_units_and_a_half_keeps_its_units(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("يشترط ألا يقل عمر المتقدم عن (21) سنة.", "(21) سنة", "P21Y"),
        ("حقق النادي أفضل نتيجة له في «12» عاما.", "«12» عاما", "P12Y"),
        ("ويبلغ اللاعب 24/ عاما/ وينتهي عقده قريبا.", "24/ عاما", "P24Y"),
    ],
)
def test_a_count_in_brackets_quotes_or_slashes_before_its_unit(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_the_first_count_of_a_range_of_units_is_a_duration_of_its_own() -> None:
    assert found("تتراوح أعمار المشاركين بين 15 و19 عاما.") == [("15", "P15Y"), ("19 عاما", "P19Y")]
    assert found("يستغرق العلاج 7-10 أيام في العادة.") == [("7", "P7D"), ("10 أيام", "P10D")]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ازدحمت الحدائق في أيام العيد الأربعة بالزوار.", "أيام العيد الأربعة", "P4D"),
        ("نشطت الحركة التجارية طوال أيام العيد في المدينة.", "أيام العيد", "2015-07"),
    ],
)
def test_the_days_of_the_feast_are_a_count_of_days_or_the_feasts_month(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr, dt.date(2015, 7, 25)) == value


def test_noon_before_a_day_word_is_twelve_oclock() -> None:
    assert value_of("انفجرت العبوة ظهر أمس قرب السوق.", "ظهر أمس") == "2015-08-11T12:00"


def test_midday_is_noon_of_the_day_named_before_it() -> None:
    text = "انهار المبنى أمس الثلاثاء في وسط المدينة. ووقع الانهيار عند منتصف النهار."
    assert value_of(text, "منتصف النهار") == "2015-08-11T12:00"


def test_a_day_number_without_its_month_takes_the_month_named_before_it() -> None:
    text = "يخوض المنتخب أولى مبارياته يوم 20 سبتمبر، والثانية يوم 24، والثالثة يوم 28."
    assert found(text) == [("20 سبتمبر", "2015-09-20"), ("يوم 24", "2015-09-24"), ("يوم 28", "2015-09-28")]


def test_a_day_number_before_a_month_stays_a_written_date() -> None:
    assert found("يصل الوفد يوم 14 أغسطس الجاري.") == [("14 أغسطس الجاري", "2015-08-14")]


def test_the_first_of_a_month_named_with_ghurra() -> None:
    # published 2015-08-08, 23 Shawwal 1436: 1 Dhu al-Qadah 1436 is 2015-08-16
    text = "تبدأ الوزارة في غرة شهر ذي القعدة القادم استقبال الطلبات."
    assert value_of(text, "غرة شهر ذي القعدة القادم", dt.date(2015, 8, 8)) == "2015-08-16"
    assert found("سدت الشركة الثغرة الأمنية في برنامجها.") == []


def test_during_the_week_closing_a_market_report_is_this_week() -> None:
    assert value_of("وخسر الخام 4 في المئة خلال الأسبوع.", "الأسبوع") == "2015-W33"
    assert found("بلغ المؤشر أعلى مستوى خلال الأسبوع في جلسة واحدة.") == []


def test_a_day_of_it_is_a_day_of_the_hijri_month_named_before() -> None:
    # 10 Shawwal 1436 is 2015-07-26, and its 20th is 2015-08-05
    text = "تقام الدورة في جدة من 10 شوال وحتى 20 منه."
    assert found(text, dt.date(2015, 7, 20)) == [("10 شوال", "2015-07-26"), ("20 منه", "2015-08-05")]


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تخضع السجلات للمراجعة الأسبوعية من قبل اللجنة.", "الأسبوعية", "P1W"),
        ("واصل اللاعبون تمريناتهم اليومية في المعسكر.", "اليومية", "P1D"),
    ],
)
def test_an_adjective_of_frequency_after_an_act_is_a_set(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize("text", ["تغيرت الحياة اليومية للسكان.", "سجل الذهب خسائره الأسبوعية الثالثة.",
                                  "ارتفعت إيراداتها السنوية بقوة.", "تكبد السهم خسارة يومية كبيرة."])
def test_an_adjective_of_frequency_after_life_or_an_amount_is_no_set(text: str) -> None:
    assert found(text) == []


def test_centuries_gone_by_are_the_past() -> None:
    assert value_of("تعود هذه الحرفة إلى قرون مضت في المنطقة.", "قرون مضت") == "PAST_REF"


def test_a_day_without_its_year_takes_the_year_written_before_it_in_its_sentence() -> None:
    text = "وقعت الهدنة في 3 مايو 1998 وانهارت في 20 أكتوبر بعد اشتباكات."
    assert found(text) == [("3 مايو 1998", "1998-05-03"), ("20 أكتوبر", "1998-10-20")]


def test_a_day_with_a_relative_word_keeps_its_own_year() -> None:
    text = "صدر القانون في 3 مايو 1998 وعدل في 20 يونيو الماضي."
    assert value_of(text, "20 يونيو الماضي") == "2015-06-20"


def test_a_month_written_with_the_year_after_li() -> None:
    assert value_of("سجل شهر مايو لعام 2013 أعلى حرارة.", "شهر مايو لعام 2013") == "2013-05"


@pytest.mark.parametrize("text", ["ازدحمت الأسواق خلال يوم العيد بالزوار.", "امتلأت الفنادق حتى قبل يوم العيد."])
def test_the_day_of_the_feast_is_the_feasts_date(text: str) -> None:
    assert found(text, dt.date(2015, 7, 22)) == [("يوم العيد", "2015-07-17")]


def test_a_clock_time_written_with_a_latin_comma() -> None:
    assert value_of("انطلقت الرحلة الساعة 7,30 صباح اليوم.", "الساعة 7,30 صباح اليوم") == "2015-08-12T07:30"


@pytest.mark.parametrize(
    "text",
    ["يشتري الناس الكتب اليوم عبر الإنترنت بعدما كانوا في الماضي يقصدون المكتبات.",
     "بني القصر قبل قرنين وهو يعتبر اليوم أقدم مباني المدينة."],
)
def test_today_set_against_the_past_or_after_a_verb_of_regard_is_nowadays(text: str) -> None:
    assert value_of(text, "اليوم") == "PRESENT_REF"


def test_a_weekday_after_a_relative_weekday_is_read_from_the_publication_date() -> None:
    pub = dt.date(2015, 8, 8)  # a Saturday
    text = "يواجه الفريق منافسه السبت المقبل في الكأس. وسيكون مران الأحد مهما للمدرب."
    assert found(text, pub) == [("السبت المقبل", "2015-08-15"), ("الأحد", "2015-08-09")]


def test_one_day_before_an_event_is_a_duration_not_a_day_ago() -> None:
    assert found("أصيب اللاعب قبل يوم واحد من المباراة النهائية.") == [("يوم واحد", "P1D")]


def test_then_after_a_decade_is_that_decade() -> None:
    text = "انتشرت الجماعات المسلحة في الثمانينيات من القرن الماضي، وكانت الدولة آنذاك ضعيفة."
    assert value_of(text, "آنذاك") == "198"


def test_an_imperfect_verb_of_a_comparative_clause_does_not_put_a_month_ahead() -> None:
    text = "جاءت القراءة أعلى بما يزيد قليلا عن القراءة النهائية في يونيو الماضي وفي مايو."
    assert value_of(text, "مايو") == "2015-05"
    text = "سجل المؤشر 49 نقطة بما يزيد قليلا عن قراءته في يونيو."
    assert value_of(text, "يونيو") == "2015-06"


def test_the_same_period_last_year_twice_is_one_year_back_both_times() -> None:
    text = ("ارتفعت المبيعات في يونيو بنسبة 5 بالمئة مقارنة بنفس الفترة من العام الماضي، "
            "وتراجعت الواردات مقارنة بنفس الفترة من العام الماضي.")
    assert [v for _, v in found(text)] == ["2015-06", "2014-06", "2014-06"]


def test_a_weekday_joined_to_a_day_of_the_same_month_takes_the_month_named_before() -> None:
    text = "يقام المعرض من الأحد 11 أكتوبر 2015 حتى الأربعاء 14 من الشهر نفسه."
    assert value_of(text, "الأربعاء 14 من الشهر نفسه") == "2015-10-14"


def test_two_cents_before_a_price_are_no_two_years() -> None:
    assert found("وتراجعت عقود الخام سنتين إلى 48.20 دولار للبرميل.") == []
    assert value_of("أمضى المتهم سنتين في السجن.", "سنتين") == "P2Y"


def test_a_day_after_a_month_since_keeps_the_publication_year() -> None:
    text = "بلغ السعر أدنى مستوى منذ فبراير 2010 حين هبط في 24 يوليو إلى 1077 دولارا."
    assert value_of(text, "24 يوليو", dt.date(2015, 8, 4)) == "2015-07-24"


def test_a_clock_time_and_a_third() -> None:
    assert value_of("انطلقت القذائف عند الساعة العاشرة والثلث صباح أمس.", "الساعة العاشرة والثلث صباح أمس") == (
        "2015-08-11T10:20")


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("تكونت القارة منذ 2.5 مليار عام بحسب الدراسة.", "2.5 مليار عام", "P2500000000Y"),
        ("ظهرت الزواحف قبل نحو ثلاثمئة مليون سنة.", "نحو ثلاثمئة مليون سنة", "P300000000Y"),
    ],
)
def test_millions_and_billions_of_years(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_a_hijri_month_with_a_gregorian_year_is_that_years_month() -> None:
    # Ramadan 1434 ran from 9 July to 7 August 2013
    assert value_of("عرض المسلسل في شهر رمضان 2013 على قناة محلية.", "شهر رمضان 2013") == "2013-07"


def test_a_day_before_that_is_the_day_before_the_time_named() -> None:
    text = "انفجرت عبوة على خط الأنابيب يوم 20 يوليو، بعد تفجير آخر قبل ذلك بيوم."
    assert value_of(text, "قبل ذلك بيوم") == "2015-07-19"


def test_an_imperfect_verb_alone_does_not_move_a_hijri_month_ahead() -> None:
    pub = dt.date(2015, 8, 2)  # Ramadan 1436 ended on 16 July 2015
    assert value_of("ويأتي إطلاق هذه الخدمات خلال شهر رمضان ضمن خطة الشركة.", "شهر رمضان", pub) == "2015-07"
    assert value_of("وسيبدأ تطبيق القرار في شهر رمضان.", "شهر رمضان", pub) == "2016-06"


def test_monday_after_a_verb_of_joining_is_the_two() -> None:
    assert found("وهي قصة حب تجمع الاثنين منذ الطفولة.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وأوضح المدير أن الاثنين يعملان في القسم نفسه منذ سنوات طويلة.",
        "ولا خلاف لدى الحزب مع الاثنين، وإنما مع قيادة التحالف.",
        "ونقل المسعفون اثنين من الركاب بينما فضل الاثنين الآخرين البقاء.",
    ],
)
def test_monday_as_a_subject_after_a_complementizer_or_before_the_others_is_the_two(text: str) -> None:
    assert [t for t in found(text) if "الاثنين" in t] == []


def test_monday_after_a_complementizer_with_its_week_or_date_stays_a_day() -> None:
    assert value_of("وأعلنت البلدية أن الاثنين المقبل موعد افتتاح الحديقة.", "الاثنين المقبل") == "2015-08-17"


@pytest.mark.parametrize(
    "text",
    ["ويجب أن تصرف الرواتب في وقتها المحدد كل شهر.", "وتوزع الجمعية الصدقات في وقتها الشرعي على الأسر."],
)
def test_its_own_time_with_an_adjective_is_no_time(text: str) -> None:
    assert [t for t in found(text) if "وقتها" in t] == []


def test_its_time_alone_still_refers_back() -> None:
    assert value_of("وصل الوفد إلى القاهرة عام 1990 وكان الرئيس وقتها في زيارة.", "وقتها") == "1990"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("ما زالت الميليشيا تسيطر منذ أكثر من سنة على الميناء.", "أكثر من سنة", "P1Y"),
        ("سجلت العملة أدنى مستوى لها منذ خمس سنوات أمام الدولار.", "خمس سنوات", "P5Y"),
        ("فاز النادي بالكأس للمرة الأولى منذ عام.", "عام", "P1Y"),
        ("قتل العشرات في النزاع المستمر منذ عقود في الإقليم.", "عقود", "PXDE"),
        ("ولم يزر الوزير العاصمة منذ ثمانية أشهر.", "ثمانية أشهر", "P8M"),
        ("والطبيب الذي يعمل منذ 12 عاما في المستشفى.", "12 عاما", "P12Y"),
    ],
)
def test_since_a_count_of_a_lasting_state_is_a_duration(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_since_a_count_after_an_event_is_how_long_since() -> None:
    assert value_of("افتتح المتحف منذ ثلاثة أعوام في وسط المدينة.", "ثلاثة أعوام") == "P3Y"
    assert value_of("ويأتي المشروع وفق خطة وضعت منذ عام بالتنسيق مع البلدية.", "عام") == "P1Y"
    assert value_of("أطلقت الجمعية المبادرة منذ 19 شهرا بالشراكة مع الجامعة.", "19 شهرا") == "P19M"
    assert value_of("وصل الوفد منذ نحو عشرة أيام إلى العاصمة.", "نحو عشرة أيام") == "P10D"


def test_since_units_without_a_count_stay_a_vague_past() -> None:
    assert value_of("بدأ التحضير للمؤتمر منذ عدة أشهر.", "منذ عدة أشهر") == "PAST_REF"


def test_most_in_need_is_no_yesterday() -> None:
    assert found("قال الوزير إن المزارعين في أمس الحاجة إلى الدعم.") == []
    assert found("والقرى بأمس الحاجة لمياه الشرب.") == []
    assert value_of("زار الوزير القرى أمس للوقوف على الحاجة إلى المياه.", "أمس") == "2015-08-11"


def test_the_friday_prayer_is_fridays_in_general() -> None:
    assert value_of("ووزعت الوزارة كتيبا عن خطب الجمعة على المساجد.", "الجمعة") == "XXXX-WXX-5"
    assert value_of("ويكثر الزحام بعد صلاة يوم الجمعة في الأسواق.", "يوم الجمعة") == "XXXX-WXX-5"
    assert value_of("وصل الوفد الجمعة إلى العاصمة.", "الجمعة") == "2015-08-07"


def test_near_a_place_is_not_soon() -> None:
    assert found("ويقع المعسكر قريبا من الحدود الشرقية.") == []
    assert value_of("وسيفتتح الجسر قريبا من دون رسوم.", "قريبا") == "FUTURE_REF"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("وبني القصر نحو عام 1938 على التلة.", "عام 1938", "1938"),
        ("ويعود تاريخ المخطوط إلى حوالي عام 640 ميلاديا بحسب الفحص.", "عام 640 ميلاديا", "0640"),
        ("وبقي الجسر مغلقا نحو عام قبل ترميمه.", "نحو عام", "P1Y"),
    ],
)
def test_about_the_year_is_that_year_not_a_year_long(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_during_the_week_told_on_a_monday_is_the_week_just_ended() -> None:
    monday = dt.date(2015, 8, 10)
    assert value_of("وخسر الخام 4 في المئة خلال الأسبوع.", "الأسبوع", monday) == "2015-W32"


def test_two_years_before_the_years_named_are_those_years() -> None:
    text = "وتقبل الصور الملتقطة خلال عامين 2013 أو 2014 فقط."
    assert found(text) == [("عامين 2013", "2013"), ("2014", "2014")]


def test_ramadan_alone_after_a_preposition_of_time_is_the_month() -> None:
    pub = dt.date(2015, 8, 2)  # Ramadan 1436 ended on 16 July 2015
    assert value_of("وارتفعت مبيعات التمور خلال رمضان بنسبة كبيرة.", "رمضان", pub) == "2015-07"
    assert found("وقال رمضان إن الفريق جاهز.", pub) == []
    assert found("وارتفع العدد من صفر إلى عشرة.", pub) == []


def test_a_weekday_of_what_is_to_be_after_ala_an_is_ahead() -> None:
    pub = dt.date(2015, 8, 8)  # a Saturday
    text = "ويفتتح الفريق الأول موسمه السبت، على أن يلعب الفريق الرديف الأحد على ملعبه."
    assert value_of(text, "الأحد", pub) == "2015-08-09"
    assert value_of("واتفق الطرفان على أن الاجتماع عقد الأحد.", "الأحد", pub) == "2015-08-02"


def test_a_weekday_with_a_proclitic_reads_the_verb_before_it() -> None:
    pub = dt.date(2015, 8, 8)  # a Saturday
    text = "وفي الجولة الأولى، يلعب السبت فريق النصر مع الفتح، والأحد الهلال مع الوحدة."
    assert value_of(text, "الأحد", pub) == "2015-08-09"


def test_a_lead_naming_an_earlier_weekday_dates_the_whole_article() -> None:
    crawled = dt.date(2015, 8, 14)  # a Friday; the article was written on Tuesday
    text = "أعلنت الوزارة اليوم الثلاثاء نتائج القبول. وتبدأ الدراسة غدا الأربعاء، بعد اجتماع عقد أمس."
    assert found(text, crawled) == [
        ("اليوم الثلاثاء", "2015-08-11"), ("غدا الأربعاء", "2015-08-12"), ("أمس", "2015-08-10")
    ]
    text = "قال الجيش أول من أمس (الأحد) إن القوات تقدمت، ثم أعلن أمس السيطرة على المدينة."
    assert found(text, dt.date(2015, 8, 12)) == [("أول من أمس (الأحد)", "2015-08-09"), ("أمس", "2015-08-10")]


def test_akhiran_after_a_past_clause_is_recently() -> None:
    assert value_of("وافتتحت البلدية أخيرا حديقة جديدة في الحي.", "أخيرا") == "PAST_REF"
    assert found("وأخيرا شكر الوزير الحضور.") == []
    assert found("وتمكن الفريق أخيرا من الفوز على منافسه.") == []
    assert found("وليس أخيرا تأتي مسألة التمويل.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وسيشارك خالد الخميس ممثلا للنادي في البطولة.",
        "وتضم اللجنة سعد بن فهد الجمعة وآخرين.",
        "وأوضح الدكتور عبدالله الجمعة أن المشروع اكتمل.",
    ],
)
def test_a_weekday_that_is_a_family_name_after_a_given_name_is_no_day(text: str) -> None:
    assert found(text) == []


def test_a_weekday_after_a_whole_name_or_a_comma_is_a_day() -> None:
    assert value_of("وقال الرئيس عمر خالد الخميس إن الاتفاق تم.", "الخميس") != ""
    assert value_of("وقال خالد، الخميس، إن الاتفاق تم.", "الخميس") != ""
    assert value_of("واتفق الطرفان على الخميس موعدا للقاء.", "الخميس") != ""


def test_later_in_a_past_clause_is_no_time() -> None:
    assert found("وانتقل اللاعب إلى نادٍ آخر ثم أصبح فيما بعد مدربا له.") == []
    assert value_of("وسيحدد موعد الحفل فيما بعد.", "فيما بعد") == "FUTURE_REF"


@pytest.mark.parametrize(
    "text",
    [
        "تعمل الهيئة على نشر المعرفة من خلال عقد شراكات مع الجامعات.",
        "ويتحقق ذلك من خلال عقد مثل هذه اللقاءات بانتظام.",
    ],
)
def test_aqd_before_partnerships_or_such_is_holding_no_decade(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ويسعى المصرف إلى إبقاء العجز دون الاثنين في المائة من الناتج.",
        "وبقي النمو قريبا من الإثنين بالمئة طوال الفصل.",
    ],
)
def test_two_before_percent_is_no_monday(text: str) -> None:
    assert found(text) == []


def test_monday_before_a_percentage_figure_stays_a_day() -> None:
    assert value_of("وارتفع المؤشر الاثنين 3 في المائة.", "الاثنين") != ""


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("افتتح المصنع في عام .2009 وكان يعمل به مئتا عامل.", "عام .2009", "2009"),
        ("وتأمل الشركة مضاعفة إنتاجها بحلول العام .2030 وفق خطتها.", "العام .2030", "2030"),
        ("وتراجعت المبيعات مقارنة بآذار/مارس من عام .2011 وفق المكتب.", "آذار/مارس من عام .2011", "2011-03"),
        ("واستمر البناء حتى نهاية عام .2005 حين افتتح الجسر.", "نهاية عام .2005", "2005"),
    ],
)
def test_a_full_stop_slipped_before_the_year_keeps_the_year(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_a_decimal_after_a_year_noun_is_no_year() -> None:
    assert [v for _, v in found("وبلغ النمو في العام .2014.5 نقطة.") if v == "2014"] == []


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("وبدأ سريان وقف إطلاق النار منتصف ليل أمس.", "منتصف ليل أمس", "2015-08-12T00:00"),
        ("وتبادل الطرفان القصف بعد منتصف ليل أول من أمس.", "منتصف ليل أول من أمس", "2015-08-11T00:00"),
        ("وانتهت مهلة التسجيل عند منتصف ليل أمس الأول.", "منتصف ليل أمس الأول", "2015-08-11T00:00"),
    ],
)
def test_midnight_of_last_night_ends_that_day(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


def test_midnight_of_a_named_night_stays_the_start_of_its_day() -> None:
    assert value_of("وأغلقت الحدود منتصف ليل الجمعة.", "منتصف ليل الجمعة") == "2015-08-07T00:00"
    assert value_of("وأغلقت الحدود منتصف ليلة أمس الثلاثاء.", "منتصف ليلة أمس الثلاثاء") == "2015-08-11T00:00"


def test_an_imperfect_verb_known_by_its_feminine_future_puts_a_weekday_ahead() -> None:
    assert value_of("يعاود الفريق تدريباته يوم السبت بعد راحة قصيرة.", "يوم السبت") == "2015-08-15"
    assert value_of("عاود الفريق تدريباته يوم السبت.", "يوم السبت") == "2015-08-08"
    assert value_of("وكان الفريق يعاود تدريباته يوم السبت.", "يوم السبت") == "2015-08-08"


def test_a_weekday_with_a_day_number_is_that_day_of_the_month_named_before() -> None:
    text = "تبدأ الدورة يوم الاثنين 25 من شوال، وفي يوم الثلاثاء 26 تقام ورشتان، وتختتم يوم الأربعاء الـ 27 من الشهر."
    assert found(text) == [
        ("يوم الاثنين 25 من شوال", "2015-08-10"), ("يوم الثلاثاء 26", "2015-08-11"),
        ("يوم الأربعاء الـ 27 من الشهر", "2015-08-12"),
    ]


def test_a_count_after_a_weekday_is_no_day_of_the_month() -> None:
    assert value_of("شنت الطائرات يوم السبت 14 غارة على المواقع.", "يوم السبت") == "2015-08-08"
    assert value_of("يصل الوفد يوم الأحد 7 مساء إلى المطار.", "يوم الأحد 7 مساء")[11:] == "19:00"


def test_a_day_word_with_its_weekday_past_the_lead_names_the_day_of_writing() -> None:
    filler = "وتحدث المشاركون عن برامج التوعية في المدارس والجامعات. " * 12
    text = f"شهدت المدينة تظاهرات يومي أمس وأمس الأول. {filler}وخرج المتظاهرون أمس الأحد إلى الساحة."
    day = dt.date(2015, 8, 11)  # a Tuesday: the article was written on Monday 10 August
    assert found(text, day)[:2] == [("أمس", "2015-08-09"), ("أمس الأول", "2015-08-08")]


def test_that_day_with_its_weekday_is_no_day_of_writing() -> None:
    filler = "وتحدث المشاركون عن برامج التوعية في المدارس والجامعات. " * 12
    text = f"أعلنت الوزارة أمس نتائج المسابقة. {filler}وكانت ظهيرة ذلك اليوم الثلاثاء حارة."
    assert found(text, dt.date(2015, 8, 13))[0] == ("أمس", "2015-08-12")  # crawled on a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "وتبادل الحضور التهاني بالعيد في ختام اللقاء.", "والحديقة تستقبل العيد بعروض جديدة.",
        "وقبل العيد بيومين وصلت القافلة.",
    ],
)
def test_the_feast_greeted_or_welcomed_is_a_time(text: str) -> None:
    assert ("العيد", "2015-07-17") in found(text)


def test_the_feast_prayer_stays_no_time() -> None:
    assert found("أدى المصلون صلاة العيد في الجامع الكبير.") == []


def test_about_a_unit_before_an_event_is_a_duration() -> None:
    text = "افتتح المتحف قبل عام تقريبا من الموعد المقرر."
    assert [(t[0], t[1]) for t in found(text)] == [("عام تقريبا", "P1Y")]


def test_a_day_month_or_season_of_every_year_has_no_year() -> None:
    text = "يمنع العمل تحت الشمس في الفترة من 15 يونيو إلى نهاية 15 سبتمبر من كل عام."
    assert found(text)[:2] == [("15 يونيو", "XXXX-06-15"), ("15 سبتمبر", "XXXX-09-15")]
    assert found("تنتهي السنة المالية للأندية بنهاية شهر يونيو من كل عام.")[0] == ("نهاية شهر يونيو", "XXXX-06")
    assert found("يتكرر انقطاع الكهرباء في فصل الصيف من كل سنة.")[0] == ("فصل الصيف", "XXXX-SU")


def test_a_date_with_its_year_before_every_year_keeps_its_year() -> None:
    assert found("تقام الدورة بدءا من 12 ديسمبر 2015 من كل سنة.")[0] == ("12 ديسمبر 2015", "2015-12-12")


@pytest.mark.parametrize(
    "day,text,expr,value",
    [
        (dt.date(2015, 8, 2), "تستعد المدارس للعام الدراسي المقبل بصيانة المباني.", "للعام الدراسي المقبل", "2015"),
        (dt.date(2015, 8, 2), "وزعت الجوائز على المتفوقين في العام الدراسي الماضي.", "العام الدراسي الماضي", "2014"),
        (dt.date(2015, 8, 2), "تأخرت الكتب مع بداية العام الدراسي الحالي.", "العام الدراسي الحالي", "2015"),
        (dt.date(2015, 11, 2), "يزيد عدد الطلاب في العام الدراسي المقبل.", "العام الدراسي المقبل", "2016"),
        (dt.date(2015, 3, 2), "تستمر الاختبارات حتى نهاية العام الدراسي الحالي.", "العام الدراسي الحالي", "2014"),
    ],
)
def test_a_school_year_without_its_years_is_the_year_it_begins(day: dt.date, text: str, expr: str, value: str) -> None:
    assert value_of(text, expr, day) == value
