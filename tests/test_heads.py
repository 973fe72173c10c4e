"""Names built on a head noun (organizations, facilities), direction adjectives, outlets named like places,
the wide organization and division lists, and the words that name nothing (gazetteers and rules only)."""

from __future__ import annotations

import itertools

import pytest

from marsad.document import Entity
from marsad.gazetteer import link_entities
from marsad.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def ents(text: str, res: Resources, tagged: tuple[Entity, ...] = ()) -> dict[str, Entity]:
    found = link_entities(text, res.tokenizer(text), res, tagged)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start, "entities overlap"
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
    return {text[e.start : e.end]: e for e in found}


def tagged_at(text: str, name: str, typ: str) -> Entity:
    """A tagger span of type ``typ`` over the first occurrence of ``name`` in ``text``."""
    start = text.index(name)
    return Entity(start, start + len(name), typ)


@pytest.mark.parametrize("name", [
    "قوات الحشد الشعبي",  # head + genitive + adjective
    "المرصد السوري لحقوق الإنسان",  # nisba, then a ل phrase
    "اللجنة العليا للانتخابات",  # listed adjective, ل phrase
    "حكومة الوفاق الوطني",
    "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",  # the longest name wins over the known one inside
    "وكالة الفضاء والطيران الأمريكية",  # a coordinated genitive
    "هيئة الأركان العامة",
])
def test_a_head_noun_and_its_complements_are_one_organization(res: Resources, name: str) -> None:
    found = ents(f"وقالت {name} في بيان إن الوضع مستقر.", res)
    assert name in found and found[name].type == "ORG"


def test_a_nisba_in_the_name_gives_its_country(res: Resources) -> None:
    assert ents("وقالت وكالة الأنباء البحرينية إن الوفد وصل.", res)["وكالة الأنباء البحرينية"].country == "BHR"
    assert ents("وأكد المرصد السوري لحقوق الإنسان ذلك.", res)["المرصد السوري لحقوق الإنسان"].country == "SYR"


def test_a_known_organization_takes_its_adjectives_and_keeps_its_id(res: Resources) -> None:
    plain = ents("وقال الحرس الثوري إن", res)["الحرس الثوري"]
    whole = ents("وقال الحرس الثوري الإيراني إن", res)["الحرس الثوري الإيراني"]
    assert (whole.type, whole.id, whole.country) == ("ORG", plain.id, "IRN")


@pytest.mark.parametrize("text", [
    "وقال الجيش المصري إن",  # a body named only by a nationality adjective
    "وتقدمت قوات النظام نحو المدينة",  # a generic complement
    "واجتمعت اللجنة الإعلامية أمس",  # a definite head with a descriptive adjective only
    "وقالت الحكومة الجديدة إن",
    "وقال مجلس الإدارة إن",
])
def test_generic_bodies_name_nothing(res: Resources, text: str) -> None:
    assert not [e for e in ents(text, res).values() if e.type == "ORG"]


def test_a_descriptor_before_a_known_organization_is_left_out(res: Resources) -> None:
    found = ents("وتبنى تنظيم داعش الهجوم، ونقلت وكالة رويترز الخبر.", res)
    assert {"داعش", "رويترز"} <= set(found)
    assert "تنظيم داعش" not in found


def test_the_name_ends_before_the_object_of_the_verb(res: Resources) -> None:
    found = ents("أعلنت وزارة الداخلية السعودية القبض على خلية.", res)
    assert "وزارة الداخلية السعودية" in found
    assert not any("القبض" in name for name in found)


def test_a_verb_is_no_noun_in_construct(res: Resources) -> None:
    assert not any("يرسل" in name for name in ents("وقال إن اتحاد محلي يرسل الأسماء.", res))


@pytest.mark.parametrize("name", ["مطار القاهرة الدولي", "سجن صيدنايا", "بحر جاوا", "جمهورية الشيشان"])
def test_a_facility_word_is_part_of_the_place(res: Resources, name: str) -> None:
    found = ents(f"ووصل الوفد إلى {name} أمس.", res)
    assert name in found and found[name].type == "LOC"


def test_a_proclitic_word_is_no_name_after_a_facility_word(res: Resources) -> None:
    assert not any(name.startswith("مطار") for name in ents("هبطت في مطار بغرب البلاد.", res))


def test_a_direction_adjective_belongs_to_a_city_not_to_a_region(res: Resources) -> None:
    found = ents("قصفت الطائرات ريف دمشق الغربي وبيروت الغربية.", res)
    assert "بيروت الغربية" in found and found["بيروت الغربية"].country == "LBN"
    assert "ريف دمشق الغربي" not in found


