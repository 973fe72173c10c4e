"""One raw item → one stored row: extraction, the full pipeline, and everything the store indexes.

:func:`process` is pure (given the pipeline) and is what both engines run: the local engine in its
worker processes, the Spark engine on its executors. It never raises for a bad article: it returns a
failure row with a one-line reason instead.

An article row is a dict of the ``articles`` columns plus ``entities`` and ``events`` (lists of rows
in the column order of :data:`ENTITY_COLUMNS` / :data:`EVENT_COLUMNS`) and ``countries``. Entity and
event rows are read from the CONTRACT JSON (:func:`marsad.output.to_json`), never from stage internals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import zlib
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.store.dedup import signature
from marsad.store.readers import RawItem
from marsad.text.normalize import fold

log = logging.getLogger(__name__)

ARTICLE_COLUMNS = (
    "seq", "hash", "origin", "title", "published", "source", "url", "text", "text_hash", "analysis",
    "n_errors", "minhash", "fts_title", "fts_title_stems", "fts_body", "fts_body_stems",
)
ENTITY_COLUMNS = ("span_start", "span_end", "text", "norm", "type", "eid", "country", "role")
EVENT_COLUMNS = (
    "idx", "date", "type", "cameo", "goldstein", "actor", "actor_norm", "actor_country", "actor_agent",
    "target", "target_norm", "target_country", "target_agent", "trigger_start", "trigger_end", "trigger",
    "time", "mode", "factuality",
)
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@lru_cache(maxsize=500_000)
def fold_word(word: str) -> str:
    """A word as indexed and searched: normalized (see marsad.text.normalize) and lower-cased."""
    return fold(word).lower()


_ARABIC = "\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d"
WORD_RE = re.compile(rf"[{_ARABIC}][{_ARABIC}{_MARKS}]*|[0-9\u0660-\u0669\u06f0-\u06f9]+|[^\W\d_]+")
_WORDS: dict[str, tuple[str, str, int]] = {}
_WORDS_MAX = 400_000


def _word_info(raw: str, segmenter: Any) -> tuple[str, str, int]:
    norm = fold(raw)
    word = norm.lower()
    stem = word
    if segmenter is not None and raw[:1] >= "\u0600":
        for start, end, kind in segmenter.split(norm):
            if kind == "stem":
                stem = norm[start:end] or word
                break
    return word, stem, zlib.crc32(word.encode("utf-8"))


def word_forms(text: str, resources: Any) -> tuple[list[str], list[str], list[int]]:
    """Every word of ``text`` as (folded surface, folded clitic-free stem, hash of the surface), aligned.

    Words are runs of Arabic letters (with their marks), digits, or other letters; stems come from the
    tokenizer's clitic segmenter (و ف ب ل ك س ال لل off: وموسكو → موسكو). Used for the index and the query.
    """
    segmenter = getattr(resources.tokenizer, "segmenter", None)
    cache = _WORDS
    infos = []
    for raw in WORD_RE.findall(text):
        got = cache.get(raw)
        if got is None:
            got = _word_info(raw, segmenter)
            if len(cache) >= _WORDS_MAX:
                cache.clear()
            cache[raw] = got
        if got[0]:
            infos.append(got)
    return [i[0] for i in infos], [i[1] for i in infos], [i[2] for i in infos]


def source_of(doc: Document) -> str | None:
    """The outlet: the record's ``source``, else the host of its URL."""
    src = doc.meta.get("source")
    if src:
        return src.strip() or None
    url = doc.meta.get("url")
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def build_document(item: RawItem) -> Document:
    from marsad.extract import document_from_bytes, document_from_record

    if item.kind == "record":
        rec = json.loads(item.payload)
        return document_from_record(rec, meta={"origin": item.origin})
    if item.kind == "bytes":
        data = item.payload if isinstance(item.payload, bytes) else item.payload.encode("utf-8")
        name = item.origin.rsplit("::", 1)[-1]
        doc = document_from_bytes(data, name)
        doc.meta["origin"] = item.origin
        return doc
    raise MarsadError(str(item.payload))


def process(item: RawItem, pipeline: Any) -> dict[str, Any]:
    """Analyze one item: an article row, or ``{"failed": True, "hash", "origin", "error", "seq"}``."""
    try:
        doc = pipeline(build_document(item))
        return article_row(item, doc, pipeline.resources)
    except MarsadError as exc:
        return failure_row(item, str(exc))
    except Exception as exc:  # a bad article never stops a batch
        log.debug("article %s failed", item.origin, exc_info=True)
        return failure_row(item, f"{type(exc).__name__}: {exc}")


def failure_row(item: RawItem, error: str) -> dict[str, Any]:
    return {"failed": True, "seq": item.seq, "hash": item.hash, "origin": item.origin, "error": error[:500]}


def article_row(item: RawItem, doc: Document, resources: Any) -> dict[str, Any]:
    from marsad.output import to_json

    obj = to_json(doc)
    text = obj["text"]
    title = obj.get("title")
    body_words, body_stems, body_hashes = word_forms(text, resources)
    title_words, title_stems, _ = word_forms(title, resources) if title else ([], [], [])
    published = obj.get("published")
    entities = [  # an inferred country counts too: a body's corpus country is the one 2/3 of its mentions carry
        (e["start"], e["end"], e["text"], fold_word(e["text"]), e["type"], e.get("id"), e.get("country"),
         e.get("role"))
        for e in obj["entities"]
    ]
    events = [_event_row(i, ev, published) for i, ev in enumerate(obj["events"])]
    analysis = {k: v for k, v in obj.items() if k != "text"}
    return {
        "failed": False,
        "seq": item.seq,
        "hash": item.hash,
        "origin": item.origin,
        "title": title,
        "published": published,
        "source": source_of(doc),
        "url": doc.meta.get("url"),
        "text": text,
        "text_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "analysis": json.dumps(analysis, ensure_ascii=False),
        "n_errors": len(doc.errors),
        "minhash": signature(body_hashes),
        "fts_title": " ".join(title_words),
        "fts_title_stems": " ".join(title_stems),
        "fts_body": " ".join(body_words),
        "fts_body_stems": " ".join(body_stems),
        "entities": entities,
        "events": events,
        "countries": list(obj.get("countries") or []),
    }


def _event_row(idx: int, ev: dict[str, Any], published: str | None) -> tuple[Any, ...]:
    actor = ev.get("actor") or {}
    target = ev.get("target") or {}
    trigger = ev.get("trigger") or {}
    when = ev.get("time")
    date = when if isinstance(when, str) and _FULL_DATE.match(when) and _valid(when) else published
    return (
        idx, date, ev.get("type"), ev.get("cameo"), ev.get("goldstein"),
        actor.get("text"), fold_word(actor["text"]) if actor.get("text") else None, actor.get("country"),
        actor.get("agent"),
        target.get("text"), fold_word(target["text"]) if target.get("text") else None, target.get("country"),
        target.get("agent"),
        trigger.get("start"), trigger.get("end"), trigger.get("text"), when, ev.get("mode"), ev.get("factuality"),
    )


def _valid(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True
