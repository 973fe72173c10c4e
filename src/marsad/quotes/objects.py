"""Direct objects as content: the verbal noun or noun phrase a cue reports (أعلنت الوزارة بدء ...، أكد الوزير
ضرورة ...، المملكة تدين قتل ...), found after the speaker the cue's region names."""

from __future__ import annotations

from marsad.quotes.content import Content
from marsad.quotes.settings import (
    ADJUNCT_PREPOSITIONS,
    ADJUNCT_WORDS,
    APPOSITION_WORDS,
    CLOSERS,
    DEMONSTRATIVES,
    EVENT_OBJECTS,
    MANNER,
    MANNER_NOUNS,
    MASDAR_OBJECTS,
    MAX_OBJECT_REGION,
    NOT_MASDARS,
    NOT_OBJECTS,
    OBJECT_ADVERBS,
    POSSESSIVES,
    QUOTED_NAME_WORDS,
    RELATIVES,
    ROLE_HEADS,
    SOURCE_ADJECTIVES,
    SOURCE_STANDING,
    STATE_HEADS,
    STOP,
    TIME_NOUNS,
    TIME_WORDS,
    UNNAMED_SOURCES,
)
from marsad.quotes.words import QUOTE_OPEN


def masdar_shape(word: str, written: str, owned: bool = False, short: bool = False) -> bool:
    """Whether a folded word (``written`` as in the text) has the shape of a derived verb's verbal noun: إفعال
    written with its hamza (إطلاق; أفعال is a plural: أركان), افتعال (ارتفاع; اتهام of a verb with و), انفعال
    (انسحاب), استفعال (استهداف، استقالة), تفعيل (تدمير), تفاعل with a possessive pronoun (``owned``: تعاقده),
    تفعّل with one where no present verb may stand (``short``: أعلن ترشحه; not النشرة التي تصدرها) or مفاعلة
    written with its ة (مصادقة; مدارسه is a plural), or with a possessive pronoun where no present verb may stand
    (``short``: أكد خلاله مشاركته)."""
    n = len(word)
    if word[:1] == "ا":
        return ((n == 5 and word[3] == "ا" and (written[:1] == "إ" or word[1] == "ت"))  # إطلاق، اتهام
                or (n == 6 and word[2] in "تطد" and word[4] == "ا")
                or (n == 6 and word[1] == "ن" and word[4] == "ا") or (n == 7 and word[:3] == "است" and word[5] == "ا")
                or (n == 7 and word[:3] == "است" and word[4] == "ا" and written[-1:] == "ة"))  # استقالة
    if word[:1] == "ت":  # تفاعل and تفعّل only with a pronoun (تعاقده، ترشحه): bare, also present verbs (تحاصر)
        return (n == 5 and (word[3] == "ي" or (word[2] == "ا" and owned))) or (n == 4 and owned and short)
    if n == 6 and word[0] == "م" and word[2] == "ا" and word[5] == "ت":  # مشاركته: its ة open before a pronoun
        return owned and short and written[-1:] == "ت"
    return n == 6 and word[0] == "م" and word[2] == "ا" and word[5] == "ه" and written[-1:] == "ة"


