"""The time lexicons (data files under ``marsad/lexicons/``) and the regex pieces built from them.

Files read: ``months.tsv`` (name, calendar, month, variant), ``weekdays.tsv`` (name, ISO weekday),
``number_words.tsv`` (word, value, kind), ``time_units.tsv`` (form, unit, grammatical number) and
``times_relative.tsv`` (kind, phrase, value: relative days, relative modifiers, period nouns, parts
of day, clock periods, references, sets, position modifiers, quantity modifiers, decades,
centuries, holidays, future markers and the context word lists).

Every key is folded with :func:`marsad.text.normalize.fold`, so the patterns match the normalized
copy of a text. :func:`alt` turns a word list into a regex alternation (longest first, spaces as
``\\s+``); words starting with the article ال also match the contracted form after ل (للعام).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import ResourceError
from marsad.resources import Resources
from marsad.text.normalize import fold

UNITS = ("S", "MIN", "H", "D", "W", "M", "Y", "DE", "CE")


def alt(words: Iterable[str], article_contraction: bool = True) -> str:
    """A non-capturing alternation of folded ``words``, ending at a word boundary.

    The alternation is written as a character trie (common prefixes shared), so a failing match
    costs one or two character tests instead of one test per word: the matcher runs a dozen such
    patterns over every article and must stay within a few milliseconds.
    """
    variants: set[str] = set()
    for w in words:
        if not w:
            continue
        variants.add(w)
        if article_contraction and w.startswith("ال") and len(w) > 3:
            variants.add("لل" + w[2:])
    if not variants:
        return "(?!)"
    trie: dict[str, Any] = {}
    for w in variants:
        node = trie
        for ch in " ".join(w.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + r")(?![^\W\d_])"  # a digit may follow (تشرين الثاني2009)


def _trie_regex(node: dict[str, Any]) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body


def _key(text: str) -> str:
    """Lexicon key of a matched phrase: folded, single spaces, contracted article restored."""
    k = " ".join(fold(text).split())
    if k.startswith("لل") and len(k) > 3:
        k = "ال" + k[2:]
    return k


@dataclass
class TimeLexicon:
    months: dict[str, tuple[str, int]] = field(default_factory=dict)  # key -> (calendar, month)
    weekdays: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, tuple[int, str]] = field(default_factory=dict)
    units: dict[str, tuple[str, int]] = field(default_factory=dict)  # form -> (unit, number)
    rel: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))

    def key(self, text: str) -> str:
        return _key(text)

    def kind(self, kind: str) -> dict[str, str]:
        return self.rel.get(kind, {})

    def month(self, text: str) -> tuple[str, int] | None:
        return self.months.get(_key(text))

    def weekday(self, text: str) -> int | None:
        return self.weekdays.get(_key(text))


def load_lexicon(res: Resources) -> TimeLexicon:
    lex = TimeLexicon()
    for row in res.table("months", 4):
        name, calendar, month = row["name"], row["calendar"], row["month"]
        if calendar not in ("gregorian", "hijri") or not month.isdigit() or not 1 <= int(month) <= 12:
            raise ResourceError(f"months.tsv: bad row {name!r} {calendar!r} {month!r}")
        lex.months[_key(name)] = (calendar, int(month))
    for row in res.table("weekdays", 2):
        name, day = row["name"], row["isoweekday"]
        if not day.isdigit() or not 1 <= int(day) <= 7:
            raise ResourceError(f"weekdays.tsv: bad weekday number for {name!r}")
        lex.weekdays[_key(name)] = int(day)
    for row in res.table("number_words", 3):
        lex.numbers[_key(row["word"])] = (int(row["value"]), row["kind"])
    for row in res.table("time_units", 3):
        form, unit, number = row["form"], row["unit"], row["number"]
        if unit not in UNITS:
            raise ResourceError(f"time_units.tsv: unknown unit {unit!r} for {form!r}")
        lex.units[_key(form)] = (unit, int(number))
    for row in res.table("given_names", 1):  # "أحمد الخميس": a weekday after a given name may be a family name
        lex.rel["givenname"][_key(row["name"])] = "1"
    for row in res.table("times_relative", 3):
        lex.rel[row["kind"]][_key(row["phrase"])] = row["value"]
    for needed in ("dayref", "relmod", "period", "part", "clock", "ref", "set", "mod", "qmod"):
        if not lex.rel.get(needed):
            raise ResourceError(f"times_relative.tsv: no rows of kind {needed!r}")
    return lex
