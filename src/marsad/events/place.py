"""Where an event happened (the ``place`` of an event, docs/conventions.md).

The cascade, for each event, each step returning a place or nothing:

1. A place named in the trigger's clause (the quote content the trigger stands in, else its sentence): a
   LOC entity that is a city, capital, region or other place below a country, nearest to the trigger, one
   after a locative preposition (في، قرب، داخل ...) before others; not part of the actor or the target
   (موسكو وواشنطن ستباشران: the capitals act) unless after a locative preposition.
2. A country after a locative preposition in that clause (اشتباكات في سوريا).
3. The dateline's place (الرياض - واس): where the story was filed; ``start``/``end`` are then ``None``.
4. Any other country named in the clause, nearest to the trigger (قصفت طائرات التحالف مواقع الحوثيين
   اليمنية ...), the participants' own mentions aside.
5. A place named in the sentence before, within the same paragraph (the story goes on where it was).
6. The story's place: the first city or region with coordinates named in the title or the first sentence
   of the body (أمير منطقة القصيم يدشن ...: the rest of the article happens there).
7. The participants' country when the actor and the target (if any) share one: a domestic event happens
   in its country; the country's point then stands for it, with no span.
8. Nothing: ``place`` is ``None``.

A place is linked to GeoNames through ``geo_coords.tsv`` (cities and capitals: GeoNames id, country,
coordinates) and ``geo_countries.tsv`` (a country's GeoNames id and a point inside it), both built by
``scripts/build_geo.py``; an unknown name keeps its text and the entity's country, with no coordinates.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from marsad.document import Document, Entity, Event, Place, Quote, Sentence, Span
from marsad.resources import Resources
from marsad.text.normalize import fold

# words before a place name that make it where something happens (folded)
LOCATIVE = frozenset({"في", "فى", "قرب", "داخل", "وسط", "شمال", "جنوب", "شرق", "غرب", "بمدينه", "بمحافظه",
                      "مدينه", "محافظه", "منطقه", "بمنطقه", "عند", "امام", "بالقرب", "انحاء", "ارجاء", "بلده"})
# words that open a place's name and name a part of the place that follows (ريف حلب، ضواحي دمشق)
PART_OF = frozenset({"ريف", "ضواحي", "محافظه", "مدينه", "ولايه", "اقليم", "منطقه", "مطار", "ميناء", "جنوب", "شمال",
                     "شرق", "غرب", "وسط"})
LOCATIVE_PROCLITIC = "ب"  # بالرياض، بسوريا: the proclitic ب reads as "in" before a place


@dataclass(frozen=True, slots=True)
class GeoIndex:
    coords: dict[str, tuple[str, str, float, float]]  # key → (geonames id, country, lat, lon)
    names: dict[str, str]  # folded name → key of ``coords``
    countries: dict[str, tuple[str | None, float, float]]  # ISO3 → (geonames id, lat, lon)
    country_names: dict[str, str]  # ISO3 → its Arabic name (CLDR's, the first of countries.tsv)


def geo_index(res: Resources) -> GeoIndex:
    def build() -> GeoIndex:
        coords = {r["key"]: (r["geonames"], r["country"], float(r["lat"]), float(r["lon"]))
                  for r in res.table("geo_coords", 2)}
        # keys that are names themselves (continents, places.tsv rows with no id)
        names = {k: k for k in coords if not k.startswith("geonames:") and not k[:1] == "Q"}
        for row in res.table("world_places", 2):
            if row["id"] in coords:
                names.setdefault(row["name"], row["id"])
        for row in res.table("places", 1):
            key = row["id"] or _fold(row["name"])
            if key in coords:
                names[_fold(row["name"])] = key
        countries = {r["iso3"]: (r["geonames"] or None, float(r["lat"]), float(r["lon"]))
                     for r in res.table("geo_countries", 1)}
        country_names: dict[str, str] = {}
        for row in res.table("countries", 3):
            if row["source"] == "cldr":
                country_names.setdefault(row["iso3"], row["name"])
        return GeoIndex(coords, names, countries, country_names)

    index: GeoIndex = res.cached("events.geo", build)
    return index


def _fold(text: str) -> str:
    return " ".join(fold(w) for w in text.split())


def link_place(text: str, span: Span | None, entity: Entity | None, geo: GeoIndex) -> Place:
    """A place for ``text`` (the entity found there, if any), with its GeoNames id and coordinates when known."""
    country = entity.country if entity is not None else None
    if entity is not None and entity.kind == "country" and entity.country in geo.countries:
        gid, lat, lon = geo.countries[entity.country]
        return Place(text, span, gid, entity.country, lat, lon)
    key = entity.id if entity is not None and entity.id in geo.coords else geo.names.get(_fold(text))
    if key is None and text[:1] in "بول" and len(text) > 3:  # a proclitic left on a dateline's place
        key = geo.names.get(_fold(text[1:]))
    words = text.split()
    if key is None and len(words) > 1 and fold(words[0]) in PART_OF:  # ريف حلب: Aleppo's countryside
        key = geo.names.get(_fold(" ".join(words[1:])))
    if key is not None:
        gid, iso3, lat, lon = geo.coords[key]
        return Place(text, span, gid, iso3 or country, lat, lon)
    return Place(text, span, entity.id if entity is not None else None, country, None, None)


class PlaceFinder:
    def __init__(self, doc: Document, res: Resources) -> None:
        self.doc = doc
        self.geo = geo_index(res)
        ents: Sequence[Entity] = doc.layer("entities")
        self.locs = sorted((e for e in ents if e.type == "LOC"), key=lambda e: e.start)
        self.loc_starts = [e.start for e in self.locs]
        sents: Sequence[Sentence] = doc.layer("sentences")
        self.sentences = sorted((s.start, s.end) for s in sents)
        self.sent_starts = [s for s, _ in self.sentences]
        quotes: Sequence[Quote] = doc.layer("quotes")
        self.quotes = [(q.start, q.end) for q in quotes]
        self.dateline = self._dateline_place()
        self.lead = self._lead_place()

    def _dateline_place(self) -> Place | None:
        d = self.doc.dateline
        if d is None or d.place is None:
            return None
        text = self.doc.text[d.place.start : d.place.end]
        entity = next((e for e in self.locs if e.start < d.place.end and d.place.start < e.end), None)
        return link_place(text, None, entity, self.geo)

    def _lead_place(self) -> Place | None:
        """The first city or region with coordinates in the first two sentences (the title, the lead)."""
        end = self.sentences[1][1] if len(self.sentences) > 1 else len(self.doc.text)
        for e in self.locs:
            if e.start >= end:
                break
            if e.kind != "country":
                place = self._at(e)
                if place.lat is not None:
                    return place
        return None

    def _clause(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        lo, hi = self.sentences[i] if i >= 0 and pos < self.sentences[i][1] else (pos, pos + 1)
        for qs, qe in self.quotes:
            if qs <= pos < qe:
                return max(lo, qs), min(hi, qe)
        return lo, hi

    def _locative(self, e: Entity) -> bool:
        text = self.doc.text
        if e.start > 0 and text[e.start - 1] == LOCATIVE_PROCLITIC and (e.start < 2 or not text[e.start - 2].isalpha()):
            return True
        before = text[max(0, e.start - 20) : e.start].split()
        return bool(before) and fold(before[-1]) in LOCATIVE

    def place(self, ev: Event) -> Place | None:
        pos = ev.trigger.start
        lo, hi = self._clause(pos)
        taken = [a.span for a in (ev.actor, ev.target) if a is not None and a.span is not None]
        near: list[tuple[int, int, Entity]] = []
        for k in range(bisect_right(self.loc_starts, lo - 1), len(self.locs)):
            e = self.locs[k]
            if e.start >= hi:
                break
            if e.end > hi or (e.start < ev.trigger.end and ev.trigger.start < e.end):
                continue
            locative = self._locative(e)
            if not locative and any(s.start <= e.start < s.end for s in taken):
                continue  # a participant's own mention, unless it says where (هاجم مسلحون ... في بغداد)
            near.append((0 if locative else 1, abs(e.start - pos), e))
        cities = sorted((p for p in near if p[2].kind != "country"), key=lambda p: (p[0], p[1]))
        if cities:
            e = cities[0][2]
            return link_place(self.doc.text[e.start : e.end], Span(e.start, e.end), e, self.geo)
        countries = sorted((p for p in near if p[2].kind == "country"), key=lambda p: (p[0], p[1]))
        if countries and countries[0][0] == 0:
            return self._at(countries[0][2])
        if self.dateline is not None:
            return self.dateline
        if countries:
            return self._at(countries[0][2])
        before = self._previous_sentence_place(lo)
        if before is not None:
            return before
        return self.lead or self._home(ev)

    def _at(self, e: Entity) -> Place:
        return link_place(self.doc.text[e.start : e.end], Span(e.start, e.end), e, self.geo)

    def _previous_sentence_place(self, lo: int) -> Place | None:
        i = bisect_right(self.sent_starts, lo - 1) - 1
        if i < 0 or self.sent_starts[i] >= lo:
            return None
        s_lo = self.sent_starts[i]
        if "\n" in self.doc.text[s_lo:lo]:
            return None  # another paragraph
        found = [e for e in self.locs if s_lo <= e.start < lo and e.kind != "country"]
        return self._at(found[-1]) if found else None

    def _home(self, ev: Event) -> Place | None:
        """The actor's country when the target is absent or of the same country."""
        country = ev.actor.country if ev.actor is not None else None
        if country is None or (ev.target is not None and ev.target.country not in (None, country)):
            return None
        if country not in self.geo.countries:
            return None
        gid, lat, lon = self.geo.countries[country]
        return Place(self.geo.country_names.get(country, country), None, gid, country, lat, lon)


def with_places(doc: Document, events: list[Event], res: Resources) -> list[Event]:
    """``events`` with their ``place`` (see the module's cascade)."""
    if not events:
        return events
    finder = PlaceFinder(doc, res)
    return [replace(ev, place=finder.place(ev)) for ev in events]
