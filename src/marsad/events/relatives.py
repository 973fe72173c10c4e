"""Verbs in a relative clause whose antecedent is their subject (رينزي، الذي التقى الرئيس عباس؛ المالكي الذي اتهم
المملكة): the antecedent acts and the party after the verb is its object."""

from __future__ import annotations

from marsad.document import Actor
from marsad.events.candidates import NOT_COMPLEMENTS, Run, bare, phrase
from marsad.events.context import THAT, Context, prep_pronoun
from marsad.events.dyads import RELATIVES, verbal
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


QUANTIFIERS = frozenset({"الجميع", "الكل", "بعض", "البعض", "كثيرون", "الكثيرون"})  # folded: no party of a headline


def headline_subject(ctx: Context, k: int, end: int, rule: TriggerRule) -> Actor | None:
    """مواطن يقتل ابنه، شاب يطعن والده: the noun phrase of one or two words that opens a sentence right before its
    verb trigger in the imperfect, an object after it (a headline's subject, named by no candidate); else None."""
    lo = ctx.sentence_of(k)[0]
    stem = ctx.words[k].forms[-1]
    if not 1 <= k - lo <= 2 or rule.noun or ctx.words[k].proclitics or not stem.startswith(("ي", "ت")) \
            or not verbal(ctx, k, rule) or end >= len(ctx.words) or ctx.words[end].kind != "arabic" \
            or ctx.words[end].proclitics or ctx.timed(end) or ctx.words[end].norm in NOT_COMPLEMENTS:
        return None
    quantifiers = ctx.lex.wordsets.get("all_of", frozenset()) | QUANTIFIERS
    for x in range(lo, k):
        w = ctx.words[x]
        if w.kind != "arabic" or w.proclitics not in ("", "ال") or ctx.timed(x) or x in ctx.trigger_pos \
                or w.norm in NOT_COMPLEMENTS or ctx.punct(x) or set(w.forms) & quantifiers or len(w.norm) < 3 \
                or w.norm in THAT:
            return None  # not الجميع يتفق: everyone, no party; not أن يهاجم: a particle
    found = phrase(ctx, lo, k)
    if found is None or found.span is None or ctx.ix.first_at_or_after(found.span.end) != k or bare(ctx, found):
        return None
    return Actor(found.text, ctx.country_at(found.span.start, found.span.end), None, found.span)
