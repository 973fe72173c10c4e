"""Later mentions of an event already told: a definite verbal noun with no party of its own.

A story tells its event once and then refers back to it with the definite noun (شنت الطائرات غارة على ...
وأحدثت الغارة؛ قصف الجيش المواقع ... واستمر القصف ساعة). Such a mention, with no actor and no target of its
own, is the event told before it (same type and factuality), not a second one; so is an attack's definite noun
with a target when what follows it is said of it (الهجوم الذي وقع، إن الهجوم استهدف أيضا: ``@said``). An
indefinite noun (انفجار عبوة، بمقتل ثلاثة) may open a new event and is kept, and so is fighting (استمرت
الاشتباكات، تدور المعارك: the ``fighting`` set of ``event_wordsets.tsv``), told apart from the strikes it goes
on beside; nor does a strike noun refer back to fighting (بعد معارك عنيفة ... وأصابت الغارات: the air strikes
are an event of their own).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.document import Event
from marsad.text.normalize import fold

_CONJUNCTIONS = ("و", "ف")
# types whose definite mention refers back even with a target of its own when what follows it is said of it (the
# ``said`` set: قصفت الطائرات سفينة ... وقال إن الهجوم استهدف أيضا سفينة ثانية، الهجوم الذي وقع شمال الضفة)
TARGETED_BACK = frozenset({"ASSAULT"})
_PREPOSITIONS = ("ب", "ك", "ل")


def definite_core(word: str) -> str | None:
    """The noun with its article past a conjunction and a preposition (والهجوم، بالقصف، للتفجيرات → التفجيرات),
    or None when ``word`` has no article."""
    w = word.strip()
    if w[:1] in _CONJUNCTIONS and len(w) > 3 and (w[1:3] == "ال" or w[1:2] in _PREPOSITIONS):
        w = w[1:]
    if w.startswith("لل") and len(w) > 3:
        return "ا" + w[1:]
    if w[:1] in _PREPOSITIONS and w[1:3] == "ال":
        w = w[1:]
    return w if w.startswith("ال") and len(w) > 3 else None


def _fighting(ev: Event, text: str, fighting: frozenset[str]) -> bool:
    return _fighting_word(text[ev.trigger.start:ev.trigger.end].strip(), fighting)


@lru_cache(maxsize=4096)
def _fighting_word(word: str, fighting: frozenset[str]) -> bool:
    core = definite_core(word) or (word[1:] if word[:1] in _CONJUNCTIONS + _PREPOSITIONS else word)
    return fold(word) in fighting or fold(core) in fighting


def _said_of(ev: Event, text: str, said: frozenset[str]) -> bool:
    """Is the mention followed by what is said of it, a relative or a verb of occurring, aiming or causing (الهجوم
    الذي وقع، الهجوم استهدف أيضا، الانفجار أسفر عن): a subject told before, not a new attack."""
    after = text[ev.trigger.end:ev.trigger.end + 30].split()
    return bool(after) and fold(after[0].strip("،,.:؛")) in said


def _refers_back(ev: Event, text: str, fighting: frozenset[str], said: frozenset[str] = frozenset()) -> bool:
    if ev.actor is not None or (ev.target is not None
                                and not (ev.type in TARGETED_BACK and _said_of(ev, text, said))):
        return False
    word = text[ev.trigger.start:ev.trigger.end].strip()
    return " " not in word and definite_core(word) is not None and not _fighting(ev, text, fighting)


def fold_mentions(events: list[Event], text: str, fighting: frozenset[str] = frozenset(),
                  before: list[Event] | None = None, said: frozenset[str] = frozenset()) -> list[Event]:
    """``events`` in text order, a definite mention without parties (and no fighting) left out when an event
    of its type and factuality was told before it, among them or in ``before`` (the earlier sentences', fighting
    not counted). Its time, read from a later sentence, is not given to that event: a time that was not the
    event's would keep apart the mentions ``merge_duplicates`` unites."""
    told = {(o.type, o.factuality) for o in before or () if not _fighting(o, text, fighting)}
    out: list[Event] = []
    for ev in events:
        if _refers_back(ev, text, fighting, said) and (ev.type, ev.factuality) in told:
            continue
        out.append(ev)
        if not _fighting(ev, text, fighting):
            told.add((ev.type, ev.factuality))
    return out


__all__ = ["definite_core", "fold_mentions"]
