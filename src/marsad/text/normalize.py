"""Arabic normalization on a copy of the text, with an index map back to the original.

The original text is never rewritten. :func:`normalize` returns a :class:`Normalized` whose
``text`` is the normalized copy and whose ``to_orig`` maps every normalized offset back to the
original, so that a match found in the normalized copy becomes a span of the original text.

What is folded (each a flag of :class:`NormOptions`):
- diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) are removed;
- tatweel (ـ), bidi control marks, BOM, zero-width joiners are removed;
- alef forms أ إ آ ٱ → ا; alef maqsura ى → ي; taa marbuta ة → ه;
- optionally hamza carriers ؤ → و, ئ → ي (off by default: they distinguish words);
- Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII digits;
- Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → their NFKC letters (one form may
  become two letters: ﻻ → لا; both map back to the one original character).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_DIACRITICS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"} | {
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)
}
_TATWEEL = "\u0640"
_INVISIBLE = {
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u00ad",
}
_ALEF = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}


@dataclass(frozen=True, slots=True)
class NormOptions:
    diacritics: bool = True
    tatweel: bool = True
    invisible: bool = True
    alef: bool = True
    alef_maqsura: bool = True
    taa_marbuta: bool = True
    hamza_carriers: bool = False
    digits: bool = True
    presentation_forms: bool = True


DEFAULT = NormOptions()


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized copy of ``original`` and the map from its offsets back to the original.

    ``index[i]`` is the original offset of normalized character ``i``; ``index[len(text)]`` is
    ``len(original)``.
    """

    original: str
    text: str
    index: tuple[int, ...]

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span ``[start, end)`` to the smallest original span covering it."""
        if start >= end:
            pos = self.index[start]
            return pos, pos
        return self.index[start], self._orig_end(end)

    def _orig_end(self, end: int) -> int:
        pos = self.index[end - 1] + 1
        # Keep combining marks (diacritics) that belong to the last letter inside the span.
        limit = self.index[end] if end < len(self.text) else len(self.original)
        while pos < limit and self.original[pos] in _DIACRITICS:
            pos += 1
        return pos


@lru_cache(maxsize=4096)
def _fold_char(ch: str, opts: NormOptions) -> str:
    if opts.diacritics and ch in _DIACRITICS:
        return ""
    if opts.tatweel and ch == _TATWEEL:
        return ""
    if opts.invisible and ch in _INVISIBLE:
        return ""
    cp = ord(ch)
    if opts.presentation_forms and (0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF):
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch:
            return "".join(_fold_char(c, opts) for c in folded)
    if opts.alef and ch in _ALEF:
        return _ALEF[ch]
    if opts.alef_maqsura and ch == "ى":
        return "ي"
    if opts.taa_marbuta and ch == "ة":
        return "ه"
    if opts.hamza_carriers and ch in "ؤئ":
        return "و" if ch == "ؤ" else "ي"
    if opts.digits and ch in _DIGITS:
        return _DIGITS[ch]
    return ch


_NEEDS_WORK = re.compile(
    "[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u061c\ufeff\u202a-\u202e\u2066-\u2069\u00ad"
    "أإآٱىةؤئ\u0660-\u0669\u06f0-\u06f9\ufb50-\ufdff\ufe70-\ufeff]"
)


_DELETE = "".join(sorted(_DIACRITICS | {_TATWEEL} | _INVISIBLE))
_TABLE: dict[int, str | None] = {ord(c): None for c in _DELETE}
_TABLE.update({ord(c): v for c, v in _ALEF.items()})
_TABLE.update({ord("ى"): "ي", ord("ة"): "ه"})
_TABLE.update({ord(c): v for c, v in _DIGITS.items()})
_DELETED = re.compile("[" + "".join(re.escape(c) for c in _DELETE) + "]+")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def _fast_default(text: str) -> Normalized:
    """The default options with ``str.translate`` and one regex pass for deletions (no per-char loop)."""
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return Normalized(text, folded, tuple(range(len(text) + 1)))
    index: list[int] = []
    pos = 0
    for m in _DELETED.finditer(text):
        index.extend(range(pos, m.start()))
        pos = m.end()
    index.extend(range(pos, len(text)))
    index.append(len(text))
    return Normalized(text, folded, tuple(index))


def normalize(text: str, opts: NormOptions = DEFAULT) -> Normalized:
    """Normalize ``text`` (see module doc) and keep the offset map back to it."""
    if not _NEEDS_WORK.search(text):
        return Normalized(text, text, tuple(range(len(text) + 1)))
    if opts == DEFAULT and not _PRESENTATION.search(text):
        return _fast_default(text)
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch, opts)
        for c in folded:
            out.append(c)
            index.append(i)
    index.append(len(text))
    return Normalized(text, "".join(out), tuple(index))


def fold(text: str, opts: NormOptions = DEFAULT) -> str:
    """The normalized string only (for lexicon keys and search terms; no offset map is built)."""
    if (opts is DEFAULT or opts == DEFAULT) and not _PRESENTATION.search(text):
        return text.translate(_TABLE)  # what _fast_default folds (and the identity where nothing needs work)
    return normalize(text, opts).text
