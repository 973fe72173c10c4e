"""A light word view of a document for the cue-driven stages (quotes, events).

Each token of the ``tokens`` layer becomes a :class:`Word` with its folded form (see
:func:`marsad.text.normalize.fold`) and the forms left after stripping proclitics, so that
lexicons written without clitics (قال, مظاهرة) match وقال, والمظاهرات, للمتظاهرين.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from marsad.document import Document, Sentence, Token
from marsad.text.normalize import fold

QUOTE_OPEN = frozenset('«"“„‹')
QUOTE_CLOSE = {"«": "»", '"': '"', "“": "”", "„": "”", "‹": "›"}
CLAUSE_PUNCT = frozenset("،,;؛:")
END_PUNCT = frozenset(".!?؟")


class Word(NamedTuple):
    start: int
    end: int
    norm: str  # folded token text
    forms: tuple[str, ...]  # norm, then the forms after stripping و/ف, ب/ل/ك, ال
    kind: str  # token kind: arabic | latin | number | punct | other
    proclitics: str = ""  # the proclitic letters the tokenizer split off (e.g. "وس" for وسيكون)


@lru_cache(maxsize=65536)
def variants(norm: str) -> tuple[str, ...]:
    """The folded word and what is left after stripping conjunction, preposition and article."""
    out = [norm]
    stems = [norm]
    if len(norm) > 3 and norm[0] in "وف":
        stems.append(norm[1:])
    more: list[str] = []
    for s in stems:
        if len(s) > 3 and s[0] in "بلك":
            if s[0] == "ل" and s[1] == "ل" and len(s) > 4:
                more.append("ال" + s[2:])
            more.append(s[1:])
    stems += more
    for s in stems:
        if s not in out:
            out.append(s)
        if s.startswith("ال") and len(s) > 4:
            bare = s[2:]
            if bare not in out:
                out.append(bare)
    return tuple(out)


_INFO: dict[tuple[str, bool], tuple[str, tuple[str, ...], str]] = {}
_INFO_MAX = 200_000


def _word_info(text: str, parts: tuple[tuple[int, int, str], ...], arabic: bool) -> tuple[str, tuple[str, ...], str]:
    """(folded form, variants, proclitic letters) of one word form (cached by its text: the tokenizer's
    segmentation is a function of the word form)."""
    norm = fold(text)
    forms = variants(norm) if arabic else (norm,)
    pro = "".join(text[a:b] for a, b, k in parts if k == "proclitic") if len(parts) > 1 else ""
    if len(_INFO) >= _INFO_MAX:
        _INFO.clear()
    info = _INFO[(text, arabic)] = (norm, forms, pro)
    return info


def words_of(doc: Document) -> list[Word]:
    """Words for every token of ``doc`` (the ``tokens`` layer; empty when absent)."""
    tokens: Sequence[Token] = doc.layer("tokens")
    text = doc.text
    out: list[Word] = []
    append = out.append
    cache = _INFO
    for t in tokens:
        wt = text[t.start : t.end]
        arabic = t.kind == "arabic"
        info = cache.get((wt, arabic))
        if info is None:
            info = _word_info(wt, getattr(t, "parts", ()), arabic)
        append(Word(t.start, t.end, info[0], info[1], t.kind, info[2]))
    return out


def word_index(doc: Document) -> WordIndex:
    """The :class:`WordIndex` of ``doc``, shared by the stages that run one after the other on it."""
    global _LAST
    tokens = doc.layer("tokens")
    if _LAST is not None and _LAST.doc is doc and _LAST.tokens is tokens:
        return _LAST
    _LAST = WordIndex(doc)
    return _LAST


class WordIndex:
    """Words with lookup by character offset, and the sentence bounds they fall in."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.layer("tokens")
        self.words = words_of(doc)
        self.starts = [w.start for w in self.words]
        sentences: Sequence[Sentence] = doc.layer("sentences") or [Sentence(0, len(doc.text))]
        # word index ranges [lo, hi) of each sentence
        self.sentence_ranges: list[tuple[int, int]] = []
        for s in sentences:
            lo = bisect_left(self.starts, s.start)
            hi = bisect_left(self.starts, s.end)
            if hi > lo:
                self.sentence_ranges.append((lo, hi))

    def first_at_or_after(self, offset: int) -> int:
        return bisect_left(self.starts, offset)

    def last_before(self, offset: int) -> int:
        """Index of the last word starting before ``offset`` (-1 if none)."""
        return bisect_right(self.starts, offset - 1) - 1

    def text(self, i: int) -> str:
        w = self.words[i]
        return self.doc.text[w.start : w.end]


_LAST: WordIndex | None = None  # one slot: the quotes and events stages read the same document in turn
