"""The corpus views' endpoints: story-level events, trends and map points (read-only store).

- ``GET /api/events/merged``: one row per real-world event of a story (:mod:`marsad.store.merge`);
- ``GET /api/trend``: per-day asserted events by quad class with mean Goldstein (:mod:`marsad.store.trend`);
- ``GET /api/map``: located story-level events, one point per place (drawn by the page on the country
  outlines of ``/static/world.json``, shipped with the package).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from marsad.serve.corpus import DateParam, Limit, Offset, Text, _clean, check_range, with_store
from marsad.serve.errors import ApiError

router = APIRouter(tags=["views"])
FACTUALITY = ("asserted", "negated", "hypothetical", "future", "reference")


@router.get("/api/events/merged", summary="Story-level events: one row per real-world event, with counts")
async def merged(
    request: Request, actor: Text = None, target: Text = None, type: Text = None, country: Text = None,
    since: DateParam = None, until: DateParam = None, source: Text = None, factuality: Text = "asserted",
    limit: Limit = 100, offset: Offset = 0,
) -> list[dict[str, Any]]:
    from marsad.store.merge import merged_events

    s, u = check_range(since, until)
    fact = _clean(factuality)
    if fact is not None and fact.lower() not in FACTUALITY:
        raise ApiError(422, f"factuality: expected one of {', '.join(FACTUALITY)}")
    return await with_store(request, lambda st: merged_events(
        st, actor=_clean(actor), target=_clean(target), type=_clean(type), since=s, until=u, source=_clean(source),
        country=_clean(country), factuality=fact.lower() if fact else None, limit=limit, offset=offset))


@router.get("/api/trend", summary="Asserted events per day by quad class, with mean Goldstein")
async def trend(
    request: Request, actor: Text = None, target: Text = None, country: Text = None, type: Text = None,
    since: DateParam = None, until: DateParam = None,
) -> dict[str, Any]:
    from marsad.store.trend import trend as run_trend

    s, u = check_range(since, until)
    return await with_store(request, lambda st: run_trend(
        st, actor=_clean(actor), target=_clean(target), country=_clean(country), type=_clean(type), since=s,
        until=u))


@router.get("/api/map", summary="Where events happened: one point per place, sized by reports")
async def map_view(
    request: Request, actor: Text = None, target: Text = None, country: Text = None, type: Text = None,
    since: DateParam = None, until: DateParam = None,
) -> dict[str, Any]:
    from marsad.store.trend import map_points

    s, u = check_range(since, until)
    return await with_store(request, lambda st: map_points(
        st, actor=_clean(actor), target=_clean(target), type=_clean(type), since=s, until=u,
        country=_clean(country)))

