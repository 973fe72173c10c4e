"""A day and month written in figures without a year ("قبل 30/ 10"، "بتاريخ 16/10"): after a word that takes a
date, the date nearest the publication that they name, in the Gregorian or the Hijri calendar (Saudi news
writes both: "بتاريخ 16/10" in Shawwal 1436 is 16 Shawwal, "منذ يوم 24/ 7" in August 2015 is 24 July); none
when no such date is within :data:`S.WEEKDAY_DATE_DAYS` of it. A weekday before them is read by
:mod:`~marsad.times.rules.days` ("الأربعاء 28/9")."""

from __future__ import annotations

import datetime as dt
import re

from marsad.times import calendar as cal
from marsad.times import settings as S
from marsad.times.rules.base import Context, Found, Pieces, Rule, rule

_DATE_WORDS = frozenset({"قبل", "حتي", "بعد", "يوم", "تاريخ", "منذ", "الموافق", "لغايه"})


def rules(p: Pieces) -> list[Rule]:
    del p  # no lexicon pieces: figures and a slash
    return [rule("daymonth", r"(?<![\w/.-])(?P<x>(?P<dd>\d{1,2})\s*/\s*(?P<mm>\d{1,2}))(?![\d/]|\.\d|\s*/|\s*\d)",
                 daymonth, {"#"})]


_ERA_AFTER = re.compile(  # "١٥/٩ من العام الميلادي", "16/10هـ"
    r"\s*(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+)?(?:(?P<g>الميلادي|ميلادي|ميلاديا|م)|الهجري|هجري|هجريا|ه)(?!\w)")
_EVERY_YEAR = re.compile(r"[^.،,؛\n]{0,30}?(?<!\w)كل\s+(?:عام|سنه)(?!\w)")
_WORD_BEFORE = re.compile(r"(?<!\w)[وف]?[بل]?(?P<w>\w+)\s*$")


def daymonth(m: re.Match[str], ctx: Context) -> Found | None:
    before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    if before is None or before["w"] not in _DATE_WORDS or ctx.anchor is None:
        return None
    if _EVERY_YEAR.match(ctx.text, m.end()):
        return None  # "من ١٥/٦ وحتى ١٥/٩ من كل عام": every year
    era = _ERA_AFTER.match(ctx.text, m.end())
    calendar = None if era is None else ("gregorian" if era["g"] else "hijri")
    day = nearest_day_month(int(m["dd"]), int(m["mm"]), ctx.anchor, calendar)
    if day is None:
        return None
    return Found(m.start("x"), m.end("x"), "DATE", day[0].isoformat(), calendar=day[1], grain="absday")


def nearest_day_month(
    day: int, month: int, anchor: dt.date, calendar: str | None = None
) -> tuple[dt.date, str | None] | None:
    """The date nearest ``anchor`` on which day/month falls, Gregorian or Hijri (or only in ``calendar``), with
    its calendar."""
    options: list[tuple[dt.date, str | None]] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1) if calendar != "hijri" else ():
        g = cal.make_date(year, month, day)
        if g is not None:
            options.append((g, None))
    h = cal.gregorian_to_hijri(anchor) if calendar != "gregorian" else None
    for year in (h[0] - 1, h[0], h[0] + 1) if h is not None else ():
        g = cal.hijri_to_gregorian(year, month, day)
        if g is not None:
            options.append((g, "hijri"))
    near = [o for o in options if abs((o[0] - anchor).days) <= S.WEEKDAY_DATE_DAYS]
    return min(near, key=lambda o: abs((o[0] - anchor).days)) if near else None
