"""The object of a verb trigger whose subject is named: the party met, attacked, accused, threatened or asked.

- After the subject (التقى الرئيس الفرنسي وزير الخارجية، اعتقلت الشرطة خمسة مسلحين) or right after the verb when
  the subject stands before it (الرئيس يستقبل السفير), a time or a manner aside; a meeting's party also after ب.
- A plural of a participle in its construct form (منفذي المشروع، ممثلي الدول، منسوبي الوزارة) is a noun, not an
  adjective of the trigger.
- A demand or a call whose quote the quotes stage gave to an earlier speaker (كما ناشد الأمم المتحدة بإصدار قرار:
  the speaker of the sentence before) is that speaker's, and the party right after the verb is whom it asks.
- Whom a demand or a call is made of (``ADDRESSEE_TYPES``) only when what is asked follows it, opened by ب, إلى or
  لل (طالب الوزير المجتمع الدولي بضرورة ...، دعا المستثمرين للحضور), past a second addressee joined by و (طالب
  الرئيس المليشيات الحوثية وقوات صالح باحترام الهدنة) or a short adjunct after في or خلال (دعت المديرية أقسام
  الطوارئ في جميع المستشفيات إلى الاستعداد); not a thing asked for (طالب الوزير بضرورة ...، رفض طلبا).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.document import Actor, Quote, Span
from marsad.events.candidates import NOT_COMPLEMENTS, Run, phrase
from marsad.events.context import Context, past_blessing
from marsad.events.dyads import (
    ADVERBS,
    CLOSE_QUOTES,
    MANNER,
    NOT_LAM,
    NOT_TARGETS,
    OPEN_QUOTES,
    RELATIVES,
    TIME_WORDS,
    _adjective,
    _after,
    _count,
    _frame_word,
    _open,
    noun_phrase,
    verbal,
)
from marsad.events.lexicon import TriggerRule
from marsad.events.relatives import RELATIVE_TYPES, relative_gap

# the types whose verb's object is the party acted upon (قتل، اعتقل، التقى، اتهم، هدد: not طالب or رفض, whose
# object is mostly a thing)
OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "ACCUSE", "THREATEN", "REQUEST"})
# the types whose object is a party only when what is asked follows it (طالب X بـ، دعا X إلى)
ADDRESSEE_TYPES = frozenset({"REQUEST"})
# the types whose object a definite agent noun right after the subject may be (ودعا الرئيس المواطنين إلى)
SWALLOWING = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
ADJUNCT_OPENERS = frozenset({"في", "خلال"})  # an adjunct between the addressee and what is asked
ADJUNCT_REACH = 4  # words of that adjunct
POSSESSING = frozenset({"ذات", "ذو", "ذوي", "ذوو"})  # folded: الجهات ذات العلاقة (those concerned)
TOTALITY = frozenset({"جميعا", "جميعهم", "كافه", "كلهم", "اجمع"})  # folded: المواطنين جميعا


def verb_object(ctx: Context, k: int, end: int, chi: int, actor: Run | None, rule: TriggerRule) -> Actor | None:
    """The object of a verb trigger whose subject is named: after the subject (التقى الرئيس الفرنسي وزير
    الخارجية) or right after the verb when the subject stands before it (الرئيس يستقبل السفير), a time word
    aside; a meeting's party also after ب (اجتمع الوزير بالسفير) and a visit's after ل (زيارته للمستشفى).
    Not an adjective (اجتماع المجلس الطارئ), a preposition or a noun trigger's genitive."""
    if actor is None:
        return _relative_object(ctx, k, end, chi, rule)
    if rule.genitive_target or not verbal(ctx, k, rule):
        return None
    last = actor
    while last.partner is not None and last.partner.hi <= k:
        last = last.partner  # الحوثيون وقوات صالح قصفوا: the subject's last conjunct stands before the verb
    if actor.lo == end or (actor.lo == end + 1 and _open(ctx, end) and not _count(ctx, end)):
        x = _past_agreeing(ctx, _after(ctx, actor), chi)  # ودعا العميد السحيباني الأشقاء: a title before the
        # subject's name; its nisba; قتل مسلحون مجهولون: its plural adjective
    elif (last.hi == k or (last is not actor and last.hi == k - 1 and _open(ctx, k - 1))) and not rule.noun:
        x = end
    elif rule.plover in RELATIVE_TYPES and not rule.noun and relative_gap(ctx, last.hi, k):
        x = end  # المالكي الذي اتهم المملكة: the antecedent acts, the party after the verb is its object
    else:
        return _relative_object(ctx, k, end, chi, rule)  # المسلحون الذين خطفوا الصحفي
    x = start = past_blessing(ctx, x, chi)
    while x < chi and (ctx.words[x].norm in TIME_WORDS or ctx.words[x].norm in ADVERBS
                       or MANNER & set(ctx.words[x].forms) or ctx.past_time(x, chi) > x
                       or (ctx.words[x].norm in NOT_COMPLEMENTS and ctx.words[x].norm not in RELATIVES)):
        # a time: فجر الأحد، في وقت سابق، قبل ساعات قليلة (between commas); a manner: بشكل عشوائي
        x = max(x + (2 if MANNER & set(ctx.words[x].forms) else 1), ctx.past_time(x, chi))
    x = _past_commas(ctx, x, chi, any(ctx.punct(y) == "،" for y in range(start, x)))
    if rule.plover in ADDRESSEE_TYPES:
        x = _past_aside(ctx, x, chi)
    elif x > end:
        x = _past_place(ctx, x, chi)
    quoted = rule.plover in ADDRESSEE_TYPES and x + 1 < chi and ctx.punct(x) in OPEN_QUOTES
    x += 1 if quoted else 0  # دعت الرئيسة «جميع الأطراف» إلى: the addressee between quote marks
    if x >= chi or ctx.punct(x) or (_adjective(ctx, x) and not _construct_plural(ctx, x)) \
            or _frame_word(ctx, x, "with_bi") \
            or (ctx.words[x].norm.startswith("بال") and rule.plover != "CONSULT"):  # طالبهم بالضرب: what is asked
        return None  # an adjective of the trigger (اجتماعه الطارئ), an adverb (قصفوا بشكل عنيف)
    w = ctx.words[x]
    if any(kind == "next" and set(w.forms) & words for kind, words in rule.needs):
        return None  # أطلقت الشرطة النار: the weapon the trigger needs is the act itself, no party
    pro = w.proclitics[:-2] if w.proclitics.endswith("ال") else w.proclitics
    if rule.plover == "CONSULT" and pro in ("ب", "ل") and w.kind == "arabic" and w.norm[len(pro):] not in NOT_TARGETS:
        return phrase(ctx, x, chi)
    found = _all_of(ctx, x, chi) if rule.plover in ADDRESSEE_TYPES else None
    if found is None:
        found = _name_at(ctx, x) or noun_phrase(ctx, x, chi)
    if rule.plover in ADDRESSEE_TYPES:
        found = _with_adjectives(ctx, found, chi)
    if quoted and (found is None or found.span is None
                   or ctx.punct(ctx.ix.first_at_or_after(found.span.end)) not in CLOSE_QUOTES):
        return None  # a quote's opening words, not a quoted addressee
    if rule.plover in ADDRESSEE_TYPES and not asked_after(ctx, found, chi):
        return None  # طالب الوزير بضرورة ...، رفض طلبا: no addressee
    return found


