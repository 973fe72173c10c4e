"""Targets told by the grammar of a few kinds of events, when no other rule of :mod:`marsad.events.dyads` finds one.

- What a protest is against: the party named after ضد or على, or the body before whose seat it stands
  (تظاهروا ضد داعش، اعتصام أمام مقر البلدية), or the party owning the thing protested (احتجاجا على خدمة «أوبر»);
  not a thing (احتجاجا على قرار، ضد الفساد), nor one after مع (a protest in solidarity with X).
- What a bombing hit: the genitive of a bombing noun that is no device (تفجير مسجد القرية، not تفجير سيارة
  مفخخة، انفجار عنيف: ``@not_bombed`` of ``event_wordsets.tsv``), nor a name (تفجير عسير: where it took
  place).
- Where a visit goes after إلى (زيارة الوزير إلى الجزائر) or after ل opening a place's or a body's name (زيارة ولي
  العهد لجمهورية مصر العربية، زيارة لأربيل), and what a visit told by its verbal noun after ب or ل
  visits (قام بزيارة المواقع، توجه لزيارة المصابين، بزيارة لأسر الشهداء), when its visitor stands elsewhere.
- Who is accused after ل, right after an accusation noun or its genitive accuser (اتهامات المسؤول للشركة; not
  what a condemnation condemns: إدانة مصر للإرهاب).
- Whom a meeting is held with after ب, past its subject or genitive and a time (والتقى بعدد من المهندسين،
  اجتماعه بمديري الجامعات، اجتمع المدرب أمس باللاعبين): a name, a count or a plural of people; not a place, a
  pronoun or what the meeting is about or chaired by (بمقر الوزارة، بالرياض، بهم، برئاسة الوزير).
"""

from __future__ import annotations

from marsad.document import Actor
from marsad.events.candidates import Run, actor_of, phrase
from marsad.events.context import ADJUNCT_PREPS, TARGET_PREPS, Context
from marsad.events.dyads import (
    ADVERBS,
    COUNT_WORDS,
    NOT_TARGETS,
    OPEN_QUOTES,
    TIME_WORDS,
    VISIT,
    _adjective,
    _after,
    _frame_word,
    _side,
    _suffixed,
    definite,
    noun_phrase,
    verbal,
)
from marsad.events.lexicon import TriggerRule
from marsad.events.verb_objects import asked_after

PROTEST_PREPS = frozenset({"ضد", "علي", "امام"})
SEATS = frozenset({"مقر", "مقار", "مبني"})  # أمام مقر الحكومة: the body whose seat it is
PROTEST_REACH = 8  # words between a protest and its preposition (تظاهر مئات الطلاب في العاصمة أمس ضد ...)
PROTEST_WORDS = ("احتجاج", "تنديد", "رفض")  # a second protest word on the way (تظاهروا احتجاجا على)
# words after على that tell no party (على يد: by whom; على مدى، على بعد: how long, how far)
NOT_PROTESTED = frozenset({"يد", "ايدي", "بعد", "مسافه", "امتداد", "هامش", "الطريق", "طريق", "التوالي"})
OWNER_REACH = 4  # words from a thing protested to the party owning it (على سياسات حكومة «سيريزا»)
BOMBING = "183"  # the CAMEO code of a bombing: its genitive is what it hit, unless a device
VISIT_REACH = 3  # words of adjectives between a visit and إلى (بزيارة رسمية إلى الجزائر)
# what follows ب after a meeting and is no party to it: its chair, presence, aim, topic, place or manner
NOT_MET = frozenset({"رئاسه", "حضور", "مشاركه", "هدف", "غرض", "شان", "خصوص", "عنوان", "مقر", "مكتب", "قصر",
                     "ديوان", "فندق", "مبني", "قاعه", "مدينه", "منطقه", "محافظه", "بعد", "بين", "شكل", "صوره",
                     "دعوه", "سبب", "مناسبه", "موافقه", "نجاح", "فوز", "تعادل", "نتيجه", "تشكيله", "ركلات"})


