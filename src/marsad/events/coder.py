"""Code events: PLOVER type and mode, CAMEO code and Goldstein value, actor, target, time.

The cascade, for each sentence:

1. Triggers (:mod:`marsad.events.triggers`): words and phrases of ``event_triggers.tsv``.
2. Actor candidates (:mod:`marsad.events.candidates`): names, country mentions and agent nouns, adjacent ones
   forming one run, one actor.
3. The clause: the quote content the trigger stands in (then the quote's speaker is the fallback actor),
   else the sentence outside quote contents.
4. Actor and target (:mod:`marsad.events.participants`), else the quote speaker, else the agent the trigger
   implies (protesters). A trigger left without an actor codes no event, unless its row says it is certain
   (``unnamed`` column: a bombing, a killing): the event is kept with no actor.
5. Mode: an auxiliary mode of the clause (:func:`marsad.events.factuality.auxiliary_mode`), else the PLOVER
   mode of the rule.
6. Time: the nearest time expression of the clause (dates before durations).
7. Duplicates (same type, participants and mode, compatible times) become one event: the first mention,
   with the time any mention had.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace

from marsad.document import Actor, Document, Event, Quote, Span
from marsad.events.actor_codes import ActorCodes
from marsad.events.anaphora import fold_mentions
from marsad.events.candidates import Cand, Run, actor_of, bare, candidates, clear_of, phrase, runs, titled_name
from marsad.events.condemned import aim_condemnations
from marsad.events.context import Context
from marsad.events.dyads import COUNT_WORDS, VICTIM_TYPES, aimed, suffered, suffered_after, target_phrase
from marsad.events.factuality import REFERENCE, auxiliary_mode, habitual
from marsad.events.figurative import screen
from marsad.events.lexicon import AUX_MODES, EventLexicon, TriggerRule
from marsad.events.merge import merge_duplicates, one_unnamed, telling
from marsad.events.objects import met, more_targets
from marsad.events.participants import (
    TRANSITIVE,
    after_subject,
    clause_opening,
    context_country,
    own_subject,
    participants,
    participle,
    speaker_actor,
    speaker_subject,
)
from marsad.events.pronouns import pronoun_target
from marsad.events.protest import after_since, bystander, mention_mode
from marsad.events.relatives import headline_subject
from marsad.events.sides import BETWEEN_TYPES, apposed, between_sides, harmed_before, victims
from marsad.events.triggers import recode, triggers
from marsad.events.verb_objects import OBJECT_TYPES, cue_speaker, verb_object
from marsad.quotes.lexicon import QuoteLexicon

STATE_FORCES = frozenset({"police", "military", "security"})


class EventCoder:
    def __init__(
        self, doc: Document, lex: EventLexicon, vocab: Mapping[str, int], quote_lex: QuoteLexicon | None = None,
        codes: ActorCodes | None = None,
    ) -> None:
        self.ctx = Context(doc, lex, vocab, quote_lex)
        self.codes = codes

    def _coded(self, actor: Actor | None, trig: Span | None = None) -> Actor | None:
        if trig is not None:
            actor = clear_of(self.ctx.doc.text, actor, trig)
        if actor is None or self.codes is None:
            return actor
        return replace(actor, code=self.codes.code(actor.text, actor.country, actor.agent))

    def _time(self, start: int, end: int, cs: int, ce: int, since: bool = True) -> str | None:
        """The nearest date or time of the clause [cs, ce); not one after منذ unless ``since`` (a protest going
        on since then: منذ اعتقاله العام الماضي)."""
        best: tuple[int, int, str] | None = None
        for t in self.ctx.times:
            if t.start >= ce:
                break
            if t.start < cs or not t.value or t.type not in ("DATE", "TIME"):
                continue
            if not since and after_since(self.ctx, t.start):
                continue
            if t.start >= end and self._other_relative(end, t.start):
                continue
            dist = t.start - end if t.start >= end else start - t.end
            key = (0, max(dist, 0), t.value)
            if best is None or key < best:
                best = key
        return best[2] if best else None

    def _other_relative(self, end: int, at: int) -> bool:
        """Does a relative clause of another noun (or of a place: حيث) open between the trigger ending at ``end``
        and a time at ``at`` (معارك تمهد لاستعادة الرمادي التي سيطر عليها مايو الماضي)? Its time is that clause's;
        a relative right after the trigger (الهجوم الإرهابي الذي وقع أمس) tells the trigger's own."""
        relative = self.ctx.lex.wordsets.get("relative", frozenset()) | {"حيث"}
        first = bisect_left(self.ctx.starts, end)
        return any(self.ctx.words[x].norm in relative
                   for x in range(first + OWN_RELATIVE, bisect_left(self.ctx.starts, at)))

    def _named(self, run: Run | None, titled: bool = True) -> Actor | None:
        """The actor a run names; a bare head noun (الوزارة، قوات) keeps its country and agent, not its text, unless
        a name follows it after an honorific (``titled``: وزير العمل الدكتور مفرج الحقباني)."""
        if run is None:
            return None
        actor = actor_of(self.ctx, run)
        named = titled_name(self.ctx, actor) if titled else None
        if named is not None:
            return named
        if bare(self.ctx, actor):
            return Actor("", actor.country, actor.agent, None) if actor.country or actor.agent else None
        return actor

    def _named_target(self, run: Run | None, chi: int) -> Actor | None:
        """The target a run names; a title or body with no person's name in it read on to the name in apposition
        after it (باعتقال مسؤول العلاقات العامة في دائرة الأوقاف فراس الدبس)."""
        named = self._named(run)
        if run is None or named is None or not named.text or any(c.etype == "PER" for c in run.cands) \
                or not any(c.agent or c.etype == "ORG" for c in run.cands):
            return named  # not a place (بماليزيا الأستاذ الدكتور ...)
        return apposed(self.ctx, named, chi)

    def _party(self, side: Run | Actor | None) -> Actor | None:
        """The actor a run or a noun phrase names, none for a bare head."""
        party = self._named(side) if isinstance(side, Run) else side
        if party is None or not _names(party) or bare(self.ctx, party):
            return None
        if party.country is None and party.span is not None:  # الجيش النيجيري: the country of its nisba
            party = replace(party, country=self.ctx.country_at(party.span.start, party.span.end))
        return party

    def _phrase_target(self, k: int, end: int, clause: tuple[int, int], clause_runs: list[Run],
                       actor_run: Run | None, rule: TriggerRule) -> Actor | None:
        """A target the runs of the clause did not give: the one who suffered the attack, the object of a verb
        of aiming, a noun phrase after a preposition of a target or the victim of the trigger (never a bare
        head)."""
        ctx = self.ctx
        clo, chi = clause
        frame, found = suffered(ctx, clause_runs, k, clo)
        if not frame and rule.plover in VICTIM_TYPES:
            found = suffered_after(ctx, clause_runs, end, chi)  # الهجوم الذي تعرض له نجلها
            frame = found is not None
        if not frame:
            found = aimed(ctx, clause_runs, k, end, chi) if rule.plover == "ASSAULT" else None
            if rule.plover == "CONSULT" and rule.mode != "phone":  # اجتمع الوزير بالمهندسين المشرفين على ...
                found = met(ctx, clause_runs, k, end, chi, actor_run)
            if found is None:
                found = target_phrase(ctx, k, end, chi, actor_run, rule)
            if found is None and rule.plover in OBJECT_TYPES:
                found = verb_object(ctx, k, end, chi, actor_run, rule)
            if found is None:  # what a protest is against, what a bombing hit, what a visit visits
                found = more_targets(ctx, clause_runs, k, end, chi, actor_run, rule)
        target = self._named(found) if isinstance(found, Run) else found
        if target is not None and bare(ctx, target):
            target = self._of_named(target, clause_runs, chi)
        if target is None or bare(ctx, target):
            return None
        if isinstance(found, Actor):  # مسجدا لقوات الطوارئ: its owner; مسؤول العلاقات العامة فراس الدبس: its name
            target = apposed(ctx, self._owned(target, clause_runs, chi) or target, chi)
        if target.country is None and target.span is not None:  # عن إيران: a phrase that is a country
            span = target.span  # جلالة الملك حمد بن عيسى: the country of the name it holds
            named = next((e.country for e in ctx.entities if span.start <= e.start and e.end <= span.end
                          and e.type in ("PER", "ORG") and e.country), None)
            target = replace(target, country=ctx.country_at(span.start, span.end) or named)
        return target

    def _unnamed_target(self, k: int, end: int, clause: tuple[int, int], rule: TriggerRule,
                        actor: Actor | None) -> Actor | None:
        """The victims counted in an attack's clause, else the party a pronoun names (عليها، التقى معهما)."""
        found = victims(self.ctx, k, end, *clause) if rule.plover == "ASSAULT" else None
        return found or pronoun_target(self.ctx, k, end, rule, actor)

    def _asker(self, k: int, end: int, rule: TriggerRule, target_run: Run | None) -> Actor | None:
        """Who asks, when the one named after the trigger is whom it asks: the earlier speaker the quotes stage gave
        the call to, the plain subject before that one (وطالب أصحاب المحلات وزارة التجارة بـ), unnamed after a
        participle (مطالبا القوات الأمنية بـ); else None."""
        ctx = self.ctx
        if target_run is None:
            return None
        asked = cue_speaker(ctx, k, rule, target_run.lo)
        if asked is not None:  # كما ناشد الأمم المتحدة بإصدار قرار: the earlier speaker
            return speaker_actor(ctx, asked)
        asker = phrase(ctx, end, target_run.lo) if after_subject(ctx, target_run, k, end, rule) else None
        if asker is not None and not bare(ctx, asker):
            return asker
        return Actor("", None, None, None) if asker is not None or participle(ctx, k, rule) else None

    def _owned(self, head: Actor, clause_runs: list[Run], chi: int) -> Actor | None:
        """An indefinite head with its owner after ل, a body or people (مواقع للجهاديين، مواقع للتنظيم، مسجدا لقوات
        الطوارئ): the whole phrase, with the owner's country; else None."""
        ctx = self.ctx
        if head.span is None or head.text.startswith("ال"):
            return None
        lo, y = ctx.span_words(head.span.start, head.span.end)
        if y >= chi or ctx.words[y].proclitics not in ("ل", "لل") \
                or (y - lo > 1 and ctx.words[lo + 1].proclitics == "ال" and not _counted(ctx, lo)):
            return None  # not وزير الدولة الإماراتي للشؤون: a head with its definite genitive already
        owner = next((r for r in clause_runs if r.lo == y), None)  # مواقع للجهاديين: whose the head is
        if owner is None and y + 1 < chi and set(ctx.words[y].forms) & ctx.lex.heads:
            owner = next((r for r in clause_runs if r.lo == y + 1), None)  # مواقع لتنظيم داعش: a head and its name
        people = ctx.words[y].proclitics == "لل" and (ctx.words[y].norm.endswith(("ين", "ون"))  # للمسلحين
                                                     or bool(set(ctx.words[y].forms) & ctx.lex.heads))  # للتنظيم
        if not ((owner is not None and (owner.cands[0].etype == "ORG" or owner.cands[0].agent)) or people):
            return None
        stop = ctx.ends[owner.hi - 1 if owner is not None else y]
        return Actor(ctx.doc.text[head.span.start : stop], owner.country if owner is not None else None, None,
                     Span(head.span.start, stop))

    def _of_named(self, head: Actor, clause_runs: list[Run], chi: int) -> Actor | None:
        """An indefinite bare head with the named body it belongs to after في or من (عقوبات على مسؤولين في حزب الله،
        عناصر من تنظيم داعش): the whole phrase, with the body's country; else None."""
        ctx = self.ctx
        if head.span is None:
            return None
        y = ctx.ix.first_at_or_after(head.span.end)
        owned = self._owned(head, clause_runs, chi)
        if owned is not None:
            return owned
        headed = y + 1 < chi and bool(set(ctx.words[y + 1].forms) & ctx.lex.heads)  # من تنظيم داعش
        run = next((r for r in clause_runs if r.lo == y + 1 or (headed and r.lo == y + 2)), None)
        body = run.cands[0] if run is not None else None
        if y + 1 >= chi or ctx.words[y].norm not in ("في", "من") or body is None or head.text.startswith("ال") \
                or not (body.etype == "ORG" or body.agent):
            return None  # not انتزاع المنطقة من قوات المعارضة: a definite head and من are where from
        stop = ctx.ends[body.hi - 1]
        return Actor(ctx.doc.text[head.span.start : stop], body.country, None, Span(head.span.start, stop))

    def _clause(
        self, k: int, quotes: list[Quote], all_cands: list[Cand], s_start: int, s_end: int
    ) -> tuple[Quote | None, int, int, list[Cand]]:
        """The clause of the trigger at word ``k``: its quote (if any), its bounds and its candidates."""
        ctx = self.ctx
        w_start = ctx.starts[k]
        quote = next((q for q in quotes if q.start <= w_start < q.end), None)
        if quote is not None:
            cs, ce = quote.start, quote.end
            cands = [c for c in all_cands if cs <= ctx.starts[c.lo] and ctx.ends[c.hi - 1] <= ce]
        else:
            cs, ce = s_start, s_end
            cands = [c for c in all_cands if not any(q.start <= ctx.starts[c.lo] < q.end for q in quotes)]
        return quote, cs, ce, cands

    def _victim_before(self, actor_run: Run | None, k: int, clo: int, rule: TriggerRule) -> Actor | None:
        """The victim of an attack written where its actor would be (أصيب رجل أمن بانفجار), else None."""
        if rule.plover != "ASSAULT" or actor_run is None:
            return None
        ctx = self.ctx
        first = harmed_before(ctx, actor_run, k, clo)
        if first < 0:
            return None
        named = actor_of(ctx, actor_run)
        start, stop = ctx.stem_start(first), ctx.ends[actor_run.hi - 1]
        return replace(named, text=ctx.doc.text[start:stop], span=Span(start, stop))

    def _protesters(self, actor: Actor, k: int, rule: TriggerRule, all_cands: list[Cand],
                    target_run: Run | None) -> Actor | None:
        """The actor of the protest at word ``k``: none when a state force acts in its clause (roads closed by the
        police are no protest); a force named beyond a mark acts in another clause, and the protesters the
        rule implies protest (and always for a protest told by its noun or its protesters, whom the police
        disperse). Without a country, the nearest country of the sentence."""
        ctx = self.ctx
        if actor.agent in STATE_FORCES:
            if not rule.mention:  # a mention: the police dispersed the protesters, who protest
                if actor.span is None:
                    return None
                alo, ahi = ctx.span_words(actor.span.start, actor.span.end)
                if not any(ctx.punct(x) for x in (range(ahi, k) if ahi <= k else range(k + 1, alo))):
                    return None
            actor = Actor("", None, rule.agent, None)
        if rule.mention and actor.span is not None and bystander(ctx, k, actor.span.start, actor.span.end):
            actor = Actor("", None, rule.agent, None)  # السعوديون في مدن تظاهرات سيدني: no protesters
        if actor.country is None:
            actor = replace(actor, country=context_country(ctx, all_cands, k, target_run))
        return actor

    def _reported_actor(self, k: int, end: int, rule: TriggerRule, quote: Quote | None, actor_run: Run | None,
                        mine: bool) -> tuple[Actor | None, bool]:
        """The actor the run names; in a clause opened by a complementizer, its own subject (قال الوزير إن القوات
        قصفت: القوات, not the speaker); else, in a claim, its speaker (``mine``: the pronoun of أنه قصف is the
        speaker's). With it, whether the event stands without an actor (the clause told who acts, unnamed)."""
        ctx = self.ctx
        # a title's name only for an actor before the trigger or right after it (not وأدان اغتيال النائب العام ...)
        actor = self._named(actor_run, titled=actor_run is not None and actor_run.lo <= end)
        subject = own_subject(ctx, clause_opening(ctx, k, quote, actor_run), k, end, rule) \
            if (actor is None) == (quote is not None) else None
        if subject is not None:
            return (subject if _names(subject) else None), True
        if actor is None and quote is not None and (quote.start, quote.end) in ctx.claims \
                and (mine or not rule.unnamed):
            actor = speaker_actor(ctx, quote)  # not a source (بحسب وكالة ...): it reports, it does not act
            if actor is not None and bare(ctx, actor):
                actor = Actor("", actor.country, None, None) if actor.country else None
        if actor is None and quote is None and actor_run is None:
            actor = headline_subject(ctx, k, end, rule)  # مواطن يقتل ابنه: a headline's subject before its verb
        return actor, mine

    def _code(self, k: int, end: int, rule: TriggerRule, quotes: list[Quote], all_cands: list[Cand],
              bounds: tuple[int, int]) -> Event | None:
        """The event of one trigger, or None when it has no actor (or is no protest)."""
        ctx = self.ctx
        quote, cs, ce, cands = self._clause(k, quotes, all_cands, *bounds)
        clo, chi = ctx.span_words(cs, ce)
        clause_runs = runs(ctx, cands)
        actor_run, target_run = participants(ctx, clause_runs, k, end, (clo, chi), rule)
        victim = self._victim_before(actor_run, k, clo, rule)
        if victim is not None:
            actor_run, target_run = None, None
        mine = speaker_subject(ctx, k, quote, rule)
        if mine and actor_run is not None and actor_run.lo >= end:  # أعلن الجيش أنه قصف مواقع المسلحين
            target_run = target_run or (actor_run if rule.plover in TRANSITIVE else None)
            actor_run = None
        actor, told = self._reported_actor(k, end, rule, quote, actor_run, mine)
        implied = actor is None or actor.agent is None  # the agent comes from the trigger row, not the text
        if actor is None and rule.agent:
            actor = Actor("", None, rule.agent, None)
        actor = actor or self._asker(k, end, rule, target_run)
        if actor is None and not rule.unnamed and not told:
            return None
        if actor is not None and actor.agent is None and rule.agent:
            actor = replace(actor, agent=rule.agent)
        target = victim or self._named_target(target_run, chi)
        if not _names(target):  # a bare head (الجيش) tells no party: a phrase of the clause may
            target = self._phrase_target(k, end, (clo, chi), clause_runs, actor_run, rule) or target
        if rule.plover in BETWEEN_TYPES and not _names(target):
            one, other = (self._party(side) for side in between_sides(ctx, clause_runs, end, chi))
            if one is not None and other is not None and (not _names(actor) or _same(actor, one)):
                actor, target = replace(one, agent=one.agent or (actor.agent if actor else None)), other
        if not _names(target):
            target = self._unnamed_target(k, end, (clo, chi), rule, actor) or target
        actor, target = _told_twice(actor, target, rule.plover)
        if actor is None and target is None and rule.plover != "ASSAULT":
            return None  # an arrest with neither its agent nor who was arrested (اعتقالات في الخرطوم)
        if rule.plover == "PROTEST" and actor is not None:
            actor = self._protesters(actor, k, rule, all_cands, target_run)
            if actor is None:
                return None
        plover, cameo, rule_mode = rule.plover, rule.cameo, rule.mode
        rc = recode(ctx, rule.plover, end, chi)
        if rc is not None:
            plover, cameo, rule_mode = rc.plover, rc.cameo, None
            if rc.agent and implied and actor is not None:
                actor = replace(actor, agent=rc.agent)
        code = ctx.lex.cameo.get(cameo)
        # a call for a protest is the act: the protest's own time (المقبل after it) makes no future call; the
        # markers are read back over a quote's cue too (هدد التنظيم بقتل ...: the threat's content is no attack)
        slo = ctx.span_words(*bounds)[0]
        mode = auxiliary_mode(ctx, k, end, min(clo, slo), end if rule.call else chi, rule.verb) or rule_mode \
            or (code.mode if code else None)
        trig = Span(ctx.starts[k], ctx.ends[end - 1])
        time = self._time(trig.start, trig.end, cs, ce, since=plover != "PROTEST")
        if mode not in AUX_MODES and habitual(ctx, k, slo, rule, time):
            mode = REFERENCE  # تقتل مثقفيه: what someone does, not what happened
        if plover == "PROTEST" and not rule.call and mode not in AUX_MODES:
            mode = mention_mode(ctx, k, end) or mode  # احتجاجات في الأشهر الأخيرة: background
        return Event(plover, trig, self._coded(actor, trig), self._coded(target), cameo,
                     code.goldstein if code else None, time, mode)

    def _sentence(self, lo: int, hi: int) -> list[Event]:
        ctx = self.ctx
        found = triggers(ctx, lo, hi)
        if not found:
            return []
        bounds = ctx.starts[lo], ctx.ends[hi - 1]
        quotes = [q for q in ctx.quotes if q.start < bounds[1] and q.end > bounds[0]]
        all_cands = candidates(ctx, lo, hi)
        events: list[Event] = []
        last: tuple[int, TriggerRule, Event] | None = None
        mentions: list[Event] = []
        for k, end, rule in found:
            ev = screen(ctx, rule, k, end, (lo, hi), self._code(k, end, rule, quotes, all_cands, bounds))
            if ev is None:
                continue
            if rule.mention:
                mentions.append(ev)
                continue
            if last is not None and _coordinated(ctx, k, rule, last[0], last[1]) and ev.mode not in AUX_MODES \
                    and last[2].mode in SCOPED_MODES:
                ev = replace(ev, mode=last[2].mode)  # إذا قتلوا أنفسهم، وقتلوا معهم غيرهم: one condition
            events.append(ev)
            last = (k, rule, ev)
        # قطع المتظاهرون الطرق: a protest told by its act; its protesters and its nouns add none
        told = {(ev.type, telling(ev)) for ev in events}
        events.extend(ev for ev in mentions if (ev.type, telling(ev)) not in told)
        return aim_condemnations(ctx, sorted(events, key=lambda e: e.trigger.start))

    def run(self) -> list[Event]:
        events: list[Event] = []
        fighting = self.ctx.lex.wordsets.get("fighting", frozenset())
        said = self.ctx.lex.wordsets.get("said", frozenset())
        for lo, hi in self.ctx.ix.sentence_ranges:
            for a, b in story_link(self.ctx, lo, hi):
                told = fold_mentions(self._sentence(a, b), self.ctx.doc.text, fighting, events, said)
                events.extend(one_unnamed(told))
        return merge_duplicates(events, self.ctx.doc.text)


