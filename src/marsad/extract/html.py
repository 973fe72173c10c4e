"""HTML page → Document (minimal first version: trafilatura's text and metadata)."""

from __future__ import annotations

import datetime as dt

import trafilatura

from marsad.document import Document


def extract_html(html: str, url: str | None = None) -> Document:
    body = trafilatura.extract(html, url=url, include_comments=False) or ""
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta and meta.title else None
    published = None
    if meta and meta.date:
        try:
            published = dt.date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    text = f"{title}\n\n{body}" if title else body
    return Document(text=text, title=title, published=published)
