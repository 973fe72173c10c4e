"""Places named by the noun of a town or district before them: "بلدة دارة عزة", "ناحية كنعان", "مدينة تدمر".

A village, town, district or neighbourhood noun without the article ("قرية", "بلدة", "ناحية", "مدينة", "حي")
is in construct with its name: the rare words right after it (one to three) are a place the tagger missed. A
word seen mostly with the article when written without it is an adjective ("بلدة صغيرة"), one seen mostly
without it when written with it a common noun ("مدينة الحجاج"); an imperfect verb opens a relative clause
("قرية تسيطر عليها"); after كل or أي the noun is any town, and after من "ناحية" is "as regards". A listed
place keeps its id and country after a city's noun; a village's name says nothing of where it is. The nouns, and
the words that make one any town, are data (``town_nouns.tsv``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from marsad.errors import ResourceError
from marsad.gazetteer.lexicon import Gazetteer
from marsad.gazetteer.match import TokenKey
from marsad.gazetteer.rules import NameRules
from marsad.gazetteer.spans import RULE, Cand
from marsad.resources import Resources
from marsad.text.normalize import fold

KINDS = ("village", "town", "any")
MAX_PLACE_WORDS = 3
MAX_PLACE_COUNT = 300  # a word this frequent in the vocabulary is a common word before it is a village
CITY = "مدينه"  # folded: the city's noun (a club named after a city is in that city's country)
VERB_SWAP = 5  # an imperfect verb: the same word with the other prefix is this common (يتوفر / تتوفر)


@dataclass(frozen=True, slots=True)
class TownNouns:
    """The folded words of ``town_nouns.tsv``: every town noun, the village nouns among them, and the words
    before a noun that make it any town."""

    nouns: frozenset[str]
    villages: frozenset[str]
    any_town: frozenset[str]


def load_town_nouns(res: Resources) -> TownNouns:
    """The town nouns of ``res`` (read once, then cached)."""

    def build() -> TownNouns:
        sets: dict[str, set[str]] = {kind: set() for kind in KINDS}
        for row in res.table("town_nouns", 2):
            if row["kind"] not in sets:
                raise ResourceError(f"lexicon town_nouns: unknown kind {row['kind']!r} for {row['word']!r}")
            sets[row["kind"]].add(fold(row["word"]))
        villages = frozenset(sets["village"])
        return TownNouns(villages | sets["town"], villages, frozenset(sets["any"]))

    towns: TownNouns = res.cached("gazetteer.town_nouns", build)
    return towns


def _town_noun(keys: Sequence[TokenKey], i: int, towns: TownNouns) -> str | None:
    """The folded town noun of token ``i`` (proclitics stripped), or None; never the noun of another word
    (وحي "revelation")."""
    k = keys[i]
    if k.kind != "arabic" or k.key == "وحي" or (i > 0 and keys[i - 1].key in towns.any_town):
        return None
    noun = next((key for key, _ in k.variants if key in towns.nouns), None)
    return None if noun == "ناحيه" and i > 0 and keys[i - 1].key == "من" else noun


def _common(w: str, v: Mapping[str, int], c: int, first: bool) -> bool:
    """An adjective, a common noun or an imperfect verb by the vocabulary's counts (see module doc)."""
    get = v.get
    if w.startswith("ال"):
        return len(w) <= 3 or get(w[2:], 0) > c
    if get("ال" + w, 0) > c + 3 or (w.endswith("ه") and get(w[:-1], 0) >= max(c, 3)):
        return True
    return first and w[0] in "يت" and len(w) >= 4 and get(("ت" if w[0] == "ي" else "ي") + w[1:], 0) >= VERB_SWAP


def _place_word(rules: NameRules, i: int, first: bool) -> bool:
    """Token ``i`` reads as a word of a town's name: a rare Arabic word that is no function, title or nisba
    word and not a common word (:func:`_common`)."""
    k = rules.keys[i]
    w = k.key
    if k.kind != "arabic" or len(w) < 2 or i in rules.blocked or rules.ctx[i] is not None or k.clitic:
        return False
    if any(key in rules.gaz.title_words for key, _ in k.variants) or rules.gaz.nisba.get((w,)) is not None:
        return False
    c = rules.vocab.get(w, 0)
    if c > MAX_PLACE_COUNT or w.endswith(("يه", "يون", "يين", "ات")) or (first and w.endswith("ا")):
        return False
    return not _common(w, rules.vocab, c, first)


def _place_end(rules: NameRules, i: int) -> int:
    """The end (exclusive) of the place's name starting at token ``i`` (``i`` when none)."""
    j = i
    while j < len(rules.keys) and j - i < MAX_PLACE_WORDS and _place_word(rules, j, j == i):
        j += 1
    return j


def _town(rules: NameRules, gaz: Gazetteer, village: bool, first: int, last: int) -> Cand:
    keys = rules.keys
    known = gaz.names.get(k.key for k in keys[first:last])
    listed = known is not None and known.type == "LOC" and not village
    return Cand(first, last, keys[first].start, keys[last - 1].end, "LOC", known.id if listed and known else None,
                known.country if listed and known else None, None, RULE)


def _club_city(c: Cand, keys: Sequence[TokenKey], towns: TownNouns) -> Cand:
    """A club named after a place right after a town noun is the place ("إلى مدينة ميلان" in sport news: the
    club's name was read there; "حي النصر"), not after a village's noun; after the city's noun it is the club's
    city, in its country, after a district's noun a namesake district anywhere."""
    if c.type != "ORG" or c.kind != "club" or c.first == 0 or c.start != keys[c.first].start:
        return c
    noun = _town_noun(keys, c.first - 1, towns)
    if noun is None or noun in towns.villages:
        return c
    city = noun == CITY
    return replace(c, type="LOC", id=None, country=c.country if city else None, kind="city" if city else None)


def town_places(chosen: list[Cand], rules: NameRules, towns: TownNouns) -> list[Cand]:
    """``chosen`` with the places named after a town noun that no chosen span touches (see module doc)."""
    keys = rules.keys
    chosen = [_club_city(c, keys, towns) for c in chosen]
    taken = {t for c in chosen for t in range(c.first, c.last)}
    found: list[Cand] = []
    for i in range(len(keys) - 1):
        noun = _town_noun(keys, i, towns) if i not in taken and i + 1 not in taken and not keys[i + 1].clitic else None
        end = _place_end(rules, i + 1) if noun is not None else i + 1
        if noun is not None and end > i + 1 and not any(t in taken for t in range(i + 1, end)):
            found.append(_town(rules, rules.gaz, noun in towns.villages, i + 1, end))
            taken.update(range(i + 1, end))
    return sorted([*chosen, *found], key=lambda c: c.first) if found else chosen
