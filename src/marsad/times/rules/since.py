"""منذ + units: how long since (منذ عامين → `P2Y`), read without منذ, and the words after "منذ/قبل يوم" that make it
a named day rather than a time ago (منذ يوم الجمعة، منذ شهر أكتوبر)."""

from __future__ import annotations

import re

from marsad.times import calendar as cal
from marsad.times import settings as S
from marsad.times.rules.base import WORD, Context, Found

_CLAUSE_STOP = re.compile(r"[.!?؟؛:،,\n]")


def counted(m: re.Match[str], ctx: Context) -> bool:
    """A counted number of units (منذ عامين، منذ 19 شهرا، منذ عام): how long since, a DURATION without منذ, as the
    blind and end-to-end gold mark every one (ANNOTATION.md leaves منذ out of the span); units of an unknown count
    (منذ عدة أشهر، منذ سنوات) are not counted."""
    if m["du"] or m["su"]:
        return True
    try:
        return bool(m["n"]) and ctx.num(m["n"]) is not None
    except ValueError:
        return False


def lasting(ctx: Context, s: int) -> bool:
    """منذ + a count read as how long a state has lasted ("for", "in"), not as a time ago: its clause
    before it has an imperfect verb among its last words (يحتل منذ أكثر من سنة), or a superlative, a
    first time (أدنى مستوى منذ، للمرة الأولى منذ), a word of going on (المستمر منذ) or a negation (لم يقصه
    منذ): ``lasting`` rows."""
    left = max(0, s - S.TENSE_LEFT_CHARS)
    for stop in _CLAUSE_STOP.finditer(ctx.text, left, s):
        left = stop.end()
    words = WORD.findall(ctx.text, left, s)
    if any(ctx.imperfect(w) for w in words[-S.LASTING_VERB_WORDS :]):
        return True
    for w in words[-S.LASTING_WORDS :]:
        bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if ctx.kind("lasting", w) or ctx.kind("lasting", bare) or ctx.kind("lasting", bare[1:]):
            return True
    return False


def lasting_for(m: re.Match[str], ctx: Context) -> Found | None:
    """The duration after منذ: a unit alone (منذ عام) or units without a count (منذ عقود) here; a count, a
    dual or a quantity word is left to the duration rules, which read it without منذ."""
    if m["frac"] or m["q"] or not (m["su"] or m["pl"]):
        return None
    unit, _ = ctx.lex.units[ctx.lex.key(m["su"] or m["pl"])]
    return Found(m.start("inner"), m.end("x"), "DURATION", cal.duration_value(None if m["pl"] else 1, unit))


def month_follows(ctx: Context, e: int) -> bool:
    """A month's name right after ``e`` ("شهر أكتوبر", "شهر ذي القعدة")."""
    words = WORD.findall(ctx.text, e, e + 2 * S.CONTEXT_WORD_CHARS)[:2]
    return bool(words) and (ctx.lex.month(words[0]) is not None or ctx.lex.month(" ".join(words)) is not None)


def weekday_follows(ctx: Context, e: int) -> bool:
    """A weekday's name right after ``e`` ("منذ يوم الجمعة الماضي": since that Friday, not a day ago)."""
    words = WORD.findall(ctx.text, e, e + S.CONTEXT_WORD_CHARS)[:1]
    return bool(words) and ctx.lex.weekday(words[0]) is not None
