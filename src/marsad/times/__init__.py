"""Arabic time expressions: find them, give them TIMEX3 values, and look them up for later stages.

- :func:`find_times` finds the expressions of a text, resolved against an anchor date (the
  publication date); it is what the ``times`` stage runs.
- :func:`resolve` gives the TIMEX3 value of one expression in context (an anchor and a sentence
  tense), for stages that need to re-read a time for an event or a quote.
- :func:`time_for_span` picks the time expression that governs a span (an event trigger, a quote
  cue): the nearest DATE/TIME expression in the same sentence.

The conventions (spans, weekdays, Hijri months, "قبل نهاية العام", unknown anchors) are written
down in :mod:`marsad.times.matcher` and :mod:`marsad.times.calendar`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from marsad.document import Sentence, TimeExpr
from marsad.resources import Resources, default_resources
from marsad.text.normalize import normalize
from marsad.times.lexicon import load_lexicon
from marsad.times.matcher import Matcher

__all__ = ["find_times", "matcher", "resolve", "time_for_span"]


def matcher(res: Resources | None = None) -> Matcher:
    """The compiled matcher of ``res`` (built once per :class:`Resources`)."""
    res = res or default_resources()
    result: Matcher = res.cached("times.matcher", lambda: Matcher(load_lexicon(res), res.vocab))
    return result


def find_times(
    text: str, anchor: dt.date | None, res: Resources | None = None, tense: str | None = None
) -> list[TimeExpr]:
    """Time expressions of ``text`` (offsets into ``text``), resolved against ``anchor``.

    ``tense`` ("past" or "future") overrides the tense read from each expression's sentence.
    """
    norm = normalize(text)
    out: list[TimeExpr] = []
    for f in matcher(res).find(norm.text, anchor, tense):
        start, end = norm.to_orig(f.start, f.end)
        out.append(TimeExpr(start, end, f.type, f.value, f.mod, f.calendar))
    return out


def resolve(
    expr: str | TimeExpr,
    anchor: dt.date | None,
    tense: str | None = None,
    *,
    text: str | None = None,
    res: Resources | None = None,
) -> str | None:
    """The TIMEX3 value of one time expression in context, or ``None`` when it is not one.

    ``expr`` is the expression's text ("الخميس", "أول أمس الثلاثاء") or a :class:`TimeExpr` of
    ``text`` (then it is re-read from ``text[expr.start:expr.end]``; without ``text`` its stored
    value is returned). ``tense`` is the tense of the clause it governs: ``"past"`` makes a bare
    weekday the last such day on or before ``anchor``, ``"future"`` the next one on or after it; ``None``
    reads the tense from the words around it.
    """
    if isinstance(expr, TimeExpr):
        if text is None:
            return expr.value
        expr = text[expr.start : expr.end]
    found = find_times(expr, anchor, res, tense)
    if not found:
        return None
    best = max(found, key=lambda t: t.end - t.start)
    return best.value


_GOVERNING = ("DATE", "TIME")


def time_for_span(
    times: Sequence[TimeExpr], start: int, end: int, sentences: Sequence[Sentence] = ()
) -> TimeExpr | None:
    """The DATE/TIME expression that governs ``[start, end)``: the nearest one in its sentence.

    Distance is counted in characters between the spans; a tie goes to the expression after the
    span (Arabic news puts the time right after the verb: "قال اليوم الخميس"). Durations and sets
    never govern. Without ``sentences`` the whole text is one sentence. Returns ``None`` when the
    sentence has no DATE/TIME expression.
    """
    lo, hi = 0, None
    for sent in sentences:
        if sent.start <= start < sent.end or (sent.start < end <= sent.end):
            lo, hi = sent.start, sent.end
            break
    best: TimeExpr | None = None
    best_key: tuple[int, int] | None = None
    for t in times:
        if t.type not in _GOVERNING or t.start < lo or (hi is not None and t.end > hi):
            continue
        if t.end <= start:
            dist, side = start - t.end, 1
        elif t.start >= end:
            dist, side = t.start - end, 0
        else:
            dist, side = 0, 0
        key = (dist, side)
        if best_key is None or key < best_key:
            best, best_key = t, key
    return best
