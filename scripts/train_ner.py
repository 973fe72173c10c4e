"""Train marsad's named-entity tagger (a CRF) and the word knowledge its features use.

Two steps, both reading ../shared (never ANERcorp test):

``words``: from SaudiNewsNet (../shared/data/corpora/saudinewsnet, CC BY-NC-SA 4.0) build
``src/marsad/models/ner_words.tsv.gz``: for each frequent lexical key (folded word without the
و/ف/ب/ل/ك/س proclitics) its word2vec k-means clusters at three granularities and its context
statistics (how often it follows a title, a place noun, an organization noun, a preposition of place,
a speech verb; how often it stands next to بن). Needs gensim (``pip install gensim``).

``train``: train the CRF on ANERcorp train (``--aqmar``: + AQMAR), holding out the last ``--dev`` fraction of
ANERcorp train for tuning, print dev scores, and (with ``--final``) retrain on all of train and write
``src/marsad/models/ner.crfsuite``. Before that (unless ``--no-profile``), step 0 builds the corpus
tag profile: a CRF trained on the same training data without it tags all of SaudiNewsNet, and each
key's tag counts there (``ner_corpus.tsv.gz``, written to the model folder only with ``--final``) become features
(self-training: a name met in easy contexts across the corpus is recognized in a hard one). That first
CRF also sees ANERgazet membership (../shared/data/ner/gazetteers, research use; ``--no-gazetteers`` to
leave it out): the lists are not shipped, what they teach reaches the final tagger through the profile.

``train --wikifane``: the final tagger also trains on WikiFANE Gold (../shared/data/ner/wikifane, CC BY-SA 3.0),
its fine classes mapped to marsad's types by ``lexicons/wikifane_classes.tsv`` (measured and not kept: see
src/marsad/models/README.md). ``--profile-file`` reuses a corpus profile instead of building it (to compare
variants of the final tagger on one profile).

``kinds``: the organizations' kind model ``src/marsad/models/ner_kinds.tsv.gz`` (naive Bayes over WikiFANE's
organizations and their fine classes); prints its accuracy on held-out WikiFANE, writes the file with ``--final``.

Rebuild everything::

    nice -n 10 .venv/bin/python scripts/train_ner.py words
    nice -n 10 .venv/bin/python scripts/train_ner.py train            # dev scores (last 10% of train)
    nice -n 10 .venv/bin/python scripts/train_ner.py train --final    # writes ner_corpus.tsv.gz + ner.crfsuite
    nice -n 10 .venv/bin/python scripts/train_ner.py kinds --final    # writes ner_kinds.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import math
import re
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from marsad.evaluate.ner_score import score
from marsad.ner.bio import repair
from marsad.ner.conll import read_conll
from marsad.ner.features import DOC_WINDOW, FeatureExtractor
from marsad.ner.kinds import KINDS_FILE, KindModel, kind_features
from marsad.ner.lexicon import PROFILE_FILE, Lexicon, profile_features, read_model_tsv
from marsad.ner.names import NAMES_FILE, NameLists
from marsad.ner.wikifane import fine_mentions, load_classes, parse_fine, read_wikifane
from marsad.ner.wordinfo import Feature
from marsad.resources import MODEL_DIR, default_resources
from marsad.text.normalize import fold

log = logging.getLogger("train_ner")

TOKEN = re.compile(
    r"[\u0621-\u064a\u0640\u064b-\u065f\u0670]+|[0-9\u0660-\u0669]+|[A-Za-z]+|[^\s\w]", re.UNICODE
)
SENT_END = frozenset(".!?؟\n")
PLACE_PREPS = frozenset({"في", "الي", "من", "بين", "قرب", "داخل", "خارج"})
SPEECH = frozenset({"قال", "اعلن", "اكد", "اضاف", "اوضح", "صرح", "ذكر", "اشار", "اعتبر", "طالب", "اكدت", "قالت"})
STAT_CONTEXTS = ("TITLE", "LOCW", "ORGW", "PREP", "SAY")
WIKIFANE = "data/ner/wikifane/WikiFANE_Gold_2014_500K.txt"
WIKI_MARK = "dom=wiki"


def corpus_articles(shared: Path, limit: int = 0) -> Iterator[list[list[str]]]:
    """SaudiNewsNet articles (title + content) as raw word sequences, one per sentence."""
    n = 0
    for zpath in sorted((shared / "data/corpora/saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    text = f"{art.get('title') or ''}\n{art.get('content') or ''}"
                    sents: list[list[str]] = []
                    sent: list[str] = []
                    for m in TOKEN.finditer(text):
                        w = m.group()
                        sent.append(w)
                        if w in SENT_END and len(sent) > 1:
                            sents.append(sent)
                            sent = []
                    if sent:
                        sents.append(sent)
                    yield sents
                    n += 1
                    if limit and n >= limit:
                        return


GAZETTEERS = (
    ("AlignedLocGazetteer.txt", "LOC"), ("AlignedOrgGazetteer.txt", "ORG"), ("AlignedPersGazetteer.txt", "PER")
)


def load_gazetteers(folder: Path) -> dict[tuple[str, ...], frozenset[str]]:
    """ANERgazet (../shared/data/ner/gazetteers, research use): folded name (as a word tuple) -> types."""
    names: dict[tuple[str, ...], set[str]] = {}
    for file, kind in GAZETTEERS:
        with open(folder / file, encoding="utf-8-sig") as f:
            for line in f:
                name = fold(line.strip())
                if name and not name.startswith("="):  # "====" separates groups of aligned variants
                    names.setdefault(tuple(name.split()), set()).add(kind)
    return {k: frozenset(v) for k, v in names.items()}


class GazetteerFeatures(FeatureExtractor):
    """The tagger's features plus ANERgazet membership (``gz=B-LOC``, ``gz=I-PER``, the same at ±1).

    Used only by the profile tagger of step 0: the lists are research-use data that marsad does not
    ship, so the shipped tagger cannot look them up; what they teach reaches it through the corpus
    tag profile (how the gazetteer-aware tagger tagged each word across SaudiNewsNet). A name matches
    as its lexical keys, as its first key followed by folded words, or as folded words
    (:meth:`marsad.ner.names.NameLists.marks`).
    """

    def __init__(self, gazetteers: dict[tuple[str, ...], frozenset[str]], lexicon: Lexicon,
                 counts: Mapping[str, int], doc_window: int = DOC_WINDOW) -> None:
        super().__init__(lexicon, counts, doc_window)
        self.lists = NameLists.of(gazetteers, prefix="gz")  # the matcher of marsad's own name lists

    def matches(self, words: Sequence[str]) -> list[list[str]]:
        found = self.lists.marks([self.analyse(w).key for w in words], [fold(w) for w in words])
        return [found.get(i, []) for i in range(len(words))]

    def document_features(self, sents: Sequence[Sequence[str]]) -> list[list[list[Feature]]]:
        feats = super().document_features(sents)
        for words, sent in zip(sents, feats, strict=True):
            for tok, extra in zip(sent, self.matches(words), strict=True):
                tok.extend(extra)
        return feats


def corpus_sentences(shared: Path, limit: int = 0) -> Iterator[list[str]]:
    """Raw word sequences of SaudiNewsNet, one per sentence."""
    for sents in corpus_articles(shared, limit):
        yield from sents


def corpus_profile(model: Path, fx: FeatureExtractor, shared: Path, limit: int = 0) -> dict[str, Counter[str]]:
    """How ``model`` tags each content key across SaudiNewsNet: key -> type counts (O, PER, LOC ...)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    counts: dict[str, Counter[str]] = {}
    t0 = time.time()
    n = 0
    for sents in corpus_articles(shared, limit):
        for words, x in zip(sents, fx.document_features(sents), strict=True):
            if not x:
                continue
            for w, t in zip(words, repair(tagger.tag(x)), strict=True):
                info = fx.analyse(w)
                if info.content:
                    c = counts.get(info.key)
                    if c is None:
                        c = counts[info.key] = Counter()
                    c[t[2:] if t != "O" else "O"] += 1
        n += 1
    log.info("corpus profile: %d articles, %d keys in %.0fs", n, len(counts), time.time() - t0)
    return counts


