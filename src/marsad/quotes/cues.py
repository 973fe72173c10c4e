"""Cue finding: for a reporting cue, the complement that opens its content (إن/أن, a colon, a quotation mark,
one of the cue's prepositions, a verbal-noun object) and the end of the speaker region before it."""

from __future__ import annotations

from marsad.quotes.objects import Objects
from marsad.quotes.settings import (
    ACCUSATION_NOUNS,
    ADDRESSEE_WORDS,
    ADJUNCT_HEADS,
    ADJUNCT_PREPOSITIONS,
    ADJUNCT_WORDS,
    ADVERBS,
    AGREEING,
    B_WORDS,
    BEFORE_FA_INNA,
    CLOSERS,
    COURTS,
    DEGREE,
    KEEP_GOING,
    MAX_OBJECT_REGION,
    MAX_REGION,
    NAME_HEADS,
    NEAR_COMPLEMENT,
    NOT_ADDRESSEES,
    NOT_OBJECTS,
    NUMBER_WORDS,
    OBJECT_ADVERBS,
    QUOTED_NAME_WORDS,
    RELATIVES,
    RESUMING,
    SAYING_REACH,
    STOP,
    TIME_CONJUNCTIONS,
)
from marsad.quotes.words import CLAUSE_PUNCT, END_PUNCT, QUOTE_OPEN


