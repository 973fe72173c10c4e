"""Find Arabic time expressions in a text and give each a TIMEX3 value.

The matcher works on the normalized copy of the text (:func:`marsad.text.normalize.normalize`)
with the rules of :mod:`marsad.times.rules`, built once from the lexicons. One trigger pass finds
the words a rule can start with; each rule tried there proposes a candidate (normalized offsets,
type, value, mod, calendar); overlapping candidates are resolved leftmost-longest (ties by the
rules' priority); adjacent ones that describe one time are merged (:mod:`marsad.times.merge`); days,
months and seasons of every year lose their year (:mod:`marsad.times.every`);
spans are mapped back to the original text at the end. An expression whose handler raises is
skipped and logged: the text's other times stay.

Span conventions: conjunction and preposition clitics (و ف ب ل ك) are left out of a span, except
the ل of the contracted article (للعام الماضي keeps its first letter); prepositions (في، خلال،
لمدة، قبل as "before") are left out, except منذ/قبل meaning "ago" (قبل ثلاثة أيام), which change the
value. Quantity modifiers (أكثر من، نحو) are inside the span and give ``mod``.

Resolution conventions (anchor = publication date) are written down with each family of rules:
days and weekdays in :mod:`~marsad.times.rules.days`, months and years in
:mod:`~marsad.times.rules.dates`, periods in :mod:`~marsad.times.rules.periods`, durations and
times ago in :mod:`~marsad.times.rules.amounts`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import replace

from marsad.times import settings as S
from marsad.times.every import every_week, every_year
from marsad.times.lexicon import TimeLexicon, alt
from marsad.times.merge import merge, with_part
from marsad.times.rules import REJECT, Context, Found, Rule, build_rules, build_words
from marsad.times.rules.anaphora import resolve_anaphora
from marsad.times.rules.base import NO_YEAR, Tense, perfect_form
from marsad.times.within import moments_within, year_restated

log = logging.getLogger(__name__)

_TERMINATORS = re.compile(r"[.!?؟؛\n]")
# a clause after the time ends at a comma before و/ف, or where a quote opens (قال الخميس: «لن ...»)
_RIGHT_STOP = re.compile(r"[.!?؟؛\n:«\"“]|[،,]\s*[وف]")
_WORD = re.compile(r"\w+")
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "ما"})
_MA_CLAUSE = frozenset({"بما", "مما", "فيما", "كما", "عما", "لما", "ربما"})
_PLAN_OF_THE_PAST = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+(?:من\s+)?$")
_PAST_MARKERS = frozenset({"كان", "كانت", "كانوا", "لم", "قد", "لقد", "امس", "الماضي", "الماضيه"})
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_GLOSS_OPEN = re.compile(r"[ \t]*\([ \t]*")  # "فجر اليوم (أمس)": the paper's gloss of a quoted day word
_GLOSS_CLOSE = re.compile(r"[ \t]*\)")
_FUTURE_WORDS = ("غدا", "المقبل", "المقبله", "القادم", "القادمه")
_LEAD_DAY = re.compile(  # اليوم (الثلاثاء), أول من أمس الأحد
    r"(?<!\w)[وف]?(?P<dw>اليوم|اول\s+من\s+امس|اول\s+امس|امس)\s*[(«]?\s*(?:يوم\s+)?(?P<wd>ال\w+)")
_THAT_DAY = re.compile(r"(?<!\w)(?:ذلك|هذا|ذات)\s*$")  # "ظهيرة ذلك اليوم الثلاثاء": another day told of
_AMOUNT_AFTER = re.compile(r"\s+(?:الي\s+)?\d")  # "بنسبة تصل إلى 60%": a verb of amount, not of the future

__all__ = ["Found", "Matcher"]


_WEEKDAY_PART = re.compile(r"wd([1-7])")


def after_a_coming_day(text: str, items: list[Found], anchor: dt.date | None) -> list[Found]:
    """A bare weekday after a day still to come ("يبدأ البرنامج الثلاثاء 11 أغسطس ... ويختتم يوم الخميس")
    is the first such weekday on or after that day, not one read from the publication date (a day at most
    :data:`S.COMING_DAY_DAYS` after the publication, written as a date in the weekday's paragraph and the last
    day named before it: "السبت المقبل ... الأحد" is read from the publication date)."""
    if anchor is None:
        return items
    out: list[Found] = []
    last: dt.date | None = None
    last_end = 0
    for f in items:
        wd = _WEEKDAY_PART.fullmatch(f.part or "")
        day = _DAY_VALUE.match(f.value)
        if "\n" in text[last_end : f.start]:
            last = None  # a coming day of another paragraph is no reference (ختام in a new paragraph)
        coming = last is not None and 0 < (last - anchor).days <= S.COMING_DAY_DAYS
        led = wd is not None and f.grain == "day" and last is not None and coming and day is not None
        if led and last is not None and day is not None and wd is not None:
            moved = last + dt.timedelta(days=(int(wd.group(1)) - last.isoweekday()) % 7)
            if moved.isoformat() != day.group():
                f = replace(f, value=moved.isoformat() + f.value[10:])
        day = _DAY_VALUE.match(f.value)
        if day is not None and f.type in ("DATE", "TIME"):  # a written date (or a weekday it led) leads the next
            last = dt.date.fromisoformat(day.group()) if f.grain == "absday" or led else None
            last_end = f.end
        out.append(f)
    return out


_YEAR_VALUE = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)?")
_SINCE = re.compile(r"(?<!\w)[وف]?منذ\s+$")
_RELATIVE_END = re.compile(r"(?:الماضي|المقبل|القادم|الجاري|الحالي|المنصرم|الفائت)(?:ه|ين|تين)?$")


def years_in_context(text: str, items: list[Found]) -> list[Found]:
    """A day or month written without its year ("في 9 أغسطس 1945 وانتهت الحرب في 15 أغسطس") takes the year
    of the day written with its year right before it in its sentence (not one after منذ) when that is another year;
    not one with a relative word ("يونيو الماضي") nor a Hijri one."""
    out: list[Found] = []
    for f in items:
        prev = out[-1] if out else None
        own = _YEAR_VALUE.fullmatch(f.value)
        if (
            prev is not None and f.part == NO_YEAR and f.calendar is None and own is not None and own[2]
            and not _RELATIVE_END.search(text[f.start : f.end]) and not _TERMINATORS.search(text, prev.end, f.start)
        ):
            written = prev.type == "DATE" and prev.calendar is None and prev.mod is None and prev.part != NO_YEAR
            since = _SINCE.search(text, max(0, prev.start - 12), prev.start) is not None
            year = _YEAR_VALUE.fullmatch(prev.value) if written and not since else None
            if year is not None and _DAY_VALUE.fullmatch(prev.value) and year[1] != own[1] and _valid(year[1] + own[2]):
                f = replace(f, value=year[1] + own[2])
        out.append(f)
    return out


_RANGE_GAP = re.compile(r"\s*\)?\s*[،,]?\s*(?:و\s*|(?:الي|حتي|او)\s+|[-–]\s*)(?:(?:يوم|غايه)\s+)?")
_TO = re.compile(r"[-–]|الي|حتي")


def years_from_the_range_end(text: str, items: list[Found]) -> list[Found]:
    """A day or month written without its year as the first end of a range or list whose other end has its year
    ("من 14 يونيو إلى 15 يوليو 2018", "بين 12 يناير و3 فبراير 2014", "من مايو إلى أغسطس 2013") takes that year
    (the year before when it would come after the other end of a range: "من ديسمبر إلى فبراير 2014")."""
    out = list(items)
    for i in range(len(out) - 1, 0, -1):
        f, nxt = out[i - 1], out[i]
        own, end = _YEAR_VALUE.fullmatch(f.value), _YEAR_VALUE.fullmatch(nxt.value)
        if f.part != NO_YEAR or f.calendar is not None or own is None or not own[2] or end is None:
            continue
        if nxt.type != "DATE" or nxt.calendar is not None or nxt.part == NO_YEAR or nxt.mod is not None:
            continue
        gap = _RANGE_GAP.fullmatch(text, f.end, nxt.start)
        if gap is None or _RELATIVE_END.search(text[f.start : f.end]) or end[1] == own[1]:
            continue
        value = end[1] + own[2]
        if _TO.search(gap.group()) and _valid(value) and value > nxt.value:
            value = f"{int(end[1]) - 1:04d}{own[2]}"
        if _valid(value):
            out[i - 1] = replace(f, value=value + f.value[len(own.group()) :], part=None)
    return out


def undated_clocks(items: list[Found]) -> list[Found]:
    """A clock time or part of day left without its day ("السابعة مساء" with no day named before it) is written as
    TIMEX3 writes a time of an unknown day (`XXXX-XX-XXT19:00`), not as a bare `T19:00`."""
    return [replace(f, value="XXXX-XX-XX" + f.value) if f.value[:1] == "T" else f for f in items]


def _valid(value: str) -> bool:
    try:
        dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return False
    return True


class Matcher:
    def __init__(self, lex: TimeLexicon, vocab: Mapping[str, int]) -> None:
        self.lex = lex
        self.vocab = vocab
        self.words = build_words(lex)
        self.rules: list[Rule] = build_rules(lex)
        self._rules_for: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(self.rules):
            for w in {x.split()[0] for x in r.starters}:
                self._rules_for[w].append(i)
        words = {w for w in self._rules_for if "#" not in w}
        self._trigger = re.compile(rf"(?<!\w)[وف]?[بلك]?(?:(?P<w>{alt(words)})|(?P<d>(?:ال)?\d))")
        self._complementizers = frozenset(lex.kind("complementizer"))
        self._day_words = re.compile(  # today, yesterday, the day before: "آنذاك" never refers back to them
            alt(k for k, v in lex.kind("dayref").items() if -S.WRITING_DAYS <= int(v) <= 0)
        )
        self._part_before = re.compile(rf"(?<!\w)[وف]?[بل]?(?P<p>{alt(lex.kind('part'))})\s+(?:من\s+)?(?:يوم\s+)?$")

    def find(self, ntext: str, anchor: dt.date | None, tense: Tense = None) -> list[Found]:
        """The time expressions of the normalized ``ntext`` (normalized offsets)."""
        anchor = self._written_on(ntext, anchor)
        ctx = Context(
            ntext, anchor, tense, lambda s, e: self._tense(ntext, s, e), self.lex, self.words, self._imperfect_verb,
            self._verb_form,
            lambda s, e: self._tense(ntext, s, e, scheduled_future=False, window=S.YEAR_TENSE_LEFT_WORDS),
            lambda w: self.vocab.get(w, 0),
        )
        cands: list[tuple[int, int, int, Found]] = []
        blocked: list[tuple[int, int]] = []
        for t in self._trigger.finditer(ntext):
            for prio in self._todo(t):
                r = self.rules[prio]
                m = r.pattern.match(ntext, t.start())
                if m is None:
                    continue
                try:
                    found = r.handler(m, ctx)
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
        chosen = self._glossed_day_words(ntext, chosen)
        try:
            chosen = resolve_anaphora(
                chosen, anchor, lambda f: self._day_words.search(ntext, f.start, f.end) is not None
            )
        except Exception:  # anaphoric times keep the values read against the publication date
            log.warning("times: anaphoric times of %r left unresolved", ntext[:80], exc_info=True)
        merged = [self._with_part_before(ntext, f) for f in merge(ntext, chosen)]
        dated = after_a_coming_day(ntext, years_from_the_range_end(ntext, years_in_context(ntext, merged)), anchor)
        restated = year_restated(ntext, moments_within(ntext, dated, self.lex.kind("withinmoment")))
        return undated_clocks(every_week(ntext, every_year(ntext, restated)))

    def _written_on(self, ntext: str, anchor: dt.date | None) -> dt.date | None:
        """The day the article was written: a crawl date a few days late ("اليوم الثلاثاء" in the lead of
        an article crawled on Friday) gives way to the day its first day word with a weekday names, so that its
        other day words (ظهر اليوم، غدا، أمس) count from that day too. Today's weekday in the lead is always a day on
        or before the crawl date; yesterday's, or one named past the lead ("يومي أمس وأمس الأول ... أمس الأحد"),
        only when it is at most a few days before (else the day word wins). "ذلك اليوم الثلاثاء" tells of another
        day."""
        if anchor is None:
            return None
        named = ((m, self.lex.weekday(m["wd"])) for m in _LEAD_DAY.finditer(ntext) if not _THAT_DAY.search(
            ntext, max(0, m.start() - S.CONTEXT_WORD_CHARS), m.start()))
        m, wd = next(((m, wd) for m, wd in named if wd is not None), (None, None))
        if m is None or wd is None:
            return anchor
        offset = int(self.lex.kind("dayref").get(self.lex.key(" ".join(m["dw"].split())), "0"))
        lag = ((anchor + dt.timedelta(days=offset)).isoweekday() - wd) % 7
        lead = offset == 0 and m.start() < S.LEAD_DAY_CHARS
        limit = S.LEAD_DAY_LAG_DAYS if lead else S.WEEKDAY_CORRECTION_DAYS  # today's weekday in the lead, others
        return anchor - dt.timedelta(days=lag) if lag <= limit else anchor

    def _glossed_day_words(self, ntext: str, items: list[Found]) -> list[Found]:
        """A day word glossed by the paper in brackets right after it ("«تمكنت القوات فجر اليوم (أمس) من تحرير»",
        "صباح اليوم (أمس السبت)": the quoted speaker's today is the paper's yesterday) is the day of the gloss; the
        gloss stays an expression of its own."""
        out = list(items)
        for i in range(len(out) - 1):
            f, gloss = out[i], out[i + 1]
            if not _GLOSS_OPEN.fullmatch(ntext, f.end, gloss.start) or not _GLOSS_CLOSE.match(ntext, gloss.end):
                continue
            own, glossed = _DAY_VALUE.match(f.value), _DAY_VALUE.fullmatch(gloss.value)
            if own is None or glossed is None or gloss.grain != "day" or own.group() == glossed.group():
                continue
            glossed_word = self._day_word(ntext[f.start : f.end], last=True)
            if not (glossed_word and self._day_word(ntext[gloss.start : gloss.end])):
                continue
            out[i] = replace(f, value=glossed.group() + f.value[10:])
        return out

    def _day_word(self, text: str, last: bool = False) -> bool:
        """``text`` holds a day word of ``dayref`` rows (اليوم، أمس، غدا): its last word with ``last``, else its
        first words."""
        words = text.split()
        keys = self.lex.kind("dayref")
        if last:
            return bool(words) and words[-1] in keys
        return any(" ".join(words[:n]) in keys for n in (1, 2, 3))

    def _with_part_before(self, ntext: str, f: Found) -> Found:
        """A written date after a part of day ("صباح 2 أغسطس", "مساء يوم الثاني من أغسطس") is that part
        of that day."""
        if f.grain != "absday" or f.type != "DATE" or not _DAY_VALUE.fullmatch(f.value):
            return f
        before = self._part_before.search(ntext, max(0, f.start - S.CONTEXT_WORD_CHARS), f.start)
        part = self.lex.kind("part").get(self.lex.key(before["p"])) if before else None
        if before is None or part is None:
            return f
        return with_part(f, part, before.start("p"), f.end, part)

    def _todo(self, t: re.Match[str]) -> list[int]:
        """The rules that can start at the trigger ``t``."""
        w = t["w"]
        if w is not None:
            return self._rules_for.get("ال" + w[2:] if w.startswith("لل") else w, [])
        return self._rules_for["ال#" if t["d"].startswith("ال") else "#"]

    def _tense(
        self, text: str, start: int, end: int, scheduled_future: bool = True, window: int = S.TENSE_LEFT_WORDS
    ) -> Tense:
        """"future" when the clause around ``[start, end)`` speaks of the future (a future cue), "present"
        when an imperfect verb governs it (يعقد المجلس اجتماعه الاثنين), else "past". An imperfect verb of a
        scheduled event (يصل، تقام، تواجه: ``future`` rows of value ``event``) is a future cue; with
        ``scheduled_future`` false (a month's year), only where it governs the time from before it, as an
        imperfect verb does ("يفتتح الوزير المعرض في يناير"; not "الحالات التي تصل منذ يونيو", "في رمضان
        كانت التدريبات تقام")."""
        scheduled = False
        while start > 0 and text[start - 1].isalpha():
            start -= 1  # "والأحد": the proclitic is no word of the clause before it
        left = max(start - S.TENSE_LEFT_CHARS, 0)
        for m in _TERMINATORS.finditer(text, left, start):
            left = m.end()
        right_limit = min(end + S.TENSE_RIGHT_CHARS, len(text))
        stop = _RIGHT_STOP.search(text, end, right_limit)
        right = stop.start() if stop else right_limit
        found = list(_WORD.finditer(text, left, start))[-window - 1 :]
        imperfect = self._imperfect_governs([wm.group() for wm in found], window)
        found = found[-window:]
        comma = max(text.rfind("،", left, start), text.rfind(",", left, start))
        if self._told_before_a_future_verb(text, [wm.group() for wm in found if wm.start() > comma], end, right):
            return "past"
        for wm in list(_WORD.finditer(text, end, right))[: S.TENSE_RIGHT_WORDS]:
            if self.lex.key(wm.group()) in self._complementizers:
                break  # "أعلنت الوزارة الخميس أن المدارس ستفتح": the future is the reported clause's
            w = wm.group()
            if w[:1] == "و" and len(w) >= 4 and (w[1:] in self.words.future or self._future_verb(w[1:])):
                break  # "تدربوا الأربعاء وسيلعبون السبت": the future is the next clause's
            found.append(wm)
        left_words = [wm.group() for wm in found if comma < wm.start() and wm.end() <= start]
        for wm in (wm for wm in found if not _AMOUNT_AFTER.match(text, wm.end())):
            w = wm.group()
            bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if bare in self.words.future or w in self.words.future or bare in _FUTURE_WORDS:
                if _PLAN_OF_THE_PAST.search(text, max(0, wm.start() - 12), wm.start()):
                    continue  # "وكان من المقرر أن تنطلق في مايو": a plan of the past
                if not scheduled_future and (bare in self.words.scheduled or w in self.words.scheduled):
                    scheduled = True
                    continue
                return "future"
            if self._future_verb(bare):
                return "future"
        if scheduled and self._governs(left_words, self.words.scheduled.__contains__):
            return "future"
        return "present" if imperfect or scheduled else "past"

    def _told_before_a_future_verb(self, text: str, left_words: list[str], end: int, right: int) -> bool:
        """A future verb right after the time opens the next clause when a perfect verb of its own clause governs
        the time ("والذي نقل إلى فرنسا السبت سيفتح الأربعاء": the Saturday past): the verb is marked as one (و/ف
        before it, ت/وا after it, or a relative pronoun before it), with no future cue, imperfect verb or
        complementizer after it."""
        nxt = _WORD.search(text, end, right)
        if nxt is None or text[end : nxt.start()].strip() or not self._future_verb(nxt.group()):
            return False
        for i in range(len(left_words) - 1, -1, -1):
            w = left_words[i]
            bare = w[1:] if w[:1] in "وف" and len(w) > 2 else w
            if bare in self.words.future or self._imperfect_verb(w) or self.lex.key(bare) in self._complementizers:
                return False
            prev = left_words[i - 1] if i > 0 else ""
            marked = w[:1] in "وف" or w.endswith(("ت", "وا")) or (prev[1:] if prev[:1] == "و" else prev) in _RELATIVES
            if marked and perfect_form(self._verb_form, w):
                return True
        return False

    def _verb_form(self, w: str) -> bool:
        return self.vocab.get(w, 0) >= S.FUTURE_STEM_MIN_COUNT

    def _governs(self, left_words: list[str], is_verb: Callable[[str], bool]) -> bool:
        """A verb (``is_verb``) before the time that governs it: no relative pronoun, complementizer or past marker
        (كان، لم، قد) between them or before it in the clause, no relative or comparative word right before it."""
        for i in range(len(left_words) - 1, -1, -1):
            w = left_words[i]
            bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if bare in _PAST_MARKERS or w in _RELATIVES or w == "منذ" or self.lex.key(w) in self._complementizers:
                return False  # "يصل عدد الحالات منذ يونيو": since a past month
            if is_verb(bare) or is_verb(w):
                prev = left_words[i - 1] if i > 0 else ""
                past = any((x[1:] if x[:1] in "وف" else x) in _PAST_MARKERS for x in left_words[:i])
                after_clause = prev in _RELATIVES or prev in _MA_CLAUSE or self.lex.key(prev) in self._complementizers
                return not (past or after_clause)
        return False

    def _imperfect_governs(self, left_words: list[str], window: int) -> bool:
        """An imperfect verb of يـ before the time (يعقد المجلس اجتماعه الخميس), with no relative pronoun or
        reported clause between them, no complementizer right before it and no past marker (كان، لم، قد)
        before it in the clause."""
        first = max(0, len(left_words) - window)  # the word before the window is read as ``prev`` only
        for i in range(len(left_words) - 1, first - 1, -1):
            w = left_words[i]
            bare = w[1:] if w[:1] in "وف" and len(w) > 4 else w
            if bare in _PAST_MARKERS or w in _RELATIVES or self.lex.key(w) in self._complementizers:
                return False
            if self._imperfect(bare):
                prev = left_words[i - 1] if i > 0 else ""
                past = any((x[1:] if x[:1] in "وف" else x) in _PAST_MARKERS for x in left_words[:i])
                if prev in _RELATIVES or prev in _MA_CLAUSE:
                    return False  # "بما يزيد عن القراءة في يونيو": a relative or comparative clause
                if self.lex.key(prev) in self._complementizers and i > 1 and left_words[i - 2] == "علي":
                    return not past  # "على أن يعقد الاجتماع الأحد": what is to be, ahead
                return not (past or self.lex.key(prev) in self._complementizers)  # وكان المجلس يعقد: the past
        return False

    def _imperfect(self, w: str) -> bool:
        """An imperfect verb of يـ (يعقد): frequent, and frequent with a future س as well (سيعقد), or with its
        feminine تـ (يعاود: ستعاود)."""
        return (
            len(w) >= S.FUTURE_VERB_MIN_LEN - 1
            and w[0] == "ي"
            and self.vocab.get(w, 0) >= S.FUTURE_STEM_MIN_COUNT
            and max(self.vocab.get("س" + w, 0), self.vocab.get("ست" + w[1:], 0)) >= S.FUTURE_VERB_MIN_COUNT
        )

    def _imperfect_verb(self, w: str) -> bool:
        """An imperfect verb of يـ or تـ (يحتل، تعمل), without و/ف before it."""
        bare = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        return (bare[:1] == "ت" and self._imperfect("ي" + bare[1:])) or self._imperfect(bare)

    def _future_verb(self, w: str) -> bool:
        """س + an imperfect verb (سيزور), both forms frequent enough in the vocabulary; a verb of تـ (ستعاود)
        may have its stem frequent in its form of يـ (يعاود)."""
        if len(w) < S.FUTURE_VERB_MIN_LEN or w[0] != "س" or w[1] not in "يتن":
            return False
        if self._future_form(w):
            return True
        # a dual or plural (سيلتقيان، سيجتمعون): its singular (سيلتقي، سيجتمع) is a future verb
        single = w[:-2] if w.endswith(("ون", "ان")) and w[1] in "يت" else ""
        return len(single) >= S.FUTURE_VERB_MIN_LEN and self._future_form(single)

    def _future_form(self, w: str) -> bool:
        stem = max(self.vocab.get(w[1:], 0), self.vocab.get("ي" + w[2:], 0) if w[1] == "ت" else 0)
        return stem >= S.FUTURE_STEM_MIN_COUNT and self.vocab.get(w, 0) >= S.FUTURE_VERB_MIN_COUNT
