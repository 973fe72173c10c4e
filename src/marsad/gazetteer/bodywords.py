"""The words of a name built on a head noun, one at a time: what :mod:`marsad.gazetteer.heads` reads them as.

:class:`WordReader` holds a document's token keys, the gazetteer, the head words and the known names found, and
tells of a token whether it is a head noun (and of what type and kind), a plain word that may belong to a name, an
adjective (a nisba, a listed one), an indefinite noun in construct or an accusative, a noun coordinated after an
adjective, a state service's head, a rare word that is a name of its own, a known place, or a title and a person's
name after a facility noun ("مطار الملك عبدالعزيز"). It also holds the tests on a head and what follows it that
need no reading of the phrase: an outer head before a body's own ("قيادة الفرقة الرابعة"), a road between places,
a unit named by its ordinal. The grammar that reads a whole phrase with them is in :mod:`marsad.gazetteer.heads`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from marsad.gazetteer.headwords import PERSON, HeadWords
from marsad.gazetteer.lexicon import Gazetteer
from marsad.gazetteer.match import Match, TokenKey, match_at

RARE = 30  # an indefinite word this rare after a head is a name ("سجن صيدنايا")
DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل")
BY_WAY_OF = frozenset({"عن"})  # "عن طريق مصر": by way of Egypt, no road
MOVEMENT = "حركه"  # folded: a weak head that heads a movement's name ("حركة حماس")
ARMED = "armed"  # the kind of an armed head (قوات, جيش, حرس): a command before it names one body with it
SERVICE = "police"  # the kind of a state service's head (الجمارك, الجوازات) that an administration's head takes


class WordReader:
    """The word tests over one document's tokens (see the module doc)."""

    def __init__(self, text: str, keys: Sequence[TokenKey], gaz: Gazetteer, words: HeadWords,
                 vocab: Mapping[str, int], names: Mapping[int, Match]) -> None:
        self.text = text
        self.keys = keys
        self.gaz = gaz
        self.words = words
        self.vocab = vocab
        self.names = names

    def plain(self, i: int) -> bool:
        """An Arabic word that may be part of a name: no function word, verb or title."""
        k = self.keys[i]
        return k.kind == "arabic" and self.gaz.context.get(k.key) not in ("stop", "verb") \
            and k.key not in self.gaz.title_words and k.key not in self.words.stop

    def nisba(self, i: int) -> str | None:
        m = match_at(self.gaz.nisba, self.keys, i, strip=False)
        return m.entry.country if m is not None and m.last == i + 1 else None

    def adjective(self, i: int) -> bool:
        w = self.keys[i].key
        return w.startswith("ال") and (w in self.words.adj or w in self.words.generic_adj or w in self.words.direction
                                      or w.endswith(("ي", "يه", "يين", "يون")) or self.nisba(i) is not None)

    def construct(self, w: str, marbuta: bool = False) -> bool:
        """An indefinite word that may be a noun in construct: no article, no adjective ending, no verb
        (``marbuta``: written with ة, so its folded ه is no pronoun: "منطقة" is no منطق + ه)."""
        if not w or w.startswith(("ال", "وال", "ب", "ل", "ك")) or w.endswith(("ي", "يه")) or self.accusative(w):
            return False
        if w[0] in "يت" and len(w) >= 4 and self.vocab.get(("ت" if w[0] == "ي" else "ي") + w[1:], 0) >= 5:
            return False  # a verb: يرسل / ترسل
        suffix = next((x for x in ("ها", "هم", "ه") if w.endswith(x)), "")  # a pronoun on a common word: شكلتها
        return (marbuta and suffix == "ه") or not suffix or self.vocab.get(w[: -len(suffix)], 0) < RARE

    def accusative(self, w: str) -> bool:
        """An indefinite accusative (هجوما): the word without its alif is common."""
        return w.endswith("ا") and self.vocab.get(w[:-1], 0) >= RARE

    def head(self, i: int) -> tuple[str, str, int] | None:
        """(type, kind, start offset) when token ``i`` is a head noun (after its proclitics; "بقيادة" is none)."""
        if self.keys[i].key == "بقياده":  # folded: "بقيادة السعودية", led by Saudi Arabia: no body
            return None
        for key, start in self.keys[i].variants:
            found = self.words.heads.get(key.removeprefix("ال"))
            if found is not None:
                return found[0], found[1], start
            if key in self.words.person:  # "مدينة" + a person: see :meth:`person_named`
                return self.words.person[key], PERSON, start
        return None

    def title_or_context(self, j: int) -> bool:
        """Whether token ``j`` is a title or a context word (a verb, a stop word), after its proclitics too."""
        return any(key in self.gaz.title_words or key in self.gaz.context for key, _ in self.keys[j].variants)

    def joined_noun(self, j: int) -> bool:
        """Whether و + a definite noun at ``j`` continues a name read up to an adjective: no adjective, nisba,
        head noun, title or known name ("والأوقاف", not "والإماراتية", "والشرطة", "والدكتور", "والبنتاغون")."""
        w = self.keys[j].key
        if not w.startswith("وال") or len(w) <= 4 or self.head(j) or j in self.names or self.title_or_context(j):
            return False  # "... والدكتور": a title starts a person
        bare = w[1:]
        words = self.words
        return not bare.endswith(("ي", "يه", "يين", "يون")) and bare not in words.adj \
            and bare not in words.generic_adj and bare not in words.direction and bare not in words.generic

    def joined_construct(self, j: int) -> int:
        """Whether و + a noun of a body's remit in construct at ``j`` (``remit``: شؤون, أوضاع, تطوير), before a definite
        genitive or a construct noun and its definite genitive, continues a name read up to a genitive noun ("لجنة
        الاحتراف وأوضاع اللاعبين", "وكالة التفتيش وتطوير بيئة العمل"); other nouns so joined start a second subject
        ("وزارة الصحة وفرق الإسعاف"), and a head, title, context word or known name after it ends the name. The
        number of words it takes, its genitive included (two or three); 0 when none."""
        keys = self.keys
        w = keys[j].key
        if not w.startswith("و") or w[1:] not in self.words.remit or j + 2 >= len(keys) or not self.plain(j):
            return 0
        after = j + 1 if keys[j + 1].key.startswith("ال") else j + 2
        ok = all(self.plain(t) and self.head(t) is None and t not in self.names and not self.title_or_context(t)
                 for t in range(j + 1, after + 1)) and keys[after].key.startswith("ال") \
            and keys[after].key not in self.words.generic
        return after + 1 - j if ok else 0

    def joined_adjective(self, j: int) -> bool:
        """Whether و + an adjective at ``j`` after an adjective continues a name as one more attribute of its noun
        ("الشؤون البلدية والقروية", "التدريب التقني والمهني"): neither is a country's nisba ("الأفغانية
        والأمريكية": two bodies), a direction ("الجنوبية والشمالية"), a listed adjective, nor both generic ones (one may
        be: "التدريب الفني والمهني"), the word after و is written with its ي (not the ى of "والقوى") and is no head,
        title, context word or known name."""
        w, before = self.keys[j].key, self.keys[j - 1].key
        if not w.startswith("وال") or len(w) <= 5 or not before.startswith("ال") or self.head(j) or j in self.names \
                or self.title_or_context(j):
            return False
        words = self.words
        shaped = all(x.endswith(("ي", "يه")) and x not in words.direction and x not in words.adj
                     and x not in words.generic for x in (w[1:], before)) \
            and not (w[1:] in words.generic_adj and before in words.generic_adj)
        written = self.text[self.keys[j].end - 1] in "يةه"  # not a ى folded to ي: "والقوى" is a noun
        return shaped and written and self.nisba(j - 1) is None and match_at(self.gaz.nisba, self.keys, j) is None

    def service(self, j: int) -> bool:
        """Whether token ``j`` is a state service's head with the article, the police aside (الجمارك, الجوازات)."""
        w = self.keys[j].key
        return w.startswith("ال") and w not in self.words.generic \
            and self.words.heads.get(w.removeprefix("ال"), ("", ""))[1] == SERVICE

    def inner_head(self, i: int) -> bool:
        """Whether an indefinite head at ``i`` comes before a definite head that names the body: "قيادة الفرقة
        الرابعة", "إدارة اللجنة الأولمبية", "مركز الجامعة" (the outer noun is a part or office of that body). A
        state service named by its common word (الجمارك, الجوازات) is the genitive of the administration's name:
        "مصلحة الجمارك العامة", "إدارة الجوازات" (الشرطة is generic: "مركز الشرطة" is a station)."""
        k = self.keys[i]
        if k.key.startswith(DEFINITE) or i + 1 >= len(self.keys):
            return False
        if not self.keys[i + 1].key.startswith("ال"):
            return self.office_of(i)
        inner = self.words.heads.get(self.keys[i + 1].key.removeprefix("ال"))
        return inner is not None and not self.service(i + 1)

    def office_of(self, i: int) -> bool:
        """Whether a weak head at ``i`` (إدارة, مكتب, مصلحة; no article) is the management, office or interest of the
        body or facility an indefinite head right after it names: "مجلس إدارة صندوق التنمية", "إدارة مطار الملك فهد",
        "لمصلحة نادي الشباب". A state service or an armed head after it names one body with it ("إدارة شرطة لوس
        انجلس", "قيادة قوات التحالف"), as another weak head does ("غرفة إدارة الأزمات"); حركة is a movement's name."""
        weak, keys = self.words.weak, self.keys
        if not any(key in weak and key != MOVEMENT for key, _ in keys[i].variants) or keys[i + 1].clitic:
            return False
        inner = self.head(i + 1)
        return inner is not None and inner[1] not in (SERVICE, ARMED) and keys[i + 1].key not in weak

    def road(self, i: int) -> bool:
        """Whether a road head at ``i`` names a road: a known place follows, and it is no "عن طريق" (by way of)."""
        after = self.names.get(i + 1)
        return not self.keys[i].clitic and (i == 0 or self.keys[i - 1].key not in BY_WAY_OF) \
            and after is not None and after.entry.type == "LOC" and after.start == self.keys[i + 1].start

    def unit(self, i: int, end: int) -> bool:
        """Whether an armed head with adjectives only names a unit by a listed adjective ("الفرقة الرابعة")."""
        head = self.head(i)
        return head is not None and head[1] == "armed" and any(self.keys[t].key in self.words.adj
                                                                 for t in range(i + 1, end))

    def names_after(self, i: int) -> bool:
        """Whether token ``i`` is a noun that names a place or body after a person ("جامعة", "مطار", "مدينة")."""
        return any(self.gaz.context.get(key) == "facility" for key, _ in self.keys[i].variants)

    def person_after(self, j: int) -> int:
        """The end of a title and the person's name at ``j`` ("الملك خالد", "الدكتور سليمان الحبيب"), or ``j``:
        a known person, else up to three words without the article and one family name with it (none after the text's
        last word: "مدينة" may end it)."""
        keys = self.keys
        if j >= len(keys):
            return j
        title = match_at(self.gaz.titles, keys, j, strip=False)
        if title is None or title.entry.kind not in ("title", "hon") or title.last - j > 2:
            return j
        known = self.names.get(j)
        if known is not None and known.entry.type == "PER" and known.start == keys[j].start:
            return known.last  # a known name written with its title ("الملك سلمان")
        n = title.last
        while n < len(keys) and keys[n].key in (".", "،"):
            n += 1  # "د. سليمان"
        known = self.names.get(n)
        if known is not None and known.entry.type == "PER" and known.start == keys[n].start:
            return known.last
        end = n
        while end < len(keys) and end - n < 3 and self.plain(end) and not keys[end].key.startswith("ال") \
                and not keys[end].clitic:
            end += 1
        if end > n and end < len(keys) and self.plain(end) and keys[end].key.startswith("ال") \
                and not self.adjective(end) and keys[end].key not in self.words.generic:
            end += 1  # the family name: "سليمان الحبيب"
        return end if end > n else j

    def person_named(self, i: int) -> bool:
        """Whether the head at ``i`` that names a place only after a person does: a title and a name follow, then an
        adjective or a ل phrase ("مدينة الملك سعود الطبية"; not "مدينة الشيخ زويد", a town named so)."""
        end = self.person_after(i + 1)
        if end == i + 1 or end >= len(self.keys):
            return False
        w = self.keys[end].key
        return w.startswith("لل") or (w.startswith("ال") and w.endswith(("ي", "يه")) and self.adjective(end))

    def own_name(self, j: int) -> bool:
        """A rare indefinite word right after a head, ending the phrase: a name of its own; not a common noun with its
        possessive pronoun ("إدارة مدنها", "مكتب رئيسهم")."""
        keys, w = self.keys, self.keys[j].key
        stem = w[:-2] if w.endswith(("ها", "هم")) else ""
        if len(stem) >= 3 and self.vocab.get(stem, 0) >= RARE:
            return False
        return not keys[j].clitic and self.vocab.get(w, 0) < RARE and not self.accusative(w) \
            and (j + 1 == len(keys) or not self.plain(j + 1) or keys[j + 1].key.startswith("ال")
                 or self.at_place(j + 1))

    def place_name(self, j: int) -> bool:
        """Whether a known place of several words starts at token ``j`` ("المنطقة الشرقية": its generic first word
        names no more than the place, "شرطة المنطقة الشرقية" is that region's police)."""
        known = self.names.get(j)
        return known is not None and known.entry.type == "LOC" and known.start == self.keys[j].start \
            and known.last > j + 1

    def at_place(self, j: int) -> bool:
        """Whether a known place starts at token ``j``, behind a preposition too ("بخور مكسر")."""
        known = self.names.get(j)
        return known is not None and known.entry.type == "LOC"
