"""The spellings of foreign clubs the press uses are the club, with its country (gazetteer only)."""

from __future__ import annotations

import pytest

from marsad.resources import Resources
from test_heads import ents  # gazetteers and rules alone, spans checked


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


@pytest.mark.parametrize("name", ["فنربغشه", "بشيكتاش"])
def test_the_spellings_of_turkish_clubs_are_the_club(res: Resources, name: str) -> None:
    text = f"وانتقل المهاجم إلى {name} بعقد لثلاثة مواسم."
    found = ents(text, res)
    assert (found[name].type, found[name].country) == ("ORG", "TUR")
