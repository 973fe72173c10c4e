"""The quote finder's view of one document: its words, cue kinds per word, entities and times, and the
small word tests the other parts share (:mod:`marsad.quotes.finder` describes the cascade)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from marsad.document import Document, Entity, Span, TimeExpr
from marsad.quotes.lexicon import OBJECT_SUFFIXES, QuoteKinds, QuoteLexicon
from marsad.quotes.settings import (
    ACCUSATION_NOUNS,
    BLAME_NOUNS,
    MAX_REGION,
    MAX_THANKS_REGION,
    NAME_LINKS,
    PEOPLE_PLURALS,
    PROTESTS,
    SIDE,
    SPEAKER_MEMORY,
    STOP,
    THANKS_NOUNS,
    TIME_WORDS,
    WITHHELD,
    WITHHOLDING,
)
from marsad.quotes.words import word_index
from marsad.text.normalize import fold

# The nouns that must follow a cue of each of these marks in reporting_verbs.tsv for it to report.
NOUNS_OF = {"&": THANKS_NOUNS, "%": BLAME_NOUNS, "$": ACCUSATION_NOUNS}
_MARKS = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670ـ"  # diacritics and the kashida after a last letter


@dataclass
class Speaker:
    span: Span | None
    etype: str | None  # entity type of the speaker when known (PER/ORG/LOC)
    via: tuple[str, ...]


@dataclass
class Hit:
    cue: int  # word index of the cue as written
    first: int  # word index where this hit's clause begins (cue or relay verb)
    content_start: int  # char offset
    content_end: int | None  # char offset when known (direct quotes)
    direct: bool
    speaker: Speaker



class FinderBase:
    """A document's words with their cue kinds, entities and times, and the speakers found so far."""

    def __init__(self, doc: Document, lex: QuoteLexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.ix = word_index(doc)
        self.words = self.ix.words
        self.starts = self.ix.starts
        self.ends = self.ix.ends
        ents: Sequence[Entity] = doc.layer("entities")
        self.entities = sorted(ents, key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities]
        self.entity_ends = frozenset(e.end for e in self.entities)
        times: Sequence[TimeExpr] = doc.layer("times")
        self.times = [(t.start, t.end) for t in times]
        self.previous: list[Speaker] = []
        self.quoted_to: int = -1  # the end of the last direct quote: no cue inside it
        self.kinds: QuoteKinds | None = None  # the quote kind of a cue word, when known
        # per word: (form, kind) for each cue kind its forms have (the first form listed wins); the forms
        # tuple of a word form is shared by all its tokens, so the lexicon memoizes the answer per tuple
        cue_kinds = lex.cue_kinds
        self.cue_kinds: list[dict[str, str] | None] = [
            cue_kinds(w.forms) if w.kind == "arabic" else None for w in self.words
        ]
        self.scene: set[int] = set()  # words of verbs that set the scene's speaker (والتقى الأمير ...)
        self._drop_cues(lex)
        for k, w in enumerate(self.words):
            if w.norm in WITHHOLDING:
                reach = range(k + 1, min(len(self.words), k + 5))
                name = next((x for x in reach if self.words[x].norm in WITHHELD), -1)
                for x in range(k, max(k, name)):
                    self.cue_kinds[x] = None  # طلب عدم ذكر اسمه: the speaker withholds a name, says nothing
            if w.norm in ("الا", "بالا") and self._negated_that(k):
                self.cue_kinds[k] = {"complementizer": "ان"}  # ألا = أن لا (إلا, "except", is none)
            if w.norm in ("بين", "بينت") and self._verb_bayyana(k):
                self.cue_kinds[k] = {"verb": w.norm}  # بيّن (explained), not the preposition بين
            elif k > 0 and self.words[k - 1].norm in NAME_LINKS and self._entity_at(k, 0) >= 0:
                self.cue_kinds[k] = None  # موفق أبو طالب: a name's word after أبو/بن/آل, no طالب "demanded"
            elif w.norm in ("جاء", "وجاء") and not (
                k + 2 < len(self.words) and self.words[k + 1].norm == "في" and self._is(k + 2, "statement")
            ):
                self.cue_kinds[k] = None  # only "جاء في بيان ... أن" reports

    def _drop_cues(self, lex: QuoteLexicon) -> None:
        """Takes the cue kinds off words that are no cue where they stand: the scene verbs (kept apart),
        a verb of ى written with ي, a cue of the title alone outside it or after a protest, a cue whose
        preposition or noun of thanks does not follow."""
        title = self.doc.title or ""
        title_end = len(title) if title and self.doc.text.startswith(title) else 0
        for k, found in enumerate(self.cue_kinds):
            if found is None:
                continue
            if (any(f in lex.maqsura for f in found.values()) and self._yaa_written(k)) or (
                    any(f in lex.wasl for f in found.values()) and self._hamza_written(k)):
                self.cue_kinds[k] = None  # استطلاعات رأي (not رأى)، وأقترح أن (I propose; not اقترح)
                continue
            if "scene" in found:
                self.scene.add(k)
                found = self.cue_kinds[k] = {kind: f for kind, f in found.items() if kind != "scene"} or None
                if found is None:
                    continue
            comps = lex.complements(found["verb"], "verb") if "verb" in found else frozenset()
            if "participle" in found and "!" in lex.complements(found["participle"], "participle"):
                comps = lex.complements(found["participle"], "participle")  # مكتفيا بالقول: its noun must follow
            if "#" in comps and (self.starts[k] >= title_end or k == 0 or any(
                    self.words[x].norm in PROTESTS for x in range(max(0, k - 3), k)) or any(
                    self.cue_kinds[x] is not None for x in range(k))):
                self.cue_kinds[k] = None  # تطالب reports in a title (الوزارة تطالب بـ ...), as its first cue
            elif "!" in comps and not self._preposition_follows(k, len(self.words), comps):
                self.cue_kinds[k] = None  # عبر حسابه على تويتر: "via", not عبّر عن
            elif any(self._thanks_at(k, NOUNS_OF[m]) < 0
                     for kind, f in found.items() for m in lex.complements(f, kind) if m in NOUNS_OF):
                self.cue_kinds[k] = None  # قدم الفريق عرضا، تبادل الفريقان الأدوار: no thanks or charges follow

    def _yaa_written(self, k: int) -> bool:
        """Whether word k is written with a final ي (رأي), not the ى of a defective verb (رأى)."""
        return self.doc.text[self.starts[k] : self.ends[k]].rstrip(_MARKS)[-1:] == "ي"

    def _hamza_written(self, k: int) -> bool:
        """Whether word k, after its و/ف, begins with أ (أقترح), not the bare alef of a past verb (اقترح)."""
        raw = self.doc.text[self.starts[k] : self.ends[k]]
        return raw.lstrip("وف")[:1] == "أ"

    def _thanks_at(self, k: int, nouns: frozenset[str] = THANKS_NOUNS) -> int:
        """The index of the noun of thanks, congratulation or condolence (or of another set of ``nouns``) that
        follows a verb at k in its clause (وقدم الوزير شكره، تقدم بالشكر، رفع أسمى آيات التهاني), or -1."""
        for x in range(k + 1, min(len(self.words), k + 1 + MAX_THANKS_REGION)):
            if self.words[x].kind == "punct" or self.cue_kinds[x] is not None:
                return -1  # ورفع المحتجون لافتات كتب عليها الشكر: another verb's noun
            norm = self.words[x].norm
            if norm in nouns or (norm[:1] == "ب" and norm[1:] in nouns):
                return x
        return -1

    def _negated_that(self, k: int) -> bool:
        """Whether word k is ألا (أن + لا), with or without ب, as written (إلا, "except", is none)."""
        return self.doc.text[self.starts[k] : self.ends[k]].replace("ّ", "") in ("ألا", "بألا")

    def _is(self, i: int, *kinds: str) -> tuple[str, str] | None:
        found = self.cue_kinds[i]
        if found is None:
            return None
        for k in kinds:
            if k in found:
                return found[k], k
        return None

    def _preposition_follows(self, i: int, hi: int, comps: frozenset[str]) -> bool:
        """Whether one of the prepositions ``comps`` follows the cue at i in its clause."""
        for j in range(i + 1, min(hi, i + 1 + MAX_REGION)):
            if self._punct(j) and not self._inside_word(j):
                return False
            if set(self.words[j].forms[:2]) & comps:
                return True
        return False

    def _plural_earlier(self, last_gender: str) -> Speaker | None:
        """The nearest of the last few speakers headed by a plural of people (قال شهود عيان ...، المعلمون،
        مسؤولين أمنيين): whom a plural cue without a subject in its sentence continues (وأضافوا أن ...), when
        the last speaker is one: a person named, or a title or body whose gender its words tell
        (``last_gender``); a speaker of unknown number (أقارب الضحايا، هؤلاء) is kept."""
        if not self.previous or (not last_gender and self.previous[-1].etype != "PER"):
            return None
        for prev in reversed(self.previous[-SPEAKER_MEMORY:]):
            if prev.span is None or prev.etype in ("PER", "LOC"):
                continue  # a person named is one; a place speaks through its body
            words = fold(self.doc.text[prev.span.start : prev.span.end]).split()
            head = words[0][2:] if words and words[0].startswith("ال") else (words[0] if words else "")
            if ((head.endswith(("ون", "يين")) and len(head) >= 5) or (head.endswith("ين") and len(head) >= 6)
                    or head in PEOPLE_PLURALS):
                return prev
        return None

    def _bare_verb(self, i: int) -> str:
        """The cue word at i without its conjunction و/ف."""
        w = self.words[i]
        return w.norm[1:] if w.norm[0] in "وف" and len(w.forms) > 1 and w.forms[1] == w.norm[1:] else w.norm

    def _plural_verb(self, i: int) -> bool:
        """Whether the verb cue at i is a past plural (اتهموا، قالوا): no subject follows it."""
        return self._is(i, "verb") is not None and self._bare_verb(i).endswith("وا")

    def _plural_subject(self, i: int) -> bool:
        """Whether the verb cue at i has a plural subject in its ending (قالوا، اتهموها)."""
        verb = self._bare_verb(i)
        if self._object_pronoun(i):
            verb = next(verb[: -len(s)] for s in OBJECT_SUFFIXES if verb.endswith(s))
        return self._is(i, "verb") is not None and verb.endswith(("وا", "و"))

    def _object_pronoun(self, i: int) -> bool:
        """Whether the verb cue at i carries an object pronoun (اتهموها، حذرهم): what follows is its content."""
        verb = self._bare_verb(i)
        return self._is(i, "verb") is not None and any(
            verb.endswith(s) and verb[: -len(s)] + ("ا" if verb[: -len(s)].endswith("و") else "") in self.lex.cues
            for s in OBJECT_SUFFIXES)

    def _punct(self, i: int) -> str:
        """The mark at word i, or "" for a word; a kashida standing alone (المصدر ـ الذي ... ـ أن) is a dash."""
        w = self.words[i]
        if w.kind == "punct":
            return self.doc.text[self.starts[i] : self.ends[i]]
        if w.norm:
            return ""
        text = self.doc.text[self.starts[i] : self.ends[i]]
        return "-" if text and not text.strip("ـ") else ""

    def _is_time(self, i: int) -> bool:
        w = self.words[i]
        if w.norm in TIME_WORDS or (len(w.forms) > 1 and w.forms[-1] in TIME_WORDS):
            return True
        ws, we = self.starts[i], self.ends[i]
        return any(s <= ws and we <= e for s, e in self.times)

    def _entity_type(self, span: Span | None) -> str | None:
        if span is None:
            return None
        for e in self.entities:
            if e.start <= span.start and span.end <= e.end:
                return e.type
            if e.start > span.end:
                break
        return None

    def _entities_within(self, start: int, end: int) -> Iterator[Entity]:
        """The entities inside the characters [start, end), in text order; not the preposition على that the
        tagger sometimes takes for the name علي."""
        text = self.doc.text
        for n in range(bisect_left(self.entity_starts, start), len(self.entities)):
            e = self.entities[n]
            if e.start >= end:
                return
            if e.end <= end and text[e.start : e.end] != "على":
                yield e

    def _clean(self, lo: int, hi: int) -> str:
        """Text of words [lo, hi) as written from its first word to its last, without the marks around them
        and the proclitic ل of the first word (لـ«الحياة» → الحياة، وكالة "رويترز" للأنباء stays whole)."""
        words = [k for k in range(lo, hi) if self.words[k].kind != "punct"]
        if not words:
            return ""
        first = self.words[words[0]]
        start = self.starts[words[0]]
        if first.norm.startswith("ل") and len(first.forms) > 1 and first.forms[1] != first.norm:
            start += 1
        text = " ".join(self.doc.text[start : self.ends[words[-1]]].split())
        for a, b in (("«", "»"), ("“", "”")):
            if text.count(a) != text.count(b):
                text = text.replace(a, "").replace(b, "")
        if text.count('"') % 2:
            text = text.replace('"', "")
        return text

    def _possessed_title(self, k: int) -> bool:
        """A title or source noun with a possessive suffix (مصادرنا، مراسلنا، مصادره)."""
        norm = self.words[k].norm
        return any(norm.endswith(suf) and norm[: -len(suf)] in self.lex.titles for suf in ("نا", "ها", "هم", "ه"))

    def _verb_bayyana(self, k: int) -> bool:
        """Whether بين at word k is the verb بيّن: written with its shadda, or right after من جهته/جانبه."""
        if "ّ" in self.doc.text[self.starts[k] : self.ends[k]]:
            return True
        j = k - 1
        while j >= 0 and self._punct(j) in ("،", ","):
            j -= 1
        return j >= 1 and self.words[j].norm in SIDE and self.words[j - 1].norm == "من"

    def _span_text(self, span: Span | None) -> str:
        return self.doc.text[span.start : span.end] if span is not None else ""

    def _inside_word(self, k: int) -> bool:
        """Whether the mark at word k has letters right on both sides (إيه.بي.سي), so ends no sentence."""
        text = self.doc.text
        a, b = self.starts[k], self.ends[k]
        if 0 < a and b < len(text) and text[a - 1].isalpha() and text[b].isalpha():
            return True
        # the full stop of a one-letter abbreviation (د. فراس، أ. محمد): a title, not the sentence's end
        return (text[a:b] == "." and k > 0 and self.ends[k - 1] == a and self.words[k - 1].kind == "arabic"
                and b - a == 1 and self.ends[k - 1] - self.starts[k - 1] == 1)

    def _plain(self, k: int) -> bool:
        """Whether word k can open speech that follows a cue and a comma: an Arabic word that is no adjunct
        preposition, time, complementizer, cue or title (وأكد، في تصريح صحفي، أن ... is no such speech)."""
        w = self.words[k]
        return (w.kind == "arabic" and w.norm not in STOP and not self._is_time(k) and self.cue_kinds[k] is None
                and not set(w.forms) & self.lex.titles)

    def _ends_entity(self, k: int) -> bool:
        """Whether word k is the last word of an entity (a name or a place closing the speaker's title)."""
        return self.ends[k] in self.entity_ends

    def _entity_at(self, j: int, lo: int) -> int:
        """Index (from ``lo`` on) of the entity that covers word j, or -1."""
        start, end = self.starts[j], self.ends[j]
        for n in range(lo, len(self.entities)):
            e = self.entities[n]
            if e.start > start:
                break
            if e.end >= end:
                return n
        return -1

    def _is_cue_form(self, form: str) -> bool:
        return form in self.lex.cues