def _past_agreeing(ctx: Context, x: int, chi: int) -> int:
    """The word after the sound plural adjectives in ون at word ``x`` that agree with an indefinite plural subject in
    ون right before (قتل مسلحون مجهولون ضابطا: مجهولون describes the killers, it was not killed); else ``x``."""
    while 0 < x < chi and ctx.words[x - 1].norm.endswith("ون") and not ctx.words[x - 1].proclitics \
            and ctx.words[x].kind == "arabic" and not ctx.words[x].proclitics and ctx.words[x].norm.endswith("ون") \
            and len(ctx.words[x].norm) >= 5 and x not in ctx.trigger_pos:
        x += 1
    return x


def _past_aside(ctx: Context, x: int, chi: int) -> int:
    """The word after what may stand between the subject of a call and whom it asks: a comma (دعت إدارة التعليم
    بوادي الدواسر، 139 معلما إلى) or a short adjunct opened by في (ودعت رئيسة المفوضية في البيان «جميع الفاعلين»
    إلى); ``x`` when neither stands there. Whom it asks is an addressee only if what is asked follows it."""
    if x < chi and ctx.punct(x) == "،":
        return x + 1
    if x + 2 < chi and ctx.words[x].norm == "في" and ctx.words[x + 1].kind == "arabic" \
            and ctx.words[x + 1].proclitics == "ال" and x + 1 not in ctx.trigger_pos:
        return x + 2
    return x


