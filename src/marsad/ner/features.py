"""CRF features for the named-entity tagger.

A word is analysed once (and cached): its folded form, its clitic segmentation (the vocabulary-
driven :class:`~marsad.text.tokenize.Segmenter`), its lexical key (the word without the conjunction
and preposition proclitics و ف ب ل ك س, article kept: وموسكو → موسكو, للرئيس → الرئيس) and its core
(the key without the article). From these come the word's own features (form, key, core, proclitics,
core prefixes and suffixes, length, shape, cue-word class, three granularities of word clusters and
corpus statistics, all derived from SaudiNewsNet by ``scripts/train_ner.py``) and the features it
lends to its neighbours (key, cluster, cue class at offsets -2..+2, key bigrams).

Document-level features look at the other occurrences of the same key within a window of
neighbouring sentences (ANERcorp marks no article boundaries; consecutive sentences come from the
same article): whether the word is elsewhere preceded by a title, a place noun or an organization
noun, whether it sits elsewhere next to a word with a person/place cluster, and how often it recurs.
"""

from __future__ import annotations

import gzip
import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import ResourceError
from marsad.text.normalize import fold
from marsad.text.tokenize import Segmenter

_PREP_CLITICS = frozenset("وفبلكس")
_ARABIC = frozenset(chr(c) for c in range(0x0621, 0x064B))
_PUNCT_CLASS = {".": "DOT", "،": "COMMA", ",": "COMMA", "(": "PAREN", ")": "PAREN", '"': "QUOTE", "«": "QUOTE"}
_PUNCT_CLASS |= {"»": "QUOTE", ":": "COLON", "-": "DASH", "؛": "SEMI", "؟": "QMARK"}
DOC_WINDOW = 20  # sentences on each side that count as "the same document" (chosen on dev: 4, 8, 20, 40, 100)


def read_model_tsv(path: Path, min_fields: int) -> list[list[str]]:
    """Rows of a TSV data file under ``marsad/models`` (optionally gzipped; ``#`` header first)."""
    if not path.is_file():
        raise ResourceError(f"named-entity model file {path} not found")
    opener = gzip.open if path.suffix == ".gz" else open
    rows: list[list[str]] = []
    with opener(path, "rt", encoding="utf-8") as f:
        if not f.readline().startswith("#"):
            raise ResourceError(f"{path.name}: first line must be a '# source' header")
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < min_fields:
                raise ResourceError(f"{path.name}: expected {min_fields} tab-separated fields in {line!r}")
            rows.append(fields)
    return rows


@dataclass
class Lexicon:
    """Word knowledge the features use: cue classes, clusters, corpus statistics (keys are folded)."""

    cues: dict[str, str] = field(default_factory=dict)
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stats: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, model_dir: Path) -> Lexicon:
        cues = {row[1]: row[0] for row in read_model_tsv(model_dir / "ner_cues.tsv", 2)}
        clusters: dict[str, tuple[str, ...]] = {}
        stats: dict[str, tuple[str, ...]] = {}
        words = model_dir / "ner_words.tsv.gz"
        if words.is_file():
            for row in read_model_tsv(words, 3):
                clusters[row[0]] = tuple(row[1].split(","))
                if row[2]:
                    stats[row[0]] = tuple(row[2].split(","))
        return cls(cues, clusters, stats)


@dataclass(frozen=True, slots=True)
class WordInfo:
    key: str
    core: str
    cue: str
    cluster: str  # middle granularity cluster ("" when unknown)
    own: tuple[str, ...]  # features of the word at position 0
    left: tuple[str, ...]  # features it lends to the next word (offset -1 seen from there)
    right: tuple[str, ...]  # features it lends to the previous word (offset +1)
    left2: tuple[str, ...]
    right2: tuple[str, ...]
    content: bool  # a word whose other occurrences are worth looking up (document features)


_BOS = WordInfo("<s>", "<s>", "", "", (), ("k-1=<s>",), ("k+1=</s>",), ("k-2=<s>",), ("k+2=</s>",), False)


def _len_bucket(n: int) -> str:
    return str(n) if n <= 6 else ("7-9" if n <= 9 else "10+")


def _shape(word: str) -> str:
    if all(ch in _ARABIC for ch in word):
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


