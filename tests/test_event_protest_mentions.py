"""A protest told by its noun or its protesters (the ``mention`` rows of event_triggers.tsv and
marsad.events.protest): the day's protest unless the sentence makes it background, possible, expected or
denied, and the senses that are no protest, on constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import protests, told


@pytest.mark.parametrize(("text", "trigger"), [
    ("وتسببت الاعتصامات في تعطيل حركة المرور وسط العاصمة.", "الاعتصامات"),
    ("وشغلت التظاهرات الطلابية وسائل الإعلام طوال النهار.", "التظاهرات"),
    ("وأطلقت قوات الأمن الرصاص المطاطي على المتظاهرين قرب الجسر.", "المتظاهرين"),
    ("وقال أحد المحتجين إن مطالبهم لم تتغير.", "المحتجين"),
    ("وحدثت فوضى خلال الاحتجاج أمام مبنى البلدية.", "الاحتجاج"),
    ("وأغلقت المحلات أبوابها بسبب احتجاج السكان على انقطاع الكهرباء.", "احتجاج"),
    ("وأعلن السجناء حالة التمرد والعصيان داخل السجن المركزي.", "والعصيان"),
])
def test_a_protest_noun_or_its_protesters_tell_the_days_protest(text: str, trigger: str, pipeline: Any) -> None:
    assert (trigger, "asserted") in told(text, pipeline, "PROTEST")


def test_protesters_fired_on_by_the_police_protest_the_police_do_not(pipeline: Any) -> None:
    events = protests("وفرقت الشرطة المعتصمين بالهراوات قرب الوزارة.", pipeline)
    assert [e.actor.agent if e.actor else None for e in events] == ["protesters"]


@pytest.mark.parametrize("text", [
    "وفي عام 1999 شلت الإضرابات موانئ البلاد.",  # a year before publication
    "وواجه الرئيس احتجاجات واسعة خلال الأشهر الماضية.",  # a past period
    "وعرف الإقليم احتجاجات متفرقة في السنوات الثلاث الماضية.",  # a counted past period
    "ويذكر أن المظاهرات عمت مدن الجنوب.",  # a reminder
    "ورغم كل الاحتجاجات مضى الوزير في قراره.",  # every protest
    "وكان الزعيم قد قاد مظاهرات عديدة ضد الاستعمار.",  # many of them
    "ويفاوض من يخرجون في تظاهرات كل أسبوع.",  # whoever protests
    "وكان يقود العمال في إضرابات طويلة.",  # a past habit
    "وسقط جرحى في احتجاجات استمرت أسابيع في الإقليم.",  # lasted a while: over
])
def test_a_protest_told_as_background_is_a_reference(text: str, pipeline: Any) -> None:
    assert [f for _t, f in told(text, pipeline, "PROTEST")] == ["reference"]


@pytest.mark.parametrize(("text", "factuality"), [
    ("وهو ما قد يثيره القرار من احتجاجات في الشارع.", "hypothetical"),
    ("ومن المنتظر أن يسير الآلاف في العاصمة، وفقا لمنظمي المظاهرة.", "future"),
    ("وقال المسؤول إن الحديث عن وجود مظاهرات في المدينة أمر غير صحيح.", "negated"),
    ("وأكد أن الطلاب لن يشاركوا في هذه الاعتصامات أبدا.", "negated"),
    ("وتستعد نقابة المعلمين لإضراب عام بسبب تأخر الرواتب.", "hypothetical"),  # preparing for it
])
def test_a_possible_expected_or_denied_protest_is_not_asserted(text: str, factuality: str, pipeline: Any) -> None:
    assert [f for _t, f in told(text, pipeline, "PROTEST")] == [factuality]


@pytest.mark.parametrize("text", [
    "وتضم التظاهرة عروضا لأفلام قصيرة من عشرين بلدا.",  # a festival
    "وفي الاعتصام بحبل الله نجاة للأمة.",  # holding fast to
    "وقدمت الوزارة احتجاجا رسميا إلى السفير.",  # a protest in words
    "وتستخدم القوة في مهام حفظ النظام كتفريق المظاهرات.",  # what a force does
    "وأكد المجلس رفضه للتطرف في جميع صوره ومظاهره أينما وقع.",  # its manifestations, written with ه
    "وأعلن الكاتب توقفه عن النشر بعد مسيرة طويلة في الصحافة.",  # a career
    "وجاءت الجائزة لتتوج مسيرة التنمية في المحافظة.",  # a course
    "ودعا الوزير الشباب إلى إكمال مسيرة آبائهم في خدمة الوطن.",  # carrying on a course
    "وشكلت الرسائل الغاضبة تظاهرة فكرية على مواقع التواصل.",  # a show of ideas
])
def test_other_senses_of_protest_words_are_no_protest(text: str, pipeline: Any) -> None:
    assert [e for e in protests(text, pipeline) if e.factuality == "asserted"] == []


def test_a_hunger_strike_going_on_since_last_year_is_told_inside_a_quote_too(pipeline: Any) -> None:
    text = "وقال المحامي إن موكله المضرب عن الطعام منذ اعتقاله العام الماضي يعاني وضعا صحيا صعبا."
    assert [f for _t, f in told(text, pipeline, "PROTEST")] == ["asserted"]


def test_protesters_of_a_protest_told_by_its_act_add_no_event(pipeline: Any) -> None:
    events = protests("وقطع المحتجون أمس الطريق الدولي بالإطارات.", pipeline)
    assert [e.cameo for e in events] == ["144"]


@pytest.mark.parametrize(("text", "cameo"), [
    ("واندلعت أعمال شغب في أحياء المدينة الشرقية.", "145"),  # riots
    ("وقاطعت أحزاب المعارضة التصويت على الدستور.", "143"),  # a boycott of a vote
])
def test_riots_and_boycotts_are_protests(text: str, cameo: str, pipeline: Any) -> None:
    assert [(e.cameo, e.factuality) for e in protests(text, pipeline)] == [(cameo, "asserted")]


@pytest.mark.parametrize("text", [
    "وعززت قوات مكافحة الشغب انتشارها حول الملعب.",  # the riot police
    "وقاطعه المذيع قبل أن يكمل جوابه.",  # an interruption
])
def test_riot_police_and_interruptions_are_no_protest(text: str, pipeline: Any) -> None:
    assert protests(text, pipeline) == []


def test_arrests_for_taking_part_in_riots_tell_the_riots_as_background(pipeline: Any) -> None:
    text = "وألقت الشرطة القبض على ستة شبان لتورطهم في أعمال شغب."
    assert [e.factuality for e in protests(text, pipeline)] == ["reference"]



@pytest.mark.parametrize("text", [
    "وتستعد البلدة هذه الأيام لاستقبال تظاهرة تراثية وسياحية كبيرة.",  # a festive event, its adjective further on
    "وأشاد المحافظ بنجاح التظاهرة التي نظمتها الجمعية للأطفال.",  # a show, no protest in its sentence
])
def test_a_singular_tazahura_without_a_protest_scene_is_an_event_of_another_kind(text: str, pipeline: Any) -> None:
    assert [e for e in protests(text, pipeline) if e.factuality == "asserted"] == []


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة عشرة شبان خلال التظاهرة قرب الجامعة.",
    "وردد المشاركون في التظاهرة هتافات ضد الفساد.",
])
def test_a_singular_tazahura_in_a_protest_scene_is_a_protest(text: str, pipeline: Any) -> None:
    assert "asserted" in [e.factuality for e in protests(text, pipeline)]


@pytest.mark.parametrize("text", [
    "وجرت الانتخابات بعد المظاهرات الحاشدة التي أطاحت بنظام الرئيس السابق.",
    "وأعلن الجيش عزل الرئيس بعد احتجاجات واسعة على حكمه.",
    "وتوقف الدوري بسبب التظاهرات التي أدت لخلع الرئيس.",
])
def test_protests_that_toppled_a_ruler_are_history(text: str, pipeline: Any) -> None:
    assert [f for _t, f in told(text, pipeline, "PROTEST")] == ["reference"]


def test_a_fall_of_today_a_demand_to_depose_and_a_ruler_who_acts_leave_the_protest_asserted(pipeline: Any) -> None:
    assert "asserted" in [f for _t, f in told("وخرجت مظاهرات حاشدة أمس أطاحت بالحكومة.", pipeline, "PROTEST")]
    assert "asserted" in [f for _t, f in told("وتظاهر المئات مطالبين بعزل المحافظ.", pipeline, "PROTEST")]
    assert "asserted" in [f for _t, f in told("وأطاح الرئيس بوزيره إثر الاحتجاجات الواسعة.", pipeline, "PROTEST")]


def test_a_protest_brandished_as_a_threat_is_hypothetical(pipeline: Any) -> None:
    text = "ولوح سائقو الأجرة بتنظيم اعتصام مفتوح أمام البلدية."
    assert [f for _t, f in told(text, pipeline, "PROTEST")] == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "وأقر المجلس قانونا جديدا يسمح بإطعام السجناء المضربين عن الطعام بالقوة.",  # what a law is about
    "ونددت المنظمة بقانون «التغذية القسرية» للسجناء السياسيين المضربين عن الطعام.",  # a law's name quoted
    "وشدد البيان على حق العمال في الإضراب عن العمل.",  # a right
    "وتحدث الباحث عن حرية التظاهر السلمي في الدساتير العربية.",  # a freedom
])
def test_a_protest_a_law_a_right_or_a_freedom_is_about_is_no_event(text: str, pipeline: Any) -> None:
    assert [e for e in protests(text, pipeline) if e.factuality == "asserted"] == []


def test_a_protest_against_a_law_is_a_protest(pipeline: Any) -> None:
    text = "ورفضا للقانون الجديد خرج المتظاهرون أمس إلى شوارع المدينة."
    assert "asserted" in [f for _t, f in told(text, pipeline, "PROTEST")]


@pytest.mark.parametrize("text", [
    "وأشار الوزير إلى أعمال الشغب التي ترعاها تلك الدولة في المنطقة ودعمها للإرهاب.",  # a kind of act ascribed
    "ويروي الكتاب تاريخ القارة من الحروب والمجاعات وأعمال الشغب.",  # a kind of act in history
])
def test_riots_named_as_a_kind_of_act_are_no_protest(text: str, pipeline: Any) -> None:
    assert [e for e in protests(text, pipeline) if e.factuality == "asserted"] == []


def test_rioters_the_police_disperse_riot(pipeline: Any) -> None:
    text = "واستخدمت الشرطة خراطيم المياه لتفريق مثيري الشغب قرب الملعب البلدي."
    assert [(e.cameo, e.factuality) for e in protests(text, pipeline)] == [("145", "asserted")]



def test_protests_that_toppled_the_government_yesterday_are_the_news(pipeline: Any) -> None:
    text = "وأطاحت الاحتجاجات أمس بالحكومة في العاصمة بعد أسبوع من الغضب."
    assert [f for _t, f in told(text, pipeline, "PROTEST")] == ["asserted"]


def test_protests_that_toppled_a_government_undated_are_its_history(pipeline: Any) -> None:
    text = "وأطاحت الاحتجاجات الشعبية بالحكومة السابقة في تلك البلاد."
    assert [f for _t, f in told(text, pipeline, "PROTEST")] == ["reference"]