def protested(ctx: Context, runs: list[Run], end: int, chi: int) -> Run | Actor | None:
    """What a protest is against: the party after ضد, على or أمام (مقر) following the trigger in its clause."""
    for x in range(end, min(chi - 1, end + PROTEST_REACH)):
        mark = ctx.punct(x)
        if (mark and mark != "،") or (x in ctx.trigger_pos and not ctx.words[x].norm.startswith(PROTEST_WORDS)):
            break  # not another event's (تظاهروا بعد مقتل شاب على يد الشرطة)
        against = _against(ctx, x, chi)
        if against > x:  # في وجه إدارة السجون، للضغط على الشركات الكبرى
            run = next((r for r in runs if r.lo == against), None)
            return run if run is not None else noun_phrase(ctx, against, chi)
        if ctx.words[x].norm not in PROTEST_PREPS:
            continue
        y = x + 2 if ctx.words[x + 1].norm in SEATS and x + 2 < chi else x + 1
        if ctx.words[y].norm in NOT_TARGETS or ctx.words[y].norm in NOT_PROTESTED:
            return None
        run = next((r for r in runs if r.lo == y), None)
        if run is None and ctx.words[x].norm != "امام":
            return _owner(ctx, runs, y, chi)  # احتجاجا على قرار: a thing protested is no party, its owner is
        if run is not None or ctx.words[x].norm != "امام":
            return run
        return noun_phrase(ctx, y, chi)  # أمام مقر البلدية
    return _demanded(ctx, runs, end, chi)


def _demanded(ctx: Context, runs: list[Run], end: int, chi: int) -> Run | Actor | None:
    """تظاهر المئات مطالبين بمحاكمة رئيس الوزراء السابق: the party whose removal or trial a protest demands (a word of
    ``@protest_demand`` then one of ``@removal`` opened by ب); مطالبين حزب الله بإرسال دعم، داعين الكونغرس إلى رفض
    الاتفاق: whom the protesters' demand or call is made of (a word of ``@protest_demand`` or ``@protest_call``, then a
    party and what is asked after it); in the protest's clause."""
    for x in range(end, min(chi - 2, end + PROTEST_REACH)):
        mark = ctx.punct(x)
        if mark and mark != "،":
            return None
        demand = _frame_word(ctx, x, "protest_demand")
        if not (demand or _frame_word(ctx, x, "protest_call")):
            continue
        w = ctx.words[x + 1]
        if demand and w.proclitics.startswith("ب") and _frame_word(ctx, x + 1, "removal"):
            run = next((r for r in runs if r.lo == x + 2), None)
            return run if run is not None else noun_phrase(ctx, x + 2, chi)
        return _addressee(ctx, runs, x + 1, chi)
    return None


def _against(ctx: Context, x: int, chi: int) -> int:
    """The word after a phrase of ``@protest_against`` opening at word ``x`` (في وجه، بوجه، للضغط على), when a word
    that may open a party follows it; else -1."""
    for phrase_ in ctx.lex.wordsets.get("protest_against", frozenset()):
        parts = phrase_.split()
        y = x + len(parts)
        if y < chi and all(ctx.words[x + i].norm == part for i, part in enumerate(parts)) \
                and ctx.words[y].kind == "arabic" and ctx.words[y].norm not in NOT_TARGETS \
                and ctx.words[y].proclitics in ("", "ال"):
            return y
    return -1


def _addressee(ctx: Context, runs: list[Run], y: int, chi: int) -> Run | Actor | None:
    """The party at word ``y`` whom a demand or a call is made of, when what is asked follows it (حزب الله اللبناني
    بإرسال، الكونغرس الأميركي إلى رفض); not what is asked itself (مطالبين بالإفراج، داعين إلى)."""
    if y >= chi:
        return None
    w = ctx.words[y]
    if w.kind != "arabic" or w.proclitics not in ("", "ال") or w.norm in NOT_TARGETS or ctx.timed(y) \
            or y in ctx.trigger_pos:
        return None
    run = next((r for r in runs if r.lo == y), None)
    found = actor_of(ctx, run) if run is not None else noun_phrase(ctx, y, chi)
    if not asked_after(ctx, found, chi):
        return None
    return run if run is not None else found


