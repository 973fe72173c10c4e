"""Calendar dates: written dates (9 ديسمبر 2021, 12/5/2021), months with or without a year and days of
the current month (15 الشهر الجاري); the rules of years are in :mod:`~marsad.times.rules.years`.

A bare month name or Hijri month is in the anchor's year, moved a year back (past) or forward
(future clause, المقبل) when the month is on the other side of the anchor. Impossible dates (32
ديسمبر, 30 شباط, years beyond 9999, Hijri dates outside the Umm al-Qura table) give no expression.
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.times import calendar as cal
from marsad.times import settings as S
from marsad.times.rules.base import (
    CL,
    ERA,
    NO_YEAR,
    PREP,
    PREP_WORDS,
    REJECT,
    WORD,
    Context,
    Found,
    Pieces,
    Rule,
    is_hijri_era,
    rule,
    span,
    told_in_past,
    year_for_month,
)
from marsad.times.rules.pastverb import verb_before_in
from marsad.times.rules.years import year, year_pair

_DATE_TAIL = re.compile(r"\d\s*[/-]\s*$")  # "10/ 1436" after "4/": the end of a full date
_HONORIFIC = r"(?:المبارك|الكريم|الفضيل|الحرام|المعظم)"  # "رمضان المبارك من عام 1433هـ": the month of that year
_YEAR_NOUNS = {"عام", "العام", "سنه", "السنه", "عامي", "سنتي", "عامين", "العامين", "السنتين", "السنوات", "الاعوام"}
# "عام .2014": a sentence's full stop set before the year it ends (a right-to-left typing slip); the dot
# goes with the year noun only when four digits follow it and no digit or dot after them
_STRAY_DOT = r"(?:\.(?=\d{4}(?![\d.])))?"
_DAY_SEP = r"(?:و|،|,|-|–|(?:و\s*)?(?:الي|حتي)(?!\w))"  # a list or a range of days: 3 و4، من 10 إلى 15
_WORD_AFTER_YEAR_OK = re.compile(r"(?:و|ف|الي|حتي|في|من|عندما|حين|عن|علي|ثم|بعد|قبل)(?!\w)|و")


def rules(p: Pieces) -> list[Rule]:
    month, dayord = p.month, p.dayord
    relmod, mod = p.r("relmod"), p.r("mod")
    dashed = rf"\s*[-–]\s*(?P<mon2>{month})(?!\w)"  # "كانون الأول - ديسمبر": the same month in two names
    month2 = rf"(?P<mon>{month})(?:\s*(?:\(\s*{month}\s*\)|/\s*{month}|{month})|{dashed})?"
    gloss = rf"(?:\s*(?:\(\s*{month}\s*\)|/\s*{month}))?"  # "25 ديسمبر (كانون الأول) 2013": the month's other name
    mods = p.words("mod")
    dayords = {"#"} | p.numbers("dayord")
    return [
        rule("absdate",
             rf"{CL}(?P<x>(?:(?:ال)?(?P<d>\d{{1,2}})|(?P<od>{dayord})(?P<od2>\s+و\s*{dayord})?)\s*(?:من\s+)?(?:شهر\s+)?"
             rf"{month2}"
             rf"(?:\s*(?:\s{_HONORIFIC})?\s*[,،]?\s*(?:من\s+)?(?:(?:لل|ل|ال)?(?:عام|سنه)\s*(?:الهجري\s*|الميلادي\s*)?)?(?P<y>\d{{4,5}})"
             rf"(?!\d))?{ERA}(?:\s+(?P<rel>{relmod}))?)", absdate, dayords | {"ال#"}),
        rule("numdate",
             rf"(?<![\w/.-])(?P<x>(?P<a>\d{{1,4}})\s*(?P<s>[/-])\s*(?P<b>\d{{1,2}})\s*(?P=s)\s*(?P<c>\d{{1,4}}){ERA})"
             r"(?![\d/-])", numdate, {"#"}),
        rule("hijri_month_num",
             rf"(?<![\w/.-])(?P<x>(?:(?P<y>1[34]\d\d)\s*/\s*(?P<m>\d{{1,2}})|(?P<m2>\d{{1,2}})\s*/\s*(?P<y2>1[34]\d\d))"
             rf"{ERA})(?![\d/-])", hijri_month_num, {"#"}),
        rule("year_pair",
             rf"(?<![\w/.-])(?P<x>(?P<y1>(?:19|20|13|14)\d\d)\s*[/\-–]\s*(?P<y2>(?:19|20|13|14)\d\d)(?![\d/-]){ERA})",
             year_pair, {"#"}),
        rule("monthyear",
             rf"{CL}(?P<x>(?:(?P<mod>{mod})\s+(?:من\s+)?)?(?:شهر\s+)?{month2}(?:\s+{_HONORIFIC})?"
             rf"\s*[,،]?\s*(?:من\s+)?(?:(?:لل|ل|ال)?(?:عام|سنه)\s*{_STRAY_DOT})?(?P<y>\d{{4,5}})(?!\d){ERA})",
             monthyear, mods | {"شهر"} | set(p.lex.months)),
        rule("monthalone",
             rf"{CL}(?:(?P<prep>{PREP}|من|الي)\s+)?(?P<x>(?:(?P<mod>{mod})\s+)?(?P<shahr>شهر\s+)?{month2}"
             rf"(?:\s+(?P<hon>المبارك|الكريم|الفضيل|الحرام))?(?:\s+(?P<rel>{relmod}))?)", monthalone,
             set(PREP_WORDS) | mods | {"شهر", "من", "الي"} | set(p.lex.months)),
        rule("year",
             rf"{CL}(?:(?P<prep>{PREP}|من|الي|حتي|بين)\s+)?(?P<x>(?:(?P<mod>{mod})\s+(?:من\s+)?"
             rf"(?:(?:ال)?(?:عام|سنه)\s*{_STRAY_DOT})?|(?P<noun>عام|العام|سنه|السنه|للعام|عامين|عامي|سنتي|العامين|السنتين|السنوات|الاعوام)\s*{_STRAY_DOT})?"
             rf"(?P<y>\d{{3,5}})(?!\d){ERA}(?P<bc>\s+(?:قبل\s+الميلاد|ق\.\s*م)(?!\w))?)", year,
             set(PREP_WORDS) | mods | _YEAR_NOUNS | {"#", "من", "الي", "حتي", "بين"}),
        rule("day_list",
             rf"{CL}(?:(?:يومي|ايام)\s+)?(?P<x>(?:ال)?(?P<d>\d{{1,2}}))(?=\s*{_DAY_SEP}\s*(?:\d{{1,2}}\s*(?:و|،|,)\s*)*"
             rf"(?:ال)?\d{{1,2}}\s+(?:من\s+)?(?:شهر\s+)?(?P<mon>{month}){gloss}"
             rf"(?:\s*[,،]?\s*(?:من\s+)?(?:(?:لل|ل|ال)?(?:عام|سنه)\s*)?(?P<y>\d{{4}})(?!\d))?(?:\s+(?P<rel>{relmod}))?)",
             day_list, {"#", "ال#", "يومي", "ايام"}),
        rule("month_list",
             rf"{CL}(?:(?P<prep>{PREP})\s+)?(?P<x>(?P<dual>شهري\s+)?(?P<mon>{month}))(?=\s*[،,]?\s*(?:او|و|[-–])\s*(?:شهر\s+)?{month}"
             rf"(?:\s+(?P<rel>{relmod})|\s*[,،]?\s*(?:من\s+)?(?:عام\s*|العام\s*)?(?P<y>\d{{4}})(?!\d)"
             rf"|(?P<of>\s+من\s+(?:(?:هذا|هذه)\s+)?(?:ال)?(?:عام|سنه)(?:\s+(?P<rel2>{relmod}))?(?!\w)))?)",
             month_list, set(PREP_WORDS) | set(p.lex.months) | {"شهري"}),
        rule("day_of_month",
             rf"{CL}(?P<x>(?:(?:ال\s*)?(?P<d>\d{{1,2}})|(?P<od>{dayord}))\s+(?:من\s+)?(?:(?P<this>{p.r('this')})\s+)?"
             rf"الشهر(?:\s+(?P<rel>{relmod}))?(?!\w))", day_of_month, dayords | {"ال#"}),
    ]


def _is_name(m: re.Match[str], ctx: Context, s: int, e: int) -> bool:
    """"شارع 14 يوليو", "ثورة 25 يناير": a day and month without a year inside a name."""
    before, _ = ctx.around(s, e)
    if before in ctx.words.name_before or before[1:] in ctx.words.name_before:
        return True
    return f"{m['d']} {ctx.lex.key(m['mon'])}" in ctx.words.name_dates


def _year_of(ctx: Context, anchor: dt.date, calendar: str, month: int, rel: int | None, s: int, e: int) -> int | None:
    """The year of a day and month written without one (in the calendar they are written in)."""
    if calendar != "hijri":
        year = year_for_month(month, rel, ctx.year_tense(s, e), anchor)
        ahead = rel is None and month > anchor.month and year == anchor.year
        return year - 1 if ahead and told_in_past(ctx, s) else year  # "وأسقطت الملاحقات في 9 ديسمبر": the last one
    h = cal.gregorian_to_hijri(anchor)
    if h is None:
        return None
    year = h[0]
    if rel == -1 and month > h[1]:
        year -= 1
    elif rel == 1 and month < h[1]:
        year += 1
    return year


def _two_months(m: re.Match[str], ctx: Context) -> bool:
    """Two months joined by a dash that are not one Gregorian month in two names: a range ("يناير - مارس"),
    or a score ("صفر-صفر")."""
    first = ctx.lex.month(m["mon"])
    return bool(m["mon2"]) and (ctx.lex.month(m["mon2"]) != first or first is None or first[0] == "hijri")


def _a_score(m: re.Match[str], ctx: Context, s: int) -> bool:
    """A day of a month that is also a number (``scoremonth`` rows: صفر) with no year, relative word or "شهر": a
    score ("فاز على ضيفه 1 صفر"، "بنتيجة 3 صفر"), unless a preposition of time or a word that takes a date
    (``datebefore`` rows) or a weekday comes before the number ("في 1 صفر"، "يوم 12 صفر"، "الأحد 9 صفر")."""
    if not ctx.kind("scoremonth", m["mon"]) or "شهر" in m["x"].split():
        return False
    before = ctx.around(s, s)[0]
    bare = before[1:] if before[:1] in "وفبل" and len(before) > 3 else before
    return not any(
        w in PREP_WORDS or ctx.kind("datebefore", w) or ctx.lex.weekday(w) is not None for w in (before, bare)
    )


def absdate(m: re.Match[str], ctx: Context) -> Found | None:
    found = ctx.lex.month(m["mon"])
    if found is None or _two_months(m, ctx):
        return None
    calendar, month = found
    day = int(m["d"]) if m["d"] else ctx.lex.numbers[ctx.lex.key(m["od"])][0]
    s, e = span(m)
    if m["od"] and ctx.around(s, s)[0] in ctx.words.not_day_before:
        return None  # "الأسبوع الأول من يوليو": an ordinal of weeks, not the first day
    hijri = calendar == "hijri"
    if m["y"] is None and m["d"] and _is_name(m, ctx, s, e):
        return None
    rel = ctx.rel(m["rel"])
    if m["y"] is None and rel is None and m["d"] and not m["era"] and _a_score(m, ctx, s):
        return None  # "وفاز على ضيفه 1 صفر": a score, not the first of Safar
    if m["y"] is not None:
        year = int(m["y"])
        if year > S.MAX_YEAR:
            return REJECT
    elif ctx.anchor is None:
        if m["od2"]:
            return Found(s, e, "DATE", f"XXXX-{month:02d}" if not hijri else "XXXX-XX")
        return Found(s, e, "DATE", f"XXXX-{month:02d}-{day:02d}" if not hijri else "XXXX-XX-XX",
                     calendar="hijri" if hijri else None, grain="absday") if 1 <= day <= 31 else REJECT
    else:
        found_year = _year_of(ctx, ctx.anchor, calendar, month, rel, s, e)
        if found_year is None:
            return None
        year = found_year
    g = cal.hijri_to_gregorian(year, month, day) if hijri else cal.make_date(year, month, day)
    if g is None:
        return REJECT
    no_year = NO_YEAR if m["y"] is None else None
    if m["od2"]:  # "الرابع والخامس من يوليو": two days, the month is what one value can say
        return Found(s, e, "DATE", cal.fmt_month(g.year, g.month), calendar="hijri" if hijri else None, part=no_year)
    return Found(s, e, "DATE", cal.fmt_day(g), calendar="hijri" if hijri else None, grain="absday", part=no_year)


def numdate(m: re.Match[str], ctx: Context) -> Found | None:
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4:
        year, month, day = int(c), int(b), int(a)
    else:
        return None
    lo, hi = S.HIJRI_YEAR_RANGE
    hijri = is_hijri_era(m["era"]) or lo <= year <= hi
    g = cal.hijri_to_gregorian(year, month, day) if hijri else cal.make_date(year, month, day)
    if g is None:
        return REJECT
    if not S.NUMERIC_DATE_YEARS[0] <= g.year <= S.NUMERIC_DATE_YEARS[1]:
        return None
    s, e = span(m)
    return Found(s, e, "DATE", cal.fmt_day(g), calendar="hijri" if hijri else None, grain="absday")


def hijri_month_num(m: re.Match[str], ctx: Context) -> Found | None:
    """A Hijri month written as numbers with its era ("1435/7هـ", "3/1436 هـ"): the Gregorian month holding
    its 15th. Without the era, or after another number and a slash (the tail of a full date), it is no month."""
    if not is_hijri_era(m["era"]) or _DATE_TAIL.search(ctx.text, max(0, m.start("x") - 6), m.start("x")):
        return None
    year, month = (int(m["y"]), int(m["m"])) if m["y"] else (int(m["y2"]), int(m["m2"]))
    lo, hi = S.HIJRI_YEAR_RANGE
    value = cal.hijri_month_value(year, month) if 1 <= month <= 12 and lo <= year <= hi else None
    if value is None:
        return None
    s, e = span(m)
    return Found(s, e, "DATE", value, calendar="hijri")


def monthyear(m: re.Match[str], ctx: Context) -> Found | None:
    found = ctx.lex.month(m["mon"])
    if found is None or _two_months(m, ctx):
        return None
    calendar, month = found
    year = int(m["y"])
    if year > S.MAX_YEAR:
        return REJECT
    mod = ctx.kind("mod", m["mod"])
    if calendar == "hijri" and S.NUMERIC_DATE_YEARS[0] <= year <= S.NUMERIC_DATE_YEARS[1] and not m["era"]:
        value = _hijri_month_in(year, month, mod)  # "رمضان 2014"
    elif calendar == "hijri":
        value = cal.hijri_month_value(year, month, mod)
    else:
        value = cal.fmt_month(year, month) if 1 <= year else None
    if value is None:
        return REJECT
    s, e = span(m)
    return Found(s, e, "DATE", value, mod, "hijri" if calendar == "hijri" else None)


def _hijri_month_in(year: int, month: int, mod: str | None) -> str | None:
    """The Hijri month that falls in a Gregorian year ("رمضان 2014")."""
    options = (cal.hijri_month_value(hy, month, mod) for hy in range(year - 581, year - 576))
    return next((v for v in options if v is not None and v.startswith(f"{year}-")), None)


def _hijri_year(month: int, rel: int | None, future: bool, anchor: dt.date) -> int | None:
    h = cal.gregorian_to_hijri(anchor)
    if h is None:
        return None
    hy, hm, hd = h
    if rel == -1 and month >= hm:
        hy -= 1
    elif rel == 1 and month <= hm:
        hy += 1
    elif rel is None and future and month < hm and not (month == hm - 1 and hd <= S.JUST_PAST_DAYS):
        hy += 1  # not a month just over ("يقام خلال شهر رمضان" crawled in the first days of Shawwal)
    return hy


def _hijri_month_alone(month: int, rel: int | None, future: bool, mod: str | None, anchor: dt.date) -> str | None:
    hy = _hijri_year(month, rel, future, anchor)
    return cal.hijri_month_value(hy, month, mod) if hy is not None else None


_END_DAY = re.compile(r"(?:اليوم\s+(?P<a>الاول|الاخير)\s+من|(?P<b>اول|اخر)\s+(?:يوم\s+من|ايام)|(?<!\w)(?P<c>غره))\s+$")


def _end_day(ctx: Context, calendar: str, month: int, rel: int | None, s: int, e: int) -> Found | None:
    """"اليوم الأخير من شهر رمضان", "أول أيام يوليو", "غرة شوال": the first or last day of the month named."""
    before = _END_DAY.search(ctx.text, max(0, s - S.CONTEXT_WORD_CHARS), s)
    if before is None or ctx.anchor is None:
        return None
    first = bool(before["c"]) or (before["a"] or before["b"]) in ("الاول", "اول")
    day: dt.date | None
    if calendar == "gregorian":
        year = year_for_month(month, rel, ctx.year_tense(s, e), ctx.anchor)
        nxt = cal.make_date(year + month // 12, month % 12 + 1, 1)
        day = cal.make_date(year, month, 1) if first else (nxt - dt.timedelta(days=1) if nxt else None)
    else:
        hy = _hijri_year(month, rel, rel is None and ctx.year_tense(s, e) == "future", ctx.anchor)
        if hy is None:
            return None
        nxt = cal.hijri_to_gregorian(hy + month // 12, month % 12 + 1, 1)
        day = cal.hijri_to_gregorian(hy, month, 1) if first else (nxt - dt.timedelta(days=1) if nxt else None)
    if day is None:
        return None
    return Found(before.start(), e, "DATE", cal.fmt_day(day), calendar="hijri" if calendar == "hijri" else None,
                 grain="absday")


def _month_of_something(m: re.Match[str], ctx: Context) -> bool:
    """A month written with ل or ب ("تداولات ليوليو") or after a word that takes a month ("عقود تسليم
    أغسطس": ``monthbefore`` rows)."""
    s = m.start("x")
    if re.search(r"(?<!\w)[وف]?[لب]$", ctx.text[max(0, s - 3) : s]):
        return True
    return ctx.around(s, s)[0] in ctx.words.month_before


def _word_follows(ctx: Context, e: int) -> bool:
    rest = ctx.text[e : e + 2].lstrip()
    return bool(rest) and rest[0].isalpha()


def _ambiguous_month_alone(m: re.Match[str], ctx: Context, calendar: str) -> bool:
    """A Gregorian month name that is also a word (مارس, آب) read as the month after a preposition
    when no word follows it in its clause ("منذ مارس،", "في آب."); a Hijri month that is also a name
    (رمضان، شعبان) after a preposition of time ("خلال رمضان"), صفر (zero) never alone."""
    if calendar == "hijri":
        return m["prep"] in PREP_WORDS and ctx.lex.key(m["mon"]) != "صفر"
    if not m["prep"]:
        return False
    rest = ctx.text[m.end("x") : m.end("x") + 2].lstrip()
    return not rest or not rest[0].isalpha()


_CLAUSE_END = re.compile(r"[.!?؟؛\n]")


def _past_marked(m: re.Match[str], ctx: Context) -> bool:
    """A month in a clause marked as past: after منذ, or after كان/كانت in its clause."""
    if m["prep"] == "منذ":
        return True
    s = m.start("x")
    left = max(0, s - S.PAST_CUE_CHARS)
    for stop in _CLAUSE_END.finditer(ctx.text, left, s):
        left = stop.end()
    words = WORD.findall(ctx.text, left, s)
    cues = [i for i, w in enumerate(words) if w in ctx.words.past_cue]
    if cues and not (words[cues[-1]] == "منذ" and any(ctx.imperfect(w) for w in words[cues[-1] + 1 :])):
        return True  # not "المسجون منذ 30 عاما قد يخرج في نوفمبر": منذ of another clause, before an imperfect verb
    return told_in_past(ctx, s) or verb_before_in(ctx, s)


_OF_A_NAMED_YEAR = re.compile(  # "رمضان من العام الماضي", "غرة ذي القعدة العام الماضي"
    r"\s*[,،]?\s+(?:من\s+)?(?:ال)?(?:عام|سنه)\s+(?P<rel>الماضي|الماضيه|المنصرم|الفائت|المقبل|المقبله|القادم|القادمه|"
    r"الجاري|الحالي|الحاليه|الجاريه)(?!\w)")
_OF_A_YEAR = re.compile(  # "مارس من العام الماضي", "نوفمبر من هذا العام": the month of a year
    r"\s+من\s+(?:(?:هذا|هذه)\s+)?(?:ال)?(?:عام|سنه)(?!\w)")


_LISTED_BEFORE = re.compile(r"(?<!\w)(\w+)\s*[،,]?\s*(?:او\s+|و\s*)$")


def _after_listed_month(ctx: Context, s: int) -> bool:
    """A month after another Gregorian month and و/أو ("يوليو وأغسطس"): the second of a list."""
    before = _LISTED_BEFORE.search(ctx.text[max(0, s - S.CONTEXT_WORD_CHARS) : s])
    found = ctx.lex.month(before.group(1)) if before else None
    return found is not None and found[0] == "gregorian"


def monthalone(m: re.Match[str], ctx: Context) -> Found | None:
    key = ctx.lex.key(m["mon"])
    found = ctx.lex.months.get(key)
    if found is None or _two_months(m, ctx):
        return None
    calendar, month = found
    tail = ctx.text[m.end("mon") : m.end("x")]
    paired = (bool(tail.strip()) and not (m["rel"] and tail.strip() == m["rel"]) and not m["hon"]) or "(" in tail
    epithet = calendar == "hijri" and " " in key  # "الشهر الفضيل", "ذو الحجة": no other sense
    listed = _after_listed_month(ctx, m.start("x"))
    strong = bool(m["shahr"] or m["rel"] or m["mod"] or paired or (m["hon"] and calendar == "hijri") or epithet)
    strong = strong or (calendar == "gregorian" and bool(_OF_A_YEAR.match(ctx.text, m.end("x"))))
    ambiguous = key in ctx.words.ambiguous and not _ambiguous_month_alone(m, ctx, calendar)
    strong = strong or (listed and calendar == "gregorian" and not (ambiguous and _word_follows(ctx, m.end("x"))))
    if not strong and (ambiguous or not (m["prep"] or m["mod"] or _month_of_something(m, ctx))):
        return None
    s, e = span(m)
    rel = ctx.rel(m["rel"])
    mod = ctx.kind("mod", m["mod"])
    if mod is None:
        edge = _end_day(ctx, calendar, month, rel, s, e)
        if edge is not None:
            return edge
    value: str | None
    if ctx.anchor is None:
        value = f"XXXX-{month:02d}" if calendar == "gregorian" else "XXXX-XX"
    elif calendar == "gregorian":
        year = year_for_month(month, rel, ctx.year_tense(s, e), ctx.anchor)
        if rel is None and month > ctx.anchor.month and year == ctx.anchor.year and _past_marked(m, ctx):
            year -= 1  # "منذ ديسمبر", "وكان البنك رفع فائدته في ديسمبر": the last December
        value = cal.fmt_month(year, month)
    else:
        of_year = _OF_A_NAMED_YEAR.match(ctx.text, e) if rel is None else None
        h = cal.gregorian_to_hijri(ctx.anchor)
        if of_year is not None and h is not None:  # "شهر رمضان من العام الماضي": that Hijri year's
            value = cal.hijri_month_value(h[0] + (ctx.rel(of_year["rel"]) or 0), month, mod)
            return Found(s, of_year.end(), "DATE", value, mod, "hijri") if value else None
        ahead = rel is None and ctx.year_tense(s, e) == "future"  # an imperfect verb alone is no future
        value = _hijri_month_alone(month, rel, ahead, mod, ctx.anchor)
    if value is None:
        return None
    return Found(s, e, "DATE", value, mod, "hijri" if calendar == "hijri" else None, part=NO_YEAR)


def day_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    if not (m["this"] or m["rel"]):
        return None
    day = int(m["d"]) if m["d"] else ctx.lex.numbers[ctx.lex.key(m["od"])][0]
    rel = 0 if m["this"] else ctx.rel(m["rel"])
    s, e = span(m)
    if ctx.anchor is None:
        return Found(s, e, "DATE", f"XXXX-XX-{day:02d}", grain="absday") if 1 <= day <= 31 else REJECT
    year, month = cal.add_months(ctx.anchor.year, ctx.anchor.month, rel or 0)
    g = cal.make_date(year, month, day)
    wd = ctx.lex.weekday(ctx.around(s, s)[0])
    if wd is not None and (g is None or g.isoweekday() != wd):
        h = _hijri_day_of_month(ctx.anchor, rel or 0, day)
        if h is not None and h.isoweekday() == wd:  # "الثلاثاء 26 الشهر الجاري": the Hijri month's 26th
            return Found(s, e, "DATE", cal.fmt_day(h), calendar="hijri", grain="absday")
    return Found(s, e, "DATE", cal.fmt_day(g), grain="absday") if g else REJECT


def _hijri_day_of_month(anchor: dt.date, rel: int, day: int) -> dt.date | None:
    """The ``day`` of the Hijri month ``rel`` months from the anchor's."""
    h = cal.gregorian_to_hijri(anchor)
    if h is None:
        return None
    year, month = h[0], h[1] + rel
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return cal.hijri_to_gregorian(year, month, day)


def day_list(m: re.Match[str], ctx: Context) -> Found | None:
    """"يومي 3 و4 مارس", "من 10 إلى 15 أغسطس": the first days of a list or a range take the month
    (and year) of the last one."""
    found = ctx.lex.month(m["mon"])
    if found is None:
        return None
    calendar, month = found
    day, hijri = int(m["d"]), calendar == "hijri"
    s, e = span(m)
    if m["y"]:
        year = int(m["y"])
    elif ctx.anchor is None:
        value = "XXXX-XX-XX" if hijri else f"XXXX-{month:02d}-{day:02d}"
        return Found(s, e, "DATE", value, grain="absday", part=NO_YEAR) if 1 <= day <= 31 else None
    else:
        found_year = _year_of(ctx, ctx.anchor, calendar, month, ctx.rel(m["rel"]), s, e)
        if found_year is None:
            return None
        year = found_year
    g = cal.hijri_to_gregorian(year, month, day) if hijri else cal.make_date(year, month, day)
    if g is None:
        return None
    return Found(s, e, "DATE", cal.fmt_day(g), calendar="hijri" if hijri else None, grain="absday",
                 part=None if m["y"] else NO_YEAR)


def month_list(m: re.Match[str], ctx: Context) -> Found | None:
    """"مايو أو يونيو المقبلين", "شهري يوليو وأغسطس": the first months of a list take the year of the
    last one (the clause's tense when none is written)."""
    found = ctx.lex.month(m["mon"])
    if found is None or found[0] != "gregorian":
        return None
    month = found[1]
    if not (m["rel"] or m["y"] or m["dual"] or m["of"]):
        return None  # a bare month before و is read by the rule of months alone
    s, e = span(m)
    if m["y"]:
        return Found(s, e, "DATE", cal.fmt_month(int(m["y"]), month))
    if ctx.anchor is None:
        return Found(s, e, "DATE", f"XXXX-{month:02d}", part=NO_YEAR)
    if m["of"]:  # "سبتمبر-نوفمبر من هذا العام", "مايو ويونيو من العام الماضي": of the year named
        return Found(s, e, "DATE", cal.fmt_month(ctx.anchor.year + (ctx.rel(m["rel2"]) or 0), month), part=NO_YEAR)
    year = year_for_month(month, ctx.rel(m["rel"]), ctx.year_tense(s, e), ctx.anchor)
    return Found(s, e, "DATE", cal.fmt_month(year, month), part=NO_YEAR)
