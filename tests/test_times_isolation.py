"""The times stage never loses a document's times to one expression: a failing expression is skipped
and logged, and random combinations of the matcher's own pieces never raise or break the offsets."""

from __future__ import annotations

import datetime as dt
import logging
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.document import Document
from marsad.pipeline import Pipeline
from marsad.resources import Resources
from marsad.times import find_times, matcher

EXAMPLES = int(os.environ.get("MARSAD_HYPOTHESIS_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CLOCKS = ["الساعة العاشرة صباحا", "الساعة 10:30", "الثالثة عصرا", "الساعة 2130", "التاسعة إلا ربعا مساء",
          "الساعة الواحدة والنصف ظهرا", "الساعة 12 ليلا"]
PARTS = ["صباح", "مساء", "ظهر", "ليلة", "فجر", "صباح اليوم", "مساء أمس", "ليل"]
WEEKDAYS = ["الخميس", "يوم السبت", "الأحد", "الجمعة الماضي", "الاثنين المقبل", "الثلاثاء", "الأربعاء"]
DATES = ["9 ديسمبر", "12/5/2021", "ديسمبر 2021", "الرابع والخامس من يوليو", "30 فبراير", "1 رمضان 1442",
         "شهر مارس", "15 الشهر الجاري", "2021-12-09", "32 يناير", "3 و4 مارس"]
YEARS = ["2021", "عام 1435 هـ", "العام 2019", "عامي 2003 و2005", "1967", "99999", "قبل الميلاد"]
RELATIVE = ["اليوم", "أمس", "غدا", "أول أمس", "الماضي", "المقبل", "التالي", "منذ ثلاثة أيام", "قبل عامين",
            "نهاية العام", "الأسبوع المقبل", "العام الماضي", "ثلاث سنوات", "كل يوم", "الربع الأول من العام",
            "خلال سنة", "الثمانينيات", "القرن الماضي", "عيد الفطر", "الصيف المقبل", "نصف ساعة", "آنذاك"]
GLUE = [" ", " في ", " من ", " و", "، ", " (", ") ", "/", " - ", " الموافق ", " يوم ", " تمام ", ". ", " سوف "]
PIECES = st.sampled_from(CLOCKS + PARTS + WEEKDAYS + DATES + YEARS + RELATIVE)
ANCHORS = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))


class _Skipped(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _text(pieces: list[str], glue: list[str]) -> str:
    out = "قال المتحدث"
    for i, piece in enumerate(pieces):
        out += glue[i % len(glue)] + piece
    return out + " إن الوفد وصل."


@SETTINGS
@given(
    st.lists(PIECES, min_size=1, max_size=6),
    st.lists(st.sampled_from(GLUE), min_size=1, max_size=6),
    ANCHORS,
    st.sampled_from([None, "past", "future"]),
)
def test_random_combinations_of_time_pieces_never_raise(
    pieces: list[str], glue: list[str], anchor: dt.date | None, tense: str | None
) -> None:
    text = _text(pieces, glue)
    log = logging.getLogger("marsad.times")
    handler = _Skipped()
    log.addHandler(handler)
    try:
        found = find_times(text, anchor, tense=tense)
    finally:
        log.removeHandler(handler)
    assert handler.messages == [], text  # nothing had to be skipped: no handler raised
    last_end = -1
    for t in found:
        span = text[t.start : t.end]
        assert 0 <= t.start < t.end <= len(text), (text, t)
        assert span == span.strip() and span, (text, t)
        assert t.start >= last_end, (text, found)  # no overlaps, in text order
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value


def test_an_expression_that_fails_is_skipped_and_logged_and_the_others_stay(caplog) -> None:  # type: ignore[no-untyped-def]
    res = Resources()
    m = matcher(res)
    rule = next(r for r in m.rules if r.name == "clock")
    original = rule.handler

    def broken(match, ctx):  # type: ignore[no-untyped-def]
        raise ValueError("broken on purpose")

    m.rules[m.rules.index(rule)] = rule.__class__(rule.name, rule.pattern, broken, rule.starters)
    try:
        text = "وصل الوفد الساعة العاشرة صباحا يوم الخميس 9 ديسمبر 2021 وغادر بعد ثلاثة أيام."
        with caplog.at_level(logging.WARNING, logger="marsad.times"):
            found = find_times(text, dt.date(2021, 12, 12), res)
        assert [(text[t.start : t.end], t.value) for t in found] == [
            ("يوم الخميس 9 ديسمبر 2021", "2021-12-09"), ("ثلاثة أيام", "P3D")
        ]
        assert any("الساعه العاشره صباحا" in r.getMessage() for r in caplog.records)
        doc = Pipeline(resources=res)(Document(text=text, published=dt.date(2021, 12, 12)))
        assert doc.errors == [] and len(doc.layer("times")) == 2
    finally:
        m.rules[m.rules.index(next(r for r in m.rules if r.name == "clock"))] = rule
        assert rule.handler is original
