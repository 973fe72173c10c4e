"""The factuality of a protest told by its noun or its protesters (``mention`` rows of ``event_triggers.tsv``).

A protest noun in a news sentence is the day's protest (المظاهرات في العراق، تدخلت الشرطة لتفريق المتظاهرين)
unless the sentence tells it otherwise (docs/conventions.md, PROTEST):

- background (reference): a sentence opened as a reminder (ويذكر أن، يشار إلى أن), a year before the year of
  publication (1967 - بدء تظاهرات، في ربيع 1970), a past period (في الأشهر الأخيرة، خلال السنوات الماضية، في
  السنوات الثلاث الماضية، في وقت سابق، في وقت سابق من هذا العام), a past habit or course (كان يقود السجناء في
  إضرابات), every protest (كل الاحتجاجات), the duties of a force (مهام حفظ النظام كتفريق المظاهرات: what riot
  police do in general), protests that lasted a while (احتجاجات استمرت أسابيع: over), protests that toppled a
  ruler (المظاهرات التي أطاحت بنظام الرئيس، أعلن الجيش عزل مرسي بعد احتجاجات حاشدة: history, unless the sentence
  dates them within the last days),
  protests named as what a law, a right, a freedom or a ban is about (قانون الإطعام القسري للأسرى المضربين عن
  الطعام، حقه في الإضراب، حرية التظاهر: a kind of act, no act);
- hypothetical, future or negated: a possibility or an expectation that governs the noun from further away than
  the auxiliary markers reach (ما قد يثيره ذلك من احتجاجات، من المنتظر أن يخرج ...، لن يشارك في هذه المظاهرات),
  or a denial of the report (أمر غير صحيح).

The words are in ``event_wordsets.tsv`` (@reminder, @past_period, @duties, @maybe, @expected, @denial, @toppled,
@ruler, @protest_rules).
"""

from __future__ import annotations

import re

from marsad.document import TimeExpr
from marsad.events.context import Context
from marsad.events.factuality import KANA, RECENT_DAYS, REFERENCE, WHOEVER, last_day
from marsad.text.normalize import fold

_YEAR = re.compile(r"(?<![\d.])(1[89]\d\d|20\d\d)(?![\d.])")
MANY = frozenset({"عديده", "كثيره", "متعدده"})  # folded: مظاهرات عديدة
LASTED = frozenset({"استمرت", "دامت", "استمر", "دام"})  # folded: past verbs of lasting
SPANS = frozenset({"ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام", "اياما", "شهرا", "عاما"})  # folded
LASTED_CHARS = 12  # characters from the verb of lasting to its duration (استمرت عدة أسابيع)
# a past period of months, years (or weeks) before the news, some or counted: PXM, P3Y (الأشهر الماضية، السنوات
# الثلاث الماضية)
_PERIOD = re.compile(r"^P(?:X|\d+)[MYW]$")
_COARSE = re.compile(r"^\d{4}(?:-\d{2})?$")  # a year or a month (2015, 2015-08), no day
EARLIER = frozenset({"سابق"})  # folded: وقت سابق من هذا العام (a DATE of the year it falls in)
RECENT = frozenset({"ايام", "ساعات", "دقائق", "ليالي"})  # folded: الأيام الماضية (PAST_REF) is the news itself
SINCE_CHARS = 20  # characters from منذ to the date it governs
_SINCE = re.compile(r"منذ")
REACH = 8  # words before the trigger a possibility, an expectation or لن may govern it from
DEPOSED = frozenset({"اعلن", "اعلان", "باعلان", "واعلن", "اعلنت"})  # folded: أعلن الجيش عزل مرسي, a deposition told


def _words(ctx: Context, name: str) -> frozenset[str]:
    return ctx.lex.wordsets.get(name, frozenset())


def _old_year(ctx: Context, lo: int, hi: int) -> bool:
    """A year before publication written in the sentence, or a date of an earlier year (ربيع 1970)."""
    pub = ctx.doc.published
    if pub is None:
        return False
    text = ctx.doc.text[ctx.starts[lo] : ctx.ends[hi - 1]]
    since = [m.start() + ctx.starts[lo] for m in _SINCE.finditer(text)]
    for m in _YEAR.finditer(text):
        if int(m.group(1)) < pub.year and not _after_since(since, m.start() + ctx.starts[lo]):
            return True
    return any(t.value[:4].isdigit() and int(t.value[:4]) < pub.year and not _after_since(since, t.start)
               for t in _times(ctx, lo, hi) if t.value)


def _after_since(since: list[int], start: int) -> bool:
    """Does منذ stand shortly before ``start`` (منذ اعتقاله العام الماضي: a protest going on since then)?"""
    return any(0 <= start - s <= SINCE_CHARS for s in since)


