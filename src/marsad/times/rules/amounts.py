"""Amounts of time: durations (ثلاثة أيام، لمدة عام، نصف ساعة), the last or next N units (الأيام
القليلة الماضية), times ago (منذ ثلاثة أيام) and sets (كل يوم، أسبوعيا).

"قبل N unit" is a DATE N units before the anchor at the unit's granularity (days → day, weeks →
ISO week, months → month, years → year); hours or vague counts give PAST_REF. A quantity modifier
becomes BEFORE (أكثر من), AFTER (أقل من) or APPROX. After منذ, a counted number of units is how long
since, a DURATION without منذ ("تأسست منذ عامين", "يحتل منذ أكثر من سنة"); units without a count are a
vague past, or a duration after a lasting state (an imperfect verb, a superlative, a first time, a word of
going on or a negation before it: "المستمر منذ عقود"). The last units without a count (الأيام
الماضية، السنوات الأخيرة) are a vague past, PAST_REF; the next ones (الأيام القليلة المقبلة) a duration.
"""

from __future__ import annotations

import re

from marsad.times import calendar as cal
from marsad.times import settings as S
from marsad.times.lexicon import alt
from marsad.times.rules.base import CL, LATER, WORD, Context, Found, Pieces, Rule, is_holding, rule, span
from marsad.times.rules.since import counted, lasting, lasting_for, month_follows, weekday_follows

_NUM_GAP = r'(?:\s*[)»”"/]\s*|\s+)'  # "(18) سنة", "«16» عاما", "26/ عاما": a count in brackets, quotes or slashes
_MILLIONS = {"مليون": 10**6, "ملايين": 10**6, "مليار": 10**9, "مليارات": 10**9, "بليون": 10**9, "بلايين": 10**9}
_SPAN_PREPS = {"لمده", "مده", "طوال", "طيله", "علي", "بعد", "قبل", "خلال"}
_AGO_MOD = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "APPROX": "APPROX"}
_LATER_MOD = {"MORE_THAN": "AFTER", "LESS_THAN": "BEFORE", "APPROX": "APPROX"}
_HALF_AGO = {"Y": ("M", 12, 6), "M": ("D", 30, 15)}  # a count and a half back, in the smaller grain
_PAST_REL = ("الماضي", "الاخير", "المنصرم", "الفائت", "السابق")  # folded: the units before now, not the next ones
_OF_NEXT = re.compile(  # folded: a ل word (not a particle), منه, من + a noun (not من أجل، من خلال)
    r"\s+(?:ل(?!كن|ان(?!\w)|قد|ذلك|دي|عل|ولا|ماذا)\w{2,}|منه(?:ا|م)?(?!\w)|من\s+(?!اجل|خلال|قبل|جهه|ناحيه)\w)")
_AGO_SCALE = {"D": ("D", 1), "W": ("W", 1), "M": ("M", 1), "Y": ("Y", 1), "DE": ("Y", 10), "CE": ("Y", 100)}


