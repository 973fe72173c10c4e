"""Entities from gazetteer matches, context rules and the statistical tagger, merged and linked.

The cascade, in order:

1. gazetteer names (people, outlets, organizations, countries, places), longest match per token;
2. tagger spans, trimmed of leading proclitics and titles, and linked to the gazetteer when their
   text is a known name (the gazetteer's type, id and country win); a place the gazetteer does not know
   is looked up in the world cities (``world_places.tsv``, GeoNames: id ``geonames:…`` and country);
3. people from context (:mod:`.rules`): titles, appositions, reporting verbs; they also give
   known people their role and country;
4. one entity per stretch of text: gazetteer before rules before tagger, longer before shorter;
   except where the tagger's reading is the better one (:func:`_yield_to_tagger`: "جامعة موسكو",
   "برشلونة" the club, "حمدان بن محمد بن راشد");
5. countries from nisba adjectives next to an entity ("وكالة تاس الروسية"), roles from the
   offices lexicon for the article's date, and in-document coreference of surnames
   ("بوتين" after "فلاديمير بوتين" gets the same id and country).

The candidate spans (:class:`~marsad.gazetteer.spans.Cand`) and the passes that adjust the chosen ones are in
:mod:`marsad.gazetteer.spans`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace

from marsad.document import Entity, Token
from marsad.gazetteer.alone import alone_bodies, quoted_ministries
from marsad.gazetteer.coref import coreference
from marsad.gazetteer.heads import find_bodies
from marsad.gazetteer.headwords import HeadWords, load_heads
from marsad.gazetteer.lexicon import Entry, Gazetteer, load_gazetteer
from marsad.gazetteer.match import Match, TokenKey, find_all, match_at, sport_news, token_keys
from marsad.gazetteer.named import (
    branch_offices,
    facility_places,
    named_after_person,
    place_nisbas,
    quoted_bodies,
    short_groups,
)
from marsad.gazetteer.outlets import (
    bare_outlets,
    media_names,
    news_outlets,
    online_outlets,
    outlet_names,
    outlet_words,
    quoted_outlets,
)
from marsad.gazetteer.places import load_town_nouns, town_places
from marsad.gazetteer.rules import (
    NameRules,
    find_ministries,
    find_people,
    given_ali,
)
from marsad.gazetteer.spans import (
    GAZETTEER,
    QUOTES,
    RULE,
    TAGGER,
    WIDE_LISTS,
    Cand,
    acronyms,
    after_title,
    club_nisbas,
    common_dual,
    confirmed,
    coordinated_people,
    directions,
    has_context,
    letter_of_name,
    lone_head,
    month_names,
    name_first,
    named_accords,
    names_accord,
    names_nothing,
    not_inside,
    not_months,
    place_after_preposition,
    region_heads,
    stop_inside,
)
from marsad.gazetteer.units import military_regions
from marsad.gazetteer.whole import family_places, given_families, surname_particles, whole_names
from marsad.resources import Resources
from marsad.text.normalize import fold

_DROP_PROCLITICS = frozenset("وفبلكس")


def link_entities(
    text: str,
    tokens: Sequence[Token],
    res: Resources,
    tagged: Sequence[Entity] = (),
    published: dt.date | None = None,
) -> list[Entity]:
    """The entities of ``text`` (see module doc), sorted by offset, never overlapping."""
    if not tokens:
        return []
    gaz = load_gazetteer(res)
    keys, names, nisba, nones = _doc_matches(text, tokens, res)
    cands = [_from_gazetteer(m, keys, gaz) for m in names
             if not _adjective(m, keys, gaz) and not _named_after(m, keys, gaz)]
    starts = [k.start for k in keys]
    heads = load_heads(res)
    tagger = [c for c in (_from_tagger(e, text, tokens, keys, gaz, starts, res.vocab, heads)
                          for e in coordinated_people(tagged, keys, starts, gaz, res.vocab)) if c is not None]
    tagger = [c for c in tagger if not any(m.start < c.end and c.start < m.end for m in nones)]  # "الظروف القاهرة"
    cands = confirmed(cands, names, tagged, keys, gaz)
    tagger = not_months(tagger, keys, month_names(res))
    cands = _yield_to_tagger(cands, tagger, keys)

    covered = {t for c in (*cands, *tagger) for t in range(c.first, c.last)}
    person_starts = {c.first: c.last for c in (*cands, *tagger) if c.type == "PER"}
    rules = NameRules(text, gaz, res.vocab, keys)
    extendable = frozenset(c.first for c in tagger if c.type == "PER")
    people = find_people(rules, {m.first: m for m in names}, person_starts, covered, extendable)

    by_first = {(c.first, c.last, c.type): i for i, c in enumerate(cands)}
    tag_first = {(c.first, c.last, c.type): i for i, c in enumerate(tagger)}
    for p in people:
        if (p.first, p.last, "PER") in by_first:
            i = by_first[(p.first, p.last, "PER")]  # the title before the name beats one written in it
            cands[i] = replace(cands[i], role=p.role or cands[i].role, country=cands[i].country or p.country)
        elif (p.first, p.last, "PER") in tag_first:
            i = tag_first[(p.first, p.last, "PER")]
            tagger[i] = _enrich(tagger[i], p.role, p.country)
        else:
            cands.append(Cand(p.first, p.last, p.start, p.end, "PER", None, p.country, p.role, RULE))

    for m in find_ministries(rules, covered):
        cands.append(Cand(m.first, m.last, m.start, m.end, "ORG", None, m.country, None, RULE, "gov"))
    cands.extend([*news_outlets(keys, gaz), *quoted_outlets(keys, heads), *bare_outlets(keys, gaz, heads),
                  *quoted_bodies(keys, heads), *quoted_ministries(keys, heads)])
    bodies = [Cand(b.first, b.last, b.start, b.end, b.type, b.id, b.country, None, RULE, b.kind)
              for b in find_bodies(text, keys, gaz, heads, res.vocab, {m.first: m for m in names})] \
        + branch_offices(keys, heads, names) + military_regions(keys, heads)
    cands, tagger = not_inside(cands, bodies), not_inside(tagger, bodies)
    chosen = region_heads(_select([*cands, *bodies, *tagger]), keys, gaz)
    chosen = online_outlets(media_names(directions(chosen, keys, heads, gaz), keys, heads, outlet_names(res)), keys)
    chosen = family_places(surname_particles(whole_names(chosen, keys, rules), keys, text), keys, rules)
    chosen = town_places(given_families(chosen, keys, rules), rules, load_town_nouns(res))
    chosen = place_nisbas(club_nisbas(_nisba_countries(chosen, keys, nisba), keys, nisba), keys, nisba, names)
    chosen = _office_roles(coreference(chosen, keys, rules), gaz, published)
    chosen = facility_places(alone_bodies(short_groups(named_accords(chosen, keys, gaz), keys, heads), keys, heads),
                             keys, heads)
    chosen = [c for c in chosen if not names_nothing(c, text, gaz) and not common_dual(c, keys, res.vocab)]
    chosen = acronyms(outlet_words(chosen, text, gaz), keys)
    return [Entity(c.start, c.end, c.type, c.id, c.country, c.role, c.kind) for c in chosen]


def _from_gazetteer(m: Match, keys: Sequence[TokenKey], gaz: Gazetteer) -> Cand:
    """A gazetteer match; a person's name written with its title ("الملك سلمان") keeps the name only."""
    e = m.entry
    if e.type == "PER":
        t = match_at(gaz.titles, keys, m.first)
        if t is not None and t.last < m.last and t.entry.kind == "title":
            return Cand(t.last, m.last, keys[t.last].start, m.end, "PER", e.id, e.country, t.entry.role, GAZETTEER,
                        e.kind)
    return Cand(m.first, m.last, m.start, m.end, e.type, e.id, e.country, None, GAZETTEER, e.kind)


