"""Input paths → raw items: one item per article, in a stable order, each with a content hash.

Shapes (chosen by file suffix, then by content):
- ``.zip``: members that are JSON arrays/objects or JSON Lines (the SaudiNewsNet shape: one JSON
  array of article records per day), plus any HTML/text members;
- ``.json``: one article object, or an array of them; ``.jsonl``/``.ndjson``: one object a line;
- ``.xml``/``.rss``/``.atom`` (or content starting with ``<rss``/``<feed``): RSS/Atom feeds via feedparser;
- any of these compressed with gzip (``.json.gz``, ``.jsonl.gz``...);
- anything else (``.html``, ``.txt``...): one article, read by :func:`marsad.extract.document_from_bytes`.

Reading is bounded everywhere: a zip member, a gzip stream, a JSON file or a feed holds at most
:data:`MAX_MEMBER_BYTES` once decompressed, one article (a JSON line, a record, an HTML or text file)
at most :data:`MAX_ARTICLE_BYTES`. Declared sizes are checked before anything is decompressed or
parsed, and every read stops one byte past its limit, so a zip bomb or a lying header costs no more
memory than the limit. What is over a limit becomes an ``error`` item with a one-line reason; the
rest of the archive or file is still read.

Folders are walked recursively in sorted order (hidden files and unknown suffixes skipped). An item
that cannot be read (bad JSON line, unreadable file) becomes an ``error`` item, so that the failure is
recorded in the store and counted, never fatal.

Every item has ``seq = file_index * SEQ_STRIDE + item_index``: both engines (local and Spark) order
their output by it, so the same input gives the same article ids.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from marsad.errors import InputError
from marsad.extract.decode import MAX_BYTES as MAX_ARTICLE_BYTES
from marsad.store.feeds import feed_records, looks_like_feed

log = logging.getLogger(__name__)

__all__ = [
    "MAX_ARTICLE_BYTES", "MAX_MEMBER_BYTES", "SEQ_STRIDE", "RawItem", "canonical_record", "content_hash",
    "count_items", "expand_paths", "input_files", "iter_items", "read_file",
]

SEQ_STRIDE = 10_000_000
MAX_MEMBER_BYTES = 64_000_000  # one zip member, gzip stream, JSON file or feed, decompressed
ARTICLE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt"}
LINE_SUFFIXES = {".jsonl", ".ndjson"}
RECORD_SUFFIXES = {".json"} | LINE_SUFFIXES
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = ARTICLE_SUFFIXES | RECORD_SUFFIXES | FEED_SUFFIXES | {".zip"}
_READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError)

Item = tuple[str, str, str | bytes]  # (origin, kind, payload)


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


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB" if n >= 1_000_000 else f"{n:,} bytes"


def _too_large(size: int | None, limit: int, what: str) -> str:
    got = f"{_mb(size)} > " if size is not None else "over "
    return f"too large ({got}{_mb(limit)} limit per {what}); skipped"


def _suffixes(name: str) -> tuple[str, bool]:
    """The suffix that decides the shape, and whether the file is gzip-compressed (``x.jsonl.gz``)."""
    path = Path(name)
    if path.suffix.lower() == ".gz":
        return Path(path.stem).suffix.lower(), True
    return path.suffix.lower(), False


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Input files in processing order: files as given, folders walked recursively in sorted order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                suffix, gz = _suffixes(f.name)
                if (f.is_file() and not any(part.startswith(".") for part in rel) and suffix in KNOWN_SUFFIXES
                        and not (gz and suffix == ".zip")):
                    out.append(f)
        else:
            out.append(p)
    return out


def input_files(paths: Sequence[str | Path]) -> list[Path]:
    """:func:`expand_paths`, checked: every path exists and there is at least one input file.

    Raises :class:`~marsad.errors.InputError` (one line) otherwise, before anything is written.
    """
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise InputError(f"{missing[0]}: no such file or folder" + (f" (and {len(missing) - 1} more)"
                                                                     if len(missing) > 1 else ""))
    files = expand_paths(paths)
    if not files:
        known = ", ".join(sorted(KNOWN_SUFFIXES))
        raise InputError(f"no input files in {', '.join(str(p) for p in paths)} (read: {known}, and .gz of these)")
    return files


def _make(seq: int, origin: str, kind: str, payload: str | bytes) -> RawItem:
    if kind == "error":
        return RawItem(seq, origin, kind, payload, content_hash("error", origin + "\0" + str(payload)))
    return RawItem(seq, origin, kind, payload, content_hash(kind, payload))


def read_file(path: Path, file_index: int, data: bytes | None = None) -> Iterator[RawItem]:
    """Raw items of one input file (``data``: its bytes when already read, e.g. by Spark)."""
    name = str(path)
    base = file_index * SEQ_STRIDE
    for i, (origin, kind, payload) in enumerate(_file_items(path, data)):
        if i >= SEQ_STRIDE - 1:
            yield _make(base + SEQ_STRIDE - 1, name, "error", f"more than {SEQ_STRIDE - 1} items; the rest skipped")
            return
        yield _make(base + i, origin, kind, payload)


def _file_items(path: Path, data: bytes | None) -> Iterator[Item]:
    name = str(path)
    try:
        if data is not None:
            yield from _stream_items(name, name, io.BytesIO(data), len(data))
            return
        if not path.exists():
            yield name, "error", "no such file"
            return
        with path.open("rb") as f:
            yield from _stream_items(name, name, f, path.stat().st_size)
    except _READ_ERRORS as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        yield name, "error", f"cannot read ({reason})"


def _bounded(f: IO[bytes], limit: int) -> bytes | None:
    """At most ``limit`` bytes of ``f``; None when there are more (only ``limit + 1`` are ever read)."""
    data = f.read(limit + 1)
    return None if len(data) > limit else data


def _is_zip(f: IO[bytes]) -> bool:
    if not f.seekable():
        return False
    pos = f.tell()
    head = f.read(4)
    f.seek(pos)
    return head == b"PK\x03\x04"


def _stream_items(origin: str, name: str, f: IO[bytes], size: int | None, in_zip: bool = False) -> Iterator[Item]:
    """Items of one stream ``f`` named ``name`` (its suffix decides the shape); ``size``: declared bytes."""
    suffix, gz = _suffixes(name)
    if gz:
        if suffix == ".zip":
            yield origin, "error", "a zip file inside gzip is not read"
            return
        with gzip.GzipFile(fileobj=f, mode="rb") as inner:
            yield from _stream_items(origin, name[:-3], cast(IO[bytes], inner), None, in_zip)
        return
    if not in_zip and (suffix == ".zip" or (suffix not in KNOWN_SUFFIXES and _is_zip(f))):
        yield from _zip_items(origin, f)
        return
    if suffix in LINE_SUFFIXES:
        yield from _line_items(origin, f)
        return
    limit = MAX_ARTICLE_BYTES if suffix in ARTICLE_SUFFIXES else MAX_MEMBER_BYTES
    what = "article" if suffix in ARTICLE_SUFFIXES else ("zip member" if in_zip else "file")
    if size is not None and size > limit:
        yield origin, "error", _too_large(size, limit, what)
        return
    data = _bounded(f, limit)
    if data is None:
        yield origin, "error", _too_large(None, limit, what)
        return
    if suffix == ".json":
        yield from _json_items(origin, data)
    elif suffix in FEED_SUFFIXES or looks_like_feed(data):
        yield from _feed_items(origin, data)
    elif len(data) > MAX_ARTICLE_BYTES:
        yield origin, "error", _too_large(len(data), MAX_ARTICLE_BYTES, "article")
    else:
        yield origin, "bytes", data


def _zip_items(name: str, f: IO[bytes]) -> Iterator[Item]:
    try:
        zf = zipfile.ZipFile(f)
        members = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield name, "error", f"not a readable zip file ({exc})"
        return
    with zf:
        for info in members:
            origin = f"{name}::{info.filename}"
            suffix, gz = _suffixes(info.filename)
            if Path(info.filename).name.startswith(".") or suffix not in KNOWN_SUFFIXES - {".zip"}:
                continue
            if gz and info.file_size > MAX_MEMBER_BYTES:
                yield origin, "error", _too_large(info.file_size, MAX_MEMBER_BYTES, "zip member")
                continue
            try:
                with zf.open(info) as member:
                    yield from _stream_items(origin, info.filename, member, info.file_size, in_zip=True)
            except _READ_ERRORS as exc:
                yield origin, "error", f"cannot read zip member ({exc})"


def _line_items(origin: str, f: IO[bytes]) -> Iterator[Item]:
    """One record a line, each line read with a bound (a line over it is skipped to its end)."""
    n = 0
    while True:
        line = f.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        n += 1
        if len(line) > MAX_ARTICLE_BYTES:
            while line and not line.endswith(b"\n"):
                line = f.readline(1_000_000)
            yield f"{origin}:{n}", "error", _too_large(None, MAX_ARTICLE_BYTES, "article (one line)")
            continue
        try:
            text = line.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield f"{origin}:{n}", "error", f"not UTF-8 JSON ({exc.reason} at byte {exc.start})"
            continue
        if text.strip():
            yield _one_record(f"{origin}:{n}", text)


def _json_items(origin: str, data: bytes) -> Iterator[Item]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield origin, "error", f"not UTF-8 JSON ({exc.reason} at byte {exc.start})"
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        # a .json file holding JSON Lines
        if "\n" in text.strip() and text.lstrip().startswith("{"):
            yield from _line_items(origin, io.BytesIO(data))
            return
        yield origin, "error", f"not valid JSON ({exc.msg} at line {exc.lineno})"
        return
    except RecursionError:
        yield origin, "error", "JSON nested too deeply"
        return
    del text
    if isinstance(obj, dict):
        yield _record(origin, obj)
    elif isinstance(obj, list):
        for i, rec in enumerate(obj):
            if isinstance(rec, dict):
                yield _record(f"{origin}#{i}", rec)
            else:
                yield f"{origin}#{i}", "error", "expected a JSON object holding an article"
            obj[i] = None  # each record's memory goes once it is yielded
    else:
        yield origin, "error", "expected a JSON object or an array of article objects"


def _one_record(origin: str, line: str) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return origin, "error", f"not valid JSON ({exc.msg})"
    except RecursionError:
        return origin, "error", "JSON nested too deeply"
    if not isinstance(obj, dict):
        return origin, "error", "expected a JSON object holding an article"
    return _record(origin, obj)


def _record(origin: str, rec: dict[str, Any]) -> Item:
    text = canonical_record(rec)
    if len(text) > MAX_ARTICLE_BYTES:
        return origin, "error", _too_large(len(text), MAX_ARTICLE_BYTES, "article")
    return origin, "record", text


def _feed_items(origin: str, data: bytes) -> Iterator[Item]:
    records, problem = feed_records(data)
    if problem is not None:
        yield origin, "error", problem
    for i, rec in enumerate(records):
        yield _record(f"{origin}#{i}", rec)


def iter_items(paths: Sequence[str | Path]) -> Iterator[RawItem]:
    for index, path in enumerate(expand_paths(paths)):
        yield from read_file(path, index)


def count_items(paths: Sequence[str | Path]) -> int:
    """How many items :func:`iter_items` will yield (for a progress bar's total): the same bounded
    reading, without hashing."""
    return sum(1 for path in expand_paths(paths) for _ in _file_items(path, None))
