"""Which attack and protest mentions are asserted events: the filters of the trigger lexicon (fiction, animals,
celebrations, weapons found, units named after an attack, outbursts), the frames that make a mention
hypothetical or background, and the trigger families of the dead, martyrs, strikes and terrorist acts, on
constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, coded, events


@pytest.mark.parametrize("text", [
    "صدرت للكاتب مجموعة قصصية بعنوان الرصاصة تقتل مرتين عن دار نشر عربية.",  # a title of a book
    "هاجم كلب طفلا صغيرا في حديقة عامة بالمدينة.",  # an animal
    "تعرض ثور في الحديقة لإطلاق الرصاص بعد هروبه من المزرعة.",  # an animal
    "أطلق والد العريس النار في الهواء ابتهاجا بالزواج.",  # celebratory gunfire
    "عثرت الشرطة على عبوات ناسفة في مخزن مهجور.",  # bombs found, not set off
    "يترأس الرجل وحدة التفجيرات في التنظيم منذ سنوات.",  # a unit named after the bombings
    "زرع المسلحون ألغاما شديدة الانفجار قرب الطريق.",  # an adjective of a mine
    "سمع النكتة فانفجر ضاحكا أمام الجميع.",  # an outburst of laughter
    "تحمي الشركة عملاءها من الهجمات الرقمية على خوادمها.",  # a cyber attack
    "وقع الحادث بسبب انفجار أحد إطارات الشاحنة على الطريق.",  # a tyre
    "وأدت الحرائق التي اجتاحت غابات الإقليم إلى مقتل ثلاثة من رجال الإطفاء.",  # wildfires
    "أصدرت الوزارة بيانا بتنفيذ حكم القتل قصاصا في جان أطلق النار على شقيقين.",  # the convict's past crime
    "تحول الفريق من الدفاع إلى الهجوم وسجل هدفين في شباك منافسه.",  # sports
    "وضبطت الشرطة الأسلحة النارية والمواد التفجيرية في المنزل.",  # explosive materials
    "ومع كل مرحلة كانت تنشب معركة قضائية بين الطرفين.",  # a battle in the courts
    "وتخوض المنتخبات مواجهات ثنائية في الملحق المؤهل إلى المونديال.",  # sports: national teams
])
def test_mentions_that_are_no_attack(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "هدد التنظيم بقتل رئيس البرلمان إذا واصل حملته.",  # a threat's content
    "فرض الجيش إجراءات مشددة تحسبا لوقوع صدامات في العاصمة.",  # a precaution
    "أقيم العرض تحت حراسة مشددة خوفا من هجوم المتشددين.",  # a fear
])
def test_feared_or_threatened_attacks_are_hypothetical(text: str, pipeline: Any) -> None:
    found = events(text, pipeline, "ASSAULT")
    assert found and all(e.factuality == "hypothetical" for e in found), [(e.factuality) for e in found]


@pytest.mark.parametrize(("text", "trigger"), [
    ("وأشار المرصد إلى أن من بين قتلى المعارضة ثلاثة من القادة.", "قتلى"),
    ("وقال المسؤولون إن عدد القتلى تجاوز سبعة جنود.", "القتلى"),
    ("استشهد رجل أمن في القطيف رميا بالرصاص أمس.", "استشهد"),
    ("وضربات طيران التحالف دحرت الميليشيات عن المدينة.", "وضربات"),
    ("استنكر الوزير العمل الإرهابي الذي استهدف مسجدا أمس.", "العمل الإرهابي"),
])
def test_the_dead_martyrs_strikes_and_terrorist_acts_are_attacks(text: str, trigger: str, pipeline: Any) -> None:
    doc = coded(text, pipeline)[0]
    found = [doc.text[e.trigger.start : e.trigger.end] for e in doc.layer("events")
             if e.type == "ASSAULT" and e.factuality == "asserted"]
    assert found[:1] == [trigger], found


@pytest.mark.parametrize("text", [
    "واستشهد الخطيب بآية من القرآن الكريم في خطبته.",  # to cite
    "يخفض النظر إلى الأسماك معدل ضربات القلب.",  # a heartbeat
    "سجل اللاعب الهدف بعد ضربة حرة مباشرة.",  # a free kick
    "ارتفع عدد قتلى حادث التصادم على الطريق السريع.",  # an accident
    "تبحث الندوة سبل مكافحة العمل الإرهابي في المنطقة.",  # fighting terrorism in general
])
def test_the_new_families_keep_their_filters(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "وكانت قوات الأمن قد قتلت في العاشر من يونيو ثلاثة مسلحين.",  # a past perfect, dated weeks before
    "وتقف الجماعة وراء الكثير من الهجمات في البلاد.",  # many attacks
    "ومع تزايد هجمات الحركة فرضت الحكومة إجراءات مشددة.",  # growing attacks
    "انضم الشبان إلى التنظيم مثل أولئك الذين نفذوا تلك الهجمات.",  # those attacks
    "ووجه الاتهام للرجل باستخدام سلاح ناري في هجوم على كنيسة.",  # a charge
])
def test_past_perfect_generic_and_charged_attacks_are_background(text: str, pipeline: Any) -> None:
    found = events(text, pipeline, "ASSAULT")
    assert found and all(e.factuality == "reference" for e in found), [e.factuality for e in found]


@pytest.mark.parametrize("text", [
    "وكان مسلحون قد هاجموا أمس نقطة تفتيش في المدينة.",  # a past perfect of yesterday: the news
    "وشنت الطائرات أمس الكثير من الغارات على مواقع المتمردين.",  # many strikes yesterday
])
def test_a_generic_or_past_perfect_attack_of_yesterday_is_the_news(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT")


@pytest.mark.parametrize("text", [
    "يرسل الجار هدايا متفجرة لقتلهم وإثارة الفوضى.",  # a purpose
    "حشد المتمردون قواتهم للسيطرة على المطار.",  # a purpose
    "ونادرا ما يصيب السلاح مسلحا، وإن قتلت قنابله مسلحا فبالمصادفة.",  # a conditional إن
    "وأرسل التنظيم مقاتليه إلى المدن الساحلية بهدف تنفيذ تفجيرات فيها.",  # a word of purpose, a noun of doing
    "وتسمح الاتفاقية للطائرات باستخدام المطار لشن غارات على مواقع المتمردين.",  # ل + a noun of doing
    "وكان يحمل الحقيبة بغرض تفجيرها وسط السوق.",  # a word of purpose
])
def test_purposes_and_conditions_are_hypothetical(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "تعرضت الدورية لهجوم مسلح قرب الحدود أمس.",  # suffered
    "أدى القصف العنيف على المخيم لمقتل عدد من الأطفال.",  # a result
    "وقال الجيش إن سيارة مفخخة انفجرت عند مرور القافلة.",  # the إنّ of a report
    "وقام مسلحون أمس بتنفيذ هجوم على حاجز للشرطة جنوب المدينة.",  # a noun of doing with no purpose before it
])
def test_reported_attacks_stay_asserted(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT")


@pytest.mark.parametrize("text", [
    "بلد تتحكم فيه عصابة ترفض تقدمه وتقتل مثقفيه كل يوم وتحاصر صحفه.",  # what a gang does every day
    "وقال الخطيب: ومن يقتل مؤمنا متعمدا فجزاؤه جهنم.",  # whoever kills
])
def test_an_attack_told_by_an_imperfect_verb_is_habitual(text: str, pipeline: Any) -> None:
    found = events(text, pipeline, "ASSAULT")
    assert found and all(e.factuality == "reference" for e in found), [e.factuality for e in found]


@pytest.mark.parametrize("text", [
    "وذكر الخطيب أن قتل النفس البريئة من أعظم الذنوب التي نهى عنها النبي صلى الله عليه وسلم.",  # a teaching
    "وقد قتل الخليفة عمر بن الخطاب رضي الله عنه وهو يصلي بالناس.",  # sacred history
])
def test_an_attack_told_in_scripture_or_sacred_history_is_background(text: str, pipeline: Any) -> None:
    found = events(text, pipeline, "ASSAULT")
    assert found and all(e.factuality == "reference" for e in found), [e.factuality for e in found]


def test_a_blessing_does_not_make_an_attack_of_yesterday_background(pipeline: Any) -> None:
    text = "وأدان الشيخ تفجير المسجد أمس وقال إن النبي صلى الله عليه وسلم حرم دماء المصلين."
    assert asserted(text, pipeline, "ASSAULT")


@pytest.mark.parametrize("text", [
    "الجيش الليبي يقصف مواقع المتشددين في درنة",  # a headline
    "وصلت القوات فجر أمس لاعتقال الرجل قبل أن تطلق النار عليه وعلى أولاده.",  # after أن
    "وفي المدينة المحاصرة تقصف الطائرات الأحياء السكنية اليوم بلا توقف.",  # today
    "وفي المدينة المحاصرة تقصف الطائرات الأحياء السكنية بلا توقف.",  # the news told in the present
])
def test_an_imperfect_attack_in_a_headline_after_an_or_of_today_is_asserted(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT")


@pytest.mark.parametrize("text", [
    "انطلقت في بغداد ومحافظات عراقية أخرى أمس تظاهرات تطالب بالإصلاح.",  # the protest noun later in the clause
    "وأن الأهالي الغاضبين نظموا تجمعات في بعض الشوارع.",  # gatherings organized
])
def test_protests_told_by_a_later_noun_or_gatherings_are_asserted(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "PROTEST")


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة عشرات من المتظاهرين السابقين في حملة مداهمات.",  # protesters as objects of another act
    "وقالت الحكومة إن المحتجون لا يمثلون الشعب.",  # inside a claim
])
def test_protesters_named_in_another_event_or_a_claim_are_no_protest(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "PROTEST") == []


@pytest.mark.parametrize("text", [
    "وقال خبراء إن الهجوم استهدف مقرا للشرطة أمس.",  # experts reporting an attack
    "ودعا الوزير إلى ضبط النفس بعد انفجار سيارة مفخخة في السوق أمس.",  # self-restraint after a bombing
    "وذكرت رواية الشرطة أن المسلحين قتلوا ثلاثة جنود أمس.",  # an account, no novel
])
def test_words_near_a_filter_leave_the_attack_asserted(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT")


def test_a_bomb_unit_is_no_bombing_but_a_severe_wound_from_shelling_is(pipeline: Any) -> None:
    assert asserted("يترأس الرجل وحدة التفجيرات والهجمات الانتحارية في التنظيم.", pipeline, "ASSAULT") == []
    assert asserted("أصيب ثلاثة مدنيين بجروح شديدة جراء القصف على الحي أمس.", pipeline, "ASSAULT")


def test_a_condition_carries_over_to_a_coordinated_attack_verb(pipeline: Any) -> None:
    text = "ويعدهم بالجنة إذا هم قتلوا أنفسهم، وقتلوا معهم غيرهم."
    found = events(text, pipeline, "ASSAULT")
    assert found and all(e.factuality == "hypothetical" for e in found), [e.factuality for e in found]


@pytest.mark.parametrize("text", [
    "هاجمت وسائل الإعلام المحلية الاتفاق النووي اليوم.",  # the press
    "وهاجمت الكتل البرلمانية بعض القوى السياسية دون أن تسميها.",  # parliamentary blocs
])
def test_an_attack_by_the_press_or_parliament_is_in_words(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


def test_an_explosion_opposite_a_wall_is_no_purpose(pipeline: Any) -> None:
    assert asserted("وجد شعار التنظيم مرسوما على جدار مقابل للتفجيرات التي هزت الحي أمس.", pipeline, "ASSAULT")


@pytest.mark.parametrize("text", [
    "هاجم المطرب المعروف زميله الملحن عبر مقطع فيديو نشره على حسابه.",  # a video on an account
    "وهاجم الكاتب الوزير في سلسلة تغريدات على تويتر مساء أمس.",  # tweets
    "وجاءت تصريحات المرشح التي هاجم فيها منافسه بعد المناظرة.",  # statements
    "وهاجم رئيس الوزراء في خطابه أمس أحزاب المعارضة.",  # a speech
    "استشهد الخطيب في كلمته بقول الشاعر المعروف عن الوطن.",  # to cite a saying
    "واستشهدت الهيئة في تقريرها السنوي بحصول المدينة على جائزة دولية.",  # to cite a fact
    "نورس يهاجم نسرا لإنقاذ فرخه على الشاطئ",  # birds
])
def test_attacks_in_words_citations_and_birds_are_no_attack(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("وقال المتحدث الأمني العقيد فهد الشمري إن مسلحين هاجموا نقطة تفتيش في المدينة أمس.", "هاجموا"),  # a given name
    ("وتبنى التنظيم أمس هجمات الذئاب المنفردة التي ضربت ثلاث مدن.", "هجمات"),  # lone wolves
    ("استشهد جندي بنيران القناصة على الحدود الجنوبية أمس.", "استشهد"),  # fallen by fire
    ("واستشهد رجل أمن برصاص مسلحين في المنطقة الشرقية أمس.", "واستشهد"),
    ("أظهر مقطع فيديو الهجوم الذي شنه مسلحون على الثكنة أمس.", "الهجوم"),  # a video of a real attack
])
def test_names_lone_wolves_fallen_martyrs_and_filmed_attacks_stay_attacks(
        text: str, trigger: str, pipeline: Any) -> None:
    assert trigger in [text[e.trigger.start:e.trigger.end] for e in asserted(text, pipeline, "ASSAULT")]


@pytest.mark.parametrize("text", [
    "وانفجرت سيارة مفخخة قرب سوق شعبية شمالي بغداد أمس مما أدى إلى مقتل خمسة أشخاص.",
    "وقال المصدر إن تفجيرا انتحاريا في بلدة حدودية تركية أمس أسفر عن سقوط 20 قتيلا.",
    "وأعلنت الشرطة أن الصحفي الأمريكي تم اختطافه أمس في مدينة كراتشي.",
])
def test_a_place_a_nationality_or_a_victim_before_the_toll_is_no_attacker(text: str, pipeline: Any) -> None:
    found = asserted(text, pipeline, "ASSAULT")
    assert found and all(e.actor is None for e in found)


def test_a_toll_after_an_attack_told_by_its_actor_is_that_attack(pipeline: Any) -> None:
    text = "وقصفت الميليشيات حيا سكنيا في المدينة أمس مما أدى إلى مقتل عشرين مدنيا."
    found = asserted(text, pipeline, "ASSAULT")
    assert [e.actor.text for e in found if e.actor is not None] == ["الميليشيات"]


@pytest.mark.parametrize("text", [
    "وأدت الأمطار الغزيرة والسيول التي اجتاحت الإقليم إلى مقتل عشرة أشخاص أمس.",  # weather
    "قتل ثلاثة أشخاص على الأقل في زلزال ضرب شمال البلاد أمس.",  # an earthquake
])
def test_deaths_in_storms_floods_and_earthquakes_are_no_attack(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


def test_a_strike_told_as_one_option_is_hypothetical(pipeline: Any) -> None:
    text = "وقال رئيس النقابة إن الإضراب يعد أحد الخيارات التي قد تلجأ إليها النقابة."
    assert asserted(text, pipeline, "PROTEST") == []
    assert [e.factuality for e in events(text, pipeline, "PROTEST")] == ["hypothetical"]


def test_a_later_definite_mention_said_of_the_attack_is_that_attack(pipeline: Any) -> None:
    text = ("قصفت طائرات حربية سفينة قرب الميناء أمس وأغرقتها. وقال المتحدث العسكري إن الهجوم استهدف أيضا "
            "سفينة ثانية كانت تحمل أسلحة.")
    assert len(asserted(text, pipeline, "ASSAULT")) == 1


def test_a_second_attack_told_by_an_indefinite_noun_stays_apart(pipeline: Any) -> None:
    text = ("قصفت طائرات حربية سفينة قرب الميناء أمس وأغرقتها. وفي تطور آخر، شن مسلحون هجوما على مركز للشرطة "
            "في المدينة.")
    assert len(asserted(text, pipeline, "ASSAULT")) == 2


@pytest.mark.parametrize("text", [
    "وقال الوزير إن التهديد النووي الإيراني يقلق دول المنطقة.",  # a danger
    "وقال المحلل إن الإرهاب يهدد الاستقرار في المنطقة.",  # endangers
    "وأكد البنك أن ميزان التهديدات يميل نحو تباطؤ الاقتصاد.",  # risks
    "وقال الخبير إن الديون المتراكمة تمثل تهديدا بانهيار الاقتصاد.",  # poses a danger
])
def test_a_danger_is_no_threat(text: str, pipeline: Any) -> None:
    assert events(text, pipeline, "THREATEN") == []


@pytest.mark.parametrize("text", [
    "ويهدد الحزب بالانسحاب من الحكومة إذا لم تنفذ مطالبه.",
    "وسط تهديدات إيرانية بالانتقام، شيعت طهران أمس جثمان العالم.",
    "وهدد تنظيم داعش بقتل الرهائن.",
])
def test_a_threat_with_what_is_threatened_is_a_threat(text: str, pipeline: Any) -> None:
    assert [e.type for e in events(text, pipeline, "THREATEN")] == ["THREATEN"]


@pytest.mark.parametrize(("text", "victim"), [
    ("قتل العقيد سامر الخطيب جراء الاشتباكات الدائرة في حي الميناء بالمدينة.", "سامر الخطيب"),
    ("وقتل جندي أردني وأصيب اثنان آخران في قصف على موقع حدودي.", "جندي أردني"),
])
def test_the_one_named_after_a_passive_killing_is_its_victim(text: str, victim: str, pipeline: Any) -> None:
    found = asserted(text, pipeline, "ASSAULT")
    assert found and all(e.actor is None for e in found)
    assert victim in [e.target.text for e in found if e.target is not None]


def test_the_one_named_after_an_active_killing_is_its_actor(pipeline: Any) -> None:
    text = "وقتل مسلحون ثلاثة جنود برصاص القناصة أمس."
    assert [e.actor.text for e in asserted(text, pipeline, "ASSAULT") if e.actor is not None] == ["مسلحون"]