def write_profile(
    counts: dict[str, Counter[str]], out: Path, min_count: int, gazetteers: bool = False
) -> dict[str, tuple[str, ...]]:
    """Write the profiles seen at least ``min_count`` times; return their features."""
    kept = {k: c for k, c in counts.items() if sum(c.values()) >= min_count}
    first = "the tagger's training data" + (" and ANERgazet membership features" if gazetteers else "")
    with gzip.open(out, "wt", encoding="utf-8") as f:
        f.write(f"# source: derived from SaudiNewsNet (CC BY-NC-SA 4.0) by scripts/train_ner.py train: how a "
                f"first CRF (trained on {first}, without this file) tagged each key across the "
                "corpus; licence: CC BY-NC-SA 4.0 (derived counts, no running text)\n")
        f.write("# key\tfeatures (marsad.ner.lexicon.profile_features of the counts)\ttype counts\n")
        for k in sorted(kept):
            tally = ",".join(f"{t}:{n}" for t, n in sorted(kept[k].items()))
            f.write(f"{k}\t{','.join(profile_features(kept[k]))}\t{tally}\n")
    log.info("wrote %s (%d keys)", out, len(kept))
    return {k: profile_features(c) for k, c in kept.items()}


def build_words(args: argparse.Namespace) -> None:
    import numpy as np
    from gensim.models import Word2Vec
    from scipy.cluster.vq import kmeans2

    res = default_resources()
    fx = FeatureExtractor(Lexicon(cues={}), res.vocab)
    cues = Lexicon.load(MODEL_DIR).cues
    keymap: dict[str, str] = {}
    total: Counter[str] = Counter()
    ctx: dict[str, Counter[str]] = {c: Counter() for c in STAT_CONTEXTS}
    near_bn: Counter[str] = Counter()
    sents: list[list[str]] = []
    t0 = time.time()
    for raw in corpus_sentences(Path(args.shared), args.limit):
        keys = []
        for w in raw:
            k = keymap.get(w)
            if k is None:
                k = keymap[w] = fx.split(fold(w))[1]
            keys.append(k)
        sents.append(keys)
        prev = ""
        for i, k in enumerate(keys):
            total[k] += 1
            c = cues.get(prev)
            if c in ("TITLE", "LOCW", "ORGW"):
                ctx[c][k] += 1
            if prev in PLACE_PREPS:
                ctx["PREP"][k] += 1
            if prev in SPEECH:
                ctx["SAY"][k] += 1
            if prev == "بن" or (i + 1 < len(keys) and keys[i + 1] == "بن"):
                near_bn[k] += 1
            prev = k
    log.info("corpus: %d sentences, %d tokens, %d keys in %.0fs", len(sents), sum(total.values()), len(total),
             time.time() - t0)
    model = Word2Vec(sents, vector_size=args.dim, window=5, min_count=args.min_count, workers=1, sg=1,
                     epochs=args.epochs, sample=1e-4, seed=1)
    log.info("word2vec: %d words in %.0fs", len(model.wv.index_to_key), time.time() - t0)
    words = [w for w in model.wv.index_to_key if w.strip()]
    vecs = np.asarray([model.wv[w] for w in words], dtype=np.float64)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(1)
    model.wv.save_word2vec_format("/tmp/ner_w2v.txt")  # for experiments; not shipped
    cent, fine = kmeans2(vecs, args.k, iter=args.iters, minit="points", seed=rng)
    cent /= np.linalg.norm(cent, axis=1, keepdims=True) + 1e-9
    _, mid_of = kmeans2(cent, args.k // 4, iter=30, minit="++", seed=rng)
    _, coarse_of = kmeans2(cent, args.k // 16, iter=30, minit="++", seed=rng)
    log.info("clusters in %.0fs", time.time() - t0)
    out = Path(args.out)
    with gzip.open(out, "wt", encoding="utf-8") as f:
        f.write("# source: derived from SaudiNewsNet (CC BY-NC-SA 4.0) by scripts/train_ner.py words; "
                "licence: CC BY-NC-SA 4.0 (derived statistics, no running text)\n")
        f.write("# key\tclusters coarse,mid,fine (word2vec skip-gram + k-means)\tcontext statistics\n")
        for w, c in zip(words, fine, strict=True):
            n = total[w]
            st = []
            for name in STAT_CONTEXTS:
                hits = ctx[name][w]
                if hits >= 2:
                    r = hits / n
                    st.append(f"{name}:{'hi' if r >= 0.2 else 'mid' if r >= 0.05 else 'lo'}")
            if near_bn[w] >= 2 and near_bn[w] / n >= 0.05:
                st.append("BN")
            st.append(f"n{min(int(math.log10(n)), 4)}")
            f.write(f"{w}\t{coarse_of[c]},{mid_of[c]},{c}\t{','.join(st)}\n")
    log.info("wrote %s (%d keys)", out, len(words))


def load_train(shared: Path, dev_frac: float, aqmar: bool) -> tuple[list, list]:
    train = read_conll(shared / "data/ner/anercorp/train.txt")
    cut = int(len(train) * (1 - dev_frac)) if dev_frac else len(train)
    fit, dev = train[:cut], train[cut:]
    streams = [fit]
    if aqmar:
        for p in sorted((shared / "data/ner/aqmar").glob("*.txt")):
            streams.append(read_conll(p))
    return streams, dev


def wikifane_stream(path: Path, share: float, join: bool) -> list:
    """WikiFANE Gold as one more training stream (its classes mapped by the ``wikifane_classes`` lexicon).

    ``share`` < 1 keeps that share of its sentences, spread evenly over the file (Wikipedia articles
    follow one another, so a prefix would be a few topics only). Each article is one document for the
    document features: the file marks no article boundaries, so consecutive sentences are grouped
    like ANERcorp's.
    """
    sents = read_wikifane(path, join)
    if share < 1:
        step = 1 / share
        sents = [sents[int(i * step)] for i in range(int(len(sents) * share))]
    log.info("WikiFANE: %d sentences, %d tokens (clitics %s)", len(sents), sum(len(s) for s in sents),
             "joined" if join else "split")
    return sents


def train_crf(xs: list, ys: list, path: Path, args: argparse.Namespace, iters: int | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": iters or args.iters,
        "feature.possible_transitions": True, "feature.minfreq": args.minfreq,
    })
    trainer.train(str(path))


def tag_all(path: Path, xs: list) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return [repair(tagger.tag(x)) if x else [] for x in xs]


def train(args: argparse.Namespace) -> None:
    res = default_resources()
    lex = Lexicon.load(MODEL_DIR)
    lex = Lexicon(cues=lex.cues) if args.no_words else Lexicon(lex.cues, lex.clusters, lex.stats)  # no profile
    streams, dev = load_train(Path(args.shared), 0.0 if args.final else args.dev, args.aqmar)
    wiki = (wikifane_stream(Path(args.wikifane_path or Path(args.shared) / WIKIFANE), args.wikifane_share,
                            not args.wikifane_split) if args.wikifane else [])
    t0 = time.time()
    words = [[[w for w, _ in s] for s in stream] for stream in streams]
    tags = [[[t for _, t in s] for s in stream] for stream in streams]
    flat = lambda rows: [r for part in rows for r in part]  # noqa: E731
    if args.profile_file:
        lex = Lexicon(lex.cues, lex.clusters, lex.stats, {
            row[0]: tuple(row[1].split(",")) if row[1] else () for row in read_model_tsv(Path(args.profile_file), 2)
        })
        log.info("corpus profile read from %s (%d keys)", args.profile_file, len(lex.profile))
    elif args.profile:
        # step 0: a single-pass CRF without the profile tags SaudiNewsNet; its per-key tag counts become
        # features of the real model (self-training on unlabeled text: names seen in easy contexts there)
        gaz = None if args.no_gazetteers else Path(args.gazetteers or Path(args.shared) / "data/ner/gazetteers")
        fx0 = (GazetteerFeatures(load_gazetteers(gaz), lex, res.vocab, doc_window=args.window) if gaz
               else FeatureExtractor(lex, res.vocab, doc_window=args.window))
        model0 = Path(tempfile.mkdtemp(prefix="ner_profile_")) / "ner0.crfsuite"
        train_crf(flat([fx0.document_features(ws) for ws in words]), flat(tags), model0, args,
                  iters=args.profile_iters)
        log.info("profile tagger trained in %.1fs", time.time() - t0)
        counts = corpus_profile(model0, fx0, Path(args.shared), args.profile_limit)
        out = MODEL_DIR / PROFILE_FILE if args.final else model0.parent / PROFILE_FILE
        lex = Lexicon(lex.cues, lex.clusters, lex.stats, write_profile(counts, out, args.profile_min, gaz is not None))
    names = None if args.no_name_lists else NameLists.load(res)  # marsad's own lists: shipped, read at run time
    fx = FeatureExtractor(lex, res.vocab, doc_window=args.window, names=names)
    if wiki:  # the final tagger only: the profile tagger of step 0 keeps ANERcorp's conventions
        words.append([[w for w, _ in s] for s in wiki])
        tags.append([[t for _, t in s] for s in wiki])
    base = [fx.document_features(ws) for ws in words]
    if wiki and args.wikifane_domain:  # a mark the tagger never sees on news: it takes up WikiFANE's own label biases
        for sent in base[-1]:
            for tok in sent:
                tok.append(WIKI_MARK)
    log.info("features for %d tokens in %.1fs", sum(len(y) for ys in tags for y in ys), time.time() - t0)
    model = Path(args.model) if args.final else Path(tempfile.mkdtemp(prefix="ner_dev_")) / "ner.crfsuite"
    train_crf(flat(base), flat(tags), model, args)
    if args.final and names is not None:  # the lists as trained with: the tagger reads this snapshot
        names.write(model.parent / NAMES_FILE)
    log.info("trained in %.1fs: %s (%.1f MB)", time.time() - t0, model, model.stat().st_size / 1e6)
    if dev:
        dwords = [[w for w, _ in s] for s in dev]
        dtags = [[t for _, t in s] for s in dev]
        t1 = time.time()
        pred = tag_all(model, fx.document_features(dwords))
        print(score(dtags, pred).report())
        log.info("dev featurized and tagged in %.2fs", time.time() - t1)


def fine_kind_mentions(path: Path, typ: str) -> list[tuple[int, str, list[str]]]:
    """WikiFANE's entities of marsad type ``typ`` whose class names a kind: (sentence number, kind, features)."""
    classes = load_classes()
    with open(path, encoding="utf-8-sig") as f:
        sents = parse_fine(f)
    out = []
    for i, sent in enumerate(sents):
        for before, name, after, cls in fine_mentions(sent):
            fine = classes.get(cls)
            if fine is not None and fine.type == typ and fine.kind:
                out.append((i, fine.kind, kind_features(before, name, after)))
    return out


def kind_counts(mentions: Sequence[tuple[int, str, list[str]]]) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    entities: Counter[str] = Counter()
    features: dict[str, Counter[str]] = {}
    for _, kind, feats in mentions:
        entities[kind] += 1
        for feat in feats:
            features.setdefault(feat, Counter())[kind] += 1
    return dict(entities), {f: dict(c) for f, c in features.items()}


def train_kinds(args: argparse.Namespace) -> None:
    """Held-out accuracy of the kind model (every 10th block of 100 WikiFANE sentences), then the model file."""
    mentions = fine_kind_mentions(Path(args.wikifane_path or Path(args.shared) / WIKIFANE), args.type)
    held = [m for m in mentions if (m[0] // 100) % 10 == 9]
    model = KindModel.from_counts(*kind_counts([m for m in mentions if (m[0] // 100) % 10 != 9]))
    seen = {tuple(f for f in m[2] if f.startswith("w=")) for m in mentions if (m[0] // 100) % 10 != 9}
    results = []
    for _, kind, feats in held:
        post = model.posterior(feats)
        best = max(post, key=lambda k: post[k])
        results.append((post[best], best == kind, tuple(f for f in feats if f.startswith("w=")) not in seen))
    print(f"{args.type}: {len(mentions)} entities, {len(held)} held out; kinds "
          + ", ".join(f"{k} {n}" for k, n in Counter(m[1] for m in mentions).most_common()))
    for th in (0.0, 0.5, 0.7, 0.8, 0.9, 0.95):
        kept = [ok for p, ok, _ in results if p >= th]
        new = [ok for p, ok, unseen in results if unseen and p >= th]
        n_new = sum(1 for r in results if r[2])
        print(f"posterior >= {th:.2f}: coverage {len(kept) / len(results):.3f}, "
              f"accuracy {sum(kept) / max(1, len(kept)):.3f} ({len(kept)}); names unseen in training: coverage "
              f"{len(new) / max(1, n_new):.3f}, accuracy {sum(new) / max(1, len(new)):.3f} ({len(new)} of {n_new})")
    if args.final:
        entities, features = kind_counts(mentions)
        out = Path(args.out)
        with gzip.open(out, "wt", encoding="utf-8") as f:
            f.write(f"# source: derived from WikiFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0) by scripts/train_ner.py "
                    f"kinds: naive Bayes counts of the kinds of its {args.type} entities; licence: CC BY-SA 3.0 "
                    "(derived counts, no running text)\n")
            f.write("# feature (empty: the kinds' entity counts)\tkind:count,...\n")
            f.write("\t" + ",".join(f"{k}:{n}" for k, n in sorted(entities.items())) + "\n")
            for feat in sorted(features):
                f.write(f"{feat}\t" + ",".join(f"{k}:{n}" for k, n in sorted(features[feat].items())) + "\n")
        log.info("wrote %s (%d features)", out, len(features))


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("words", help="word clusters and context statistics from SaudiNewsNet")
    w.add_argument("--out", default=str(MODEL_DIR / "ner_words.tsv.gz"))
    w.add_argument("--dim", type=int, default=100)
    w.add_argument("--epochs", type=int, default=2)
    w.add_argument("--min-count", type=int, default=5)
    w.add_argument("--k", type=int, default=1024)
    w.add_argument("--iters", type=int, default=8)
    w.add_argument("--limit", type=int, default=0, help="articles to read (0: all)")
    t = sub.add_parser("train", help="train the CRF")
    t.add_argument("--model", default=str(MODEL_DIR / "ner.crfsuite"))
    t.add_argument("--final", action="store_true", help="train on all of ANERcorp train and write the model")
    t.add_argument("--dev", type=float, default=0.1, help="fraction of ANERcorp train held out (tail)")
    t.add_argument("--aqmar", action="store_true", default=False,
                   help="also train on AQMAR (Wikipedia; on the dev split it cost 2.2 F1 points: 0.7244 vs 0.7467)")
    t.add_argument("--no-aqmar", dest="aqmar", action="store_false", help="ANERcorp train only (the default)")
    t.add_argument("--no-words", action="store_true", help="ignore ner_words.tsv.gz (ablation)")
    t.add_argument("--window", type=int, default=DOC_WINDOW)
    t.add_argument("--c1", type=float, default=0.15)
    t.add_argument("--c2", type=float, default=0.01)
    t.add_argument("--iters", type=int, default=80,
                   help="L-BFGS iterations of the final model (stopping early regularizes: chosen on two dev folds)")
    t.add_argument("--minfreq", type=float, default=1)
    t.add_argument("--no-profile", dest="profile", action="store_false",
                   help="no corpus tag profile (ablation; otherwise step 0 builds it)")
    t.add_argument("--profile-iters", type=int, default=300, help="L-BFGS iterations of the profile tagger")
    t.add_argument("--profile-limit", type=int, default=0, help="SaudiNewsNet articles to tag (0: all)")
    t.add_argument("--gazetteers", default="", help="ANERgazet folder (default: SHARED/data/ner/gazetteers): "
                   "membership features for the profile tagger only; on the dev split the profile of a "
                   "gazetteer-aware tagger lifted F1 from 0.7589 to 0.7666")
    t.add_argument("--no-gazetteers", action="store_true", help="profile tagger without ANERgazet (ablation)")
    t.add_argument("--no-name-lists", action="store_true",
                   help="final tagger without marsad's own name lists as features (ablation)")
    t.add_argument("--profile-min", type=int, default=3, help="occurrences for a key to get a profile")
    t.add_argument("--profile-file", default="",
                   help="read the corpus tag profile from this file instead of building it (step 0 skipped; "
                   "for comparing variants of the final tagger on one profile)")
    t.add_argument("--wikifane", action="store_true",
                   help="also train the final tagger on WikiFANE Gold (CC BY-SA 3.0; classes mapped by "
                   "lexicons/wikifane_classes.tsv)")
    t.add_argument("--wikifane-path", default="", help=f"WikiFANE Gold file (default: SHARED/{WIKIFANE})")
    t.add_argument("--wikifane-share", type=float, default=1.0,
                   help="share of WikiFANE's sentences to train on, spread evenly over the file")
    t.add_argument("--wikifane-domain", action="store_true",
                   help=f"mark every WikiFANE token with the feature {WIKI_MARK!r} (never present on news)")
    t.add_argument("--wikifane-split", action="store_true",
                   help="keep WikiFANE's split clitics (و|الرياض) instead of joining them as news writes them")
    k = sub.add_parser("kinds", help="the kind model of organizations (WikiFANE's fine classes)")
    k.add_argument("--type", default="ORG", help="marsad type whose kinds to learn")
    k.add_argument("--wikifane-path", default="", help=f"WikiFANE Gold file (default: SHARED/{WIKIFANE})")
    k.add_argument("--final", action="store_true", help="also train on all entities and write the model file")
    k.add_argument("--out", default=str(MODEL_DIR / KINDS_FILE))
    args = ap.parse_args()
    {"words": build_words, "train": train, "kinds": train_kinds}[args.cmd](args)


if __name__ == "__main__":
    main()
