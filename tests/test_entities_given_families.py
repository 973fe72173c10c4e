"""People read from a listed given name and the rare family name with the article after it."""

from __future__ import annotations

import itertools

import pytest

from marsad.document import Entity
from marsad.gazetteer import link_entities
from marsad.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def people(text: str, res: Resources) -> set[str]:
    """The people the gazetteers and rules read in ``text`` (no tagger); offsets checked."""
    found: list[Entity] = link_entities(text, res.tokenizer(text), res)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start, "entities overlap"
    return {text[e.start : e.end] for e in found if e.type == "PER"}


def test_a_given_name_before_a_rare_family_name_is_a_person(res: Resources) -> None:
    text = "وحضر الاجتماع وفهد الطريفي عضو اللجنة ومنصور البلوي رئيس النادي."
    assert {"فهد الطريفي", "منصور البلوي"} <= people(text, res)


def test_a_family_name_common_without_its_article_follows_a_given_name(res: Resources) -> None:
    assert "عبدالمحسن العبود" in people("وتبرع عبدالمحسن العبود بالتذاكر للجماهير.", res)


def test_ali_is_a_given_name_only_where_the_text_writes_the_alif_maqsura(res: Resources) -> None:
    assert "علي الطريفي" in people("وحصل علي الطريفي على العضوية في اللجنة.", res)
    assert not any("الطريفي" in p and p.startswith("علي") for p in people("يعتمد علي الطريفي كثيرا", res))


def test_the_lineage_before_the_pair_and_a_name_read_up_to_a_given_name_take_it_in(res: Resources) -> None:
    text = "وقال إبراهيم بن فهد المجدوعي إن الدعم كبير على الأرض، وأضاف إبراهيم بن علي المجدوعي أنه مستمر."
    found = people(text, res)
    assert {"إبراهيم بن فهد المجدوعي", "إبراهيم بن علي المجدوعي"} <= found


def test_common_nouns_after_a_given_name_that_is_a_word_are_no_family_names(res: Resources) -> None:
    text = "وأكد الوزير أن حسن الجوار مطلوب، وأن جمال الطبيعة ساحر، ثم بدأ فهد الغناء، وعملت لجان المقابلة."
    found = people(text, res)
    assert not any(p.endswith(("الجوار", "الطبيعة", "الغناء", "المقابلة")) for p in found)


def test_a_given_name_the_tagger_read_alone_takes_in_its_family_name(res: Resources) -> None:
    text = "وتبرع أمس عبدالمحسن العبود بالتذاكر."
    start = text.index("عبدالمحسن")
    found = link_entities(text, res.tokenizer(text), res, (Entity(start, start + len("عبدالمحسن"), "PER"),))
    assert {text[e.start : e.end] for e in found if e.type == "PER"} == {"عبدالمحسن العبود"}


def test_a_description_with_the_article_before_a_tagged_person_is_no_part_of_the_name(res: Resources) -> None:
    text = "وتقول الممثلة ليندا كارتر إن التصوير انتهى، وتقول المزارعة ماري سميث إن الموسم جيد."
    tagged = tuple(Entity(text.index(n), text.index(n) + len(n), "PER")
                   for n in ("الممثلة ليندا كارتر", "المزارعة ماري سميث"))
    found = link_entities(text, res.tokenizer(text), res, tagged)
    assert {text[e.start : e.end] for e in found if e.type == "PER"} == {"ليندا كارتر", "ماري سميث"}


def test_former_arab_rulers_are_known_people(res: Resources) -> None:
    text = "وقارن الكاتب بين ما جرى مع القذافي في ليبيا وما جرى مع عمر البشير وعلي عبدالله صالح."
    found = {text[e.start : e.end]: e for e in link_entities(text, res.tokenizer(text), res)}
    assert found["القذافي"].country == "LBY" and found["عمر البشير"].country == "SDN"
    assert found["علي عبدالله صالح"].type == "PER"


def test_a_word_of_possession_after_a_tagged_name_is_no_part_of_it(res: Resources) -> None:
    text = "وكان كوستاس ذو الخمسين عاما قد وصل."
    start = text.index("كوستاس")
    found = link_entities(text, res.tokenizer(text), res, (Entity(start, start + len("كوستاس ذو"), "PER"),))
    assert [text[e.start : e.end] for e in found if e.type == "PER"] == ["كوستاس"]


def test_a_given_name_that_is_a_common_word_needs_a_rare_family_name(res: Resources) -> None:
    found = people("وأكد الطرفان حسن النوايا وحسن التدبير، ثم تحدث حسن الحميداني.", res)
    assert found == {"حسن الحميداني"}


def test_a_given_name_before_the_pair_belongs_to_the_person(res: Resources) -> None:
    text = "وحضر ومحمد علي الشهراني المتحدث السابق على المنصة."
    start = text.index("محمد")
    tagged = (Entity(start, start + len("محمد"), "PER"),)
    found = link_entities(text, res.tokenizer(text), res, tagged)
    assert [text[e.start : e.end] for e in found if e.type == "PER"] == ["محمد علي الشهراني"]


