"""An event's factuality (docs/conventions.md): asserted, negated, hypothetical, future or reference.

Two sources of evidence, in this order:

1. The auxiliary mode the coder read in the trigger's clause (``event_modes.tsv``: negation لم/لن/لا,
   hypothetical إذا/قد + imperfect, future سوف/س-/المقبل) gives negated, hypothetical or future; the
   event's ``mode`` is then left to PLOVER's own modes.
2. A trigger row of mode ``reference`` (``event_triggers.tsv``: the definite agreement noun, الاتفاق, names
   an agreement already known) makes the event background (reference).
3. A reference frame: a word of ``event_reference.tsv`` (a trial, verdict, charge, anniversary, history)
   shortly before the trigger in its sentence, or an event time well before publication (an attack two weeks
   before, a protest one week before, other events four months before), makes the event background (reference);
   so does an attack dated by a whole period begun by publication, a year, a month, a season or a decade (مقتل 52
   طفلا منذ مطلع العام الحالي، خلال شهر رمضان: a tally, a campaign or history).
4. A mention of earlier or habitual events (a ``generic`` word of ``event_reference.tsv``: الكثير من الهجمات،
   تلك الهجمات، غالبا ما), a past perfect (وكانت القوات قد قصفت; a sentence opened by one, وكانت الميليشيات قد سيطرت
   على المديرية ... إثر معارك) or an attack in a sentence of scripture or sacred history
   (صلى الله عليه وسلم، رضي الله عنه، قال تعالى: ``@scripture``) is background too, unless the event is dated within
   the last days before publication (أمس، اليوم): then it is the news.
5. An attack named by a verbal noun of purpose (لقتلهم، لتحرير المدينة) is an intent (hypothetical), unless the
   noun is governed by a word that reports it (تعرض لهجوم، أدى لمقتل، استنكاره للهجوم); so is one that a word of
   purpose governs (بغرض تفجيره، بهدف تنفيذ هجمات، لشن هجوم: ``@purpose`` and ``@doing`` of
   ``event_wordsets.tsv``).
6. A killing ventured (أقدم فلان على قتل فلان) in a text that tells its punishment carried out (قصاصا، تعزيرا:
   ``@punished``) is the crime the execution answers (reference).

Anything else is asserted.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from marsad.document import Document, Event, Sentence
from marsad.events.context import Context
from marsad.events.lexicon import IMPERFECT_PREFIXES, EventLexicon, TriggerRule, event_lexicon, listed_words
from marsad.resources import Resources
from marsad.text.normalize import fold
from marsad.text.words import Word

CONTINUOUS = frozenset({"تزال", "يزال", "زال", "زالت", "تزل", "يزل"})
AUXILIARY = {"negation": "negated", "hypothetical": "hypothetical", "future": "future"}
# the mode of a trigger row that names an event already known (الاتفاق: the agreement everyone knows of)
REFERENCE = "reference"
# an event dated this many days or more before publication is background
REFERENCE_DAYS = 120
# a protest dated this many days or more before publication is one told as background (خلال تظاهرات يوم الجمعة
# 31 يوليو الماضي, in an article of mid-August): protests are news on their day, not four months later
PROTEST_REFERENCE_DAYS = 7
# an attack dated this many days or more before publication is one told as background (an attack of last month,
# a tally of the weeks before: في نهاية يونيو الماضي قتل ...، خلال شهر رمضان); one of the last two weeks may be news
# told late or again
ATTACK_REFERENCE_DAYS = 14
# a generic or past perfect mention of an event dated this many days or fewer before publication is the news
RECENT_DAYS = 3
# nouns of a result, not of an act: لمقتل، لقتلى follow what led to them
RESULTS = ("مقتل", "قتلي", "قتيل", "استشهاد")
# particles after which an imperfect verb tells a past or intended act (قبل أن تطلق، لن يهاجم)
SUBJUNCTIVE = frozenset({"ان", "لن", "لم", "كي", "لكي", "حتي"})
# words of a habit (يوميا، كلما، دائما; and كل يوم): an imperfect attack among them is what someone does
HABITUAL = frozenset({"يوميا", "دائما", "كلما", "باستمرار", "عاده", "غالبا", "احيانا", "مرارا", "بانتظام"})
# the relative من before an imperfect verb: whoever does it (ومن يقتل مؤمنا)
WHOEVER = frozenset({"من", "ومن", "فمن"})
# the past of كان that opens a past perfect with قد (وكانت القوات قد قصفت)
KANA = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"})
# the sentence's first words in which كان ... قد opens a past perfect that tells the whole sentence as background
PLUPERFECT_OPENING = 8
# words that govern a verbal noun opened by ل without making it a purpose (تعرض لهجوم، أدى لمقتل، التصدي لهجوم،
# تبادل لإطلاق النار)
GOVERNING = frozenset({"مقابل", "اضافه", "ادي", "ادت", "يؤدي", "تؤدي", "افضي", "افضت", "تصدي", "تصدت", "تصدوا",
                       "التصدي", "ضحيه", "نتيجه", "تعرضه", "تعرضها", "تعرضهم",
                       "تبادل", "تبادلا", "تبادلت", "تبادلوا", "يتبادل", "تتبادل", "يتبادلون"})
_WORD = re.compile(r"[\u0621-\u0652\u0670-\u06d3]+")  # letters with their vowel marks (تصدّت is one word)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")


def _future_verb(ctx: Context, w: Word) -> bool:
    if w.proclitics.endswith("س"):  # an imperfect after it, not a word that opens with س (سار، سافر)
        stem = w.norm[len(w.proclitics):]
        return (len(stem) >= 3 and stem[0] in "يتن") or (len(stem) >= 4 and stem[0] == "ا")
    n = w.forms[1] if len(w.forms) > 1 and w.norm[0] in "وف" else w.norm
    return len(n) >= 5 and n[0] == "س" and n[1] in "يتن" and ctx.vocab.get(n, 0) < 5


def _marker_before(ctx: Context, x: int, dist: int, chi: int) -> str | None:
    """The auxiliary mode of the marker at word ``x``, ``dist`` words before the trigger, if it reaches it."""
    w = ctx.words[x]
    # short particles keep their conjunction (ولم، فلن): variants() strips it from longer words only
    forms = (*w.forms[:2], w.norm[1:]) if len(w.norm) <= 4 and w.norm[:1] in "وف" else w.forms[:2]
    for form in forms:
        m = ctx.lex.modes.get(form)
        if m is None or m[1] < dist:
            continue
        nxt = ctx.words[x + 1].norm if x + 1 < chi else ""
        if form == "لا" and nxt in CONTINUOUS:
            continue
        if form == "قد" and not (nxt[:1] in "يتن" and nxt not in CONTINUOUS):
            continue
        return m[0]
    return None


def auxiliary_mode(ctx: Context, k: int, end: int, clo: int, chi: int, verb: bool = False) -> str | None:
    """The auxiliary mode (negation, hypothetical, future) of the trigger on words [k, end) of the clause
    [clo, chi): ``event_modes.tsv`` markers before it (up to a punctuation mark), a future verb, or a marker
    with a negative reach after it (المقبل); before a ``verb`` trigger, a conditional إن."""
    found: set[str] = set()
    for x in range(k - 1, max(clo, k - 7) - 1, -1):
        if ctx.punct(x):
            break
        w = ctx.words[x]
        dist = k - x
        mode = _marker_before(ctx, x, dist, chi)
        if mode is not None:
            found.add(mode)
        if dist <= 4 and w.kind == "arabic" and _future_verb(ctx, w):
            found.add("future")
    if ctx.words[k].kind == "arabic" and _future_verb(ctx, ctx.words[k]):
        found.add("future")
    if verb and k > clo \
            and ctx.doc.text[ctx.starts[k - 1] : ctx.ends[k - 1]].lstrip("وف") == "إن":
        found.add("hypothetical")  # a conditional إن with its verb (وإن قتلت مسلحا), not the إنّ of a report
    for x in range(end, min(chi, end + 3)):
        m = ctx.lex.modes.get(ctx.words[x].norm) or ctx.lex.modes.get(ctx.words[x].forms[-1])
        if m is not None and m[1] < 0:
            found.add(m[0])
    for mode in ("negation", "hypothetical", "future"):
        if mode in found:
            return mode
    return None


def habitual(ctx: Context, k: int, lo: int, rule: TriggerRule, time: str | None) -> bool:
    """Is the attack told by an imperfect verb a generic or habitual one: whoever does it (من يقتل مؤمنا), or
    among words of a habit (تقتل مثقفيه كل يوم)? Not in a headline (the sentence's first words: الجيش يقصف
    مواقع), after أن (قبل أن تطلق النار) or when dated within the last days before publication."""
    if not rule.verb or rule.plover != "ASSAULT":
        return False
    form = next((f for f in ctx.words[k].forms if f in ctx.lex.triggers), "")
    if form[:1] not in IMPERFECT_PREFIXES or k == lo:
        return False
    prev = ctx.words[k - 1].norm
    if prev in WHOEVER:
        return True  # ومن يقتل مؤمنا: whoever kills
    if k - lo <= 3 or set(ctx.words[k - 1].forms) & SUBJUNCTIVE:
        return False
    hi = ctx.sentence_of(k)[1]
    if not any(set(ctx.words[x].forms) & HABITUAL or (ctx.words[x].norm == "كل" and x + 1 < hi
               and ctx.words[x + 1].norm in ("يوم", "اسبوع", "ليله")) for x in range(lo, hi)):
        return False  # تقصف الطائرات الأحياء: the news told in the present
    last = last_day(time) if time else None
    published = ctx.doc.published
    return last is None or published is None or (published - last).days > RECENT_DAYS


def reference_words(res: Resources) -> dict[str, tuple[int, bool]]:
    """The words of ``event_reference.tsv``: folded form -> (reach, generic)."""
    def build() -> dict[str, tuple[int, bool]]:
        words: dict[str, tuple[int, bool]] = {}
        for row in res.table("event_reference", 2):
            for form in listed_words(row["form"]):
                words.setdefault(form, (int(row["reach"]), row["kind"] == "generic"))
        return words

    words: dict[str, tuple[int, bool]] = res.cached("events.reference", build)
    return words


def _keys(word: str) -> list[str]:
    w = fold(word)
    out = [w]
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
        out.append(w)
    if len(w) > 3 and w[0] in "بل":
        out.append(w[1:])
        w = w[1:]
    if w.startswith("ال") and len(w) > 4:
        out.append(w[2:])
    return out


def last_day(value: str) -> dt.date | None:
    """The last day of a TIMEX3 date value (a day, a month, a year); an ISO week (2015-W29: الأسبوع الماضي) by its
    middle day, Thursday: what a week ago tells happened about a week before, not on its last day."""
    week = _WEEK.match(value)
    if week:
        try:
            return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        except ValueError:
            return None
    m = _DATE.match(value)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(year, int(month or 1), int(day))
        if month:
            nxt = dt.date(year + (int(month) == 12), int(month) % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, 12, 31)
    except ValueError:
        return None


def _before(doc: Document, ev: Event, starts: list[int], sentences: Sequence[Sentence]) -> list[str]:
    """The words of the trigger's sentence before it, nearest first."""
    i = bisect_right(starts, ev.trigger.start) - 1
    lo = sentences[i].start if i >= 0 else 0
    return list(reversed(_WORD.findall(doc.text[lo:ev.trigger.start])))


