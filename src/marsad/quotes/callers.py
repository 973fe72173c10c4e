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
    ATTRIBUTIONS,
    HONORIFICS,
    NAME_ADJECTIVES,
    RELATIVES,
    SOURCE_NOUNS,
    SOURCE_WORDS,
)

SPEECH_CLAUSE = 40  # words from a participle cue back to the relative of the speech clause before it
SPEECH_CLAUSE_MARKS = frozenset("،,-–—")  # marks within that clause (lists of whom it greets, asides)
SPEECH_BACK = frozenset({"فيه", "فيها", "خلاله", "خلالها"})  # the pronoun back to the speech after its relative


class Callers(Cues):
    """Speakers found around a cue rather than in its region."""

    def _participle_subject(self, i: int, lo: int) -> Speaker | None:
        """The subject right before the cue at i, else for a plural cue the plural named before it in its
        sentence; before a feminine participle, a person without a feminine
        title is whom the verb before it acts on (ونعت الوزارة في بيان فلانًا قائلة ...): the body named
        earlier in the sentence speaks. A source phrase right before the cue speaks on (أمر الوزير بكذا، حسب متحدث
        باسم الوزارة، مشيرا إلى ...)."""
        source = self._attributed_before(i, lo) or self._speech_before(i)
        if source is not None:
            return source
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

    def _attributed_before(self, i: int, lo: int) -> Speaker | None:
        """The source of an attribution cue that closes the clause before the participle cue at i, a comma
        between them (...، حسب متحدث باسم الوزارة، مشيرا): it is the speaker the participle goes on with; not an
        outlet that relays (حسبما نقلت رويترز، بحسب وكالة الأنباء), nor وفقا لـ, which also means "in keeping with"
        (وفقا للنظام)."""
        if i - 1 <= lo or self._punct(i - 1) not in ("،", ",") or not self._is(i, "participle"):
            return None
        for s in range(i - 2, max(lo, i - 2 - SOURCE_WORDS) - 1, -1):
            if self._punct(s):
                return None
            if self.words[s].norm in ATTRIBUTIONS:
                q = self._source(s, lo, i - 1)
                if q is None or q.content_start >= self.starts[s] or self._relays(s, i - 1):
                    return None
                return q.speaker if q.speaker.span is not None else None
        return None

    def _speech_before(self, i: int) -> Speaker | None:
        """The giver of a speech that the clause closing right before the participle cue at i tells of, its
        relative and the pronoun back to the speech opening it (تصريحات فلان التي هاجم فيها ...، معتبرا؛ كلمة
        الوكيل التي رفع من خلالها ... . داعيا): the giver (not an adjective: تصريحاته الأخيرة التي) goes on
        speaking. Only commas and dashes within."""
        if i < 3 or not self._punct(i - 1) or not self._is(i, "participle"):
            return None
        for r in range(i - 2, max(0, i - 2 - SPEECH_CLAUSE) - 1, -1):
            mark = self._punct(r)
            if mark and mark not in SPEECH_CLAUSE_MARKS and not self._inside_word(r):
                return None
            if set(self.words[r].forms[:2]) & RELATIVES:
                back = {self.words[x].norm for x in range(r + 1, min(i - 1, r + 4))}
                given = self._speech_giver(r, max(0, r - 6)) if back & SPEECH_BACK else None
                if given is None or given.span is None:
                    return None
                first = self.words[bisect_left(self.starts, given.span.start)]  # تصريحاته الأخيرة التي: no giver
                named = given.etype is not None or bool(set(first.forms) & self.lex.titles)
                return given if named or not first.norm.startswith("ال") else None
        return None

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
        if sp.span is None:
            return sp
        if sp.etype is not None:
            return self._caller_before_named(sp)
        k = bisect_left(self.starts, sp.span.start)
        end = bisect_left(self.starts, sp.span.end)
        for m in range(k + 1, min(end, len(self.words))):
            word = self.words[m].norm.removeprefix("ال")
            if self.words[m].norm.startswith("ال") and (word in ADDRESSEES or word in ADDRESSEE_HEADS):
                return Speaker(Span(self.starts[k], self.ends[m - 1]), None, sp.via) if not self._punct(m - 1) else sp
        return sp

    def _caller_before_named(self, sp: Speaker) -> Speaker:
        """The caller that opens a call's region before the body or person ``sp`` it calls on (ودعا البيان الحكومة
        التركية وحزب العمال إلى ...): a definite title, statement or source noun right after the cue, with its
        nisba adjectives, followed by another definite noun before ``sp``; else ``sp``."""
        k = bisect_left(self.starts, sp.span.start) if sp.span is not None else 0
        c = k - 1
        while c >= 0 and not self._punct(c) and self._is(c, "verb", "participle") is None:
            c -= 1
        if c < 0 or c + 2 > k or self._punct(c):
            return sp
        head = self.words[c + 1]
        if not head.norm.startswith("ال") or not (set(head.forms) & self.lex.titles or self._is(c + 1, "statement")
                                                  or head.norm in SOURCE_NOUNS):
            return sp
        end = c + 1
        while end + 1 < k and self.words[end + 1].norm.startswith("ال") and (self.words[end + 1].norm.endswith(
                ("ي", "يه")) or self.words[end + 1].norm in NAME_ADJECTIVES):
            end += 1  # البيان الختامي، الوزير المصري، الأمين العام
        nxt = self.words[end + 1] if end + 1 <= k else None
        if nxt is None or end + 1 >= k or not nxt.norm.startswith("ال") or (
                set(nxt.forms) & ((self.lex.titles - self.lex.groups) | HONORIFICS)):
            return sp  # ودعا الرئيس الأمريكي باراك أوباما، الأمير الدكتور فلان: the titles of the one named
        return Speaker(Span(self.starts[c + 1], self.ends[end]), None, sp.via)

    @staticmethod
    def _addressee_head(said: str) -> bool:
        """Whether a call's region is a people or the public with its adjectives (دعت الشعب الأمريكي إلى)."""
        words = said.split()
        head = words[0].removeprefix("ال") if words else ""
        return 1 < len(words) <= ADDRESSEE_WORDS and head in ADDRESSEE_HEADS

