"""Anaphoric times: "اليوم التالي", "الشهر نفسه", "العام التالي", "آنذاك" refer back to the last time
mentioned before them.

The rule reads the phrase (``anaphor`` rows of ``times_relative.tsv``: a granularity and an offset,
or REF for "that same time") and first resolves it against the publication date;
:func:`resolve_anaphora` then moves it to the most recent earlier expression precise enough for it
(a day for "اليوم التالي", a month or a day for "الشهر نفسه", any calendar value for "العام التالي"
or "آنذاك"). With no such expression the publication date stays; "آنذاك" alone is PAST_REF.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from marsad.times import calendar as cal
from marsad.times import settings as S
from marsad.times.rules.base import CL, OCCASION, WORD, Context, Found, Pieces, Rule, definite_forms, rule, span

_SPEC = re.compile(r"(?P<unit>[DWMY])(?P<k>[+-]?\d+)|REFY?")
_IN_SENTENCE = "s"  # a spec's mark: it refers back only to a year named before it in its sentence
_SENTENCE_END = re.compile(r"[!?؟\n]|\.(?!\d)")  # not the point of a number (9.5)
_COMPARED = re.compile(r"(?<!\w)[وب]?(?:مقارنه|مقابل|المماثل|المماثله|نفس|ذات|المقابله|المناظره)(?!\w)")
_COMPARED_CHARS = 60  # "مقارنة بـ797 مليون ريال خلال الربع الثاني من العام الماضي": a year compared with
_YEAR_NAMED = re.compile(  # a year after its noun or a preposition (of a range, its first), or last year
    r"(?<!\w)(?:(?:[وب]?(?:ال|لل|ل)?(?:عام|سنه)(?:\s+(?:المالي|الماليه|الدراسي|الميلادي))?)|في|خلال|منذ|نهايه|بنهايه)"
    r"\s+(?P<y>(?:19|20)\d\d)(?:\s*[/\-–]\s*(?:19|20)\d\d)?(?![\d/])(?!\s*ه)"
    r"|(?P<last>(?:العام|السنه)\s+(?:الماضي|الماضيه|المنصرم|المنصرمه))(?!\w)"
)
_YEAR_AFTER = re.compile(r"\s*(?:19|20)\d\d(?!\d)")  # "العام السابق 2014": its own year
_PRECISION = {"Y": 1, "M": 2, "W": 2, "D": 3}
_VALUE = (
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?"), "D"),
    (re.compile(r"(\d{4})-W(\d\d)"), "W"),
    (re.compile(r"(\d{4})-(\d\d)"), "M"),
    (re.compile(r"(\d{4})"), "Y"),
)
_CONCRETE = re.compile(r"\d{4}(?:-(?:\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI)(?:-\d\d)?)?(?:T.*)?")
_ERA = re.compile(r"\d{2,3}")  # a decade (198) or a century (19)
PREFIX = "ana:"
_DAY = re.compile(r"\d{4}-\d\d-\d\d(?=T|$)")
_ADJACENT = 3  # characters between a weekday and the anaphoric date it names the weekday of
_JOIN_GAP = 12  # characters between a clock time and a day the merge pass may join ("من مساء يوم")
_DAY_MARK = "@"
_YEAR_AGO = "REFY"  # the time referred back to, a year earlier


_YEAR_BEFORE = (r"\s+(?:(?:(?:من|في)\s+)?(?:العام|السنه)\s+(?:الماضي|الماضيه|السابق|السابقه|المنصرم|المنصرمه)"
                r"|قبل\s+(?:عام|سنه))(?!\w)")


def rules(p: Pieces) -> list[Rule]:
    return [
        rule("anaphor",
             rf"{CL}(?P<x>(?:(?P<part>{p.r('part')})\s+(?:من\s+)?|(?:ال)?(?P<d>\d{{1,2}})\s+(?:من\s+)?)?"
             rf"(?P<ana>{p.r('anaphor')})(?P<ago>{_YEAR_BEFORE})?)",
             anaphor, p.words("part") | p.words("anaphor") | {"#", "ال#"}),
        rule("then_by",
             rf"{CL}(?P<x>(?P<dir>قبل|بعد)\s+ذلك\s+ب(?:(?P<n>\d{{1,3}})\s+)?(?P<u>{p.unit}))(?!\w)",
             then_by, {"قبل", "بعد"}),
        rule("day_number",
             rf"{CL}(?P<x>(?:يوم\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+منه(?!\w)"
             rf"|يوم\s+(?:{p.weekday})\s+(?:ال\s*)?(?P<d3>\d{{1,2}})(?!\s+(?:{p.r('clock')}|{p.r('part')}))"
             rf"(?:\s+من\s+الشهر(?!\w)(?!\s+(?:نفسه|ذاته|عينه|{p.r('relmod')})(?!\w)))?|(?:{p.weekday})\s+(?:ال\s*)?(?P<d4>\d{{1,2}})\s+من\s+الشهر(?!\w)(?!\s+(?:نفسه|ذاته|عينه|{p.r('relmod')})(?!\w))))"
             rf"(?!\s*(?:[/.–-]|و|الي|حتي)?\s*\d)(?!\s*[،,]?\s*(?:من\s+)?(?:{p.month}|(?:ال)?شهر"
             rf"|{p.r('relmod')}|{p.unit})(?!\w))", day_number, {"يوم", "#"} | set(p.lex.weekdays)),
    ]


_BY_UNIT = {"D": "D", "W": "W", "M": "M", "Y": "Y"}


def then_by(m: re.Match[str], ctx: Context) -> Found | None:
    """"قبل ذلك بيوم", "بعد ذلك بأسبوعين": that many units before or after the time named before it."""
    unit, number = ctx.lex.units.get(ctx.lex.key(m["u"]), ("", 0))
    if unit not in _BY_UNIT or (m["n"] and number == 2):
        return None
    count = int(m["n"]) if m["n"] else (2 if number == 2 else 1)
    if count == 0 or (number == 0 and not m["n"]):
        return None
    k = -count if m["dir"] == "قبل" else count
    s, e = span(m)
    value = cal.shift(ctx.anchor, unit, k) or "XXXX"
    return Found(s, e, "DATE", value, grain="day" if unit == "D" else "other", part=f"{PREFIX}{unit}{k:+d}")


def day_number(m: re.Match[str], ctx: Context) -> Found | None:
    """"يوم 27", "24 منه", "يوم الأربعاء 27", "الخميس الـ28 من الشهر" without a month: that day of the month named
    most recently before it (of the publication's month when none is; a Hijri month's day when that month is Hijri)."""
    day = int(m["d"] or m["d2"] or m["d3"] or m["d4"])
    if not 1 <= day <= 31 or (m["d3"] and not _day_closes(m, ctx)):
        return None
    s, e = span(m)
    value = cal.shift(ctx.anchor, "M", 0) if ctx.anchor is not None else None
    if value is None or not value[:4].isdigit():
        return Found(s, e, "DATE", f"XXXX-XX-{day:02d}", grain="absday")
    if cal.make_date(int(value[:4]), int(value[5:7]), day) is None:
        return None
    return Found(s, e, "DATE", f"{value}-{day:02d}", grain="absday", part=f"{PREFIX}M0{_DAY_MARK}{day:02d}")


_CLOSES = re.compile(r"\s*(?:[.،,؛:!؟)\n]|$|و\w)")


def _day_closes(m: re.Match[str], ctx: Context) -> bool:
    """A day's number after "يوم" and a weekday closes its phrase ("وفي يوم الأربعاء 27 تنظم"، "يوم الخميس 28 من
    الشهر"): "من الشهر", a stop, و or an imperfect verb follows it, not a counted noun ("يوم السبت 18 غارة")."""
    if m.end("x") > m.end("d3") or _CLOSES.match(ctx.text, m.end("x")):
        return True
    after = ctx.around(m.end("x"), m.end("x"))[1]
    return bool(after) and ctx.imperfect(after)


