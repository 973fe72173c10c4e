"""Event mentions as the corpus views read them: every event of every stored analysis, with its article.

The views (story-level events in :mod:`.merge`, trends and map points in :mod:`.trend`) need fields that
the ``events`` table does not hold (``factuality``, ``place``), so they read the events of the stored
analyses (``articles.analysis``, the `marsad analyze` object without text) through SQLite's ``json_each``,
with the article's story group, outlet and date. A mention's ``date`` is its event time when that is a full
date, else the article's publication date (as in the ``events`` table).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from marsad.store.db import Store, StoreError, _date
from marsad.store.work import fold_word

REPORT_WINDOW = 130  # days: the reference cut of events.factuality (120) and a margin
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
QUAD = {  # PLOVER type → quad class (verbal/material cooperation, verbal/material conflict; REQUEST as CAMEO's 02)
    "AGREE": "verbal-cooperation", "CONSULT": "verbal-cooperation", "SUPPORT": "verbal-cooperation",
    "REQUEST": "verbal-cooperation",
    "CONCEDE": "material-cooperation", "COOPERATE": "material-cooperation", "AID": "material-cooperation",
    "RETREAT": "material-cooperation",
    "ACCUSE": "verbal-conflict", "DEMAND": "verbal-conflict", "DISAPPROVE": "verbal-conflict",
    "REJECT": "verbal-conflict", "THREATEN": "verbal-conflict",
    "PROTEST": "material-conflict", "MOBILIZE": "material-conflict", "SANCTION": "material-conflict",
    "COERCE": "material-conflict", "ASSAULT": "material-conflict",
}
QUADS = ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict")


@dataclass(frozen=True, slots=True)
class Mention:
    article_id: int
    idx: int
    group_id: int
    source: str | None
    published: str | None
    url: str | None
    date: str | None
    event: dict[str, Any]

    @property
    def type(self) -> str:
        return str(self.event.get("type") or "")

    @property
    def factuality(self) -> str:
        return str(self.event.get("factuality") or "asserted")

    @property
    def quad(self) -> str | None:
        return QUAD.get(self.type)


def _valid(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def side_keys(side: dict[str, Any] | None) -> set[str]:
    """What an actor or target filter may name: its country, its agent code, its folded text."""
    if not side:
        return set()
    keys = {str(side[k]).upper() for k in ("country", "agent", "code") if side.get(k)}
    if side.get("text"):
        keys.add(fold_word(str(side["text"])))
    return keys


def matches(m: Mention, actor: str | None = None, target: str | None = None, type: str | None = None,
            country: str | None = None) -> bool:
    """Whether ``m`` passes the filters (codes case-insensitive; ``country``: actor's, target's or place's)."""
    ev = m.event
    if type and m.type != type.upper():
        return False
    for side, value in (("actor", actor), ("target", target)):
        if value and not ({value.upper(), fold_word(value)} & side_keys(ev.get(side))):
            return False
    if country:
        c = country.upper()
        place = ev.get("place") or {}
        if c not in {(ev.get("actor") or {}).get("country"), (ev.get("target") or {}).get("country"),
                     place.get("country")}:
            return False
    return True


def iter_mentions(store: Store, since: Any = None, until: Any = None, source: str | None = None,
                  factuality: str | None = "asserted") -> Iterator[Mention]:
    """Every stored event mention (asserted ones by default), by article then position; ``since``/``until``
    bound the mention's date (inclusive)."""
    lo, hi = _date(since, "since"), _date(until, "until")
    if lo and hi and lo > hi:
        raise StoreError("since is after until")
    where: list[str] = []
    params: list[Any] = []
    if factuality == "asserted":
        # an asserted event is reported on or after its day, and at most REFERENCE_DAYS before publication
        # (older ones are reference events): the articles outside that window need not be read
        if lo:
            where.append("(a.published IS NULL OR a.published >= ?)")
            params.append((dt.date.fromisoformat(lo) - dt.timedelta(days=2)).isoformat())
        if hi:
            where.append("(a.published IS NULL OR a.published <= ?)")
            params.append((dt.date.fromisoformat(hi) + dt.timedelta(days=REPORT_WINDOW)).isoformat())
    if source:
        where.append("a.source = ?")
        params.append(source)
    cond = f"WHERE {' AND '.join(where)}" if where else ""
    sql = ("SELECT a.id AS id, a.group_id AS group_id, a.source AS source, a.published AS published, a.url AS url,"
           " e.key AS idx, e.value AS event FROM articles a, json_each(a.analysis, '$.events') e"
           f" {cond} ORDER BY a.id, e.key")
    for r in store.conn.execute(sql, params):
        ev = json.loads(r["event"])
        if factuality and (ev.get("factuality") or "asserted") != factuality:
            continue
        when = ev.get("time")
        date = when if isinstance(when, str) and _FULL_DATE.match(when) and _valid(when) else r["published"]
        if (lo and (date is None or date < lo)) or (hi and (date is None or date > hi)):
            continue
        yield Mention(r["id"], int(r["idx"]), r["group_id"] if r["group_id"] is not None else r["id"],
                      r["source"], r["published"], r["url"], date, ev)
