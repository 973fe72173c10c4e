"""Input → Document: decode bytes, pick the reader by shape, extract the clean article.

Readers (one module each): ``rawtext`` (page text as scraped), ``html`` (trafilatura + Arabic
repairs), ``record`` (JSON article objects: SaudiNewsNet, news-please). ``decode`` turns bytes into
text or raises :class:`marsad.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from marsad.document import Document
from marsad.errors import InputError
from marsad.extract.decode import MAX_BYTES, decode_bytes

__all__ = ["MAX_BYTES", "document_from_bytes", "document_from_record", "document_from_text", "load_path"]


def document_from_text(text: str, published: dt.date | None = None, meta: dict[str, str] | None = None) -> Document:
    from marsad.extract.rawtext import extract_rawtext

    return _finish(extract_rawtext(text), published, meta)


def document_from_html(html: str, published: dt.date | None = None, meta: dict[str, str] | None = None) -> Document:
    from marsad.extract.html import extract_html

    return _finish(extract_html(html, url=(meta or {}).get("url")), published, meta)


def document_from_record(rec: dict[str, Any], published: dt.date | None = None,
                         meta: dict[str, str] | None = None) -> Document:
    from marsad.extract.record import extract_record

    return _finish(extract_record(rec), published, meta)


def _finish(doc: Document, published: dt.date | None, meta: dict[str, str] | None) -> Document:
    if published is not None:
        doc.published = published
    if meta:
        doc.meta.update(meta)
    if not doc.text.strip():
        raise InputError("no article text found in the input")
    return doc


def sniff_kind(name: str, text: str) -> str:
    """'html' | 'json' | 'text', from the file name, else from the content."""
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix == ".json":
        return "json"
    if suffix == ".txt":
        return "text"
    head = text.lstrip()[:500].lower()
    if head.startswith("{"):
        return "json"
    if head.startswith("<!doctype html") or "<html" in head or "<body" in head:
        return "html"
    return "text"


def document_from_bytes(data: bytes, name: str = "-", published: dt.date | None = None,
                        kind: str | None = None) -> Document:
    text = decode_bytes(data, name)
    kind = kind or sniff_kind(name, text)
    meta = {"path": name} if name != "-" else {}
    if kind == "html":
        return document_from_html(text, published, meta)
    if kind == "json":
        try:
            rec = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
        if not isinstance(rec, dict):
            raise InputError(f"{name}: expected one JSON object holding an article")
        return document_from_record(rec, published, meta)
    return document_from_text(text, published, meta)


def load_path(path: str | Path, published: dt.date | None = None) -> Document:
    """Read one input path (a file) into a Document; raises InputError for anything unreadable."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory (use `marsad ingest` for folders)")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: too large ({size // 1_000_000} MB > {MAX_BYTES // 1_000_000} MB limit)")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from exc
    return document_from_bytes(data, str(p), published)