def _year_named_before(ctx: Context, s: int) -> int | None:
    """The year named last before ``s`` in its sentence ("في عام 2014 ... مقارنة بالعام السابق": 2014)."""
    left = max(0, s - 300)
    for stop in _SENTENCE_END.finditer(ctx.text, left, s):
        left = stop.end()
    named = list(_YEAR_NAMED.finditer(ctx.text, left, s))
    if not named:
        return None
    last = named[-1]
    if _COMPARED.search(ctx.text, max(left, last.start() - _COMPARED_CHARS), last.start()):
        return None  # the year a figure is compared with: "العام السابق" is that year again, as a rule
    if last["y"]:
        return int(last["y"])
    return ctx.anchor.year - 1 if ctx.anchor is not None else None


def anaphor(m: re.Match[str], ctx: Context) -> Found | None:
    spec = ctx.kind("anaphor", m["ana"])
    bound = spec is not None and spec.endswith(_IN_SENTENCE)
    spec = spec[: -len(_IN_SENTENCE)] if spec is not None and bound else spec
    if spec is None or not _SPEC.fullmatch(spec):
        return None
    s, e = span(m)
    before, after = ctx.around(s, e)
    if ctx.kind("anaphorprep", m["ana"]) and not (_TIME_PREPS & {before, before[1:]} and not after.startswith("ال")):
        return None  # "هذا التاريخ" after no preposition of time, or "هذا التاريخ الطويل": history, not that date
    own = ctx.kind("owntime", after) or after in ctx.words.not_after  # "في وقتها المحدد", "بيومها الوطني"
    if spec == "REF" and (own or ctx.lex.numbers.get(ctx.lex.key(after), (0, ""))[1] == "dayord"):
        return None  # its own time or day, its seventh day ("في يومها السابع"): no time referred back to
    if spec[0] == "Y" and definite_forms(ctx.around(s, s)[0]) & ctx.words.role_before:
        return None  # "الأمين العام السابق": "general", not "year"
    part = ctx.kind("part", m["part"])
    if spec == _YEAR_AGO and not m["ago"]:
        return None  # "نفس الفترة" alone is no time; "الفترة نفسها من العام الماضي" is
    if spec in ("REF", _YEAR_AGO) and m["ago"] and not (part or m["d"]):  # that time a year before
        return Found(s, e, "DATE", cal.shift(ctx.anchor, "Y", -1) or "PAST_REF", part=PREFIX + _YEAR_AGO)
    if spec == "REF" and _beside_a_future_verb(ctx, s, e):
        return None  # "سنعلن عنها في حينها"، "وحينها سننتج": in due time, then; no time referred back to
    if spec in ("REF", _YEAR_AGO):
        return Found(s, e, "DATE", "PAST_REF", part=PREFIX + "REF")
    unit, k = spec[0], int(spec[1:])
    if m["ago"] and unit == "M" and not (part or m["d"]):
        k -= 12  # "الشهر نفسه من العام الماضي", "الشهر نفسه قبل سنة": that month a year before
        spec = f"M{k}"
    elif m["ago"]:
        e = m.start("ago")  # the year before stays a time of its own
    value = cal.shift(ctx.anchor, unit, k)
    if value is None:
        return None
    if m["d"]:  # "25 من الشهر نفسه": a day of the month referred to
        if unit != "M" or not 1 <= int(m["d"]) <= 31:
            return None
        day = f"{int(m['d']):02d}"
        return Found(s, e, "DATE", f"{value}-{day}", grain="absday", part=f"{PREFIX}{spec}{_DAY_MARK}{day}")
    if part and unit == "D":
        return Found(s, e, "TIME", f"{value}T{part}", grain="daytime", part=PREFIX + spec + "T" + part)
    if bound:  # "في عام 2014 ... مقارنة بالعام السابق": the year before 2014; with no year before it, 2014
        year = _year_named_before(ctx, s) if not _YEAR_AFTER.match(ctx.text, e) else None
        return Found(s, e, "DATE", f"{year + k:04d}" if year is not None and year + k > 0 else value)
    return Found(s, e, "DATE", value, grain="day" if unit == "D" else "other", part=PREFIX + spec)


