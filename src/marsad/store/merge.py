"""Story-level events: the mentions of one real-world event, across the articles of a story, as one record.

Each outlet that carries a story codes its own mentions of the event (an attack reported by eight outlets is
eight mentions); GDELT keeps one event row with NumMentions, NumSources and NumArticles. Here, within one
story group (near-duplicate articles across outlets, :mod:`.dedup`), two mentions are the same event when:

- they have the same PLOVER type and the same factuality;
- their participants are compatible: the actors have the same key (country, else agent, else folded text),
  or one actor is unknown; the targets likewise; for symmetric types (CONSULT, AGREE ...) the pair may be
  read in either order;
- their places are compatible: one is unknown, or both are in the same country (places named in the text
  only: a dateline or the participants' country says where a report was filed or who took part);
- their dates are at most :data:`WINDOW_DAYS` apart (or one is unknown).

A mention joins the first compatible record of its story (mentions in article order); the record takes the
most frequent actor, target and place among its mentions (known ones before unknown ones), its earliest
date, and counts its ``mentions``, ``articles`` and ``sources`` (distinct outlets).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TextIO

from marsad.store.db import Store, StoreError
from marsad.store.mentions import Mention, iter_mentions, matches
from marsad.store.work import fold_word

WINDOW_DAYS = 2
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "SANCTION", "ASSAULT"})


def _key(side: dict[str, Any] | None) -> str | None:
    if not side:
        return None
    for k in ("country", "agent"):
        if side.get(k):
            return str(side[k])
    return fold_word(str(side["text"])) if side.get("text") else None


def _days(a: str | None, b: str | None) -> int:
    if a is None or b is None:
        return 0
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except ValueError:
        return 0


def _place_country(m: Mention) -> str | None:
    """The country of a place named in the text (a dateline's or a participant's country says less)."""
    place = m.event.get("place") or {}
    return place.get("country") if place.get("start") is not None else None


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


@dataclass
class _Record:
    first: Mention
    mentions: list[Mention] = field(default_factory=list)

    def fits(self, m: Mention) -> bool:
        f = self.first
        if m.type != f.type or m.factuality != f.factuality or m.group_id != f.group_id:
            return False
        if _days(m.date, f.date) > WINDOW_DAYS:
            return False
        if not _same(_place_country(m), _place_country(f)):
            return False
        a1, t1 = _key(m.event.get("actor")), _key(m.event.get("target"))
        a2, t2 = _key(f.event.get("actor")), _key(f.event.get("target"))
        if _same(a1, a2) and _same(t1, t2):
            return True
        return m.type in SYMMETRIC and _same(a1, t2) and _same(t1, a2)


def _most(values: Iterable[dict[str, Any] | None], key: str | None = None) -> dict[str, Any] | None:
    """The most frequent known value (by ``key`` field or whole), first seen on ties."""
    known = [v for v in values if v]
    if not known:
        return None
    counts = Counter(str(v.get(key) if key else sorted(v.items())) for v in known)
    best = max(counts.values())
    return next(v for v in known if counts[str(v.get(key) if key else sorted(v.items()))] == best)


def _side(values: list[dict[str, Any] | None]) -> dict[str, Any] | None:
    with_country = [v for v in values if v and v.get("country")]
    best = _most(with_country or values, "country" if with_country else "text")
    return {k: best.get(k) for k in ("text", "country", "agent")} if best else None


def _record(r: _Record) -> dict[str, Any]:
    ms = r.mentions
    events = [m.event for m in ms]
    places = [e.get("place") for e in events]
    located = [p for p in places if p and p.get("lat") is not None]
    place = _most(located or places, "id")
    dates = sorted(m.date for m in ms if m.date)
    first = r.first.event
    return {
        "story": r.first.group_id, "date": dates[0] if dates else None, "type": r.first.type,
        "cameo": first.get("cameo"), "goldstein": first.get("goldstein"), "factuality": r.first.factuality,
        "actor": _side([e.get("actor") for e in events]), "target": _side([e.get("target") for e in events]),
        "place": {k: place.get(k) for k in ("text", "id", "country", "lat", "lon")} if place else None,
        "reported": max((m.published for m in ms if m.published), default=None),
        "mentions": len(ms), "articles": len({m.article_id for m in ms}),
        "sources": len({m.source or f"#{m.article_id}" for m in ms}),
        "mention_list": [{"article_id": m.article_id, "idx": m.idx, "source": m.source, "published": m.published,
                          "url": m.url, "trigger": (m.event.get("trigger") or {}).get("text")} for m in ms],
    }


def merge_mentions(mentions: Iterable[Mention]) -> list[dict[str, Any]]:
    """One record per real-world event (see the module's rules), in order of first mention."""
    by_story: dict[int, list[_Record]] = {}
    records: list[_Record] = []
    for m in mentions:
        pool = by_story.setdefault(m.group_id, [])
        rec = next((r for r in pool if r.fits(m)), None)
        if rec is None:
            rec = _Record(m)
            pool.append(rec)
            records.append(rec)
        rec.mentions.append(m)
    return [_record(r) for r in records]


def merged_events(store: Store, actor: str | None = None, target: str | None = None, type: str | None = None,
                  since: Any = None, until: Any = None, source: str | None = None, country: str | None = None,
                  factuality: str | None = "asserted", limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Story-level events matching the filters: most recently reported first (the latest publication date of
    their articles), then most outlets first.

    The filters apply to the record's own type, actor, target and place (those of
    :func:`marsad.store.mentions.matches`), ``source`` to any of its mentions; counts are over all mentions."""
    if limit < 0 or offset < 0:
        raise StoreError("limit and offset must not be negative")
    records = merge_mentions(iter_mentions(store, since, until, None, factuality))
    wanted = [r for r in records if _keep(r, actor, target, type, source, country)]
    wanted.sort(key=lambda r: (r["reported"] or "", r["sources"], r["mentions"], r["date"] or ""), reverse=True)
    return wanted[offset: offset + limit]


def _keep(r: dict[str, Any], actor: str | None, target: str | None, type: str | None, source: str | None,
          country: str | None) -> bool:
    if source and not any(m["source"] == source for m in r["mention_list"]):
        return False
    probe = Mention(0, 0, 0, None, None, None, r["date"],
                    {"type": r["type"], "actor": r["actor"], "target": r["target"], "place": r["place"]})
    return matches(probe, actor, target, type, country)


MERGED_TSV_COLUMNS = (
    "date", "actor", "actor_country", "actor_agent", "event_type", "cameo", "goldstein", "target", "target_country",
    "target_agent", "place", "place_id", "place_country", "lat", "lon", "mentions", "articles", "sources", "story",
    "article_ids",
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def write_merged_tsv(store: Store, f: TextIO) -> int:
    """The story-level events (asserted) as a GDELT-like TSV with a header; returns the rows written."""
    f.write("\t".join(MERGED_TSV_COLUMNS) + "\n")
    n = 0
    for r in merge_mentions(iter_mentions(store)):
        a, t, p = r["actor"] or {}, r["target"] or {}, r["place"] or {}
        values = (r["date"], a.get("text"), a.get("country"), a.get("agent"), r["type"], r["cameo"], r["goldstein"],
                  t.get("text"), t.get("country"), t.get("agent"), p.get("text"), p.get("id"), p.get("country"),
                  p.get("lat"), p.get("lon"), r["mentions"], r["articles"], r["sources"], r["story"],
                  ";".join(str(a) for a in dict.fromkeys(m["article_id"] for m in r["mention_list"])))
        f.write("\t".join(_cell(v) for v in values) + "\n")
        n += 1
    return n
