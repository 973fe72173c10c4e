"""A later definite mention of an event already told, with no party of its own, is that event, not a second
one; an indefinite noun and fighting tell events of their own. Constructed sentences, whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted
from marsad.events.anaphora import definite_core


@pytest.mark.parametrize(("word", "core"), [
    ("الغارة", "الغارة"), ("والقصف", "القصف"), ("بالهجوم", "الهجوم"), ("للتفجيرات", "التفجيرات"),
    ("فالانفجار", "الانفجار"), ("غارة", None), ("بمقتل", None), ("لهجوم", None), ("الي", None),
])
def test_definite_core(word: str, core: str | None) -> None:
    assert definite_core(word) == core


@pytest.mark.parametrize("text", [
    # the strike told, then its definite noun: one strike
    "شنت طائرات التحالف غارة على مخزن للذخيرة قرب المطار. وقال شاهد إن الغارة أحدثت حفرة كبيرة.",
    "قصف الجيش مواقع المسلحين في الوادي صباح اليوم. وأوضح مصدر محلي أن القصف استمر ساعة.",
])
def test_a_definite_mention_is_the_event_told_before(text: str, pipeline: Any) -> None:
    assert len(asserted(text, pipeline, "ASSAULT")) == 1


def test_an_indefinite_noun_may_tell_another_event(pipeline: Any) -> None:
    text = ("قصف الجيش مواقع المسلحين في الوادي صباح اليوم. وفي حادث منفصل، قتل ثلاثة أشخاص في انفجار عبوة "
            "ناسفة قرب السوق.")
    assert len(asserted(text, pipeline, "ASSAULT")) == 2


def test_fighting_is_told_apart_from_the_strike(pipeline: Any) -> None:
    text = ("قصفت طائرات التحالف مخازن السلاح في المدينة أمس. وجاء القصف بينما استمرت الاشتباكات في الأحياء "
            "الشرقية.")
    found = asserted(text, pipeline, "ASSAULT")
    words = {text[e.trigger.start:e.trigger.end] for e in found}
    assert "الاشتباكات" in words and "القصف" not in words
