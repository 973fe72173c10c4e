"""The trained named-entity tagger: a linear-chain CRF (python-crfsuite) over rich word features.

Public API (used by the ``entities`` stage and by ``marsad eval ner``)::

    from marsad.ner.tagger import load_tagger
    tagger = load_tagger(res)                     # cached on the Resources (res.cached)
    tagger.tag(text, tokens, sentences)           # -> list[Entity] (PER/ORG/LOC/MISC spans of text)
    tagger.tag_words([["وصل", "بوتين", ...]])     # -> [["O", "B-PER", ...]] (BIO per given word)

``tag`` takes the document's ``tokens`` and ``sentences`` layers and returns entities whose
``start``/``end`` are character offsets into ``text`` (``id``, ``country`` and ``role`` are left
``None`` for the entities stage to fill). The CRF labels whole tokens, as ANERcorp does (وموسكو is
``B-LOC``); a span then drops the leading conjunction/preposition proclitics of its first token
(و ف ب ل ك س, using the token's clitic segments), keeping the article: وموسكو → موسكو, بالكرملين →
الكرملين, والولايات المتحدة → الولايات المتحدة. With the contracted article (للكرملين = ل + ال) both
letters belong to the proclitics and the span starts at the stem (كرملين).

The model files live in ``marsad/models``: ``ner.crfsuite`` (crfsuite's own
format), ``ner_words.tsv.gz`` (word clusters and corpus statistics), ``ner_corpus.tsv.gz`` (the corpus
tag profile: how a first tagger tagged each word across SaudiNewsNet) and ``ner_cues.tsv`` (cue
words); see ``marsad/models/README.md`` for how they were built.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from marsad import native
from marsad.document import Entity, Sentence, Token
from marsad.errors import ResourceError
from marsad.ner.bio import bio_spans, repair
from marsad.ner.crf import LinearChain, read_cqdb
from marsad.ner.features import FeatureExtractor
from marsad.ner.lexicon import Lexicon
from marsad.ner.names import NAMES_FILE, NameLists
from marsad.resources import MODEL_DIR, Resources
from marsad.text.normalize import fold

log = logging.getLogger(__name__)

MODEL_FILE = "ner.crfsuite"
_TRIM = frozenset("وفبلكس")


class Tagger:
    """CRF tagger over :class:`FeatureExtractor` features (load with :func:`load_tagger`)."""

    def __init__(self, model_path: Path, extractor: FeatureExtractor, whole: frozenset[str] = frozenset()) -> None:
        """``whole``: folded words never split at a leading proclitic when they start an entity (given names
        such as فيدور or فيصل, which the segmenter would read as ف + يدور, ف + يصل)."""
        self.extractor = extractor
        self.whole = whole
        # python-crfsuite only for the path that tags through it (the summed path has read the file itself)
        self._crf = _open_crf(model_path) if extractor.chain is None else None

    @classmethod
    def load(cls, res: Resources, model_dir: Path = MODEL_DIR, summed: bool | None = None) -> Tagger:
        """The tagger of ``model_dir``.

        With the compiled modules (:mod:`marsad.native`; ``summed=None``) it scores words with the model's weights
        read into a :class:`~marsad.ner.crf.LinearChain`, summed once per distinct word: the same tags as
        python-crfsuite (``summed=False``; tests/test_ner_crf.py compares the two), in about half its time. Run as plain
        Python that path is slower than python-crfsuite's C, so the sources tag through python-crfsuite, as does
        a model file the reader cannot lay out. ``summed`` True or False forces one path.
        """
        path = model_dir / MODEL_FILE
        if summed is None:
            summed = native.active("marsad.ner.crf")
        chain = LinearChain.read(path) if summed and path.is_file() else None
        known = model_attributes(path) if chain is None and path.is_file() else None
        whole = frozenset(fold(row["name"]) for row in res.table("given_names", 1))
        extractor = FeatureExtractor(
            Lexicon.load(model_dir), res.vocab, known=known, names=name_lists(res, model_dir), chain=chain
        )
        return cls(path, extractor, whole)

    def tag_words(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags (``B-PER``, ``I-LOC``, ``O`` ...) for consecutive sentences of pre-tokenized words.

        The sentences are treated as one stream: neighbouring sentences lend document-level
        features, as the sentences of one article do.
        """
        chain = self.extractor.chain
        if chain is None:  # python-crfsuite, from feature names per token
            crf = self._crf
            assert crf is not None  # opened whenever the extractor has no chain
            feats = self.extractor.document_features(sentences)
            tagged = [repair(crf.tag(x)) if x else [] for x in feats]
        else:
            scores = self.extractor.document_scores(sentences)
            tagged = [repair(chain.decode(words, extras)) for words, extras in scores]
        return [self._trim_verbs(words, tags) for words, tags in zip(sentences, tagged, strict=True)]

    def _trim_verbs(self, words: Sequence[str], tags: list[str]) -> list[str]:
        """Drop trailing words of an entity that carry the future particle س (سيزور, ستكون): verbs."""
        for first, last, _ in bio_spans(tags):
            for i in range(last - 1, first - 1, -1):
                if "س" not in self.extractor.analyse(words[i]).pro:
                    break
                tags[i] = "O"
        return tags

    def tag(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence]) -> list[Entity]:
        """Entities of ``text`` found over its ``tokens``, grouped by ``sentences``."""
        groups = _group(tokens, sentences)
        words = [[text[t.start : t.end] for t in g] for g in groups]
        entities: list[Entity] = []
        for group, tags in zip(groups, self.tag_words(words), strict=True):
            for first, last, kind in bio_spans(tags):
                head = group[first]
                whole = fold(text[head.start : head.end]) in self.whole
                start = head.start if whole else _trimmed_start(text, head)
                end = group[last - 1].end
                if start < end:
                    entities.append(Entity(start, end, kind))
        return entities


