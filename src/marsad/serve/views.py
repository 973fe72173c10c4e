"""The corpus views' endpoints: story-level events, trends and map points (read-only store).

- ``GET /api/events/merged``: one row per real-world event of a story (:mod:`marsad.store.merge`);
- ``GET /api/trend``: per-day asserted events by quad class with mean Goldstein (:mod:`marsad.store.trend`);
- ``GET /api/map``: located story-level events, one point per place (drawn by the page on the country
  outlines of ``/static/world.json``, shipped with the package).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from marsad.serve.corpus import Raw, with_store
from marsad.serve.errors import ApiError
from marsad.store import params
from marsad.store.params import ParamError

router = APIRouter(tags=["views"])
FACTUALITY = ("asserted", "negated", "hypothetical", "future", "reference")


def _filters(actor: Raw, target: Raw, country: Raw, type: Raw, since: Raw, until: Raw) -> dict[str, Any]:
    """The shared filters through the parameter model of the command line (a bad value: 422, one line)."""
    try:
        s, u = params.date_range(since, until)
        return {"actor": params.code(actor, "actor"), "target": params.code(target, "target"),
                "country": params.code(country, "country"), "type": params.choice(type, "type", params.EVENT_TYPES),
                "since": s, "until": u}
    except ParamError as exc:
        raise ApiError(422, str(exc)) from exc


@router.get("/api/events/merged", summary="Story-level events: one row per real-world event, with counts")
async def merged(
    request: Request, actor: Raw = None, target: Raw = None, type: Raw = None, country: Raw = None,
    since: Raw = None, until: Raw = None, source: Raw = None, factuality: Raw = "asserted",
    limit: Raw = None, offset: Raw = None,
) -> list[dict[str, Any]]:
    from marsad.store.merge import merged_events

    f = _filters(actor, target, country, type, since, until)
    try:
        fact = params.choice(factuality, "factuality", FACTUALITY, upper=False)
        src = params.text(source, "source")
        lim, off = params.check_limit(limit or 100), params.check_offset(offset or 0)
    except ParamError as exc:
        raise ApiError(422, str(exc)) from exc
    return await with_store(request, lambda st: merged_events(st, **f, source=src, factuality=fact, limit=lim,
                                                              offset=off))


@router.get("/api/trend", summary="Asserted events per day by quad class, with mean Goldstein")
async def trend(
    request: Request, actor: Raw = None, target: Raw = None, country: Raw = None, type: Raw = None,
    since: Raw = None, until: Raw = None,
) -> dict[str, Any]:
    from marsad.store.trend import trend as run_trend

    f = _filters(actor, target, country, type, since, until)
    return await with_store(request, lambda st: run_trend(st, **f))


@router.get("/api/map", summary="Where events happened: one point per place, sized by reports")
async def map_view(
    request: Request, actor: Raw = None, target: Raw = None, country: Raw = None, type: Raw = None,
    since: Raw = None, until: Raw = None,
) -> dict[str, Any]:
    from marsad.store.trend import map_points

    f = _filters(actor, target, country, type, since, until)
    return await with_store(request, lambda st: map_points(st, **f))