def test_the_old_city_is_part_of_a_city_name_not_of_a_country(res: Resources) -> None:
    found = ents("تجول الزوار في دمشق القديمة ثم عادوا إلى ليبيا القديمة في الكتب.", res)
    assert found["دمشق القديمة"].type == "LOC" and found["دمشق القديمة"].country == "SYR"
    assert "ليبيا القديمة" not in found and "ليبيا" in found


def test_a_place_after_a_media_noun_is_the_outlet(res: Resources) -> None:
    found = ents("ونقلت صحيفة «الشرق الأوسط» عن مسؤول قوله.", res)
    assert found["الشرق الأوسط"].type == "ORG" and found["الشرق الأوسط"].kind == "media"


def test_ali_written_with_its_dots_is_a_name(res: Resources) -> None:
    text = "وقال علي الأحمد إنه حصل على الجائزة."
    tagged = (Entity(text.index("علي"), text.index(" إنه"), "PER"),)
    assert "علي الأحمد" in ents(text, res, tagged)


def test_god_and_currencies_name_nothing(res: Resources) -> None:
    text = "والحمد لله، ودفع 500 ريال."
    tagged = (Entity(text.index("ريال"), text.index("ريال") + 4, "MISC"),)
    assert "ريال" not in ents(text, res, tagged)


def test_a_club_named_by_a_common_word_needs_sport_news(res: Resources) -> None:
    assert ents("فاز الهلال على النصر في مباراة الدوري.", res)["الهلال"].type == "ORG"
    assert "الهلال" not in ents("ظهر الهلال في السماء مساء أمس.", res)


def test_a_service_noun_before_a_known_place_names_its_office(res: Resources) -> None:
    found = ents("وأعلن تعليم جدة أمس بدء المقابلات، وقال مدير الإعلام بصحة الرياض إن المستشفيات جاهزة.", res)
    assert found["تعليم جدة"].type == "ORG" and found["تعليم جدة"].country == "SAU"
    assert found["صحة الرياض"].type == "ORG" and "جدة" not in found and "الرياض" not in found
    found = ents("ويهدف البرنامج إلى تعليم الأطفال والحفاظ على صحة البيئة في مصر.", res)
    assert not any(e.type == "ORG" for e in found.values())
    assert "تعليم مصر" not in ents("وتطور تعليم مصر كثيرا.", res)


def test_a_club_named_by_a_common_word_coordinated_after_a_head_is_that_word(res: Resources) -> None:
    found = ents("وقررت وزارة الشباب والرياضة تأجيل مباراة الدوري، ورحب الرئيس العام لرعاية الشباب بالقرار.", res)
    assert found["وزارة الشباب والرياضة"].type == "ORG" and "الشباب" not in found
    assert found["رعاية الشباب"].type == "ORG"  # the body inside a title
    assert ents("ووصلت بعثة الشباب إلى الفندق قبل مباراة الدوري.", res)["الشباب"].type == "ORG"  # the club


def test_words_of_other_senses_make_no_sport_news(res: Resources) -> None:
    # an aim, a win and a season are words of politics and business too: the agreement stays no club
    text = "وأكد الفريق أن الاتفاق هدف إلى الفوز بثقة الأسواق في الموسم المقبل."
    assert "الاتفاق" not in ents(text, res)
    assert ents("ووقع الاتفاق عقدا مع المدرب الجديد.", res)["الاتفاق"].type == "ORG"
    assert ents("وقدم الاتفاق لاعبيه للإعلام، وقال والمدرب إنه مستعد.", res)["الاتفاق"].type == "ORG"


def test_a_division_is_a_place_with_its_country(res: Resources) -> None:
    text = "وسقطت قذائف على محافظة حضرموت وفي الأنبار."
    found = ents(text, res, tuple(Entity(text.index(w), text.index(w) + len(w), "LOC") for w in ("حضرموت", "الأنبار")))
    assert (found["حضرموت"].country, found["الأنبار"].country) == ("YEM", "IRQ")


def test_a_one_word_name_of_the_wide_lists_needs_the_tagger(res: Resources) -> None:
    text = "وأفاد مصدر وأن الوضع هادئ."  # أفاد is a verb, وأن a conjunction: no agency, no Turkish province
    assert not ents(text, res)


def test_a_name_never_runs_over_a_line_break(res: Resources) -> None:
    found = ents("قطر تدين الهجوم على السفارة\n\nجدة 10 أغسطس 2015 (قنا) - أدانت قطر الهجوم.", res)
    assert not any("\n" in name for name in found)


def test_a_body_without_a_country_takes_none_from_an_adjective_after_it(res: Resources) -> None:
    found = ents("وقال الاتحاد الأوروبي الفرنسي إن", res)
    assert found["الاتحاد الأوروبي"].country is None


@pytest.mark.parametrize("word", ["ريالا", "الدولار", "الإسلام"])
def test_currencies_and_religions_name_nothing(res: Resources, word: str) -> None:
    text = f"وقال إن {word} مهم."
    assert word not in ents(text, res, (Entity(text.index(word), text.index(word) + len(word), "MISC"),))


