"""Raw page text → Document (minimal first version: title = first line, body = the rest)."""

from __future__ import annotations

from marsad.document import Document


def extract_rawtext(text: str) -> Document:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = lines[0] if lines else None
    body = "\n".join(lines[1:])
    clean = f"{title}\n\n{body}" if title and body else (title or "")
    return Document(text=clean, title=title)
