"""Mentions of one event told more than once, in one sentence or across the article, made one event.

A sentence that tells an event by its actor's verb and again by a noun without actor (قتل خمسة في انفجار) tells
one event (:func:`one_unnamed`); across the article, mentions of the same type and mode whose participants and
times agree are one event (:func:`merge_duplicates`), the first kept and completed by the others.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.document import Actor, Event
from marsad.events.factuality import REFERENCE
from marsad.events.lexicon import AUX_MODES


def _who(a: Actor | None) -> str:
    if a is None:
        return ""
    return a.country or a.text or (a.agent or "")


def _parties(ev: Event) -> frozenset[str]:
    return frozenset({_who(ev.actor), _who(ev.target)} - {""})


def _same_parties(a: Event, b: Event) -> bool:
    """Mentions of one event: the same actor and no targets of two countries (its victim told differently by
    each mention: العالم النووي، محسن فخري زادة), else the participants of one within the other's (or no actor
    and at most one target)."""
    who = _who(a.actor)
    if who and who == _who(b.actor):
        ca, cb = a.target.country if a.target else None, b.target.country if b.target else None
        return not (ca and cb and ca != cb)
    pa, pb = _parties(a), _parties(b)
    if not who and not _who(b.actor) and (not pa or not pb):
        return True  # تفجير الحائر ... التفجير: an unnamed mention without a victim adds none
    return bool(pa and pb and (pa <= pb or pb <= pa))


def one_unnamed(events: list[Event]) -> list[Event]:
    """The events of one sentence, an event without actor dropped when another of its type and mode
    stands in the sentence (قتل خمسة في انفجار: one attack), its target and time given to that one."""
    out: list[Event] = []
    for ev in events:
        same = next((i for i, o in enumerate(out) if o.type == ev.type and _aux(o) == _aux(ev)), None)
        if same is None or (ev.actor is not None and out[same].actor is not None):
            out.append(ev)
            continue
        kept, other = (out[same], ev) if out[same].actor is not None or ev.actor is None else (ev, out[same])
        out[same] = replace(kept, target=kept.target or other.target, time=kept.time or other.time)
    return out


def telling(ev: Event) -> str | None:
    """How an event is told: its auxiliary mode, background (reference), or None (asserted)."""
    return ev.mode if ev.mode in AUX_MODES or ev.mode == REFERENCE else None


def _aux(ev: Event) -> str | None:
    return ev.mode if ev.mode in AUX_MODES else None


def _day(time: str) -> str:
    """A time without its part of day or clock time (2015-07-17TMO, 2015-07-17T10:00 → 2015-07-17): mentions of one
    event dated by its day and by its morning are one."""
    return time.split("T", 1)[0] if len(time) > 10 and time[10] == "T" else time


def merge_duplicates(events: list[Event]) -> list[Event]:
    """Duplicate mentions become one event: same type and mode, participants of one contained in the
    other's (or both unknown), compatible times. The first mention is kept, completed by the others."""
    out: list[Event] = []
    for ev in events:
        slot = None
        for i, kept0 in enumerate(out):
            if kept0.type != ev.type or kept0.mode != ev.mode:
                continue
            if kept0.time is not None and ev.time is not None and _day(kept0.time) != _day(ev.time):
                continue
            if _same_parties(kept0, ev):
                slot = i
                break
        if slot is None:
            out.append(ev)
            continue
        kept = out[slot]
        if not _parties(kept) and _parties(ev):
            kept, ev = ev, kept  # the mention that names a party stands for the event, with its own trigger
        if kept.time is None and ev.time is not None:
            kept = replace(kept, time=ev.time)
        if kept.target is None and ev.target is not None:
            kept = replace(kept, target=ev.target)
        out[slot] = kept
    return out


__all__ = ["merge_duplicates", "one_unnamed", "telling"]