def test_a_nisba_alone_is_no_entity(res: Resources) -> None:
    text = "وقالت التونسية إن الوضع هادئ."
    assert "التونسية" not in ents(text, res, (Entity(text.index("التونسية"), text.index(" إن"), "LOC"),))


@pytest.mark.parametrize("text", ["وقالت إدارة النادي إن", "وتحركت حركة الرياح السطحية"])
def test_bodies_of_a_generic_complement_name_nothing(res: Resources, text: str) -> None:
    assert not [e for e in ents(text, res).values() if e.type == "ORG"]


def test_a_short_person_takes_in_ali_a_lineage_and_a_family_name(res: Resources) -> None:
    text = "وصل محمد بن سلمان بن عبدالعزيز على رأس وفد، وأكد خالد الحميدان ذلك وقال علي عبد الله صالح."
    tagged = tuple(Entity(text.index(n), text.index(n) + len(n), "PER")
                   for n in ("محمد بن سلمان", "خالد", "عبد الله صالح"))
    found = ents(text, res, tagged)
    assert {"محمد بن سلمان بن عبدالعزيز", "خالد الحميدان", "علي عبد الله صالح"} <= set(found)


@pytest.mark.parametrize(("text", "given"), [
    ("وأكد خالد الحميدان أن الفريق جاهز.", "خالد"),
    ("وحضر الدكتور مساعد الحميدان الاجتماع.", "مساعد"),  # a title word that is a given name, after a title
])
def test_a_family_name_read_alone_takes_in_its_given_name(res: Resources, text: str, given: str) -> None:
    found = ents(text, res, (Entity(text.index("الحميدان"), text.index("الحميدان") + 8, "PER"),))
    assert f"{given} الحميدان" in found and "الحميدان" not in found


@pytest.mark.parametrize("text", ["وقال مساعد الحميدان إن الفريق جاهز.", "ووصل على الحميدان أمس."])
def test_an_assistant_or_a_preposition_before_a_family_name_stays_out(res: Resources, text: str) -> None:
    found = ents(text, res, (Entity(text.index("الحميدان"), text.index("الحميدان") + 8, "PER"),))
    assert "الحميدان" in found


@pytest.mark.parametrize(("text", "word", "kept"), [
    ("وأطلق مهاجمان النار على الحافلة.", "مهاجمان", False),  # a dual common noun
    ("وهرب المتطرفان من السجن.", "المتطرفان", False),
    ("وصل سلمان إلى المطار.", "سلمان", True),  # names in ان have no form in ين
    ("وقال شعبان إن الفريق جاهز.", "شعبان", True),
])
def test_a_dual_common_noun_is_no_person(res: Resources, text: str, word: str, kept: bool) -> None:
    found = ents(text, res, (Entity(text.index(word), text.index(word) + len(word), "PER"),))
    assert (word in found) is kept


def test_an_unlisted_nisba_before_a_given_name_is_outside_the_person(res: Resources) -> None:
    text = "وقال الزعيم الداغستاني خالد مرادوف إن الوضع هادئ."
    span = "الداغستاني خالد مرادوف"
    found = ents(text, res, (Entity(text.index(span), text.index(span) + len(span), "PER"),))
    assert "خالد مرادوف" in found and span not in found


def test_a_common_word_with_the_article_is_no_family_name(res: Resources) -> None:
    text = "وقال خالد الدولي إن"  # الدولي: an adjective, far more common than a family name
    found = ents(text, res, (Entity(text.index("خالد"), text.index("خالد") + 4, "PER"),))
    assert "خالد" in found and "خالد الدولي" not in found


@pytest.mark.parametrize(("text", "name"), [
    ("وقال حزب الله الدفاع عن", "حزب الله"),  # a known body takes adjectives only, not the next noun
    ("وقالت وكالة الأنباء الكورية الشمالية الرسمية إن", "وكالة الأنباء الكورية الشمالية"),  # a describing adjective
    ("وقال تنظيم داعش الإرهابي إن", "داعش"),
])
def test_where_a_name_ends(res: Resources, text: str, name: str) -> None:
    found = ents(text, res)
    assert name in found and not any(other != name and name in other for other in found)


def test_a_clause_after_a_describing_adjective_names_nothing(res: Resources) -> None:
    assert not [e for e in ents("وتقدم الجيش الليبي الموالي للحكومة المعترف بها", res).values() if e.type == "ORG"]


def test_a_company_word_before_a_name_of_its_own_is_left_out(res: Resources) -> None:
    found = ents("وأعلنت شركة زنغوفار أمس تأخير رحلاتها.", res)
    assert "زنغوفار" in found and found["زنغوفار"].type == "ORG"
    assert not any(name.startswith("شركة") for name in found)
    assert "سجن صيدنايا" in ents("ووصل الوفد إلى سجن صيدنايا أمس.", res)  # other heads stay in the name


