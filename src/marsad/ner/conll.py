"""Reading CoNLL named-entity files: ``WORD TAG`` lines, a blank line between sentences.

Tags are normalized to the four types marsad uses: ``PERS`` → ``PER`` and ``MIS0``..``MIS3`` (AQMAR)
→ ``MISC``; anything that is not a well-formed ``B-``/``I-`` tag of a known type becomes ``O``.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

TYPES = ("PER", "LOC", "ORG", "MISC")
_TYPE_MAP = {"PER": "PER", "PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


def normalize_tag(tag: str) -> str:
    """``B-PERS`` → ``B-PER``, ``I-MIS2`` → ``I-MISC``; unknown or malformed tags → ``O``."""
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    kind = tag[2:].upper()
    mapped = _TYPE_MAP.get(kind)
    if mapped is None and kind.startswith("MIS"):
        mapped = "MISC"
    return f"{tag[0]}-{mapped}" if mapped else "O"


Sentence = list[tuple[str, str]]


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of ``(word, tag)`` pairs with normalized tags.

    Lines with one field are words tagged ``O``; lines with more than two fields keep the first as
    the word and the last as the tag (a few corpus lines glue a word to the tag column).
    """
    sentences: list[Sentence] = []
    current: Sentence = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            fields = line.split()
            if not fields:
                if current:
                    sentences.append(current)
                    current = []
                continue
            word = fields[0]
            tag = normalize_tag(fields[-1]) if len(fields) > 1 else "O"
            current.append((word, tag))
    if current:
        sentences.append(current)
    return sentences