def name_lists(res: Resources, model_dir: Path = MODEL_DIR) -> NameLists:
    """The name lists the tagger's features read: the snapshot the model was trained with (``ner_names.tsv.gz``),
    else, for a model shipped without one, the lexicons as they are now."""
    snapshot = model_dir / NAMES_FILE
    return NameLists.read(snapshot) if snapshot.is_file() else NameLists.load(res)


def _open_crf(path: Path) -> pycrfsuite.Tagger:
    if not path.is_file():
        raise ResourceError(f"named-entity model {path} not found")
    crf = pycrfsuite.Tagger()
    try:
        crf.open(str(path))
    except Exception as exc:  # crfsuite raises a bare ValueError/IOError on a bad file
        raise ResourceError(f"cannot open named-entity model {path}: {exc}") from exc
    return crf


def model_attributes(path: Path) -> frozenset[bytes] | None:
    """The attribute names of a crfsuite CRF1d model file, or None when the file is not laid out as expected.

    Read from the model's attribute dictionary (a CQDB chunk: header, then a backward array of record
    offsets; each record is id, key size, key with its trailing NUL), which pycrfsuite does not expose
    without dumping the whole model as text. Knowing them lets the feature extractor leave out the
    features that have no weight, about a fifth of them (word and word-pair identities seen in training
    only below the L1 threshold).
    """
    try:
        data = path.read_bytes()
        if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
            return None
        (chunk,) = struct.unpack_from("<I", data, 36)  # header: off_attrs
        names = read_cqdb(data, chunk)
        return None if names is None else frozenset(names)
    except (OSError, struct.error):
        return None


def _group(tokens: Sequence[Token], sentences: Sequence[Sentence]) -> list[list[Token]]:
    """Tokens split by sentence (a token outside every sentence goes with the nearest before it)."""
    groups: list[list[Token]] = []
    bounds = sorted((s.start, s.end) for s in sentences)
    si = 0
    current: list[Token] = []
    for tok in sorted(tokens, key=lambda t: t.start):
        while si < len(bounds) and tok.start >= bounds[si][1]:
            si += 1
            if current:
                groups.append(current)
                current = []
        current.append(tok)
    if current:
        groups.append(current)
    return groups


def _trimmed_start(text: str, token: Token) -> int:
    """Start of ``token`` after its conjunction/preposition proclitics (the article stays)."""
    start = token.start
    for seg in token.segments:
        if seg.kind != "proclitic":
            break
        piece = fold(text[seg.start : seg.end])
        if piece == "ال" or piece not in _TRIM:
            break
        start = seg.end
    return start


def load_tagger(res: Resources) -> Tagger:
    """The shipped tagger, loaded once per :class:`Resources`."""
    tagger: Tagger = res.cached("ner.tagger", lambda: Tagger.load(res))
    return tagger
