"""A day and month in figures without a year after a word that takes a date: the date nearest the publication
in either calendar, or in the one its era names; none for every year, a score or a ratio. Every sentence is
constructed for this test."""

from __future__ import annotations

import pytest

from test_times_forms import found, value_of  # constructed sentences, anchored on Wednesday 2015-08-12 (27 Shawwal)


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("يجب تسليم الطلبات قبل 5/ 11 حتى لا تستبعد.", "5/ 11", "2015-08-20"),  # 5 Dhu al-Qadah 1436
        ("استقبل المستشفى المريض بتاريخ ٢٠ /١٠ وغادر بعد أسبوع.", "٢٠ /١٠", "2015-08-05"),  # 20 Shawwal 1436
        ("ارتفعت الأسعار منذ يوم 3/ 8 بشكل ملحوظ.", "3/ 8", "2015-08-03"),
        ("يفتح باب القبول يوم 20/9 من العام الميلادي.", "20/9", "2015-09-20"),
    ],
)
def test_a_day_and_month_without_a_year_is_the_nearest_such_date(text: str, expr: str, value: str) -> None:
    assert value_of(text, expr) == value


@pytest.mark.parametrize(
    "text",
    [
        "يمنع العمل تحت الشمس من 15/6 وحتى 15/9 من كل عام.",
        "فاز الفريق على ضيفه بنتيجة 3/1 في الشوط الثاني.",
        "صوت المجلس بأغلبية 12/3 لصالح القرار.",
    ],
)
def test_a_day_and_month_of_every_year_a_score_or_a_ratio_is_no_date(text: str) -> None:
    assert not [span for span, _ in found(text) if "/" in span]
