"""Periods: calendar periods relative to the anchor (العام الماضي، هذا الأسبوع، نهاية العام), decades
(الثمانينيات), centuries (القرن الماضي، القرن العشرين), seasons (الصيف المقبل) and quarters
(الربع الأول من العام).

"قبل نهاية العام" is the expression "نهاية العام": value = the year, mod END. "قبل" (before) is a
relation of the event to that time, not part of the time.
"""

from __future__ import annotations

import re

from marsad.times import calendar as cal
from marsad.times import settings as S
from marsad.times.lexicon import alt
from marsad.times.rules.base import CL, PREP, PREP_WORDS, Context, Found, Pieces, Rule, definite_forms, rule, span

_THIS_CENTURY = re.compile(r"الحالي|الجاري|الحادي")


def rules(p: Pieces) -> list[Rule]:
    mod, this, relmod = p.r("mod"), p.r("this"), p.r("relmod")
    mods, season = p.words("mod"), p.r("season")
    season_bare = alt(k[2:] for k in p.lex.kind("season"))
    return [
        rule("school_year",
             rf"{CL}(?P<x>(?:لل|ال)?(?:عام|سنه)\s+(?:ال)?دراسيه?\s+(?P<rel>{_SCHOOL_REL})ه?)(?!\w)(?!\s*\(?\s*\d)",
             school_year, {"العام", "عام", "السنه", "سنه"}),
        rule("period",
             rf"{CL}(?P<x>(?:(?P<mod>{mod})\s+)?(?:(?P<this>{this})\s+(?P<per1>{p.r('period')})|(?P<per2>{p.r('period')})"
             rf"(?:\s+(?P<rel>{relmod}))?))", period, mods | p.words("this") | p.words("period")),
        rule("decade",
             rf"{CL}(?P<x>(?:(?P<mod>{mod})\s+)?(?:عقد\s+)?(?:(?P<dec>{p.r('decade')})|"
             rf"(?P<decb>{alt(k[2:] for k in p.lex.kind('decade'))}))"
             r"(?:\s+(?:من\s+)?(?P<cent>القرن\s+(?:الماضي|المنصرم|العشرين|الحالي|الجاري|الحادي\s+والعشرين)(?!\w)))?)",
             decade, mods | {"عقد"} | p.words("decade") | {k[2:] for k in p.lex.kind("decade")}),
        rule("century", rf"{CL}(?P<x>{p.r('century')})", century, p.words("century")),
        rule("season",
             rf"{CL}(?:(?P<prep>{PREP}|مع)\s+)?(?P<x>(?:(?P<this>{this})\s+(?P<s1>{season})"
             rf"|(?:فصل\s+)?(?P<s2>{season})\s+(?P<rel>{relmod})"
             rf"|(?P<s3>{season}|{season_bare})\s+(?:(?:عام|العام)\s*)?(?P<y>\d{{4}})(?!\d)"
             rf"|(?P<s6>{season_bare})\s+(?:(?P<this6>{this})\s+)?(?:العام|السنه)(?:\s+(?P<rel6>{relmod}))?(?!\w)"
             rf"|فصلي?\s+(?P<s4>{season})|(?P<s5>{season})))",
             season_rule, p.words("this") | p.words("season") | {k[2:] for k in p.lex.kind("season")}
             | set(PREP_WORDS) | {"مع", "فصل"}),
        rule("quarter",
             rf"{CL}(?P<x>(?P<q>{p.r('quarter')})(?:\s+(?:من\s+)?(?:(?P<this>{this})\s+(?:العام|السنه)(?!\w)"
             rf"|(?:لل|ل|ال)?(?:عام|سنه)\s*(?P<y>\d{{4}})(?!\d)|(?:لل|ال)(?:عام|سنه)(?:\s+(?P<rel>{relmod}))?(?!\w)"
             rf"|(?P<y2>\d{{4}})(?!\d)|(?P<cen>(?:ال|لل)قرن(?:\s+(?P<crel>{relmod})|\s+(?P<cname>{p.dayord}"
             rf"|العشرين|العشرون|الحادي\s+والعشرين|الحادي\s+والعشرون|التاسع\s+عشر))?(?!\w)))|(?P<bare>(?!\w))))",
             quarter, p.words("quarter")),
        rule("decade_of_century",
             rf"{CL}(?P<x>(?:ال|لل)عقد\s+(?P<which>الاخير|{p.dayord})\s+(?:من\s+)?(?:ال|لل)قرن"
             rf"(?:\s+(?P<rel>{relmod})|\s+(?P<named>العشرين|الحادي\s+والعشرين|التاسع\s+عشر))?(?!\w))",
             decade_of_century, {"العقد"}),
        rule("century_ordinal",
             rf"{CL}(?P<x>(?:(?P<mod>{mod})\s+)?(?:ال|لل)قرن\s+(?P<ord>{p.dayord})"
             r"(?:\s+(?:(?P<bc>قبل\s+الميلاد)|الميلادي)(?!\w))?)", century_ord, mods | {"القرن"}),
    ]


