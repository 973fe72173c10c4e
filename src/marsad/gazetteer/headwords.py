"""The words of ``name_heads.tsv`` by their role (head nouns of organizations and facilities, direction
adjectives, generic words, ...) and the name a head noun starts (:class:`Body`); the reading of that name is in
:mod:`marsad.gazetteer.heads`."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from marsad.gazetteer.match import TokenKey
from marsad.resources import Resources
from marsad.text.normalize import fold

PERSON = "person"  # the kind of a head that names a place only after a person (مدينة الملك عبدالله الاقتصادية)
ROLES = ("org", "facility", "direction", "adj", "generic", "generic_adj", "stop", "media", "sports", "describe",
         "descriptor", "weak", "deputy", "branch", "alone", "lam_adj", "quoted_ministry",
         "person", "apparatus", "remit", "letter")


@dataclass(frozen=True, slots=True)
class HeadWords:
    heads: dict[str, tuple[str, str]]  # folded head (without ال) -> (type, kind)
    direction: frozenset[str]
    adj: frozenset[str]
    generic: frozenset[str]
    generic_adj: frozenset[str]
    stop: frozenset[str]
    media: frozenset[str]
    describe: frozenset[str]
    descriptor: frozenset[str] = frozenset()  # heads left out before a name of their own (شركة إيرآسيا)
    weak: frozenset[str] = frozenset()  # heads that are common nouns too (غرفة, مكتب): one common noun names nothing
    deputy: frozenset[str] = frozenset()  # titles whose ل phrase after the body is their own (وكيل الوزارة للشؤون ...)
    branch: frozenset[str] = frozenset()  # services whose noun before a known place names their office (تعليم جدة)
    alone: frozenset[str] = frozenset()  # definite heads that name one body standing alone (التحالف)
    lam_adj: frozenset[str] = frozenset()  # generic adjectives a ل phrase of the name may follow (الوطني للقياس)
    quoted_ministry: frozenset[str] = frozenset()  # portfolios that name their ministry alone in quotes («الصحة»)
    # heads of a place's name only after a person (مدينة الملك عبدالله الاقتصادية), by their type; no entry of heads
    person: dict[str, str] = field(default_factory=dict)
    # heads that name a device too (جهاز), by head: the fields after which they head a body (أمن, مكافحة, إحصاء)
    apparatus: dict[str, frozenset[str]] = field(default_factory=dict)
    remit: frozenset[str] = frozenset()  # nouns of a remit a name joins by و in construct (وأوضاع اللاعبين)
    letter: frozenset[str] = frozenset()  # Latin letters spelled in Arabic, words of a name in letters (اي بي سي)


def load_heads(res: Resources) -> HeadWords:
    def build() -> HeadWords:
        heads: dict[str, tuple[str, str]] = {}
        person: dict[str, str] = {}
        apparatus: dict[str, set[str]] = {}
        sets: dict[str, set[str]] = {r: set() for r in ROLES}
        for row in res.table("name_heads", 2):
            word, role = fold(row["word"]), row["role"]
            if role not in ROLES:
                from marsad.errors import ResourceError

                raise ResourceError(f"lexicon name_heads: unknown role {role!r} for {row['word']!r}")
            if role in ("org", "facility"):
                heads[word.removeprefix("ال")] = ("ORG" if role == "org" else "LOC", row["kind"])
            elif role == "person":
                person[word.removeprefix("ال")] = row["kind"]
            elif role == "apparatus":
                apparatus.setdefault(fold(row["kind"]), set()).add(word)
            else:
                sets[role].add(word)
        return HeadWords(heads, frozenset(sets["direction"]), frozenset(sets["adj"]), frozenset(sets["generic"]),
                         frozenset(sets["generic_adj"]), frozenset(sets["stop"]), frozenset(sets["media"]),
                         frozenset(sets["describe"]), frozenset(h.removeprefix("ال") for h in sets["descriptor"]),
                         frozenset(h.removeprefix("ال") for h in sets["weak"]), frozenset(sets["deputy"]),
                         frozenset(sets["branch"]), frozenset(sets["alone"]), frozenset(sets["lam_adj"]),
                         frozenset(sets["quoted_ministry"]), person,
                         {head: frozenset(fields) for head, fields in apparatus.items()}, frozenset(sets["remit"]),
                         frozenset(sets["letter"]))

    words: HeadWords = res.cached("gazetteer.heads", build)
    return words


@dataclass(frozen=True, slots=True)
class Body:
    """A name found from its head: tokens ``[first, last)``, offsets ``[start, end)``."""

    first: int
    last: int
    start: int
    end: int
    type: str
    kind: str
    country: str | None
    id: str | None = None


def direction_end(keys: Sequence[TokenKey], words: HeadWords, last: int) -> int:
    """The end of a place name continued by a direction adjective ("بيروت" + "الغربية"), or ``last``."""
    if last < len(keys) and keys[last].key in words.direction:
        return last + 1
    return last


def device_head(keys: Sequence[TokenKey], i: int, words: HeadWords, known: Container[int] = ()) -> bool:
    """Whether the head at ``i`` is a device's noun there, no body: جهاز heads a body only before a field of
    ``apparatus`` (جهاز الأمن الوطني، جهاز مكافحة الإرهاب), after its adjectives and ل too (الجهاز المركزي للإحصاء),
    or before a known name (جهاز قطر للاستثمار); "جهاز الكمبيوتر"، "جهاز ألعاب"، "الجهاز المناعي" are devices."""
    fields = next((words.apparatus[k.removeprefix("ال")] for k, _ in keys[i].variants
                   if k.removeprefix("ال") in words.apparatus), None)
    if fields is None:
        return False
    for j in range(i + 1, len(keys)):
        w = keys[j].key
        if w.startswith("لل") and j > i + 1:  # a ل phrase after the head's adjectives: "للإحصاء"
            w = w[2:]
        if w.removeprefix("ال") in fields:
            return False
        if j in known or not (w.startswith("ال") and w.endswith(("ي", "يه"))):
            return j not in known  # a known name after it: "جهاز قطر للاستثمار"
    return True  # the adjectives of the head run to the end: "الجهاز المناعي"
