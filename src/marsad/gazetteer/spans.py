"""The entity linker's candidate spans, and the passes that confirm, drop or adjust them.

A :class:`Cand` is one reading of a stretch of tokens (from the gazetteer, the context rules or the tagger, by
``priority``); :mod:`marsad.gazetteer.link` gathers them, chooses one per stretch of text and runs the passes
here over the chosen ones: wide-list names the tagger must confirm, names inside a longer head-noun name,
direction adjectives of cities, region nouns joined to their place, and cities that name an accord. The
candidates and passes of news outlets are in :mod:`marsad.gazetteer.outlets`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from marsad.document import Entity
from marsad.gazetteer.headwords import HeadWords, direction_end
from marsad.gazetteer.lexicon import Gazetteer, name_keys
from marsad.gazetteer.match import Match, TokenKey, match_at
from marsad.resources import Resources
from marsad.text.normalize import fold

GAZETTEER, RULE, TAGGER = 0, 1, 2  # a candidate's priority, by its source
QUOTES = frozenset('"«»“”„\'‘’')


@dataclass(frozen=True, slots=True)
class Cand:
    first: int
    last: int
    start: int
    end: int
    type: str
    id: str | None
    country: str | None
    role: str | None
    priority: int
    kind: str | None = None  # the gazetteer kind of a known name (country, capital, agency, person ...)

    def overlaps(self, other: Cand) -> bool:
        return self.start < other.end and other.start < self.end


WIDE_LISTS = frozenset({"divisions", "organizations_region"})  # long lists whose one-word names are often words too


def confirmed(cands: list[Cand], names: Sequence[Match], tagged: Sequence[Entity], keys: Sequence[TokenKey],
              gaz: Gazetteer) -> list[Cand]:
    """One-word names of the wide lists need a reading as a name there too: "وأن" is "and that" before it is the
    Turkish province Van, "أفاد" a verb before it is an agency. The tagger's reading (:func:`_tagger_reads`), an
    administrative noun before a place ("قضاء سنجار", "قرية (دوما)"), في before it ("في بعقوبة") or a place it is
    listed with ("تعز ولحج") confirms one."""
    wide = {(m.start, m.end) for m in names
            if m.entry.source in WIDE_LISTS and m.last - m.first == 1 and m.entry.context is None}
    if not wide:
        return cands
    sure = {(c.start, c.end) for c in cands if (c.start, c.end) not in wide
            or any(_tagger_reads(e, c) for e in tagged)
            or (c.type == "LOC" and c.first > 0 and _place_context(keys, c.first, gaz))}
    places = sorted((c for c in cands if c.type == "LOC"), key=lambda c: c.first)
    for _ in range(2):  # a list of places: each sure place confirms its neighbours joined by و
        for a, b in itertools.pairwise(places):
            if a.last == b.first and b.start > keys[b.first].start and keys[b.first].key[:1] == "و" \
                    and ((a.start, a.end) in sure or (b.start, b.end) in sure):
                sure.update({(a.start, a.end), (b.start, b.end)})
    return [_village(c, keys) if (c.start, c.end) in wide else c for c in cands if (c.start, c.end) in sure]


def _tagger_reads(e: Entity, c: Cand) -> bool:
    """A tagged entity over a wide-list name reads it, but a person's name only a place that opens it ("إيرينا
    بوكوفا" is no IRENA; "محافظ الأنبار صهيب الراوي" has الأنبار) or a person."""
    return e.start < c.end and c.start < e.end and (e.type != "PER" or c.type == "PER" or (
        c.type == "LOC" and c.start == e.start))


VILLAGES = frozenset({"قريه", "قريتي", "بلده", "بلدتي"})  # folded


def _village(c: Cand, keys: Sequence[TokenKey]) -> Cand:
    """A village named like a listed division is another place: no id or country ("قرية (دوما)" near نابلس is
    not the Syrian district)."""
    before = c.first - 1
    if before > 0 and keys[before].key in PLACE_OPEN:
        before -= 1
    return replace(c, id=None, country=None) if before >= 0 and keys[before].key in VILLAGES else c


