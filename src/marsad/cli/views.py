"""Corpus views on the command line: story-level events (``marsad events --merged``), ``marsad trend`` and
``marsad map`` (the points of the web page's map, as JSON or a table)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer

from marsad.cli.corpus import DB_HELP, _emit_json, _fail, _open, _table
from marsad.errors import MarsadError


def _flat(rec: dict[str, Any]) -> dict[str, Any]:
    """A merged event as one table row."""
    actor, target, place = rec.get("actor") or {}, rec.get("target") or {}, rec.get("place") or {}
    return {"date": rec["date"], "type": rec["type"], "actor": actor.get("country") or actor.get("text"),
            "target": target.get("country") or target.get("text"), "place": place.get("text"),
            "mentions": rec["mentions"], "articles": rec["articles"], "sources": rec["sources"],
            "story": rec["story"]}


def print_merged(db: str | None, fmt: str, **filters: Any) -> None:
    """Print the story-level events matching ``filters`` (see :func:`marsad.store.merge.merged_events`)."""
    from marsad.store.merge import merged_events

    try:
        with _open(db) as st:
            rows = merged_events(st, **filters)
    except (MarsadError, ValueError) as exc:
        raise _fail(exc) from exc
    if fmt == "json":
        _emit_json(rows)
    else:
        _table([_flat(r) for r in rows],
               ["date", "type", "actor", "target", "place", "mentions", "articles", "sources", "story"])


def trend(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    actor: str | None = typer.Option(None, "--actor", help="country code (SAU), agent code or actor text"),
    target: str | None = typer.Option(None, "--target", help="country code, agent code or target text"),
    country: str | None = typer.Option(None, "--country", help="events of a country (actor, target or place)"),
    etype: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT"),
    since: str | None = typer.Option(None, "--since"),
    until: str | None = typer.Option(None, "--until"),
    fmt: str = typer.Option("text", "--format", help="text or json"),
) -> None:
    """Asserted events per day by quad class, with the mean Goldstein value, for an actor, a pair or a country."""
    from marsad.store.trend import trend as run_trend

    _view(db, fmt, lambda st: run_trend(st, actor=actor, target=target, country=country, type=etype, since=since,
                                        until=until),
          "series", ["date", "events", "verbal-cooperation", "material-cooperation", "verbal-conflict",
                     "material-conflict", "goldstein"])


def map_cmd(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    actor: str | None = typer.Option(None, "--actor"),
    target: str | None = typer.Option(None, "--target"),
    country: str | None = typer.Option(None, "--country"),
    etype: str | None = typer.Option(None, "--type"),
    since: str | None = typer.Option(None, "--since"),
    until: str | None = typer.Option(None, "--until"),
    fmt: str = typer.Option("text", "--format", help="text or json"),
) -> None:
    """Where events happened: one point per place, with its reports and events (story-level)."""
    from marsad.store.trend import map_points

    _view(db, fmt, lambda st: map_points(st, actor=actor, target=target, type=etype, since=since, until=until,
                                         country=country),
          "points", ["place", "country", "lat", "lon", "reports", "events", "quad"])


def _view(db: str | None, fmt: str, run: Callable[[Any], dict[str, Any]], key: str, columns: list[str]) -> None:
    """Run a view on the store and print it: the whole object as JSON, or its ``key`` rows as a table."""
    if fmt not in ("text", "json"):
        raise typer.BadParameter("--format must be one of text, json")
    try:
        with _open(db) as st:
            out = run(st)
    except (MarsadError, ValueError) as exc:
        raise _fail(exc) from exc
    if fmt == "json":
        _emit_json(out)
        return
    _table(out[key], columns)


def register(app: typer.Typer) -> None:
    app.command("trend")(trend)
    app.command("map")(map_cmd)
