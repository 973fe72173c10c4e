"""Lexicon files: a named column header, rows read by column name, errors that name the file, line and column."""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest

from marsad.errors import ResourceError
from marsad.resources import COLUMNS_PREFIX, LEXICON_DIR, Resources, parse_table, read_table

SHIPPED = sorted(p for p in LEXICON_DIR.iterdir() if p.name.endswith((".tsv", ".tsv.gz")))


def _header(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.startswith("#")]


def test_every_lexicon_is_listed() -> None:
    assert len(SHIPPED) >= 40


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_lexicon_has_a_columns_header_and_loads(path: Path) -> None:
    header = _header(path)
    assert header[0].startswith("# ") and "source" in header[0]
    declared = [line for line in header if line.startswith(COLUMNS_PREFIX)]
    assert len(declared) == 1, path.name
    columns = declared[0][len(COLUMNS_PREFIX):].strip().split("\t")
    assert all(c.isidentifier() and c == c.lower() for c in columns), columns
    rows = parse_table(path, 0)
    assert rows, path.name
    assert all(list(row) == columns for row in rows)
    assert any(row[columns[0]] for row in rows)



@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_lexicon_repeats_no_row(path: Path) -> None:
    counts = Counter(tuple(row.values()) for row in parse_table(path, 0))
    repeated = sorted(row for row, n in counts.items() if n > 1)
    assert repeated == [], f"{path.name}: {repeated[:3]}"

def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sample.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_are_read_by_column_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "# source: written for a test; licence: none\n# columns: word\tkind\tnote\n"
                            "# a comment line\nقال\tverb\n\n  أكد \tverb\tsure\n")
    assert parse_table(path, 2) == [{"word": "قال", "kind": "verb", "note": ""},
                                    {"word": "أكد", "kind": "verb", "note": "sure"}]


def test_a_lexicon_without_a_columns_header_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "# source: written for a test; licence: none\n# word\tkind\nقال\tverb\n")
    with pytest.raises(ResourceError, match=r"sample\.tsv:3: no '# columns:' header"):
        parse_table(path)


def test_an_empty_lexicon_without_a_columns_header_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "# source: written for a test; licence: none\n")
    with pytest.raises(ResourceError, match=r"sample\.tsv: no '# columns:' header"):
        parse_table(path)


def test_a_lexicon_without_a_source_line_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "قال\tverb\n")
    with pytest.raises(ResourceError, match=r"sample\.tsv:1: first line"):
        parse_table(path)


def test_a_row_with_more_fields_than_columns_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "# source: test\n# columns: word\tkind\nقال\tverb\nأكد\tverb\textra\n")
    with pytest.raises(ResourceError, match=r"sample\.tsv:4: 3 fields, 2 columns \(word, kind\)"):
        parse_table(path)


def test_an_empty_required_field_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "# source: test\n# columns: word\tkind\nقال\tverb\nأكد\t \n")
    assert parse_table(path, 1)[1] == {"word": "أكد", "kind": ""}
    with pytest.raises(ResourceError, match=r"sample\.tsv:4: column 'kind' is empty"):
        parse_table(path, 2)
    short = _write(tmp_path, "# source: test\n# columns: word\tkind\nقال\n")
    with pytest.raises(ResourceError, match=r"sample\.tsv:3: column 'kind' is empty"):
        parse_table(short, 2)


def test_bad_column_headers_are_refused(tmp_path: Path) -> None:
    twice = _write(tmp_path, "# source: test\n# columns: word\tword\nقال\tverb\n")
    with pytest.raises(ResourceError, match=r"sample\.tsv:2: column names"):
        parse_table(twice)
    late = _write(tmp_path, "# source: test\n# columns: word\nقال\n# columns: word\n")
    with pytest.raises(ResourceError, match=r"sample\.tsv:4: a second or late"):
        parse_table(late)
    too_many = _write(tmp_path, "# source: test\n# columns: word\nقال\n")
    with pytest.raises(ResourceError, match=r"3 required columns, 1 named"):
        parse_table(too_many, 3)


def test_a_gzipped_lexicon_is_read_alike(tmp_path: Path) -> None:
    path = tmp_path / "counts.tsv.gz"
    path.write_bytes(gzip.compress("# source: test\n# columns: word\tcount\nفي\t12\n".encode()))
    assert parse_table(path, 2) == [{"word": "في", "count": "12"}]


def test_resources_cache_tables_and_read_the_vocabulary_by_name() -> None:
    res = Resources()
    assert res.table("weekdays", 2) is res.table("weekdays", 2)
    assert {row["isoweekday"] for row in read_table("weekdays", 2)} == {str(d) for d in range(1, 8)}
    assert res.vocab["في"] > 1000
