"""Score the shipped named-entity tagger on a CoNLL file (entity level, exact span and type)."""

from __future__ import annotations

from pathlib import Path

from marsad.evaluate.ner_score import Scores, score
from marsad.ner.conll import read_conll
from marsad.ner.tagger import load_tagger
from marsad.resources import Resources, default_resources


def evaluate_ner(path: str | Path, res: Resources | None = None) -> Scores:
    """Tag the words of ``path`` (sentences in file order, as one stream) and score them."""
    sentences = read_conll(path)
    tagger = load_tagger(res or default_resources())
    gold = [[t for _, t in s] for s in sentences]
    pred = tagger.tag_words([[w for w, _ in s] for s in sentences])
    return score(gold, pred)
