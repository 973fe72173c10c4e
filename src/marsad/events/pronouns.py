"""Targets named by a pronoun: the object pronoun of a verb trigger (اتهمهم، هاجمتهم، طالبتها) or the pronoun
of a preposition of a target right after the trigger (التقى معهما، فرض عقوبات عليها، أدان الهجوم عليهم).

The pronoun takes the nearest party named before the trigger, in its sentence or the one before, that agrees
with it in gender and number; the event's own actor is passed over (no verb acts on its own subject through a
pronoun). A pronoun no party agrees with names no target.

- هما: two coordinated parties (مصر والأردن) or a dual noun (الطرفان، البلدين);
- ها: a country named by its name, a feminine noun (الحكومة، وزارة الخارجية، حركة حماس);
- هم: a plural (المتظاهرين، الحوثيون) or two coordinated parties.

The masculine singular ه is left unresolved, nearly every noun and name before it agreeing with it, except in a
relative clause opened by الذي, which tells its gender: the party the relative is of (الحزب الذي تتهمه أنقرة).
"""

from __future__ import annotations

from marsad.document import Actor, Span
from marsad.events.candidates import Run, actor_of, candidates, runs
from marsad.events.context import COUNTERPART, Context
from marsad.events.lexicon import TRIGGER, TriggerRule, verb_shape
from marsad.text.words import variants

# the prepositions whose pronoun names the target of a type (folded): مع for meetings and cooperation, ضد/بحق/على
# for attacks and sanctions, إلى for an accusation or an aid, عن for lifting a sanction
PREP_TYPES: dict[str, frozenset[str]] = {
    "مع": frozenset({"CONSULT", "COOPERATE"}),  # not اتفق معه: agreeing with what one said
    "ضد": frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "THREATEN"}),
    "بحق": frozenset({"ASSAULT", "COERCE", "SANCTION"}),
    "علي": frozenset({"ASSAULT", "COERCE", "SANCTION"}),
    "الي": frozenset({"ACCUSE", "AID"}),
    "عن": frozenset({"SANCTION"}),
}
# the types whose verb's object pronoun is the party acted upon (قتلهم، اعتقلهم، التقاهما، اتهمها، هددهم، طالبها)
OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "ACCUSE", "THREATEN", "REQUEST"})
# longest first; not ه: a masculine singular would take any noun or name before it (and a name may be a woman's)
SUFFIXES = ("هما", "هم", "ها")
RELATIVE_REACH = 4  # words from a relative to the trigger of its clause (الذين كان الرئيس اجتمع معهم)
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
PREP_REACH = 4  # words from the trigger to the preposition (التقى الوزير أمس معهما)


def _passable(ctx: Context, x: int) -> bool:
    """May word ``x`` stand between the trigger and the preposition: a definite word (its adjective, its subject:
    العقوبات المفروضة عليها، اجتمع الوزير معهم) or a word of a name (التقى الملك سلمان معهما)?"""
    start = ctx.starts[x]
    return ctx.words[x].norm.startswith(("ال", "وال")) \
        or any(e.start <= start < e.end for e in ctx.entities if e.type in ("PER", "ORG"))


def _pronoun(ctx: Context, k: int, end: int, rule: TriggerRule, suffixes: tuple[str, ...] = SUFFIXES) -> str | None:
    """The pronoun naming the target of the trigger on words [k, end), if any (one of ``suffixes``)."""
    if not rule.noun and rule.plover in OBJECT_TYPES and end - k == 1:
        norm, raw = ctx.words[k].norm, ctx.doc.text[ctx.starts[k] : ctx.ends[k]]
        for suf in suffixes:
            stripped = norm[: -len(suf)]
            if norm.endswith(suf) and raw.endswith(suf[-1]) and len(stripped) >= 3 and verb_shape(stripped) \
                    and any(ctx.lex.flags(variants(s)) & TRIGGER for s in (stripped, stripped + "ا")):
                return suf  # اتهمته، اعتقلوهم: the verb without its pronoun is a trigger too; not وجه، نبه
    for x in range(end, min(len(ctx.words), end + PREP_REACH)):
        w = ctx.words[x]
        if w.kind != "arabic" or (x in ctx.trigger_pos and not ctx.timed(x)) or (x > end and not _passable(ctx, x - 1)):
            return None  # only the trigger's definite adjectives or subject between (غارتين جويتين معسكرا يسيطر عليه)
        norm = w.norm[1:] if w.norm.startswith("و") and len(w.norm) > 3 else w.norm
        for prep, types in PREP_TYPES.items():
            if rule.plover in types and norm.startswith(prep) and norm[len(prep):] in suffixes:
                return norm[len(prep):]
    return None


