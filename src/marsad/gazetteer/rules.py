"""Person names from context (titles before a name, descriptions after it, reporting verbs), and ministries.

These rules find people the gazetteers do not know and the tagger missed, and give people their
role and country:

- title: ``[mod]* title (nisba | country | ORG | post | title)* [،] NAME`` —
  "نائب وزير الخارجية الروسي، سيرغي ريابكوف" → PER سيرغي ريابكوف, role نائب وزير الخارجية, RUS;
- apposition: ``NAME ، desc|title [nisba]`` — "فيدور لوكيانوف، الخبير الروسي" → PER, RUS;
- reporting verb: ``verb NAME (، | أن | إن ...)`` with a name of two words or more.

A name found by these rules is a run of *name-like* words: Arabic words that are not function,
time or title words, not nisba adjectives, and that the word counts of the vocabulary do not mark
as common nouns or verbs (a common noun also occurs often with the article, a verb or noun often
with plural endings; names rarely do), unless they are known given names (``given_names.tsv``,
e.g. مختار, which is also an adjective). The first word never has the article; a later one may
(السيسي) when the vocabulary sees it mostly with the article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from marsad.gazetteer.lexicon import Gazetteer
from marsad.gazetteer.match import Match, TokenKey, match_at

CONNECTORS_INNER = frozenset({"بن", "بنت", "ابن", "ال", "اّل", "ولد"})
CONNECTORS_OPEN = frozenset({"عبد", "ابو", "ام"})
COMMAS = frozenset({"،", ","})
_AT = frozenset({"لدي", "في"})
MAX_NAME_WORDS = 4
MAX_COUNT = 1000  # an unknown word this frequent in the vocabulary is not a name word
MAX_COUNT_ARTICLE = 2000


@dataclass(frozen=True, slots=True)
class Person:
    """A person found from context: tokens ``[first, last)``, offsets ``[start, end)``, the rule that found it."""

    first: int
    last: int
    start: int
    end: int
    role: str | None
    country: str | None
    rule: str


def given_ali(text: str, k: TokenKey) -> bool:
    """The name علي written with its dotted ya, not the preposition على it folds to ("علي الأحمد"), in a text
    that writes the alif maqsura (where every final ى is written ي, علي is the preposition as often as not)."""
    return k.key == "علي" and text[k.end - 1 : k.end] == "\u064a" and "\u0649" in text


class NameRules:
    def __init__(self, text: str, gaz: Gazetteer, vocab: Mapping[str, int], keys: Sequence[TokenKey]) -> None:
        self.text = text
        self.gaz = gaz
        self.vocab = vocab
        self.keys = keys
        self.blocked: set[int] = set()  # tokens of known entities: a found name never runs into them
        context = gaz.context
        # the context kind of each token (reporting verb, stop word...), proclitics stripped
        self.ctx: list[str | None] = []
        for k in keys:
            kind = context.get(k.key) if not given_ali(text, k) else None
            if kind is None and len(k.variants) > 1:
                kind = next((context[key] for key, _ in k.variants[1:] if key in context), None)
            self.ctx.append(kind)

    # -- words -------------------------------------------------------------------------------
    def name_like(self, i: int, first: bool, inside_names: bool = False) -> bool:
        """Token ``i`` reads as a word of a person's name (``first``: its first word); ``inside_names``: also
        within a name already found (otherwise such tokens are blocked)."""
        k = self.keys[i]
        w = k.key
        if k.kind != "arabic" or len(w) < 2 or (i in self.blocked and not inside_names) or self.ctx[i] is not None:
            return False
        if any(key in self.gaz.title_words for key, _ in k.variants):
            return False
        if self.gaz.nisba.get((w,)) is not None:
            return False
        v = self.vocab
        c = v.get(w, 0)
        if w in self.gaz.given_names:
            return True
        if k.clitic and c >= 3:  # بمكة, وحديقة; an unknown word split by chance (فيدور) may be a name
            return False
        if w in CONNECTORS_INNER:
            return not first
        if w in CONNECTORS_OPEN:
            return True
        if w.startswith("ال"):  # a family name with the article (السيسي), not a common word (الدولي)
            return not first and c <= MAX_COUNT_ARTICLE and v.get(w[2:], 0) <= 0.2 * c
        if c > MAX_COUNT or w.endswith("وا"):
            return False
        if w.endswith("و") and v.get(w + "ن", 0) >= 5:
            return False  # a plural in construct: متمردو دارفور
        if w.endswith("ا") and (v.get(w[:-1], 0) >= 30 or "\u064b" in self.text[k.start : k.end]):
            return False  # an indefinite accusative: هجوما, عنيفاً
        marbuta = self.text[k.end - 1 : k.end] == "ة"  # "زادة": its folded ه is no pronoun
        for suffix in ("هما", "هم", "ها", "ه"):  # a common word with a pronoun: اسمه, نتائجها
            if suffix == "ه" and marbuta:
                continue
            if w.endswith(suffix) and len(w) - len(suffix) >= 2 and v.get(w[: -len(suffix)], 0) >= 30:
                return False
        if w[0] in "يت" and len(w) >= 4 and v.get(("ت" if w[0] == "ي" else "ي") + w[1:], 0) >= 5:
            return False  # a verb: يقود / تقود
        if w[0] == "س" and w[1:2] in ("ي", "ت", "ن") and v.get(w[1:], 0) >= 5:
            return False  # a verb in the future: سيرأس
        if v.get("ال" + w, 0) > 0.1 * c + 3:
            return False
        inflected = v.get(w + "ون", 0) + v.get(w + "ين", 0) + v.get(w + "ات", 0)
        return inflected <= 0.1 * c + 3

    def is_rare(self, i: int) -> bool:
        return self.vocab.get(self.keys[i].key, 0) < 100

    def boundary(self, i: int) -> bool:
        """Token ``i`` may follow or precede a name (punctuation, a function word, a verb, the edge)."""
        if i < 0 or i >= len(self.keys):
            return True
        k = self.keys[i]
        if k.kind in ("punct", "other", "number"):
            return True
        return self.ctx[i] is not None

    def name_forward(self, i: int, continuation: bool = False) -> int:
        """The end (exclusive) of the name-like run starting at token ``i`` (``i`` when none);
        ``continuation``: token ``i`` continues a name, so it may carry the article."""
        j = i
        while j < len(self.keys) and j - i < MAX_NAME_WORDS and self.name_like(j, first=j == i and not continuation):
            j += 1
        while j > i and self.keys[j - 1].key in (CONNECTORS_INNER | CONNECTORS_OPEN):
            j -= 1
        return j

    def extend(self, end: int) -> int:
        """A tagger's short name ending at ``end`` continued by rare name-like words before a boundary
        ("سيرغي" + "ريابكوف" ،); ``end`` when there is none."""
        j = end
        while j < len(self.keys) and j - end < 2 and not self.keys[j].key.startswith("ال") \
                and not self.keys[j].key.endswith("ا") and self.vocab.get(self.keys[j].key, 0) < 20 \
                and self.name_like(j, first=False):
            j += 1
        return j if j > end and self.boundary(j) else end

    def name_backward(self, end: int) -> int:
        """The start of the name-like run ending at token ``end`` (exclusive); ``end`` when none."""
        i = end
        while i > 0 and end - i < MAX_NAME_WORDS and self.name_like(i - 1, first=False):
            i -= 1
        while i < end and (self.keys[i].key.startswith("ال") or self.keys[i].key in CONNECTORS_INNER):
            i += 1  # a name does not start with the article
        return i

    # -- patterns ----------------------------------------------------------------------------
    def title_chain(self, i: int) -> tuple[int, str | None] | None:
        """Titles starting at token ``i``: (end token, role) when a title, description or honorific
        (not only modifiers) is there; the role is None for an honorific alone."""
        if i > 0 and self.ctx[i - 1] == "facility":
            return None  # "جامعة الملك سعود" names a university
        parts: list[str] = []
        j = i
        while j < len(self.keys):
            m = match_at(self.gaz.titles, self.keys, j, strip=j == i)
            if m is None:
                break
            if m.entry.role:
                parts.append(m.entry.role)
            j = m.last
            if m.entry.kind != "mod":
                return j, " ".join(parts) or None
        return None


def find_people(
    rules: NameRules,
    names: Mapping[int, Match],
    person_starts: Mapping[int, int],
    covered: set[int],
    extendable: frozenset[int] = frozenset(),
) -> list[Person]:
    """People from titles, appositions and reporting verbs (see module doc).

    ``names``: gazetteer matches by first token; ``person_starts``: first token → end token of PER
    spans already known (gazetteer or tagger); ``covered``: tokens inside any known entity;
    ``extendable``: first tokens of tagger spans, which a title's name may extend ("سيرغي" → "سيرغي ريابكوف").
    """
    rules.blocked = covered
    people = _People(rules, names, person_starts, covered, extendable)
    people.after_titles()
    people.appositions()
    people.after_verbs()
    return people.found


class _People:
    """The state of :func:`find_people` across its three passes: the people found, in order, and their tokens."""

    def __init__(self, rules: NameRules, names: Mapping[int, Match], person_starts: Mapping[int, int],
                 covered: set[int], extendable: frozenset[int]) -> None:
        self.rules = rules
        self.keys = rules.keys
        self.gaz = rules.gaz
        self.names = names
        self.person_starts = person_starts
        self.covered = covered
        self.extendable = extendable
        self.found: list[Person] = []
        self.taken: set[int] = set()
        self.titled: set[int] = set()  # titles that introduced a person: not also an apposition to the name before

    def add(self, first: int, last: int, role: str | None, country: str | None, rule: str) -> bool:
        """Add a person on tokens ``[first, last)`` unless it is empty or overlaps one already found."""
        if first >= last or any(t in self.taken for t in range(first, last)):
            return False
        self.taken.update(range(first, last))
        self.found.append(Person(first, last, self.keys[first].start, self.keys[last - 1].end, role, country, rule))
        return True

    def after_titles(self) -> None:
        """Pass 1: a name after a title chain and what describes the title (nisba, country, ORG, post, title)."""
        keys, covered, person_starts = self.keys, self.covered, self.person_starts
        title_roots = self.gaz.titles.root
        i = 0
        n = len(keys)
        while i < n:
            if i in covered and i not in person_starts:
                i += 1
                continue
            k = keys[i]
            starts_title = k.key in title_roots or (len(k.variants) > 1
                                                    and any(v in title_roots for v, _ in k.variants))
            chain = self.rules.title_chain(i) if starts_title else None
            if chain is None:
                i += 1
                continue
            j, role, country, evidence = self._title_context(i, *chain)
            if j < n and keys[j].key in COMMAS:
                j += 1
            if j >= n:
                break
            j = self._titled_name(i, j, role, country, evidence)
            i = max(j, i + 1)

    def _title_context(self, i: int, j: int, role: str | None) -> tuple[int, str | None, str | None, bool]:
        """What follows the title chain ``[i, j)``: up to four nisbas, countries, ORGs, posts, places after لدى/في
        or further titles. Returns the token after them, the role, the country and whether any evidence that
        a name follows was met."""
        keys, names, rules = self.keys, self.names, self.rules
        n = len(keys)
        first_title = match_at(self.gaz.titles, keys, i)
        title_offset = first_title.start if first_title is not None else keys[i].start
        country: str | None = None
        evidence = complement = False
        for _ in range(4):
            if j >= n or j in self.person_starts:
                break
            nis = match_at(self.gaz.nisba, keys, j, strip=False)
            name = names.get(j)
            if nis is not None:
                country = country or nis.entry.country
                evidence = True
                j = nis.last
            elif name is not None and name.entry.type == "LOC" and name.entry.kind == "country" and country is None:
                country, evidence, j = name.entry.country, True, name.last
            elif name is not None and name.entry.type == "ORG":
                role = rules.text[title_offset : name.end]  # "المتحدث باسم الكرملين" as written
                country = country or name.entry.country
                evidence, j = True, name.last
            elif rules.ctx[j] == "post" or (rules.ctx[j] == "body" and j > i):  # "المتحدث باسم الوزارة" + name
                j += 1
            elif keys[j].key in _AT and (place := names.get(j + 1)) is not None and place.entry.type == "LOC":
                j = place.last  # "السفير الياباني لدى الرياض"
            elif (more := rules.title_chain(j)) is not None:
                j, role = more[0], role or more[1]
            elif not complement and self._complement(j):  # "مدير عام الجمارك، صالح الخليوي"
                complement, j = True, j + 1
            else:
                break
        return j, role, country, evidence

    def _complement(self, j: int) -> bool:
        """Whether token ``j`` is a title's definite complement no list knows ("الجمارك" in "مدير عام الجمارك"),
        right before a known person or a name of two words or more that ends at a boundary, with a comma or not."""
        keys, rules = self.keys, self.rules
        if j in self.covered or not keys[j].key.startswith("ال") or keys[j].kind != "arabic" or rules.ctx[j]:
            return False
        s = j + 2 if j + 1 < len(keys) and keys[j + 1].key in COMMAS else j + 1
        if s in self.person_starts:
            return True
        end = rules.name_forward(s) if s not in self.covered else s
        return end - s >= 2 and rules.boundary(end)

    def _titled_name(self, title_start: int, j: int, role: str | None, country: str | None, evidence: bool) -> int:
        """The person at token ``j`` after a title (a known one, or a run of name-like words), and any coordinated
        one after it; returns the token to go on from."""
        rules, keys = self.rules, self.keys
        if j in self.person_starts:
            end = self.person_starts[j]
            if j in self.extendable:
                end = rules.extend(end)
            self.found.append(Person(j, end, keys[j].start, keys[end - 1].end, role, country, "title"))
            self.taken.update(range(j, end))
            self.titled.add(title_start)
            j = _coordinated(rules, self.names, self.person_starts, self.found, self.taken, end, role)
        elif j not in self.covered:
            end = rules.name_forward(j)
            words = end - j
            if words >= 2 or (words == 1 and evidence and rules.is_rare(j) and rules.boundary(end)):
                if self.add(j, end, role, country, "title"):
                    self.titled.add(title_start)
                j = _coordinated(rules, self.names, self.person_starts, self.found, self.taken, end, role)
        return j

    def appositions(self) -> None:
        """Pass 2, apposition: NAME ، desc|title [nisba]."""
        keys, rules = self.keys, self.rules
        person_ends = {last: first for first, last in self.person_starts.items()}
        for t in range(2, len(keys)):
            if keys[t - 1].key not in COMMAS:
                continue
            m = match_at(self.gaz.titles, keys, t, strip=False)
            if m is None or m.entry.kind in ("mod", "hon") or t in self.titled:
                continue
            nis = match_at(self.gaz.nisba, keys, m.last, strip=False)
            country = nis.entry.country if nis is not None else None
            end = t - 1
            if end in person_ends:  # a known person: "بوتين، الرئيس الروسي"
                first = person_ends[end]
                self.found.append(Person(first, end, keys[first].start, keys[end - 1].end, m.entry.role, country,
                                         "apposition"))
                continue
            if end - 1 in self.covered or end - 1 in self.taken:
                continue
            start = rules.name_backward(end)
            if end - start >= 2 or (end - start == 1 and rules.is_rare(start)):
                if rules.boundary(start - 1):
                    self.add(start, end, m.entry.role, country, "apposition")

    def after_verbs(self) -> None:
        """Pass 3: a reporting verb + NAME of two words or more."""
        rules, covered = self.rules, self.covered
        for v in range(len(self.keys) - 2):
            if rules.ctx[v] != "verb":
                continue
            s = v + 1
            if s in covered or s in self.taken:
                continue
            end = rules.name_forward(s)
            if end - s >= 2 and rules.boundary(end) and not any(t in covered for t in range(s, end)):
                self.add(s, end, None, None, "verb")


def _coordinated(
    rules: NameRules,
    names: Mapping[int, Match],
    person_starts: Mapping[int, int],
    found: list[Person],
    taken: set[int],
    j: int,
    role: str | None,
) -> int:
    """"الرئيسين الروسي فلاديمير بوتين والأميركي جو بايدن": و + nisba + NAME after a titled name."""
    keys = rules.keys
    if j >= len(keys):
        return j
    nis = match_at(rules.gaz.nisba, keys, j)
    if nis is None or nis.start == keys[j].start or nis.last >= len(keys):
        return j  # needs the conjunction و on the nisba
    k = nis.last
    if k in person_starts:
        end = person_starts[k]
    else:
        end = rules.name_forward(k)
        if end - k < 2 or k in taken:
            return j
    found.append(Person(k, end, keys[k].start, keys[end - 1].end, role, nis.entry.country, "title"))
    taken.update(range(k, end))
    return end


@dataclass(frozen=True, slots=True)
class Ministry:
    first: int
    last: int
    start: int
    end: int
    country: str | None


def find_ministries(rules: NameRules, covered: set[int]) -> list[Ministry]:
    """Ministries: "وزارة الخارجية [الروسية]", and "الخارجية الروسية" after a verb or punctuation.

    The portfolios are those of the minister titles (وزير الخارجية → الخارجية); a nisba right
    after the portfolio belongs to the name and gives the country. ``covered``: tokens of known entities.
    """
    keys = rules.keys
    gaz = rules.gaz
    roots = gaz.portfolios.root
    found: list[Ministry] = []
    i = 0
    n = len(keys)
    while i < n:
        k = keys[i]
        if not any(key == "وزاره" or key in roots for key, _ in k.variants):
            i += 1
            continue
        head = next(((key, start) for key, start in k.variants if key == "وزاره"), None)
        j = i + 1 if head is not None else i
        portfolio = match_at(gaz.portfolios, keys, j, strip=head is None) if j < n else None
        if head is None and portfolio is not None and portfolio.entry.kind != "metonym":
            portfolio = None  # "الاقتصاد الإسرائيلي" is the economy; "الخارجية الروسية" is the ministry
        if portfolio is None or (head is None and not rules.boundary(i - 1)) \
                or any(t in covered for t in range(i, portfolio.last)):
            i += 1
            continue
        start = head[1] if head is not None else portfolio.start
        last = portfolio.last
        nis = match_at(gaz.nisba, keys, last, strip=False) if last < n else None
        if nis is None and head is None:
            i += 1
            continue  # "الخارجية" alone is too often an adjective
        if nis is not None:
            last = nis.last
        found.append(Ministry(i, last, start, keys[last - 1].end, nis.entry.country if nis is not None else None))
        i = last
    return found
