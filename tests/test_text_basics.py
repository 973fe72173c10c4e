"""Normalization offset maps, sentence splitting and clitic segmentation."""

from __future__ import annotations

import pytest

from marsad.resources import default_resources
from marsad.text.normalize import fold, normalize
from marsad.text.sentences import split_clauses, split_sentences


def test_normalization_folds_letters_and_maps_back() -> None:
    text = "قالَ الأميركيُّ إنّ ١٢ مدرسةً ـ ﻻ"
    n = normalize(text)
    assert n.text == "قال الاميركي ان 12 مدرسه  لا"
    i = n.text.index("الاميركي")
    s, e = n.to_orig(i, i + len("الاميركي"))
    assert text[s:e] == "الأميركيُّ"
    j = n.text.rindex("لا")
    assert n.to_orig(j, j + 2) == (len(text) - 1, len(text))


@pytest.mark.parametrize(
    "raw, folded",
    [("إسرائيل", "اسرائيل"), ("مستشفى", "مستشفي"), ("\u200fنص\ufeff", "نص"), ("۱۹۹۸", "1998"), ("آذار", "اذار")],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_sentences_end_at_stops_and_lines_not_in_numbers_or_abbreviations() -> None:
    text = "ارتفع المؤشر 3.5 في المئة. وقال د. محمد إن ذلك جيد؟ نعم\nسطر جديد"
    got = [text[s.start : s.end] for s in split_sentences(text)]
    assert got == ["ارتفع المؤشر 3.5 في المئة.", "وقال د. محمد إن ذلك جيد؟", "نعم", "سطر جديد"]
    assert len(split_clauses("قال، ثم مضى")) == 2


@pytest.mark.parametrize(
    "word, parts",
    [
        ("موسكو", ["موسكو"]), ("بوتين", ["بوتين"]), ("لوكيانوف", ["لوكيانوف"]),
        ("وموسكو", ["و", "موسكو"]), ("لبايدن", ["ل", "بايدن"]), ("بالروس", ["ب", "ال", "روس"]),
        ("للرئيس", ["ل", "ل", "رئيس"]), ("وواشنطن", ["و", "واشنطن"]),
    ],
)
def test_clitic_segmentation_leaves_names_whole(word: str, parts: list[str]) -> None:
    tok = default_resources().tokenizer(word)[0]
    assert [word[s.start : s.end] for s in tok.segments] == parts


def test_tokens_are_spans_of_the_text() -> None:
    text = "نقلت وكالة «تاس» عن بوتين (2021) قوله: U.S. 3,5"
    for tok in default_resources().tokenizer(text):
        assert text[tok.start : tok.end]
        for seg in tok.segments:
            assert tok.start <= seg.start < seg.end <= tok.end


def test_fold_is_the_text_normalize_gives() -> None:
    # fold takes a shortcut (str.translate, no offset map); it must agree with normalize on every kind of input
    import random

    pieces = ["قال", "إنَّ", "الأُمَم", "مصطفى", "مدرسة", "ـــ", "\u200f", "\ufeff", "٢٠٢١", "۱۲", "ﻻ", "ﷲ", "ﺍﻟ", "abc",
              "Ä", "\u00ad", " ", "\n", "ٱلله", "ؤئ", "\u0670"]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert fold(text) == normalize(text).text, text
