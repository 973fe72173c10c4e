"""Input → Document: decode bytes, pick the reader by shape, extract the clean article.

Readers (one module each): ``rawtext`` (page text as scraped), ``html`` (trafilatura + Arabic
repairs), ``record`` (JSON article objects: SaudiNewsNet, news-please). ``decode`` turns bytes into
text or raises :class:`marsad.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from marsad.document import Document
from marsad.errors import InputError, MarsadError
from marsad.extract.decode import MAX_BYTES, decode_bytes

__all__ = [
    "MAX_BYTES", "MAX_TEXT_CHARS", "document_from_bytes", "document_from_html", "document_from_record",
    "document_from_text", "load_path", "sniff_kind",
]

log = logging.getLogger(__name__)

# One article's text. Longer input is a book or a corpus dump, not an article: refuse it quickly
# (`marsad ingest` takes corpora) instead of spending minutes in the pipeline.
MAX_TEXT_CHARS = 1_000_000
_WORD = re.compile(r"[^\W\d_]")


def document_from_text(text: str, published: dt.date | None = None, meta: dict[str, str] | None = None) -> Document:
    from marsad.extract.rawtext import extract_rawtext

    _check_size(text, meta)
    return _finish(_guarded(lambda: extract_rawtext(text), meta), published, meta)


def document_from_html(html: str, published: dt.date | None = None, meta: dict[str, str] | None = None) -> Document:
    from marsad.extract.html import extract_html

    return _finish(_guarded(lambda: extract_html(html, url=(meta or {}).get("url")), meta), published, meta)


def document_from_record(rec: dict[str, Any], published: dt.date | None = None,
                         meta: dict[str, str] | None = None) -> Document:
    from marsad.extract.record import extract_record

    if not isinstance(rec, dict):
        raise InputError(f"{_name(meta)}expected a JSON object holding an article")
    return _finish(_guarded(lambda: extract_record(rec), meta), published, meta)


def _name(meta: dict[str, str] | None) -> str:
    path = (meta or {}).get("path")
    return f"{path}: " if path else ""


def _check_size(text: str, meta: dict[str, str] | None) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{_name(meta)}too long for one article ({len(text):,} characters > {MAX_TEXT_CHARS:,})")


def _guarded(extract: Callable[[], Document], meta: dict[str, str] | None) -> Document:
    """Run an extractor; anything but a MarsadError becomes a one-line InputError (never a traceback)."""
    try:
        return extract()
    except MarsadError:
        raise
    except RecursionError as exc:
        raise InputError(f"{_name(meta)}the page is nested too deeply to extract") from exc
    except Exception as exc:
        log.debug("extraction failed", exc_info=True)
        raise InputError(f"{_name(meta)}could not extract an article ({type(exc).__name__}: {exc})"[:300]) from exc


def _finish(doc: Document, published: dt.date | None, meta: dict[str, str] | None) -> Document:
    if published is not None:
        doc.published = published
    if meta:
        doc.meta.update(meta)
    if not _WORD.search(doc.text):  # an article with no words (empty, spaces, symbols) is no article
        raise InputError(f"{_name(meta)}no article text found in the input")
    _check_size(doc.text, meta)
    from marsad.extract.dateline import find_dateline

    doc.dateline = find_dateline(doc.text, doc.title)
    if doc.dateline is not None:
        if doc.dateline.agency_name and doc.dateline.agency_name not in doc.sources:
            doc.sources.append(doc.dateline.agency_name)
        if doc.published is None and doc.dateline.date_value:
            doc.published = dt.date.fromisoformat(doc.dateline.date_value)  # a wire dateline dates the story
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
        except RecursionError as exc:
            raise InputError(f"{name}: JSON nested too deeply") from exc
        if not isinstance(rec, dict):
            raise InputError(f"{name}: expected one JSON object holding an article")
        return document_from_record(rec, published, meta)
    return document_from_text(text, published, meta)


def load_path(path: str | Path, published: dt.date | None = None) -> Document:
    """Read one input path (a file) into a Document; raises InputError for anything unreadable."""
    p = Path(path)
    try:
        if not p.exists():
            raise InputError(f"{p}: no such file")
        if p.is_dir():
            raise InputError(f"{p}: is a directory (use `marsad ingest` for folders)")
        if not p.is_file():
            raise InputError(f"{p}: not a regular file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: too large ({size / 1_000_000:.0f} MB > {MAX_BYTES // 1_000_000} MB limit)")
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)  # bounded even when the size on disk was wrong
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    except ValueError as exc:  # e.g. a NUL byte in the path
        raise InputError(f"{path!r}: not a usable path ({exc})") from exc
    return document_from_bytes(data, str(p), published)
