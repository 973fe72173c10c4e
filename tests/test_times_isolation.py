"""The times stage never loses a document's times to one expression: a failing expression is skipped
and logged, and random combinations of the matcher's own pieces never raise or break the offsets."""

from __future__ import annotations

import datetime as dt
import logging
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.times import find_times

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

