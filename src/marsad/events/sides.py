"""The two sides of an event named after بين, and the victims an attack's clause counts elsewhere.

- اشتباكات بين الجيش النيجيري وجماعة بوكو حرام، معارك بين التنظيم من طرف، وقوات النظام من طرف آخر: the two
  sides after بين following the trigger, the second one opened by و.
- The victims of an attack counted elsewhere in its clause: the genitive of a casualty noun or the subject of a
  passive casualty verb (الحصيلة استشهاد 22 شخصا، أصيب رجل أمن بانفجار), the count after a casualty word, the
  dead before لقوا مصرعهم, the party after صفوف near a word of losses.
"""

from __future__ import annotations

from marsad.document import Actor, Span
from marsad.events.candidates import Run, phrase
from marsad.events.context import ADJUNCT_PREPS, TARGET_PREPS, Context
from marsad.events.dyads import (
    _about,
    _after,
    _count,
    _counted_before,
    _frame_word,
    _harmed,
    _open,
    _side,
    noun_phrase,
)

BETWEEN_TYPES = frozenset({"ASSAULT", "CONSULT", "AGREE", "COOPERATE", "RETREAT"})
BETWEEN_REACH = 5  # words between the trigger and بين (اشتباكات عنيفة في المدينة بين ...)
SIDE_WORDS = frozenset({"طرف", "جهه", "ناحيه", "جانب"})  # من طرف، من جهة: marks of one side
VICTIM_REACH = 18  # words from an attack to the casualty word that tells its victims
DEATHS = frozenset({"مصرعه", "مصرعها", "مصرعهم", "مصرعهما", "حتفه", "حتفها", "حتفهم", "حتفهما"})
MET = frozenset({"لقي", "لقيت", "لقوا", "ولقي", "ولقيت", "ولقوا", "يلقي", "تلقي"})  # لقي X مصرعه: X died
# another clause starts (or another event is dated by: غداة): its casualties are its own
CLAUSE_WORDS = frozenset({"فيما", "بينما", "وفيما", "وبينما", "غداه"})


def between_sides(ctx: Context, runs: list[Run], end: int, chi: int) -> tuple[Run | Actor | None, Run | Actor | None]:
    """اشتباكات بين الجيش النيجيري وجماعة بوكو حرام، معارك بين التنظيم من طرف، وقوات النظام من طرف آخر: the
    two sides named after بين following the trigger in its clause, the second one opened by و."""
    for x in range(end, min(chi, end + BETWEEN_REACH)):
        if ctx.punct(x) or x in ctx.trigger_pos:
            break
        if ctx.words[x].norm != "بين":
            continue
        one = _side(ctx, runs, x + 1, chi) if x + 1 < chi else None
        if one is None:
            return None, None
        y = _after(ctx, one)
        if y + 1 < chi and ctx.words[y].norm == "من" and ctx.words[y + 1].norm in SIDE_WORDS:
            y += 2  # من طرف، وقوات النظام
        if y < chi and ctx.punct(y) == "،":
            y += 1
        if y >= chi or not ctx.words[y].proclitics.startswith("و"):
            return one, None
        return one, _side(ctx, runs, y, chi)
    return None, None


