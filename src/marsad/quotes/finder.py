"""Find quotes: reported content, its reporting cue, the speaker and the relay chain.

The cascade, for each sentence (cues from ``lexicons/reporting_verbs.tsv``):

1. A reporting cue (verb قال/أكد/أعلن..., relay verb نقلت, participle مضيفا/لافتا) opens a search for its
   complement: a complementizer (إن/أن/بأن...), a colon, an opening quotation mark right after the cue, or
   one of the cue's own prepositions (شدد على، أشار إلى، معربا عن). The words between the cue and the
   complement are the *region* that holds the speaker and the relays.
2. The region is read from the outside in: after a relay verb, parts separated by عن are the relays
   (outermost first) and the last part is the speaker (نقلت وكالة X عن Y قوله إن → via X, speaker Y); a
   "(في حديث) لصحيفة X" phrase is a relay too. The speaker is the PER entity in the region, else the ORG,
   else the LOC; without entities, the first comma-separated part that is not a title or a time.
3. An empty region is a pronoun subject (وأضاف، قال إن): the previous speaker, with its relays. A
   statement noun (البيان) stands for the body that issued it: the previous ORG speaker. In both cases
   the speaker span is that earlier mention (speaker spans may precede the quote).
4. Content runs from the complement to the end of the sentence, or to the next cue of the sentence
   (", معربا عن..."), or, when it opens with a quotation mark, to the closing mark (direct quote).
5. Attribution cues (بحسب X، وفقا لـ X، نقلا عن X) attribute the rest of the sentence to X.
6. A direct quote followed by a cue ("«...»، قال الوزير") is attributed to the speaker after the cue.
"""

from __future__ import annotations

from bisect import bisect_left

from marsad.document import Document, Quote, Span
from marsad.quotes.base import Hit, Speaker
from marsad.quotes.callers import Callers
from marsad.quotes.lexicon import QuoteKinds, QuoteLexicon
from marsad.quotes.settings import (
    ADDRESSEES,
    ADVERBS,
    CLOSERS,
    ISSUING,
    NEAR_COMPLEMENT,
    RELATIVES,
    SOURCE_WORDS,
    STOP,
    SUBJECT_REACH,
)
from marsad.quotes.words import QUOTE_OPEN
from marsad.text.normalize import fold


