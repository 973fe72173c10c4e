"""Sentence splitting with offsets into the original text.

Decision (recorded here, see README): a *sentence* ends at ``.``, ``!``, ``?``, ``؟``, ``؛`` or a
line break. The Arabic comma ``،`` joins clauses of one sentence in Arabic news prose (a whole
paragraph is often one sentence of comma-joined clauses), so it is a *clause* boundary only:
:func:`split_clauses` splits on it as well, for stages that want clause-sized units.

A full stop does not end a sentence inside a number (``3.5``), after a one-letter abbreviation
(``د.``, ``أ.``, ``م.``, ``ق.م``) or before a lower-case/closing character.
"""

from __future__ import annotations

import re

from marsad.document import Sentence

_TERMINAL = re.compile(r"[.!?؟؛]+[\"'»”)\]]*|\n+")
_CLAUSE = re.compile(r"[.!?؟؛،]+[\"'»”)\]]*|\n+")
_ABBREV_BEFORE = re.compile(r"(?:^|[\s(])(?:[\u0621-\u064a]|[A-Za-z]|ق\.م|ص\.ب|هـ|م\.م)$")


def _is_false_stop(text: str, start: int, end: int) -> bool:
    mark = text[start]
    if mark != ".":
        return False
    before = text[max(0, start - 8) : start]
    after = text[end : end + 1]
    if before[-1:].isdigit() and after[:1].isdigit():
        return True  # 3.5
    if _ABBREV_BEFORE.search(before):
        return True  # د. محمد
    return bool(after and after.isalnum() and not after.isspace())  # www.site, U.S


def _split(text: str, pattern: re.Pattern[str]) -> list[Sentence]:
    spans: list[Sentence] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.group().startswith(".") and _is_false_stop(text, m.start(), m.end()):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        _add(text, pos, end, spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` as spans (whitespace trimmed, empty ones dropped)."""
    return _split(text, _TERMINAL)


def split_clauses(text: str) -> list[Sentence]:
    """Like :func:`split_sentences` but also breaking at the Arabic comma ``،``."""
    return _split(text, _CLAUSE)
