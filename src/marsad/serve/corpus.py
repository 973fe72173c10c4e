"""The corpus endpoints, on the embedded store (:class:`marsad.store.Store`, read-only).

Every endpoint opens the store per request in a worker thread (SQLite connections belong to one
thread) and answers plain JSON. Without a usable store — the module missing, or no database file —
they answer ``503 {"error": ...}`` naming what to do; the analyze endpoint and the page still work.
"""

from __future__ import annotations

import importlib
import logging
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from marsad.errors import MarsadError
from marsad.serve.errors import ApiError
from marsad.store import params
from marsad.store.params import ParamError

log = logging.getLogger(__name__)

router = APIRouter(tags=["corpus"])
T = TypeVar("T")

# Query values arrive as plain strings and are checked by the shared model (marsad.store.params), so
# that the command line and the API accept the same values and answer the same one-line errors.
Raw = Annotated[str | None, Query()]


class Corpus:
    """Where the store is: resolves the database path once and opens it read-only on demand."""

    def __init__(self, db: str | None, store_cls: Any = None) -> None:
        self.problem: str | None = None
        self.store_cls: Any = store_cls
        self.path: Path | None = None
        if store_cls is not None:  # an injected store class (tests, embedding)
            self.path = Path(db or "marsad.db")
            return
        try:
            module = importlib.import_module("marsad.store")
            self.store_cls = module.Store
            default = getattr(module, "DEFAULT_DB", "marsad.db")
        except (ImportError, AttributeError) as exc:
            self.problem = f"the corpus store is not available in this installation ({exc})"
            return
        self.path = Path(db or default)

    def status(self) -> dict[str, Any]:
        problem = self.problem or self._missing()
        return {"available": problem is None, "db": str(self.path) if self.path else None, "problem": problem}

    def _missing(self) -> str | None:
        if self.path is not None and not self.path.is_file():
            return (f"no corpus database at {self.path}: create one with `marsad ingest PATH --db {self.path}` "
                    f"(then serve it with `marsad serve --db {self.path}`)")
        return None

    @contextmanager
    def open(self) -> Iterator[Any]:
        problem = self.problem or self._missing()
        if problem is not None:
            raise ApiError(503, problem)
        try:
            store = self.store_cls(str(self.path), readonly=True)
        except MarsadError as exc:
            raise ApiError(503, f"cannot open the corpus database {self.path}: {exc}") from None
        except Exception as exc:
            log.exception("cannot open store %s", self.path)
            raise ApiError(503, f"cannot open the corpus database {self.path} ({type(exc).__name__})") from None
        with store as st:
            yield st


async def with_store(request: Request, fn: Callable[[Any], T]) -> T:
    corpus: Corpus = request.app.state.corpus

    def work() -> T:
        with corpus.open() as st:
            try:
                return fn(st)
            except MarsadError as exc:
                raise ApiError(400, str(exc)) from None

    return await run_in_threadpool(work)


def parsed(model: Callable[..., T], **raw: Any) -> T:
    """``model.parse(**raw)`` with a :class:`~marsad.store.params.ParamError` answered as 422."""
    try:
        return model(**raw)
    except ParamError as exc:
        raise ApiError(422, str(exc)) from None


@router.get("/api/stats", summary="Corpus counts")
async def stats(request: Request) -> dict[str, Any]:
    return await with_store(request, lambda st: st.stats())


@router.get("/api/search", summary="Full-text search (Arabic-aware), best first, with the total count")
async def search(
    request: Request, q: Raw = None, limit: Raw = None, offset: Raw = None, since: Raw = None, until: Raw = None,
    source: Raw = None, entity: Raw = None, country: Raw = None, event_type: Raw = None,
) -> dict[str, Any]:
    sq = parsed(params.SearchQuery.parse, query=q or "", limit=limit or 20, offset=offset or 0, since=since,
                until=until, source=source, entity=entity, country=country, event_type=event_type)
    if sq.empty:
        raise ApiError(422, "q: the search query is empty (give a query or a filter)")

    def run(st: Any) -> dict[str, Any]:
        kw = sq.kwargs()
        query = kw.pop("query")
        if hasattr(st, "search_page"):
            return dict(st.search_page(query, **kw))
        hits = st.search(query, **kw)
        return {"query": query, "total": None, "offset": sq.offset, "limit": sq.limit, "hits": hits}

    page = await with_store(request, run)
    page["query"] = sq.query
    return page


