"""A crfsuite linear-chain CRF read from its model file, for tagging from summed weight vectors.

python-crfsuite tags a sentence from lists of attribute names: every name of every token is copied into C++,
looked up in the model's dictionary and its weights added up, although most names are the same for every
occurrence of a word (its own features and those it lends to its neighbours). :class:`LinearChain` holds the
model's weights as one vector per attribute (a score per label), so the feature extractor can sum a word's
static features once per distinct word (:meth:`vector`) and only add, per token, the few that change with the
context (word pairs, document evidence, name-list marks); :meth:`viterbi` then decodes as crfsuite does.

The decoding is crfsuite's first-order Viterbi (``crf1dc_viterbi``): a token's score for label j is the sum of
its attributes' state weights for j; the best path maximizes state plus transition scores, with no start or end
transitions; ties go to the lowest label id (strict comparisons). The sums are taken in another order than
crfsuite's (per word first, then per token), so scores can differ in the last bits of a double; the tags are
checked to be the same as python-crfsuite's by ``tests/test_ner_crf.py`` (and were on ANERcorp test and 600
SaudiNewsNet articles, README of ``marsad/models``).

The model file layout (crfsuite's ``crf1d_model.c``): a 48-byte header (magic ``lCRF``, size, type ``FOMC``,
version, a feature count left at 0, the numbers of labels and attributes, the offsets of the feature chunk,
the label and attribute dictionaries and two reference chunks); the feature chunk is a 12-byte chunk header
(``FEAT``, size, number of features) followed by 20-byte records ``(type, src, dst, weight)``: type 0 is a
state feature (attribute ``src``, label ``dst``), type 1 a transition (label ``src`` → label ``dst``).
Dictionaries are CQDB chunks: a header, then a backward array of record offsets; each record is id, key size,
key with its trailing NUL.

Compiled with the other hot modules when the native build is there (:mod:`marsad.native`).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from pathlib import Path

_CQDB_BYTEORDER = 0x62445371


def read_cqdb(data: bytes, chunk: int) -> dict[bytes, int] | None:
    """key → id of the CQDB dictionary at offset ``chunk`` of ``data`` (None when not laid out as expected)."""
    if data[chunk : chunk + 4] != b"CQDB" or struct.unpack_from("<I", data, chunk + 12)[0] != _CQDB_BYTEORDER:
        return None
    bwd_size, bwd_offset = struct.unpack_from("<II", data, chunk + 16)
    out: dict[bytes, int] = {}
    for (rec,) in struct.iter_unpack("<I", data[chunk + bwd_offset : chunk + bwd_offset + 4 * bwd_size]):
        if rec:
            ident, ksize = struct.unpack_from("<II", data, chunk + rec)
            out[data[chunk + rec + 8 : chunk + rec + 8 + ksize - 1]] = ident
    return out


class LinearChain:
    """A first-order linear-chain CRF: label names, per-attribute state weights, transition weights."""

    def __init__(
        self, labels: list[str], weights: dict[bytes, tuple[float, ...]], transition: list[list[float]]
    ) -> None:
        """``weights``: attribute name (UTF-8) → its state weight for each label (attributes without any weight
        are left out); ``transition[i][j]``: the score of label j right after label i."""
        self.labels = labels
        self.size = len(labels)
        self.weights = weights
        # the same vectors by the names as text: the feature extractor looks a new word's own features up by
        # these, without encoding them (a name that is not UTF-8 cannot be one of its features)
        self.by_name: dict[str, tuple[float, ...]] = {}
        for name, row in weights.items():
            try:
                self.by_name[name.decode("utf-8")] = row
            except UnicodeDecodeError:
                pass
        self.transition = transition
        # by destination label: into[j][i] = transition[i][j] (the Viterbi's inner loop reads one list)
        self.into = [[transition[i][j] for i in range(self.size)] for j in range(self.size)]

    @classmethod
    def read(cls, path: Path) -> LinearChain | None:
        """The model in a crfsuite CRF1d file, or None when it is missing or not laid out as expected."""
        try:
            data = path.read_bytes()
            if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
                return None
            n_labels, n_attrs, off_feat, off_labels, off_attrs = struct.unpack_from("<5I", data, 20)
            labels = read_cqdb(data, off_labels)
            attrs = read_cqdb(data, off_attrs)
            if labels is None or attrs is None or data[off_feat : off_feat + 4] != b"FEAT":
                return None
            (n_feat,) = struct.unpack_from("<I", data, off_feat + 8)  # the header's own count is left at 0
            records = data[off_feat + 12 : off_feat + 12 + 20 * n_feat]
            if len(records) != 20 * n_feat:
                return None
            names = [""] * n_labels
            for name, ident in labels.items():
                if ident >= n_labels:
                    return None
                names[ident] = name.decode("utf-8")
            by_id: dict[int, list[float]] = {}
            transition = [[0.0] * n_labels for _ in range(n_labels)]
            for kind, src, dst, weight in struct.iter_unpack("<IIId", records):
                if dst >= n_labels:
                    return None
                if kind == 0 and src < n_attrs:
                    row = by_id.get(src)
                    if row is None:
                        row = by_id[src] = [0.0] * n_labels
                    row[dst] += weight
                elif kind == 1 and src < n_labels:
                    transition[src][dst] += weight
                else:
                    return None
        except (OSError, struct.error, UnicodeDecodeError):
            return None
        weights = {name: tuple(by_id[ident]) for name, ident in attrs.items() if ident in by_id}
        return cls(names, weights, transition)

    def vector(self, attributes: Iterable[bytes], total: list[float] | None = None) -> list[float]:
        """The summed state weights of ``attributes`` per label, added to ``total`` if given (a name the model
        lacks adds nothing; a name given twice counts twice, as in crfsuite)."""
        weights = self.weights
        rows = [w for name in attributes if (w := weights.get(name)) is not None]
        if total is not None:
            rows.insert(0, tuple(total))  # first, as the running sum starts from it
        out: list[float] = []
        self.add(rows, out)
        return out

    def add(self, rows: list[tuple[float, ...]], out: list[float]) -> None:
        """Append to ``out``, label by label, the sum of the rows' scores (one float object per label)."""
        for j in range(self.size):
            s = 0.0
            for row in rows:
                s += row[j]
            out.append(s)

    def decode(self, words: list[tuple[float, ...]], extras: list[list[float] | None]) -> list[str]:
        """The best labels of a sentence, from its words' summed weights.

        ``words`` are the sentence's words with two padding words on each side; each holds five vectors of
        ``size`` scores end to end: the state weights of the word's own features, of those it lends to the word
        after it, two after it, before it and two before it. Token t's score for label j is then own(t) +
        after(t-1) + two-after(t-2) + before(t+1) + two-before(t+2), plus ``extras[t]`` (the weights of its
        context features: word pairs, document evidence, name-list marks; None when it has none). The scores
        are added up inside the Viterbi loop, so no per-token score list is built.
        """
        length = len(words) - 4
        if length <= 0:
            return []
        n = self.size
        n2, n3, n4 = 2 * n, 3 * n, 4 * n
        into = self.into
        # two score lists used in turn, and the back pointers of all tokens in one list (no list per token)
        prev = [0.0] * n
        curr = [0.0] * n
        back = [0] * (length * n)
        for t in range(length):
            own, l1, l2, r1, r2 = words[t + 2], words[t + 1], words[t], words[t + 3], words[t + 4]
            extra = extras[t]
            base = t * n
            for j in range(n):
                s = own[j] + l1[n + j] + l2[n2 + j] + r1[n3 + j] + r2[n4 + j]
                if extra is not None:
                    s += extra[j]
                if t:
                    col = into[j]
                    best = prev[0] + col[0]
                    best_i = 0
                    for i in range(1, n):
                        x = prev[i] + col[i]
                        if best < x:
                            best = x
                            best_i = i
                    back[base + j] = best_i
                    s += best
                curr[j] = s
            prev, curr = curr, prev
        last = 0
        top = prev[0]
        for i in range(1, n):
            if top < prev[i]:
                top = prev[i]
                last = i
        labels = self.labels
        path = [""] * length
        path[length - 1] = labels[last]
        for t in range(length - 1, 0, -1):
            last = back[t * n + last]
            path[t - 1] = labels[last]
        return path