class Objects(Content):
    """Finds where a cue's direct object opens."""

    def _object_start(self, i: int, hi: int, masdar_only: bool = False) -> int | None:
        """The first content word of a cue whose content is its direct object, a verbal noun after the
        speaker (أعلنت وزارة التجارة والصناعة بدء ...، أوضحت الوزارة احتواء ...، نفى الجيش التركي استهداف ...).
        The speaker is the words right after the cue that are in an entity or definite (الوزارة، التركي،
        والصناعة), and it must hold an entity or a collective actor noun with the article (الوزارة، الجيش): a
        bare title (الملك، المتحدث) may be followed by a name the tagger missed, an indefinite noun (مصادر،
        سلطات) by its adjective. Past the speaker, times, words of manner and the outlet told (أمس، بشدة،
        لـ«الحياة») may stand before the object. The object is the next word, when it is an Arabic word without
        the article or a proclitic that is no adjunct, time, cue, demonstrative, particle, title or verb (ي...);
        a demonstrative with its definite noun (أكد فلان هذه الحصيلة); after an unnamed source and its adjectives
        (أكد مصدر قبلي، أعلنت مصادر عسكرية) a verbal noun only; a verbal noun only too for a cue that reports only
        with one (``masdar_only``: جدد الوزير رفضه ...، not جددت الوزارة عقد ...)."""
        j, named, titled, last_entity, ent, event = self._object_speaker(i, hi)
        if event:
            return j
        if j == i + 1:
            j = self._unnamed_source(i, hi)
            if j == i + 1:
                return None
        j, passed = self._past_adjuncts(j, hi)
        if passed and named and j < hi and self._definite_object(j) and (not masdar_only or self._definite_masdar(j)):
            return j  # أدانت المملكة بشدة الهجوم ...، أعلن فلان أول من أمس الإطار العام ...
        if j >= hi or j - i > MAX_OBJECT_REGION + (ADJUNCT_WORDS if passed else 0):
            return None
        if self.words[j].norm in ADJUNCT_PREPOSITIONS:  # أكد الوزير خلال لقائه بالصحفيين ضرورة ...
            return self._masdar_past_adjunct(j, hi)
        if named and self._demonstrative_object(j, hi):
            return j  # أكد المتحدث ... فلان هذه الحصيلة
        masdar = self._verbal_noun(j) or (masdar_only and self._verbal_noun(j, owned=True))  # أكد الوزير ضرورة ...
        if not masdar and (not named or (titled and not last_entity)):
            return None  # وزير الخارجية سامي ...: after a title, a name the tagger missed
        if not last_entity and not masdar and set(self.words[j - 1].forms) & (self.lex.titles - self.lex.groups):
            return None  # a person's title right before: what follows may be the name (الملك فهد)
        if not masdar and self._complementizer_follows(j, hi):
            return None  # مدير المكتب عبداللطيف النعيم، لـ"اليوم" أن: a name the tagger missed, then the speech
        return j if masdar or (not masdar_only and self._object_word(j, ent)) else None

    def _masdar_soon(self, i: int, hi: int) -> int | None:
        """For a cue that reports only with a verbal noun, that noun one or two plain words after it, past a
        name the tagger missed (وجدد فلان تأكيد موقف بلاده ...)."""
        for x in range(i + 2, min(hi, i + 4)):
            if self._punct(x - 1) or self.words[x - 1].kind != "arabic" or self.cue_kinds[x - 1] is not None:
                return None
            if self._verbal_noun(x) or self._verbal_noun(x, owned=True):
                return x
        return None

    def _definite_masdar(self, j: int) -> bool:
        """Whether the word at j is a verbal noun with the article: one of a derived verb's shapes (الالتزام،
        الإسراع، الاستعداد) or a listed one (الدعوة، التمسك)."""
        w = self.words[j]
        written = self.doc.text[self.starts[j] : self.ends[j]].rstrip("ًٌٍَُِّْ")
        return w.norm.startswith("ال") and written.startswith("ال") and (
            masdar_shape(w.norm[2:], written[2:]) or w.norm[2:] in MASDAR_OBJECTS)

    def _object_speaker(self, i: int, hi: int) -> tuple[int, bool, bool, bool, int, bool]:
        """The words of a named speaker right after the cue at i: (the word after them, whether an entity or a
        body names it, whether it opens with a title, whether its last word is in an entity, the entity's index,
        whether the word returned is a definite event noun, the object itself)."""
        j = i + 1
        named = titled = last_entity = False
        ent = 0
        while j < hi and j - i <= MAX_OBJECT_REGION:
            w = self.words[j]
            if named and self._punct(j) in QUOTE_OPEN:  # وكالة الفضاء الأمريكية "ناسا" نجاح ...: its short name
                close = next((x for x in range(j + 1, min(hi, j + 2 + QUOTED_NAME_WORDS))
                              if self._punct(x) in CLOSERS), -1)
                if close > j + 1 and not any(self._punct(x) for x in range(j + 1, close)):
                    j = close + 1
                    last_entity = True
                    continue
            if w.kind != "arabic" or set(w.forms[:2]) & RELATIVES:
                break  # النشرة التي تصدرها ...: a relative clause ends the speaker
            inside = self._entity_at(j, ent)
            if last_entity and inside < 0 and self._definite_masdar(j) and w.norm[2:3] != "م":  # المساندة: an adjective
                return j, named, titled, last_entity, ent, True  # جددت أمانة المهرجان الدعوة ...
            definite = (w.norm.startswith("ال") or (len(w.forms) > 1 and w.forms[1].startswith("ال"))) and (
                w.norm not in STOP)  # إلى folds to الي: no article
            if named and j > i + 1 and w.norm[:2] == "ال" and w.norm[2:] in EVENT_OBJECTS:
                return j, named, titled, last_entity, ent, True  # أدانت الوزارة الهجوم ...
            head = not definite and (self._object_head(i, j, hi) or self._title_before_name(j, hi)
                                     or self._title_of_place(i, j, hi))
            titled = titled or (head and j == i + 1 and not set(w.forms) & self.lex.groups)
            if inside >= 0:
                ent = inside
                named = True
            elif w.norm == "باسم" and j + 1 < hi and self.words[j + 1].norm.startswith("ال"):
                pass  # المتحدث باسم الخارجية: the title goes on
            elif not (definite or head):
                break
            elif set(w.forms) & self.lex.groups:
                named = True
            last_entity = inside >= 0
            j += 1
        return j, named, titled, last_entity, ent, False

    def _complementizer_follows(self, j: int, hi: int) -> bool:
        """Whether a complementizer without و opens the speech a few words after j, past commas but no other
        mark or cue (فلان مشرف الإعلام التربوي، أن ...: the words at j are an apposition, not the object)."""
        for x in range(j + 1, min(hi, j + 1 + MAX_OBJECT_REGION)):
            p = self._punct(x)
            if p and p not in ("،", ","):
                return False
            if self._is(x, "complementizer"):
                return self.words[x].norm[:1] != "و"
            if self.cue_kinds[x] is not None:
                return False
        return False

    def _title_of_place(self, i: int, j: int, hi: int) -> bool:
        """Whether the indefinite word at j, right after the cue at i, is a person's title before the place or
        body it serves and a verbal noun right after that (أعلن محافظ حمص تسجيل ...، أكد سفير فرنسا ضرورة ...)."""
        if j != i + 1 or j + 2 >= hi or not set(self.words[j].forms) & (self.lex.titles - self.lex.groups):
            return False
        n = self._entity_at(j + 1, 0)
        if n < 0 or self.entities[n].start != self.starts[j + 1] or self.entities[n].type not in ("LOC", "ORG"):
            return False
        k = j + 1
        while k < hi and self.starts[k] < self.entities[n].end:
            k += 1
        return k < hi and self._verbal_noun(k, shaped=True) and not self._is_time(k)

    def _title_before_name(self, j: int, hi: int) -> bool:
        """Whether the indefinite word at j is a title right before a person the tagger found, or before a place
        or body and then such a person (محافظ محايل عسير محمد ...)."""
        if j + 1 >= hi or not (set(self.words[j].forms) & self.lex.titles or self.words[j].norm in ROLE_HEADS):
            return False
        n = self._entity_at(j + 1, 0)
        if n < 0 or self.entities[n].start != self.starts[j + 1]:
            return False
        if self.entities[n].type == "PER":
            return True
        k = j + 1  # a place or body, then the person: عضو مجلس الأهالي alone may precede a name the tagger missed
        while k < hi and self.starts[k] < self.entities[n].end:
            k += 1
        return k < hi and n + 1 < len(self.entities) and self.entities[n + 1].start == self.starts[k] and (
            self.entities[n + 1].type == "PER")

    def _unnamed_source(self, i: int, hi: int) -> int:
        """The word after an unnamed source right after the cue at i and its adjectives (مصدر قبلي، مصادر عسكرية
        مطلعة، مسؤول عراقي رفيع المستوى), or i + 1 when none stands there."""
        if self.words[i + 1].norm not in UNNAMED_SOURCES:
            return i + 1
        j = i + 2
        while j < hi and j - i <= 1 + SOURCE_ADJECTIVES + 1 and self._source_adjective(j):
            j += 1
        return j if j > i + 2 or (j < hi and self.words[j].norm in ADJUNCT_PREPOSITIONS) else i + 1

    def _source_adjective(self, j: int) -> bool:
        """Whether the word at j describes an unnamed source: a nisba (أمني، عسكرية، محليون) or a word of
        standing (مسؤول، مطلع، رفيع المستوى), no proclitic, cue, time or name."""
        w = self.words[j]
        if w.kind != "arabic" or w.proclitics or w.norm in STOP or self.cue_kinds[j] is not None or self._is_time(j):
            return False
        if self._entity_at(j, 0) >= 0:
            return False
        return w.norm in SOURCE_STANDING or (len(w.norm) >= 4 and w.norm.endswith(("ي", "يه", "يون", "يين")))

    def _past_adjuncts(self, j: int, hi: int) -> tuple[int, bool]:
        """The word after the times, words of manner and outlet told that stand at j after a speaker (أمس
        الثلاثاء رسميا، بأشد العبارات، لـ«الشرق الأوسط»), and whether any stood there."""
        start = j
        while j < hi:
            norm = self.words[j].norm
            if norm in MANNER:
                j += 2 if j + 1 < hi and self.words[j + 1].norm in MANNER_NOUNS else 1
            elif self.words[j].kind == "arabic" and (self._is_time(j) or norm in OBJECT_ADVERBS):
                j += 1
            else:
                told = self._told_end(j, hi)
                if told == j:
                    break
                j = told
        return j, j > start

    def _told_end(self, j: int, hi: int) -> int:
        """The word after an outlet told at j (لـ«الشرق الأوسط»، لـ"الوطن"، لرويترز), else j."""
        w = self.words[j]
        if w.kind != "arabic" or not w.norm.startswith("ل"):
            return j
        if w.norm == "ل" and j + 1 < hi and self._punct(j + 1) in QUOTE_OPEN:
            close = next((x for x in range(j + 2, min(hi, j + 3 + QUOTED_NAME_WORDS)) if self._punct(x) in CLOSERS), -1)
            return close + 1 if close > j + 2 and not any(self._punct(x) for x in range(j + 2, close)) else j
        n = self._entity_at(j, 0)
        if n < 0 or len(w.forms) < 2 or self.entities[n].type != "ORG" or self.entities[n].start != self.starts[j] + 1:
            return j
        end = j
        while end < hi and self.starts[end] < self.entities[n].end:
            end += 1
        return end

    def _region_before(self, i: int, k: int) -> int:
        """The end of the speaker region of a cue at i whose object opens at k: before the adverbs and words
        of manner that stand between them (أعلنت الشركة أيضا استقالة ...، أدانت المملكة بأشد العبارات ...)."""
        while k - 1 > i and self.words[k - 1].norm in OBJECT_ADVERBS | MANNER | MANNER_NOUNS:
            k -= 1
        return k

    def _definite_object(self, j: int) -> bool:
        """Whether the definite word at j, after a speaker and a time, word of manner or outlet told, opens an
        object: no title, name, time or cue."""
        w = self.words[j]
        return (w.kind == "arabic" and w.norm.startswith("ال") and len(w.norm) > 4
                and not set(w.forms) & self.lex.titles and self._entity_at(j, 0) < 0 and not self._is_time(j)
                and self.cue_kinds[j] is None)

    def _demonstrative_object(self, j: int, hi: int) -> bool:
        """Whether a demonstrative at j opens an object with its definite noun (هذه الحصيلة، هذا الأمر), not a
        time (هذا الأسبوع)."""
        if self.words[j].norm not in DEMONSTRATIVES or j + 1 >= hi:
            return False
        nxt = self.words[j + 1]
        return nxt.kind == "arabic" and nxt.norm.startswith("ال") and not self._is_time(j + 1) and (
            nxt.norm[2:] not in TIME_NOUNS)

    def _verbal_noun(self, j: int, shaped: bool = True, owned: bool = False, short: bool = True) -> bool:
        """Whether the word at j, after a speaker, is a verbal noun: a listed one, or (``shaped``) one of the
        shapes of the derived verbs' verbal nouns (إطلاق، ارتفاع، انسحاب، استهداف، تدمير، تعاقد، مصادقة), bare or
        (only, when ``owned``) with a possessive pronoun as written (تعاقده، استياءهم، ترشحه; not تركية); no
        proclitic, title or name."""
        w = self.words[j]
        if w.kind != "arabic" or w.proclitics:
            return False
        if self._masdar_object(j):
            return True
        if not shaped or w.norm in NOT_MASDARS or set(w.forms) & self.lex.titles:
            return False
        if self._entity_at(j, 0) >= 0 or self.cue_kinds[j] is not None:
            return False
        written = self.doc.text[self.starts[j] : self.ends[j]].rstrip("ًٌٍَُِّْ")
        return (not owned and masdar_shape(w.norm, written)) or any(
            written.endswith(s) and masdar_shape(w.norm[: -len(s)], written[: -len(s)], True, owned and short)
            for s in POSSESSIVES)

    def _object_head(self, i: int, j: int, hi: int) -> bool:
        """Whether the indefinite word at j heads a construct before a definite word: a body (حكومة الرئيس
        ...), a state before its name (دولة الإمارات، دولة قطر), or a person's title right after the cue at i
        (أكد وزير الداخلية فلان ضرورة ...)."""
        if j + 1 >= hi:
            return False
        forms = set(self.words[j].forms)
        if forms & STATE_HEADS and self._entity_at(j + 1, 0) >= 0:
            return True  # دولة قطر، دولة الإمارات
        if not self.words[j + 1].norm.startswith("ال"):
            return False
        return bool(forms & self.lex.groups) or (j == i + 1 and bool(forms & self.lex.titles))

    def _masdar_past_adjunct(self, j: int, hi: int) -> int | None:
        """The verbal noun that opens an object after the speaker and a short adjunct of occasion from j (خلال
        لقائه بالصحفيين ضرورة ...، في شبوة لـ«الشرق الأوسط» سيطرة ...): within the adjunct's reach, past an
        outlet told, no mark, cue or complementizer before it."""
        x, limit, told_before = j + 2, j + 2 + ADJUNCT_WORDS, False
        while x < min(hi, limit):
            told = self._told_end(x, hi)
            if told > x:
                limit += told - x
                x, told_before = told, True
                continue
            if self._punct(x) or self.cue_kinds[x] is not None or self._is(x, "complementizer"):
                return None
            if self._verbal_noun(x, shaped=self._ends_entity(x - 1) or told_before):
                return x  # in its adjunct, a noun with a pronoun is the adjunct's own (في بداية اجتماعه)
            told_before = False
            x += 1
        return None

    def _object_after_apposition(self, i: int, hi: int, masdar_only: bool = False) -> int | None:
        """The first object word of a verb cue at i after the comma that closes its speaker's name and
        apposition (استنكر الشيخ فلان إمام المسجد، اتهام ...): the region names a person or body, and no
        other mark, complementizer or cue comes before the comma."""
        for j in range(i + 1, min(hi - 1, i + 1 + APPOSITION_WORDS)):
            p = self._punct(j)
            if p in ("،", ","):
                named = any(self._entity_at(x, 0) >= 0 for x in range(i + 1, j))
                if not named or j <= i + 2:
                    return None
                if self._object_word(j + 1) and (not masdar_only or self._verbal_noun(j + 1)
                                                 or self._verbal_noun(j + 1, owned=True)):
                    return j + 1
                nxt = j + 1
                if self._definite_masdar(nxt) and self.words[nxt].norm[2:3] != "م" and self._entity_at(nxt, 0) < 0:
                    return j + 1  # جدد فلان، التمسك بالاتفاق ...; المتاخمة لـ...: an adjective of the name
                return self._masdar_after(j + 1, hi)
            if p or self.cue_kinds[j] is not None or self._is(j, "complementizer"):
                return None
        return None

    def _masdar_after(self, k: int, hi: int) -> int | None:
        """The verbal noun that opens an object after an apposition with no closing comma (أكد فلان، نائب
        رئيس الجمعية الخيرية نجاح المشروع): the first one within the apposition's reach, before any mark or
        cue."""
        for x in range(k, min(hi, k + APPOSITION_WORDS)):
            if self._punct(x) or self.cue_kinds[x] is not None or self._is(x, "complementizer"):
                return None
            w = self.words[x]
            if set(w.forms[:2]) & RELATIVES or w.norm in STOP or w.norm in ADJUNCT_PREPOSITIONS or "و" in w.proclitics:
                return None  # فلان، الذي جعل من تحريك ...، خلال اجتماعها ...، ومن هو ...: no apposition
            if self._verbal_noun(x) and x > k:
                return x
        return None

    def _object_word(self, j: int, ent: int = 0) -> bool:
        """Whether word j may open a verbal-noun object: an Arabic word without the article or a proclitic
        that is no adjunct, time, cue, demonstrative, particle, title, verb (ي...) or name."""
        w = self.words[j]
        return not (w.kind != "arabic" or w.proclitics or w.norm.startswith("ال") or len(w.norm) < 3
                    or (w.norm[0] in "بلك" and len(w.forms) > 1 and w.forms[1] == w.norm[1:])
                    or w.norm[0] == "ي" or set(w.forms) & self.lex.titles  # a verb (يمتلك), an apposition (مدير)
                    or w.norm in STOP or w.norm in TIME_WORDS or w.norm in NOT_OBJECTS or self._is_time(j)
                    or self.cue_kinds[j] is not None or self._entity_at(j, ent) >= 0)

    def _masdar_object(self, j: int) -> bool:
        """Whether word j is a verbal noun that opens an object content, bare or with a possessive pronoun
        (ضرورة، اعتزازه، حرصها; a ة opens to ت before the pronoun: دعوته، رغبتها)."""
        norm = self.words[j].norm
        if norm in MASDAR_OBJECTS:
            return True
        for s in POSSESSIVES:
            stem = norm[: -len(s)]
            opened = stem[-1:] == "ت" and stem[:-1] + "ه" in MASDAR_OBJECTS
            if norm.endswith(s) and (stem in MASDAR_OBJECTS or opened):
                return True
        return False

    def _object_after_subject_at(self, i: int, hi: int, kind: str, comps: frozenset[str], lo: int) -> int | None:
        """The first object word of a verb cue at i whose subject stands before it (المملكة تدين قتل ...،
        «الصحيفة» تكشف آخر ...): a word that may open a verbal-noun object, or a definite event noun (الهجوم),
        past the times and words of manner right after the cue (المنظمة أعلنت في وقت سابق ارتفاع ...، الوزارة
        تدين بشدة الهجوم); None when there is none."""
        if kind != "verb" or "*" not in comps or i + 1 >= hi or lo < 0 or self.words[i].norm[0] in "وف":
            return None
        k = i + 1
        while k < hi and k - i <= MAX_OBJECT_REGION and (
                self._is_time(k) or self.words[k].norm in MANNER
                or (self.words[k].norm in ADJUNCT_PREPOSITIONS and k + 1 < hi and self._is_time(k + 1))):
            k += 1
        if k >= hi:
            return None
        w = self.words[k]
        event = w.norm[:2] == "ال" and w.norm[2:] in EVENT_OBJECTS
        if "+" in comps:  # سوق عكاظ يجدد الدعوة ...: a verbal noun only
            event = self._verbal_noun(k) or self._masdar_object(k) or self._definite_masdar(k)  # آخرون جدد تجذبهم
        if not (event or ("+" not in comps and self._object_word(k))):
            return None
        return k if self._subject_before(i, lo) is not None else None
