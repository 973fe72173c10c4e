"""Targets named by no entity: the party acted upon as a noun phrase of the trigger's clause.

- After a preposition of a target (ضد/على/بحق/مع/تجاه) following the trigger: أطلقوا النار على المصلين،
  اتفاقية مع الشركات الألمانية.
- The victim right after a noun trigger whose genitive is its victim (مقتل رجل، اغتيال موظف، اختطاف ثلاثة
  صحفيين), and the counted victims right after an attack verb and its subject (قتل مسلحون 21 شخصا).
- The object of a verb of aiming (``@aimed`` of ``event_wordsets.tsv``) whose subject is the trigger: هجوم
  انتحاري استهدف مسجدا، استهدف الهجوم حافلة.
- The one who suffered an attack (``@suffered``): تعرضت البريطانية لهجوم، الصحفي تعرض للاختطاف; such an event
  names no attacker unless another rule finds one.

A phrase is the head noun with its genitive chain and adjectives (:func:`marsad.events.candidates.phrase`),
or a count with what it counts (ثلاثة جنود، العشرات من المدنيين); a bare head (قوات، وزير) is no target.
"""

from __future__ import annotations

from marsad.document import Actor, Span
from marsad.events.candidates import NOT_COMPLEMENTS, Run, actor_of, phrase, preposed
from marsad.events.context import ADJUNCT_PREPS, TARGET_PREPS, Context, prep_pronoun
from marsad.events.lexicon import PRONOUNS, TriggerRule

PHRASE_PREPS = frozenset({"ضد", "علي", "بحق", "مع", "تجاه"})
# words after على/مع that open an adverbial, not a target (على الأقل، على الرغم، على خلفية، مع ذلك)
NOT_TARGETS = frozenset({"الاقل", "الرغم", "رغم", "خلفيه", "اثر", "اساس", "اعتبار", "الاطلاق", "مدار", "مستوي",
                         "نحو", "حد", "الفور", "ذلك", "هذا", "هذه", "ان", "انه", "انها", "الصعيد", "صعيد", "طول",
                         "هامش", "راس", "صعيدي", "غرار", "ضوء", "مدي", "وجه", "قدم", "مستويات", "ما", "من", "عن",
                         "عقب", "بعد", "قبل", "اثناء", "حتي", "ليس", "لم", "لن", "قد", "كان", "كانت", "او", "ثم",
                         "اثره", "اثرها", "رفع", "استمرار", "حاله", "نقاط", "مره", "للمره", "انتظار", "نطاق", "اكبر",
                         "كما", "الا", "غير", "اي", "بين", "لدي", "لا", "كل", "جميع", "بعض", "نفسه", "ذاته", "حيث"})
# prepositions of a target for some types only: رفع العقوبات عن طهران، وجهت الاتهامات إلى، مساعدات إلى اللاجئين
# (الإفراج عن المعتقلين، تلقى اتصالا هاتفيا من الملك)
TYPE_PREPS = {"SANCTION": frozenset({"عن"}), "ACCUSE": frozenset({"الي"}), "AID": frozenset({"الي"}),
              "SUPPORT": frozenset({"الي"}), "RETREAT": frozenset({"عن"})}
MODE_PREPS = {"phone": frozenset({"من"})}
VISIT = "042"  # the CAMEO code of a visit: the place after ل is the one visited (زيارته للمنطقة)
GIVING = frozenset({"AID", "SUPPORT"})  # a phrase opened by ل right after the trigger receives it
PHRASE_REACH_AFTER = 6  # words after the trigger where the preposition of a target may stand
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
# the types whose target a preposition may name when no entity does (AGREE: اتفاقية مع الشركات)
PHRASE_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "THREATEN", "REQUEST", "CONSULT", "SUPPORT",
                          "AID", "REJECT", "AGREE", "COOPERATE", "RETREAT"})