def rules(p: Pieces) -> list[Rule]:
    qmod, num, unit, unit_dual, unit_sing, unit_pl = p.r("qmod"), p.num, p.unit, p.unit_dual, p.unit_sing, p.unit_pl
    qmods = p.words("qmod")
    nums = p.numbers("ordinal", exclude=True)
    wd_indef = alt(k[2:] for k in p.lex.weekdays if k[2:] not in ("احد", "اثنين"))
    return [
        rule("last_units",
             rf"{CL}(?P<x>(?:(?P<q>{qmod})\s+)?(?P<u>{p.unit_def})(?:\s+(?:ال)?(?P<n>{num}))?(?:\s+القليله)?"
             rf"\s+(?P<rel>{LATER}))", lastn, qmods | {"ال" + k for k in p.units(0) | p.units(2)}),
        rule("last_one",
             rf"{CL}(?P<x>ال(?P<u>{unit_sing})\s+(?:الاخير|الاخيره))(?!\w)(?!\s+(?:من|في|ل|لل)(?!\w))", last_one,
             {"ال" + k for k in p.units(1)}),
        rule("last_n_units",
             rf"{CL}(?P<x>(?:(?P<q>{qmod})\s+)?(?:ال)?(?P<n>\d+|{p.numw})\s+(?P<u>{unit})\s+(?P<rel>{LATER}))",
             lastn, qmods | {"#", "ال#"} | nums | {"ال" + k for k in nums}),
        rule("duration",
             rf"{CL}(?P<x>(?:(?P<q>{qmod})\s+(?:ال(?={unit_dual}(?!\w)))?)?(?:(?:ال(?=\d))?(?P<n>{num}){_NUM_GAP}(?P<u>{unit})|(?P<du>{unit_dual})|"
             rf"(?P<half>{p.r('fraction')})\s+(?P<hu>{unit_sing})|(?P<fu>{unit_sing})(?=\s+و\s*نصف(?!\w)))"
             rf"(?P<frac>\s+و\s*نصف(?:\s+ال{unit_sing})?(?!\w))?(?P<approx>\s+تقريبا(?!\w))?"
             r"(?P<nayyif>\s+ونيف(?!\w))?)", duration,
             qmods | nums | p.units(2) | p.units(1) | p.words("fraction") | {"#", "ال#"}),
        rule("duration_big",
             rf"{CL}(?P<x>(?:(?P<q>{qmod})\s+)?(?:(?P<n>\d+(?:[.,]\d+)?|{p.numw})\s+)?(?P<mult>{alt(_MILLIONS)})"
             rf"\s+(?P<u>{unit_sing}|{unit_pl})(?!\w))", duration_big, qmods | nums | {"#"} | set(_MILLIONS)),
        rule("duration_range",
             rf"(?<![\w.,/-])(?P<x>(?P<n>\d{{1,4}}(?:[.,]\d+)?))(?=\s*(?:و|-|–|(?:و\s*)?(?:الي|حتي)(?!\w))\s*"
             rf"\d{{1,4}}(?:[.,]\d+)?\s+(?:(?P<mult>{alt(_MILLIONS)})\s+)?(?P<u>{unit})(?!\w))",
             duration_range, {"#"}),
        rule("duration_sum",
             rf"{CL}(?P<x>(?:(?P<q>{qmod})\s+)?(?:(?P<n1>{num})\s+(?P<u1>{unit})|(?P<d1>{unit_dual}))"
             rf"\s+و\s*(?:(?P<n2>{num})\s+(?P<u2>{unit})|(?P<d2>{unit_dual}))(?!\w))", duration_sum,
             qmods | nums | p.units(2) | {"#"}),
        rule("duration_single",
             rf"{CL}(?:(?:لمده|مده|طوال|طيله|علي\s+مدي|علي\s+مدار|خلال)\s+(?P<x>(?:(?P<q>{qmod})\s+)?"
             rf"(?:(?P<su>{unit_sing})|(?P<pl>{unit_pl}))(?P<frac>\s+و\s*نصف(?!\w))?(?P<approx>\s+تقريبا(?!\w))?)"
             rf"|(?P<x2>(?P<q2>{qmod})\s+(?:ال)?(?P<su2>{unit_sing})(?:\s+(?:واحد|واحده)(?!\w))?"
             rf"(?P<frac2>\s+و\s*نصف(?!\w))?)"
             rf"(?!\s+{p.r('relmod')}|\s+{p.dayord}|\s+(?:{p.ordw})(?!\w)|\s+\d)"  # not "قرابة الساعة العاشرة"
             rf"|(?P<x4>(?P<su4>{unit_sing})\s+(?:واحد|واحده|واحدا|واحدة)(?!\w))"
             rf"|(?:بعد|قبل)\s+(?P<x3>(?P<su3>{unit_sing})(?P<approx3>\s+تقريبا)?)(?=\s+من\s))", duration_sing,
             _SPAN_PREPS | qmods | p.units(1)),
        rule("plural_units",
             rf"(?<!\w)(?P<pre>[وف]?[بلك]?)(?P<x>(?P<pl>{unit_pl}))(?P<after>\s+(?:من\s+ال|{p.r('pluralafter')}))?",
             plural_units, p.units(0)),
        rule("ago",
             rf"{CL}(?P<x>(?P<pre>منذ|قبل|بعد)\s+(?P<inner>(?:(?P<q>{qmod})\s+(?:ال(?={unit_sing}))?)?"
             rf"(?:(?P<n>{num})\s+(?P<u>{unit})"
             rf"|(?P<fr>{p.r('fraction')})\s+(?P<fu>{unit_sing})"
             rf"|(?P<du>{unit_dual})|(?P<su>{unit_sing})|(?P<pl>{unit_pl})))(?P<frac>\s+و\s*نصف(?!\w))?)", ago,
             {"منذ", "قبل", "بعد"}),
        rule("tens_of_units",
             rf"{CL}(?P<x>(?:(?P<pre>منذ|قبل)\s+)?(?P<v>{p.r('vaguecount')})\s+(?:من\s+)?(?P<u>{p.unit_def}))",
             tens_of_units, {"منذ", "قبل"} | p.words("vaguecount")),
        rule("set_adjective", rf"{CL}(?P<x>{p.r('setadj')})(?!\w)", set_adjective, p.words("setadj")),
        rule("per_unit", rf"{CL}في\s+(?P<x>{p.r('perunit')})(?!\w)", per_unit, {"في"}),
        rule("set",
             rf"{CL}(?P<x>كل\s+(?:(?P<n>{num})\s+(?P<u>{unit})|(?P<du>{unit_dual})"
             rf"|(?:يوم\s+)?(?P<wd>{wd_indef}))|{p.r('set')})", set_rule, {"كل"} | p.words("set")),
    ]