PLACE_OPEN = frozenset({"(", "«", '"', "“"})  # an administrative noun and the place in brackets: "قرية (دوما)"


def _place_context(keys: Sequence[TokenKey], first: int, gaz: Gazetteer) -> bool:
    """Whether a word before a one-word place of a wide list confirms it: an administrative or region noun ("قضاء
    سنجار", "قرية (دوما)", "جرود عرسال") or the preposition في written apart ("في بعقوبة")."""
    before = first - 1
    if keys[before].key in PLACE_OPEN and before > 0:
        before -= 1
    return has_context(keys[before], gaz, "admin", "region") or (before == first - 1 and keys[before].key == "في")


def coordinated_people(tagged: Sequence[Entity], keys: Sequence[TokenKey], starts: Sequence[int], gaz: Gazetteer,
                       vocab: Mapping[str, int]) -> list[Entity]:
    """A tagger's person span that runs over و between two names of two words or more is two people:
    "ماريا جونز وبيتر سميث" (a word that reads as و + a word at least as common, not a given name: وليد, وائل).
    A span of two words, a name and و + a word, is two one-word names after a noun of several people with the
    article ("الحكمين لوناتي وسيبايوس", "البرازيليين دانييلو وكاسيميرو"; elsewhere و + a name is as often one surname:
    ووكر, وليامس), and a name and the verb it ran into where that word is a past verb with its object ("جابر
    وجاملوه")."""
    out: list[Entity] = []
    for e in tagged:
        first = bisect.bisect_left(starts, e.start)
        last = bisect.bisect_left(starts, e.end)
        if e.type == "PER" and last - first == 2 and keys[first].start == e.start and keys[first].kind == "arabic" \
                and _waw_word(keys[first + 1], gaz):
            second = keys[first + 1]
            if second.key.endswith(VERB_OBJECT):
                out.append(replace(e, end=keys[first].end))
                continue
            if first > 0 and any(w.startswith("ال") and w.endswith(SEVERAL) and w[2:] not in gaz.given_names
                                 for w, _ in keys[first - 1].variants):
                out.extend([replace(e, end=keys[first].end), replace(e, start=second.variants[1][1])])
                continue
        cut = next((j for j in range(first + 2, last - 1) if e.type == "PER" and _and_name(keys[j], gaz, vocab)),
                   None)
        if e.type == "PER" and 0 < first < len(keys) and keys[first - 1].key in TRIBE:
            continue  # "بني مالك": a tribe or its land, no person
        verb = next((j for j in range(first + 1, last - 1) if e.type == "PER" and _verb(keys[j], gaz, vocab)), None)
        if verb is not None and keys[first].start == e.start:  # "ديمبسي يحذر العبادي": two people and a verb
            out.extend([replace(e, end=keys[verb - 1].end), replace(e, start=keys[verb + 1].start)])
            continue
        if cut is None or keys[first].start != e.start:
            out.append(e)
            continue
        out.append(replace(e, end=keys[cut - 1].end))
        out.append(replace(e, start=keys[cut].variants[1][1]))
    return out


TRIBE = frozenset({"بني", "بنو"})  # folded (بنى folds to بني): "sons of", before a tribe's name
VERB_SWAP = 5  # an imperfect verb: the same word with the feminine prefix is this common (يحذر / تحذر)


def _verb(k: TokenKey, gaz: Gazetteer, vocab: Mapping[str, int]) -> bool:
    """Whether a word inside a person's span is a verb: a reporting verb, or an imperfect one (يحذر)."""
    w = k.key
    if k.kind != "arabic" or w in gaz.given_names:
        return False
    if gaz.context.get(w) == "verb":
        return True
    return len(w) >= 4 and w[0] == "ي" and vocab.get("ت" + w[1:], 0) >= VERB_SWAP  # not ت: تامر, تيسير