_TIME_PREPS = frozenset({"منذ", "بعد", "قبل", "حتي", "في", "من", "الي"})
_CLAUSE_MARK = re.compile(r"[.!?؟؛،,:«»\"\n]")
_FUTURE_PARTICLES = frozenset({"سوف", "لن"})


def _beside_a_future_verb(ctx: Context, s: int, e: int) -> bool:
    """A future verb (س + an imperfect verb, سوف، لن) among the two words after ``[s, e)`` or the three before it
    in its clause: "حينها ستعرف"، "ستخسر الكثير حينها"، "سنعلن عنها في حينها"."""
    left, right = max(0, s - 40), min(len(ctx.text), e + 30)
    for m in _CLAUSE_MARK.finditer(ctx.text, left, s):
        left = m.end()
    stop = _CLAUSE_MARK.search(ctx.text, e, right)
    words = WORD.findall(ctx.text, left, s)[-3:] + WORD.findall(ctx.text, e, stop.start() if stop else right)[:2]
    for w in words:
        w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        if w in _FUTURE_PARTICLES or (len(w) >= 4 and w[0] == "س" and w[1] in "يتن" and ctx.verb_form("ي" + w[2:])):
            return True
    return False


_DAY_WORD_GRAINS = frozenset({"day", "daytime", "clock"})  # day words, weekdays, their parts, clock times