@pytest.mark.parametrize(("text", "name"), [
    ("ونقل موقع الواحة نيوز عن مصدر قوله إن", "الواحة نيوز"),
    ("وقال المتحدث لسكاي نيوز عربية إن الوضع مستقر.", "سكاي نيوز عربية"),  # without its ل, with the edition
    ("وبثت شبكة «جي دي سي نيوز» لقطات للحريق.", "جي دي سي نيوز"),  # a name in spelled letters: all its letters
    ("وصرح المدير لجي إم سي نيوز بأن الموسم طويل.", "جي إم سي نيوز"),  # without the ل of its first letter
])
def test_a_word_before_news_names_an_outlet(res: Resources, text: str, name: str) -> None:
    found = ents(text, res)
    assert name in found and found[name].type == "ORG" and found[name].kind == "media"


def test_letters_apart_from_the_name_before_news_stay_out(res: Resources) -> None:
    found = ents("وأضاف الحرف بي\nسي نيوز تنقل الخبر.", res)
    assert "بي\nسي نيوز" not in found and "سي نيوز" in found


@pytest.mark.parametrize(("text", "name"), [
    ("وقال مختصون لـ «الأفق» إن الوضع مستقر.", "الأفق"),
    ("وقال المتحدث لـ”نبض الخليج” إن الوضع مستقر.", "نبض الخليج"),
    ("وزعم تلفزيون «برس» أن الوضع مستقر.", "برس"),  # the whole word: its ب is no preposition
])
def test_a_quoted_name_after_a_media_noun_or_lam_is_an_outlet(res: Resources, text: str, name: str) -> None:
    found = ents(text, res)
    assert name in found and found[name].type == "ORG" and found[name].kind == "media"


def test_a_name_before_electronic_is_an_online_outlet(res: Resources) -> None:
    found = ents("ونقلت الرياض الإلكترونية عن مصدر قوله إن", res)
    assert found["الرياض الإلكترونية"].type == "ORG" and found["الرياض الإلكترونية"].kind == "media"
    assert "الرياض" not in found
    assert not any(e.type == "ORG" for e in ents("ونشرت الهيئة على موقعها الإلكتروني أمس القائمة.", res).values())
    assert "السعودية الإلكترونية" not in ents("وأعلنت الجامعة السعودية الإلكترونية القبول.", res)


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("هبطت الطائرة في مطار الملك فهد الدولي بالدمام.", "مطار الملك فهد الدولي", "LOC"),
    ("زار الوفد قاعدة الأمير سلطان الجوية أمس.", "قاعدة الأمير سلطان الجوية", "LOC"),
    ("أقيمت المباراة على ملعب مدينة الأمير فيصل الرياضية.", "ملعب مدينة الأمير فيصل الرياضية", "LOC"),
    ("أعلنت مجموعة الدكتور خالد المنصور الطبية افتتاح فرع.", "مجموعة الدكتور خالد المنصور الطبية", "ORG"),
    ("افتتحت مستشفيات د. عمر الفارس فرعا جديدا.", "مستشفيات د. عمر الفارس", "ORG"),
])
def test_a_place_or_body_named_after_a_person_is_one_name(res: Resources, text: str, name: str, typ: str) -> None:
    found = ents(text, res)
    assert name in found and found[name].type == typ
    assert not any(e.type == "PER" for e in found.values())


def test_a_title_after_a_head_that_names_no_one_after_a_person_stays_a_person(res: Resources) -> None:
    found = ents("وأكدت حكومة الرئيس بشار الأسد أن الوضع مستقر.", res)
    assert "بشار الأسد" in found and found["بشار الأسد"].type == "PER"


@pytest.mark.parametrize(("text", "name"), [
    ("وقع الحادث على طريق الدمام الأحساء السريع مساء أمس.", "طريق الدمام الأحساء السريع"),
    ("تعطلت حركة السير على طريق مكة المكرمة صباحا.", "طريق مكة المكرمة"),
    ("وقال خطيب مسجد الفلاح في الحي إن", "مسجد الفلاح"),
    ("نقل المصاب إلى مستشفى الملك خالد بالخرج.", "مستشفى الملك خالد"),
    ("أقيم الحفل على شاطئ نصف القمر مساء.", "شاطئ نصف القمر"),
])
def test_roads_mosques_hospitals_and_beaches_are_named_places(res: Resources, text: str, name: str) -> None:
    found = ents(text, res)
    assert name in found and found[name].type == "LOC"


