"""Attack words that tell no attack news (``marsad.events.figurative``): figures whose object is an idea or a
product, technical and imaginary attacks, sports moves, attacks said on air, attacks advised against, generic
and habitual attacks; and the real attacks these rules keep (an attack told through what it led to among them), on
constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, events


@pytest.mark.parametrize("text", [
    "قال الكاتب إن الروتين الإداري يقتل الإبداع في المؤسسات الصغيرة.",  # an idea killed
    "وتتميز المدينة بحدائق واسعة تخطف الأبصار طوال العام.",  # eyes snatched
    "ونفى المطرب اتهامه بخطف الألحان من زملائه.",  # tunes stolen
    "وشن الداعية هجوما ضاريا على العقيدة في محاضرته.",  # an attack on a creed
    "وحذر الخبير من الهجمات التقنية على أنظمة البنوك.",  # a technical attack
    "وانشغل الحزبان بمعارك وهمية طوال الموسم.",  # imaginary battles
    "وتعرض الممثل لهجمات بغيضة من جمهور منافسه.",  # a hateful attack in words
    "وسدد اللاعب قذيفة صاروخية سكنت المرمى في الشوط الثاني من المباراة.",  # a rocket shot
    "وهاجم الضيف الوزير السابق على الهواء في البرنامج.",  # said on air
])
def test_figures_are_no_attack(text: str, pipeline: Any) -> None:
    assert events(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "وأنصح الشباب أن يتجنبوا قتل الأبرياء مهما كانت الأسباب.",  # advice
    "وقد يحدث في الملاعب شغب، من اعتداء بالضرب على الحكام أو المشجعين.",  # what may happen
    "وللأسف فإن البعض شن هجوما على المصلين في مناسبات سابقة.",  # a generic doer
    "ويحدث هذا كما حصل لبعض من قاموا بتفجيرات في بلدان عدة.",  # those who did
    "وتقع في كثير من الأحيان اشتباكات بين الرعاة في الوادي.",  # a habit
    "ومثلما نرى اليوم شبانا في مقتبل العمر يفجرون أنفسهم في الأسواق.",  # what some people do, nowadays
])
def test_generic_and_background_attacks_are_not_news(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش شمال المدينة أمس.",
    "وقتل خمسة أشخاص إثر انفجار سيارة مفخخة في السوق.",  # harm before the sequel
    "وبعد اشتباكات عنيفة تمكنت القوات من قتل قائد المسلحين.",  # a sequel opening the sentence
    "أعلنت الشرطة اعتقال المشتبه بهم بعد هجوم على مركز أمني أمس.",  # dated yesterday
    "وهاجم مسلحون مقر الحزب في العاصمة وأضرموا فيه النار.",
    "وسيطرت القوات على مطار المدينة بعد معارك عنيفة مع المسلحين.",  # told through what it led to
    "وقال شهود إن المسلحين اقتحموا القرية وأخذوا يطلقون النار على السكان.",  # a past act as it went on
    "وتواصل قصف قوات النظام على المناطق ذاتها في المدينة.",
    "وقال المتحدث أمس إن مواجهات عنيفة تدور بين الحين والآخر في أطراف المدينة.",  # a report of the day
])
def test_real_attacks_stay_asserted(text: str, pipeline: Any) -> None:
    assert asserted(text, pipeline, "ASSAULT") != []
