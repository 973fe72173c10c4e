"""Lexicons and models, loaded in one place.

Lexicons are UTF-8 TSV files under ``marsad/lexicons/`` (optionally gzipped). Lines starting with
``#`` are comments: the first names the file's source and licence, and one of the form
``# columns: name<TAB>name...`` names the columns. Every other non-blank line is a row of
tab-separated fields, read as a mapping from column name to field (fields stripped, missing trailing
fields empty). A missing or malformed lexicon raises :class:`ResourceError` naming the file, line and
column when a pipeline that needs it is built, not half-way through a batch.
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


COLUMNS_PREFIX = "# columns:"

Row = dict[str, str]


def read_table(name: str, required: int = 1) -> list[Row]:
    """Rows of lexicon ``name`` by column name; the first ``required`` columns may not be empty."""
    return parse_table(lexicon_path(name), required)


def parse_table(path: Path, required: int = 1) -> list[Row]:
    """Rows of the lexicon file at ``path`` (see :func:`read_table`), validated as they are read."""
    opener: Any = gzip.open if path.suffix == ".gz" else open
    rows: list[Row] = []
    columns: tuple[str, ...] | None = None
    with opener(path, "rt", encoding="utf-8") as f:
        first = f.readline()
        if not first.startswith("#"):
            raise ResourceError(f"lexicon {path.name}:1: first line must be a '# source' header")
        for lineno, line in enumerate(f, start=2):
            line = line.rstrip("\n")
            if line.startswith(COLUMNS_PREFIX):
                if columns is not None or rows:
                    raise ResourceError(f"lexicon {path.name}:{lineno}: a second or late '{COLUMNS_PREFIX}' header")
                columns = tuple(x.strip() for x in line[len(COLUMNS_PREFIX):].split("\t"))
                if not all(columns) or len(set(columns)) != len(columns):
                    raise ResourceError(f"lexicon {path.name}:{lineno}: column names must be non-empty and distinct")
                if required > len(columns):
                    raise ResourceError(f"lexicon {path.name}:{lineno}: {required} required columns, "
                                        f"{len(columns)} named")
                continue
            if not line.strip() or line.startswith("#"):
                continue
            if columns is None:
                raise ResourceError(f"lexicon {path.name}:{lineno}: no '{COLUMNS_PREFIX}' header before the first row")
            fields = [x.strip() for x in line.split("\t")]
            if len(fields) > len(columns):
                raise ResourceError(f"lexicon {path.name}:{lineno}: {len(fields)} fields, "
                                    f"{len(columns)} columns ({', '.join(columns)})")
            for k in range(required):
                if k >= len(fields) or not fields[k]:
                    raise ResourceError(f"lexicon {path.name}:{lineno}: column {columns[k]!r} is empty")
            fields += [""] * (len(columns) - len(fields))
            rows.append(dict(zip(columns, fields, strict=True)))
    if columns is None:
        raise ResourceError(f"lexicon {path.name}: no '{COLUMNS_PREFIX}' header")
    return rows


class Resources:
    """Lazily loaded, cached resources shared by the stages of a pipeline (read-only after loading)."""

    def __init__(self) -> None:
        self._tables: dict[tuple[str, int], list[Row]] = {}
        self._cache: dict[str, Any] = {}

    def table(self, name: str, required: int = 1) -> list[Row]:
        """Rows of lexicon ``name`` by column name (cached); the first ``required`` columns are non-empty."""
        key = (name, required)
        if key not in self._tables:
            self._tables[key] = read_table(name, required)
        return self._tables[key]

    def cached(self, key: str, build: Any) -> Any:
        """Memoize ``build()`` under ``key`` (for compiled lexicons, matchers, models)."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    @cached_property
    def vocab(self) -> dict[str, int]:
        return {row["word"]: int(row["count"]) for row in self.table("vocab", 0)}

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
