"""Lexicons and models, loaded in one place.

Lexicons are UTF-8 TSV files under ``marsad/lexicons/`` (optionally gzipped). Lines starting with
``#`` are the header: the first names the file's source and licence. Every other non-blank line is
a row of tab-separated fields. A missing or malformed lexicon raises :class:`ResourceError` when a
pipeline that needs it is built, not half-way through a batch.
"""

from __future__ import annotations

import gzip
import logging
from functools import cached_property
from importlib import resources as ir
from pathlib import Path
from typing import Any

from marsad.errors import ResourceError

log = logging.getLogger(__name__)

PACKAGE_ROOT = Path(str(ir.files("marsad")))
LEXICON_DIR = PACKAGE_ROOT / "lexicons"
MODEL_DIR = PACKAGE_ROOT / "models"


def lexicon_path(name: str) -> Path:
    for candidate in (LEXICON_DIR / name, LEXICON_DIR / f"{name}.tsv", LEXICON_DIR / f"{name}.tsv.gz"):
        if candidate.is_file():
            return candidate
    raise ResourceError(f"lexicon {name!r} not found in {LEXICON_DIR}")


def read_rows(name: str, min_fields: int = 1) -> list[tuple[str, ...]]:
    """Rows of lexicon ``name`` (header and blank lines skipped), each with at least ``min_fields``."""
    path = lexicon_path(name)
    opener: Any = gzip.open if path.suffix == ".gz" else open
    rows: list[tuple[str, ...]] = []
    with opener(path, "rt", encoding="utf-8") as f:
        first = f.readline()
        if not first.startswith("#"):
            raise ResourceError(f"lexicon {path.name}: first line must be a '# source' header")
        for lineno, line in enumerate(f, start=2):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = tuple(x.strip() for x in line.split("\t"))
            if len(fields) < min_fields:
                raise ResourceError(f"lexicon {path.name}:{lineno}: expected {min_fields} tab-separated fields")
            rows.append(fields)
    return rows


class Resources:
    """Lazily loaded, cached resources shared by the stages of a pipeline (read-only after loading)."""

    def __init__(self) -> None:
        self._lexicons: dict[tuple[str, int], list[tuple[str, ...]]] = {}
        self._cache: dict[str, Any] = {}

    def rows(self, name: str, min_fields: int = 1) -> list[tuple[str, ...]]:
        key = (name, min_fields)
        if key not in self._lexicons:
            self._lexicons[key] = read_rows(name, min_fields)
        return self._lexicons[key]

    def cached(self, key: str, build: Any) -> Any:
        """Memoize ``build()`` under ``key`` (for compiled lexicons, matchers, models)."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    @cached_property
    def vocab(self) -> dict[str, int]:
        return {row[0]: int(row[1]) for row in self.rows("vocab", 2)}

    @cached_property
    def tokenizer(self) -> Any:
        from marsad.text.tokenize import Tokenizer

        return Tokenizer(self.vocab)


_DEFAULT: Resources | None = None


def default_resources() -> Resources:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Resources()
    return _DEFAULT
