"""Agreement of a cue without a subject of its own with the words before it: a plural cue (وأكدوا، منددين)
takes the plural of people named before it in its sentence (عرض المسؤولون ...، وأكدوا); a body's name has the
gender of the head noun that introduces it (شركة سامسونج: feminine; موقع إنجادجيت: masculine)."""

from __future__ import annotations

from bisect import bisect_right

from marsad.document import Span
from marsad.quotes.base import Speaker
from marsad.quotes.settings import (
    BODY_HEADS,
    DEFINITE_PEOPLE,
    LONG_TITLE,
    ONE_OF,
    OPENING_TITLES,
    PEOPLE_PLURALS,
    RELATIVES,
    STOP,
    TITLE_PARTICLES,
)
from marsad.quotes.subjects import Subjects
from marsad.quotes.words import QUOTE_OPEN
from marsad.text.normalize import fold

GENITIVE_WORDS = 5  # words of the genitive after a plural in construct (مسؤولو مستشفيات الدكتور فلان)
_MARKS = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670ـ"  # diacritics and the kashida


def people_plural(stem: str) -> bool:
    """Whether a word without its article is a plural of people by its shape: a broken plural or collective of
    the lexicon (جموع، أهالي), a sound plural of a participle (مواطنين، المسؤولون، مقيمين) or of the pattern
    فاعل (ناشطين، عاملون), a nisba plural (اليمنيين، الفلسطينيون), or a participle's plural in construct
    (مسؤولو). Not a broken plural of the pattern مفاعيل (ميادين، ملايين) nor a word of five letters (قانون)."""
    if stem in PEOPLE_PLURALS:
        return True
    if len(stem) == 6 and stem[0] == "م" and stem[2] == "ا" and stem.endswith("ين"):
        return False  # مفاعيل: ميادين، ملايين
    if stem.endswith(("يين", "يون")) and len(stem) >= 6:
        return True
    if stem.endswith(("ين", "ون")):
        return len(stem) >= 6 and (stem[0] == "م" or stem[1] == "ا")
    return stem.endswith("و") and stem[0] == "م" and len(stem) >= 5


