"""Attack mentions told as no attack that happened, and the ones still told as news, on constructed sentences
through the whole pipeline: a single battle told as a campaign or a cause, the markers of intent, threat and
accident by their inflections (listed as ``v:``/``n:`` words), a habit, the relatives of the dead, a trial told
by an inflected noun and a recollection."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, events


@pytest.mark.parametrize("text", [
    "وقال الوزير إن المعركة ضد الفساد طويلة وتحتاج إلى صبر كبير.",  # a campaign
    "ومعركة الأسماء بين الفريقين قديمة ومعروفة.",  # a contest of words
    "وقلد القائد الضباط نوط المعركة تقديرا لجهودهم.",  # a medal
    "وأكد الكاتب أن علينا أن نخوض هذه المعركة بأدوات جديدة.",  # a cause
])
def test_a_battle_told_as_a_campaign_is_no_attack(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "ودارت معركة بين الجيش والمسلحين قرب الحدود أمس.",  # raging
    "وخاض الجنود أمس معركة ضارية مع المتمردين.",  # fierce
    "وقتل عشرة مسلحين في معركة قرب المطار أمس.",  # its dead
    "واشتدت أمس معركة تعز بين القوات والمتمردين.",  # at a place
    "وقال المرصد إن المعركة الجارية قرب الحدود مستمرة منذ الصباح.",  # going on
])
def test_a_battle_fought_is_an_attack(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وأوضحت الشرطة أن الموقوفين خططا لتنفيذ تفجيرات قرب مقرات أمنية.",  # a plan, by two
    "وقالت الشرطة إن أفراد الخلية يخططون لشن هجمات على مراكز التسوق.",  # a plan, imperfect
    "وأعلنت القوات أنها أحبطوا هجوما على نقطة تفتيش حدودية.",  # a foiled attack
])
def test_intent_by_an_inflected_marker_is_hypothetical(text: str, pipeline: Any) -> None:
    found = events(text, pipeline, "ASSAULT")
    assert found and all(e.factuality != "asserted" for e in found)


@pytest.mark.parametrize("text", [
    "وقتل ثلاثة عمال عندما انهار المبنى الذي كانوا يعملون فيه.",  # a collapse
    "وقتل راكبان عندما اصطدمت حافلتهم بشاحنة على الطريق السريع.",  # a collision
])
def test_a_death_in_an_accident_told_by_its_verb_is_no_attack(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


def test_a_habit_is_no_news(pipeline: Any) -> None:
    text = "وغالبا ما تشهد المدن الحدودية في الجنوب، خاصة في الصيف، اشتباكات بين القبائل."
    found = events(text, pipeline, "ASSAULT")
    assert found and all(e.factuality == "reference" for e in found)


def test_the_children_of_the_dead_tell_no_killing(pipeline: Any) -> None:
    text = "وقال زعيم الحزب في حفل لتكريم أبناء وبنات قتلى من مقاتليه إن الدعم مستمر."
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "واستؤنفت أمس محاكمتهم في تفجير السوق الشعبي.",  # a trial, with a pronoun
    "واستحضرت الناجيات تفاصيل هجوم المسلحين على قراهن.",  # a recollection
])
def test_a_trial_or_a_recollection_is_background(text: str, pipeline: Any) -> None:
    found = events(text, pipeline, "ASSAULT")
    assert found and all(e.factuality == "reference" for e in found)


def test_a_plural_negation_is_no_attack(pipeline: Any) -> None:
    text = "وقال الخبير إن معظم ألعاب الفيديو ليست معارك بل وسائل للتسلية."
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "وقال الناقد إن البيروقراطية تقتل الإبداع في المؤسسات الحكومية.",  # killing creativity
    "وتصد هذه البرامج الهجمات التقنية على أجهزة المستخدمين.",  # a technical attack
    "وحذر الكاتب من أن تفجير الأزمة بين الحزبين لن يفيد أحدا.",  # a crisis set off
    "وسجل اللاعب الهدف الثاني بقذيفة قوية من خارج منطقة الجزاء في الشوط الأول.",  # a shot in a match
    "وانسحب الضيف من البرنامج على الهواء مباشرة حينما هاجم مقدمه زميلا له.",  # words on air
])
def test_metaphors_and_matches_are_no_attack(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "وأصيب ثلاثة جنود إثر قيام مسلحين بإطلاق النيران على دوريتهم أمس.",  # fire, plural
    "وقال الشهود إن الشرطة أطلقت أعيرة نارية على المشتبه به أمس.",  # rounds
    "ودان المفتي الاعتداء على المصلين بقنابل الصوت والرصاص المطاط أمس.",  # an assault by arms
    "وقصفت طائرات حربية أمس مواقع لجبهة النصرة قرب حلب.",  # a front's positions, no metaphor
])
def test_shooting_and_armed_assaults_are_attacks(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وقال الشاهد إن الرجل حاول قتله بعد خلاف بينهما.",  # an attempt
    "ونصح الشيخ الشباب بأن يتجنبوا قتل الأبرياء في كل مكان.",  # advice to avoid
])
def test_an_attempt_or_an_advice_is_no_attack_done(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "وكانت الميليشيات قد سيطرت على البلدة في بداية الحرب قبل أن تنسحب إثر معارك ضارية مع السكان.",  # past perfect
    "ويتعرض الحراس في كثير من الأحيان لإطلاق نار من الصيادين المخالفين.",  # a habit
])
def test_past_perfect_and_habits_are_background(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "ودانت الحكومة جريمة حرق مستوطنين متطرفين لمنزل عائلة فلسطينية فجر أمس.",  # arson of a home
    "وأضرم مسلحون مجهولون النار في مسجد القرية أمس.",  # set on fire
])
def test_arson_by_attackers_is_an_attack(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وقامت البلدية بحرق النفايات في المكب الجديد أمس.",  # waste
    "وأحرق المتظاهرون العلم أمام السفارة أمس.",  # a flag
])
def test_burning_that_is_no_arson_attack(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "وكان مدير الدفاع المدني قد تلقى بلاغا بسماع دوي انفجار في السوق المركزي.",  # a report in the past perfect
    "وقالت المصادر إن قياديا في الجماعة حاول الهرب من المعارك في مدينة تعز.",  # an attempt at fleeing, not at the fight
])
def test_attacks_told_through_a_report_or_a_flight_stay_news(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وتنامى دور القوة في مواجهة الفئة الضالة وما تمارسه من قتل وخطف واعتداء على المنشآت العامة.",
    "وحكم النظام البلاد بالقهر والإذلال والاختطاف والسجن والقتل طوال عقود.",
])
def test_a_list_of_abuses_is_no_attack_told(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


def test_two_deeds_of_one_attack_stay_news(pipeline: Any) -> None:
    assert asserted("وقتل مسلحون ثلاثة جنود وخطفوا رابعا قرب الحدود أمس.", pipeline, "ASSAULT")