@router.get("/api/articles/{article_id}", summary="One stored article with its analysis")
async def article(request: Request, article_id: str) -> dict[str, Any]:
    if not article_id.isdigit() or len(article_id) > 18:
        raise ApiError(404, f"no article with id {article_id[:40]!r} (ids are numbers)")
    found = await with_store(request, lambda st: st.get(int(article_id)))
    if found is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    return dict(found)


@router.get("/api/entities", summary="Most mentioned entities, overall or per day, week, month or year")
async def entities(
    request: Request, limit: Raw = None, type: Raw = None, since: Raw = None, until: Raw = None,
    source: Raw = None, by: Raw = None,
) -> list[dict[str, Any]]:
    eq = parsed(params.EntityQuery.parse, limit=limit or 50, type=type, since=since, until=until, source=source,
                by=by)
    return await with_store(request, lambda st: st.top_entities(**eq.kwargs()))


def cooccurrence(st: Any, entity: str, limit: int, scan: int) -> dict[str, Any]:
    """Entities that share articles with ``entity`` (its text or linked id): the store's own method when
    it has one, else a scan of the ``scan`` latest articles that mention it, counting each neighbour
    once per article (neighbours keyed by linked id, else folded text)."""
    if hasattr(st, "cooccurrence"):
        return dict(st.cooccurrence(entity, limit=limit))
    from marsad.text.normalize import fold

    target = fold(entity)
    hits = st.search("", limit=scan, entity=entity) or []
    counts: Counter[tuple[str, str]] = Counter()
    info: dict[tuple[str, str], dict[str, Any]] = {}
    surfaces: dict[tuple[str, str], Counter[str]] = {}
    articles = 0
    for hit in hits:
        art = st.get(hit["id"])
        if not art:
            continue
        ents = art.get("entities") or []
        own = {e.get("id") or fold(e["text"]) for e in ents if e.get("id") == entity or fold(e["text"]) == target}
        if not own:
            continue
        articles += 1
        seen: set[tuple[str, str]] = set()
        for e in ents:
            key = (e.get("id") or fold(e["text"]), e["type"])
            if key[0] in own or key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            surfaces.setdefault(key, Counter())[e["text"]] += 1
            info.setdefault(key, {"type": e["type"], "id": e.get("id"), "country": e.get("country")})
    neighbours = [{"text": surfaces[k].most_common(1)[0][0], **info[k], "articles": n}
                  for k, n in counts.most_common(limit)]
    return {"entity": entity, "articles": articles, "scanned": len(hits), "neighbours": neighbours}


@router.get("/api/cooccurrence", summary="Entities mentioned in the same articles as one entity")
async def cooccurrence_view(
    request: Request, entity: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=100)] = 25,
) -> dict[str, Any]:
    name = entity.strip()
    if not name:
        raise ApiError(422, "entity is empty")
    return await with_store(request, lambda st: cooccurrence(st, name, limit, scan=200))


@router.get("/api/events", summary="Events, filtered; the most recent articles first (order=date: by event date)")
async def events(
    request: Request, actor: Raw = None, target: Raw = None, type: Raw = None, since: Raw = None,
    until: Raw = None, source: Raw = None, article_id: Raw = None, limit: Raw = None, offset: Raw = None,
    order: Raw = None, factuality: Raw = None,
) -> list[dict[str, Any]]:
    vq = parsed(params.EventQuery.parse, actor=actor, target=target, type=type, since=since, until=until,
                source=source, article_id=article_id, limit=limit or 100, offset=offset or 0, order=order,
                factuality=factuality)
    return await with_store(request, lambda st: st.events(**vq.kwargs()))


@router.get("/api/timeline", summary="Events per day for an actor pair")
async def timeline(
    request: Request, actor: Raw = None, target: Raw = None, type: Raw = None, since: Raw = None,
    until: Raw = None,
) -> list[dict[str, Any]]:
    tq = parsed(params.TimelineQuery.parse, actor=actor, target=target, type=type, since=since, until=until)
    return await with_store(request, lambda st: st.timeline(**tq.kwargs()))


@router.get("/api/stories", summary="Stories covered by several outlets (near-duplicate groups)")
async def stories(request: Request, limit: Raw = None, min_outlets: Raw = None) -> list[dict[str, Any]]:
    sq = parsed(params.StoryQuery.parse, limit=limit or 20, min_outlets=min_outlets or 2)
    return await with_store(request, lambda st: st.stories(**sq.kwargs()))