def test_by_way_of_a_country_is_no_road(res: Resources) -> None:
    found = ents("وصلت الأسلحة عن طريق تركيا إلى المقاتلين.", res)
    assert "تركيا" in found and not any(k.startswith("طريق") for k in found)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("وانفجرت عبوة في قضاء تلعفر صباح اليوم.", "تلعفر", "IRQ"),  # an administrative noun before it
    ("وتقدمت القوات في محافظة الضالع أمس.", "الضالع", "YEM"),
    ("وامتدت الاشتباكات إلى مدن عدن وأبين ولحج الليلة.", "لحج", "YEM"),  # listed with a sure place
    ("وانفجرت عبوة في الرمادي صباح اليوم.", "الرمادي", "IRQ"),  # في before it
    ("وقتل رجل في ناحية (الضالع) أمس.", "الضالع", "YEM"),  # an administrative noun, the place in brackets
])
def test_a_one_word_division_is_confirmed_by_its_context_without_the_tagger(
        res: Resources, text: str, name: str, country: str) -> None:
    found = ents(text, res)
    assert name in found and (found[name].type, found[name].country) == ("LOC", country)


def test_a_one_word_division_after_an_ordinary_word_still_needs_the_tagger(res: Resources) -> None:
    assert "لحج" not in ents("وقال لحج الرجل إن الوضع هادئ.", res)


def test_an_outlet_named_like_a_place_and_quoted_alone_is_the_outlet(res: Resources) -> None:
    found = ents("وكان مراسل «الجزيرة» قد وصل. وقال الوزير في حديث نشرته «الشرق الأوسط» أمس إن", res)
    assert found["الشرق الأوسط"].type == "ORG" and found["الشرق الأوسط"].kind == "media"  # the paper, not the region
    assert ents("تعيش منطقة الشرق الأوسط أزمة جديدة.", res)["الشرق الأوسط"].type == "LOC"


def test_well_known_bodies_named_by_a_head_and_an_adjective_are_listed(res: Resources) -> None:
    found = ents("وأصدر الديوان الملكي بيانا، فيما رحب الحزب الجمهوري بالقرار وقصفت طائرات التحالف الدولي مواقع.", res)
    assert all(found[n].type == "ORG" for n in ("الديوان الملكي", "الحزب الجمهوري", "التحالف الدولي"))
    assert found["الحزب الجمهوري"].country == "USA"


@pytest.mark.parametrize(("text", "name"), [
    ("رابط الخبر بصحيفة المرصاد: حريق في مستودع", "المرصاد"),
    ("وقالت صحيفة الوطن إن الوزير وصل.", "الوطن"),
    ("ونقلت مجلة الفرسان البريطانية عن مصدر قوله", "الفرسان"),
])
def test_one_definite_word_after_a_newspaper_noun_is_the_outlet(res: Resources, text: str, name: str) -> None:
    found = ents(text, res)
    assert name in found and (found[name].type, found[name].kind) == ("ORG", "media")


@pytest.mark.parametrize("text", ["ونشرت الصحيفة الرسمية القرار.", "وقالت الصحيفة في عددها الأخير إن"])
def test_a_newspaper_noun_before_an_adjective_or_a_preposition_names_no_outlet(res: Resources, text: str) -> None:
    assert not any(e.type == "ORG" for e in ents(text, res).values())


@pytest.mark.parametrize(("text", "name"), [
    ("وتقدمت قوات الفرقة الثالثة نحو البلدة.", "الفرقة الثالثة"),
    ("وقاتل عناصر الجيش الحر في المدينة.", "الجيش الحر"),
])
def test_an_armed_unit_named_by_an_ordinal_is_an_organization(res: Resources, text: str, name: str) -> None:
    found = ents(text, res)
    assert name in found and found[name].type == "ORG"


@pytest.mark.parametrize(("text", "outer"), [
    ("وأعلن مدير مركز الجامعة افتتاح القاعة.", "مركز الجامعة"),
    ("وقررت إدارة الشركة زيادة الرواتب.", "إدارة الشركة"),
    ("وانتقد عضو في قيادة الحزب القرار.", "قيادة الحزب"),
])
def test_a_head_before_a_definite_head_is_a_part_of_that_body_not_a_name(res: Resources, text: str, outer: str) -> None:
    assert outer not in ents(text, res)


def test_a_noun_ending_like_an_adjective_before_a_known_place_is_in_construct(res: Resources) -> None:
    found = ents("واستدعت وزارة خارجية الكويت السفير أمس.", res)
    assert "وزارة خارجية الكويت" in found and found["وزارة خارجية الكويت"].country == "KWT"


def test_a_noun_coordinated_with_a_lam_phrase_stays_in_the_name(res: Resources) -> None:
    found = ents("وقال رئيس الاتحاد الأردني للتنس والريشة الطائرة إن", res)
    assert any(name.startswith("الاتحاد الأردني للتنس والريشة") for name in found)