VERB_OBJECT = ("وه", "وها", "وهم")  # folded: a past verb of the plural with its object (جاملوه), no name
SEVERAL = "ين"  # a noun of two or more people in the oblique (الحكمين, اللاعبين, البرازيليين); not a given name (حسين)


def _waw_word(k: TokenKey, gaz: Gazetteer) -> bool:
    """Whether ``k`` is و + a word (no given name that starts with و: وليد, وائل)."""
    w = k.key
    return k.kind == "arabic" and w[:1] == "و" and len(w) > 3 and w not in gaz.given_names and len(k.variants) > 1 \
        and k.variants[1][0] == w[1:]


def _and_name(k: TokenKey, gaz: Gazetteer, vocab: Mapping[str, int]) -> bool:
    return _waw_word(k, gaz) and vocab.get(k.key, 0) <= vocab.get(k.key[1:], 0)


def month_names(res: Resources) -> frozenset[str]:
    """The folded month names of ``months.tsv`` (نيسان, أبريل, رمضان ...)."""
    names: frozenset[str] = res.cached("gazetteer.month_names",
                                       lambda: frozenset(fold(row["name"]) for row in res.table("months", 2)))
    return names


def not_months(tagger: list[Cand], keys: Sequence[TokenKey], months: frozenset[str]) -> list[Cand]:
    """The tagger's one-word names less the months written as dates: "12 أبريل (نيسان)", "نيسان 2015" (the car
    maker and the month share the name; a date says which)."""
    def month(c: Cand) -> bool:
        if c.last - c.first != 1 or keys[c.first].key not in months:
            return False
        j = c.first - 1
        while j >= 0 and keys[j].key in "()":
            j -= 1
        nxt = keys[c.last].key if c.last < len(keys) else ""
        return (j >= 0 and (keys[j].key.isdigit() or keys[j].key in months)) or nxt.isdigit()

    return [c for c in tagger if not month(c)]


def not_inside(cands: list[Cand], bodies: Sequence[Cand]) -> list[Cand]:
    """Candidates not strictly inside a name built on a head noun: the longest name wins ("المفوضية السامية
    للأمم المتحدة لشؤون اللاجئين" is one ORG, not "الأمم المتحدة" inside it)."""
    if not bodies:
        return cands
    return [c for c in cands if not any(b.start <= c.start and c.end <= b.end and (b.start, b.end) != (c.start, c.end)
                                        for b in bodies)]


def directions(chosen: list[Cand], keys: Sequence[TokenKey], heads: HeadWords, gaz: Gazetteer) -> list[Cand]:
    """A city followed by a direction adjective that is part of its name ("بيروت الغربية") takes it in; a
    country or a region ("ريف دمشق الغربي": the west of a region) does not."""
    out: list[Cand] = []
    for n, c in enumerate(chosen):
        nxt = chosen[n + 1].first if n + 1 < len(chosen) else len(keys)
        city = c.type == "LOC" and c.kind != "country" and not has_context(keys[c.first], gaz, "region")
        last = direction_end(keys, heads, c.last) if city else c.last
        out.append(replace(c, last=last, end=keys[last - 1].end, id=None) if last > c.last and last <= nxt else c)
    return out


def region_heads(chosen: list[Cand], keys: Sequence[TokenKey], gaz: Gazetteer) -> list[Cand]:
    """A place made of a region noun alone, right before another place, joins it: "ريف" + "دمشق" → one LOC
    "ريف دمشق" with the place's country (its id is the city's, so it is dropped); so does a region noun nothing
    read ("جرود" + "عرسال", "صعيد" + "مصر")."""
    out: list[Cand] = []
    skip, end = -1, 0
    for i, c in enumerate(chosen):
        if i == skip:
            continue
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if c.type == "LOC" and c.last - c.first == 1 and nxt is not None and nxt.type == "LOC" \
                and nxt.first == c.last and has_context(keys[c.first], gaz, "region"):
            c, skip = replace(nxt, first=c.first, start=c.start, id=None, kind=None), i + 1
        elif c.type == "LOC" and c.first > end and has_context(keys[c.first - 1], gaz, "region") \
                and keys[c.first].variants[-1][1] == keys[c.first].start:
            c = replace(c, first=c.first - 1, start=keys[c.first - 1].variants[-1][1], id=None, kind=None)
        out.append(c)
        end = c.last
    return out