def _reference(value: str) -> tuple[str, dt.date] | None:
    """The precision and first day of a calendar value ("2021-12-09T10:00" → day 2021-12-09)."""
    for pattern, precision in _VALUE:
        m = pattern.fullmatch(value)
        if m is None:
            continue
        year = int(m[1])
        if precision == "D":
            day = cal.make_date(year, int(m[2]), int(m[3]))
        elif precision == "W":
            day = dt.date.fromisocalendar(year, int(m[2]), 1) if 1 <= int(m[2]) <= 53 else None
        elif precision == "M":
            day = cal.make_date(year, int(m[2]), 1)
        else:
            day = cal.make_date(year, 1, 1) if year >= 1 else None
        return (precision, day) if day is not None else None
    return None


def _opposite(a: str, b: str) -> bool:
    """Two anaphoric offsets of one unit in opposite directions ("اليوم السابق" and "اليوم التالي")."""
    sa, sb = _SPEC.fullmatch(a), _SPEC.fullmatch(b)
    if sa is None or sb is None or sa["unit"] is None or sa["unit"] != sb["unit"]:
        return False
    return int(sa["k"]) * int(sb["k"]) < 0


def _days_before(value: str, today: str) -> int:
    """How many days the day of ``value`` is before ``today`` (a large number for a value that is no day)."""
    day = _DAY.match(value)
    if day is None:
        return 1 << 30
    return (dt.date.fromisoformat(today) - dt.date.fromisoformat(day.group())).days


def _never(_: Found) -> bool:
    return False


def _appositive_year(before: Found, year: Found) -> bool:
    """``year`` is a bare year written right after ``before`` and naming its year ("العام الماضي 2014")."""
    return (
        year.type == "DATE" and len(year.value) == 4 and year.value.isdigit()
        and before.value[:4] == year.value and 0 <= year.start - before.end <= _ADJACENT
    )


def _resolved(
    item: Found,
    previous: list[Found],
    bases: dict[int, tuple[str, int]],
    today: str | None = None,
    day_word: Callable[[Found], bool] = _never,
) -> tuple[Found, int | None]:
    """``item`` resolved against the times before it, and the index of the one it refers back to.

    A feast named as an occasion is never referred back to; an anaphoric time in the other direction
    ("خلال اليوم السابق وبرامج اليوم التالي") passes on the time it referred back to itself; "that time"
    (آنذاك، حينها، ذلك الوقت) never refers back to the day of writing (``today``) nor to a day word of the days of
    writing (``day_word``: اليوم، أمس، أول أمس): it is another time."""
    spec, _, time_part = (item.part or "")[len(PREFIX) :].partition("T")
    spec, _, day = spec.partition(_DAY_MARK)
    item = replace(item, part=time_part or None)
    i = len(previous)
    while i > 0:
        i -= 1
        if i in bases and (_opposite(bases[i][0], spec) or spec == bases[i][0] == _YEAR_AGO):
            i = bases[i][1] + 1  # the time it referred back to ("نفس الفترة من العام الماضي" twice: one year)
            continue
        ref = previous[i]
        if i > 0 and _appositive_year(previous[i - 1], ref):
            continue  # "الفترة ذاتها من العام الماضي 2014": the year written after the time it names
        if i == len(previous) - 1 and (ref.part or "").startswith("wd") and item.start - ref.end <= _ADJACENT:
            continue  # "الأربعاء 14 من الشهر نفسه": the weekday of the day itself, not what it refers to
        if spec == "REF" and ref.type == "DATE" and _ERA.fullmatch(ref.value):
            return replace(item, value=ref.value), i  # "في الثمانينيات ... آنذاك": that decade or century
        if ref.type not in ("DATE", "TIME") or not _CONCRETE.fullmatch(ref.value) or ref.part == OCCASION:
            continue
        if spec == "REF" and today is not None and ref.grain != "absday" and (
            ref.value.startswith(today) or (day_word(ref) and _days_before(ref.value, today) <= S.WRITING_DAYS)
        ):
            continue  # "قال اليوم/أمس ... وكان رئيس التحرير آنذاك": not today or yesterday (a date written out may be)
        if spec == "REF":
            return replace(item, type=ref.type, value=ref.value), i
        if spec == _YEAR_AGO and ref.grain in _DAY_WORD_GRAINS:
            continue  # "أعلنت الشركة أمس ... مقارنة بالفترة نفسها من العام الماضي": the period reported, not the day
        if spec == _YEAR_AGO:
            if today is not None and ref.value[:4] != today[:4]:
                return item, None  # "العام الماضي ... مقارنة بالفترة نفسها من العام الماضي": a year before publication
            year = int(ref.value[:4]) - 1
            return (replace(item, type=ref.type, value=f"{year:04d}{ref.value[4:]}"), i) if year > 0 else (item, None)
        found = _reference(ref.value)
        if found is None or _PRECISION[found[0]] < _PRECISION[spec[0]]:
            continue
        shifted = _shifted(item, ref, found, spec, time_part, day)
        return (shifted, i) if shifted is not None else (item, None)
    return item, -1


