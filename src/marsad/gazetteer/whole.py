"""Whole person names: what surely belongs to a person's name read short (a first name علي before it, a lineage
and a family name after it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.gazetteer.match import TokenKey
from marsad.gazetteer.rules import CONNECTORS_OPEN, NameRules, given_ali
from marsad.gazetteer.spans import RULE, TAGGER, Cand, after_title

FAMILY = "\u0622\u0644"  # آل, the house of a family (it folds to the article's letters: the text is read)


def whole_names(chosen: list[Cand], keys: Sequence[TokenKey], rules: NameRules) -> list[Cand]:
    """A person's name read short takes in what surely belongs to it: the first name علي before it ("علي"
    + "عبد الله صالح"), a lineage after it ("محمد بن سلمان" + "بن عبدالعزيز"), a family name with the
    article after a lone given name ("خالد" + "الحميدان") or after a one-word person the tagger read ("عصام" +
    "الملا"), and the given name before a family name read alone ("الدكتور مساعد" + "العيبان")."""
    taken = {t for c in chosen for t in range(c.first, c.last)}
    out: list[Cand] = []
    for c in chosen:
        if c.type == "PER":
            first, last = c.first, c.last
            if c.id is None and first > 0 and first - 1 not in taken and (given_ali(rules.text, keys[first - 1]) or (
                    keys[first - 1].key == "علي" and after_title(keys, first - 1, rules.gaz))):
                first -= 1  # علي after a title is the name, never the preposition: "الدكتور علي العطية"
            while last + 1 < len(keys) and keys[last].key in ("بن", "بنت") and last not in taken \
                    and last + 1 not in taken and rules.name_like(last + 1, first=False, inside_names=True):
                last += 2
            if c.last - c.first >= 2 and last + 1 < len(keys) and last not in taken and last + 1 not in taken \
                    and rules.text[keys[last].start : keys[last].end] == FAMILY and keys[last + 1].kind == "arabic" \
                    and rules.name_like(last + 1, first=False, inside_names=True):
                last += 2  # the house after a lineage: "سلمان بن عبدالعزيز" + "آل سعود"
            if last < len(keys) and keys[last - 1].key in CONNECTORS_OPEN and last not in taken \
                    and rules.name_like(last, first=False, inside_names=True):
                last += 1  # "بن عبد" + "العزيز": a name never ends in عبد or أبو
            if c.id is None and last - first == 1 and last < len(keys) and last not in taken and (
                    (keys[first].key in rules.gaz.given_names and family_name(rules, keys[last]))
                    or (c.priority == TAGGER and tagged_family(rules, keys[first], keys[last]))):
                last += 1
            elif c.id is None and last - first == 1 and any(
                    key in rules.gaz.given_names and s == c.start for key, s in keys[first].variants) \
                    and listed_surname(rules, keys, last, taken):
                last += 1  # a surname that is a word too, the name's end: "أحمد" + "عيد"، "وأحمد" + "الخميس عضو"
            elif c.id is None and last - first == 1 and first > 0 and first - 1 not in taken \
                    and family_name(rules, keys[first]) and given_before(rules, keys, first - 1):
                first -= 1  # a family name read alone after its first name: "الدكتور مساعد" + "العيبان"
            if (first, last) != (c.first, c.last):
                taken.update(range(first, last))
                c = replace(c, first=first, last=last, start=keys[first].start if first < c.first else c.start,
                            end=keys[last - 1].end)
        out.append(c)
    return out


SURNAME_NOUN_MIN = 10  # a listed surname that is a word too is a noun: seen with the article this often


def listed_surname(rules: NameRules, keys: Sequence[TokenKey], j: int, taken: set[int]) -> bool:
    """Token ``j``, right after a lone given name, is its surname from the person-name list though a common word
    too ("أحمد عيد"، "محمد خميس"), no given name of its own (a second given name is read by the rules of given
    names): written bare, with no proclitic, where the name plainly ends after it (the
    edge, punctuation, a function word, a title in apposition, or a word that cannot go on a name: "عيد في
    اللجنة"، "عيد اهتمامه"), never before a definite word it may govern ("عيد الفطر"); with the article (a
    weekday: الخميس) only before a title in apposition ("أحمد الخميس عضو اللجنة")."""
    if j >= len(keys) or j in taken or "\n" in rules.text[keys[j - 1].end : keys[j].start]:
        return False  # a title line ends there: "... للمخلوع صالح" / "عين اليوم"
    k = keys[j]
    if k.kind != "arabic" or k.clitic or k.key in rules.gaz.title_words or rules.gaz.nisba.get((k.key,)) is not None:
        return False
    nxt = j + 1
    title_after = nxt < len(keys) and keys[nxt].key in rules.gaz.title_words
    if k.key.startswith("ال"):  # a time word too: the title after it is what makes it a name
        return k.key[2:] in rules.gaz.name_words and title_after
    if k.key not in rules.gaz.name_words or k.key in rules.gaz.given_names or rules.ctx[j] is not None \
            or rules.vocab.get("ال" + k.key, 0) < SURNAME_NOUN_MIN:
        return False  # a verb or particle (بات, هنا) never takes the article: no noun, no surname
    return nxt >= len(keys) or title_after or rules.boundary(nxt) or (
        not keys[nxt].key.startswith("ال") and not rules.name_like(nxt, first=False, inside_names=True))


PLACE_NAME_MAX_COUNT = 1000  # a town whose name is also a family name ("الرويشد") is a rare word


def family_places(chosen: list[Cand], keys: Sequence[TokenKey], rules: NameRules) -> list[Cand]:
    """A rare town's name with the article right after a listed given name is the person's family name ("عبدالله"
    + "الرويشد"): a given name never stands before a place without a preposition but as its subject, which
    a title or the verb's other words would show (a capital or a country is left as it is). The name alone
    elsewhere in the article is then that person too ("الرويشد")."""
    taken = {t for c in chosen for t in range(c.first, c.last)}
    out: list[Cand] = []
    families: set[str] = set()
    for c in chosen:
        i = c.first - 1
        if c.type == "LOC" and c.last - c.first == 1 and i >= 0 and i not in taken and c.kind not in (
                "country", "capital") and keys[c.first].key.startswith("ال") and not keys[c.first].clitic \
                and rules.vocab.get(keys[c.first].key, 0) <= PLACE_NAME_MAX_COUNT and given_before(rules, keys, i):
            families.add(keys[c.first].key)
            c = replace(c, first=i, start=keys[i].variants[-1][1], type="PER", id=None, country=None, kind=None)
        out.append(c)
    return [replace(c, type="PER", id=None, country=None, kind=None) if c.type == "LOC" and c.last - c.first == 1
            and keys[c.first].key in families else c for c in out]


PARTICLES = frozenset({"فان", "فون", "دي"})  # folded: particles of European surnames ("فان بيرسي", "دي ماريا")


def surname_particles(chosen: list[Cand], keys: Sequence[TokenKey], text: str) -> list[Cand]:
    """A person's name read without the particle of a European surname before it takes it in ("فان" +
    "بيرسي"): the particle written as a word of its own (never "فإن", "so that"), nothing else read there."""
    taken = {t for c in chosen for t in range(c.first, c.last)}
    out: list[Cand] = []
    for c in chosen:
        i = c.first - 1
        if c.type == "PER" and i >= 0 and i not in taken and text[keys[i].start : keys[i].end] in PARTICLES \
                and keys[i].kind == "arabic":
            taken.add(i)
            c = replace(c, first=i, start=keys[i].start)
        out.append(c)
    return out


def given_before(rules: NameRules, keys: Sequence[TokenKey], i: int) -> bool:
    """Token ``i`` is the first name of the family name after it: a listed given name; one that is also a title
    word (مساعد) only right after a title or honorific, or a title and its adjective ("الدكتور مساعد", "المدير
    التنفيذي مساعد")."""
    k = keys[i]
    if k.key not in rules.gaz.given_names or k.key == "علي":
        return False
    return k.key not in rules.gaz.title_words or after_title(keys, i, rules.gaz) \
        or (i > 0 and keys[i - 1].key.startswith("ال") and after_title(keys, i - 1, rules.gaz))  # "المدير التنفيذي"


def given_families(chosen: list[Cand], keys: Sequence[TokenKey], rules: NameRules) -> list[Cand]:
    """A listed given name, proclitics stripped, right before a rare family name with the article is a person
    nothing else read ("وفهد" + "الطريفي"): a given name before a rare definite word is never its adjective.
    The given name must not also be a title word read without a title (مساعد), nor علي where the text does not
    write the alif maqsura (there علي is the preposition as often as not). A person read up to such a given
    name, or up to بن before the pair, takes the family name in ("إبراهيم بن فهد" + "المجدوعي"), and a given name
    right before the pair belongs to it ("ومحمد علي العروي")."""
    taken = {t for c in chosen for t in range(c.first, c.last)}
    out: list[Cand] = []
    for c in chosen:
        c = _given_before_family(c, keys, rules, taken)
        last = _family_after(c, keys, rules, taken)
        if last != c.last:
            taken.update(range(c.last, last))
            c = replace(c, last=last, end=keys[last - 1].end)
        out.append(c)
    found: list[Cand] = []
    ends = {c.last: n for n, c in enumerate(out) if c.type == "PER" and c.id is None and c.last - c.first == 1}
    drop: set[int] = set()
    for i in range(len(keys) - 1):
        if i in taken or i + 1 in taken or not _pair(rules, keys, i):
            continue
        start = _given_start(rules, keys, i)
        if start is None or (_common_given(rules, keys[i], start) and not family_name(rules, keys[i + 1])):
            continue
        first = i
        while first >= 2 and keys[first - 1].key in ("بن", "بنت") and first - 1 not in taken \
                and first - 2 not in taken and rules.name_like(first - 2, first=True, inside_names=True):
            first -= 2  # the lineage before it: "إبراهيم بن" + "علي المجدوعي"
            start = keys[first].variants[-1][1]
        lone = ends.get(first)  # a given name read alone right before it
        free = first > 0 and (first - 1 not in taken or lone is not None)
        before = _given_start(rules, keys, first - 1) if free else None
        if before is not None:
            first, start = first - 1, before  # a first given name before it: "ومحمد" + "علي العروي"
            drop.update(() if lone is None else (lone,))
        taken.update(range(first, i + 2))
        found.append(Cand(first, i + 2, start, keys[i + 1].end, "PER", None, None, None, RULE))
    return sorted([*(c for n, c in enumerate(out) if n not in drop), *found], key=lambda c: c.start) if found else out


COMMON_GIVEN_SHARE = 0.1  # a given name seen this often with the article is a common word too (حسن, جمال)


def _common_given(rules: NameRules, k: TokenKey, start: int) -> bool:
    """Whether the given name of ``k`` (from ``start``) is a common word too ("حسن النوايا", "جمال الطبيعة"): then
    only a rare family name follows it (:func:`family_name`)."""
    key = next((key for key, s in k.variants if s == start), k.key)
    return rules.vocab.get("ال" + key, 0) > COMMON_GIVEN_SHARE * rules.vocab.get(key, 0)


def _pair(rules: NameRules, keys: Sequence[TokenKey], i: int) -> bool:
    """Tokens ``i`` and ``i + 1`` may be a given name and a family name (the given name not yet checked)."""
    return i + 1 < len(keys) and keys[i].kind == "arabic" and not keys[i + 1].clitic \
        and keys[i].variants[-1][0] not in CONNECTORS_OPEN and _given_family(rules, keys[i + 1])


def _given_before_family(c: Cand, keys: Sequence[TokenKey], rules: NameRules, taken: set[int]) -> Cand:
    """Person ``c``, a family name alone with the article, with the listed given name right before it ("مساعد" +
    "العتيبي" read by the tagger): the same pair :func:`given_families` reads where nothing read the family name."""
    f = c.first
    if c.type != "PER" or c.id is not None or c.last - f != 1 or f == 0 or f - 1 in taken \
            or keys[f].clitic or not _given_family(rules, keys[f]):
        return c
    start = _given_start(rules, keys, f - 1)
    common = start is not None and _common_given(rules, keys[f - 1], start)
    if start is None or (common and not family_name(rules, keys[f], TAGGED_MAX_COUNT)):
        return c
    taken.add(f - 1)
    return replace(c, first=f - 1, start=start)


def _family_after(c: Cand, keys: Sequence[TokenKey], rules: NameRules, taken: set[int]) -> int:
    """The end of person ``c`` with the family name after it: after a listed given name that ends its name
    ("عبدالمحسن" + "العبود"), or after بن and a given name and its family name."""
    j = c.last
    if c.type != "PER" or c.id is not None or j >= len(keys) or j in taken:
        return j
    if keys[j - 1].key in ("بن", "بنت") and j + 1 not in taken and _pair(rules, keys, j) \
            and _given_start(rules, keys, j) == keys[j].start:
        return j + 2
    if keys[j - 1].key in rules.gaz.given_names and not keys[j].clitic \
            and _given_family(rules, keys[j]) and keys[j - 1].key not in CONNECTORS_OPEN:
        return j + 1
    return j


GIVEN_FAMILY_MAX_COUNT = 1000  # a family name right after a listed given name may be a less rare word ...
GIVEN_FAMILY_BARE_SHARE = 5  # ... a rare one as common as a given name without the article ("العبود", "عبود")
GIVEN_FAMILY_BARE_SHARE_COMMON = 0.1  # ... a less rare one hardly ever without it ("البلوي"; not "الجوار")


def _given_family(rules: NameRules, k: TokenKey) -> bool:
    """A family name with the article right after a listed given name: a less rare word than :func:`family_name`
    asks for (a common noun in construct after a given name that is a word too, "حسن الجوار", is seen without
    its article often), or a rare one that is common without the article, a given name too ("عبود"); no plural,
    feminine or verbal noun ("جمال الطبيعة", "بدأ عبدالمجيد عبدالله الغناء")."""
    w, vocab = k.key, rules.vocab
    count, bare = vocab.get(w, 0), vocab.get(w[2:], 0)
    share = GIVEN_FAMILY_BARE_SHARE if count <= FAMILY_MAX_COUNT else GIVEN_FAMILY_BARE_SHARE_COMMON
    return k.kind == "arabic" and w.startswith("ال") and len(w) > 4 and count <= GIVEN_FAMILY_MAX_COUNT \
        and not w.endswith(("ات", "ه", "اء")) and bare <= share * max(count, 1) and rules.gaz.nisba.get((w,)) is None \
        and w not in rules.gaz.title_words and w not in rules.gaz.context


CLITIC_SHARE = 0.2  # a given name behind a proclitic: the whole word is rare beside it ("وفهد"; not "لجان")


def _given_start(rules: NameRules, keys: Sequence[TokenKey], i: int) -> int | None:
    """Where the given name of token ``i`` starts, its proclitics left out, or None when it has none (a word that
    is common as a whole, "لجان", is no proclitic before a given name)."""
    k = keys[i]
    if given_before(rules, keys, i) or given_ali(rules.text, k):
        return k.variants[-1][1] if k.key == "علي" else k.start
    if k.key in rules.gaz.given_names:
        return None
    for key, start in k.variants[1:]:
        if key in rules.gaz.given_names and key not in rules.gaz.title_words \
                and rules.vocab.get(k.key, 0) <= CLITIC_SHARE * rules.vocab.get(key, 0) \
                and (key != "علي" or given_ali(rules.text, TokenKey(start, k.end, k.kind, key, ()))):
            return start
    return None


FAMILY_MAX_COUNT = 300  # a family name with the article is a rare word
TAGGED_MAX_COUNT = 1000  # ... less rare after a one-word person the tagger read ("عصام" + "الملا")


def tagged_family(rules: NameRules, given: TokenKey, k: TokenKey) -> bool:
    """Whether ``k`` is the family name of a one-word person the tagger read before it (``given``, "عصام" +
    "الملا"): a less rare family name, after a word without the article, and no plural or feminine noun."""
    return not given.key.startswith("ال") and not k.key.endswith(("ات", "ه")) \
        and family_name(rules, k, TAGGED_MAX_COUNT)


def family_name(rules: NameRules, k: TokenKey, most: int = FAMILY_MAX_COUNT) -> bool:
    """A family name with the article after a given name ("الحميدان"): a rare word (``most``: at most this
    common), no more common without its article, no nisba, title or context word."""
    w, vocab = k.key, rules.vocab
    return k.kind == "arabic" and w.startswith("ال") and len(w) > 4 and vocab.get(w, 0) <= most \
        and vocab.get(w[2:], 0) <= vocab.get(w, 0) and rules.gaz.nisba.get((w,)) is None \
        and w not in rules.gaz.title_words and w not in rules.gaz.context
