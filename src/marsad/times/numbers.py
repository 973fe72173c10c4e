"""Numbers written in digits or words (ثلاثة, خمسة وعشرين, ثلاثمئة, بضعة).

:func:`parse_number` reads the folded phrase with the ``number_words.tsv`` table. It returns the
integer, ``None`` for a vague quantity (بضعة, عدة: "a few", written X in TIMEX3), or raises
``ValueError`` when the phrase is not a number at all.
"""

from __future__ import annotations

import re

_SPLIT = re.compile(r"\s+")


def parse_number(phrase: str, table: dict[str, tuple[int, str]]) -> int | None:
    text = phrase.strip()
    if text.startswith("ال"):
        text = text[2:]
    if text.isdigit():
        return int(text)
    words = [w for w in _SPLIT.split(text) if w]
    total = 0
    current = 0
    i = 0
    matched = False
    while i < len(words):
        w = words[i]
        if w.startswith("و") and w not in table and w[1:] in table:
            w = w[1:]
        if w == "و":
            i += 1
            continue
        pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in table:
            value, kind = table[pair]
            i += 2
        elif w in table:
            value, kind = table[w]
            i += 1
        else:
            raise ValueError(f"not a number word: {w!r}")
        matched = True
        if kind == "few":
            return None
        if kind in ("unit", "ten", "teen", "ordinal"):
            current += value
        elif kind == "hundred":
            current = current * 100 if value == 100 and 0 < current < 10 else current + value
        elif kind in ("thousand", "thousands"):
            if value == 1000:
                current = (current or 1) * 1000
            else:
                current += value
            total += current
            current = 0
    if not matched:
        raise ValueError(f"not a number: {phrase!r}")
    return total + current