def lastn(m: re.Match[str], ctx: Context) -> Found | None:
    ukey = ctx.lex.key(m["u"])
    if ukey.startswith("ال") and ukey not in ctx.lex.units:
        ukey = ukey[2:]
    found = ctx.lex.units.get(ukey)
    if found is None:
        return None
    unit, number = found
    try:
        n = ctx.num(m["n"]) if m["n"] else (2 if number == 2 else None)
    except ValueError:
        return None
    s, e = span(m)
    if n is None and m["rel"].startswith(_PAST_REL) and not _of_other(m, ctx):
        return Found(s, e, "DATE", "PAST_REF")  # "الأيام الماضية", "السنوات الأخيرة": a vague past
    return Found(s, e, "DURATION", cal.duration_value(n, unit), ctx.kind("qmod", m["q"]))


def _of_other(m: re.Match[str], ctx: Context) -> bool:
    """"الساعات الأخيرة للمداولات", "الأيام السابقة للمهرجان": the last units of something else or those
    before it, not those before now (a ل word, منه or من + a noun after الأخيرة or السابقة: الأيام الأخيرة من
    رمضان; not لكن، لأن، من أجل)."""
    return m["rel"].startswith(("الاخير", "السابق")) and bool(_OF_NEXT.match(ctx.text, m.end()))


def last_one(m: re.Match[str], ctx: Context) -> Found | None:
    """"الشهر الأخير": the last month up to now, a duration of one unit (not "الأسبوع الأخير من الشهر")."""
    s, e = span(m)
    unit, _ = ctx.lex.units[ctx.lex.key(m["u"])]
    if unit == "D":  # "اليوم الأخير": the last day of something, a date
        return None
    return Found(s, e, "DURATION", cal.duration_value(1, unit))


