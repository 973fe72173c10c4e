"""Search the way Arabic readers search: folded forms, clitic-free stems, safe FTS5 queries, snippets.

The query language is small and can never reach FTS5 syntax unescaped:
- words are ANDed; ``"two words"`` is a phrase; ``OR`` (or ``أو``) between two terms means either;
- every other character (quotes left open, brackets, ``*``, ``:``, SQL) is only a word separator.

A word matches a document word when their folded forms are equal (hamza/alef forms, taa marbuta,
alef maqsura, diacritics, tatweel) or when their clitic-free stems are equal, so "موسكو" finds
"وموسكو" and "لموسكو", and "الاميركي" finds "الأميركي". Each term becomes
``({title body} : "surface" OR {title_stems body_stems} : "stem")`` with every word double-quoted.
"""

from __future__ import annotations

import re
from typing import Any

from marsad.store.work import WORD_RE, fold_word, word_forms

_PART = re.compile(r'"([^"]*)"|(\S+)')
_SPACE = re.compile(r"\s+")
_OR = {"OR", "أو", "او"}
_CLITIC_PREFIXES = frozenset(
    conj + prep + art
    for conj in ("", "و", "ف")
    for prep in ("", "ب", "ل", "ك", "س")
    for art in ("", "ال")
) | frozenset(conj + "لل" for conj in ("", "و", "ف"))


def _words(text: str, resources: Any) -> list[tuple[str, str]]:
    surfaces, stems, _ = word_forms(text, resources)
    return list(zip(surfaces, stems, strict=True))


def _quote(words: list[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def parse_query(query: str, resources: Any) -> tuple[str | None, list[tuple[str, str]]]:
    """The FTS5 MATCH expression for a user query (None when it has no words) and its (surface, stem) words."""
    clauses: list[str] = []
    all_words: list[tuple[str, str]] = []
    pending_or = False
    for m in _PART.finditer(query.replace("\u201c", '"').replace("\u201d", '"')):
        phrase, bare = m.group(1), m.group(2)
        if bare is not None and bare in _OR:
            pending_or = bool(clauses)
            continue
        words = _words(phrase if phrase is not None else bare, resources)
        if not words:
            continue
        all_words.extend(words)
        groups = [words] if phrase is not None else [[w] for w in words]
        for group in groups:
            term = (
                f"({{title body}} : {_quote([s for s, _ in group])}"
                f" OR {{title_stems body_stems}} : {_quote([t for _, t in group])})"
            )
            if pending_or and clauses:
                clauses[-1] = f"({clauses[-1]} OR {term})"
                pending_or = False
            else:
                clauses.append(term)
    if not clauses:
        return None, []
    return " AND ".join(clauses), all_words


def _matches(word: str, surfaces: set[str], stems: set[str]) -> bool:
    if word in surfaces:
        return True
    for stem in stems:
        if word.endswith(stem) and word[: len(word) - len(stem)] in _CLITIC_PREFIXES:
            return True
    return False


def _collapse(piece: str) -> str:
    return _SPACE.sub(" ", piece)


def snippet(text: str, words: list[tuple[str, str]], width: int = 160) -> tuple[str, dict[str, int] | None]:
    """A window of ``text`` around the first word matching the query, and that word's span in the window.

    The window's whitespace runs become single spaces and an ellipsis marks a cut end, so the span is an
    offset into the returned snippet (``snippet[start:end]`` is the matched word), not into ``text``.
    """
    spans = matches(text, words, limit=1)
    if not spans:
        body = " ".join(text.split())
        return (body[:width] + ("…" if len(body) > width else "")), None
    hit = spans[0]
    start = max(0, hit[0] - width // 3)
    end = min(len(text), max(start + width, hit[1]))
    if start > 0:
        space = text.find(" ", start, hit[0])
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", hit[1], end)
        end = space if space != -1 else end
    before = _collapse(text[start : hit[0]]).lstrip()
    after = _collapse(text[hit[1] : end]).rstrip()
    head = ("…" if start > 0 else "") + before
    piece = head + text[hit[0] : hit[1]] + after + ("…" if end < len(text) else "")
    return piece, {"start": len(head), "end": len(head) + hit[1] - hit[0]}


def matches(text: str, words: list[tuple[str, str]], limit: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``text``'s words that match the query's (surface, stem) words, in order."""
    surfaces = {s for s, _ in words}
    stems = {t for _, t in words}
    out: list[tuple[int, int]] = []
    if not words:
        return out
    for m in WORD_RE.finditer(text):
        if _matches(fold_word(m.group()), surfaces, stems):
            out.append((m.start(), m.end()))
            if limit is not None and len(out) >= limit:
                break
    return out
