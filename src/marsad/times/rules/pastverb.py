"""A time right after "في" that follows a perfect verb of its clause: "في استفتاء جرى في نوفمبر", "أيد الناخبون
في نوفمبر تشريعا": the verb, one word or a verb and its subject before في, tells of the past, so a month
named without a year later in the year than the publication is the last such month.

The verb is read as :func:`~marsad.times.rules.base.perfect_verb` reads it; a clause with a future or
imperfect cue, a negation or a reported clause between, or a verb of schedule (``month_before`` words:
للتسليم) is no such past.
"""

from __future__ import annotations

import re

from marsad.times.rules.base import PREP_WORDS, WORD, Context, perfect_verb

__all__ = ["verb_before_in"]

_CLAUSE = re.compile(r"[.!?؟؛\n:«\"،,()\-–]")
_CHARS = 60
_FUTURE = re.compile(r"[وف]?س[يتن]")
_NOT_A_SUBJECT = frozenset({"ان", "انه", "انها", "بان", "ما", "لا", "لم", "لن", "قد", "سوف"})


def verb_before_in(ctx: Context, start: int) -> bool:
    """``start`` (a time) right after في whose verb, one or two words before في in the clause, is a perfect verb."""
    left = max(0, start - _CHARS)
    for stop in _CLAUSE.finditer(ctx.text, left, start):
        left = stop.end()
    words = WORD.findall(ctx.text, left, start)
    if len(words) < 2 or words[-1] != "في":
        return False
    before = words[-3:-1]
    if any(w in _NOT_A_SUBJECT or w in PREP_WORDS or ctx.imperfect(w) for w in before):
        return False
    if {w[k:] for w in before for k in range(3)} & ctx.words.month_before:
        return False
    if any(_FUTURE.match(w) and ctx.imperfect("ي" + w[w.index("س") + 2 :]) for w in before):
        return False  # "ستعرض المخطوطة في أكتوبر": the future prefix on an imperfect verb
    verb = before[-1]
    if perfect_verb(ctx, verb) and not verb.startswith("ال"):
        return True
    first = before[0]
    marked = first[:1] in "وف" or first.endswith(("ت", "وا"))  # "وأسقطت"، "صوتوا"; not a preposition (حول)
    return len(before) == 2 and before[1].startswith("ال") and marked and perfect_verb(ctx, first)
