"""Names in a speaker's title: the person a bare title or a title with its nisba stands for, the name the
tagger missed after a body or a place in the title, and the place or body inside a title that does not speak."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from marsad.document import Entity, Span
from marsad.quotes.base import Speaker
from marsad.quotes.relays import Relays
from marsad.quotes.settings import (
    ACCOUNT_WORDS,
    ANONYMOUS,
    CLOSERS,
    CONSTRUCT_HEADS,
    DEMONSTRATIVES,
    HONORIFICS,
    ISSUING,
    LONG_TITLE,
    MANNER,
    NAME_PARTICLES,
    NAME_WORDS,
    NOT_SPEAKERS,
    OPENERS,
    QUANTIFIERS,
    QUOTED_NAME_WORDS,
    REGARD,
    RELATIONS,
    REPORT_REACH,
    REPORTS,
    SOURCE_NOUNS,
    STOP,
    TITLE_LETTERS,
    TITLE_REACH,
)
from marsad.quotes.words import CLAUSE_PUNCT, END_PUNCT, QUOTE_OPEN
from marsad.text.normalize import fold


class Names(Relays):
    """Reads the names and titles of a speaker's region."""

    def _name_after_body(self, best: Entity, content: list[int]) -> Span | None:
        """A name the tagger missed that closes a speaker's title holding a body (زعيمة حزب ميريتس زهافا
        جلئون، زعيم الحركة الجديد الملا سالم بدر): after the body, at most two definite words (an adjective,
        an honorific) or its place (بعدن، في عدن), then two or three words without the article that are no title,
        cue, time or entity and end the region."""
        after = [k for k in content if self.starts[k] >= best.end]
        if not after or any(self._punct(x) for x in range(after[0], after[-1] + 1)):
            return None
        n = 0
        while n < len(after) and n < 2 and self.words[after[n]].norm.startswith("ال"):
            n += 1
        n += self._place_after(after[n:])  # مدير مؤسسة المياه بعدن نجيب محمد أحمد: the body's place
        run = after[n:]
        if not 2 <= len(run) <= NAME_WORDS:
            return None
        for k in run:
            w = self.words[k]
            if (not self._plain(k) or w.norm.startswith("ال") or w.proclitics or w.norm in NOT_SPEAKERS
                    or any(True for _ in self._entities_within(self.starts[k], self.ends[k]))):
                return None
        return Span(self.starts[run[0]], self.ends[run[-1]])

    def _relative_named(self, best: Entity, end: int) -> Entity:
        """The person a region (ending at character ``end``) names by kinship to the person ``best`` (وقال شقيق
        الشهيد فلان محمد جعفر): the name right after, when a noun of kinship stands up to two words before
        ``best``; else ``best``."""
        if best.type != "PER":
            return best
        nxt = next((e for e in self._entities_within(best.end, end) if e.type == "PER"), None)
        if nxt is None or self.doc.text[best.end : nxt.start].strip():
            return best
        k = bisect_right(self.starts, best.start) - 1
        if any(self.words[x].forms[-1] in RELATIONS or self.words[x].norm in RELATIONS
               for x in range(max(0, k - 2), k)):
            return nxt
        return best

    def _place_after(self, words: list[int]) -> int:
        """How many of ``words`` (word indexes) a place marked with ب or after في takes at their start (بعدن، في
        محافظة عدن): the words of a LOC entity, with في before it; 0 when they do not open with one."""
        k = 1 if words and self.words[words[0]].norm == "في" else 0
        if k >= len(words):
            return 0
        place = next(self._entities_within(self.starts[words[k]], self.ends[words[-1]]), None)
        if place is None or place.type != "LOC" or place.start >= self.ends[words[k]] or (
                k == 0 and self.words[words[0]].proclitics[:1] != "ب"):
            return 0
        end = place.end
        while k < len(words) and self.starts[words[k]] < end:
            k += 1
        return k

    def _abbreviated_title(self, lo: int, hi: int) -> Span | None:
        """The name after an abbreviated title (د. فراس الياس، م. سامي العلي) in [lo, hi): up to three words
        before punctuation or the region's end."""
        for k in range(lo + 1, hi - 1):
            if (self._punct(k) == "." and self.words[k - 1].norm in TITLE_LETTERS
                    and self.ends[k - 1] - self.starts[k - 1] == 1 and self.ends[k - 1] == self.starts[k]):
                end = k + 1
                while end < hi and end - k <= NAME_WORDS and self.words[end].kind == "arabic":
                    end += 1
                return Span(self.starts[k + 1], self.ends[end - 1]) if end > k + 1 else None
        return None

    def _titled_place(self, best: Entity, content: list[int]) -> tuple[Span, str | None]:
        """The speaker for the entity ``best`` of a region whose words are ``content``: a place after other
        words of its comma-separated segment is inside a title (مدير شرطة حلب), and the title speaks."""
        head = self._title_with_ba(best, content)
        if head is not None:  # مسؤول بوزارة النقل: the official speaks, not his ministry
            text, end = self.doc.text, best.end
            if end < len(text) and text[end] in CLOSERS and set(text[self.starts[head] : best.start]) & QUOTE_OPEN:
                end += 1  # مسؤول تنفيذي بـ«فيسبوك»: the closing mark of the quoted name
            return Span(self.starts[head], end), None
        head = self._title_of_body(best, content)
        if head is not None:  # مدير مؤسسة المياه، رئيس لجنة الاحتراف: the official speaks, not the body
            return Span(self.starts[head], best.end), None
        if best.type != "LOC" or self.starts[content[0]] >= best.start:
            return Span(self._name_start(best), best.end), best.type
        first = content[0]
        for k in content:
            if self.starts[k] >= best.start:
                break
            if any(self._punct(x) for x in range(first, k)):
                first = k  # the segment of the place only
        if self.starts[first] >= best.start:
            return Span(best.start, best.end), best.type
        return Span(self.starts[first], best.end), None

    def _title_of_body(self, best: Entity, content: list[int]) -> int | None:
        """The title right before the body ``best`` in construct (مدير مؤسسة المياه، رئيس لجنة الاحتراف), the
        region's first word: the person who holds it is the speaker; else None."""
        if best.type != "ORG" or len(content) < 2 or content[1] != content[0] + 1 or (
                self.starts[content[1]] != best.start):
            return None
        head = self.words[content[0]]
        if head.kind != "arabic" or head.proclitics or head.norm.startswith("ال"):
            return None
        return content[0] if set(head.forms) & (self.lex.titles - self.lex.groups) else None

    def _title_with_ba(self, best: Entity, content: list[int]) -> int | None:
        """The word before the body ``best`` when it is a title and the body's word opens with the preposition
        ب (مسؤول بوزارة النقل، مصدر بالجيش): the title is the speaker's head; or the title, an adjective after it
        at most, before a bare بـ and the body's name in quotation marks (مسؤول تنفيذي بـ«فيسبوك»)."""
        if best.type == "PER" or best.start < 1:
            return None
        if self.doc.text[best.start - 1] != "ب":
            return self._title_before_ba(best, content)
        for n, k in enumerate(content):
            if self.starts[k] == best.start - 1:
                if n > 0 and content[n - 1] == k - 1 and set(self.words[k - 1].forms) & self.lex.titles:
                    return k - 1
                return None
        return None

    def _title_before_ba(self, best: Entity, content: list[int]) -> int | None:
        """The title word before a bare بـ that governs the quoted name of the body ``best`` (مسؤول تنفيذي بـ«فيسبوك»),
        one adjective between them at most, all of them words of the region ``content``."""
        k = bisect_right(self.starts, best.start) - 1
        while k > 0 and self._punct(k - 1) in QUOTE_OPEN:
            k -= 1
        ba = k - 1
        if ba < 1 or self.words[ba].norm != "ب" or ba - 1 not in content:
            return None
        for head in (ba - 1, ba - 2):
            if head in content and set(self.words[head].forms) & self.lex.titles:
                return head
        return None

    def _name_start(self, e: Entity) -> int:
        """Where the name of the entity ``e`` begins: a person's name the tagger read without the letter ف
        that begins its word (فراس read as راس) begins at that letter; a subject carries no conjunction ف."""
        text = self.doc.text
        s = e.start
        if e.type == "PER" and s >= 1 and text[s - 1] == "ف" and (s == 1 or not text[s - 2].isalpha()):
            return s - 1
        return s

    def _bare_title(self, sp: Speaker) -> Speaker:
        """A speaker that is one bare definite person title (وعلق الشيخ، وأضاف الوزير), alone or with its nisba
        (وقال الوزير المصري): the last person named before with that title, keeping the relays."""
        if sp.span is None or sp.etype is not None:
            return sp
        k = bisect_right(self.starts, sp.span.start) - 1
        if k < 0 or self.starts[k] != sp.span.start:
            return sp
        if self.ends[k] != sp.span.end and not (  # الوزير المصري، الرئيس الأمريكي: a title and its nisba
                k + 1 < len(self.words) and self.ends[k + 1] == sp.span.end
                and self.words[k + 1].norm.startswith("ال") and self.words[k + 1].norm.endswith(("ي", "يه"))):
            return sp
        named = self._titled_antecedent(k)
        return Speaker(named.span, named.etype, sp.via) if named is not None else sp

    def _titled_antecedent(self, k: int) -> Speaker | None:
        """The last person named before word k with k's title right before the name (الشيخ عادل ...، وزير
        الخارجية عادل ...), when k is a bare definite person title (الشيخ، الوزير)."""
        w = self.words[k]
        if not (w.norm.startswith("ال") and len(w.forms) > 1) or w.norm[2:] not in self.lex.titles | HONORIFICS:
            return None
        title = w.norm[2:]
        if title in self.lex.groups or "ال" + title in self.lex.groups or title in ANONYMOUS:
            return None
        start = self.starts[k]
        for e in reversed(self.entities):
            if e.end > start or e.type != "PER":
                continue
            n = bisect_right(self.ends, e.start) - 1  # the word right before the name
            for x in range(n, max(-1, n - TITLE_REACH), -1):
                if self.words[x].norm in STOP:
                    break  # فلان محافظ كركوك مع فلان: the title of someone before the preposition
                if title in self.words[x].forms or self.words[x].norm == title:
                    return Speaker(Span(e.start, e.end), "PER", ())
            m = bisect_left(self.starts, e.end)  # the title in apposition after it (محمد ...، وزير الأوقاف)
            if m < k and self._punct(m) in ("،", ","):
                for x in range(m + 1, min(k, m + 1 + TITLE_REACH)):
                    if self._punct(x) or "ل" in self.words[x].proclitics.replace("ال", ""):
                        break  # وقدم الرئيس فلان، لمبعوث ...: whom he gave it to, no apposition
                    if title in self.words[x].forms or self.words[x].norm == title:
                        return Speaker(Span(e.start, e.end), "PER", ())
        return None

    def _name_after_place(self, k: int, hi: int) -> Entity | None:
        """A person named at the end of a speaker's title that holds a place phrase (في منطقة الرياض): the
        words between في and the name are no other adjunct (مع نظيره، خلال لقائه) or punctuation; an outlet
        told after the name (وزيرة الثقافة في مالي فلانة لـ«رويترز») is left out; a body's name in quotation marks
        may stand between (في شركة "فاير آي" فلان)."""
        hi = next((y for y in range(k + 1, hi - 1) if self.words[y].norm == "ل" and self._punct(y + 1) in OPENERS),
                  hi)
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
            if (self._punct(x) and self._punct(x) not in QUOTE_OPEN | CLOSERS) or self.words[x].norm in STOP or (
                    x > k + 1 and set(self.words[x].forms) & (self.lex.titles - self.lex.groups)):
                return None  # في مكتب الرئيس اليمني فلان: the name of a title inside the place
        return person

    def _whole_name(self, span: Span, lo: int) -> Span:
        """A person's name whose first letter و was read as a conjunction (وأشار وود إلى، في الرئاسة ويلي فلان): no
        conjunction stands between a cue or a title and its subject, so the name takes its whole word back when
        the word before it is the cue, or a title's word that ends no name."""
        k = bisect_right(self.starts, span.start) - 1
        if k < lo or self.starts[k] + 1 != span.start or self.doc.text[self.starts[k]] != "و" or k - 1 < 0:
            return span
        before, rest = self.words[k - 1], self.words[k].norm[1:]
        joined = rest in NAME_PARTICLES or rest.endswith(("و", "ون", "ين"))  # وبن فلان، ومسؤولو النادي
        if k > lo and (self._punct(k - 1) or before.kind != "arabic" or self._ends_entity(k - 1)
                       or not before.norm.startswith("ال") or joined):
            return span  # فلان وفلان، المعلم وبن علوي، ومسؤولو النادي: joined by the conjunction
        return Span(self.starts[k], span.end)

    def _apposed_subject(self, i: int, hi: int) -> Speaker | None:
        """The person named between commas after the long title that follows the verb at i (وأصدر المدير الإقليمي
        للبرنامج لمنطقة الشرق الأوسط ...، فلان، بيانا): the verb's subject; the title opens with a title word or a
        definite one and holds no mark or cue; the verb a cue or one of issuing, not one of meeting someone."""
        head = self.words[i + 1] if i + 1 < hi else None
        if head is None or not (set(head.forms) & self.lex.titles or head.norm.startswith("ال")) or (
                self.cue_kinds[i] is None and self.words[i].norm.lstrip("وف") not in ISSUING):
            return None  # إنه التقى وزير ...، فلان، ...: whom he met
        comma = next((x for x in range(i + 2, min(hi, i + 2 + LONG_TITLE)) if self._punct(x)), -1)
        if comma < 0 or self._punct(comma) not in ("،", ",") or any(
                self.cue_kinds[x] is not None for x in range(i + 1, comma)) or comma + 1 >= hi:
            return None
        n = self._entity_at(comma + 1, 0)
        person = self.entities[n] if n >= 0 else None
        if person is None or person.type != "PER" or person.start != self.starts[comma + 1]:
            return None
        after = bisect_left(self.starts, person.end)
        if after >= hi or self._punct(after) not in ("،", ","):
            return None
        return Speaker(Span(person.start, person.end), "PER", ())

    def _untagged_name(self, k: int, hi: int) -> Span | None:
        """A name the entity tagger missed at the end of a speaker's title that holds a place phrase (from
        في at k): two or three words without the article, no title, cue, time or adjunct among them, right
        after the name of a body (في حزب الله نبيل قاووق، خلال ...), and no conjunction (وهو ما يعني)."""
        last = next((y for y in range(k + 1, hi) if self._punct(y)), hi) - 1
        run: list[int] = []
        x = last
        while x > k and len(run) < NAME_WORDS and self._plain(x) and not self.words[x].norm.startswith("ال") \
                and self.words[x].norm not in NOT_SPEAKERS \
                and not any(True for _ in self._entities_within(self.starts[x], self.ends[x])):
            run.append(x)
            x -= 1
        if len(run) < 2 or x <= k or not self._ends_entity(x):
            return None
        return Span(self.starts[run[-1]], self.ends[run[0]])

    def _clause_subject(self, i: int, lo: int) -> Speaker | None:
        """The subject of the verb whose words a verbal noun with ب at i closes (واتفقت معها شبكة "بي بي
        سي" بقولها ...، ورد الوزير سامي العلي على الأسئلة بقوله ...): the outlet in quotation marks after a
        media noun, else the last person or body named, between the clause's opening and the cue."""
        start = i
        while start > lo and not (self._punct(start - 1) in CLAUSE_PUNCT | END_PUNCT
                                  and not self._inside_word(start - 1)):
            start -= 1
        for k in range(start, i):
            outlet = self._quoted_outlet(k, i)
            if outlet is not None:
                return Speaker(outlet[0], self._entity_type(outlet[0]) or "ORG", ())
        text = self.doc.text
        named = [e for e in self._entities_within(self.starts[start], self.starts[i]) if e.type in ("PER", "ORG")
                 and not (e.start > 0 and text[e.start - 1] == "ل")]
        if named:
            return Speaker(Span(named[-1].start, named[-1].end), named[-1].type, ())
        return self._opening_subject(start, i, titled=False)  # وعلق المحافظ على الحادث بقوله

    def _titled_place_name(self, i: int, hi: int) -> Speaker | None:
        """The person a cue at i names with an untagged name after a title and its place (وأكد السفير السعودي
        في سلطنة عمان عيد الثقفي تلقى ...): a title right after the cue, في within its next words, a place,
        then a given name and a family name with the article; no mark or cue among them."""
        head = self.words[i + 1] if i + 1 < hi else None
        if head is None or not (set(head.forms) & self.lex.titles or head.norm.startswith("ال")) or (
                self.cue_kinds[i] is None and self.words[i].norm.lstrip("وف") not in ISSUING):
            return None  # إنه التقى وزير ...، فلان، ...: whom he met
        fi = next((x for x in range(i + 2, min(hi, i + 5)) if self.words[x].norm == "في"), -1)
        if fi < 0 or any(not self._plain(x) for x in range(i + 2, fi)):
            return None
        place = next((y for y in range(fi + 1, min(hi, fi + 4)) if self._ends_entity(y)), -1)
        if place < 0 or place + 2 >= hi or any(self._punct(x) for x in range(fi + 1, place + 3)):
            return None
        given, family = self.words[place + 1], self.words[place + 2]
        if not (self._plain(place + 1) and self._plain(place + 2) and not given.norm.startswith("ال")
                and family.norm.startswith("ال") and not given.proclitics and self._entity_at(place + 1, 0) < 0):
            return None
        return Speaker(Span(self.starts[place + 1], self.ends[place + 2]), "PER", ())

    def _told_last(self, told: set[int], addressed: set[int], lo: int, hi: int) -> set[int]:
        """The words of a name written on ل that closes the region [lo, hi) (قال مسؤولون أمريكيون لرويترز):
        whom it was said to, never part of the speaker; one inside a title (الرئيس العام لهيئة ...) stays."""
        rest = [k for k in range(lo, hi) if not self._punct(k) and k not in addressed]
        for k in sorted(told):
            end = next((e.end for e in self.entities if e.start == self.starts[k] + 1), -1)
            if k in rest and end >= 0 and all(self.ends[x] <= end for x in rest[rest.index(k) + 1 :]):
                return set(rest[rest.index(k) :])
        return set()

    def _statement_before(self, r: int, lo: int) -> int:
        """The statement noun whose issuer ends right before the relative at r (في بيان الجامعة الذي، وفقا لتقرير
        بي.بي.سي التي): one or two words before it, or further through the letters of a dotted abbreviation."""
        for x in range(r - 1, max(lo, r - QUOTED_NAME_WORDS - 1) - 1, -1):
            if self._is(x, "statement") or (x < r - 1 and set(self.words[x].forms) & SOURCE_NOUNS):
                return x
            if x < r - 2 and not (self._punct(x) == "." and self._inside_word(x)) and not self._in_abbreviation(x):
                return -1
        return -1

    def _in_abbreviation(self, k: int) -> bool:
        """Whether word k is a letter group of a dotted abbreviation (بي.بي.سي)."""
        return any(0 <= x < len(self.words) and self._punct(x) == "." and self._inside_word(x) for x in (k - 1, k + 1))

    def _opening_subject(self, lo: int, i: int, titled: bool = True) -> Speaker | None:
        """The title or body right after the verb that opens the sentence [lo, i) of a participle cue at i with
        no earlier speaker (ورد المتحدث على الانتقادات قائلا إن ...): the verb's subject, with its definite
        adjectives."""
        if i - lo < 3 or self.words[lo].kind != "arabic" or self.words[lo].norm.startswith("ال"):
            return None
        first = self.words[lo + 1]
        if not (first.norm.startswith("ال") and (set(first.forms) & self.lex.titles or not titled)) or (
                first.norm in STOP or self._entity_at(lo + 1, 0) >= 0):
            return None
        end = lo + 2
        while end < i and end - lo <= 3 and self.words[end].norm.startswith("ال") and self.words[end].norm not in STOP:
            end += 1
        span = Span(self.starts[lo + 1], self.ends[end - 1])
        return Speaker(span, self._entity_type(span), ())

    def _ends_speaker(self, k: int, lo: int, hi: int) -> bool:
        """Whether word k of a speaker's region [lo, hi) opens an adjunct that ends the speaker: a preposition,
        a manner (بشدة), the topic (على ذلك), the account written on (على حسابه)."""
        w = self.words[k].norm
        if w == "من" and k == lo + 1 and self.words[lo].norm in QUANTIFIERS:
            return False  # عدد من المقيمين، مجموعة من الخبراء: the speaker goes on
        if w == "امام" and self.doc.text[self.starts[k] : self.ends[k]].startswith("إ"):
            return False  # إمام مسجد ... (the imam), not أمام (before)
        return (w in STOP or w in MANNER or w in REGARD or self._about_that(k, hi)
                or self._on_account(k, lo, hi))

    def _about_that(self, k: int, hi: int) -> bool:
        """Whether word k opens "على ذلك" (وعلق الشيخ على ذلك بالقول): the topic, after the speaker."""
        return self.words[k].norm == "علي" and k + 1 < hi and self.words[k + 1].norm in DEMONSTRATIVES

    def _on_account(self, k: int, lo: int, hi: int) -> bool:
        """Whether the word k of the region [lo, hi) opens "على حسابه"، "على صفحتها"، where the speaker
        wrote (وكتب الوزير على حسابه في تويتر:), or the topic of a comment (وعلق الرئيس على القرار بقوله)."""
        if k == lo or k + 1 >= hi or self.doc.text[self.starts[k] : self.ends[k]] != "على":
            return False
        return self.words[k + 1].norm.startswith(ACCOUNT_WORDS) or (lo > 0 and fold(
            self.doc.text[self.starts[lo - 1] : self.ends[lo - 1]]).lstrip("وف") in ("علق", "علقت"))

    def _title_gender(self, span: Span) -> str:
        """The gender of a person named after a title (وزير الصحة فلان → m, وزيرة الخارجية فلانة → f): the
        nearest title word within the few words before the name, in the same clause; "" when none."""
        k = bisect_left(self.starts, span.start)
        for x in range(k - 1, max(-1, k - 1 - TITLE_REACH), -1):
            if self._punct(x) or self.cue_kinds[x] is not None:
                return ""
            w = self.words[x]
            if set(w.forms) & self.lex.titles and w.norm not in STOP:
                return "f" if w.norm.endswith("ه") else "m"
        return ""

    def _latter(self, words: list[int]) -> Speaker | None:
        """The person named last before a region that is only "الأخير" (وقال الأخير إن: the latter), or the
        body or person before "الأخيرة"."""
        if len(words) != 1 or self.words[words[0]].norm not in ("الاخير", "الاخيره"):
            return None
        types = ("PER",) if self.words[words[0]].norm == "الاخير" else ("ORG", "PER")
        start = self.starts[words[0]]
        before = [e for e in self.entities if e.end < start and e.type in types]
        return Speaker(Span(before[-1].start, before[-1].end), before[-1].type, ()) if before else None

    def _construct_head(self, k: int) -> bool:
        """Whether word k is an indefinite noun heading a construct with the place after it (قمة كامب ديفيد،
        اتفاق أوسلو): a bare word ending in ة, or one of the nouns of meetings and accords."""
        w = self.words[k].norm
        return not self.words[k].proclitics and not w.startswith("ال") and (
            w.endswith("ه") or w in CONSTRUCT_HEADS) and self.cue_kinds[k] is None

    def _amma(self, i: int, lo: int) -> bool:
        """Whether a cue at i with ف closes the topic that أما opens (أما الفيلسوف «فلان» فيقول: ...): its
        subject stands before it."""
        return self.words[i].norm[0] == "ف" and any(
            self.words[k].norm in ("اما", "واما") for k in range(max(lo, i - QUOTED_NAME_WORDS - 2), i))

    def _report_before(self, i: int, lo: int) -> Speaker | None:
        """An indefinite report a past cue at i describes, a few words before it (وأشار إلى تقرير استخباري أمريكي صدر
        مؤخرا قال «...»، بعد تقارير غربية أشارت إلى): the report and its adjectives, no mark or cue between them and
        the cue."""
        if self.words[i].proclitics or self.words[i].norm[:1] in ("ي", "ت"):
            return None
        for k in range(i - 1, max(lo, i - 1 - REPORT_REACH) - 1, -1):
            w = self.words[k]
            if w.kind != "arabic" or self.cue_kinds[k] is not None or w.norm in STOP:
                return None
            if w.norm in REPORTS and k < i - 1:
                end = k + 1
                while end < i and self.words[end].norm.endswith(("ي", "يه")) and not self._is_time(end):
                    end += 1  # استخباري أمريكي: its adjectives
                return Speaker(Span(self.starts[k], self.ends[end - 1]), None, ())
        return None

    def _svo_before(self, i: int, lo: int) -> Speaker | None:
        """The person named right before the verb that a participle cue at i follows (رغم أن محمد عبده سبقه
        مصرحا بأن ...): the subject of that verb, which the participle describes."""
        if i - 2 < lo or not self._is(i, "participle") or not self._plain(i - 1) or self.words[i - 1].proclitics:
            return None
        end = self.ends[i - 2]
        person = next((e for e in self.entities if e.end == end and e.type == "PER"), None)
        return Speaker(Span(person.start, person.end), "PER", ()) if person is not None else None
