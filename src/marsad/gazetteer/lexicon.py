"""The gazetteers, compiled once per :class:`~marsad.resources.Resources` into token tries.

Every name is stored as the sequence of its normalized tokens (``fold`` of each token of the same
tokenizer the documents go through), so matching is a walk over the document's tokens with no
regular expression per name. Four tries are built from the lexicon files:

- ``names``: people (``leaders.tsv``), outlets (``outlets.tsv``), organizations
  (``organizations.tsv``, ``companies.tsv``, ``organizations_region.tsv``), countries (``countries.tsv``,
  generated), places (``places.tsv``) and administrative divisions (``divisions.tsv``),
  in that order of precedence when one written form is in two files, plus phrases that begin
  with a name but name nothing (``not_names.tsv``: "مسقط رأسه"), which match and yield nothing;
- ``nisba``: every generated form of the nisba adjectives of ``nisba.tsv`` (see :mod:`.nisba`);
- ``titles``: titles, modifiers and descriptions of ``titles.tsv``;
- plus ``context``, the word → kind map of ``name_context.tsv`` (reporting verbs, stop words),
  ``offices``, the roles of ``offices.tsv`` with their years, and ``given_names``
  (``given_names.tsv``), words that start a person's name, and ``not_entities`` (``not_entities.tsv``), words
  that head a phrase naming no entity (فيروس, كوفيد).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import ResourceError
from marsad.gazetteer.nisba import nisba_forms
from marsad.resources import Resources
from marsad.text.normalize import fold
from marsad.text.tokenize import tokenize

log = logging.getLogger(__name__)

_END = "\0"

# the feminine of the first word of a title, added when titles.tsv lists only the masculine (not محافظ:
# محافظة is also a governorate)
FEMININE = {"وزير": "وزيرة", "الوزير": "الوزيرة", "رئيس": "رئيسة", "نائب": "نائبة", "مساعد": "مساعدة",
            "سفير": "سفيرة", "السفير": "السفيرة", "مدير": "مديرة", "المدير": "المديرة", "مستشار": "مستشارة",
            "المستشار": "المستشارة", "المتحدث": "المتحدثة", "الناطق": "الناطقة"}

# portfolios that stand for their ministry without "وزارة" ("الخارجية الروسية")
METONYMS = frozenset({("الخارجيه",), ("الداخليه",), ("الدفاع",), ("الخزانه",)})


@dataclass(frozen=True, slots=True)
class Entry:
    """What a gazetteer knows about one written form."""

    type: str  # PER | ORG | LOC for names; NONE (not_names.tsv); NISBA; TITLE
    id: str | None
    country: str | None
    kind: str  # country | capital | city | region | ambiguous | intl | gov | agency | person | nisba | title...
    source: str  # the lexicon file it came from
    role: str | None = None  # titles: the canonical role
    context: str | None = None  # "sports": a name that is also a common word, read as a name only in sport news


@dataclass(frozen=True, slots=True)
class Office:
    role: str
    country: str | None
    start: int
    end: int | None


class Trie:
    """Token-sequence trie: keys are tuples of normalized tokens, values are :class:`Entry`."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.size = 0

    def add(self, keys: tuple[str, ...], value: Entry) -> bool:
        """Add ``keys`` → ``value``; False (and nothing changes) when ``keys`` is already there."""
        if not keys:
            return False
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        if _END in node:
            return False
        node[_END] = value
        self.size += 1
        return True

    def get(self, keys: Iterable[str]) -> Entry | None:
        node: dict[str, Any] | None = self.root
        for k in keys:
            node = node.get(k) if node is not None else None
            if node is None:
                return None
        return node.get(_END) if node is not None else None

    def items(self) -> Iterator[tuple[tuple[str, ...], Entry]]:
        stack: list[tuple[tuple[str, ...], dict[str, Any]]] = [((), self.root)]
        while stack:
            prefix, node = stack.pop()
            for k, v in node.items():
                if k == _END:
                    yield prefix, v
                else:
                    stack.append(((*prefix, k), v))


def name_keys(name: str) -> tuple[str, ...]:
    """The trie key of a written name: the normalized text of each of its tokens."""
    return tuple(fold(name[t.start : t.end]) for t in tokenize(name))


