"""One word's analysis for the named-entity features, and the helpers that encode its features.

A :class:`WordInfo` is built once per distinct word by :class:`~marsad.ner.features.FeatureExtractor` and shared
through its cache; the helpers here give a word's shape and length bucket, encode feature names as crfsuite takes
them, and split the pair features into their sides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))
_PUNCT_CLASS = {".": "DOT", "،": "COMMA", ",": "COMMA", "(": "PAREN", ")": "PAREN", '"': "QUOTE", "«": "QUOTE"}
_PUNCT_CLASS |= {"»": "QUOTE", ":": "COLON", "-": "DASH", "؛": "SEMI", "؟": "QMARK"}


@dataclass(slots=True)
class WordInfo:
    """One word's analysis and encoded features (shared through the cache: never modified; not frozen because
    a frozen dataclass costs about 4 µs more to build, a tenth of a new word's analysis)."""

    key: str
    core: str
    cue: str
    cluster: str  # middle granularity cluster ("" when unknown)
    # the encoded features (empty with a model: FeatureExtractor(chain=...) sums their weights instead)
    own: tuple[bytes, ...]  # features of the word at position 0
    left: tuple[bytes, ...]  # features it lends to the next word (offset -1 seen from there)
    right: tuple[bytes, ...]  # features it lends to the previous word (offset +1)
    left2: tuple[bytes, ...]
    right2: tuple[bytes, ...]
    content: bool  # a word whose other occurrences are worth looking up (document features)
    pro: str = ""  # the conjunction/preposition proclitics split off the word (و, وب, س ...)
    # pieces of the pair features, encoded: "k-1|k=" + key + "|", "k|k+1=" + key + "|", key, the same
    # for the cue ("cue-1|cl=" + cue + "|") and the cluster
    key_left: bytes = b""
    key_right: bytes = b""
    key_b: bytes = b""
    cue_left: bytes = b""
    cluster_b: bytes = b""
    # the document evidence it lends to a content word after it ("after-" + cue, "prev-cl=" + cluster) and
    # before it ("next-cl=" + cluster)
    to_next: tuple[str, ...] = ()
    to_prev: tuple[str, ...] = ()
    norm: str = ""  # the folded word
    # with a model (``FeatureExtractor(chain=...)``): the summed state weights of own, left, left2, right and
    # right2, end to end (see LinearChain.decode; a tuple of floats, which the garbage collector stops tracking)
    weights: tuple[float, ...] = ()
    # with a model: which sides of the pair features it can take in a pair the model has, one bit each (k-1|k left,
    # right, k|k+1 left, right, cue-1|cl left, right; see pair_sides); all set without a model
    pairs: int = 63


# A feature is a string; the static per-word ones are kept UTF-8 encoded, which crfsuite takes as is
# (the same attribute name, without encoding it again on every call).
Feature = str | bytes


def padding() -> WordInfo:
    """The word standing for the two positions before and after a sentence."""
    return WordInfo(
        "<s>", "<s>", "", "", (), (b"k-1=<s>",), (b"k+1=</s>",), (b"k-2=<s>",), (b"k+2=</s>",), False,
        key_left=b"k-1|k=<s>|", key_right=b"k|k+1=<s>|", key_b=b"<s>", cue_left=b"cue-1|cl=|", cluster_b=b"",
    )


# the name prefixes of the pair features (word pair left|right: key|key, key|key, cue|cluster)
PAIR_PREFIXES = (b"k-1|k=", b"k|k+1=", b"cue-1|cl=")


def pair_sides(names: Iterable[bytes]) -> list[set[bytes]]:
    """The values the left and right parts of each pair feature take in ``names``: six sets, in the order of the
    bits of :attr:`WordInfo.pairs`. A value may hold ``|`` itself, so every split at a ``|`` counts (a superset:
    it only decides what to look up)."""
    sides: list[set[bytes]] = [set() for _ in range(2 * len(PAIR_PREFIXES))]
    for name in names:
        for k, prefix in enumerate(PAIR_PREFIXES):
            if name.startswith(prefix):
                lefts, rights = sides[2 * k], sides[2 * k + 1]
                rest = name[len(prefix) :]
                at = rest.find(b"|")
                while at >= 0:
                    lefts.add(rest[:at])
                    rights.add(rest[at + 1 :])
                    at = rest.find(b"|", at + 1)
    return sides


def encode_features(feats: Sequence[str], known: frozenset[bytes] | None = None) -> tuple[bytes, ...]:
    """The features UTF-8 encoded, those the model has no weight for (not in ``known``) left out."""
    # one encode call for the whole list (a word never holds NUL; if one did, the count check catches it)
    parts = "\0".join(feats).encode("utf-8").split(b"\0") if feats else []
    if len(parts) != len(feats):
        parts = [x.encode("utf-8") for x in feats]
    return tuple(parts) if known is None else tuple(x for x in parts if x in known)


def with_prefixed(pieces: tuple[bytes, ...], prefix: bytes, rest: tuple[bytes, ...]) -> tuple[bytes, ...]:
    """``rest`` with the piece of ``pieces`` that starts with ``prefix`` (if the model knows it) in front."""
    for x in pieces:
        if x.startswith(prefix):
            return (x, *rest)
    return rest


def len_bucket(n: int) -> str:
    return str(n) if n <= 6 else ("7-9" if n <= 9 else "10+")


def word_shape(word: str) -> str:
    if all(ch in ARABIC_LETTERS for ch in word):
        return "ar"
    if word.isdigit():
        return "num"
    if any(ch.isdigit() for ch in word):
        return "hasnum"
    if word.isalpha():
        return "latin-cap" if word[:1].isupper() else "latin"
    if len(word) == 1:
        return "p:" + _PUNCT_CLASS.get(word, "OTHER")
    return "mixed"