def _adjective(m: Match, keys: Sequence[TokenKey], gaz: Gazetteer) -> bool:
    """A country name that is also a nisba, after a definite noun: "الحكومة السعودية" is not a place."""
    if m.entry.type != "LOC" or m.last - m.first != 1 or m.first == 0 or m.start != keys[m.first].start:
        return False
    return _nisba_after_definite(keys, m.first, gaz)


def _nisba_after_definite(keys: Sequence[TokenKey], i: int, gaz: Gazetteer) -> bool:
    """Whether token ``i`` is a nisba adjective right after a definite noun (a country's name as a nisba)."""
    if i == 0 or gaz.nisba.get((keys[i].key,)) is None:
        return False
    prev = keys[i - 1]
    return prev.kind == "arabic" and any(
        key.startswith("ال") and key not in gaz.context and gaz.names.get((key,)) is None for key, _ in prev.variants
    )


def _named_after(m: Match, keys: Sequence[TokenKey], gaz: Gazetteer) -> bool:
    """A person's name in the name of a place or institution: "مركز الملك سلمان للإغاثة"."""
    if m.entry.type != "PER" or m.first == 0:
        return False
    return has_context(keys[m.first - 1], gaz, "facility")


def _enrich(c: Cand, role: str | None, country: str | None) -> Cand:
    return replace(c, role=c.role or role, country=c.country or country)


