"""Direct objects as content: the verbal noun or noun phrase a cue reports (أعلنت الوزارة بدء ...، أكد الوزير
ضرورة ...، المملكة تدين قتل ...), found after the speaker the cue's region names."""

from __future__ import annotations

from marsad.quotes.content import Content
from marsad.quotes.settings import (
    ADJUNCT_PREPOSITIONS,
    ADJUNCT_WORDS,
    APPOSITION_WORDS,
    CLOSERS,
    EVENT_OBJECTS,
    MANNER,
    MANNER_NOUNS,
    MASDAR_OBJECTS,
    MAX_OBJECT_REGION,
    NOT_OBJECTS,
    POSSESSIVES,
    QUOTED_NAME_WORDS,
    STOP,
    TIME_WORDS,
)
from marsad.quotes.words import QUOTE_OPEN


class Objects(Content):
    """Finds where a cue's direct object opens."""

    def _object_start(self, i: int, hi: int) -> int | None:
        """The first content word of a cue whose content is its direct object, a verbal noun after the
        speaker (أعلنت وزارة التجارة والصناعة بدء ...، أوضحت الوزارة احتواء ...، نفى الجيش التركي استهداف ...).
        The speaker is the words right after the cue that are in an entity or definite (الوزارة، التركي،
        والصناعة), and it must hold an entity or a collective actor noun with the article (الوزارة، الجيش): a
        bare title (الملك، المتحدث) may be followed by a name the tagger missed, an indefinite noun (مصادر،
        سلطات) by its adjective. The object is the next word, when it is an Arabic word without the article
        or a proclitic that is no adjunct, time, cue, demonstrative, particle, title or verb (ي...)."""
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
            if w.kind != "arabic":
                break
            inside = self._entity_at(j, ent)
            definite = (w.norm.startswith("ال") or (len(w.forms) > 1 and w.forms[1].startswith("ال"))) and (
                w.norm not in STOP)  # إلى folds to الي: no article
            if named and j > i + 1 and w.norm[:2] == "ال" and w.norm[2:] in EVENT_OBJECTS:
                return j  # أدانت الوزارة الهجوم ...: a definite event noun after the named speaker
            head = not definite and self._object_head(i, j, hi)
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
        if named and j < hi and self.words[j].norm in MANNER:  # أدانت المملكة بشدة / بأشد العبارات ...
            j += 2 if j + 1 < hi and self.words[j + 1].norm in MANNER_NOUNS else 1
            if j < hi and self.words[j].norm[:2] == "ال" and self.words[j].norm[2:] in EVENT_OBJECTS:
                return j
        if j >= hi or j - i > MAX_OBJECT_REGION or j == i + 1:
            return None
        if self.words[j].norm in ADJUNCT_PREPOSITIONS:  # أكد الوزير خلال لقائه بالصحفيين ضرورة ...
            return self._masdar_past_adjunct(j, hi)
        masdar = self._masdar_object(j)  # أكد الوزير ضرورة ...: no name begins so
        if not masdar and (not named or (titled and not last_entity)):
            return None  # وزير الخارجية سامي ...: after a title, a name the tagger missed
        if not last_entity and not masdar and set(self.words[j - 1].forms) & (self.lex.titles - self.lex.groups):
            return None  # a person's title right before: what follows may be the name (الملك فهد)
        if not masdar and any(self._is(x, "complementizer") for x in range(j + 1, min(hi, j + 1 + ADJUNCT_WORDS))):
            return None  # مدير المكتب عبداللطيف النعيم، لـ"اليوم" أن: a name the tagger missed, then the speech
        return j if (masdar and not self.words[j].proclitics) or self._object_word(j, ent) else None

    def _object_head(self, i: int, j: int, hi: int) -> bool:
        """Whether the indefinite word at j heads a construct before a definite word: a body (حكومة الرئيس
        ...), or a person's title right after the cue at i (أكد وزير الداخلية فلان ضرورة ...)."""
        if j + 1 >= hi or not self.words[j + 1].norm.startswith("ال"):
            return False
        forms = set(self.words[j].forms)
        return bool(forms & self.lex.groups) or (j == i + 1 and bool(forms & self.lex.titles))

    def _masdar_past_adjunct(self, j: int, hi: int) -> int | None:
        """The verbal noun that opens an object after the speaker and a short adjunct of occasion from j (خلال
        لقائه بالصحفيين ضرورة ...): within the adjunct's reach, no mark, cue or complementizer before it."""
        for x in range(j + 2, min(hi, j + 2 + ADJUNCT_WORDS)):
            if self._punct(x) or self.cue_kinds[x] is not None or self._is(x, "complementizer"):
                return None
            if self._masdar_object(x) and not self.words[x].proclitics:
                return x
        return None

    def _object_after_apposition(self, i: int, hi: int) -> int | None:
        """The first object word of a verb cue at i after the comma that closes its speaker's name and
        apposition (استنكر الشيخ فلان إمام المسجد، اتهام ...): the region names a person or body, and no
        other mark, complementizer or cue comes before the comma."""
        for j in range(i + 1, min(hi - 1, i + 1 + APPOSITION_WORDS)):
            p = self._punct(j)
            if p in ("،", ","):
                named = any(self._entity_at(x, 0) >= 0 for x in range(i + 1, j))
                if not named or j <= i + 2:
                    return None
                return j + 1 if self._object_word(j + 1) else self._masdar_after(j + 1, hi)
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
            if self._masdar_object(x) and not self.words[x].proclitics and x > k:
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
        (ضرورة، اعتزازه، حرصها)."""
        norm = self.words[j].norm
        if norm in MASDAR_OBJECTS:
            return True
        return any(norm.endswith(s) and norm[: -len(s)] in MASDAR_OBJECTS for s in POSSESSIVES)

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
        if not (event or self._object_word(k)):
            return None
        return k if self._subject_before(i, lo) is not None else None
