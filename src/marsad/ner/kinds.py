"""A finer kind for organizations the gazetteers do not know (gov, company, club, media, edu, ngo ...).

A naive Bayes model over the name's words (each, the first and the last) and the words around it (two
before, one after), trained on the organizations of WikiFANE Gold with their fine classes
(``scripts/train_ner.py kinds``; classes mapped by the ``wikifane_classes`` lexicon). The model file
``ner_kinds.tsv.gz`` holds counts: for each feature, how often it was seen with each kind; a row with an
empty feature holds the kinds' entity counts. A kind is given only when its posterior reaches
``THRESHOLD`` (see src/marsad/models/README.md for its accuracy on held-out WikiFANE).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from marsad.document import Entity, Token
from marsad.ner.lexicon import read_model_tsv
from marsad.resources import MODEL_DIR, Resources
from marsad.text.normalize import fold

KINDS_FILE = "ner_kinds.tsv.gz"
THRESHOLD = 0.8
SMOOTHING = 0.1
_ARTICLE = re.compile(r"^[وف]?[بكل]?(ال..+)$")
_LAM_LAM = re.compile(r"^[وف]?لل(..+)$")


def kind_key(word: str) -> str:
    """The folded word without proclitics before the article: ``وللأمم`` -> ``الامم``, ``بالشركة`` -> ``الشركه``."""
    w = fold(word)
    m = _ARTICLE.match(w)
    if m:
        return m.group(1)
    m = _LAM_LAM.match(w)
    return "ال" + m.group(1) if m else w


def kind_features(before: Sequence[str], name: Sequence[str], after: Sequence[str]) -> list[str]:
    """Features of a name: its words' keys, its first and last word, two words before and one after."""
    keys = [kind_key(w) for w in name]
    feats = [f"w={k}" for k in keys]
    if keys:
        feats += [f"first={keys[0]}", f"last={keys[-1]}"]
    feats += [f"p{i}={kind_key(w)}" for i, w in enumerate(reversed(before[-2:]), start=1)]
    feats += [f"n1={kind_key(w)}" for w in after[:1]]
    return feats


@dataclass
class KindModel:
    """Naive Bayes over :func:`kind_features` (counts as stored; log probabilities computed once)."""

    prior: dict[str, float] = field(default_factory=dict)  # kind -> log P(kind)
    likelihood: dict[str, dict[str, float]] = field(default_factory=dict)  # feature -> kind -> log P(f | kind)

    @classmethod
    def from_counts(cls, entities: dict[str, int], features: dict[str, dict[str, int]]) -> KindModel:
        total = sum(entities.values())
        prior = {k: math.log(n / total) for k, n in entities.items()} if total else {}
        per_kind = dict.fromkeys(entities, 0)
        for counts in features.values():
            for k, n in counts.items():
                per_kind[k] = per_kind.get(k, 0) + n
        vocab = len(features)
        denom = {k: math.log(per_kind[k] + SMOOTHING * vocab) for k in entities}
        likelihood = {f: {k: math.log(counts.get(k, 0) + SMOOTHING) - denom[k] for k in entities}
                      for f, counts in features.items()}
        return cls(prior, likelihood)

    @classmethod
    def load(cls, path: Path) -> KindModel:
        entities: dict[str, int] = {}
        features: dict[str, dict[str, int]] = {}
        for row in read_model_tsv(path, 2):
            counts = {k: int(n) for k, _, n in (x.rpartition(":") for x in row[1].split(",") if x)}
            if row[0]:
                features[row[0]] = counts
            else:
                entities = counts
        return cls.from_counts(entities, features)

    def posterior(self, feats: Sequence[str]) -> dict[str, float]:
        """P(kind | features), features the model never saw left out."""
        scores = dict(self.prior)
        for f in feats:
            row = self.likelihood.get(f)
            if row is not None:
                for k, v in row.items():
                    scores[k] += v
        if not scores:
            return {}
        top = max(scores.values())
        z = sum(math.exp(v - top) for v in scores.values())
        return {k: math.exp(v - top) / z for k, v in scores.items()}

    def kind(self, feats: Sequence[str], threshold: float = THRESHOLD) -> str | None:
        """The most probable kind when its posterior reaches ``threshold``, else None."""
        post = self.posterior(feats)
        if not post:
            return None
        best = max(post, key=lambda k: post[k])
        return best if post[best] >= threshold else None


def load_kinds(res: Resources, model_dir: Path = MODEL_DIR) -> KindModel | None:
    """The organizations' kind model (loaded once per resources), or None where its file is missing."""
    def build() -> KindModel | None:
        path = model_dir / KINDS_FILE
        return KindModel.load(path) if path.is_file() else None
    model: KindModel | None = res.cached("ner.kinds", build)
    return model


def with_kinds(text: str, tokens: Sequence[Token], entities: Sequence[Entity], model: KindModel,
               threshold: float = THRESHOLD) -> list[Entity]:
    """Give an organization that has no kind yet the model's kind where its posterior reaches ``threshold``."""
    if not any(e.type == "ORG" and e.kind is None for e in entities):
        return list(entities)
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    words = [text[t.start : t.end] for t in tokens]
    out: list[Entity] = []
    for e in entities:
        if e.type == "ORG" and e.kind is None:
            first = bisect_right(ends, e.start)  # tokens ending before the name
            nxt = bisect_left(starts, e.end)
            before, after = words[max(0, first - 2) : first], words[nxt : nxt + 1]
            kind = model.kind(kind_features(before, text[e.start : e.end].split(), after), threshold)
            if kind is not None:
                e = replace(e, kind=kind)
        out.append(e)
    return out