def _owner(ctx: Context, runs: list[Run], y: int, chi: int, chained: bool = False) -> Run | None:
    """احتجاجا على خدمة «أوبر»، الاحتجاجات على فساد الحكومة: the party that owns the thing protested, a run closing
    the genitive chain of indefinite nouns that opens at word ``y`` (quote marks aside); else None. ``chained``: the
    chain's first noun stands before ``y``, and a run may open at ``y`` itself."""
    z = y
    while z < min(chi, y + OWNER_REACH):
        w = ctx.words[z]
        if ctx.punct(z) in OPEN_QUOTES:
            z += 1
            continue
        if (z > y or chained) and any(r.lo == z for r in runs):
            return next(r for r in runs if r.lo == z)
        if w.kind != "arabic" or w.proclitics or w.norm in NOT_TARGETS or z in ctx.trigger_pos \
                or _adjective(ctx, z):
            return None
        z += 1
    return None


def bombed(ctx: Context, runs: list[Run], k: int, end: int, chi: int, rule: TriggerRule) -> Run | Actor | None:
    """تفجير مسجد القرية: what a bombing noun hit, its genitive (no device, adjective or attached pronoun)."""
    if rule.cameo != BOMBING or end >= chi or definite(ctx, end) or _suffixed(ctx, k) or ctx.punct(end):
        return None
    stem = ctx.words[k].forms[-1]
    if not stem.startswith(("تفجير", "انفجار")) or _adjective(ctx, end) or _frame_word(ctx, end, "not_bombed"):
        return None
    if any(r.lo == end for r in runs):
        return None  # تفجير عسير: where it took place; تفجير داعش: who did it
    after = ctx.words[end + 1].norm if end + 1 < chi else ""
    if not ctx.words[end].norm.startswith("ال") and after.startswith("ال") and after.endswith("ي") \
            and _adjective(ctx, end + 1):
        return None  # تفجير سروج الإرهابي: a place and the bombing's adjective
    return noun_phrase(ctx, end, chi)


def visited(ctx: Context, runs: list[Run], k: int, end: int, chi: int, actor: Run | None,
            rule: TriggerRule) -> Run | Actor | None:
    """زيارة الوزير الرسمية إلى الجزائر، قام بزيارة المواقع، بزيارة لأسر الشهداء: where a visit goes after إلى
    (past its visitor and adjectives), else what a visit told by its verbal noun after ب or ل visits; not when its
    visitor is the genitive (ترحيبا بزيارة الرئيس الفرنسي)."""
    if rule.cameo != VISIT or _suffixed(ctx, k) or end >= chi:
        return None
    x = actor.hi if actor is not None and actor.lo == end else end
    while x < min(chi - 1, end + VISIT_REACH) and not ctx.words[x].proclitics \
            and (_adjective(ctx, x) or ctx.words[x].norm == "غير"):
        x += 2 if ctx.words[x].norm == "غير" else 1  # زيارة رسمية، زيارة تفقدية، زيارة غير معلنة
    if x >= chi or ctx.punct(x):
        return _arrived(ctx, runs, k)
    if ctx.words[x].norm == "الي" and x + 1 < chi:
        return _side(ctx, runs, x + 1, chi)
    if _named_after_lam(ctx, x):  # زيارة ولي العهد لجمهورية مصر العربية، في زيارة لأربيل
        return phrase(ctx, x, chi)
    if ctx.words[k].proclitics.lstrip("وف") not in ("ب", "ل") or actor is None or actor.lo >= end:
        return _arrived(ctx, runs, k)  # no visitor named before it: the genitive may be the visitor
    nxt = ctx.words[x]
    if nxt.kind == "arabic" and nxt.proclitics.lstrip("و") in ("ل", "لل", "لال") and nxt.norm not in NOT_TARGETS:
        return phrase(ctx, x, chi)  # بزيارة لوالد القيادي
    return _side(ctx, runs, x, chi) if x == end else None


