"""Attack words by their inflection and their sense: a weak verb's forms, vowel marks, stabbing told as a
crime, an attack in words by a named person, and an attack a long span before, on constructed sentences
through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import attack_triggers, told
from marsad.events.lexicon import verb_forms
from marsad.text.normalize import fold


def test_a_hollow_verb_has_its_passive_and_a_defective_verb_its_short_persons() -> None:
    assert {"اغتيل", "اغتيلت"} <= set(verb_forms(fold("اغتال")))
    assert {"اعتدوا", "اعتدت", "يعتدون"} <= set(verb_forms(fold("اعتدى")))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("واُغتيل مسؤول محلي برصاص مجهولين قرب منزله مساء أمس.", "واُغتيل"),
        ("وقال شهود إن مسلحين اعتدوا على حارس المبنى بالعصي أمس.", "اعتدوا"),
    ],
)
def test_weak_verbs_are_attacks_in_all_their_forms(text: str, trigger: str, pipeline: Any) -> None:
    assert trigger in attack_triggers(text, pipeline)


def test_an_attack_repelled_is_asserted_when_the_verb_bears_vowel_marks(pipeline: Any) -> None:
    text = "وتصدّت القوات لهجمات أخرى للمسلحين في مواقع شمال المدينة."
    assert ("لهجمات", "asserted") in told(text, pipeline, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وألقت الشرطة القبض على شاب أقدم على طعن جاره بسكين إثر مشاجرة.", "طعن"),
        ("ونقل المصاب إلى المستشفى بعد أن تلقى عدة طعنات في ظهره.", "طعنات"),
    ],
)
def test_a_stabbing_told_as_a_crime_is_an_attack(text: str, trigger: str, pipeline: Any) -> None:
    assert attack_triggers(text, pipeline) == [trigger]


@pytest.mark.parametrize(
    "text",
    [
        "وطعن محامي المتهم في الحكم أمام محكمة الاستئناف.",  # an appeal
        "ووصف الكاتب الاتفاق بأنه طعنة في الظهر.",  # a betrayal
        "وهاجم وزير الخارجية عادل الجبير السياسات الإيرانية في المنطقة.",  # an attack in words
    ],
)
def test_appeals_betrayals_and_attacks_in_words_are_no_attacks(text: str, pipeline: Any) -> None:
    assert attack_triggers(text, pipeline) == []


def test_a_named_person_who_attacks_with_a_weapon_attacks(pipeline: Any) -> None:
    text = "وهاجم سامي العلي حارس المتجر بسكين قبل أن يفر."
    assert attack_triggers(text, pipeline) != []


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("ووقع الحادث بعد ثلاث سنوات على الهجوم على السفارة.", "reference"),
        ("وأقيم الحفل بعد مرور عامين على الهجوم على السفارة.", "reference"),
        ("ووصلت سيارات الإسعاف بعد ساعات من الهجوم على السفارة.", "asserted"),
    ],
)
def test_an_attack_a_long_span_before_is_background(text: str, fact: str, pipeline: Any) -> None:
    assert ("الهجوم", fact) in told(text, pipeline, "ASSAULT")


def test_a_shooting_in_a_cinema_hall_is_no_film(pipeline: Any) -> None:
    text = "وقتل مسلح شخصين داخل دار السينما في المدينة مساء أمس ثم انتحر."
    assert attack_triggers(text, pipeline) != []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال المتحدث إن تبادلا لإطلاق النار وقع ليل أمس بين مسلحين في القرية.", "لإطلاق النار"),
        ("المصدر- وكالات: قتل عشرة أشخاص في انفجار سيارة مفخخة في السوق أمس.", "قتل"),
        ("ونقل الجندي المصاب إلى المستشفى إثر فتح النيران على دوريته أمس.", "فتح"),
        ("وقام المسلحون باختطاف الإعلامي المعروف من منزله مساء أمس.", "باختطاف"),
    ],
)
def test_exchanges_of_fire_bylines_fire_opened_and_a_journalist_kidnapped_are_attacks(
    text: str, trigger: str, pipeline: Any
) -> None:
    assert trigger in attack_triggers(text, pipeline)


def test_it_happened_before_is_background_but_a_bylined_word_is_not(pipeline: Any) -> None:
    assert ("قتل", "reference") in told("وسبق له أن قتل عشرة أشخاص في المدينة.", pipeline, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("واعتقلت الشرطة المشتبه بتورطهم في تفجير وقع أمس في السوق.", "asserted"),  # an investigation
        ("وبدأت أمس محاكمة المتهمين بتفجير السوق.", "reference"),  # a trial
    ],
)
def test_suspects_of_a_recent_attack_tell_the_news_and_a_trial_background(
    text: str, fact: str, pipeline: Any
) -> None:
    assert [f for _, f in told(text, pipeline, "ASSAULT")] == [fact]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وهزت انفجارات عنيفة وسط المدينة مساء أمس.", "انفجارات"),
        ("وشهدت المدينة أمس اغتيالات طالت ثلاثة ضباط.", "اغتيالات"),
        ("ولقي شاب مصرعه برصاص مجهولين في السوق أمس.", "مصرعه"),
        ("وأصيب ثلاثة جنود بنيران قناصة قرب المعبر أمس.", "وأصيب"),
    ],
)
def test_plural_attack_nouns_and_victims_struck_by_fire_are_attacks(text: str, trigger: str, pipeline: Any) -> None:
    assert trigger in attack_triggers(text, pipeline)


@pytest.mark.parametrize(
    "text",
    [
        "وأصيب ثلاثة أشخاص بجروح في حادث سير على الطريق السريع أمس.",  # an accident
        "وأصيب طفل برصاصة طائشة خلال حفل زفاف أمس.",  # a stray bullet
    ],
)
def test_wounds_of_an_accident_or_a_stray_bullet_are_no_attack(text: str, pipeline: Any) -> None:
    assert attack_triggers(text, pipeline) == []


def test_an_accusation_of_a_recent_attack_leaves_it_asserted(pipeline: Any) -> None:
    text = "وتبادل الطرفان الاتهامات أمس بقصف الأحياء السكنية في المدينة."
    assert ("بقصف", "asserted") in told(text, pipeline, "ASSAULT")


def test_an_accusation_dated_long_before_right_before_the_attack_leaves_it_background(pipeline: Any) -> None:
    text = "وتبادل الطرفان الاتهامات في عام 2009 بقصف القرى الحدودية."
    assert ("بقصف", "reference") in told(text, pipeline, "ASSAULT")


def test_all_battles_are_no_battle_told(pipeline: Any) -> None:
    text = "وقال القائد إن قواته لن تستطيع الانتصار في كافة المعارك."
    assert ("المعارك", "reference") in told(text, pipeline, "ASSAULT")


def test_a_raid_on_a_target_is_an_air_attack(pipeline: Any) -> None:
    assert attack_triggers("وأغارت طائرات التحالف على مواقع المسلحين أمس.", pipeline) == ["وأغارت"]


def test_an_attack_joined_to_criticism_is_in_words(pipeline: Any) -> None:
    assert attack_triggers("وتعرض المدرب لهجوم وانتقاد بعد الخسارة الثقيلة.", pipeline) == []
