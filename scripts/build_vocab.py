"""Build ``src/marsad/lexicons/vocab.tsv.gz``: normalized word counts from SaudiNewsNet.

Data: ../shared/data/corpora/saudinewsnet/*.zip (SaudiNewsNet, CC BY-NC-SA 4.0). The output is a
derived word-frequency list (no running text), used by the clitic segmenter.
Rebuild: ``.venv/bin/python scripts/build_vocab.py [--shared ../shared] [--top 120000]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

from marsad.text.normalize import fold

WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f\u0670]+")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--top", type=int, default=120000)
    ap.add_argument("--out", default="src/marsad/lexicons/vocab.tsv.gz")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    for zpath in sorted(Path(args.shared, "data/corpora/saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    text = f"{art.get('title') or ''}\n{art.get('content') or ''}"
                    counts.update(fold(w) for w in WORD.findall(text))
    with gzip.open(args.out, "wt", encoding="utf-8") as f:
        f.write("# normalized word counts; source: SaudiNewsNet (CC BY-NC-SA 4.0); built by scripts/build_vocab.py\n")
        f.write("# columns: word\tcount\n")
        for w, c in counts.most_common(args.top):
            if c < 3:
                break
            f.write(f"{w}\t{c}\n")


if __name__ == "__main__":
    main()
