"""The dead of an attack and who is no party to it: the parties a trigger's clause names that did not kill.

- The dead a verb of consequence counts (انفجار قرب سوق شمالي بغداد أدى إلى مقتل شخص، مما أوقع عشرات القتلى) are the
  toll of a cause told before that verb: a place or a nationality named there did not kill them (``@caused``).
- An attack noun takes no actor from before what killed (قتل العقيد فلان جراء الاشتباكات: ``@killed_by``).
- An attack's verbal noun after تم or جرى is passive (الصحفي الذي تم اختطافه: ``@passive_aux``).
- The one named right after a passive verb of killing and followed at once by what killed it or by another
  casualty (قتل العقيد فلان جراء الاشتباكات، وقتل جندي وأصيب خمسة آخرون) was killed: its victim, not its actor.
"""

from __future__ import annotations

from marsad.events.candidates import Run
from marsad.events.context import Context
from marsad.events.lexicon import TriggerRule


def only_places(ctx: Context, run: Run) -> bool:
    """Does the run only name places (a country, a city, a palace: not a nisba, a person or a body)?"""
    return all(c.etype == "LOC" or (c.etype is None and c.agent is None and c.start in ctx.place_starts)
               for c in run.cands)


def killed_by(ctx: Context, run: Run, rule: TriggerRule) -> bool:
    """قتل العقيد فلان جراء الاشتباكات، وقتل جندي وأصيب خمسة آخرون: is the party right after a passive verb of killing
    followed at once by what killed it (``@killed_by``) or by another casualty (``@harmed``)? Then it was killed
    (قُتل), the verb's subject in the passive, not its actor; an active verb has its object there (قتل الجيش 20
    مسلحا)."""
    if not rule.passive or rule.noun or run.hi >= len(ctx.words):
        return False
    sets = ctx.lex.wordsets
    return ctx.has(run.hi, sets.get("killed_by", frozenset())) or ctx.has(run.hi, sets.get("harmed", frozenset()))


def passive_aux(ctx: Context, k: int, rule: TriggerRule) -> bool:
    """Is the attack's verbal noun told in the passive, after تم or جرى (الصحفي الذي تم اختطافه، الأماكن التي جرى
    تفجيرها: ``@passive_aux``)? Who is named before it is what was attacked or a bystander, not the attacker."""
    return rule.plover == "ASSAULT" and k > 0 and ctx.has(k - 1, ctx.lex.wordsets.get("passive_aux", frozenset()))


def _no_party(ctx: Context, run: Run) -> bool:
    """Does the run name only places or nationalities (بغداد، شمال الكاميرون، بلدة سروج التركية), no body, person
    or agent that could have acted?"""
    return only_places(ctx, run) or all(c.etype not in ("ORG", "PER") and c.agent is None for c in run.cands)


def _across(ctx: Context, a: int, k: int, name: str) -> bool:
    """Does a word of the set ``name`` of ``event_wordsets.tsv`` stand between words ``a`` and ``k``?"""
    words = ctx.lex.wordsets.get(name, frozenset())
    return any(ctx.has(x, words) for x in range(a, k))


def no_killers(ctx: Context, before: list[Run], k: int, rule: TriggerRule, noun: bool) -> list[Run]:
    """The runs before an attack trigger at word ``k`` that may still be its actor: not a place or a nationality
    before a verb of consequence that a casualty word follows (``@caused``: the dead are the toll of a cause told
    by the words before that verb, whose own event, when the sentence tells it, has the actor); for a noun, none
    before what killed (``@killed_by``: جراء، إثر، برصاص: the dead, not a party)."""
    if rule.plover != "ASSAULT":
        return before
    if ctx.has(k, ctx.lex.wordsets.get("casualty", frozenset())):
        before = [r for r in before if not (_across(ctx, r.hi, k, "caused") and _no_party(ctx, r))]
    if noun:
        before = [r for r in before if not _across(ctx, r.hi, k, "killed_by")]
    return before


__all__ = ["killed_by", "no_killers", "only_places", "passive_aux"]
