"""A small neural named-entity tagger (BiLSTM over CRF features, word2vec keys and characters).

It stacks on the CRF: the first-pass CRF (``ner1.crfsuite``) tags the words, and the network reads,
for each word, the bag of the second-pass CRF's sparse features (including the first-pass tags and
the types given to the same word elsewhere in the document window), a frozen SaudiNewsNet word2vec
vector of the word's lexical key and a character CNN over the folded word, then a BiLSTM over the
sentence and a softmax per word decoded with BIO constraints (Viterbi).

Same API as :class:`marsad.ner.tagger.Tagger`. Weights live in ``marsad/models/ner_neural.npz``
(numpy arrays only, read with ``allow_pickle=False``); ``scripts/train_ner_neural.py`` builds it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn

from marsad.document import Entity, Sentence, Token
from marsad.errors import ResourceError
from marsad.ner.bio import bio_spans, repair
from marsad.ner.features import FeatureExtractor, Lexicon
from marsad.ner.tagger import FIRST_PASS_FILE, _group, _open_crf, _trimmed_start
from marsad.resources import MODEL_DIR, Resources
from marsad.text.normalize import fold

log = logging.getLogger(__name__)

NEURAL_FILE = "ner_neural.npz"
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
MAX_FEATS = 64
MAX_CHARS = 16
# sparse CRF features the network does not read (it sees words through embeddings instead)
_SKIP_PREFIXES = ("w=", "g3=")


def keep_feature(f: str) -> bool:
    return f != "b" and not f.startswith(_SKIP_PREFIXES)


def _allowed() -> np.ndarray:
    """allowed[i, j]: tag j may follow tag i (no I-X after anything but B-X / I-X)."""
    n = len(TAGS)
    ok = np.ones((n + 1, n), dtype=bool)  # row n: sentence start
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            for i in range(n + 1):
                prev = TAGS[i] if i < n else "O"
                ok[i, j] = prev[2:] == t[2:] and prev != "O"
    return ok


_ALLOWED = _allowed()


def viterbi(logp: np.ndarray) -> list[str]:
    """Best BIO-valid tag sequence under per-word log-probabilities ``logp`` (words × tags)."""
    n = logp.shape[0]
    if n == 0:
        return []
    neg = -1e9
    trans = np.where(_ALLOWED[:-1], 0.0, neg)
    score = logp[0] + np.where(_ALLOWED[-1], 0.0, neg)
    back = np.zeros((n, len(TAGS)), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + trans
        back[i] = cand.argmax(0)
        score = cand.max(0) + logp[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return [TAGS[k] for k in reversed(best)]


class NerNet(nn.Module):
    def __init__(self, n_feats: int, n_keys: int, n_chars: int, feat_dim: int = 48, key_dim: int = 100,
                 char_dim: int = 24, char_filters: int = 48, hidden: int = 128, dropout: float = 0.5) -> None:
        super().__init__()
        self.feats = nn.EmbeddingBag(n_feats, feat_dim, mode="sum", padding_idx=0)
        self.keys = nn.Embedding(n_keys, key_dim, padding_idx=0)
        self.keys.weight.requires_grad = False
        self.chars = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, char_filters, 3, padding=1)
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(feat_dim + key_dim + char_filters, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))

    def forward(self, feats: torch.Tensor, keys: torch.Tensor, chars: torch.Tensor, lengths: torch.Tensor
                ) -> torch.Tensor:
        """feats (B, T, F), keys (B, T), chars (B, T, C), lengths (B,) -> log-probabilities (B, T, tags)."""
        b, t, f = feats.shape
        fe = self.feats(feats.reshape(b * t, f)).reshape(b, t, -1)
        ke = self.keys(keys)
        ce = self.chars(chars.reshape(b * t, -1)).transpose(1, 2)
        ce = torch.relu(self.conv(ce)).max(2).values.reshape(b, t, -1)
        x = self.drop(torch.cat([fe, ke, ce], -1))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
        return torch.log_softmax(self.out(self.drop(h)), -1)


class Encoder:
    """Words (+ their CRF features) → index arrays for :class:`NerNet`."""

    def __init__(self, feats: Sequence[str], keys: Sequence[str], chars: Sequence[str]) -> None:
        self.feat_list = list(feats)
        self.key_list = list(keys)
        self.char_list = list(chars)
        self.feat_ix = {f: i for i, f in enumerate(self.feat_list)}
        self.key_ix = {k: i for i, k in enumerate(self.key_list)}
        self.char_ix = {c: i for i, c in enumerate(self.char_list)}

    def encode(self, fx: FeatureExtractor, words: Sequence[str], feats: Sequence[Sequence[str]]
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = len(words)
        fa = np.zeros((n, MAX_FEATS), dtype=np.int64)
        ka = np.zeros(n, dtype=np.int64)
        ca = np.zeros((n, MAX_CHARS), dtype=np.int64)
        for i, (w, fs) in enumerate(zip(words, feats, strict=True)):
            ids = [j for j in (self.feat_ix.get(f, 0) for f in fs if keep_feature(f)) if j][:MAX_FEATS]
            fa[i, : len(ids)] = ids
            info = fx.analyse(w)
            ka[i] = self.key_ix.get(info.key, self.key_ix.get(info.core, 1))
            cs = [self.char_ix.get(c, 1) for c in fold(w)[:MAX_CHARS]]
            ca[i, : len(cs)] = cs
        return fa, ka, ca


def batch(encoded: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]]
          ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    t = max(max(len(e[1]) for e in encoded), 1)
    b = len(encoded)
    fa = np.zeros((b, t, MAX_FEATS), dtype=np.int64)
    ka = np.zeros((b, t), dtype=np.int64)
    ca = np.zeros((b, t, MAX_CHARS), dtype=np.int64)
    lens = np.ones(b, dtype=np.int64)
    for i, (f, k, c) in enumerate(encoded):
        n = len(k)
        fa[i, :n], ka[i, :n], ca[i, :n] = f, k, c
        lens[i] = max(n, 1)
    return torch.from_numpy(fa), torch.from_numpy(ka), torch.from_numpy(ca), torch.from_numpy(lens)


def save_model(path: Path, net: NerNet, enc: Encoder, config: dict[str, int]) -> None:
    arrays: dict[str, np.ndarray] = {}
    for name, p in net.state_dict().items():
        arr = p.detach().cpu().numpy()
        arrays["w:" + name] = arr.astype(np.float16) if name == "keys.weight" else arr
    arrays["v:feats"] = np.array(enc.feat_list)
    arrays["v:keys"] = np.array(enc.key_list)
    arrays["v:chars"] = np.array(enc.char_list)
    arrays["config"] = np.array([[k, str(v)] for k, v in config.items()])
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]


def load_model(path: Path) -> tuple[NerNet, Encoder]:
    if not path.is_file():
        raise ResourceError(f"neural named-entity model {path} not found")
    try:
        with np.load(path, allow_pickle=False) as z:
            data = {k: z[k] for k in z.files}
    except (OSError, ValueError) as exc:
        raise ResourceError(f"cannot read neural named-entity model {path}: {exc}") from exc
    enc = Encoder([str(x) for x in data["v:feats"]], [str(x) for x in data["v:keys"]],
                  [str(x) for x in data["v:chars"]])
    config = {str(k): int(v) for k, v in data["config"]}
    net = NerNet(len(enc.feat_list), len(enc.key_list), len(enc.char_list), **config)
    state = {k[2:]: torch.from_numpy(v.astype(np.float32)) for k, v in data.items() if k.startswith("w:")}
    net.load_state_dict(state)
    net.eval()
    return net, enc


class NeuralTagger:
    """First-pass CRF + :class:`NerNet` (load with :func:`marsad.ner.tagger.load_tagger`)."""

    def __init__(self, extractor: FeatureExtractor, first_pass: Path, weights: Path) -> None:
        self.extractor = extractor
        self._first = _open_crf(first_pass)
        self.net, self.encoder = load_model(weights)

    @classmethod
    def load(cls, res: Resources, model_dir: Path = MODEL_DIR) -> NeuralTagger:
        extractor = FeatureExtractor(Lexicon.load(model_dir), res.vocab)
        return cls(extractor, model_dir / FIRST_PASS_FILE, model_dir / NEURAL_FILE)

    def tag_words(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for consecutive sentences of words (one stream, as :meth:`Tagger.tag_words`)."""
        fx = self.extractor
        base = fx.document_features(sentences)
        first = [repair(self._first.tag(x)) if x else [] for x in base]
        feats = fx.stacked_features(sentences, base, first)
        out: list[list[str]] = []
        enc = [self.encoder.encode(fx, w, f) for w, f in zip(sentences, feats, strict=True)]
        with torch.inference_mode():
            for start in range(0, len(enc), 64):
                part = enc[start : start + 64]
                logp = self.net(*batch(part)).numpy()
                for i, e in enumerate(part):
                    out.append(viterbi(logp[i, : len(e[1])]))
        return [self._trim_verbs(w, t) for w, t in zip(sentences, out, strict=True)]

    def _trim_verbs(self, words: Sequence[str], tags: list[str]) -> list[str]:
        for first, last, _ in bio_spans(tags):
            for i in range(last - 1, first - 1, -1):
                if "س" not in self.extractor.split(fold(words[i]))[0]:
                    break
                tags[i] = "O"
        return tags

    def tag(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence]) -> list[Entity]:
        groups = _group(tokens, sentences)
        words = [[text[t.start : t.end] for t in g] for g in groups]
        entities: list[Entity] = []
        for group, tags in zip(groups, self.tag_words(words), strict=True):
            for first, last, kind in bio_spans(tags):
                start = _trimmed_start(text, group[first])
                end = group[last - 1].end
                if start < end:
                    entities.append(Entity(start, end, kind))
        return entities