_SPAN_WORDS = frozenset({"خلال", "طوال", "طيله", "منذ"})  # "خلال العقد الماضي مع ...": still a decade


def period(m: re.Match[str], ctx: Context) -> Found | None:
    unit = ctx.kind("period", m["per1"] or m["per2"])
    if unit is None:
        return None
    mod = ctx.kind("mod", m["mod"])
    if m["this"]:
        rel = 0
    elif m["rel"]:
        rel = ctx.rel(m["rel"]) or 0
        before, _ = ctx.around(m.start("x"), m.start("x"))
        if mod is None and unit == "Y" and definite_forms(before) & ctx.words.role_before:
            return None  # الأمين العام السابق, والمدير العام السابق: "general", not "year"
    elif unit == "W" and mod is None and _this_week(m, ctx):
        # on a Monday, a week of losses or gains already told is the trading week that has just ended
        rel = -1 if ctx.anchor is not None and ctx.anchor.isoweekday() == 1 and ctx.tense(*span(m)) == "past" else 0
    else:
        if mod is None or unit in ("DE", "CE"):
            return None
        _, after = ctx.around(m.end("x"), m.end("x"))
        if after in ctx.words.not_year:
            return None
        rel = 0
    s, e = span(m)
    if unit == "SN":  # "هذا الموسم": the anchor's year; "الموسم المقبل": some season to come
        if not (m["this"] or m["rel"]) or mod is not None:
            return None
        if rel:
            return None  # "الموسم المقبل": not read as a time (the gold sets disagree)
        return Found(s, e, "DATE", str(ctx.anchor.year) if ctx.anchor else "XXXX")
    if unit == "DE" and ctx.around(e, e)[1] in ctx.words.holding and ctx.around(s, s)[0] not in _SPAN_WORDS:
        return None  # "العقد الماضي مع الشركة": the last contract, not the last decade
    value = cal.shift(ctx.anchor, unit, rel)
    if value is None:
        return None
    if unit == "W" and mod == "END" and m["mod"] and ctx.lex.key(m["mod"]) in ("نهايه", "عطله"):
        return Found(s, e, "DATE", f"{value}-WE")
    return Found(s, e, "DATE", value, mod)


_CLAUSE_ENDS = re.compile(r"\s*(?:[.،,؛:!؟)]|$)")


def _this_week(m: re.Match[str], ctx: Context) -> bool:
    """"خلال الأسبوع" closing its clause (a market report's "وبتراجع 5 في المئة خلال الأسبوع."): this week
    (the week before on a Monday)."""
    before = ctx.around(m.start("x"), m.start("x"))[0]
    return before == "خلال" and bool(_CLAUSE_ENDS.match(ctx.text, m.end("x")))


def decade(m: re.Match[str], ctx: Context) -> Found | None:
    dec = m["dec"] or ("ال" + m["decb"] if m["decb"] else None)
    if dec is None or (m["decb"] and not m["cent"]):
        return None
    digit = ctx.kind("decade", dec)
    if digit is None:
        return None
    century_digits = "20" if m["cent"] and _THIS_CENTURY.search(m["cent"]) else "19"
    s, e = span(m)
    return Found(s, e, "DATE", f"{century_digits}{digit}", ctx.kind("mod", m["mod"]))


def _in_a_name(ctx: Context, s: int) -> bool:
    """"شركة القرن الحادي والعشرين للإنتاج": a century in a name."""
    before, _ = ctx.around(s, s)
    return before in ctx.words.century_before or before[1:] in ctx.words.century_before


_NAMED_CENTURY = {"العشرين": 19, "الحادي والعشرين": 20, "التاسع عشر": 18}