COUNT_WORDS = frozenset({"اثنين", "اثنان", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
                         "عشرات", "العشرات", "مئات", "المئات", "الاف", "الف", "عدد", "عددا", "بضعه", "احد", "شخصين",
                         "شخصان",
                         "جنديين", "عشرين", "عشرون", "ثلاثين", "ثلاثون", "اربعين", "اربعون", "خمسين", "خمسون", "ستين",
                         "ستون", "سبعين", "سبعون", "ثمانين", "ثمانون", "تسعين", "تسعون"})
DUALS = frozenset({"شخصين", "شخصان", "جنديين"})  # a count that is its own noun (قتل شخصان ليل أمس)
ABOUT = frozenset({"اكثر", "نحو", "حوالي", "قرابه", "اقل"})  # words before من and a count (أكثر من 30)
FRAME_REACH = 4  # words between a verb of aiming or suffering and the trigger
# the words after which a killing or an arrest is a verbal noun (يتردد في قتل الأطفال، جريمة قتل العقيد)
MASDAR_BEFORE = frozenset({"في", "علي", "عن", "بعد", "قبل", "جريمه", "جرائم", "جواز", "عمليه", "عمليات",
                           "محاوله", "حادثه"})
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
OCCURRED_PREPS = frozenset({"مع", "ضد", "بحق"})  # the party after a verb of taking place (دارت ضد، اندلعت مع)
OPEN_QUOTES = frozenset({"«", '"', "“", "("})
CLOSE_QUOTES = frozenset({"»", '"', "”", ")"})
SUFFERED_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لهن"})  # الهجوم الذي تعرض له: the attack's pronoun
ADVERBS = frozenset({"بشده", "بقوه", "بحزم", "رسميا", "فورا", "كذلك", "بدوره", "بدورها"})  # دانت بشدة قرار
MANNER = frozenset({"بشكل", "بصوره", "بطريقه"})  # a manner and its adjective (قصفوا بشكل عشوائي المدينة)
# what follows ل after an attack's doer and is no party to it: a cause, a benefit, a span of time
NOT_LAM = frozenset({"صالح", "اجل", "ان", "انه", "انها", "مده", "سنوات", "ايام", "ساعات", "اسابيع", "اشهر", "اسباب",
                     "سبب", "دواع", "حساب", "اول", "ثاني", "ثالث"})
TIME_WORDS = frozenset({"امس", "اليوم", "الليله", "مساء", "صباح", "مساءامس", "ظهر", "فجر", "مجددا", "ايضا"})


def _count(ctx: Context, x: int) -> bool:
    w = ctx.words[x]
    return w.kind == "number" or bool(set(w.forms) & COUNT_WORDS)


def _open(ctx: Context, x: int) -> bool:
    """Can word ``x`` open a noun phrase: an Arabic word, no preposition, particle or time word, no proclitic
    but the article?"""
    w = ctx.words[x]
    pro = w.proclitics[:-2] if w.proclitics.endswith("ال") else w.proclitics
    return (w.kind == "arabic" and not pro and w.norm not in PHRASE_PREPS and w.norm not in TARGET_PREPS
            and w.norm not in ADJUNCT_PREPS and w.norm not in NOT_TARGETS and w.norm not in NOT_COMPLEMENTS
            and w.norm not in RELATIVES and x not in ctx.trigger_pos and not prep_pronoun(w.norm))


