"""Relays: the outlets and media a statement reached the text through (``via``): "(في حديث) لصحيفة X",
"لـ«عكاظ»", "حسبما نقلت رويترز", and the statement noun's issuer (بيان لوزارة الخارجية)."""

from __future__ import annotations

from marsad.document import Span
from marsad.quotes.base import FinderBase
from marsad.quotes.settings import (
    CLOSERS,
    MAX_REGION,
    MEDIA_NOUNS,
    MEDIUM_ADJECTIVES,
    MEDIUM_CARRIERS,
    MEDIUM_PREPOSITIONS,
    NAME_BRACKETS,
    OPENERS,
    PLATFORMS,
    QUOTED_NAME_WORDS,
    RELAY_AS,
    RELAYED_PRONOUNS,
    SAID,
    STOP,
)
from marsad.quotes.words import CLAUSE_PUNCT, QUOTE_CLOSE, QUOTE_OPEN


class Relays(FinderBase):
    """Finds relaying outlets and issuers."""

    def _via_phrase(self, lo: int, hi: int) -> tuple[int, int, int] | None:
        """A "(في حديث) لـ<media> X" phrase in [lo, hi): (cut, phrase start, phrase end)."""
        for k in range(lo, hi):
            w = self.words[k]
            if w.kind != "arabic" or not w.norm.startswith("ل"):
                continue
            if not self.lex.kind(w.forms[1:], "media"):
                continue
            outlet = self._quoted_outlet(k, hi)  # لشبكة "ام اس ان بي سي": the whole name, ان in it
            end = outlet[1] if outlet is not None else k + 1
            while outlet is None and end < hi and end - k < 6:
                p = self._punct(end)
                if p in CLAUSE_PUNCT or self._is(end, "complementizer"):
                    break
                end += 1
            cut = k
            if k - 2 >= lo and self._is(k - 1, "interview") and self.words[k - 2].norm == "في":
                cut = k - 2
            elif k - 1 >= lo and self._is(k - 1, "interview"):
                cut = k - 1
            return cut, k, end
        return None

    def _quoted_outlet(self, k: int, hi: int, brackets: bool = False) -> tuple[Span, int] | None:
        """The name in quotation marks right after a media noun at k (شبكة "سي ان ان"، لصحيفة «الحياة»), or with
        ``brackets`` in round brackets too (وفقا لصحيفة (ماركا) الإسبانية): its span and the index after its
        closing mark, or None."""
        opener = self._punct(k + 1) if k + 1 < hi else ""
        named = opener in QUOTE_OPEN or (brackets and opener in NAME_BRACKETS)
        if k + 2 >= hi or not named or not self._is(k, "media"):
            return None
        for x in range(k + 2, min(hi, k + 3 + QUOTED_NAME_WORDS)):
            p = self._punct(x)
            if p in CLOSERS and x > k + 2:
                return Span(self.starts[k + 2], self.ends[x - 1]), x + 1
            if p and not self._inside_word(x):
                return None
        return None

    def _told_outlet(self, lo: int, hi: int) -> str:
        """The name after a bare لـ in quotation marks or brackets, in words [lo, hi): an outlet that the
        speaker talked to (لـ«عكاظ»، لـ(إيه.بي.سي)), or ""."""
        text = self.doc.text
        for k in range(lo, hi - 1):
            if self.words[k].norm == "ل" and self._punct(k + 1) in OPENERS:
                close = ")" if self._punct(k + 1) == "(" else QUOTE_CLOSE[self._punct(k + 1)]
                start = self.ends[k + 1]
                end = text.find(close, start, min(len(text), start + 60))
                name = text[start:end].strip() if end > start else ""
                if name and len(name.split()) <= 5:
                    return name
        return ""

    def _relays(self, i: int, hi: int) -> bool:
        """Whether the attribution cue at i names an outlet that reported what precedes it: حسبما with a
        reporting verb (حسبما نقلت رويترز) or a media noun within its next words (بحسب وكالة الأنباء)."""
        if i + 1 < hi and self.words[i].norm == "حسبما" and self._is(i + 1, "verb", "relay"):
            return True
        return any(self._is(k, "media") for k in range(i + 1, min(hi, i + 4)))

    def _relay_marked(self, i: int, hi: int) -> bool:
        """Whether the relay verb at i reports: عن before the clause's first punctuation mark (نقلت وكالة X
        عن Y، نقل موقع «X» عن Y: the marks around a name end no clause)، or a masdar (قوله) or ما قاله in the
        region."""
        clause = True
        for x in range(i + 1, min(hi, i + 1 + MAX_REGION)):
            if self._punct(x) and self._punct(x) not in OPENERS | CLOSERS:
                clause = False
            w = self.words[x]
            if (clause and w.norm == "عن") or self._is(x, "masdar") or w.norm in SAID:
                return True
        return False

    def _issuer(self, k: int, hi: int) -> tuple[Span | None, str | None, bool] | None:
        """The body named by the ل-word at k and what follows it up to hi (an entity if there is one)."""
        start = self.starts[k] + 1  # after ل
        end = self.ends[k]
        for x in range(k + 1, hi):
            if self._punct(x) or self.words[x].norm in STOP:
                break
            end = self.ends[x]
        for e in self._entities_within(start, end):
            if e.type in ("ORG", "PER", "LOC"):
                return Span(e.start, e.end), e.type, False
        return (Span(start, end), None, False) if end > start else None

    def _medium(self, lo: int, hi: int) -> str:
        """The medium of a statement named in the words [lo, hi) after a preposition (في بيان، في تصريح
        صحفي، عبر حسابه على تويتر): its relay, or "". The phrase is the noun, an adjective of the listed
        ones and the platform it was posted on."""
        for k in range(lo, hi):
            w = self.words[k]
            if w.kind != "arabic" or not set(w.forms[:3]) & MEDIA_NOUNS:
                continue
            if not ("ب" in w.proclitics or (k > lo and self.words[k - 1].forms[-1] in MEDIUM_PREPOSITIONS)):
                continue
            end = k + 1
            if end < hi and self.words[end].norm in MEDIUM_ADJECTIVES:
                end += 1
            elif end < hi and self.words[end].norm in MEDIUM_CARRIERS:  # رسالة بالبريد الإلكتروني
                end += 2 if end + 1 < hi and self.words[end + 1].kind == "arabic" else 1
            for x in range(end, min(hi, end + 3)):
                if self.words[x].kind != "arabic":
                    break
                if set(self.words[x].forms) & PLATFORMS:
                    end = x + 1
                    break
            return self._clean(k, end).removeprefix("ب" if "ب" in w.proclitics else "")
        return ""

    def _relay_clause(self, j: int) -> bool:
        """Whether the verb at j opens a relay clause inside a speaker region (وقالت الوزيرة كما نقلت عنها
        الوكالة «...»، وقال فلان وفق ما بثته الوكالة ”...“): the search goes on past the outlet."""
        if j < 2:
            return False
        prev = self.words[j - 1].norm
        if not (prev in RELAY_AS or (prev in ("ما", "لما") and self._is(j - 2, "source") is not None)):
            return False
        k = j + 1  # an outlet follows, past whom it relays (كما نقلت عنها وكالة); not a second cue (كما أكد أن)
        while k < len(self.words) and self.words[k].norm in RELAYED_PRONOUNS:
            k += 1
        return k < len(self.words) and (k > j + 1 or self._is(k, "media") is not None
                                        or any(e.start == self.starts[k] for e in self.entities))

    def _relay_within(self, lo: int, hi: int) -> tuple[int, str] | None:
        """A relay clause inside a cue's speaker region [lo, hi) after its first word (كما نقلت عنها وكالة
        الأنباء، وفق ما بثته الوكالة): where the speaker's words end and the outlet it names, else None."""
        for j in range(lo + 2, hi):
            if self._punct(j) or not self._relay_clause(j):
                continue
            cut = j - 1 if self.words[j - 1].norm in RELAY_AS else j - 2
            k = j + 1
            while k < hi and self.words[k].norm in RELAYED_PRONOUNS:
                k += 1
            end = k
            while end < hi and (not self._punct(end) or self._punct(end) in CLOSERS or self._punct(end) in QUOTE_OPEN):
                end += 1  # كما نقلت عنه صحيفة “الرياض”: the outlet's name in quotation marks
            return (cut, self._clean(k, end)) if end > k and cut > lo else None
        return None