def decade_of_century(m: re.Match[str], ctx: Context) -> Found | None:
    """"العقد الأخير من القرن الماضي": the 1990s (199); a century without a name is the latest one
    whose decade has begun by the publication date."""
    which = ctx.lex.key(m["which"])
    digit = 9 if which == "الاخير" else ctx.lex.numbers[which][0] - 1
    if not 0 <= digit <= 9:
        return None
    s, e = span(m)
    if m["named"]:
        century_n = _NAMED_CENTURY.get(" ".join(m["named"].split()))
    elif ctx.anchor is None:
        return Found(s, e, "DATE", f"XX{digit}")
    else:
        century_n = ctx.anchor.year // 100 + (ctx.rel(m["rel"]) or 0)
        if not m["rel"] and century_n * 100 + digit * 10 > ctx.anchor.year:
            century_n -= 1
    return Found(s, e, "DATE", f"{century_n:02d}{digit}") if century_n is not None else None


def century(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m)
    if _in_a_name(ctx, s):
        return None
    return Found(s, e, "DATE", ctx.lex.kind("century")[ctx.lex.key(m["x"])])


def century_ord(m: re.Match[str], ctx: Context) -> Found | None:
    n = ctx.lex.numbers[ctx.lex.key(m["ord"])][0]
    s, e = span(m)
    if _in_a_name(ctx, s):
        return None
    mod = ctx.kind("mod", m["mod"])
    if m["bc"]:
        return Found(s, e, "DATE", f"BC{n - 1:02d}", mod)
    return Found(s, e, "DATE", f"{n - 1:02d}", mod)


_LISTED = re.compile(rf"(?<!\w)(?:{PREP}|مع|فصلي|فصل)\s+(\w+)\s*[،,]?\s*و$")


def _after_season(ctx: Context, s: int) -> bool:
    """A season coordinated with a season after a preposition ("في الربيع والصيف")."""
    before = _LISTED.search(ctx.text, max(0, s - 24), s)
    return before is not None and ctx.kind("season", before.group(1)) is not None


def season_rule(m: re.Match[str], ctx: Context) -> Found | None:
    key = ctx.lex.key(m["s1"] or m["s2"] or m["s3"] or m["s4"] or m["s5"] or m["s6"])
    code = ctx.lex.kind("season").get(key) or ctx.lex.kind("season").get("ال" + key)
    if code is None:
        return None
    s, e = span(m)
    if m["s5"] and (not (m["prep"] or _after_season(ctx, s)) or ctx.around(s, e)[1] in ctx.words.not_after):
        return None  # a season alone only after a preposition or another season, and not "الربيع العربي"
    if m["y"]:
        return Found(s, e, "DATE", f"{m['y']}-{code}")
    if ctx.anchor is None:
        return Found(s, e, "DATE", f"XXXX-{code}")
    if m["s6"]:  # صيف العام الماضي: the season of that year
        return Found(s, e, "DATE", f"{ctx.anchor.year + (ctx.rel(m['rel6']) or 0):04d}-{code}")
    rel = ctx.rel(m["rel"]) if m["s2"] else 0
    return Found(s, e, "DATE", cal.season_value(ctx.anchor, code, rel or 0))


def quarter(m: re.Match[str], ctx: Context) -> Found | None:
    n = ctx.kind("quarter", m["q"])
    if n is None:
        return None
    s, e = span(m)
    part = f"Q{n}" if n.isdigit() else n  # a quarter (Q1-Q4) or a half (H1, H2)
    if m["cen"]:
        return _part_of_century(m, ctx, part)
    if not (m["y"] or m["y2"]) and ctx.around(e, e)[1] in ctx.words.not_year:
        return None  # "الفصل الأول من العام الدراسي": a school term, not a quarter of the calendar year
    if m["bare"] is not None:
        year = _year_of_the_next_part(ctx, e) or _bare_quarter_year(m, ctx, part)
    else:
        year = m["y"] or m["y2"] or cal.shift(ctx.anchor, "Y", ctx.rel(m["rel"]) or 0)
    return Found(s, e, "DATE", f"{year}-{part}") if year else None


_NEXT_PART = re.compile(
    r"\s*(?:و|او)\s*(?:ال)?(?:ربع|نصف)\s+\w+\s+من\s+(?:(?:هذا|هذه)\s+)?(?:ال|لل)?(?:عام|سنه)"
    r"(?:\s*(?P<y>\d{4})(?!\d)|\s+(?P<rel>\w+))?"
)


