"""Feasts at a fixed calendar day (عيد الفطر، عيد الأضحى، "العيد" alone): the nearest one to the anchor in
the tense of its clause, a given day of it ("ثاني أيام عيد الفطر"), its days as a month or a count of days.

A feast named only as the occasion of a greeting ("هنأهم بعيد الفطر", "تبادلوا التهاني بمناسبة عيد الفطر")
is no time: it tells what the greeting is for, not when anything happened.
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.times import calendar as cal
from marsad.times import settings as S
from marsad.times.rules.base import CL, ERA, OCCASION, PREP_WORDS, Context, Found, Pieces, Rule, rule, span

_NTH_DAY = ("اول", "ثاني", "ثالث", "رابع")


def rules(p: Pieces) -> list[Rule]:
    relmod = p.r("relmod")
    return [
        rule("holiday",
             rf"{CL}(?P<x>(?:(?P<nth>اول|ثاني|ثالث|رابع)\s+ايام\s+|(?P<days>ايام)\s+|(?P<yawm>يوم)\s+)?(?P<hol>{p.r('holiday')})"
             rf"(?:\s+(?P<rel>{relmod}))?(?:\s+ال(?P<count>{p.numw})(?!\w))?"
             rf"(?:\s+(?:ل?عام\s+)?(?P<y>\d{{4}})(?!\d){ERA})?)",
             holiday, p.words("holiday") | set(_NTH_DAY) | {"ايام", "يوم"}),
    ]


def _holiday_options(calendar: str, month: int, day: int, anchor: dt.date) -> list[dt.date]:
    """The holiday's dates in the year before, of and after the anchor."""
    if calendar == "hijri":
        h = cal.gregorian_to_hijri(anchor)
        if h is None:
            return []
        options = [cal.hijri_to_gregorian(h[0] + k, month, day) for k in (-1, 0, 1)]
    else:
        options = [cal.make_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    return [d for d in options if d is not None]


def _holiday_distance(spec: str, anchor: dt.date) -> int:
    """Days between ``anchor`` and the nearest date of the holiday ``spec`` (calendar:month-day)."""
    calendar, _, md = spec.partition(":")
    month, day = (int(x) for x in md.split("-"))
    return min((abs((d - anchor).days) for d in _holiday_options(calendar, month, day, anchor)), default=10**6)


def holiday(m: re.Match[str], ctx: Context) -> Found | None:
    spec = ctx.lex.kind("holiday").get(ctx.lex.key(m["hol"]))
    if spec is None:
        return None
    s, e = span(m)
    bare_feast = "|" in spec
    if m["days"] and not (m["count"] or bare_feast):
        s = m.start("hol")  # "أيام عيد الفطر": some days, and the feast named
    if bare_feast:  # "قبل العيد": the nearest of the feasts it may name, never "العيد الوطني" or "صلاة العيد"
        before, after = ctx.around(m.start(), m.end("hol"))  # the word before a proclitic (التبريكات بالعيد)
        if after in ctx.words.not_after or m["y"] or ctx.anchor is None:
            return None
        forms = {before, before[1:] if before[:1] in "وف" else before}  # "وقبل العيد"
        if not (m["nth"] or m["days"] or m["yawm"] or forms & (PREP_WORDS | ctx.words.feast_before)):
            return None
        spec = min(spec.split("|"), key=lambda one: _holiday_distance(one, ctx.anchor))  # type: ignore[arg-type]
    calendar, _, md = spec.partition(":")
    month, day = (int(x) for x in md.split("-"))
    rel = ctx.rel(m["rel"])
    hijri = calendar if calendar == "hijri" else None
    if m["y"]:
        year = int(m["y"])
        g = cal.hijri_to_gregorian(year, month, day) if calendar == "hijri" else cal.make_date(year, month, day)
        return Found(s, e, "DATE", cal.fmt_day(g), calendar=hijri, grain="absday") if g is not None else None
    if ctx.anchor is None:
        return Found(s, e, "DATE", "XXXX-XX-XX" if calendar == "hijri" else f"XXXX-{month:02d}-{day:02d}")
    anchor = ctx.anchor
    dates = _holiday_options(calendar, month, day, anchor)
    if rel == -1:
        dates = [d for d in dates if d < anchor]
    elif rel == 1 or (rel is None and ctx.year_tense(s, e) == "future"):
        just_past = [d for d in dates if 0 < (anchor - d).days <= S.JUST_PAST_DAYS] if rel is None else []
        # "ستقدم الجمعية عروضا خلال أيام العيد" crawled four days after the feast: written before it
        dates = just_past or ([d for d in dates if d >= anchor] if rel != 1 else [d for d in dates if d > anchor])
    if not dates:
        return None
    best = min(dates, key=lambda d: abs((d - anchor).days))
    if m["nth"]:  # "ثاني أيام عيد الفطر": the feast's second day
        best += dt.timedelta(days=_NTH_DAY.index(m["nth"]))
    if m["days"] and s < m.start("hol"):
        return _feast_days(m, ctx, s, e, best)
    return Found(s, e, "DATE", cal.fmt_day(best), calendar=hijri, grain="absday",
                 part=OCCASION if _occasion(m, ctx, s) else None)


def _feast_days(m: re.Match[str], ctx: Context, s: int, e: int, first: dt.date) -> Found:
    """"أيام العيد الثلاثة": a duration of that many days; "أيام العيد" alone: the month the feast falls in
    ("أيام عيد الفطر" is some days and the feast's day)."""
    if m["count"]:
        count = ctx.num(m["count"])
        return Found(s, e, "DURATION", cal.duration_value(count, "D"))
    return Found(s, e, "DATE", cal.fmt_month(first.year, first.month))


def _occasion(m: re.Match[str], ctx: Context, s: int) -> bool:
    """A feast named as the occasion of a greeting ("بمناسبة عيد الفطر", "هنأهم بعيد الفطر")."""
    return "ب" in ctx.text[m.start() : s] or bool(ctx.kind("occasion", ctx.around(s, s)[0]))