def named_accords(chosen: list[Cand], keys: Sequence[TokenKey], gaz: Gazetteer) -> list[Cand]:
    """A city that names an accord ("اتفاقات مينسك", "معاهدة لوزان") stays a place but lends no country: the
    article is about the accord, not about Belarus or Switzerland (a country name keeps its country)."""
    return [replace(c, country=None) if c.type == "LOC" and c.country and names_accord(c.first, c.kind, keys, gaz)
            else c for c in chosen]


def names_accord(first: int, kind: str | None, keys: Sequence[TokenKey], gaz: Gazetteer) -> bool:
    """Whether a city or capital at token ``first`` comes right after an accord noun ("اتفاقات مينسك")."""
    return kind in ("capital", "city") and first > 0 and has_context(keys[first - 1], gaz, "accord")


def has_context(k: TokenKey, gaz: Gazetteer, *kinds: str) -> bool:
    """Whether the token, or the token without its proclitics, is a ``name_context.tsv`` word of one of ``kinds``."""
    return any(gaz.context.get(key) in kinds for key, _ in k.variants)


PREPOSITION_SHARE = 5  # ب/ك/ل + word: the word alone is this many times as common as the whole


def letter_of_name(text: str, keys: Sequence[TokenKey], i: int, start: int, gaz: Gazetteer,
                    vocab: Mapping[str, int], heads: HeadWords) -> bool:
    """Whether the one letter before ``start`` in token ``i``, that the tagger read as a proclitic, begins the name:
    a preposition ب ك ل on a head noun (بحر جاوا) or on a word that alone is not much more common than with it
    (بروس, كبيش; بلندن is ب + لندن, بمديرية ب + a head noun), a conjunction ف right after a title ("د. فراس"), or
    س, which opens no name as a proclitic ("سعيد" is no س + عيد)."""
    whole = keys[i].key
    letter = fold(text[keys[i].start : start])
    if len(letter) != 1 or not whole.startswith(letter) or whole[1:3] == "ال":
        return False
    if whole in gaz.given_names:
        return True  # "وليد", "بسام": a given name's first letter is no proclitic
    if letter in "بكل":
        if whole in heads.heads:
            return True
        rest = whole[1:]
        if rest in heads.heads or rest in gaz.context or rest in gaz.title_words:
            return False
        return vocab.get(rest, 0) < PREPOSITION_SHARE * max(vocab.get(whole, 0), 1)
    return letter == "س" or (letter == "ف" and after_title(keys, i, gaz))  # the future's س never opens a name


def after_title(keys: Sequence[TokenKey], i: int, gaz: Gazetteer) -> bool:
    """Whether token ``i`` comes right after a title or honorific ("د. فراس", "الدكتور فراس")."""
    ends = {i, i - 1} if i > 0 and keys[i - 1].key == "." else {i}  # "د. فراس": the title's dot is its own token
    for n in range(max(i - 4, 0), i):  # a title of up to four words ending right before
        m = match_at(gaz.titles, keys, n, strip=False)
        if m is not None and m.last in ends:
            return True
    return False


def name_first(keys: Sequence[TokenKey], first: int, last: int, gaz: Gazetteer, heads: HeadWords, typ: str) -> int:
    """The first token of a name in a tagger span of type ``typ``: a person's after titles and nisbas
    (:func:`person_first`), a place's after an administrative noun ("مقاطعة جيلين" -> جيلين, "بلدة كفرنبل" ->
    كفرنبل; a body of a region is read by its head noun, not here)."""
    if typ == "PER":
        return person_first(keys, first, last, gaz, heads)
    return first + 1 if typ == "LOC" and last - first >= 2 and has_context(keys[first], gaz, "admin") else first