def told_verbs(res: Resources) -> frozenset[str]:
    """The verbs that tell of an event (the reporting verbs of ``reporting_verbs.tsv``, ``@told_of`` of
    ``event_wordsets.tsv``: تلقى بلاغا), folded."""
    def build() -> frozenset[str]:
        verbs = {fold(row["form"]) for row in res.table("reporting_verbs", 2) if row["kind"] == "verb"}
        return frozenset(verbs | event_lexicon(res).wordsets.get("told_of", frozenset()))

    found: frozenset[str] = res.cached("events.told_verbs", build)
    return found


def _framed(before: list[str], words: dict[str, tuple[int, bool]], told: frozenset[str]) -> str | None:
    """``frame`` when a reference frame stands before the trigger, ``generic`` for a generic mention (its
    words, or a past perfect كان ... قد), else None."""
    found: str | None = None
    for distance, word in enumerate(before, start=1):
        after = fold(before[distance - 2]) if distance > 1 else ""
        for key in (*_keys(word), *(f"{k} {after}" for k in _keys(word) if after)):
            hit = words.get(key)
            if hit is not None and distance <= hit[0]:
                if not hit[1]:
                    return "frame"
                found = "generic"
    folded = [fold(w) for w in before[:8]]
    if any(w == "قد" and set(folded[d + 1 : d + 4]) & KANA for d, w in enumerate(folded[:4])):
        found = "generic"
    opening = [fold(w) for w in reversed(before[-PLUPERFECT_OPENING:])]
    if opening and opening[0] in KANA and "قد" in opening[1:]:
        verb = opening[opening.index("قد") + 1 : opening.index("قد") + 2]
        if not set(verb) & told:  # not a report told in the past perfect (وكان مراسلنا قد أفاد بأن التفجير وقع)
            found = "generic"  # a sentence told in the past perfect (وكانت الميليشيات قد سيطرت ... إثر معارك)
    return found


