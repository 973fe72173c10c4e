"""A club named by a common word (الشباب "the youth") is no club where a neighbouring word reads the word in its own
sense (``club_senses.tsv``); in sport news it is still the club."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _orgs(pipeline: Pipeline, text: str) -> list[str]:
    doc = pipeline(Document(text=text))
    return [text[e.start : e.end] for e in doc.layer("entities") if e.type == "ORG"]


def test_the_club_in_sport_news_stays_a_club(pipeline: Pipeline) -> None:
    assert "الشباب" in _orgs(pipeline, "فاز فريق الشباب على الهلال في مباراة الدوري أمس بهدفين.")
    assert "الشباب" in _orgs(pipeline, "تعادل الشباب والنصر في الدوري.")
    assert "الشباب" in _orgs(pipeline, "انتقل لاعب وسط الشباب إلى نادٍ آخر قبل انطلاق الدوري.")


@pytest.mark.parametrize("text", [
    "شارك في المباراة عدد من اللاعبين الشباب في الدوري الممتاز.",
    "تحدث مدرب المنتخب عن بطولة درجة الشباب في الدوري.",
    "قال وزير الشباب إن هؤلاء الشباب سيلعبون في الدوري الممتاز.",
    "أقيمت مباراة ودية ضمن برنامج يجمع الشباب والناشئين في الدوري المحلي.",
    "يشارك المنتخب في كأس العالم للشباب في الصيف.",
])
def test_a_neighbour_in_the_words_own_sense_makes_no_club(pipeline: Pipeline, text: str) -> None:
    assert not any("شباب" in o for o in _orgs(pipeline, text))


@pytest.mark.parametrize("text", [
    "أعلن مدرب المنتخب قائمة اللاعبين لمباراة الدوري المقبلة. وفي خبر آخر أطلقت الجمعية الخيرية برنامجا جديدا لتوعية"
    " الشباب بمخاطر التدخين في الأحياء.",
    "فاز المنتخب في مباراة الدوري أمس بهدفين. وعلى صعيد آخر يقضي كثير من الشباب إجازتهم الصيفية في المدن الساحلية.",
])
def test_the_youth_far_from_any_word_of_the_club_is_no_club(pipeline: Pipeline, text: str) -> None:
    assert "الشباب" not in _orgs(pipeline, text)


@pytest.mark.parametrize("text", [
    "أنهت إدارة الشباب أمس التعاقد مع المهاجم الجديد قبل مباراة الدوري.",
    "يستعد الشباب والهلال لمباراة الدوري يوم الجمعة.",
    "قال مدرب المنتخب إن \"الشباب\" سيخسر الكثير إذا غاب عنه. وأضاف أن الدوري طويل.",
    "وسيخوض الشباب وديتين في معسكره قبل انطلاق الدوري.",
])
def test_the_club_near_a_word_of_the_club_stays_a_club(pipeline: Pipeline, text: str) -> None:
    assert "الشباب" in _orgs(pipeline, text)


def _countries(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipeline(Document(text=text))
    return {text[e.start : e.end]: e.country for e in doc.layer("entities") if e.type == "ORG"}


def test_a_club_name_several_countries_bear_carries_no_country(pipeline: Pipeline) -> None:
    got = _countries(pipeline, "فاز فريق الشباب على الفيصلي في مباراة الدوري أمس، وتعادل الهلال مع النصر.")
    assert got.get("الشباب", "absent") is None
    assert got.get("الفيصلي", "absent") is None
    assert got.get("الهلال") == "SAU"


def test_the_name_with_its_nationality_is_the_one_club(pipeline: Pipeline) -> None:
    got = _countries(pipeline, "فاز الشباب السعودي على ضيفه في مباراة الدوري أمس.")
    assert got.get("الشباب") == "SAU"  # the span may leave the nationality word out; the club is the Saudi one


@pytest.mark.parametrize(("text", "name", "country"), [
    ("قال مسؤول إن مقاتلين من حركة «الشباب» هاجموا قاعدة للجيش في الصومال.", "الشباب", "SOM"),
    ('وأعلنت حركة "الشباب" مسؤوليتها عن الهجوم بعد مباراة الدوري.', "الشباب", "SOM"),
])
def test_a_quoted_name_after_its_head_is_the_body_head_and_name_make(pipeline: Pipeline, text: str, name: str,
                                                                     country: str) -> None:
    assert _countries(pipeline, text).get(name) == country


def test_a_quoted_common_word_without_a_head_names_nothing(pipeline: Pipeline) -> None:
    assert "الشباب" not in _countries(pipeline, 'وقال إن "الشباب" يحتاجون إلى فرص عمل في المدن.')
