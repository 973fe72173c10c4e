"""Bodies and places named by their context: quoted names after a company or society noun, an armed group's
noun alone after its full name, a place or body named after a person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.document import Token
from marsad.gazetteer.headwords import HeadWords
from marsad.gazetteer.match import Match, TokenKey
from marsad.gazetteer.outlets import MAX_QUOTED
from marsad.gazetteer.spans import QUOTES, RULE, TAGGER, Cand

QUOTED_KINDS = frozenset({"company", "ngo", "club"})  # heads whose quoted name is the body's own: شركة «...»


def _body_noun(k: TokenKey, heads: HeadWords) -> bool:
    """Whether a token is a company, society or club noun, singular, dual or plural (شركة, شركتا, شركات)."""
    for key, _ in k.variants:
        w = key.removeprefix("ال")
        stem = w[:-2] + "ه" if w.endswith(("تا", "تي", "ات")) else w
        if heads.heads.get(w, ("", ""))[1] in QUOTED_KINDS or heads.heads.get(stem, ("", ""))[1] in QUOTED_KINDS:
            return True
    return False


def quoted_bodies(keys: Sequence[TokenKey], heads: HeadWords) -> list[Cand]:
    """Short names in quotes right after a company, society or club noun are those bodies, and so are the quoted
    names joined to them by و: 'شركة "ساينو"', 'شركتا "هيونداي" و"كيا"' (the head itself is left out, as in
    "شركة إيرآسيا" -> إيرآسيا)."""
    out: list[Cand] = []
    for i in range(len(keys) - 2):
        if keys[i].kind != "arabic" or keys[i + 1].key not in QUOTES or not _body_noun(keys[i], heads):
            continue
        kind = next((heads.heads[w][1] for w in (key.removeprefix("ال") for key, _ in keys[i].variants)
                     if w in heads.heads), "company")
        open_ = i + 1
        while open_ + 1 < len(keys) and keys[open_].key in QUOTES:
            close = next((j for j in range(open_ + 1, min(len(keys), open_ + 2 + MAX_QUOTED))
                          if keys[j].kind not in ("arabic", "latin")), None)
            if close is None or close == open_ + 1 or keys[close].key not in QUOTES:
                break
            out.append(Cand(open_ + 1, close, keys[open_ + 1].start, keys[close - 1].end, "ORG", None, None, None,
                            RULE, kind))
            if close + 2 >= len(keys) or keys[close + 1].key != "و":
                break
            open_ = close + 2
    return out


def _bare(k: TokenKey, start: int) -> str:
    """The key of token ``k`` from offset ``start`` on (its proclitics stripped), with the article that لل hides
    ("للمقاومة" from "مقاومة" on: "المقاومة")."""
    key = next((key for key, s in k.variants if s == start), k.key)
    hidden = start > k.start and k.key.startswith(("لل", "ولل", "فلل")) and not key.startswith("ال")
    return "ال" + key if hidden else key


def short_groups(chosen: list[Cand], keys: Sequence[TokenKey], heads: HeadWords) -> list[Cand]:
    """An armed group named by a noun and an adjective ("المقاومة الشعبية", "الحشد الشعبي") is the noun alone
    elsewhere in the same article ("تقدمت المقاومة", "للمقاومة"): an ORG with the group's id; not a head noun
    ("الجيش الحر": الجيش alone is any army), a generic word, or the noun before an adjective of its own. The group
    named with a proclitic ("والمقاومة الشعبية", "للمقاومة الشعبية") is the same group."""
    groups: dict[str, Cand] = {}
    for c in chosen:
        if c.type == "ORG" and c.kind == "armed" and c.id is not None and c.last - c.first == 2:
            noun, adj = _bare(keys[c.first], c.start), keys[c.first + 1].key
            if noun.startswith("ال") and adj.startswith("ال") and adj.endswith(("ي", "يه")) \
                    and noun[2:] not in heads.heads and noun not in heads.generic and noun not in heads.generic_adj:
                groups.setdefault(noun, c)
    if not groups:
        return chosen
    taken = {t for c in chosen for t in range(c.first, c.last)}
    found: list[Cand] = []
    for t, k in enumerate(keys):
        if t in taken or k.kind != "arabic":
            continue
        nxt = keys[t + 1].key if t + 1 < len(keys) else ""
        if nxt.startswith("ال") and nxt.endswith(("ي", "يه")) and nxt not in heads.describe:
            continue  # "المقاومة الفلسطينية": another group
        for key, start in k.variants:
            group = groups.get(key) or (groups.get("ال" + key) if k.key.startswith(("لل", "ولل", "فلل")) else None)
            if group is not None:
                found.append(replace(group, first=t, last=t + 1, start=start, end=k.end, priority=RULE))
                break
    return sorted([*chosen, *found], key=lambda c: c.start) if found else chosen


def named_after_person(text: str, head: Token, keys: Sequence[TokenKey], first: int, last: int,
                       heads: HeadWords) -> Cand | None:
    """A person read right after a noun that names places and bodies after people is that place or body
    ("مسجد عمرو بن العاص" LOC, "جامعة نايف" ORG), from the noun on (after its proclitics); none where the noun
    heads no name of its own ("جائزة": a prize is no PER, LOC or ORG)."""
    k = keys[first - 1]
    found = next(((heads.heads[w.removeprefix("ال")], s) for w, s in k.variants if w.removeprefix("ال") in heads.heads),
                 None)
    if found is None or k.key.startswith("ال"):
        return None
    (typ, kind), start = found
    start = max(start, head.start)
    return Cand(first - 1, last, start, keys[last - 1].end, typ, None, None, None, TAGGER, kind)


def facility_places(chosen: list[Cand], keys: Sequence[TokenKey], heads: HeadWords) -> list[Cand]:
    """A facility noun without the article right before a one-word place the article names elsewhere is that
    facility ("سجن تدمر" where تدمر is read as the city, as "سجن صيدنايا"): the facility word belongs to the
    name, a LOC of its own (the place read there alone, or not read there at all)."""
    places = {keys[c.first].key: c for c in chosen if c.type == "LOC" and c.last - c.first == 1
              and c.kind != "facility" and not keys[c.first].clitic}
    if not places:
        return chosen
    by_first = {c.first: c for c in chosen}
    taken = {t for c in chosen for t in range(c.first, c.last)}
    drop: set[int] = set()
    found: list[Cand] = []
    for i in range(len(keys) - 1):
        place, at = places.get(keys[i + 1].key), by_first.get(i + 1)
        if i in taken or place is None or keys[i + 1].clitic or keys[i].kind != "arabic" \
                or (i + 1 in taken and (at is None or at.type != "LOC" or at.last != i + 2)):
            continue
        start = _facility_start(keys[i], heads)
        if start is not None:
            drop.add(i + 1)
            taken.update((i, i + 1))
            found.append(Cand(i, i + 2, start, keys[i + 1].end, "LOC", None, place.country, None, RULE, "facility"))
    if not found:
        return chosen
    return sorted([*(c for c in chosen if c.first not in drop), *found], key=lambda c: c.start)


def _facility_start(k: TokenKey, heads: HeadWords) -> int | None:
    """Where the facility noun of token ``k`` starts after its proclitics (not a road: طريق), or None."""
    for key, start in k.variants:
        typ, kind = heads.heads.get(key, ("", ""))
        if typ == "LOC" and kind == "facility":
            return start
    return None


def place_nisbas(chosen: list[Cand], keys: Sequence[TokenKey], nisba: Sequence[Match],
                 names: Sequence[Match]) -> list[Cand]:
    """A body named after a place leaves out the nationality adjective of that place's country after its name,
    which only describes it ("جامعة وارسو البولندية" → جامعة وارسو, as a club's: "مانشستر يونايتد الإنجليزي"); a
    name without a place keeps it ("وزارة الخارجية البحرينية")."""
    ending = {m.first: m for m in nisba if m.last - m.first == 1}
    places = {t: m.entry.country for m in names if m.entry.type == "LOC" and m.entry.country
              for t in range(m.first, m.last)}
    out: list[Cand] = []
    for c in chosen:
        m = ending.get(c.last - 1) if c.type == "ORG" and c.last - c.first >= 3 else None
        if m is not None and m.start == keys[m.first].start and m.entry.country is not None and m.first not in places \
                and any(places.get(t) == m.entry.country for t in range(c.first + 1, c.last - 1)):
            c = replace(c, last=c.last - 1, end=keys[c.last - 2].end, country=c.country or m.entry.country)
        out.append(c)
    return out


def branch_offices(keys: Sequence[TokenKey], heads: HeadWords, names: Sequence[Match]) -> list[Cand]:
    """A service's noun without the article right before a known place names that service's office there, one
    body with the place's country: "تعليم جدة" (the education department of Jeddah), "بصحة الرياض"; not before
    a country ("تعليم مصر": a country's education) nor before any other word ("صحة البيئة", "تعليم الأطفال")."""
    places = {m.first: m for m in names if m.entry.type == "LOC" and m.entry.kind != "country"}
    out: list[Cand] = []
    for i in range(len(keys) - 1):
        start = next((s for key, s in keys[i].variants if key in heads.branch), None) \
            if keys[i].kind == "arabic" else None
        place = places.get(i + 1)
        if start is not None and place is not None and place.start == keys[i + 1].start:
            out.append(Cand(i, place.last, start, place.end, "ORG", None, place.entry.country, None, RULE, "gov"))
    return out