def _aimed_at(before: list[str], lex: EventLexicon) -> bool:
    """Does a word of purpose stand right before the attack, or before a noun of doing it (بغرض تفجيره، بهدف تنفيذ
    هجمات، لشن هجوم، يخطط لارتكاب اعتداءات): what someone means to do, not what was done?"""
    purpose, doing = lex.wordsets.get("purpose", frozenset()), lex.wordsets.get("doing", frozenset())
    near = [set(_keys(w)) | {fold(w)} for w in before[:2]]
    if near and near[0] & purpose:
        return True
    return len(near) == 2 and bool(near[0] & doing) and bool(near[1] & purpose)


def _purpose(doc: Document, ev: Event, before: list[str], lex: EventLexicon) -> bool:
    """Is the attack a verbal noun of purpose (لقتلهم، لتحرير المدينة), governed by no word that reports it, or
    one a word of purpose governs (بهدف تنفيذ هجمات)?"""
    if ev.type != "ASSAULT":
        return False
    if _aimed_at(before, lex):
        return True
    word = fold(doc.text[ev.trigger.start : ev.trigger.end].split()[0]).lstrip("وف")
    if not word.startswith("ل") or len(word) < 4 or word[1:].startswith(RESULTS):
        return False
    governing = GOVERNING | lex.reactions | lex.wordsets.get("suffered", frozenset())
    return not any(set(_keys(w)) & governing for w in before[:3])


