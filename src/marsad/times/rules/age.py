"""An age written as a figure after the article ("في الـ15 من العمر"، "في ال29 من عمره"): how old someone is, a
DURATION of that many years (`P15Y`), as "البالغ من العمر 15 عاما" gives `P15Y` through its unit."""

from __future__ import annotations

import re

from marsad.times.rules.base import Context, Found, Pieces, Rule, rule, span

_MAX_AGE = 130
_ARTICLE_APART = re.compile(r"(?<!\w)ال\s+$")


def rules(p: Pieces) -> list[Rule]:
    del p  # no lexicon pieces: the article, a figure and العمر
    return [rule("age", r"(?P<x>(?P<al>ال)?(?P<n>\d{1,3})\s+من\s+(?:ال)?عمر(?:ه|ها|هم|هما)?)(?!\w)", age, {"ال#", "#"})]


def age(m: re.Match[str], ctx: Context) -> Found | None:
    """The figure with its article ("ال29"، "ال 70": the article may stand apart) and العمر after it."""
    years = int(m["n"])
    s, e = span(m)
    apart = None if m["al"] else _ARTICLE_APART.search(ctx.text, max(0, s - 4), s)
    if not 1 <= years <= _MAX_AGE or not (m["al"] or apart):
        return None
    s = apart.start() if apart else s
    return Found(s, e, "DURATION", f"P{years}Y")
