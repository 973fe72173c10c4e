"""Speakers of the quote finder read from the sentence around a cue: the subject that opens a sentence, the
body a feminine participle agrees with, and the caller of a call found with whom it calls on (the cascade
itself: :mod:`~marsad.quotes.finder`)."""

from __future__ import annotations

from bisect import bisect_left

from marsad.document import Span
from marsad.quotes.base import Speaker
from marsad.quotes.cues import Cues
from marsad.quotes.settings import (
    ADDRESSEE_HEADS,
    ADDRESSEE_WORDS,
    ADDRESSEES,
    OPENING_TITLES,
    STOP,
    TITLE_PARTICLES,
)


class Callers(Cues):
    """Speakers found around a cue rather than in its region."""

    def _opening_subject_of(self, i: int, lo: int) -> Speaker | None:
        """The person or body named right after the verb that opens the sentence of a cue at i without a
        subject (وقدّم فلان استقالته ...، ودعا إلى ...؛ وشرح فلان رأيه ...، حيث دعا ...): the subject of the
        sentence is that of the verbs joined to it. Only past the verb's titles and their adjectives (ويدعم
        الرئيس الأمريكي فلان ...), and with the gender of the cue (عندما أطلقت فلانة ...، دعت ...)."""
        first = lo
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
        for k in range(first + 1, min(i, first + 1 + OPENING_TITLES)):
            n = self._entity_at(k, 0)
            if n >= 0:
                e = self.entities[n]
                if e.start != self.starts[k] or e.end >= self.starts[i] or (
                        e.type != "PER" and (e.type != "ORG" or k > first + 1)):
                    return None  # ووجه مدير الأمن العام ...: a body after a title is the title's, no subject
                named = Speaker(Span(e.start, e.end), e.type, ())
                gender = self._gender(named)
                return None if want and gender and gender != want else named  # وشكر سفارة ...، مضيفا: its object
            w = self.words[k]
            if self._punct(k) or not (set(w.forms) & self.lex.titles or w.norm.startswith("ال")):
                return None
        return None

    def _participle_subject(self, i: int, lo: int) -> Speaker | None:
        """The subject right before the cue at i, else for a plural cue the plural named before it in its
        sentence; before a feminine participle, a person without a feminine
        title is whom the verb before it acts on (ونعت الوزارة في بيان فلانًا قائلة ...): the body named
        earlier in the sentence speaks."""
        before = self._subject_before(i, lo) or self._kana_before(i, lo)
        if self._plural_cue(i) and (before is None or (before.etype == "PER" and before.span is not None
                                                        and not self._plural_head(before.span))):
            plural = self._plural_before(i, lo) or self._plural_noun_before(i, lo)
            if plural is not None or before is None:  # عرض المسؤولون ...، وأكدوا: the plural named before;
                return plural  # الخبراء الذين تحركوا بطلب من أرملة عرفات اعتبروا: not the one person before it
        if (before is None or before.etype != "PER" or not self._is(i, "participle")
                or self.lex.gender(self.words[i].forms) != "f" or self._gender(before) == "f"):
            return before
        return self._body_in_sentence(i, lo) or before

    def _quoted_caller(self, lo: int, hi: int, sp: Speaker) -> Speaker | None:
        """The short name in quotation marks that opens a call's region [lo, hi) before whom it calls on
        (وطالب «فلان» الهيئة العامة بالنظر ...): it calls; None when the region opens with none."""
        end = self._quoted_name_after(lo, hi)
        if end < 0 or end >= hi:
            return None
        span = Span(self.starts[lo + 1], self.ends[end - 2])
        if sp.span is not None and span.start <= sp.span.start and sp.span.end <= span.end:
            return sp
        return Speaker(span, self._entity_type(span), sp.via)

    def _before_addressee(self, sp: Speaker) -> Speaker:
        """A caller found with whom it calls on after it, no entity telling them apart (وطالب المحتجون الحكومة
        المحلية بإجراء ...): the words before the addressee."""
        if sp.span is None or sp.etype is not None:
            return sp
        k = bisect_left(self.starts, sp.span.start)
        end = bisect_left(self.starts, sp.span.end)
        for m in range(k + 1, min(end, len(self.words))):
            word = self.words[m].norm.removeprefix("ال")
            if self.words[m].norm.startswith("ال") and (word in ADDRESSEES or word in ADDRESSEE_HEADS):
                return Speaker(Span(self.starts[k], self.ends[m - 1]), None, sp.via) if not self._punct(m - 1) else sp
        return sp

    @staticmethod
    def _addressee_head(said: str) -> bool:
        """Whether a call's region is a people or the public with its adjectives (دعت الشعب الأمريكي إلى)."""
        words = said.split()
        head = words[0].removeprefix("ال") if words else ""
        return 1 < len(words) <= ADDRESSEE_WORDS and head in ADDRESSEE_HEADS

