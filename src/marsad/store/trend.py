"""Trends and map points over the stored events.

- :func:`trend`: for an actor, an actor pair or a country, the asserted event mentions per day by quad
  class (verbal/material cooperation and conflict) with the day's mean Goldstein value, the date range of
  the data's bulk (:func:`bulk_range`: outlying days, such as a reference to an old event, do not stretch
  the axis) and nice axis ticks (:func:`nice_ticks`, :func:`date_ticks`).
- :func:`map_points`: story-level events (:mod:`.merge`) with coordinates, one point per place, sized by
  reports (mentions) and coloured by the quad class with the most reports.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from typing import Any

from marsad.store.db import Store
from marsad.store.mentions import QUAD, QUADS, iter_mentions, matches
from marsad.store.merge import merge_mentions

BULK_SHARE = 0.02  # at most this share of the events may fall outside the range at each end
OUTLIER_SHARE = 0.25  # an end day holding at most this share of the events ...
OUTLIER_GAP = 30  # ... and further than this many days (and than the rest's span) from the rest is left out
DATE_STEPS = (1, 2, 7, 14, 30, 61, 91, 182, 365)


def nice_ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) from below ``lo`` to above ``hi``, about ``target``."""
    if hi < lo:
        lo, hi = hi, lo
    if hi == lo:
        hi = lo + 1
    raw = (hi - lo) / max(target, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(lo / step) * step
    ticks: list[float] = []
    x = first
    while x < hi + step * 0.5:
        ticks.append(round(x, 10))
        if x >= hi:
            break
        x += step
    return ticks


def bulk_range(counts: dict[str, int], share: float = BULK_SHARE) -> tuple[str, str] | None:
    """The first and last day of the data's bulk: days are left out from each end while what is left out
    stays within ``share`` of the events; then a lone end day far from the rest (more than
    :data:`OUTLIER_GAP` days and the span of the rest) holding few events is left out, so a reference to an
    old event does not stretch the axis."""
    days = sorted(d for d, n in counts.items() if n > 0)
    if not days:
        return None
    total = sum(counts[d] for d in days)
    allowed = share * total
    lo, cut = 0, 0
    while lo < len(days) - 1 and cut + counts[days[lo]] <= allowed:
        cut += counts[days[lo]]
        lo += 1
    hi, cut = len(days) - 1, 0
    while hi > lo and cut + counts[days[hi]] <= allowed:
        cut += counts[days[hi]]
        hi -= 1
    # a lone day far from the rest (a reference to history, a wrong year) goes too, while it holds few events
    ordinal = [dt.date.fromisoformat(d).toordinal() for d in days]
    while hi - lo >= 1:
        rest = ordinal[hi] - ordinal[lo + 1]
        if counts[days[lo]] <= OUTLIER_SHARE * total and ordinal[lo + 1] - ordinal[lo] > max(OUTLIER_GAP, rest):
            lo += 1
            continue
        rest = ordinal[hi - 1] - ordinal[lo]
        if counts[days[hi]] <= OUTLIER_SHARE * total and ordinal[hi] - ordinal[hi - 1] > max(OUTLIER_GAP, rest):
            hi -= 1
            continue
        break
    return days[lo], days[hi]


def date_ticks(first: str, last: str, target: int = 6) -> list[str]:
    """Tick days from ``first`` to ``last``: a round step in days (1, 2, 7, 14, about a month ...)."""
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    span = max((b - a).days, 1)
    step = next((s for s in DATE_STEPS if span / s <= target), DATE_STEPS[-1])
    if step >= 30:  # months: start on the first of a month
        start = dt.date(a.year, a.month, 1)
        months = round(step / 30.4)
        out, y, m = [], start.year, start.month
        while dt.date(y, m, 1) <= b:
            if dt.date(y, m, 1) >= a:
                out.append(dt.date(y, m, 1).isoformat())
            m += months
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return out or [a.isoformat()]
    return [(a + dt.timedelta(days=k)).isoformat() for k in range(0, (b - a).days + 1, step)]


def trend(store: Store, actor: str | None = None, target: str | None = None, country: str | None = None,
          type: str | None = None, since: Any = None, until: Any = None) -> dict[str, Any]:
    """The per-day series of asserted event mentions by quad class, with mean Goldstein (see the module)."""
    per_day: dict[str, Counter[str]] = defaultdict(Counter)
    scores: dict[str, list[float]] = defaultdict(list)
    for m in iter_mentions(store, since, until):
        if m.date is None or not matches(m, actor, target, type, country):
            continue
        per_day[m.date][m.quad or "other"] += 1
        g = m.event.get("goldstein")
        if isinstance(g, (int, float)):
            scores[m.date].append(float(g))
    series = []
    for day in sorted(per_day):
        row: dict[str, Any] = {"date": day, "events": sum(per_day[day].values())}
        row.update({q: per_day[day][q] for q in QUADS})
        row["goldstein"] = round(sum(scores[day]) / len(scores[day]), 2) if scores[day] else None
        series.append(row)
    counts = {r["date"]: int(r["events"]) for r in series}
    bulk = bulk_range(counts)
    top = max(counts.values(), default=0)
    return {
        "actor": actor, "target": target, "country": country, "type": type, "series": series,
        "total": sum(counts.values()),
        "range": {"first": bulk[0], "last": bulk[1]} if bulk else None,
        "ticks": {"dates": date_ticks(*bulk) if bulk else [], "events": nice_ticks(0, max(top, 1), 4),
                  "goldstein": [-10, -5, 0, 5, 10]},
    }


def map_points(store: Store, actor: str | None = None, target: str | None = None, type: str | None = None,
               since: Any = None, until: Any = None, country: str | None = None) -> dict[str, Any]:
    """Located story-level events, one point per place: reports (mentions), events, quad classes."""
    points: dict[tuple[float, float], dict[str, Any]] = {}
    unlocated = 0
    for m_ok in _filtered(store, actor, target, type, since, until, country):
        place = m_ok["place"]
        if not place or place.get("lat") is None or place.get("lon") is None:
            unlocated += 1
            continue
        key = (float(place["lat"]), float(place["lon"]))
        p = points.setdefault(key, {"lat": key[0], "lon": key[1], "place": place.get("text"),
                                    "id": place.get("id"), "country": place.get("country"), "events": 0,
                                    "reports": 0, "quads": Counter(), "types": Counter()})
        p["events"] += 1
        p["reports"] += m_ok["mentions"]
        p["quads"][QUAD.get(m_ok["type"], "other")] += m_ok["mentions"]
        p["types"][m_ok["type"]] += 1
    out = []
    for p in sorted(points.values(), key=lambda p: (-p["reports"], p["lat"], p["lon"])):
        quads: Counter[str] = p.pop("quads")
        p["quad"] = quads.most_common(1)[0][0]
        p["types"] = dict(p["types"].most_common())
        out.append(p)
    return {"points": out, "unlocated": unlocated}


def _filtered(store: Store, actor: str | None, target: str | None, type: str | None, since: Any, until: Any,
              country: str | None) -> list[dict[str, Any]]:
    mentions = [m for m in iter_mentions(store, since, until) if matches(m, actor, target, type, country)]
    return merge_mentions(mentions)
