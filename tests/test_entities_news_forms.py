"""Forms of names common in news: a body named by its head noun alone (التحالف: the coalition at war), a group's
short name after its full name with a proclitic, a military rank's qualifier that stays out of the person's name,
the holy capital (Mecca), a ل phrase after a national or international adjective, "المدينة" alone (the city, no
Medina), a ministry's portfolio alone in quotes, a city named after a person (a text may end in its noun) and a ل
phrase of purpose that ends a name (للوقوف, لتلقي)."""

from __future__ import annotations

import pytest

from marsad.gazetteer import link_entities
from marsad.resources import Resources
from test_heads import ents, tagged_at


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()



def test_the_coalition_alone_is_a_body(res: Resources) -> None:
    found = ents("وأغارت مقاتلات التحالف على مخازن السلاح ليلا، وأكد ناطق أن التحالف ماض في حملته.", res)
    assert found["التحالف"].type == "ORG"


def test_the_forces_of_the_coalition_are_one_name(res: Resources) -> None:
    found = ents("وتقدمت وحدات الجيش بإسناد من قوات التحالف نحو المرتفعات الغربية.", res)
    assert found["قوات التحالف"].type == "ORG" and "التحالف" not in found


def test_the_coalition_after_lam_loses_its_article(res: Resources) -> None:
    text = "ووجه الوزير الشكر للتحالف على دعمه المتواصل."
    found = ents(text, res)
    assert found["تحالف"].type == "ORG"


def test_the_coalition_alone_takes_the_id_of_its_full_name(res: Resources) -> None:
    found = ents("وأعلن التحالف العربي بدء المرحلة الثانية، وقال إن التحالف سيحمي المدنيين.", res)
    assert found["التحالف"].id == found["التحالف العربي"].id is not None


@pytest.mark.parametrize("text", [
    "وقعت الشركتان اتفاقا يعزز التحالف مع المصارف المحلية.",  # an alliance with
    "ويرى المحللون أن التحالف بين الحزبين لن يدوم.",  # an alliance between
    "ولم يصمد هذا التحالف أكثر من عامين.",  # one told of before, of any kind
    "ودعا الخبير إلى التحالف الاقتصادي بين دول المنطقة.",  # an adjective: the head's reading decides
])
def test_an_alliance_as_a_common_noun_is_no_body(text: str, res: Resources) -> None:
    assert not any(name.endswith("تحالف") for name in ents(text, res)), text


def test_a_group_named_with_a_proclitic_is_its_short_name_elsewhere(res: Resources) -> None:
    text = "وأفاد مصدر تابع للمقاومة الشعبية بأن المقاومة استعادت التلة بعد معارك."
    found = ents(text, res)
    assert found["المقاومة"].type == "ORG" and found["المقاومة"].id is not None


@pytest.mark.parametrize(("text", "span", "name"), [
    ("وأوضح العميد ركن سالم الدوسري أن الدوريات مستمرة.", "ركن سالم الدوسري", "سالم الدوسري"),
    ("وشارك في الندوة اللواء متقاعد فيصل العنزي بورقة.", "متقاعد فيصل العنزي", "فيصل العنزي"),
    ("وقلد قائد القطاع العقيد بحري ماجد الحربي رتبته الجديدة.", "بحري ماجد الحربي", "ماجد الحربي"),
])
def test_a_rank_qualifier_stays_with_the_title(text: str, span: str, name: str, res: Resources) -> None:
    found = ents(text, res, (tagged_at(text, span, "PER"),))
    assert found[name].type == "PER" and span not in found


def test_a_surname_that_is_a_qualifier_elsewhere_stays_a_name(res: Resources) -> None:
    text = "وقال المهندس حمزة بحري إن المشروع اكتمل."
    assert ents(text, res, (tagged_at(text, "حمزة بحري", "PER"),))["حمزة بحري"].type == "PER"


def test_the_holy_capital_is_mecca_and_its_police_one_body(res: Resources) -> None:
    found = ents("وباشرت شرطة العاصمة المقدسة التحقيق، فيما شهدت العاصمة المقدسة زحاما كبيرا.", res)
    assert found["شرطة العاصمة المقدسة"].type == "ORG" and found["شرطة العاصمة المقدسة"].country == "SAU"
    assert found["العاصمة المقدسة"].type == "LOC" and found["العاصمة المقدسة"].country == "SAU"


