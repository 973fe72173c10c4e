"""Parts of day written alone as adverbs (صباحا، مساء، ليلا، فجرا): a time of one day where a perfect verb of
their clause tells an event ("وقعت التفجيرات صباحا"); the day is given when the other times have been read
(:func:`marsad.times.rules.anaphora.resolve_anaphora`: the day named before, else the publication day), and a
day word beside one makes one expression with it (:mod:`marsad.times.merge`: "أمس ليلا")."""

from __future__ import annotations

import re

from marsad.times.rules.base import CL, PREP_WORDS, WORD, Context, Found, Pieces, Rule, perfect_verb, rule, span


def rules(p: Pieces) -> list[Rule]:
    return [rule("barepart", rf"{CL}(?P<x>{p.r('barepart')})(?!\w)", barepart, p.words("barepart"))]


_BAREPART_WORDS = 4  # "ودخلت المقاومة الشعبية ليلا": the verb, its subject, the part of day
_PAIRED_PART = re.compile(r"\s*و\s*(?:نهارا|نهار|صباحا|مساء|ليلا|ليل)(?!\w)")  # ليلا ونهارا: always


def barepart(m: re.Match[str], ctx: Context) -> Found | None:
    """A part of day written alone ("وقعت التفجيرات صباحا", "ودخلت القوات ليلا"): a time only a few words
    after a perfect verb of its clause (not "للعبور ليلا", "يعملون ليلا", "ليلا ونهارا": a habit); its day is
    given after the other times are read (the day named before it)."""
    s, e = span(m)
    part = ctx.kind("barepart", m["x"])
    if part is None or _PAIRED_PART.match(ctx.text, e):
        return None
    left = max(0, s - 80)
    for stop in _PART_CLAUSE.finditer(ctx.text, left, s):
        left = stop.end()
    words = WORD.findall(ctx.text, left, s)[-_BAREPART_WORDS:]
    if not words or _not_one_time(ctx, words[-1], e):
        return None
    if ctx.kind("dayref", words[-1]):
        return Found(s, e, "TIME", f"T{part}", grain="barepart", part=part)  # "أمس ليلا": that day's
    if any(ctx.imperfect(w) or _present(ctx, w) or w in ctx.words.future or w in _IF for w in words):
        return None  # "إذا ارتفعت حرارته ليلا": a condition; "يستيقظ الناس صباحا": a habit
    verbs = [w for w in words if w not in PREP_WORDS and w not in _NOT_VERBS]
    if not any(perfect_verb(ctx, w) or _short_perfect(ctx, w) for w in verbs):
        return None
    return Found(s, e, "TIME", f"T{part}", grain="barepart", part=part)


_PART_CLAUSE = re.compile(r"[.!?؟؛:،,\n]")
_NOT_VERBS = frozenset({"عند", "لدي", "علي", "عن", "الي", "من", "مع", "بين"})  # يعند، يبين: no verbs here
_IF = frozenset({"اذا", "لو", "كلما"})
_NOT_A_NOUN = frozenset({"الي", "الا", "الذي", "التي", "الذين"})  # words in ال that name no day (إلى)
_OF_A_DAY = frozenset({"نفس", "ذات", "ذلك", "تلك", "هذا", "هذه", "يوم", "اول", "ثاني", "ثالث", "اخر"})
_ONCE = frozenset({"ذات", "صبح"})  # ذات مساء: once; صبح مساء: all the time
_EVERY = re.compile(r"\s*(?:من\s+)?كل(?!\w)")


def _not_one_time(ctx: Context, before: str, end: int) -> bool:
    """A part of day that is no one time: "صباح مساء" (all the time), "مساء كل سبت" (a set), "ساعتين ليلا"
    (a measure), "للنوم ليلا" (a habit told by a verbal noun), "ذات مساء" (once); or no part written alone:
    "مساء نفس اليوم"."""
    if ctx.kind("part", before) or ctx.kind("barepart", before) or _EVERY.match(ctx.text, end) or before in _ONCE:
        return True
    after = ctx.around(end, end)[1]
    evening_of = ctx.text[end - 4 : end] == "مساء" and after.startswith("ال") and after not in _NOT_A_NOUN
    if after in _OF_A_DAY or evening_of:
        return True  # "مساء نفس اليوم", "مساء أول أيام العيد", "مساء الخير": a noun before its day
    return before in ctx.lex.units or before.isdigit() or before.startswith("لل")


def _short_perfect(ctx: Context, word: str) -> bool:
    """A perfect verb of three letters or of a root in و or ا (وقع، وصلت، أجرى): its form of يـ
    (يقع، يصل، يجري) is frequent in the vocabulary."""
    if word.startswith("ال"):
        return False
    bases = {word, word[1:]} if word[:1] in "وف" and len(word) > 3 else {word}
    stems = bases | {b[: -len(end)] for b in bases for end in ("ت", "وا") if b.endswith(end)}
    forms = {"ي" + x for x in stems if len(x) >= 3} | {"ي" + x[1:] for x in stems if x[:1] in "وا" and len(x) >= 3}
    return any(ctx.verb_form(f) for f in forms)


_VERB_PAIR_MIN = 3  # each of يـ and تـ of an imperfect verb this frequent in the vocabulary (يستيقظ، تستيقظ)


def _present(ctx: Context, word: str) -> bool:
    """An imperfect verb of يـ, or one of يـ or تـ after لـ of purpose (يستيقظ، ليحط، لتعبر): a habit or an aim,
    no event told. Its forms of يـ and of تـ are both in the vocabulary (a verb of both genders); no unit, month or
    day word (يوم، يوليو); a word of تـ alone is as often a perfect verb (تسلل المسلحون ليلا)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    aim = w[:1] == "ل" and w[1:2] in "يت" and len(w) > 3
    w = w[1:] if aim else w
    w = w[:-2] if w.endswith(("وا", "ون")) and len(w) > 5 else w
    if len(w) < 3 or w[:1] not in ("يت" if aim else "ي"):
        return False
    if ctx.lex.month(w) or w in ctx.lex.units or ctx.kind("dayref", w):
        return False
    stem = w[1:]
    return ctx.count("ي" + stem) >= _VERB_PAIR_MIN and ctx.count("ت" + stem) >= _VERB_PAIR_MIN
