"""Input paths → raw items: one item per article, in a stable order, each with a content hash.

Shapes (chosen by file suffix, then by content):
- ``.zip``: members that are JSON arrays/objects or JSON Lines (the SaudiNewsNet shape: one JSON
  array of article records per day), plus any HTML/text members;
- ``.json``: one article object, or an array of them; ``.jsonl``/``.ndjson``: one object a line;
- ``.xml``/``.rss``/``.atom`` (or content starting with ``<rss``/``<feed``): RSS/Atom feeds via feedparser;
- anything else (``.html``, ``.txt``...): one article, read by :func:`marsad.extract.document_from_bytes`.

Folders are walked recursively in sorted order (hidden files and unknown suffixes skipped). An item
that cannot be read (bad JSON line, unreadable file) becomes an ``error`` item, so that the failure is
recorded in the store and counted, never fatal.

Every item has ``seq = file_index * SEQ_STRIDE + item_index``: both engines (local and Spark) order
their output by it, so the same input gives the same article ids.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import logging
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

log = logging.getLogger(__name__)

SEQ_STRIDE = 10_000_000
MAX_FILE_BYTES = 512_000_000
ARTICLE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = ARTICLE_SUFFIXES | RECORD_SUFFIXES | FEED_SUFFIXES | {".zip"}


@dataclass(frozen=True, slots=True)
class RawItem:
    """One article to process. ``kind``: "record" (payload: JSON object text), "bytes" (payload: file
    bytes, read by extension ``name``) or "error" (payload: the reason it could not be read)."""

    seq: int
    origin: str
    kind: str
    payload: str | bytes
    hash: str


def content_hash(kind: str, payload: str | bytes) -> str:
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    return hashlib.sha256(kind.encode("ascii") + b"\0" + data).hexdigest()


def canonical_record(rec: dict[str, Any]) -> str:
    """The record as canonical JSON text (sorted keys): equal records hash equally."""
    return json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Input files in processing order: files as given, folders walked recursively in sorted order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(".") for part in rel) and f.suffix.lower() in KNOWN_SUFFIXES:
                    out.append(f)
        else:
            out.append(p)
    return out


def _make(seq: int, origin: str, kind: str, payload: str | bytes) -> RawItem:
    if kind == "error":
        return RawItem(seq, origin, kind, payload, content_hash("error", origin + "\0" + str(payload)))
    return RawItem(seq, origin, kind, payload, content_hash(kind, payload))


def read_file(path: Path, file_index: int, data: bytes | None = None) -> Iterator[RawItem]:
    """Raw items of one input file (``data``: its bytes when already read, e.g. by Spark)."""
    name = str(path)
    base = file_index * SEQ_STRIDE
    if data is None:
        try:
            if not path.exists():
                yield _make(base, name, "error", "no such file")
                return
            if path.stat().st_size > MAX_FILE_BYTES:
                yield _make(base, name, "error", f"too large (> {MAX_FILE_BYTES // 1_000_000} MB)")
                return
            data = path.read_bytes()
        except OSError as exc:
            yield _make(base, name, "error", f"cannot read ({exc.strerror or exc})")
            return
    for i, (origin, kind, payload) in enumerate(_items(name, data)):
        if i >= SEQ_STRIDE:
            yield _make(base + SEQ_STRIDE - 1, name, "error", f"more than {SEQ_STRIDE - 1} items; the rest skipped")
            return
        yield _make(base + i, origin, kind, payload)


def _items(name: str, data: bytes) -> Iterator[tuple[str, str, str | bytes]]:
    suffix = Path(name).suffix.lower()
    if suffix == ".zip" or (suffix not in KNOWN_SUFFIXES and data[:4] == b"PK\x03\x04"):
        yield from _zip_items(name, data)
    elif suffix in RECORD_SUFFIXES:
        yield from _record_items(name, data, lines=suffix != ".json")
    elif suffix in FEED_SUFFIXES or _looks_like_feed(data):
        yield from _feed_items(name, data)
    else:
        yield name, "bytes", data


def _zip_items(name: str, data: bytes) -> Iterator[tuple[str, str, str | bytes]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        members = sorted(i.filename for i in zf.infolist() if not i.is_dir())
    except (zipfile.BadZipFile, OSError) as exc:
        yield name, "error", f"not a readable zip file ({exc})"
        return
    with zf:
        for member in members:
            origin = f"{name}::{member}"
            suffix = Path(member).suffix.lower()
            if Path(member).name.startswith(".") or suffix not in KNOWN_SUFFIXES - {".zip"}:
                continue
            try:
                inner = zf.read(member)
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                yield origin, "error", f"cannot read zip member ({exc})"
                continue
            if suffix in RECORD_SUFFIXES:
                yield from _record_items(origin, inner, lines=suffix != ".json")
            elif suffix in FEED_SUFFIXES:
                yield from _feed_items(origin, inner)
            else:
                yield origin, "bytes", inner


def _record_items(origin: str, data: bytes, lines: bool) -> Iterator[tuple[str, str, str | bytes]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield origin, "error", f"not UTF-8 JSON ({exc.reason} at byte {exc.start})"
        return
    if lines:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            yield _one_record(f"{origin}:{n}", line)
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        # a .json file holding JSON Lines
        if "\n" in text.strip() and text.lstrip().startswith("{"):
            yield from _record_items(origin, data, lines=True)
            return
        yield origin, "error", f"not valid JSON ({exc.msg} at line {exc.lineno})"
        return
    if isinstance(obj, dict):
        yield _record(origin, obj)
    elif isinstance(obj, list):
        for i, rec in enumerate(obj):
            if isinstance(rec, dict):
                yield _record(f"{origin}#{i}", rec)
            else:
                yield f"{origin}#{i}", "error", "expected a JSON object holding an article"
    else:
        yield origin, "error", "expected a JSON object or an array of article objects"


def _one_record(origin: str, line: str) -> tuple[str, str, str | bytes]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return origin, "error", f"not valid JSON ({exc.msg})"
    if not isinstance(obj, dict):
        return origin, "error", "expected a JSON object holding an article"
    return _record(origin, obj)


def _record(origin: str, rec: dict[str, Any]) -> tuple[str, str, str | bytes]:
    return origin, "record", canonical_record(rec)


def _looks_like_feed(data: bytes) -> bool:
    head = data[:1000].lstrip().lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def _feed_items(origin: str, data: bytes) -> Iterator[tuple[str, str, str | bytes]]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = parsed.get("bozo_exception")
        yield origin, "error", f"no feed entries found{f' ({reason})' if reason else ''}"
        return
    feed_title = (parsed.get("feed") or {}).get("title")
    for i, entry in enumerate(entries):
        yield _record(f"{origin}#{i}", feed_record(entry, feed_title))


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


def iter_items(paths: Sequence[str | Path]) -> Iterator[RawItem]:
    for index, path in enumerate(expand_paths(paths)):
        yield from read_file(path, index)


def count_items(paths: Sequence[str | Path]) -> int:
    """How many items :func:`iter_items` will yield, roughly (for a progress bar's total): JSON is parsed
    but not hashed; a file that cannot be read counts as one item."""
    total = 0
    for path in expand_paths(paths):
        try:
            data = path.read_bytes()
        except OSError:
            total += 1
            continue
        total += _count(str(path), data)
    return total


def _count(name: str, data: bytes) -> int:
    suffix = Path(name).suffix.lower()
    if suffix == ".zip" or (suffix not in KNOWN_SUFFIXES and data[:4] == b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                return sum(
                    _count(m.filename, zf.read(m.filename)) for m in zf.infolist()
                    if not m.is_dir() and Path(m.filename).suffix.lower() in KNOWN_SUFFIXES - {".zip"}
                    and not Path(m.filename).name.startswith(".")
                )
        except (zipfile.BadZipFile, OSError, RuntimeError):
            return 1
    if suffix in (".jsonl", ".ndjson"):
        return max(1, sum(1 for line in data.splitlines() if line.strip()))
    if suffix == ".json":
        try:
            obj = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return max(1, sum(1 for line in data.splitlines() if line.strip()))
        return len(obj) if isinstance(obj, list) else 1
    if suffix in FEED_SUFFIXES or _looks_like_feed(data):
        return max(1, data.count(b"<item") + data.count(b"<entry"))
    return 1
