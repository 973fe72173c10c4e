"""The entities stage: named entities (PER / ORG / LOC / MISC) with ids, countries and roles.

Sources of evidence, merged by :func:`marsad.gazetteer.link_entities`: the statistical tagger
(``marsad.ner.tagger``, when that module and its model are installed), the gazetteers, and the
context rules for titles, appositions and reporting verbs. Without the tagger the stage runs on
gazetteers and rules alone (logged once when the pipeline is built).
"""

from __future__ import annotations

import importlib
import logging
import re
from collections import Counter
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from marsad.document import Document, Entity, Span
from marsad.errors import ResourceError
from marsad.gazetteer import link_entities, load_gazetteer
from marsad.gazetteer.lexicon import Entry, Gazetteer, name_keys
from marsad.ner.kinds import load_kinds, with_kinds
from marsad.pipeline import Stage
from marsad.resources import Resources

log = logging.getLogger(__name__)

TAGGER_MODULE = "marsad.ner.tagger"  # exposes load_tagger(res) -> object with tag(text, tokens, sentences)


def _load_tagger(res: Resources) -> Any:
    try:
        module = importlib.import_module(TAGGER_MODULE)
    except ImportError as exc:
        log.info("no statistical tagger (%s): entities from gazetteers and rules only", exc)
        return None
    try:
        return module.load_tagger(res)
    except ResourceError as exc:
        log.warning("statistical tagger not loaded (%s): entities from gazetteers and rules only", exc)
        return None


def tagger(res: Resources) -> Any:
    """The tagger of ``res`` (loaded once), or None when it is not available."""
    return res.cached("entities.tagger", lambda: _load_tagger(res))


def run(doc: Document, res: Resources) -> list[Entity]:
    tokens = doc.layer("tokens")
    tagged: list[Entity] = []
    model = tagger(res)
    if model is not None:
        tagged = list(model.tag(doc.text, tokens, doc.layer("sentences")))
    found = link_entities(doc.text, tokens, res, tagged, doc.published)
    gaz = load_gazetteer(res)
    found = _with_byline(doc, _with_dateline(doc, found, gaz), gaz)
    found = _inferred_countries(doc, _own_credit(doc, found, gaz), gaz)
    kinds = load_kinds(res)  # after the countries: a kind the model gives infers no country
    return with_kinds(doc.text, tokens, found, kinds) if kinds is not None else found


NATIONAL_KINDS = frozenset({"gov", "police", "armed", "court"})  # bodies of a state, named without it
DOMINANT_SHARE = 0.5  # the article's country: at least half of the country-bearing place mentions
DOMINANT_MIN = 2


def _national(e: Entity, gaz: Gazetteer) -> bool:
    """A body of a state named without its country: a head noun and its complement, or a listed body every
    state has (context ``national``: الدفاع المدني, الحرس الوطني), not another known name (a known name without
    a country belongs to none or to several: التحالف العربي, أنصار الشريعة)."""
    return e.type == "ORG" and e.country is None and (e.id is None or e.id in gaz.national_ids) \
        and e.kind in NATIONAL_KINDS


def _named_place(e: Entity, doc: Document, gaz: Gazetteer) -> Entry | None:
    """The place a body's name holds after its head (شرطة مكة, حكومة طرابلس), if any."""
    for w in name_keys(doc.text[e.start : e.end])[1:]:
        entry = gaz.names.get((w,))
        if entry is not None and entry.type == "LOC":
            return entry
    return None


