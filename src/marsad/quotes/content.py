"""Content: where a quote's content opens and ends (direct quotes to their closing mark, indirect ones to the
sentence's end or the next cue), and attribution cues (بحسب X) whose content is the rest of the sentence."""

from __future__ import annotations

from bisect import bisect_left

from marsad.document import Quote, Span
from marsad.quotes.base import Hit, Speaker
from marsad.quotes.settings import (
    ACCORDANCE,
    BARE_COMPLEMENTIZERS,
    CLOSERS,
    CONNECTIVES,
    HEADLINE_WORDS,
    LABELS,
    QUOTED_NAME_WORDS,
    QUOTED_WORDS,
    RELATIVES,
    SOURCE_NOUNS,
    SOURCE_WORDS,
    STOP,
    THANKS_NOUNS,
    VERB_PARTICLES,
)
from marsad.quotes.speaker import Speakers
from marsad.quotes.words import CLAUSE_PUNCT, QUOTE_CLOSE, QUOTE_OPEN


class Content(Speakers):
    """Opens and closes the content of quotes."""

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
            if (k + 1 < len(self.words) and self._is(k + 1, "complementizer") and (end < 0 or self.ends[k + 1] < end)
                    and self._bare_verb(k + 1) in BARE_COMPLEMENTIZERS):
                start = self.ends[k + 1]  # «أن ما بين ...»: the complementizer is not content; «إنه أمر ...» is
            return start, (end if end >= 0 else None), True
        if k > 0 and self._negated_that(k - 1):  # تعهدت ألا يتجاوز ...: the negation is content
            w_start = self.ends[k - 1] - 3
        norm = self.words[k].norm
        if norm[:1] == "ب" and norm[1:] in THANKS_NOUNS and ch[:1] == "ب":
            w_start += 1  # تقدموا بشكرهم: the thanks, not their preposition
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

    def _headline(self, lo: int, hi: int) -> Hit | None:
        """A headline "الجبير: ..." or "الناشط خالد ماسا لـ«الصباح»: ..." in the words [lo, hi) of the
        document's title: the words before its colon speak, what follows is the content. A place alone
        before the colon (السعودية: ...) or a label (عاجل: ...) makes no quote, nor does a colon after a cue
        (the cue's own complement)."""
        title = self.doc.title
        if not title or not self.doc.text.startswith(title) or self.starts[lo] >= len(title):
            return None
        colon = next((k for k in range(lo, min(hi, lo + HEADLINE_WORDS + 1)) if self._punct(k) == ":"), -1)
        if colon <= lo or colon + 1 >= hi or self.ends[colon] >= len(title):
            return None
        if any(self.cue_kinds[k] is not None or self.words[k].norm in LABELS for k in range(lo, colon)):
            return None
        sp = self._resolve(lo, colon, False)
        if sp.span is None or sp.etype == "LOC":
            return None
        return Hit(colon, colon, self.starts[colon + 1], min(len(title), self.ends[hi - 1]), False, sp)

    def _source(self, i: int, lo: int, hi: int) -> Hit | None:
        """بحسب X / وفقا لـ X / نقلا عن X: X is the speaker of the rest of the sentence."""
        j = i + 1
        while j < hi and (self.words[j].norm in ("ل", "لـ", "عن", "لما", "ما") or self._punct(j) == "ـ"):
            j += 1
        if j < hi and (j == i + 1 or self.words[j - 1].norm in ("ما", "لما")) and self._is(j, "verb", "relay"):
            j += 1  # حسبما نقلت رويترز، حسبما أعلنت الوكالة، بحسب ما أفاد به
            if j < hi and self.words[j].norm in ("به", "بها", "بهم"):
                j += 1
        while j < hi and self._punct(j) in QUOTE_OPEN:
            j += 1  # حسبما نقلت "رويترز"
        if j < hi and set(self.words[j].forms) & ACCORDANCE:
            return None  # وفقا لضوابط الوزارة، بحسب سن الطالب: "in keeping with", no source that speaks
        end = self._source_end(j, hi, opening=sum(1 for x in range(lo, i) if not self._punct(x)) < 3)
        if end == j or self._chained_source(i, lo):
            return None
        end = self._source_chain_end(end, hi)
        outlet = self._quoted_outlet(j, hi, brackets=True)  # وفقا لصحيفة «الحياة» فإن: the outlet speaks
        if outlet is not None and outlet[1] >= end:
            end = outlet[1]
        else:
            outlet = None
        np_words = range(j, end)
        cue_ok = any(
            set(self.words[x].forms) & (self.lex.titles | SOURCE_NOUNS) or self._is(x, "media", "statement")
            or self._possessed_title(x) for x in np_words
        ) or any(e.start >= self.starts[j] and e.end <= self.ends[end - 1] for e in self.entities)
        if not cue_ok:
            return None
        lead = next((e for e in self.entities if e.start in (self.starts[j] + 1, self.starts[j] + 2)
                     and e.end <= self.ends[end - 1] and self.words[j].norm[:1] == "ل"), None)
        sp = Speaker(Span(lead.start, lead.end), lead.type, ()) if lead else self._resolve(j, end, False)
        lam = self._lam_source(j, end) if "تقرير" not in self.words[j].forms else None
        if outlet is not None:
            sp = Speaker(outlet[0], self._entity_type(outlet[0]), ())
        elif lam is not None:
            sp = Speaker(lam, None, ())
        elif end - j >= 2 and "تقرير" in self.words[j].forms:  # وفقا لتقرير بي.بي.سي: the report is the medium
            issuer = self._report_issuer(j, end) or self._resolve(j + 1, end, False)
            if issuer.span is not None:
                sp = Speaker(issuer.span, issuer.etype, (*issuer.via, "تقرير"))
            else:  # وفقا لتقرير «الهيئة» السنوي: no issuer named, the report speaks, without its ل
                sp = Speaker(self._report_span(j, end), None, ())
        if sp.span is None:  # وفقا لوكالة الأنباء الرسمية، فإن ...: a medium alone speaks
            span = self._report_span(j, end)
            sp = Speaker(span, self._entity_type(span), ())
        before = [x for x in range(lo, i) if not self._punct(x)]
        if len(before) >= 3 and not (end < hi and self._is(end, "complementizer") and end + 1 < hi):
            last = i - 1
            while last > lo and self._punct(last):
                last -= 1
            return Hit(i, i, self.starts[lo], self.ends[last], False, sp)
        k = end
        while k < hi and (self._punct(k) in CLAUSE_PUNCT or self._is(k, "complementizer")
                          or self.words[k].norm == "فقد"):
            k += 1
        if k >= hi:
            return None
        return Hit(i, i, self.starts[k], None, False, sp)

    def _source_end(self, j: int, hi: int, opening: bool) -> int:
        """The end of an attribution's source that begins at word j: its first words, past a name that runs
        on (وفقا للمفوضية السامية للأمم المتحدة لشؤون اللاجئين) or closes a long title, and for a source that
        opens its sentence, to the comma or complementizer that closes it (وبحسب المتحدث باسم المنظمة
        الدولية للهجرة في جنيف، فإن ...)."""
        end = j
        while (end < hi and end - j < 6 and (not self._punct(end) or self._inside_word(end))
               and not self._is(end, "complementizer") and not set(self.words[end].forms[:2]) & RELATIVES
               and self.words[end].norm != "فقد"):  # وبحسب الشرطة فقد قتل ...
            end += 1
        end = self._quoted_name_end(self._source_name_end(j, end, hi), hi)
        if end > j:
            end = self._entity_run_end(end, hi)
        if not opening or end <= j:
            return end
        closed = self._opening_source_end(j, end, hi)
        if closed < hi and (self._punct(closed) in CLAUSE_PUNCT or self._is(closed, "complementizer")
                            or self.words[closed].norm == "فقد"):
            return closed
        return self._definite_source_end(j, end)

    def _definite_source_end(self, j: int, end: int) -> int:
        """The end of a definite source opening its sentence with no comma or complementizer after it: the
        first word past its definite words, names and titles, when it opens a clause, no preposition
        (وبحسب التلفزيون الإسرائيلي قرر ...، وطبقا للكنيست تصدر ...); else ``end``."""
        x = j
        while x < end and self.words[x].kind == "arabic" and (
                any(f.startswith("ال") for f in self.words[x].forms[:2]) or self._entity_at(x, 0) >= 0
                or set(self.words[x].forms) & self.lex.titles):
            x += 1
        w = self.words[x] if x < end else None
        if (w is None or x == j or w.kind != "arabic" or w.norm in STOP or w.proclitics or self._punct(x)
                or self.cue_kinds[x] is not None or set(w.forms[:2]) & RELATIVES):
            return end  # وبحسب الوكالة قال متحدث ...: the source relays the cue after it
        last = self.words[x - 1]  # مصادر أمنية: an indefinite source goes on with its adjective
        return x if any(f.startswith("ال") for f in last.forms[:2]) or self._entity_at(x - 1, 0) >= 0 else end

    def _entity_run_end(self, end: int, hi: int) -> int:
        """The word after the entity that word ``end - 1`` is in, when that entity runs past it; else ``end``."""
        last = end - 1
        e = next((e for e in self.entities if e.start <= self.starts[last] < self.ends[last] < e.end), None)
        if e is None:
            return end
        while end < hi and self.starts[end] < e.end and not self._punct(end):
            end += 1
        return end

    def _opening_source_end(self, j: int, end: int, hi: int) -> int:
        """The comma, complementizer or فقد that closes a source opening its sentence, a few words past
        ``end`` with no verb or cue between; else ``end``."""
        for x in range(end, min(hi, j + SOURCE_WORDS)):
            if self._punct(x) in CLAUSE_PUNCT or self._is(x, "complementizer") or self.words[x].norm == "فقد":
                return x
            if self._punct(x) or self.cue_kinds[x] is not None:
                return end
        return end

    def _quoted_name_end(self, end: int, hi: int) -> int:
        """The end of a source whose first words a name in quotation marks follows, with up to two definite
        adjectives (وفقا لتقرير «الهيئة» السنوي، ...): the word after them when a mark or a complementizer
        closes the source there; else ``end``."""
        if end >= hi or self._punct(end) not in QUOTE_OPEN:
            return end
        close = next((x for x in range(end + 1, min(hi, end + 2 + QUOTED_NAME_WORDS)) if self._punct(x) in CLOSERS), -1)
        if close < end + 2 or any(self._punct(x) for x in range(end + 1, close)):
            return end
        k = close + 1
        while k < hi and k - close <= 2 and self.words[k].norm.startswith("ال"):
            k += 1
        return k if k < hi and (self._punct(k) or self._is(k, "complementizer")) else end

    def _report_issuer(self, j: int, end: int) -> Speaker | None:
        """The issuer written on ل after a report at j and its adjectives (تقرير خاص للجنة الدولية، تقرير حديث
        لمنظمة العفو الدولية): the body named there, else its words up to ``end``."""
        k = next((x for x in range(j + 1, min(end, j + 4)) if self.words[x].kind == "arabic"
                  and self.words[x].norm.startswith("ل") and len(self.words[x].forms) > 1), -1)
        if k < 0 or any(self._punct(x) for x in range(j + 1, k)):
            return None
        named = next((e for e in self.entities if e.start in (self.starts[k] + 1, self.starts[k] + 2)), None)
        if named is not None:
            return Speaker(Span(named.start, named.end), named.type, ())
        lam = self._lam_source(k, end)
        if lam is not None and lam.start == self.starts[k] + 2 and len(self.words[k].norm) <= 5:
            lam = Span(lam.start - 1, lam.end)  # للجنة: ل + لجنة, not ل + الجنة
        return Speaker(lam, None, ()) if lam is not None else None

    def _report_span(self, j: int, end: int) -> Span:
        """The words of a report source [j, end) without the ل of its first word and the marks after it."""
        last = end - 1
        while last > j and self._punct(last) and self._punct(last) not in CLOSERS:
            last -= 1
        lam = self.words[j].norm.startswith("ل") and self.words[j].norm[1:] in self.words[j].forms
        return Span(self.starts[j] + (1 if lam else 0), self.ends[last])

    def _lam_source(self, j: int, end: int) -> Span | None:
        """The source of an attribution written on the preposition ل of its cue (وفقا لمنظمي المعرض، وفقا
        للتقارير الصحفية) when no entity names it: its words from after the ل (and the article's ل) to ``end``."""
        w = self.words[j]
        if w.kind != "arabic" or not w.norm.startswith("ل") or len(w.forms) < 2:
            return None
        if any(True for _ in self._entities_within(self.starts[j], self.ends[end - 1])):
            return None
        last = end - 1
        while last > j and self._punct(last):
            last -= 1
        if w.norm.startswith("لل") and "ال" + w.norm[2:] in w.forms:
            return Span(self.starts[j] + 2, self.ends[last])  # للتقارير → تقارير
        return Span(self.starts[j] + 1, self.ends[last]) if w.norm[1:] in w.forms else None

    def _chained_source(self, i: int, lo: int) -> bool:
        """Whether the source cue at i (نقلا عن) continues an earlier one of its clause (وفقا لصحيفة «...»
        نقلا عن مكتب ...): that one reads the chain."""
        for x in range(i - 1, max(lo, i - SOURCE_WORDS) - 1, -1):
            p = self._punct(x)
            if p and p not in CLOSERS and p not in QUOTE_OPEN:
                return False
            if not p and self._is(x, "source") is not None:
                return True
        return False

    def _source_chain_end(self, end: int, hi: int) -> int:
        """The end of a source that relays another (وفقا لصحيفة «لوس أنجلس تايمز» نقلا عن مكتب الطبيب فإن
        ...): after نقلا عن, to the punctuation or complementizer that closes the second name; else ``end``."""
        k = end
        if k < hi and self._punct(k) in QUOTE_OPEN:  # the outlet's name in quotation marks
            k += 1
            while k < hi and k - end <= QUOTED_NAME_WORDS and self._punct(k) not in CLOSERS:
                k += 1
        while k < hi and self._punct(k) in CLOSERS:
            k += 1
        if not (k + 2 < hi and self.words[k].norm == "نقلا" and self.words[k + 1].norm == "عن"):
            return end
        x = k + 2
        while x < hi and x - k < SOURCE_WORDS and not self._punct(x) and not self._is(x, "complementizer"):
            x += 1
        return x if x > k + 2 else end

    def _source_name_end(self, j: int, end: int, hi: int) -> int:
        """The end of an attribution's source that runs past its first words to a person's name closing a long
        title (وبحسب المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة القصيم محمد الجعيثن فقد ...): the word after
        the name, when punctuation, a complementizer or فقد follows it; else ``end``."""
        limit = min(hi, j + SOURCE_WORDS)
        for x in range(end, limit):
            if self._punct(x) or self._is(x, "complementizer"):
                return end
            if self._ends_entity(x) and self._entity_type(Span(self.starts[x], self.ends[x])) == "PER":
                nxt = x + 1
                if nxt < hi and (self._punct(nxt) or self._is(nxt, "complementizer") or self.words[nxt].norm == "فقد"
                                 or set(self.words[nxt].forms[:2]) & RELATIVES):  # ... المعيلي والذي أشار
                    return nxt
        return end

    def _opens_with_verb(self, h: Hit, later: Hit) -> bool:
        """Whether only particles lie between the content's start and the later hit (أنه لا يعترف ب...، إنه
        لم يؤكد أن ...): the later cue is the verb of the content's own clause, which goes on through it."""
        k = bisect_left(self.starts, h.content_start)
        return k < later.first and all(self.words[x].norm in VERB_PARTICLES for x in range(k, later.first))

    def _finish(self, hits: list[Hit], lo: int, hi: int) -> list[Quote]:
        text = self.doc.text
        s_end = self.ends[hi - 1]
        quotes: list[Quote] = []
        for n, h in enumerate(hits):
            end = h.content_end
            if end is None:
                end = s_end
                for later in hits[n + 1 :]:
                    if self.starts[later.first] > h.content_start and not self._opens_with_verb(h, later):
                        b = later.first
                        if b - 1 > lo and self.words[b - 1].norm in CONNECTIVES:
                            b -= 1  # ...، كما أوضح أن، بينما أكدت: the connective opens the next clause
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