_ALMANAC = re.compile(r"\W*(1[89]\d\d|20\d\d)\s*[-–—]")


def _almanac(doc: Document, ev: Event, starts: list[int], sentences: Sequence[Sentence]) -> bool:
    """Is the trigger's sentence an entry of a list of past days, opened by an earlier year and a dash
    (1967 - بدء تظاهرات ...، 1994 - مواجهات في ...): history, whatever it tells?"""
    i = bisect_right(starts, ev.trigger.start) - 1
    lo = sentences[i].start if i >= 0 else 0
    m = _ALMANAC.match(doc.text, lo, ev.trigger.start)
    return m is not None and doc.published is not None and int(m.group(1)) < doc.published.year


def _scripture(doc: Document, ev: Event, starts: list[int], sentences: Sequence[Sentence],
               lex: EventLexicon) -> bool:
    """Is the attack told in a sentence of scripture or sacred history, one that blesses the Prophet or his
    Companions or quotes a verse (صلى الله عليه وسلم، رضي الله عنه، قال تعالى: ``@scripture``)? The killing
    it tells is a teaching or history (قتل النفس المعصومة من الكبائر التي حذر منها النبي صلى الله عليه وسلم)."""
    if ev.type != "ASSAULT":
        return False
    i = bisect_right(starts, ev.trigger.start) - 1
    if i < 0:
        return False
    sentence = fold(doc.text[sentences[i].start : sentences[i].end])
    return any(phrase in sentence for phrase in lex.wordsets.get("scripture", frozenset()))


