"""Speakers: who fills the region between a cue and its content, and who a cue without a subject continues."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from marsad.document import Entity, Span
from marsad.quotes.agreement import Agreement, people_plural
from marsad.quotes.base import Speaker
from marsad.quotes.settings import (
    DESCRIBERS,
    HONORIFIC_PRONOUNS,
    KANA,
    NOT_SPEAKERS,
    PRONOUN_PREPS,
    QUOTED_NAME_WORDS,
    RELATIVES,
    SAID,
    SAME,
    SOURCE_NOUNS,
    SOURCE_PLURALS,
    SPEAKER_MEMORY,
    STOP,
    SUBJECT_REACH,
    TITLE_REACH,
    VERB_PARTICLES,
    WITHHELD,
    WITHHOLDING,
)
from marsad.quotes.words import QUOTE_OPEN
from marsad.text.normalize import fold


class Speakers(Agreement):
    """Reads the speaker of a cue's region, or the speaker it continues."""

    def _pick(self, lo: int, hi: int) -> tuple[Span | None, str | None, bool]:
        """Speaker in words [lo, hi): (span, entity type, is a statement noun)."""
        if hi - lo >= 2 and self._is(lo, "statement") and self.words[lo + 1].norm.startswith("ل"):
            # بيان للتحالف، بيان لوزارة الخارجية: the statement's issuer speaks
            issuer = self._issuer(lo + 1, hi)
            if issuer is not None:
                return issuer
        outlet = self._quoted_outlet(lo, hi) if not self.words[lo].proclitics else None
        if outlet is not None:  # كتبت شبكة "سي ان ان" على موقعها: the outlet's name, not the media noun
            return outlet[0], self._entity_type(outlet[0]), False
        if hi - lo > 2 and self.words[lo].norm in ("كل", "كلا") and self.words[lo + 1].norm == "من":
            lo += 2  # وأكد كل من الوزير فلان والسفير فلان: the first named speaks
        titled = self._abbreviated_title(lo, hi)
        if titled is not None:  # أستاذ العلوم السياسية في الجامعة د. فراس الياس
            return titled, "PER", False
        # cut at the first adjunct preposition
        for k in range(lo, hi):
            if self._ends_speaker(k, lo, hi):
                name = self._name_after_place(k, hi) if self.words[k].norm == "في" else None
                if name is not None:  # المدير العام للتعليم في منطقة الرياض محمد المرشد
                    return Span(name.start, name.end), name.type, False
                untagged = self._untagged_name(k, hi) if self.words[k].norm == "في" else None
                if untagged is not None:  # نائب رئيس المجلس في حزب الله نبيل قاووق، (no entity for the name)
                    return untagged, "PER", False
                hi = k
                break
        hi = self._before_relative(lo, hi)
        lam = self._addressed(lo, hi)
        told = lam | self._lam_attached(lo, hi)  # لـ«رويترز»، لرويترز: whom it was said to
        addressed = lam | self._no_speaker(lo, hi)
        addressed |= self._told_last(told - lam, addressed, lo, hi)
        content = [k for k in range(lo, hi) if not self._punct(k) and not self._is_time(k) and k not in addressed]
        if not content:
            return None, None, False
        start, end = self.starts[content[0]], self.ends[content[-1]]
        told_at = {self.starts[k] + x for k in told if not self._punct(k) for x in (0, 1, 2)}  # not a closing mark
        best = self._best_entity(start, end, told_at)
        if best is not None:
            named = self._name_after_body(best, content) if best.type != "PER" else None
            if named is not None:  # زعيمة حزب ميريتس زهافا جلئون: the tagger missed the person's name
                return named, "PER", False
            span, etype = self._titled_place(best, content)
            return span, etype, False
        if len(content) == 1 and self._is(content[0], "statement"):
            return None, None, True
        # comma/time-separated segments; prefer one that does not open with a title
        segments: list[list[int]] = [[]]
        for k in range(lo, hi):
            if (self._punct(k) and not self._inside_word(k)) or self._is_time(k) or k in addressed:
                if segments[-1]:
                    segments.append([])
                continue
            segments[-1].append(k)
        segments = [s for s in segments if s and self.words[s[0]].norm not in RELATIVES | DESCRIBERS] or [
            s for s in segments if s
        ]
        choice = self._segment_choice(segments, self._withheld(lo, hi))
        return Span(self.starts[choice[0]], self.ends[choice[-1]]), None, False

    def _before_relative(self, lo: int, hi: int) -> int:
        """Where a relative clause opens in a speaker's region [lo, hi) after the words it describes (التقرير الذي
        أصدرته شركة ...، المؤسسة التي يوجد مقرها في ...): the clause tells about the speaker, it names none; else
        ``hi``."""
        for k in range(lo + 1, hi):
            if self._punct(k):
                return hi
            if set(self.words[k].forms[:2]) & RELATIVES:
                return k
        return hi

    def _segment_choice(self, segments: list[list[int]], withheld: set[int]) -> list[int]:
        """The segment of a region without entities that names the speaker: the one a clause withholding the
        name follows (وأكد مصدر طبي طلب عدم كشف اسمه، الحصيلة: the source, not the object), else the first
        that opens with no title or adjunct, else the first."""
        for seg in segments:
            if seg[-1] + 1 in withheld:
                named = [k for k in seg if not set(self.words[k].forms[:2]) & RELATIVES]  # رئيس المجموعة الذي
                return named or seg
        for seg in segments:
            if not (set(self.words[seg[0]].forms) & self.lex.titles) and not self._adjunct_opens(seg[0]):
                return seg
        return segments[0]

    def _adjunct_opens(self, k: int) -> bool:
        """Whether the word at k is a preposition that opens an adjunct (على رصيف الميناء، في المؤتمر)."""
        return self.words[k].norm in STOP or self.doc.text[self.starts[k] : self.ends[k]] == "على"

    def _lam_attached(self, lo: int, hi: int) -> set[int]:
        """The words of [lo, hi) that carry the preposition ل before a name
        (قال الوزير لرويترز إن: whom it was said to), past the first (وفقا لرويترز: the source itself) unless a
        verb cue stands right before it and the name is a body's (وقال لرويترز: still whom it was said to; دعا
        لاري ...: a person's name that begins with ل)."""
        told = {k for k in range(lo + 1, hi) if self._lam_name(k)}
        if lo > 0 and self._is(lo - 1, "verb", "participle") and self._lam_name(lo, "ORG"):
            told.add(lo)
        return told

    def _lam_name(self, k: int, etype: str = "") -> bool:
        """Whether word k is ل written on a name (of type ``etype`` when given)."""
        w = self.words[k]
        if w.kind != "arabic" or not w.norm.startswith("ل") or w.norm[1:] not in w.forms[1:]:
            return False
        n = bisect_left(self.entity_starts, self.starts[k] + 1)
        return n < len(self.entities) and self.entity_starts[n] == self.starts[k] + 1 and (
            not etype or self.entities[n].type == etype)

    def _entity_starts_at(self, start: int) -> bool:
        n = bisect_left(self.entity_starts, start)
        return n < len(self.entity_starts) and self.entity_starts[n] == start

    def _best_entity(self, start: int, end: int, told: set[int]) -> Entity | None:
        """The first person, else body, else place inside [start, end), none of them starting at ``told``
        (لـ«رويترز» inside the region: whom it was said to); a person named by kinship to the first, the name
        after it (شقيق الشهيد فلان محمد جعفر)."""
        best: Entity | None = None
        rank = {"PER": 0, "ORG": 1, "LOC": 2}
        for e in self._entities_within(start, end):
            if e.type in rank and (best is None or rank[e.type] < rank[best.type]) and e.start not in told:
                best = e
        return self._relative_named(best, end) if best is not None else None

    def _no_speaker(self, lo: int, hi: int) -> set[int]:
        """Words of [lo, hi) that are never the speaker: a participle cue (وتابع قائلا), a preposition
        with a pronoun suffix (أوضحت فيه، تحدث إلينا), an honorific with a pronoun (وقال معاليه) and the clause a
        conjunction opens (بحسب ما ذكرت، حيث إنها)."""
        return {k for k in range(lo, hi)
                if ((self.words[k].norm in PRONOUN_PREPS or self.words[k].forms[-1] in PRONOUN_PREPS)
                    and not self._in_abbreviation(k))
                or self._is(k, "participle") or self.words[k].norm in HONORIFIC_PRONOUNS} | (
                    self._withheld(lo, hi) | self._clause_opened(lo, hi))

    def _clause_opened(self, lo: int, hi: int) -> set[int]:
        """The words of [lo, hi) from a conjunction that opens a clause to the next mark (بحسب ما ذكرت، حيث إنها؛
        ويقول وهو يقرأ ورقة إن؛ وأضافت بينما كانت تستعد): never the speaker."""
        out: set[int] = set()
        k = lo
        while k < hi:
            if self.words[k].norm in NOT_SPEAKERS:
                while k < hi and not (self._punct(k) and not self._inside_word(k)):
                    out.add(k)
                    k += 1
            k += 1
        return out

    def _withheld(self, lo: int, hi: int) -> set[int]:
        """The words of a clause in [lo, hi) that withholds the speaker's name (مسؤول طلب عدم نشر اسمه)."""
        for k in range(lo, hi):
            if self.words[k].norm in WITHHOLDING:
                for x in range(k + 1, min(hi, k + 5)):
                    if self.words[x].norm in WITHHELD:
                        return set(range(k, x + 1))
        return set()

    def _addressed(self, lo: int, hi: int) -> set[int]:
        """The words of [lo, hi) marked with ل, and the name after a bare لـ: a subject never carries the
        preposition ل ("للصحفيين" and لـ"الرياض" are whom it was said to)."""
        addressed: set[int] = set()
        k = lo
        while k < hi:
            w = self.words[k]
            if w.kind == "arabic" and (w.norm == "ل" or (w.norm.startswith("لل") and len(w.norm) > 4)):
                addressed.add(k)
                if w.norm == "ل":  # لـ + the name, quoted or not
                    k += 1
                    quoted = False
                    while k < hi and self._punct(k) in QUOTE_OPEN:
                        addressed.add(k)
                        quoted = True
                        k += 1
                    first = k
                    while (quoted and k < hi and k - first < QUOTED_NAME_WORDS
                           and not (self._punct(k) and not self._inside_word(k))):
                        addressed.add(k)  # لـ«الشرق الأوسط»: every word of the quoted name
                        k += 1
                    while k < hi and not self._punct(k):
                        addressed.add(k)
                        if self.words[k].kind == "arabic":
                            k += 1
                            break
                        k += 1
                    while k < hi and self._punct(k) in ("»", '"', "”", "›"):
                        addressed.add(k)
                        k += 1
                    continue
            k += 1
        return addressed

    def _resolve(self, lo: int, hi: int, relay: bool, sentence_lo: int = -1) -> Speaker:
        """The speaker and relays of the region [lo, hi) after a cue at lo - 1 (in a sentence starting at
        ``sentence_lo`` when known: a region holding no speaker then looks before the cue)."""
        via: list[str] = []
        if relay:
            via, lo, hi = self._relay_parts(lo, hi)
        for k in range(lo, hi - 1):  # نقلت وكالة رويترز ما قاله جيف كوفلين ...: the outlet relays
            if self.words[k].norm == "ما" and self.words[k + 1].norm in SAID:
                if k > lo:
                    via.append(self._clean(lo, k))
                lo = k + 2
                break
        if not relay:  # ذكرت هيئة الإذاعة (إيه.بي.سي) نقلا عن غواصين ...: the outlet relays, the rest speak
            for k in range(lo, hi - 2):
                if self.words[k].norm == "نقلا" and self.words[k + 1].norm == "عن" and k > lo:
                    via.append(self._clean(lo, k))
                    lo = k + 2
                    break
        source = self._region_source(lo, hi) if not relay else ""
        if source:  # وقالت وفقا لما ذكره راديو فرنسا إن ...: the source relays, the cue's subject speaks
            via.append(source)
            hi = lo
        phrase = self._via_phrase(lo, hi)
        if phrase is not None:
            cut, p, q = phrase
            via.append(self._clean(p, q))
            hi = cut
        else:
            told = self._told_outlet(lo, hi)  # قال ... لـ(إيه.بي.سي)، مؤكدا لـ"الرياض"
            if told:
                via.append(told)
        span, etype, statement = self._pick(lo, hi)
        if statement:
            for prev in reversed(self.previous):
                if prev.span is not None and prev.etype == "ORG":
                    return Speaker(prev.span, prev.etype, prev.via + tuple(via))
            span, etype = Span(self.starts[lo], self.ends[hi - 1]), None
        if span is None:
            before = (self._subject_before(lo - 1, sentence_lo) or self._kana_before(lo - 1, sentence_lo)
                      or self._opening_subject_of(lo - 1, sentence_lo) if sentence_lo >= 0 else None)
            if before is not None:
                return Speaker(before.span, before.etype, tuple(via))
            if self.previous:
                prev = self._agreeing(lo - 1, sentence_lo)
                return Speaker(prev.span, prev.etype, prev.via + tuple(v for v in via if v not in prev.via))
            if sentence_lo >= 0:
                named = self._pronoun(lo - 1, sentence_lo)
                return Speaker(named.span, named.etype, tuple(via))
            return Speaker(None, None, tuple(via))
        if etype is None:
            etype = self._entity_type(span)
        span = self._whole_name(span, lo) if etype == "PER" else span
        if not via and self.previous and self.previous[-1].span is not None:
            prev = self.previous[-1]
            if prev.via and self._same_speaker(span, prev.span):  # وأضاف زاده: the interview goes on
                via = list(prev.via)
        return Speaker(span, etype, tuple(via))

    def _relay_parts(self, lo: int, hi: int) -> tuple[list[str], int, int]:
        """The relays of a relay verb's region [lo, hi), the parts before each عن (نقلت وكالة X عن Y → X), and
        the last part, the speaker's words."""
        parts: list[tuple[int, int]] = []
        a = lo
        for k in range(lo, hi):
            if self.words[k].norm == "عن":
                parts.append((a, k))
                a = k + 1
        parts.append((a, hi))
        if len(parts) == 1:
            return [], lo, hi
        return [self._clean(p, q) for p, q in parts[:-1] if q > p], parts[-1][0], parts[-1][1]

    def _region_source(self, lo: int, hi: int) -> str:
        """The source named by a region [lo, hi) that opens with an attribution cue (وفقا لما ذكره راديو فرنسا،
        بحسب ما أفاد به ...), without the cue and its verb, or ""."""
        if hi - lo < 2 or self._is(lo, "source") is None:
            return ""
        a = lo + 1
        while a < hi and (self.words[a].norm in ("ل", "لما", "ما") or self._punct(a) == "ـ"):
            a += 1
        if a < hi and (self._is(a, "verb", "relay") is not None or (  # لما ذكره، بحسب ما أفاد به
                self.words[a].norm.endswith("ه") and self._is_cue_form(self.words[a].norm[:-1]))):
            a += 1
            if a < hi and self.words[a].norm in PRONOUN_PREPS:
                a += 1
        return self._clean(a, hi) if a < hi else ""

    def _same_speaker(self, a: Span, b: Span | None) -> bool:
        if b is None:
            return False
        x, y = fold(self.doc.text[a.start : a.end]), fold(self.doc.text[b.start : b.end])
        return bool(x and y) and (x in y or y in x)

    def _pronoun(self, i: int = -1, lo: int = -1) -> Speaker:
        """The speaker of a cue without a subject: the previous speaker, else (the article's first quote)
        the first person, else organization, named earlier in the cue's sentence (وصف الملحق ... زايد
        الحارثي ...، وقال: ...); for a feminine cue a woman by her title first, then a body no preposition
        governs (رفضت إدارة نادي الخليج ... لضم الحارس فلان، مؤكدة: the club), then a person not known to be
        a man (عندما تحدثت هيلاري في جامعة ...، أعلنت)."""
        if self.previous:
            return self._agreeing(i, lo)
        if lo >= 0 and self._plural_cue(i):  # تناقل مستخدمو التواصل مقطعا ...، مطالبين
            plural = self._plural_before(i, lo) or self._plural_noun_before(i, lo)
            if plural is not None:
                return plural
        if lo >= 0:
            start, end = self.starts[lo], self.starts[i]
            told = self._told_outlet(lo, i)  # وصف الملحق ... خلال حديثه لـ«عكاظ» ...، وقال: ...
            named = sorted((e for e in self._entities_within(start, end) if e.type in ("PER", "ORG")
                            and self.doc.text[e.start : e.end] != told  # the outlet told is no speaker
                            and not self._platform(Span(e.start, e.end)) and not self._credited(e)),
                           key=lambda e: (e.type != "PER", e.start))
            if self.lex.gender(self.words[i].forms) == "f":  # رفضت إدارة نادي الخليج ... الحارس فلان، مؤكدة
                named = sorted(named, key=self._feminine_rank)
            if named:
                return Speaker(Span(named[0].start, named[0].end), named[0].type, (told,) if told else ())
            return self._opening_subject(lo, i) or Speaker(None, None, ())
        return Speaker(None, None, ())

    def _feminine_rank(self, e: Entity) -> tuple[int, int]:
        """The order of the names a feminine cue may continue: a woman by her title, a body that no preposition
        governs, a person not known to be a man, the rest; each in text order."""
        gender = self._gender(Speaker(Span(e.start, e.end), e.type, ()))
        k = bisect_right(self.starts, e.start) - 1
        governed = k < 0 or self._governed(k)
        if e.type == "PER":
            rank = 0 if gender == "f" else (2 if gender != "m" else 3)
        else:
            rank = 1 if not governed else 3
        return rank, e.start

    def _agreeing(self, i: int, lo: int = -1) -> Speaker:
        """The nearest earlier speaker that agrees in gender with the cue at i (قالت → the ministry, not the
        minister named after it), else a body or person of that gender named earlier in the cue's sentence
        (starting at ``lo``; كانت الهيئة ... قد أطلقت تغريدات أكدت فيها): the last speaker when the cue's
        gender is unknown or nothing agrees."""
        if i >= 0 and lo >= 0 and self._plural_cue(i):
            plural = (self._plural_before(i, lo) or self._plural_noun_before(i, lo)
                      or self._plural_earlier(self._gender(self.previous[-1])))
            if plural is not None:
                return plural
        last = self.previous[-1]
        want = self.lex.gender(self.words[i].forms) if i >= 0 else ""
        earlier = last.span is not None and lo >= 0 and last.span.start < self.starts[lo]
        if want == "f" and (last.etype == "PER" or self._gender(last) != "f") and earlier:
            body = self._body_in_sentence(i, lo)  # وعلقت صحيفة «...» على الخبر، فقالت: the outlet, not a person before
            if body is not None:
                return body
        if want == "f" and last.span is not None and self._gender(last) != "f":
            named = self._feminine_subject(last.span.end, i)  # وشككت دالما ...: «...». وأضافت
            if named is not None:
                return named
        if not want or self._gender(last) in (want, ""):
            return last
        for prev in reversed(self.previous[-SPEAKER_MEMORY:]):
            if self._gender(prev) == want or (want == "m" and prev.etype == "PER"):
                return prev
        if lo >= 0:
            etype = "ORG" if want == "f" else "PER"
            for e in self._entities_within(self.starts[lo], self.starts[i]):
                if e.type == etype:
                    return Speaker(Span(e.start, e.end), e.type, ())
        return last

    def _body_in_sentence(self, i: int, lo: int) -> Speaker | None:
        """The last outlet or body named in the cue's sentence before the cue at i, not marked with ل: an
        outlet's name after its media noun (صحيفة «...»، صحيفة نيويورك تايمز), else an ORG entity."""
        found: Speaker | None = None
        text = self.doc.text
        for k in range(lo, i):
            outlet = self._quoted_outlet(k, i)
            if outlet is not None and not self.words[k].proclitics:
                found = Speaker(outlet[0], "ORG", ())
            elif self._is(k, "media") and not self.words[k].proclitics and k + 1 < i:
                n = self._entity_at(k + 1, 0)
                if n >= 0 and self.entities[n].start == self.starts[k + 1]:
                    found = Speaker(Span(self.entities[n].start, self.entities[n].end), "ORG", ())
        if found is not None:
            return found
        orgs = [e for e in self._entities_within(self.starts[lo], self.starts[i])
                if e.type == "ORG" and not (e.start > 0 and text[e.start - 1] == "ل")]
        return Speaker(Span(orgs[-1].start, orgs[-1].end), "ORG", ()) if orgs else None

    def _plural_before(self, i: int, lo: int) -> Speaker | None:
        """The last body or person of the cue's sentence (from ``lo`` to the cue at i) named with a plural
        ending (حمّل الحوثيون ...، واتهموها): the subject of a plural cue."""
        for e in reversed(list(self._entities_within(self.starts[lo], self.starts[i]))):
            last = fold(self.doc.text[e.start : e.end]).split()[-1]
            if e.type in ("PER", "ORG") and last.endswith(("ون", "يين")):
                return Speaker(Span(e.start, e.end), e.type, ())
        return None

    def _same(self, lo: int, hi: int) -> Speaker | None:
        """The speaker named before, for "المسؤول ذاته"، "المتحدث نفسه" in the region [lo, hi); for a bare
        definite title (وعلق الشيخ، وأضاف الوزير), the last person named before with that title."""
        words = [k for k in range(lo, hi) if not self._punct(k)]
        if self.previous and 2 <= len(words) <= 3 and self.words[words[-1]].norm in SAME:
            head = self.words[words[0]].forms[-1].removeprefix("ال")
            if not (head in self.lex.titles or head in SOURCE_NOUNS or self._is(words[0], "media", "statement")):
                return self.previous[-1]  # مشيرا في الوقت ذاته: no description of a speaker
            return self._described_earlier(words[0]) or Speaker(
                Span(self.starts[words[0]], self.ends[words[-1]]), None, ())
        return self._latter(words)

    def _described_earlier(self, k: int) -> Speaker | None:
        """The earlier speaker that "المصدر ذاته"، "المصادر نفسها" (its head noun at word k) refers back to: the
        nearest one whose words, or the title words right before them, hold that noun (مصادر في المقاومة ...، وقال
        شهود ...، وأضافت المصادر ذاتها), else the last speaker when it agrees in number (وقال باحث يمني ...، وأضاف
        المصدر نفسه); None when neither, and the description itself speaks (ذكرت الصحيفة ...، وكشف المصادر ذاتها)."""
        head = self.words[k].forms[-1].removeprefix("ال")
        for prev in reversed(self.previous[-SPEAKER_MEMORY:]):
            if prev.span is None:
                continue
            first = max(0, bisect_right(self.starts, prev.span.start) - 1 - TITLE_REACH)
            said = fold(self.doc.text[self.starts[first] : prev.span.end]).split()
            if any(w.removeprefix("ال") == head or w.endswith("ال" + head) for w in said):
                return prev
        last = self.previous[-1]
        if last.span is None:
            return None
        return last if self._plural_source(head) == self._plural_source(fold(
            self.doc.text[last.span.start : last.span.end]).split()[0].removeprefix("ال")) else None

    @staticmethod
    def _plural_source(head: str) -> bool:
        """Whether a speaker's head noun is a plural (مصادر، شهود، المسؤولين)."""
        return head in SOURCE_PLURALS or people_plural(head)

    def _named_subject(self, i: int, hi: int) -> Speaker | None:
        """The first person named within 8 words after the reporting verb at i, before any punctuation and not
        marked with ل: the speaker of a statement whose content was not found."""
        limit = self.ends[min(hi, i + 9) - 1]
        for x in range(i + 1, min(hi, i + 9)):
            if self._punct(x):
                limit = self.starts[x]
                break
        text = self.doc.text
        person = next((e for e in self._entities_within(self.starts[i] + 1, limit) if e.type == "PER"
                       and not (e.start > 0 and text[e.start - 1] == "ل")), None)  # لستامب: whom it was told
        if person is None:  # وأصدر المدير الإقليمي للبرنامج ...، فلان، بيانا
            return self._apposed_subject(i, hi)
        return Speaker(Span(person.start, person.end), "PER", ())

    def _kana_before(self, i: int, lo: int) -> Speaker | None:
        """The subject of a cue at i that follows كان (a past before the news): named before كان (كانت شركة «...»
        كانت أعلنت، يذكر أن الوزارة كانت قد أكدت), or between كان and the cue (وكانت جماعة متشددة في غزة أعلنت أنها
        ...), no mark or other cue among its words and a noun first."""
        if set(self.words[i].proclitics) & {"و", "ف"}:
            return None  # فكانت لاذعة أكثر وكتبت: a cue of its own clause
        k = i - 1 if i - 1 >= lo and self.words[i - 1].norm == "قد" else i
        if k - 1 > lo and self.words[k - 1].norm in KANA:
            before = self._subject_before(k - 1, lo)
            return before if before is not None and before.span is not None else None
        for x in range(k - 1, max(lo, k - 1 - SUBJECT_REACH) - 1, -1):
            if self._punct(x) or self.cue_kinds[x] is not None:
                return None
            if self.words[x].norm.lstrip("وف") in KANA:
                if x + 1 >= k or not self._noun_opens(x + 1):
                    return None  # كانت تطوقه الشرطة، كان قد فاجأهم: a verb's clause
                sp = self._resolve(x + 1, k, False)
                return sp if sp.span is not None else None
        return None

    def _noun_opens(self, k: int) -> bool:
        """Whether word k opens a noun phrase by its form: definite, a name, a title, a source noun, a plural of
        people, or a noun ending in ة (جماعة، منظمة); never a particle or a verb (قد، تطوقه)."""
        w = self.words[k]
        if w.kind != "arabic" or w.norm in VERB_PARTICLES or set(w.forms) & RELATIVES:
            return False
        return (w.norm.startswith("ال") or self._entity_at(k, 0) >= 0 or bool(set(w.forms) & self.lex.titles)
                or w.norm in SOURCE_NOUNS or bool(self._people_word(k))
                or self.doc.text[self.starts[k] : self.ends[k]].rstrip("ًٌٍَُِّْـ").endswith("ة"))  # not تطوقه