def after_since(ctx: Context, start: int) -> bool:
    """Does منذ stand shortly before the character ``start`` (منذ اعتقاله العام الماضي), or open the time that
    starts there (منذ 54 يوما)?"""
    return "منذ" in ctx.doc.text[max(0, start - SINCE_CHARS) : start + len("منذ")]


def _times(ctx: Context, lo: int, hi: int) -> list[TimeExpr]:
    a, b = ctx.starts[lo], ctx.ends[hi - 1]
    return [t for t in ctx.times if a <= t.start < b]


def _past_period(ctx: Context, lo: int, hi: int) -> bool:
    """A period of the past named in the sentence (الأشهر الأخيرة، وقت سابق: PAST_REF; not الأيام الماضية)."""
    marks = _words(ctx, "past_period")
    for t in _times(ctx, lo, hi):
        words = {f for w in ctx.doc.text[t.start : t.end].split() for f in _forms(w)}
        if t.value == "PAST_REF" and words & marks and not words & RECENT:
            return True
        if t.type == "DURATION" and _PERIOD.match(t.value) and words & marks:
            return True
        if t.type == "DATE" and _COARSE.match(t.value) and words & EARLIER:
            return True  # في وقت سابق من هذا العام: earlier in a year or a month, not within the last days
    return False


def _forms(word: str) -> set[str]:
    w = fold(word)
    return {w, w.removeprefix("و"), w.removeprefix("ال")}


def background(ctx: Context, k: int, end: int, lo: int, hi: int) -> bool:
    """Is the protest at words [k, end) of the sentence [lo, hi) told as background?"""
    opener = {f for x in range(lo, min(hi, lo + 2)) for f in ctx.words[x].forms}
    if opener & _words(ctx, "reminder") or {"قبل", "ذلك"} <= opener:
        return True
    if _old_year(ctx, lo, hi) or _past_period(ctx, lo, hi):
        return True
    if any(set(ctx.words[x].forms) & _words(ctx, "duties") for x in range(lo, hi)):
        return True  # تستخدم في مهام حفظ النظام كتفريق المظاهرات: what a force does, in general
    if _lasted(ctx, end, hi) or _toppled(ctx, lo, hi) or _ruled(ctx, k, lo):
        return True
    if (k > lo and ctx.words[k - 1].norm in ("كل", "وكل")) or (end < hi and bool(set(ctx.words[end].forms) & MANY)):
        return True  # كل الاحتجاجات، قاد مظاهرات عديدة: every protest, many of them
    for x in range(max(lo, k - 3), k - 1):  # من يخرجون في تظاهرات: whoever protests
        if ctx.words[x].norm in WHOEVER and ctx.words[x + 1].norm[:1] in "يت":
            return True
    for x in range(max(lo, k - 4), k - 1):  # كان يقود السجناء في إضرابات: a past habit
        if ctx.words[x].norm in KANA and ctx.words[x + 1].norm[:1] in "يت" and x + 1 < k:
            return True
    return False


def _lasted(ctx: Context, end: int, hi: int) -> bool:
    """Protests that lasted a while (احتجاجات استمرت أسابيع، دامت شهرين): over, told as background."""
    for x in range(end, min(hi, end + 2)):
        if set(ctx.words[x].forms) & LASTED:
            after = ctx.ends[x]
            return any(t.type == "DURATION" and 0 <= t.start - after <= LASTED_CHARS for t in ctx.times) \
                or any(set(ctx.words[y].forms) & SPANS for y in range(x + 1, min(hi, x + 3)))
    return False


def _toppled(ctx: Context, lo: int, hi: int) -> bool:
    """Does the sentence tell a ruler toppled (أطاحت بنظام الرئيس، أسقطوا الحكومة، أدت لخلع الرئيس، أنهت حكمه، أعلن
    الجيش عزل مرسي), none of its times within the last days before publication? The protests it names are the
    history of that fall, not the day's news. A ruler who acts is no fall (أطاح الرئيس بوزيره، أنهت الحكومة الإضراب)."""
    toppled, ruler = _words(ctx, "toppled"), _words(ctx, "ruler")
    for x in range(lo, hi - 1):
        w = ctx.words[x]
        forms = set(w.forms)
        if not forms & toppled or (w.proclitics[-1:] in ("ب", "ل") and "لخلع" not in forms):
            continue  # يطالبون بعزل المحافظ: a demand, not a fall
        after = [ctx.words[y] for y in (x + 1, x + 2) if y < hi]
        if forms & {"عزل", "عزله"}:  # أعلن الجيش عزل مرسي، عزل الجيش الرئيس
            told = after[0].norm == "الجيش" or any(ctx.words[y].norm in DEPOSED for y in range(max(lo, x - 3), x))
        elif forms & {"انهت"}:  # أنهت حكمه; not أنهت الحكومة الإضراب
            told = bool(set(after[0].forms) & {"حكم", "حكمه", "حكمها"})
        elif forms & {"اطاح", "اطاحت", "اطاحوا"}:  # أطاحت (الاحتجاجات الشعبية) بنظام الرئيس; not أطاح الرئيس بوزيره
            told = any(a.norm.startswith("ب") and set(a.forms) & ruler for a in ctx.words[x + 1 : min(hi, x + 4)])
        else:  # أدت لخلع الرئيس، خلعنا صالح، أسقطوا الحكومة
            told = bool(forms & {"لخلع", "خلعنا"}) or any(set(a.forms) & ruler for a in after)
        if told:
            return not _recent(ctx, lo, hi)
    return False