def noun_phrase(ctx: Context, x: int, chi: int) -> Actor | None:
    """The noun phrase opening at word ``x``: a count and what it counts (ثلاثة جنود، 32 شخصا، العشرات من
    المدنيين), else a head noun with its genitive chain and adjectives."""
    if x >= chi or ctx.timed(x) or ctx.words[x].norm in TIME_WORDS:
        return None  # a time is no party (استشهد أمس)
    if ctx.words[x].norm in ABOUT and x + 2 < chi and ctx.words[x + 1].norm == "من" and _count(ctx, x + 2):
        x += 2  # أكثر من 30 شخصا
    elif ctx.words[x].norm in ABOUT and x + 2 < chi and _count(ctx, x + 1):
        x += 1  # نحو 125 من المسلحين
    quoted = _quoted_count(ctx, x, chi)
    if quoted:  # مقتل «19» من عناصر التنظيم، مقتل (26) شخصا: a count between quote marks
        y = x + 4 if ctx.words[x + 3].norm == "من" else x + 3
        counted = phrase(ctx, y, chi) if _open(ctx, y) else None
        if counted is None or counted.span is None:
            return None
        start = ctx.starts[x]
        return Actor(ctx.doc.text[start : counted.span.end], None, None, Span(start, counted.span.end))
    if _count(ctx, x) and ctx.words[x].norm not in DUALS:
        y = x + 1
        if y < chi and ctx.words[y].norm == "من":
            y += 1
        elif y < chi and ctx.words[x].kind == "number" and ctx.words[y].norm.startswith("ال"):
            return None  # اللواء 22 التابع: a unit's number, no count (what a numeral counts is indefinite)
        if y < chi and y in ctx.trigger_pos and _frame_word(ctx, y, "casualty") and not _harmed(ctx, y):
            start = ctx.stem_start(x) if ctx.words[x].kind == "arabic" else ctx.starts[x]
            return Actor(ctx.doc.text[start : ctx.ends[y]], None, None, Span(start, ctx.ends[y]))  # 20 قتيلا
        if y >= chi or not _open(ctx, y) or _count(ctx, y):
            return None if ctx.words[x].kind == "number" else phrase(ctx, x, chi) if _open(ctx, x) else None
        counted = phrase(ctx, y, chi)
        if counted is None or counted.span is None:
            return None
        start = ctx.stem_start(x) if ctx.words[x].kind == "arabic" else ctx.starts[x]
        return Actor(ctx.doc.text[start : counted.span.end], None, None, Span(start, counted.span.end))
    return phrase(ctx, x, chi) if _open(ctx, x) else None


def _about(ctx: Context, x: int, chi: int) -> bool:
    """Does word ``x`` open an approximate count (أكثر من 100، نحو 20)?"""
    return ctx.words[x].norm in ABOUT and x + 2 < chi and (_count(ctx, x + 1) or (ctx.words[x + 1].norm == "من"
                                                                                and _count(ctx, x + 2)))


def _quoted_count(ctx: Context, x: int, chi: int) -> bool:
    """Does word ``x`` open a number between quote marks followed by من or what it counts («19» من عناصر،
    (26) شخصا)?"""
    return (x + 3 < chi and ctx.punct(x) in OPEN_QUOTES and ctx.words[x + 1].kind == "number"
            and ctx.punct(x + 2) in CLOSE_QUOTES
            and (ctx.words[x + 3].norm == "من" or (_open(ctx, x + 3) and not _count(ctx, x + 3))))


def _frame_word(ctx: Context, x: int, name: str) -> bool:
    return bool(set(ctx.words[x].forms) & ctx.lex.wordsets.get(name, frozenset()))


def suffered(ctx: Context, runs: list[Run], k: int, clo: int) -> tuple[bool, Run | Actor | None]:
    """تعرضت البريطانية لهجوم: is the trigger (opened by ل) the complement of a verb of suffering, and who
    suffered it: a run or a phrase between the verb and the trigger, else the one right before the verb."""
    if "ل" not in ctx.words[k].proclitics:
        return False, None
    for v in range(k - 1, max(clo, k - FRAME_REACH) - 1, -1):
        if ctx.punct(v):
            break
        if not _frame_word(ctx, v, "suffered"):
            continue
        inside = next((r for r in runs if r.lo > v and r.hi <= k), None)
        if inside is not None:
            return True, inside
        if v + 1 < k:
            return True, noun_phrase(ctx, v + 1, k)
        if ctx.words[v].norm.endswith(("ه", "ها", "هم")):
            return True, None  # وقت تعرضه للهجوم: the pronoun suffered it
        before = next((r for r in reversed(runs) if r.hi == v and not preposed(ctx, r.cands[0])), None)
        if before is not None or v == clo or ctx.punct(v - 1):
            return True, before
        return True, _subject_phrase(ctx, v - 1, v)
    return False, None