def victims(ctx: Context, k: int, end: int, clo: int, chi: int) -> Actor | None:
    """The victims of an attack that the clause counts elsewhere, nearest first: the genitive of a casualty
    noun or the subject of a passive casualty verb (الحصيلة استشهاد 22 شخصا، أصيب رجل أمن بانفجار), the
    count after a casualty word (قتل خمسة أشخاص), the party after صفوف near a word of losses (سقوط قتلى في
    صفوف المسلحين)."""
    spots = sorted((x for x in range(max(clo, k - VICTIM_REACH), min(chi, end + VICTIM_REACH))
                    if not k <= x < end), key=lambda x: abs(x - k))
    for x in spots:
        if any(ctx.punct(y) in (".", "؛", ":") or ctx.words[y].norm in CLAUSE_WORDS
               for y in range(min(x, k), max(x, k))):
            continue  # not across the end of a clause (قتل 15 شخصا ... فيما يكثف المتمردون هجومهم)
        w = ctx.words[x]
        if w.kind != "arabic" or x + 1 >= chi:
            continue
        if _harmed(ctx, x) or (_frame_word(ctx, x, "casualty") and (_count(ctx, x + 1) or _about(ctx, x + 1, chi))):
            y = x + 2 if x + 2 < chi and _frame_word(ctx, x + 1, "casualty") else x + 1  # مقتل وجرح عدد من
            found = noun_phrase(ctx, y, chi)
            if found is not None:
                return found
        if w.norm in DEATHS and x > clo:  # لقي 115 مسلحا حتفهم جراء الضربات
            met = next((y for y in range(x - 1, max(clo, x - 12) - 1, -1) if ctx.words[y].norm in MET), -1)
            y = met + 5 if [w.norm for w in ctx.words[met + 1 : met + 5]] == ["ما", "لا", "يقل", "عن"] else met + 1
            found = (noun_phrase(ctx, y, x) or _counted_before(ctx, met)) if met >= 0 else None  # 63 شخصا لقوا
            if found is not None:
                return found
        if w.norm == "صفوف" and x > clo and ctx.words[x - 1].norm in ("في", "بين") and any(
                _frame_word(ctx, y, "losses") for y in range(max(clo, x - 5), x)):
            found = phrase(ctx, x + 1, chi)
            if found is not None:
                return found
    return None


def harmed_before(ctx: Context, run: Run, k: int, clo: int) -> int:
    """أصيب رجل أمن بانفجار، قتلى في صفوف المسلحين: is the run before the trigger the subject of a passive
    casualty verb right before it (with an indefinite head: رجل أمن), or the party after صفوف (its victim)?
    The word where the victim's phrase starts, -1 for none."""
    if not (clo < run.lo and run.hi <= k):
        return -1
    x = run.lo - 1
    if ctx.words[x].norm == "صفوف":
        return run.lo
    if x > clo and not _harmed(ctx, x) and _open(ctx, x) and not ctx.words[x].norm.startswith("ال"):
        x -= 1
    return x + 1 if _harmed(ctx, x) else -1


BY_HAND = frozenset({"يد", "ايدي"})  # folded: على يد، على أيدي (by the hand of)
HAND_REACH = 8  # words from the trigger to على يد


def by_hand(ctx: Context, after: list[Run], end: int, chi: int) -> Run | None:
    """The run right after على يد / على أيدي a few words after the trigger, in its clause (قتل رضيع على يد
    مستوطنين): who did it."""
    for x in range(end, min(chi - 1, end + HAND_REACH)):
        if ctx.punct(x):
            return None
        if ctx.words[x].norm in ("علي", "وعلي") and set(ctx.words[x + 1].forms) & BY_HAND:
            return next((r for r in after if x + 2 <= r.lo <= x + 4), None)  # على أيدي مسلحي تنظيم داعش
    return None


def by_fire(ctx: Context, after: list[Run], k: int, end: int, chi: int) -> Run | None:
    """The party right after برصاص / بنيران / بقذائف a few words after the trigger (or as the trigger), in its
    clause (قتل شاب برصاص الجيش، استشهد فتى برصاص جنود الاحتلال: ``@fire_of``): whose fire it was."""
    fire = ctx.lex.wordsets.get("fire_of", frozenset())
    for x in range(k, min(chi - 1, end + HAND_REACH)):
        if x >= end and ctx.punct(x):
            return None
        if set(ctx.words[x].forms) & fire:
            return next((r for r in after if r.lo == x + 1), None)  # برصاص طائش: no party
    return None


CARRIED_REACH = 4  # words from an attack word to the verb that says who carried it out (قصف عشوائي قام به)
WITH_IT = frozenset({"به", "بها", "بهما", "بهم"})  # قام به: carried it out