# a killer's act as a statement of his punishment tells it (أقدم فلان على قتل فلان), folded
VENTURED = frozenset({"اقدم", "اقدمت", "اقدموا", "واقدم", "واقدمت", "فاقدم"})
VENTURED_REACH = 12  # words from أقدم to the trigger it governs (a killer's name and lineage stand between)


def _punished(doc: Document, ev: Event, before: list[str], lex: EventLexicon) -> bool:
    """Is the attack a crime told by the statement of its punishment: a killing ventured (أقدم فلان على قتل فلان)
    in a text that tells the sentence carried out (قصاصا، تعزيرا، حد الحرابة: ``@punished``)? The crime is what the
    execution answers, not the news."""
    if ev.type != "ASSAULT" or not any(fold(w) in VENTURED for w in before[:VENTURED_REACH]):
        return False
    text = fold(doc.text)
    return any(word in text for word in lex.wordsets.get("punished", frozenset()))


# a TIMEX3 value of a period longer than a week: a year, a month, a season, a half or quarter, a decade or century
_PERIOD = re.compile(r"^(\d{4})(?:-(?:\d{2}|SP|SU|FA|WI|H[12]|Q[1-4]))?$|^(\d{2,3})$")


def _period(doc: Document, ev: Event) -> bool:
    """Is the attack dated by a whole period that has begun by publication (مقتل 52 طفلا منذ مطلع العام الحالي،
    عمليات إطلاق نار خلال شهر رمضان، في الثمانينيات): a tally, a campaign or history, not the day's news? A
    single attack told as news is dated by its day (أمس، الخميس) if at all."""
    m = _PERIOD.match(ev.time or "") if ev.type == "ASSAULT" else None
    published = doc.published
    if m is None or published is None:
        return False
    if m.group(1):
        return int(m.group(1)) <= published.year
    return int(m.group(2)) * 10 ** (4 - len(m.group(2))) <= published.year


ABUSE_LIST = 3  # abuses named in one list (من قتل وخطف واعتداء): a kind of deed, not one told as news


def _abuse_list(doc: Document, ev: Event, before: list[str], lex: EventLexicon) -> bool:
    """Is the attack one of a list of abuses told as kinds of deeds, joined by و (أساليب القهر من سجن وتعذيب وقتل،
    الأعمال الإرهابية من قتل وخطف واعتداء: ``@abuses``)? Such a list tells what someone does or did, not an attack."""
    abuses = lex.wordsets.get("abuses", frozenset())
    trigger = fold(doc.text[ev.trigger.start : ev.trigger.end])
    if ev.type != "ASSAULT" or " " in trigger or not set(_keys(trigger)) & abuses:
        return False
    after = _WORD.findall(doc.text[ev.trigger.end : ev.trigger.end + 80])
    count = 1 + _listed(before, abuses, fold(doc.text[ev.trigger.start : ev.trigger.end])[:1] == "و")
    for word in after:
        w = fold(word)
        if w[:1] != "و" or not set(_keys(w)) & abuses:
            break
        count += 1
    return count >= ABUSE_LIST


