"""Candidate spans of news outlets: a place named after a media noun or quoted alone, online outlets, names before
"نيوز", one definite word after a newspaper's noun, a quoted name after a media noun or "لـ", and outlets whose
name is a common word too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.gazetteer.headwords import HeadWords
from marsad.gazetteer.lexicon import Gazetteer, name_keys
from marsad.gazetteer.match import TokenKey
from marsad.gazetteer.spans import GAZETTEER, QUOTES, RULE, Cand
from marsad.resources import Resources
from marsad.text.normalize import fold

NEWS = "نيوز"  # folded: a word before it names an outlet ("المدينة نيوز")
NEWS_TAIL = frozenset({"عربيه", "العربيه"})  # the edition that continues it ("سكاي نيوز عربية")
ONLINE = frozenset({"الالكتروني", "الالكترونيه"})  # folded: a name before it is an online outlet


def media_names(chosen: list[Cand], keys: Sequence[TokenKey], heads: HeadWords,
                outlets: frozenset[tuple[str, ...]] = frozenset()) -> list[Cand]:
    """A place named right after a media noun is the outlet named like it: "صحيفة «الشرق الأوسط»" is ORG; so is
    a place that is also an outlet's name (``outlets``) written alone in quotes: "كانت «الشرق الأوسط» في ضيافته"."""
    out: list[Cand] = []
    for c in chosen:
        j = c.first - 1
        while j >= 0 and keys[j].key in QUOTES:
            j -= 1
        quoted = 0 < c.first and c.last < len(keys) and keys[c.first - 1].key in QUOTES and keys[c.last].key in QUOTES \
            and c.start == keys[c.first].start and tuple(k.key for k in keys[c.first : c.last]) in outlets
        if c.type == "LOC" and c.kind not in ("country", "facility") and (  # "موقع ميناء ...": a site, no website
                quoted or (j >= 0 and any(key in heads.media for key, _ in keys[j].variants))):
            c = replace(c, type="ORG", id=None, country=None, kind="media")
        out.append(c)
    return out


def outlet_names(res: Resources) -> frozenset[tuple[str, ...]]:
    """The folded words of the outlets' names that ``agencies.tsv`` lists ("الشرق الأوسط", "الجزيرة")."""
    def build() -> frozenset[tuple[str, ...]]:
        return frozenset(name_keys(row["alias"]) for row in res.table("agencies", 2) if row["kind"] == "outlet")

    names: frozenset[tuple[str, ...]] = res.cached("gazetteer.outlet_names", build)
    return names


def online_outlets(chosen: list[Cand], keys: Sequence[TokenKey]) -> list[Cand]:
    """A name right before "الإلكتروني(ة)" is an online outlet named with it: "الرياض الإلكتروني" is one ORG."""
    out: list[Cand] = []
    for n, c in enumerate(chosen):
        nxt = chosen[n + 1].first if n + 1 < len(chosen) else len(keys)
        if c.type in ("LOC", "ORG") and c.last < nxt and keys[c.last].key in ONLINE:
            c = replace(c, last=c.last + 1, end=keys[c.last].end, type="ORG", id=None, country=None, kind="media")
        out.append(c)
    return out


def news_outlets(text: str, keys: Sequence[TokenKey], gaz: Gazetteer, heads: HeadWords) -> list[Cand]:
    """A word before "نيوز" names a news outlet with it ("المدينة نيوز", "لسكاي نيوز عربية" without its ل),
    with the edition adjective that follows, and a name in spelled Latin letters all its letters ("اي بي سي نيوز",
    not "سي نيوز"); a candidate as strong as a gazetteer name, so the longest wins."""
    out: list[Cand] = []
    for i in range(1, len(keys)):
        first = i - 1
        if keys[i].key != NEWS or keys[first].kind != "arabic" or gaz.context.get(keys[first].key) in ("stop", "verb"):
            continue
        prev = keys[first]
        start = prev.variants[1][1] if prev.clitic and len(prev.variants) > 1 else prev.start
        if _letter_start(prev, heads.letter) is not None:
            while first > 0 and keys[first - 1].kind == "arabic" \
                    and text[keys[first - 1].end : keys[first].start] == " " \
                    and _letter_start(keys[first - 1], heads.letter) is not None:  # one space between: one name
                first -= 1  # the letters before: "اي بي" + "سي نيوز", "لبي" + "بي سي نيوز" without its ل
                start = _letter_start(keys[first], heads.letter) or keys[first].start
        last = i + 2 if i + 1 < len(keys) and keys[i + 1].key in NEWS_TAIL else i + 1
        known = gaz.names.get([fold(text[_letter_start(k, heads.letter) or k.start : k.end]) for k in keys[first:i]]) \
            if first < i - 1 else None  # the letters name a known outlet: "بي بي سي" + "نيوز" is the BBC's
        if known is not None and known.type == "ORG":
            out.append(Cand(first, last, start, keys[last - 1].end, "ORG", known.id, known.country, None, GAZETTEER,
                            known.kind))
            continue
        out.append(Cand(first, last, start, keys[last - 1].end, "ORG", None, None, None, GAZETTEER, "media"))
    return out


