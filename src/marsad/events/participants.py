"""The actor and target of a trigger among the runs of its clause.

Actor: the run the trigger stands in (المتظاهرين), else after بين, else right after the trigger (genitive or
verb-subject: محادثات بوتين، تظاهر الإسرائيليون), else the nearest before it (subject: موسكو وواشنطن
ستباشران), preferring one with a country; not one before a reaction word of ``event_reactions.tsv`` (ندد X
بالتفجير: X reacts, the bombing names no bomber). Target: after مع/ضد/على/إلى/تجاه/بين, else the actor's
coordinated partner. A protest actor without a country takes the nearest country of the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.document import Actor, Quote, Span
from marsad.events.candidates import NOT_COMPLEMENTS, RANK, Cand, Run, actor_of, bare, conj, known, phrase, preposed
from marsad.events.context import ADJUNCT_PREPS, COUNTERPART, TARGET_PREPS, THAT, Context, past_blessing, prep_pronoun
from marsad.events.dyads import (
    COUNT_WORDS,
    GIVING,
    PHRASE_PREPS,
    TIME_WORDS,
    VICTIM_TYPES,
    VISIT,
    definite,
    masdar,
    partitive,
    suffered,
    verbal,
)
from marsad.events.lexicon import TriggerRule
from marsad.events.relatives import relative_subject
from marsad.events.sides import attacker
from marsad.events.tolls import killed_by, no_killers, only_places, passive_aux
from marsad.events.verb_objects import cue_speaker, swallowed
from marsad.text.normalize import fold

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "SANCTION", "ASSAULT"})
TRANSITIVE = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "THREATEN", "REQUEST", "CONSULT", "SUPPORT",
                        "AID", "REJECT"})
VICTIMS = VICTIM_TYPES
ADDRESSED = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # verbs whose object in the accusative is the target
OBJECT_REACH = 2  # words between a verb's subject and its object
PERFECT = frozenset({"قد", "لقد"})  # between a subject and its verb (كانت الشرطة قد اعتقلت)
NAME_QUOTES = frozenset({"«", '"', "“"})  # marks around a name (not a parenthesis: an apposition or a gloss)
REACTION_REACH = 12  # words back from a trigger to look for a reaction word (ندد ... بالتفجير)
ADJUNCT_REACH = 9  # words of a place and a time between a meeting verb's subject and its object


def _between_pair(ctx: Context, after: list[Run], end: int, chi: int) -> tuple[Run | None, Run | None]:
    """بين A و B after the trigger: A, and B (A's partner, or the next run of another country)."""
    for x in range(end, min(chi, end + 4)):
        if ctx.words[x].norm == "بين":
            nxt = next((r for r in after if r.lo > x and r.lo - x <= 3), None)
            if nxt is not None:
                return nxt, nxt.partner or next((r for r in after if r.lo > nxt.hi and r.country
                                                 and r.country != nxt.country), None)
            break
    return None, None


def _right_after(ctx: Context, after: list[Run], end: int, noun: bool) -> Run | None:
    """The run right after the trigger (its genitive or its subject), no preposition or mark between; after a
    noun, one opened by ل is its owner (غارة للتحالف), after a verb a complement (مواقع للمتمردين)."""
    if not after:
        return None
    first = after[0]
    if preposed(ctx, first.cands[0]) and not (noun and first.lo == end and _owner(ctx, first.lo)):
        return None
    if first.lo - end <= 2 and not any(
        ctx.punct(x) or ctx.words[x].norm in TARGET_PREPS or ctx.words[x].norm in ADJUNCT_PREPS
        or ctx.words[x].norm == "بين" for x in range(end, first.lo)
    ):
        return first
    return None


def _visited(ctx: Context, run: Run, rule: TriggerRule) -> bool:
    """يزور إيران، زيارة بريطانيا: a place right after a visit is the one visited, not the visitor."""
    return rule.cameo == VISIT and only_places(ctx, run)


def _dead(ctx: Context, run: Run, k: int, end: int, rule: TriggerRule) -> bool:
    """القتلى المدنيين، الشهداء الفلسطينيين: who is named right after a casualty noun, even with the article, are
    the dead, not who killed them."""
    return rule.plover == "ASSAULT" and rule.genitive_target and run.lo == end \
        and bool(set(ctx.words[k].forms) & ctx.lex.wordsets.get("casualty", frozenset()))


def _addressed(ctx: Context, run: Run, k: int, end: int, rule: TriggerRule) -> bool:
    """يطالب الحوثيين بالاستسلام، اتهم المسؤولين: a sound plural in its accusative (ـين) right after a verb of
    demand, accusation or threat is its object, not its subject (المسؤولون)."""
    w = ctx.words[run.lo]
    return rule.plover in ADDRESSED and run.lo == end and verbal(ctx, k, rule) and w.norm.startswith("ال") \
        and w.norm.endswith("ين") and len(w.norm) >= 6 and run.cands[0].etype != "PER"


def after_subject(ctx: Context, run: Run, k: int, end: int, rule: TriggerRule) -> bool:
    """وطالب أصحاب المحلات وزارة التجارة بالتدخل، وتتهم المملكة إيران بالتدخل، ويتهم معارضون الرئيس بـ: a body or
    place named after a verb of demand, accusation or threat and a subject that names no one, an indefinite head and
    its definite genitive (so the body is no genitive of it: جماهير الهلال; nor a name after its title: المواطن
    فلان) or one word with the article or a plural in ون, with what is asked right after it (ب، إلى), is the verb's
    object."""
    c = run.cands[0]
    one = run.lo == end + 1 and (ctx.words[end].norm.startswith("ال") or ctx.words[end].norm.endswith("ون"))
    two = run.lo == end + 2 and not ctx.words[end].norm.startswith("ال") and ctx.words[end + 1].norm.startswith("ال")
    if rule.plover not in ADDRESSED or not (one or two) or not verbal(ctx, k, rule) or c.etype == "PER" \
            or not (c.etype == "ORG" or c.agent or c.start in ctx.place_starts) or preposed(ctx, c) \
            or (one and c.etype is None and c.agent is None and ctx.words[c.lo].norm.startswith("ال")):
        return False  # a nisba of the one word (تهدد الأندية السعودية بالإفلاس): no party of its own
    for x in range(end, run.lo):
        w = ctx.words[x]
        pro = w.proclitics[:-2] if w.proclitics.endswith("ال") else w.proclitics
        if w.kind != "arabic" or pro or ctx.timed(x) or x in ctx.trigger_pos or _counts(ctx, x) \
                or w.norm in TARGET_PREPS or w.norm in ADJUNCT_PREPS or w.norm in NOT_COMPLEMENTS:
            return False
    span = actor_of(ctx, run).span
    y = ctx.ix.first_at_or_after(span.end) if span is not None else run.hi
    if y >= len(ctx.words) or ctx.words[y].kind != "arabic":
        return False
    return ctx.words[y].norm == "الي" or ctx.words[y].proclitics.lstrip("و")[:1] == "ب"


def _accused(ctx: Context, run: Run, k: int, rule: TriggerRule) -> bool:
    """اتهام جبهة النصرة بقتل ...: the genitive of an accusation noun that the charge (ب) follows is the accused."""
    if rule.plover != "ACCUSE" or verbal(ctx, k, rule) or definite(ctx, k + 1):
        return False
    span = actor_of(ctx, run).span
    y = ctx.ix.first_at_or_after(span.end) if span is not None else run.hi
    if y >= len(ctx.words) or ctx.words[y].kind != "arabic":
        return False
    return ctx.words[y].proclitics.lstrip("و")[:1] == "ب"


def _received(ctx: Context, run: Run) -> bool:
    """Is the run a lone nisba after a noun opened by ل (للشعب اليمني: the one who receives)?"""
    c = run.cands[0]
    return len(run.cands) == 1 and c.etype is None and c.agent is None and c.lo > 0 \
        and ctx.words[c.lo].norm.startswith("ال") and ctx.words[c.lo - 1].proclitics.lstrip("وف")[:1] == "ل"


def _counts(ctx: Context, x: int) -> bool:
    """Is word ``x`` a count (قتل 5 جنود أمريكيين: what it counts are the victims, not the attacker)?"""
    w = ctx.words[x]
    return w.kind == "number" or bool(set(w.forms) & COUNT_WORDS)


def _owner(ctx: Context, k: int) -> bool:
    """Is word ``k`` opened by the preposition ل of possession (للتحالف، لداعش)?"""
    pro = ctx.words[k].proclitics
    return pro.lstrip("وف")[:1] == "ل"


def _plural_verb(ctx: Context, end: int) -> bool:
    """Does the trigger end in a verb whose subject is its plural suffix (قتلوا، يطلقون)?"""
    w = ctx.words[end - 1]
    return w.kind == "arabic" and w.forms[-1].endswith(("وا", "ون")) and not w.forms[-1].startswith(("م", "ال"))


def _adjuncts(ctx: Context, actor: Run, b: int) -> bool:
    """Are the words between a named subject and word ``b`` only a place after في and a time (استقبل الملك سلمان
    في قصر السلام اليوم الوزير), not a title's place before its name (رئيس البرلمان في الشيشان ماغمد داؤدوف)?"""
    a = actor.hi + 1 if actor.hi < b and ctx.punct(actor.hi) == "،" else past_blessing(ctx, actor.hi, b)
    if not a < b <= a + ADJUNCT_REACH or ctx.words[a].norm != "في" or not any(c.etype in RANK for c in actor.cands):
        return False
    return not any((ctx.punct(x) and ctx.punct(x) not in ("،", "(", ")"))
                   or (x in ctx.trigger_pos and not _time(ctx, x))
                   or ctx.words[x].proclitics.startswith("و") or ctx.words[x].norm in TARGET_PREPS for x in range(a, b))


def _time(ctx: Context, x: int) -> bool:
    """Is word ``x`` a word of time (اليوم، أمس، الأحد), no trigger whatever it may open?"""
    return ctx.words[x].norm in TIME_WORDS or ctx.words[x].norm in NOT_COMPLEMENTS


def participle(ctx: Context, k: int, rule: TriggerRule) -> bool:
    """Is the trigger an active participle of a verb (مطالبين، متهما، مهددا): whoever follows it is its object,
    and the one who asks is the subject of the clause before, named or not (مطالبا القوات الأمنية بـ)?"""
    w = ctx.words[k]
    stem = w.forms[-1]
    return not rule.noun and w.kind == "arabic" and stem.startswith("م") and stem.endswith(("ين", "ا", "ون")) \
        and len(stem) >= 5


def _may_act(ctx: Context, before: list[Run], k: int, rule: TriggerRule) -> list[Run]:
    """The runs before the trigger at word ``k`` that may be its subject: for a noun, none across a preposition
    (مقتل عشرة مدنيين في انفجار); for an attack, none that did not kill (:func:`marsad.events.tolls.no_killers`)."""
    if rule.noun:
        before = [r for r in before if not any(ctx.words[x].norm in ADJUNCT_PREPS for x in range(r.hi, k))]
    return no_killers(ctx, before, k, rule, not verbal(ctx, k, rule))


def _reacting(ctx: Context, k: int) -> bool:
    """"ندد رئيس البرلمان بالتفجير": the event is the object of a reaction, and whoever stands before the
    trigger in its clause is the one who reacts (or its victims), not the one who acted."""
    x = k - 1
    while x >= 0 and k - x <= REACTION_REACH and not ctx.punct(x):
        if set(ctx.words[x].forms) & ctx.lex.reactions:
            return True
        x -= 1
    return False


def _before(ctx: Context, before: list[Run]) -> Run | None:
    """The nearest run before the trigger (one with a country first), the first of its coordination; not one
    that tells of the event (أفاد مصدر أمني بمقتل ...)."""
    before = [r for r in before if not set(ctx.words[r.lo].forms) & ctx.lex.reporters and not preposed(ctx, r.cands[0])
              and not (r.lo > 0 and (ctx.words[r.lo - 1].norm in ADJUNCT_PREPS
                                     or ctx.words[r.lo - 1].norm in TARGET_PREPS)) and not partitive(ctx, r)]
    if not before:
        return None
    with_country = [r for r in before if r.country]
    pool = with_country or before
    actor = pool[-1]
    # the head of a coordination (موسكو وواشنطن): go back to the first conjunct
    for r in reversed(before):
        if r.partner is actor:
            return r
    return actor


def _target(ctx: Context, runs: list[Run], after: list[Run], actor: Run | None, end: int, plover: str,
            verb: bool = False) -> Run | None:
    subject = actor is not None and actor.lo >= end  # verb, subject, then what follows
    first = actor.hi if subject and actor is not None else end
    if subject and first < len(ctx.words) and ctx.punct(first) == "،":
        named = next((r for r in after if r.lo == first + 1), None)
        if named is not None and named.hi < len(ctx.words) and ctx.punct(named.hi) == "،":
            first = named.hi  # اجتمع رئيس الوزراء، بنيامين نتنياهو، مع نظيره: the subject's name between commas
    placed: list[Run] = []  # runs after في، من ... and their conjuncts (في الكاميرون ونيجيريا): places, no targets
    for r in after:
        if r is actor or (actor is not None and r.lo < actor.hi) or r.hi <= first:
            continue
        quoted = r.lo > 1 and ctx.punct(r.lo - 1) in NAME_QUOTES and ctx.words[r.lo - 2].norm in PHRASE_PREPS
        # غاراته على «داعش»: a name quoted after a preposition of a target, the mark aside
        prev = ctx.words[r.lo - (2 if quoted else 1)].norm if r.lo > 0 else ""
        if prev in ADJUNCT_PREPS or any(q.partner is r for q in placed):
            placed.append(r)
            if any(q.partner is r for q in placed[:-1]):
                continue
        if r.lo > 0 and set(ctx.words[r.lo - 1].forms) & COUNTERPART:
            prev = next(iter(set(ctx.words[r.lo - 1].forms) & COUNTERPART))  # بنظيره النيجيري
        hosted = verb and plover == "CONSULT" and subject and actor is not None and prev != "في" \
            and not only_places(ctx, r) and _adjuncts(ctx, actor, r.lo)
        marked = (prev in TARGET_PREPS or prev in COUNTERPART) and r.lo - first <= 6  # after a long subject
        # a time between a verb's subject and its object (قصفت طائرات التحالف، قبل ساعات، قاعدة العند)
        timed = verb and subject and r.lo > first and ctx.past_time(first, r.lo) == r.lo
        if (r.lo - end > 6 and not hosted and not marked and not timed) or (not hosted and not timed and any(
                (ctx.punct(x) and not (subject and x in (actor.hi if actor else -1, first) and ctx.punct(x) == "،"))
                or (x in ctx.trigger_pos and not _time(ctx, x)) for x in range(end, r.lo - quoted))):
            break  # not across a mark (but the comma after the subject), nor across another trigger (قتلوا في
            # قصف على حلب: حلب is the shelling's)
        if prev in COUNTERPART and r.lo - 1 >= end:
            return Run(r.cands, r.partner, r.lo - 1)  # نظيره الروسي
        if prev == "مع" and plover == "PROTEST":
            break  # تظاهرة تضامنية مع الأسير: on the protesters' side
        if prev in TARGET_PREPS or (plover in TRANSITIVE and preposed(ctx, r.cands[0]) and r.lo - end <= 3):
            return r
        if actor is not None and plover in TRANSITIVE and subject and r.lo >= actor.hi and prev not in ADJUNCT_PREPS \
                and (r.lo - actor.hi <= OBJECT_REACH or hosted or timed):
            return r  # verb, subject, object: اعتقلت الشرطة خمسة مسلحين، استقبل الملك في قصره أمس الوزير
    if actor is not None and plover in SYMMETRIC \
            and not (plover == "ASSAULT" and actor.hi <= end and _plural_verb(ctx, end)):
        # الحوثيون وقوات صالح قصفوا: both conjuncts are the verb's subject, not its two sides
        if actor.partner is not None:
            return actor.partner
        # اللقاء المصري الأردني: the next actor of another country
        nxt = next((r for r in runs if r.lo >= actor.hi), None)
        if nxt is not None and nxt.lo - actor.hi <= 1 and nxt.country and nxt.country != actor.country \
                and ctx.punct(actor.hi) != "،" and ctx.words[actor.hi].norm not in ADJUNCT_PREPS:  # not في الرياض
            return nxt
    return None


def _subject_before(ctx: Context, before: list[Run], k: int) -> Run | None:
    """The run right before a verb trigger, its subject (no word, mark or preposition between but قد and a time:
    وكانت الشرطة قد اعتقلت ...; not a reporter or a reacting party), the first of its coordination."""
    if not before or ctx.words[k].proclitics.lstrip("وف") \
            or any(ctx.words[x].norm not in PERFECT and not _time(ctx, x) for x in range(before[-1].hi, k)):
        return None
    last = before[-1]
    if preposed(ctx, last.cands[0]) or set(ctx.words[last.lo].forms) & ctx.lex.reporters or _reacting(ctx, k) \
            or (last.lo > 0 and (ctx.words[last.lo - 1].norm in ADJUNCT_PREPS
                                 or ctx.words[last.lo - 1].norm in TARGET_PREPS)):
        return None
    return next((r for r in before if r.partner is last), last)


OWNER_SUFFIXES = ("ها", "هم", "هما", "هن")  # folded: a pronoun that names the owner of a noun (قصفها، هجماتهم)


def _told_to_occur(ctx: Context, k: int) -> bool:
    """Is the trigger the subject of a verb of taking place or of witnessing right before it (وقعت اشتباكات،
    حيث دارت معارك، حيث حصلت الغارة، شهدت المدينة مواجهات: ``@occurred``, ``@happened``, ``@witnessed``)?
    Who stands before that verb is no party to the fighting."""
    sets = ctx.lex.wordsets
    stem = ctx.words[k].forms[-1]
    if stem.endswith(OWNER_SUFFIXES):
        return False  # تجدد قصفها: renews its shelling, whose owner is the subject before
    verbs = sets.get("occurred", frozenset()) | sets.get("happened", frozenset()) | sets.get("witnessed", frozenset())
    return k > 0 and bool(set(ctx.words[k - 1].forms) & verbs)


def participants(
    ctx: Context, runs: list[Run], k: int, end: int, clause: tuple[int, int], rule: TriggerRule
) -> tuple[Run | None, Run | None]:
    """The actor and target runs of the trigger on words [k, end) of the clause of words [clo, chi)."""
    clo, chi = clause
    target: Run | None = None
    after = [r for r in runs if r.lo >= end]
    before = [r for r in runs if r.hi <= k] if not passive_aux(ctx, k, rule) else []
    named = attacker(ctx, runs, k, end, chi) if rule.plover in VICTIMS else None
    if named is not None:  # على يد مستوطنين، برصاص الجيش، هجوم نفذته المقاومة: who acts, whatever stands before
        return named
    actor = next((r for r in runs if r.lo <= k < r.hi), None)
    if actor is None:
        frame, victim = suffered(ctx, runs, k, clo)
        if frame:  # تعرضت البريطانية لهجوم: the one who suffered it is the target; the attacker is not named
            return None, victim if isinstance(victim, Run) else None
    if actor is None:
        actor, target = _between_pair(ctx, after, end, chi)
    if actor is None:
        actor = _right_after(ctx, after, end, rule.noun)
        if actor is not None and actor.lo > end and masdar(ctx, k, rule):
            actor = None  # جريمة قتل المعلم أهالي البلدة: the verbal noun's genitive stands between
        if actor is not None and rule.plover in GIVING and _received(ctx, actor):
            actor = None  # المساعدات العاجلة للشعب اليمني: who receives the aid
        if actor is not None and rule.plover in VICTIMS and any(
                set(ctx.words[x].forms) & ctx.lex.wordsets.get("aimed", frozenset()) for x in range(end, actor.lo)):
            target, actor = actor, None  # سيارة مفخخة استهدفت مدنيين: what it aimed at
        counted = actor is not None and actor.lo > end and _counts(ctx, actor.lo - 1)
        # الاعتقال الفلسطيني، طرد والقضاء: an adjective or a coordinated noun is no genitive, no victim
        genitive = (rule.genitive_target or (masdar(ctx, k, rule) and actor is not None and actor.lo == end)) \
            and actor is not None \
            and not (definite(ctx, end) or conj(ctx, actor.cands[0]))
        if actor is not None and (genitive or (rule.plover in TRANSITIVE and (_plural_verb(ctx, end)
                                                                              or participle(ctx, k, rule)))
                                  or (rule.plover in VICTIMS and counted) or _visited(ctx, actor, rule)
                                  or _accused(ctx, actor, k, rule) or _dead(ctx, actor, k, end, rule)
                                  or _addressed(ctx, actor, k, end, rule) or after_subject(ctx, actor, k, end, rule)
                                  or killed_by(ctx, actor, rule)):
            target, actor = actor, None  # اغتيال رئيس الوزراء، قتلوا ثلاثة جنود: the victim
        elif actor is not None and not rule.noun and rule.plover in TRANSITIVE:
            subject = _subject_before(ctx, before, k) or relative_subject(ctx, before, k, end, rule)
            if subject is not None:  # خادم الحرمين يستقبل وزير الدفاع: subject, verb, object
                actor, target = subject, actor
    if actor is None and before and not _reacting(ctx, k) and not _told_to_occur(ctx, k):
        before = _may_act(ctx, before, k, rule)
        actor = relative_subject(ctx, before, k, end, rule) or (_before(ctx, before) if before else None)
        if actor is not None and rule.passive and not rule.noun and not masdar(ctx, k, rule) \
                and not (end < len(ctx.words) and (_counts(ctx, end) or _accusative(ctx, end))):  # قتلت 30 عنصرا
            target, actor = actor, None  # قوات الصحوة قتلا: the victims
    if target is None:
        target = _target(ctx, runs, after, actor, end, rule.plover, verbal(ctx, k, rule))

    if target is not None and actor is not None and target.country and target.country == actor.country \
            and target is actor:
        target = None
    if end - k == 1 and ctx.object_verb(k):
        return _object_verb_sides(after, end, actor, target)
    if target is None and actor is not None and cue_speaker(ctx, k, rule, actor.lo) is not None:
        return None, actor  # كما ناشد الأمم المتحدة بإصدار قرار: whom the earlier speaker asks
    return swallowed(ctx, actor, target, k, end, rule)  # ودعا الرئيس المواطنين إلى: subject, then whom it asks


def _object_verb_sides(after: list[Run], end: int, actor: Run | None,
                       target: Run | None) -> tuple[Run | None, Run | None]:
    """The sides of a verb with its object pronoun attached (واستقبله الرئيس، فهاجمتهم مجموعة): the party right
    after it is its subject, no object (the pronoun is: :mod:`marsad.events.pronouns`)."""
    subject = next((r for r in after if r.lo == end), None)
    return (subject, None) if subject is not None else (actor, target)


def clause_opening(ctx: Context, k: int, quote: Quote | None, actor: Run | None) -> int:
    """The first word of the clause a complementizer opens before the trigger at word ``k``: the indirect quote's
    content right after its إن/أن, else, with no quote, the word after the last إن/أن between the actor and the
    trigger (اعتبر الخبراء أن المستثمرين يطالبون ...); -1 for none."""
    if quote is not None:
        before = fold(ctx.doc.text[max(0, quote.start - 6) : quote.start]).split()
        return ctx.ix.first_at_or_after(quote.start) if not quote.direct and before and before[-1] in THAT else -1
    if actor is None or actor.hi >= k:
        return -1
    x = max((y for y in range(actor.hi, k) if ctx.words[y].norm in THAT), default=-1)
    return x + 1 if x >= 0 else -1


# a complementizer with the pronoun of the speaker attached (قال إنه التقى، أعلن الجيش أنه قصف: he himself)
SELF_THAT = frozenset({f"{c}{p}" for c in ("ان", "بان", "وان") for p in ("ه", "ها", "هم", "هما")})


def _verb_form(ctx: Context, k: int) -> bool:
    """Has word ``k`` the form of a verb whatever its row (قصف after أنه: he shelled), not of a verbal noun
    (احتجاز، الاعتقال، مداهمة)?"""
    w = ctx.words[k]
    stem = w.forms[-1]
    article = w.proclitics.endswith("ال") and not w.norm.startswith("التق")  # التقى: no article
    return w.kind == "arabic" and not article and not stem.endswith(("ه", "ات", "اء")) \
        and not (len(stem) >= 4 and stem[-2] in "اي")


def speaker_subject(ctx: Context, k: int, quote: Quote | None, rule: TriggerRule) -> bool:
    """Does the verb trigger at word ``k`` open an indirect quote after a complementizer with a pronoun attached
    (أعلن الجيش أنه قصف مواقع المسلحين): the pronoun, the speaker, is its subject, and a party after it is its
    object? Not a verbal noun (وصفته بأنه احتجاز تعسفي)."""
    if quote is None or quote.direct or quote.speaker is None or ctx.ix.first_at_or_after(quote.start) != k \
            or not (_verb_form(ctx, k) or ctx.object_verb(k)):
        return False
    if rule.plover in VICTIMS and (not _object_next(ctx, k + 1) or (rule.passive and rule.genitive_target)):
        return False  # مبينة أنه قتل في اليوم التالي: he was killed; موضحا أنه استشهد تسعة: nine were martyred
    before = fold(ctx.doc.text[max(0, quote.start - 7) : quote.start]).split()
    return bool(before) and before[-1] in SELF_THAT


def own_subject(ctx: Context, x: int, k: int, end: int, rule: TriggerRule) -> Actor | None:
    """The subject of a verb trigger told in a clause opened by a complementizer at word ``x``
    (:func:`clause_opening`: قال الوزير إن القوات قصفت ...، وأضاف أن الوحدات الأمنية طوقت المكان واعتقلت ...): the
    definite noun phrase that opens the clause, right before the verb or before the verb it is coordinated with,
    acts, not the speaker. ``Actor("")`` when that phrase names no one on its own (a bare head: التنظيم); None when
    the clause opens with no such phrase (إنه التقى، أن من بين، a verb first) or the trigger is no verb of an active
    row."""
    if x < 0 or x >= k or rule.noun or rule.passive or ctx.words[k].proclitics.endswith("ال") \
            or not (verbal(ctx, k, rule) or ctx.object_verb(k)):
        return None
    w = ctx.words[x]
    if w.kind != "arabic" or w.proclitics != "ال" or not w.norm.startswith("ال") \
            or w.norm in NOT_COMPLEMENTS or any(ctx.punct(y) in (".", ":", "؟", "!") for y in range(x, k)):
        return None
    if rule.plover in VICTIMS and not _object_next(ctx, end):
        return None  # أن الشاب اعتقل الأربعاء: a verb of harm with no object after it is read as passive
    found = phrase(ctx, x, k)
    if found is None or found.span is None:
        return None
    stem = ctx.words[k].forms[-1]
    if ctx.ix.first_at_or_after(found.span.end) != k and not (
            ctx.words[k].proclitics[:1] in ("و", "ف") and (stem.endswith("ت") or stem.startswith(("ي", "ت")))):
        return None  # the subject right before its verb, or a verb coordinated after it (طوقت المكان واعتقلت)
    if bare(ctx, found):
        return Actor("", None, None, None)
    return replace(found, country=ctx.country_at(found.span.start, found.span.end))


def _accusative(ctx: Context, x: int) -> bool:
    """Does word ``x`` open a verb's object by its form, an indefinite accusative or a definite noun (قوات الأمن قتلت
    مسلحا، قتلت المسلح: the verb is active, its subject before it acts)?"""
    norm = ctx.words[x].norm
    return _object_next(ctx, x) and len(norm) >= 4 and not prep_pronoun(norm) and norm not in TIME_WORDS \
        and (norm.endswith("ا") or (norm.startswith("ال") and len(norm) >= 5))  # not إلا، فيها


def _object_next(ctx: Context, x: int) -> bool:
    """Does word ``x`` open the object of a verb of harm, read as active: a word that is no time, no preposition, no
    word opened by a proclitic and no mark (اعتقلت 13 شخصا، قصفت المدينة، أطلقت صواريخ، اشتبكت أيضا مع; not أن الشاب
    اعتقل الأربعاء، أنه قتل في، قتل برصاص، اعتقل بتهمة)?"""
    while x < len(ctx.words) and ctx.words[x].norm in ("ايضا", "مجددا", "كذلك"):
        x += 1  # an adverb before the object
    if x >= len(ctx.words) or ctx.timed(x) or _time(ctx, x):
        return False
    w = ctx.words[x]
    if w.norm in ("مع", "ضد") or _counts(ctx, x):
        return True
    return w.kind == "arabic" and w.proclitics in ("", "ال") and w.norm not in ADJUNCT_PREPS \
        and w.norm not in TARGET_PREPS and w.norm not in NOT_COMPLEMENTS and x not in ctx.trigger_pos


def speaker_actor(ctx: Context, q: Quote) -> Actor | None:
    """The speaker of a quote as an actor (with the country of the name it is part of)."""
    if q.speaker is None:
        return None
    s, e = q.speaker.start, q.speaker.end
    country = ctx.country_at(s, e)
    for ent in ctx.entities:
        if ent.start <= s and e <= ent.end:
            country = ent.country or country
            break
    text = ctx.doc.text[s:e]
    return Actor(text, country or known(ctx).get(text), None, Span(s, e))


def context_country(ctx: Context, cands: list[Cand], k: int, target: Run | None) -> str | None:
    """The country nearest to the trigger: actors with a country, then any place (cities too)."""
    pos = ctx.starts[k]
    lo, hi = ctx.sentence_of(k)
    s_start, s_end = ctx.starts[lo], ctx.ends[hi - 1]
    best: tuple[int, str] | None = None
    spots = [(c.start, c.country) for c in cands if c.country and not (target and c in target.cands)]
    spots += [(s, c) for s, _e, c in ctx.places if s_start <= s < s_end]
    for start, country in spots:
        dist = abs(start - pos)
        if country and (best is None or dist < best[0]):
            best = (dist, str(country))
    return best[1] if best else None
