"""Days and times of day: day words (اليوم، أمس، غدا), weekdays, parts of day (صباح اليوم), clock
times (الساعة العاشرة صباحا) and references (حاليا، مؤخرا); holidays are in :mod:`~marsad.times.rules.feasts`.

- "اليوم الخميس" is the publication day; when the named weekday disagrees with the day word
  (articles dated by their crawl day, the morning after), the named weekday nearest to it wins.
- A bare weekday is the last such day on or before the anchor, unless the clause is in the future
  (سوف, س+imperfect verb, المقرر ...) or governed by an imperfect verb (يعقد المجلس اجتماعه الخميس):
  then the next such day on or after the anchor (written before its crawl date: "ستصدر الجمعة" crawled
  on a Friday is that Friday). "الخميس الماضي" is
  strictly before the anchor, "الخميس المقبل" strictly after; "الخميس من الأسبوع المقبل" is the
  Thursday of that week (weeks start on Sunday).
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.times import calendar as cal
from marsad.times import settings as S
from marsad.times.rules.base import CL, UNTIL_WORDS, WORD, Context, Found, Pieces, Rule, rule, span

_QUOTES = "«\"“'"
_PAPER = re.compile(r"(?<!\w)ل\s*ـ*\s*\($")  # "لـ(": told to a paper named in brackets


def rules(p: Pieces) -> list[Rule]:
    part, weekday, relmod = p.r("part"), p.weekday, p.r("relmod")
    parts = p.words("part")
    return [
        rule("dayref",
             rf"{CL}(?P<x>(?:(?P<mid>منتصف)\s+(?=ليل|البارحه))?(?:(?P<part>{part})\s+(?:من\s+)?(?:يوم\s+)?)?(?:يوم\s+)?"
             rf"(?P<dr>{p.r('dayref')}|(?<=\s)غد(?!\w))"
             rf"(?:\s*[،,]?\s*(?:\(\s*(?:يوم\s+)?(?P<wd1>{weekday})\s*\)|(?:يوم\s+)?(?P<wd2>{weekday})))?)",
             dayref, parts | {"يوم", "غد", "منتصف"} | p.words("dayref")),
        rule("weekday",
             rf"{CL}(?P<x>(?:(?P<mid>منتصف)\s+(?=ليل))?(?:(?P<part>{part})\s+(?:من\s+)?)?(?:(?P<yawm>يوم)\s+)?(?P<wd>{weekday})"
             rf"(?:\s+(?P<rel>{relmod})|\s*[،,]?\s+(?P<dd>\d{{1,2}})\s*/\s*(?P<mm>\d{{1,2}})(?![\d/]|\s+/))?)",
             weekday_rule, parts | {"يوم", "منتصف"} | set(p.lex.weekdays)),
        rule("clock",
             rf"{CL}(?P<x>(?:(?P<sa>الساعه)\s+(?:ال\s*(?=\d))?)?(?P<h>\d{{1,2}}(?:[:.،,]\d{{2}})?(?!\d)|(?<=الساعه\s)\d{{4}}(?!\d)|{p.ordw})"
             rf"(?:\s+و\s*(?:(?P<half>النصف|نصف)|(?P<quarter>الربع|ربع)|(?P<third>الثلث|ثلث)|(?P<mn>\d{{1,2}}|{p.numw})\s+دقيقه)(?!\w))?"
             rf"(?:\s+(?:الا|إلا)\s+(?P<minus>ربعا|الربع|ربع|ثلثا|الثلث|ثلث)(?!\w))?"
             rf"(?:\s+(?:من\s+)?(?P<ap>{p.r('clock')}))?)", clock, {"الساعه", "#"} | p.numbers("ordinal")),
        rule("ref", rf"{CL}(?P<x>{p.r('ref')})", ref, p.words("ref")),
        rule("partref", rf"{CL}(?P<x>{p.r('partref')}(?:\s+(?P<rel>الماضيه|المقبله|القادمه)(?!\w))?)",
             partref, p.words("partref")),
    ]


_YESTERDAY_AS_PAST = re.compile(r"(?<!\w)[وف]?(?:بالامس|الامس|في\s+الماضي)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?؟؛\n]")
_IN_THE_PAST = re.compile(r"(?<!\w)[وف]?في\s+الماضي(?!\w)")


def _after_yesterday_as_past(ctx: Context, s: int) -> bool:
    """"اليوم" set against "الأمس" earlier in its sentence ("بالأمس كانوا خداما، اليوم هم ضيوف") or against
    "في الماضي" anywhere in it: yesterday or the past against nowadays."""
    left = max(0, s - 150)
    for stop in _SENTENCE_END.finditer(ctx.text, left, s):
        left = stop.end()
    stop_after = _SENTENCE_END.search(ctx.text, s, min(len(ctx.text), s + 150))
    right = stop_after.start() if stop_after else min(len(ctx.text), s + 150)
    before = _YESTERDAY_AS_PAST.search(ctx.text, left, s)
    return before is not None or _IN_THE_PAST.search(ctx.text, s, right) is not None


_TODAY = re.compile(r"(?<!\w)[وف]?اليوم(?!\w)")
_CLAUSE_BREAK = re.compile(r"[.!?؟؛:،,«»\"()\n]")
_STATE_VERB_WORDS = 3  # "الجيل الذي يقود الحراك الشعبي اليوم": the verb, its object, اليوم
_WAS = frozenset({"كان", "كانت", "كانوا"})  # "التي كانت تعمل على مدار اليوم": no nowadays


def _after_a_state_verb(ctx: Context, s: int) -> bool:
    """"اليوم" a few words after an imperfect verb of a lasting state in its clause ("الذي يعمل اليوم طبيبا",
    "ما يعرف اليوم باسم"): nowadays."""
    left = max(0, s - 60)
    for stop in _CLAUSE_BREAK.finditer(ctx.text, left, s):
        left = stop.end()
    words = [w[1:] if w[:1] in "وف" and len(w) > 3 else w for w in WORD.findall(ctx.text[left:s])]
    return any(w in ctx.words.state_verbs for w in words[-_STATE_VERB_WORDS:]) and not any(w in _WAS for w in words)


def _before_today_as_present(ctx: Context, e: int) -> bool:
    """"الأمس" set against "اليوم" later in its sentence: the past against nowadays."""
    stop = _SENTENCE_END.search(ctx.text, e, min(len(ctx.text), e + 150))
    return _TODAY.search(ctx.text, e, stop.start() if stop else min(len(ctx.text), e + 150)) is not None


def _today_not_a_date(m: re.Match[str], ctx: Context, e: int) -> bool:
    """"اليوم" as a name, a quoted word or "the day" of something ("اليوم الوطني"); a paper's name
    in brackets after ل ("قال لـ(اليوم)")."""
    before, after = ctx.around(m.start("dr"), e)
    ds = m.start("dr")
    return after in ctx.words.not_after or before in ctx.words.not_before or (
        ctx.text[max(0, ds - 1) : ds] in _QUOTES and ds > 0
    ) or bool(_PAPER.search(ctx.text, max(0, ds - 3), ds) and ctx.text[e : e + 1] == ")") or _dateline(ctx, ds, e) or (
        bool(_DETACHED_LI.search(ctx.text, max(0, ds - 4), ds) and _COLON_AFTER.match(ctx.text, e))
    )  # "نائب لبناني لـ اليوم : ...": a headline's words told to the paper


_DETACHED_LI = re.compile(r"(?<!\w)ل\s*ـ*\s+$")  # "لـ اليوم" (the tatweel is gone from the normalized text)
_COLON_AFTER = re.compile(r"\s*:")


_DATELINE_AFTER = re.compile(r"[ \t]*[-–—][ \t]*\w")
_DATELINE_BEFORE = re.compile(r"(?:^|\n|\s{2,})$")


def _dateline(ctx: Context, start: int, end: int) -> bool:
    """"اليوم - واشنطن" opening a line: the paper's name in a dateline, not today."""
    return bool(_DATELINE_AFTER.match(ctx.text, end) and _DATELINE_BEFORE.search(ctx.text[max(0, start - 3) : start]))