def _letter_start(k: TokenKey, letters: frozenset[str]) -> int | None:
    """Where the spelled Latin letter of token ``k`` starts, its proclitics left out ("لبي" → بي), or None."""
    return next((start for key, start in reversed(k.variants) if key in letters), None)


OUTLET_NOUNS = frozenset({"صحيفه", "جريده", "مجله", "قناه", "اذاعه", "تلفزيون"})  # folded: a name follows unquoted


def bare_outlets(keys: Sequence[TokenKey], gaz: Gazetteer, heads: HeadWords) -> list[Cand]:
    """One definite word right after a newspaper or channel noun, ending the phrase, is the outlet: "رابط الخبر
    بصحيفة الوئام:", "ذكرت جريدة الحياة اللندنية" (not "الصحيفة الرسمية": an adjective; not "إذاعة التلفزيون
    الأردني": a head noun; not "قناة السويس الجديدة": a place is left to the passes that read it)."""
    out: list[Cand] = []
    for i in range(len(keys) - 1):
        if keys[i].kind != "arabic" or not any(key in OUTLET_NOUNS for key, _ in keys[i].variants):
            continue
        w, j = keys[i + 1], i + 1
        if w.kind != "arabic" or not w.key.startswith("ال") or len(w.key) < 4 or w.key.endswith(("ي", "يه")) \
                or w.key in heads.adj or w.key in heads.generic or w.key in heads.generic_adj or w.key in gaz.context \
                or w.key[2:] in heads.heads \
                or gaz.names.get((w.key,)) is not None or gaz.nisba.get((w.key,)) is not None:
            continue
        nxt = keys[j + 1] if j + 1 < len(keys) else None
        if nxt is None or nxt.kind != "arabic" or gaz.nisba.get((nxt.key,)) is not None \
                or gaz.context.get(nxt.key) in ("stop", "verb"):
            out.append(Cand(j, j + 1, w.start, w.end, "ORG", None, None, None, RULE, "media"))
    return out


LAM = frozenset({"ل", "ول", "فل"})  # "لـ" written apart: "قال لـ«الصباح»"
MAX_QUOTED = 3  # words of an outlet's quoted name


def quoted_outlets(keys: Sequence[TokenKey], heads: HeadWords) -> list[Cand]:
    """A short name in quotes right after a media noun or a separate "لـ" is an outlet: "تلفزيون «برس»",
    "قال لـ«الصباح»", "لـ”عين اليوم”" (whole words: the ب of برس is no preposition there)."""
    out: list[Cand] = []
    for i in range(len(keys) - 2):
        before = keys[i]
        if keys[i + 1].key not in QUOTES or before.kind != "arabic" or not (
                before.key in LAM or any(key in heads.media for key, _ in before.variants)):
            continue
        close = next((j for j in range(i + 2, min(len(keys), i + 3 + MAX_QUOTED)) if keys[j].kind != "arabic"), None)
        if close is None or close == i + 2 or keys[close].key not in QUOTES:
            continue
        out.append(Cand(i + 2, close, keys[i + 2].start, keys[close - 1].end, "ORG", None, None, None, GAZETTEER,
                        "media"))
    return out


def outlet_words(chosen: list[Cand], text: str, gaz: Gazetteer) -> list[Cand]:
    """An ORG named by a word that is also a common word, read as an ORG by something else (a dateline's
    credit, «quoted» after لـ, the tagger), is the outlet of that name: its id and country ("لـ«الوئام»")."""
    out: list[Cand] = []
    for c in chosen:
        known = gaz.outlet_words.get(name_keys(text[c.start : c.end])) \
            if c.type == "ORG" and c.id is None and c.country is None else None
        out.append(c if known is None else replace(c, id=known.id, country=known.country, kind=c.kind or known.kind))
    return out