COMMA_REACH = 10  # words of a time and a place between two commas after a verb's subject


def _past_commas(ctx: Context, x: int, chi: int, opened: bool) -> int:
    """The word after a time or a place between two commas after a verb's subject (التقى رئيس الوزراء خالد بحاح،
    اليوم في مقر الحكومة بالرياض، وزير الدولة), else ``x``: the clause between opens with a time or في and holds no
    other mark and no trigger; ``opened``: its first comma and time were passed over before ``x``."""
    if x + 1 >= chi or not (ctx.punct(x) == "،" or (opened and ctx.words[x].norm == "في")):
        return x
    y = x + 1 if ctx.punct(x) else x
    if not (ctx.words[y].norm == "في" or ctx.words[y].norm in TIME_WORDS or ctx.past_time(y, chi) > y):
        return x
    for z in range(y, min(chi - 1, y + COMMA_REACH)):
        mark = ctx.punct(z)
        if mark == "،":
            return z + 1
        if mark or (z in ctx.trigger_pos and not ctx.timed(z) and ctx.words[z].norm not in TIME_WORDS):
            return x
    return x


def _relative_object(ctx: Context, k: int, end: int, chi: int, rule: TriggerRule) -> Actor | None:
    """العمليات التي تقتل الأبرياء، المسلحون الذين اعتقلوا الصحفي: the object right after a verb that opens a
    relative clause (its subject the antecedent, not named again): a name, a count or a definite noun."""
    if k < 1 or end >= chi or ctx.words[k - 1].norm not in RELATIVES or ctx.words[k].proclitics \
            or not verbal(ctx, k, rule) or ctx.object_verb(k):
        return None
    w = ctx.words[end]
    if w.kind != "arabic" or w.proclitics not in ("", "ال") or ctx.timed(end) \
            or w.norm in TIME_WORDS or w.norm in NOT_COMPLEMENTS or end in ctx.trigger_pos \
            or any(kind == "next" and set(w.forms) & words for kind, words in rule.needs):
        return None  # الذي أطلق النار: the weapon the trigger needs is no party
    if _name_at(ctx, end) is not None:
        return _name_at(ctx, end)
    return noun_phrase(ctx, end, chi) if _count(ctx, end) or w.proclitics == "ال" else None


def _name_at(ctx: Context, x: int) -> Actor | None:
    """The person's or organization's name that opens at word ``x`` with no proclitic (أرتورو فيدال), else None."""
    if ctx.words[x].proclitics:
        return None
    ent = next((e for e in ctx.entities if e.start == ctx.starts[x] and e.type in ("PER", "ORG")), None)
    if ent is None:
        return None
    return Actor(ctx.doc.text[ent.start : ent.end], ent.country, None, Span(ent.start, ent.end))


