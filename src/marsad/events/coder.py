"""Code events: PLOVER type and mode, CAMEO code and Goldstein value, actor, target, time.

The cascade, for each sentence:

1. Triggers: words and phrases of ``event_triggers.tsv`` (verbal and nominal: تظاهر، مظاهرات، محادثات،
   طرد ...), matched after stripping proclitics; a rule may need a word nearby (وقع + اتفاق) or in the
   sentence (طرد + دبلوماسيين), or forbid one (مسيرة السلام). The first rule that fits wins. PROTEST rows
   code event reports only (see the PROTEST block of the lexicon): not inside a claim (a quote whose cue is a
   verb of saying; an attribution to a source, بحسب، is a report), not in a relative clause, an eventive verb
   with a protest noun, a gathering verb with a protesting crowd, weak cues anchored in the news day.
2. Actor candidates: PER/ORG entities, country mentions (names, capitals, nisba adjectives: the
   ``countries`` layer), LOC entities that are countries, and agent nouns of ``agents.tsv`` (الشرطة،
   المتظاهرين، الحكومة), an agent noun followed by a nisba becoming one actor (الشرطة السودانية → SDN
   police). Adjacent candidates form one actor (الرئيس الروسي فلاديمير بوتين); a candidate opened by
   the conjunction و is the coordinated partner (موسكو وواشنطن).
3. The clause: the quote content the trigger stands in (then the quote's speaker is the fallback actor),
   else the sentence outside quote contents.
4. Actor: the candidate the trigger stands in (المتظاهرين), else after بين, else right after the trigger
   (genitive or verb-subject: محادثات بوتين، تظاهر الإسرائيليون), else the nearest before it (subject:
   موسكو وواشنطن ستباشران), preferring one with a country, else the quote speaker, else the agent the trigger
   implies (protesters); not one before a reaction word of ``event_reactions.tsv`` (ندد X بالتفجير: X
   reacts, the bombing names no bomber). A trigger left without an actor codes no event. Target: after
   مع/ضد/على/إلى/تجاه/بين, else the actor's coordinated partner.
   A protest actor without a country takes the nearest country of the sentence.
5. Mode: an auxiliary mode from ``event_modes.tsv`` markers before the trigger in its clause (negation لم/لن/لا,
   hypothetical إذا/قد + imperfect, future سوف/س-prefixed verb/المقبل after), else the PLOVER mode of the rule.
6. Time: the nearest time expression of the clause (dates before durations).
7. Duplicates (same type, participants and mode, compatible times) become one event: the first mention,
   with the time any mention had.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from marsad.document import Actor, Document, Entity, Event, Quote, Span, TimeExpr
from marsad.events.lexicon import AGENT, TRIGGER, EventLexicon, Recode, TriggerRule
from marsad.quotes.lexicon import QuoteLexicon
from marsad.quotes.words import Word, variants, word_index
from marsad.text.normalize import fold

TARGET_PREPS = frozenset({"مع", "ضد", "علي", "الي", "تجاه", "بحق", "لدي"})
ADJUNCT_PREPS = frozenset({"في", "من", "عن", "منذ", "خلال", "امام", "عند", "قرب", "وسط", "داخل", "خارج", "حول"})
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "SANCTION", "ASSAULT"})
CONTINUOUS = frozenset({"تزال", "يزال", "زال", "زالت", "تزل", "يزل"})
_RANK = {"PER": 0, "ORG": 1}
STATE_FORCES = frozenset({"police", "military", "security"})
COUNTERPART = frozenset({"نظيره", "نظيرته", "نظيرها", "نظراءه", "نظرائه", "نظيريه"})
REACTION_REACH = 12  # words back from a trigger to look for a reaction word (ندد ... بالتفجير)


@dataclass
class _Cand:
    lo: int  # word range [lo, hi)
    hi: int
    start: int  # char offset where the mention starts (after a proclitic و/ف/ب/ل inside its first word)
    country: str | None
    agent: str | None
    etype: str | None  # PER | ORG | LOC | None (country mention or agent noun)


@dataclass
class _Run:
    cands: list[_Cand]
    partner: _Run | None = None

    @property
    def lo(self) -> int:
        return self.cands[0].lo

    @property
    def hi(self) -> int:
        return self.cands[-1].hi

    @property
    def country(self) -> str | None:
        return next((c.country for c in self.cands if c.country), None)


class EventCoder:
    def __init__(
        self, doc: Document, lex: EventLexicon, vocab: Mapping[str, int], quote_lex: QuoteLexicon | None = None
    ) -> None:
        self.doc = doc
        self.lex = lex
        self.vocab = vocab
        self.ix = word_index(doc)
        self.words = self.ix.words
        self.starts = self.ix.starts
        self.ends = self.ix.ends
        ents: Sequence[Entity] = doc.layer("entities")
        self.entities = sorted(ents, key=lambda e: e.start)
        mentions = [m for m in doc.layer("countries") if getattr(m, "country", None)]
        # names, capitals (metonymy: موسكو وواشنطن) and nisba adjectives can be actors; cities and regions
        # only locate an event
        self.countries = sorted(
            (m.start, m.end, m.country) for m in mentions if getattr(m, "kind", "name") not in ("city", "region")
        )
        # places that locate an event: country mentions, and the places the entity layer linked to a country
        # (world cities: يريفان → ARM)
        self.places = sorted({*((m.start, m.end, m.country) for m in mentions),
                              *((e.start, e.end, e.country) for e in ents if e.type == "LOC" and e.country)})
        times: Sequence[TimeExpr] = doc.layer("times")
        self.times = sorted(times, key=lambda t: t.start)
        quotes: Sequence[Quote] = doc.layer("quotes")
        self.quotes = sorted(quotes, key=lambda q: q.start)
        # claims: quotes whose cue is a verb of saying (قال إن، «...»), not an attribution to a source (بحسب،
        # وفقا لـ، نقلا عن) that reports a fact; a protest inside a claim is not coded (``unquoted`` rows)
        self.claims = {(q.start, q.end) for q in self.quotes if not self._sourced(q, quote_lex)}
        self._known: dict[str, str] | None = None
        # word indices where a trigger rule or an agent phrase may start (one lexicon look-up per word)
        self.trigger_pos: list[int] = []
        self.agent_pos: list[int] = []
        memo, flags = lex.flag_memo, lex.flags
        for k, w in enumerate(self.words):
            if w.kind != "arabic":
                continue
            f = memo.get(w.forms)
            if f is None:
                f = flags(w.forms)
            if f & TRIGGER:
                self.trigger_pos.append(k)
            if f & AGENT:
                self.agent_pos.append(k)

    def _sourced(self, q: Quote, quote_lex: QuoteLexicon | None) -> bool:
        if quote_lex is None or q.direct:
            return False
        cue = fold(self.doc.text[q.cue.start : q.cue.end])
        return quote_lex.kind(variants(cue), "source") is not None

    @property
    def known(self) -> dict[str, str]:
        if self._known is None:
            self._known = self._learn_countries()
        return self._known

    def _learn_countries(self) -> dict[str, str]:
        """Countries of PER/ORG names learnt from the article (الرئيس الروسي فلاديمير بوتين → بوتين: RUS)."""
        known: dict[str, str] = {}
        unknown = [e for e in self.entities if e.type in _RANK and not e.country]
        if not unknown or not self.countries:
            return known  # the entity layer already tells the country of every name
        starts = sorted(e.start for e in unknown)
        for lo, hi in self.ix.sentence_ranges:
            # only sentences that hold a name without a country and a country mention can teach one
            a, b = self.starts[lo], self.ends[hi - 1]
            i = bisect_left(starts, a)
            if i == len(starts) or starts[i] >= b:
                continue
            j = bisect_left(self.countries, (a,))
            if j == len(self.countries) or self.countries[j][0] >= b:
                continue
            for run in self._runs(self._candidates(lo, hi)):
                country = run.country
                if country is None:
                    continue
                for c in run.cands:
                    if c.etype in _RANK:
                        name = self.doc.text[c.start : self.ends[c.hi - 1]]
                        known.setdefault(name, country)
                        known.setdefault(self.doc.text[self.starts[c.hi - 1] : self.ends[c.hi - 1]], country)
        return known

    # ---------------------------------------------------------------- words
    def _punct(self, k: int) -> str:
        return self.doc.text[self.starts[k] : self.ends[k]] if self.words[k].kind == "punct" else ""

    def _conj(self, c: _Cand) -> bool:
        """Is the mention coordinated by a conjunction و (وموسكو، والولايات المتحدة)?"""
        if self.words[c.lo].proclitics.startswith("و"):
            return True
        w_start = self.starts[c.lo]
        return c.start > w_start and self.doc.text[w_start] == "و"

    def _span_words(self, start: int, end: int) -> tuple[int, int]:
        """Word range [lo, hi) covering the character span (a word holding ``start`` included)."""
        lo = self.ix.last_before(start + 1)
        if lo < 0 or self.ends[lo] <= start:
            lo += 1
        hi = self.ix.first_at_or_after(end)
        return lo, max(hi, lo + 1)

    def _country_at(self, start: int, end: int) -> str | None:
        for s, e, c in self.countries:
            if s >= end:
                break
            if s >= start and e <= end:
                return str(c)
        return None

    # ---------------------------------------------------------------- candidates
    def _agent_at(self, k: int, hi: int) -> tuple[int, str] | None:
        w = self.words[k]
        if w.kind != "arabic" or not self.lex.flags(w.forms) & AGENT:
            return None
        for form in w.forms:
            for rule in self.lex.agents.get(form, ()):
                n = len(rule.words)
                if k + n <= hi and all(rule.words[m] in self.words[k + m].forms for m in range(1, n)):
                    return k + n, rule.agent
        return None

    def _candidates(self, lo: int, hi: int) -> list[_Cand]:
        start, end = self.starts[lo], self.ends[hi - 1]
        taken = [False] * (hi - lo)
        cands: list[_Cand] = []

        def add(c: _Cand) -> None:
            cands.append(c)
            for x in range(c.lo, c.hi):
                taken[x - lo] = True

        for e in self.entities:
            if e.start >= end:
                break
            if e.start < start or e.type not in ("PER", "ORG", "LOC"):
                continue
            a, b = self._span_words(e.start, e.end)
            if b <= a or any(taken[x - lo] for x in range(a, min(b, hi))):
                continue
            country = e.country or self._country_at(e.start, e.end)
            if e.type == "LOC" and self._country_at(e.start, e.end) is None:
                continue
            found = self._agent_at(a, b)
            agent = found[1] if found else self._role_agent(e.role)
            add(_Cand(a, min(b, hi), e.start, country, agent, e.type))
        for s, e2, c in self.countries:
            if s >= end:
                break
            if s < start:
                continue
            a, b = self._span_words(s, e2)
            if b <= a or any(taken[x - lo] for x in range(a, min(b, hi))):
                continue
            add(_Cand(a, min(b, hi), s, str(c), None, None))
        nxt = lo
        for k in _between(self.agent_pos, lo, hi):
            if k < nxt or taken[k - lo]:
                continue
            found = self._agent_at(k, hi)
            if found is None:
                continue
            b, agent = found
            add(_Cand(k, b, self._stem_start(k), None, agent, None))
            nxt = b
        cands.sort(key=lambda c: c.lo)
        # an agent noun followed by a nisba/country: one actor (الشرطة السودانية، متظاهرون فلسطينيون)
        merged: list[_Cand] = []
        for c in cands:
            if (
                merged
                and merged[-1].etype is None
                and merged[-1].agent
                and merged[-1].country is None
                and c.etype is None
                and c.agent is None
                and c.lo - merged[-1].hi <= 1
                and not self._conj(c)
            ):
                last = merged[-1]
                merged[-1] = _Cand(last.lo, c.hi, last.start, c.country, last.agent, None)
            else:
                merged.append(c)
        return merged

    def _runs(self, cands: list[_Cand]) -> list[_Run]:
        runs: list[_Run] = []
        for c in cands:
            last = runs[-1] if runs else None
            if (
                last is not None
                and c.lo - last.hi <= 1
                and not self._conj(c)
                and not self._gap_breaks(last.hi, c.lo)
                and not (c.country and last.country and c.country != last.country)
            ):
                runs[-1].cands.append(c)
            else:
                runs.append(_Run([c]))
        for a, b in pairwise(runs):
            if b.lo - a.hi <= 1 and self._conj(b.cands[0]):
                a.partner = b
        return runs

    def _gap_breaks(self, a: int, b: int) -> bool:
        return any(self._punct(x) or self.words[x].norm in ADJUNCT_PREPS or self.words[x].norm in TARGET_PREPS
                   or self.words[x].norm in COUNTERPART for x in range(a, b))

    def _actor(self, run: _Run) -> Actor:
        best = min(run.cands, key=lambda c: _RANK.get(c.etype or "", 9))
        first = best if best.etype in _RANK else run.cands[0]
        b = best.hi if best.etype in _RANK else run.hi
        start, end = first.start, self.ends[b - 1]
        agent = next((c.agent for c in run.cands if c.agent), None)
        country = run.country or (self.known.get(self.doc.text[start:end]) if best.etype in _RANK else None)
        return Actor(self.doc.text[start:end], country, agent, Span(start, end))

    def _stem_start(self, k: int) -> int:
        """Start of word k after its proclitics (والمتظاهرين → المتظاهرين)."""
        w = self.words[k]
        pro = w.proclitics[:-2] if w.proclitics.endswith("ال") else w.proclitics
        return min(self.starts[k] + len(pro), self.ends[k] - 1)

    def _role_agent(self, role: str | None) -> str | None:
        if not role:
            return None
        for form in role.split()[:1]:
            for v in (fold(form), fold(form)[2:]):
                for rule in self.lex.agents.get(v, ()):
                    return rule.agent
        return None

    def _speaker_actor(self, q: Quote) -> Actor | None:
        if q.speaker is None:
            return None
        s, e = q.speaker.start, q.speaker.end
        country = self._country_at(s, e)
        for ent in self.entities:
            if ent.start <= s and e <= ent.end:
                country = ent.country or country
                break
        text = self.doc.text[s:e]
        return Actor(text, country or self.known.get(text), None, Span(s, e))

    # ---------------------------------------------------------------- triggers
    def _rule_fits(self, rule: TriggerRule, k: int, lo: int, hi: int, sent_forms: list[set[str]]) -> bool:
        n = len(rule.words)
        if k + n > hi or not all(rule.words[m] in self.words[k + m].forms for m in range(1, n)):
            return False
        for kind, words in rule.needs:
            if kind == "next":
                ok = any(self._has(x, words) for x in range(k + n, min(hi, k + n + 4)))
            elif kind == "prev":
                ok = any(self._has(x, words) for x in range(max(lo, k - 3), k))
            elif kind == "notprev":
                ok = not any(self._has(x, words) for x in range(max(lo, k - 2), k))
            elif kind in ("sent", "notsent"):
                if not sent_forms:  # built on first use: few rules look at the whole sentence
                    sent_forms.append({f for x in range(lo, hi) for f in self.words[x].forms})
                ok = bool(sent_forms[0] & words) == (kind == "sent")
            elif kind == "clause":  # later in the clause: up to the next punctuation mark
                ok = False
                for x in range(k + n, hi):
                    if self.words[x].kind == "punct":
                        break
                    if self._has(x, words):
                        ok = True
                        break
            elif kind == "noarticle":  # a verb form, not a noun with the article (سيّر، not السير)
                ok = not any(f.startswith("ال") for f in self.words[k].forms)
            elif kind == "unquoted":
                start = self.starts[k]
                ok = not any(a <= start < b for a, b in self.claims)
            else:  # not
                ok = not any(self._has(x, words) for x in range(k + n, min(hi, k + n + 2)))
            if not ok:
                return False
        return True

    def _has(self, x: int, words: frozenset[str]) -> bool:
        w = self.words[x]
        return bool(set(w.forms) & words) or (w.kind == "number" and "#num" in words)

    def _triggers(self, lo: int, hi: int) -> list[tuple[int, int, TriggerRule]]:
        sent_forms: list[set[str]] = []
        found: list[tuple[int, int, TriggerRule]] = []
        nxt = lo
        for k in _between(self.trigger_pos, lo, hi):
            if k < nxt:
                continue
            hit: TriggerRule | None = None
            w = self.words[k]
            for form in w.forms:
                rules = self.lex.triggers.get(form)
                if not rules:
                    continue
                if form[0] == "ي" and w.norm != form and w.norm[-len(form) - 1] in "بلك":
                    break  # an imperfect verb reached by stripping a preposition is a noun (بيتهم = ب + يتهم)
                # the most specific form listed decides (المتظاهرين has its own rules, متظاهرين others)
                hit = next((r for r in rules if self._rule_fits(r, k, lo, hi, sent_forms)), None)
                break
            if hit is not None:
                found.append((k, k + len(hit.words), hit))
                nxt = k + len(hit.words)
        return found

    # ---------------------------------------------------------------- mode and time
    def _future_verb(self, w: Word) -> bool:
        if w.proclitics.endswith("س"):
            return True
        n = w.forms[1] if len(w.forms) > 1 and w.norm[0] in "وف" else w.norm
        return len(n) >= 5 and n[0] == "س" and n[1] in "يتن" and self.vocab.get(n, 0) < 5

    def _mode(self, k: int, end: int, clo: int, chi: int) -> str | None:
        found: set[str] = set()
        for x in range(k - 1, max(clo, k - 7) - 1, -1):
            if self._punct(x):
                break
            w = self.words[x]
            dist = k - x
            # short particles keep their conjunction (ولم، فلن): variants() strips it from longer words only
            forms = (*w.forms[:2], w.norm[1:]) if len(w.norm) <= 4 and w.norm[:1] in "وف" else w.forms[:2]
            for form in forms:
                m = self.lex.modes.get(form)
                if m is None or m[1] < dist:
                    continue
                mode = m[0]
                nxt = self.words[x + 1].norm if x + 1 < chi else ""
                if form == "لا" and nxt in CONTINUOUS:
                    continue
                if form == "قد" and not (nxt[:1] in "يتن" and nxt not in CONTINUOUS):
                    continue
                found.add(mode)
                break
            if dist <= 4 and w.kind == "arabic" and self._future_verb(w):
                found.add("future")
        if self.words[k].kind == "arabic" and self._future_verb(self.words[k]):
            found.add("future")
        for x in range(end, min(chi, end + 3)):
            m = self.lex.modes.get(self.words[x].norm) or self.lex.modes.get(self.words[x].forms[-1])
            if m is not None and m[1] < 0:
                found.add(m[0])
        for mode in ("negation", "hypothetical", "future"):
            if mode in found:
                return mode
        return None

    def _time(self, start: int, end: int, cs: int, ce: int) -> str | None:
        best: tuple[int, int, str] | None = None
        for t in self.times:
            if t.start >= ce:
                break
            if t.start < cs or not t.value or t.type not in ("DATE", "TIME"):
                continue
            dist = t.start - end if t.start >= end else start - t.end
            key = (0, max(dist, 0), t.value)
            if best is None or key < best:
                best = key
        return best[2] if best else None

    # ---------------------------------------------------------------- events
    def _sentence(self, lo: int, hi: int) -> list[Event]:
        triggers = self._triggers(lo, hi)
        if not triggers:
            return []
        s_start, s_end = self.starts[lo], self.ends[hi - 1]
        quotes = [q for q in self.quotes if q.start < s_end and q.end > s_start]
        all_cands = self._candidates(lo, hi)
        events: list[Event] = []
        for k, end, rule in triggers:
            w_start = self.starts[k]
            quote = next((q for q in quotes if q.start <= w_start < q.end), None)
            if quote is not None:
                cs, ce = quote.start, quote.end
                cands = [c for c in all_cands if cs <= self.starts[c.lo] and self.ends[c.hi - 1] <= ce]
            else:
                cs, ce = s_start, s_end
                cands = [
                    c for c in all_cands
                    if not any(q.start <= self.starts[c.lo] < q.end for q in quotes)
                ]
            clo, chi = self._span_words(cs, ce)
            runs = self._runs(cands)
            actor_run, target_run = self._participants(runs, k, end, chi, rule)
            actor: Actor | None = self._actor(actor_run) if actor_run else None
            if actor is None and quote is not None and (quote.start, quote.end) in self.claims:
                actor = self._speaker_actor(quote)  # not a source (بحسب وكالة ...): it reports, it does not act
            implied = actor is None or actor.agent is None  # the agent comes from the trigger row, not the text
            if actor is None and rule.agent:
                actor = Actor("", None, rule.agent, None)
            if actor is None:
                continue
            if actor.agent is None and rule.agent:
                actor = replace(actor, agent=rule.agent)
            target = self._actor(target_run) if target_run else None
            if rule.plover == "PROTEST" and actor.agent in STATE_FORCES:
                continue  # roads closed by the police are not a protest
            if rule.plover == "PROTEST" and actor.country is None:
                actor = replace(actor, country=self._context_country(all_cands, k, target_run))
            plover, cameo, rule_mode = rule.plover, rule.cameo, rule.mode
            recode = self._recode(rule.plover, end, chi)
            if recode is not None:
                plover, cameo, rule_mode = recode.plover, recode.cameo, None
                if recode.agent and implied:
                    actor = replace(actor, agent=recode.agent)
            code = self.lex.cameo.get(cameo)
            mode = self._mode(k, end, clo, chi) or rule_mode or (code.mode if code else None)
            trig = Span(w_start, self.ends[end - 1])
            events.append(
                Event(
                    plover, trig, actor, target, cameo, code.goldstein if code else None,
                    self._time(trig.start, trig.end, cs, ce), mode,
                )
            )
        return events

    def _recode(self, plover: str, end: int, chi: int) -> Recode | None:
        """The ``event_recode.tsv`` row whose marker follows the trigger (ending at word ``end``) in its clause."""
        for recode in self.lex.recodes.get(plover, ()):
            for x in range(end, min(chi, end + recode.reach)):
                if self._punct(x):
                    break
                for form in self.words[x].forms:
                    for phrase in recode.markers.get(form, ()):
                        n = len(phrase)
                        if x + n <= chi and all(phrase[m] in self.words[x + m].forms for m in range(1, n)):
                            return recode
        return None

    def _participants(
        self, runs: list[_Run], k: int, end: int, chi: int, rule: TriggerRule
    ) -> tuple[_Run | None, _Run | None]:
        actor: _Run | None = None
        target: _Run | None = None
        inside = next((r for r in runs if r.lo <= k < r.hi), None)
        after = [r for r in runs if r.lo >= end]
        before = [r for r in runs if r.hi <= k]
        if inside is not None:
            actor = inside
        # بين A و B
        if actor is None:
            for x in range(end, min(chi, end + 4)):
                if self.words[x].norm == "بين":
                    nxt = next((r for r in after if r.lo > x and r.lo - x <= 3), None)
                    if nxt is not None:
                        actor = nxt
                        target = nxt.partner or next((r for r in after if r.lo > nxt.hi and r.country
                                                      and r.country != nxt.country), None)
                    break
        if actor is None and after:
            first = after[0]
            gap = range(end, first.lo)
            if first.lo - end <= 2 and not any(
                self._punct(x) or self.words[x].norm in TARGET_PREPS or self.words[x].norm in ADJUNCT_PREPS
                or self.words[x].norm == "بين" for x in gap
            ):
                actor = first
        if actor is None and before:
            # "ندد رئيس البرلمان بالتفجير": the event is the object of a reaction, and whoever stands before
            # the trigger in its clause is the one who reacts (or its victims), not the one who acted
            x = k - 1
            while x >= 0 and k - x <= REACTION_REACH and not self._punct(x):
                if set(self.words[x].forms) & self.lex.reactions:
                    before = []
                    break
                x -= 1
        if actor is None and before:
            with_country = [r for r in before if r.country]
            pool = with_country or before
            actor = pool[-1]
            # the head of a coordination (موسكو وواشنطن): go back to the first conjunct
            for r in reversed(before):
                if r.partner is actor:
                    actor = r
                    break
        if target is None:
            for r in after:
                if r.lo - end > 6 or any(self._punct(x) for x in range(end, r.lo)):
                    break
                if r is actor or (actor is not None and r.lo < actor.hi):
                    continue
                prev = self.words[r.lo - 1].norm if r.lo > 0 else ""
                if prev in TARGET_PREPS or prev in COUNTERPART:
                    target = r
                    break
        if target is None and actor is not None and rule.plover in SYMMETRIC:
            target = actor.partner
            if target is None:  # اللقاء المصري الأردني: the next actor of another country
                nxt = next((r for r in runs if r.lo >= actor.hi), None)
                if nxt is not None and nxt.lo - actor.hi <= 1 and nxt.country and nxt.country != actor.country:
                    target = nxt
        if target is not None and actor is not None and target.country and target.country == actor.country \
                and target is actor:
            target = None
        return actor, target

    def _context_country(self, cands: list[_Cand], k: int, target: _Run | None) -> str | None:
        """The country nearest to the trigger: actors with a country, then any place (cities too)."""
        pos = self.starts[k]
        lo, hi = next(((a, b) for a, b in self.ix.sentence_ranges if a <= k < b), (k, k + 1))
        s_start, s_end = self.starts[lo], self.ends[hi - 1]
        best: tuple[int, str] | None = None
        spots = [(c.start, c.country) for c in cands if c.country and not (target and c in target.cands)]
        spots += [(s, c) for s, _e, c in self.places if s_start <= s < s_end]
        for start, country in spots:
            dist = abs(start - pos)
            if country and (best is None or dist < best[0]):
                best = (dist, str(country))
        return best[1] if best else None

    def run(self) -> list[Event]:
        events: list[Event] = []
        for lo, hi in self.ix.sentence_ranges:
            events.extend(self._sentence(lo, hi))
        return merge_duplicates(events)


def _who(a: Actor | None) -> str:
    if a is None:
        return ""
    return a.country or a.text or (a.agent or "")


def _parties(ev: Event) -> frozenset[str]:
    return frozenset({_who(ev.actor), _who(ev.target)} - {""})


def merge_duplicates(events: list[Event]) -> list[Event]:
    """Duplicate mentions become one event: same type and mode, participants of one contained in the
    other's (or both unknown), compatible times. The first mention is kept, completed by the others."""
    out: list[Event] = []
    for ev in events:
        parties = _parties(ev)
        slot = None
        for i, kept0 in enumerate(out):
            if kept0.type != ev.type or kept0.mode != ev.mode:
                continue
            if kept0.time is not None and ev.time is not None and kept0.time != ev.time:
                continue
            other = _parties(kept0)
            if (not other and not parties) or (parties and other and (parties <= other or other <= parties)):
                slot = i
                break
        if slot is None:
            out.append(ev)
            continue
        kept = out[slot]
        if kept.time is None and ev.time is not None:
            kept = replace(kept, time=ev.time)
        if kept.target is None and ev.target is not None:
            kept = replace(kept, target=ev.target)
        out[slot] = kept
    return out


def code_events(
    doc: Document, lex: EventLexicon, vocab: Mapping[str, int], quote_lex: QuoteLexicon | None = None
) -> list[Event]:
    """All events of ``doc`` (reads the tokens, sentences, words, entities, countries, times and quotes layers;
    ``quote_lex`` tells attributions to a source (بحسب) from claims (قال إن))."""
    if not doc.layer("tokens"):
        return []
    return EventCoder(doc, lex, vocab, quote_lex).run()


__all__ = ["EventCoder", "code_events", "merge_duplicates"]


def _between(positions: Sequence[int], lo: int, hi: int) -> Iterator[int]:
    """The sorted ``positions`` in ``[lo, hi)``."""
    for i in range(bisect_left(positions, lo), len(positions)):
        if positions[i] >= hi:
            return
        yield positions[i]
