"""The time rules, grouped by family, as :class:`Rule` records (name, pattern, handler, starters).

- :mod:`~marsad.times.rules.dates`: written dates, months;
- :mod:`~marsad.times.rules.years`: years, two-year seasons and academic years;
- :mod:`~marsad.times.rules.days`: day words, weekdays, parts of day, clock times;
- :mod:`~marsad.times.rules.feasts`: feasts (عيد الفطر، أيام العيد);
- :mod:`~marsad.times.rules.periods`: relative periods, decades, centuries, seasons, quarters;
- :mod:`~marsad.times.rules.amounts`: durations, times ago, sets (with :mod:`~marsad.times.rules.since`: منذ + units);
- :mod:`~marsad.times.rules.anaphora`: times that refer back (اليوم التالي، العام نفسه، آنذاك);
- :mod:`~marsad.times.rules.parts`: parts of day written alone (وقعت التفجيرات صباحا);
- :mod:`~marsad.times.rules.daymonth`: a day and month in figures without a year (قبل 30/ 10).

Two candidates with the same start and length are decided by :data:`PRIORITY`: the rule named first
wins (a written date before a bare year, a day word before a weekday, "الشهر السابق" read as the month
before the one just named rather than before the publication's).
"""

from __future__ import annotations

from marsad.times.lexicon import TimeLexicon
from marsad.times.rules import age, amounts, anaphora, dates, daymonth, days, feasts, parts, periods
from marsad.times.rules.base import REJECT, Context, Found, Rule, Words, build_pieces, build_words

__all__ = ["PRIORITY", "REJECT", "Context", "Found", "Rule", "Words", "build_rules", "build_words"]

PRIORITY: tuple[str, ...] = (
    "per_unit", "absdate", "numdate", "hijri_month_num", "year_pair", "monthyear", "month_list", "monthalone", "year",
    "dayref", "weekday",
    "anaphor", "period", "last_units", "last_one", "last_n_units", "duration_big", "duration_range", "duration_sum",
    "duration", "duration_single", "plural_units", "ago", "tens_of_units", "clock", "ref", "partref", "set", "decade",
    "century", "holiday", "day_of_month", "season", "quarter", "century_ordinal", "day_list", "decade_of_century",
    "day_number", "then_by", "set_adjective", "barepart", "daymonth", "school_year", "age",
)


def build_rules(lex: TimeLexicon) -> list[Rule]:
    """Every rule, compiled from the lexicons, in :data:`PRIORITY` order."""
    pieces = build_pieces(lex)
    families = (dates, days, feasts, periods, amounts, anaphora, parts, daymonth, age)
    by_name = {r.name: r for family in families for r in family.rules(pieces)}
    if set(by_name) != set(PRIORITY):
        raise RuntimeError(f"times rules and their priority differ: {sorted(set(by_name) ^ set(PRIORITY))}")
    return [by_name[name] for name in PRIORITY]
