"""The store's SQLite schema (version 1).

- ``articles``: one row per stored article, unique by ``hash`` (the content hash of its input item);
  ``analysis`` is the `marsad analyze` JSON without ``text``; ``minhash`` the 512-byte signature;
  ``group_id`` the story group, ``dup_of`` the article it near-duplicates.
- ``entities``, ``events``, ``article_countries``: the analyses as rows, for filters and aggregates.
- ``failures``: input items that could not be analyzed (origin and one-line reason), unique by hash.
- ``fts``: a contentless FTS5 index, rowid = article id; columns hold folded words and their folded
  clitic-free stems, one per word token and aligned, for the title and for the whole text. Words are
  already folded and lower-cased and joined by spaces, so FTS5's fast ``ascii`` tokenizer is enough
  (it treats every non-ASCII character as part of a word; queries are built the same way).
"""

from __future__ import annotations

SCHEMA_VERSION = "2"  # 2: events.factuality

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    seq INTEGER,
    origin TEXT,
    title TEXT,
    published TEXT,
    source TEXT,
    url TEXT,
    text TEXT NOT NULL,
    text_hash TEXT,
    analysis TEXT NOT NULL,
    n_errors INTEGER NOT NULL DEFAULT 0,
    minhash BLOB,
    group_id INTEGER,
    dup_of INTEGER,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source, published);
CREATE INDEX IF NOT EXISTS articles_group ON articles(group_id);
CREATE TABLE IF NOT EXISTS entities (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    norm TEXT NOT NULL,
    type TEXT NOT NULL,
    eid TEXT,
    country TEXT,
    role TEXT
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE INDEX IF NOT EXISTS entities_norm ON entities(norm, type);
CREATE INDEX IF NOT EXISTS entities_eid ON entities(eid);
CREATE TABLE IF NOT EXISTS events (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL,
    date TEXT,
    type TEXT,
    cameo TEXT,
    goldstein REAL,
    actor TEXT,
    actor_norm TEXT,
    actor_country TEXT,
    actor_agent TEXT,
    target TEXT,
    target_norm TEXT,
    target_country TEXT,
    target_agent TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger TEXT,
    time TEXT,
    mode TEXT,
    factuality TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_type ON events(type, date);
CREATE INDEX IF NOT EXISTS events_actor ON events(actor_country, target_country);
CREATE TABLE IF NOT EXISTS article_countries (
    country TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (country, article_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS failures (
    hash TEXT PRIMARY KEY,
    seq INTEGER,
    origin TEXT,
    error TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, title_stems, body, body_stems,
    content='', tokenize='ascii'
);
"""