def _inferred_countries(doc: Document, found: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """A national body named without its country ("وزارة الداخلية", "مجلس الشورى") gets the article's country:
    the dateline's place's, else the one at least half of the places with a country belong to, else the
    country of the national outlet credited in the dateline or publishing the article (its URL), marked
    ``country_inferred``; none when no country dominates. A body named by a place takes the place's
    country, or none where the place has none (حكومة طرابلس), never the article's."""
    if not any(_national(e, gaz) for e in found):
        return found
    country = _dominant_country(doc, found, gaz) or _publisher_country(doc, gaz)
    out: list[Entity] = []
    for e in found:
        if _national(e, gaz):
            place = _named_place(e, doc, gaz)
            own = place.country if place is not None else country
            if own is not None:
                e = replace(e, country=own, country_inferred=True)
        out.append(e)
    return out


def _dominant_country(doc: Document, found: list[Entity], gaz: Gazetteer) -> str | None:
    """The dateline place's country, else the one most place mentions have (a state body named by its place,
    "شرطة مكة", "تعليم الرياض", counts as a mention of its place), else a national outlet's in the dateline."""
    place = doc.dateline.place if doc.dateline is not None else None
    if place is not None:
        at = next((e for e in found if e.start == place.start and e.type == "LOC" and e.country), None)
        if at is not None:
            return at.country
    counts = Counter(e.country for e in found if e.country and (e.type == "LOC" or (
        e.type == "ORG" and e.kind in NATIONAL_KINDS and _named_place(e, doc, gaz) is not None)))
    if counts:
        top, n = counts.most_common(1)[0]
        if n >= DOMINANT_MIN and n >= DOMINANT_SHARE * sum(counts.values()):
            return top
    agency = doc.dateline.agency if doc.dateline is not None else None
    if agency is None:
        return None
    outlet = next((e for e in found if e.start == agency.start and e.type == "ORG" and e.country
                   and e.kind in NATIONAL_OUTLETS), None)  # a wire agency's country is not its stories'
    return outlet.country if outlet is not None else None


def _publisher(doc: Document, gaz: Gazetteer) -> Entry | None:
    """The outlet whose web site published the article (``meta.url``), if known."""
    host = (urlsplit(doc.meta.get("url", "")).hostname or "").lower()
    while host:
        outlet = gaz.domains.get(host)
        if outlet is not None:
            return outlet
        host = host.partition(".")[2] if host.count(".") > 1 else ""  # www.alyaum.com → alyaum.com
    return None


def _publisher_country(doc: Document, gaz: Gazetteer) -> str | None:
    """The country of the national outlet whose web site published the article (``meta.url``)."""
    outlet = _publisher(doc, gaz)
    return outlet.country if outlet is not None and outlet.kind in NATIONAL_OUTLETS else None


OWN_CREDIT_PARAGRAPHS = 3  # the paragraphs after the title where an outlet credits itself
CREDIT_DASHES = "-–—ـ"
CREDIT = re.compile(r"\s*[«\"“]?(\S+?)[»\"”]?\s*(?:[-–—ـ]|من\s)")  # one word, then a dash or من


def _own_credit(doc: Document, found: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """The publishing outlet's own name, named by a common word, opening a paragraph before a dash or من and a
    place: "اليوم - واشنطن" in an article of اليوم is the newspaper (ORG), not "today"; so is "«الاقتصادية» من
    الرياض" in one of الاقتصادية."""
    outlet = _publisher(doc, gaz)
    if outlet is None or outlet.id is None:
        return found
    names = [words for words, e in gaz.outlet_words.items() if e.id == outlet.id]
    pos, seen = 0, 0
    for line in doc.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip() or (doc.title and line.strip() == doc.title.strip()):
            continue
        seen += 1
        if seen > OWN_CREDIT_PARAGRAPHS:
            break
        m = CREDIT.match(line)
        if m is None or name_keys(m.group(1)) not in names:
            continue
        s, e = start + m.start(1), start + m.end(1)
        after = next((x for x in found if x.start > e), None)
        between = doc.text[e : after.start].strip(" »\"”" + CREDIT_DASHES) if after is not None else None
        if after is None or after.type != "LOC" or between not in ("", "من") or any(x.start < e and s < x.end
                                                                                   for x in found):
            continue
        return sorted([*found, Entity(s, e, "ORG", outlet.id, outlet.country, kind=outlet.kind)],
                      key=lambda x: (x.start, x.end))
    return found


GENERIC_CREDITS = frozenset({"وكالات", "الوكالات", "متابعات"})
NATIONAL_OUTLETS = frozenset({"newspaper", "site"})  # outlets of one country's news, unlike wire agencies


def _credit(doc: Document, span: Span, kind: str | None, gaz: Gazetteer) -> Entity:
    """The entity of a dateline's credit: a known outlet with its id and country (الوئام, سبق), a reporter
    named by a given name (PER: "جازان - عبدالله عكور:"), else an ORG of ``kind``."""
    words = name_keys(doc.text[span.start : span.end])
    known = gaz.outlet_words.get(words) or gaz.names.get(words)
    if known is not None and known.type == "ORG":
        return Entity(span.start, span.end, "ORG", known.id, known.country, kind=known.kind)
    if 2 <= len(words) <= 4 and (words[0] in gaz.given_names or words[0].startswith("عبد")):
        return Entity(span.start, span.end, "PER")
    return Entity(span.start, span.end, "ORG", kind=kind)


def _outlet_only(doc: Document, span: Span, gaz: Gazetteer) -> bool:
    """An outlet's name in a dateline's place ("الوئام - رويترز :"), one that names no place."""
    words = name_keys(doc.text[span.start : span.end])
    return words in gaz.outlet_words and gaz.names.get(words) is None


def _with_dateline(doc: Document, found: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """A dateline's place is a LOC and its agency an ORG (docs/conventions.md), also where nothing else
    found them: an outlet's own name ("البحرين - الوئام :") is in no gazetteer's running text."""
    d = doc.dateline
    if d is None:
        return found
    extra: list[Entity] = []
    place_typ, place_kind = "LOC", None
    if d.agency is not None and d.place is not None \
            and doc.text[d.agency.start : d.agency.end].strip() in GENERIC_CREDITS \
            and len(doc.text[d.place.start : d.place.end].split()) == 1:
        place_typ, place_kind = "ORG", "media"  # "سبق- وكالات:": an outlet crediting agencies, no place
    for span, typ, kind in ((d.agency, "ORG", "agency"), (d.place, place_typ, place_kind)):
        if span is not None and (span is d.agency or _outlet_only(doc, span, gaz)):
            outlet = _credit(doc, span, kind or "media", gaz)
            if outlet.id is not None:  # a known outlet, also where the tagger read it as a place
                found = [e for e in found if e.start >= span.end or span.start >= e.end]
                extra.append(outlet)
                continue
        if span is None or any(e.start < span.end and span.start < e.end for e in found):
            continue
        if typ == "ORG" and doc.text[span.start : span.end].strip() in GENERIC_CREDITS:
            continue  # "(وكالات)": agencies in general, no name
        extra.append(_credit(doc, span, kind, gaz) if typ == "ORG" else Entity(span.start, span.end, typ, kind=kind))
    return sorted([*found, *extra], key=lambda e: (e.start, e.end)) if extra else found


BYLINE_PART = re.compile(r"[^\-–—ـ،,:()«»\"“”]+")
AND_NAME = re.compile(r"\s+و(?=\S+\s+\S)")  # و before a second name of two words or more
ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
CREDIT_WORDS = frozenset({"إعداد", "بقلم", "كتب", "كتبت", "تقرير", "متابعة", "تحرير", "حوار"})  # before a writer's name


def _byline_names(line: str) -> list[tuple[int, int]]:
    """The writers' names of a byline ("صنعاء: فلان الفلاني - الرياض: ..."; "إعداد - فلانة الفلانية"; a name alone), as
    offsets into ``line``: parts of two to four Arabic words, the first without the article (no outlet: "الاقتصادية
    الإلكترونية"), after a place and a colon, after a credit word, or making up the whole line."""
    out: list[tuple[int, int]] = []
    previous = ""
    for m in BYLINE_PART.finditer(line):
        part = m.group(0).split(" من ")[0]  # "فلان من الدمام"
        after_colon = line[: m.start()].rstrip().endswith(":")
        if after_colon and line[m.end() :].startswith(":") and len(part.split()) >= 3:
            part = part.rstrip().rsplit(" ", 1)[0]  # the next place runs on without a dash: "فلان الفلاني الرياض:"
        whole = line.strip(" :") == m.group(0).strip()
        if 2 <= len(part.split()) <= 4 and (after_colon or previous in CREDIT_WORDS or whole):
            start = m.start() + len(part) - len(part.lstrip())
            names = AND_NAME.split(part.strip())  # "فلان الفلاني وعلان العلاني"
            for name in names if all(len(n.split()) >= 2 for n in names) else [part.strip()]:
                words = name.split()
                if 2 <= len(words) <= 4 and not words[0].startswith("ال") \
                        and all(ARABIC_WORD.fullmatch(w) for w in words):
                    s = start + part.strip().index(name)
                    out.append((s, s + len(name)))
        previous = part.strip()
    return out


def _with_byline(doc: Document, found: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """A writer named in the byline (``meta.author``, the line after the title) is a PER, also where the tagger
    read a place in the name ("صنعاء: عرفات ..." is a reporter, not the hill of Arafat); a part that is a known
    place, outlet or body as a whole is left as it was read."""
    author = (doc.meta.get("author") or "").strip()
    at = doc.text.find(author) if author else -1
    if at < 0:
        return found
    for s, e in _byline_names(author):
        start, end = at + s, at + e
        words = name_keys(doc.text[start:end])
        if gaz.names.get(words) is not None or words in gaz.outlet_words \
                or any(x.start == start and x.end == end and x.type == "PER" for x in found):
            continue
        found = sorted([*(x for x in found if x.end <= start or x.start >= end), Entity(start, end, "PER")],
                       key=lambda x: (x.start, x.end))
    return found


def prepare(res: Resources) -> None:
    load_gazetteer(res)
    tagger(res)
    load_kinds(res)


STAGE = Stage("entities", "entities", ("sentences", "tokens"), run, prepare)