def test_a_family_name_read_alone_takes_the_given_name_before_it(res: Resources) -> None:
    # the tagger's reading of the family name alone, given to the linker as a person
    text = "وبيّن المدير التنفيذي مساعد الشمراني أن التسجيل بدأ."
    start = text.index("الشمراني")
    tagged = [Entity(start, start + len("الشمراني"), "PER")]
    found = {text[e.start : e.end] for e in link_entities(text, res.tokenizer(text), res, tagged) if e.type == "PER"}
    assert "مساعد الشمراني" in found


def test_saleh_is_a_given_name_and_a_surname_but_lisalih_is_in_favour_of(res: Resources) -> None:
    text = ("وصل الوفد إلى صنعاء للقاء الرئيس السابق علي عبد الله صالح، وقال المتحدث إن أنصار صالح وافقوا، "
            "وصوت المجلس لصالح المبادرة. واستقبلهم مدير عام الموانئ، صالح الدوسري.")
    found = people(text, res)
    assert {"علي عبد الله صالح", "صالح الدوسري"} <= found
    spans = [(e.start, text[e.start : e.end]) for e in link_entities(text, res.tokenizer(text), res)]
    assert (text.index("أنصار صالح") + len("أنصار "), "صالح") in spans
    assert not any(start == text.index("لصالح") + 1 for start, _ in spans)


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الطبيب سامي أبو طالب للصحفيين إن الحالة مستقرة.", "سامي أبو طالب"),
    ("وحضر اللقاء ناصر بن طالب عضو المجلس.", "ناصر بن طالب"),
])
def test_a_word_after_abu_or_bin_stays_in_the_name_even_when_it_is_a_verb(res: Resources, text: str,
                                                                           name: str) -> None:
    start = text.index(name)
    tagged = [Entity(start, start + len(name), "PER")]
    found = link_entities(text, res.tokenizer(text), res, tagged)
    assert name in {text[e.start : e.end] for e in found if e.type == "PER"}


def test_a_surname_that_folds_to_a_preposition_makes_no_person_of_the_preposition(res: Resources) -> None:
    text = "وقال الرئيس السابق زين العابدين بن علي إن الأمن مستقر. وشدد الوزير على أهمية الحدود، وعلى الجميع التعاون."
    name = "زين العابدين بن علي"
    start = text.index(name)
    found = link_entities(text, res.tokenizer(text), res, [Entity(start, start + len(name), "PER")])
    persons = [text[e.start : e.end] for e in found if e.type == "PER"]
    assert name in persons and "على" not in persons


def _tagged_people(text: str, names: tuple[str, ...], res: Resources) -> set[str]:
    """The people read in ``text`` when the tagger read each of ``names`` (first occurrence) as a person."""
    tagged = tuple(Entity(text.index(n), text.index(n) + len(n), "PER") for n in names)
    found = link_entities(text, res.tokenizer(text), res, tagged)
    assert all(found[n].end <= found[n + 1].start for n in range(len(found) - 1)), "entities overlap"
    return {text[e.start : e.end] for e in found if e.type == "PER"}


def test_a_listed_surname_that_is_a_common_noun_ends_a_lone_given_name(res: Resources) -> None:
    text = "وانتخبت الجمعية العمومية ماجد عيد في مجلس الإدارة، وتولى الملف خالد خميس بنفسه."
    assert {"ماجد عيد", "خالد خميس"} <= _tagged_people(text, ("ماجد", "خالد"), res)


def test_a_listed_surname_before_a_word_that_cannot_go_on_a_name_is_taken_in(res: Resources) -> None:
    text = "ويولي رئيس النادي ماجد عيد اهتمامه بالفريق الأول."
    assert "ماجد عيد" in _tagged_people(text, ("ماجد",), res)


def test_a_weekday_after_a_given_name_is_a_surname_only_before_a_title(res: Resources) -> None:
    text = "وحضر اللقاء وماجد الخميس عضو مجلس الإدارة."
    assert "ماجد الخميس" in _tagged_people(text, ("ماجد",), res)
    assert "ماجد" in _tagged_people("ووصل ماجد الخميس إلى المدينة.", ("ماجد",), res)


def test_a_common_noun_governing_a_definite_word_is_no_surname(res: Resources) -> None:
    assert "ماجد" in _tagged_people("وهنأ ماجد عيد الفطر جميع الموظفين.", ("ماجد",), res)


def test_a_verb_or_a_new_line_after_a_given_name_is_no_surname(res: Resources) -> None:
    assert "خالد" in _tagged_people("وقد أكد أن خالد بات قريبا من التوقيع.", ("خالد",), res)
    assert "خالد" in _tagged_people("تعاقد النادي مع خالد\n\nعيد الفطر المبارك", ("خالد",), res)
