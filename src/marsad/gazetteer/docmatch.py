"""The gazetteer's matches of one document, shared by the countries and entities stages.

:func:`document_matches` gives the token keys, the known names (longest match per token; a name found after letters
that belong to the word is left out: كلاوس is not ك + لاوس; clubs only in sport news), the nisba adjectives and the
phrases that name nothing, and keeps the last document's so the second stage does not match it again.
:func:`country_matches` is the countries stage's share of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from marsad.document import Token
from marsad.gazetteer.lexicon import Gazetteer, load_gazetteer
from marsad.gazetteer.match import Match, TokenKey, find_all, match_at, sport_news, token_keys
from marsad.gazetteer.spans import WIDE_LISTS, names_accord
from marsad.resources import Resources


def doc_matches(text: str, tokens: Sequence[Token], res: Resources) -> tuple[list[TokenKey], list[Match], list[Match]]:
    """Token keys, gazetteer names and nisba adjectives of ``text`` (see :func:`document_matches`)."""
    keys, names, nisba, _ = document_matches(text, tokens, res)
    return keys, names, nisba


def document_matches(text: str, tokens: Sequence[Token],
                 res: Resources) -> tuple[list[TokenKey], list[Match], list[Match], list[Match]]:
    """Token keys, gazetteer names, nisba adjectives of ``text``, and the phrases that name nothing.

    The countries and entities stages both need them; the last result is kept (for the same
    ``tokens`` object and text) so the second stage does not match the document again.
    """
    memo: dict[str, tuple[Sequence[Token], str, tuple[list[TokenKey], list[Match], list[Match], list[Match]]]]
    memo = res.cached("gazetteer.last_document", dict)
    last = memo.get("last")
    if last is not None and last[0] is tokens and last[1] == text:
        return last[2]
    gaz = load_gazetteer(res)
    keys = token_keys(text, tokens)
    vocab = res.vocab
    found = find_all(gaz.names, keys)
    names = [m for m in found if m.entry.type != "NONE" and not _clitic_by_chance(m, keys, vocab)]
    names = _quoted_after_head(names, keys, gaz)
    if any(m.entry.context == "sports" for m in names):
        sport = sport_news(keys, gaz.sports)  # الهلال, الاتحاد: clubs in sport news only
        names = [m for m in names if m.entry.context != "sports" or (sport and not _plain_sense(m, keys, gaz))]
        names = [m for m in names if m.entry.context != "sports" or _club_here(m, names, keys, text, gaz)]
    result = (keys, names, find_all(gaz.nisba, keys), [m for m in found if m.entry.type == "NONE"])
    memo["last"] = (tokens, text, result)
    return result


QUOTED = "quoted_after_head"  # the source of a name read between quotation marks after its head noun
QUOTED_NAME_TOKENS = 5  # the longest name read between quotation marks after its head noun


def _quoted_after_head(names: list[Match], keys: Sequence[TokenKey], gaz: Gazetteer) -> list[Match]:
    """A name in quotation marks right after its head noun is the body the list names with the head: in حركة
    «الشباب» or حزب "الأمة" the quoted words are the span, linked to the entry of "حركة الشباب", "حزب الأمة" (not
    to the club الشباب, nor left unmatched)."""
    found: list[Match] = []
    n = len(keys)
    for i in range(1, n - 2):
        if keys[i].kind != "punct" or keys[i].key not in _QUOTES or keys[i - 1].kind != "arabic":
            continue
        close = next((j for j in range(i + 2, min(n, i + 2 + QUOTED_NAME_TOKENS))
                      if keys[j].kind == "punct" and keys[j].key in _QUOTES), None)
        if close is None:
            continue
        m = match_at(gaz.names, [keys[i - 1], *keys[i + 1 : close]], 0)
        if m is None or m.last != close - i or m.entry.type == "NONE":
            continue
        # read through its head, the name is sure: no longer one of the wide lists' one-word names that need a reading
        found.append(Match(i + 1, close, keys[i + 1].start, keys[close - 1].end, replace(m.entry, source=QUOTED)))
    if not found:
        return names
    kept = [m for m in names if not any(f.first < m.last and m.first < f.last for f in found)]
    return sorted([*kept, *found], key=lambda m: m.first)


def _plain_sense(m: Match, keys: Sequence[TokenKey], gaz: Gazetteer) -> bool:
    """A club named by a common word that a neighbour reads in the word's own sense (``club_senses.tsv``):
    "درجة الشباب" the youth grade, "هؤلاء الشباب", "اللاعبين الشباب", "الشباب والناشئين"."""
    before, after = gaz.club_senses.get("before", frozenset()), gaz.club_senses.get("after", frozenset())
    return (m.first > 0 and any(k in before for k, _ in keys[m.first - 1].variants)) or (
        m.last < len(keys) and any(k in after for k, _ in keys[m.last].variants))


CLUB_WINDOW = 8  # tokens each side of a club named by an everyday word where a word of the club must stand
_SENTENCE_END = frozenset(".!?؟")
_QUOTES = frozenset('"«»“”')


def _club_here(m: Match, names: Sequence[Match], keys: Sequence[TokenKey], text: str, gaz: Gazetteer) -> bool:
    """A club whose one-word name is an everyday word (``club_cues.tsv``: الشباب "the youth") is the club only
    with a word of the club within :data:`CLUB_WINDOW` tokens in its sentence (فريق, لاعب, مباراة, صفوف, a word of
    sport news), another club beside it ("الهلال والشباب"), or in quotation marks; "توعية الشباب" is no club."""
    if m.last - m.first != 1 or not any(k in gaz.club_local for k, s in keys[m.first].variants if s == m.start):
        return True
    if (m.start > 0 and text[m.start - 1] in _QUOTES) or (m.end < len(text) and text[m.end] in _QUOTES):
        return True
    lo, hi = _sentence_window(keys, m.first, m.last)
    cues = gaz.club_cues
    if any(k in cues for i in range(lo, hi) if not m.first <= i < m.last for k, _ in keys[i].variants):
        return True
    return any(o is not m and o.entry.context == "sports" and lo <= o.first < hi for o in names)


def _sentence_window(keys: Sequence[TokenKey], first: int, last: int) -> tuple[int, int]:
    """Token bounds of up to :data:`CLUB_WINDOW` tokens each side of ``first:last``, within the sentence."""
    lo = first
    while lo > 0 and first - lo < CLUB_WINDOW and keys[lo - 1].key not in _SENTENCE_END:
        lo -= 1
    hi = last
    while hi < len(keys) and hi - last < CLUB_WINDOW and keys[hi].key not in _SENTENCE_END:
        hi += 1
    return lo, hi


def _clitic_by_chance(m: Match, keys: Sequence[TokenKey], vocab: Mapping[str, int]) -> bool:
    """A name found after stripping letters that are part of the word: كلاوس is not ك + لاوس.

    The stripped reading needs the remainder to be at least as frequent as the whole word; after the conjunction و
    alone, a quarter as frequent (a name written mostly in a pair: "الفوعة وكفريا")."""
    k = keys[m.first]
    if m.start == k.start:
        return False
    rest = next((key for key, start in k.variants if start == m.start), None)
    share = AND_SHARE if k.key[:1] == "و" and m.start == k.start + 1 else 1
    return rest is not None and vocab.get(k.key, 0) > share * vocab.get(rest, 0)


AND_SHARE = 4  # a name after و: the whole word may be this many times as frequent as the name alone


def country_matches(text: str, tokens: Sequence[Token], res: Resources) -> tuple[list[Match], list[Match]]:
    """Gazetteer names and nisba adjectives of ``text`` (for the countries layer); a city that names an accord
    ("اتفاقات مينسك") is left out, and so are the names of the wide lists (their countries reach the article
    through the entities, where a one-word name needs the tagger's reading)."""
    keys, names, nisba = doc_matches(text, tokens, res)
    gaz = load_gazetteer(res)
    return [m for m in names if not names_accord(m.first, m.entry.kind, keys, gaz)
            and m.entry.source not in WIDE_LISTS], nisba