def _shifted(
    item: Found, ref: Found, found: tuple[str, dt.date], spec: str, time_part: str, day: str
) -> Found | None:
    """``item`` resolved against ``ref`` (of precision and first day ``found``): shifted by ``spec``, with its
    part of day and its day of the month; ``None`` when there is no such day."""
    value = cal.shift(found[1], spec[0], int(spec[1:]))
    if value is None:
        return None
    if time_part:
        value = f"{value}T{time_part}"
    if day and spec == "M0" and ref.calendar == "hijri" and found[0] == "D":
        return _hijri_day(item, found[1], int(day))  # "من 12 شوال وحتى 24 منه": Shawwal's 24th
    if day:
        value = f"{value}-{day}"
        if cal.make_date(int(value[:4]), int(value[5:7]), int(day)) is None:
            return None
    return replace(item, value=value)


def _hijri_day(item: Found, ref_day: dt.date, day: int) -> Found:
    """``item``, a day of the Hijri month of ``ref_day``."""
    h = cal.gregorian_to_hijri(ref_day)
    g = cal.hijri_to_gregorian(h[0], h[1], day) if h is not None else None
    return replace(item, value=cal.fmt_day(g), calendar="hijri") if g is not None else item


def _clock_on_day(item: Found, previous: list[Found]) -> Found:
    """A clock time written without its day ("السابعة مساء") on the day most recently named before it."""
    for ref in reversed(previous):
        day = _DAY.match(ref.value) if ref.type in ("DATE", "TIME") and ref.grain != "clock" else None
        if day is not None:
            return replace(item, value=day.group() + item.value)
    return item


def _part_on_day(item: Found, previous: list[Found], anchor: dt.date | None) -> Found:
    """A part of day written alone ("وقعت التفجيرات صباحا") on the day named most recently before it, if not
    after the publication day; else on the publication day, and "ليلا" on the night before it (told the
    morning after)."""
    timed = _clock_on_day(item, previous)
    if timed is not item and (anchor is None or timed.value[:10] <= anchor.isoformat()):
        return timed  # told by a perfect verb: never a day after the publication
    if anchor is None:
        return replace(item, value=cal.UNDERSPECIFIED["D"] + item.value)
    day = anchor - dt.timedelta(days=1) if item.part == "NI" else anchor
    return replace(item, value=day.isoformat() + item.value)


def resolve_anaphora(
    items: list[Found], anchor: dt.date | None = None, day_word: Callable[[Found], bool] = _never
) -> list[Found]:
    """``items`` (in text order) with every anaphoric time resolved against the times before it, and
    every clock time written without its day put on the day named before it (``anchor``: the day of writing;
    ``day_word``: whether an item is written with a day word of the days of writing, اليوم، أمس، أول أمس)."""
    today = anchor.isoformat() if anchor is not None else None
    out: list[Found] = []
    bases: dict[int, tuple[str, int]] = {}  # an anaphoric time's index: its spec and the index it referred to
    for i, item in enumerate(items):
        if (item.part or "").startswith(PREFIX):
            spec = (item.part or "")[len(PREFIX) :].partition("T")[0].partition(_DAY_MARK)[0]
            item, base = _resolved(item, out, bases, today, day_word)
            if base is not None:
                bases[i] = (spec, base)
        elif item.grain == "clock" and item.value.startswith("T") and not _day_follows(items, i):
            item = _clock_on_day(item, out)
        elif item.grain == "barepart":
            item = _part_on_day(item, out, anchor)
        out.append(item)
    return out


def _day_follows(items: list[Found], i: int) -> bool:
    """Whether a day comes right after the clock time ``items[i]`` (the merge pass joins them)."""
    return i + 1 < len(items) and items[i + 1].grain in ("day", "absday", "daytime") and (
        items[i + 1].start - items[i].end <= _JOIN_GAP
    )
