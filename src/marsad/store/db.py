"""The store: one SQLite file in WAL mode; batches written in one transaction each; the read API.

Writes are all-or-nothing per batch (``BEGIN IMMEDIATE`` … ``COMMIT``), so a process killed at any
moment leaves the file consistent, holding whole batches only; articles are unique by content hash,
so running the same ingest again stores each missing article exactly once. Readers (the HTTP service,
``marsad search``) may read while an ingest writes (WAL). Every query is parameterized.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from marsad.errors import MarsadError
from marsad.store.dedup import Grouper
from marsad.store.schema import SCHEMA, SCHEMA_VERSION
from marsad.store.search import matches, parse_query, snippet
from marsad.store.work import fold_word

log = logging.getLogger(__name__)

DEFAULT_DB = "marsad.db"
_CONTRACT_ORDER = ("title", "published", "text", "credits", "sources", "entities", "countries", "times", "quotes",
                   "events")
_PERIODS = {"day": "a.published", "week": "strftime('%Y-W%W', a.published)", "month": "substr(a.published, 1, 7)",
            "year": "substr(a.published, 1, 4)"}
_EVENT_ORDERS = {"recent": "a.published IS NULL, a.published DESC, v.article_id DESC, {fact} IS NOT 'asserted',"
                           " v.idx",
                 "date": "v.date IS NULL, v.date, v.article_id, v.idx"}


class StoreError(MarsadError):
    """The store file cannot be opened or is not a marsad store."""


def _date(value: str | dt.date | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise StoreError(f"{name}: expected a date YYYY-MM-DD, got {value!r}") from exc


def _date_range(column: str, since: Any, until: Any, where: list[str], params: list[Any]) -> None:
    """Add ``column >= since`` / ``column <= until`` (validated dates, as parameters) to a WHERE list."""
    if (s := _date(since, "since")) is not None:
        where.append(f"{column} >= ?")
        params.append(s)
    if (u := _date(until, "until")) is not None:
        where.append(f"{column} <= ?")
        params.append(u)


class Store:
    """An article store (see the package docstring for the read API)."""

    def __init__(self, path: str | Path = DEFAULT_DB, readonly: bool = False, timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._resources: Any = None
        self._factuality: bool | None = None
        try:
            if readonly:
                if not self.path.is_file():
                    raise StoreError(f"{self.path}: no such store (run `marsad ingest` first)")
                self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout,
                                            isolation_level=None, check_same_thread=False)
            else:
                if self.path.is_dir():
                    raise StoreError(f"{self.path}: is a directory, not a store file")
                self.conn = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None,
                                            check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.executescript(SCHEMA)
                self.conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                                  (SCHEMA_VERSION,))
                self._migrate()
            else:
                self.conn.execute("SELECT 1 FROM articles LIMIT 1")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable marsad store ({exc})") from exc

    def _event_columns(self) -> set[str]:
        return {r[1] for r in self.conn.execute("PRAGMA table_info(events)")}

    def _migrate(self) -> None:
        """Bring a store written by an earlier version up to :data:`SCHEMA_VERSION` (events.factuality,
        filled from the stored analyses)."""
        if "factuality" in self._event_columns():
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("ALTER TABLE events ADD COLUMN factuality TEXT")
            self.conn.execute(
                "UPDATE events SET factuality = (SELECT json_extract(a.analysis, '$.events[' || events.idx ||"
                " '].factuality') FROM articles a WHERE a.id = events.article_id)")
            self.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def resources(self) -> Any:
        if self._resources is None:
            from marsad.resources import default_resources

            self._resources = default_resources()
        return self._resources

    # -- writing --------------------------------------------------------------------------------

    def known_hashes(self) -> set[str]:
        """Hashes of every stored article and recorded failure (skipped by an ingest)."""
        found = {r[0] for r in self.conn.execute("SELECT hash FROM articles")}
        found |= {r[0] for r in self.conn.execute("SELECT hash FROM failures")}
        return found

    def grouper(self) -> Grouper:
        """A :class:`Grouper` loaded with every stored article, for adding new ones."""
        g = Grouper()
        sql = "SELECT id, published, minhash, text_hash, group_id, dup_of FROM articles ORDER BY id"
        for r in self.conn.execute(sql):
            g.load(r["id"], r["published"], r["minhash"], r["text_hash"], r["group_id"], r["dup_of"])
        return g

    def write_batch(self, rows: list[dict[str, Any]], grouper: Grouper | None = None) -> tuple[int, int]:
        """Store a batch of article/failure rows (see marsad.store.work) in one transaction.

        Returns (articles added, failures added); rows already stored are skipped.
        """
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        added = failed = 0
        con = self.conn
        con.execute("BEGIN IMMEDIATE")
        try:
            for row in rows:
                if row.get("failed"):
                    cur = con.execute(
                        "INSERT OR IGNORE INTO failures(hash, seq, origin, error, at) VALUES (?, ?, ?, ?, ?)",
                        (row["hash"], row.get("seq"), row.get("origin"), row["error"], now),
                    )
                    failed += cur.rowcount
                    continue
                cur = con.execute(
                    "INSERT OR IGNORE INTO articles(hash, seq, origin, title, published, source, url, text, text_hash,"
                    " analysis, n_errors, minhash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (row["hash"], row.get("seq"), row.get("origin"), row.get("title"), row.get("published"),
                     row.get("source"), row.get("url"), row["text"], row.get("text_hash"), row["analysis"],
                     row.get("n_errors") or 0, row.get("minhash"), now),
                )
                if cur.rowcount == 0:
                    continue
                aid = int(cur.lastrowid or 0)
                added += 1
                con.executemany(
                    "INSERT INTO entities(article_id, span_start, span_end, text, norm, type, eid, country, role)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(aid, *e) for e in row.get("entities") or ()],
                )
                con.executemany(
                    "INSERT INTO events(article_id, idx, date, type, cameo, goldstein, actor, actor_norm,"
                    " actor_country, actor_agent, target, target_norm, target_country, target_agent, trigger_start,"
                    " trigger_end, trigger, time, mode, factuality) VALUES (" + ", ".join(["?"] * 20) + ")",
                    [(aid, *e) for e in row.get("events") or ()],
                )
                con.executemany(
                    "INSERT OR IGNORE INTO article_countries(country, article_id) VALUES (?, ?)",
                    [(c, aid) for c in row.get("countries") or ()],
                )
                con.execute(
                    "INSERT INTO fts(rowid, title, title_stems, body, body_stems) VALUES (?, ?, ?, ?, ?)",
                    (aid, row.get("fts_title") or "", row.get("fts_title_stems") or "", row.get("fts_body") or "",
                     row.get("fts_body_stems") or ""),
                )
                gid, dup_of = aid, None
                if grouper is not None:
                    gid, dup_of = grouper.add(aid, row.get("published"), row.get("minhash"), row.get("text_hash"))
                con.execute("UPDATE articles SET group_id = ?, dup_of = ? WHERE id = ?", (gid, dup_of, aid))
                con.execute("DELETE FROM failures WHERE hash = ?", (row["hash"],))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return added, failed

    def forget_failures(self) -> int:
        """Delete recorded failures so that the next ingest tries those items again."""
        cur = self.conn.execute("DELETE FROM failures")
        return cur.rowcount

    # -- reading --------------------------------------------------------------------------------

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def stats(self) -> dict[str, Any]:
        return {
            "articles": self._one("SELECT count(*) FROM articles"),
            "failed": self._one("SELECT count(*) FROM failures"),
            "entities": self._one("SELECT count(*) FROM entities"),
            "events": self._one("SELECT count(*) FROM events"),
            "sources": self._one("SELECT count(DISTINCT source) FROM articles"),
            "groups": self._one(
                "SELECT count(*) FROM (SELECT group_id FROM articles GROUP BY group_id HAVING count(*) > 1)"),
            "duplicates": self._one("SELECT count(*) FROM articles WHERE dup_of IS NOT NULL"),
            "first": self._one("SELECT min(published) FROM articles"),
            "last": self._one("SELECT max(published) FROM articles"),
        }

    def _filters(self, since: Any = None, until: Any = None, source: str | None = None, entity: str | None = None,
                 country: str | None = None, event_type: str | None = None) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        _date_range("a.published", since, until, where, params)
        if source:
            where.append("a.source = ? COLLATE NOCASE")
            params.append(source)
        if entity:
            where.append("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND (e.norm = ? OR e.eid = ?))")
            params += [fold_word(entity), entity]
        if country:
            where.append("EXISTS (SELECT 1 FROM article_countries c WHERE c.article_id = a.id AND c.country = ?)")
            params.append(country.upper())
        if event_type:
            where.append("EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.type = ?)")
            params.append(event_type.upper())
        return where, params

    def search(self, query: str, limit: int = 20, offset: int = 0, since: Any = None, until: Any = None,
               source: str | None = None, entity: str | None = None, country: str | None = None,
               event_type: str | None = None) -> list[dict[str, Any]]:
        """Articles matching ``query`` (see marsad.store.search), best first, with a snippet each."""
        return list(self.search_page(query, limit, offset, since, until, source, entity, country,
                                     event_type)["hits"])

    def search_page(self, query: str, limit: int = 20, offset: int = 0, since: Any = None, until: Any = None,
                    source: str | None = None, entity: str | None = None, country: str | None = None,
                    event_type: str | None = None) -> dict[str, Any]:
        """One page of :meth:`search`: ``{"query", "total", "offset", "limit", "hits"}``; ``total`` counts
        every matching article. Each hit's ``match`` indexes its ``snippet``; ``text_match`` the article text."""
        expr, words = parse_query(query or "", self.resources)
        where, params = self._filters(since, until, source, entity, country, event_type)
        limit, offset = max(0, int(limit)), max(0, int(offset))
        page: dict[str, Any] = {"query": query, "total": 0, "offset": offset, "limit": limit, "hits": []}
        cols = "a.id, a.title, a.published, a.source, a.url, a.group_id, a.text"
        if expr is not None:
            base = ("FROM fts JOIN articles a ON a.id = fts.rowid WHERE fts MATCH ?"
                    + "".join(" AND " + w for w in where))
            params = [expr, *params]
            sql = f"SELECT {cols}, bm25(fts, 4.0, 4.0, 1.0, 1.0) AS score {base} ORDER BY score, a.id LIMIT ? OFFSET ?"
        elif where:
            base = f"FROM articles a WHERE {' AND '.join(where)}"
            sql = f"SELECT {cols}, NULL AS score {base} ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?"
        else:
            return page
        page["total"] = self._one(f"SELECT count(*) {base}", tuple(params))
        for r in self.conn.execute(sql, [*params, limit, offset]):
            snip, match = snippet(r["text"], words)
            found = matches(r["text"], words, limit=1)
            page["hits"].append({
                "id": r["id"], "title": r["title"], "published": r["published"], "source": r["source"],
                "url": r["url"], "snippet": snip, "match": match, "group_id": r["group_id"],
                "text_match": {"start": found[0][0], "end": found[0][1]} if found else None,
                "score": None if r["score"] is None else round(-float(r["score"]), 4),
            })
        return page

    def get(self, article_id: int) -> dict[str, Any] | None:
        """The stored analysis of one article (the `marsad analyze` object) with its store fields and story."""
        r = self.conn.execute("SELECT * FROM articles WHERE id = ?", (int(article_id),)).fetchone()
        if r is None:
            return None
        analysis = json.loads(r["analysis"])
        analysis["text"] = r["text"]
        out: dict[str, Any] = {"id": r["id"]}
        out.update({k: analysis.pop(k) for k in _CONTRACT_ORDER if k in analysis})
        out.update(analysis)
        out.update({"source": r["source"], "url": r["url"], "origin": r["origin"], "group_id": r["group_id"],
                    "dup_of": r["dup_of"]})
        out["group"] = [g for g in self.group(r["group_id"]) if g["id"] != r["id"]] if r["group_id"] is not None else []
        return out

    def group(self, group_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT id, title, source, published, dup_of FROM articles WHERE group_id = ? ORDER BY published, id",
            (int(group_id),))
        return [dict(r) for r in rows]

    def stories(self, limit: int = 20, min_outlets: int = 2) -> list[dict[str, Any]]:
        """Story groups carried by at least ``min_outlets`` outlets, most outlets first."""
        rows = self.conn.execute(
            "SELECT g.group_id, g.n, g.outlets, g.first, g.last, a.title FROM (SELECT group_id, count(*) AS n,"
            " count(DISTINCT source) AS outlets, min(published) AS first, max(published) AS last FROM articles"
            " GROUP BY group_id HAVING count(DISTINCT source) >= ?) g JOIN articles a ON a.id = g.group_id"
            " ORDER BY g.outlets DESC, g.n DESC, g.group_id LIMIT ?",
            (int(min_outlets), int(limit)))
        return [{"group_id": r["group_id"], "articles": r["n"], "outlets": r["outlets"], "title": r["title"],
                 "first": r["first"], "last": r["last"]} for r in rows]

    def top_entities(self, limit: int = 20, type: str | None = None, since: Any = None, until: Any = None,
                     source: str | None = None, by: str | None = None) -> list[dict[str, Any]]:
        """Most mentioned entities (by linked id, else folded text), overall or per period (day/week/month/year)."""
        where, params = self._filters(since, until, source)
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        if by is not None and by not in _PERIODS:
            raise StoreError(f"by: expected one of {', '.join(_PERIODS)}, got {by!r}")
        period = _PERIODS[by] if by else "NULL"
        cond = f"WHERE {' AND '.join(where)}" if where else ""
        sql = (
            "SELECT * FROM (SELECT period, key, type, eid, country, mentions, articles, ROW_NUMBER() OVER"
            " (PARTITION BY period ORDER BY mentions DESC, key) AS rank FROM ("
            f"SELECT {period} AS period, COALESCE(e.eid, e.norm) AS key, e.type AS type, max(e.eid) AS eid,"
            " max(e.country) AS country, count(*) AS mentions, count(DISTINCT e.article_id) AS articles"
            f" FROM entities e JOIN articles a ON a.id = e.article_id {cond} GROUP BY period, key, e.type))"
            " WHERE rank <= ? ORDER BY period, rank"
        )
        out = []
        for r in self.conn.execute(sql, [*params, int(limit)]):
            item = {"text": self._surface(r["key"], r["eid"], r["type"]), "type": r["type"], "id": r["eid"],
                    "country": self._country(r["key"], r["eid"], r["type"]) if r["country"] else None,
                    "mentions": r["mentions"], "articles": r["articles"]}
            if by:
                item["period"] = r["period"]
            out.append(item)
        return out

    def _country(self, key: str, eid: str | None, etype: str) -> str | None:
        """The country of an entity key: the one at least two thirds of its mentions with a country carry,
        the article's country inferred for a national body named without its own counted ("وزارة الداخلية"
        in a corpus of Saudi news is the Saudi ministry; in a corpus where no country holds two thirds of its
        mentions, it has none)."""
        column = "eid" if eid is not None else "norm"
        rows = self.conn.execute(f"SELECT country, count(*) AS n FROM entities WHERE {column} = ? AND type = ?"
                                 " AND country IS NOT NULL GROUP BY country ORDER BY n DESC, country",
                                 (key, etype)).fetchall()
        total = sum(r["n"] for r in rows)
        return rows[0]["country"] if rows and 3 * rows[0]["n"] >= 2 * total else None

    def _surface(self, key: str, eid: str | None, etype: str) -> str | None:
        """The most frequent written form of an entity key (linked id, else folded text)."""
        column = "eid" if eid is not None else "norm"
        return self._one(f"SELECT text FROM entities WHERE {column} = ? AND type = ? GROUP BY text"
                         " ORDER BY count(*) DESC, text LIMIT 1", (key, etype))

    def cooccurrence(self, entity: str, limit: int = 25) -> dict[str, Any]:
        """Entities mentioned in the same articles as ``entity`` (its text or linked id), by shared articles."""
        norm = fold_word(entity)
        target = "SELECT DISTINCT article_id FROM entities WHERE norm = ? OR eid = ?"
        own = "SELECT DISTINCT COALESCE(eid, norm) FROM entities WHERE norm = ? OR eid = ?"
        n = self._one(f"SELECT count(*) FROM ({target})", (norm, entity))
        rows = self.conn.execute(
            "SELECT COALESCE(e.eid, e.norm) AS key, e.type AS type, max(e.eid) AS eid, max(e.country) AS country,"
            f" count(DISTINCT e.article_id) AS n FROM entities e WHERE e.article_id IN ({target})"
            f" AND COALESCE(e.eid, e.norm) NOT IN ({own}) GROUP BY key, e.type ORDER BY n DESC, key LIMIT ?",
            (norm, entity, norm, entity, int(limit)))
        neighbours = [{"text": self._surface(r["key"], r["eid"], r["type"]), "type": r["type"], "id": r["eid"],
                       "country": r["country"], "articles": r["n"]} for r in rows]
        return {"entity": entity, "articles": n, "scanned": n, "neighbours": neighbours}

    @property
    def _has_factuality(self) -> bool:
        if self._factuality is None:
            self._factuality = "factuality" in self._event_columns()
        return self._factuality

    def _event_filters(self, actor: str | None, target: str | None, type: str | None, since: Any, until: Any,
                       source: str | None = None, article_id: int | None = None,
                       factuality: str | None = None) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for side, value in (("actor", actor), ("target", target)):
            if value:
                where.append(f"(v.{side}_country = ? OR v.{side}_agent = ? OR v.{side}_norm = ?)")
                params += [value.upper(), value.upper(), fold_word(value)]
        if type:
            where.append("v.type = ?")
            params.append(type.upper())
        if factuality:
            if not self._has_factuality:
                raise StoreError("factuality: this store predates it; open it once for writing (marsad ingest) "
                                 "to add it")
            where.append("v.factuality = ?")
            params.append(factuality.lower())
        _date_range("v.date", since, until, where, params)
        if source:
            where.append("a.source = ? COLLATE NOCASE")
            params.append(source)
        if article_id is not None:
            where.append("v.article_id = ?")
            params.append(int(article_id))
        return where, params

    def events(self, actor: str | None = None, target: str | None = None, type: str | None = None,
               since: Any = None, until: Any = None, source: str | None = None, article_id: int | None = None,
               limit: int = 100, offset: int = 0, order: str = "recent",
               factuality: str | None = None) -> list[dict[str, Any]]:
        """Stored events matching the filters: the most recent articles first (``order="recent"``; an
        article's asserted events first, each group in text order), or by event date, oldest first
        (``order="date"``). ``factuality``: asserted, negated, hypothetical, future or reference."""
        if order not in _EVENT_ORDERS:
            raise StoreError(f"order: expected one of {', '.join(_EVENT_ORDERS)}, got {order!r}")
        where, params = self._event_filters(actor, target, type, since, until, source, article_id, factuality)
        cond = f"WHERE {' AND '.join(where)}" if where else ""
        fact = "v.factuality" if self._has_factuality else "NULL"
        sql = (f"SELECT v.*, {fact} AS factuality, a.source, a.url, a.published FROM events v"
               f" JOIN articles a ON a.id = v.article_id {cond}"
               f" ORDER BY {_EVENT_ORDERS[order].format(fact=fact)} LIMIT ? OFFSET ?")
        keys = ("article_id", "date", "type", "cameo", "goldstein", "actor", "actor_country", "actor_agent", "target",
                "target_country", "target_agent", "trigger", "trigger_start", "trigger_end", "time", "mode",
                "factuality", "source", "url", "published")
        return [{k: r[k] for k in keys} for r in self.conn.execute(sql, [*params, int(limit), int(offset)])]

    def timeline(self, actor: str | None = None, target: str | None = None, type: str | None = None,
                 since: Any = None, until: Any = None) -> list[dict[str, Any]]:
        """Events per day per (actor, target) pair; actors by country code when known, else by their text."""
        where, params = self._event_filters(actor, target, type, since, until)
        cond = f"WHERE {' AND '.join(where)}" if where else ""
        sql = ("SELECT v.date AS date, COALESCE(v.actor_country, v.actor) AS actor,"
               " COALESCE(v.target_country, v.target) AS target, count(*) AS n FROM events v"
               f" JOIN articles a ON a.id = v.article_id {cond} GROUP BY 1, 2, 3 ORDER BY 1, n DESC, 2, 3")
        return [{"date": r["date"], "actor": r["actor"], "target": r["target"], "events": r["n"]}
                for r in self.conn.execute(sql, params)]

    def failures(self, limit: int = 100) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT origin, error FROM failures ORDER BY seq, origin LIMIT ?", (int(limit),))
        return [dict(r) for r in rows]

    def iter_articles(self) -> Iterator[sqlite3.Row]:
        """Every stored article row, in id order (for exports)."""
        yield from self.conn.execute("SELECT * FROM articles ORDER BY id")

    def iter_events(self) -> Iterator[sqlite3.Row]:
        fact = "v.factuality" if self._has_factuality else "NULL"
        yield from self.conn.execute(
            f"SELECT v.*, {fact} AS factuality, a.source, a.url, a.published FROM events v"
            " JOIN articles a ON a.id = v.article_id ORDER BY v.article_id, v.idx")

    def integrity(self) -> str:
        return str(self._one("PRAGMA integrity_check"))
