"""The target of a condemnation told by the act it condemns: whom the condemnation is aimed at is who did the act.

أدانت الحكومة الغارات التركية، ندد الوزير بهجمات حركة الشباب: a condemnation (a CAMEO code of ``CONDEMNING``) left
without a target, whose object is the trigger of another hostile or one-sided event (``CONDEMNED_TYPES``) of the
sentence with a named actor, takes that actor as its target. The act is the first event after the condemnation in its
clause, a few words on (its subject, a time or an adverb between), no mark between them, and no verb of its own joined
by و or ف (ودان المتظاهرون الحكومة واتهموها).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.document import Actor, Event
from marsad.events.context import Context

CONDEMNING = frozenset({"111"})  # CAMEO: criticize or denounce (أدان، ندد، استنكر، انتقد)
# the acts whose doer a condemnation is aimed at: hostile or one-sided ones (not an agreement: بالاتفاق النووي
# الإيراني is the deal of two sides)
CONDEMNED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "REJECT", "MOBILIZE"})
CONDEMNED_REACH = 6  # words from the condemnation to the act it condemns (أدانت الولايات المتحدة أمس هجمات)
CLAUSE_MARKS = frozenset({".", "،", ",", "؛", ";", ":", "!", "?", "؟"})


def _names(a: Actor | None) -> bool:
    return a is not None and bool(a.text or a.country)


def _same(a: Actor | None, b: Actor) -> bool:
    return a is not None and ((bool(a.text) and a.text == b.text) or (not a.text and not b.text
                                                                        and a.country == b.country))


def _condemned(ctx: Context, ev: Event, events: list[Event]) -> Event | None:
    """The act the condemnation ``ev`` condemns: the first event whose trigger starts after it, near, no mark
    between."""
    after = [e for e in events if e.trigger.start >= ev.trigger.end]
    if not after:
        return None
    act = min(after, key=lambda e: e.trigger.start)
    if act.type not in CONDEMNED_TYPES:
        return None
    first, last = ctx.span_words(ev.trigger.end, act.trigger.start)
    if ctx.doc.text[ctx.starts[last] : ctx.ends[last]].startswith(("و", "ف")):
        return None  # ودان المتظاهرون الحكومة واتهموها: a verb of its own, not the object
    if last - first > CONDEMNED_REACH or any(ctx.punct(x) in CLAUSE_MARKS for x in range(first, last)):
        return None
    return act


def aim_condemnations(ctx: Context, events: list[Event]) -> list[Event]:
    """The events of one sentence, each condemnation without a target aimed at the actor of the act it condemns."""
    aimed: list[Event] = []
    for ev in events:
        if ev.cameo in CONDEMNING and not _names(ev.target):
            act = _condemned(ctx, ev, events)
            if act is not None and act.actor is not None and _names(act.actor) and not _same(ev.actor, act.actor):
                ev = replace(ev, target=act.actor)
        aimed.append(ev)
    return aimed