def _day_with_weekday(anchor: dt.date, offset: int, wd_text: str | None, ctx: Context) -> dt.date:
    """The day word's date moved to the named weekday, which wins: the one nearest the day word's
    date, but a past day word's never after the anchor ("أمس الأحد" crawled on a Saturday: the Sunday
    before, a crawl late by some days; "أمس الثلاثاء" crawled on a Tuesday: that day, told in the next
    day's edition posted the evening before; "غدا الاثنين" crawled on a Tuesday: the Monday just
    over, a crawl a day late)."""
    day = anchor + dt.timedelta(days=offset)
    if wd_text:
        wd = ctx.lex.weekday(wd_text)
        if wd is not None and wd != day.isoweekday():
            near = cal.weekday_date(day, wd, 0)
            if offset < 0 and near > anchor:
                near -= dt.timedelta(days=7)
            return near
    return day


def dayref(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m)
    key = ctx.lex.key(m["dr"])
    offset = int(ctx.lex.kind("dayref").get(key, "1" if key == "غد" else "0"))
    wd_text = m["wd1"] or m["wd2"]
    if key == "اليوم" and not wd_text and _today_not_a_date(m, ctx, e):
        return None
    if key == "امس" and ctx.text[m.start() : s].endswith("ل"):
        return None  # "لامس" is the verb "touched" (بعدما لامس 20817 نقطة), not "to yesterday"
    if key == "امس" and not wd_text and ctx.kind("needafter", ctx.around(s, e)[1]):
        return None  # "في أمس الحاجة إلى": the elative "most in need", not yesterday
    part = ctx.kind("part", m["part"])
    if not (wd_text or part) and key in ("غد", "الغد") and any(w in ctx.words.not_gad for w in ctx.around(s, e)):
        return None  # نحو غد مشرق, صحيفة الغد
    if not (wd_text or part) and key in ("اليوم", "الامس") and m.start("dr") == s:
        before, _ = ctx.around(s, e)
        if key == "اليوم" and not ctx.kind("todayevent", before) and (
            before in ctx.words.present_before or _after_yesterday_as_past(ctx, s) or _after_a_state_verb(ctx, s)
        ):
            return Found(s, e, "DATE", "PRESENT_REF")  # وهي اليوم تثور, بالأمس كانوا ... اليوم هم: nowadays
        if key == "الامس" and (before in ctx.words.past_noun or _before_today_as_present(ctx, e)):
            return Found(s, e, "DATE", "PAST_REF")  # نجوم الأمس, بالأمس كانوا ... اليوم هم: the past
    if ctx.anchor is None:
        value = "XXXX-XX-XX"
    else:
        day = _day_with_weekday(ctx.anchor, offset, wd_text, ctx)
        value = cal.fmt_day(day)
    night_end = ctx.kind("nightday", m["dr"]) if m["mid"] and not wd_text else None  # ليلة الجمعة: the night before it
    if part and not ctx.kind("midnightpart", m["part"]):
        night_end = None
    if night_end is not None and ctx.anchor is not None:  # منتصف البارحة، منتصف ليل أمس: the midnight ending that night
        return Found(s, e, "TIME", f"{cal.fmt_day(day + dt.timedelta(days=1))}{night_end}", grain="daytime", part="NI")
    if part:
        return _part_of(m, ctx, s, e, value, part)
    return Found(s, e, "DATE", value, grain="day")


