"""Bodies named by their head noun alone: "التحالف" in news is the coalition at war ("طيران التحالف", "أعلن
التحالف"), where other heads alone name any body of their kind (الحكومة, الجيش: no entity). The heads are the
``alone`` rows of ``name_heads.tsv``.

The noun is the common noun it also is when a complement of its own follows it ("التحالف مع", "التحالف بين": an
alliance with, between), when a demonstrative comes before it ("هذا التحالف": one told of before, of any kind) and
when an adjective follows it ("التحالف الاستراتيجي": the head's reading of a name decides, or a listed name such as
"التحالف العربي"). "قوات التحالف" is one name, the forces' head with it. A known body of that head in the article
("التحالف العربي") lends the noun alone its id.

A ministry's portfolio alone in quotation marks is that ministry («الصحة» تعلن, "التعليم"; the ``quoted_ministry``
rows): not after قطاع (a sector of the stock market) or وزارة (the quoted word is then the ministry's name, read
with it or not at all), nor before على ("العمل" على: to work on).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.gazetteer.headwords import HeadWords
from marsad.gazetteer.match import TokenKey
from marsad.gazetteer.spans import QUOTES, RULE, Cand

OWN_COMPLEMENT = frozenset({"مع", "بين"})  # folded: "التحالف مع ..." an alliance with
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})  # folded
RELATIVES = frozenset({"الذي", "التي"})  # folded: no adjectives though shaped like one
FORCES = "قوات"  # folded: the forces' head joins the name ("قوات التحالف")
NOT_BEFORE_QUOTED = frozenset({"قطاع", "وزاره", "وزارتا", "وزارتي"})  # folded: a sector; a ministry's own name
NOT_AFTER_QUOTED = frozenset({"علي"})  # folded: "العمل" على, to work on


def _alone_key(k: TokenKey, heads: HeadWords) -> int | None:
    """The start offset of the head noun in token ``k`` (after its proclitics; after لل, whose article's alef is gone:
    "للتحالف" -> "تحالف"), or None when it is none."""
    lil = k.key.startswith(("لل", "ولل", "فلل"))
    return next((start for key, start in k.variants if key in heads.alone or (lil and "ال" + key in heads.alone)),
                None)


def _common_noun(keys: Sequence[TokenKey], t: int) -> bool:
    """Whether the head at token ``t`` is a common noun there (see the module doc)."""
    if t > 0 and any(key in DEMONSTRATIVES for key, _ in keys[t - 1].variants):
        return True
    if t + 1 >= len(keys):
        return False
    nxt = keys[t + 1].key
    return nxt in OWN_COMPLEMENT or (nxt.startswith("ال") and nxt.endswith(("ي", "يه")) and nxt not in RELATIVES)


def _forces_start(keys: Sequence[TokenKey], t: int, taken: set[int]) -> int | None:
    """The start offset of "قوات" right before token ``t`` (after its proclitics), or None."""
    if t == 0 or t - 1 in taken or keys[t].clitic:
        return None
    return next((start for key, start in keys[t - 1].variants if key == FORCES), None)


def alone_bodies(chosen: list[Cand], keys: Sequence[TokenKey], heads: HeadWords) -> list[Cand]:
    """``chosen`` with the bodies named by a head noun alone (see the module doc)."""
    if not heads.alone:
        return chosen
    known = {key: c for c in chosen if c.type == "ORG" and c.id is not None
             for key, start in keys[c.first].variants if start == c.start and key in heads.alone}
    taken = {t for c in chosen for t in range(c.first, c.last)}
    found: list[Cand] = []
    for t, k in enumerate(keys):
        start = _alone_key(k, heads) if t not in taken and k.kind == "arabic" else None
        if start is None or _common_noun(keys, t):
            continue
        ref = next(iter(known.values()), None)
        forces = _forces_start(keys, t, taken)
        first, begin = (t - 1, forces) if forces is not None else (t, start)
        found.append(Cand(first, t + 1, begin, k.end, "ORG", ref.id if ref else None, ref.country if ref else None,
                          None, RULE, ref.kind if ref else "armed"))
        taken.update(range(first, t + 1))
    return sorted([*chosen, *found], key=lambda c: c.start) if found else chosen


def quoted_ministries(keys: Sequence[TokenKey], heads: HeadWords) -> list[Cand]:
    """Ministries named by their portfolio alone in quotation marks (see the module doc)."""
    out: list[Cand] = []
    for i in range(1, len(keys) - 1):
        k = keys[i]
        if k.kind != "arabic" or k.key not in heads.quoted_ministry or keys[i - 1].key not in QUOTES \
                or keys[i + 1].key not in QUOTES:
            continue
        before = keys[i - 2].variants if i >= 2 else ()
        after = keys[i + 2].key if i + 2 < len(keys) else ""
        if any(key in NOT_BEFORE_QUOTED for key, _ in before) or after in NOT_AFTER_QUOTED:
            continue
        out.append(Cand(i, i + 1, k.start, k.end, "ORG", None, None, None, RULE, "gov"))
    return out
