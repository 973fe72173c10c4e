"""Entities from gazetteer matches, context rules and the statistical tagger, merged and linked.

The cascade, in order:

1. gazetteer names (people, outlets, organizations, countries, places), longest match per token;
2. tagger spans, trimmed of leading proclitics and titles, and linked to the gazetteer when their
   text is a known name (the gazetteer's type, id and country win); a place the gazetteer does not know
   is looked up in the world cities (``world_places.tsv``, GeoNames: id ``geonames:…`` and country);
3. people from context (:mod:`.rules`): titles, appositions, reporting verbs; they also give
   known people their role and country;
4. one entity per stretch of text: gazetteer before rules before tagger, longer before shorter;
   except where the tagger's reading is the better one (:func:`~marsad.gazetteer.tagged.yield_to_tagger`: "جامعة موسكو",
   "برشلونة" the club, "حمدان بن محمد بن راشد");
5. countries from nisba adjectives next to an entity ("وكالة تاس الروسية"), roles from the
   offices lexicon for the article's date, and in-document coreference of surnames
   ("بوتين" after "فلاديمير بوتين" gets the same id and country).

The candidate spans (:class:`~marsad.gazetteer.spans.Cand`) and the passes that adjust the chosen ones are in
:mod:`marsad.gazetteer.spans`; the document's gazetteer matches (1) in :mod:`marsad.gazetteer.docmatch`; the
tagger's spans made candidates (2) in :mod:`marsad.gazetteer.tagged`. This module runs the cascade, keeps one
candidate per stretch of text and gives the chosen ones their nisba countries and offices.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from marsad.document import Entity, Token
from marsad.gazetteer.alone import alone_bodies, quoted_ministries
from marsad.gazetteer.coref import coreference
from marsad.gazetteer.docmatch import document_matches
from marsad.gazetteer.heads import find_bodies
from marsad.gazetteer.headwords import load_heads
from marsad.gazetteer.lexicon import Gazetteer, load_gazetteer
from marsad.gazetteer.match import Match, TokenKey, match_at
from marsad.gazetteer.named import (
    branch_offices,
    facility_places,
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
)
from marsad.gazetteer.spans import (
    GAZETTEER,
    QUOTES,
    RULE,
    Cand,
    acronyms,
    club_nisbas,
    common_dual,
    confirmed,
    coordinated_people,
    directions,
    has_context,
    month_names,
    named_accords,
    names_nothing,
    not_inside,
    not_months,
    region_heads,
)
from marsad.gazetteer.tagged import from_tagger, nisba_after_definite, yield_to_tagger
from marsad.gazetteer.units import military_regions
from marsad.gazetteer.whole import family_places, given_families, surname_particles, whole_names
from marsad.resources import Resources


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
    keys, names, nisba, nones = document_matches(text, tokens, res)
    cands = [_from_gazetteer(m, keys, gaz) for m in names
             if not _adjective(m, keys, gaz) and not _named_after(m, keys, gaz)]
    starts = [k.start for k in keys]
    heads = load_heads(res)
    tagger = [c for c in (from_tagger(e, text, tokens, keys, gaz, starts, res.vocab, heads)
                          for e in coordinated_people(tagged, keys, starts, gaz, res.vocab)) if c is not None]
    tagger = [c for c in tagger if not any(m.start < c.end and c.start < m.end for m in nones)]  # "الظروف القاهرة"
    cands = confirmed(cands, names, tagged, keys, gaz)
    tagger = not_months(tagger, keys, month_names(res))
    cands = yield_to_tagger(cands, tagger, keys)

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
    cands.extend([*news_outlets(text, keys, gaz, heads), *quoted_outlets(keys, heads), *bare_outlets(keys, gaz, heads),
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
    return nisba_after_definite(keys, m.first, gaz)


def _named_after(m: Match, keys: Sequence[TokenKey], gaz: Gazetteer) -> bool:
    """A person's name in the name of a place or institution: "مركز الملك سلمان للإغاثة"."""
    if m.entry.type != "PER" or m.first == 0:
        return False
    return has_context(keys[m.first - 1], gaz, "facility")


def _enrich(c: Cand, role: str | None, country: str | None) -> Cand:
    return replace(c, role=c.role or role, country=c.country or country)


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
