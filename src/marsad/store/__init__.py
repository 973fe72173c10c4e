"""The corpus store: articles and their analyses in one embedded SQLite file, searchable in Arabic.

Data flow (one module each)::

    readers.py  input paths (files, folders, .zip of JSON arrays, JSONL, RSS/Atom, HTML, .gz) → RawItem,
                read with bounds per member and per article (feeds.py: RSS/Atom entries → records)
    params.py   the views' parameters, one model for the command line and the HTTP API
    work.py     RawItem → extraction + Pipeline → ArticleRow (or FailureRow); pure, runs in workers
    ingest.py   the local engine: a process pool of workers, one writer, a transaction per batch
    spark.py    the Spark engine: the same work.py on executors, writing Parquet; load_parquet() → store
    db.py       Store: schema (schema.py), writing batches, and the read API below
    search.py   FTS5 query building (Arabic folding, clitic stems, escaping) and snippets
    dedup.py    MinHash signatures and LSH grouping (near-duplicates, stories across outlets)
    export.py   JSONL, CSV, Parquet, events TSV (GDELT/POLECAT-like columns)

The read API (for the CLI and the HTTP service; every method returns plain JSON-ready values)::

    from marsad.store import Store
    with Store("marsad.db", readonly=True) as st:
        st.stats()                 -> {"articles", "failed", "entities", "events", "sources", "groups",
                                       "duplicates", "first", "last"}
        st.search(query, limit=20, offset=0, since=None, until=None, source=None, entity=None,
                  country=None, event_type=None)
                                   -> [{"id", "title", "published", "source", "url", "snippet",
                                        "match": {"start", "end"} | None (into the snippet),
                                        "text_match": {"start", "end"} | None (into the article text),
                                        "group_id", "score"}] best first
        st.search_page(query, ...same arguments)
                                   -> {"query", "total", "offset", "limit", "hits": search's list}
        st.get(article_id)         -> the `marsad analyze` JSON object plus "id", "source", "url",
                                       "origin", "group_id", "dup_of", "group": [{"id", "title", "source",
                                       "published"}]; None when there is no such article
        st.top_entities(limit=20, type=None, since=None, until=None, source=None, by=None)
                                   -> [{"text", "type", "id", "country", "mentions", "articles"
                                        (+ "period" when by="day"|"week"|"month"|"year")}]
        st.events(actor=None, target=None, type=None, since=None, until=None, source=None,
                  article_id=None, limit=100, offset=0, order="recent", factuality=None)
                                   -> [{"article_id", "date", "type", "cameo", "goldstein", "actor",
                                        "actor_country", "target", "target_country", "trigger",
                                        "trigger_start", "trigger_end", "time", "mode", "source", "url",
                                        "factuality", "published"}]  most recent articles first, their
                                        asserted events first (order="date": by event date)
        st.timeline(actor=None, target=None, type=None, since=None, until=None)
                                   -> [{"date", "actor", "target", "events"}]  (per day per actor pair)
        st.cooccurrence(entity, limit=25)
                                   -> {"entity", "articles", "scanned", "neighbours": [{"text", "type", "id",
                                        "country", "articles"}]}  (entities sharing articles with it)
        st.group(group_id)         -> [{"id", "title", "source", "published", "dup_of"}]
        st.stories(limit=20, min_outlets=2)
                                   -> [{"group_id", "articles", "outlets", "title", "first", "last"}]
        st.failures(limit=100)     -> [{"origin", "error"}]

The command line and the API check the arguments first with :mod:`marsad.store.params` (one model:
case-insensitive types and codes, bounded limits, one-line errors). Dates are ISO strings
``YYYY-MM-DD``; ``since``/``until`` are inclusive. Actor/target filters accept a country code
(``RUS``), an agent code or an actor's text. A query string never reaches SQL or the FTS5
query language unescaped. The default database is ``marsad.db`` in the current directory
(:data:`DEFAULT_DB`). Writing: :func:`marsad.store.ingest.ingest` and :func:`marsad.store.spark.load_parquet`.
"""

from __future__ import annotations

from marsad.store.db import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
