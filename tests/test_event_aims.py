"""Whom a protest or a condemnation is aimed at, and who protests, on constructed sentences through the whole
pipeline: the addressee of the protesters' demand or call, the party after في وجه or للضغط على, the doer of the act a
condemnation condemns, the owner of what it condemns; protests told as background or by no crowd."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import asserted, protests, side_text, target_text, told


@pytest.mark.parametrize(("text", "kind", "target"), [
    # whom the protesters' call or demand is made of, what is asked right after it
    ("تجمع متظاهرون أمس في الساحة الرئيسية داعين البرلمان إلى رفض القانون الجديد.", "PROTEST", "البرلمان"),
    ("تظاهر مئات العمال أمس في الميناء مطالبين شركة أرامكو بزيادة الأجور.", "PROTEST", "شركة أرامكو"),
    # the party a protest stands against (في وجه) or presses (للضغط على)
    ("نظم العمال اعتصاما أمس في وجه إدارة الشركة التي خفضت الأجور.", "PROTEST", "إدارة الشركة"),
    ("وتظاهر مئات المزارعين أمس للضغط على وزارة الزراعة في العاصمة.", "PROTEST", "وزارة الزراعة"),
    # the doer of the act a condemnation condemns
    ("ندد الاتحاد الأوروبي أمس بهجمات حركة الشباب في الصومال.", "ACCUSE", "حركة الشباب"),
    # the owner of what a condemnation condemns, or the doer after من قبل
    ("ونددت الرئاسة أمس بتصريحات وزير الخارجية الجزائري.", "ACCUSE", "وزير الخارجية الجزائري"),
    ("ودانت الحكومة بشدة في بيان رسمي أمس الممارسات المتكررة من قبل المسؤولين الإيرانيين تجاه البلاد.", "ACCUSE",
     "المسؤولين الإيرانيين"),
    # a plural adjective of the attackers is no victim: the object follows it
    ("وقتل مسلحون مجهولون أمس ضابطا في الجيش بمدينة عدن.", "ASSAULT", "ضابطا"),
    # those concerned (ذات and its genitive) are whom a call is made of
    ("ودعت الوزارة الجهات ذات الصلة إلى سرعة التحرك لمعالجة الأزمة.", "REQUEST", "الجهات ذات الصلة"),
    # what an attack hits, a head noun and the name of its owner after ل
    ("شنت الطائرات الأردنية أمس غارات على مواقع لتنظيم داعش في الرقة.", "ASSAULT", "مواقع لتنظيم داعش"),
])
def test_whom_the_event_is_aimed_at(text: str, kind: str, target: str, pipeline: Any) -> None:
    assert target_text(text, pipeline, kind) == target


@pytest.mark.parametrize(("text", "kind"), [
    # what the protesters ask for is no addressee
    ("تظاهر الآلاف أمس في العاصمة مطالبين بالإفراج عن المعتقلين.", "PROTEST"),
    # a verb of its own joined by و is no act the condemnation condemns
    ("ودان المحتجون أمس الحكومة واتهموها بالفساد.", "ACCUSE"),
    # where a condemnation was told is no party to it
    ("وأدانت الخارجية بشدة في نبأ أوردته وكالة الأنباء الرسمية أمس الهجوم على المدرسة.", "ACCUSE"),
])
def test_no_party_the_event_is_aimed_at(text: str, kind: str, pipeline: Any) -> None:
    assert side_text(asserted(text, pipeline, kind)[0].target) in (None, "")


def test_a_protest_earlier_in_the_year_is_background(pipeline: Any) -> None:
    assert told("وواجه الرئيس احتجاجات واسعة في الشوارع في وقت سابق من هذا العام.", pipeline, "PROTEST") \
        == [("احتجاجات", "reference")]
    # earlier the same day is the day's news
    assert told("وتظاهر الآلاف في وقت سابق من اليوم أمام البرلمان.", pipeline, "PROTEST") == [("وتظاهر", "asserted")]


def test_water_in_the_streets_is_no_crowd(pipeline: Any) -> None:
    assert protests("تجمعت المياه في شوارع الحي بعد الأمطار الغزيرة أمس.", pipeline) == []


def test_a_party_that_did_not_join_the_protest_is_no_protester(pipeline: Any) -> None:
    found = protests("وحذرت السفارة المواطنين من الخروج خلال وقت المظاهرات في العاصمة باريس.", pipeline)
    assert found and all(e.actor is not None and e.actor.text == "" for e in found)
    joined = protests("شارك آلاف الطلاب أمس في مظاهرات حاشدة في العاصمة.", pipeline)
    assert joined and joined[0].actor is not None and "الطلاب" in joined[0].actor.text