def person_first(keys: Sequence[TokenKey], first: int, last: int, gaz: Gazetteer, heads: HeadWords) -> int:
    """The first token of a person's name in a tagger span: after titles ("الرئيس فلاديمير بوتين"), descriptions
    with the article ("المزارعة ويندي بولمر"), nisbas (after و too) and head nouns ("السويسري جروس", "النادي
    عبدالمحسن"), and the words that follow a title, a rank's qualifier among them ("ركن أحمد عسيري" after
    "العميد"); a span that starts inside a title of several words starts after it ("بحري عواد" after "اللواء":
    "اللواء بحري")."""
    inside = match_at(gaz.titles, keys, first - 1) if first > 0 else None
    if inside is not None and first < inside.last < last:
        first = inside.last
    while first < last - 1:
        m = match_at(gaz.titles, keys, first)
        if m is not None and m.last < last and (m.entry.kind != "desc" or keys[first].key.startswith("ال")):
            first = m.last
        elif gaz.context.get(keys[first].key) == "post":
            first += 1
        elif keys[first].key.startswith("ال") and (gaz.nisba.get((keys[first].key,)) is not None
                                                  or keys[first].key[2:] in heads.heads
                                                  or unlisted_nisba(keys, first, gaz)):
            first += 1
        elif keys[first].key.startswith("وال") and gaz.nisba.get((keys[first].key[1:],)) is not None:
            first += 1  # "السومة والكولومبي خاييرو بالمينو": a second player's nisba after و
        else:
            break
    return first


def unlisted_nisba(keys: Sequence[TokenKey], first: int, gaz: Gazetteer) -> bool:
    """A word shaped like a nisba (ال + ...ي) right before a listed given name: an adjective of origin the lists
    lack, never the start of a name ("الشيشاني أحمد قاديروف" -> أحمد قاديروف)."""
    w = keys[first].key
    return w.endswith("ي") and len(w) > 4 and keys[first + 1].key in gaz.given_names


TIME_STOPS = frozenset({"اليوم", "امس", "غدا"})  # folded: stop words that may end an outlet's name (روسيا اليوم)


def stop_inside(keys: Sequence[TokenKey], first: int, last: int, heads: HeadWords, end: int) -> tuple[int, int]:
    """Where a span (tokens ``first``-``last``, ending at offset ``end``) ends at the first stop word after its first
    word ("إيساف التابعة للحلف الأطلسي" -> إيساف, "الميناء الواقع على ..."): its last token and end offset."""
    cut = next((t for t in range(first + 1, last) if keys[t].key in heads.stop and keys[t].key not in TIME_STOPS),
               None)
    return (last, end) if cut is None else (cut, keys[cut - 1].end)


def lone_head(keys: Sequence[TokenKey], first: int, last: int, heads: HeadWords) -> bool:
    """Whether a span is one organization head noun alone ("المنظمة", "الوزارة"): a generic noun, no name."""
    return last - first == 1 and any(heads.heads.get(key.removeprefix("ال"), ("",))[0] == "ORG"
                                     for key, _ in keys[first].variants)


def place_after_preposition(k: TokenKey, gaz: Gazetteer) -> bool:
    """Whether the token is a known place behind a preposition ب or ل ("بالهند", "لسوريا")."""
    return k.clitic and k.key[:1] in "بل" and any(
        start > k.start and (known := gaz.names.get((key,))) is not None and known.type == "LOC"
        for key, start in k.variants[1:])


def names_nothing(c: Cand, text: str, gaz: Gazetteer) -> bool:
    """A word or phrase that names nothing on its own, found alone as a place, body or MISC: a common word
    (قصر, التمور), a generic phrase (كلية الطب), a name cut short (جمعية الأشخاص), a month read as a place
    or a name (نيسان). An id from the world cities protects none: "المدينة" is the city, though GeoNames names Medina
    so; the gazetteers' ids do, and a body of the name of an outlet named by a common word is that outlet
    («المدينة» the newspaper)."""
    if c.type == "PER" or (c.id is not None and not c.id.startswith("geonames:")):
        return False
    words = name_keys(text[c.start : c.end])  # a month read as a body is left to the date check (نيسان the maker)
    if c.type == "ORG" and words in gaz.outlet_words:
        return False
    return words in gaz.not_alone or (words in gaz.months and c.type != "ORG")