@dataclass
class Gazetteer:
    names: Trie = field(default_factory=Trie)
    nisba: Trie = field(default_factory=Trie)
    titles: Trie = field(default_factory=Trie)
    context: dict[str, str] = field(default_factory=dict)
    offices: dict[str, list[Office]] = field(default_factory=dict)
    # first words of titles, never taken as name words
    title_words: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    # one-word entries of the person-name list (``person_names.tsv``, folded): given names and surnames, some of
    # them common words too (عيد, خميس); a surname only right after a given name
    name_words: frozenset[str] = frozenset()
    # words that head a phrase naming no entity (diseases, viruses): tagger spans starting with one are dropped
    not_entities: frozenset[str] = frozenset()
    # product lines (جالاكسي): a tagger span of two words or more starting with one is a product and its model
    product_lines: frozenset[str] = frozenset()
    # portfolios of ministers ("وزير الخارجية" → الخارجية), for ministries ("وزارة الخارجية الروسية")
    portfolios: Trie = field(default_factory=Trie)
    # world cities (GeoNames, ``world_places.tsv``) by folded words: they only link what the tagger reads as a
    # place, never match running text on their own (10,000 names, many of them also ordinary words somewhere)
    world: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    # words of sport news (name_heads.tsv, role sports): a club named by a common word is a name only with them
    sports: frozenset[str] = frozenset()
    # words that read such a club's name in its own sense (``club_senses.tsv``): side ("before"/"after") → words
    club_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    # club names that are everyday words (الشباب "the youth"), read as the club only near a word of the club
    # (``club_cues.tsv``, role name), and those words (role cue: فريق, لاعب, صفوف ...; with the words of sport news)
    club_local: frozenset[str] = frozenset()
    club_cues: frozenset[str] = frozenset()
    # outlets named by a common word (الوئام, المدينة; context ``org_only``): never matched in running text,
    # they give their id and country to an ORG of that name found otherwise (a dateline's credit, «quoted»)
    outlet_words: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    # ids of listed bodies every state has (context ``national``: الدفاع المدني): they take the article's country
    national_ids: set[str] = field(default_factory=set)
    # words and phrases that name nothing alone (not_entities.tsv, scope alone), and the months' names
    not_alone: frozenset[tuple[str, ...]] = frozenset()
    # outlets by their web site's domain (outlets.tsv, domain): the publisher of an article read from its URL
    domains: dict[str, Entry] = field(default_factory=dict)
    months: frozenset[tuple[str, ...]] = frozenset()


def _opt(value: str) -> str | None:
    return value or None


def _names(res: Resources, g: Gazetteer) -> None:
    for row in res.table("leaders", 2):
        _add_name(g, row["name"], Entry("PER", _opt(row["id"]), _opt(row["country"]), "person", "leaders"))
    for source in ("outlets", "organizations", "companies", "organizations_region"):
        for row in res.table(source, 2):
            entry = Entry("ORG", _opt(row["id"]), _opt(row["country"]), row["kind"] or "org", source,
                          context=_opt(row.get("context", "")))
            if row.get("domain"):
                g.domains[row["domain"].lower()] = entry
            if entry.context == "national" and entry.id:
                g.national_ids.add(entry.id)
            if entry.context == "org_only":
                g.outlet_words[name_keys(row["name"])] = entry
            else:
                _add_name(g, row["name"], entry)
    for row in res.table("countries", 2):
        _add_name(g, row["name"], Entry("LOC", row["iso3"], row["iso3"], "country", "countries"))
    for row in res.table("not_names", 1):  # before the places: they shadow a name inside a phrase
        _add_name(g, row["phrase"], Entry("NONE", None, None, "not-a-name", "not_names"))
    for row in res.table("places", 1):
        entry = Entry("LOC", _opt(row["id"]), _opt(row["country"]), row["kind"] or "city", "places")
        _add_name(g, row["name"], entry)
    for row in res.table("divisions", 1):  # after the places: a city of the same name is the better reading
        _add_name(g, row["name"], Entry("LOC", None, _opt(row["country"]), "region", "divisions"))


def _add_name(g: Gazetteer, name: str, entry: Entry) -> None:
    keys = name_keys(name)
    if not keys:
        raise ResourceError(f"lexicon {entry.source}: empty name {name!r}")
    if not g.names.add(keys, entry):
        prior = g.names.get(keys)
        if prior is not None and (prior.type, prior.id, prior.country) != (entry.type, entry.id, entry.country):
            log.debug("gazetteer: %s from %s shadowed by %s", name, entry.source, prior.source)