def _past_place(ctx: Context, x: int, chi: int) -> int:
    """The word after a place named after في between a verb's subject and its object (احتجزت الشرطة في تشيلي
    أرتورو فيدال، قتل الجيش في حلب خمسة مسلحين) when a name, a count or a definite noun opens there, else ``x``."""
    if x + 2 >= chi or ctx.words[x].norm != "في":
        return x
    start = ctx.starts[x + 1]
    place = next((e for e in ctx.entities if e.start == start and e.type == "LOC"), None)
    if place is None and start not in ctx.place_starts:
        return x
    y = ctx.span_words(place.start, place.end)[1] if place is not None else x + 2
    if y >= chi or ctx.punct(y) or ctx.words[y].proclitics not in ("", "ال"):
        return x
    named = _name_at(ctx, y) is not None or _count(ctx, y) or ctx.words[y].proclitics == "ال"
    return y if named else x  # a name, a count or a definite noun; not في سيول بسكين (with a knife)


def _all_of(ctx: Context, x: int, chi: int) -> Actor | None:
    """A quantifier (``@all_of``: جميع، كافة) and the phrase it governs as one addressee (جميع المواطنين، كافة الجهات
    المعنية), else None."""
    if x + 1 >= chi or not _frame_word(ctx, x, "all_of") or ctx.words[x].proclitics or not _open(ctx, x + 1) \
            or _count(ctx, x + 1):
        return None
    inner = _with_adjectives(ctx, phrase(ctx, x + 1, chi), chi)
    if inner is None or inner.span is None:
        return None
    start = ctx.starts[x]
    return Actor(ctx.doc.text[start : inner.span.end], None, None, Span(start, inner.span.end))


def _construct_plural(ctx: Context, x: int) -> bool:
    """Is word ``x`` a participle's plural in its construct form, without the article (منفذي، ممثلي، منسوبي): a
    noun that a genitive follows, not a nisba adjective?"""
    w = ctx.words[x]
    return w.kind == "arabic" and not w.proclitics and w.norm.startswith("م") and w.norm.endswith("ي") \
        and len(w.norm) >= 5


def _with_adjectives(ctx: Context, found: Actor | None, chi: int) -> Actor | None:
    """A definite addressee with the definite adjectives after it that its phrase did not take (الجهات المعنية،
    الأطراف المتناحرة): up to two words with the article alone, no time, trigger or name; then ذات and its definite
    genitive (الجهات ذات العلاقة), and a word of totality (المواطنين جميعا)."""
    if found is None or found.span is None or not found.text.startswith("ال"):
        return found
    y = z = ctx.ix.first_at_or_after(found.span.end)
    while z < min(chi, y + 2) and ctx.words[z].kind == "arabic" and ctx.words[z].proclitics == "ال" \
            and ctx.words[z].norm not in NOT_COMPLEMENTS and z not in ctx.trigger_pos and not ctx.timed(z) \
            and not any(e.start == ctx.starts[z] for e in ctx.entities):
        z += 1
    if z + 1 < chi and ctx.words[z].norm in POSSESSING and ctx.words[z + 1].proclitics == "ال" \
            and z + 1 not in ctx.trigger_pos and not ctx.timed(z + 1):
        z += 2  # الجهات ذات العلاقة، الجهات ذات الصلة: those concerned
    if z < chi and ctx.words[z].norm in TOTALITY:
        z += 1  # المواطنين جميعا
    if z == y:
        return found
    end = ctx.ends[z - 1]
    return replace(found, text=ctx.doc.text[found.span.start : end], span=Span(found.span.start, end))