class Cues(Objects):
    """Finds the complement of each reporting cue."""

    def _accused(self, i: int, j: int, lo: int, kind: str) -> int | None:
        """The first word of whom an accusation cue at i accuses, before its charge at j (اتهمت إيران
        إسرائيل بالضلوع، كانت إيران اتهمت أمس إسرائيل بـ، ويتهم الجيش الإسرائيلي حركة حماس بـ): right after
        the cue and its times when the speaker stands before it, else after the speaker: titles, names and
        definite words, up to a new name or a definite word that is no nisba after a name."""
        k = i + 1
        while k < j and (self._is_time(k) or self.words[k].norm in ADVERBS):  # متهمين بدورهم الجيش بـ
            k += 1
        if k >= j or self._object_pronoun(i):
            return None
        before = lo >= 0 and i - 1 >= lo and self.words[i].norm[0] not in "وف" and (
            self._ends_entity(i - 1) or self._subject_before(i, lo) is not None)
        if kind == "participle" or before:
            return k if self.words[k].kind == "arabic" or self._punct(k) in QUOTE_OPEN else None
        x, ent, named = k, -1, False
        while x < j and self.words[x].kind == "arabic":
            w = self.words[x]
            inside = self._entity_at(x, 0)
            titled = ent < 0 and inside >= 0 and self.entities[inside].type == "PER" and bool(
                set(self.words[k].forms) & self.lex.titles)  # رئيسة اللجنة في البرلمان فلانة: her name
            if named and inside != ent and (inside >= 0 or not self._nisba(x)) and not titled:
                break  # إيران إسرائيل، دمشق المعارضة: a new name or noun after the speaker's name
            if inside >= 0:
                ent, named = inside, True
            elif not (w.norm.startswith("ال") or set(w.forms) & self.lex.titles or self._title_place(x, j, ent)):
                break
            elif set(w.forms) & self.lex.groups:
                named = True  # الجيش، الحكومة: a body without a name
            x += 1
        return x if named and k < x < j and self.words[x].kind == "arabic" else None

    def _call_made_of(self, i: int, hi: int, comps: frozenset[str]) -> tuple[int, int, int] | None:
        """The complement of a call at i made of someone marked with من after its speaker (طالبت الوزارة من
        المواطنين ضرورة ...، وأهاب فلان من المرشحين اصطحاب ...): after whom it is made of, a verbal noun, the
        call's preposition or a complementizer opens the content; the speaker's region ends before من."""
        if self.kinds is None or self.kinds.kind_of(self.words[i].norm) != "directive":
            return None
        for j in range(i + 1, min(hi - 2, i + 1 + MAX_OBJECT_REGION)):
            w = self.words[j]
            if w.norm == "من" and (j == i + 1 or self._ends_entity(j - 1) or bool(set(self.words[j - 1].forms)
                                                                                 & self.lex.groups)):
                if self.words[j + 1].norm in NOT_ADDRESSEES or self.words[j + 1].norm[:1] == "ي":
                    return None  # من أجل ...، من يرغب ...: a purpose, a relative, no one the call is made of
                k = self._made_of_end(j + 1, hi, comps)
                return (k, -1, j) if k is not None else None
            if self._punct(j) or self.cue_kinds[j] is not None or w.kind != "arabic" or w.norm in STOP or (
                    w.norm[:1] in "بل" and len(w.forms) > 1 and w.forms[1] == w.norm[1:]):
                return None  # طالب فلان المجتمع الدولي للضغط على ... من أجل: whom it calls on has passed
        return None

    def _made_of_end(self, j: int, hi: int, comps: frozenset[str]) -> int | None:
        """The first content word after whom a call is made of, from j (من المواطنين ضرورة ...، من الشركات
        الالتزام ...، من الحكومة بالتدخل ...، من الأهالي أن ...): a few plain words first, then a verbal noun,
        bare or definite, a ب word, the call's preposition or a complementizer."""
        for x in range(j + 1, min(hi, j + 1 + ADDRESSEE_WORDS)):
            w = self.words[x]
            if self._punct(x) or w.kind != "arabic" or self.cue_kinds[x] is not None:
                return None
            if self._is(x, "complementizer") or set(w.forms[:2]) & comps:
                return x + 1 if x + 1 < hi else None
            if w.norm in STOP:
                return None  # دعت من غزة بعد العملية ...: no one it is made of
            if ("ب" in comps and self._with_b(x)) or self._verbal_noun(x) or self._definite_masdar(x):
                return x
        return None

    def _title_place(self, x: int, j: int, ent: int) -> bool:
        """Whether في/لدى at x ties a place or body into a title before its name (رئيسة اللجنة في البرلمان
        فلانة): no name yet (``ent`` < 0), and a definite word follows before the charge at j."""
        return (ent < 0 and self.words[x].norm in ("في", "لدى") and x + 1 < j
                and self.words[x + 1].norm.startswith("ال"))

    def _nisba(self, x: int) -> bool:
        """Whether word x is a definite relative adjective (الإسرائيلي، السورية، المسلحة is none)."""
        n = self.words[x].norm
        return n.startswith("ال") and n.endswith(("ي", "يه", "يين", "يون"))

    def _counted(self, k: int) -> bool:
        """Whether word k is a number (41، عشرات، ثلاثة) before a noun."""
        w = self.words[k]
        return w.kind == "number" or self.doc.text[self.starts[k] : self.ends[k]].isdigit() or w.norm in NUMBER_WORDS

    def _after_speaker(self, j: int, i: int = -1) -> bool:
        """Whether a preposition at j far from its cue follows what ends a speaker: a name or place (شدد محمد
        العلي على), a time (أفاد مصدر أمني أمس الاثنين بمقتل), or a closing mark (طالب علي «يمني» بإيجاد،
        كشف ياسين لـ«الشرق الأوسط» عن), or the comma closing an apposition (ولوح محمد، الناطق باسم
        الحركة، بوقف ...); for a call at i, whom it calls on after the name (دعا ... المرشحين إلى)."""
        k = j
        while k - 1 > 0 and self.words[k - 1].norm in OBJECT_ADVERBS:
            k -= 1  # أعلنت الشركة "لكزس" رسميا عن ...
        return (self._ends_entity(k - 1) or self._is_time(k - 1) or self._punct(k - 1) in CLOSERS
                or (self._punct(k - 1) in ("،", ",") and self.cue_kinds[j] is None) or self._after_adjunct(k)
                or (i >= 0 and self._after_addressee(i, j)))

    def _after_addressee(self, i: int, j: int) -> bool:
        """Whether the preposition at j of a call at i follows whom it calls on, one or two words after the
        caller's name (دعا مدير الشؤون سعد المنيف المرشحين إلى ...، حثت المديرية المتقدمات على ...)."""
        if self.kinds is None or self.kinds.kind_of(self.words[i].norm) != "directive":
            return False
        for x in (j - 2, j - 3, j - 4):
            named = x >= j - 3 and (self._ends_entity(x) or set(self.words[x].forms) & self.lex.groups)
            quoted = self._punct(x) in CLOSERS and x == self._quoted_name_after(i + 1, j) - 1
            if x > i and (named or quoted):  # ودعا "فلان" الأشقاء اليمنيين إلى: a quoted name, whom it calls on
                return not any(self._punct(y) for y in range(x + 1, j))
        return False

    def _after_adjunct(self, j: int) -> bool:
        """Whether a short adjunct of occasion stands between a speaker's name and the preposition at j (شدد
        محمد العلي خلال اللقاء على ...، أكد الوزير سامي ناصر في كلمته على ...): its preposition follows a name."""
        for x in range(j - 1, max(0, j - 1 - ADJUNCT_WORDS), -1):
            if self._punct(x) or self.cue_kinds[x] is not None:
                return False
            if self.words[x].norm in ADJUNCT_PREPOSITIONS:
                return x > 0 and (self._ends_entity(x - 1) or self._punct(x - 1) in CLOSERS)
        return False

    def _quoted_subject(self, j: int, hi: int, comps: frozenset[str]) -> bool:
        """Whether the quotation at j is the cue's subject in quotation marks: its closing mark is followed by
        a complementizer or one of the cue's prepositions (أفاد «المرصد السوري لحقوق الإنسان» بأن ...)."""
        for k in range(j + 1, min(hi - 1, j + 1 + QUOTED_NAME_WORDS)):
            if self._punct(k) in CLOSERS:
                n = k + 1
                while n < hi - 1 and self._is_time(n):
                    n += 1  # تعهدت «بي بي سي» عام 2014 ألا ...
                nxt = self.words[n]
                return bool(self._is(n, "complementizer") or set(nxt.forms[:2]) & comps
                            or ("ب" in comps and "ب" in nxt.proclitics))
            if self._punct(k):
                return False
        return False

    def _skip_past(self, j: int, hi: int, named: int, skip: int) -> int:
        """Where the complement search goes on after a quotation mark at j that opens no complement: past an
        outlet's name (شبكة "سي ان ان") or a short quoted name, whose closing mark opens nothing (ودعا "فلان"
        الأشقاء إلى ...); else ``skip`` as it was."""
        if named >= 0:
            return named
        outlet = self._quoted_outlet(j - 1, hi)
        if outlet is not None:
            return outlet[1]
        after = self._quoted_name_after(j, hi)
        return after if after > j else skip

    def _quoted_name_after(self, j: int, hi: int) -> int:
        """The index after the closing mark of a short name in quotation marks opening at j (a few words, no
        other mark inside), else -1."""
        if self._punct(j) not in QUOTE_OPEN or j + 1 >= hi or self.words[j + 1].norm.startswith("بال"):
            return -1  # اتهم «بالتسبب في ...»: what the cue's preposition opens, no name
        for k in range(j + 2, min(hi, j + 2 + QUOTED_NAME_WORDS)):
            if self._punct(k) in CLOSERS:
                return k + 1
            if self._punct(k):
                return -1
        return -1

    def _name_particle(self, j: int) -> bool:
        """Whether فان at j is the particle of a name (روبن فان بيرسي), not فإن: written without hamza between
        two Arabic words without the article."""
        w = self.words[j]
        if w.norm != "فان" or self.doc.text[self.starts[j] : self.ends[j]] != "فان" or not 0 < j < len(self.words) - 1:
            return False
        before, after = self.words[j - 1], self.words[j + 1]
        return (before.kind == after.kind == "arabic" and not before.norm.startswith("ال")
                and not after.norm.startswith("ال") and after.norm not in NOT_OBJECTS and before.norm not in STOP
                and before.norm not in BEFORE_FA_INNA and not before.norm.endswith("ها"))

    def _object_content(self, i: int, hi: int, comps: frozenset[str]) -> bool:
        """Whether the verb cue at i carries an object pronoun and a plain word follows it that is none of
        its prepositions (واتهموها التورط): that word opens the content."""
        return (i + 1 < hi and self._object_pronoun(i) and self._plain(i + 1)
                and not set(self.words[i + 1].forms[:2]) & comps and not self._with_b(i + 1))

    def _with_b(self, j: int) -> bool:
        """Whether the word at j opens with the preposition ب (بأهمية، بالتورط)."""
        w = self.words[j]
        if w.norm in B_WORDS or w.norm in STOP:
            return False  # بمناسبة، بحضور، بسبب: an adjunct, no content
        return "ب" in w.proclitics or (w.norm.startswith("بال") and len(w.norm) > 5) or (
            w.norm[:1] == "ب" and len(w.norm) >= 4 and len(w.forms) > 1 and w.forms[1] == w.norm[1:])

    def _opens_name(self, k: int) -> bool:
        """Whether the word at k opens the name of a person or body that goes on past it."""
        n = self._entity_at(k, 0)
        if n < 0:
            return False
        e = self.entities[n]
        return e.start == self.starts[k] and e.end > self.ends[k] and e.type in ("PER", "ORG")

    def _right_after(self, i: int, hi: int, kind: str, comps: frozenset[str]) -> bool:
        """Whether the content opens on the word right after the cue at i: a participle's verbal-noun object
        (مؤكدا ضرورة ...، مؤكدا استمرار ...), a verb's verbal noun with the previous speaker (من جانبه أكد
        ضرورة ...، وأعلن ترشحه ...), or the word after a verb's object pronoun (واتهموها التورط ...)."""
        if i + 1 >= hi or self._opens_name(i + 1):
            return False  # وأكدت صحة الحدود الشمالية ... أن: a body's name that opens on a verbal noun speaks
        if kind == "participle":  # منتقدا الحكومة، ممتدحا الجهد: a definite object too
            w = self.words[i + 1]
            definite = (w.kind == "arabic" and w.norm.startswith("ال") and not self._is_time(i + 1)
                        and not set(w.forms) & self.lex.titles and self.cue_kinds[i + 1] is None)
            return self._masdar_object(i + 1) or ("*" in comps and (self._object_word(i + 1) or definite))
        short = "+" not in comps  # وآخرون جدد تجذبهم: after a "+" cue, تفعّل with a pronoun is a present verb
        return kind == "verb" and (("*" in comps and (self._masdar_object(i + 1)
                                                      or self._verbal_noun(i + 1, owned=True, short=short)
                                                      or (self._plural_verb(i) and "+" not in comps
                                                          and self._object_word(i + 1))))
                                   or self._object_content(i, hi, comps))  # وأبدوا تأييدهم: no subject follows

    def _after_resumption(self, i: int, hi: int, kind: str, comps: frozenset[str]) -> int | None:
        """The verbal noun right after the adjunct that resumes an occasion after the cue at i (كلمة أكد فيها
        أهمية ...، حوارا أكد خلاله مشاركته ...): the content with the previous speaker, or None."""
        k = i + 2
        if kind not in ("verb", "participle") or "*" not in comps or k >= hi or self.words[i + 1].norm not in RESUMING:
            return None
        return k if not self._opens_name(k) and (self._masdar_object(k) or self._verbal_noun(k, owned=True)) else None

    def _quote_mark(self, i: int, j: int, hi: int, kind: str, comps: frozenset[str],
                    masdar: int) -> tuple[int, int, int] | None:
        """The complement that the quotation mark at j opens for the cue at i, or None when it opens none
        (a quoted name, a quoted object)."""
        if ("~" in comps or (j == i + 1 and self._quoted_subject(j, hi, comps)) or self._quoted_outlet(j - 1, hi)
                or self._quoted_name(i, j, hi)):
            return None  # نبه «مكتب ...» عن; the subject's name in quotation marks; an outlet's (لشبكة "...")
        if self._punct(j - 1) in (":", "،", ",") or (j == i + 1 and self._long_quote(j, 2)):
            return j, masdar, -1  # not a quoted name right after the cue (وختم "بسام" حديثه)
        if masdar >= 0 and (j == masdar + 1 or self._adjunct_between(masdar, j)) and self._long_quote(j, 2):
            return j, masdar, -1  # نقلت الوكالة عن الوزير قوله (في بيان) "...": after the relayed verbal noun
        if kind in ("verb", "relay") and masdar < 0 and self._long_quote(j):  # وتابع العباد "تمكنت ..."
            return j, masdar, j
        return None

    def _quoted_name(self, i: int, j: int, hi: int) -> bool:
        """Whether the short quotation at j after the cue at i is a name, not what was said: one person or
        body from mark to mark (وأعلنت «لجنة المتابعة العليا» في بيان ...), or what follows a group noun
        (وذكرت جماعة «أنصار الدين» في بيان أنها ...)."""
        end = self._quoted_name_after(j, hi)
        if end < 0:
            return False
        if j > i + 1 and set(self.words[j - 1].forms) & (self.lex.groups | NAME_HEADS):
            return True
        n = self._entity_at(j + 1, 0)
        return n >= 0 and self.entities[n].type in ("PER", "ORG") and (
            self.entities[n].start == self.starts[j + 1] and self.entities[n].end == self.ends[end - 2])

    def _adjunct_between(self, m: int, j: int) -> bool:
        """Whether the words between a verbal noun at m and a quotation mark at j are one short adjunct of
        occasion (قوله في بيان، قوله خلال المؤتمر): its preposition, then plain words."""
        return (m + 2 < j <= m + 2 + ADJUNCT_WORDS and self.words[m + 1].norm in ADJUNCT_PREPOSITIONS
                and all(self.words[x].kind == "arabic" and not self._punct(x) for x in range(m + 2, j)))

    def _b_content(self, i: int, j: int, lo: int, kind: str, comps: frozenset[str],
                   masdar: int) -> tuple[int, int, int] | None:
        """The complement of a cue at i whose content opens with the ب word at j (منوها بأهمية ...): from the
        accused for an accusation (اتهمت إيران إسرائيل بالضلوع ...), none for a passive one (أنه اتهم بـ)."""
        accused = self._accused(i, j, lo, kind) if "=" in comps else None
        if accused is not None:
            return accused, masdar, accused
        if "=" in comps and not self._object_pronoun(i) and all(self._punct(x) for x in range(i + 1, j)):
            return None  # the passive "was charged": nobody accuses
        return j, masdar, j

    def _accusation_reaches(self, i: int, j: int, lo: int, kind: str, comps: frozenset[str]) -> bool:
        """Whether the charge with ب at j of an accusation cue at i follows its speaker and whom it accuses,
        however long the speaker's title (اتهم وزير الدفاع الأمريكي فلان الحكومة الإيرانية بدعم ...): no mark
        between, and the accused found after the speaker (منوها بأهمية ... is no accusation)."""
        return ("=" in comps and not any(self._punct(x) for x in range(i + 1, j))
                and self._accused(i, j, lo, kind) is not None)

    def _no_cue(self, i: int, hi: int, kind: str) -> bool:
        """Whether the cue word at i is no cue here: a counted noun (أحالت النيابة 41 متهما), a relay verb that
        carries rather than relays (نقلت الطفلة إلى المستشفى), a court's conviction (أدانت المحكمة فلانا بـ)."""
        return (kind == "participle" and i > 0 and self._counted(i - 1)) or (
            kind == "relay" and not self._relay_marked(i, hi)) or self._resumed(i) or self._convicts(i, hi) or (
            self.words[i].norm == "وبين" and any(self.words[k].norm == "بين" for k in range(max(0, i - 8), i)))

    def _convicts(self, i: int, hi: int) -> bool:
        """Whether the condemnation cue at i is a court's conviction: a judge or court right after it (أدانت
        المحكمة الصحفيين بنشر ...، دان القاضي المتهم)."""
        return (i + 1 < hi and self.kinds is not None and self.kinds.kind_of(self.words[i].norm) == "condemnation"
                and bool(set(self.words[i + 1].forms) & COURTS))

    def _resumed(self, i: int) -> bool:
        """Whether the verb cue at i is a relative clause's verb whose object pronoun resumes the noun before
        (الأرباح التي أعلنتها الشركات), or a present verb after أن (متوقعا أن تعلن الشركة أرباحا): what was
        announced or what may be, no reported speech."""
        if i == 0 or self.words[i].kind != "arabic":
            return False
        before = self.words[i - 1].norm
        return (before in RELATIVES and self._object_pronoun(i)) or (
            before == "ان" and self.words[i].norm[:1] in ("ي", "ت") and self._is(i, "verb") is not None)

    def _after_comma(self, i: int, hi: int, kind: str) -> int:
        """The word after a verb cue and a comma when speech opens there (وأضاف، كل محافظة لديها ...), or -1."""
        if kind == "verb" and i + 2 < hi and self._punct(i + 1) in ("،", ",") and self._plain(i + 2):
            return i + 2
        return -1

    def _near_object(self, i: int, hi: int, kind: str, comps: frozenset[str], lo: int, obj: int | None) -> int | None:
        """The content's first word when it opens right after the cue at i or its fronted subject; for a
        verbal-noun cue ("^": بعد إعلان الوزارة بدء ...) only the object ``obj`` after its named subject."""
        if "^" in comps:
            return obj
        if self._right_after(i, hi, kind, comps):
            return i + 1
        if (resumed := self._after_resumption(i, hi, kind, comps)) is not None:
            return resumed
        return self._object_after_subject_at(i, hi, kind, comps, lo)

    def _object_of(self, i: int, hi: int, comps: frozenset[str]) -> int | None:
        """The first word of the direct object of a "*" cue at i after its speaker, or None; of a "+" cue a verbal
        noun only (جدد الوزير رفضه ...)."""
        if "*" not in comps:
            return None
        only = "+" in comps
        return (self._object_start(i, hi, only) or self._object_after_apposition(i, hi, only)
                or (self._masdar_soon(i, hi) if only else None))

    def _complement(self, i: int, hi: int, kind: str, form: str, lo: int = -1) -> tuple[int, int, int] | None:
        """(index of the first content word, index of the masdar cue or -1, end of the speaker region or -1
        when it ends before the complement word) for the cue at i."""
        comps, masdar = self.lex.complements(form, kind), -1
        if self._no_cue(i, hi, kind):
            return None
        if comps & {"&", "%", "$"} or (made_of := self._call_made_of(i, hi, comps)) is not None:
            return self._noun_complement(i, hi, comps) if comps & {"&", "%", "$"} else made_of
        obj = self._object_of(i, hi, comps)
        if (near := self._near_object(i, hi, kind, comps, lo, obj)) is not None or "^" in comps:
            return (near, -1, self._region_before(i, near)) if near is not None else None
        held = self._after_comma(i, hi, kind)  # the object, once passed: the content unless a complement follows
        skip = -1  # the end of an outlet's name in quotation marks: no complement inside
        for j in range(i + 1, min(hi, i + 1 + MAX_REGION)):
            w, p = self.words[j], self._punct(j)
            if j < skip or (p == "." and self._inside_word(j)):
                continue  # an outlet's name in quotation marks; the dots of an abbreviation (إيه.بي.سي)
            if 0 <= held < j and self._held_closes(held, j, hi):
                return held, -1, self._region_before(i, held)
            if p in END_PUNCT or (p in ("،", ",", "؛", ";") and "," in comps):
                return None  # "," cue: its complementizer within its clause (أظهرت الجولات التزاما، بل إن ...)
            if p == ":":  # a colon opens the content, unless a "~" verb's clause has passed (وواصل الفريق ...، ...:)
                tilde = "~" in comps and any(self._punct(x) in CLAUSE_PUNCT for x in range(i + 1, j))
                return (j + 1, masdar, -1) if j + 1 < hi and not tilde else None
            if p in QUOTE_OPEN:  # ذكرت صحيفة “ذا تايمز أوف إنديا” أن ...: the outlet's name, however long
                named = self._outlet_then_that(j - 1, hi)
                marked = self._quote_mark(i, j, hi, kind, comps, masdar) if named < 0 else None
                if marked is not None:
                    return marked
                skip = self._skip_past(j, hi, named, skip)
                continue
            if w.kind != "arabic":
                continue
            if (self._is(j, "complementizer") and not self._name_particle(j)
                    and self.words[j - 1].norm not in DEGREE | TIME_CONJUNCTIONS):  # لدرجة أنها، بعد أن: no speech
                if "~" in comps and j - i > NEAR_COMPLEMENT:
                    return None  # زادت الأسعار ... أن: the verb "increase", no speech
                return (j + 1, masdar, held if 0 <= held == obj else -1) if j + 1 < hi else None  # the object ends
            nxt = j + 1 < hi and (self._punct(j + 1) in QUOTE_OPEN or self._is(j + 1, "complementizer"))
            if self._is(j, "participle") and self._punct(j - 1) in ("،", ","):
                break  # "، مؤكدا ..." opens the next cue's clause
            if (comps and set(w.forms[:2]) & comps and not (0 <= held < j and self._verbal_noun(held))  # حرص ... على
                    and not (j + 1 < hi and self.words[j + 1].norm in ADJUNCT_HEADS)  # على هامش المؤتمر
                    and (j <= i + 4 or nxt or j == masdar + 1 or self._after_speaker(j, i))):  # شدد محمد ... على
                if j + 1 < hi and self._is(j + 1, "complementizer"):  # مشددا على أن: the region ends before على
                    return (j + 2, masdar, j) if j + 2 < hi else None
                return self._after_saying(j, hi, comps, masdar)
            if "ب" in comps and not (0 <= held < j and self._verbal_noun(held)) and self._with_b(j) and (
                    j <= i + 4 or self._after_speaker(j, i) or self._accusation_reaches(i, j, lo, kind, comps)):
                return self._b_content(i, j, lo, kind, comps, masdar)
            if j == obj:
                held = j
                continue
            if kind == "relay" and self._is(j, "masdar"):
                masdar = j
                comps = self.lex.complements(self.lex.kind(w.forms, "masdar")[0], "masdar")  # type: ignore[index]
                continue
            if self._ends_search(j, form):
                break
        return (held, -1, self._region_before(i, held)) if held >= 0 else None

    def _after_saying(self, j: int, hi: int, comps: frozenset[str], masdar: int) -> tuple[int, int, int] | None:
        """The complement for the preposition or noun at j: the content right after a preposition (عبر عن ...);
        after a noun of saying listed for a "!" cue (اكتفى بالقول: ...، مكتفيا بالإشارة إلى أن ...) only after
        the colon or complementizer a few words on, the speaker's region ending before the noun."""
        if not ("!" in comps and any(len(m) > 3 for m in set(self.words[j].forms[:2]) & comps)):
            return (j + 1, masdar, -1) if j + 1 < hi else None
        for k in range(j + 1, min(hi - 1, j + 1 + SAYING_REACH)):
            if self._punct(k) == ":" or (self._is(k, "complementizer") and not self._name_particle(k)):
                return k + 1, masdar, j
            if self._punct(k) in END_PUNCT:
                return None
        return None

    def _held_closes(self, held: int, j: int, hi: int) -> bool:
        """Whether the mark at j closes the object held at ``held``: an end mark, a quotation mark or a comma,
        unless a bare complementizer follows the comma and the object may be an apposition (فلان، والد ...، أنه:
        the speech opens there)."""
        p = self._punct(j)
        if p in END_PUNCT or p in QUOTE_OPEN:
            return True
        return p in CLAUSE_PUNCT and not (self._apposition_at(held) and self._bare_complementizer(j + 1, hi))

    def _apposition_at(self, k: int) -> bool:
        """Whether the word at k taken for an object may open an apposition to the speaker instead (آمر كتيبة،
        أحد العاملين، والد المتدرب): no verbal noun, cue word or word with و."""
        return "و" not in self.words[k].proclitics and self.cue_kinds[k] is None and not self._verbal_noun(k)

    def _bare_complementizer(self, j: int, hi: int) -> bool:
        """Whether a complementizer without و stands at j (أن، أنه، بأن; not وأن, a second clause)."""
        return j < hi and self._is(j, "complementizer") is not None and self.words[j].norm[:1] != "و"

    def _noun_complement(self, i: int, hi: int, comps: frozenset[str]) -> tuple[int, int, int] | None:
        """The complement of a cue that reports only before a noun: the noun of thanks opens the content ("&":
        وقدم الوزير شكره ...), or the word after the cue, whom it blames ("%": محملا الحكومة مسؤولية ...)."""
        if "$" in comps:  # تبادل الطرفان الاتهامات بخرق ...: the charge after the noun of accusation
            k = self._thanks_at(i, ACCUSATION_NOUNS)
            b = k + 1
            while i < k and b < min(hi - 1, k + 6) and (self._is_time(b) or self._punct(b) in ("(", ")")):
                b += 1  # الاتهامات أمس (السبت) بقصف ...
            return (b, -1, k) if i < k < b < hi and self._with_b(b) else None
        k = self._thanks_at(i) if "&" in comps else i + 1
        return (k, -1, k) if i < k < hi else None

    def _outlet_then_that(self, k: int, hi: int) -> int:
        """The index after an outlet's name in quotation marks after the media noun at k when a complementizer
        follows it within a few words (صحيفة “ذا تايمز أوف إنديا” الهندية أن ...), else -1."""
        outlet = self._quoted_outlet(k, hi)
        if outlet is None:
            return -1
        for x in range(outlet[1], min(hi, outlet[1] + 3)):
            if self._is(x, "complementizer"):
                return outlet[1]
            if self._punct(x):
                return -1
        return -1

    def _ends_search(self, j: int, form: str) -> bool:
        """Whether word j ends the complement search of a cue of ``form``: another cue's verb, or a verbal
        noun with ب after a cue of agreeing (واتفقت معها شبكة «...» بقولها: the verbal noun reports)."""
        w = self.words[j]
        return (self._is(j, "verb", "relay") is not None and w.norm not in KEEP_GOING
                and not self._relay_clause(j)) or (form in AGREEING and w.norm.startswith("بقول"))