def suffered_after(ctx: Context, runs: list[Run], end: int, chi: int) -> Run | Actor | None:
    """الهجوم الذي تعرض له نجلها، العملية التي تعرضت لها بلدة سروج: who suffered the attack, after a relative,
    a verb of suffering and its pronoun (له، لها، لهم)."""
    x = end
    while x < min(chi, end + 2) and _adjective(ctx, x) and ctx.words[x].norm not in RELATIVES:
        x += 1  # العملية الإرهابية التي
    if x + 3 >= chi or ctx.words[x].norm not in RELATIVES or not _frame_word(ctx, x + 1, "suffered") \
            or ctx.words[x + 2].norm not in SUFFERED_PRONOUNS:
        return None
    return _side(ctx, runs, x + 3, chi)


def _subject_phrase(ctx: Context, x: int, stop: int) -> Actor | None:
    """The phrase ending at word ``x``, right before a verb at ``stop`` (الطفل الصغير تعرض), from its head:
    back over the adjectives with the article."""
    head = x
    while head > 0 and x - head < 2 and ctx.words[head].norm.startswith("ال") \
            and ctx.words[head].norm.endswith(("ي", "يه")) and ctx.words[head - 1].norm.startswith("ال") \
            and not ctx.punct(head - 1):
        head -= 1
    return noun_phrase(ctx, head, stop)


def _suffixed(ctx: Context, k: int) -> bool:
    """Does the trigger word end in an attached pronoun, its genitive or object (مقتله، اتهمه)?"""
    w = ctx.words[k]
    return any(f.endswith(p) and f[: -len(p)] in ctx.lex.triggers for f in w.forms for p in PRONOUNS)


def verbal(ctx: Context, k: int, rule: TriggerRule) -> bool:
    """Is the trigger word a verb, not a noun (a masdar: اجتماع، اعتقال، زيارة، تهديد; a definite or feminine
    noun)? By its form: no article (but التقى), no feminine or plural ending, no long vowel before its last
    letter, no attached pronoun."""
    if rule.noun or _suffixed(ctx, k):
        return False
    stem = ctx.words[k].forms[-1]
    if stem.startswith("ال") and not stem.startswith("التق"):
        return False
    if len(stem) >= 5 and stem[-1] == "ا" and stem[-3] in "اي":
        return False  # an accusative noun (تحقيقا، اجتماعا): a long vowel before the letter before its alif
    return not (stem.endswith(("ه", "ات", "اء")) or (len(stem) >= 4 and stem[-2] in "اي"))


def masdar(ctx: Context, k: int, rule: TriggerRule) -> bool:
    """Is the trigger a killing, a kidnapping or an arrest (a row with a victim) opened by ب or ل without the
    article, or after a preposition or a noun of crime (بقتل الأطفال، باعتقال فتاتين، في قتل الأطفال، جريمة قتل
    العقيد): a verbal noun whose genitive is the one acted upon, not the actor (بقصف المتمردين is the rebels'
    shelling)?"""
    if not (rule.genitive_target or rule.passive) or _suffixed(ctx, k) or ctx.words[k].proclitics.endswith("ال"):
        return False
    pro = ctx.words[k].proclitics.lstrip("وف")
    return pro in ("ب", "ل") or (not pro and k > 0 and ctx.words[k - 1].norm in MASDAR_BEFORE)


def definite(ctx: Context, end: int) -> bool:
    """Does the trigger ending before word ``end`` carry the article (الاعتقال: no genitive follows it, what
    follows is its adjective: مذكرة التوقيف الدولية)?"""
    return ctx.words[end - 1].proclitics.endswith("ال")


