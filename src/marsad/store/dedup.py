"""Near-duplicates and stories: MinHash signatures of word shingles, grouped with LSH banding.

- A signature is the MinHash (128 affine permutations mod 2^61-1, fixed seed, computed with numpy)
  of the article's word 3-shingles; words are folded (:func:`marsad.text.normalize.fold`) and hashed
  with CRC-32 (the same in every process). It is computed in the workers and stored as 512 bytes, so
  grouping needs no text.
- Candidates come from LSH banding (:class:`BandIndex`; bands and rows chosen by datasketch's
  optimizer for the story threshold), then are checked on the estimated similarity.
- Two articles are reports of the same **story** when their estimated Jaccard similarity is at least
  :data:`STORY_THRESHOLD` and their publication dates are at most :data:`STORY_DAYS` apart: outlets
  reprinting or lightly editing the same agency copy. A new article joins the story of the stored
  article it is most similar to (ties: the earliest), else starts its own (``group_id`` = its own id).
  Joining the best match instead of merging every matched story keeps round-up articles, which
  share text with two stories, from chaining unrelated stories together.
- An article is a **near-duplicate** (``dup_of``) of the earliest article it matches with similarity at
  least :data:`DUP_THRESHOLD`, or whose text is identical.

Grouping is incremental and deterministic: articles are added in id order (the input order), so both
engines and any re-run on the same input give the same groups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

NUM_PERM = 128
SEED = 7
SHINGLE = 3
MIN_SHINGLES = 8
STORY_THRESHOLD = 0.3
DUP_THRESHOLD = 0.8
STORY_DAYS = 3


_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(SEED)
    a = rng.randint(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
    b = rng.randint(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
    return a, b


def signature(word_hashes: Sequence[int]) -> bytes | None:
    """MinHash signature (little-endian uint32 × 128) of the word 3-shingles, from 32-bit word hashes;
    None for very short texts."""
    if len(word_hashes) < SHINGLE + MIN_SHINGLES - 1:
        return None
    w = np.asarray(word_hashes, dtype=np.uint64)
    with np.errstate(over="ignore"):
        shingles = ((w[:-2] * np.uint64(0x9E3779B1) + w[1:-1]) * np.uint64(0x85EBCA77) + w[2:]) & _MAX_HASH
        a, b = _permutations()
        values = ((np.unique(shingles)[:, None] * a + b) % _PRIME) & _MAX_HASH
    return values.min(axis=0).astype("<u4").tobytes()


def _values(sig: bytes) -> np.ndarray:
    return np.frombuffer(sig, dtype="<u4")


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(_values(a) == _values(b)))


@lru_cache(maxsize=8)
def lsh_params(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """Bands and rows per band for an LSH at ``threshold`` (datasketch's optimum, false positives and
    negatives weighted equally)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


