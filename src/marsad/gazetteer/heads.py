"""Names built on a head noun: organizations ("المرصد السوري لحقوق الإنسان", "قوات الحشد الشعبي") and
facilities ("مطار القاهرة الدولي"), and places with a direction adjective ("بيروت الغربية").

An Arabic institution's name is a head noun (``name_heads.tsv``: مجلس, لجنة, قوات, حزب, وزارة ...) followed by
its genitive chain and adjectives. The phrase is read left to right with a small grammar:

- after the head, a genitive: a definite noun (الوفاق), an indefinite noun in construct before another
  genitive (خارجية مملكة البحرين), or a known place (حكومة الشيشان); or an adjective;
- after a definite genitive: adjectives, a ل phrase (لحقوق الإنسان, للأمن القومي), a coordinated
  definite noun (الفضاء والطيران);
- after an adjective: adjectives and ل phrases only (a second definite noun starts a new phrase: the
  object of the verb in "وزارة الداخلية السعودية القبض على ...").

Adjectives are definite words ending like a nisba (ي, ية) or listed as ``adj``. A phrase whose words
are all generic (``generic``: قوات النظام, ``generic_adj``: الحكومة الجديدة) or a country's nisba (الجيش
المصري: no entity, docs/conventions.md) names nothing. A head before a known organization is a descriptor
("تنظيم داعش", "وكالة رويترز"): the organization alone is the name.

This module holds that grammar (the reading of one phrase, word after word) and :func:`find_bodies`, which runs it
from each head of a document; what each single word is (a head, an adjective, a noun in construct, a person's name
after a facility noun) is told by :mod:`marsad.gazetteer.bodywords`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from marsad.gazetteer.bodywords import DEFINITE, RARE, WordReader
from marsad.gazetteer.headwords import PERSON, Body, HeadWords, device_head
from marsad.gazetteer.lexicon import Gazetteer
from marsad.gazetteer.match import Match, TokenKey

TENS = frozenset("وال" + t + e for t in ("عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع")
                 for e in ("ين", "ون"))  # folded: the tens of a compound ordinal ("الحادي والعشرين")
YEAR = re.compile(r"(?:19|20)\d\d")  # a competition's edition after its name
MAX_WORDS = 8  # a head and at most seven more words
ROUTE = "route"  # the kind of a head that names a road after the places it joins (طريق)
FORCES = "قوات"  # a head that joins a known armed group's name ("قوات المقاومة الشعبية")
CLOSED = "closed"  # the state after an adjective joined by و ("البلدية والقروية"): the name ends there
MOVEMENT = "حركه"  # folded: a head that joins a known group's or party's name ("حركة حماس", as "حركة فتح")
PRESS = frozenset({"صحيفه", "جريده", "قناه", "مجله", "وكاله"})  # folded: a ل phrase of these is an addressee
MINISTRY = "وزاره"  # folded: a ministry is the state's, its office in a region no body of that region
SEATS = frozenset({"منطقه", "محافظه"})  # folded: the administrative words of a body's region ("بمنطقة جازان")


@dataclass
class _Walk:
    """The state of the reading of one name: where it ends so far, what the last word was, what it gives."""

    end: int
    state: str  # head | construct | noun | adj | lam | closed
    definite: bool
    nouns: int = 0  # genitive nouns and ل phrases: a definite head with adjectives only names nothing
    country: str | None = None
    specific: bool = False  # a word that is neither generic nor a country's nisba
    own: bool = False  # the head's complement is a name of its own ("سجن صيدنايا")
    id: str | None = None  # the known group the name holds ("قوات المقاومة الشعبية")
    joined: int = 0  # the end of a known name the head joined ("حركة" + "حماس"): generic adjectives after it describe
    lam: int | None = None  # where the first ل phrase of the name starts ("للدراسات" in "وزارة الإسكان للدراسات")

    def take(self, end: int, state: str, country: str | None = None, specific: bool = True,
             noun: bool = False) -> None:
        self.end = end
        self.state = state
        self.country = self.country or country
        self.specific = self.specific or specific
        self.nouns += noun


class _Reader(WordReader):
    """The grammar of a name on a head noun (see the module doc), with the flags of the head being read."""

    def __init__(self, text: str, keys: Sequence[TokenKey], gaz: Gazetteer, words: HeadWords,
                 vocab: Mapping[str, int], names: Mapping[int, Match]) -> None:
        super().__init__(text, keys, gaz, words, vocab, names)
        self.route = False  # the head names a road: its complements are places
        self.club = False  # the head is نادي: a known club after it keeps it in its name
        self.forces = False  # the head is قوات: a known armed group after it keeps it in its name
        self.movement = False  # the head is حركة: a known group or party after it keeps it in its name
        self.office = False  # a weak head with the article: an office, of the body in a ل phrase after it
        self.weak = False  # a weak head but حركة (مكتب, قيادة): a ل phrase after its adjective is a purpose
        self.armed = False  # the head names a unit: the army in a ل phrase after its ordinal is not its name
        self.facility = False  # the head names a facility: a company after it names it ("مستشفى أرامكو")

    def lam(self, i: int, walk: _Walk) -> int:
        """The end of a ل phrase at ``i`` (لحقوق الإنسان), or ``i``: none of a person, none where an office named by
        its describing adjective belongs to a body ("المكتب الإعلامي لوزارة الآثار": the body is the name)."""
        k = self.keys[i]
        if not self.plain(i) or k.key[:1] != "ل" or len(k.key) < 4:
            return i
        if self.office and walk.nouns == 0 and self.keys[i - 1].key not in self.words.adj \
                and (self.head(i) or ("", ""))[0] == "ORG":
            return i
        person = self.names.get(i)
        if k.key.removeprefix("ل").removeprefix("ل") in PRESS or (person is not None and person.entry.type == "PER"):
            return i  # whom the body spoke to: "شرطة دبي للصحيفة"; a person's: "التلفزيون السوري للأسد"
        if k.key.startswith("لل"):
            return i + 1
        if i + 1 < len(self.keys) and self.plain(i + 1) and self.keys[i + 1].key.startswith("ال") \
                and not self.adjective(i + 1):
            return i + 2
        known = self.names.get(i + 1)
        if known is not None and known.start == self.keys[i + 1].start and known.entry.type in ("LOC", "ORG"):
            year = known.last < len(self.keys) and YEAR.fullmatch(self.keys[known.last].key) is not None
            return known.last + year  # "لكأس آسيا", with its edition's year: "لكأس آسيا 2019"
        return i

    def lam_after(self, j: int) -> bool:
        """Whether a ل phrase at ``j`` may continue the name after the word before it: not after a generic adjective
        (its complement: "القوات الموالية للحكومة"), but for those of ``lam_adj`` ("المركز الوطني للقياس") unless it
        is a known place ("الائتلاف الوطني لموسكو": to Moscow), the head is a weak one ("المكتب التنفيذي لاختيار
        الأعضاء": a purpose) or the adjective ends a known name ("وكيل الحرس الوطني للقطاع الشرقي": a sector)."""
        before = self.keys[j - 1].key
        if before not in self.words.generic_adj:
            return True
        known = self.names.get(j)
        return before in self.words.lam_adj and not self.weak and (known is None or known.entry.type != "LOC") \
            and not any(m.last == j for m in self.names.values())

    def phrase(self, i: int, extending: bool = False) -> _Walk | None:
        """The walk over the name headed at token ``i`` (``extending``: token ``i`` ends a known name, which only
        adjectives and ل phrases continue), or None when no name starts there."""
        keys = self.keys
        walk = _Walk(i + 1, "adj" if extending else "head", not extending and keys[i].key.startswith(DEFINITE))
        first = keys[i + 1].key if i + 1 < len(keys) else ""
        if not extending and (first in self.words.generic or first.removeprefix("ال") in self.words.generic) \
                and not self.place_name(i + 1):
            return None  # "مجلس إدارة ...", "قوات النظام": the name, if any, starts later
        while walk.end < len(keys) and walk.end - i < MAX_WORDS:
            step = self.step(walk)
            if step is None:
                return None
            if not step:
                break
        while walk.end > i + 1 and walk.state == "construct":  # a construct noun needs its genitive
            walk.end -= 1
            walk.state = "noun"
        while walk.end > i + 2 and keys[walk.end - 1].key in self.words.describe:
            walk.end -= 1  # a describing adjective after the name is not part of it ("... الرسمية")
        while walk.joined and walk.end > walk.joined and keys[walk.end - 1].key in self.words.generic_adj:
            walk.end -= 1  # "حركة حماس" + "الحاكمة", as "داعش الإرهابي"
        if walk.end == i + 1 or (walk.definite and walk.nouns == 0 and not extending and not self.unit(i, walk.end)):
            return None
        if not extending:
            self.seat(i, walk)
        if not extending and self.common_phrase(i, walk.end):
            return None
        return walk

    def seat(self, i: int, walk: _Walk) -> None:
        """A body of a region takes in "ب" + the region's administrative word and a known place after its name:
        "مديرية السجون بمنطقة جازان", "إدارة التعليم بمحافظة حفر الباطن" (one ORG, as "شرطة منطقة مكة"); a ministry
        does not ("فرع وزارة العمل بمنطقة الحدود الشمالية": the ministry and the region)."""
        keys, j = self.keys, walk.end
        head = self.head(i)
        if head is None or head[0] != "ORG" or j + 1 >= len(keys) or keys[j].key[:1] != "ب" or any(
                key.removeprefix("ال") == MINISTRY for key, _ in keys[i].variants) \
                or not any(key in SEATS for key, _ in keys[j].variants[1:]):
            return
        known = self.names.get(j + 1)
        if known is not None and known.entry.type == "LOC" and known.start == keys[j + 1].start:
            walk.take(known.last, "noun", known.entry.country, noun=True)

    def common_phrase(self, i: int, end: int) -> bool:
        """Whether a weak head (a common noun too: غرفة, مكتب, إدارة) takes one common definite noun and generic
        adjectives or nisbas only ("غرفة اللاعب", "مكتب الطبيب الشرعي", "قيادة المدرب الألماني"): a room, an office,
        no body ("إدارة الطيران الفيدرالية" keeps its specific adjective)."""
        keys = self.keys
        if not any(key.removeprefix("ال") in self.words.weak for key, _ in keys[i].variants) or end <= i + 1:
            return False
        noun = keys[i + 1]
        known = self.names.get(i + 1)
        if not noun.key.startswith("ال") or (known is not None and known.start == noun.start) \
                or self.vocab.get(noun.key, 0) < RARE or self.service(i + 1):
            return False
        return all(keys[t].key in self.words.generic_adj or self.nisba(t) is not None for t in range(i + 2, end))

    def known_at(self, j: int) -> Match | None:
        """The known name at token ``j``; none for a club named by a common word coordinated after the head: the
        word itself ("هيئة الشباب والرياضة")."""
        known = self.names.get(j)
        if known is not None and known.entry.context == "sports" and not self.club and known.last < len(self.keys) \
                and self.keys[known.last].key.startswith("وال"):
            return None
        return known

    def step(self, walk: _Walk) -> bool | None:
        """Take the word at ``walk.end`` into the name (True), end the name before it (False), or find that
        the head is a descriptor of a known organization (None)."""
        j, keys = walk.end, self.keys
        known = self.known_at(j)
        if "\n" in self.text[keys[j - 1].end : keys[j].start]:
            return False  # a name never runs over a line break ("السفارة" / "جدة 10 أغسطس")
        if walk.state in ("head", "construct") and not walk.definite and self.names_after(j - 1):
            end = self.person_after(j)
            if end > j:
                walk.take(end, "noun", noun=True)  # named after a person: "مطار الملك عبدالعزيز الدولي"
                return True
        if known is not None and known.start == keys[j].start and walk.state == "noun" and self.route \
                and known.entry.type == "LOC":
            walk.take(known.last, "noun", noun=True)  # a road between places: "طريق الرياض القصيم"
            return True
        if known is not None and known.start == keys[j].start and walk.state in ("head", "construct"):
            if self.joins(known, j):  # "النادي الأهلي": the club's name; "قوات المقاومة الشعبية": one name
                walk.take(known.last, "noun", known.entry.country, noun=True)
                walk.id = known.entry.id if self.forces or self.movement else None
                walk.joined = known.last
                return True
            if known.entry.type == "ORG" and not (self.facility and known.entry.kind == "company"):
                return None  # a descriptor: "تنظيم داعش", "وكالة أنباء إنترفاكس"; a company's "مستشفى أرامكو"
            if known.entry.type == "PER":
                return False
            walk.take(known.last, "noun", known.entry.country, noun=True)
            return True
        if walk.state == CLOSED or not self.plain(j):
            return False
        w = keys[j].key
        if w.startswith("ال"):
            return self.definite_word(walk, w)
        if walk.state == "adj" and keys[j - 1].key in self.words.adj and (w in TENS or self.armed_lam(w)):
            return self.after_ordinal(walk, w)
        if walk.state in ("noun", "adj", "lam"):
            end = self.lam(j, walk) if self.lam_after(j) else j  # not "الموالي للحكومة"
            if end > j:
                walk.lam = j if walk.lam is None else walk.lam
                walk.take(end, "noun" if end - j == 2 else "lam", noun=True)
                return True
            return self.joined(walk, j, w)
        if walk.definite and walk.state == "head":
            return False
        if walk.state == "head" and self.own_name(j):
            walk.take(j + 1, "noun", noun=True)  # a name of its own: "سجن صيدنايا", "شركة أرامكو"
            walk.own = True
            return True
        after = self.names.get(j + 1)
        if walk.state == "head" and w.endswith("يه") and after is not None and after.entry.type == "LOC" \
                and after.start == keys[j + 1].start:
            walk.take(j + 1, "construct", specific=False)  # "وزارة خارجية مملكة البحرين": a noun, no adjective
            return True
        if j + 1 < len(keys) and self.vocab.get(w, 0) >= 3 and self.construct(w, self.text[keys[j].end - 1] == "ة"):
            walk.take(j + 1, "construct", specific=False)
            return True
        return False

    def definite_word(self, walk: _Walk, w: str) -> bool:
        """A word with the article: a genitive noun after an indefinite head, else an adjective."""
        j = walk.end
        plural = walk.state == "construct" and w.endswith(("يين", "يون"))  # "أوضاع اليمنيين": a genitive
        adjective = walk.definite or (not plural and self.adjective(j) and not self.noun_after_construct(walk, w))
        if not adjective and walk.state in ("head", "construct"):
            walk.take(j + 1, "noun", specific=w not in self.words.generic, noun=True)
            return True
        if adjective and walk.state != "construct":
            nis = self.nisba(j)
            walk.take(j + 1, "adj", nis, specific=nis is None and w not in self.words.generic_adj)
            return True
        return False

    def noun_after_construct(self, walk: _Walk, w: str) -> bool:
        """Whether a definite word shaped like an adjective right after an indefinite head is its genitive noun: an
        indefinite noun takes no definite adjective ("وزارة الداخلية", "هيئة الإسلاميين"); a country's nisba, a
        direction and a listed adjective stay adjectives (a head written without its article)."""
        words = self.words
        return walk.state == "head" and w not in words.adj and w not in words.generic_adj \
            and w not in words.direction and self.nisba(walk.end) is None

    def joined(self, walk: _Walk, j: int, w: str) -> bool:
        """Take what و joins at ``j`` into the name, if anything: a field in construct with its genitive ("لجنة
        الاحتراف" + "وأوضاع اللاعبين", "وكالة التفتيش" + "وتطوير بيئة العمل"), else see :meth:`coordinated`."""
        taken = self.joined_construct(j) if walk.state == "noun" and not walk.definite and not self.facility \
            and not self.place_before(j) else 0
        if taken:
            walk.take(j + taken, "noun", noun=True)
            return True
        state = self.coordinated(walk, j, w)
        if state:
            walk.take(j + 1, state)
        return bool(state)

    def coordinated(self, walk: _Walk, j: int, w: str) -> str:
        """The state after و + a definite word at ``j`` that continues the name ("" when none): after a genitive
        or a ل phrase any such noun but a head, title or context word ("الفضاء والطيران"); after an adjective, see
        :meth:`joined_noun` ("الشؤون الإسلامية والأوقاف") and :meth:`joined_adjective` ("الشؤون البلدية
        والقروية", after which the name ends)."""
        if walk.state in ("noun", "lam"):
            joined = w.startswith("وال") and len(w) > 4 and not self.head(j) and not self.title_or_context(j) \
                and not self.place_before(j)
            return "noun" if joined else ""
        if walk.state != "adj" or walk.nouns == 0:
            return ""
        return "noun" if self.joined_noun(j) else CLOSED if self.joined_adjective(j) else ""

    def place_before(self, j: int) -> bool:
        """Whether a known place ends right before token ``j``: what و joins after it is a second thing ("مطار عدن
        والموانئ": the airport and the ports), but for the places of a road, a direction adjective and a second place
        in a body's name ("بنك البحرين والكويت")."""
        if self.route or self.keys[j].key[1:] in self.words.direction:
            return False  # places a road joins ("طريق الطائف والسيل"); "أميركا الشمالية والوسطى"
        after = self.names.get(j)
        if not self.facility and after is not None and after.entry.type == "LOC":
            return False  # a body named by two places: "بنك البحرين والكويت"
        return any(m.last == j and m.entry.type == "LOC" for m in self.names.values())

    def joins(self, known: Match, j: int) -> bool:
        """Whether the known ORG at token ``j`` continues the head's name: a club after نادي, a group after قوات."""
        e = known.entry
        return e.type == "ORG" and ((e.kind == "club" and self.club) or (self.movement and e.kind in ("group", "party"))
                                    or (e.kind == "armed" and self.forces and self.keys[j].key.startswith("ال")))

    def after_ordinal(self, walk: _Walk, w: str) -> bool:
        """The tens of a compound ordinal stay in a unit's name ("سرب الطيران الخامس والخمسين"); the army it
        belongs to does not ("الفرقة الرابعة للجيش")."""
        if w in TENS:
            walk.take(walk.end + 1, "adj")
            return True
        return False

    def armed_lam(self, w: str) -> bool:
        """Whether ``w`` is ل + an armed head with the article ("للجيش", "للقوات") after a unit's head."""
        return self.armed and w.startswith("لل") and self.words.heads.get(w[2:], ("", ""))[1] == "armed"


def find_bodies(text: str, keys: Sequence[TokenKey], gaz: Gazetteer, words: HeadWords, vocab: Mapping[str, int],
                names: Mapping[int, Match]) -> list[Body]:
    """Organizations and facilities named by a head noun and its complements (see the module doc)."""
    reader = _Reader(text, keys, gaz, words, vocab, names)
    found: list[Body] = []
    i = 0
    while i < len(keys):
        head = reader.head(i) if keys[i].kind == "arabic" else None
        known = names.get(i)
        if head is None or (known is not None and known.last > i + 1 and known.entry.type != "ORG"):
            i += 1
            continue
        if head is not None and ((head[1] == ROUTE and not reader.road(i)) or (known is None and reader.inner_head(i))
                                 or (head[1] == PERSON and not reader.person_named(i))
                                 or (known is None and device_head(keys, i, words, names))):
            i += 1
            continue
        reader.route = head is not None and head[1] == ROUTE
        reader.club = head is not None and head[1] == "club"
        reader.armed = head is not None and head[1] == "armed"
        reader.facility = head is not None and head[0] == "LOC" and head[1] != ROUTE
        reader.office = keys[i].key.startswith(DEFINITE) and any(k.removeprefix("ال") in words.weak
                                                                   for k, _ in keys[i].variants)
        reader.movement = head is not None and any(k.removeprefix("ال") == MOVEMENT for k, _ in keys[i].variants)
        reader.weak = not reader.movement and any(k.removeprefix("ال") in words.weak for k, _ in keys[i].variants)
        reader.forces = head is not None and any(k.removeprefix("ال") == FORCES for k, _ in keys[i].variants)
        extend = known is not None and known.last > i + 1
        walk = reader.phrase(known.last - 1, extending=True) if extend and known else reader.phrase(i)
        if extend and known is not None and walk is not None and (
                walk.country not in (None, known.entry.country)  # "الاتحاد الأوروبي" + "الفرنسي": not its own
                or all(keys[t].key in words.generic_adj for t in range(known.last, walk.end))):  # "داعش الإرهابي"
            walk = None
        if walk is None or not (walk.specific or extend) or (known is not None and walk.end <= known.last):
            i += 1
            continue
        last = walk.end
        if extend and known is not None:  # a known organization and its adjectives: "الحرس الثوري الإيراني"
            found.append(Body(i, last, known.start, keys[last - 1].end, "ORG", known.entry.kind,
                              known.entry.country or walk.country, known.entry.id))
        elif walk.own and last == i + 2 and any(k.removeprefix("ال") in words.descriptor for k, _ in keys[i].variants):
            # a descriptor before a name of its own: "شركة إيرآسيا" -> إيرآسيا
            found.append(Body(i + 1, last, keys[i + 1].start, keys[i + 1].end, head[0], head[1], walk.country))
        else:
            if walk.lam is not None and walk.lam > i + 1 and i > 0 \
                    and any(key in words.deputy for key, _ in keys[i - 1].variants):
                last = walk.lam  # "وكيل وزارة الإسكان للدراسات": the ل phrase is the deputy's portfolio
            typ = "ORG" if head[1] == PERSON and walk.lam is not None else head[0]  # "للعلوم والتقنية": a body
            found.append(Body(i, last, head[2], keys[last - 1].end, typ, head[1], walk.country, walk.id))
        i = last
    return found