def _adjective(ctx: Context, x: int) -> bool:
    """Does word ``x`` end like a nisba adjective (not in ى: مستشفى، مبنى)?"""
    return ctx.words[x].kind == "arabic" and ctx.words[x].norm.endswith(("ي", "يه", "يا")) \
        and not ctx.doc.text[ctx.starts[x] : ctx.ends[x]].endswith("ى")


def aimed(ctx: Context, runs: list[Run], k: int, end: int, chi: int) -> Run | Actor | None:
    """هجوم انتحاري استهدف مسجدا / استهدف الهجوم حافلة: the object of a verb of aiming whose subject is the
    trigger (a run of the clause if one stands there, else a noun phrase)."""
    obj = -1
    for v in range(max(0, k - 2), k):  # the verb before its subject, the trigger
        if _frame_word(ctx, v, "aimed") and not any(ctx.punct(x) for x in range(v, k)):
            obj = end
    if obj < 0:
        x, aside = end, False
        while x < min(chi, end + FRAME_REACH) and not ctx.punct(x):
            if _frame_word(ctx, x, "aimed"):
                # not a verb joined by و past a word aside (الانفجارين الأولين واستهدف: the third one's)
                obj = x + 1 if not (aside and ctx.words[x].norm.startswith("و")) else -1
                break
            aside = aside or not (_adjective(ctx, x) or ctx.words[x].norm in RELATIVES)
            if not (_adjective(ctx, x) or ctx.words[x].norm in RELATIVES or _aside(ctx, x)):
                break
            x += 1
    if obj < 0:
        return None
    while obj < chi and (_adjective(ctx, obj) or ctx.words[obj].norm in TIME_WORDS) and obj < end + FRAME_REACH \
            and not ctx.words[obj].proclitics:
        obj += 1  # the trigger's adjectives (هجوم انتحاري), an adverb (استهدف أيضا سفينة)
    if obj >= chi or ctx.punct(obj):
        return None
    run = next((r for r in runs if r.lo == obj), None)
    return run if run is not None else noun_phrase(ctx, obj, chi)


def _aside(ctx: Context, x: int) -> bool:
    """May word ``x`` stand between an attack and the verb of aiming whose subject it is: a definite word, or one
    opened by ب or ل and the article, no trigger but the device after ب (الهجوم بالسيارة الملغومة الذي استهدف،
    هجوما للمقاومة الشعبية استهدف، العمل الإرهابي الدنيء الذي استهدف)?"""
    w = ctx.words[x]
    return w.kind == "arabic" and w.proclitics in ("ال", "بال", "لل") and not ctx.timed(x) \
        and (x not in ctx.trigger_pos or w.proclitics == "بال") and w.norm not in NOT_TARGETS  # بالسيارة المفخخة