@pytest.mark.parametrize("name", [
    "المركز الوطني للرصد الزلزالي",  # a national centre and its field
    "اللجنة التنفيذية لاتحاد الكرة",  # an executive committee of a body
    "مركز دبي الدولي للتحكيم والوساطة",  # a place's centre, two coordinated fields
    "المنظمة العربية للتربية والثقافة",
])
def test_a_lam_phrase_after_a_national_or_international_adjective_stays_in_the_name(name: str,
                                                                                   res: Resources) -> None:
    found = ents(f"وأصدر {name} تقريرا جديدا أمس.", res)
    assert found[name].type == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت القوات الموالية للحكومة إنها تقدمت.", None),  # the adjective's complement
    ("وصل وفد الائتلاف الوطني لموسكو أمس.", None),  # to Moscow
    ("وعقد المكتب التنفيذي لاختيار الأعضاء اجتماعا.", None),  # a weak head: a purpose
    ("وقال وكيل الحرس الوطني للقطاع الغربي إن الاستعدادات اكتملت.", "الحرس الوطني"),  # the deputy's sector
])
def test_a_lam_phrase_that_is_no_part_of_the_name(text: str, name: str | None, res: Resources) -> None:
    found = ents(text, res)
    assert not any(n.endswith(("للحكومة", "لموسكو", "الأعضاء", "الغربي")) for n in found), found
    assert name is None or found[name].type == "ORG"


def test_the_city_is_no_medina_though_the_world_list_names_it_so(res: Resources) -> None:
    text = "وسيطر المسلحون على المدينة بعد اشتباكات، وقال مسؤول لـ«المدينة» إن الوضع هادئ."
    found = link_entities(text, res.tokenizer(text), res, (tagged_at(text, "المدينة", "LOC"),))
    assert [(text[e.start : e.end], e.type) for e in found] == [("المدينة", "ORG")]  # the newspaper only
    assert ents("وصل الحجاج إلى المدينة المنورة.", res)["المدينة المنورة"].country == "SAU"


def test_a_portfolio_alone_in_quotes_is_its_ministry(res: Resources) -> None:
    found = ents("«الإسكان» تطرح دفعة جديدة، وأوضحت \"العدل\" أن المحاكم جاهزة.", res)
    assert found["الإسكان"].type == "ORG" and found["العدل"].type == "ORG"


@pytest.mark.parametrize("text", [
    "وتراجع قطاع «التجارة» في السوق أمس.",  # a sector of the stock market
    "وأعلنت وزارة «العمل» النتائج.",  # the ministry's own name
    "وحث الخطيب على «العمل» على إصلاح ذات البين.",  # to work on
    "وقال الخبير إن التعليم أساس النهضة.",  # no quotes: the common word
])
def test_a_portfolio_word_that_names_no_ministry(text: str, res: Resources) -> None:
    assert not any(e.type == "ORG" for e in ents(text, res).values()), text


@pytest.mark.parametrize(("name", "typ"), [
    ("مدينة الأمير سلطان الطبية", "LOC"),  # a medical city named after a prince
    ("مدينة الملك فيصل الرياضية", "LOC"),  # a sports city
    ("مدينة الملك سلمان للطاقة الشمسية", "ORG"),  # a ل phrase of its field: a body
])
def test_a_city_named_after_a_person_is_one_name(name: str, typ: str, res: Resources) -> None:
    found = ents(f"وزار الوفد {name} أمس.", res)
    assert found[name].type == typ


def test_a_town_named_after_a_sheikh_keeps_its_own_name(res: Resources) -> None:
    found = ents("وقصفت الطائرات مدينة الشيخ زويد في شمال سيناء.", res)
    assert "الشيخ زويد" in found and not any(n.startswith("مدينة") for n in found)


@pytest.mark.parametrize("text", ["وتقع الجامعة في مدينة", "وافتتح الأمير حديقة"])
def test_a_text_that_ends_in_a_noun_named_after_a_person_is_read(text: str, res: Resources) -> None:
    assert not any(n.startswith(("مدينة", "حديقة")) for n in ents(text, res))


@pytest.mark.parametrize(("text", "name"), [
    ("ونقل المصاب إلى مستشفى النور التخصصي لتلقي العلاج.", "مستشفى النور التخصصي"),
    ("واجتمع أعضاء المجلس الأعلى للتخطيط للتباحث في الخطة.", "المجلس الأعلى للتخطيط"),
    ("وتوجه فريق هيئة الأرصاد الجوية للوقوف على الأضرار.", "هيئة الأرصاد الجوية"),
    ("وزار الوفد مركز الأمير فيصل للبحوث للاطلاع على برامجه.", "مركز الأمير فيصل للبحوث"),
])
def test_a_lam_phrase_of_purpose_ends_a_body_s_name(text: str, name: str, res: Resources) -> None:
    found = ents(text, res)
    assert name in found, found.keys()
