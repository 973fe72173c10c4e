"""Score the entities stage (gazetteers and context rules, with or without the tagger) on CoNLL data.

``marsad eval ner`` scores the statistical tagger alone on its own word sequence; this scores what
the ``entities`` stage outputs: the words of every 40 sentences are joined into one pseudo-article
(a space between words, a line break between sentences), tokenized and processed as an article,
and each entity is mapped back to the words it covers (a span that starts after a word's
proclitics still covers that word, as ANERcorp annotates whole words). Scores are entity-level,
exact span and type (:func:`marsad.evaluate.ner_score.score`).

Never use this on a test split to tune lexicons or rules; ANERcorp train and AQMAR are for that.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from pathlib import Path

from marsad.document import Entity
from marsad.evaluate.ner_score import Scores, score
from marsad.gazetteer import link_entities
from marsad.ner.conll import read_conll
from marsad.resources import Resources, default_resources
from marsad.text.sentences import split_sentences

SENTENCES_PER_DOCUMENT = 40


def entity_tags(words: Sequence[Sequence[str]], res: Resources, use_tagger: bool = True) -> list[list[str]]:
    """BIO tags per word of the entities the stage finds in ``words`` (sentences of words)."""
    from marsad.stages.entities import tagger as stage_tagger

    model = stage_tagger(res) if use_tagger else None
    out: list[list[str]] = []
    for b in range(0, len(words), SENTENCES_PER_DOCUMENT):
        chunk = words[b : b + SENTENCES_PER_DOCUMENT]
        text = "\n".join(" ".join(s) for s in chunk)
        starts: list[int] = []
        pos = 0
        for s in chunk:
            for w in s:
                starts.append(pos)
                pos += len(w) + 1
        tokens = res.tokenizer(text)
        tagged: list[Entity] = list(model.tag(text, tokens, split_sentences(text))) if model is not None else []
        flat = ["O"] * len(starts)
        for e in link_entities(text, tokens, res, tagged):
            first = bisect.bisect_right(starts, e.start) - 1
            last = bisect.bisect_left(starts, e.end)
            if first < 0 or last <= first or any(t != "O" for t in flat[first:last]):
                continue
            flat[first] = f"B-{e.type}"
            for i in range(first + 1, last):
                flat[i] = f"I-{e.type}"
        i = 0
        for s in chunk:
            out.append(flat[i : i + len(s)])
            i += len(s)
    return out


def evaluate_entities(path: str | Path, res: Resources | None = None, use_tagger: bool = True) -> Scores:
    """Entity-level scores of the entities stage on the CoNLL file ``path``."""
    res = res or default_resources()
    sentences = read_conll(path)
    gold = [[t for _, t in s] for s in sentences]
    pred = entity_tags([[w for w, _ in s] for s in sentences], res, use_tagger)
    return score(gold, pred)