def _part_of(m: re.Match[str], ctx: Context, s: int, e: int, value: str, part: str) -> Found:
    """A part of a day ("صباح أمس"); "منتصف ليل السبت" is midnight at the start of that day."""
    clock = ctx.kind("midnightpart", m["part"]) if m["mid"] else None
    if clock is not None and not value.startswith("X"):
        return Found(s, e, "TIME", f"{value}{clock}", grain="daytime", part=part)
    if m["mid"]:
        s = m.start("part")  # a midnight of an unknown day: the part of day alone
    return Found(s, e, "TIME", f"{value}T{part}", grain="daytime", part=part)


def _day_month_of_weekday(day: int, month: int, wd: int, anchor: dt.date) -> dt.date | None:
    """"الأربعاء 28/9": the date nearest the anchor, Gregorian or Hijri, on which day/month falls on
    that weekday (within :data:`S.WEEKDAY_DATE_DAYS` of the anchor)."""
    options: list[dt.date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        g = cal.make_date(year, month, day)
        if g is not None:
            options.append(g)
    h = cal.gregorian_to_hijri(anchor)
    if h is not None:
        for year in (h[0] - 1, h[0], h[0] + 1):
            g = cal.hijri_to_gregorian(year, month, day)
            if g is not None:
                options.append(g)
    fit = [d for d in options if d.isoweekday() == wd and abs((d - anchor).days) <= S.WEEKDAY_DATE_DAYS]
    return min(fit, key=lambda d: abs((d - anchor).days)) if fit else None


_NUMBER_BEFORE = frozenset({"كلا", "الواحد", "بين", "هذين", "يجمع", "تجمع", "جمع", "جمعت"})  # "يجمع الاثنين": the two
_TWO_BEFORE = frozenset({"ان", "بان", "لان", "وان", "مع"})  # folded: "أن الاثنين كانا", "مع الاثنين": the two
_TWO_AFTER = frozenset({"معا", "منهما", "الاخرين", "الاخران", "كليهما", "كلاهما", "اللذين", "اللذان"})  # folded
_NEXT_WEEKDAY = re.compile(r"\s*[،,]?\s*(?:او\s+|و\s*)(?:يوم\s+)?(\w+)\s+(\w+)")


def _percent_after(ctx: Context, e: int) -> bool:
    """A percent word right after the weekday ("الاثنين في المائة", "الأحد بالمئة"): a number, not a day."""
    rest = " ".join(ctx.text[e : e + 16].split())
    return any(
        rest.startswith(p) and not rest[len(p) : len(p) + 1].isalnum() for p in ctx.words.percent_after
    )


_NAME_BEFORE = re.compile(r"(?:(\w+)\s+)?(\w+)\s+$")


def _family_name(ctx: Context, wd: str, s: int) -> bool:
    """A weekday that is also a family name (الخميس، الجمعة) right after a given name is the name ("وأحمد الخميس
    عضو في اللجنة"), unless another given name comes before that one ("محمود عباس الجمعة": the name is whole,
    the weekday is a day)."""
    if not ctx.kind("surnameday", wd):
        return False
    near = _NAME_BEFORE.search(ctx.text, max(0, s - S.CONTEXT_WORD_CHARS * 2), s)
    if near is None or not _given(ctx, near.group(2)):
        return False
    first = near.group(1)
    return first is None or first in ("بن", "بنت") or not _given(ctx, first)


def _given(ctx: Context, word: str) -> bool:
    """A given name of ``given_names.tsv`` (with و or ف before it), not one that is also a word of ``givennot``."""
    bare = word[1:] if word[:1] in "وف" and ctx.kind("givenname", word[1:]) else word
    return bool(ctx.kind("givenname", bare)) and not ctx.kind("givennot", bare)


def _listed_weekday_rel(ctx: Context, e: int) -> int | None:
    """"يومي الأحد والاثنين المقبلين": the first weekday of a list takes the last one's الماضي/المقبل."""
    nxt = _NEXT_WEEKDAY.match(ctx.text, e)
    if nxt is None or ctx.lex.weekday(nxt.group(1)) is None:
        return None
    value = ctx.lex.kind("relmod").get(ctx.lex.key(nxt.group(2)))
    return int(value) if value is not None else None


def weekday_rule(m: re.Match[str], ctx: Context) -> Found | None:
    wd = ctx.lex.weekday(m["wd"])
    if wd is None:
        return None
    s, e = span(m)
    before, after = ctx.around(s, e)
    bare = not (m["yawm"] or m["part"] or m["rel"])
    if bare and wd in (1, 7) and (before in _NUMBER_BEFORE or after in _TWO_AFTER):
        return None  # الأحد/الاثنين as "one"/"two"
    if bare and wd in (1, 7) and _percent_after(ctx, e):
        return None  # "مستوى الاثنين في المائة": two percent, not Monday
    if bare and wd == 1 and before in _TWO_BEFORE and not after[:1].isdigit():
        return None  # "أن الاثنين يعرفان بعضهما": the two as a subject, not Monday
    if bare and m.start() == s and _family_name(ctx, m["wd"], s):
        return None  # "أحمد الخميس": a family name
    generic = ctx.kind("genericbefore", before) or (before[:1] in "وفبل" and ctx.kind("genericbefore", before[1:]))
    if not (m["part"] or m["rel"] or m["dd"]) and generic:
        return Found(s, e, "DATE", f"XXXX-WXX-{wd}")  # "خطب صلاة الجمعة": Fridays in general
    rel = ctx.rel(m["rel"])
    week = _week_after(ctx, e) if rel is None and not m["dd"] else None
    if week is not None and ctx.anchor is not None:  # "الأحد من الأسبوع المقبل": that day of that week
        week_rel, week_end = week
        first: dt.date = ctx.anchor + dt.timedelta(weeks=week_rel)
        first -= dt.timedelta(days=first.isoweekday() % 7)  # the Sunday its week starts on
        day = first + dt.timedelta(days=wd % 7)
        if _NEXT_WEEKDAY.match(ctx.text, e) is None:
            e = week_end
        return _weekday_found(m, ctx, s, e, cal.fmt_day(day), wd, 0, written=True)
    if rel is None and not m["dd"]:
        rel = _listed_weekday_rel(ctx, e)
    written = _day_month_of_weekday(int(m["dd"]), int(m["mm"]), wd, ctx.anchor) if m["dd"] and ctx.anchor else None
    if m["dd"] and written is None:
        e = m.end("wd")  # a day and month that fit the weekday in neither calendar stay out
    if written is not None:
        value = cal.fmt_day(written)
        rel = 0
    elif ctx.anchor is None:
        value = f"XXXX-WXX-{wd}"
    else:
        if rel is not None and rel <= -1:
            direction = -2
        elif rel is not None and rel >= 1:
            direction = 1
        elif rel == 0:
            direction = 0
        elif before == "منذ":  # منذ الخميس: since a past day, whatever the clause's tense
            direction = -1
        else:
            tense = ctx.tense(s, e, present=True)
            # an imperfect verb or a future cue: this day or the next such one (يعمل به اعتبارا من الاثنين)
            direction = 3 if tense in ("future", "present") else -1
        day = cal.weekday_date(ctx.anchor, wd, direction)
        if rel is not None and abs(rel) > 1:  # "الخميس قبل الماضي": a week before last Thursday
            day += dt.timedelta(weeks=rel - (1 if rel > 0 else -1))
        value = cal.fmt_day(day)
    return _weekday_found(m, ctx, s, e, value, wd, rel, written=written is not None)


def _weekday_found(
    m: re.Match[str], ctx: Context, s: int, e: int, value: str, wd: int, rel: int | None, *, written: bool
) -> Found:
    part = ctx.kind("part", m["part"])
    if part:
        return _part_of(m, ctx, s, e, value, part)
    return Found(s, e, "DATE", value, grain="absday" if written else "day", part=None if rel is not None else f"wd{wd}")


_WEEK_AFTER = re.compile(r"\s*[،,]?\s+(?:من\s+)?الاسبوع\s+(?P<rel>\w+(?:\s+\w+){0,2})")


def _week_after(ctx: Context, e: int) -> tuple[int, int] | None:
    """The week named after a weekday or a list of weekdays ("الأحد والاثنين الأسبوع المقبل"): its
    offset from the anchor's week and where its words end."""
    pos = e
    while (nxt := _NEXT_WEEKDAY.match(ctx.text, pos)) is not None and ctx.lex.weekday(nxt.group(1)) is not None:
        pos = nxt.end(1)
    week = _WEEK_AFTER.match(ctx.text, pos)
    if week is None:
        return None
    words = week["rel"].split()
    for n in (3, 2, 1):
        value = ctx.lex.kind("relmod").get(ctx.lex.key(" ".join(words[:n]))) if len(words) >= n else None
        if value is not None:
            end = week.start("rel") + len(" ".join(week["rel"].split()[:n]))
            return int(value), end
    return None


def _clock_hour(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The hour and minute as written, before the part of day is applied."""
    h_text = m["h"]
    minute = 0
    if h_text[0].isdigit() and len(h_text) == 4 and h_text.isdigit():
        hour, minute = int(h_text[:2]), int(h_text[2:])
    elif h_text[0].isdigit():
        hm = re.split(r"[:.،,]", h_text)
        hour = int(hm[0])
        if len(hm) > 1:
            minute = int(hm[1])
    else:
        key = ctx.lex.key(h_text)
        if key == "الاولي" and (not m["ap"] or ctx.around(m.start("h"), m.start("h"))[0] == "الساعات"):
            return None  # "الساعات الأولى من فجر الجمعة": the first hours, not one o'clock
        hour = ctx.lex.numbers[key][0]
    if m["half"]:
        minute = 30
    elif m["quarter"]:
        minute = 15
    elif m["third"]:
        minute = 20
    elif m["mn"]:
        minute = ctx.num(m["mn"]) or 0
    if m["minus"]:
        hour = (hour - 1) % 24
        minute = 40 if "ثلث" in m["minus"] else 45
    return hour, minute


def clock(m: re.Match[str], ctx: Context) -> Found | None:
    if not (m["sa"] or m["ap"]):
        return None
    try:
        hm = _clock_hour(m, ctx)
    except ValueError:
        return None
    if hm is None:
        return None
    hour, minute = hm
    ap = ctx.kind("clock", m["ap"])
    if ap == "am" and hour == 12:
        hour = 0
    elif ap == "pm" and hour < 12:
        hour += 12
    elif ap == "noon" and hour < 11:
        hour += 12
    elif ap == "night" and 6 <= hour < 12:
        hour += 12
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    s, e = span(m)
    return Found(s, e, "TIME", f"T{hour % 24:02d}:{minute:02d}", grain="clock", part=ap)


_AFTER_A_WORD = re.compile(r"\w[ \t]+$")
_CLAUSE_STOP = re.compile(r"[.!?؟؛:،,\n]")


def _recently(ctx: Context, s: int, e: int) -> bool:
    """"أخيرا" as "recently" (أطلقت الكويت أخيرا اسمه): after a word of its clause, without و, in a past clause
    with no ``finallybefore`` word ("ثم انهار أخيرا", "تمكن الجيش أخيرا": finally)."""
    if not _AFTER_A_WORD.search(ctx.text, max(0, s - 4), s) or ctx.tense(s, e, present=True) != "past":
        return False
    left = max(0, s - S.TENSE_LEFT_CHARS)
    for stop in _CLAUSE_STOP.finditer(ctx.text, left, s):
        left = stop.end()
    words = WORD.findall(ctx.text, left, s)[-S.TENSE_LEFT_WORDS :]
    if words and any(ctx.imperfect(words[-1][k:]) for k in range(2) if words[-1][:k] in ("", "ل")):
        return False  # "ليسمح أخيرا ببيعها": an imperfect verb right before it, finally
    return not any(ctx.kind("finallybefore", w) or (w[:1] in "وف" and ctx.kind("finallybefore", w[1:])) for w in words)


def _is_a_talk(ctx: Context, e: int) -> bool:
    """"حديثا" followed by an accusative adjective (حديثا مطولا) or a ``talkafter`` word (حديثا مع): a talk."""
    after = ctx.around(e, e)[1]
    return (len(after) > 3 and after.endswith("ا")) or ctx.kind("talkafter", after) is not None


def _after_an_accusative_noun(ctx: Context, s: int) -> bool:
    """Right after an indefinite accusative noun ("استطلاعا حديثا"، "تخطيطا حديثا"): the adjective "recent, modern";
    not after a plural verb or a pronoun suffix (انضموا حديثا، تم تطويرها حديثا)."""
    before = ctx.around(s, s)[0]
    return len(before) >= 5 and before.endswith("ا") and not before.endswith(("وا", "ها", "نا", "ما"))


_OF_AN_EVENT = re.compile(r"\s+(?:من|علي)\s+\w")
_FROM = re.compile(r"\s+من(?:ه|ها|هما|هم|هن|ك|كم|ي|نا)?(?!\w)")  # "قريبا من المدينة"، "كنت قريبا منهم"
_OR_FAR = re.compile(r"(?:\s+\w+){0,2}?\s+(?:او|و)\s*بعيد")  # "قريبا كان أو بعيدا": near or far


_FORMER_WORDS = 4  # "مدير معهد المعلمين سابقا": the role this many words before سابقا at most


def _former(ctx: Context, s: int) -> bool:
    """"سابقا" as "former" after a name, a role or a club's nisba: a word of ``formerbefore`` (with its
    accusative alif: نائبا سابقا) among the last words before it with no relative pronoun between, or a
    definite nisba adjective right before it (ميلان الإيطالي سابقا)."""
    words = WORD.findall(ctx.text, max(0, s - 60), s)[-_FORMER_WORDS:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i][1:] if words[i][:1] in "وف" and len(words[i]) > 4 else words[i]
        if w in _RELATIVE_WORDS:
            return False
        forms = {w, w[:-1] if w.endswith("ا") else w, w[1:] if w[:1] in "لب" else w}  # نائبا، لمدير
        if forms & ctx.words.former_before:
            return True
    last = words[-1] if words else ""
    return last.startswith("ال") and last.endswith("ي") and len(last) >= 6


_RELATIVE_WORDS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "ما", "من"})


def ref(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m)
    if ctx.lex.key(m["x"]) == "سابقا" and _former(ctx, s):
        return None  # يوغوسلافيا سابقا، مدير المركز سابقا، نجم ميلان الإيطالي سابقا: "former"
    value = ctx.lex.kind("ref")[ctx.lex.key(m["x"])]
    if ctx.kind("untilref", m["x"]) and ctx.around(s, e)[0] not in UNTIL_WORDS:
        return None  # "تاريخه" alone: its history; "حتى تاريخه": to date
    if ctx.lex.key(m["x"]) == "قريبا" and _FROM.match(ctx.text, e) and ctx.tense(s, e, present=True) != "future":
        return None  # "قريبا من المدينة": near a place, not soon
    if ctx.lex.key(m["x"]) == "قريبا" and _OR_FAR.match(ctx.text, e):
        return None  # "أي شخص قريبا كان أو بعيدا": near, not soon
    if ctx.lex.key(m["x"]) == "اخيرا" and not _recently(ctx, s, e):
        return None  # "وأخيرا"، "تمكن الجيش أخيرا": finally, not recently
    if ctx.kind("laterpast", m["x"]) and ctx.tense(s, e) != "future":
        return None  # "وأصبحت فيما بعد إحدى المليشيات": later than a past event, no time of its own
    issued = ctx.kind("recentparticiple", ctx.around(s, e)[0])  # "الصادر حديثا عن": recently, not a talk
    if ctx.lex.key(m["x"]) == "حديثا" and (_is_a_talk(ctx, e) or _after_an_accusative_noun(ctx, s)) and not issued:
        return None  # "أجرى حديثا مطولا مع": a talk; "استطلاعا حديثا": a recent poll, not "recently"
    if ctx.lex.key(m["x"]).split(" ", 1)[0] in ("قبل", "بعد") and _OF_AN_EVENT.match(ctx.text, e):
        return None  # "بعد قليل من إقلاعها": shortly after an event, not after the publication
    if ctx.lex.key(m["x"]).split(" ", 1)[0] in ("حتي", "في", "من"):  # "حتى اللحظة": the preposition stays out
        s = ctx.text.index(" ", s) + 1
        while ctx.text[s].isspace():
            s += 1
    return Found(s, e, "DATE", value)


def partref(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m)
    _, after = ctx.around(e, e)
    if after in ctx.words.not_after:
        return None
    key = ctx.lex.key(m["x"][: m.start("rel") - m.start("x")] if m["rel"] else m["x"])
    part = ctx.lex.kind("partref").get(key.strip())
    if part is None:
        return None
    if part.startswith("T") and not m["rel"]:  # "منتصف النهار": noon of the day named before it
        return Found(s, e, "TIME", part, grain="clock")
    offset = -1 if m["rel"] == "الماضيه" else (1 if m["rel"] else 0)
    day = cal.shift(ctx.anchor, "D", offset)
    return Found(s, e, "TIME", f"{day}T{part}", grain="daytime", part=part)
