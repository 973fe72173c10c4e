"""Trigger words of a sentence (``event_triggers.tsv``) and the recodings of ``event_recode.tsv``.

Words and phrases (verbal and nominal: تظاهر، مظاهرات، محادثات، طرد ...) are matched after stripping
proclitics; a rule may need a word nearby (وقع + اتفاق) or in the sentence (طرد + دبلوماسيين), or forbid
one (مسيرة السلام). The first rule that fits wins. PROTEST rows code event reports only (see the PROTEST
block of the lexicon): not inside a claim (a quote whose cue is a verb of saying; an attribution to a
source, بحسب، is a report), not in a relative clause, an eventive verb with a protest noun, a gathering verb
with a protesting crowd, weak cues anchored in the news day.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from marsad.events.context import Context, between
from marsad.events.lexicon import Recode, TriggerRule, object_stems
from marsad.events.objects import NOT_MET
from marsad.text.normalize import fold
from marsad.text.words import Word


def _need_fits(
    ctx: Context, kind: str, words: frozenset[str], k: int, n: int, lo: int, hi: int, sent_forms: list[set[str]]
) -> bool:
    if kind == "next":
        return any(ctx.has(x, words) for x in range(k + n, min(hi, k + n + 4)))
    if kind == "prev":
        return any(ctx.has(x, words) for x in range(max(lo, k - 3), k))
    if kind == "notprev":
        return not any(ctx.has(x, words) for x in range(max(lo, k - 2), k))
    if kind == "notjustprev":  # not the word right before, nor the one before a coordinated trigger
        x = k - 1 if not ctx.words[k].proclitics.startswith("و") else k - 2
        return not (x >= lo and ctx.has(x, words))
    if kind in ("sent", "notsent"):
        if not sent_forms:  # built on first use: few rules look at the whole sentence
            sent_forms.append({f for x in range(lo, hi) for f in ctx.words[x].forms})
        return bool(sent_forms[0] & words) == (kind == "sent")
    if kind == "clause":  # later in the clause: up to the next punctuation mark
        for x in range(k + n, hi):
            if ctx.words[x].kind == "punct":
                return False
            if ctx.has(x, words):
                return True
        return False
    if kind == "noarticle":  # a verb form, not a noun with the article (سيّر، not السير)
        return not any(f.startswith("ال") for f in ctx.words[k].forms)
    if kind == "initial":  # the sentence's first word (a headline: تظاهرات في مدن عدة)
        return k == lo
    if kind == "verb":  # a verb takes no preposition: checked against the listed form in rule_fits
        return True
    if kind in ("call", "mention"):  # no condition: marks a call or announcement (its future time is the
        # event's), or a protest told by its noun (its sentence tells its factuality: marsad.events.protest)
        return True
    if kind == "notbi":  # no complement with ب in the next two words (تظاهر اللاعب بالإصابة: pretending), but
        ruler = ctx.lex.wordsets.get("ruler", frozenset())  # the listed ones (بالقرب من، بالآلاف) and a ruler
        for x in range(k + n, min(hi, k + n + 2)):  # toppled (أطاحت الاحتجاجات بالحكومة)
            w = ctx.words[x]
            bare = _after_bi(w)
            if w.kind == "arabic" and bare and not ctx.has(x, words) and not bare & ruler:
                return False
        return True
    if kind == "notback":
        return _not_told_back(ctx, words, k, n, lo, hi)
    if kind == "bi":
        return _with_bi(ctx, k + n, hi)
    if kind == "place":  # one of the words right after, then a place within two words (مظاهرات في القاهرة)
        return k + n < hi and ctx.has(k + n, words) and _place_after(ctx, k + n + 1, min(hi, k + n + 3))
    if kind == "placeafter":  # a place within the three words after, no mark before it (معركة عدن، المعركة في الزبداني)
        return _place_after(ctx, k + n, min(hi, k + n + 3))
    if kind == "unquoted":
        start = ctx.starts[k]
        return not any(a <= start < b for a, b in ctx.protest_claims)
    # not
    return not any(ctx.has(x, words) for x in range(k + n, min(hi, k + n + 2)))


def _not_told_back(ctx: Context, words: frozenset[str], k: int, n: int, lo: int, hi: int) -> bool:
    """A definite noun right after one of ``words`` (حضر الاجتماع، خلال اللقاء، هذه الزيارة) names a meeting told
    before, unless a party or a relative clause follows it (@meeting_party: خلال المفاوضات التي أجراها، عقب
    المباحثات مع القيادة): the rule fits only where the noun is not such a meeting."""
    definite = any(f.startswith("ال") for f in ctx.words[k].forms)
    if not definite or not any(ctx.has(x, words) for x in range(max(lo, k - 2), k)):
        return True
    party = ctx.lex.wordsets.get("meeting_party", frozenset())
    return any(ctx.has(x, party) for x in range(k + n, min(hi, k + n + 2))) or _met_bi(ctx, k + n, hi)


def _with_bi(ctx: Context, start: int, hi: int) -> bool:
    """A complement with ب in the three words from ``start``, no mark before it (هدد بقتل، تهديدات إيرانية
    بالانتقام): what is threatened, not a danger (التهديد النووي)."""
    for x in range(start, min(hi, start + 3)):
        w = ctx.words[x]
        if w.kind == "punct":
            return False
        if w.kind == "arabic" and _after_bi(w):
            return True
    return False


def _after_bi(w: Word) -> set[str]:
    """The forms of ``w`` read after a ب that is a preposition (بالإصابة → الإصابة): the ones that are forms too."""
    return {f[1:] for f in w.forms if f[:1] == "ب" and f[1:] in w.forms}


def _met_bi(ctx: Context, x: int, hi: int) -> bool:
    """Does word ``x`` open whom a meeting is held with after ب (خلال اللقاء بعدد من الأعضاء، الاجتماع بمديري
    المدارس), not its chair, place or aim (بحضور، بمقر الوزارة: ``NOT_MET``; بالخرطوم)?"""
    if x >= hi or ctx.words[x].kind != "arabic" or ctx.words[x].proclitics.lstrip("وف")[:1] != "ب":
        return False
    return not set(ctx.words[x].forms) & NOT_MET and not _place_after(ctx, x, x + 1)  # بالخرطوم: a place


def _place_after(ctx: Context, a: int, b: int) -> bool:
    """Does a place (a country, a city, a region) start on one of the words [a, b), no mark before it?"""
    for x in range(a, b):
        if ctx.words[x].kind == "punct":
            return False
        i = bisect_left(ctx.places, (ctx.starts[x],))
        if i < len(ctx.places) and ctx.places[i][0] < ctx.ends[x]:
            return True
    return False


def rule_fits(ctx: Context, rule: TriggerRule, k: int, lo: int, hi: int, sent_forms: list[set[str]]) -> bool:
    """Does ``rule`` match at word ``k`` of the sentence [lo, hi), its needs included?"""
    n = len(rule.words)
    if k + n > hi or not all(rule.words[m] in ctx.words[k + m].forms for m in range(1, n)):
        return False
    if any(kind == "verb" for kind, _ in rule.needs) and not _verb_form(ctx.words[k], rule.words[0]):
        return False
    return all(_need_fits(ctx, kind, words, k, n, lo, hi, sent_forms) for kind, words in rule.needs)


def _verb_form(w: Word, form: str) -> bool:
    """Is ``form`` the word itself or the word after و/ف, with no preposition before it (حثت and وحثت; not
    بحثت "searched", read as ب + حثت), an object pronoun after it or not (حثهم)?"""
    if any(c in w.proclitics for c in "بلك"):
        return False
    return form == w.norm or (w.norm[:1] in "وف" and form == w.norm[1:]) or form in object_stems(w.norm)


def _object_hit(ctx: Context, k: int, lo: int, hi: int, sent_forms: list[set[str]]) -> TriggerRule | None:
    """The rule of a listed verb that word ``k`` is with an object pronoun attached (واتهمها، هاجمتهم), if one fits:
    its pronoun is the event's target (:mod:`marsad.events.pronouns`)."""
    if not ctx.object_verb(k):
        return None
    found = ctx.lex.object_rules(ctx.words[k].norm)
    return None if found is None else next((r for r in found[1] if rule_fits(ctx, r, k, lo, hi, sent_forms)), None)


HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0653))  # the short vowels, tanwin, shadda and sukun
VOWELLED = 2  # vowel marks on a trigger word that tell scripture or verse (يُقَاتِلُونَ), not a news report


def vowelled(ctx: Context, k: int) -> bool:
    """Is word ``k`` fully vowelled (a quoted verse or poem: فَيَقْتُلُونَ)? News text marks a vowel at most."""
    return sum(ch in HARAKAT for ch in ctx.doc.text[ctx.starts[k] : ctx.ends[k]]) >= VOWELLED + 1


def _pronoun_h(ctx: Context, k: int) -> bool:
    """Is word ``k`` a noun with the pronoun ه that folds like a protest noun with ة (ومظاهره "and its
    manifestations", not ومظاهرة; ``@pronoun_h`` of ``event_wordsets.tsv``), as written with ه?"""
    surface = "".join(ch for ch in ctx.doc.text[ctx.starts[k] : ctx.ends[k]] if ch not in HARAKAT and ch != "ـ")
    return surface.endswith("ه") and bool(set(ctx.words[k].forms) & ctx.lex.wordsets.get("pronoun_h", frozenset()))


CAREER_NOUNS = frozenset({"مسيره", "المسيره"})  # folded: مسيرة, a march or a career (مسيرة التنمية، مسيرة حافلة)