def duration(m: re.Match[str], ctx: Context) -> Found | None:
    n: float | None
    if m["du"]:
        unit, _ = ctx.lex.units[ctx.lex.key(m["du"])]
        n = 2
    elif m["half"]:  # "نصف ساعة"، "ربع قرن": a fraction of one unit, whole in a smaller unit
        unit, _ = ctx.lex.units[ctx.lex.key(m["hu"])]
        n = float(ctx.lex.kind("fraction")[ctx.lex.key(m["half"])])
        if "." in cal.duration_value(n, unit):
            return None  # "ثلث قرن": no whole count of years
    elif m["fu"]:  # "سنة ونصف": one and a half
        unit, _ = ctx.lex.units[ctx.lex.key(m["fu"])]
        n = 1
    else:
        unit, _ = ctx.lex.units[ctx.lex.key(m["u"])]
        try:
            n = ctx.num(m["n"])
        except ValueError:
            return None
        if n is not None and (n == 0 or n > S.MAX_DURATION_COUNT):
            return None
    s, e = span(m)
    closed = m["n"] and m["u"] and any(c in ctx.text[m.end("n") : m.start("u")] for c in ")»”\"")
    if closed and s > 0 and ctx.text[s - 1] in "(«“\"" and not m["q"]:
        s -= 1  # "(18) سنة": the brackets around the count belong to the expression
    value = None
    if m["frac"] and n is not None:
        value = _and_a_half(n, unit) if m["n"] and n >= 2 and n == int(n) else None
        n += 0.5
    if m["du"] and ctx.lex.key(m["du"]) == "سنتين" and _PRICE_AFTER.match(ctx.text, e):
        return None  # "تراجعت عقود برنت سنتين إلى 56.11 دولار": two cents, not two years
    if m["du"] and unit == "Y" and _YEAR_AFTER.match(ctx.text, e):
        return None  # "خلال عامين 2014 أو 2015": the two years named, not two years long
    if unit == "DE" and _signed(ctx, s):
        return None  # "وقعت الشركة عقدين": two contracts, not two decades
    mod = ctx.kind("qmod", m["q"])
    gone = _GONE_BY.match(ctx.text, e)
    if gone and n is not None and n == int(n) and unit in _AGO_SCALE and not m["frac"] and not _SPAN_BEFORE.search(
        ctx.text, max(0, s - 2 * S.CONTEXT_WORD_CHARS), s
    ):  # "يعود تاريخ المبنى لـ50 عاما مضت": the time that long ago; "خلال 5 أعوام مضت" stays a duration
        grain, scale = _AGO_SCALE[unit]
        back = cal.shift(ctx.anchor, grain, -scale * int(n))
        return Found(s, gone.end(), "DATE", back, _AGO_MOD.get(mod or "")) if back is not None else None
    if m["approx"]:
        mod = "APPROX"
    elif m["nayyif"]:  # "سنتين ونيف": two years and some
        mod = "MORE_THAN"
    return Found(s, e, "DURATION", value or cal.duration_value(n, unit), mod)


_GONE_BY = re.compile(r"\s+(?:مضت|خلت)(?!\w)(?!\s+(?:علي|منذ)(?!\w))")  # not "85 عاما مضت على تأسيس الوزارة"
_SPAN_BEFORE = re.compile(r"(?:خلال|طيله|طوال|مدي|مدار|امتداد|مده|لمده|في|منذ|قبل)\s+(?:\w+\s+){0,2}$")


_HALF_OF = {"Y": ("", "6M"), "M": ("", "15D"), "D": ("", "T12H"), "H": ("T", "30M"), "MIN": ("T", "30S")}


def _and_a_half(n: float, unit: str) -> str | None:
    """A counted number of units and a half keeps its units: "خمس سنوات ونصف" → P5Y6M ("سنة ونصف" and
    "عامين ونصف" are written in the smaller unit, P18M and P30M)."""
    if unit not in _HALF_OF:
        return None
    clock, half = _HALF_OF[unit]
    return f"P{clock}{int(n)}{'M' if unit == 'MIN' else unit}{half}"


def _signed(ctx: Context, s: int) -> bool:
    """A verb or noun of signing (``contractbefore``) one or two words before a count of عقد: contracts."""
    before = WORD.findall(ctx.text, max(0, s - 2 * S.CONTEXT_WORD_CHARS), s)[-2:]
    return any(ctx.kind("contractbefore", w) or ctx.kind("contractbefore", w[1:]) for w in before)


def duration_big(m: re.Match[str], ctx: Context) -> Found | None:
    """Millions and billions of years ("4.2 مليارات عام", "نحو مليار عام"): the count written out."""
    unit, _ = ctx.lex.units[ctx.lex.key(m["u"])]
    try:
        n = float(m["n"].replace(",", ".")) if m["n"] and m["n"][0].isdigit() else (ctx.num(m["n"]) or 1)
    except ValueError:
        return None
    s, e = span(m)
    count = round(n * _MILLIONS[m["mult"]])
    return Found(s, e, "DURATION", cal.duration_value(count, unit), ctx.kind("qmod", m["q"]))


def duration_range(m: re.Match[str], ctx: Context) -> Found | None:
    """The first count of a range of units ("بين 13 و16 عاما", "50-60 سنة", "3.2 إلى 4.2 مليارات عام"): a duration
    of its own, in the unit (and millions) written after the last count."""
    n = float(m["n"].replace(",", ".")) * (_MILLIONS[m["mult"]] if m["mult"] else 1)
    if n == 0 or (n != int(n) and not m["mult"]):
        return None
    unit, _ = ctx.lex.units[ctx.lex.key(m["u"])]
    s, e = span(m)
    return Found(s, e, "DURATION", cal.duration_value(round(n), unit))