def test_nadi_before_a_known_club_stays_in_its_name(res: Resources) -> None:
    found = ents("وقال رئيس نادي النصر إن الفريق جاهز لمباراة الدوري.", res)
    assert "نادي النصر" in found and (found["نادي النصر"].type, found["نادي النصر"].country) == ("ORG", "SAU")
    assert "داعش" in ents("وتبنى تنظيم داعش الهجوم.", res)  # other descriptors still go


@pytest.mark.parametrize("name", ["شرطة منطقة مكة المكرمة", "جوازات منطقة جازان"])
def test_a_body_of_a_region_keeps_its_whole_name(res: Resources, name: str) -> None:
    found = ents(f"وقالت {name} إن الإجراءات مستمرة.", res)
    assert name in found and found[name].type == "ORG"


def test_a_pronoun_on_a_common_word_ends_a_construct_chain(res: Resources) -> None:
    assert not any("شكلتها" in name for name in ents("وقالت لجنة مختصة شكلتها وزارة الطاقة إن", res))


def test_national_bodies_named_by_a_head_and_an_adjective_are_listed(res: Resources) -> None:
    found = ents("وباشرت فرق الدفاع المدني الحريق بمساندة الحرس الوطني، وأعلن حزب العمال الكردستاني مسؤوليته.", res)
    assert all(found[n].type == "ORG" for n in ("الدفاع المدني", "الحرس الوطني", "حزب العمال الكردستاني"))


@pytest.mark.parametrize(("text", "phrase"), [
    ("وعثر المدرب على الهاتف في غرفة الحارس بعد التمرين.", "غرفة الحارس"),  # a room, no chamber
    ("وقال مدير مكتب الصحيفة في جدة إن العدد تأخر.", "مكتب الصحيفة"),
    ("وأعلنت إدارة المدارس الخاصة موعد الدوام.", "إدارة المدارس الخاصة"),  # الخاصة: a generic adjective
    ("وتحت قيادة المدرب الوطني فاز الفريق.", "قيادة المدرب الوطني"),
])
def test_a_weak_head_with_one_common_noun_names_nothing(res: Resources, text: str, phrase: str) -> None:
    found = ents(text, res)
    assert not any(phrase in name or (name in phrase and name.split()[0] == phrase.split()[0]) for name in found)


def test_a_weak_head_with_a_name_of_its_own_is_still_a_body(res: Resources) -> None:
    found = ents("وقالت غرفة التجارة والصناعة إن الصادرات زادت، وأكدت إدارة الطيران الفيدرالية ذلك.", res)
    assert found["غرفة التجارة والصناعة"].type == "ORG"
    assert found["إدارة الطيران الفيدرالية"].type == "ORG"


def test_a_deputys_portfolio_after_the_body_is_no_part_of_its_name(res: Resources) -> None:
    found = ents("وحضر وكيل وزارة الصحة للشؤون التنفيذية سالم الحربي الاجتماع.", res)
    assert found["وزارة الصحة"].type == "ORG"
    assert not any(name.startswith("وزارة الصحة ل") for name in found)
    kept = ents("وقالت وزارة الدولة للشؤون الخارجية إن الوفد وصل.", res)
    assert "وزارة الدولة للشؤون الخارجية" in kept


@pytest.mark.parametrize("name", ["معبد الكرنك", "مقبرة البقيع", "كنيسة القيامة", "ضريح الإمام"])
def test_more_facility_words_head_a_place(res: Resources, name: str) -> None:
    found = ents(f"وزار الوفد {name} صباح أمس.", res)
    assert name in found and found[name].type == "LOC"


def test_a_facility_after_site_is_a_place_not_a_website_and_located_ends_it(res: Resources) -> None:
    found = ents("وعمل الفريق في موقع ميناء القصير الواقع على ساحل البحر.", res)
    assert "ميناء القصير" in found and found["ميناء القصير"].type == "LOC"


def test_quoted_names_after_a_company_noun_are_companies(res: Resources) -> None:
    found = ents('وأعلنت شركتا "هيونداي" و"زارونا" للسيارات ارتفاع المبيعات، وقالت شركة «نوفامكس تك» إن الطلب زاد.',
                 res)
    assert found["زارونا"].type == "ORG" and found["زارونا"].kind == "company"
    assert found["نوفامكس تك"].type == "ORG"
    assert "شركتا" not in found and "شركة" not in found


def test_a_lone_head_noun_from_the_tagger_names_nothing(res: Resources) -> None:
    text = "وقالت المنظمة في بيانها إن الوضع خطير."
    start = text.index("المنظمة")
    assert "المنظمة" not in ents(text, res, (Entity(start, start + len("المنظمة"), "ORG"),))