def _career(ctx: Context, k: int, lo: int, hi: int) -> bool:
    """Is word ``k`` مسيرة in the sense of a course or career, told by the word after it (``@career``) or by a
    verbal noun of carrying it on before it (إكمال المسيرة، استكمال مسيرة سابقيه: ``@completing``)?"""
    if not set(ctx.words[k].forms) & CAREER_NOUNS:
        return False
    after = k + 1 < hi and bool(set(ctx.words[k + 1].forms) & ctx.lex.wordsets.get("career", frozenset()))
    return after or (k > lo and bool(set(ctx.words[k - 1].forms) & ctx.lex.wordsets.get("completing", frozenset())))


OPENING, CLOSING = "«“\"", "»”\""
TITLE_REACH = 60  # characters from a title's opening quotation mark to a trigger inside it
_LAST_WORD = re.compile(r"([\u0621-\u064a]+)\W*$")


def _titled(ctx: Context, k: int, lo: int) -> bool:
    """Is word ``k`` inside a quoted title of a work, its opening mark right after a noun of a work or its maker
    (روايتها «أن تقتل طائرا محاكيا»، مسرحية «نزهة في ميدان المعركة»، بعنوان «معركة القرن»: ``@works``)?"""
    text = ctx.doc.text
    start = max(ctx.starts[lo], ctx.starts[k] - TITLE_REACH)
    before = text[start : ctx.starts[k]]
    at = max(before.rfind(ch) for ch in OPENING)
    if at < 0 or any(ch in before[at + 1 :] for ch in CLOSING):
        return False
    head = text[ctx.starts[lo] : start + at]
    if before[at] == '"' and head.count('"') % 2:
        return False  # a plain quotation mark that closes a quote
    word = _LAST_WORD.search(head)
    if word is None:
        return False
    w = fold(word.group(1))
    bare = {w, w[1:], w[2:]} if w[:1] in "وف" and w[1:2] in "بل" else {w, w[1:]} if w[:1] in "وفبل" else {w}
    return bool(bare & ctx.lex.wordsets.get("works", frozenset()))


def triggers(ctx: Context, lo: int, hi: int) -> list[tuple[int, int, TriggerRule]]:
    """The triggers of the sentence [lo, hi): word range and the rule that fits, in text order (none on a
    fully vowelled word)."""
    sent_forms: list[set[str]] = []
    found: list[tuple[int, int, TriggerRule]] = []
    nxt = lo
    for k in between(ctx.trigger_pos, lo, hi):
        if k < nxt or vowelled(ctx, k):
            continue
        hit: TriggerRule | None = None
        w = ctx.words[k]
        for form in w.forms:
            rules = ctx.lex.triggers.get(form)
            if not rules:
                continue
            if form[0] == "ي" and w.norm != form and w.norm[-len(form) - 1] in "بلك":
                break  # an imperfect verb reached by stripping a preposition is a noun (بيتهم = ب + يتهم)
            # the most specific form listed decides (المتظاهرين has its own rules, متظاهرين others)
            hit = next((r for r in rules if rule_fits(ctx, r, k, lo, hi, sent_forms)), None)
            break
        else:  # no form listed: a listed verb with an object pronoun attached (اتهمها، هاجموهم)
            hit = _object_hit(ctx, k, lo, hi, sent_forms)
        if hit is not None and hit.plover == "PROTEST" and (_pronoun_h(ctx, k) or _career(ctx, k, lo, hi)):
            hit = None  # بجميع أشكاله ومظاهره: its manifestations; مسيرة التنمية: a course, no march
        if hit is not None and _titled(ctx, k, lo):
            hit = None  # مسرحية «نزهة في ميدان المعركة»: a title, no event
        if hit is not None:
            found.append((k, k + len(hit.words), hit))
            nxt = k + len(hit.words)
    return found


def recode(ctx: Context, plover: str, end: int, chi: int) -> Recode | None:
    """The ``event_recode.tsv`` row whose marker follows the trigger (ending at word ``end``) in its clause."""
    for rc in ctx.lex.recodes.get(plover, ()):
        for x in range(end, min(chi, end + rc.reach)):
            if ctx.punct(x):
                break
            for form in ctx.words[x].forms:
                for phrase in rc.markers.get(form, ()):
                    n = len(phrase)
                    if x + n <= chi and all(phrase[m] in ctx.words[x + m].forms for m in range(1, n)):
                        return rc
    return None