def target_phrase(ctx: Context, k: int, end: int, chi: int, actor: Run | None, rule: TriggerRule) -> Actor | None:
    """A target named by no entity: the victim right after a noun trigger (مقتل رجل) or its own preposition (القبض
    على الجاني), else the noun phrase after ضد/على/بحق/مع following the trigger in its clause (أطلقوا النار على
    المصلين), else the counted victims right after an attack (قتل 21 شخصا); a verb's object is ``verb_object``'s."""
    if rule.plover not in PHRASE_TYPES:
        return None
    first = max(end, actor.hi if actor is not None else end)
    counted = _count_of(ctx, k, end) if rule.genitive_target else None
    if counted is not None:  # أوقع ثلاثين قتيلا: the dead it counts
        return counted
    if rule.passive and actor is None:
        victims = _counted_before(ctx, k)
        if victims is not None:  # 18 شخصا قتلوا: were killed
            return victims
    genitive = (rule.genitive_target and rule.noun) or masdar(ctx, k, rule)
    if genitive and first == end and not _suffixed(ctx, k) and not definite(ctx, end):
        # مقتل وجرح عدد من العناصر: the victims after a second casualty noun
        two = end + 1 < chi and (_frame_word(ctx, end, "casualty") or _harmed(ctx, end))
        victim = noun_phrase(ctx, end + 1 if two else end, chi)
        if victim is not None:
            return victim
    if end - k > 1 and first == end and ctx.words[end - 1].norm in PHRASE_PREPS and end < chi:
        return noun_phrase(ctx, end, chi)  # القبض على الجاني: the trigger phrase ends in its preposition
    lam = _lam_object(ctx, k, end, chi, actor, rule) or _owned_lam(ctx, k, end, chi, rule)
    if lam is not None:  # قصف الطائرات التركية لمواقع الحزب: the object after the genitive doer, opened by ل
        return lam
    occurred = False
    reach = end + PHRASE_REACH_AFTER
    if any(ctx.words[x].norm in RELATIVES for x in range(end, min(chi, end + 2))):
        reach += 2  # القصف الجوي الذي يشنه الجيش العراقي على مواقع التنظيم: the relative clause tells the aim
    for x in range(first, min(chi, reach)):
        if _frame_word(ctx, x, "occurred"):
            occurred = True  # اشتباكات اندلعت مع عناصر التنظيم: a verb that tells the event took place
            continue
        if _stops(ctx, x, first, chi, rule):
            break
        w = ctx.words[x]
        if (rule.plover in GIVING or rule.cameo == VISIT) and x <= first + 1 and w.kind == "arabic" \
                and not _open(ctx, x) \
                and w.proclitics.lstrip("وف") in (("لل", "لال") if rule.cameo == VISIT else ("ل", "لل", "لال")) \
                and w.norm not in NOT_TARGETS and w.norm.removeprefix("لل") not in NOT_TARGETS:  # not زيارته لأداء
            # العمرة: what for; not للمرة الأولى
            return phrase(ctx, x, chi)  # مساعدات للاجئين السوريين: who receives it; زيارته للمنطقة: what is visited
        if rule.mode == "phone" and x <= first + 1 and w.proclitics.lstrip("وف") in ("ب", "بال") \
                and w.kind == "arabic" and w.norm not in NOT_TARGETS:
            return phrase(ctx, x, chi)  # اتصالا هاتفيا بالرئيس المصري: who was called
        if (w.norm in PHRASE_PREPS or w.norm in TYPE_PREPS.get(rule.plover, ())
                or w.norm in MODE_PREPS.get(rule.mode or "", ())) and x + 1 < chi \
                and ctx.words[x + 1].norm not in NOT_TARGETS:
            if occurred and ctx.words[x].norm not in OCCURRED_PREPS:
                break  # وقعت على الحدود: where it took place
            return noun_phrase(ctx, x + 1, chi) if _count(ctx, x + 1) else phrase(ctx, x + 1, chi)
    object_next = first == end or (actor is not None and actor.lo >= end)  # trigger or verb + subject, then object
    if rule.plover in VICTIM_TYPES and first + 1 < chi and object_next and _count(ctx, first):
        return noun_phrase(ctx, first, chi)
    if rule.plover in VICTIM_TYPES and actor is None and verbal(ctx, k, rule):
        counted = _counted_after_subject(ctx, end, chi)
        if counted is not None:  # وقتل الخاطفون أربعة من الرهائن: verb, an unnamed subject, the counted victims
            return counted
    return None


def _stops(ctx: Context, x: int, first: int, chi: int, rule: TriggerRule) -> bool:
    """Does word ``x`` end the search for a preposition of a target: a mark, or another trigger (مقتل ... في قصف على
    المدينة: على is the shelling's)? A time word that may open a trigger (اليوم, as يوم of يوم الغضب) is passed over
    right after the trigger, and then only a preposition of a target or more time may follow it (اتصالا هاتفيا اليوم
    من الملك; not زار المهرجان مساء يوم السبت واطلع على فعالياته)."""
    if ctx.punct(x) or _charge_direction(ctx, x, first, rule):
        return True
    if x not in ctx.trigger_pos:
        return False
    if not all(ctx.timed(y) or ctx.words[y].norm in TIME_WORDS for y in range(first, x + 1)):
        return True
    nxt = ctx.words[x + 1].norm if x + 1 < chi else ""
    return not (x + 1 < chi and ctx.timed(x + 1)) and nxt not in PHRASE_PREPS \
        and nxt not in MODE_PREPS.get(rule.mode or "", ()) and nxt not in TYPE_PREPS.get(rule.plover, ())