def test_a_tagged_name_ends_before_a_word_of_attachment(res: Resources) -> None:
    text = "وأطلقت قوة زيلاند التابعة للتحالف الدولي صاروخا."
    start = text.index("زيلاند")
    found = ents(text, res, (Entity(start, text.index(" صاروخا"), "ORG"),))
    assert "زيلاند" in found and not any("التابعة" in name for name in found)


def test_a_customs_or_revenue_authority_is_a_body(res: Resources) -> None:
    found = ents("وبحث الوزير مع مصلحة الزكاة والدخل سبل التعاون بما يخدم مصلحة الوطن.", res)
    assert found["مصلحة الزكاة والدخل"].type == "ORG"
    assert not any(name.startswith("مصلحة الوطن") for name in found)


def test_a_weak_head_with_a_common_noun_and_a_nisba_names_nothing(res: Resources) -> None:
    found = ents("وتحت قيادة المدرب البرازيلي حقق الفريق الفوز.", res)
    assert not [name for name, e in found.items() if e.type == "ORG"]


def test_a_regional_body_takes_in_its_region(res: Resources) -> None:
    found = ents("وأعلنت مديرية الزراعة بمنطقة جازان وإدارة التعليم بمحافظة حفر الباطن أن الدراسة بدأت.", res)
    assert found["مديرية الزراعة بمنطقة جازان"].type == "ORG"
    assert found["مديرية الزراعة بمنطقة جازان"].country == "SAU"
    assert found["إدارة التعليم بمحافظة حفر الباطن"].type == "ORG"


def test_a_noun_joined_by_and_after_an_adjective_continues_the_name(res: Resources) -> None:
    name = "وزارة الشؤون الإسلامية والأوقاف والدعوة"
    assert ents(f"وقالت {name} إن المساجد جاهزة.", res)[name].type == "ORG"
    found = ents("وقالت لجنة الحكام الآسيوية والدكتور سالم الهاجري إن", res)
    assert not any("والدكتور" in name for name in found)


def test_a_lineage_takes_in_the_house_after_it(res: Resources) -> None:
    text = "وحضر الأمير نواف بن منصور آل زايد الحفل."
    start = text.index("نواف")
    found = ents(text, res, (Entity(start, start + len("نواف بن منصور"), "PER"),))
    assert "نواف بن منصور آل زايد" in found


@pytest.mark.parametrize(("text", "name"), [
    ("وتحصن المسلحون في فندق زيلارو بخور مكسر أمس.", "فندق زيلارو"),  # a name of its own before a place
    ("وعثر عليها قرب متنزه الأمير نايف صباح اليوم.", "متنزه الأمير نايف"),  # named after a person with a title
    ("وأقام الوفد في منتجع كورالي على البحر.", "منتجع كورالي"),
])
def test_hotels_parks_and_resorts_head_places(res: Resources, text: str, name: str) -> None:
    found = ents(text, res)
    assert name in found and found[name].type == "LOC"


def test_a_village_named_like_a_listed_division_is_another_place(res: Resources) -> None:
    found = ents("وأحرق منزل في قرية (الضالع) قرب نابلس.", res)
    assert found["الضالع"].type == "LOC" and found["الضالع"].country is None


@pytest.mark.parametrize("name", [
    "وزارة الداخلية والشؤون البلدية",  # an adjective-shaped genitive, then a coordinated noun
    "هيئة الخارجية والتعاون الدولي",
])
def test_an_adjective_shaped_word_after_an_indefinite_head_is_its_genitive(res: Resources, name: str) -> None:
    found = ents(f"وأصدرت {name} تعميما جديدا للموظفين.", res)
    assert name in found and found[name].type == "ORG"


def test_a_title_joined_by_and_ends_a_ministry_name(res: Resources) -> None:
    found = ents("وقال وكيل وزارة المالية والرئيس التنفيذي للصندوق إن الأرباح ارتفعت.", res)
    assert "وزارة المالية" in found
    assert not any("والرئيس" in name for name in found)


def test_the_armed_forces_after_a_general_command_are_part_of_its_name(res: Resources) -> None:
    found = ents("وأعلنت القيادة العامة للقوات المسلحة انتهاء المناورات.", res)
    assert found["القيادة العامة للقوات المسلحة"].type == "ORG"
    unit = ents("وتقدمت الفرقة الثالثة للجيش نحو الجسر.", res)
    assert "الفرقة الثالثة" in unit and "الفرقة الثالثة للجيش" not in unit


def test_a_newspaper_in_a_lam_phrase_after_a_body_is_whom_it_spoke_to(res: Resources) -> None:
    found = ents("وأوضحت شرطة لوس أنجلس للجريدة المحلية أن الحادث عرضي.", res)
    assert found["شرطة لوس أنجلس"].type == "ORG"
    assert not any("للجريدة" in name for name in found)
    assert ents("وتقع مدينة لوس أنجلس غرب البلاد.", res)["لوس أنجلس"].country == "USA"


