"""Targets named by a pronoun, resolved to the party before the trigger that agrees with it, and actor phrases
that end before the title of another party, on constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, coded, target_text
from marsad.events.lexicon import object_stems


@pytest.mark.parametrize(("text", "kind", "target"), [
    # ها: a country named before, the pronoun of a preposition after the trigger
    ("أعلنت سوريا رفض الاتفاق. وفرض الاتحاد الأوروبي عقوبات عليها أمس.", "SANCTION", "سوريا"),
    # ها: a feminine body, past the trigger's definite adjectives
    ("رفضت الحكومة اليمنية الشروط. وجدد الاتحاد الأوروبي العقوبات المالية المفروضة عليها أمس.", "SANCTION",
     "الحكومة اليمنية"),
    # هما: two coordinated parties, the second by its counterpart
    ("وصل وزير الخارجية المصري ونظيره الأردني إلى الرياض أمس. والتقى الملك سلمان معهما في قصره.", "CONSULT",
     "وزير الخارجية المصري ونظيره الأردني"),
    # هم: a plural; the weapon a shooting needs is no target
    ("تجمع المتظاهرون أمام البرلمان، وأطلقت الشرطة النار عليهم.", "ASSAULT", "المتظاهرون"),
])
def test_a_pronoun_names_the_party_before_that_agrees_with_it(text: str, kind: str, target: str,
                                                              pipeline: Any) -> None:
    assert target_text(text, pipeline, kind) == target


@pytest.mark.parametrize(("text", "kind"), [
    # a city after في is where, no party
    ("اجتمع الوزراء في جنيف أمس. وفرض الاتحاد الأوروبي عقوبات جديدة عليها.", "SANCTION"),
    # the pronoun of another verb after the trigger's object
    ("دمرت الطائرات في غارتين معسكرا تسيطر عليه القوات.", "ASSAULT"),
])
def test_a_pronoun_no_party_agrees_with_names_no_target(text: str, kind: str, pipeline: Any) -> None:
    for ev in asserted(text, pipeline, kind):
        assert ev.target is None or ev.target.text not in ("جنيف", "القوات"), (text, ev.target)


def test_a_preposition_with_its_pronoun_is_no_noun_phrase(pipeline: Any) -> None:
    for ev in asserted("والتقى رئيس الوزراء معهم في مكتبه أمس.", pipeline, "CONSULT"):
        assert ev.target is None or ev.target.text != "معهم"


def test_a_title_before_a_name_of_another_country_is_that_name_s(pipeline: Any) -> None:
    ev = asserted("استقبل الرئيس الفرنسي الملك عبدالله الثاني في باريس أمس.", pipeline, "CONSULT")[0]
    assert ev.actor is not None and ev.actor.text == "الرئيس الفرنسي"
    assert ev.target is not None and "عبدالله الثاني" in ev.target.text


def test_a_definite_title_is_no_genitive_of_the_next(pipeline: Any) -> None:
    ev = asserted("التقى الأمير الوزير الأردني في الرياض أمس.", pipeline, "CONSULT")[0]
    assert ev.target is not None and ev.target.text == "الوزير الأردني"


def test_a_title_of_the_same_country_stays_with_its_name(pipeline: Any) -> None:
    ev = asserted("استقبل ولي العهد السعودي الأمير محمد بن سلمان الوزير الأردني أمس.", pipeline, "CONSULT")[0]
    assert ev.actor is not None and "محمد بن سلمان" in ev.actor.text
    assert ev.target is not None and ev.target.text == "الوزير الأردني"


@pytest.mark.parametrize(("text", "kind", "actor", "target"), [
    # a verb of a row that lists no form with a pronoun, its subject after it; the pronoun's party before
    ("حاصر المسلحون المدينة، وهاجمتهم طائرات التحالف فجرا.", "ASSAULT", "التحالف", "المسلحون"),  # a body alone
    ("تجمع المحتجون أمام الوزارة، فاعتقلتهم الشرطة.", "COERCE", "الشرطة", "المحتجون"),
])
def test_a_verb_with_its_object_pronoun_is_a_trigger(text: str, kind: str, actor: str, target: str,
                                                     pipeline: Any) -> None:
    found = asserted(text, pipeline, kind)
    assert found and found[0].actor is not None and found[0].actor.text == actor
    assert target_text(text, pipeline, kind) == target


def test_the_subject_right_after_a_verb_with_its_object_pronoun_is_its_actor(pipeline: Any) -> None:
    found = asserted("وصل وزير الخارجية الأمريكي إلى الرياض، واستقبله الملك سلمان في قصره.", pipeline, "CONSULT")
    assert found and found[0].actor is not None and "سلمان" in found[0].actor.text


@pytest.mark.parametrize("text", [
    "تحدث اللاعب عن رحلته إلى أوروبا.",  # a noun in ة with its pronoun (رحلته), not رحلت + ه
    "ووصفت الوزارة تعاونها مع الشركة بالمثمر.",  # a verbal noun of a verb that takes no object
])
def test_a_noun_with_its_pronoun_is_no_verb_trigger(text: str, pipeline: Any) -> None:
    assert not coded(text, pipeline)[1]


def test_a_broken_plural_with_its_pronoun_is_no_verb() -> None:
    assert object_stems("قذائفهم") == ()  # their shells, no verb قذائف + هم
    assert "اتهمت" in object_stems("واتهمتهم")
