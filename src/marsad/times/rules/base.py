"""What every time rule shares: the candidate record, the context a handler reads, the regex pieces
built from the lexicons, the context word lists, and small helpers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from marsad.times import settings as S
from marsad.times.lexicon import TimeLexicon, alt
from marsad.times.numbers import parse_number

CL = r"(?<!\w)(?:[وف]?[بلك]?)"  # conjunction and preposition clitics, left out of a span
ERA = r"(?:\s*(?P<era>هجريه|هجريا|هجري|للهجره|ه|ميلاديه|ميلاديا|ميلادي|للميلاد|م)(?!\w))?"
LATER = r"(?:الماضي|الاخير|المقبل|القادم|المنصرم|الفائت|السابق|المتبقي)(?:ه|ين|تين|ات)?(?!\w)"
PREP = r"(?:في|خلال|منذ|حتي|بحلول|قبل|بعد|طوال|طيله)"
PREP_WORDS = frozenset({"في", "خلال", "منذ", "حتي", "بحلول", "قبل", "بعد", "طوال", "طيله"})
UNTIL_WORDS = frozenset({"حتي", "لغايه", "وحتي"})
HIJRI_ERAS = ("ه", "هجري", "هجريه", "هجريا", "للهجره")
WORD = re.compile(r"\w+")

Tense = str | None


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


NO_YEAR = "noyear"  # the part of a written day or month whose year was not written (a year after it may give it)
OCCASION = "occasion"  # a feast named as an occasion (بمناسبة عيد الفطر): no anaphoric time refers back to it
REJECT = Found(0, 0, "", "")  # a handler's answer for an impossible date: nothing may match there


@dataclass(frozen=True)
class Words:
    """The context word lists of ``times_relative.tsv`` (kinds named in each field's comment)."""

    future: frozenset[str]  # future: words that put a clause in the future
    scheduled: frozenset[str]  # future rows of value "event": imperfect verbs of scheduled events (يصل، تقام)
    ambiguous: frozenset[str]  # ambiguous: month names that are also common words
    not_after: frozenset[str]  # notafter: "اليوم" followed by one of these is not a date
    not_before: frozenset[str]  # notbefore: ... or preceded by one of these
    not_year: frozenset[str]  # notyear: "نهاية العام" followed by one of these is not a year
    name_before: frozenset[str]  # namebefore: "شارع 14 يوليو": a date inside a name
    role_before: frozenset[str]  # rolebefore: "الأمين العام": "general", not "year"
    present_before: frozenset[str]  # presentbefore: "وهي اليوم": nowadays
    state_verbs: frozenset[str]  # stateverb: "الذي يعمل اليوم طبيبا": nowadays
    name_dates: frozenset[str]  # namedate: day-month pairs that are names (ثورة 25 يناير)
    past_noun: frozenset[str]  # pastnoun: "نجوم الأمس": the past
    century_before: frozenset[str]  # centurybefore: "شركة القرن الحادي والعشرين": a name
    holding: frozenset[str]  # holding: "عقد الاجتماعات": "holding", not "decade"
    not_gad: frozenset[str]  # notgad: "نحو غد مشرق": the future as a figure, not tomorrow
    former_before: frozenset[str]  # formerbefore: "يوغوسلافيا سابقا": "former", not a past time
    percent_after: frozenset[str]  # percentafter: "الاثنين في المائة": two percent, not Monday
    year_name: frozenset[str]  # yearname: "قانون العمل 1976": a bare year naming a law or an edition
    count_after: frozenset[str]  # countafter: "في 2000 منزل": a count, not a year
    month_before: frozenset[str]  # monthbefore: "تسليم أغسطس": a bare month after a word that takes one
    past_cue: frozenset[str]  # pastcue: "وكان ... في ديسمبر": a month after one of these is the last such month
    not_day_before: frozenset[str]  # notdaybefore: "الأسبوع الأول من يوليو": an ordinal that is no day
    feast_before: frozenset[str]  # feastbefore: "فترة العيد": "العيد" alone as a time
    weekday_indef: dict[str, int] = field(default_factory=dict)  # weekday names without ال (كل خميس)


@dataclass
class Context:
    """What a handler reads besides its match: the text, the anchor, the lexicons and the tense."""

    text: str  # normalized text
    anchor: dt.date | None
    tense_override: Tense
    tense_of: Callable[[int, int], Tense]
    lex: TimeLexicon
    words: Words
    imperfect: Callable[[str], bool] = lambda w: False  # an imperfect verb of يـ or تـ (يحتل، تعمل)
    verb_form: Callable[[str], bool] = lambda w: False  # a form of يـ frequent in the vocabulary (يسقط)
    year_tense_of: Callable[[int, int], Tense] | None = None  # the tense with verbs of scheduled events as imperfect
    count: Callable[[str], int] = lambda w: 0  # how often a word occurs in the vocabulary

    def tense(self, start: int, end: int, present: bool = False) -> Tense:
        """"future" or "past": the clause's tense. An imperfect verb ("present") reads as the future,
        unless ``present`` asks to tell it apart (a weekday then may be the anchor's own day)."""
        if self.tense_override is not None:
            return self.tense_override
        tense = self.tense_of(start, end)
        return tense if present or tense != "present" else "future"

    def year_tense(self, start: int, end: int) -> Tense:
        """The tense that places a month, a day of a month or a feast written without its year: a future cue
        moves one already past to next year; an imperfect verb alone, a verb of a scheduled event among them
        (تقام، يصل، تواجه), does so only after "حتى" (يستمر حتى الثالث من يناير), since it tells of the past or
        of habit as often as of what is to come (شركة يقودها فلان في يونيو، يتكرر سنويا في عيد الفطر)."""
        tense: Tense = self.tense_override
        if tense is None:
            tense = (self.year_tense_of or self.tense_of)(start, end)
        if tense == "present":
            return "future" if self.around(start, start)[0] in UNTIL_WORDS else "past"
        return tense

    def kind(self, kind: str, text: str | None) -> str | None:
        """The value of the folded ``text`` in the ``times_relative.tsv`` rows of ``kind``."""
        return self.lex.kind(kind).get(self.lex.key(text)) if text else None

    def rel(self, text: str | None) -> int | None:
        """The offset of a relative modifier (الماضي -1, الحالي 0, المقبل 1), ``None`` without one."""
        return int(self.lex.kind("relmod")[self.lex.key(text)]) if text else None

    def num(self, text: str | None) -> int | None:
        """A number in digits or words; ``None`` for a vague one; raises ValueError for no number."""
        if text is None:
            return None
        return parse_number(self.lex.key(text.replace(",", ".").split(".")[0]), self.lex.numbers)

    def around(self, start: int, end: int) -> tuple[str, str]:
        """The word before ``start`` and the word after ``end`` ("" where there is none)."""
        return words_around(self.text, start, end)


Handler = Callable[[re.Match[str], Context], Found | None]


@dataclass(frozen=True)
class Pieces:
    """Regex alternations built from the lexicons, and the word sets the rules start with."""

    lex: TimeLexicon
    month: str
    weekday: str
    numw: str  # number words (not ordinals)
    dayord: str  # day ordinals (الرابع)
    ordw: str  # clock ordinals (العاشرة)
    num: str  # a number in digits or words
    unit: str
    unit_dual: str
    unit_sing: str
    unit_pl: str
    unit_def: str  # plural or dual units with the article (الأيام)

    def r(self, kind: str) -> str:
        """The alternation of the ``times_relative.tsv`` rows of ``kind``."""
        return alt(self.lex.kind(kind))

    def words(self, kind: str) -> set[str]:
        return set(self.lex.kind(kind))

    def numbers(self, *kinds: str, exclude: bool = False) -> set[str]:
        """Number words whose kind is (or with ``exclude``, is not) one of ``kinds``."""
        return {k for k, (_, kind) in self.lex.numbers.items() if (kind in kinds) != exclude}

    def units(self, number: int) -> set[str]:
        """Unit forms of one grammatical number (1 singular, 2 dual, 0 plural)."""
        return {k for k, (_, n) in self.lex.units.items() if n == number}


def build_pieces(lex: TimeLexicon) -> Pieces:
    month = alt(lex.months)
    numw = alt(k for k, (_, kind) in lex.numbers.items() if kind not in ("ordinal", "dayord"))
    return Pieces(
        lex=lex,
        month=month,
        weekday=alt(lex.weekdays),
        numw=numw,
        dayord=alt(k for k, (_, kind) in lex.numbers.items() if kind == "dayord"),
        ordw=alt(k for k, (_, kind) in lex.numbers.items() if kind == "ordinal"),
        num=rf"(?:\d+(?:[.,]\d+)?|{numw}(?:\s+و?\s*{numw})*)",
        unit=alt(lex.units),
        unit_dual=alt(k for k, (_, n) in lex.units.items() if n == 2),
        unit_sing=alt(k for k, (_, n) in lex.units.items() if n == 1),
        unit_pl=alt(k for k, (_, n) in lex.units.items() if n == 0),
        unit_def=alt("ال" + k for k, (_, n) in lex.units.items() if n != 1),
    )


def build_words(lex: TimeLexicon) -> Words:
    def r(kind: str) -> frozenset[str]:
        return frozenset(lex.kind(kind))

    return Words(
        future=r("future"), scheduled=frozenset(k for k, v in lex.kind("future").items() if v == "event"),
        ambiguous=r("ambiguous"), not_after=r("notafter"), not_before=r("notbefore"),
        not_year=r("notyear"), name_before=r("namebefore"), role_before=r("rolebefore"),
        present_before=r("presentbefore"), state_verbs=r("stateverb"), name_dates=r("namedate"),
        past_noun=r("pastnoun"),
        century_before=r("centurybefore"), holding=r("holding"), not_gad=r("notgad"), former_before=r("formerbefore"),
        percent_after=r("percentafter"),
        year_name=r("yearname"), count_after=r("countafter"), month_before=r("monthbefore"),
        past_cue=r("pastcue"), not_day_before=r("notdaybefore"), feast_before=r("feastbefore"),
        weekday_indef={k[2:]: v for k, v in lex.weekdays.items() if k[2:] not in ("احد", "اثنين")},
    )


def span(m: re.Match[str]) -> tuple[int, int]:
    """The expression's span: the group ``x`` (clitics and prepositions left out)."""
    return m.start("x"), m.end("x")


def words_around(text: str, s: int, e: int) -> tuple[str, str]:
    before = WORD.findall(text, max(0, s - S.CONTEXT_WORD_CHARS), s)
    after = WORD.search(text, e, min(len(text), e + S.CONTEXT_WORD_CHARS))
    return (before[-1] if before else ""), (after.group() if after else "")


def is_holding(ctx: Context, unit_text: str | None, end: int) -> bool:
    """"عقد" followed by a meeting or a deal (عقد الاجتماعات) is "holding", not a decade; followed by a
    definite noun other than a decade's name (عقد اللاعب، عقد الإيجار) it is a contract."""
    if not unit_text or ctx.lex.key(unit_text) != "عقد":
        return False
    after = ctx.around(end, end)[1]
    if after.startswith("ال") and not after.endswith(("ينات", "يات")) and not ctx.kind("relmod", after):
        return True
    return after in ctx.words.holding


_CLAUSE_START = re.compile(r"[.!?؟؛\n:«\"،,]")
_NOT_PAST_BETWEEN = frozenset({  # a reported or relative clause, a goal, a past marker of its own, what may be
    "ان", "انه", "انها", "بان", "الذي", "التي", "الذين", "ما", "حتي", "الي", "قبل", "بعد", "قد",
    "محتمل", "المحتمل", "متوقع", "المتوقع", "مرتقب", "المرتقب",
})


def perfect_verb(ctx: Context, word: str) -> bool:
    """A perfect verb (شهد، أنهت، وأسقطت، أيدوا): its stem, without و/ف and a subject ending, is frequent as an
    imperfect verb of يـ (يشهد، ينهي، يسقط) too."""
    return perfect_form(ctx.verb_form, word)


def perfect_form(verb_form: Callable[[str], bool], word: str) -> bool:
    """:func:`perfect_verb` with the test of a frequent form of يـ given (``Context.verb_form``)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if w in PREP_WORDS or len(w) < 3:
        return False
    stems = {w, w[:-1] if w.endswith("ت") else w, w[:-2] if w.endswith("وا") else w}
    stems |= {x[:-1] + "ي" for x in stems if x.endswith(("ي", "ت")) and len(x) > 3}  # أنهت → أنهي
    forms = {"ي" + x for x in stems} | {"ي" + x[1:] for x in stems if x.startswith("ا") and len(x) > 3}
    return any(verb_form(f) for f in forms if len(f) >= 4)


def told_in_past(ctx: Context, start: int) -> bool:
    """A time after في in a clause that opens with a perfect verb ("وأنهت القوات مهماتها في ديسمبر"), with no
    reported or relative clause, imperfect verb, future cue or preposition of a goal (إلى، حتى) between them."""
    left = max(0, start - S.TENSE_LEFT_CHARS)
    stops = list(_CLAUSE_START.finditer(ctx.text, left, start))
    if not stops and left > 0:
        return False  # the clause's start is out of reach
    words = WORD.findall(ctx.text, stops[-1].end() if stops else 0, start)
    first = words[0] if words else ""
    marked = first[:1] in "وف" or first.endswith(("ت", "وا"))  # "وأسقطت"، "شهدت"، not a verbal noun (رفع الفائدة)
    if len(words) < 2 or words[-1] != "في" or not marked or not perfect_verb(ctx, first):
        return False
    if {w[k:] for w in words[-3:] for k in range(3)} & ctx.words.month_before:
        return False  # "وهبط خام برنت للتسليم في سبتمبر": a month of delivery
    between = words[1:-1]
    return not any(
        w in _NOT_PAST_BETWEEN or ctx.imperfect(w) or any(w[: len(w) - k] in ctx.words.future for k in range(4))
        for w in between  # "المقررتين في 25 أغسطس": what is to be
    )


def definite_forms(word: str) -> set[str]:
    """A definite word and its form without و/ف or a preposition before the article (للمدير → المدير)."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    forms = {word, bare}
    if bare.startswith("لل"):
        forms.add("ال" + bare[2:])
    elif bare[:1] in "بك" and bare[1:3] == "ال":
        forms.add(bare[1:])
    return forms


def is_hijri_era(era: str | None) -> bool:
    return era in HIJRI_ERAS


def year_for_month(month: int, rel: int | None, tense: Tense, anchor: dt.date) -> int:
    """The year of a month named without one: the anchor's, moved by الماضي/المقبل or a future clause."""
    year = anchor.year
    if rel is not None and rel <= -1:  # "يونيو قبل الماضي": the June before last June
        return (year - 1 if month >= anchor.month else year) + rel + 1
    if rel is not None and rel >= 1:  # the anchor's own month "المقبل": a page crawled after its month began
        return (year + 1 if month < anchor.month else year) + rel - 1
    just_over = month == anchor.month - 1 and anchor.day <= S.JUST_PAST_DAYS  # a late crawl: written before it ended
    if rel is None and tense == "future" and month < anchor.month and not just_over:
        return year + 1
    return year


@dataclass(frozen=True)
class Rule:
    """One time rule: a compiled pattern tried where one of its ``starters`` begins a word ("#" a
    digit, "ال#" a digit after the article), and the handler that turns a match into a candidate."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    starters: frozenset[str]


def rule(name: str, pattern: str, handler: Handler, starters: set[str]) -> Rule:
    return Rule(name, re.compile(pattern), handler, frozenset(starters))
