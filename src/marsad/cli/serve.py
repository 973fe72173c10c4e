"""``marsad serve [--db FILE] [--host 127.0.0.1] [--port 8000]``: the HTTP API and the web page."""

from __future__ import annotations

import inspect
import os
from typing import Any

import typer


def serve(
    db: str | None = typer.Option(None, "--db", help="the corpus store file (default: $MARSAD_DB or marsad.db in the "
                                  "current directory; the page and /api/analyze work without one)"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to bind (loopback by default)"),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port"),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="worker processes (each builds the pipeline)"),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level"),
) -> None:
    """Serve the JSON API and the right-to-left web page (open http://HOST:PORT/). Bound to loopback, it
    answers only requests addressed to localhost, 127.0.0.1 or ::1 (400 otherwise)."""
    try:
        import uvicorn
    except ImportError as exc:  # the serve extra is not installed
        typer.echo("marsad: serving needs the serve extra: pip install 'marsad[serve]'", err=True)
        raise typer.Exit(2) from exc

    from marsad.errors import MarsadError
    from marsad.serve.app import BIND_ENV, DB_ENV, create_app
    from marsad.serve.hosts import allowed_hosts_for, is_loopback

    db = db or os.environ.get("MARSAD_DB") or None
    if not is_loopback(host):
        typer.echo(f"marsad: warning: listening on {host}, reachable from other machines; there is no "
                   "authentication", err=True)
    if db and not os.path.isfile(db):
        typer.echo(f"marsad: warning: no corpus store at {db} yet; the corpus endpoints answer 503 until "
                   f"`marsad ingest PATH --db {db}` creates it", err=True)
    try:
        if workers > 1:
            if db:
                os.environ[DB_ENV] = db
            os.environ[BIND_ENV] = host
            extra: dict[str, Any] = {}
            if "timeout_worker_healthcheck" in inspect.signature(uvicorn.Config).parameters:
                # the supervisor kills a worker that misses its 5 s ping; building the pipeline or a busy
                # machine can delay the answer, which reset clients' connections (seen under load)
                extra["timeout_worker_healthcheck"] = 60
            uvicorn.run("marsad.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                        log_level=log_level, **extra)
        else:
            uvicorn.run(create_app(db, allowed_hosts=allowed_hosts_for(host)), host=host, port=port,
                        log_level=log_level)
    except MarsadError as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(2) from exc


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
