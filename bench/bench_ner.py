"""Benchmark the named-entity tagger against a BERT-base-size token classifier on SaudiNewsNet.

Both run on one CPU core on the same articles: marsad's CRF tagger over the pipeline's tokens and
sentences (their cost is not counted), and ``transformers.BertForTokenClassification`` with a
random-weight ``BertConfig()`` (BERT-base size: 12 layers, hidden 768) on the same texts, truncated
to 512 tokens (word-level ids stand in for WordPiece, so its cost is if anything underestimated).
Reports model load time, tokens/s/core, articles/s/core and peak memory (RSS high-water mark).
Throughput is CPU time of this process (``time.process_time``), so a busy shared machine does not
distort the per-core figures; the wall-clock seconds are printed too.

    .venv/bin/python bench/bench_ner.py [--shared ../shared] [--articles 500] [--bert-articles 20]

Without torch/transformers the BERT row says "not installed".
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
import zipfile
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sample_articles(shared: Path, n: int) -> list[str]:
    """Every k-th article of SaudiNewsNet (title + content), deterministic."""
    texts: list[str] = []
    for zpath in sorted((shared / "data/corpora/saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                texts += [f"{a.get('title') or ''}\n{a.get('content') or ''}" for a in json.loads(z.read(name))]
    texts = [t for t in texts if len(t) > 200]
    step = max(1, len(texts) // n)
    return texts[::step][:n]


def bench_crf(texts: list[str]) -> dict[str, float]:
    from marsad.document import Document
    from marsad.ner.tagger import load_tagger
    from marsad.resources import Resources
    from marsad.stages.basics import sentences, tokens

    res = Resources()
    t0 = time.perf_counter()
    _ = res.vocab
    vocab_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    tagger = load_tagger(res)
    load_s = time.perf_counter() - t0
    prepared = []
    for text in texts:
        doc = Document(text)
        prepared.append((text, tokens(doc, res), sentences(doc, res)))
    tagger.tag(*prepared[0])  # warm-up
    n_tok = sum(len(p[1]) for p in prepared)
    n_ent = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for text, toks, sents in prepared:
        n_ent += len(tagger.tag(text, toks, sents))
    elapsed, wall = time.process_time() - c0, time.perf_counter() - t0
    return {"load_s": load_s, "vocab_s": vocab_s, "seconds": elapsed, "wall": wall, "tokens": n_tok,
            "articles": len(texts), "entities": n_ent, "peak_rss_mb": peak_rss_mb()}


def bench_bert(texts: list[str]) -> dict[str, float] | None:
    try:
        import torch
        from transformers import BertConfig, BertForTokenClassification
    except ImportError:
        return None
    from marsad.text.tokenize import tokenize

    torch.set_num_threads(1)
    t0 = time.perf_counter()
    config = BertConfig(num_labels=9)
    model = BertForTokenClassification(config).eval()
    load_s = time.perf_counter() - t0
    batches = []
    for text in texts:
        words = [1000 + hash(text[t.start : t.end]) % 29000 for t in tokenize(text)][:510]
        ids = [101, *words, 102]
        batches.append(torch.tensor([ids]))
    n_tok = sum(b.shape[1] for b in batches)
    with torch.inference_mode():
        model(batches[0])  # warm-up
        t0, c0 = time.perf_counter(), time.process_time()
        for ids in batches:
            model(ids).logits.argmax(-1)
        elapsed, wall = time.process_time() - c0, time.perf_counter() - t0
    return {"load_s": load_s, "seconds": elapsed, "wall": wall, "tokens": n_tok, "articles": len(texts),
            "peak_rss_mb": peak_rss_mb()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--bert-articles", type=int, default=20, help="BERT is slow: a subset of the same articles")
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "data/corpora/saudinewsnet").is_dir():
        raise SystemExit(f"SaudiNewsNet not found under {shared}")
    texts = sample_articles(shared, args.articles)
    chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} SaudiNewsNet articles, mean {chars:.0f} chars; one core (OMP_NUM_THREADS=1)")
    crf = bench_crf(texts)
    print(f"CRF tagger: model load {crf['load_s']:.3f}s (+ shared vocabulary {crf['vocab_s']:.3f}s), "
          f"{crf['tokens'] / crf['seconds']:,.0f} tokens/s/core, "
          f"{crf['articles'] / crf['seconds']:.1f} articles/s/core "
          f"({1000 * crf['seconds'] / crf['articles']:.2f} ms/article, {crf['entities']} entities; "
          f"wall {crf['wall']:.2f}s), "
          f"peak RSS {crf['peak_rss_mb']:.0f} MB")
    bert = bench_bert(texts[: args.bert_articles])
    if bert is None:
        print("BERT-base token classifier: not installed (pip install torch==2.13.0 transformers)")
        return
    print(f"BERT-base token classifier (random weights, <=512 tokens): build {bert['load_s']:.2f}s, "
          f"{bert['tokens'] / bert['seconds']:,.0f} tokens/s/core, {bert['articles'] / bert['seconds']:.2f} "
          f"articles/s/core (wall {bert['wall']:.2f}s), peak RSS {bert['peak_rss_mb']:.0f} MB")
    ratio = (crf["articles"] / crf["seconds"]) / (bert["articles"] / bert["seconds"])
    print(f"speed-up (articles/s): {ratio:.0f}x")


if __name__ == "__main__":
    main()
