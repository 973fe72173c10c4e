"""Find Arabic time expressions in a text and give each a TIMEX3 value.

The matcher works on the normalized copy of the text (:func:`marsad.text.normalize.normalize`)
with one compiled regex per rule, built once from the lexicons. Each rule proposes candidates
(normalized offsets, type, value, mod, calendar); overlapping candidates are resolved leftmost-
longest; adjacent ones that describe one time are merged (a weekday and its date: "الخميس 9
ديسمبر"; a clock time and its day: "الساعة التاسعة من صباح اليوم"); spans are mapped back to the
original text at the end.

Span conventions: conjunction and preposition clitics (و ف ب ل ك) are left out of a span, except
the ل of the contracted article (للعام الماضي keeps its first letter); prepositions (في، خلال،
لمدة، قبل as "before") are left out, except منذ/قبل meaning "ago" (قبل ثلاثة أيام), which change the
value. Quantity modifiers (أكثر من، نحو) are inside the span and give ``mod``.

Resolution conventions (anchor = publication date):
- "اليوم الخميس" is the publication day; when the named weekday disagrees with the day word
  (articles dated by their crawl day, the morning after), the named weekday nearest to it wins.
- A bare weekday is the last such day on or before the anchor, unless the sentence is in the
  future (سوف, س+imperfect verb, المقرر ...): then the next such day after the anchor.
  "الخميس الماضي" is strictly before the anchor, "الخميس المقبل" strictly after.
- A bare month name or Hijri month is in the anchor's year, moved a year back (past) or forward
  (future sentence, المقبل) when the month is on the other side of the anchor.
- "قبل نهاية العام" is the expression "نهاية العام": value = the year, mod END. "قبل" (before)
  is a relation of the event to that time, not part of the time.
- "منذ/قبل N unit" is a DATE N units before the anchor at the unit's granularity (days → day,
  weeks → ISO week, months → month, years → year); hours or vague counts give PAST_REF.
  A quantity modifier becomes BEFORE (أكثر من), AFTER (أقل من) or APPROX.
- Impossible dates (32 ديسمبر, 30 شباط, years beyond 9999, Hijri dates outside the Umm al-Qura
  table) give no expression at all.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from marsad.times import calendar as cal
from marsad.times.lexicon import TimeLexicon, alt
from marsad.times.numbers import parse_number

log = logging.getLogger(__name__)

CL = r"(?<!\w)(?:[وف]?[بلك]?)"
ERA = r"(?:\s*(?P<era>هجريه|هجري|للهجره|ه|ميلاديه|ميلادي|للميلاد|م)(?!\w))?"
_NIGHT_PAIR = re.compile(r"\s*[/-]?\s*")
_OF_YEAR = re.compile(r"\s*(?:من\s+)?")
_LIST_GAP = re.compile(r"\s*[،,]?\s*و?\s*")
_CHAINED_YEAR = re.compile(r"\d{4}\s*(?:م|ه)?\s*(?:و|-|–|الي|حتي|او)\s*$")
_TERMINATORS = re.compile(r"[.!?؟؛\n]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate in normalized offsets. ``grain`` tells the merge pass what it is."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    calendar: str | None = None
    grain: str = "other"  # "day" (relative day / weekday), "absday" (written date), "clock", "daytime"
    part: str | None = None


REJECT = Found(0, 0, "", "")  # a handler's answer for an impossible date: nothing may match there

Tense = str | None
Handler = Callable[[re.Match[str], "Context"], Found | None]


@dataclass
class Context:
    text: str  # normalized text
    anchor: dt.date | None
    tense_override: Tense
    tense_of: Callable[[int, int], Tense]

    def tense(self, start: int, end: int) -> Tense:
        if self.tense_override is not None:
            return self.tense_override
        return self.tense_of(start, end)


class Matcher:
    def __init__(self, lex: TimeLexicon, vocab: Mapping[str, int]) -> None:
        self.lex = lex
        self.vocab = vocab
        r = lex.kind
        month = alt(lex.months)
        weekday = alt(lex.weekdays)
        numw = alt(k for k, (_, kind) in lex.numbers.items() if kind not in ("ordinal", "dayord"))
        dayord = alt(k for k, (_, kind) in lex.numbers.items() if kind == "dayord")
        month2 = rf"(?P<mon>{month})(?:\s*(?:\(\s*{month}\s*\)|/\s*{month}|{month}))?"
        ordw = alt(k for k, (_, kind) in lex.numbers.items() if kind == "ordinal")
        num = rf"(?:\d+(?:[.,]\d+)?|{numw}(?:\s+و?\s*{numw})*)"
        unit = alt(lex.units)
        unit_dual = alt(k for k, (_, n) in lex.units.items() if n == 2)
        unit_sing = alt(k for k, (_, n) in lex.units.items() if n == 1)
        unit_pl = alt(k for k, (_, n) in lex.units.items() if n == 0)
        unit_def = alt("ال" + k for k, (_, n) in lex.units.items() if n != 1)
        qmod = alt(r("qmod"))
        relmod = alt(r("relmod"))
        mod = alt(r("mod"))
        part = alt(r("part"))
        dayref = alt(r("dayref"))
        clockp = alt(r("clock"))
        period = alt(r("period"))
        this = alt(r("this"))
        season = alt(r("season"))
        decade = alt(r("decade"))
        decade_bare = alt(k[2:] for k in r("decade"))
        self.future_words = set(r("future"))
        self.ambiguous = set(r("ambiguous"))
        self.not_after = set(r("notafter"))
        self.not_before = set(r("notbefore"))
        self.not_year = set(r("notyear"))
        self.name_before = set(r("namebefore"))
        self.role_before = set(r("rolebefore"))
        self.present_before = set(r("presentbefore"))
        self.name_dates = set(r("namedate"))
        self.past_noun = set(r("pastnoun"))
        self.weekday_indef = {k[2:]: v for k, v in lex.weekdays.items() if k[2:] not in ("احد", "اثنين")}
        wd_indef = alt(self.weekday_indef)
        later = r"(?:الماضي|الاخير|المقبل|القادم|المنصرم|الفائت|السابق|المتبقي)(?:ه|ين|تين|ات)?(?!\w)"
        prep = r"(?:في|خلال|منذ|حتي|بحلول|قبل|بعد|طوال|طيله)"

        specs: list[tuple[str, Handler]] = [
            (rf"{CL}(?P<x>(?:(?P<d>\d{{1,2}})|(?P<od>{dayord})(?P<od2>\s+و\s*{dayord})?)\s*(?:من\s+)?(?:شهر\s+)?(?P<mon>{month})"
             rf"(?:\s*(?:\(\s*{month}\s*\)|/\s*{month}|{month}))?"
             rf"(?:\s*[,،]?\s*(?:من\s+)?(?:(?:لل|ل|ال)?(?:عام|سنه)\s*(?:الهجري\s*|الميلادي\s*)?)?(?P<y>\d{{4,5}})(?!\d))?{ERA}"
             rf"(?:\s+(?P<rel>{relmod}))?)", self._absdate),
            (rf"(?<![\w/.-])(?P<x>(?P<a>\d{{1,4}})\s*(?P<s>[/-])\s*(?P<b>\d{{1,2}})\s*(?P=s)\s*(?P<c>\d{{1,4}}){ERA})"
             r"(?![\d/-])", self._numdate),
            (rf"{CL}(?P<x>(?:(?P<mod>{mod})\s+(?:من\s+)?)?(?:شهر\s+)?{month2}"
             rf"\s*[,،]?\s*(?:من\s+)?(?:عام\s*|العام\s*|سنه\s*)?(?P<y>\d{{4,5}})(?!\d){ERA})", self._monthyear),
            (rf"{CL}(?:(?P<prep>{prep})\s+)?(?P<x>(?:(?P<mod>{mod})\s+)?(?P<shahr>شهر\s+)?{month2}"
             rf"(?:\s+(?P<hon>المبارك|الكريم|الفضيل|الحرام))?(?:\s+(?P<rel>{relmod}))?)", self._monthalone),
            (rf"{CL}(?:(?P<prep>{prep}|من|الي|حتي|بين)\s+)?(?P<x>(?:(?P<mod>{mod})\s+(?:من\s+)?"
             rf"(?:(?:ال)?(?:عام|سنه)\s*)?|(?P<noun>عام|العام|سنه|السنه|للعام|عامي|سنتي|السنوات|الاعوام)\s*)?"
             rf"(?P<y>\d{{3,5}})(?!\d){ERA}(?P<bc>\s+(?:قبل\s+الميلاد|ق\.\s*م)(?!\w))?)", self._year),
            (rf"{CL}(?P<x>(?:(?P<part>{part})\s+(?:من\s+)?(?:يوم\s+)?)?(?:يوم\s+)?(?P<dr>{dayref}|(?<=\s)غد(?!\w))"
             rf"(?:\s*[،,]?\s*(?:\(\s*(?:يوم\s+)?(?P<wd1>{weekday})\s*\)|(?:يوم\s+)?(?P<wd2>{weekday})))?)",
             self._dayref),
            (rf"{CL}(?P<x>(?:(?P<part>{part})\s+(?:من\s+)?)?(?:(?P<yawm>يوم)\s+)?(?P<wd>{weekday})"
             rf"(?:\s+(?P<rel>{relmod}))?)", self._weekday),
            (rf"{CL}(?P<x>(?:(?P<mod>{mod})\s+)?(?:(?P<this>{this})\s+(?P<per1>{period})|(?P<per2>{period})"
             rf"(?:\s+(?P<rel>{relmod}))?))", self._period),
            (rf"{CL}(?P<x>(?:(?P<q>{qmod})\s+)?(?P<u>{unit_def})(?:\s+(?:ال)?(?P<n>{num}))?(?:\s+القليله)?\s+(?P<rel>{later}))",
             self._lastn),
            (rf"{CL}(?P<x>(?:(?P<q>{qmod})\s+)?(?:ال)?(?P<n>\d+|{numw})\s+(?P<u>{unit})\s+(?P<rel>{later}))",
             self._lastn),
            (rf"{CL}(?P<x>(?:(?P<q>{qmod})\s+)?(?:(?P<n>{num})\s+(?P<u>{unit})|(?P<du>{unit_dual})|"
             rf"(?P<half>نصف)\s+(?P<hu>{unit_sing}))(?P<frac>\s+و\s*نصف(?!\w))?(?P<approx>\s+تقريبا(?!\w))?"
             r"(?P<nayyif>\s+ونيف(?!\w))?)",
             self._duration),
            (rf"{CL}(?:(?:لمده|مده|طوال|طيله|علي\s+مدي|علي\s+مدار|خلال)\s+(?P<x>(?:(?P<q>{qmod})\s+)?"
             rf"(?:(?P<su>{unit_sing})|(?P<pl>{unit_pl}))(?P<frac>\s+و\s*نصف(?!\w))?(?P<approx>\s+تقريبا(?!\w))?)|(?P<x2>(?P<q2>{qmod})\s+(?:ال)?(?P<su2>{unit_sing})(?P<frac2>\s+و\s*نصف(?!\w))?)(?!\s+{relmod}|\s+{dayord})"
             rf"|(?P<x4>(?P<su4>{unit_sing})\s+(?:واحد|واحده)(?!\w))"
             rf"|(?:بعد|قبل)\s+(?P<x3>(?P<su3>{unit_sing}))(?=\s+من\s))", self._duration_sing),
            (rf"{CL}(?P<x>(?P<pre>منذ|قبل)\s+(?P<inner>(?:(?P<q>{qmod})\s+)?(?:(?P<n>{num})\s+(?P<u>{unit})|(?P<du>{unit_dual})"
             rf"|(?P<su>{unit_sing})|(?P<pl>{unit_pl}))))", self._ago),
            (rf"{CL}(?P<x>(?:(?P<sa>الساعه)\s+)?(?P<h>\d{{1,2}}(?:[:.]\d{{2}})?(?!\d)|(?<=الساعه\s)\d{{4}}(?!\d)|{ordw})"
             rf"(?:\s+و\s*(?:(?P<half>النصف|نصف)|(?P<quarter>الربع|ربع)|(?P<mn>\d{{1,2}}|{numw})\s+دقيقه)(?!\w))?"
             rf"(?:\s+(?:الا|إلا)\s+(?P<minus>ربعا|الربع|ربع|ثلثا|الثلث|ثلث)(?!\w))?"
             rf"(?:\s+(?:من\s+)?(?P<ap>{clockp}))?)", self._clock),
            (rf"{CL}(?P<x>{alt(r('ref'))})", self._ref),
            (rf"{CL}(?P<x>{alt(r('partref'))}(?:\s+(?P<rel>الماضيه|المقبله|القادمه)(?!\w))?)", self._partref),
            (rf"{CL}(?P<x>كل\s+(?:(?P<n>{num})\s+(?P<u>{unit})|(?P<du>{unit_dual})"
             rf"|(?:يوم\s+)?(?P<wd>{wd_indef}))|{alt(r('set'))})", self._set),
            (rf"{CL}(?P<x>(?:(?P<mod>{mod})\s+)?(?:عقد\s+)?(?:(?P<dec>{decade})|(?P<decb>{decade_bare}))"
             r"(?:\s+(?:من\s+)?(?P<cent>القرن\s+(?:الماضي|المنصرم|العشرين|الحالي|الجاري|الحادي\s+والعشرين)(?!\w)))?)",
             self._decade),
            (rf"{CL}(?P<x>{alt(r('century'))})", self._century),
            (rf"{CL}(?P<x>(?:(?P<nth>اول|ثاني|ثالث|رابع)\s+ايام\s+)?(?P<hol>{alt(r('holiday'))})(?:\s+(?P<rel>{relmod}))?"
             rf"(?:\s+(?:ل?عام\s+)?(?P<y>\d{{4}})(?!\d){ERA})?)", self._holiday),
            (rf"{CL}(?P<x>(?:(?P<d>\d{{1,2}})|(?P<od>{dayord}))\s+(?:من\s+)?(?:(?P<this>{this})\s+)?الشهر"
             rf"(?:\s+(?P<rel>{relmod}))?(?!\w))", self._day_of_month),
            (rf"{CL}(?P<x>(?:(?P<this>{this})\s+(?P<s1>{season})|(?P<s2>{season})\s+(?P<rel>{relmod})"
             rf"|(?P<s3>{season}|{alt(k[2:] for k in r('season'))})\s+(?:(?:عام|العام)\s*)?(?P<y>\d{{4}})(?!\d)))",
             self._season),
            (rf"{CL}(?P<x>(?P<q>{alt(r('quarter'))})\s+(?:من\s+)?(?:(?P<this>{this})\s+(?:العام|السنه)(?!\w)"
             rf"|(?:ال)?(?:عام|سنه)\s*(?P<y>\d{{4}})(?!\d)|(?:العام|السنه)(?:\s+(?P<rel>{relmod}))?(?!\w)|(?P<y2>\d{{4}})(?!\d)))",
             self._quarter),
            (rf"{CL}(?P<x>(?:(?P<mod>{mod})\s+)?(?:ال|لل)قرن\s+(?P<ord>{dayord})"
             r"(?:\s+(?:(?P<bc>قبل\s+الميلاد)|الميلادي)(?!\w))?)", self._century_ord),
        ]
        self.rules: list[tuple[re.Pattern[str], Handler]] = [(re.compile(p), h) for p, h in specs]
        # The words each rule can start with ("#" = a digit). One trigger pass finds these word
        # starts; a rule is then tried only where it can begin (see find()).
        prep_words = {"في", "خلال", "منذ", "حتي", "بحلول", "قبل", "بعد", "طوال", "طيله"}
        nums = {k for k, (_, kind) in lex.numbers.items() if kind != "ordinal"}
        ords = {k for k, (_, kind) in lex.numbers.items() if kind == "ordinal"}
        units_def = {"ال" + k for k, (_, n) in lex.units.items() if n != 1}
        duals = {k for k, (_, n) in lex.units.items() if n == 2}
        mods = set(r("mod"))
        starters: list[set[str]] = [
            {"#"} | {k for k, (_, kind) in lex.numbers.items() if kind == "dayord"},
            {"#"},
            mods | {"شهر"} | set(lex.months),
            prep_words | mods | {"شهر"} | set(lex.months),
            prep_words | mods | {"عام", "العام", "سنه", "السنه", "عامي", "سنتي", "السنوات", "الاعوام", "#"}
            | {"من", "الي", "حتي", "بين"},
            set(r("part")) | {"يوم", "غد"} | set(r("dayref")),
            set(r("part")) | {"يوم"} | set(lex.weekdays),
            mods | set(r("this")) | set(r("period")),
            set(r("qmod")) | units_def,
            set(r("qmod")) | {"#", "ال#"} | nums | {"ال" + k for k in nums},
            set(r("qmod")) | nums | duals | {"نصف", "#"},
            {"لمده", "مده", "طوال", "طيله", "علي", "بعد", "قبل", "خلال"} | set(r("qmod"))
            | {k for k, (_, n) in lex.units.items() if n == 1},
            {"منذ", "قبل"},
            {"الساعه", "#"} | ords,
            set(r("ref")),
            set(r("partref")),
            {"كل"} | set(r("set")),
            mods | {"عقد"} | set(r("decade")) | {k[2:] for k in r("decade")},
            set(r("century")),
            set(r("holiday")) | {"اول", "ثاني", "ثالث", "رابع"},
            {"#"} | {k for k, (_, kind) in lex.numbers.items() if kind == "dayord"},
            set(r("this")) | set(r("season")) | {k[2:] for k in r("season")},
            set(r("quarter")),
            mods | {"القرن"},
        ]
        if len(starters) != len(self.rules):
            raise RuntimeError("times matcher: one starter set per rule")
        self._rules_for: dict[str, list[int]] = defaultdict(list)
        for i, words in enumerate(starters):
            for w in {x.split()[0] for x in words}:
                self._rules_for[w].append(i)
        words = {w for w in self._rules_for if "#" not in w}
        self._trigger = re.compile(rf"(?<!\w)[وف]?[بلك]?(?:(?P<w>{alt(words)})|(?P<d>(?:ال)?\d))")
        self._merge_day_abs = re.compile(r"\s*[،,]?\s*\(?\s*(?:الموافق\s*)?")
        self._merge_clock_day = re.compile(r"\s*[،,]?\s*(?:من\s+)?(?:يوم\s+)?")
        self._merge_day_clock = re.compile(r"\s*[،,]?\s*(?:في\s+)?(?:تمام\s+)?")

    # ----------------------------------------------------------------- driver
    def find(self, ntext: str, anchor: dt.date | None, tense: Tense = None) -> list[Found]:
        ctx = Context(ntext, anchor, tense, lambda s, e: self._tense(ntext, s, e))
        cands: list[tuple[int, int, int, Found]] = []
        blocked: list[tuple[int, int]] = []
        rules_for = self._rules_for
        for t in self._trigger.finditer(ntext):
            w = t["w"]
            if w is not None:
                todo = rules_for.get("ال" + w[2:] if w.startswith("لل") else w, ())
            else:
                todo = rules_for["ال#" if t["d"].startswith("ال") else "#"]
            for prio in todo:
                pattern, handler = self.rules[prio]
                m = pattern.match(ntext, t.start())
                if m is None:
                    continue
                try:
                    found = handler(m, ctx)
                except Exception:  # one expression that cannot be normalized never costs the others
                    log.warning("times: skipped %r, its value could not be computed", m.group(), exc_info=True)
                    continue
                if found is REJECT:
                    blocked.append((m.start("x"), m.end("x")))
                elif found is not None and found.end > found.start:
                    cands.append((found.start, -(found.end - found.start), prio, found))
        if blocked:
            cands = [c for c in cands if not any(c[3].start < e and s < c[3].end for s, e in blocked)]
        cands.sort(key=lambda c: c[:3])
        chosen: list[Found] = []
        last_end = -1
        for start, _, _, found in cands:
            if start >= last_end:
                chosen.append(found)
                last_end = found.end
        return self._merge(ntext, chosen)

    def _merge(self, text: str, items: list[Found]) -> list[Found]:
        try:
            items = self._chain(text, items)
        except Exception:  # the list stays as its items were read one by one
            log.warning("times: a list of times in %r could not be chained", text[:80], exc_info=True)
        out: list[Found] = []
        for item in items:
            prev = out[-1] if out else None
            if prev is not None:
                gap = text[prev.end : item.start]
                try:
                    merged = self._merge_pair(prev, item, gap)
                except Exception:  # the two stay two expressions
                    log.warning("times: %r and %r not merged", text[prev.start : prev.end],
                                text[item.start : item.end], exc_info=True)
                    merged = None
                if merged is not None:
                    out[-1] = merged
                    continue
            out.append(item)
        return out

    @staticmethod
    def _chain(text: str, items: list[Found]) -> list[Found]:
        """Lists: "الاثنين والثلاثاء" continues after the first day; "عامي 2205 و2197 قبل الميلاد" are both BC."""
        out = list(items)
        for i in range(len(out) - 1, 0, -1):
            a, b = out[i - 1], out[i]
            if not _LIST_GAP.fullmatch(text[a.end : b.start]):
                continue
            if b.value.startswith("BC") and re.fullmatch(r"\d{4}", a.value):
                out[i - 1] = replace(a, value="BC" + a.value)
        for i in range(1, len(out)):
            a, b = out[i - 1], out[i]
            if not (_LIST_GAP.fullmatch(text[a.end : b.start]) and (b.part or "").startswith("wd")):
                continue
            if a.grain != "day" or not re.fullmatch(r"\d{4}-\d\d-\d\d", a.value):
                continue
            first = dt.date.fromisoformat(a.value)
            wd = int((b.part or "wd0")[2:])
            day = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 or 7)
            out[i] = replace(b, value=day.isoformat())
        return out

    def _merge_pair(self, a: Found, b: Found, gap: str) -> Found | None:
        if a.part == "NI" and b.grain == "day" and _NIGHT_PAIR.fullmatch(gap):
            return replace(a, end=b.end)  # ليل السبت/ الأحد: one night
        if (
            a.type == "DATE" and b.type == "DATE" and re.fullmatch(r"\d{4}", b.value)
            and a.value.startswith(b.value + "-") and _OF_YEAR.fullmatch(gap)
        ):
            return replace(a, end=b.end)  # نهاية شهر يونيو من العام الجاري
        if a.grain == "day" and b.grain == "absday" and self._merge_day_abs.fullmatch(gap):
            end = b.end
            return replace(b, start=a.start, end=end)
        if a.grain == "clock" and b.grain in ("day", "absday", "daytime") and self._merge_clock_day.fullmatch(gap):
            return self._with_clock(b, a, a.start, b.end)
        if a.grain in ("day", "absday", "daytime") and b.grain == "clock" and self._merge_day_clock.fullmatch(gap):
            return self._with_clock(a, b, a.start, b.end)
        return None

    @staticmethod
    def _with_clock(day: Found, clock: Found, start: int, end: int) -> Found:
        date_value = day.value.split("T")[0]
        # a clock already merged with a day reads "2021-12-09T10:00": its hour is after the T
        hh, mm = (int(x) for x in clock.value.rsplit("T", 1)[-1].split(":")[:2])
        if clock.part is None and day.part in ("AF", "EV") and hh < 12:
            hh += 12
        elif clock.part is None and day.part == "NI" and 6 <= hh < 12:
            hh += 12
        if not re.fullmatch(r"\d{4}-\d\d-\d\d|X{4}-XX-XX", date_value):
            return replace(clock, start=start, end=end)
        return Found(start, end, "TIME", f"{date_value}T{hh:02d}:{mm:02d}", None, day.calendar, "clock")

    # ----------------------------------------------------------------- tense
    def _tense(self, text: str, start: int, end: int) -> Tense:
        left = max(start - 100, 0)
        for m in _TERMINATORS.finditer(text, left, start):
            left = m.end()
        right_limit = min(end + 60, len(text))
        stop = _TERMINATORS.search(text, end, right_limit)
        right = stop.start() if stop else right_limit
        words = _WORD.findall(text, left, start)[-6:] + _WORD.findall(text, end, right)[:4]
        for w in words:
            bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if bare in self.future_words or w in self.future_words:
                return "future"
            if bare in ("غدا", "المقبل", "المقبله", "القادم", "القادمه"):
                return "future"
            if (
                len(bare) >= 4
                and bare[0] == "س"
                and bare[1] in "يتن"
                and self.vocab.get(bare[1:], 0) >= 30
                and self.vocab.get(bare, 0) >= 3
            ):
                return "future"
        return "past"

    # ----------------------------------------------------------------- helpers
    def _num(self, text: str | None) -> int | None:
        if text is None:
            return None
        return parse_number(self.lex.key(text.replace(",", ".").split(".")[0]), self.lex.numbers)

    def _year_for_month(self, month: int, rel: int | None, tense: Tense, anchor: dt.date) -> int:
        year = anchor.year
        if rel == -1:
            return year - 1 if month >= anchor.month else year
        if rel == 1:
            return year + 1 if month <= anchor.month else year
        if rel is None and tense == "future" and month < anchor.month:
            return year + 1
        return year

    @staticmethod
    def _span(m: re.Match[str]) -> tuple[int, int]:
        return m.start("x"), m.end("x")

    @staticmethod
    def _is_hijri_era(era: str | None) -> bool:
        return era in ("ه", "هجري", "هجريه", "للهجره")

    # ----------------------------------------------------------------- rules
    def _absdate(self, m: re.Match[str], ctx: Context) -> Found | None:
        found = self.lex.month(m["mon"])
        if found is None:
            return None
        calendar, month = found
        day = int(m["d"]) if m["d"] else self.lex.numbers[self.lex.key(m["od"])][0]
        s, e = self._span(m)
        hijri = calendar == "hijri"
        if m["y"] is None and m["d"]:
            before, _ = self._words_around(ctx.text, s, e)
            if before in self.name_before or before[1:] in self.name_before:
                return None
            if f"{m['d']} {self.lex.key(m['mon'])}" in self.name_dates:
                return None
        rel = int(self.lex.kind("relmod")[self.lex.key(m["rel"])]) if m["rel"] else None
        if m["y"] is not None:
            year = int(m["y"])
            if year > 9999:
                return REJECT
        elif ctx.anchor is None:
            if m["od2"]:
                return Found(s, e, "DATE", f"XXXX-{month:02d}" if not hijri else "XXXX-XX")
            return Found(s, e, "DATE", f"XXXX-{month:02d}-{day:02d}" if not hijri else "XXXX-XX-XX",
                         calendar="hijri" if hijri else None, grain="absday") if 1 <= day <= 31 else REJECT
        elif hijri:
            h = cal.gregorian_to_hijri(ctx.anchor)
            if h is None:
                return None
            year = h[0]
            if rel == -1 and month > h[1]:
                year -= 1
            elif rel == 1 and month < h[1]:
                year += 1
        else:
            year = self._year_for_month(month, rel, ctx.tense(s, e), ctx.anchor)
        if hijri:
            g = cal.hijri_to_gregorian(year, month, day)
        else:
            g = cal.make_date(year, month, day)
        if g is None:
            return REJECT
        if m["od2"]:  # "الرابع والخامس من يوليو": two days, the month is what one value can say
            return Found(s, e, "DATE", cal.fmt_month(g.year, g.month), calendar="hijri" if hijri else None)
        return Found(s, e, "DATE", cal.fmt_day(g), calendar="hijri" if hijri else None, grain="absday")

    def _numdate(self, m: re.Match[str], ctx: Context) -> Found | None:
        a, b, c = m["a"], m["b"], m["c"]
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        elif len(c) == 4:
            year, month, day = int(c), int(b), int(a)
        else:
            return None
        hijri = self._is_hijri_era(m["era"]) or 1300 <= year <= 1500
        g = cal.hijri_to_gregorian(year, month, day) if hijri else cal.make_date(year, month, day)
        if g is None:
            return REJECT
        if not 1900 <= g.year <= 2100:
            return None
        s, e = self._span(m)
        return Found(s, e, "DATE", cal.fmt_day(g), calendar="hijri" if hijri else None, grain="absday")

    def _monthyear(self, m: re.Match[str], ctx: Context) -> Found | None:
        found = self.lex.month(m["mon"])
        if found is None:
            return None
        calendar, month = found
        year = int(m["y"])
        if year > 9999:
            return REJECT
        mod = self.lex.kind("mod").get(self.lex.key(m["mod"])) if m["mod"] else None
        if calendar == "hijri":
            value = cal.hijri_month_value(year, month, mod)
        else:
            value = cal.fmt_month(year, month) if 1 <= year else None
        if value is None:
            return REJECT
        s, e = self._span(m)
        return Found(s, e, "DATE", value, mod, "hijri" if calendar == "hijri" else None)

    def _monthalone(self, m: re.Match[str], ctx: Context) -> Found | None:
        key = self.lex.key(m["mon"])
        found = self.lex.months.get(key)
        if found is None:
            return None
        calendar, month = found
        tail = ctx.text[m.end("mon") : m.end("x")]
        paired = (bool(tail.strip()) and not (m["rel"] and tail.strip() == m["rel"]) and not m["hon"]) or "(" in tail
        strong = bool(m["shahr"] or m["rel"] or m["mod"] or paired or (m["hon"] and calendar == "hijri"))
        if not strong and (key in self.ambiguous or not (m["prep"] or m["mod"])):
            return None
        s, e = self._span(m)
        rel = int(self.lex.kind("relmod")[self.lex.key(m["rel"])]) if m["rel"] else None
        mod = self.lex.kind("mod").get(self.lex.key(m["mod"])) if m["mod"] else None
        if ctx.anchor is None:
            value: str | None = f"XXXX-{month:02d}" if calendar == "gregorian" else "XXXX-XX"
        elif calendar == "gregorian":
            value = cal.fmt_month(self._year_for_month(month, rel, ctx.tense(s, e), ctx.anchor), month)
        else:
            h = cal.gregorian_to_hijri(ctx.anchor)
            if h is None:
                return None
            hy, hm, _ = h
            if rel == -1 and month >= hm:
                hy -= 1
            elif rel == 1 and month <= hm:
                hy += 1
            elif rel is None and ctx.tense(s, e) == "future" and month < hm:
                hy += 1
            value = cal.hijri_month_value(hy, month, mod)
        if value is None:
            return None
        return Found(s, e, "DATE", value, mod, "hijri" if calendar == "hijri" else None)

    def _day_of_month(self, m: re.Match[str], ctx: Context) -> Found | None:
        if not (m["this"] or m["rel"]):
            return None
        day = int(m["d"]) if m["d"] else self.lex.numbers[self.lex.key(m["od"])][0]
        rel = 0 if m["this"] else int(self.lex.kind("relmod")[self.lex.key(m["rel"])])
        s, e = self._span(m)
        if ctx.anchor is None:
            return Found(s, e, "DATE", f"XXXX-XX-{day:02d}", grain="absday") if 1 <= day <= 31 else REJECT
        year, month = cal.add_months(ctx.anchor.year, ctx.anchor.month, rel)
        g = cal.make_date(year, month, day)
        return Found(s, e, "DATE", cal.fmt_day(g), grain="absday") if g else REJECT

    def _year(self, m: re.Match[str], ctx: Context) -> Found | None:
        year = int(m["y"])
        era = m["era"]
        if year > 9999:
            return REJECT
        if len(m["y"]) == 3 and not (era or m["bc"]):
            return None
        if re.search(r"\d{4}\s*[/-]\s*$", ctx.text[max(0, m.start("x") - 8) : m.start("x")]):
            return None  # 1435 / 1436هـ: an academic or fiscal year range
        chained = _CHAINED_YEAR.search(ctx.text, max(0, m.start("x") - 30), m.start("x")) is not None
        if not (m["mod"] or m["noun"] or era or chained or m["bc"]):
            if not (m["prep"] and 1900 <= year <= 2099):
                return None
            after = ctx.text[m.end("x") : m.end("x") + 12].lstrip()
            if after[:1].isalpha() and _WORD.match(after) and not re.match(
                r"(?:و|ف|الي|حتي|في|من|عندما|حين|عن|علي|ثم|بعد|قبل)(?!\w)|و", after
            ):
                return None
        s, e = self._span(m)
        hijri = self._is_hijri_era(era) or (era is None and 1300 <= year <= 1500 and not m["bc"])
        if m["bc"]:
            return Found(s, e, "DATE", f"BC{year:04d}")
        if hijri:
            value = cal.hijri_year_value(year) or cal.hijri_year_approx(year)
        else:
            value = f"{year:04d}" if 1 <= year <= 9999 else None
        if value is None:
            return None
        mod = self.lex.kind("mod").get(self.lex.key(m["mod"])) if m["mod"] else None
        return Found(s, e, "DATE", value, mod, "hijri" if hijri else None)

    def _words_around(self, text: str, s: int, e: int) -> tuple[str, str]:
        before = _WORD.findall(text, max(0, s - 20), s)
        after = _WORD.search(text, e, min(len(text), e + 20))
        return (before[-1] if before else ""), (after.group() if after else "")

    def _dayref(self, m: re.Match[str], ctx: Context) -> Found | None:
        s, e = self._span(m)
        key = self.lex.key(m["dr"])
        offset = int(self.lex.kind("dayref").get(key, "1" if key == "غد" else "0"))
        wd_text = m["wd1"] or m["wd2"]
        if key == "اليوم" and not wd_text:
            before, after = self._words_around(ctx.text, m.start("dr"), e)
            if after in self.not_after or before in self.not_before or (
                ctx.text[max(0, m.start("dr") - 1) : m.start("dr")] in "«\"“'" and m.start("dr") > 0
            ):
                return None
        part = self.lex.kind("part").get(self.lex.key(m["part"])) if m["part"] else None
        if not (wd_text or part) and key in ("اليوم", "الامس") and m.start("dr") == s:
            before, _ = self._words_around(ctx.text, s, e)
            if key == "اليوم" and before in self.present_before:
                return Found(s, e, "DATE", "PRESENT_REF")  # وهي اليوم تثور: nowadays
            if key == "الامس" and before in self.past_noun:
                return Found(s, e, "DATE", "PAST_REF")  # نجوم الأمس: the past
        if ctx.anchor is None:
            value = "XXXX-XX-XX"
        else:
            day = ctx.anchor + dt.timedelta(days=offset)
            if wd_text:
                wd = self.lex.weekday(wd_text)
                if wd is not None and wd != day.isoweekday():
                    near = cal.weekday_date(day, wd, 0)
                    if abs((near - day).days) <= 3:
                        day = near
            value = cal.fmt_day(day)
        if part:
            return Found(s, e, "TIME", f"{value}T{part}", grain="daytime", part=part)
        return Found(s, e, "DATE", value, grain="day")

    def _weekday(self, m: re.Match[str], ctx: Context) -> Found | None:
        wd = self.lex.weekday(m["wd"])
        if wd is None:
            return None
        s, e = self._span(m)
        before, after = self._words_around(ctx.text, s, e)
        bare = not (m["yawm"] or m["part"] or m["rel"])
        if bare and wd in (1, 7) and (before in ("كلا", "الواحد", "بين", "هذين") or after in ("معا", "منهما")):
            return None
        rel = int(self.lex.kind("relmod")[self.lex.key(m["rel"])]) if m["rel"] else None
        if ctx.anchor is None:
            value = f"XXXX-WXX-{wd}"
        else:
            if rel == -1:
                direction = -2
            elif rel == 1:
                direction = 1
            elif rel == 0:
                direction = 0
            else:
                direction = 1 if ctx.tense(s, e) == "future" else -1
            value = cal.fmt_day(cal.weekday_date(ctx.anchor, wd, direction))
        part = self.lex.kind("part").get(self.lex.key(m["part"])) if m["part"] else None
        if part:
            return Found(s, e, "TIME", f"{value}T{part}", grain="daytime", part=part)
        return Found(s, e, "DATE", value, grain="day", part=None if rel is not None else f"wd{wd}")

    def _period(self, m: re.Match[str], ctx: Context) -> Found | None:
        per = m["per1"] or m["per2"]
        unit = self.lex.kind("period").get(self.lex.key(per))
        if unit is None:
            return None
        mod = self.lex.kind("mod").get(self.lex.key(m["mod"])) if m["mod"] else None
        if m["this"]:
            rel = 0
        elif m["rel"]:
            rel = int(self.lex.kind("relmod")[self.lex.key(m["rel"])])
            before, _ = self._words_around(ctx.text, m.start("x"), m.start("x"))
            if mod is None and unit == "Y" and before in self.role_before:
                return None  # الأمين العام السابق: "general", not "year"
        else:
            if mod is None or unit in ("DE", "CE"):
                return None
            _, after = self._words_around(ctx.text, m.end("x"), m.end("x"))
            if after in self.not_year:
                return None
            rel = 0
        s, e = self._span(m)
        value = cal.shift(ctx.anchor, unit, rel)
        if value is None:
            return None
        if unit == "W" and mod == "END" and m["mod"] and self.lex.key(m["mod"]) in ("نهايه", "عطله"):
            return Found(s, e, "DATE", f"{value}-WE")
        return Found(s, e, "DATE", value, mod)

    def _lastn(self, m: re.Match[str], ctx: Context) -> Found | None:
        ukey = self.lex.key(m["u"])
        if ukey.startswith("ال") and ukey not in self.lex.units:
            ukey = ukey[2:]
        found = self.lex.units.get(ukey)
        if found is None:
            return None
        unit, number = found
        try:
            n = self._num(m["n"]) if m["n"] else (2 if number == 2 else None)
        except ValueError:
            return None
        s, e = self._span(m)
        mod = self.lex.kind("qmod").get(self.lex.key(m["q"])) if m["q"] else None
        return Found(s, e, "DURATION", cal.duration_value(n, unit), mod)

    def _duration(self, m: re.Match[str], ctx: Context) -> Found | None:
        n: float | None
        gd = m.groupdict()
        if gd.get("du"):
            unit, _ = self.lex.units[self.lex.key(m["du"])]
            n = 2
        elif gd.get("half"):
            unit, _ = self.lex.units[self.lex.key(m["hu"])]
            n = 0.5
        elif gd.get("su"):
            unit, _ = self.lex.units[self.lex.key(m["su"])]
            n = 1
        else:
            unit, _ = self.lex.units[self.lex.key(m["u"])]
            try:
                n = self._num(m["n"])
            except ValueError:
                return None
            if n is not None and (n == 0 or n > 100000):
                return None
        if m["frac"] and n is not None:
            n += 0.5
        s, e = self._span(m)
        mod = self.lex.kind("qmod").get(self.lex.key(m["q"])) if m["q"] else None
        if gd.get("approx"):
            mod = "APPROX"
        elif gd.get("nayyif"):  # "سنتين ونيف": two years and some
            mod = "MORE_THAN"
        return Found(s, e, "DURATION", cal.duration_value(n, unit), mod)

    def _duration_sing(self, m: re.Match[str], ctx: Context) -> Found | None:
        for x, q, su, frac in (
            ("x", "q", "su", "frac"), ("x2", "q2", "su2", "frac2"), ("x3", None, "su3", None), ("x4", None, "su4", None)
        ):
            if m[x] is None:
                continue
            n: float | None
            if x == "x" and m["pl"]:
                unit, _ = self.lex.units[self.lex.key(m["pl"])]
                n = None
            else:
                unit, _ = self.lex.units[self.lex.key(m[su])]
                n = 1.5 if frac and m[frac] else 1.0
            mod = self.lex.kind("qmod").get(self.lex.key(m[q])) if q and m[q] else None
            if x == "x" and m["approx"]:
                mod = "APPROX"
            return Found(m.start(x), m.end(x), "DURATION", cal.duration_value(n, unit), mod)
        return None

    def _ago(self, m: re.Match[str], ctx: Context) -> Found | None:
        s, e = self._span(m)
        n: int | None
        after = ctx.text[e : e + 8]
        if m["pre"] == "قبل" and re.match(r"\s+(?:من|علي)\s", after):  # "قبل دقيقتين من النهاية": a duration
            return None
        if m["su"] and re.match(r"\s*\d", after):  # "منذ عام 1997": the year rule reads it
            return None
        if m["pl"]:
            return Found(s, e, "DATE", "PAST_REF")
        key = self.lex.key(m["u"] or m["du"] or m["su"])
        unit, _ = self.lex.units[key]
        if m["du"]:
            n = 2
        elif m["su"]:
            n = 1
        else:
            try:
                n = self._num(m["n"])
            except ValueError:
                return None
        qmod = self.lex.kind("qmod").get(self.lex.key(m["q"])) if m["q"] else None
        mod = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "APPROX": "APPROX"}.get(qmod or "")
        if n is None or unit in ("S", "MIN", "H"):
            return Found(s, e, "DATE", "PAST_REF", mod)
        if n > 5000:
            return None
        if unit == "D":
            value = cal.shift(ctx.anchor, "D", -n)
        elif unit == "W":
            value = cal.shift(ctx.anchor, "W", -n)
        elif unit == "M":
            value = cal.shift(ctx.anchor, "M", -n)
        elif unit == "Y":
            value = cal.shift(ctx.anchor, "Y", -n)
        elif unit == "DE":
            value = cal.shift(ctx.anchor, "Y", -10 * n)
        else:
            value = cal.shift(ctx.anchor, "Y", -100 * n)
        if value is None:
            return None
        return Found(s, e, "DATE", value, mod)

    def _clock(self, m: re.Match[str], ctx: Context) -> Found | None:
        if not (m["sa"] or m["ap"]):
            return None
        h_text = m["h"]
        minute = 0
        if h_text[0].isdigit() and len(h_text) == 4 and h_text.isdigit():
            hour, minute = int(h_text[:2]), int(h_text[2:])
        elif h_text[0].isdigit():
            hm = re.split(r"[:.]", h_text)
            hour = int(hm[0])
            if len(hm) > 1:
                minute = int(hm[1])
        else:
            key = self.lex.key(h_text)
            if key == "الاولي" and not m["ap"]:
                return None
            hour = self.lex.numbers[key][0]
        if m["half"]:
            minute = 30
        elif m["quarter"]:
            minute = 15
        elif m["mn"]:
            try:
                minute = self._num(m["mn"]) or 0
            except ValueError:
                return None
        if m["minus"]:
            hour = (hour - 1) % 24
            minute = 40 if "ثلث" in m["minus"] else 45
        ap = self.lex.kind("clock").get(self.lex.key(m["ap"])) if m["ap"] else None
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
        s, e = self._span(m)
        return Found(s, e, "TIME", f"T{hour % 24:02d}:{minute:02d}", grain="clock", part=ap)

    def _ref(self, m: re.Match[str], ctx: Context) -> Found | None:
        s, e = self._span(m)
        return Found(s, e, "DATE", self.lex.kind("ref")[self.lex.key(m["x"])])

    def _partref(self, m: re.Match[str], ctx: Context) -> Found | None:
        s, e = self._span(m)
        _, after = self._words_around(ctx.text, e, e)
        if after in self.not_after:
            return None
        key = self.lex.key(m["x"][: m.start("rel") - m.start("x")] if m["rel"] else m["x"])
        part = self.lex.kind("partref").get(key.strip())
        if part is None:
            return None
        offset = -1 if m["rel"] == "الماضيه" else (1 if m["rel"] else 0)
        day = cal.shift(ctx.anchor, "D", offset)
        return Found(s, e, "TIME", f"{day}T{part}", grain="daytime", part=part)

    def _set(self, m: re.Match[str], ctx: Context) -> Found | None:
        s, e = self._span(m)
        if m["wd"]:
            return Found(s, e, "SET", f"XXXX-WXX-{self.weekday_indef[self.lex.key(m['wd'])]}")
        if m["du"]:
            unit, _ = self.lex.units[self.lex.key(m["du"])]
            return Found(s, e, "SET", cal.duration_value(2, unit))
        if m["u"]:
            unit, _ = self.lex.units[self.lex.key(m["u"])]
            try:
                n = self._num(m["n"])
            except ValueError:
                return None
            return Found(s, e, "SET", cal.duration_value(n, unit))
        value = self.lex.kind("set").get(self.lex.key(m["x"]))
        return Found(s, e, "SET", value) if value else None

    def _decade(self, m: re.Match[str], ctx: Context) -> Found | None:
        dec = m["dec"] or ("ال" + m["decb"] if m["decb"] else None)
        if dec is None or (m["decb"] and not m["cent"]):
            return None
        digit = self.lex.kind("decade").get(self.lex.key(dec))
        if digit is None:
            return None
        century = "19"
        if m["cent"] and re.search(r"الحالي|الجاري|الحادي", m["cent"]):
            century = "20"
        s, e = self._span(m)
        mod = self.lex.kind("mod").get(self.lex.key(m["mod"])) if m["mod"] else None
        return Found(s, e, "DATE", f"{century}{digit}", mod)

    def _season(self, m: re.Match[str], ctx: Context) -> Found | None:
        name = m["s1"] or m["s2"] or m["s3"]
        key = self.lex.key(name)
        code = self.lex.kind("season").get(key) or self.lex.kind("season").get("ال" + key)
        if code is None:
            return None
        s, e = self._span(m)
        if m["y"]:
            return Found(s, e, "DATE", f"{m['y']}-{code}")
        rel = 0 if m["this"] else int(self.lex.kind("relmod")[self.lex.key(m["rel"])])
        if ctx.anchor is None:
            return Found(s, e, "DATE", f"XXXX-{code}")
        return Found(s, e, "DATE", cal.season_value(ctx.anchor, code, rel))

    def _quarter(self, m: re.Match[str], ctx: Context) -> Found | None:
        n = self.lex.kind("quarter").get(self.lex.key(m["q"]))
        if n is None:
            return None
        year = m["y"] or m["y2"]
        if year is None:
            rel = int(self.lex.kind("relmod")[self.lex.key(m["rel"])]) if m["rel"] else 0
            year = cal.shift(ctx.anchor, "Y", rel)
        s, e = self._span(m)
        return Found(s, e, "DATE", f"{year}-Q{n}") if year else None

    def _century_ord(self, m: re.Match[str], ctx: Context) -> Found | None:
        n = self.lex.numbers[self.lex.key(m["ord"])][0]
        s, e = self._span(m)
        mod = self.lex.kind("mod").get(self.lex.key(m["mod"])) if m["mod"] else None
        if m["bc"]:
            return Found(s, e, "DATE", f"BC{n - 1:02d}", mod)
        return Found(s, e, "DATE", f"{n - 1:02d}", mod)

    def _century(self, m: re.Match[str], ctx: Context) -> Found | None:
        s, e = self._span(m)
        return Found(s, e, "DATE", self.lex.kind("century")[self.lex.key(m["x"])])

    def _holiday(self, m: re.Match[str], ctx: Context) -> Found | None:
        spec = self.lex.kind("holiday").get(self.lex.key(m["hol"]))
        if spec is None:
            return None
        calendar, _, md = spec.partition(":")
        month, day = (int(x) for x in md.split("-"))
        s, e = self._span(m)
        rel = int(self.lex.kind("relmod")[self.lex.key(m["rel"])]) if m["rel"] else None
        if m["y"]:
            year = int(m["y"])
            g = cal.hijri_to_gregorian(year, month, day) if calendar == "hijri" else cal.make_date(year, month, day)
            if g is None:
                return None
            return Found(s, e, "DATE", cal.fmt_day(g), calendar=calendar if calendar == "hijri" else None)
        if ctx.anchor is None:
            return Found(s, e, "DATE", "XXXX-XX-XX" if calendar == "hijri" else f"XXXX-{month:02d}-{day:02d}")
        if calendar == "hijri":
            h = cal.gregorian_to_hijri(ctx.anchor)
            if h is None:
                return None
            options = [cal.hijri_to_gregorian(h[0] + k, month, day) for k in (-1, 0, 1)]
        else:
            options = [cal.make_date(ctx.anchor.year + k, month, day) for k in (-1, 0, 1)]
        dates = [d for d in options if d is not None]
        anchor = ctx.anchor
        if rel == -1:
            dates = [d for d in dates if d < anchor]
        elif rel == 1 or (rel is None and ctx.tense(s, e) == "future"):
            dates = [d for d in dates if d >= anchor] if rel != 1 else [d for d in dates if d > anchor]
        if not dates:
            return None
        best = min(dates, key=lambda d: abs((d - anchor).days))
        if m["nth"]:  # "ثاني أيام عيد الفطر": the feast's second day
            best += dt.timedelta(days=("اول", "ثاني", "ثالث", "رابع").index(m["nth"]))
        return Found(s, e, "DATE", cal.fmt_day(best), calendar=calendar if calendar == "hijri" else None)
