"""Attacks that are no attacks (``event_figurative.tsv``), screened after an ASSAULT is coded.

Dropped, no event at all:

1. A figure: what the attack word acts on is an idea, a feeling, a faculty, a text or a product (البيروقراطية
   تقتل الإبداع، تخطف الأبصار، خطف الأغاني، شن هجوما ضد السنة النبوية: ``objects``), in the two words after it or
   right after a preposition of a target (على، ضد) later in its clause, before a relative pronoun; or an adjective
   right after it makes it technical, imaginary or verbal (الهجمات التقنية، معارك وهمية، هجمات بغيضة:
   ``modifiers``). The trigger rows' own ``not:@metaphor`` reads the words right after some attack words; this
   reads these sets for every attack word.
2. A sports move: two sports words in the sentence (``@sports`` and ``@club_news`` of ``event_wordsets.tsv``,
   ``sports`` here, and a player noun with its pronoun written with ه, ``striker``: قذيفة صاروخية سكنت المرمى في
   الشوط الثاني، بايرن يتمسك بمهاجمه) and no casualty.
3. هاجم said on air: a broadcast or a programme in the sentence (هاجم أحد الضيوف الرئيس على الهواء: ``on_air``),
   or by a person named beside it in a sentence of no force (هاجم الجبير السياسات الإيرانية: no casualty, weapon or
   armed attacker).

Kept, but not as news:

4. Advised against or forbidden (أنصحكم أن تتجنبوا قتل الأبرياء: ``advice`` right before), or told among what may
   happen (قد يحصل منه سلوك مشين، من اعتداء بالضرب): hypothetical.
5. Generic: done by no one in particular (البعض شن هجوما، لبعض من قاموا بتفجيرات: ``generic`` before it in
   its clause), told with a habit in a sentence that names no recent day (في كثير من الأحيان، من حين لآخر:
   ``habit``) or with many past years shortly before it (خلال السنوات الماضية: ``years``), unless dated within
   the last days before publication (أمس، اليوم): reference. So is a plural imperfect verb inside a sentence
   (مثلما نرى اليوم شبابا يفجرون أنفسهم), not after a verb of going on or a relative (``ongoing``: وأخذوا يطلقون
   النار، الذين يقصفون), whatever its day.

An attack told after a word of sequel (سيطرت القوات على المطار بعد معارك عنيفة، غداة هجوم) is most often the news
told through what it led to, and is left as it is; so is one in a sentence opened by a past perfect (وكانت القوات
قد ...), whose report is often the news.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from marsad.document import Event
from marsad.events.context import Context
from marsad.events.factuality import RECENT_DAYS, REFERENCE, last_day
from marsad.events.lexicon import AUX_MODES, TriggerRule
from marsad.resources import read_table
from marsad.text.normalize import fold

Phrase = tuple[str, ...]
OBJECT_REACH = 2  # words after the trigger that hold what it acts on
TARGET_REACH = 6  # words after the trigger within which a preposition of a target opens what it acts on
GENERIC_REACH = 6  # words before the trigger within which a generic doer stands (لبعض من قاموا بأعمال إرهابية وتفجيرات)
SPORTS_WORDS = 2  # distinct sports words in a sentence that make an attack word a sports move
YEARS_REACH = 15  # words before the trigger that may hold many past years (خلال السنوات الماضية تابعت ... جريمة قتل)
HEADLINE = 3  # the first words of a sentence, where a present verb tells the news (مسلحون يهاجمون ...)
TARGET_PREPS = frozenset({"علي", "ضد"})
CLEFT = frozenset({"هم", "هو", "هي", "هما", "هن"})  # هم من قاموا بـ: they are the ones who did it
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
HARM_SETS = ("casualty", "harmed", "losses", "caused")
FORCE_SETS = ("attackers", "arms_by", "harm_by")  # weapons and armed attackers
PERSON_REACH = 3  # words either side of هاجم within which a person's name makes it an attack in words


@dataclass(frozen=True)
class Figures:
    objects: frozenset[str]
    modifiers: frozenset[str]
    on_air: frozenset[str]
    sports: frozenset[str]
    generic: tuple[Phrase, ...]
    advice: frozenset[str]
    striker: frozenset[str]
    habit: tuple[Phrase, ...]
    years: tuple[Phrase, ...]
    ongoing: frozenset[str]


@cache
def figures() -> Figures:
    """The word sets of ``event_figurative.tsv``, folded (read once)."""
    sets: dict[str, list[Phrase]] = {}
    for row in read_table("event_figurative", 2):
        sets[row["kind"]] = [tuple(fold(w) for w in p.split()) for p in row["words"].split("|") if p.strip()]

    def words(kind: str) -> frozenset[str]:
        return frozenset(" ".join(p) for p in sets.get(kind, ()))

    return Figures(words("objects"), words("modifiers"), words("on_air"), words("sports"),
                   tuple(sets.get("generic", ())), words("advice"), words("striker"),
                   tuple(sets.get("habit", ())),
                   tuple(sets.get("years", ())), words("ongoing"))


def _phrase_at(ctx: Context, x: int, phrase: Phrase, hi: int) -> bool:
    n = len(phrase)
    return x + n <= hi and all(phrase[m] in ctx.words[x + m].forms for m in range(n))


def _figure(ctx: Context, fig: Figures, k: int, end: int, hi: int) -> bool:
    """Does the attack word act on an idea or a product, or bear an adjective of a figure?"""
    if end < hi and not any(c in "بلك" for c in ctx.words[end].proclitics.removesuffix("ال")) \
            and set(ctx.words[end].forms) & fig.modifiers:
        return True  # الهجمات التقنية; not مقذوف يقتل طالبا بتقنية نجران (a college)
    for x in range(end, min(hi, end + TARGET_REACH)):
        if ctx.punct(x):
            return False
        w = ctx.words[x]
        if x < end + OBJECT_REACH and set(w.forms) & fig.objects:
            return True
        if w.norm in RELATIVES:
            break  # هجوم سوروتش الذي استهدف ناشطين مؤيدين للقضية: what the relative clause tells
        if w.norm in TARGET_PREPS and x + 2 < hi and (set(ctx.words[x + 1].forms) | set(ctx.words[x + 2].forms)) \
                & fig.objects:
            return True  # ضد السنة النبوية
    # موضوع تم تفجيره: the noun before a passive auxiliary is what the verbal noun acts on
    aux = ctx.lex.wordsets.get("passive_aux", frozenset())
    return k >= 2 and bool(set(ctx.words[k - 1].forms) & aux) and bool(set(ctx.words[k - 2].forms) & fig.objects)


def _sports(ctx: Context, fig: Figures, lo: int, hi: int) -> bool:
    """Two distinct sports words in the sentence, and no casualty (قذيفة صاروخية سكنت المرمى في الشوط الثاني)."""
    sets = ctx.lex.wordsets
    sports = sets.get("sports", frozenset()) | sets.get("club_news", frozenset()) | fig.sports
    harm = frozenset().union(*(sets.get(name, frozenset()) for name in HARM_SETS))
    seen: set[str] = set()
    for x in range(lo, hi):
        forms = set(ctx.words[x].forms)
        if forms & harm:
            return False
        if forms & sports or (forms & fig.striker and ctx.doc.text[ctx.starts[x] : ctx.ends[x]].endswith("ه")):
            seen.add(ctx.words[x].norm)
    return len(seen) >= SPORTS_WORDS


def _on_air(ctx: Context, fig: Figures, rule: TriggerRule, lo: int, hi: int) -> bool:
    """Is the trigger the verb هاجم in a sentence of a broadcast (هاجم أحد الضيوف الرئيس على الهواء)?"""
    return rule.verb and "هاجم" in rule.words[0] and any(set(ctx.words[x].forms) & fig.on_air for x in range(lo, hi))


def _by_person(ctx: Context, rule: TriggerRule, k: int, end: int, sentence: tuple[int, int]) -> bool:
    """Is the trigger the verb هاجم with a person's name right before or after it (هاجم الجبير السياسات الإيرانية،
    هاجم الملحن سمير صفير المغنية) in a sentence of no force: no casualty, harm, weapon or armed attacker
    (``FORCE_SETS``)? A named person who attacks is most often one who speaks."""
    if not (rule.verb and "هاجم" in rule.words[0]):
        return False
    lo, hi = sentence
    first, last = ctx.starts[max(lo, k - PERSON_REACH)], ctx.ends[min(hi, end + PERSON_REACH) - 1]
    if not any(e.type == "PER" and first <= e.start < last for e in ctx.entities):
        return False
    sets = ctx.lex.wordsets
    force = frozenset().union(*(sets.get(name, frozenset()) for name in (*HARM_SETS, *FORCE_SETS)))
    return not any(set(ctx.words[x].forms) & force for x in range(lo, hi))


def dropped(ctx: Context, rule: TriggerRule, k: int, end: int, sentence: tuple[int, int]) -> bool:
    """Is the attack word at [k, end) a figure, a sports move or an attack in words (rules 1-3)?"""
    fig = figures()
    lo, hi = sentence
    return _figure(ctx, fig, k, end, hi) or _sports(ctx, fig, lo, hi) or _on_air(ctx, fig, rule, lo, hi) \
        or _by_person(ctx, rule, k, end, sentence)


def _before(ctx: Context, k: int, lo: int, reach: int) -> range:
    """The words before ``k`` in its clause (back to a mark), at most ``reach``, nearest first."""
    first = k
    while first > max(lo, k - reach) and not ctx.punct(first - 1):
        first -= 1
    return range(k - 1, first - 1, -1)


def _advised(ctx: Context, fig: Figures, k: int, lo: int) -> bool:
    """Is the attack advised against or forbidden by a word right before it (أن تتجنبوا قتل، حرمة قتل النفس), or
    told among what may happen (قد يحصل منه سلوك مشين، من اعتداء بالضرب: قد and a present verb of happening,
    ``@happened`` and ``@occurred`` of ``event_wordsets.tsv``, before it in its sentence)?"""
    if any(set(ctx.words[x].forms) & fig.advice for x in _before(ctx, k, lo, 2)):
        return True
    sets = ctx.lex.wordsets
    happening = sets.get("happened", frozenset()) | sets.get("occurred", frozenset())
    return any(ctx.words[x].norm in ("قد", "وقد") and ctx.words[x + 1].norm[:1] in ("ي", "ت")
               and bool(set(ctx.words[x + 1].forms) & happening) for x in range(lo, k - 1))


def _generic(ctx: Context, fig: Figures, k: int, lo: int, hi: int) -> bool:
    """Is the attack done by no one in particular: a generic doer before it (البعض، بعض من، من قاموا), many years
    shortly before it, or a habit in a sentence that tells no recent day (a report of the day may say that clashes
    flare من حين لآخر)?"""
    for x in _before(ctx, k, lo, GENERIC_REACH):
        if any(_phrase_at(ctx, x, p, k) for p in fig.generic):
            return True
        if ctx.words[x].norm == "من" and x + 1 < k and ctx.words[x + 1].norm.endswith("وا") \
                and not (x > lo and ctx.words[x - 1].norm in CLEFT):
            return True  # من قاموا بـ: those who did; not هم من قاموا بتفجير الأنبوب: the ones who did
    if any(_phrase_at(ctx, x, p, k) for x in range(max(lo, k - YEARS_REACH), k) for p in fig.years):
        return True
    return any(_phrase_at(ctx, x, p, hi) for x in range(lo, hi) for p in fig.habit if p[0] in ctx.words[x].forms) \
        and not any(_recent(ctx, t.value) for t in ctx.times if ctx.starts[lo] <= t.start < ctx.ends[hi - 1])


def _imperfect(ctx: Context, fig: Figures, rule: TriggerRule, k: int, lo: int) -> bool:
    """Is the attack a plural imperfect verb inside its sentence (شبابا يفجرون أنفسهم), not after a verb of going
    on or a relative (وأخذوا يطلقون النار، الذين يقصفون): what some people do, whatever the day (مثلما نرى اليوم)?"""
    w = ctx.words[k].norm.lstrip("وف")
    return rule.verb and k - lo > HEADLINE and w[:1] in ("ي", "ت") and w.endswith("ون") \
        and not any(set(ctx.words[x].forms) & fig.ongoing for x in _before(ctx, k, lo, 2))


def _recent(ctx: Context, value: str | None) -> bool:
    """Is the TIMEX3 value a day within the last days before publication (أمس، اليوم)?"""
    last = last_day(value.split("T")[0]) if value else None  # 2015-07-25TNI: a night is its day
    published = ctx.doc.published
    return last is not None and published is not None and (published - last).days <= RECENT_DAYS


def screen(ctx: Context, rule: TriggerRule, k: int, end: int, sentence: tuple[int, int],
           ev: Event | None) -> Event | None:
    """The attack ``ev`` coded at words [k, end) of the sentence: None when it is no attack (rules 1-3), with the
    mode of its factuality when it is advised against, generic or background (rules 4-6), else as it is."""
    if ev is None or ev.type != "ASSAULT":
        return ev
    if dropped(ctx, rule, k, end, sentence):
        return None
    if ev.mode in AUX_MODES or ev.mode == REFERENCE:
        return ev
    fig = figures()
    lo, hi = sentence
    if _advised(ctx, fig, k, lo):
        return replace(ev, mode="hypothetical")
    if _imperfect(ctx, fig, rule, k, lo) or (_generic(ctx, fig, k, lo, hi) and not _recent(ctx, ev.time)):
        return replace(ev, mode=REFERENCE)
    return ev
