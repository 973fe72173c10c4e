"""Bytes → text, or a clear one-line InputError.

Order: empty → error; NUL bytes or mostly control bytes → binary error; a BOM decides; UTF-8;
UTF-8 with a handful of broken bytes in mostly multi-byte text (kept, with U+FFFD);
then windows-1256 (still common on Arabic sites) when the result is mostly Arabic letters;
then charset-normalizer's best guess; otherwise an error. A single-byte decoding (windows-1256 or a
guess) must also read as text: letters, digits, marks, spaces and common punctuation, with spaces
between words; random bytes decoded that way are mostly symbols and are refused as "not text in any
supported encoding".
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from marsad.errors import InputError

MAX_BYTES = 20_000_000  # one article; a bigger input is not an article (ingest handles corpora)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~،؛؟«»…–—“”‘’•٪٫٬")
NOT_TEXT = "not text in any supported encoding"


def decode_bytes(data: bytes, name: str = "-") -> str:
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: too large ({len(data) // 1_000_000} MB > {MAX_BYTES // 1_000_000} MB limit)")
    if not data.strip():
        raise InputError(f"{name}: empty input")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc), name)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: undecodable {enc} text") from exc
    sample = data[:65536]
    if b"\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(f"{name}: {NOT_TEXT} (binary data)")
    try:
        return _check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    if bad <= max(2, len(damaged) // 1000) and len(damaged) - len(data) < -len(damaged) // 4:
        # UTF-8 with a few broken bytes (a cut multi-byte character): keep it, marked with U+FFFD,
        # rather than reading every Arabic letter as two windows-1256 characters.
        return _check_text(damaged, name)
    try:
        text = data.decode("windows-1256")
        letters = sum(1 for c in text[:20000] if c.isalpha())
        if letters and len(_ARABIC.findall(text[:20000])) / letters > 0.3 and reads_as_text(text):
            return _check_text(text, name)
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # the detector is best-effort
        best = None
    if best is not None and best.encoding and reads_as_text(str(best)):
        return _check_text(str(best), name)
    raise InputError(f"{name}: {NOT_TEXT} (not UTF-8, windows-1256 or a recognizable encoding)")


def reads_as_text(text: str) -> bool:
    """Whether decoded text looks like writing: at most 10% symbols or controls, and, past a few words'
    length, at least one space in 40 characters."""
    sample = text[:20000]
    if not sample.strip():
        return False
    odd = sum(1 for c in sample if not (c.isspace() or c in _PUNCT or unicodedata.category(c)[0] in "LNM"))
    if odd > len(sample) // 10:
        return False
    return len(sample) < 80 or sum(1 for c in sample if c.isspace()) * 40 >= len(sample)


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: empty input")
    if "\x00" in text:
        raise InputError(f"{name}: {NOT_TEXT} (binary data)")
    return text
