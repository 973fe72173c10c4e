"""Event places: the place named in the trigger's clause, else the dateline's, linked to GeoNames."""

from __future__ import annotations

from typing import Any

from event_helpers import coded, events
from marsad import analyze
from marsad.document import Entity, Place
from marsad.events.place import geo_index, link_place
from marsad.output import iter_spans
from marsad.resources import Resources


def _places(text: str, pipeline: Any) -> list[tuple[str, Place | None]]:
    return [(e.type, e.place) for e in events(text, pipeline)]


def test_a_city_after_a_locative_preposition_is_the_place(pipeline: Any) -> None:
    found = _places("هاجم مسلحون مركزا للشرطة في بغداد أمس.", pipeline)
    assert found and found[0][1] is not None
    place = found[0][1]
    assert place.text == "بغداد" and place.country == "IRQ"
    assert place.id is not None and place.id.startswith("geonames:")
    assert place.lat is not None and 32 < place.lat < 35 and place.lon is not None and 43 < place.lon < 46


def test_a_capital_that_acts_is_no_place(pipeline: Any) -> None:
    found = _places("وقعت موسكو وواشنطن اتفاقا تجاريا في جنيف أمس.", pipeline)
    assert found and found[0][1] is not None and found[0][1].text == "جنيف", found


def test_a_country_after_in_is_the_place_with_its_point(pipeline: Any) -> None:
    found = _places("تظاهر آلاف الطلاب في تونس أمس احتجاجا على الأسعار.", pipeline)
    assert found and found[0][1] is not None
    place = found[0][1]
    assert place.country == "TUN" and place.lat is not None and place.lon is not None


def test_the_dateline_place_has_no_offsets(pipeline: Any) -> None:
    text = "اجتماع في الرياض\nالرياض - واس\nاستقبل وزير الخارجية السعودي نظيره الأردني أمس."
    doc = coded(text, pipeline)[0]
    events = [e for e in doc.layer("events") if e.type == "CONSULT"]
    assert events and events[0].place is not None, doc.layer("events")
    place = events[0].place
    assert place.span is None and place.country == "SAU" and place.lat is not None


def test_a_part_of_a_city_links_to_the_city() -> None:
    geo = geo_index(Resources())
    place = link_place("ريف حلب", None, Entity(0, 7, "LOC"), geo)
    assert place.country == "SYR" and place.lat is not None and place.id is not None


def test_an_unknown_place_keeps_its_text_without_coordinates() -> None:
    geo = geo_index(Resources())
    place = link_place("قرية الوهمية", None, Entity(0, 12, "LOC", country="YEM"), geo)
    assert place.lat is None and place.country == "YEM" and place.text == "قرية الوهمية"


def test_places_in_the_output_keep_offsets() -> None:
    obj = analyze("هاجم مسلحون مركزا للشرطة في بغداد أمس.", published="2015-07-21").to_dict()
    places = [ev["place"] for ev in obj["events"] if ev["place"]]
    assert places and set(places[0]) == {"text", "start", "end", "id", "country", "lat", "lon"}
    for p in places:
        if p["start"] is not None:
            assert obj["text"][p["start"]:p["end"]] == p["text"]
    assert all(s["text"] == obj["text"][s["start"]:s["end"]] for s in iter_spans(obj))


def test_a_place_of_the_sentence_before_carries_over(pipeline: Any) -> None:
    text = "زيارة\nوصل وزير الخارجية المصري إلى جدة صباح أمس. واجتمع الوزير مع نظيره السعودي لبحث العلاقات الثنائية."
    doc = coded(text, pipeline)[0]
    later = [e for e in doc.layer("events") if e.trigger.start > doc.text.index(".")]
    assert later and later[0].place is not None and later[0].place.text == "جدة", doc.layer("events")


def test_a_domestic_event_without_a_named_place_is_in_its_country(pipeline: Any) -> None:
    found = _places("اعتقلت الشرطة المصرية عشرة متظاهرين أمس.", pipeline)
    assert found and found[0][1] is not None, found
    place = found[0][1]
    assert place.country == "EGY" and place.span is None and place.lat is not None and place.text == "مصر"


def test_an_event_between_two_countries_with_no_place_named_has_none(pipeline: Any) -> None:
    found = _places("التقى وزير الخارجية الروسي نظيره الأمريكي أمس.", pipeline)
    assert found and all(p is None or p.span is not None for _, p in found), found