def story_link(ctx: Context, lo: int, hi: int) -> list[tuple[int, int]]:
    """The words [lo, hi) of a sentence without a line that links to the story (رابط الخبر بصحيفة الوئام:
    ``@story_link``, up to its colon): the title it repeats after the colon is read as a headline of its own, so
    that the outlet is no party to its events and they merge with those of the title itself."""
    for link in ctx.lex.wordsets.get("story_link", frozenset()):
        first, *rest = link.split()
        for x in range(lo, hi - len(rest)):
            if ctx.words[x].norm == first and all(ctx.words[x + 1 + i].norm == w for i, w in enumerate(rest)):
                colon = next((y for y in range(x, min(hi, x + LINK_WORDS)) if ctx.words[y].norm in (":", "：")), None)
                after = colon + 1 if colon is not None else x
                return [(a, b) for a, b in ((lo, x), (after, hi)) if a < b]
    return [(lo, hi)]


LINK_WORDS = 8  # words from the link's first word to its colon (رابط الخبر بصحيفة الوئام الإلكترونية :)


# words after a trigger within which a relative is the trigger's own (الهجوم الإرهابي الذي وقع أمس)
OWN_RELATIVE = 2
# the modes a condition or an intent carries over to a coordinated verb of the same kind
SCOPED_MODES = ("hypothetical", "future")
COORDINATION_REACH = 8  # words between two coordinated trigger verbs