class FeatureExtractor:
    """Turns sentences of words into CRF feature lists; caches per-word analyses."""

    def __init__(self, lexicon: Lexicon, counts: Mapping[str, int], doc_window: int = DOC_WINDOW) -> None:
        self.lex = lexicon
        self.segmenter = Segmenter(counts)
        self.counts = counts
        self.doc_window = doc_window
        self._cache: dict[str, WordInfo] = {}

    # -- per word -------------------------------------------------------------------------
    def analyse(self, word: str) -> WordInfo:
        info = self._cache.get(word)
        if info is None:
            if len(self._cache) > 300_000:
                self._cache.clear()
            info = self._cache[word] = self._analyse(word)
        return info

    def split(self, norm: str) -> tuple[str, str, str]:
        """(proclitics, key, core) of a folded word."""
        if not norm or norm[0] not in _ARABIC:
            return "", norm, norm
        segs = self.segmenter.split(norm)
        pro = []
        key_start = 0
        for s, e, kind in segs:
            if kind != "proclitic":
                break
            piece = norm[s:e]
            if piece == "ال":
                break
            pro.append(piece)
            key_start = e
        key = norm[key_start:]
        if len(pro) >= 2 and pro[-1] == "ل" and pro[-2] == "ل":  # لل = ل + ال
            pro = pro[:-1]
            key = "ال" + key
        core = key[2:] if key.startswith("ال") and len(key) >= 4 else key
        return "".join(pro), key, core

    def _analyse(self, word: str) -> WordInfo:
        norm = fold(word)
        pro, key, core = self.split(norm)
        shape = _shape(norm)
        lex = self.lex
        cue = lex.cues.get(key) or lex.cues.get(norm) or ""
        cl = lex.clusters.get(key) or lex.clusters.get(core) or ()
        stats = lex.stats.get(key) or ()
        has_al = key != core
        f = [
            "b",
            "w=" + norm,
            "k=" + key,
            "c=" + core,
            "p=" + pro,
            "sh=" + shape,
            "len=" + _len_bucket(len(core)),
        ]
        if has_al:
            f.append("al")
        if shape == "ar":
            f += ["c<2=" + core[:2], "c<3=" + core[:3], "c>1=" + core[-1:], "c>2=" + core[-2:], "c>3=" + core[-3:]]
            for i in range(len(core) - 2):  # character trigrams of the core
                f.append("g3=" + core[i : i + 3])
            freq = self.counts.get(norm, 0) + self.counts.get(key, 0)
            f.append("fq=" + str(min(int(math.log2(freq + 1)), 12) // 2))
        if cue:
            f.append("cue=" + cue)
        if cl:
            for i, c in enumerate(cl):
                f.append(f"cl{i}={c}")
        else:
            f.append("cl=none")
        for s in stats:
            f.append("st=" + s)
        mid = cl[1] if len(cl) > 1 else ""
        ctx_cl = ("cl1=" + mid) if mid else "cl=none"
        ctx_cue = ("cue=" + cue) if cue else "cue=-"
        left = ("k-1=" + key, "p-1=" + pro, ctx_cl.replace("=", "-1=", 1), ctx_cue.replace("=", "-1=", 1))
        right = ("k+1=" + key, "p+1=" + pro, ctx_cl.replace("=", "+1=", 1), ctx_cue.replace("=", "+1=", 1))
        left2 = ("k-2=" + key, ctx_cl.replace("=", "-2=", 1), ctx_cue.replace("=", "-2=", 1))
        right2 = ("k+2=" + key, ctx_cl.replace("=", "+2=", 1), ctx_cue.replace("=", "+2=", 1))
        content = shape == "ar" and len(core) >= 3 and not cue
        return WordInfo(key, core, cue, mid, tuple(f), left, right, left2, right2, content)

    # -- per sentence ---------------------------------------------------------------------
    def sentence_features(self, infos: Sequence[WordInfo], doc: Mapping[str, Sequence[str]]) -> list[list[str]]:
        n = len(infos)
        out: list[list[str]] = []
        for i, info in enumerate(infos):
            p1 = infos[i - 1] if i >= 1 else _BOS
            p2 = infos[i - 2] if i >= 2 else _BOS
            n1 = infos[i + 1] if i + 1 < n else _BOS
            n2 = infos[i + 2] if i + 2 < n else _BOS
            f = list(info.own)
            f += p1.left
            f += p2.left2
            f += n1.right
            f += n2.right2
            f.append("k-1|k=" + p1.key + "|" + info.key)
            f.append("k|k+1=" + info.key + "|" + n1.key)
            f.append("cue-1|cl=" + p1.cue + "|" + info.cluster)
            if info.content:
                f += doc.get(info.key, ())
            out.append(f)
        return out

    def document_features(self, sents: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        """Features of consecutive sentences of one stream (an article, or a CoNLL file)."""
        infos = [[self.analyse(w) for w in s] for s in sents]
        # for each sentence: the context evidence of each content key in it
        evid: list[dict[str, set[str]]] = []
        for sent in infos:
            ev: dict[str, set[str]] = defaultdict(set)
            for i, info in enumerate(sent):
                if not info.content:
                    continue
                e = ev[info.key]
                e.add("n")
                prev = sent[i - 1] if i else _BOS
                if prev.cue:
                    e.add("after-" + prev.cue)
                if i >= 2 and sent[i - 2].cue == "TITLE":
                    e.add("after2-TITLE")
                nxt = sent[i + 1] if i + 1 < len(sent) else _BOS
                if nxt.cluster:
                    e.add("next-cl=" + nxt.cluster)
                if prev.cluster:
                    e.add("prev-cl=" + prev.cluster)
            evid.append(ev)
        postings: dict[str, list[int]] = defaultdict(list)  # key -> sentences with evidence for it
        for si, ev in enumerate(evid):
            for key in ev:
                postings[key].append(si)
        out: list[list[list[str]]] = []
        w = self.doc_window
        for si, sent in enumerate(infos):
            doc: dict[str, list[str]] = {}
            for key in evid[si]:
                seen: set[str] = set()
                count = 0
                where = postings[key]
                for j in range(bisect_left(where, si - w), len(where)):
                    sj = where[j]
                    if sj > si + w:
                        break
                    if sj != si:
                        count += 1
                        seen |= evid[sj][key]
                if count:
                    seen.discard("n")
                    feats = ["d:" + s for s in seen]
                    feats.append("d:n=" + ("1" if count == 1 else "2+"))
                    doc[key] = feats
            out.append(self.sentence_features(sent, doc))
        return out

    def stacked_features(
        self, sents: Sequence[Sequence[str]], base: Sequence[Sequence[Sequence[str]]], first: Sequence[Sequence[str]]
    ) -> list[list[list[str]]]:
        """Second-pass features: ``base`` plus the first-pass tags ``first`` of the same words.

        Each word gets its own first-pass tag, its neighbours' tags, and the entity types the first
        pass gave its key elsewhere in the document window.
        """
        infos = [[self.analyse(w) for w in s] for s in sents]
        # key -> [(sentence, first-pass type counts of the key in it)]
        postings: dict[str, list[tuple[int, Counter[str]]]] = defaultdict(list)
        where: dict[str, list[int]] = defaultdict(list)
        for si, (sent, tags) in enumerate(zip(infos, first, strict=True)):
            counts: dict[str, Counter[str]] = {}
            for info, tag in zip(sent, tags, strict=True):
                if info.content:
                    c = counts.get(info.key)
                    if c is None:
                        c = counts[info.key] = Counter()
                    c[tag[2:] if tag != "O" else "O"] += 1
            for key, c in counts.items():
                postings[key].append((si, c))
                where[key].append(si)
        w = self.doc_window
        out: list[list[list[str]]] = []
        for si, (sent, tags) in enumerate(zip(infos, first, strict=True)):
            window: dict[str, Counter[str]] = {}
            for info in sent:
                if info.content and info.key not in window:
                    total: Counter[str] = Counter()
                    post = postings[info.key]
                    for j in range(bisect_left(where[info.key], si - w), len(post)):
                        sj, c = post[j]
                        if sj > si + w:
                            break
                        total.update(c)
                    window[info.key] = total
            n = len(tags)
            feats: list[list[str]] = []
            for i, (b, info) in enumerate(zip(base[si], sent, strict=True)):
                f = list(b)
                feats.append(f)
                own = tags[i][2:] if tags[i] != "O" else "O"
                f.append("s1=" + tags[i])
                f.append("s1-1|s1+1=" + (tags[i - 1] if i else "<s>") + "|" + (tags[i + 1] if i + 1 < n else "</s>"))
                if info.content:
                    f += ["s1d=" + t for t, k in window[info.key].items() if k > (t == own)]
            out.append(feats)
        return out
