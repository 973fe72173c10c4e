"""A title's definite complement that no list knows ("مدير عام الموانئ", "المخرج الكويتي القدير") before a name."""

from __future__ import annotations

import pytest

from marsad.document import Entity
from marsad.gazetteer import link_entities
from marsad.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def people(text: str, res: Resources) -> dict[str, Entity]:
    """The people the gazetteers and rules read in ``text`` (no tagger)."""
    return {text[e.start : e.end]: e for e in link_entities(text, res.tokenizer(text), res) if e.type == "PER"}


def test_a_name_after_a_title_and_its_complement_is_a_person(res: Resources) -> None:
    found = people("واستقبل الوفد مدير عام الموانئ، فيصل الزهراني، في مكتبه.", res)
    assert "فيصل الزهراني" in found
    assert found["فيصل الزهراني"].role == "المدير العام"


def test_an_adjective_after_the_nisba_keeps_the_country(res: Resources) -> None:
    found = people("وأشاد المخرج الكويتي القدير عادل بوسطة الذي حضر العرض.", res)
    assert found["عادل بوسطة"].country == "KWT"


def test_a_clause_after_the_complement_is_no_name(res: Resources) -> None:
    assert not people("ألقي القبض على زعيم الدواعش أوقفت السلطات السودانية المدعو.", res)
