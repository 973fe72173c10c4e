"""Mentions of one event told more than once, in one sentence or across the article, made one event.

A sentence that tells an event by its actor's verb and again by a noun without actor (قتل خمسة في انفجار) tells
one event (:func:`one_unnamed`); across the article, mentions of the same type and mode whose participants and
times agree are one event (:func:`merge_duplicates`), the first kept and completed by the others.
"""

from __future__ import annotations

import re
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


def _one_toll(a: Event, b: Event, text: str) -> bool:
    """Two mentions of an attack without actor told with the same count of victims (مقتل 13 بانفجارات ... قتل 13
    شخصا ... "13 شخصا قتلوا"): one attack, whatever victim each names, one of them perhaps telling its manner."""
    if not text or a.type not in TOLL_TYPES or _who(a.actor) or _who(b.actor):
        return False
    if a.mode != b.mode and not _one_manner(a.mode, b.mode) and not _one_manner(b.mode, a.mode):
        return False
    count = toll(a, text)
    return count is not None and count == toll(b, text)


_TOLD = (*AUX_MODES, REFERENCE, None)  # modes that tell how an event is told, not its manner


def _one_manner(mode: str | None, other: str | None) -> bool:
    """An asserted mention without a manner beside one that tells it (قتل 13 شخصا ... ثلاثة تفجيرات: explosives)."""
    return mode is None and other not in _TOLD


TOLL_TYPES = frozenset({"ASSAULT"})
TOLL_WORDS = 2  # words either side of a trigger in which its count of victims stands (مقتل 13، 13 شخصا قتلوا)
_COUNT = re.compile(r"[0-9٠-٩]{1,3}")  # a count of victims, not a year
_TRIM = "\"'«»“”()[]،,.:؛"


def _count(word: str) -> str | None:
    w = word.strip(_TRIM)
    return w.translate(_INDIC) if _COUNT.fullmatch(w) else None


_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def toll(ev: Event, text: str) -> str | None:
    """The count of victims an attack is told with: the number of its target (13 شخصا), else a number among
    the two words either side of its trigger within its clause ([مقتل] 13 بانفجارات، "13 شخصا [قتلوا]"). None for
    a small count (1 to 3: two attacks of one article often share it) and for a count told twice after the
    trigger in its sentence (بمقتل 11 من التنظيم و11 مدنيا: two groups of victims, perhaps of two attacks)."""
    count = None
    if ev.target is not None and ev.target.text:
        count = next((c for c in map(_count, ev.target.text.split()) if c), None)
    if count is None:
        before = re.split(r"[.،,:؛!?؟]", text[max(0, ev.trigger.start - 40):ev.trigger.start])[-1].split()
        after = re.split(r"[.،,:؛!?؟]", text[ev.trigger.end:ev.trigger.end + 40])[0].split()
        count = next((c for c in map(_count, before[-TOLL_WORDS:] + after[:TOLL_WORDS]) if c), None)
    if count is None or int(count) < MIN_TOLL:
        return None
    after = re.split(r"[.:؛!?؟\n]", text[ev.trigger.end:ev.trigger.end + TWICE_REACH])[0].translate(_INDIC)
    return count if len(re.findall(r"(?<![0-9])" + count + r"(?![0-9])", after)) < 2 else None


MIN_TOLL = 4
TWICE_REACH = 60  # characters after a trigger (in its sentence) in which a count told twice is ambiguous


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


def merge_duplicates(events: list[Event], text: str = "") -> list[Event]:
    """Duplicate mentions become one event: same type and mode, participants of one contained in the other's
    (or both unknown), compatible times; or two mentions of an attack without actor told with the same count of
    victims in ``text``, the manner told by one only. The first mention is kept, completed by the others. Merged
    again while an event took a manner from a mention (تفجيرات) and mentions merge: it may meet another of that
    manner told before it (تلاه تفجير ثان)."""
    merged, manners = _merge(events, text)
    while manners and len(merged) < len(events):
        events, (merged, manners) = merged, _merge(merged, text)
    return merged


def _merge(events: list[Event], text: str) -> tuple[list[Event], int]:
    """One pass over ``events``, and how many events took a manner from another mention."""
    out: list[Event] = []
    manners: dict[int, str] = {}  # the manner a mention without one was told with by another (explosives)
    for ev in events:
        slot = None
        for i, kept0 in enumerate(out):
            same_toll = kept0.type == ev.type and _one_toll(kept0, ev, text)
            if kept0.type != ev.type or (ev.mode not in (kept0.mode, manners.get(i, kept0.mode)) and not same_toll):
                continue
            if kept0.time is not None and ev.time is not None and _day(kept0.time) != _day(ev.time):
                continue
            if same_toll or _same_parties(kept0, ev):
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
        if ev.mode is not None and ev.mode != kept.mode:
            manners.setdefault(slot, ev.mode)
        out[slot] = kept
    took = {i for i, ev in enumerate(out) if ev.mode is None and i in manners}
    return [replace(ev, mode=manners[i]) if i in took else ev for i, ev in enumerate(out)], len(took)


__all__ = ["merge_duplicates", "one_unnamed", "telling", "toll"]
