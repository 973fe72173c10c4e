"""marsad's own name lists as tagger features: which words start or continue a listed name.

The lists are the project's lexicons, shipped with it (countries, places, organizations, agencies,
outlets, leaders, given names: written for marsad or built from CLDR/iso-codes; and 13,000 words of
person names, Arab and foreign, from arabnamer's and Faker's lists: ``scripts/build_name_lists.py``), so
the tagger can look them up at run time. A name matches as its lexical keys (the words without و/ف/ب/ل/ك/س
proclitics: وموسكو → موسكو), as its first key followed by folded words, or as folded words; every
match counts, not only the longest. Each word gets ``mz=B-LOC`` / ``mz=I-PER`` ... for the names it
starts or continues, and the same marks of its neighbours at ±1 (``mz-1=``, ``mz+1=``). Given names
have their own kind (``GIVEN``): a given name starts a person's name but is not one; so do the words of
the large person-name list (``PNAME``), which holds ordinary words too (أمين, رمضان) and weighs less.

The research-use ANERgazet lists in ../shared are not used here (they are not shipped); they reach the
tagger only through the corpus tag profile (see ``scripts/train_ner.py``).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

from marsad.ner.lexicon import read_model_tsv
from marsad.resources import Resources
from marsad.text.normalize import fold

# (lexicon, kind) of the lists the features read; the names are each list's "name" column
NAME_LISTS = (
    ("countries", "LOC"), ("places", "LOC"), ("organizations", "ORG"), ("agencies", "ORG"), ("outlets", "ORG"),
    ("leaders", "PER"), ("given_names", "GIVEN"), ("person_names", "PNAME"),
)
NAME_COLUMN = {"agencies": "alias"}  # lists whose names stand in another column
# the lists as the shipped model was trained with them (model folder): the tagger reads these, not the lexicons,
# so that a list growing after training changes no feature the model's weights were fitted to
NAMES_FILE = "ner_names.tsv.gz"


@dataclass(frozen=True)
class NameLists:
    names: dict[tuple[str, ...], frozenset[str]]  # folded words of a name → its kinds
    prefixes: frozenset[tuple[str, ...]]  # every leading part of a name (the name itself included)
    prefix: str = "mz"  # of the feature names: mz=B-LOC, mz-1=I-PER ...
    # the first words of the names, derived from ``prefixes`` (most words start none: one string look-up)
    firsts: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "firsts", frozenset(p[0] for p in self.prefixes if len(p) == 1))

    @classmethod
    def build(cls, entries: Iterable[tuple[str, str]]) -> NameLists:
        """From ``(name, kind)`` pairs (names as written; folded and split on spaces here)."""
        kinds: dict[tuple[str, ...], set[str]] = {}
        for name, kind in entries:
            words = tuple(fold(name).split())
            if words:
                kinds.setdefault(words, set()).add(kind)
        return cls.of(kinds)

    @classmethod
    def of(cls, names: Mapping[tuple[str, ...], AbstractSet[str]], prefix: str = "mz") -> NameLists:
        """From names already folded and split into words, with their kinds."""
        prefixes = frozenset(words[:n] for words in names for n in range(1, len(words) + 1))
        return cls({k: frozenset(v) for k, v in names.items()}, prefixes, prefix)

    @classmethod
    def load(cls, res: Resources) -> NameLists:
        return cls.build((row[NAME_COLUMN.get(name, "name")], kind) for name, kind in NAME_LISTS
                         for row in res.table(name, 1))

    @classmethod
    def read(cls, path: Path) -> NameLists:
        """The lists of a snapshot file (:meth:`write`)."""
        return cls.of({tuple(row[0].split(" ")): frozenset(row[1].split(",")) for row in read_model_tsv(path, 2)})

    def write(self, path: Path) -> None:
        """A snapshot of the lists (folded name, kinds), sorted, byte for byte the same for the same lists."""
        lines = [f"{' '.join(words)}\t{','.join(sorted(kinds))}\n" for words, kinds in sorted(self.names.items())]
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
            f.write(("# source: marsad's own name lists (lexicons " + ", ".join(n for n, _ in NAME_LISTS)
                     + ") as the tagger was trained with them, folded; licence: as those lists (Apache-2.0, CC BY 4.0, "
                     "MIT, Unicode License, LGPL-2.1)\n# folded name\tkinds\n").encode("utf-8"))
            f.write("".join(lines).encode("utf-8"))

    def marks(self, keys: Sequence[str], forms: Sequence[str]) -> dict[int, list[str]]:
        """The features of the words of a sentence that have any (by word index), given the words' lexical
        keys and folded forms: the word's own marks, then its left and right neighbours' (each sorted)."""
        n_words = len(keys)
        own: dict[int, set[str]] = {}
        names, prefixes = self.names, self.prefixes
        b_mark, i_mark = self.prefix + "=B-", self.prefix + "=I-"
        firsts = self.firsts
        for i in range(n_words):
            # the three ways a name may be written from word i: keys only, the first key then folded forms,
            # folded forms only (the last is the second when the word has no proclitic)
            key, form = keys[i], forms[i]
            if key in firsts:
                starts = [(key, keys), (key, forms)]
                if form != key and form in firsts:
                    starts.append((form, forms))
            elif form != key and form in firsts:
                starts = [(form, forms)]
            else:
                continue
            for first, rest in starts:
                name: tuple[str, ...] = (first,)
                n = 1
                while name in prefixes:
                    for kind in names.get(name, ()):
                        own.setdefault(i, set()).add(b_mark + kind)
                        for j in range(i + 1, i + n):
                            own.setdefault(j, set()).add(i_mark + kind)
                    if i + n >= n_words:
                        break
                    name = (*name, rest[i + n])
                    n += 1
        plain, left, right = self.prefix + "=", self.prefix + "-1=", self.prefix + "+1="
        out: dict[int, list[str]] = {}
        for i in sorted({j for k in own for j in (k - 1, k, k + 1) if 0 <= j < n_words}):
            f = sorted(own.get(i, ()))
            f += [x.replace(plain, left, 1) for x in sorted(own.get(i - 1, ()))]
            f += [x.replace(plain, right, 1) for x in sorted(own.get(i + 1, ()))]
            out[i] = f
        return out