def _year_of_the_next_part(ctx: Context, e: int) -> str | None:
    """A quarter or half joined by و/أو to another one written with its year ("النصف الأول أو الربع الثاني من العام
    الحالي"): that year."""
    nxt = _NEXT_PART.match(ctx.text, e)
    if nxt is None or (ctx.anchor is None and not nxt["y"]):
        return None
    if nxt["y"]:
        return nxt["y"]
    rel = ctx.lex.kind("relmod").get(ctx.lex.key(nxt["rel"])) if nxt["rel"] else None
    return f"{ctx.anchor.year + int(rel or 0):04d}" if ctx.anchor is not None else None


_CENTURY_PART_MOD = {"Q1": "START", "H1": "START", "Q2": "MID", "Q3": "MID", "Q4": "END", "H2": "END"}


def _part_of_century(m: re.Match[str], ctx: Context, part: str) -> Found | None:
    """"الربع الأخير من القرن الماضي", "النصف الأول من القرن العشرين": the century, with the part as mod."""
    s, e = span(m)
    if m["cname"]:
        key = ctx.lex.key("القرن " + " ".join(m["cname"].split()))
        named = ctx.lex.kind("century").get(key)
        if named is None:
            ordinal = ctx.lex.numbers.get(ctx.lex.key(m["cname"]))
            named = f"{ordinal[0] - 1:02d}" if ordinal and ordinal[0] >= 1 else None
        value = named
    elif ctx.anchor is None:
        value = "XX"
    else:
        value = f"{ctx.anchor.year // 100 + (ctx.rel(m['crel']) or 0):02d}"
    return Found(s, e, "DATE", value, _CENTURY_PART_MOD[part]) if value else None


_QUARTER_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def _bare_quarter_year(m: re.Match[str], ctx: Context, part: str) -> str | None:
    """The year of a quarter or half written without one ("نما الاقتصاد في الربع الثاني"): only for the
    nouns of ``quarterbare`` after a word of ``quarterbefore`` or a clitic preposition, not before من
    (a quarter of something else); the anchor's year, the year before when the quarter has not begun
    yet in a past clause, the year after when it is over in a future one."""
    s, e = span(m)
    bare = ctx.kind("quarterbare", m["q"].split()[0])
    if ctx.anchor is None or bare is None:
        return None
    before, after = ctx.around(s, e)
    clitic = ctx.text[m.start() : s]
    word = ctx.kind("quarterbefore", before)
    if bare == "strong" and word in (None, "weak"):
        return None  # "في الفصل الأول": a chapter as well
    if not (word or any(c in clitic for c in "بل")):
        return None
    if after in ("من", "منها", "منه"):
        return None
    first, last = _QUARTER_MONTHS[part]
    year = ctx.anchor.year
    if ctx.tense(s, e) == "future":
        return str(year if last >= ctx.anchor.month else year + 1)
    return str(year if first <= ctx.anchor.month else year - 1)


_SCHOOL_REL = "المقبل|القادم|الجديد|الماضي|المنصرم|الفائت|السابق|الحالي|الجاري"
_SCHOOL_NEXT = ("المقبل", "القادم", "الجديد")
_SCHOOL_LAST = ("الماضي", "المنصرم", "الفائت", "السابق")


def school_year(m: re.Match[str], ctx: Context) -> Found | None:
    """"العام الدراسي المقبل/الجديد/الماضي/الحالي" without its years: the year it begins in (a year of two is its
    first, as "موسم 2016/2017"), a school year beginning in September and ending by July: in the summer holidays of
    2015 the current and the next one are the one about to begin (2015), the last one the one just ended (2014)."""
    if ctx.anchor is None:
        return None
    year, month = ctx.anchor.year, ctx.anchor.month
    holidays = month >= S.SCHOOL_HOLIDAY_MONTH  # from July the current school year is the one about to begin
    if m["rel"] in _SCHOOL_NEXT:
        value = year + 1 if month >= S.SCHOOL_YEAR_MONTH else year
    elif m["rel"] in _SCHOOL_LAST:
        value = year - 1 if holidays else year - 2
    else:
        value = year if holidays else year - 1
    s, e = span(m)
    return Found(s, e, "DATE", f"{value:04d}")
