"""Tokenization with clitic segmentation that leaves names whole.

Tokens are runs of Arabic letters, Latin letters or digits, or single punctuation marks, each a
span of the original text. Arabic tokens are segmented into proclitics (و ف ب ل ك س, the article
ال, and the contracted لل = ل + ال) and a stem. A proclitic is split off only with evidence from the
word-frequency lexicon (``lexicons/vocab.tsv.gz``, counts of normalized words in SaudiNewsNet):
the remainder must be a known word at least as frequent as the whole. So وموسكو → و + موسكو and
لبايدن → ل + بايدن, while بوتين, موسكو and لوكيانوف stay whole (وتين, وسكو, وكيانوف are not words).
Pronoun enclitics are not split: news names end in ه/ها/ي too often to do it without a lexicon of
stems, and no later stage needs them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from marsad.document import Token
from marsad.text.normalize import normalize

_ARABIC_LETTERS = "\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_ARABIC_MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d"
_TOKEN = re.compile(
    rf"(?P<arabic>[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_ARABIC_MARKS}]*)"
    r"|(?P<number>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c:/][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
    r"|(?P<latin>[^\W\d_](?:[^\W\d_]|['’-][^\W\d_])*)"
    r"|(?P<punct>\S)"
)
_CONJ = "وف"
_PREP = "بلكس"
_KEEP_WHOLE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "الا", "الي", "الله", "الان", "اللهم"})
MIN_COUNT = 3


class Segmenter:
    """Clitic segmentation driven by word counts (normalized word → count)."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = counts
        self._memo: dict[str, tuple[tuple[int, int, str], ...]] = {}

    def _evidence(self, word: str) -> int:
        c = self.counts.get(word, 0)
        if not word.startswith("ال"):
            c += self.counts.get("ال" + word, 0)
        return c

    def relative(self, word: str) -> tuple[tuple[int, int, str], ...]:
        """Segments of a surface word as offsets into the word itself (memoized per word form)."""
        cached = self._memo.get(word)
        if cached is None:
            norm = normalize(word)
            parts = self.split(norm.text)
            if len(parts) == 1:
                cached = ((0, len(word), "stem"),)
            else:
                cached = tuple((*norm.to_orig(s, e), kind) for s, e, kind in parts)
            if len(self._memo) < 500_000:
                self._memo[word] = cached
        return cached

    def split(self, norm: str) -> list[tuple[int, int, str]]:
        """Segments of a normalized Arabic word as (start, end, kind) offsets into ``norm``."""
        segs: list[tuple[int, int, str]] = []
        pos = 0
        whole = self.counts.get(norm, 0)
        # conjunction, then preposition/future particle; each needs a better-attested remainder
        for letters in (_CONJ, _PREP):
            rest = norm[pos + 1 :]
            if norm[pos : pos + 1] in letters and len(rest) >= 2:
                if rest.startswith("ل") and norm[pos] == "ل" and len(rest) >= 3:
                    # لل = ل + (ا)ل: للرئيس → ل + ل + رئيس
                    if self._evidence("ال" + rest[1:]) >= max(MIN_COUNT, whole):
                        segs.append((pos, pos + 1, "proclitic"))
                        segs.append((pos + 1, pos + 2, "proclitic"))
                        pos += 2
                        whole = self.counts.get(norm[pos:], 0)
                        break
                ev = self._evidence(rest)
                if ev >= MIN_COUNT and ev >= whole:
                    segs.append((pos, pos + 1, "proclitic"))
                    pos += 1
                    whole = self.counts.get(rest, 0)
        rest = norm[pos:]
        if rest.startswith("ال") and len(rest) >= 4 and rest not in _KEEP_WHOLE:
            segs.append((pos, pos + 2, "proclitic"))
            pos += 2
        segs.append((pos, len(norm), "stem"))
        return segs


class Tokenizer:
    def __init__(self, counts: Mapping[str, int] | None = None) -> None:
        self.segmenter = Segmenter(counts or {})

    def __call__(self, text: str) -> list[Token]:
        return tokenize(text, self.segmenter)


def tokenize(text: str, segmenter: Segmenter | None = None) -> list[Token]:
    """Tokens of ``text`` with offsets; Arabic tokens carry clitic segments when a segmenter is given."""
    tokens: list[Token] = []
    append = tokens.append
    relative = segmenter.relative if segmenter is not None else None
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind == "arabic" and relative is not None:
            append(Token(m.start(), m.end(), kind, relative(m.group())))
        else:
            append(Token(m.start(), m.end(), kind))
    return tokens
