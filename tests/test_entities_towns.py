"""Places named by the noun of a village, town or district before them, where no list knows them."""

from __future__ import annotations

import itertools

import pytest

from marsad.document import Entity
from marsad.gazetteer import link_entities
from marsad.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def places(text: str, res: Resources) -> dict[str, str | None]:
    """The places the gazetteers and rules read in ``text`` (no tagger), with their countries; offsets checked."""
    found: list[Entity] = link_entities(text, res.tokenizer(text), res)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start, "entities overlap"
    return {text[e.start : e.end]: e.country for e in found if e.type == "LOC"}


def test_an_unknown_name_after_a_village_or_district_noun_is_a_place(res: Resources) -> None:
    text = "نزح مئات السكان من بلدة كفرنبودة إلى قرية الحويجز بعد القصف، وسقطت قذيفة في ناحية زمبورة."
    found = places(text, res)
    assert {"كفرنبودة", "الحويجز", "زمبورة"} <= set(found)
    assert found["كفرنبودة"] is None  # a village's name says nothing of its country


def test_a_listed_city_after_its_noun_keeps_its_country(res: Resources) -> None:
    assert places("افتتح المحافظ المشروع الجديد بمدينة الخفجي أمس.", res).get("الخفجي") == "SAU"


def test_adjectives_verbs_and_any_town_are_no_places(res: Resources) -> None:
    for text in ("قصفت المدافع قرية تسيطر عليها القوات منذ أسابيع.",
                 "في كل مدينة يزورها يلتقي الأهالي.",
                 "تحتاج الشركات إلى الوضوح من ناحية القوانين والأنظمة.",
                 "سكن الرجل في بلدة صغيرة هادئة.",
                 "هذا بيان من وحي الخيال."):
        assert not places(text, res), text


def test_town_nouns_are_read_from_their_lexicon(res: Resources) -> None:
    from marsad.gazetteer.places import load_town_nouns

    towns = load_town_nouns(res)
    assert {"قريه", "بلده", "مدينه", "ناحيه", "حي"} <= towns.nouns  # folded, as tokens are compared
    assert towns.villages < towns.nouns and "مدينه" not in towns.villages
    assert {"كل", "اي"} <= towns.any_town and not towns.any_town & towns.nouns


def test_a_club_named_after_its_city_after_the_city_noun_is_the_city(res: Resources) -> None:
    text = "وتوجه لاعبو الفريق إلى مدينة ميلان لإقامة المعسكر، وسيلعب الفريق مع ميلان وديا."
    found = link_entities(text, res.tokenizer(text), res)
    city = next(e for e in found if text[e.start : e.end] == "ميلان")
    club = [e for e in found if text[e.start : e.end] == "ميلان" and e is not city]
    assert city.type == "LOC" and city.country == "ITA" and city.id is None
    assert club and club[0].type == "ORG"  # elsewhere in the sport news it is the club


def test_a_club_named_like_a_district_after_its_noun_is_a_district_of_no_known_country(res: Resources) -> None:
    text = "وتدرب لاعبو الفريق قبل المباراة، وسكن المدرب في حي النصر القريب من الملعب."
    found = link_entities(text, res.tokenizer(text), res)
    district = next(e for e in found if text[e.start : e.end] == "النصر")
    assert district.type == "LOC" and district.country is None
