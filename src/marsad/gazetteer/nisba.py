"""Nisba adjectives (الروسي, الأمريكية, السعوديون ...): all forms generated from a base.

A base is the masculine singular without the article (روسي). Its regular forms are the feminine
(ة), sound plurals (ون/ين, ات), duals (ان/ين, تان/تين), each with and without ال. A two-word base
(كوري جنوبي) is inflected word by word (الكورية الجنوبية). Irregular plurals (الروس, الأتراك) and
fixed forms come from the lexicon's ``extra`` column. Forms are normalized like the documents
(taa marbuta → ه, alef forms → ا).
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.text.normalize import fold

SUFFIXES = ("", "ه", "ون", "ين", "ات", "ان", "تان", "تين")


def nisba_forms(base: str, flags: str = "", extra: Iterable[str] = ()) -> set[str]:
    """Every normalized written form of the nisba ``base`` (see module doc); ``flags`` as in nisba.tsv."""
    flagset = {f.strip() for f in flags.split(",") if f.strip() and f.strip() != "-"}
    words = fold(base).split()
    forms: set[str] = set()
    if "fixed" in flagset:
        forms.add(" ".join(words))
    else:
        for suffix in SUFFIXES:
            inflected = [w + suffix for w in words]
            forms.add(" ".join("ال" + w for w in inflected))
            if suffix or "article" not in flagset:
                forms.add(" ".join(inflected))
    for form in extra:
        f = fold(form.strip())
        if not f:
            continue
        forms.add(f)
        if " " not in f and not f.startswith("ال"):
            forms.add("ال" + f)
    return forms
