"""JSON article records (SaudiNewsNet, news-please shapes) → Document (minimal first version)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.document import Document


def extract_record(rec: dict[str, Any]) -> Document:
    title = (rec.get("title") or "").strip() or None
    body = str(rec.get("content") or rec.get("text") or rec.get("maintext") or "").strip()
    published = None
    for key in ("published", "date_publish", "date", "date_extracted"):
        val = rec.get(key)
        if isinstance(val, str) and len(val) >= 10:
            try:
                published = dt.date.fromisoformat(val[:10])
                break
            except ValueError:
                continue
    text = f"{title}\n\n{body}" if title and body else (title or body)
    meta = {k: str(rec[k]) for k in ("source", "url") if rec.get(k)}
    return Document(text=text, title=title, published=published, meta=meta)