def _token_range(starts: Sequence[int], start: int, end: int) -> tuple[int, int]:
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = max(bisect.bisect_left(starts, end), first + 1)
    return first, last


def _from_tagger(e: Entity, text: str, tokens: Sequence[Token], keys: Sequence[TokenKey], gaz: Gazetteer,
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
    while last - 1 > first and _context_word(keys[last - 1], gaz):
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
    if any(key in gaz.not_entities for key, _ in keys[first].variants) or lone_head(keys, first, last, heads):
        return None  # "فيروس كورونا": a disease, no person or place; "المنظمة" alone: a head noun, no name
    if e.type == "PER" and has_context(keys[first], gaz, "facility"):
        return None  # "دوري عبد اللطيف جميل", "جامعة الملك سعود": named after a person, not the person
    if e.type == "PER" and first > 0 and start == keys[first].start and has_context(keys[first - 1], gaz, "facility"):
        return named_after_person(text, tokens[first - 1], keys, first, last, heads)  # "مسجد عمرو بن العاص"
    if name_first(keys, first, last, gaz, heads, e.type) > first:  # after titles, nisbas, administrative nouns
        first = name_first(keys, first, last, gaz, heads, e.type)
        start = keys[first].start
    if last - first == 1 and start == keys[first].start and _nisba_after_definite(keys, first, gaz):
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


def _yield_to_tagger(cands: list[Cand], tagger: list[Cand], keys: Sequence[TokenKey]) -> list[Cand]:
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


def _select(cands: Sequence[Cand]) -> list[Cand]:
    """The candidates kept, in text order: by priority, then the longest, then the first, each one that overlaps
    none kept before it (empty spans never)."""
    # the kept spans are disjoint, so sorted by start their ends are sorted too and a new span can only overlap
    # the kept span starting at or before it, or the one starting right after it: two look-ups, not a scan
    chosen: list[Cand] = []
    starts: list[int] = []
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (c.priority, -(c.end - c.start), c.start)):
        if c.start >= c.end:
            continue
        i = bisect.bisect_right(starts, c.start)
        if (i and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.insert(i, c)
    return chosen


def _nisba_countries(chosen: list[Cand], keys: Sequence[TokenKey], nisba: Sequence[Match]) -> list[Cand]:
    """Country from a nisba adjective next to an entity (PER: before it; ORG/PER: right after it) or ending
    it (ORG: "الخارجية الروسية"; a place without a country of its own: "الأراضي الفلسطينية")."""
    by_first = {m.first: m for m in nisba}
    by_last = {m.last: m for m in nisba}
    out: list[Cand] = []
    for c in chosen:
        country: str | None = None
        if c.country is None and c.id is not None and c.type == "ORG" and c.priority == GAZETTEER:
            out.append(c)  # a known body the lexicons give no country (الاتحاد الأوروبي, داعش) takes none
            continue
        if c.country is None:
            inner = by_last.get(c.last)
            if c.type in ("ORG", "LOC") and inner is not None and inner.first > c.first:
                country = inner.entry.country
        if c.country is None and c.type in ("PER", "ORG"):
            j = c.last
            while country is None and j < len(keys) and keys[j].key in QUOTES:
                j += 1
            after: Match | None = by_first.get(j)
            if country is None and after is not None:
                country = after.entry.country
            if country is None and c.type == "PER":
                k = c.first - 1 if c.first > 0 and keys[c.first - 1].key not in ("،", ",") else c.first - 2
                before = by_last.get(k + 1) if k >= 0 else None
                if before is not None:
                    country = before.entry.country
        out.append(replace(c, country=country) if country else c)
    return out


def _office_roles(chosen: list[Cand], gaz: Gazetteer, published: dt.date | None) -> list[Cand]:
    """A known person's role at the article's date, when the text names none."""
    if published is None:
        return chosen
    year = published.year
    out: list[Cand] = []
    for c in chosen:
        if c.type == "PER" and c.role is None and c.id is not None:
            for office in gaz.offices.get(c.id, ()):
                if office.start <= year <= (office.end or 9999):
                    c = replace(c, role=office.role, country=c.country or office.country)
                    break
        out.append(c)
    return out


def doc_matches(text: str, tokens: Sequence[Token], res: Resources) -> tuple[list[TokenKey], list[Match], list[Match]]:
    """Token keys, gazetteer names and nisba adjectives of ``text`` (see :func:`_doc_matches`)."""
    keys, names, nisba, _ = _doc_matches(text, tokens, res)
    return keys, names, nisba


def _doc_matches(text: str, tokens: Sequence[Token],
                 res: Resources) -> tuple[list[TokenKey], list[Match], list[Match], list[Match]]:
    """Token keys, gazetteer names, nisba adjectives of ``text``, and the phrases that name nothing.

    The countries and entities stages both need them; the last result is kept (for the same
    ``tokens`` object and text) so the second stage does not match the document again.
    """
    memo: dict[str, tuple[Sequence[Token], str, tuple[list[TokenKey], list[Match], list[Match], list[Match]]]]
    memo = res.cached("gazetteer.last_document", dict)
    last = memo.get("last")
    if last is not None and last[0] is tokens and last[1] == text:
        return last[2]
    gaz = load_gazetteer(res)
    keys = token_keys(text, tokens)
    vocab = res.vocab
    found = find_all(gaz.names, keys)
    names = [m for m in found if m.entry.type != "NONE" and not _clitic_by_chance(m, keys, vocab)]
    if any(m.entry.context == "sports" for m in names) and not sport_news(keys, gaz.sports):
        names = [m for m in names if m.entry.context != "sports"]  # الهلال, الاتحاد: clubs in sport news only
    result = (keys, names, find_all(gaz.nisba, keys), [m for m in found if m.entry.type == "NONE"])
    memo["last"] = (tokens, text, result)
    return result


def _clitic_by_chance(m: Match, keys: Sequence[TokenKey], vocab: Mapping[str, int]) -> bool:
    """A name found after stripping letters that are part of the word: كلاوس is not ك + لاوس.

    The stripped reading needs the remainder to be at least as frequent as the whole word; after the conjunction و
    alone, a quarter as frequent (a name written mostly in a pair: "الفوعة وكفريا")."""
    k = keys[m.first]
    if m.start == k.start:
        return False
    rest = next((key for key, start in k.variants if start == m.start), None)
    share = AND_SHARE if k.key[:1] == "و" and m.start == k.start + 1 else 1
    return rest is not None and vocab.get(k.key, 0) > share * vocab.get(rest, 0)


AND_SHARE = 4  # a name after و: the whole word may be this many times as frequent as the name alone


def country_matches(text: str, tokens: Sequence[Token], res: Resources) -> tuple[list[Match], list[Match]]:
    """Gazetteer names and nisba adjectives of ``text`` (for the countries layer); a city that names an accord
    ("اتفاقات مينسك") is left out, and so are the names of the wide lists (their countries reach the article
    through the entities, where a one-word name needs the tagger's reading)."""
    keys, names, nisba = doc_matches(text, tokens, res)
    gaz = load_gazetteer(res)
    return [m for m in names if not names_accord(m.first, m.entry.kind, keys, gaz)
            and m.entry.source not in WIDE_LISTS], nisba
