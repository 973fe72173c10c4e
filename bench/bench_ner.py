"""Benchmark the named-entity tagger against a BERT-base-size token classifier on SaudiNewsNet.

Both run on one CPU core on the same articles: marsad's CRF tagger over the pipeline's tokens and
sentences (their cost is not counted), and ``transformers.BertForTokenClassification`` with a
random-weight ``BertConfig()`` (BERT-base size: 12 layers, hidden 768) on an even spread of the same
texts, each read whole in windows of 512 tokens, twice: with one id per marsad token (a lower bound:
no subword splitting), and with the ids of a WordPiece vocabulary of 30,000 pieces that the bench trains
on 5,000 other SaudiNewsNet articles (``tokenizers``; BERT models for Arabic read subwords: CAMeLBERT has
30,000 pieces, AraBERT 64,000; trained on this very corpus, it splits these texts less than theirs would).
Before each round the CRF gets fresh caches and first tags ``--warm`` other articles, so that its
per-word analysis cache is as in a long run (the first articles of a run pay for analysing every word
once) and no round sees its words twice. The engines alternate for ``--rounds`` rounds; the medians
are reported, with the speed-up of each round (this shared machine's speed drifts by tens of percent
between runs). Reports model load time, tokens/s/core (BERT rows: the ids it reads, [CLS]/[SEP]
included), articles/s/core, ms/article and peak memory (RSS high-water mark). Throughput is CPU time
of this process (``time.process_time``).

    .venv/bin/python bench/bench_ner.py [--shared ../shared] [--articles 500] [--bert-articles 40] \
        [--warm 200] [--rounds 3] [--wordpiece-articles 5000] [--python-gc]

The garbage collector is set as the command line sets it (:func:`marsad.runtime.tune_gc`, for both
engines) unless ``--python-gc``.

Without torch/transformers the BERT row says "not installed".
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import time
import zipfile
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sample_articles(shared: Path, n: int, offset: int = 0) -> list[str]:
    """Every k-th article of SaudiNewsNet (title + content), deterministic; ``offset`` shifts the picks
    (``offset`` 1 gives articles disjoint from ``offset`` 0 while k > 1)."""
    texts: list[str] = []
    for zpath in sorted((shared / "data/corpora/saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                texts += [f"{a.get('title') or ''}\n{a.get('content') or ''}" for a in json.loads(z.read(name))]
    texts = [t for t in texts if len(t) > 200]
    step = max(1, len(texts) // n)
    return texts[offset % step :: step][:n]


def spread(texts: list[str], n: int) -> list[str]:
    """``n`` articles spread evenly over ``texts`` (a representative subset, not the first ones)."""
    step = max(1, len(texts) // max(1, n))
    return texts[::step][:n]


class Runner:
    """A prepared engine: ``run()`` processes the articles once and returns CPU seconds."""

    name: str
    articles: int
    tokens: int
    load_s: float

    def run(self) -> float:
        raise NotImplementedError


class CrfRunner(Runner):
    name = "CRF tagger (marsad)"

    def __init__(self, texts: list[str], warm: list[str]) -> None:
        from marsad.document import Document
        from marsad.ner.tagger import load_tagger
        from marsad.resources import Resources
        from marsad.stages.basics import sentences, tokens

        res = self.res = Resources()
        t0 = time.perf_counter()
        _ = res.vocab
        self.vocab_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        load_tagger(res)
        self.load_s = time.perf_counter() - t0
        from marsad import native

        # compiled with mypyc (scripts/build_native.py) unless MARSAD_NATIVE=0 or not built
        self.name += ", compiled" if native.active() else ", Python sources"

        def prepare(batch: list[str]) -> list[tuple[str, Any, Any]]:
            out = []
            for text in batch:
                doc = Document(text)
                out.append((text, tokens(doc, res), sentences(doc, res)))
            return out

        self.prepared = prepare(texts)
        self.warm = prepare(warm)
        self.articles = len(texts)
        self.tokens = sum(len(p[1]) for p in self.prepared)
        self.entities = 0

    def run(self) -> float:
        from marsad.ner.tagger import Tagger

        tagger = Tagger.load(self.res)  # fresh per-word caches each round: no round sees its words twice
        for item in self.warm:  # steady state: the caches filled on other articles first
            tagger.tag(*item)
        c0 = time.process_time()
        self.entities = sum(len(tagger.tag(*item)) for item in self.prepared)
        return time.process_time() - c0


def wordpiece(texts: list[str], size: int = 30_000) -> Any:
    """A BERT WordPiece tokenizer (BERT's normalizer and pre-tokenizer, no lower-casing) trained on ``texts``."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=False, strip_accents=False,
                                                lowercase=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok.train_from_iterator(texts, trainers.WordPieceTrainer(vocab_size=size, special_tokens=special,
                                                             show_progress=False))
    return tok


class BertRunner(Runner):
    name = "BERT-base token classifier (random weights, 512-token windows)"

    def __init__(self, texts: list[str], pieces: Any = None) -> None:
        """``pieces``: a trained tokenizer whose ids BERT reads; None: one id per marsad token."""
        import torch
        from transformers import BertConfig, BertForTokenClassification

        from marsad.text.tokenize import tokenize

        torch.set_num_threads(1)
        self.torch = torch
        t0 = time.perf_counter()
        config = BertConfig()
        config.num_labels = 9
        self.model = BertForTokenClassification(config).eval()
        self.load_s = time.perf_counter() - t0
        self.batches = []  # per article, its windows of at most 510 word ids (+ [CLS], [SEP])
        if pieces is not None:
            self.name += ", WordPiece 30k"
        else:
            self.name += ", one id per word"
        for text in texts:
            if pieces is not None:
                words = pieces.encode(text, add_special_tokens=False).ids
            else:
                words = [1000 + hash(text[t.start : t.end]) % 29000 for t in tokenize(text)]
            self.batches.append([torch.tensor([[101, *words[i : i + 510], 102]]) for i in range(0, len(words), 510)])
        self.articles = len(texts)
        self.tokens = sum(w.shape[1] for b in self.batches for w in b)
        with torch.inference_mode():
            self.model(self.batches[0][0])  # warm-up

    def run(self) -> float:
        c0 = time.process_time()
        with self.torch.inference_mode():
            for windows in self.batches:
                for ids in windows:
                    self.model(ids).logits.argmax(-1)
        return time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--bert-articles", type=int, default=40,
                    help="BERT is slow: a subset of the same articles, spread evenly over them")
    ap.add_argument("--warm", type=int, default=200,
                    help="other articles the CRF tags first, so that its per-word caches are as in a long run")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; medians are reported")
    ap.add_argument("--wordpiece-articles", type=int, default=5000,
                    help="other SaudiNewsNet articles the WordPiece vocabulary is trained on (0: no WordPiece row)")
    from bench_args import parse_bench_args

    args = parse_bench_args(ap)
    shared = Path(args.shared)
    if not (shared / "data/corpora/saudinewsnet").is_dir():
        raise SystemExit(f"SaudiNewsNet not found under {shared}")
    texts = sample_articles(shared, args.articles)
    chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} SaudiNewsNet articles, mean {chars:.0f} chars; one core (OMP_NUM_THREADS=1); "
          f"{args.rounds} interleaved rounds, CPU time, medians; gc thresholds {gc.get_threshold()}")
    crf = CrfRunner(texts, sample_articles(shared, args.warm, offset=1) if args.warm else [])
    crf_rss = peak_rss_mb()
    runners: list[Runner] = [crf]
    try:
        bert_texts = spread(texts, args.bert_articles)
        runners.append(BertRunner(bert_texts))
        if args.wordpiece_articles:
            vocab_texts = sample_articles(shared, args.wordpiece_articles, offset=2)
            runners.append(BertRunner(bert_texts, wordpiece(vocab_texts)))
    except ImportError:
        pass
    rates: dict[str, list[float]] = {r.name: [] for r in runners}
    ratios: dict[str, list[float]] = {r.name: [] for r in runners[1:]}
    for _ in range(args.rounds):
        per_round = {r.name: r.articles / r.run() for r in runners}
        for name, rate in per_round.items():
            rates[name].append(rate)
        for r in runners[1:]:
            ratios[r.name].append(per_round[crf.name] / per_round[r.name])
    rows = []
    for r in runners:
        rate = statistics.median(rates[r.name])
        rows.append((r.name, f"{r.load_s:.2f}", f"{r.articles}", f"{rate * r.tokens / r.articles:,.0f}",
                     f"{rate:.2f}", f"{1000 / rate:.2f}"))
    head = ("engine", "load s", "articles", "tokens/s/core", "articles/s/core", "ms/article")
    widths = [max(len(x[i]) for x in (head, *rows)) for i in range(len(head))]
    for row in (head, *rows):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    print(f"CRF: {crf.entities} entities, shared vocabulary load {crf.vocab_s:.2f}s, peak RSS {crf_rss:.0f} MB"
          + (f"; with BERT loaded {peak_rss_mb():.0f} MB" if len(runners) > 1 else ""))
    if len(runners) < 2:
        print("BERT-base token classifier: not installed (pip install torch==2.13.0 transformers)")
        return
    for r in runners[1:]:
        print(f"speed-up over {r.name} (articles/s, per round): {', '.join(f'{x:.0f}x' for x in ratios[r.name])}; "
              f"median {statistics.median(ratios[r.name]):.0f}x")


if __name__ == "__main__":
    main()
