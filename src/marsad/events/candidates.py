"""Actor candidates of a sentence and the runs they form.

Candidates are PER/ORG entities, country mentions (names, capitals, nisba adjectives: the ``countries``
layer), LOC entities that are countries, and agent nouns of ``agents.tsv`` (الشرطة، المتظاهرين، الحكومة), an
agent noun followed by a nisba or by its genitive agent noun becoming one actor (الشرطة السودانية → SDN police;
وزير الخارجية الإيراني). Adjacent candidates form
one run, one actor (الرئيس الروسي فلاديمير بوتين); a run opened by the conjunction و is the coordinated
partner of the run before it (موسكو وواشنطن).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import pairwise

from marsad.document import Actor, Span
from marsad.events.context import ADJUNCT_PREPS, COUNTERPART, TARGET_PREPS, Context, between
from marsad.events.lexicon import AGENT
from marsad.text.normalize import fold

RANK = {"PER": 0, "ORG": 1}


@dataclass
class Cand:
    lo: int  # word range [lo, hi)
    hi: int
    start: int  # char offset where the mention starts (after a proclitic و/ف/ب/ل inside its first word)
    country: str | None
    agent: str | None
    etype: str | None  # PER | ORG | LOC | None (country mention or agent noun)


@dataclass
class Run:
    cands: list[Cand]
    partner: Run | None = None
    lead: int = -1  # a word before the run that opens its phrase (نظيره الروسي), -1 for none

    @property
    def lo(self) -> int:
        return self.cands[0].lo

    @property
    def hi(self) -> int:
        return self.cands[-1].hi

    @property
    def country(self) -> str | None:
        return next((c.country for c in self.cands if c.country), None)


def conj(ctx: Context, c: Cand) -> bool:
    """Is the mention coordinated by a conjunction و (وموسكو، والولايات المتحدة)?"""
    if ctx.words[c.lo].proclitics.startswith("و"):
        return True
    w_start = ctx.starts[c.lo]
    return c.start > w_start and ctx.doc.text[w_start] == "و"


def agent_at(ctx: Context, k: int, hi: int) -> tuple[int, str] | None:
    """The end and agent of the ``agents.tsv`` phrase starting at word ``k`` (before ``hi``), if any."""
    w = ctx.words[k]
    if w.kind != "arabic" or not ctx.lex.flags(w.forms) & AGENT:
        return None
    for form in w.forms:
        for rule in ctx.lex.agents.get(form, ()):
            n = len(rule.words)
            if k + n <= hi and all(rule.words[m] in ctx.words[k + m].forms for m in range(1, n)):
                return k + n, rule.agent
    return None


def role_agent(ctx: Context, role: str | None) -> str | None:
    if not role:
        return None
    for form in role.split()[:1]:
        for v in (fold(form), fold(form)[2:]):
            for rule in ctx.lex.agents.get(v, ()):
                return rule.agent
    return None


class _Taken:
    """The candidates found so far in the word range [lo, hi) and the words they cover."""

    def __init__(self, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi
        self.mask = [False] * (hi - lo)
        self.cands: list[Cand] = []

    def free(self, a: int, b: int) -> bool:
        return not (b <= a or any(self.mask[x - self.lo] for x in range(a, min(b, self.hi))))

    def add(self, c: Cand) -> None:
        self.cands.append(c)
        for x in range(c.lo, c.hi):
            self.mask[x - self.lo] = True


def _entity_cands(ctx: Context, taken: _Taken, start: int, end: int) -> None:
    triggers = set(between(ctx.trigger_pos, taken.lo, taken.hi))
    for e in ctx.entities:
        if e.start >= end:
            break
        if e.start < start or e.type not in ("PER", "ORG", "LOC"):
            continue
        a, b = ctx.span_words(e.start, e.end)
        if not taken.free(a, b) or (b - a == 1 and a in triggers):
            continue  # a one-word name that is a trigger word (الاتفاق: the agreement, not the club) acts not
        country = e.country or ctx.country_at(e.start, e.end)
        if e.type == "LOC" and ctx.country_at(e.start, e.end) is None:
            continue
        found = agent_at(ctx, a, b)
        agent = found[1] if found else role_agent(ctx, e.role)
        taken.add(Cand(a, min(b, taken.hi), e.start, country, agent, e.type))


def _country_cands(ctx: Context, taken: _Taken, start: int, end: int) -> None:
    for s, e2, c in ctx.countries:
        if s >= end:
            break
        if s < start:
            continue
        a, b = ctx.span_words(s, e2)
        if not taken.free(a, b):
            continue
        taken.add(Cand(a, min(b, taken.hi), s, str(c), None, None))


def _agent_cands(ctx: Context, taken: _Taken) -> None:
    lo, hi = taken.lo, taken.hi
    nxt = lo
    for k in between(ctx.agent_pos, lo, hi):
        if k < nxt or taken.mask[k - lo]:
            continue
        found = agent_at(ctx, k, hi)
        if found is None:
            continue
        b, agent = found
        taken.add(Cand(k, b, ctx.stem_start(k), None, agent, None))
        nxt = b


def candidates(ctx: Context, lo: int, hi: int) -> list[Cand]:
    """The actor candidates of the word range [lo, hi), in text order."""
    start, end = ctx.starts[lo], ctx.ends[hi - 1]
    taken = _Taken(lo, hi)
    _entity_cands(ctx, taken, start, end)
    _country_cands(ctx, taken, start, end)
    _agent_cands(ctx, taken)
    cands = taken.cands
    cands.sort(key=lambda c: c.lo)
    # an agent noun followed by a nisba/country: one actor (الشرطة السودانية، متظاهرون فلسطينيون)
    merged: list[Cand] = []
    for c in cands:
        if (
            merged
            and merged[-1].etype is None
            and merged[-1].agent
            and merged[-1].country is None
            and c.etype is None
            and (c.agent is None or c.lo == merged[-1].hi)
            and c.lo - merged[-1].hi <= 1
            and not conj(ctx, c)
            and not (c.agent and ctx.words[merged[-1].hi - 1].proclitics.endswith("ال"))  # الوزير البرلمان: no genitive
        ):
            # ... and an agent noun's genitive agent noun: وزير + الخارجية الإيراني, one actor of Iran
            last = merged[-1]
            merged[-1] = Cand(last.lo, c.hi, last.start, c.country, last.agent, None)
        else:
            merged.append(c)
    return merged


def preposed(ctx: Context, c: Cand) -> bool:
    """Does a preposition (ب، ل، ك) open the mention (مواقع للمعارضة: a complement, not the same actor)?"""
    pro = ctx.words[c.lo].proclitics
    pro = pro[:-2] if pro.endswith("ال") else pro
    return any(ch in "بلك" for ch in pro)


# مصادر إن الحوثيين: two clauses; السلطات المدعو فلان: the one named after المدعو is another party
GAP_BREAKS = frozenset({"ان", "انه", "انها", "بان", "الذي", "التي", "الذين", "المدعو", "المدعوه"})


def _gap_breaks(ctx: Context, a: int, b: int) -> bool:
    """Does a word between two candidates part them: a mark, a preposition, a conjunction of clauses or a trigger
    (الوزير اتهام جبهة النصرة)?"""
    return any(ctx.punct(x) or ctx.words[x].norm in ADJUNCT_PREPS or ctx.words[x].norm in TARGET_PREPS
               or ctx.words[x].norm in COUNTERPART or ctx.words[x].norm in GAP_BREAKS
               or x in between_set(ctx.trigger_pos, a, b) for x in range(a, b))


def between_set(positions: list[int], a: int, b: int) -> set[int]:
    return set(between(positions, a, b))


def _object_after_name(ctx: Context, last: Cand, c: Cand) -> bool:
    """Is ``c`` a country or place named (not a nisba) right after a person's or an organization's name, which
    ends there (اتهمت منظمة هيومن رايتس ووتش إسرائيل: the subject, then the object)?"""
    return last.etype in RANK and c.etype in (None, "LOC") and c.agent is None and c.start in ctx.place_starts


def _place_after_definite(ctx: Context, last: Cand, c: Cand) -> bool:
    """Is ``c`` a country or place named (not a nisba) right after a definite agent noun, which takes no genitive
    (وطالب الوزير إيران: the subject, then the object; not رئيس مصر)?"""
    return last.etype is None and last.agent is not None and c.etype in (None, "LOC") and c.agent is None \
        and c.lo == last.hi and c.start in ctx.place_starts and not preposed(ctx, c) \
        and ctx.words[last.hi - 1].proclitics.endswith("ال")


def _definite_agents(ctx: Context, last: Cand, c: Cand) -> bool:
    """Are ``last`` and ``c`` two agent nouns, the first with the article (وطالب الوزير البرلمان، التقى الأمير الوزير
    الأردني: a definite noun takes no genitive, they are the subject and the object)?"""
    noun = ctx.words[c.lo].norm
    return last.etype is None and c.etype is None and last.country is None \
        and (c.country is None or c.hi - c.lo > 1) and bool(last.agent and c.agent) and last.hi - last.lo == 1 \
        and ctx.words[last.lo].proclitics.endswith("ال") \
        and not (noun.startswith("الم") and noun.endswith(("ين", "ون", "ه")))  # الجنود المتمردين: an adjective


def _group_after_name(ctx: Context, last: Cand, c: Cand) -> bool:
    """Is ``c`` a definite group noun of ``agents.tsv`` (the article alone before it) right after a person's or an
    organization's name, which ends there (دعا أوهورو كينياتا الفصائل إلى، اتهمت حماس الحكومة بـ: the subject, then
    the object)?"""
    w = ctx.words[c.lo]
    return last.etype in RANK and c.etype is None and c.agent is not None and c.lo == last.hi \
        and w.proclitics == "ال" and any(r.kind == "group" for f in w.forms for r in ctx.lex.agents.get(f, ()))


def _title_of_next(ctx: Context, last: Run, c: Cand) -> bool:
    """Does the run end in a lone definite title that belongs to the name ``c`` of another country right after it
    (استقبل الرئيس الفرنسي الملك عبدالله الثاني: the president, then the king)?"""
    t = last.cands[-1]
    return len(last.cands) > 1 and t.hi == c.lo and t.hi - t.lo == 1 and t.etype is None and t.country is None \
        and t.agent is not None and ctx.words[t.lo].proclitics.endswith("ال") and not conj(ctx, t) \
        and c.etype == "PER" and bool(c.country and last.country and c.country != last.country)


def runs(ctx: Context, cands: list[Cand]) -> list[Run]:
    """Adjacent candidates as one run each; a run opened by و is the partner of the run before it."""
    out: list[Run] = []
    for c in cands:
        last = out[-1] if out else None
        if (
            last is not None
            and c.lo - last.hi <= 1
            and not conj(ctx, c)
            and not (c.lo > last.hi and (preposed(ctx, c) or (c.etype is None and c.country is None)))
            and not _gap_breaks(ctx, last.hi, c.lo)
            and not (c.country and last.country and c.country != last.country)
            and not _object_after_name(ctx, last.cands[-1], c)
            and not _definite_agents(ctx, last.cands[-1], c)
            and not _place_after_definite(ctx, last.cands[-1], c)
            and not _group_after_name(ctx, last.cands[-1], c)
        ):
            out[-1].cands.append(c)
        elif last is not None and _title_of_next(ctx, last, c):
            out.append(Run([last.cands.pop(), c]))  # الرئيس الفرنسي | الملك عبدالله الثاني: the title is the king's
        else:
            out.append(Run([c]))
    for a, b in pairwise(out):
        if b.lo - a.hi <= 1 and conj(ctx, b.cands[0]):
            a.partner = b
    return out


def known(ctx: Context) -> dict[str, str]:
    """Countries of PER/ORG names learnt from the article (الرئيس الروسي فلاديمير بوتين → بوتين: RUS)."""
    if ctx.known is None:
        ctx.known = _learn_countries(ctx)
    return ctx.known


def _learn_countries(ctx: Context) -> dict[str, str]:
    found: dict[str, str] = {}
    unknown = [e for e in ctx.entities if e.type in RANK and not e.country]
    if not unknown or not ctx.countries:
        return found  # the entity layer already tells the country of every name
    starts = sorted(e.start for e in unknown)
    for lo, hi in ctx.ix.sentence_ranges:
        # only sentences that hold a name without a country and a country mention can teach one
        a, b = ctx.starts[lo], ctx.ends[hi - 1]
        i = bisect_left(starts, a)
        if i == len(starts) or starts[i] >= b:
            continue
        j = bisect_left(ctx.countries, (a,))
        if j == len(ctx.countries) or ctx.countries[j][0] >= b:
            continue
        for run in runs(ctx, candidates(ctx, lo, hi)):
            country = run.country
            if country is None:
                continue
            for c in run.cands:
                if c.etype in RANK:
                    name = ctx.doc.text[c.start : ctx.ends[c.hi - 1]]
                    found.setdefault(name, country)
                    found.setdefault(ctx.doc.text[ctx.starts[c.hi - 1] : ctx.ends[c.hi - 1]], country)
    return found


PHRASE_REACH = 3  # words a head noun's phrase may extend over (قوات الأمن الخاصة)
NOT_COMPLEMENTS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اليوم", "الان", "الماضي", "الجاري",
                             "المقبل", "الاول", "الثاني", "الاخير", "الخميس", "الجمعه", "السبت", "الاحد",
                             "الاثنين", "الثلاثاء", "الاربعاء", "الليله", "الاسبوع", "الشهر", "العام"})


def _phrase_end(ctx: Context, b: int) -> int:
    """The end of the noun phrase whose head ends at word ``b``: the definite words that follow (a genitive
    chain and its adjectives), no conjunction, preposition, trigger or time word among them. A head with the
    article, or a plural or dual with its ن (مسلحون), takes no genitive: only nisba adjectives follow it."""
    limit = min(len(ctx.words), b + PHRASE_REACH)
    trig = set(ctx.trigger_pos[bisect_left(ctx.trigger_pos, b):bisect_left(ctx.trigger_pos, limit)])
    head = ctx.words[b - 1].forms[-1] if b > 0 else ""
    adjectives_only = ctx.words[b - 1].norm.startswith("ال") or head.endswith(("ون", "ين", "ان"))
    while b < limit:
        w = ctx.words[b]
        if w.kind != "arabic" or not w.norm.startswith("ال") or len(w.norm) < 4 or w.norm in NOT_COMPLEMENTS \
                or b in trig or set(w.forms) & ctx.lex.reactions \
                or (adjectives_only and not w.norm.endswith(("ي", "يه", "يين", "يون"))):
            break
        b += 1
    return b


def phrase(ctx: Context, k: int, hi: int) -> Actor | None:
    """The noun phrase opening at word ``k`` (before ``hi``) as an actor without country: a target named by no
    entity (على المصلين، ضد المستوطنات)."""
    if k >= hi or ctx.words[k].kind != "arabic" or k in ctx.trigger_pos:
        return None
    b = min(_phrase_end(ctx, k + 1), hi)
    if b > k + 1 and b < hi:
        b = _named_after(ctx, b, hi)  # جلالة الملك حمد بن عيسى: a title and the name it is
    if b == k + 1 and not ctx.words[k].norm.startswith(("ال", "وال")):
        while b < min(hi, k + PHRASE_REACH) and _indefinite_nisba(ctx, b):
            b += 1  # مواقع عسكرية: an indefinite head and its nisba adjectives
        if b == k + 1 and b < hi:
            b = _named_genitive(ctx, b, hi)  # مواقع تنظيم داعش: the name it governs
    start, end = ctx.stem_start(k), ctx.ends[b - 1]
    return Actor(ctx.doc.text[start:end], None, None, Span(start, end))


def _named_after(ctx: Context, b: int, hi: int) -> int:
    """The end of a person's name opening at word ``b`` right after a phrase ending in a title (جلالة الملك | حمد بن
    عيسى), else ``b``."""
    last = ctx.words[b - 1].forms
    if ctx.words[b].proclitics or not (set(last) & ctx.lex.heads or ctx.lex.flags(last) & AGENT):
        return b
    ent = next((e for e in ctx.entities if e.start == ctx.starts[b] and e.type == "PER"), None)
    return min(hi, ctx.span_words(ent.start, ent.end)[1]) if ent is not None else b


HONORIFIC_REACH = 2  # definite words between a title and the honorific before its holder's name


def titled_name(ctx: Context, title: Actor) -> Actor | None:
    """The name of the one a bare title (or a title read on over an honorific) names, after the title's genitive or
    adjective and an honorific (وزير العمل
    الدكتور مفرج الحقباني، النائب العام المستشار هشام بركات: ``@honorific`` of ``event_wordsets.tsv``), with the
    title's country and agent; None when no name follows so, or when a lone title with the article stands right
    before the honorific (استقبل الوزير الدكتور فلان: the one received)."""
    if title.span is None:
        return None
    lo, y = ctx.span_words(title.span.start, title.span.end)
    honorifics = ctx.lex.wordsets.get("honorific", frozenset())
    if y - lo > 1 and set(ctx.words[y - 1].forms) & honorifics:
        y -= 1  # وزير الصحة الدكتور: the phrase read on over the honorific
    elif not bare(ctx, title):
        return None
    x = y
    while x < min(len(ctx.words) - 1, y + HONORIFIC_REACH) and not set(ctx.words[x].forms) & honorifics \
            and ctx.words[x].kind == "arabic" and ctx.words[x].proclitics == "ال":
        x += 1  # العمل، العام: the title's genitive or adjective
    if x + 1 >= len(ctx.words) or not set(ctx.words[x].forms) & honorifics or ctx.words[x].proclitics != "ال" \
            or (x == y and y - lo == 1 and ctx.words[lo].proclitics.endswith("ال")):
        return None
    ent = next((e for e in ctx.entities if e.start == ctx.starts[x + 1] and e.type == "PER"), None)
    if ent is None:
        return None
    return Actor(ctx.doc.text[ent.start : ent.end], title.country or ent.country, title.agent, Span(ent.start, ent.end))


def _named_genitive(ctx: Context, b: int, hi: int) -> int:
    """The end of a name opening at word ``b`` (or after a head noun there: تنظيم داعش), else ``b``."""
    for x in (b, b + 1):
        if x >= hi or ctx.words[x].kind != "arabic" or ctx.words[x].proclitics or x in ctx.trigger_pos:
            return b
        if x == b + 1 and not set(ctx.words[b].forms) & ctx.lex.heads:
            return b
        ent = next((e for e in ctx.entities if e.start == ctx.starts[x] and e.type in ("PER", "ORG", "LOC")), None)
        if ent is not None:
            return min(hi, ctx.span_words(ent.start, ent.end)[1])
    return b


def _indefinite_nisba(ctx: Context, x: int) -> bool:
    w = ctx.words[x]
    return (w.kind == "arabic" and not w.proclitics and len(w.norm) >= 5 and x not in ctx.trigger_pos
            and w.norm.endswith(("يه", "ي", "يين", "يون")) and w.norm not in NOT_COMPLEMENTS)


def bare(ctx: Context, actor: Actor) -> bool:
    """Is the actor only a head noun of ``event_heads.tsv`` (قوات، الوزارة، رئيس)?"""
    return is_bare(ctx.lex.heads, actor.text)


def is_bare(heads: frozenset[str], text: str) -> bool:
    """Is ``text`` only one of the folded head nouns ``heads``, a proclitic and the article aside?"""
    words = [fold(w) for w in text.split()]
    if not words:
        return False
    rest = words[1:]

    def listed(word: str) -> bool:
        bare_word = word[2:] if word.startswith("ال") and len(word) > 4 else word
        return " ".join([bare_word, *rest]) in heads or " ".join([word, *rest]) in heads

    first = words[0]
    if listed(first):
        return True  # وزير، وزارة: a word that begins like a proclitic
    return first[:1] in ("و", "ف", "ب", "ل") and len(first) > 3 and listed(first[1:])


def _nisba_head(ctx: Context, run: Run) -> int:
    """The noun a lone nisba adjective qualifies (المهندس البريطاني، الوفد الإيراني): the definite word right
    before it, no adjective, trigger, name or mark itself; -1 for none."""
    c = run.cands[0]
    x = c.lo - 1
    if len(run.cands) > 1 or c.etype is not None or c.agent is not None or x < 0 or c.start != ctx.starts[c.lo]:
        return -1
    w, nisba = ctx.words[x], ctx.words[c.lo]
    pro = w.proclitics[:-2] if w.proclitics.endswith("ال") else w.proclitics
    if not (nisba.norm.startswith("ال") and w.kind == "arabic" and w.norm[len(pro):].startswith("ال")) \
            or len(w.norm) - len(pro) < 5 or w.norm.endswith(("ي", "يه")) or x in ctx.trigger_pos \
            or any(e.start <= ctx.starts[x] < e.end for e in ctx.entities) or w.norm in NOT_COMPLEMENTS:
        return -1
    return x


def actor_of(ctx: Context, run: Run) -> Actor:
    """The actor a run names: from its best-ranked name (a person, then an organization) to its end."""
    best = min(run.cands, key=lambda c: RANK.get(c.etype or "", 9))
    first = best if best.etype in RANK else run.cands[0]
    b = best.hi if best.etype in RANK else run.hi
    if best.etype not in RANK and run.cands[-1].agent and run.cands[-1].country is None:
        b = _phrase_end(ctx, b)  # رئيس البلدية، قوات الأمن: the head's genitive and adjectives
    lead = run.lead if run.lead >= 0 else _nisba_head(ctx, run)
    start, end = (first.start if lead < 0 else ctx.stem_start(lead)), ctx.ends[b - 1]
    agent = next((c.agent for c in run.cands if c.agent), None)
    country = run.country or (known(ctx).get(ctx.doc.text[start:end]) if best.etype in RANK else None)
    return Actor(ctx.doc.text[start:end], country, agent, Span(start, end))





def clear_of(text: str, actor: Actor | None, trig: Span) -> Actor | None:
    """The actor without the trigger's words: a name read on into a trigger phrase that follows it ends before it
    (محمد بن نايف بن عبدالعزيز اتصالا هاتفيا); a trigger wholly inside the name may be a word of it (سمير التقي،
    الهيئة العامة للاجتماع) and stays."""
    if actor is None or actor.span is None or not actor.span.start < trig.start < actor.span.end < trig.end:
        return actor
    start = actor.span.start
    end = start + len(text[start : trig.start].rstrip())
    return replace(actor, text=text[start:end], span=Span(start, end)) if end > start else actor