_PRICE_AFTER = re.compile(r"\s+(?:(?:الي|حتي|عند|ليصل|لتصل|ليبلغ|لتبلغ)\s+)?[\d.,]+\s*(?:دولار|سنت|يورو|ريال)")


_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")


def duration_sum(m: re.Match[str], ctx: Context) -> Found | None:
    """Two counts of units, the larger first: "4 ساعات و25 دقيقة" → PT4H25M, "سنتين و3 أشهر" → P2Y3M."""
    parts: list[tuple[str, int]] = []
    for n, u, du in (("n1", "u1", "d1"), ("n2", "u2", "d2")):
        unit, _ = ctx.lex.units[ctx.lex.key(m[u] or m[du])]
        try:
            count = 2 if m[du] else ctx.num(m[n])
        except ValueError:
            return None
        if count is None or count != int(count) or count == 0 or unit not in _ORDER:
            return None
        parts.append((unit, int(count)))
    u1, u2 = parts[0][0], parts[1][0]
    if _ORDER.index(u1) >= _ORDER.index(u2) or (u1 == "W") != (u2 == "W"):
        return None
    date = "".join(f"{c}{u}" for u, c in parts if u in ("Y", "M", "D"))
    clock = "".join(f"{c}{'M' if u == 'MIN' else u}" for u, c in parts if u in ("H", "MIN", "S"))
    weeks = "".join(f"{c}{u}" for u, c in parts if u == "W")
    value = "P" + (weeks or date) + (f"T{clock}" if clock else "")
    s, e = span(m)
    return Found(s, e, "DURATION", value, ctx.kind("qmod", m["q"]))


_NISBA = re.compile(r"\s+(?!ال)\w{2,}ي(?!\w)")  # an adjective of kind after a bare unit (يوم وطني, عام دراسي)
_SING_GROUPS = (
    ("x", "q", "su", "frac"), ("x2", "q2", "su2", "frac2"), ("x3", None, "su3", None), ("x4", None, "su4", None)
)


_YEAR_AFTER = re.compile(r"\s+\d")  # a number right after "عام"/"سنة": its year, no duration


def duration_sing(m: re.Match[str], ctx: Context) -> Found | None:
    for x, q, su, frac in _SING_GROUPS:
        if m[x] is None:
            continue
        n: float | None
        if x == "x" and m["pl"]:
            unit, _ = ctx.lex.units[ctx.lex.key(m["pl"])]
            n = None
        else:
            unit, _ = ctx.lex.units[ctx.lex.key(m[su])]
            n = 1.5 if frac and m[frac] else 1.0
        if is_holding(ctx, m[su] if not (x == "x" and m["pl"]) else None, m.end(x)):
            return None
        if x == "x" and not m["pl"] and _NISBA.match(ctx.text, m.end(x)):
            return None  # "خلال يوم خيري": a day of some kind, not a duration
        if not (x == "x" and m["pl"]) and _YEAR_AFTER.match(ctx.text, m.end(x)):
            return None  # "نحو عام 1938": the year, read by the year rule
        mod = ctx.kind("qmod", m[q]) if q else None
        if (x == "x" and m["approx"]) or (x == "x3" and m["approx3"]):
            mod = "APPROX"
        return Found(m.start(x), m.end(x), "DURATION", cal.duration_value(n, unit), mod)
    return None


def plural_units(m: re.Match[str], ctx: Context) -> Found | None:
    """Units without a count, an unknown number of them: "لأشهر", "بعد أيام", "في غضون أسابيع", "أشهر من الجمود",
    "سنوات طويلة"."""
    s, e = span(m)
    if not (m["pre"].endswith("ل") or m["after"] or ctx.kind("pluralbefore", ctx.around(s, e)[0])):
        return None
    unit, _ = ctx.lex.units[ctx.lex.key(m["pl"])]
    return Found(s, e, "DURATION", cal.duration_value(None, unit))


_OF_A_PART_OF_DAY = re.compile(r"\s+(?:الصباح|الفجر|الليل|المساء|الظهر|الظهيره|العصر|النهار|الضحي)(?!\w)")


