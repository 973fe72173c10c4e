"""Gazetteer matching over a document's tokens, with clitic-aware word boundaries.

Each token gets its normalized form and, for the first word of a name only, the forms with the
leading proclitics stripped: a conjunction (و ف), then a preposition (ب ل ك), and the contracted
article of لل (للولايات is looked up as الولايات). A match starts after the stripped proclitics, so
its span never includes them (وموسكو → موسكو) but keeps the article (والولايات → الولايات); with
the contracted article both letters are proclitics and the span starts at the stem (للولايات
المتحدة → ولايات المتحدة), as the tagger's spans do. Later words of a name must match whole tokens.
At each token the longest name wins; ties go to the form with least stripping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.document import Token
from marsad.gazetteer.lexicon import _END, Entry, Trie
from marsad.text.normalize import _DIACRITICS, fold

_CONJ = "وف"


def _fold_table() -> dict[int, str]:
    """``str.translate`` table doing what :func:`fold` does, for the characters it changes."""
    ranges = [(0x00AD, 0x00AE), (0x0600, 0x0780), (0x200B, 0x2010), (0x202A, 0x202F), (0x2066, 0x206A),
              (0xFB50, 0xFE00), (0xFE70, 0xFF00)]
    table: dict[int, str] = {}
    for lo, hi in ranges:
        for cp in range(lo, hi):
            folded = fold(chr(cp))
            if folded != chr(cp):
                table[cp] = folded
    return table


_FOLD = _fold_table()
_PREP = "بلك"
_CLITICS = frozenset(_CONJ + _PREP)
_SPLIT = frozenset(_CONJ + _PREP + "س")


class TokenKey:
    """A token's offsets and kind, its normalized ``key``, and the ``variants`` a name may start with:
    (key, original start) pairs, the whole token first, then with proclitics stripped."""

    __slots__ = ("clitic", "end", "key", "kind", "start", "variants")

    def __init__(self, start: int, end: int, kind: str, key: str, variants: tuple[tuple[str, int], ...],
                 clitic: bool = False) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.key = key
        self.variants = variants
        self.clitic = clitic  # the tokenizer split off a conjunction or preposition (not only ال)

    def __repr__(self) -> str:
        return f"TokenKey({self.start}, {self.end}, {self.kind!r}, {self.key!r}, {self.variants!r})"


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``[first, last)`` matched an entry; ``start``/``end`` are character offsets."""

    first: int
    last: int
    start: int
    end: int
    entry: Entry


def _skip(text: str, pos: int, letters: int) -> int:
    """The original offset after ``letters`` letters from ``pos`` (diacritics on them included)."""
    for _ in range(letters):
        pos += 1
        while pos < len(text) and text[pos] in _DIACRITICS:
            pos += 1
    return pos


_WORDS: dict[str, tuple[str, tuple[tuple[str, int], ...]]] = {}
_WORDS_MAX = 200_000


def _word(word: str, kind: str) -> tuple[str, tuple[tuple[str, int], ...]]:
    """Key and variants (key, offset in the word) of a word form (memoized by the caller)."""
    key = word.translate(_FOLD)
    variants = [(key, 0)]
    if kind == "arabic" and key[:1] in _CLITICS:
        stripped = 0
        rest = key
        if rest[:1] in _CONJ and len(rest) > 2:
            stripped, rest = 1, rest[1:]
            variants.append((rest, _skip(word, 0, stripped)))
        if rest[:1] in _PREP and len(rest) > 2:
            if rest.startswith("لل") and len(rest) > 3:
                # لل = ل + ال: both letters are proclitics, the span starts at the stem (as the tagger's)
                variants.append(("ال" + rest[2:], _skip(word, 0, stripped + 2)))
            else:
                variants.append((rest[1:], _skip(word, 0, stripped + 1)))
    found = (key, tuple(variants))
    if len(_WORDS) >= _WORDS_MAX:
        _WORDS.clear()
    _WORDS[word] = found
    return found


def token_keys(text: str, tokens: Sequence[Token]) -> list[TokenKey]:
    """Normalized form and proclitic-stripped variants of every token."""
    out: list[TokenKey] = []
    words = _WORDS
    for tok in tokens:
        start = tok.start
        word = text[start : tok.end]
        found = words.get(word) or _word(word, tok.kind)
        key, rel = found
        variants = ((key, start),) if len(rel) == 1 else tuple((k, start + r) for k, r in rel)
        parts = tok.parts
        clitic = len(parts) > 1 and any(
            kind == "proclitic" and e - s == 1 and word[s] in _SPLIT for s, e, kind in parts
        )
        out.append(TokenKey(start, tok.end, tok.kind, key, variants, clitic))
    return out


def match_at(trie: Trie, keys: Sequence[TokenKey], i: int, strip: bool = True) -> Match | None:
    """The longest entry of ``trie`` starting at token ``i`` (None if none)."""
    best: tuple[int, int, Entry] | None = None
    root = trie.root
    n = len(keys)
    for first, start in keys[i].variants if strip else keys[i].variants[:1]:
        node = root.get(first)
        j = i + 1
        while node is not None:
            value = node.get(_END)
            if value is not None and (best is None or j > best[0]):
                best = (j, start, value)
            if j >= n:
                break
            node = node.get(keys[j].key)
            j += 1
    if best is None:
        return None
    return Match(i, best[0], best[1], keys[best[0] - 1].end, best[2])


def find_all(trie: Trie, keys: Sequence[TokenKey]) -> list[Match]:
    """Non-overlapping longest matches of ``trie``, left to right."""
    found: list[Match] = []
    root = trie.root
    i = 0
    while i < len(keys):
        k = keys[i]
        if k.key not in root and (len(k.variants) == 1 or not any(v in root for v, _ in k.variants[1:])):
            i += 1
            continue
        m = match_at(trie, keys, i)
        if m is None:
            i += 1
        else:
            found.append(m)
            i = m.last
    return found


SPORT_WORDS = 1  # words of sport news an article needs before a club named by a common word is read in it


def sport_news(keys: Sequence[TokenKey], sports: frozenset[str]) -> bool:
    """Whether an article is about sport: at least :data:`SPORT_WORDS` of its words, proclitics stripped too
    ("والمنتخب"), are words of sport news (``name_heads.tsv``, role sports: مباراة, الدوري, المنتخب ...). The list
    leaves out words news uses in other senses (هدف an aim, فوز, الفريق a rank, الموسم), which let a story about an
    agreement or the youth (الاتفاق النووي, تأهيل الشباب) read its common words as clubs."""
    seen = 0
    for k in keys:
        if k.kind == "arabic" and any(key in sports for key, _ in k.variants):
            seen += 1
            if seen >= SPORT_WORDS:
                return True
    return False