def _charge_direction(ctx: Context, x: int, first: int, rule: TriggerRule) -> bool:
    """Is word ``x`` an إلى after the charge of an accusation (اتهمه بتهريب أسلحة إلى أراضيها، بالتسلل إلى، بالسعي
    إلى): where the charged act goes, not who is accused?"""
    return rule.plover == "ACCUSE" and ctx.words[x].norm == "الي" and any(
        ctx.words[y].kind == "arabic" and ctx.words[y].proclitics.lstrip("وف").startswith("ب") for y in range(first, x))


def _lam_object(ctx: Context, k: int, end: int, chi: int, actor: Run | None, rule: TriggerRule) -> Actor | None:
    """قصف الطائرات التركية لمواقع الحزب، اقتحام قوات الاحتلال للمسجد: what an attack or an arrest told by its
    verbal noun and its genitive doer acts upon, opened by ل right after the doer; not a time, a pronoun, a cause
    or a purpose (لسنوات، لها، لأن، لصالح، لإعاقة، لتنفيذ)."""
    if rule.plover not in VICTIM_TYPES or actor is None or definite(ctx, end) or _suffixed(ctx, k) \
            or not (actor.lo == end or (actor.lo == end + 1 and _open(ctx, end) and not _count(ctx, end))):
        return None
    x = _after(ctx, actor)
    if x >= chi or ctx.words[x].kind != "arabic" or ctx.timed(x) or x in ctx.trigger_pos:
        return None
    w = ctx.words[x]
    pro = w.proclitics.lstrip("وف")
    stem = w.norm[len(w.proclitics):]
    if pro not in ("ل", "لل", "لال") or len(stem) < 3 or stem in NOT_TARGETS or stem in NOT_LAM \
            or (pro == "ل" and stem.startswith(("ت", "ا"))):
        return None
    return phrase(ctx, x, chi)


def _owned_lam(ctx: Context, k: int, end: int, chi: int, rule: TriggerRule) -> Actor | None:
    """قصفها للأحياء السكنية، استهدافهم للمدنيين: what an attack told by its verbal noun with its doer's pronoun
    attached acts upon, a definite phrase opened by ل right after it."""
    if rule.plover not in VICTIM_TYPES or end >= chi or not _suffixed(ctx, k) or ctx.words[k].proclitics.endswith("ال"):
        return None
    w = ctx.words[end]
    stem = w.norm[len(w.proclitics):]
    if w.kind != "arabic" or w.proclitics.lstrip("وف") != "لل" or len(stem) < 3 or stem in NOT_TARGETS \
            or stem in NOT_LAM or ctx.timed(end) or end in ctx.trigger_pos:
        return None
    return phrase(ctx, end, chi)


def _counted_after_subject(ctx: Context, end: int, chi: int) -> Actor | None:
    """A count and what it counts after a verb and its subject of one or two words (قتل المسلحون خمسة جنود،
    قتل الخاطفون أربعة من الرهائن); the subject is a definite noun with no preposition."""
    if end >= chi or not _open(ctx, end) or _count(ctx, end) or not ctx.words[end].norm.startswith("ال"):
        return None
    for x in range(end + 1, min(chi, end + 3)):
        if ctx.punct(x):
            return None
        if _count(ctx, x) or ctx.words[x].norm in ABOUT:
            return noun_phrase(ctx, x, chi)
        if not _adjective(ctx, x):
            return None
    return None


