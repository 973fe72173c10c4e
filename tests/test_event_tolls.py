"""One attack told again by its toll: mentions without actor told with the same count of victims merge, the
manner one of them tells kept; other counts, other days, named actors and two manners stay apart. Constructed
sentences, read by hand and through the whole pipeline."""

from __future__ import annotations

from typing import Any

from event_helpers import asserted
from marsad.document import Actor, Event, Span
from marsad.events.merge import merge_duplicates, toll

TEXT = ("مقتل 9 بتفجير في سوق البلدة. وقالت الشرطة إن 9 أشخاص قتلوا صباح أمس، "
        "وأفاد مسعفون بوقوع تفجيرين أوقعا 9 قتلى.")


def _attack(word: str, mode: str | None = None, target: str | None = None, time: str | None = None,
            actor: str | None = None, text: str = TEXT) -> Event:
    at = text.index(word)
    victim = Actor(target, None, None, Span(text.index(target), text.index(target) + len(target))) if target else None
    return Event("ASSAULT", Span(at, at + len(word)), Actor(actor) if actor else None, victim, "183", -10.0, time,
                 mode)


def test_the_toll_is_a_count_beside_the_trigger_or_in_the_victim() -> None:
    assert toll(_attack("مقتل"), TEXT) == "9"  # مقتل 9
    assert toll(_attack("قتلوا"), TEXT) == "9"  # 9 أشخاص قتلوا
    assert toll(_attack("تفجيرين", "explosives", "9 قتلى"), TEXT) == "9"
    text = "وفي عام 2014 قتل رجل في حادث."
    assert toll(_attack("قتل", text=text), text) is None  # a year is no count
    text = "أعلن الجيش مقتل 2 من المهاجمين."
    assert toll(_attack("مقتل", text=text), text) is None  # a small count is no key
    text = "أفادت الشرطة بمقتل 8 من المسلحين و8 من المارة في اشتباكات."
    assert toll(_attack("بمقتل", target="8 من المسلحين", text=text), text) is None  # two groups of one count


def test_mentions_of_one_toll_are_one_attack_with_its_manner() -> None:
    merged = merge_duplicates([_attack("مقتل", target="سوق البلدة"), _attack("قتلوا", target="الشرطة"),
                               _attack("تفجيرين", "explosives", "9 قتلى")], TEXT)
    assert len(merged) == 1
    assert merged[0].trigger.start == 0 and merged[0].mode == "explosives"


def test_other_counts_days_actors_and_manners_stay_apart() -> None:
    text = "مقتل 4 جنود في كمين بالجبل. ومقتل 6 مدنيين في قصف على القرية."
    assert len(merge_duplicates([_attack("مقتل 4", target="4 جنود", text=text),
                                 _attack("ومقتل", target="6 مدنيين", text=text)], text)) == 2
    days = [_attack("مقتل", time="2015-07-20"), _attack("قتلوا", time="2015-07-18")]
    assert len(merge_duplicates(days, TEXT)) == 2
    named = [_attack("مقتل", actor="الجيش", target="سوق البلدة"), _attack("قتلوا", actor="المسلحون", target="الشرطة")]
    assert len(merge_duplicates(named, TEXT)) == 2
    manners = [_attack("مقتل", "firearms", "سوق البلدة"), _attack("تفجيرين", "explosives", "9 قتلى")]
    assert len(merge_duplicates(manners, TEXT)) == 2


def test_a_bombing_told_by_its_toll_and_by_its_bombs_is_one_event(pipeline: Any) -> None:
    text = ("مقتل 11 في انفجارين بمدينة الشمال\n"
            "قتل 11 شخصا على الأقل اليوم الاثنين في انفجارين قرب مسجد في مدينة الشمال. "
            "وأكد مسؤول في الشرطة أن \"11 شخصا لقوا حتفهم\". وقال شاهد إنه سمع دوي تفجيرين أوقعا 11 قتيلا.")
    assert len(asserted(text, pipeline, "ASSAULT")) == 1
