"""Verbs in a relative clause whose antecedent is their subject (رينزي، الذي التقى الرئيس عباس؛ المالكي الذي اتهم
المملكة): the antecedent acts and the party after the verb is its object."""

from __future__ import annotations

from marsad.events.candidates import Run
from marsad.events.context import Context, prep_pronoun
from marsad.events.dyads import RELATIVES
from marsad.events.lexicon import TriggerRule

# the types whose verb in a relative clause has the antecedent for subject (رينزي، الذي التقى الرئيس عباس، المالكي
# الذي اتهم المملكة): a meeting, an accusation, a threat, a demand, a rejection
RELATIVE_TYPES = frozenset({"CONSULT", "ACCUSE", "THREATEN", "REQUEST", "REJECT"})
RELATIVE_MARKS = frozenset({"،", ",", "-", "–"})  # a mark between the antecedent and its relative (رينزي، الذي)


def relative_gap(ctx: Context, hi: int, k: int) -> bool:
    """Are the words [hi, k) a relative pronoun right before word ``k``, a mark before it or not (رينزي، الذي)?"""
    return hi < k and ctx.words[k - 1].norm in RELATIVES and k - 1 - hi <= 1 \
        and all(ctx.punct(x) in RELATIVE_MARKS for x in range(hi, k - 1))


def relative_subject(ctx: Context, before: list[Run], k: int, end: int, rule: TriggerRule) -> Run | None:
    """The antecedent right before a relative pronoun that opens the verb trigger's clause (وقال رينزي، الذي التقى
    الرئيس الفلسطيني ...؛ نوري المالكي الذي اتهم المملكة ...): the verb's subject, so the party after the verb is its
    object, whatever governs the antecedent. Not when the verb or the word after it holds the antecedent's pronoun
    (الذي تتهمه أنقرة، التي تطالب بها تركيا: the antecedent is the object), nor a reporter."""
    pro = ctx.words[k].proclitics
    if pro.endswith("ال"):
        pro = pro[:-2]  # التقى: read as the article and a stem
    if rule.plover not in RELATIVE_TYPES or rule.noun or not before or k < 2 or pro \
            or ctx.object_verb(k) \
            or (end < len(ctx.words) and prep_pronoun(ctx.words[end].norm)):
        return None
    last = before[-1]
    if not relative_gap(ctx, last.hi, k):
        return None
    if set(ctx.words[last.lo].forms) & ctx.lex.reporters:
        return None  # the antecedent acts whatever governs it (تصريحات نائب الرئيس نوري المالكي الذي اتهم)
    return next((r for r in before if r.partner is last), last)
