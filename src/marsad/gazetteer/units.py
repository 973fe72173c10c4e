"""Military regions named by their number: "المنطقة العسكرية الرابعة" is the command of that region, one ORG (a
region's noun is no head of its own: "منطقة جازان" is a place)."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.gazetteer.headwords import HeadWords
from marsad.gazetteer.match import TokenKey
from marsad.gazetteer.spans import RULE, Cand

REGION = "المنطقه"  # folded
MILITARY = "العسكريه"  # folded


def military_regions(keys: Sequence[TokenKey], heads: HeadWords) -> list[Cand]:
    """"المنطقة العسكرية" and a listed adjective (an ordinal: الأولى, الرابعة) right after it name a military
    region's command; other adjectives ("المنطقة العسكرية المغلقة", a closed zone) name nothing."""
    out: list[Cand] = []
    for i in range(len(keys) - 2):
        start = next((s for key, s in keys[i].variants if key == REGION), None) \
            if keys[i].kind == "arabic" else None
        if start is not None and keys[i + 1].key == MILITARY and keys[i + 2].key in heads.adj:
            out.append(Cand(i, i + 3, start, keys[i + 2].end, "ORG", None, None, None, RULE, "armed"))
    return out
