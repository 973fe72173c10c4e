"""A moment placed inside a named time: "في وقت سابق من هذا الشهر", "في وقت مبكر أمس", "في وقت متأخر من مساء
أمس" are one expression with the named time's value; early and late moments take the mod ``START`` and ``END``
(TIMEX3), earlier and later ones none, and only with من ("وقت سابق من هذا الشهر" → 2015-07; "في وقت سابق هذا
الشهر" stays two expressions).

The moment words are the ``withinmoment`` rows of ``times_relative.tsv`` (value: the mod, ``-`` for none).

A relative year restated in figures right after it ("العام الماضي 2014م", "هذا العام 2015") is one expression too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from marsad.times.lexicon import alt
from marsad.times.rules import Found

__all__ = ["moments_within", "year_restated"]

_YEAR = re.compile(r"\d{4}")
_SPACE = re.compile(r"\s*")
_NAMED = re.compile(r"\d{4}(?:-(?:\d\d|W\d\d)(?:-\d\d)?)?(?:T\w+)?")  # a year, month, week or day (and its part)


@lru_cache(maxsize=4)
def _moment_before(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)[وف]?(?:في\s+)?(?P<m>وقت\s+(?P<w>{alt(words)}))\s*[،,]?\s*(?P<of>من\s+)?$")


def moments_within(text: str, items: list[Found], words: Mapping[str, str]) -> list[Found]:
    """``items`` with each moment word before a named time joined to it (the moment's own reading dropped)."""
    if not words:
        return items
    before = _moment_before(tuple(sorted(words)))
    out: list[Found] = []
    for f in items:
        m = before.search(text, max(0, f.start - 40), f.start) if f.type in ("DATE", "TIME") else None
        if m is None or not _NAMED.fullmatch(f.value) or f.mod is not None:
            out.append(f)
            continue
        mod = words.get(m["w"], "-")
        if mod == "-" and not m["of"]:  # "في وقت سابق هذا الشهر": two expressions
            out.append(f)
            continue
        while out and out[-1].end > m.start("m"):
            out.pop()  # "وقت سابق" read alone as PAST_REF
        out.append(replace(f, start=m.start("m"), mod=None if mod == "-" else mod))
    return out


def year_restated(text: str, items: list[Found]) -> list[Found]:
    """``items`` with a year written in figures right after a relative year of the same value joined to it."""
    out: list[Found] = []
    for f in items:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.type == f.type == "DATE" and prev.value == f.value and _YEAR.fullmatch(f.value)
            and prev.mod is None and f.mod is None and not _YEAR.search(text, prev.start, prev.end)
            and _SPACE.fullmatch(text, prev.end, f.start)
        ):
            out[-1] = replace(prev, end=f.end)
            continue
        out.append(f)
    return out