def carried_out(ctx: Context, after: list[Run], end: int, chi: int) -> Run | None:
    """The party right after a verb of carrying out or claiming with the attack's pronoun, a few words after
    the attack word (هجوم نفذته المقاومة، قصف عشوائي قام به المتمردون، غارة شنتها طائرة، التفجير الذي تبناه
    التنظيم: ``@carried_out``): who carried it out."""
    done = ctx.lex.wordsets.get("carried_out", frozenset())
    for x in range(end, min(chi - 1, end + CARRIED_REACH)):
        if ctx.punct(x) or (x > end and x in ctx.trigger_pos):
            return None
        forms = set(ctx.words[x].forms)
        if ctx.words[x].norm in ("قام", "قامت", "قاموا") and ctx.words[x + 1].norm in WITH_IT:
            return _subject_at(ctx, after, x + 2)
        if forms & done:
            return _subject_at(ctx, after, x + 1)
    return None


def _subject_at(ctx: Context, after: list[Run], y: int) -> Run | None:
    """The run at word ``y``, or one word on when that word is a head of the party's name or a time, not a mark
    nor a preposition (نفذه تنظيم داعش، نفذه أمس مسلحون; نفذه ضد القرية: the target)."""
    w = ctx.words[y] if y < len(ctx.words) else None
    head = w is not None and w.kind == "arabic" and not ctx.punct(y) \
        and w.norm not in TARGET_PREPS and w.norm not in ADJUNCT_PREPS
    return next((r for r in after if r.lo == y or (head and r.lo == y + 1)), None)


def attacker(ctx: Context, runs: list[Run], k: int, end: int, chi: int) -> tuple[Run, Run | None] | None:
    """The attacker an attack word at [k, end) names in its clause, and the victim before it: by the hand of
    (قتل رضيع على يد مستوطنين), by whose fire (قتل شاب برصاص الجيش), or who carried it out (هجوم نفذته
    المقاومة). None when none is named so."""
    after = [r for r in runs if r.lo >= end]
    hand = by_hand(ctx, after, end, chi)
    if hand is not None:
        return hand, next((r for r in after if r.hi <= hand.lo and r.lo < hand.lo - 2), None)
    fire = by_fire(ctx, [r for r in runs if r.lo > k], k, end, chi) or carried_out(ctx, after, end, chi)
    if fire is not None:
        return fire, next((r for r in after if r.hi < fire.lo), None)
    return None


APPOSITION_REACH = 6  # words between a target's phrase and the name it is in apposition with


def apposed(ctx: Context, target: Actor, chi: int) -> Actor:
    """A target phrase read on to the person's name it is in apposition with (اعتقال مسؤول العلاقات العامة في دائرة
    الأوقاف فراس الدبس، اغتيال المعارض اليساري محمد البراهمي): a name a few words after it, only definite words, في and
    the words of a body's or a place's name between; else the target as it is."""
    if target.span is None:
        return target
    y = ctx.ix.first_at_or_after(target.span.end)
    for z in range(y, min(chi, y + APPOSITION_REACH)):
        ent = next((e for e in ctx.entities if e.start == ctx.starts[z] and e.type == "PER"), None)
        if ent is not None:
            return Actor(ctx.doc.text[target.span.start : ent.end], target.country or ent.country, target.agent,
                         Span(target.span.start, ent.end))
        w = ctx.words[z]
        named = any(e.start <= ctx.starts[z] < e.end for e in ctx.entities if e.type in ("ORG", "LOC"))
        if w.kind != "arabic" or ctx.punct(z) or z in ctx.trigger_pos or ctx.timed(z) \
                or not (w.proclitics == "ال" or w.norm == "في" or (named and not w.proclitics)):
            return target  # not a verb or a particle (تفجير سروج أتت بعد أن طبق إردوغان)
    return target
