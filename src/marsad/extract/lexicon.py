"""The extraction lexicons, compiled once per :class:`Resources`: site furniture (``widgets``) and
news agencies / outlets (``agencies``). Both are data files under ``marsad/lexicons/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.resources import Resources, default_resources

_NON_WORD = re.compile(r"[^\w]+")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670]")


def line_key(text: str) -> str:
    """See :func:`_line_key`; memoized for short lines (widgets and labels repeat across pages)."""
    return _line_key_short(text) if len(text) <= 200 else _line_key(text)


@lru_cache(maxsize=16384)
def _line_key_short(text: str) -> str:
    return _line_key(text)


def _line_key(text: str) -> str:
    """A comparison key: letters folded (alef, yaa, taa marbuta), no diacritics, tatweel or
    punctuation, lower case, words joined by one space. ``"+ الخط -"`` → ``"الخط"``."""
    text = _DIACRITICS.sub("", fast_fold(text).replace("ـ", ""))
    return " ".join(_NON_WORD.sub(" ", text).split())


def fast_fold(text: str) -> str:
    """Alef forms, alef maqsura and taa marbuta folded, lower case (cheap: no regex, no per-char map)."""
    return (text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا")
            .replace("ى", "ي").replace("ة", "ه").lower())


def name_key(text: str) -> str:
    """Like :func:`line_key` with no spaces at all (``"أ.ف.ب"`` == ``"أ ف ب"``)."""
    return line_key(text).replace(" ", "").replace("_", "")


@dataclass(frozen=True)
class Agency:
    canonical: str
    kind: str  # agency | outlet | photo | generic


@dataclass(frozen=True)
class Lexicons:
    widget_line: dict[str, str]  # line_key -> kind
    widget_prefix: tuple[tuple[str, str], ...]  # (line_key prefix, kind)
    boilerplate: tuple[str, ...]  # phrases of boilerplate sentences (comment policy, legal...), fast-folded
    agencies: dict[str, Agency]  # name_key -> agency
    given: frozenset[str] = frozenset()  # name_key of the given names that start a person's name (given_names.tsv)

    def agency(self, name: str) -> Agency | None:
        key = name_key(name)
        if not key:
            return None
        hit = self.agencies.get(key)
        if hit is None and key.startswith("وكاله"):
            hit = self.agencies.get(key[5:])
        return hit

    def given_name(self, word: str) -> bool:
        """Whether a word starts a person's name: a listed given name, or عبد (عبدالله, عبد الرحمن)."""
        key = name_key(word)
        return key in self.given or key.startswith("عبد")

    def widget_kind(self, line: str) -> str | None:
        """The widget kind when the whole line is site furniture (by the lexicon), else ``None``."""
        if len(line) > 120:
            return None  # widgets are short; skip the key for paragraphs
        key = line_key(line)
        kind = self.widget_line.get(key)
        if kind is not None:
            return kind
        words = len(key.split())
        if words <= 6:
            for prefix, pkind in self.widget_prefix:
                if pkind == "section" and words > 2:
                    continue  # "تقارير دولية" is a label; "تقارير متضاربة حول ..." is a subheading
                if key.startswith(prefix) and (len(key) == len(prefix) or key[len(prefix)] == " "):
                    return pkind
        return None

    def boilerplate_hits(self, line: str) -> int:
        """How many different boilerplate phrases the line holds."""
        folded = fast_fold(line)
        return sum(1 for phrase in self.boilerplate if phrase in folded)

    def any_boilerplate(self, text: str) -> bool:
        folded = fast_fold(text)
        return any(phrase in folded for phrase in self.boilerplate)


def _build(res: Resources) -> Lexicons:
    line: dict[str, str] = {}
    prefix: list[tuple[str, str]] = []
    contains: list[str] = []
    for row in res.table("widgets", 3):
        phrase, kind, match = row["phrase"], row["kind"], row["match"]
        if match == "line":
            line.setdefault(line_key(phrase), kind)
        elif match == "prefix":
            key = line_key(phrase)
            if key:
                prefix.append((key, kind))
        elif match == "contains":
            contains.append(phrase)
    boiler = tuple(dict.fromkeys(fast_fold(" ".join(p.split())) for p in contains))
    agencies: dict[str, Agency] = {}
    for row in res.table("agencies", 2):
        kind = row["kind"] or "agency"
        agencies.setdefault(name_key(row["alias"]), Agency(row["canonical"], kind))
    prefix.sort(key=lambda p: len(p[0]), reverse=True)
    given = frozenset(name_key(row["name"]) for row in res.table("given_names", 1))
    return Lexicons(line, tuple(prefix), boiler, agencies, given)


def lexicons(res: Resources | None = None) -> Lexicons:
    res = res or default_resources()
    built: Lexicons = res.cached("extract.lexicons", lambda: _build(res))
    return built