def _nisba(res: Resources, g: Gazetteer) -> None:
    for row in res.table("nisba", 2):
        iso3, base, flags, extra = row["iso3"], row["base"], row["flags"], row["extra"]
        entry = Entry("NISBA", iso3, iso3, "nisba", "nisba")
        for form in nisba_forms(base, flags, [x for x in extra.split(",") if x.strip()]):
            g.nisba.add(name_keys(form), entry)


def _titles(res: Resources, g: Gazetteer) -> None:
    for row in res.table("titles", 1):
        form, role, kind = row["form"], row["role"], row["kind"]
        if kind not in ("title", "mod", "desc", "hon"):
            raise ResourceError(f"lexicon titles: unknown kind {kind!r} for {form!r}")
        g.titles.add(name_keys(form), Entry("TITLE", None, None, kind, "titles", role or None))
        first, _, rest = form.partition(" ")
        if first in FEMININE and kind in ("title", "mod"):  # وزير الإعلام → وزيرة الإعلام
            fem_role = FEMININE[first] + (" " + role.partition(" ")[2] if " " in role else "")
            g.titles.add(name_keys(f"{FEMININE[first]} {rest}".strip()), Entry("TITLE", None, None, kind, "titles",
                                                                              fem_role.strip() or None))


def _context(res: Resources, g: Gazetteer) -> None:
    for row in res.table("name_context", 2):
        g.context[fold(row["word"])] = row["kind"]


def _offices(res: Resources, g: Gazetteer) -> None:
    for row in res.table("offices", 2):
        try:
            start = int(row["from"])
            end = int(row["to"]) if row["to"] else None
        except ValueError as exc:
            raise ResourceError(f"lexicon offices: bad year in {row!r}") from exc
        g.offices.setdefault(row["id"], []).append(Office(row["role"], _opt(row["country"]), start, end))


def build_gazetteer(res: Resources) -> Gazetteer:
    g = Gazetteer()
    _names(res, g)
    _nisba(res, g)
    _titles(res, g)
    _context(res, g)
    _offices(res, g)
    g.title_words = frozenset(k[0] for k, _ in g.titles.items())
    for keys, entry in g.titles.items():
        if len(keys) >= 2 and keys[0] == "وزير" and keys[1].startswith("ال") and entry.kind == "title":
            kind = "metonym" if keys[1:] in METONYMS else "ministry"
            g.portfolios.add(keys[1:], Entry("ORG", None, None, kind, "titles"))
    for row in res.table("world_places", 2):  # names are stored folded, words separated by single spaces
        g.world[tuple(row["name"].split())] = Entry("LOC", row["id"], _opt(row["country"]), "city", "world_places")
    g.given_names = frozenset(fold(row["name"]) for row in res.table("given_names", 1))
    g.name_words = frozenset(w for w in (row["name"] for row in res.table("person_names", 1)) if " " not in w)
    not_entities = res.table("not_entities", 1)
    g.not_entities = frozenset(fold(row["word"]) for row in not_entities if row["scope"] not in ("alone", "line"))
    g.product_lines = frozenset(fold(row["word"]) for row in not_entities if row["scope"] == "line")
    g.not_alone = frozenset(name_keys(row["word"]) for row in not_entities if row["scope"] == "alone")
    g.months = frozenset(name_keys(row["name"]) for row in res.table("months", 1))
    g.sports = frozenset(fold(row["word"]) for row in res.table("name_heads", 2) if row["role"] == "sports")
    senses = res.table("club_senses", 2)
    g.club_senses = {side: frozenset(fold(r["word"]) for r in senses if r["side"] == side)
                     for side in ("before", "after")}
    cues = res.table("club_cues", 2)
    g.club_local = frozenset(fold(r["word"]) for r in cues if r["role"] == "name")
    g.club_cues = frozenset(fold(r["word"]) for r in cues if r["role"] == "cue") | g.sports  # sport words count too
    log.debug("gazetteer: %d names, %d nisba forms, %d titles", g.names.size, g.nisba.size, g.titles.size)
    return g


def load_gazetteer(res: Resources) -> Gazetteer:
    """The compiled gazetteer of ``res`` (built once, then cached)."""
    gaz: Gazetteer = res.cached("gazetteer", lambda: build_gazetteer(res))
    return gaz