def _coordinated(ctx: Context, k: int, rule: TriggerRule, k0: int, rule0: TriggerRule) -> bool:
    """Is the verb trigger at ``k`` coordinated by و with the verb trigger of the same kind at ``k0`` before it?"""
    return rule.verb and rule0.verb and rule.cameo == rule0.cameo and 0 < k - k0 <= COORDINATION_REACH \
        and ctx.words[k].proclitics.startswith("و")


def _told_twice(actor: Actor | None, target: Actor | None, plover: str) -> tuple[Actor | None, Actor | None]:
    """One party told twice (سورية ... سورية) acts on no one; but the party sanctions name after the trigger
    (رفع العقوبات عن إيران) is their target, and no actor is told."""
    if target is None or actor is None or not target.text or target.text != actor.text:
        return actor, target
    if plover == "SANCTION" and actor.span is not None and target.span is not None \
            and target.span.start > actor.span.start:
        return None, target
    return actor, None


def _names(a: Actor | None) -> bool:
    """Does the actor name a party (a text or a country), not only an agent kind?"""
    return a is not None and bool(a.text or a.country)


def _same(a: Actor | None, b: Actor) -> bool:
    return a is not None and a.span is not None and b.span is not None and a.span == b.span


def code_events(
    doc: Document, lex: EventLexicon, vocab: Mapping[str, int], quote_lex: QuoteLexicon | None = None,
    codes: ActorCodes | None = None,
) -> list[Event]:
    """All events of ``doc`` (reads the tokens, sentences, words, entities, countries, times and quotes layers;
    ``quote_lex`` tells attributions to a source (بحسب) from claims (قال إن); ``codes`` gives actors and targets
    their CAMEO actor codes)."""
    if not doc.layer("tokens"):
        return []
    return EventCoder(doc, lex, vocab, quote_lex, codes).run()


__all__ = ["EventCoder", "code_events", "merge_duplicates"]


def _counted(ctx: Context, x: int) -> bool:
    """Is word ``x`` a count, so that the definite word after it is what it counts (عدد الكمائن)?"""
    return ctx.words[x].kind == "number" or bool(set(ctx.words[x].forms) & COUNT_WORDS)