def asked_after(ctx: Context, found: Actor | None, chi: int) -> bool:
    """Does what is asked follow the phrase (:func:`_asked`), right after it or past a few words of a second
    addressee joined by و or of an adjunct after في or خلال, no mark or trigger among them?"""
    if found is None or found.span is None:
        return False
    y = ctx.ix.first_at_or_after(found.span.end)
    if y < chi and ctx.punct(y) in CLOSE_QUOTES:
        y += 1  # «جميع الأطراف» إلى
    if y >= chi or _asked(ctx, y, chi):
        return y < chi
    w = ctx.words[y]
    joined = w.kind == "arabic" and w.proclitics.startswith("و") and w.norm[1:] not in NOT_TARGETS \
        and w.norm[1:] not in RELATIVES and y not in ctx.trigger_pos
    if not (joined or w.norm in ADJUNCT_OPENERS):
        return False
    for z in range(y + 1, min(chi, y + 1 + ADJUNCT_REACH)):
        if _asked(ctx, z, chi):
            return True  # what is asked may be a trigger itself (بوقف القتال، بالإفراج عن)
        if ctx.punct(z) or z in ctx.trigger_pos:
            return False
    return False


def _asked(ctx: Context, y: int, chi: int) -> bool:
    """Does word ``y`` open what is asked: إلى, or a word opened by ب, or a definite noun opened by ل that names no
    one (بضرورة، إلى الاستعداد، للحضور، للمشاركة; not لحركة طالبان، لهم، لسنوات، للأمم المتحدة)?"""
    if y >= chi:
        return False
    w = ctx.words[y]
    if w.norm in ("الي", "لـ", "علي"):  # حث الوزير الموظفين على
        return True
    if w.kind != "arabic":
        return False
    pro = w.proclitics.lstrip("و")
    if pro[:1] == "ب":
        return True
    stem = w.norm[len(w.proclitics):]
    return pro == "لل" and len(stem) >= 3 and stem not in NOT_LAM and stem not in NOT_TARGETS \
        and not any(e.start == ctx.stem_start(y) for e in ctx.entities)


def cue_speaker(ctx: Context, k: int, rule: TriggerRule, first: int) -> Quote | None:
    """The quote of a demand or a call whose cue is the verb at word ``k``, when the quotes stage resolved its speaker
    to one before the verb while a party follows it at word ``first`` (كما ناشد الأمم المتحدة بإصدار قرار، ودعا
    العشائر إلى ...: the speaker before asks, the party after is asked); else None."""
    if rule.plover not in ADDRESSEE_TYPES or rule.noun or first != k + 1 or ctx.words[k].forms[-1].startswith("م"):
        return None  # not a participle (مطالبا الحكومة بـ): who asks is the subject of the clause before
    start = ctx.starts[k]
    return next((q for q in ctx.quotes if q.cue.start <= start < q.cue.end and q.speaker is not None
                 and q.speaker.end <= q.cue.start), None)


def swallowed(ctx: Context, run: Run | None, target: Run | None, k: int, end: int,
              rule: TriggerRule) -> tuple[Run | None, Run | None]:
    """ودعا الرئيس المواطنين إلى، طالب الوزير المسؤولين بـ: a run right after a verb of demand, accusation or threat
    that is a lone definite agent noun and a definite agent noun after it (read as one actor: المواطنين may be an
    adjective by its form), with what is asked or charged right after the second (``_asked``): the subject, then the
    object; else the two sides as they are."""
    if run is None or target is not None or rule.plover not in SWALLOWING or run.lo != end or len(run.cands) < 2 \
            or not verbal(ctx, k, rule):
        return run, target
    first, second = run.cands[0], run.cands[1]
    if first.hi - first.lo != 1 or first.etype is not None or first.agent is None \
            or not ctx.words[first.lo].proclitics.endswith("ال") or second.lo != first.hi or second.etype is not None \
            or second.agent is None or ctx.words[second.lo].proclitics != "ال" or _adjective_form(ctx, second.lo):
        return run, target
    y = run.hi
    if y >= len(ctx.words) or not _asked(ctx, y, len(ctx.words)):
        return run, target
    return Run([first]), Run(run.cands[1:])


def _adjective_form(ctx: Context, x: int) -> bool:
    """Does word ``x`` end like a nisba adjective (الإيراني، اليمنيين)?"""
    return ctx.words[x].norm.endswith(("ي", "يه", "يين", "يون"))
