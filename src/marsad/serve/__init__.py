"""``marsad serve``: the HTTP API and the right-to-left web page (FastAPI + uvicorn).

Layout (one module per concern):

- :mod:`marsad.serve.app`     — :func:`create_app` (the app factory), error handlers, security headers
- :mod:`marsad.serve.limits`  — the request-size limit (an ASGI middleware answering 413 JSON)
- :mod:`marsad.serve.hosts`   — allowed hosts: bound to loopback, only loopback Host names (400 JSON otherwise)
- :mod:`marsad.serve.analyze` — ``POST /api/analyze`` (JSON text or an uploaded file → the CONTRACT object)
- :mod:`marsad.serve.corpus`  — the corpus endpoints on the embedded store (search, articles, entities,
  co-occurrence, events, timelines, stats); 503 JSON when no store is available
- ``static/``                 — ``index.html``, ``app.js``, ``app.css`` (no CDN: the page works offline)

Every error is JSON ``{"error": "<one-line message>"}`` with a 4xx status for bad input, never a
traceback. The machine-readable API description is ``GET /openapi.json``; FastAPI's Swagger and ReDoc
pages are disabled because they load their scripts from a CDN (the web page's "API" tab lists the
endpoints from ``/openapi.json`` instead).
"""

from __future__ import annotations

from marsad.serve.app import create_app

__all__ = ["create_app"]