class QuoteFinder(Callers):
    """The cascade over each sentence (the parts: :mod:`~marsad.quotes.callers`, :mod:`~marsad.quotes.cues`,
    :mod:`~marsad.quotes.objects`, :mod:`~marsad.quotes.content`, :mod:`~marsad.quotes.speaker`,
    :mod:`~marsad.quotes.subjects`, :mod:`~marsad.quotes.relays` on :mod:`~marsad.quotes.base`)."""

    def _sentence(self, lo: int, hi: int) -> list[Quote]:
        hits: list[Hit] = []
        i = lo
        # a direct quote that goes on past a semicolon (وتابع: "... سوي؛ لأنه ... وزادت المشاكل ...")
        skip_to = self.quoted_to if lo > 0 and self._punct(lo - 1) in ("؛", ";") else -1
        cue_kinds = self.cue_kinds
        head = self._headline(lo, hi)
        if head is not None:
            self.previous.append(head.speaker)
            return self._finish([head], lo, hi)
        while i < hi:
            if cue_kinds[i] is None or self.starts[i] < skip_to:
                if i in self.scene:
                    self._scene(i, hi)
                i += 1
                continue
            found = self._is(i, "verb", "relay", "participle")
            if found is None:
                if self._is(i, "source") is not None:
                    self._attribution(i, lo, hi, hits)
                i += 1
                continue
            form, kind = found
            said = self._said_before(i, lo, hi) if kind == "verb" else None
            if said is not None:  # ذكر ذلك رئيس البلدية ...: the sentence before is the content
                hits.append(said)
                self.previous.append(said.speaker)
                i += 2
                continue
            comp = self._complement(i, hi, kind, form, lo)
            if comp is None:
                self._no_complement(i, lo, hi, kind, hits)
                i += 1
                continue
            hit = self._hit(i, lo, kind, comp)
            hits.append(hit)
            if (hit.speaker.span is not None or hit.speaker.via) and (
                    not self._embedded(i, lo) or self._stated(hit.speaker)):
                self.previous.append(hit.speaker)
            if hit.direct and hit.content_end is not None:
                skip_to = self.quoted_to = hit.content_end
            i = comp[0]
        return self._finish(hits, lo, hi)

    def _said_before(self, i: int, lo: int, hi: int) -> Hit | None:
        """A verb cue opening its sentence with ذلك as its object and a named subject after it (ذكر ذلك رئيس
        البلدية فلان في تصريح صحفي، ...): it reports the sentence before, whose words are the content."""
        first = lo
        while first < i and self._punct(first):
            first += 1
        if first != i or i + 2 >= hi or self.words[i + 1].norm != "ذلك" or self.before is None:
            return None
        end = i + 2
        while end < hi and not self._punct(end) and self.cue_kinds[end] is None:
            end += 1
        sp = self._resolve(i + 2, end, False)
        if sp.span is None or sp.etype not in ("PER", "ORG"):
            return None
        b_lo, b_hi = self.before
        last = b_hi - 1
        while last > b_lo and self._punct(last):
            last -= 1
        return Hit(i, i, self.starts[b_lo], self.ends[last], False, sp)

    def _embedded(self, i: int, lo: int) -> bool:
        """Whether the cue at i opens a relative clause that describes someone (المدرب الذي كشف عن ارتياحه):
        its speaker is not the one that the next cue without a subject continues. A relative with و (والذي
        أشار) carries the story on and is not embedded; a report's clause (إلى تقرير ... صدر مؤخرا قال) is."""
        return i > 0 and (self.words[i - 1].norm in RELATIVES or self._report_before(i, lo) is not None)

    def _stated(self, sp: Speaker) -> bool:
        """Whether a speaker is a statement (في بيان الجامعة الذي أشار إلى ...، كما أوضح أن): a relative clause
        after it carries the statement on, and the cues that follow continue it."""
        if sp.span is None:
            return False
        k = bisect_left(self.starts, sp.span.start)
        return k < len(self.words) and self.starts[k] == sp.span.start and self._is(k, "statement") is not None

    def _attribution(self, i: int, lo: int, hi: int, hits: list[Hit]) -> None:
        """An attribution cue at i (بحسب X): a quote of its own, or a relay of the quote before it."""
        q = self._source(i, lo, hi)
        last = hits[-1] if hits else None
        if q is not None and last is not None and last.content_start < self.starts[i] and self._relays(i, hi):
            # "قالت الوزارة إن ...، حسبما نقلت رويترز": the outlet relays the quote before it
            name = self._span_text(q.speaker.span)
            if name and q.speaker.span is not None and name not in last.speaker.via:
                sp = last.speaker
                last.speaker = Speaker(sp.span, sp.etype, (name, *sp.via))
            return
        if (q is not None and last is not None and lo <= last.cue < i and q.content_start <= self.starts[last.cue]
                and not self._source_says(i) and not set(self.words[last.cue - 1].forms[:2]) & RELATIVES):
            return  # وأظهرت الدراسة أن ...، وفقا لتحليل جامعة ...: the clause before has its own cue and speaker
            # (not a relative clause's: نتائج الاختبارات التي كشفت عن ... وفقا لتقرير ...: the report speaks)
        if q is not None:
            hits.append(q)

    def _source_says(self, i: int) -> bool:
        """Whether the attribution cue at i names a verb of saying (حسبما أفاد، بحسب ما ذكرت، وفق ما بثته): its
        subject speaks for the whole clause before."""
        return any(self._is(x, "verb", "relay") is not None for x in range(i + 1, min(len(self.words), i + 4)))

    def _no_complement(self, i: int, lo: int, hi: int, kind: str, hits: list[Hit]) -> None:
        """A cue at i without a complement: a direct quote closing before it («...»، قال الوزير), the clause
        before "كما أعلنت X" at the sentence's end, else the person it names becomes the current speaker."""
        before = self._quote_before(i, lo) if kind in ("verb", "participle") else None
        if before is not None and "~" in self.lex.complements(self.cue_kinds[i][kind], kind) and len(  # type: ignore[index]
                self.doc.text[before[0] : before[1]].split()) < NEAR_COMPLEMENT:
            before = None  # سيرته «عصر العلم»، اقترح عليه ... أن: a short title, not what the rare cue said
        as_said = self._as_said(i, lo)
        if kind == "verb" and as_said > lo and self._closes_clause(i, hi):
            q = self._source(as_said, lo, hi)  # "قتل عشرة جنود ...، كما أعلنت السلطات": the clause before
            if q is not None and q.content_start < self.starts[as_said]:
                q.cue = i
                hits.append(q)
                return
        if before is not None:
            end = i + 1
            while end < hi and not self._punct(end):
                end += 1
            sp = self._resolve(i + 1, end, False) if end > i + 1 else self._pronoun()
            hits.append(Hit(i, i, before[0], before[1], True, sp))
            self.previous.append(sp)
        elif kind == "verb" and "^" not in self.lex.complements(self.cue_kinds[i]["verb"], "verb"):  # type: ignore[index]
            named = self._named_subject(i, hi) or self._titled_place_name(i, hi)
            if named is not None:  # وأكد السفير ... عيد الثقفي تلقى ...: the next مشيرا is his
                self.previous.append(named)

    def _fronted_subject(self, i: int, lo: int, kind: str) -> Speaker | None:
        """The subject named right before a present-tense verb cue at i without a conjunction (a headline's
        "الجنرال سامي يحذر كريم من ..."، "الوزارة تدعو المواطنين إلى ..."): it speaks, and the words after the
        cue are whom it addresses."""
        if kind != "verb" or self.words[i].proclitics:
            return None
        if i - 1 > lo and self.words[i - 1].norm == "قد":  # وكان المتحدث ... فلان قد دعا الشباب إلى ...
            before = self._subject_before(i, lo)
            return before if before is not None and before.etype in ("PER", "ORG") else self._kana_subject(i, lo)
        if self.words[i].norm[0] not in "يت":
            return self._nested_subject(i, lo)
        before = self._subject_before(i, lo)
        if before is None or before.span is None or before.etype not in ("PER", "ORG", "LOC"):
            return None
        return before

    def _kana_subject(self, i: int, lo: int) -> Speaker | None:
        """The subject between كان and قد before a cue at i (وكان وزير الدفاع الأمريكي قد أكد أن): a title's
        words, no mark or cue among them."""
        if i - 1 <= lo or self.words[i - 1].norm != "قد":
            return None
        for k in range(i - 2, max(lo, i - 2 - SUBJECT_REACH) - 1, -1):
            if self._punct(k) or self.cue_kinds[k] is not None:
                return None
            if self.words[k].norm.lstrip("وف") in ("كان", "كانت") and k + 1 < i - 1:
                if not set(self.words[k + 1].forms) & self.lex.titles:
                    return None
                sp = self._resolve(k + 1, i - 1, False)
                return sp if sp.span is not None else None
        return None

    def _dual_subject(self, i: int, lo: int) -> Speaker | None:
        """The pair named between كان and a dual verb cue at i (وكان شاهد عيان ومصدر طبي، أبلغا عن ...): two
        nouns joined by و, a comma at most before the cue, no other mark or cue among them."""
        form = (self.cue_kinds[i] or {}).get("verb")
        if form is None or not self.lex.dual(form):
            return None
        end = i - 1 if i - 1 > lo and self._punct(i - 1) in ("،", ",") else i
        for k in range(end - 1, max(lo, end - 1 - SUBJECT_REACH) - 1, -1):
            if self._punct(k) or self.cue_kinds[k] is not None:
                return None
            if self.words[k].norm.lstrip("وف") in ("كان", "كانت") and k + 2 < end:
                if not any(self.words[x].norm.startswith("و") for x in range(k + 2, end)):
                    return None  # وكان الوزير، قالا: one noun, no pair
                sp = self._resolve(k + 1, end, False)
                return sp if sp.span is not None else None
        return None

    def _light_subject(self, i: int, lo: int) -> Speaker | None:
        """The subject of a light verb whose statement a cue with فيه/فيها at i reports (وأدلى الوزير بتصريح قال
        فيه، وألقى الرئيس كلمة أكد فيها): the person or body named in the clause, else the definite words
        right after its verb."""
        if i + 1 >= len(self.words) or self.words[i + 1].norm not in ("فيه", "فيها"):
            return None
        start = i
        while start > lo and (not self._punct(start - 1) or self._punct(start - 1) in QUOTE_OPEN | CLOSERS):
            start -= 1  # أطلق فلان تغريدة على موقع «تويتر» قال فيها: quotation marks stay inside the clause
        people = [e for e in self._entities_within(self.starts[start], self.starts[i]) if e.type == "PER"]
        if people:  # نشرت صحيفة «...» مقالا للكاتب فلان أشار فيه: the writer
            return Speaker(Span(people[-1].start, people[-1].end), "PER", ())
        named = self._clause_subject(i, lo)
        if named is not None and named.span is not None and not self._platform(named.span):
            return named
        end = start + 1
        while end < i and self.words[end].kind == "arabic" and self.words[end].norm.startswith("ال"):
            end += 1
        return Speaker(Span(self.starts[start + 1], self.ends[end - 1]), None, ()) if end > start + 1 else None

    def _nested_subject(self, i: int, lo: int) -> Speaker | None:
        """The subject between a complementizer and a past verb cue at i inside another quote's content (قال
        إن رئيس الأركان الأمريكي طالب رئيس الوزراء بـ ...، أن الجنرال فلان أبلغ فلانا أن): a definite title or a
        name of up to four words, no mark or cue among them; whom the cue addresses follows it."""
        for k in range(i - 1, max(lo, i - 5) - 1, -1):
            w = self.words[k]
            if self._is(k, "complementizer"):
                if k == i - 1:
                    return None
                first = self.words[k + 1]
                named = any(self._entity_at(x, 0) >= 0 for x in range(k + 1, i))
                if not (named or set(first.forms) & self.lex.titles):
                    return None
                sp = self._resolve(k + 1, i, False)
                return sp if sp.span is not None else None
            if w.kind != "arabic" or self.cue_kinds[k] is not None or w.norm in STOP or self._is_time(k):
                return None
        return None

    def _as_said(self, i: int, lo: int) -> int:
        """The word that makes the cue at i a source of the clause before it: كما (كما أعلنت السلطات), or على of
        "، على ما" after a comma (قتل عشرة، على ما أفاد مصدر طبي); -1 when none."""
        if i - 1 > lo and self.words[i - 1].norm == "كما":
            return i - 1
        if i - 3 > lo and self.words[i - 1].norm == "ما" and self.words[i - 2].norm == "علي" and (
                self._punct(i - 3) in ("،", ",")):
            return i - 2
        return -1

    def _closes_clause(self, i: int, hi: int) -> bool:
        """Whether the cue at i and its subject end their clause: punctuation or the sentence's end within
        the words of a source (كما أعلنت السلطات المحلية.)."""
        for x in range(i + 1, min(hi, i + 2 + SOURCE_WORDS // 2)):
            if self._punct(x) and not self._inside_word(x):
                return True
        return hi <= i + 1 + SOURCE_WORDS // 2

    def _scene(self, i: int, hi: int) -> None:
        """A verb at i that is no cue but names its subject (والتقى الأمير محمد ...، ظهر الوزير في ...): that
        person is the speaker of the cues that follow without one."""
        named = self._named_subject(i, hi) or self._issuing_subject(i, hi)
        if named is not None:
            self.previous.append(named)

    def _issuing_subject(self, i: int, hi: int) -> Speaker | None:
        """The definite subject of a verb of issuing at i before the indefinite document it issues (أصدر
        البرنامج تعميما، أصدرت الهيئة قرارا): one to four definite words, then a bare word in the accusative; or
        of a verb of attacking before whom it attacks (هاجمت الكتل البرلمانية بعض القوى ...، متهمة إياها)."""
        verb = self.words[i].norm.lstrip("وف")
        if verb not in ISSUING and verb not in ("هاجم", "هاجمت"):
            return None
        end = i + 1
        while end < min(hi, i + 5) and self.words[end].kind == "arabic" and \
                self.words[end].norm.startswith(("ال", "لل", "وال")) and self.words[end].norm not in STOP:
            end += 1
        bare = end < hi and not self.words[end].norm.startswith("ال") and not self.words[end].proclitics
        if end == i + 1 or not bare or not self._plain(end) or (
                verb in ISSUING and not self.words[end].norm.endswith("ا")):
            return None
        span = Span(self.starts[i + 1], self.ends[end - 1])
        return Speaker(span, self._entity_type(span), ())

    def _report_speaker(self, lo: int, hi: int) -> Speaker | None:
        """The body whose report, without the article, opens a cue's region [lo, hi), written on ل (وقال تقرير
        لمنظمة العفو الدولية إن ...، وذكر تقرير حديث للجنة ...): it speaks, the report relays."""
        if self.words[lo].norm != "تقرير" or hi - lo < 2:
            return None  # التقرير السنوي لغرفة ...: a report named as a document speaks as written
        issuer = self._report_issuer(lo, hi)
        if issuer is None or issuer.span is None:
            return None
        return Speaker(issuer.span, issuer.etype, (*issuer.via, "تقرير"))

    def _hit(self, i: int, lo: int, kind: str, comp: tuple[int, int, int]) -> Hit:
        """The quote of the cue at i whose complement ``comp`` was found: its speaker region and content."""
        k, masdar, region_end = comp
        region_hi = masdar if masdar >= 0 else (region_end if region_end >= 0 else k - 1)
        # the complement word itself (إن، على، ":") is not part of the region
        while region_hi > i + 1 and (
            self._is(region_hi - 1, "complementizer") or self._punct(region_hi - 1) == ":"
            or self.doc.text[self.starts[region_hi - 1] : self.ends[region_hi - 1]] == "على"  # اتفق ... على أن
        ):
            region_hi -= 1
        if self._punct(k) in QUOTE_OPEN:
            region_hi = min(region_hi, k)
        region_lo = i + 3 if self.words[i].norm in ("جاء", "وجاء") else i + 1  # جاء في بيان لوزارة ...
        inner = self._relay_within(region_lo, region_hi) or self._source_within(region_lo, region_hi)
        region_hi = inner[0] if inner is not None else region_hi
        cue = masdar if masdar >= 0 else i
        told = self._told_medium(i, region_lo, region_hi)
        if told is not None:  # وأبلغ (مسؤول أمني) وكالة «رويترز» أن ...: the outlet is told, the subject speaks
            m, outlet = told
            before = self._resolve(region_lo, m, False, lo) if m > region_lo else (
                self._subject_before(i, lo) or self._pronoun(i, lo))
            c_start, c_end, direct = self._open_content(k)
            return Hit(cue, i, c_start, c_end, direct, Speaker(before.span, before.etype, (*before.via, outlet)))
        if region_hi > region_lo and any(self._punct(x) not in ("", "،", ",")
                                         or (self.words[x].kind == "arabic" and not self._is_time(x)
                                             and self.words[x].norm not in ADVERBS)
                                         for x in range(region_lo, region_hi)):
            fronted = self._fronted_subject(i, lo, kind) or self._light_subject(i, lo) or self._title_subject(i, lo)
            sp = fronted or self._same(region_lo, region_hi) or self._report_speaker(region_lo, region_hi) or (
                self._bare_title(self._resolve(region_lo, region_hi, kind == "relay", lo)))
            if fronted is not None:  # الجنرال سامي يحذر كريم من ...: whom the cue addresses follows it
                outlet = self._told_outlet(region_lo, region_hi)  # لفت أثناء المؤتمر لـ"الوطن" إلى
                sp = Speaker(sp.span, sp.etype, (*sp.via, outlet)) if outlet and outlet not in sp.via else sp
            elif kind == "participle" or self._addressee(i, sp) or self._plural_verb(i) or self._object_pronoun(i):
                sp = self._continued(i, lo, sp, region_lo)
            elif self._directive(i):
                sp = self._quoted_caller(region_lo, region_hi, sp) or self._caller(region_lo, region_hi, sp)
                sp = self._before_addressee(sp)
        else:
            said = self.words[i].norm.startswith("بقول") and self._clause_subject(i, lo)
            sp = (said or self._participle_subject(i, lo) or self._title_subject(i, lo) or self._nested_subject(i, lo)
                  or self._kana_subject(i, lo) or self._dual_subject(i, lo) or self._svo_before(i, lo)
                  or self._opening_subject_of(i, lo) or self._pronoun(i, lo))
        for medium in (self._medium(region_lo, region_hi), inner[1] if inner is not None else ""):
            if medium and medium not in sp.via:
                sp = Speaker(sp.span, sp.etype, (*sp.via, medium))
        c_start, c_end, direct = self._open_content(k)
        return Hit(cue, i, c_start, c_end, direct, sp)

    def _source_within(self, lo: int, hi: int) -> tuple[int, str] | None:
        """An attribution inside a cue's speaker region [lo, hi) after its first word (وقال الوزير، بحسب وكالة
        الأنباء، إن ...): where the speaker's words end and the name it credits (a relay), else None."""
        for x in range(lo + 1, hi):
            if self._punct(x) not in ("", "،", ",", "-", "–"):
                return None  # «... كشف حساب ...»، حسب فلان: a quotation closes before the attribution
            if self._is(x, "source") is None:
                continue
            if self.words[x].norm == "نقلا":
                return None  # أفادت الشبكة نقلا عن مسؤولين: those it quotes speak, through the region's outlet
            q = self._source(x, lo, len(self.words))
            name = self._span_text(q.speaker.span) if q is not None and q.speaker.span is not None else ""
            return ((x - 1 if self._punct(x - 1) in ("،", ",") else x), name) if name else None
        return None

    def _told_medium(self, i: int, lo: int, hi: int) -> tuple[int, str] | None:
        """The outlet that a cue of telling at i (أبلغ، "@" in the lexicon) has as its object: (where it opens
        in the region [lo, hi), its words) for the first media noun of the region (وكالة، صحيفة), else None."""
        found = self._is(i, "verb")
        if found is None or "@" not in self.lex.complements(*found):
            return None
        for m in range(lo, hi):
            if self._punct(m) in ("،", ","):
                return None
            if self._is(m, "media"):
                return m, self._clean(m, hi)
        return None

    def _continued(self, i: int, lo: int, sp: Speaker, region_lo: int) -> Speaker:
        """The speaker that a cue at i continues when its region names no speaker of its own (a participle's
        object, موجها الأنظار إلى; a call's addressee, وطالب المجتمع الدولي بـ): the region keeps only its
        relays."""
        if sp.span is None or sp.span.start < self.starts[region_lo]:
            svo = self._svo_before(i, lo)  # رغم أن محمد عبده سبقه مصرحا في كل مرة بأن
            return Speaker(svo.span, svo.etype, sp.via) if svo is not None else sp
        before = self._subject_before(i, lo) or self._svo_before(i, lo) or self._pronoun(i, lo)
        return Speaker(before.span, before.etype, sp.via if sp.via != before.via else before.via)

    def _directive(self, i: int) -> bool:
        return self.kinds is not None and self.kinds.kind_of(self.words[i].norm) == "directive"

    def _addressee(self, i: int, sp: Speaker) -> bool:
        """Whether the speaker found for a directive cue at i is whom it calls on (وطالب المجتمع الدولي بـ)."""
        if sp.span is None or not self._directive(i):
            return False
        raw = self.doc.text[sp.span.start : sp.span.end]
        said = fold(raw)
        return any(said == a or said == "ال" + a for a in ADDRESSEES) or self._addressee_head(said) or (
            sp.etype != "PER" and (self._oblique_plural(raw) or self._feminine_object(i, sp, said)))

    def _masculine_cue(self, i: int) -> bool:
        """Whether the cue at i is a masculine singular: by the lexicon's pairs, or a hollow-ended past whose
        feminine drops its alef (دعا، دعت)."""
        form = self.words[i].forms[-1]
        return self.lex.gender(self.words[i].forms) == "m" or (
            len(form) == 3 and form.endswith("ا") and form[:-1] + "ت" in self.lex.cues)

    def _feminine_object(self, i: int, sp: Speaker, said: str) -> bool:
        """Whether a call's region right after a masculine cue at i opens with a definite feminine noun (دعا
        الوزارة إلى، طالب الشركة المنفذة بـ): as its subject the verb would be feminine, so it is whom it calls on."""
        first = said.split()[0] if said else ""
        return (sp.span is not None and i + 1 < len(self.words) and sp.span.start == self.starts[i + 1]
                and self._masculine_cue(i) and first.startswith("ال") and first.endswith("ه")
                and len(first) > 4 and first not in self.lex.titles)

    def _oblique_plural(self, raw: str) -> bool:
        """Whether a call's region is a plural in the object case, never its subject (نصح اللاعبين بـ،
        دعا مواطني المدينة إلى): one definite word ending in ين, or a construct ending in ي before a
        definite noun; a title (مديري) is none."""
        words = raw.split()
        first = fold(words[0]) if words else ""
        if first.startswith("ال") and first.endswith("ين") and len(first) > 6 and len(words) > 1:
            return True  # دعا المسؤولين العسكريين والقادة الميدانيين ...: a definite plural in the object case
        if first in self.lex.titles or first[2:] in self.lex.titles:
            return False
        if len(words) == 1:
            return first.startswith("ال") and first.endswith("ين") and len(first) > 5
        return (len(words) == 2 and words[0].endswith("ي") and not first.startswith("ال") and len(first) > 4
                and fold(words[1]).startswith("ال"))

    def _caller(self, lo: int, hi: int, sp: Speaker) -> Speaker:
        """The speaker of a call whose region [lo, hi) names two people or bodies: the first calls on the
        second (دعا الصرخي الأمم المتحدة إلى ...)."""
        named = [e for e in self._entities_within(self.starts[lo], self.ends[hi - 1]) if e.type in ("PER", "ORG")]
        if len(named) < 2 or sp.span is None or sp.span.start == named[0].start:
            return sp
        if self.starts[lo] < named[0].start and set(self.words[lo].forms) & self.lex.titles:
            return sp  # دعا زعيم الحركة ... الملا سالم بدر: the first body is inside the caller's title
        return Speaker(Span(named[0].start, named[0].end), named[0].type, sp.via)

    def run(self) -> list[Quote]:
        out: list[Quote] = []
        self.before: tuple[int, int] | None = None  # the sentence before the one being read
        self.quoted_to = -1
        for lo, hi in self.ix.sentence_ranges:
            out.extend(self._sentence(lo, hi))
            self.before = (lo, hi)
        out.sort(key=lambda q: (q.start, q.cue.start))
        return out


def find_quotes(doc: Document, lex: QuoteLexicon, kinds: QuoteKinds | None = None) -> list[Quote]:
    """All quotes of ``doc`` (reads the tokens, sentences, entities and times layers); ``kinds`` tells the
    calls and demands, whose object is whom they call on."""
    if not doc.layer("tokens"):
        return []
    finder = QuoteFinder(doc, lex)
    finder.kinds = kinds
    return finder.run()