def tens_of_units(m: re.Match[str], ctx: Context) -> Found | None:
    """Tens, hundreds or thousands of units (``vaguecount`` rows: "عشرات السنين"، "مئات الأعوام"): a duration of an
    unknown count (`PXY`); after منذ or قبل a vague past, as "منذ سنوات" ("منذ عشرات السنين" → `PAST_REF`)."""
    s, e = span(m)
    found = ctx.lex.units.get(ctx.lex.key(m["u"])[2:])
    if found is None:
        return None
    if m["pre"]:
        return Found(s, e, "DATE", "PAST_REF")
    return Found(s, e, "DURATION", cal.duration_value(None, found[0]))


def _fraction_ago(m: re.Match[str], ctx: Context, s: int, e: int, unit: str) -> Found | None:
    """"منذ ربع قرن" → 25 years back, "قبل نصف عام" → six months back; a fraction of an hour back is a vague past
    like an hour back; one that comes out whole in no grain ("قبل ثلث قرن") is no time."""
    mod = _AGO_MOD.get(ctx.kind("qmod", m["q"]) or "")
    if unit in ("S", "MIN", "H"):
        return Found(s, e, "DATE", "PAST_REF", mod)
    if m["frac"] or unit not in _AGO_SCALE:
        return None
    fraction = float(ctx.lex.kind("fraction")[ctx.lex.key(m["fr"])])
    grain, scale = _AGO_SCALE[unit]
    back = fraction * scale
    if back != int(back) and unit in _HALF_AGO:
        grain, per, _ = _HALF_AGO[unit]
        back = fraction * per
    if back != int(back) or back == 0:
        return None
    value = cal.shift(ctx.anchor, grain, -int(back))
    return Found(s, e, "DATE", value, mod) if value is not None else None


def _a_named_day(ctx: Context, e: int) -> bool:
    """A weekday or a day word (أمس، الأحد) right after the unit: "يوم" opens a named day, no time ago."""
    after = ctx.around(e, e)[1]
    return ctx.lex.weekday(after) is not None or ctx.kind("dayref", after) is not None


def ago(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m)
    if m["fr"] and m["pre"] in ("بعد", "منذ"):
        return None  # "بعد ربع قرن"، "منذ ربع قرن": the duration rule reads the fraction
    if m["pre"] == "بعد":
        return later(m, ctx)
    n: int | None
    after = ctx.text[e : e + S.AGO_LOOKAHEAD_CHARS]
    if m["pre"] == "قبل" and _FROM_AN_EVENT.match(ctx.text, e):  # "قبل دقيقتين من النهاية": a duration
        return None
    if m["su"] and re.match(r"\s*\.?\d", after):  # "منذ عام 1997", "منذ عام .2003": the year rule reads it
        return None
    if m["su"] and (month_follows(ctx, e) or weekday_follows(ctx, e)):  # "منذ شهر أكتوبر"، "منذ يوم الجمعة"
        return None
    if m["su"] and ctx.kind("holiday", ctx.around(e, e)[1]):  # "قبل يوم العيد": before the feast's day
        return None
    if m["su"] and _a_named_day(ctx, e):  # "منذ يوم الجمعة"، "منذ يوم أمس": since that day
        return None
    if m["pre"] == "منذ" and (counted(m, ctx) or lasting(ctx, s)):
        return lasting_for(m, ctx)
    if m["pl"] and _OF_A_PART_OF_DAY.match(ctx.text, e):
        return None  # "منذ ساعات الصباح الأولى": the hours of a part of day, no time ago
    if m["pl"]:
        return Found(s, e, "DATE", "PAST_REF")
    if is_holding(ctx, m["su"], e):
        return None
    unit, _ = ctx.lex.units[ctx.lex.key(m["u"] or m["du"] or m["su"] or m["fu"])]
    if m["fr"]:  # "منذ ربع قرن": a fraction of a unit back, whole in its grain (25 years) or a smaller one
        return _fraction_ago(m, ctx, s, e, unit)
    if m["du"]:
        n = 2
    elif m["su"]:
        n = 1
    else:
        try:
            n = ctx.num(m["n"])
        except ValueError:
            return None
    mod = _AGO_MOD.get(ctx.kind("qmod", m["q"]) or "")
    if n is None or unit in ("S", "MIN", "H"):
        return Found(s, e, "DATE", "PAST_REF", mod)
    if n > S.MAX_AGO_COUNT:
        return None
    grain, scale = _AGO_SCALE[unit]
    if m["frac"]:  # "قبل سنتين ونصف": thirty months back, at the month's grain; "قبل شهر ونصف": 45 days
        if unit not in _HALF_AGO:
            return None
        grain, per, half = _HALF_AGO[unit]
        scale, n = 1, per * n + half
    value = cal.shift(ctx.anchor, grain, -scale * n)
    return Found(s, e, "DATE", value, mod) if value is not None else None


