"""The merge pass of the time matcher: adjacent candidates that describe one time become one.

- a weekday and its written date ("الخميس 9 ديسمبر", "صباح الأحد 2 أغسطس"), a night and its day ("ليل السبت/ الأحد");
- a day and the part of day written alone beside it ("أمس ليلا", "مساء، أمس");
- a clock time and its day, either order ("الساعة التاسعة من صباح اليوم", "يوم الخميس في تمام العاشرة");
- a month or period and the year after it ("نهاية شهر يونيو من العام الجاري", "12 يناير من العام الماضي");
- lists: "الاثنين والثلاثاء" continues after the first day; "عامي 2205 و2197 قبل الميلاد" are both BC.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace

from marsad.times.rules import Found
from marsad.times.rules.base import NO_YEAR

log = logging.getLogger(__name__)

_NIGHT_PAIR = re.compile(r"\s*[/-]?\s*")
_OF_YEAR = re.compile(r"\s*(?:من\s+)?")
_LIST_GAP = re.compile(r"\s*[،,]?\s*و?\s*")
_DAY_ABS = re.compile(r"\s*\)?\s*[،,]?\s*\(?\s*(?:(?:ال)?موافق\s*(?:ل\s*)?)?")
_CLOCK_DAY = re.compile(r"\s*\)?\s*[،,]?\s*(?:من\s+)?(?:(?:هذا|هذه)\s+)?(?:يوم\s+)?")  # "(23,00 تغ) من السبت"
_DAY_CLOCK = re.compile(r"\s*[،,]?\s*(?:في\s+)?(?:تمام\s+)?")
_YEAR = re.compile(r"\d{4}")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_PART_GAP = re.compile(r"\s*[،,]?\s*")
_DAY_OR_UNKNOWN = re.compile(r"\d{4}-\d\d-\d\d|X{4}-XX-XX")


def merge(text: str, items: list[Found]) -> list[Found]:
    """``items`` (in text order, not overlapping) with adjacent pieces of one time merged."""
    try:
        items = chain(text, items)
    except Exception:  # the list stays as its items were read one by one
        log.warning("times: a list of times in %r could not be chained", text[:80], exc_info=True)
    out: list[Found] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None:
            gap = text[prev.end : item.start]
            try:
                merged = merge_pair(prev, item, gap)
            except Exception:  # the two stay two expressions
                log.warning("times: %r and %r not merged", text[prev.start : prev.end],
                            text[item.start : item.end], exc_info=True)
                merged = None
            if merged is not None and prev.grain == "clock" and ")" in gap:
                out[-1] = replace(merged, start=prev.start, end=prev.end)  # "(23,00 تغ) من السبت": the day's clock
                out.append(item)
                continue
            if merged is not None:
                out[-1] = merged
                continue
        out.append(item)
    return out


def chain(text: str, items: list[Found]) -> list[Found]:
    """Lists: "الاثنين والثلاثاء" continues after the first day; "عامي 2205 و2197 قبل الميلاد" are both BC."""
    out = list(items)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if not _LIST_GAP.fullmatch(text[a.end : b.start]):
            continue
        if b.value.startswith("BC") and _YEAR.fullmatch(a.value):
            out[i - 1] = replace(a, value="BC" + a.value)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if not (_LIST_GAP.fullmatch(text[a.end : b.start]) and (b.part or "").startswith("wd")):
            continue
        if a.grain != "day" or not _DAY.fullmatch(a.value):
            continue
        first = dt.date.fromisoformat(a.value)
        wd = int((b.part or "wd0")[2:])
        day = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 or 7)
        out[i] = replace(b, value=day.isoformat())
    return out


def merge_pair(a: Found, b: Found, gap: str) -> Found | None:
    """``a`` and ``b`` as one expression, or ``None`` when they are two."""
    if a.part == "NI" and b.grain == "day" and _NIGHT_PAIR.fullmatch(gap):
        return replace(a, end=b.end)  # ليل السبت/ الأحد: one night
    if (
        a.type == "DATE" and b.type == "DATE" and _YEAR.fullmatch(b.value)
        and a.value.startswith(b.value + "-") and _OF_YEAR.fullmatch(gap)
    ):
        return replace(a, end=b.end)  # نهاية شهر يونيو من العام الجاري
    if a.part == NO_YEAR and b.type == "DATE" and _YEAR.fullmatch(b.value) and not b.mod and _OF_YEAR.fullmatch(gap):
        return with_year(a, b)  # 12 يناير من العام الماضي
    if a.grain == "day" and b.grain == "absday" and _DAY_ABS.fullmatch(gap):
        return replace(b, start=a.start, end=b.end)
    if a.grain == "daytime" and b.grain == "absday" and _DAY_ABS.fullmatch(gap) and _DAY.fullmatch(b.value):
        return with_part(b, a.value.split("T", 1)[1], a.start, b.end, a.part)  # صباح الأحد 2 أغسطس
    if a.grain in ("day", "absday") and b.grain == "barepart" and _PART_GAP.fullmatch(gap) and _DAY.fullmatch(a.value):
        return with_part(a, b.value.rsplit("T", 1)[1], a.start, b.end, b.part)  # أمس ليلا
    if a.grain == "barepart" and b.grain in ("day", "absday") and _PART_GAP.fullmatch(gap) and _DAY.fullmatch(b.value):
        return with_part(b, a.value.rsplit("T", 1)[1], a.start, b.end, a.part)  # مساء، أمس (الاثنين)
    if a.grain == "clock" and b.grain in ("day", "absday", "daytime") and _CLOCK_DAY.fullmatch(gap):
        return with_clock(b, a, a.start, b.end)
    if a.grain in ("day", "absday", "daytime") and b.grain == "clock" and _DAY_CLOCK.fullmatch(gap):
        return with_clock(a, b, a.start, b.end)
    return None


def with_part(day: Found, part_value: str, start: int, end: int, part: str | None) -> Found:
    """A written date with the part of day named before it ("صباح 2 أغسطس" → ``2015-08-02TMO``)."""
    return Found(start, end, "TIME", f"{day.value}T{part_value}", None, day.calendar, "daytime", part)


def with_year(day: Found, year: Found) -> Found | None:
    """A day or month written without its year, given the year written after it."""
    if day.calendar == "hijri" or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", day.value):
        return None
    value = year.value + day.value[4:]
    if len(value) == 10:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return None
    return replace(day, value=value, end=year.end, part=None)


def with_clock(day: Found, clock: Found, start: int, end: int) -> Found:
    date_value = day.value.split("T")[0]
    # a clock already merged with a day reads "2021-12-09T10:00": its hour is after the T
    hh, mm = (int(x) for x in clock.value.rsplit("T", 1)[-1].split(":")[:2])
    if clock.part is None and day.part in ("AF", "EV") and hh < 12:
        hh += 12
    elif clock.part is None and day.part == "NI" and 6 <= hh < 12:
        hh += 12
    if not _DAY_OR_UNKNOWN.fullmatch(date_value):
        return replace(clock, start=start, end=end)
    return Found(start, end, "TIME", f"{date_value}T{hh:02d}:{mm:02d}", None, day.calendar, "clock")