CLAUSE_MARKS = (".", "،", ",", "؛", ";", ":")
RULED_REACH = 6  # words from a law, a right or a ban to the protest it is about


def _ruled(ctx: Context, k: int, lo: int) -> bool:
    """Is the protest noun or participle at word ``k`` what a law, a right, a freedom or a ban before it in its clause
    is about (قانون التغذية القسرية للأسرى المضربين، وحقه في الإضراب، حرية التظاهر)? Not a verb (قانون ... تظاهر
    الآلاف: they protested), nor بحق (against: القمع بحق المتظاهرين)."""
    if not any(f.startswith(("ال", "م")) for f in ctx.words[k].forms):
        return False
    rules = _words(ctx, "protest_rules")
    seen = 0
    for x in range(k - 1, lo - 1, -1):
        mark = ctx.punct(x)
        if mark in CLAUSE_MARKS:
            return False
        if mark:
            continue  # quotation marks around a name (قانون "الإطعام القسري") count no word
        forms = set(ctx.words[x].forms)
        if forms & rules and not ("حق" in forms and ctx.words[x].proclitics.endswith("ب")):
            return True
        seen += 1
        if seen >= RULED_REACH:
            return False
    return False


def _recent(ctx: Context, lo: int, hi: int) -> bool:
    """Is a time of the sentence within the last days before publication (أمس، اليوم)?"""
    pub = ctx.doc.published
    days = [last_day(t.value) for t in _times(ctx, lo, hi) if t.value]
    return pub is not None and any(d is not None and 0 <= (pub - d).days <= RECENT_DAYS for d in days)


def _governing_mode(ctx: Context, k: int, lo: int) -> str | None:
    """A possibility (قد + imperfect, ربما، إمكان), an expectation (من المنتظر أن) or لن before the trigger in
    its clause, further than the auxiliary markers reach."""
    maybe, expected = _words(ctx, "maybe"), _words(ctx, "expected")
    if any(set(ctx.words[x].forms) & expected for x in range(lo, k)):
        return "future"  # من المنتظر أن يخرج آلاف ...، وفقا لمنظمي المظاهرة
    for x in range(k - 1, max(lo, k - REACH) - 1, -1):
        if ctx.punct(x) in CLAUSE_MARKS:
            break
        forms = set(ctx.words[x].forms)
        if ctx.words[x].norm in ("لن", "ولن"):
            return "negation"
        nxt = ctx.words[x + 1].norm if x + 1 < k else ""
        if forms & maybe and (ctx.words[x].norm not in ("قد", "وقد", "فقد") or nxt[:1] in "يت"):
            return "hypothetical"
    return None


def _denied(ctx: Context, end: int, hi: int) -> bool:
    """The report of the protest is denied after it (أمر غير صحيح، لا أساس له من الصحة)."""
    denial = _words(ctx, "denial")
    return any(ctx.words[x].norm == "غير" and x + 1 < hi and set(ctx.words[x + 1].forms) & denial
               for x in range(end, hi))


def mention_mode(ctx: Context, k: int, end: int) -> str | None:
    """The mode of a protest mention at words [k, end): an auxiliary mode, ``reference``, or None (asserted)."""
    lo, hi = ctx.sentence_of(k)
    if _denied(ctx, end, hi):
        return "negation"
    mode = _governing_mode(ctx, k, lo)
    if mode is not None:
        return mode
    return REFERENCE if background(ctx, k, end, lo, hi) else None


def bystander(ctx: Context, k: int, start: int, end: int) -> bool:
    """Is the party at characters [start, end), before the protest noun at word ``k`` in its sentence, no protester:
    no word of ``@joined`` (شارك، خرج، نظم، منظمو) between them (السعوديون في مدن تظاهرات سيدني، أهاب بالمواطنين
    عدم الخروج خلال وقت المظاهرات)? A party right before the noun is its own (المتظاهرين المحتجين)."""
    lo, hi = ctx.span_words(start, end)
    if hi >= k or ctx.sentence_of(k)[0] > lo:
        return False
    joined = _words(ctx, "joined")
    return not any(set(ctx.words[x].forms) & joined for x in range(hi, k))