ARRIVAL_REACH = 8  # words back from في to إلى, and from إلى to the verb of arrival


def _arrived(ctx: Context, runs: list[Run], k: int) -> Run | None:
    """وصل الرئيس الأمريكي مساء الجمعة إلى كينيا في زيارة: the place or body reached after إلى by a verb of arrival
    (``@arrival`` of ``event_wordsets.tsv``) when the visit follows it after في, a time aside; else None."""
    if k < 3 or ctx.words[k].proclitics or ctx.words[k - 1].norm != "في":
        return None
    arrival = ctx.lex.wordsets.get("arrival", frozenset())
    for x in range(k - 2, max(0, k - 2 - ARRIVAL_REACH), -1):
        if ctx.punct(x) or x in ctx.trigger_pos:
            return None
        if ctx.words[x].norm != "الي":
            continue
        run = next((r for r in runs if r.lo == x + 1), None)
        if run is None or not (run.hi == k - 1 or ctx.past_time(run.hi, k) == k - 1):
            return None
        for v in range(x - 1, max(-1, x - 1 - ARRIVAL_REACH), -1):
            if ctx.punct(v):
                return None
            if ctx.has(v, arrival):
                return run
        return None
    return None


def _named_after_lam(ctx: Context, x: int) -> bool:
    """Does word ``x`` open with ل a place's or a body's name (لجمهورية مصر، لأربيل، للرياض، لوزارة الخارجية): where
    a visit goes, past its visitor; not a purpose or a time (لأداء العمرة، للمرة الأولى)?"""
    w = ctx.words[x]
    if w.kind != "arabic" or w.proclitics.lstrip("و") not in ("ل", "لل"):
        return False
    start = ctx.stem_start(x)
    return any(e.start == start and e.type in ("LOC", "ORG") for e in ctx.entities)


def accused(ctx: Context, end: int, chi: int, actor: Run | None) -> Actor | None:
    """وجهت اتهامات لأعضائها، اتهامات المسؤول للشركة: the accused after ل, right after an accusation noun or its
    genitive accuser."""
    x = actor.hi if actor is not None and actor.lo == end else end
    if x >= chi or ctx.punct(x):
        return None
    w = ctx.words[x]
    if w.kind != "arabic" or w.proclitics.lstrip("و") not in ("ل", "لل", "لال") or w.norm in NOT_TARGETS:
        return None
    return phrase(ctx, x, chi)


def _people(ctx: Context, x: int) -> bool:
    """Does word ``x`` (opened by ب) name people by its form: a sound plural (بالمهندسين، بالمعلمين) or a plural
    in construct (بمديري التعليم، بمنسوبي الرئاسة)?"""
    stem = ctx.words[x].forms[-1]
    if stem.startswith("ال"):
        stem = stem[2:]
    if len(stem) >= 5 and stem.endswith("ين"):
        return True
    nxt = ctx.words[x + 1] if x + 1 < len(ctx.words) else None
    return len(stem) >= 5 and stem.startswith("م") and stem.endswith("ي") and not ctx.words[x].norm.startswith("بال") \
        and nxt is not None and nxt.kind == "arabic" and nxt.norm.startswith("ال")


def met(ctx: Context, runs: list[Run], k: int, end: int, chi: int, actor: Run | None) -> Run | Actor | None:
    """والتقى بعدد من المهندسين، اجتماعه بمديري الجامعات: whom a meeting is held with after ب, right after the
    trigger, its subject or genitive and a time."""
    x = _after(ctx, actor) if actor is not None and end <= actor.lo <= end + 1 else end  # لقاء وزير التعليم بـ
    while x < chi and ctx.words[x].norm in TIME_WORDS:
        x += 1
    x = ctx.past_time(x, chi)
    if x >= chi or x in ctx.trigger_pos:
        return None
    w = ctx.words[x]
    pro = w.proclitics[:-2] if w.proclitics.endswith("ال") else w.proclitics
    stem = w.norm[len(pro):]
    if w.kind != "arabic" or pro != "ب" or stem in NOT_TARGETS or stem.removeprefix("ال") in NOT_MET \
            or ctx.starts[x] + 1 in ctx.place_starts or ctx.starts[x] in ctx.place_starts:
        return None
    run = next((r for r in runs if r.lo == x), None)
    if run is not None:
        return None if all(c.etype == "LOC" for c in run.cands) else run
    if set(w.forms) & COUNT_WORDS:
        return noun_phrase(ctx, x, chi)  # بعدد من أعضاء المجلس
    return phrase(ctx, x, chi) if _people(ctx, x) else None