def _ending(text: str) -> str:
    word = text.split()[0] if text.split() else ""
    return word.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")


def _agrees(ctx: Context, run: Run, actor: Actor, pronoun: str) -> bool:
    """Does the party of ``run`` (its actor ``actor``) agree with the pronoun in gender and number?"""
    head = _ending(actor.text)
    person = any(c.etype == "PER" for c in run.cands)
    # a country by its name or its capital (not a city: فيينا، not a nisba: الإيرانية)
    named = {s for s, _e, _c in ctx.countries} & ctx.place_starts
    country = any(c.agent is None and c.country and c.start in named for c in run.cands)
    body = any(c.agent or c.etype == "ORG" for c in run.cands)  # not a nisba alone (الإيراني)
    feminine = head.endswith("ة") and body
    plural = head.endswith(("ون", "ين")) and not person
    dual = head.endswith("ان") and head.startswith("ال") and not person
    if pronoun == "هما":
        return dual
    if pronoun == "ها":
        return (country or feminine) and not person
    return plural


def _gender(ctx: Context, x: int) -> str:
    """The pronoun a definite noun at word ``x`` would take, by its ending (الجاني: ه، القضية: ها)."""
    raw = ctx.doc.text[ctx.starts[x] : ctx.ends[x]]
    if raw.endswith(("ة", "ات")):
        return "ها"
    return "هم" if raw.endswith(("ون", "ين")) else "ه"


def _unsure(ctx: Context, found: list[Run], a: int, k: int, pronoun: str) -> bool:
    """Does a definite noun that is no party, between the party at word ``a`` and the trigger at ``k``, agree with
    the pronoun too (القبض على الجاني المذكور ... توجيه الاتهام إليه: the culprit, no party named before)?"""
    inside = {x for r in found for x in range(r.lo, r.hi)}
    for x in range(a, k):
        w = ctx.words[x]
        if x in inside or w.kind != "arabic" or not any(f.startswith("ال") for f in w.forms) or ctx.timed(x) \
                or w.norm.endswith(("ي", "يه")) or x in ctx.trigger_pos:
            continue  # a party, a time, a nisba adjective or an event
        if _gender(ctx, x) == pronoun:
            return True
    return False


def _joined(ctx: Context, first: Run, second: Run) -> bool:
    """Are the two runs coordinated parties (مصر والأردن، الوزير ونظيره الأردني، الرئيس المصري والعاهل الأردني)?"""
    if first.partner is second:
        return True
    if second.lo - first.hi != 1 or not ctx.words[first.hi].proclitics.startswith("و"):
        return False
    span = actor_of(ctx, second).span  # والعاهل الأردني: the head between is the second's
    return bool(set(ctx.words[first.hi].forms) & COUNTERPART) or (span is not None
                                                                  and span.start < ctx.starts[second.lo])


def _pair(ctx: Context, first: Run, second: Run) -> Actor:
    """Two coordinated parties as one span of the text."""
    one, other = actor_of(ctx, first), actor_of(ctx, second)
    start = one.span.start if one.span else ctx.starts[first.lo]
    stop = other.span.end if other.span else ctx.ends[second.hi - 1]
    country = one.country if one.country == other.country else None
    return Actor(ctx.doc.text[start:stop], country, None, Span(start, stop))


