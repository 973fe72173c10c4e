"""JSON article records → Document.

Shapes: SaudiNewsNet (``source, url, date_extracted, title, author, content``), news-please
(``title, maintext, date_publish, source_domain, url, authors``) and the plain keys of CONTRACT.md
(``title, content|text, date|published``). The body goes through the same line cleaning as page
text (paragraph whitespace normalized, "...المزيد" and contact widgets, agency tags → sources);
the title is the record's own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.document import Document
from marsad.extract.dates import find_date
from marsad.extract.lines import clean_lines, one_line, split_lines
from marsad.resources import Resources

BODY_KEYS = ("content", "text", "maintext", "body", "article")
TITLE_KEYS = ("title", "headline")
# Publication first; SaudiNewsNet's date_extracted (the crawl day) only as a last resort.
DATE_KEYS = ("published", "date_publish", "datePublished", "publish_date", "date", "pubdate", "date_extracted")


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(str(v) for v in value if isinstance(v, str | int | float))
    return ""


def record_date(rec: dict[str, Any], res: Resources | None = None) -> tuple[dt.date | None, str | None]:
    """The record's publication date and the key it came from."""
    for key in DATE_KEYS:
        val = rec.get(key)
        if not isinstance(val, str) or not val.strip():
            continue
        try:
            return dt.date.fromisoformat(val.strip()[:10]), key
        except ValueError:
            found = find_date(val, res)
            if found is not None:
                return found.date, key
    return None, None


def extract_record(rec: dict[str, Any], res: Resources | None = None) -> Document:
    title = one_line(_text(next((rec[k] for k in TITLE_KEYS if rec.get(k)), ""))) or None
    body = _text(next((rec[k] for k in BODY_KEYS if rec.get(k)), ""))
    found = clean_lines(split_lines(body), title=title, find_title=title is None, res=res)
    published, date_key = record_date(rec, res)
    meta: dict[str, str] = {}
    for key in ("source", "source_domain", "url"):
        if isinstance(rec.get(key), str) and rec[key].strip():
            meta[key] = rec[key].strip()
    author = rec.get("author") or rec.get("authors")
    if _text(author).strip():
        meta["author"] = one_line(_text(author).replace("\n", "، "))
    elif found.author:
        meta["author"] = found.author
    if date_key:
        meta["published_from"] = date_key
    if found.caption:
        meta["caption"] = found.caption
    text = found.text()
    byline = meta.get("author")
    if byline and text and found.title and byline not in text:
        # the byline is article text ("لندن: رنيم حنوش"): after the title, before the body
        head, sep, body = text.partition("\n\n")
        text = f"{head}\n\n{byline}\n{body}" if sep else f"{text}\n\n{byline}"
    return Document(
        text=text, title=found.title, published=published or found.published,
        credits=list(found.credits), sources=list(found.sources), meta=meta,
    )
