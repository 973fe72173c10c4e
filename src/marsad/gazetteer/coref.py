"""In-document coreference of people: a surname alone refers to the person named in full elsewhere in the
article, unless it names a place the article names too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.gazetteer.lexicon import Gazetteer
from marsad.gazetteer.match import TokenKey
from marsad.gazetteer.rules import CONNECTORS_INNER, CONNECTORS_OPEN, NameRules
from marsad.gazetteer.spans import RULE, Cand, after_title

CLITIC_SHARE = 0.2  # a proclitic before a surname: the whole word is rare beside it ("وصالح"; not "لصالح")


def coreference(chosen: list[Cand], keys: Sequence[TokenKey], rules: NameRules) -> list[Cand]:
    """A surname alone refers to the person named in full elsewhere in the article; one that names a place the
    article names too needs a title before it (:func:`place_word`)."""
    full: dict[str, Cand] = {}
    for c in chosen:
        if c.type == "PER" and c.last - c.first >= 2 and rules.name_like(c.last - 1, first=False, inside_names=True) \
                and keys[c.last - 1].key not in CONNECTORS_INNER and keys[c.last - 2].key not in CONNECTORS_OPEN:
            key = keys[c.last - 1].key
            prior = full.get(key)
            if prior is None or (not (prior.id or prior.country) and (c.id or c.country)):
                full[key] = c  # the most informative mention of the name
    by_name: dict[tuple[str, ...], Cand] = {}
    for c in chosen:
        if c.type == "PER" and c.last - c.first >= 2:
            by_name.setdefault(tuple(k.key for k in keys[c.first : c.last]), c)
    covered = {t for c in chosen for t in range(c.first, c.last)}
    places = frozenset(key for c in chosen if c.type == "LOC" and c.last - c.first == 1
                       for key, start in keys[c.first].variants if start == c.start)
    out: list[Cand] = []
    for c in chosen:
        ref: Cand | None = None
        if c.type == "PER" and c.last - c.first == 1:
            ref = full.get(keys[c.first].key)
        elif c.type == "PER":
            ref = by_name.get(tuple(k.key for k in keys[c.first : c.last]))
        out.append(replace(c, id=c.id or ref.id, country=c.country or ref.country, kind=c.kind or ref.kind)
                   if ref is not None else c)
    for t, k in enumerate(keys):
        if t in covered or k.kind != "arabic" or rules.ctx[t] in ("stop", "verb"):
            continue  # "بن علي" makes no person of every "على" (a word that is never a name where it stands)
        for key, start in k.variants:
            ref = full.get(key)
            whole = rules.vocab.get(k.key, 0)
            if ref is not None and start > k.start and whole > CLITIC_SHARE * rules.vocab.get(key, 0):
                continue  # a word common as a whole ("لصالح", in favour of) is no proclitic before the surname
            if ref is not None and not place_word(key, keys, t, places, rules.gaz):
                out.append(Cand(t, t + 1, start, k.end, "PER", ref.id, ref.country, None, RULE, ref.kind))
                break
    return sorted(out, key=lambda c: c.start)


def place_word(key: str, keys: Sequence[TokenKey], i: int, places: frozenset[str], gaz: Gazetteer) -> bool:
    """Whether ``key``, a word of token ``i``, names a place the article names (``places``: the keys of its one-word
    places) and no title comes before it: a person named after a town ("مازن الزبداني") in a story about that town
    leaves its name alone no person ("الحصار عن الزبداني"), while "وأكد الناشط الزبداني" is that person."""
    return key in places and not after_title(keys, i, gaz)
