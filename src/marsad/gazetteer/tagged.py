"""The tagger's spans as candidates of the entities stage: trimmed and linked to the gazetteer.

:func:`from_tagger` turns one span of the statistical tagger into a candidate: the function words, reporting verbs,
titles and leading proclitics at its edges go ("واعتبر فيدور لوكيانوف"), a place after ب ends it ("جامعة بونا
بالهند"), a head noun alone, a nisba alone or a verb with the future particle names nothing, and a text the
gazetteer knows takes the gazetteer's type, id and country (a city the tagger reads as an organization is its club
or institution: "برشلونة"); an unknown place is looked up in the world cities (GeoNames). :func:`yield_to_tagger`
drops the gazetteer's reading where the tagger's is the better one ("جامعة موسكو", "حمدان بن محمد بن راشد").
:mod:`marsad.gazetteer.link` merges these candidates with the others.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import replace

from marsad.document import Entity, Token
from marsad.gazetteer.headwords import HeadWords, device_head
from marsad.gazetteer.lexicon import Entry, Gazetteer
from marsad.gazetteer.match import TokenKey
from marsad.gazetteer.named import named_after_person
from marsad.gazetteer.rules import CONNECTORS_INNER, CONNECTORS_OPEN, given_ali
from marsad.gazetteer.spans import (
    TAGGER,
    Cand,
    after_title,
    has_context,
    letter_of_name,
    lone_head,
    name_first,
    place_after_preposition,
    stop_inside,
)
from marsad.text.normalize import fold

_DROP_PROCLITICS = frozenset("وفبلكس")


def nisba_after_definite(keys: Sequence[TokenKey], i: int, gaz: Gazetteer) -> bool:
    """Whether token ``i`` is a nisba adjective right after a definite noun (a country's name as a nisba)."""
    if i == 0 or gaz.nisba.get((keys[i].key,)) is None:
        return False
    prev = keys[i - 1]
    return prev.kind == "arabic" and any(
        key.startswith("ال") and key not in gaz.context and gaz.names.get((key,)) is None for key, _ in prev.variants
    )


def _token_range(starts: Sequence[int], start: int, end: int) -> tuple[int, int]:
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = max(bisect.bisect_left(starts, end), first + 1)
    return first, last


def from_tagger(e: Entity, text: str, tokens: Sequence[Token], keys: Sequence[TokenKey], gaz: Gazetteer,
                 starts: Sequence[int], vocab: Mapping[str, int], heads: HeadWords) -> Cand | None:
    if not 0 <= e.start < e.end <= len(text):
        return None
    first, last = _token_range(starts, e.start, e.end)
    if tokens[first].start < e.start < keys[first].end \
            and letter_of_name(text, keys, first, e.start, gaz, vocab, heads):
        e = replace(e, start=tokens[first].start)  # "بروس ويليس" is not ب + "روس ويليس"
    start = e.start
    end = e.end
    # function words and reporting verbs at the edges are not part of a name: "واعتبر فيدور لوكيانوف"
    while first < last - 1 and _context_word(keys[first], gaz) and not given_ali(text, keys[first]):
        first += 1
        start = keys[first].start
    last, end = stop_inside(keys, first, last, heads, end)  # "إيساف التابعة للحلف": a name ends before التابعة
    while last - 1 > first and _context_word(keys[last - 1], gaz) and not _after_link(keys, last - 1):
        last -= 1
        end = keys[last - 1].end
    if last - 1 > first and place_after_preposition(keys[last - 1], gaz):
        last -= 1  # "جامعة بونا بالهند": the place after ب is no part of the name
        end = keys[last - 1].end
        head = heads.heads.get(keys[first].key.removeprefix("ال"))
        if head is not None and head[0] != e.type:
            e = replace(e, type=head[0])
    if (start, end) != (e.start, e.end):
        e = replace(e, start=start, end=end)
    if _names_nothing(keys, first, last, gaz, heads):
        return None
    if e.type == "PER" and has_context(keys[first], gaz, "facility"):
        return None  # "دوري عبد اللطيف جميل", "جامعة الملك سعود": named after a person, not the person
    if e.type == "PER" and first > 0 and start == keys[first].start and has_context(keys[first - 1], gaz, "facility"):
        return named_after_person(text, tokens[first - 1], keys, first, last, heads)  # "مسجد عمرو بن العاص"
    if name_first(keys, first, last, gaz, heads, e.type) > first:  # after titles, nisbas, administrative nouns
        first = name_first(keys, first, last, gaz, heads, e.type)
        start = keys[first].start
    if last - first == 1 and start == keys[first].start and nisba_after_definite(keys, first, gaz):
        return None  # "للكرة السعودية": an adjective, whoever read a country there
    rest = tuple(k.key for k in keys[first + 1 : last])
    for key, variant_start in keys[first].variants:  # a known name (after proclitics): the gazetteer's
        known = gaz.names.get((key, *rest)) if start <= variant_start < e.end else None
        if known is not None and known.type == "NONE" and e.type == "PER":
            return None  # "حسن الجوار": a phrase that names no one
        if known is not None and known.type != "NONE":
            return _linked(first, last, variant_start, e, known)
    if start == tokens[first].start and _proclitic_first(keys, first, gaz, vocab):
        start = _after_proclitics(text, tokens[first])  # فيدور is not ف + يدور
    if start >= e.end:
        return None
    if last - first == 1 and _future_verb(keys[first].key, vocab):
        return None  # "ستجريان": a verb with the future particle, not a name
    name = (fold(text[start : keys[first].end]), *(k.key for k in keys[first + 1 : last]))
    known = gaz.names.get(name)
    if known is not None and known.type != "NONE":
        return _linked(first, last, start, e, known)
    if last - first == 1 and gaz.nisba.get(name) is not None:
        return None  # a nisba adjective alone ("التونسية") is no name: it gives a country
    place = gaz.world.get(name) if e.type == "LOC" else None
    if place is not None:  # a city of the world list: its GeoNames id and country
        return Cand(first, last, start, e.end, "LOC", place.id, place.country, None, TAGGER, place.kind)
    return Cand(first, last, start, e.end, e.type, e.id, e.country, e.role, TAGGER)


def _names_nothing(keys: Sequence[TokenKey], first: int, last: int, gaz: Gazetteer, heads: HeadWords) -> bool:
    """Whether tokens ``[first, last)`` name nothing: a disease ("فيروس كورونا"), a product line and its model
    ("جالاكسي نوت"), a head noun alone ("المنظمة"), a device or the name after its noun ("جهاز الكمبيوتر",
    "جهاز (نيست)")."""
    lines = gaz.product_lines if last - first > 1 else frozenset()
    return any(key in gaz.not_entities or key in lines for key, _ in keys[first].variants) \
        or lone_head(keys, first, last, heads) or device_head(keys, first, heads) \
        or (first > 0 and device_head(keys, first - 1, heads))


def _proclitic_first(keys: Sequence[TokenKey], first: int, gaz: Gazetteer, vocab: Mapping[str, int]) -> bool:
    """Whether the first word of a tagged name may carry proclitics to strip: not a given name ("سعيد" is no
    س + عيد), nor a rare word in ف ("فيدور") or one right after a title ("د. فراس")."""
    k = keys[first]
    if k.key in gaz.given_names:
        return False
    return k.key[:1] != "ف" or (vocab.get(k.key, 0) >= 3 and not after_title(keys, first, gaz))


def _future_verb(key: str, vocab: Mapping[str, int]) -> bool:
    """A folded word that reads as س + an imperfect verb: the remainder is the better-attested word
    (ستكون: تكون), or neither is attested and it ends in a verb's dual/plural ending (ستجريان)."""
    if len(key) < 4 or key[0] != "س" or key[1] not in "تيان":
        return False
    whole, rest = vocab.get(key, 0), vocab.get(key[1:], 0)
    if rest >= 3 and rest >= 3 * whole:
        return True
    return whole == 0 and rest == 0 and len(key) >= 5 and key.endswith(("ان", "ون", "ين"))


def _after_link(keys: Sequence[TokenKey], i: int) -> bool:
    """Whether word i follows a word that links a name to its next word: "أبو طالب" (طالب is no verb there)."""
    return keys[i - 1].key in CONNECTORS_INNER or keys[i - 1].key in CONNECTORS_OPEN


def _context_word(k: TokenKey, gaz: Gazetteer) -> bool:
    return k.kind == "punct" or has_context(k, gaz, "verb", "stop")


def _linked(first: int, last: int, start: int, e: Entity, known: Entry) -> Cand:
    """A tagger span on a known name: the gazetteer's type and id, except that a city the tagger
    reads as an organization is its club or institution ("برشلونة"), with the city's country."""
    if e.type == "ORG" and known.type == "LOC" and known.kind in ("city", "capital"):
        return Cand(first, last, start, e.end, "ORG", None, known.country, None, TAGGER)
    return Cand(first, last, start, e.end, known.type, known.id, known.country, None, TAGGER, known.kind)


def _after_proclitics(text: str, tok: Token) -> int:
    """Where an unknown name in ``tok`` starts: after the conjunctions و ف the tokenizer split off, and
    after a preposition ب ل ك only before the article (بال, لل): a name may itself start with one of
    those letters (بلو أوريجن). The article stays, except the contracted one of لل (both letters go)."""
    start = tok.start
    segs = tok.segments  # computed once here: only for tagger spans
    for n, seg in enumerate(segs):
        letter = fold(text[seg.start : seg.end])
        if seg.kind != "proclitic" or letter not in _DROP_PROCLITICS:
            break
        nxt = segs[n + 1] if n + 1 < len(segs) else None
        if letter in "وف":
            start = seg.end
            continue
        if nxt is not None and nxt.kind == "proclitic":
            # بال: the next proclitic is the article, kept; لل: the contracted article goes too
            start = nxt.end if fold(text[nxt.start : nxt.end]) == "ل" else seg.end
        break
    return start


def yield_to_tagger(cands: list[Cand], tagger: list[Cand], keys: Sequence[TokenKey]) -> list[Cand]:
    """Where the tagger's reading of a known name is the better one, drop the gazetteer's:

    - a tagger ORG that holds one known place and more ("جامعة موسكو", "مانشستر يونايتد"), or a
      tagger LOC that adds words before it ("جنوب لبنان"), keeps its whole span and takes the
      place's country (a LOC that adds words after a place is not trusted: "الولايات المتحدة ستجريان");
    - a tagger ORG on exactly a known city is the city's club or institution ("برشلونة");
    - a tagger PER that holds a known person after بن is someone else ("حمدان بن محمد بن راشد").
    """
    drop: set[int] = set()
    for n, t in enumerate(tagger):
        inside = [i for i, c in enumerate(cands) if c.overlaps(t)]
        if len(inside) != 1:
            continue
        c = cands[inside[0]]
        within = t.start <= c.start and c.end <= t.end
        if c.type == "LOC" and within and ((t.type == "ORG" and (t.start, t.end) != (c.start, c.end))
                                           or (t.type == "LOC" and t.start < c.start)):
            tagger[n] = replace(t, country=t.country or c.country)
        elif t.type == "ORG" and c.type == "LOC" and (t.start, t.end) == (c.start, c.end):
            pass  # a city read as its club by the tagger (see _linked)
        elif t.type == "PER" and c.type == "PER" and within and c.first > t.first \
                and keys[c.first - 1].key in ("بن", "بنت", "ابن"):
            pass
        else:
            continue
        drop.add(inside[0])
    return [c for i, c in enumerate(cands) if i not in drop]
