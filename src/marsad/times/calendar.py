"""Calendar arithmetic and TIMEX3 value formatting.

All functions return ``None`` instead of raising for impossible input (32 December, 30 February,
Hijri dates outside the Umm al-Qura table, years beyond 9999), so that no value is ever invented.

Conventions (documented here once):
- A Hijri *day* converts to its Gregorian day (Umm al-Qura, via ``hijridate``).
- A Hijri *month* has no single Gregorian month; its value is the Gregorian month in which the
  Hijri month's 15th day falls (its 3rd with a START modifier, its 27th with END). A Hijri *year*
  is the Gregorian year in which its 7th month begins (the Gregorian year holding most of it);
  years before the Umm al-Qura table (1343 AH) use the arithmetic approximation.
- Without an anchor (unknown publication date), relative expressions get underspecified TIMEX3
  values with ``X`` placeholders: ``XXXX-XX-XX`` (a day), ``XXXX-WXX`` (a week), ``XXXX-XX`` (a
  month), ``XXXX`` (a year), ``XXXX-WXX-4`` (a Thursday), ``XXX`` (a decade), ``XX`` (a century).
"""

from __future__ import annotations

import datetime as dt
import logging

log = logging.getLogger(__name__)

UNDERSPECIFIED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        from hijridate import Hijri

        g = Hijri(year, month, day).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError, ImportError):
        return None


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    try:
        from hijridate import Gregorian

        h = Gregorian(day.year, day.month, day.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError, ImportError):
        return None


def fmt_day(day: dt.date) -> str:
    return day.isoformat()


def fmt_week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


def shift(anchor: dt.date | None, unit: str, delta: int) -> str | None:
    """The TIMEX3 value of the ``unit`` period ``delta`` periods from ``anchor``."""
    if anchor is None:
        return UNDERSPECIFIED.get(unit)
    try:
        if unit == "D":
            return fmt_day(anchor + dt.timedelta(days=delta))
        if unit == "W":
            return fmt_week(anchor + dt.timedelta(weeks=delta))
        if unit == "M":
            return fmt_month(*add_months(anchor.year, anchor.month, delta))
        if unit == "Y":
            year = anchor.year + delta
            return f"{year:04d}" if 0 < year <= 9999 else None
        if unit == "DE":
            return f"{anchor.year // 10 + delta:03d}"
        if unit == "CE":
            return f"{anchor.year // 100 + delta:02d}"
    except (OverflowError, ValueError):
        return None
    return None


def weekday_date(anchor: dt.date, isoweekday: int, direction: int) -> dt.date:
    """The weekday nearest ``anchor`` in ``direction``.

    -1: the last such day on or before the anchor; -2: strictly before; 1: strictly after;
    3: the next such day on or after the anchor; 0: the nearest such day (either side, ties to the past).
    """
    diff = (anchor.isoweekday() - isoweekday) % 7  # days back to the last such day (0 = today)
    if direction == -1:
        return anchor - dt.timedelta(days=diff)
    if direction == -2:
        return anchor - dt.timedelta(days=diff or 7)
    ahead = (isoweekday - anchor.isoweekday()) % 7
    if direction == 3:
        return anchor + dt.timedelta(days=ahead)
    if direction == 1:
        return anchor + dt.timedelta(days=ahead or 7)
    return anchor - dt.timedelta(days=diff) if diff <= ahead else anchor + dt.timedelta(days=ahead)


def hijri_month_value(year: int, month: int, mod: str | None = None) -> str | None:
    """The Gregorian month of a Hijri month: where its 15th falls (its 3rd for START, 27th for END)."""
    day = {"START": 3, "END": 27}.get(mod or "", 15)
    g = hijri_to_gregorian(year, month, day)
    return fmt_month(g.year, g.month) if g else None


def hijri_year_value(year: int) -> str | None:
    g = hijri_to_gregorian(year, 7, 1)
    return f"{g.year:04d}" if g else None


_SEASONS = ("SP", "SU", "FA", "WI")  # in the order of one year; winter is the one that starts in its December


def season_value(anchor: dt.date, code: str, rel: int) -> str:
    """This (0), the next (1) or the last (-1) season ``code`` from ``anchor``: 2015-SU, 2015-WI.

    Winter is written with the year of its December (TIMEX3 convention): "الشتاء المقبل" in August
    2015 is ``2015-WI``, "الشتاء الماضي" in August 2015 is ``2014-WI``.
    """
    index = (anchor.month - 3) % 12 // 3  # Mar-May 0 (SP), Jun-Aug 1 (SU), Sep-Nov 2 (FA), Dec-Feb 3 (WI)
    year = anchor.year - (1 if anchor.month <= 2 else 0)
    target = _SEASONS.index(code)
    if rel == 0:
        steps = target - index
    elif rel > 0:
        steps = (target - index) % 4 or 4
    else:
        steps = -((index - target) % 4 or 4)
    total = year * 4 + index + steps
    return f"{total // 4:04d}-{_SEASONS[total % 4]}"


def hijri_year_approx(year: int) -> str | None:
    """A Hijri year outside the Umm al-Qura table (before 1343): the arithmetic Gregorian year."""
    g = round(622 + (year - 0.5) * 354.367 / 365.2425)
    return f"{g:04d}" if 0 < year and 0 < g <= 9999 else None


_SMALLER = {"Y": ("M", 12), "DE": ("Y", 10), "CE": ("Y", 100), "M": ("D", 30), "D": ("H", 24)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT2H, PT30M, PXD (unknown count); a fraction is written in the smaller
    unit where it comes out whole (سنة ونصف → P18M, يوم ونصف → PT36H), else as a decimal (P1.5W)."""
    if n is not None and n != int(n) and unit in _SMALLER and (n * _SMALLER[unit][1]) == int(n * _SMALLER[unit][1]):
        smaller, factor = _SMALLER[unit]
        return duration_value(n * factor, smaller)
    if n is None:
        count = "X"
    elif unit == "H" and n != int(n):
        minutes = round(n * 60)
        hours, minutes = divmod(minutes, 60)
        return f"PT{hours}H{minutes}M" if hours else f"PT{minutes}M"
    else:
        count = str(int(n)) if n == int(n) else f"{n:g}"
    if unit in ("S", "MIN", "H"):
        return f"PT{count}{'M' if unit == 'MIN' else unit}"
    return f"P{count}{unit}"
