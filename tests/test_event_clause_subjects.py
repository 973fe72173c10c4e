"""The subject of a verb told in a clause opened by a complementizer (قال الوزير إن القوات قصفت) acts, not the one
who speaks; and the masculine pronoun of a verb in a relative clause opened by الذي names the party the relative is
of. Constructed sentences through the whole pipeline."""

from __future__ import annotations

from typing import Any

from event_helpers import asserted as _events  # the whole pipeline, asserted events, spans checked


def test_the_subject_of_a_reported_clause_acts_not_its_speaker(pipeline: Any) -> None:
    text = "وأضاف المتحدث باسم الوزارة أن الوحدات الأمنية حاصرت المنزل واعتقلت خمسة مسلحين."
    ev = _events(text, pipeline, "COERCE")[0]
    assert ev.actor is not None and ev.actor.text == "الوحدات الأمنية"


def test_a_subject_that_names_no_one_leaves_the_actor_unknown(pipeline: Any) -> None:
    for ev in _events("قال المحافظ إن الطائرات قصفت السوق الشعبي أمس.", pipeline, "ASSAULT"):
        assert ev.actor is None or ev.actor.text != "المحافظ"


def test_a_verb_of_harm_without_object_is_read_as_passive(pipeline: Any) -> None:
    ev = _events("وأوضحت الشرطة أن السائق اعتقل الخميس في المدينة.", pipeline, "COERCE")[0]
    assert ev.actor is not None and ev.actor.text == "الشرطة"


def test_the_subject_after_a_complementizer_outside_a_quote_acts(pipeline: Any) -> None:
    ev = _events("ويرى الخبراء أن المستثمرين يطالبون الحكومة بضمانات جديدة.", pipeline, "REQUEST")[0]
    assert ev.actor is not None and ev.actor.text == "المستثمرين"


def test_the_masculine_pronoun_in_a_relative_clause_names_what_the_relative_is_of(pipeline: Any) -> None:
    text = "أصدر حزب العدالة والتنمية الذي تتهمه الحكومة بالتحريض بيانا أمس."
    ev = _events(text, pipeline, "ACCUSE")[0]
    assert ev.target is not None and ev.target.text == "حزب العدالة والتنمية"


def test_the_masculine_pronoun_without_a_relative_stays_unresolved(pipeline: Any) -> None:
    for ev in _events("وصل السفير إلى العاصمة أمس، ثم اتهمه الوزير بالكذب.", pipeline, "ACCUSE"):
        assert ev.target is None or ev.target.text != "السفير"


def test_a_pronoun_after_the_complementizer_is_the_speaker_who_acts(pipeline: Any) -> None:
    text = "وقالت حركة حماس إنها أطلقت صواريخ على عسقلان أمس."
    ev = _events(text, pipeline, "ASSAULT")[0]
    assert ev.actor is not None and ev.actor.text == "حركة حماس"
    text = "وقال وزير الخارجية الفرنسي لوران فابيوس إنه التقى نظيره الإيراني أمس."
    ev = _events(text, pipeline, "CONSULT")[0]
    assert ev.actor is not None and ev.actor.text == "لوران فابيوس"
    assert ev.target is not None and "الإيراني" in ev.target.text


def test_the_party_after_a_verb_told_by_the_speaker_s_pronoun_is_its_object(pipeline: Any) -> None:
    ev = _events("وأعلن الجيش أنه قصف مواقع المسلحين في المدينة.", pipeline, "ASSAULT")[0]
    assert ev.actor is None or ev.actor.text != "المسلحين"
    assert ev.target is not None and "المسلحين" in ev.target.text


def test_a_time_word_between_a_call_and_its_caller_leaves_the_caller_found(pipeline: Any) -> None:
    text = "تلقى الرئيس المصري اتصالا هاتفيا اليوم من جلالة الملك عبدالله الثاني بن الحسين."
    ev = _events(text, pipeline, "CONSULT")[0]
    assert ev.target is not None and ev.target.text.startswith("جلالة الملك") and "عبدالله" in ev.target.text
    assert ev.target.country == "JOR"


def test_past_a_time_only_a_preposition_right_after_it_opens_a_target(pipeline: Any) -> None:
    text = "زار الوزير المعرض مساء يوم السبت واطلع على أجنحته."
    for ev in _events(text, pipeline, "CONSULT"):
        assert ev.target is None or ev.target.text != "أجنحته"


def test_a_martyr_s_verb_after_the_pronoun_is_no_act_of_the_speaker(pipeline: Any) -> None:
    text = "وأصدرت الوزارة بيانا أمس، موضحة أنه استشهد ثلاثة جنود في الكمين."
    for ev in _events(text, pipeline, "ASSAULT"):
        assert ev.actor is None or "الوزارة" not in ev.actor.text, ev.actor
