"""A light word view of a document for the cue-driven stages (quotes, events).

The view is built once per document by the ``words`` stage (:mod:`marsad.stages.words`) and recorded as
the ``words`` layer; :func:`word_index` reads it (or builds one for a document run without that stage).

Each token of the ``tokens`` layer has a :class:`Word` (shared by all tokens of a word form) with its folded form (see
:func:`marsad.text.normalize.fold`) and the forms left after stripping proclitics, so that
lexicons written without clitics (قال, مظاهرة) match وقال, والمظاهرات, للمتظاهرين.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple, cast

from marsad.document import Document, Sentence, Token
from marsad.text.normalize import fold

QUOTE_OPEN = frozenset('«"“„‹')
QUOTE_CLOSE = {"«": "»", '"': '"', "“": "”", "„": "”", "‹": "›"}
CLAUSE_PUNCT = frozenset("،,;؛:")
END_PUNCT = frozenset(".!?؟")


class Word(NamedTuple):
    """What the stages read of a word form: one shared object per form (offsets are in
    :attr:`WordIndex.starts` / :attr:`WordIndex.ends`, so a document costs no object per token)."""

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


_INFO: dict[str, Word] = {}
_INFO_MAX = 200_000


def _word(text: str, parts: tuple[tuple[int, int, str], ...], kind: str) -> Word:
    """The :class:`Word` of one word form, memoized by its text: the tokenizer's kind and segmentation
    are functions of the word form (a bounded cache, like lru_cache)."""
    norm = fold(text)
    forms = variants(norm) if kind == "arabic" else (norm,)
    pro = "".join(text[a:b] for a, b, k in parts if k == "proclitic") if len(parts) > 1 else ""
    if len(_INFO) >= _INFO_MAX:
        _INFO.clear()
    word = _INFO[text] = Word(norm, forms, kind, pro)
    return word


def words_of(doc: Document) -> list[Word]:
    """The :class:`Word` of every token of ``doc`` (the ``tokens`` layer; empty when absent)."""
    tokens: Sequence[Token] = doc.layer("tokens")
    text = doc.text
    get = _INFO.get
    out: list[Word | None] = [get(text[t.start : t.end]) for t in tokens]
    for i, w in enumerate(out):
        if w is None:
            t = tokens[i]
            out[i] = _word(text[t.start : t.end], t.parts, t.kind)
    return cast("list[Word]", out)  # no None left


class WordIndex:
    """Words with lookup by character offset, and the sentence bounds they fall in."""

    def __init__(self, doc: Document) -> None:
        self.doc_text = doc.text
        self.tokens = doc.layer("tokens")
        self.words = words_of(doc)
        self.starts = [t.start for t in self.tokens]
        self.ends = [t.end for t in self.tokens]
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
        return self.doc_text[self.starts[i] : self.ends[i]]


def word_index(doc: Document) -> WordIndex:
    """The :class:`WordIndex` of ``doc``: the ``words`` layer (recorded once by the words stage, read by the
    quotes and events stages), or a new one when the layer is absent or was built on other tokens."""
    ix = doc.layers.get("words")
    if isinstance(ix, WordIndex) and ix.tokens is doc.layer("tokens") and ix.doc_text is doc.text:
        return ix
    return WordIndex(doc)
