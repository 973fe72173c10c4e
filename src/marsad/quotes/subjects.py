"""Subjects written before their cue: a name, a definite or quoted subject, a source noun or a subject
described by a relative clause (الرئيس بوتين قال، والوزارة أكدت، «الوزير» يؤكد، بيانات هندسية تؤكد)."""

from __future__ import annotations

from bisect import bisect_right

from marsad.document import Entity, Span
from marsad.quotes.base import Speaker
from marsad.quotes.names import Names
from marsad.quotes.settings import (
    APPOSITION_WORDS,
    ASIDE_WORDS,
    CLOSERS,
    DASHES,
    DESCRIBERS,
    FRONT_APPOSITIONS,
    FRONT_OPENERS,
    NOT_SUBJECTS,
    PLATFORMS,
    QUOTED_NAME_WORDS,
    RELATIVE_WORDS,
    RELATIVES,
    SOURCE_ADJECTIVES,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    STOP,
    SUBJECT_WORDS,
    TITLE_PARTICLES,
    TITLE_SUBJECT_WORDS,
    WITHHOLDING,
)
from marsad.quotes.words import QUOTE_OPEN
from marsad.text.normalize import fold


class Subjects(Names):
    """Reads the subject that stands before a cue in its sentence."""

    def _title_subject(self, i: int, lo: int) -> Speaker | None:
        """The words that open the title before its cue, its subject (مرجع ديني عراقي يطالب بـ ...، «الخارجية»
        تدين ...): a few words with no mark between them but quotation marks, none a cue; not for a cue with و
        (وتتهم: the subject before goes on)."""
        title = self.doc.title or ""
        if lo != 0 or not title or not self.doc.text.startswith(title) or self.starts[i] >= len(title) or (
                set(self.words[i].proclitics) & {"و", "ف"}) or self.words[i].forms[0][:1] not in ("ي", "ت"):
            return None  # a present cue only: ضبط قائد مركبة هدد ... is no subject before a past one
        words = [k for k in range(lo, i) if self._punct(k) not in QUOTE_OPEN and self._punct(k) not in CLOSERS]
        if not words or len(words) > TITLE_SUBJECT_WORDS or words[-1] - words[0] + 1 != len(words) or any(
                self._punct(k) or self.cue_kinds[k] is not None for k in words) or (
                self.words[words[0]].norm in STOP | TITLE_PARTICLES):
            return None  # a mark inside the words (الشركة» تطلب), a particle first (حين يتحدث): no subject
        span = Span(self.starts[words[0]], self.ends[words[-1]])
        return Speaker(span, self._entity_type(span), ())

    def _subject_before(self, i: int, lo: int) -> Speaker | None:
        """An SVO subject: an entity ending right before the cue, or before the particle قد in front of it
        (الرئيس بوتين قال إن، وكان ... جون ديفيز قد قال)."""
        if i - 1 >= lo and self.words[i - 1].norm in ("قد", "سوف"):
            i -= 1  # الوثيقة المسماة «الورقة الخضراء» سوف تتساءل: the future particle before the cue
        i = self._before_aside(i, lo)
        if i - 1 < lo or (self.words[i].norm[:1] in ("و", "ف") and not self._amma(i, lo)):
            return None
        prev_end = self.ends[i - 1]
        for e in self.entities:
            if e.start > prev_end:
                break
            if e.end == prev_end and (e.type in ("PER", "ORG") or (e.type == "LOC" and self._bare_place(e, lo))) \
                    and not self._platform(Span(e.start, e.end)):  # كتبها فلان في تويتر قال فيها
                return Speaker(Span(e.start, e.end), e.type, ())
        return (self._quoted_before(i, lo) or self._definite_before(i, lo) or self._described_before(i, lo)
                or self._source_before(i, lo) or self._report_before(i, lo) or self._fronted_before(i, lo)
                or self._fronted_source(i, lo))

    def _fronted_before(self, i: int, lo: int) -> Speaker | None:
        """A person or body that opens the sentence of the cue at i, set off from it by a comma, with up to
        two appositions between commas (فلان، رئيس كذا، أكد ...، رئيس البلدية فلان، أعلن ...، لكن فلان،
        قال ...); none after a preposition (وفي حديثه مع فلان، قال), nor with a cue or a relative pronoun
        in an apposition."""
        comma = i - 1
        for _ in range(FRONT_APPOSITIONS + 1):
            if comma <= lo or self._punct(comma) not in ("،", ","):
                return None
            end = self.ends[comma - 1]
            named = next((e for e in self.entities if e.end == end and e.type in ("PER", "ORG")), None)
            if named is not None:
                return Speaker(Span(named.start, named.end), named.type, ()) if self._opens(named, lo) else None
            k = comma - 1
            while k > lo and not self._punct(k) and comma - k <= APPOSITION_WORDS:
                if not self._plain_word(k):
                    return None
                k -= 1
            comma = k
        return None

    def _fronted_source(self, i: int, lo: int) -> Speaker | None:
        """An unnamed source that opens the sentence of the cue at i after لكن at most, set off from the cue by a
        comma (لكن مصدرا بارزا في الجيش الحر في شمال البلاد، أكد ...): a source noun or title, in the accusative
        too, and its words up to the comma, no mark, cue or relative pronoun among them."""
        comma = i - 1
        first = lo + 1 if lo < comma and self.words[lo].norm in FRONT_OPENERS else lo
        if comma - first < 1 or comma - first > APPOSITION_WORDS or self._punct(comma) not in ("،", ","):
            return None
        head = self.words[first]
        stem = head.norm[:-1] if head.norm.endswith("ا") else head.norm
        if head.kind != "arabic" or head.proclitics or not (stem in SOURCE_NOUNS or stem in self.lex.titles):
            return None
        if any(self._punct(k) or self.cue_kinds[k] is not None or set(self.words[k].forms[:2]) & RELATIVES
               for k in range(first, comma)):
            return None
        return Speaker(Span(self.starts[first], self.ends[comma - 1]), None, ())

    def _plain_word(self, k: int) -> bool:
        """Whether the word at k may stand in a subject's name or role: no preposition, relative pronoun,
        time or cue."""
        w = self.words[k]
        return (w.kind == "arabic" and not set(w.forms[:2]) & (STOP | RELATIVES | NOT_SUBJECTS)
                and self.cue_kinds[k] is None and k not in self.scene and not self._is_time(k))

    def _opens(self, e: Entity, lo: int) -> bool:
        """Whether the entity ``e`` opens its sentence from ``lo``, after its role words at most (رئيس بلدية
        صيدا فلان) and an opener (لكن، بدوره)."""
        k = bisect_right(self.starts, e.start) - 1
        if k < lo or self.starts[k] != e.start:
            return False
        first = lo + 1 if self.words[lo].norm in FRONT_OPENERS else lo
        return all(self._plain_word(x) for x in range(first, k))

    def _before_aside(self, i: int, lo: int) -> int:
        """The word that opens an aside between dashes closing right before a cue at i (عن فلان ـ رضي الله عنه ـ
        قال), whose subject stands before it; else i."""
        if i - 1 <= lo or self._punct(i - 1) not in DASHES:
            return i
        opening = next((x for x in range(i - 2, max(lo, i - 2 - ASIDE_WORDS) - 1, -1) if self._punct(x)), -1)
        return opening if opening > lo and self._punct(opening) in DASHES else i

    def _bare_place(self, e: Entity, lo: int) -> bool:
        """Whether the place ``e`` may be a subject (كانت إيران اتهمت، طهران تتهم): it opens its word, and no
        preposition stands before it (زيارته إلى القاهرة أكد ...)."""
        k = bisect_right(self.starts, e.start) - 1
        if k < lo or self.starts[k] != e.start:
            return False
        return k == lo or (self.words[k - 1].kind == "arabic" and self.words[k - 1].norm not in STOP
                           and not self._construct_head(k - 1))  # قمة كامب ديفيد يؤكد: no subject

    def _quoted_before(self, i: int, lo: int) -> Speaker | None:
        """A short name in quotation marks right before the cue at i, its subject («الوزير» يؤكد ...)."""
        close = i - 1
        while close > lo and close >= i - 2 and self.words[close].norm.startswith("ال") and self._plain(close):
            close -= 1  # صحيفة «ليكيب» الفرنسية ذكرت: the name's adjective
        if self._punct(close) not in CLOSERS:
            return None
        k = close - 1
        while k >= lo and k >= close - QUOTED_NAME_WORDS and not self._punct(k):
            k -= 1
        if k < lo or k == close - 1 or self._punct(k) not in QUOTE_OPEN:
            return None
        if self._platform(Span(self.starts[k + 1], self.ends[close - 1])):
            return None  # تغريدات «تويترية» أكدت فيها: the medium, no subject
        return Speaker(Span(self.starts[k + 1], self.ends[close - 1]), self._entity_type(
            Span(self.starts[k + 1], self.ends[close - 1])), ())

    def _definite_before(self, i: int, lo: int) -> Speaker | None:
        """A subject that opens the sentence of the verb cue at i and is no entity: one to three words, the
        first definite or the head of a construct (الداخلية تشير إلى، والوزارة أكدت أن، منظمة العمل أعلنت)."""
        if not 1 <= i - lo <= SUBJECT_WORDS or self._is(i, "participle"):
            return None
        for k in range(lo, i):
            w = self.words[k]
            if (w.kind != "arabic" or w.norm in STOP | RELATIVES | NOT_SUBJECTS or self._is_time(k)
                    or self.cue_kinds[k] is not None or k in self.scene):  # وألقى الرئيس كلمة أكد فيها
                return None
        first = self.words[lo].norm
        construct = i - lo >= 2 and self.words[lo + 1].norm.startswith("ال") and (
            first.endswith("ه") or self.words[lo].forms[-1] in self.lex.titles)  # منظمة العمل، وزارة الصحة
        if not (first.startswith(("ال", "وال")) and len(first) >= 5) and not construct:
            return None
        conj = first.startswith("وال") or (first[0] == "و" and first[1:] in self.lex.titles)  # ووزارة الصحة
        span = Span(self.starts[lo] + (1 if conj else 0), self.ends[i - 1])
        return Speaker(span, self._entity_type(span), ())

    def _described_before(self, i: int, lo: int) -> Speaker | None:
        """A subject before the cue at i with a relative clause between them (إلا أن سامي الذي يعيش في مبنى
        مجاور قال إنه ...): a person or body named right before الذي/التي, and no punctuation or other cue
        up to the cue, unless the clause withholds the name (المسؤول العراقي الذي رفض ذكر اسمه قال إن ...:
        a definite subject of a title opening the sentence)."""
        cue = False
        for r in range(i - 1, max(lo, i - RELATIVE_WORDS) - 1, -1):
            if self._punct(r):
                return None
            cue = cue or self.cue_kinds[r] is not None or self.words[r].norm in WITHHOLDING
            if set(self.words[r].forms[:2]) & RELATIVES and r > lo:  # الذي، والذي
                if cue and not (r + 1 < i and self.words[r + 1].norm in DESCRIBERS):
                    return None
                end = self.ends[r - 1]
                for e in self.entities:
                    if e.start > end:
                        break
                    if e.end == end and e.type in ("PER", "ORG"):
                        return Speaker(Span(e.start, e.end), e.type, ())
                given = self._speech_giver(r, lo)
                if given is not None:  # ثم كلمة وكيل المحافظة التي رفع من خلالها: the giver speaks
                    return given
                stated = self._statement_before(r, lo)
                if stated >= 0:  # في بيان الجامعة الذي أشار إلى أن: the statement speaks
                    lead = len(self.words[stated].proclitics.removesuffix("ال"))  # ببيان، وبيان; البيان keeps ال
                    return Speaker(Span(self.starts[stated] + lead, end), None, ())
                last = self.previous[-1] if self.previous else None
                if last is not None and last.span is not None and last.span.end == end:
                    return Speaker(last.span, last.etype, ())  # وفقا لتقرير بي.بي.سي التي قالت إن
                if cue:
                    return self._definite_before(r, lo)
                return None
        return None

    def _source_before(self, i: int, lo: int) -> Speaker | None:
        """A source noun that a present-tense cue at i describes, right before it or with its adjectives
        (ظهرت أصوات تحذر من ...، بيانات هندسية تؤكد أن ...، آخر الإحصائيات تقول إن ...), or any cue after
        قد that the source noun comes before (كانت تقارير إخبارية، قد ذكرت أن ...)."""
        end = i  # the subject's search reaches here with i at قد
        if self.words[i].norm == "قد":
            end = i - 1 if i - 1 > lo and self._punct(i - 1) in ("،", ",") else i
        elif self.words[i].norm[:1] not in ("ي", "ت"):
            return None
        for k in range(end - 1, max(lo, end - 1 - SOURCE_ADJECTIVES) - 1, -1):
            w = self.words[k]
            if w.kind != "arabic" or w.norm in STOP or self.cue_kinds[k] is not None or self._is_time(k):
                return None
            if w.norm in SOURCE_NOUNS:
                start = self.starts[k]
                if k - 1 >= lo and "اخر" in self.words[k - 1].forms:  # آخر الإحصائيات، وآخر الأرقام
                    start = self.starts[k - 1] + (1 if self.words[k - 1].norm.startswith("و") else 0)
                return Speaker(Span(start, self.ends[end - 1]), None, ())
        return None

    def _platform(self, span: Span) -> bool:
        """Whether a span names a platform or is its relative adjective (تويتر، فيسبوك، تويترية): a medium,
        never a speaker."""
        said = fold(self.doc.text[span.start : span.end])
        said = said[2:] if said.startswith("ال") else said
        return said in PLATFORMS or any(said.endswith(s) and said[: -len(s)] in PLATFORMS for s in ("يه", "ي"))

    def _credited(self, span: Span | Entity) -> bool:
        """Whether a span lies in the article's credit: its dateline (أيمن حسن- سبق) or the byline read as its
        author: the writer, never a speaker of the article."""
        line = self.doc.dateline
        if line is not None and line.span.start <= span.start and span.end <= line.span.end:
            return True
        author = (self.doc.meta.get("author") or "").strip()
        at = self.doc.text.find(author) if author else -1
        return 0 <= at <= span.start and span.end <= at + len(author)

    def _speech_giver(self, r: int, lo: int) -> Speaker | None:
        """The genitive of a speech noun that the relative at r describes (كلمة وكيل محافظة الدوادمي التي رفع من
        خلالها ...): who gave the speech, up to four words, no mark among them."""
        for x in range(r - 2, max(lo, r - 6) - 1, -1):
            if self._punct(x):
                return None
            if self.words[x].forms[-1] in SPEECH_NOUNS or self.words[x].norm in SPEECH_NOUNS:
                span = Span(self.starts[x + 1], self.ends[r - 1])
                return Speaker(span, self._entity_type(span), ())
        return None
