"""Base layers: sentences and tokens (with clitic segments)."""

from __future__ import annotations

from marsad.document import Document, Sentence, Token
from marsad.pipeline import Stage
from marsad.resources import Resources
from marsad.text.sentences import split_sentences


def sentences(doc: Document, res: Resources) -> list[Sentence]:
    return split_sentences(doc.text)


def tokens(doc: Document, res: Resources) -> list[Token]:
    tokenizer = res.tokenizer
    result: list[Token] = tokenizer(doc.text)
    return result


def _prepare_tokens(res: Resources) -> None:
    res.tokenizer  # noqa: B018  (load the vocabulary now)


SENTENCES = Stage("sentences", "sentences", (), sentences)
TOKENS = Stage("tokens", "tokens", (), tokens, _prepare_tokens)