# "قبل يوم واحد من الفوز"، "قبل عام تقريبا من الموعد": counted from it
_FROM_AN_EVENT = re.compile(r"\s+(?:(?:واحد|واحده)\s+)?(?:تقريبا\s+)?(?:من|علي)\s")


_LATER_GRAIN = {"D": "D", "W": "D", "M": "M", "Y": "Y"}  # a count of weeks ahead lands on a day


def later(m: re.Match[str], ctx: Context) -> Found | None:
    """"سيعود بعد أسبوعين": a count of days, weeks, months or years after the publication date, in a
    future clause, is the DATE it lands on (weeks land on a day). Counted from anything else ("بعد
    يومين من الحادث", a past clause) it stays a duration."""
    s, e = span(m)
    if m["pl"] or m["frac"] or ctx.anchor is None or ctx.tense(s, e, present=True) != "future":
        return None
    if _FROM_AN_EVENT.match(ctx.text, e):
        return None
    if m["su"] and is_holding(ctx, m["su"], e):
        return None
    unit, _ = ctx.lex.units[ctx.lex.key(m["u"] or m["du"] or m["su"])]
    if unit not in _LATER_GRAIN:
        return None
    try:
        n = 2 if m["du"] else 1 if m["su"] else ctx.num(m["n"])
    except ValueError:
        return None
    if n is None or n != int(n) or n > S.MAX_AGO_COUNT:
        return None
    count = int(n) * (7 if unit == "W" else 1)
    value = cal.shift(ctx.anchor, _LATER_GRAIN[unit], count)
    mod = _LATER_MOD.get(ctx.kind("qmod", m["q"]) or "")
    return Found(s, e, "DATE", value, mod) if value is not None else None


def set_rule(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m)
    if m["wd"]:
        return Found(s, e, "SET", f"XXXX-WXX-{ctx.words.weekday_indef[ctx.lex.key(m['wd'])]}")
    if m["du"]:
        unit, _ = ctx.lex.units[ctx.lex.key(m["du"])]
        return Found(s, e, "SET", cal.duration_value(2, unit))
    if m["u"]:
        unit, _ = ctx.lex.units[ctx.lex.key(m["u"])]
        try:
            n = ctx.num(m["n"])
        except ValueError:
            return None
        return Found(s, e, "SET", cal.duration_value(n, unit))
    value = ctx.lex.kind("set").get(ctx.lex.key(m["x"]))
    return Found(s, e, "SET", value) if value else None


def set_adjective(m: re.Match[str], ctx: Context) -> Found | None:
    """"المراجعة الشهرية", "تدريباتهم اليومية": an adjective of frequency after a definite noun is a set."""
    s, e = span(m)
    before = ctx.around(s, e)[0]
    if s != m.start() or not (before.startswith("ال") or before.endswith(("هم", "ها", "ه", "نا"))):
        return None
    if ctx.kind("setadjnot", before):
        return None
    return Found(s, e, "SET", ctx.lex.kind("setadj")[ctx.lex.key(m["x"])])


def per_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """"ألف دولار في السنة", "مرتين في الأسبوع": a rate, a set of one unit (after a count of times or
    an amount: ``perbefore`` rows or a number)."""
    s, e = span(m)
    before = WORD.findall(ctx.text, max(0, m.start() - S.CONTEXT_WORD_CHARS), m.start())
    word = before[-1] if before else ""
    if not (word.isdigit() or ctx.kind("perbefore", word) or ctx.kind("perbefore", word[1:])):
        return None
    return Found(s, e, "SET", ctx.lex.kind("perunit")[ctx.lex.key(m["x"])])
