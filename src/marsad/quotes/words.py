"""The word view of a document, now :mod:`marsad.text.words` (kept here for existing imports)."""

from marsad.text.words import (
    CLAUSE_PUNCT,
    END_PUNCT,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    Word,
    WordIndex,
    variants,
    word_index,
    words_of,
)

__all__ = [
    "CLAUSE_PUNCT", "END_PUNCT", "QUOTE_CLOSE", "QUOTE_OPEN", "Word", "WordIndex", "variants", "word_index", "words_of",
]