DUAL_MIN = 5  # the oblique form a dual noun shows in the vocabulary at least this often (مهاجمين)


def common_dual(c: Cand, keys: Sequence[TokenKey], vocab: Mapping[str, int]) -> bool:
    """A person read on a dual common noun (مهاجمان, المحتالان): its oblique form in ين and its singular are
    seen, the oblique at least as often as the form in ان (names in ان — سلمان, شعبان, عليان — have no such form)."""
    if c.type != "PER" or c.id is not None:
        return False
    k = keys[c.first]
    w = k.key[2:] if k.key.startswith("ال") else k.key
    if k.kind != "arabic" or len(w) < 5 or not w.endswith("ان"):
        return False
    stem = w[:-2]
    oblique = vocab.get(stem + "ين", 0) + vocab.get("ال" + stem + "ين", 0)
    seen = vocab.get(w, 0) + vocab.get("ال" + w, 0)
    return oblique >= DUAL_MIN and oblique >= seen and vocab.get(stem, 0) >= DUAL_MIN


CLUB_HEADS = frozenset({"نادي", "النادي"})  # folded: a club's head noun, no name without what follows it


def club_nisbas(chosen: list[Cand], keys: Sequence[TokenKey], nisba: Sequence[Match]) -> list[Cand]:
    """A club's name leaves out the nationality adjective news writes after it, which gives its country
    ("مانشستر يونايتد الإنجليزي" → مانشستر يونايتد, GBR), as for any name; the name itself stays whole
    ("النادي الصفاقسي")."""
    ending = {m.first: m for m in nisba if m.last - m.first == 1}
    out: list[Cand] = []
    for c in chosen:
        m = ending.get(c.last - 1) if c.type == "ORG" and c.kind == "club" and c.last - c.first >= 2 else None
        if m is not None and m.start == keys[m.first].start and c.country in (None, m.entry.country) \
                and not (c.last - c.first == 2 and keys[c.first].key in CLUB_HEADS):
            c = replace(c, last=c.last - 1, end=keys[c.last - 2].end, country=c.country or m.entry.country)
        out.append(c)
    return out


ACRONYM_OPEN = frozenset('(«"“')
ACRONYM_CLOSE = frozenset(')»"”')
ACRONYM_MAX = 8


def _acronym(k: TokenKey) -> bool:
    w = k.key
    return k.kind == "latin" and 2 <= len(w) <= ACRONYM_MAX and w.isalpha() and w.isupper()


def acronyms(chosen: list[Cand], keys: Sequence[TokenKey]) -> list[Cand]:
    """A Latin acronym in brackets or quotes right after an organization's name is that organization too
    ("منظمة الصحة العالمية (WHO)", "المراكز الأمريكية لمكافحة الأمراض “CDC”"): an ORG with its id and country."""
    covered = {t: c for c in chosen for t in range(c.first, c.last)}
    found: dict[int, Cand] = {}
    for c in chosen:
        j = c.last
        if c.type != "ORG" or j + 2 >= len(keys):
            continue
        if keys[j].key in ACRONYM_OPEN and _acronym(keys[j + 1]) and keys[j + 2].key in ACRONYM_CLOSE:
            k, other = keys[j + 1], covered.get(j + 1)
            if other is None or (other.type == "ORG" and other.id is None and other.last - other.first == 1):
                found[j + 1] = Cand(j + 1, j + 2, k.start, k.end, "ORG", c.id, c.country, None, RULE, c.kind)
    if not found:
        return chosen
    kept = [c for c in chosen if not (c.last - c.first == 1 and c.first in found)]
    return sorted([*kept, *found.values()], key=lambda c: c.start)
