"""Reading WikiFANE Gold (fine-grained Arabic named entities of Wikipedia) as training data.

The corpus has ``TOKEN<TAB>B-/I-Class`` lines with 50 fine classes, a line holding only a tab between
sentences, a U+200E mark before most tokens, and the clitics و ف ب ل ك and the pronouns ه ها هم split off
as tokens of their own. The tagger reads news, where clitics are written joined, so :func:`read_wikifane`
strips the marks, can join the clitics back (``join_clitics``), and maps each class to a marsad type
with the ``wikifane_classes`` lexicon (``O`` for classes marsad does not name, such as peoples by a
plural nisba).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from marsad.resources import read_table

Sentence = list[tuple[str, str]]

MARKS = dict.fromkeys(map(ord, "\u200e\u200f\ufeff"))  # direction marks and BOMs, dropped from every token
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك"})
ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن"})
TYPES = frozenset({"PER", "ORG", "LOC", "MISC", "O"})


@dataclass(frozen=True, slots=True)
class FineClass:
    """One WikiFANE class: marsad's type for it and the finer kind its entities have ("" when none)."""

    type: str
    kind: str


def load_classes() -> dict[str, FineClass]:
    """The ``wikifane_classes`` lexicon: fine class -> marsad type and kind."""
    classes: dict[str, FineClass] = {}
    for row in read_table("wikifane_classes", 3):
        if row["type"] not in TYPES:
            raise ValueError(f"wikifane_classes: unknown type {row['type']!r} for {row['class']!r}")
        classes[row["class"]] = FineClass(row["type"], row.get("kind", ""))
    return classes


def map_tag(tag: str, classes: Mapping[str, FineClass]) -> str:
    """``B-Politician`` -> ``B-PER``; classes mapped to ``O``, unknown classes and malformed tags -> ``O``."""
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    fine = classes.get(tag[2:])
    return f"{tag[0]}-{fine.type}" if fine is not None and fine.type != "O" else "O"


def join_clitics(sentence: Sentence) -> Sentence:
    """Write split clitics joined, as news does: ``و|الرياض`` -> ``والرياض``, ``كتاب|ه`` -> ``كتابه``.

    A proclitic token joins the next word and takes that word's tag (a span never includes the
    proclitic, so its own tag is dropped); ل before the article writes لل (``ل|الأردن`` -> ``للأردن``).
    A pronoun token joins the previous word, which keeps its tag (ة before it is written ت: ``عاصمة|ها``
    -> ``عاصمتها``). Clitics with nothing to join stay.
    """
    out: Sentence = []
    prefix = ""
    for word, tag in sentence:
        if word in PROCLITICS:
            prefix += word
            continue
        if word in ENCLITICS and out and not prefix and out[-1][0][-1].isalpha():
            host = out[-1][0]
            out[-1] = ((host[:-1] + "ت" if host[-1] == "ة" else host) + word, out[-1][1])
            continue
        if prefix:
            if prefix.endswith("ل") and word.startswith("ال") and len(word) > 2:
                word = word[1:]
            word = prefix + word
            prefix = ""
        out.append((word, tag))
    if prefix:
        out.append((prefix, "O"))
    return out


def parse_fine(lines: Iterable[str]) -> list[Sentence]:
    """Sentences of ``(word, WikiFANE tag)`` as the file has them, direction marks stripped, clitics split."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in lines:
        word, _, tag = line.rstrip("\r\n").partition("\t")
        word = word.translate(MARKS).strip()
        if not word:
            if current:
                sentences.append(current)
                current = []
            continue
        current.append((word, tag.strip()))
    if current:
        sentences.append(current)
    return sentences


def parse_wikifane(lines: Iterable[str], classes: Mapping[str, FineClass], join: bool = True) -> list[Sentence]:
    """Sentences of ``(word, marsad tag)`` from WikiFANE lines (see the module docstring)."""
    out = []
    for sent in parse_fine(lines):
        mapped = [(w, map_tag(t, classes)) for w, t in sent]
        out.append(_repair(join_clitics(mapped) if join else mapped))
    return out


Mention = tuple[list[str], list[str], list[str], str]  # words before, the name, words after, fine class


def fine_mentions(sentence: Sentence, context: int = 2) -> list[Mention]:
    """The entities of a sentence as :func:`parse_fine` reads it, with up to ``context`` words on each side
    (split clitics are not counted as words: news writes them joined)."""
    words = [(w, t) for w, t in sentence if w not in PROCLITICS and w not in ENCLITICS]
    out: list[Mention] = []
    i = 0
    while i < len(words):
        tag = words[i][1]
        if not tag.startswith("B-"):
            i += 1
            continue
        j = i + 1
        while j < len(words) and words[j][1] == "I-" + tag[2:]:
            j += 1
        out.append(([w for w, _ in words[max(0, i - context) : i]], [w for w, _ in words[i:j]],
                    [w for w, _ in words[j : j + context]], tag[2:]))
        i = j
    return out


def _repair(sentence: Sentence) -> Sentence:
    """An ``I-`` tag that does not continue an entity of its type starts one (``O I-PER`` -> ``O B-PER``)."""
    out: Sentence = []
    prev = "O"
    for word, tag in sentence:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append((word, tag))
        prev = tag
    return out


def read_wikifane(path: str | Path, join: bool = True) -> list[Sentence]:
    """WikiFANE Gold at ``path`` as marsad training sentences (see :func:`parse_wikifane`)."""
    with open(path, encoding="utf-8-sig") as f:
        return parse_wikifane(f, load_classes(), join)