def _own(actor: Actor | None, named: Actor) -> bool:
    """Is ``named`` the event's own actor?"""
    return actor is not None and actor.span is not None and named.span is not None \
        and actor.span.start <= named.span.start < actor.span.end


def _of_relative(ctx: Context, found: list[Run], rel: int) -> Run | None:
    """The party a relative at word ``rel`` is of: the run right before it, its closing quote mark and up to two
    definite adjectives between (حزب العمال الكردستاني» المحظور الذي)."""
    for r in reversed(found):
        if r.hi > rel:
            continue
        between = range(r.hi, rel)
        if len(between) <= 3 and all(ctx.punct(x) in ("»", '"', "”", ")") or (
                ctx.words[x].kind == "arabic" and ctx.words[x].proclitics == "ال" and x not in ctx.trigger_pos)
                for x in between) and sum(1 for x in between if not ctx.punct(x)) <= 2:
            return r
        return None
    return None


def relative_target(ctx: Context, k: int, end: int, rule: TriggerRule, actor: Actor | None) -> Actor | None:
    """The masculine ه of a verb trigger or of its preposition in a relative clause opened by الذي (الحزب الذي
    تتهمه أنقرة بالهجمات، الرجل الذي اعتقلوه): the party the relative is of, whose gender الذي tells; else None."""
    if _pronoun(ctx, k, end, rule, ("ه",)) != "ه" or ctx.words[k].norm.endswith(("ته", "يه")):
        return None
    lo = ctx.sentence_of(k)[0]
    rel = max((x for x in range(max(lo, k - RELATIVE_REACH), k) if ctx.words[x].norm == "الذي"), default=-1)
    if rel < 0 or any(ctx.punct(x) for x in range(rel, k)):
        return None
    run = _of_relative(ctx, runs(ctx, candidates(ctx, lo, rel)) if rel > lo else [], rel)
    if run is None or any(c.etype == "LOC" for c in run.cands):
        return None  # a place is no party a verb acts on through ه
    named = actor_of(ctx, run)
    return None if named.span is None or _own(actor, named) else named


def pronoun_target(ctx: Context, k: int, end: int, rule: TriggerRule, actor: Actor | None) -> Actor | None:
    """The party a pronoun of the trigger on words [k, end) names (see the module), else None."""
    pronoun = _pronoun(ctx, k, end, rule)
    if pronoun is None:
        return relative_target(ctx, k, end, rule, actor)
    sentences = ctx.ix.sentence_ranges
    i = next((j for j, (a, b) in enumerate(sentences) if a <= k < b), -1)
    if i < 0:
        return None
    lo = sentences[i - 1][0] if i > 0 else sentences[i][0]
    found = runs(ctx, candidates(ctx, lo, k)) if k > lo else []
    rel = max((x for x in range(max(lo, k - RELATIVE_REACH), k) if ctx.words[x].norm in RELATIVES), default=-1)
    if rel >= 0 and not any(ctx.punct(x) for x in range(rel, k)):
        # الطيار معاذ الكساسبة الذي قتله التنظيم: the noun the relative clause is of, or none
        found = [r for r in found if r.hi == rel]
    skip = -1
    for j in range(len(found) - 1, -1, -1):
        if j == skip:
            continue
        run = found[j]
        if j > 0 and _joined(ctx, found[j - 1], run):
            named = _pair(ctx, found[j - 1], run)
            if pronoun in ("هما", "هم") and not _own(actor, named):
                return named
            skip = j - 1  # the first of two coordinated parties: no singular pronoun's
            continue
        named = actor_of(ctx, run)
        if named.span is None or _own(actor, named) or (run.lo > 0 and ctx.words[run.lo - 1].norm == "في"):
            continue  # the event's own actor; a place after في is where, no party (اتفقت معها في فيينا)
        if _agrees(ctx, run, named, pronoun):
            return None if _unsure(ctx, found, run.hi, k, pronoun) else named
    return None