class BandIndex:
    """MinHash LSH banding over signatures: articles sharing any band are candidates.

    Band keys (a 56-bit hash of the band's values, band number in the top bits) live in one sorted
    numpy array (binary search) plus a small dict of recent inserts, merged every ``flush`` articles:
    about 12 bytes per band per article, instead of a Python object per band.
    """

    def __init__(self, bands: int, rows: int, flush: int = 4096) -> None:
        self.bands, self.rows, self.flush = bands, rows, flush
        self.keys = np.empty(0, dtype=np.uint64)
        self.ids = np.empty(0, dtype=np.int64)
        self.recent: dict[int, list[int]] = {}
        self.n_recent = 0
        self._band_no = np.arange(bands, dtype=np.uint64) << np.uint64(56)

    def band_keys(self, sig: bytes) -> np.ndarray:
        v = _values(sig)[: self.bands * self.rows].reshape(self.bands, self.rows).astype(np.uint64)
        h = np.zeros(self.bands, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for j in range(self.rows):
                h = h * np.uint64(0x100000001B3) + v[:, j]
        return (h & np.uint64((1 << 56) - 1)) | self._band_no

    def query(self, sig: bytes) -> set[int]:
        keys = self.band_keys(sig)
        found: set[int] = set()
        if len(self.keys):
            lo = np.searchsorted(self.keys, keys, "left")
            hi = np.searchsorted(self.keys, keys, "right")
            for a, z in zip(lo.tolist(), hi.tolist(), strict=True):
                if z > a:
                    found.update(self.ids[a:z].tolist())
        for key in keys.tolist():
            ids = self.recent.get(key)
            if ids:
                found.update(ids)
        return found

    def insert(self, article_id: int, sig: bytes) -> None:
        for key in self.band_keys(sig).tolist():
            self.recent.setdefault(key, []).append(article_id)
        self.n_recent += 1
        if self.n_recent >= self.flush:
            self.compact()

    def compact(self) -> None:
        if not self.recent:
            return
        pairs = [(k, i) for k, ids in self.recent.items() for i in ids]
        keys = np.concatenate([self.keys, np.fromiter((k for k, _ in pairs), dtype=np.uint64, count=len(pairs))])
        ids = np.concatenate([self.ids, np.fromiter((i for _, i in pairs), dtype=np.int64, count=len(pairs))])
        order = np.argsort(keys, kind="stable")
        self.keys, self.ids = keys[order], ids[order]
        self.recent, self.n_recent = {}, 0


@dataclass
class Grouper:
    """An LSH index over the store's signatures; :meth:`add` assigns group and duplicate ids."""

    story_threshold: float = STORY_THRESHOLD
    dup_threshold: float = DUP_THRESHOLD
    days: int = STORY_DAYS
    sigs: dict[int, bytes] = field(default_factory=dict)
    dates: dict[int, int | None] = field(default_factory=dict)
    group: dict[int, int] = field(default_factory=dict)
    dup: dict[int, int | None] = field(default_factory=dict)
    texts: dict[str, int] = field(default_factory=dict)
    index: BandIndex | None = None

    def __post_init__(self) -> None:
        self.index = BandIndex(*lsh_params(self.story_threshold))

    def load(self, article_id: int, published: str | None, sig: bytes | None, text_hash: str | None,
             group_id: int | None, dup_of: int | None) -> None:
        """Register an article already stored (with its stored group)."""
        gid = group_id if group_id is not None else article_id
        self.group[article_id] = gid
        self.dup[article_id] = dup_of
        self.dates[article_id] = _ordinal(published)
        if text_hash and text_hash not in self.texts:
            self.texts[text_hash] = article_id
        if sig is not None and self.index is not None:
            self.sigs[article_id] = sig
            self.index.insert(article_id, sig)

    def add(self, article_id: int, published: str | None, sig: bytes | None,
            text_hash: str | None) -> tuple[int, int | None]:
        """Group a new article: returns (group id, duplicate-of id or None)."""
        day = _ordinal(published)
        matches: list[tuple[int, float]] = []
        if sig is not None and self.index is not None:
            for other in self.index.query(sig):
                sim = similarity(sig, self.sigs[other])
                if sim < self.story_threshold:
                    continue
                od = self.dates.get(other)
                if day is not None and od is not None and abs(day - od) > self.days:
                    continue
                matches.append((other, sim))
        same_text = self.texts.get(text_hash) if text_hash else None
        dup_of: int | None = None
        dup_candidates = [o for o, s in matches if s >= self.dup_threshold]
        if same_text is not None:
            dup_candidates.append(same_text)
        if dup_candidates:
            first = min(dup_candidates)
            dup_of = self.dup.get(first) or first
        if same_text is not None:
            matches.append((same_text, 1.0))
        gid = article_id
        if matches:
            best = max(matches, key=lambda m: (m[1], -m[0]))[0]
            gid = self.group[best]
        self.load(article_id, published, sig, text_hash, gid, dup_of)
        return gid, dup_of


def _ordinal(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None
