"""CRF features for the named-entity tagger.

A word is analysed once (and cached): its folded form, its clitic segmentation (the vocabulary-
driven :class:`~marsad.text.tokenize.Segmenter`), its lexical key (the word without the conjunction
and preposition proclitics و ف ب ل ك س, article kept: وموسكو → موسكو, للرئيس → الرئيس) and its core
(the key without the article). From these come the word's own features (form, key, core, proclitics,
core prefixes and suffixes, length, shape, cue-word class, three granularities of word clusters and
corpus statistics, all derived from SaudiNewsNet by ``scripts/train_ner.py``; its corpus tag profile,
how a first tagger tagged the key across SaudiNewsNet) and the features it lends to its neighbours
(key, cluster, cue class at offsets -2..+2, the tag profile at -1/+1, key bigrams).

Document-level features look at the other occurrences of the same key within a window of
neighbouring sentences (ANERcorp marks no article boundaries; consecutive sentences come from the
same article): whether the word is elsewhere preceded by a title, a place noun or an organization
noun, whether it sits elsewhere next to a word with a person/place cluster, and how often it recurs.

With ``names`` (:class:`~marsad.ner.names.NameLists`, the shipped tagger's setting), each word also gets
the marks of marsad's own name lists: which listed names it starts or continues, and its neighbours' marks.

:meth:`FeatureExtractor.document_features` gives the features as names, for training and for python-crfsuite.
With the model itself (``chain``, a :class:`~marsad.ner.crf.LinearChain`), :meth:`FeatureExtractor.document_scores`
gives their summed weights instead: a word's own features and those it lends to its neighbours are summed once,
when the word is first analysed, and only the context features (word pairs, document evidence, name-list marks)
are looked up per token; the tags are the same (``tests/test_ner_crf.py``).

The word knowledge the features use is :class:`~marsad.ner.lexicon.Lexicon`; a word's analysis, and the helpers
that encode its features, are in :mod:`marsad.ner.wordinfo`.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import Any

from mypy_extensions import mypyc_attr

from marsad.ner.crf import LinearChain
from marsad.ner.lexicon import Lexicon
from marsad.ner.names import NameLists
from marsad.ner.wordinfo import (
    ARABIC_LETTERS,
    Feature,
    WordInfo,
    encode_features,
    len_bucket,
    padding,
    pair_sides,
    with_prefixed,
    word_shape,
)
from marsad.text.normalize import fold
from marsad.text.tokenize import Segmenter

DOC_WINDOW = 100  # sentences on each side that count as "the same document" (chosen on dev: 4, 8, 20, 40, 100)



def _postings(infos: Sequence[Sequence[WordInfo]]) -> dict[str, list[int]]:
    """The sentences (in order, each once) each content key of a document occurs in."""
    postings: dict[str, list[int]] = {}
    for si, sent in enumerate(infos):
        for info in sent:
            if info.content:
                where = postings.get(info.key)
                if where is None:
                    postings[info.key] = [si]
                elif where[-1] != si:
                    where.append(si)
    return postings


@mypyc_attr(allow_interpreted_subclasses=True)  # scripts/train_ner.py extends it when the module is compiled
class FeatureExtractor:
    """Turns sentences of words into CRF feature lists; caches per-word analyses."""

    def __init__(
        self,
        lexicon: Lexicon,
        counts: Mapping[str, int],
        doc_window: int = DOC_WINDOW,
        known: frozenset[bytes] | None = None,
        names: NameLists | None = None,
        chain: LinearChain | None = None,
    ) -> None:
        """``known``: the attributes the model has weights for; when given, the others are not emitted
        (crfsuite ignores them anyway, so the tags do not change; tagging gets faster). ``names``: marsad's
        own name lists, whose matches become features (:mod:`marsad.ner.names`). ``chain``: the model itself
        (:class:`~marsad.ner.crf.LinearChain`), for :meth:`document_scores`; its attributes are then ``known``."""
        self.lex = lexicon
        self.segmenter = Segmenter(counts)
        self.counts = counts
        self.doc_window = doc_window
        self.chain = chain
        if chain is not None and known is None:
            known = frozenset(chain.weights)
        self.known = known
        self.names = names
        self._sides = pair_sides(chain.weights) if chain is not None else []
        self._bos = padding()
        self._weigh(self._bos)
        self._cache: dict[str, WordInfo] = {}
        # words kept analysed: about 1.1 KB each, 2.5 KB with the summed weights (45 floats; the encoded names
        # are not kept on that path; 100,000 SaudiNewsNet words), so about 300 MB either way when
        # full; past the limit the older half is dropped
        self.cache_limit = 300_000 if chain is None else 120_000
        self._memo: dict[tuple[Any, ...], Any] = {}
        self._known_memo: dict[str, bytes | None] = {}  # encoded document and name-list features
        # a word's document features, by its evidence labels and whether it recurs once
        # bounded: most evidence sets are met once (on 700 SaudiNewsNet articles it grew by ~150 sets an article,
        # each a frozenset the garbage collector traverses); the labels' encodings stay in _known_memo
        self._doc_memo: dict[tuple[frozenset[str], bool], tuple[bytes, ...]] = {}
        self.doc_memo_limit = 20_000
        self._marks_memo: dict[tuple[str, ...], tuple[bytes, ...]] = {}  # a word's name-list marks, encoded
        self._scores_memo: dict[tuple[Any, ...], tuple[tuple[float, ...], ...]] = {}  # with a model

    # -- per word -------------------------------------------------------------------------
    def analyse(self, word: str) -> WordInfo:
        info = self._cache.get(word)
        if info is None:
            if len(self._cache) >= self.cache_limit:
                self._forget_older_half()
            info = self._cache[word] = self._analyse(word)
        return info

    def _forget_older_half(self) -> None:
        """Drop the half of the cached words analysed first (a dict keeps insertion order)."""
        cache = self._cache
        for word in list(itertools.islice(cache, len(cache) // 2 + 1)):
            del cache[word]

    def _weigh(self, info: WordInfo) -> None:
        """With a model, sum the state weights of a word whose encoded features are built (the padding word;
        :meth:`_score` sums a new word's without building them) into :attr:`WordInfo.weights`."""
        chain = self.chain
        if chain is not None:
            vector = chain.vector
            info.weights = (
                *vector(info.own), *vector(info.left), *vector(info.left2), *vector(info.right), *vector(info.right2)
            )
            info.pairs = self._pair_bits(info)

    def split(self, norm: str) -> tuple[str, str, str]:
        """(proclitics, key, core) of a folded word."""
        if not norm or norm[0] not in ARABIC_LETTERS:
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
        shape = word_shape(norm)
        lex = self.lex
        cue = lex.cues.get(key) or lex.cues.get(norm) or ""
        cl = lex.clusters.get(key) or lex.clusters.get(core) or ()
        stats = lex.stats.get(key) or ()
        prof = lex.profile.get(key, ())
        mid = cl[1] if len(cl) > 1 else ""
        # the word's own strings (form, key, core, affixes, trigrams) are new for a new word; the rest come
        # from few values (proclitics, shape, length, cue, clusters, statistics, profile): encoded once each
        f = ["w=" + norm, "k=" + key, "c=" + core]
        if shape == "ar":
            f += ["c<2=" + core[:2], "c<3=" + core[:3], "c>1=" + core[-1:], "c>2=" + core[-2:], "c>3=" + core[-3:]]
            f += ["g3=" + core[i : i + 3] for i in range(len(core) - 2)]  # character trigrams of the core
        fq = -1
        if shape == "ar":  # the word's corpus frequency, in buckets of powers of four
            fq = min((self.counts.get(norm, 0) + self.counts.get(key, 0) + 1).bit_length() - 1, 12) // 2
        groups = (("own", pro, shape, len_bucket(len(core)), key != core, fq, cue), ("cl", cl), ("st", stats),
                  ("pf", prof))
        fixed = self._fixed
        key_b = key.encode("utf-8")
        info = WordInfo(
            key, core, cue, mid, (), (), (), (), (),
            shape == "ar" and len(core) >= 3 and not cue, pro,
            key_left=b"k-1|k=" + key_b + b"|",
            key_right=b"k|k+1=" + key_b + b"|",
            key_b=key_b,
            cue_left=("cue-1|cl=" + cue + "|").encode("utf-8"),
            cluster_b=mid.encode("utf-8"),
            to_next=fixed(("to_next", cue, mid)),
            to_prev=fixed(("to_prev", mid)),
            norm=norm,
        )
        if self.chain is not None:
            self._score(info, f, groups, ("pro", pro), ("ctx", mid, cue, prof))
            return info
        own = self._encoded(f)
        for what in groups:
            own += fixed(what)
        p1, n1 = fixed(("pro", pro))
        left, right, left2, right2 = fixed(("ctx", mid, cue, prof))
        k1 = self._encoded(("k-1=" + key, "k+1=" + key, "k-2=" + key, "k+2=" + key))
        info.own = own
        info.left = with_prefixed(k1, b"k-1=", p1 + left)
        info.right = with_prefixed(k1, b"k+1=", n1 + right)
        info.left2 = with_prefixed(k1, b"k-2=", left2)
        info.right2 = with_prefixed(k1, b"k+2=", right2)
        return info

    def _score(
        self, info: WordInfo, own: list[str], groups: tuple[tuple[Any, ...], ...], pro: tuple[Any, ...],
        ctx: tuple[Any, ...],
    ) -> None:
        """With a model: a new word's summed state weights (:attr:`WordInfo.weights`; the same features as
        :meth:`_weigh` sums from the encoded ones, which this path does not build) and its pair bits."""
        chain = self.chain
        assert chain is not None
        by_name = chain.by_name
        found = [w for name in own if (w := by_name.get(name)) is not None]
        for what in groups:
            found.append(self._fixed_scores(what)[0])
        lent = self._fixed_scores(pro)  # p-1, p+1
        near = self._fixed_scores(ctx)  # lent to the left, right, two left, two right
        key = info.key
        out: list[float] = []
        chain.add(found, out)
        # then what it lends: to the word after it (k-1=), two after (k-2=), before (k+1=), two before (k+2=)
        for prefix, rows in (("k-1=", [lent[0], near[0]]), ("k-2=", [near[2]]), ("k+1=", [lent[1], near[1]]),
                             ("k+2=", [near[3]])):
            w = by_name.get(prefix + key)
            if w is not None:
                rows.append(w)
            chain.add(rows, out)
        info.weights = tuple(out)
        info.pairs = self._pair_bits(info)

    def _fixed_scores(self, what: tuple[Any, ...]) -> tuple[tuple[float, ...], ...]:
        """The summed state weights of :meth:`_fixed` ``what`` (one vector per feature tuple it gives; memoized)."""
        out = self._scores_memo.get(what)
        if out is None:
            chain = self.chain
            assert chain is not None
            got = self._fixed(what)
            parts = got if what[0] in ("pro", "ctx") else (got,)
            out = self._scores_memo[what] = tuple(tuple(chain.vector(part)) for part in parts)
        return out

    def _pair_bits(self, info: WordInfo) -> int:
        """Which sides of the model's pair features the word can take (:attr:`WordInfo.pairs`)."""
        key = info.key_b
        bits = 0
        for k, value in enumerate((key, key, key, key, info.cue.encode("utf-8"), info.cluster_b)):
            if value in self._sides[k]:
                bits |= 1 << k
        return bits

    def _encoded(self, feats: Sequence[str]) -> tuple[bytes, ...]:
        return encode_features(feats, self.known)

    def _fixed(self, what: tuple[Any, ...]) -> Any:
        """The encoded features of a word's few-valued properties (memoized; see :meth:`_analyse`)."""
        out = self._memo.get(what)
        if out is None:
            out = self._memo[what] = self._build_fixed(what)
        return out

    def _known_feature(self, feature: str) -> bytes | None:
        """A feature built at tagging time (document evidence, name-list mark), encoded once; None when the
        model has no weight for it."""
        x = self._known_memo.get(feature, b"")
        if x == b"":
            encoded = feature.encode("utf-8")
            x = self._known_memo[feature] = encoded if self.known is None or encoded in self.known else None
        return x

    def _build_fixed(self, what: tuple[Any, ...]) -> Any:
        kind = what[0]
        if kind == "to_next":  # document evidence labels (plain strings: they are sets' members first)
            return (("after-" + what[1],) if what[1] else ()) + (("prev-cl=" + what[2],) if what[2] else ())
        if kind == "to_prev":
            return ("next-cl=" + what[1],) if what[1] else ()
        if kind == "own":
            _, pro, shape, length, has_al, fq, cue = what
            f = ["b", "p=" + pro, "sh=" + shape, "len=" + length]
            if has_al:
                f.append("al")
            if fq >= 0:
                f.append("fq=" + str(fq))
            if cue:
                f.append("cue=" + cue)
        elif kind == "cl":
            f = [f"cl{i}={c}" for i, c in enumerate(what[1])] if what[1] else ["cl=none"]
        elif kind == "st":
            f = ["st=" + x for x in what[1]]
        elif kind == "pf":
            f = list(what[1])
        elif kind == "pro":
            return self._encoded(("p-1=" + what[1],)), self._encoded(("p+1=" + what[1],))
        else:  # "ctx": what the word lends to its neighbours from its cluster, cue class and profile
            _, mid, cue, prof = what
            ctx_cl = ("cl1=" + mid) if mid else "cl=none"
            ctx_cue = ("cue=" + cue) if cue else "cue=-"
            near = (ctx_cl, ctx_cue, *prof)
            return (
                self._encoded(tuple(x.replace("=", "-1=", 1) for x in near)),
                self._encoded(tuple(x.replace("=", "+1=", 1) for x in near)),
                self._encoded(tuple(x.replace("=", "-2=", 1) for x in (ctx_cl, ctx_cue))),
                self._encoded(tuple(x.replace("=", "+2=", 1) for x in (ctx_cl, ctx_cue))),
            )
        return self._encoded(f)

    # -- per sentence ---------------------------------------------------------------------
    def sentence_features(
        self, infos: Sequence[WordInfo], doc: Mapping[str, Sequence[Feature]]
    ) -> list[list[Feature]]:
        out: list[list[Feature]] = []
        append = out.append
        bos = self._bos
        padded = [bos, bos, *infos, bos, bos]
        known = self.known
        # the five windows over the padded words (two words of padding on each side); zip stops at the shortest
        for p2, p1, info, n1, n2 in zip(padded, padded[1:], infos, padded[3:], padded[4:], strict=False):
            f: list[Feature] = [*info.own, *p1.left, *p2.left2, *n1.right, *n2.right2]
            for pair in (p1.key_left + info.key_b, info.key_right + n1.key_b, p1.cue_left + info.cluster_b):
                if known is None or pair in known:
                    f.append(pair)
            if info.content:
                d = doc.get(info.key)
                if d:
                    f += d
            append(f)
        return out

    def document_features(self, sents: Sequence[Sequence[str]]) -> list[list[list[Feature]]]:
        """Features of consecutive sentences of one stream (an article, or a CoNLL file). Not with ``chain``:
        that extractor sums a word's weights without building its feature names."""
        if self.chain is not None:
            raise ValueError("document_features needs an extractor without a model (chain)")
        return self._document_features(self.analyse_all(sents))

    def analyse_all(self, sents: Sequence[Sequence[str]]) -> list[list[WordInfo]]:
        """The :meth:`analyse` result of every word of every sentence."""
        cache = self._cache
        get = cache.get
        out: list[list[WordInfo]] = []
        for s in sents:
            row: list[WordInfo] = []
            for w in s:
                info = get(w)
                if info is None:
                    info = self.analyse(w)
                row.append(info)
            out.append(row)
        return out

    def _document_features(self, infos: Sequence[Sequence[WordInfo]]) -> list[list[list[Feature]]]:
        out: list[list[list[Feature]]] = []
        for sent, doc in zip(infos, self._document_evidence(infos), strict=True):
            feats_of_sentence = self.sentence_features(sent, doc)
            if self.names is not None:
                self._add_name_marks(self.names, sent, feats_of_sentence)
            out.append(feats_of_sentence)
        return out

    def document_scores(
        self, sents: Sequence[Sequence[str]]
    ) -> list[tuple[list[tuple[float, ...]], list[list[float] | None]]]:
        """What :meth:`LinearChain.decode <marsad.ner.crf.LinearChain.decode>` needs to tag each sentence of one
        stream (needs ``chain``): its words' summed weights with two padding words on each side, and each token's
        context weights (word pairs, document evidence, name-list marks; None when it has none). Together they
        sum exactly the features :meth:`document_features` gives.
        """
        chain = self.chain
        if chain is None:
            raise ValueError("document_scores needs the extractor's model (chain)")
        infos = self.analyse_all(sents)
        bos = self._bos
        pad = bos.weights
        out: list[tuple[list[tuple[float, ...]], list[list[float] | None]]] = []
        for sent, doc in zip(infos, self._document_evidence(infos), strict=True):
            words = [pad, pad]
            extras: list[list[float] | None] = []
            last = len(sent) - 1
            for i, info in enumerate(sent):
                words.append(info.weights)
                p1 = sent[i - 1] if i else bos
                n1 = sent[i + 1] if i < last else bos
                # the pair features (built only where both words can take part in one the model has), then the
                # document evidence: the context features sentence_features adds, in its order
                context: list[bytes] = []
                here = info.pairs
                if p1.pairs & 1 and here & 2:
                    context.append(p1.key_left + info.key_b)
                if here & 4 and n1.pairs & 8:
                    context.append(info.key_right + n1.key_b)
                if p1.pairs & 16 and here & 32:
                    context.append(p1.cue_left + info.cluster_b)
                if info.content:
                    evidence = doc.get(info.key)
                    if evidence:
                        context += evidence
                extras.append(chain.vector(context) if context else None)
            words += (pad, pad)
            if self.names is not None:
                for k, encoded in self._name_marks(self.names, sent):
                    if encoded:
                        extras[k] = chain.vector(encoded, extras[k])
            out.append((words, extras))
        return out

    def _document_evidence(self, infos: Sequence[Sequence[WordInfo]]) -> list[dict[str, tuple[bytes, ...]]]:
        """For each sentence, the document features of each of its content keys that occur elsewhere."""
        # only keys met in two sentences or more lend evidence (most content words of an article occur in one
        # sentence: no evidence is gathered for them)
        postings = _postings(infos)
        # for each sentence: the context evidence of each repeated content key in it
        evid: list[dict[str, set[str]]] = [{} for _ in infos]
        for si, sent in enumerate(infos):
            ev = evid[si]
            last = len(sent) - 1
            for i, info in enumerate(sent):
                if not info.content or len(postings[info.key]) == 1:
                    continue
                e = ev.get(info.key)
                if e is None:
                    e = ev[info.key] = set()
                if i:
                    e.update(sent[i - 1].to_next)
                    if i >= 2 and sent[i - 2].cue == "TITLE":
                        e.add("after2-TITLE")
                if i < last:
                    e.update(sent[i + 1].to_prev)
        out: list[dict[str, tuple[bytes, ...]]] = []
        known_feature = self._known_feature
        memo = self._doc_memo
        w = self.doc_window
        empty: dict[str, tuple[bytes, ...]] = {}
        for si in range(len(infos)):
            doc: dict[str, tuple[bytes, ...]] = empty
            for key in evid[si]:
                where = postings[key]
                seen: set[str] = set()
                count = 0
                for j in range(bisect_left(where, si - w), len(where)):
                    sj = where[j]
                    if sj > si + w:
                        break
                    if sj != si:
                        count += 1
                        seen |= evid[sj][key]
                if count:
                    what = (frozenset(seen), count == 1)
                    feats = memo.get(what)
                    if feats is None:
                        # sorted: a set's order changes with the hash seed; keep builds reproducible
                        encoded = [x for x in (known_feature("d:" + label) for label in sorted(seen)) if x]
                        if len(memo) >= self.doc_memo_limit:
                            memo.clear()
                        feats = memo[what] = (*encoded, b"d:n=1" if count == 1 else b"d:n=2+")
                    if doc is empty:
                        doc = {}
                    doc[key] = feats
            out.append(doc)
        return out

    def _add_name_marks(self, names: NameLists, sent: Sequence[WordInfo], feats: list[list[Feature]]) -> None:
        """Append the name-list features (:meth:`NameLists.marks`) to each word's features."""
        for k, encoded in self._name_marks(names, sent):
            feats[k] += encoded

    def _name_marks(self, names: NameLists, sent: Sequence[WordInfo]) -> list[tuple[int, tuple[bytes, ...]]]:
        """The encoded name-list features of the words of a sentence that have any: (word index, features)."""
        known_feature = self._known_feature
        memo = self._marks_memo
        out: list[tuple[int, tuple[bytes, ...]]] = []
        for k, mine in names.marks([i.key for i in sent], [i.norm for i in sent]).items():
            labels = tuple(mine)
            encoded = memo.get(labels)
            if encoded is None:
                encoded = memo[labels] = tuple(x for x in map(known_feature, labels) if x)
            out.append((k, encoded))
        return out
