"""The word knowledge of the named-entity features, read from the model files under ``marsad/models``.

Cue-word classes (``ner_cues.tsv``), word clusters and corpus statistics (``ner_words.tsv.gz``) and the corpus
tag profiles (``ner_corpus.tsv.gz``: how a first tagger tagged each key across SaudiNewsNet), all folded keys.
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import ResourceError


def read_model_tsv(path: Path, min_fields: int) -> list[list[str]]:
    """Rows of a TSV data file under ``marsad/models`` (optionally gzipped; ``#`` header first)."""
    if not path.is_file():
        raise ResourceError(f"named-entity model file {path} not found")
    opener = gzip.open if path.suffix == ".gz" else open
    rows: list[list[str]] = []
    with opener(path, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines[0].startswith("#"):
        raise ResourceError(f"{path.name}: first line must be a '# source' header")
    for line in lines:
        if not line or line[0] == "#" or line.isspace():
            continue
        fields = line.split("\t")
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
    # corpus tag profile: the features of how a first tagger tagged the key across SaudiNewsNet
    profile: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, model_dir: Path) -> Lexicon:
        cues = {row[1]: row[0] for row in read_model_tsv(model_dir / "ner_cues.tsv", 2)}
        clusters: dict[str, tuple[str, ...]] = {}
        stats: dict[str, tuple[str, ...]] = {}
        # few distinct values (1,024 cluster triples, dozens of statistics and profiles): one tuple each
        shared: dict[str, tuple[str, ...]] = {}

        def parsed(text: str) -> tuple[str, ...]:
            value = shared.get(text)
            if value is None:
                value = shared[text] = tuple(text.split(",")) if text else ()
            return value

        words = model_dir / "ner_words.tsv.gz"
        if words.is_file():
            for row in read_model_tsv(words, 3):
                clusters[row[0]] = parsed(row[1])
                if row[2]:
                    stats[row[0]] = parsed(row[2])
        profile: dict[str, tuple[str, ...]] = {}
        corpus = model_dir / PROFILE_FILE
        if corpus.is_file():
            for row in read_model_tsv(corpus, 2):
                profile[row[0]] = parsed(row[1])
        return cls(cues, clusters, stats, profile)


PROFILE_FILE = "ner_corpus.tsv.gz"
PROFILE_TYPES = ("PER", "LOC", "ORG", "MISC")


def parse_counts(field_text: str) -> dict[str, int]:
    """``"O:40,PER:12"`` → ``{"O": 40, "PER": 12}`` (a corpus tag profile as stored)."""
    out: dict[str, int] = {}
    for part in field_text.split(","):
        name, _, n = part.partition(":")
        if name and n.isdigit():
            out[name] = int(n)
    return out


def profile_features(counts: Mapping[str, int]) -> tuple[str, ...]:
    """Features of a key's corpus tag profile (how often a first tagger tagged it as each type).

    ``cte=`` buckets the share of its occurrences inside any entity; ``ct=TYPE`` marks each type
    that has at least 30% of them (``:hi`` at 70%). Thresholds chosen once, on the development split.
    """
    n = sum(counts.values())
    if not n:
        return ()
    ent = 1 - counts.get("O", 0) / n
    feats = ["cte=" + ("hi" if ent >= 0.7 else "mid" if ent >= 0.3 else "lo" if ent >= 0.05 else "no")]
    for t in PROFILE_TYPES:
        r = counts.get(t, 0) / n
        if r >= 0.3:
            feats.append("ct=" + t + (":hi" if r >= 0.7 else ""))
    return tuple(feats)