def _count_of(ctx: Context, k: int, end: int) -> Actor | None:
    """The dead a casualty noun counts, with the count before it (ثلاثين قتيلا، 120 قتيلا، (22) قتيلا); not
    عدد القتلى."""
    if not _frame_word(ctx, k, "casualty") or _harmed(ctx, k) or k < 1 or ctx.words[k].proclitics:
        return None  # a casualty noun, not a verbal noun (عام 2012 استشهاد اثنين)
    x = k - 1
    if x >= 2 and ctx.punct(x) in CLOSE_QUOTES and ctx.words[x - 1].kind == "number" \
            and ctx.punct(x - 2) in OPEN_QUOTES:
        x -= 2
    elif not _count(ctx, x) or ctx.words[x].norm in ("عدد", "عددا") or ctx.words[x].proclitics \
            or (ctx.words[x].kind == "number" and len(ctx.words[x].norm) == 4):
        return None  # not a year
    start = ctx.starts[x]
    return Actor(ctx.doc.text[start : ctx.ends[end - 1]], None, None, Span(start, ctx.ends[end - 1]))


def _counted_before(ctx: Context, k: int) -> Actor | None:
    """A count and what it counts right before a verb (18 شخصا قتلوا، ثلاثة جنود قتلوا)."""
    if k < 2 or not _count(ctx, k - 2) or not _open(ctx, k - 1) or _count(ctx, k - 1):
        return None
    found = noun_phrase(ctx, k - 2, k)
    return found if found is not None and found.span is not None and found.span.end == ctx.ends[k - 1] else None


def _side(ctx: Context, runs: list[Run], x: int, chi: int) -> Run | Actor | None:
    """The party opening at word ``x``: the run of names starting there, else its noun phrase (with the
    conjunction و of a second side aside)."""
    run = next((r for r in runs if r.lo == x), None)
    if run is not None:
        return run
    w = ctx.words[x]
    if w.proclitics in ("و", "وال"):
        found = phrase(ctx, x, chi) if w.kind == "arabic" and w.norm[1:] not in NOT_TARGETS else None
    else:
        found = noun_phrase(ctx, x, chi)
    if found is None or found.span is None:
        return None
    y = ctx.ix.first_at_or_after(found.span.end)
    named = next((r for r in runs if r.lo == y and not preposed(ctx, r.cands[0])), None)
    if named is not None and y == x + 1 and not ctx.words[x].norm.startswith(("ال", "وال")):
        stop = ctx.ends[named.hi - 1]  # جماعة بوكو حرام: a head noun and the name it governs
        return Actor(ctx.doc.text[found.span.start : stop], named.country, None, Span(found.span.start, stop))
    return found


def _after(ctx: Context, side: Run | Actor) -> int:
    """The word after a side (a run's phrase: الجيش المالي)."""
    if isinstance(side, Run):
        span = actor_of(ctx, side).span
        return side.hi if span is None else max(side.hi, ctx.ix.first_at_or_after(span.end))
    assert side.span is not None
    return ctx.ix.first_at_or_after(side.span.end)


def _harmed(ctx: Context, x: int) -> bool:
    return _frame_word(ctx, x, "harmed")


def partitive(ctx: Context, run: Run) -> bool:
    """Does the run, with its head (تنظيم داعش), close the victims of a trigger before it, a count and what it counts
    then من (بمقتل 33 مسلحا من تنظيم داعش بانفجار سيارة، إصابة العشرات من الحوثيين في غارة): they belong to it, they
    do not act in what follows?"""
    span = actor_of(ctx, run).span
    s = ctx.ix.first_at_or_after(span.start) if span is not None else run.lo
    if s >= 4 and ctx.words[s - 1].kind == "arabic" and not ctx.words[s - 1].proclitics.strip("ال") \
            and ctx.words[s - 2].norm == "من":
        s -= 1  # a head the run leaves out (من تنظيم داعش)
    if s < 3 or ctx.words[s - 1].norm != "من":
        return False
    counted = [x for x in range(max(0, s - 4), s - 1) if _count(ctx, x)]
    return bool(counted) and any(x in ctx.trigger_pos for x in range(max(0, counted[0] - 2), counted[0]))
