"""RSS/Atom feeds → article records (title, plain-text content, published, url, source).

The feed's bytes arrive already bounded by the reader (:mod:`marsad.store.readers`); feedparser parses
them and each entry's HTML content becomes plain text here.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any, ClassVar


def looks_like_feed(data: bytes) -> bool:
    head = data[:1000].lstrip().lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def feed_records(data: bytes) -> tuple[list[dict[str, Any]], str | None]:
    """The feed's entries as article records, and the reason when there are none."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = parsed.get("bozo_exception")
        return [], f"no feed entries found{f' ({reason})' if reason else ''}"
    feed_title = (parsed.get("feed") or {}).get("title")
    return [feed_record(entry, feed_title) for entry in entries], None


def feed_record(entry: Any, feed_title: str | None) -> dict[str, Any]:
    """A feed entry as an article record (title, content as plain text, published, url, source)."""
    body = ""
    for content in entry.get("content") or []:
        if content.get("value"):
            body = content["value"]
            break
    body = body or entry.get("summary") or entry.get("description") or ""
    rec: dict[str, Any] = {"title": html_to_text(entry.get("title") or ""), "content": html_to_text(body)}
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp:
        rec["published"] = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}"
    if entry.get("link"):
        rec["url"] = entry["link"]
    if feed_title:
        rec["source"] = feed_title
    return rec


class _TextParser(HTMLParser):
    _BLOCK: ClassVar[set[str]] = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
                                  "section", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (feed content): block tags become paragraph breaks."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    return "\n\n".join(line for line in lines if line)