def _listed(before: list[str], abuses: frozenset[str], joined: bool) -> int:
    """How many abuses stand right before a listed one, each joined to the next by و."""
    count = 0
    for word in before:
        if not joined:
            break
        w = fold(word)
        if not set(_keys(w)) & abuses:
            break
        count += 1
        joined = w[:1] == "و"
    return count


_SPAN = re.compile(r"^P(\d+|X)([YMWD])$")
_SPAN_DAYS = {"Y": 365, "M": 30, "W": 7, "D": 1}
_AFTER_SPAN = re.compile(r"(?:^|\s)[وف]?(?:بعد|عقب)\s+(?:(?:مرور|نحو|قرابة|حوالي|حوالى)\s+)?$")
_SPAN_TO_TRIGGER = re.compile(r"^\s*(?:تقريبا\s+)?(?:من|على)\s+(?:[\u0621-\u0652]+\s+)?$")


def _long_after(doc: Document, ev: Event) -> bool:
    """Is the attack what something came a long span after (وقع الحادث بعد ثلاث سنوات على إطلاق النار، بعد مرور
    عامين على الهجوم): an attack that many weeks, months or years before is background, whatever the news's day?"""
    if ev.type != "ASSAULT":
        return False
    for t in doc.layer("times"):
        m = _SPAN.match(t.value) if t.type == "DURATION" and t.end <= ev.trigger.start else None
        if m is None or not _SPAN_TO_TRIGGER.match(doc.text[t.end : ev.trigger.start]):
            continue
        days = _SPAN_DAYS[m.group(2)] * (2 if m.group(1) == "X" else int(m.group(1)))
        if days >= ATTACK_REFERENCE_DAYS and _AFTER_SPAN.search(doc.text[max(0, t.start - 20) : t.start]):
            return True
    return False


def _recent(doc: Document, ev: Event) -> bool:
    """Is the event dated within the last days before publication: by its time, or by a date written right
    before its trigger (تبادلا الاتهامات أمس بقصف الأحياء: yesterday's shelling)?"""
    time = ev.time or next((t.value for t in doc.layer("times") if t.type == "DATE" and t.end <= ev.trigger.start
                            and not doc.text[t.end : ev.trigger.start].strip()), None)
    last = last_day(time) if time else None
    return last is not None and doc.published is not None and (doc.published - last).days <= RECENT_DAYS


def with_factuality(doc: Document, events: list[Event], res: Resources) -> list[Event]:
    """The events with their factuality set (and ``mode`` keeping PLOVER's modes only)."""
    words = reference_words(res)
    told = told_verbs(res)
    lex = event_lexicon(res)
    sentences: Sequence[Sentence] = doc.layer("sentences")
    starts = [s.start for s in sentences]
    out: list[Event] = []
    for ev in events:
        fact = AUXILIARY.get(ev.mode or "") or ("reference" if ev.mode == REFERENCE else None)
        mode = None if fact else ev.mode
        if fact is None:
            last = last_day(ev.time) if ev.time else None
            days = {"PROTEST": PROTEST_REFERENCE_DAYS, "ASSAULT": ATTACK_REFERENCE_DAYS}.get(ev.type, REFERENCE_DAYS)
            old = last is not None and doc.published is not None and (doc.published - last).days >= days
            before = _before(doc, ev, starts, sentences)
            frame = _framed(before, words, told)
            generic = frame == "generic" or _scripture(doc, ev, starts, sentences, lex) \
                or _abuse_list(doc, ev, before, lex)
            if old or frame == "frame" or (generic and not _recent(doc, ev)) or _period(doc, ev) \
                    or _almanac(doc, ev, starts, sentences) or _punished(doc, ev, before, lex) or _long_after(doc, ev):
                fact = "reference"
            elif _purpose(doc, ev, before, lex):
                fact = "hypothetical"
            else:
                fact = "asserted"
        out.append(replace(ev, factuality=fact, mode=mode))
    return out
