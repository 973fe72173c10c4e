"""Find quotes: reported content, its reporting cue, the speaker and the relay chain.

The cascade, for each sentence (cues from ``lexicons/reporting_verbs.tsv``):

1. A reporting cue (verb قال/أكد/أعلن..., relay verb نقلت, participle مضيفا/لافتا) opens a search for its
   complement: a complementizer (إن/أن/بأن...), a colon, an opening quotation mark right after the cue, or
   one of the cue's own prepositions (شدد على، أشار إلى، معربا عن). The words between the cue and the
   complement are the *region* that holds the speaker and the relays.
2. The region is read from the outside in: after a relay verb, parts separated by عن are the relays
   (outermost first) and the last part is the speaker (نقلت وكالة X عن Y قوله إن → via X, speaker Y); a
   "(في حديث) لصحيفة X" phrase is a relay too. The speaker is the PER entity in the region, else the ORG,
   else the LOC; without entities, the first comma-separated part that is not a title or a time.
3. An empty region is a pronoun subject (وأضاف، قال إن): the previous speaker, with its relays. A
   statement noun (البيان) stands for the body that issued it: the previous ORG speaker. In both cases
   the speaker span is that earlier mention (speaker spans may precede the quote).
4. Content runs from the complement to the end of the sentence, or to the next cue of the sentence
   (", معربا عن..."), or, when it opens with a quotation mark, to the closing mark (direct quote).
5. Attribution cues (بحسب X، وفقا لـ X، نقلا عن X) attribute the rest of the sentence to X.
6. A direct quote followed by a cue ("«...»، قال الوزير") is attributed to the speaker after the cue.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from marsad.document import Document, Entity, Quote, Span, TimeExpr
from marsad.quotes.lexicon import QuoteLexicon
from marsad.quotes.words import CLAUSE_PUNCT, END_PUNCT, QUOTE_CLOSE, QUOTE_OPEN, word_index
from marsad.text.normalize import fold

MAX_REGION = 28  # words between a cue and its complement
# Words that end a speaker region: what follows them is an adjunct (في مؤتمر صحفي، خلال لقائه، أمام البرلمان).
# (على is left out: folded it is the name علي.)
STOP = frozenset(
    "في خلال امام عقب بعد قبل اثر لدي عند مع حول الي من منذ عبر ضمن خلف وسط بين".split()
)
TIME_WORDS = frozenset(
    "اليوم امس غدا الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت صباح مساء ليل ظهر الليله".split()
)
KEEP_GOING = frozenset({"عن"})
SIDE = frozenset("جهته جهتها جانبه جانبها جهتهم جانبهم".split())  # من جهته، بين ...: the verb بيّن
OPENERS = QUOTE_OPEN | {"("}  # what may enclose an outlet's name after لـ
# "ما قاله X" (what X said) after a relaying outlet.
SAID = frozenset("قاله قالته قالوه قالاه قالتاه".split())
# Relative pronouns: a segment they open describes the speaker (المصدر، الذي لم تتم تسميته،) and is not it.
RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي".split())
# Nouns that make "على/في X" an adjunct, not a cue's preposition (أكد الوزير على هامش المؤتمر أن ...).
ADJUNCT_HEADS = frozenset("هامش راس مستوي صعيد خلفيه ضوء سبيل مدي مدار اثر وقع".split())
QUOTED_WORDS = 4  # a quotation mark after the speaker opens a direct quote when it quotes this many words
MAX_OBJECT_REGION = 8  # words between a cue and a direct-object content (أعلنت وزارة التجارة والصناعة بدء ...)
# Words that are no verbal-noun object after a speaker: demonstratives, pronouns, quantifiers, particles,
# ordinals, and the heads of roles in apposition to a name (كشف حسين الغامدي مدير فريق ...).
NOT_OBJECTS = frozenset(
    "ذلك هذا هذه تلك هؤلاء هو هي هم انه انها كل بعض جميع عدم ايضا كذلك قد لا لم لن ما اولي ثاني ثانيه"
    " مدير مديره عضو امين مستشار متحدث مساعد وكيل محافظ قائد مندوب استاذ خبير".split()
)


@dataclass
class _Speaker:
    span: Span | None
    etype: str | None  # entity type of the speaker when known (PER/ORG/LOC)
    via: tuple[str, ...]


@dataclass
class _Hit:
    cue: int  # word index of the cue as written
    first: int  # word index where this hit's clause begins (cue or relay verb)
    content_start: int  # char offset
    content_end: int | None  # char offset when known (direct quotes)
    direct: bool
    speaker: _Speaker


class QuoteFinder:
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
        self.previous: list[_Speaker] = []
        # per word: (form, kind) for each cue kind its forms have (the first form listed wins); the forms
        # tuple of a word form is shared by all its tokens, so the lexicon memoizes the answer per tuple
        cue_kinds = lex.cue_kinds
        self.cue_kinds: list[dict[str, str] | None] = [
            cue_kinds(w.forms) if w.kind == "arabic" else None for w in self.words
        ]
        for k, w in enumerate(self.words):
            if w.norm in ("بين", "بينت") and self._verb_bayyana(k):
                self.cue_kinds[k] = {"verb": w.norm}  # بيّن (explained), not the preposition بين
            elif w.norm in ("جاء", "وجاء") and not (
                k + 2 < len(self.words) and self.words[k + 1].norm == "في" and self._is(k + 2, "statement")
            ):
                self.cue_kinds[k] = None  # only "جاء في بيان ... أن" reports

    # ----------------------------------------------------------------- helpers
    def _is(self, i: int, *kinds: str) -> tuple[str, str] | None:
        found = self.cue_kinds[i]
        if found is None:
            return None
        for k in kinds:
            if k in found:
                return found[k], k
        return None

    def _punct(self, i: int) -> str:
        return self.doc.text[self.starts[i] : self.ends[i]] if self.words[i].kind == "punct" else ""

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
        """Text of words [lo, hi) without quotation marks and the proclitic ل of the first word."""
        parts: list[str] = []
        for k in range(lo, hi):
            w = self.words[k]
            t = self.doc.text[self.starts[k] : self.ends[k]]
            if w.kind == "punct":
                continue
            if not parts and w.norm.startswith("ل") and len(w.forms) > 1 and w.forms[1] != w.norm:
                t = t[1:]
            parts.append(t)
        return " ".join(parts)

    # ---------------------------------------------------------------- speaker
    def _via_phrase(self, lo: int, hi: int) -> tuple[int, int, int] | None:
        """A "(في حديث) لـ<media> X" phrase in [lo, hi): (cut, phrase start, phrase end)."""
        for k in range(lo, hi):
            w = self.words[k]
            if w.kind != "arabic" or not w.norm.startswith("ل"):
                continue
            if not self.lex.kind(w.forms[1:], "media"):
                continue
            end = k + 1
            while end < hi and end - k < 6:
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

    def _pick(self, lo: int, hi: int) -> tuple[Span | None, str | None, bool]:
        """Speaker in words [lo, hi): (span, entity type, is a statement noun)."""
        if hi - lo >= 2 and self._is(lo, "statement") and self.words[lo + 1].norm.startswith("ل"):
            # بيان للتحالف، بيان لوزارة الخارجية: the statement's issuer speaks
            issuer = self._issuer(lo + 1, hi)
            if issuer is not None:
                return issuer
        # cut at the first adjunct preposition
        for k in range(lo, hi):
            if self.words[k].norm in STOP:
                name = self._name_after_place(k, hi) if self.words[k].norm == "في" else None
                if name is not None:  # المدير العام للتعليم في منطقة الرياض محمد المرشد
                    return Span(name.start, name.end), name.type, False
                hi = k
                break
        # a subject never carries the preposition ل: "للصحفيين" and لـ"الرياض" are whom it was said to
        addressed: set[int] = set()
        k = lo
        while k < hi:
            w = self.words[k]
            if w.kind == "arabic" and (w.norm == "ل" or (w.norm.startswith("لل") and len(w.norm) > 4)):
                addressed.add(k)
                if w.norm == "ل":  # لـ + the name, quoted or not
                    k += 1
                    while k < hi and self._punct(k) in QUOTE_OPEN:
                        addressed.add(k)
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
        content = [k for k in range(lo, hi) if not self._punct(k) and not self._is_time(k) and k not in addressed]
        if not content:
            return None, None, False
        start, end = self.starts[content[0]], self.ends[content[-1]]
        best: Entity | None = None
        rank = {"PER": 0, "ORG": 1, "LOC": 2}
        for e in self._entities_within(start, end):
            if e.type in rank and (best is None or rank[e.type] < rank[best.type]):
                best = e
        if best is not None:
            return Span(best.start, best.end), best.type, False
        if len(content) == 1 and self._is(content[0], "statement"):
            return None, None, True
        # comma/time-separated segments; prefer one that does not open with a title
        segments: list[list[int]] = [[]]
        for k in range(lo, hi):
            if self._punct(k) or self._is_time(k):
                if segments[-1]:
                    segments.append([])
                continue
            segments[-1].append(k)
        segments = [s for s in segments if s and self.words[s[0]].norm not in RELATIVES] or [
            s for s in segments if s
        ]
        choice = segments[0]
        for seg in segments:
            if not (set(self.words[seg[0]].forms) & self.lex.titles):
                choice = seg
                break
        return Span(self.starts[choice[0]], self.ends[choice[-1]]), None, False

    def _resolve(self, lo: int, hi: int, relay: bool, sentence_lo: int = -1) -> _Speaker:
        """The speaker and relays of the region [lo, hi) after a cue at lo - 1 (in a sentence starting at
        ``sentence_lo`` when known: a region holding no speaker then looks before the cue)."""
        via: list[str] = []
        if relay:
            parts: list[tuple[int, int]] = []
            a = lo
            for k in range(lo, hi):
                if self.words[k].norm == "عن":
                    parts.append((a, k))
                    a = k + 1
            parts.append((a, hi))
            if len(parts) > 1:
                via = [self._clean(p, q) for p, q in parts[:-1] if q > p]
                lo, hi = parts[-1]
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
                if prev.span is not None and prev.etype in ("ORG", None):
                    return _Speaker(prev.span, prev.etype, prev.via + tuple(via))
            span, etype = Span(self.starts[lo], self.ends[hi - 1]), None
        if span is None:
            before = self._subject_before(lo - 1, sentence_lo) if sentence_lo >= 0 else None
            if before is not None:
                return _Speaker(before.span, before.etype, tuple(via))
            if self.previous:
                prev = self.previous[-1]
                return _Speaker(prev.span, prev.etype, prev.via + tuple(v for v in via if v not in prev.via))
            if sentence_lo >= 0:
                named = self._pronoun(lo - 1, sentence_lo)
                return _Speaker(named.span, named.etype, tuple(via))
            return _Speaker(None, None, tuple(via))
        if etype is None:
            etype = self._entity_type(span)
        if not via and self.previous and self.previous[-1].span is not None:
            prev = self.previous[-1]
            if prev.via and self._same_speaker(span, prev.span):  # وأضاف زاده: the interview goes on
                via = list(prev.via)
        return _Speaker(span, etype, tuple(via))

    def _same_speaker(self, a: Span, b: Span | None) -> bool:
        if b is None:
            return False
        x, y = fold(self.doc.text[a.start : a.end]), fold(self.doc.text[b.start : b.end])
        return bool(x and y) and (x in y or y in x)

    def _subject_before(self, i: int, lo: int) -> _Speaker | None:
        """An SVO subject: an entity ending right before the cue, or before the particle قد in front of it
        (الرئيس بوتين قال إن، وكان ... جون ديفيز قد قال)."""
        if i - 1 >= lo and self.words[i - 1].norm == "قد":
            i -= 1
        if i - 1 < lo or self.words[i].norm[0] in "وف":
            return None
        prev_end = self.ends[i - 1]
        for e in self.entities:
            if e.start > prev_end:
                break
            if e.end == prev_end and e.type in ("PER", "ORG"):
                return _Speaker(Span(e.start, e.end), e.type, ())
        return None

    # ---------------------------------------------------------------- content
    def _open_content(self, k: int) -> tuple[int, int | None, bool]:
        """Content opening at word k: (start, end if a direct quote closes, direct)."""
        text = self.doc.text
        w_start, w_end = self.starts[k], self.ends[k]
        ch = text[w_start:w_end]
        if self.words[k].kind == "punct" and ch in QUOTE_OPEN:
            close = QUOTE_CLOSE[ch]
            nl = text.find("\n", w_end)
            limit = len(text) if nl < 0 else nl
            end = text.find(close, w_end, limit)
            start = w_end
            if k + 1 < len(self.words) and self._is(k + 1, "complementizer") and (end < 0 or self.ends[k + 1] < end):
                start = self.ends[k + 1]  # «أن ما بين ...»: the complementizer is not content
            return start, (end if end >= 0 else None), True
        return w_start, None, False

    def _long_quote(self, j: int, words: int = QUOTED_WORDS) -> bool:
        """Whether the quotation mark at word j opens a quotation of at least ``words`` words (to its
        closing mark on the same line, else to the line's end): a statement, not a quoted name (لـ"الرياض")."""
        text = self.doc.text
        mark = text[self.starts[j] : self.ends[j]]
        start = self.ends[j]
        if mark == '"' and text.count('"', text.rfind("\n", 0, start) + 1, start - 1) % 2:
            return False  # it closes the line's previous quotation mark
        nl = text.find("\n", start)
        limit = len(text) if nl < 0 else nl
        end = text.find(QUOTE_CLOSE[mark], start, limit)
        return len(text[start : limit if end < 0 else end].split()) >= words

    def _object_start(self, i: int, hi: int) -> int | None:
        """The first content word of a cue whose content is its direct object, a verbal noun after the
        speaker (أعلنت وزارة التجارة والصناعة بدء ...، أوضحت الوزارة احتواء ...، نفى الجيش التركي استهداف ...).
        The speaker is the words right after the cue that are in an entity or definite (الوزارة، التركي،
        والصناعة), and it must hold an entity or a collective actor noun with the article (الوزارة، الجيش): a
        bare title (الملك، المتحدث) may be followed by a name the tagger missed, an indefinite noun (مصادر،
        سلطات) by its adjective. The object is the next word, when it is an Arabic word without the article
        or a proclitic that is no adjunct, time, cue, demonstrative, particle, title or verb (ي...)."""
        j = i + 1
        named = False
        ent = 0
        last_entity = False
        while j < hi and j - i <= MAX_OBJECT_REGION:
            w = self.words[j]
            if w.kind != "arabic":
                break
            inside = self._entity_at(j, ent)
            definite = w.norm.startswith("ال") or (len(w.forms) > 1 and w.forms[1].startswith("ال"))
            if inside >= 0:
                ent = inside
                named = True
            elif not definite:
                break
            elif set(w.forms) & self.lex.groups:
                named = True
            last_entity = inside >= 0
            j += 1
        if not named or j >= hi or j - i > MAX_OBJECT_REGION:
            return None
        if not last_entity and set(self.words[j - 1].forms) & (self.lex.titles - self.lex.groups):
            return None  # a person's title right before: what follows may be the name (الملك فهد)
        w = self.words[j]
        if (w.kind != "arabic" or w.proclitics or w.norm.startswith("ال") or len(w.norm) < 3
                or (w.norm[0] in "بلك" and len(w.forms) > 1 and w.forms[1] == w.norm[1:])
                or w.norm[0] == "ي" or set(w.forms) & self.lex.titles  # a verb (يمتلك), an apposition (مدير)
                or w.norm in STOP or w.norm in TIME_WORDS or w.norm in NOT_OBJECTS or self._is_time(j)
                or self.cue_kinds[j] is not None or self._entity_at(j, ent) >= 0):
            return None
        return j

    def _relays(self, i: int, hi: int) -> bool:
        """Whether the attribution cue at i names an outlet that reported what precedes it: حسبما with a
        reporting verb (حسبما نقلت رويترز) or a media noun within its next words (بحسب وكالة الأنباء)."""
        if i + 1 < hi and self.words[i].norm == "حسبما" and self._is(i + 1, "verb", "relay"):
            return True
        return any(self._is(k, "media") for k in range(i + 1, min(hi, i + 4)))

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

    def _name_after_place(self, k: int, hi: int) -> Entity | None:
        """A person named at the end of a speaker's title that holds a place phrase (في منطقة الرياض): the
        words between في and the name are no other adjunct (مع نظيره، خلال لقائه) or punctuation."""
        last = hi - 1
        while last > k and self._punct(last):
            last -= 1
        end = self.ends[last]
        person = next((e for e in self._entities_within(self.ends[k] + 1, end) if e.end == end and e.type == "PER"),
                      None)
        if person is None:
            return None
        for x in range(k + 1, hi):
            if self.starts[x] >= person.start:
                break
            if self._punct(x) or self.words[x].norm in STOP:
                return None
        return person

    def _named_subject(self, i: int, hi: int) -> _Speaker | None:
        """The first person named within 8 words after the reporting verb at i, before any punctuation:
        the speaker of a statement whose content was not found."""
        limit = self.ends[min(hi, i + 9) - 1]
        for x in range(i + 1, min(hi, i + 9)):
            if self._punct(x):
                limit = self.starts[x]
                break
        person = next((e for e in self._entities_within(self.starts[i] + 1, limit) if e.type == "PER"), None)
        return _Speaker(Span(person.start, person.end), "PER", ()) if person is not None else None

    def _relay_marked(self, i: int, hi: int) -> bool:
        """Whether the relay verb at i reports: عن before the clause's first punctuation mark (نقلت وكالة X
        عن Y)، or a masdar (قوله) or ما قاله in the region."""
        clause = True
        for x in range(i + 1, min(hi, i + 1 + MAX_REGION)):
            if self._punct(x):
                clause = False
            w = self.words[x]
            if (clause and w.norm == "عن") or self._is(x, "masdar") or w.norm in SAID:
                return True
        return False

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
        return 0 < a and b < len(text) and text[a - 1].isalpha() and text[b].isalpha()

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

    def _complement(self, i: int, hi: int, kind: str, form: str) -> tuple[int, int, int] | None:
        """(index of the first content word, index of the masdar cue or -1, end of the speaker region or -1
        when it ends before the complement word) for the cue at i."""
        comps = self.lex.complements(form, kind)
        masdar = -1
        if kind == "relay" and not self._relay_marked(i, hi):
            return None  # نقلت الطفلة إلى المستشفى: carried, not relayed
        obj = self._object_start(i, hi) if "*" in comps else None
        held = -1  # the object, once passed: the content unless a complement follows it in its clause
        if kind == "verb" and i + 2 < hi and self._punct(i + 1) in ("،", ",") and self._plain(i + 2):
            held = i + 2  # وأضاف، كل محافظة لديها ...: speech right after the cue and a comma
        for j in range(i + 1, min(hi, i + 1 + MAX_REGION)):
            w = self.words[j]
            p = self._punct(j)
            if p == "." and self._inside_word(j):
                continue  # the dots of an abbreviation (إيه.بي.سي)
            if held >= 0 and j > held and (p in END_PUNCT or p in CLAUSE_PUNCT or p in QUOTE_OPEN):
                return held, -1, held
            if p in END_PUNCT:
                return None
            if p == ":":
                return (j + 1, masdar, -1) if j + 1 < hi else None
            if p in QUOTE_OPEN:
                before = self._punct(j - 1)
                if before in (":", "،", ",") or (j == i + 1 and self._long_quote(j, 2)):
                    return j, masdar, -1  # not a quoted name right after the cue (وختم "بسام" حديثه)
                if kind in ("verb", "relay") and masdar < 0 and self._long_quote(j):  # وتابع العباد "تمكنت ..."
                    return j, masdar, j
                continue
            if w.kind != "arabic":
                continue
            if self._is(j, "complementizer"):
                return (j + 1, masdar, -1) if j + 1 < hi else None
            nxt = j + 1 < hi and (self._punct(j + 1) in QUOTE_OPEN or self._is(j + 1, "complementizer"))
            if self._is(j, "participle") and self._punct(j - 1) in ("،", ","):
                break  # "، مؤكدا ..." opens the next cue's clause
            if (comps and set(w.forms[:2]) & comps
                    and not (j + 1 < hi and self.words[j + 1].norm in ADJUNCT_HEADS)  # على هامش المؤتمر
                    and (j <= i + 4 or nxt or j == masdar + 1 or self._ends_entity(j - 1))):  # شدد محمد ... على
                if j + 1 < hi and self._is(j + 1, "complementizer"):  # مشددا على أن: the region ends before على
                    return (j + 2, masdar, j) if j + 2 < hi else None
                return (j + 1, masdar, -1) if j + 1 < hi else None
            if "ب" in comps and "ب" in w.proclitics and (j <= i + 4 or self._ends_entity(j - 1)):  # منوها بأهمية
                return j, masdar, j
            if j == obj:
                held = j
                continue
            if kind == "relay" and self._is(j, "masdar"):
                masdar = j
                comps = self.lex.complements(self.lex.kind(w.forms, "masdar")[0], "masdar")  # type: ignore[index]
                continue
            if self._is(j, "verb", "relay") and w.norm not in KEEP_GOING:
                break
        return (held, -1, held) if held >= 0 else None

    def _quote_before(self, i: int, lo: int) -> tuple[int, int] | None:
        """A direct quote closing right before the cue at i ("«...»، قال"): (start, end) char offsets."""
        text = self.doc.text
        k = i - 1
        while k >= lo and self._punct(k) in ("،", ","):
            k -= 1
        if k < lo:
            return None
        close = self._punct(k)
        if close not in ("»", '"', "”", "›"):
            return None
        opener = {"»": "«", '"': '"', "”": "“", "›": "‹"}[close]
        end = self.starts[k]
        nl = text.rfind("\n", 0, end)
        start = text.rfind(opener, nl + 1, end)
        if start < 0 and opener == "“":
            start = text.rfind('"', nl + 1, end)
        if start < 0 or end - start < 3:
            return None
        return start + 1, end

    # --------------------------------------------------------------- sentence
    def _sentence(self, lo: int, hi: int) -> list[Quote]:
        hits: list[_Hit] = []
        i = lo
        skip_to = -1
        cue_kinds = self.cue_kinds
        while i < hi:
            if cue_kinds[i] is None or self.starts[i] < skip_to:
                i += 1
                continue
            found = self._is(i, "verb", "relay", "participle")
            if found is None:
                src = self._is(i, "source")
                if src is not None:
                    q = self._source(i, lo, hi)
                    last = hits[-1] if hits else None
                    if (q is not None and last is not None and last.content_start < self.starts[i]
                            and self._relays(i, hi)):
                        # "قالت الوزارة إن ...، حسبما نقلت رويترز": the outlet relays the quote before it
                        name = self._span_text(q.speaker.span)
                        if name and q.speaker.span is not None and name not in last.speaker.via:
                            sp = last.speaker
                            last.speaker = _Speaker(sp.span, sp.etype, (name, *sp.via))
                        i += 1
                        continue
                    if q is not None:
                        hits.append(q)
                i += 1
                continue
            form, kind = found
            comp = self._complement(i, hi, kind, form)
            if comp is None:
                before = self._quote_before(i, lo) if kind in ("verb", "participle") else None
                if before is not None:
                    end = i + 1
                    while end < hi and not self._punct(end):
                        end += 1
                    sp = self._resolve(i + 1, end, False) if end > i + 1 else self._pronoun()
                    hits.append(_Hit(i, i, before[0], before[1], True, sp))
                    self.previous.append(sp)
                elif kind == "verb":
                    named = self._named_subject(i, hi)
                    if named is not None:  # وأكد السفير ... عيد الثقفي تلقى ...: the next مشيرا is his
                        self.previous.append(named)
                i += 1
                continue
            k, masdar, region_end = comp
            region_hi = masdar if masdar >= 0 else (region_end if region_end >= 0 else k - 1)
            # the complement word itself (إن، على، ":") is not part of the region
            while region_hi > i + 1 and (
                self._is(region_hi - 1, "complementizer") or self._punct(region_hi - 1) == ":"
            ):
                region_hi -= 1
            if self._punct(k) in QUOTE_OPEN:
                region_hi = min(region_hi, k)
            region_lo = i + 3 if self.words[i].norm in ("جاء", "وجاء") else i + 1  # جاء في بيان لوزارة ...
            cue = masdar if masdar >= 0 else i
            if region_hi > region_lo and any(self._punct(x) not in ("", "،", ",") or self.words[x].kind == "arabic"
                                             for x in range(region_lo, region_hi)):
                sp = self._resolve(region_lo, region_hi, kind == "relay", lo)
            else:
                sp = self._subject_before(i, lo) or self._pronoun(i, lo)
            c_start, c_end, direct = self._open_content(k)
            hits.append(_Hit(cue, i, c_start, c_end, direct, sp))
            if sp.span is not None or sp.via:
                self.previous.append(sp)
            if direct and c_end is not None:
                skip_to = c_end
            i = k
        return self._finish(hits, lo, hi)

    def _pronoun(self, i: int = -1, lo: int = -1) -> _Speaker:
        """The speaker of a cue without a subject: the previous speaker, else (the article's first quote)
        the first person, else organization, named earlier in the cue's sentence (وصف الملحق ... زايد
        الحارثي ...، وقال: ...)."""
        if self.previous:
            return self.previous[-1]
        if lo >= 0:
            start, end = self.starts[lo], self.starts[i]
            named = sorted((e for e in self._entities_within(start, end) if e.type in ("PER", "ORG")),
                           key=lambda e: (e.type != "PER", e.start))
            if named:
                told = self._told_outlet(lo, i)  # وصف الملحق ... خلال حديثه لـ«عكاظ» ...، وقال: ...
                return _Speaker(Span(named[0].start, named[0].end), named[0].type, (told,) if told else ())
        return _Speaker(None, None, ())

    def _source(self, i: int, lo: int, hi: int) -> _Hit | None:
        """بحسب X / وفقا لـ X / نقلا عن X: X is the speaker of the rest of the sentence."""
        j = i + 1
        while j < hi and (self.words[j].norm in ("ل", "لـ", "عن", "لما", "ما") or self._punct(j) == "ـ"):
            j += 1
        if j < hi and j == i + 1 and self._is(j, "verb", "relay"):
            j += 1  # حسبما نقلت رويترز، حسبما أعلنت الوكالة
        while j < hi and self._punct(j) in QUOTE_OPEN:
            j += 1  # حسبما نقلت "رويترز"
        end = j
        while end < hi and end - j < 6 and not self._punct(end) and not self._is(end, "complementizer"):
            end += 1
        if end == j:
            return None
        np_words = range(j, end)
        cue_ok = any(
            set(self.words[x].forms) & self.lex.titles or self._is(x, "media", "statement")
            or self._possessed_title(x) for x in np_words
        ) or any(e.start >= self.starts[j] and e.end <= self.ends[end - 1] for e in self.entities)
        if not cue_ok:
            return None
        sp = self._resolve(j, end, False)
        before = [x for x in range(lo, i) if not self._punct(x)]
        if len(before) >= 3:
            last = i - 1
            while last > lo and self._punct(last):
                last -= 1
            return _Hit(i, i, self.starts[lo], self.ends[last], False, sp)
        k = end
        while k < hi and (self._punct(k) in CLAUSE_PUNCT or self._is(k, "complementizer")):
            k += 1
        if k >= hi:
            return None
        return _Hit(i, i, self.starts[k], None, False, sp)

    def _finish(self, hits: list[_Hit], lo: int, hi: int) -> list[Quote]:
        text = self.doc.text
        s_end = self.ends[hi - 1]
        quotes: list[Quote] = []
        for n, h in enumerate(hits):
            end = h.content_end
            if end is None:
                end = s_end
                for later in hits[n + 1 :]:
                    if self.starts[later.first] > h.content_start:
                        b = later.first
                        while b - 1 > lo and self._punct(b - 1) in CLAUSE_PUNCT:
                            b -= 1
                        end = min(end, self.starts[b])
                        break
            start = h.content_start
            while start < end and (text[start].isspace() or text[start] in QUOTE_OPEN):
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛;»”" or text[end - 1] == '"'):
                end -= 1
            if end - start < 2:
                continue
            cue = self.words[h.cue]
            cue_start = self.starts[h.cue]
            bare = cue.forms[1] if len(cue.forms) > 1 else ""
            if cue.norm[0] in "وف" and bare == cue.norm[1:] and self._is_cue_form(bare):
                cue_start += 1  # the reporting verb as written, without its conjunction (وأعلن → أعلن)
            quotes.append(Quote(start, end, Span(cue_start, self.ends[h.cue]), h.speaker.span, h.speaker.via, h.direct))
        return quotes

    def _is_cue_form(self, form: str) -> bool:
        return form in self.lex.cues

    def run(self) -> list[Quote]:
        out: list[Quote] = []
        for lo, hi in self.ix.sentence_ranges:
            out.extend(self._sentence(lo, hi))
        out.sort(key=lambda q: (q.start, q.cue.start))
        return out


def find_quotes(doc: Document, lex: QuoteLexicon) -> list[Quote]:
    """All quotes of ``doc`` (reads the tokens, sentences, entities and times layers)."""
    if not doc.layer("tokens"):
        return []
    return QuoteFinder(doc, lex).run()
