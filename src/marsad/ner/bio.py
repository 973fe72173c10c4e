"""BIO tag sequences ↔ typed spans over word indices (conlleval conventions)."""

from __future__ import annotations

from collections.abc import Sequence


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first, last_exclusive, type)`` of a BIO sequence.

    As in conlleval, an ``I-X`` that does not continue an ``X`` entity starts a new one.
    """
    spans: list[tuple[int, int, str]] = []
    start = -1
    kind = ""
    for i, tag in enumerate(tags):
        if tag == "O":  # most tags: closes an open entity, opens none
            if start >= 0:
                spans.append((start, i, kind))
                start = -1
            continue
        prefix, _, t = tag.partition("-")
        if prefix == "I" and start >= 0 and t == kind:
            continue
        if start >= 0:
            spans.append((start, i, kind))
            start = -1
        if prefix in ("B", "I") and t:
            start, kind = i, t
    if start >= 0:
        spans.append((start, len(tags), kind))
    return spans


def repair(tags: Sequence[str]) -> list[str]:
    """The same entities written as valid BIO (a stray ``I-X`` becomes ``B-X``)."""
    out = ["O"] * len(tags)
    for s, e, t in bio_spans(tags):
        out[s] = f"B-{t}"
        for i in range(s + 1, e):
            out[i] = f"I-{t}"
    return out
