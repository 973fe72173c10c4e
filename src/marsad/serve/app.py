"""The app factory: ``create_app(db)`` builds the pipeline once and wires the API and the page."""

from __future__ import annotations

import logging
from collections.abc import Collection
from importlib import resources as ir
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad import __version__
from marsad.pipeline import Pipeline
from marsad.serve import analyze, corpus, views
from marsad.serve.errors import ApiError, install_error_handlers
from marsad.serve.hosts import AllowedHostsMiddleware, allowed_hosts_for
from marsad.serve.limits import DEFAULT_MAX_BYTES, BodyLimitMiddleware

log = logging.getLogger(__name__)

STATIC_DIR = Path(str(ir.files("marsad"))) / "serve" / "static"
EXAMPLES_DIR = Path(str(ir.files("marsad"))) / "examples"

# The page loads nothing but its own files; inline scripts and event-handler attributes never run.
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
               pipeline: Pipeline | None = None, analyze_threads: int = 2,
               allowed_hosts: Collection[str] | None = None) -> FastAPI:
    """The marsad HTTP service. ``db``: the corpus database (default: the store's default path).

    The pipeline is built here, once, so a broken lexicon fails at start-up rather than on the first
    request. ``max_bytes`` caps every request body (413 JSON beyond it); ``analyze_threads`` bounds
    the analyses running at once in this process (the others wait their turn). ``allowed_hosts``: the
    Host names answered (400 JSON for others); ``marsad serve`` passes the loopback names when bound to
    loopback (:func:`marsad.serve.hosts.allowed_hosts_for`); None answers any.
    """
    app = FastAPI(
        title="marsad", version=__version__,
        description="Arabic news into structured, evidence-backed data: analyze articles, search a corpus, "
                    "list entities and events, and draw actor timelines. Errors are JSON {\"error\": ...}.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.pipeline = pipeline or Pipeline()
    app.state.max_bytes = max_bytes
    app.state.analyze_limiter = anyio.CapacityLimiter(max(1, analyze_threads))
    app.state.corpus = corpus.Corpus(db)
    install_error_handlers(app, max_bytes)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    if allowed_hosts is not None:
        app.add_middleware(AllowedHostsMiddleware, allowed=allowed_hosts)

    @app.get("/api/health", tags=["meta"], summary="Service status: stages and corpus availability")
    async def health(request: Request) -> dict[str, Any]:
        pipe: Pipeline = request.app.state.pipeline
        return {"status": "ok", "version": __version__, "stages": [s.name for s in pipe.stages],
                "max_bytes": max_bytes, "corpus": request.app.state.corpus.status()}

    @app.get("/api/example", tags=["meta"], summary="A sample article shipped with marsad, to try the page")
    async def example() -> dict[str, str]:
        found = sorted(EXAMPLES_DIR.glob("*.txt")) if EXAMPLES_DIR.is_dir() else []
        if not found:
            raise ApiError(404, "no example article is shipped with this installation")
        return {"name": found[0].name, "text": found[0].read_text(encoding="utf-8")}

    app.include_router(analyze.router)
    app.include_router(corpus.router)
    app.include_router(views.router)

    @app.get("/", include_in_schema=False)
    async def index() -> Response:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"cache-control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    log.info("marsad serve: stages %s, corpus %s", [s.name for s in app.state.pipeline.stages],
             app.state.corpus.status())
    return app


DB_ENV = "MARSAD_SERVE_DB"
BIND_ENV = "MARSAD_SERVE_BIND"


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` and multi-worker runs: the database path comes from $MARSAD_SERVE_DB,
    the bound address (loopback: loopback Host names only) from $MARSAD_SERVE_BIND."""
    import os

    bind = os.environ.get(BIND_ENV)
    return create_app(os.environ.get(DB_ENV) or None, allowed_hosts=allowed_hosts_for(bind) if bind else None)