def more_targets(ctx: Context, runs: list[Run], k: int, end: int, chi: int, actor: Run | None,
                 rule: TriggerRule) -> Run | Actor | None:
    """The target of a protest, a bombing, a visit or an accusation by these rules, else None."""
    if rule.plover == "PROTEST":
        return protested(ctx, runs, end, chi)
    if rule.plover == "ASSAULT":
        return bombed(ctx, runs, k, end, chi, rule)
    if rule.cameo == VISIT:
        return visited(ctx, runs, k, end, chi, actor, rule)
    if rule.plover == "ACCUSE" and not verbal(ctx, k, rule) and ctx.words[k].forms[-1].startswith("اتهام"):
        return accused(ctx, end, chi, actor)
    if rule.plover == "ACCUSE" and rule.cameo == CONDEMN:
        return _condemned_owner(ctx, runs, end, chi, actor)
    return None


BY_REACH = 12  # words from a condemnation to من قبل and the doer of what it condemns


def _by(ctx: Context, runs: list[Run], x: int, chi: int) -> Run | None:
    """The named party after من قبل (by) in the condemnation's clause, no other mark between: the doer of what it
    condemns (استمرار التصريحات العدائية من قبل المسؤولين الإيرانيين)."""
    for y in range(x, min(chi - 2, x + BY_REACH)):
        if ctx.punct(y):
            return None
        if ctx.words[y].norm == "من" and ctx.words[y + 1].norm == "قبل":
            return next((r for r in runs if r.lo == y + 2), None)
    return None


CONDEMN = "111"  # the CAMEO code of a condemnation: whose words or deeds it condemns is whom it is aimed at


def _condemned_owner(ctx: Context, runs: list[Run], end: int, chi: int, actor: Run | None) -> Run | Actor | None:
    """ونددت الخارجية بتصريحات وزير الخارجية الإيراني، استنكر بشدة ممارسات الاحتلال: the party owning what a
    condemnation condemns (a word of ``@condemned``: statements, practices, policies), the name closing the genitive
    chain of its object (opened by ب or bare), past the condemnation's subject, a time and an adverb."""
    x = _after(ctx, actor) if actor is not None and actor.lo == end else end
    while x < chi and (ctx.words[x].norm in TIME_WORDS or ctx.words[x].norm in ADVERBS or ctx.timed(x)):
        x += 1
    by = _by(ctx, runs, x, chi)
    if by is not None:  # التصريحات العدائية من قبل المسؤولين الإيرانيين
        return by
    w = ctx.words[x] if x < chi else None
    if w is None or w.kind != "arabic" or x in ctx.trigger_pos or w.proclitics.lstrip("و") not in ("", "ب") \
            or w.norm in NOT_TARGETS or w.norm in TARGET_PREPS or w.norm in ADJUNCT_PREPS:
        return None  # not في نبأ أوردته وكالة الأنباء: where it was told
    if not _frame_word(ctx, x, "condemned"):
        return None  # not the actor's title in apposition (محرر شؤون الأمن الوطني)
    if x + 1 < chi and not ctx.words[x + 1].proclitics and set(ctx.words[x + 1].forms) & ctx.lex.heads \
            and not any(r.lo == x + 1 for r in runs):
        return noun_phrase(ctx, x + 1, chi)  # بتصريحات وزير الخارجية الإيراني: a title and its genitive
    return _owner(ctx, runs, x + 1, chi, chained=True)