def test_a_movement_before_a_known_group_is_part_of_its_name(res: Resources) -> None:
    found = ents("وأعلنت حركة طالبان المسلحة مسؤوليتها، ورحب تنظيم داعش بذلك.", res)
    assert found["حركة طالبان"].type == "ORG" and found["حركة طالبان"].id == ents("طالبان", res)["طالبان"].id
    assert "داعش" in found and "تنظيم داعش" not in found


@pytest.mark.parametrize(("text", "word", "whole"), [
    ("وكرّم رامي الملا الفائزين في البطولة.", "رامي", "رامي الملا"),  # a less rare family name after a tagged person
    ("وأثار حديث المالكي المعروفة بتشددها جدلا.", "المالكي", "المالكي"),  # a family name read alone: no extension
    ("ووقع باسلمة المنظمات على الاتفاق.", "باسلمة", "باسلمة"),  # a plural noun is no family name
])
def test_a_tagged_one_word_person_takes_in_a_family_name_after_it(res: Resources, text: str, word: str,
                                                                   whole: str) -> None:
    found = ents(text, res, (Entity(text.index(word), text.index(word) + len(word), "PER"),))
    assert whole in found and found[whole].type == "PER"


def test_the_great_mosques_are_named_places(res: Resources) -> None:
    found = ents("وازدحم المسجد الحرام بالمصلين، وخلت ساحات المسجد النبوي.", res)
    assert found["المسجد الحرام"].type == "LOC" and found["المسجد الحرام"].country == "SAU"
    assert found["المسجد النبوي"].type == "LOC"


def test_an_office_named_by_its_adjective_leaves_the_body_after_it_its_own_name(res: Resources) -> None:
    found = ents("وأوضح المكتب الإعلامي لوزارة السياحة أن الموسم بدأ.", res)
    assert found["وزارة السياحة"].type == "ORG"
    assert not any(name.startswith("المكتب") for name in found)


def test_the_particle_of_a_european_surname_belongs_to_the_name(res: Resources) -> None:
    text = "وأحرز فان نيستلروي الهدف، ثم قال إن دي لورنتيس وعده بالتجديد."
    tagged = tuple(Entity(text.index(n), text.index(n) + len(n), "PER") for n in ("نيستلروي", "لورنتيس"))
    found = ents(text, res, tagged)
    assert {"فان نيستلروي", "دي لورنتيس"} <= set(found)
    so = "وقال المدرب فإن سعيد سيلعب غدا."
    assert "فإن سعيد" not in ents(so, res, (Entity(so.index("سعيد"), so.index("سعيد") + 4, "PER"),))


def test_a_coalition_named_by_its_short_name_is_known(res: Resources) -> None:
    found = ents("وانتقد نواب دولة القانون أداء الحكومة في جلسة البرلمان.", res)
    assert found["دولة القانون"].type == "ORG" and found["دولة القانون"].country == "IRQ"


def test_a_town_after_a_given_name_is_a_family_name(res: Resources) -> None:
    def read(text: str) -> dict[str, Entity]:
        at = [i for i in range(len(text)) if text.startswith("القصير", i)]
        return ents(text, res, tuple(Entity(i, i + len("القصير"), "LOC") for i in at))

    found = read("وغنى الفنان عبدالله القصير في الحفل، ثم صعد القصير إلى المسرح.")
    assert found["عبدالله القصير"].type == "PER" and found["القصير"].type == "PER"
    assert read("وتقدم الجيش نحو القصير أمس.")["القصير"].type == "LOC"


def test_a_place_written_mostly_after_and_is_still_found_there(res: Resources) -> None:
    found = ents("واستهدف القصف بلدتي الفوعة وكفريا في ريف إدلب الشمالي.", res)
    assert found["كفريا"].type == "LOC" and found["الفوعة"].type == "LOC"


def test_the_saudi_highway_patrol_is_a_known_body(res: Resources) -> None:
    found = ents("وباشرت دوريات أمن الطرق الحادث على طريق الطائف.", res)
    assert found["أمن الطرق"].type == "ORG" and found["أمن الطرق"].country == "SAU"


def test_a_body_named_by_its_common_noun_after_a_title_comes_before_the_name(res: Resources) -> None:
    found = ents("وقال المتحدث باسم الوزارة خالد المنصوري إن الحملة مستمرة.", res)
    assert found["خالد المنصوري"].type == "PER"
    assert not any(name.startswith("الوزارة") for name in found)


def test_letters_of_a_known_outlet_before_news_keep_its_country(res: Resources) -> None:
    found = ents("وأكد المهندس لبي بي سي نيوز أن العمل متواصل.", res)
    assert found["بي بي سي نيوز"].type == "ORG" and found["بي بي سي نيوز"].country == "GBR"
