"""``POST /api/analyze``: pasted text (JSON) or an uploaded file (multipart) → the CONTRACT object.

The body is read by hand (not by a pydantic model) so that both content types share one route and
every bad input gets a one-line ``{"error": ...}`` with the right status: 400 malformed JSON or form,
413 too large (see :mod:`marsad.serve.limits`), 415 unsupported content or file type, 422 a value
that cannot be used (empty text, bad date, binary or undecodable file).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
from collections.abc import Callable
from pathlib import PurePath
from typing import Any

import anyio
import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.datastructures import UploadFile

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.extract import document_from_bytes, document_from_text
from marsad.output import to_json
from marsad.pipeline import Pipeline
from marsad.serve.errors import ApiError
from marsad.serve.limits import BodyTooLarge, limit_message

log = logging.getLogger(__name__)

router = APIRouter(tags=["analyze"])

FILE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".json")

_REQUEST_SCHEMA: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {
                "type": "object", "required": ["text"],
                "properties": {
                    "text": {"type": "string", "description": "the article as pasted (title first)"},
                    "published": {"type": ["string", "null"], "format": "date",
                                  "description": "YYYY-MM-DD; relative dates resolve against it"},
                },
            }},
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": ".html, .htm, .txt or .json"},
                    "published": {"type": "string", "format": "date"},
                },
            }},
        },
    },
    "responses": {
        "200": {"description": "the JSON object of `marsad analyze` (CONTRACT.md)"},
        "400": {"description": "malformed JSON or form"},
        "413": {"description": "request too large"},
        "415": {"description": "unsupported content type or file type"},
        "422": {"description": "empty text, bad date, binary or undecodable file"},
    },
}


def parse_published(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ApiError(422, "published must be a string YYYY-MM-DD or null")
    try:
        if len(value) != 10:
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"published: expected a date YYYY-MM-DD, got {value[:40]!r}") from None


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def _document_from_json(request: Request) -> tuple[str, dt.date | None]:
    raw = await request.body()
    if not raw.strip():
        raise ApiError(400, "empty request body: send {\"text\": \"...\", \"published\": \"YYYY-MM-DD\" | null}")
    try:
        body = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f" at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise ApiError(400, f"malformed JSON{where}") from None
    if not isinstance(body, dict):
        raise ApiError(422, "expected a JSON object {\"text\": ..., \"published\": ...}")
    text = body.get("text")
    if not isinstance(text, str):
        raise ApiError(422, "text is required and must be a string")
    if not text.strip():
        raise ApiError(422, "text is empty")
    return text, parse_published(body.get("published"))


async def _upload_from_form(request: Request, max_bytes: int) -> tuple[bytes, str, dt.date | None]:
    try:
        form = await request.form(max_files=1, max_fields=8)
    except BodyTooLarge:
        raise
    except Exception as exc:  # python-multipart / starlette parse errors
        detail = getattr(exc, "detail", None) or str(exc) or type(exc).__name__
        raise ApiError(400, f"malformed multipart form: {detail}") from None
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise ApiError(422, "multipart form must carry the article as the file field 'file'")
    name = PurePath(upload.filename or "upload.txt").name
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix not in FILE_SUFFIXES:
        raise ApiError(415, f"unsupported file type {suffix!r}: upload .html, .htm, .txt or .json")
    data = await upload.read(max_bytes + 1)
    await upload.close()
    if len(data) > max_bytes:
        raise ApiError(413, limit_message(max_bytes))
    if not data.strip():
        raise ApiError(422, f"{name}: the file is empty")
    published = form.get("published")
    if isinstance(published, UploadFile):
        raise ApiError(422, "published must be a form field, not a file")
    return data, name, parse_published(published)


def _run(pipeline: Pipeline, doc: Document) -> dict[str, Any]:
    return to_json(pipeline(doc))


def _from_text(pipeline: Pipeline, text: str, published: dt.date | None) -> dict[str, Any]:
    return _run(pipeline, document_from_text(text, published))


def _from_bytes(pipeline: Pipeline, data: bytes, name: str, published: dt.date | None) -> dict[str, Any]:
    return _run(pipeline, document_from_bytes(data, name, published))


async def _in_worker(request: Request, fn: Callable[..., dict[str, Any]], *args: Any) -> JSONResponse:
    """Run the CPU-bound analysis in a worker thread, at most ``analyze_threads`` at a time: the
    pipeline is pure Python, so more threads add no throughput, only GIL contention that starves the
    event loop (and uvicorn's worker health checks)."""
    limiter: anyio.CapacityLimiter = request.app.state.analyze_limiter
    obj = await anyio.to_thread.run_sync(functools.partial(fn, *args), limiter=limiter)
    return JSONResponse(obj)  # already plain JSON values: no response-model validation pass


@router.post("/api/analyze", summary="Analyze pasted text or an uploaded article file",
             openapi_extra=_REQUEST_SCHEMA, response_class=JSONResponse)
async def analyze(request: Request) -> JSONResponse:
    """Answer the JSON object of ``marsad analyze`` for the article in the request."""
    pipeline: Pipeline = request.app.state.pipeline
    max_bytes: int = request.app.state.max_bytes
    media = _media_type(request)
    try:
        if media == "application/json" or media.endswith("+json"):
            text, published = await _document_from_json(request)
            return await _in_worker(request, _from_text, pipeline, text, published)
        if media == "multipart/form-data":
            data, name, published = await _upload_from_form(request, max_bytes)
            return await _in_worker(request, _from_bytes, pipeline, data, name, published)
    except MarsadError as exc:  # extraction: binary, undecodable, no article text...
        raise ApiError(422, str(exc)) from None
    shown = media or "none"
    raise ApiError(415, f"unsupported content type {shown!r}: send application/json or multipart/form-data")