class Agreement(Subjects):
    """Reads the number of a cue and the plural subject it agrees with."""

    def _plural_cue(self, i: int) -> bool:
        """Whether the cue at i has a plural subject: a plural verb, past or present (قالوا، اتهموها، يقولون)
        or a plural participle (منددين، مؤكدين، رافعين)."""
        if self._plural_subject(i):
            return True
        bare = self._bare_verb(i)
        if self._is(i, "verb") is not None and bare[:1] == "ي" and bare.endswith("ون") and len(bare) >= 5:
            return True
        return self._is(i, "participle") is not None and bare.endswith("ين") and len(bare) >= 6

    def _people_word(self, k: int) -> str:
        """The form of word k, without its proclitics, that is a plural of people (definite, or heading a
        construct), or ""."""
        w = self.words[k]
        if w.kind != "arabic" or w.norm in RELATIVES:
            return ""
        for f in w.forms:
            stem = f[2:] if f.startswith("ال") else f
            if f in DEFINITE_PEOPLE or (
                    (stem in PEOPLE_PLURALS or f.startswith("ال") or f.endswith(("ون", "و"))) and people_plural(stem)):
                return f  # a plural in ون without its article is a subject too (أطلق مغردون آخرون حملة)
        return ""

    def _word_from(self, k: int, form: str) -> int:
        """The offset in the text where the form ``form`` of word k begins (after its proclitics)."""
        text = self.doc.text
        skip = len(self.words[k].norm) - len(form)
        pos = self.starts[k]
        while skip > 0 and pos < self.ends[k]:
            if text[pos] not in _MARKS:
                skip -= 1
            pos += 1
        return pos

    def _plural_noun_before(self, i: int, lo: int) -> Speaker | None:
        """The plural of people before the cue at i in its sentence (from ``lo``) that a plural cue without a
        subject agrees with (عرض المسؤولون ...، وأكدوا على ...; جموع المواطنين الذين شيعوا ...، منددين): an
        earlier speaker of the sentence headed by one (تساءل آخرون ...، معتبرين), else the nearest such phrase
        that no preposition governs (كما حرص مسؤولو المستشفى على تقديم التهاني للمراجعين، مؤكدين: not whom
        they greet), else the nearest. Only before the sentence's first complementizer, colon or plural cue:
        the words after them are what was said (a complementizer before any cue, إلا أن الخبراء ...، opens no
        content)."""
        cue = next((k for k in range(lo, i) if self._is(k, "verb", "participle", "relay") is not None), i)
        end = next((k for k in range(cue, i) if self._punct(k) == ":" or self._is(k, "complementizer") is not None
                    or (self.cue_kinds[k] is not None and self._plural_cue(k))), i)
        start = self.starts[lo]
        for prev in reversed(self.previous):
            if prev.span is not None and start <= prev.span.start < self.starts[i] and self._plural_head(prev.span):
                return prev
        phrases = self._people_phrases(lo, end)
        free = [p for p in phrases if not self._governed(p[0])]
        chosen = (free or phrases)[-1:]
        if not chosen:
            return None
        first, last = chosen[0]
        span = Span(self._word_from(first, self._people_word(first)), self.ends[self._genitive_end(last, i)])
        for prev in reversed(self.previous):
            if prev.span is not None and prev.span.start <= span.start and span.end <= prev.span.end:
                return prev  # قال شهود عيان إن ...، مضيفين: the speaker as named
        return Speaker(span, None, ())

    def _people_phrases(self, lo: int, end: int) -> list[tuple[int, int]]:
        """The phrases (first word, last word) of plurals of people in words [lo, end), in text order: each run
        of such words with no mark between them (أهالي المعتقلين اليمنيين، المواطنين والمقيمين)."""
        out: list[tuple[int, int]] = []
        k = lo
        while k < end:
            if self._people_word(k) and not self._is_time(k) and self._entity_at(k, 0) < 0:
                first = k
                while k + 1 < end and self._people_word(k + 1) and self._entity_at(k + 1, 0) < 0:
                    k += 1
                out.append((first, k))
            k += 1
        return out

    def _governed(self, k: int) -> bool:
        """Whether a preposition governs word k (its own proclitic ب/ل/ك, or a preposition word before it), or
        it names one of many (أحد المواطنين)."""
        w = self.words[k]
        before = self.words[k - 1].norm if k > 0 else ""
        proclitics = w.proclitics.removesuffix("ال")  # the article is no preposition
        return bool(set(proclitics) & {"ب", "ل", "ك"}) or w.norm[:2] == "لل" or before in STOP | ONE_OF or (
            k > 0 and self.doc.text[self.starts[k - 1] : self.ends[k - 1]] == "على")

    def _genitive_end(self, last: int, i: int) -> int:
        """The last word of the phrase that word ``last`` heads: past the words of its genitive when it is a
        construct (مسؤولو مستشفيات الدكتور فلان), else ``last``."""
        head = self._people_word(last)
        if head.startswith("ال") or head.endswith(("ون", "ين")):
            return last  # المعتقلين، مغردون: no construct
        k = last
        while k + 1 < i and k - last < GENITIVE_WORDS and self._genitive_word(k + 1):
            k += 1
        return k

    def _genitive_word(self, k: int) -> bool:
        """Whether word k goes on the genitive of a construct before it: a word of a name, a definite word after
        an indefinite one (مستشفيات الدكتور), or a nisba after a definite one (الإعاقة البصرية)."""
        w, prev = self.words[k], self.words[k - 1]
        if self._punct(k) or self.cue_kinds[k] is not None or w.norm in STOP or self._governed(k):
            return False
        if self._entity_at(k, 0) >= 0 or not prev.norm.startswith("ال"):
            return True
        return w.norm.startswith("ال") and w.norm.endswith(("ي", "يه", "يين", "يون"))

    def _plural_head(self, span: Span) -> bool:
        """Whether a speaker's span is headed by a plural of people (آخرون، شهود عيان، المحتجون)."""
        words = fold(self.doc.text[span.start : span.end]).split()
        head = words[0][2:] if words and words[0].startswith("ال") else (words[0] if words else "")
        return people_plural(head) or (head.endswith("ون") and len(head) >= 5)

    def _body_gender(self, span: Span) -> str:
        """The gender of a body's name by the head noun before one of its mentions (كشفت شركة "سامسونج"، أورد موقع
        "إنجادجيت"), quotation marks between them, the speaker's own mention first: "f" for a head ending in ة, "m"
        for another, "" when no mention of the name has one."""
        name = fold(self.doc.text[span.start : span.end])
        mentions = [span.start] + [e.start for e in self.entities if e.type == "ORG" and e.start != span.start
                                   and fold(self.doc.text[e.start : e.end]) == name]
        for start in mentions:  # the speaker's own mention first
            k = bisect_right(self.starts, start) - 1
            if k < 0 or self.starts[k] != start:
                continue
            k -= 1
            while k >= 0 and self._punct(k) in QUOTE_OPEN:
                k -= 1
            head = self.words[k].forms[-1] if k >= 0 and self.words[k].kind == "arabic" else ""
            if head in BODY_HEADS:
                return "f" if head.endswith("ه") else "m"
        return ""

    def _gender(self, sp: Speaker) -> str:
        """The grammatical gender of a speaker when its words tell it: a place, or a head noun ending in ة
        (الوزارة، الشرطة) is feminine; a title without it (الوزير، المتحدث) masculine; names unknown."""
        if sp.span is None or sp.etype == "PER":
            return self._title_gender(sp.span) if sp.span is not None else ""
        if sp.etype == "LOC":
            return "f"
        words = fold(self.doc.text[sp.span.start : sp.span.end]).split()
        if not words:
            return ""  # a span of marks alone tells nothing
        head = words[0]
        head = head[2:] if head.startswith("ال") and len(head) > 4 else head
        if head.endswith("ه"):
            return "f"
        if head in self.lex.titles or "ال" + head in self.lex.titles or head in BODY_HEADS:
            return "m"  # الوزير، الموقع، الحزب
        return self._body_gender(sp.span) if sp.etype == "ORG" else ""

    def _opening_subject_of(self, i: int, lo: int) -> Speaker | None:
        """The person or body named right after the verb that opens the sentence of a cue at i without a
        subject (وقدّم فلان استقالته ...، ودعا إلى ...؛ وشرح فلان رأيه ...، حيث دعا ...): the subject of the
        sentence is that of the verbs joined to it. Only past the verb's titles and their adjectives (ويدعم
        الرئيس الأمريكي فلان ...), and with the gender of the cue (عندما أطلقت فلانة ...، دعت ...); the
        sentence may open with an adjunct set off by a comma (في سياق منفصل، وجه النائب فلان ...، وقال في ...)."""
        first = self._after_opener(lo, i)
        while first < i and self._punct(first):
            first += 1
        if first < i and self.words[first].norm in TITLE_PARTICLES:
            first += 1  # عندما أطلقت فلانة ...، حين يقول
        verb = self.words[first] if first < i else None
        if verb is None or verb.kind != "arabic" or verb.norm.startswith("ال") or len(verb.norm) < 3 or (
                self._entity_at(first, 0) >= 0 or verb.norm in STOP or verb.norm in TITLE_PARTICLES):
            return None
        if any(self._is(k, "verb", "participle", "relay", "source", "complementizer") for k in range(first, i)):
            return None  # إلا أن فلان أشار إلى أن ...، وقال: the cue before has its own speaker
        want = self.lex.gender(self.words[i].forms)
        bare = verb.forms[-1]
        feminine = bare.endswith("ت") or bare.startswith("ت")
        if (want == "f" and not feminine) or (want == "m" and feminine):
            return None
        titled = first + 1 < i and bool(set(self.words[first + 1].forms) & self.lex.titles)
        for k in range(first + 1, min(i, first + 1 + (LONG_TITLE if titled else OPENING_TITLES))):
            n = self._entity_at(k, 0)
            if n >= 0:
                e = self.entities[n]
                if titled and e.type != "PER" and e.end < self.starts[i]:
                    continue  # أثار رئيس لجنة ... في الاتحاد السعودي لكرة القدم الدكتور فلان: a body in the title
                if e.start != self.starts[k] or e.end >= self.starts[i] or (
                        e.type != "PER" and (e.type != "ORG" or k > first + 1)):
                    return None  # ووجه مدير الأمن العام ...: a body after a title is the title's, no subject
                named = Speaker(Span(e.start, e.end), e.type, ())
                gender = self._gender(named)
                return None if want and gender and gender != want else named  # وشكر سفارة ...، مضيفا: its object
            if not self._title_word(k, titled):
                return None
        return None

    def _title_word(self, k: int, long: bool) -> bool:
        """Whether word k may stand in the title of a sentence's subject between its opening verb and the name: a
        title or a definite word; in a long title opened by a title word, any word of no mark or cue, and في before a
        definite word (رئيس لجنة الاحتراف وأوضاع اللاعبين في الاتحاد ...), never another adjunct (في مكتبه، خلال)
        nor a title marked with ل or ب."""
        w = self.words[k]
        if self._punct(k) or self.cue_kinds[k] is not None:
            return False
        titled = bool(set(w.forms) & self.lex.titles)
        if long and titled and (set(w.proclitics.removesuffix("ال")) & {"ل", "ب"} or w.norm.startswith("لل")):
            return False  # وجه رئيس الوزراء الدعوة للرئيس فلان: the title of whom it is addressed to
        if titled or w.norm.startswith("ال"):
            return True
        if not long or w.kind != "arabic" or self._is_time(k):
            return False
        if w.norm in STOP:
            return w.norm == "في" and k + 1 < len(self.words) and self.words[k + 1].norm.startswith("ال")
        return True

    def _feminine_subject(self, start: int, i: int) -> Speaker | None:
        """The last person named right after a verb in the feminine (وشككت دالما بدوافع والدها، قالت فلانة) between
        the character ``start`` and the cue at i: a woman a feminine cue without a subject may go on with."""
        first = bisect_right(self.starts, start)
        for k in range(i - 2, first - 1, -1):
            w = self.words[k]
            verb = w.forms[-1]
            if w.kind != "arabic" or w.norm.startswith("ال") or len(verb) < 4 or not verb.endswith("ت") or (
                    verb.endswith("ات") or w.norm in STOP or set(w.proclitics) & {"ب", "ل", "ك"}):
                continue  # وقوات صالح: a plural noun, no verb
            n = self._entity_at(k + 1, 0)
            if n >= 0 and self.entities[n].type == "PER" and self.entities[n].start == self.starts[k + 1]:
                return Speaker(Span(self.entities[n].start, self.entities[n].end), "PER", ())
        return None

    def _after_opener(self, lo: int, i: int) -> int:
        """The word after an adjunct that opens the sentence at ``lo`` and ends at a comma before the cue at i (في
        سياق منفصل، من جهة أخرى، وفي هذا الصدد،): a preposition and up to three words; else ``lo``."""
        w = self.words[lo] if lo < i else None
        if w is None or (w.norm not in STOP and w.forms[-1] not in STOP):
            return lo
        for k in range(lo + 1, min(i, lo + 5)):
            if self._punct(k) in ("،", ","):
                return k + 1
            if self._punct(k) or self.cue_kinds[k] is not None:
                return lo
        return lo
