"""Quotes: reported speech with its cue, speaker and relay chain (see :mod:`marsad.quotes.finder`)."""

from marsad.quotes.finder import find_quotes
from marsad.quotes.lexicon import QuoteLexicon, quote_lexicon

__all__ = ["QuoteLexicon", "find_quotes", "quote_lexicon"]
