"""A day, month or season of every year: "يوم 25 يناير من كل عام"، "تنتهي بنهاية شهر يونيو من كل عام"، "في فصل الصيف
من كل عام" name no one year, so their year is unknown in TIMEX3 (`XXXX-01-25`, `XXXX-06`, `XXXX-SU`), as the blind
annotators mark them. The first end of a range or list before such a time shares it ("ما بين 15 يونيو إلى نهاية 15
سبتمبر من كل عام" → `XXXX-06-15`, `XXXX-09-15`). A time whose year is written ("12 ديسمبر 2015م من كل سنة"), a day
word (ذات اليوم من كل عام), a relative one (يونيو الماضي) and a Hijri one (its Gregorian month moves every year) keep
their value. A weekday or a list of weekdays before "من كل أسبوع" ("يومي الخميس والجمعة من كل أسبوع") is one SET with
it (`P1W`), no dated day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.times.rules import Found

__all__ = ["every_week", "every_year"]

_EVERY_YEAR = re.compile(r"\s*[،,]?\s*(?:من\s+)?كل\s+(?:عام|سنه)(?!\w)")
_GAP = re.compile(r"\s*[،,]?\s*(?:و\s*|(?:الي|حتي|وحتي|او)\s+|[-–]\s*)(?:(?:يوم|غايه|نهايه)\s+)?")
_YEARLESS = re.compile(r"\d{4}(?P<rest>-\d\d(?:-\d\d)?|-(?:SP|SU|FA|WI))")
_WRITTEN_YEAR = re.compile(r"\d{4}|\d{2}(?!\d)\s*[/.-]\s*\d|(?:الماضي|المقبل|القادم|الجاري|الحالي|المنصرم|الفائت)")


_WEEKDAY = re.compile(r"(?:يوم\s+)?ال(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)")
_OF_EVERY_WEEK = re.compile(r"\s*من\s+")
_DAYS_WORD = re.compile(r"(?:يومي|ايام|يوم)\s+$")


def _weekday(text: str, f: Found) -> bool:
    return f.type == "DATE" and f.grain == "day" and _WEEKDAY.fullmatch(text, f.start, f.end) is not None


def every_week(text: str, items: list[Found]) -> list[Found]:
    """``items`` with a weekday or a list of weekdays before "من كل أسبوع" joined to that set."""
    out = list(items)
    i = len(out)
    while i > 1:
        i -= 1
        f = out[i]
        if f.type != "SET" or f.value != "P1W" or not text.startswith("كل", f.start):
            continue
        if not (_weekday(text, out[i - 1]) and _OF_EVERY_WEEK.fullmatch(text, out[i - 1].end, f.start)):
            continue
        j = i - 1
        while j > 0 and _weekday(text, out[j - 1]) and _GAP.fullmatch(text, out[j - 1].end, out[j].start):
            j -= 1
        days = _DAYS_WORD.search(text, max(0, out[j].start - 6), out[j].start)
        out[j : i + 1] = [replace(f, start=days.start() if days else out[j].start)]
        i = j
    return out


def _yearless(text: str, f: Found) -> re.Match[str] | None:
    """The value of ``f`` when it is a day, month or season whose year was not written, else ``None``."""
    if f.type != "DATE" or f.calendar is not None or f.grain == "day":
        return None
    if _WRITTEN_YEAR.search(text, f.start, f.end):
        return None
    return _YEARLESS.fullmatch(f.value)


def every_year(text: str, items: list[Found]) -> list[Found]:
    """``items`` (normalized offsets into ``text``) with the days, months and seasons of every year made yearless."""
    out = list(items)
    for i in range(len(out) - 1, -1, -1):
        f = out[i]
        own = _yearless(text, f)
        if own is None or not _EVERY_YEAR.match(text, f.end):
            continue
        out[i] = replace(f, value="XXXX" + own["rest"])
        j = i
        while j > 0 and _GAP.fullmatch(text, out[j - 1].end, out[j].start):
            first = _yearless(text, out[j - 1])
            if first is None:
                break
            out[j - 1] = replace(out[j - 1], value="XXXX" + first["rest"])
            j -= 1
    return out
