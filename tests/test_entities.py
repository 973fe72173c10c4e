"""The entities stage: gazetteer linking, nisba countries, titles and roles, coreference, merging."""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from pathlib import Path
from typing import Any

import pytest

from marsad.document import Document, Entity
from marsad.errors import ResourceError
from marsad.gazetteer import link_entities
from marsad.pipeline import Pipeline
from marsad.resources import Resources
from marsad.stages import entities as entities_stage


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def ents(text: str, res: Resources, tagged: tuple[Entity, ...] = (),
         published: dt.date | None = None) -> dict[str, Entity]:
    """Entities of ``text`` from gazetteers and rules (plus ``tagged``), by their text; offsets checked."""
    found = link_entities(text, res.tokenizer(text), res, tagged, published)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start, "entities overlap"
    return {text[e.start : e.end]: e for e in found}


def test_known_people_are_linked_with_country(res: Resources) -> None:
    found = ents("التقى فلاديمير بوتين وجو بايدن، ثم قال بوتين إن ترامب أخطأ.", res)
    assert found["فلاديمير بوتين"].id == found["بوتين"].id == "Q7747"
    assert found["جو بايدن"].type == "PER" and found["جو بايدن"].country == "USA"
    assert found["ترامب"].id == "Q22686"


def test_aliases_share_one_id(res: Resources) -> None:
    found = ents('وحذر حلف شمال الأطلسي "الناتو" من أن حلف الناتو مستعد.', res)
    assert found["حلف شمال الأطلسي"].id == found["الناتو"].id == found["حلف الناتو"].id == "Q7184"
    assert all(e.type == "ORG" for e in found.values())


def test_types_of_countries_cities_orgs_and_agencies(res: Resources) -> None:
    found = ents("نقلت وكالة رويترز عن الكرملين أن موسكو وروسيا والأمم المتحدة في جنيف.", res)
    assert (found["رويترز"].type, found["الكرملين"].type, found["الأمم المتحدة"].type) == ("ORG", "ORG", "ORG")
    assert (found["موسكو"].type, found["روسيا"].type, found["جنيف"].type) == ("LOC", "LOC", "LOC")
    assert found["روسيا"].id == found["روسيا"].country == "RUS"
    assert found["جنيف"].country == "CHE" and found["الكرملين"].country == "RUS"


def test_proclitics_are_outside_spans_and_the_article_inside(res: Resources) -> None:
    text = "وموسكو وبالولايات المتحدة ولبايدن والكرملين"
    found = ents(text, res)
    assert set(found) == {"موسكو", "الولايات المتحدة", "بايدن", "الكرملين"}
    assert found["موسكو"].start == 1


def test_nisba_after_an_organization_gives_its_country(res: Resources) -> None:
    tas = ents('ونقلت وكالة "تاس" الروسية عن المسؤول قوله.', res)["تاس"]
    assert (tas.type, tas.country) == ("ORG", "RUS")
    text = "وقالت وزارة الخارجية الفرنسية إن الوضع خطير."
    start = text.index("وزارة")
    tagged = (Entity(start, start + len("وزارة الخارجية"), "ORG"),)  # an organization unknown to the gazetteers
    assert ents(text, res, tagged)["وزارة الخارجية الفرنسية"].country == "FRA"  # the longest name wins


def test_title_nisba_and_name_give_role_and_country(res: Resources) -> None:
    text = "ونقلت إنترفاكس عن نائب وزير الخارجية الروسي، سيرغي ريابكوف، قوله إن الجولة المقبلة قريبة."
    person = ents(text, res)["سيرغي ريابكوف"]
    assert (person.type, person.role, person.country) == ("PER", "نائب وزير الخارجية", "RUS")


def test_title_context_finds_unknown_people(res: Resources) -> None:
    found = ents("وقال وزير الخارجية الكازاخستاني مختار تلوبردي إن بلاده ترحب بالاتفاق.", res)
    person = found["مختار تلوبردي"]
    assert (person.type, person.role, person.country, person.id) == ("PER", "وزير الخارجية", "KAZ", None)
    found = ents("وصرح السفير الياباني لدى الرياض كازويوشي أوموتو بأن العلاقات متينة.", res)
    assert found["كازويوشي أوموتو"].country == "JPN" and found["كازويوشي أوموتو"].role == "السفير"


def test_military_ranks_and_honorifics_of_the_dead_are_no_part_of_a_name(res: Resources) -> None:
    found = ents("وشيع الأهالي جثمان الشهيد العريف سامر ناصر الحربي، وقال الملازم أول خالد سعد العنزي إنه بطل.", res)
    assert found["سامر ناصر الحربي"].role == "العريف" and found["خالد سعد العنزي"].role == "الملازم أول"
    assert not any(e.type == "PER" for e in ents("وزار الوفد نصب الجندي المجهول أمس.", res).values())


def test_title_without_a_name_makes_no_person(res: Resources) -> None:
    found = ents("وأكد الرئيس ضرورة دعم الاقتصاد، وقال وزير الخارجية إن بلاده ترفض التدخل.", res)
    assert not [e for e in found.values() if e.type == "PER"]


def test_dual_title_with_two_nisbas(res: Resources) -> None:
    found = ents("استمر اللقاء بين الرئيسين الروسي فلاديمير بوتين والأميركي جو بايدن ساعتين.", res)
    assert (found["فلاديمير بوتين"].role, found["فلاديمير بوتين"].country) == ("الرئيس", "RUS")
    assert (found["جو بايدن"].role, found["جو بايدن"].country) == ("الرئيس", "USA")


def test_nisba_before_a_tagger_person(res: Resources) -> None:
    text = "وكان الأميركي جون سميث قد وصل."
    tagged = (Entity(text.index("جون"), text.index(" قد"), "PER"),)
    assert ents(text, res, tagged)["جون سميث"].country == "USA"


def test_spokesman_of_an_organization(res: Resources) -> None:
    person = ents("وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين إن الأمر مبكر.", res)["دميتري بيسكوف"]
    assert (person.role, person.country) == ("المتحدث باسم الكرملين", "RUS")


def test_apposition_and_reporting_verb_find_unknown_people(res: Resources) -> None:
    text = "واعتبر فيدور لوكيانوف، الخبير الروسي المتخصص في العلاقات الدولية، أن الوضع صعب. وأضاف لوكيانوف أن"
    found = ents(text, res)
    person = found["فيدور لوكيانوف"]
    assert (person.type, person.country, person.role) == ("PER", "RUS", "الخبير")
    assert found["لوكيانوف"].type == "PER" and found["لوكيانوف"].country == "RUS"  # coreference
    assert "واعتبر فيدور لوكيانوف" not in found


def test_coreference_of_a_short_form(res: Resources) -> None:
    text = "وقال المحلل السياسي أندريه كورتونوف إن الحوار ممكن. ورأى كورتونوف أن لكورتونوف رأيا."
    found = link_entities(text, res.tokenizer(text), res)
    people = [(text[e.start : e.end], e.role) for e in found if e.type == "PER"]
    assert people == [("أندريه كورتونوف", "المحلل السياسي"), ("كورتونوف", None), ("كورتونوف", None)]


def test_gazetteer_title_in_a_name_becomes_the_role(res: Resources) -> None:
    found = ents("ووصل ولي العهد السعودي الأمير محمد بن سلمان إلى باريس، واستقبله الملك سلمان.", res)
    assert (found["محمد بن سلمان"].role, found["محمد بن سلمان"].country) == ("ولي العهد", "SAU")
    assert found["سلمان"].role == "الملك" and found["سلمان"].id == "Q367825"


def test_office_roles_follow_the_article_date(res: Resources) -> None:
    text = "وقال كيري إن المفاوضات مستمرة."
    assert ents(text, res, published=dt.date(2015, 7, 1))["كيري"].role == "وزير الخارجية"
    assert ents(text, res, published=dt.date(2021, 7, 1))["كيري"].role is None
    assert ents(text, res)["كيري"].role is None


def test_country_name_used_as_an_adjective_is_not_a_place(res: Resources) -> None:
    found = ents("أدانت الحكومة السعودية الهجوم، وقال مسؤول في السعودية إن الرياض ترحب.", res)
    places = [t for t, e in found.items() if e.type == "LOC"]
    assert places == ["السعودية", "الرياض"]
    assert found["السعودية"].start > 30


def test_tagger_spans_are_kept_trimmed_and_linked(res: Resources) -> None:
    text = "وقال الرئيس بوتين إن جامعة موسكو ستستقبل وفدا من شركة بلو أوريجن."
    tagged = (
        Entity(text.index("الرئيس"), text.index(" إن"), "PER"),  # title inside: trimmed, then linked
        Entity(text.index("جامعة"), text.index(" ستستقبل"), "ORG"),  # holds a city: kept whole
        Entity(text.index("بلو"), text.index("."), "ORG"),  # unknown to the gazetteers: kept
    )
    found = ents(text, res, tagged)
    assert found["بوتين"].id == "Q7747" and found["بوتين"].role == "الرئيس"
    assert found["جامعة موسكو"].type == "ORG" and "موسكو" not in found
    assert found["جامعة موسكو"].country == "RUS"
    assert found["بلو أوريجن"].type == "ORG"


def test_gazetteer_wins_over_a_conflicting_tagger_span(res: Resources) -> None:
    text = "وقال لافروف إن واشنطن ترفض."
    tagged = (Entity(text.index("لافروف"), text.index(" ترفض"), "ORG"),)  # wrong span and type
    found = ents(text, res, tagged)
    assert found["لافروف"].type == "PER" and found["واشنطن"].type == "LOC"


def test_stage_falls_back_to_gazetteers_without_a_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities_stage, "TAGGER_MODULE", "marsad_tests_no_such_module")
    res = Resources()
    assert entities_stage.tagger(res) is None
    doc = Pipeline(["sentences", "tokens", "entities"], resources=res)(Document("زار بوتين أنقرة."))
    assert [(doc.text[e.start : e.end], e.type) for e in doc.layer("entities")] == [("بوتين", "PER"), ("أنقرة", "LOC")]


def test_stage_survives_a_tagger_without_its_model(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoModel:
        @staticmethod
        def load_tagger(res: Resources) -> Any:
            raise ResourceError("model not found")

    monkeypatch.setitem(sys.modules, "marsad_tests_fake_tagger", NoModel)
    monkeypatch.setattr(entities_stage, "TAGGER_MODULE", "marsad_tests_fake_tagger")
    assert entities_stage.tagger(Resources()) is None


def test_stage_uses_the_tagger_when_there_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tagger:
        def tag(self, text: str, tokens: Any, sentences: Any) -> list[Entity]:
            i = text.index("سيرغي")
            return [Entity(i, i + len("سيرغي سميرنوف"), "PER")]

    class Module:
        @staticmethod
        def load_tagger(res: Resources) -> Tagger:
            return Tagger()

    monkeypatch.setitem(sys.modules, "marsad_tests_fake_tagger", Module)
    monkeypatch.setattr(entities_stage, "TAGGER_MODULE", "marsad_tests_fake_tagger")
    doc = Pipeline(["sentences", "tokens", "entities"], resources=Resources())(Document("التقى سيرغي سميرنوف بوتين."))
    assert [doc.text[e.start : e.end] for e in doc.layer("entities")] == ["سيرغي سميرنوف", "بوتين"]


# --- the reference article --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_json(seed_path: Path) -> dict[str, Any]:
    from marsad.extract import load_path
    from marsad.output import to_json

    doc = load_path(seed_path)
    return to_json(Pipeline()(doc))


@pytest.mark.shared
def test_seed_entities(seed_json: dict[str, Any]) -> None:
    text = seed_json["text"]
    got = {(e["text"], e["type"]) for e in seed_json["entities"]}
    for e in seed_json["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    expected = {
        "PER": ["سيرغي ريابكوف", "فلاديمير بوتين", "جو بايدن", "فيدور لوكيانوف"],
        "ORG": ["إنترفاكس", "تاس", "الكرملين", "حلف شمال الأطلسي", "الناتو", "الكونغرس", "لوموند"],
        "LOC": ["واشنطن", "موسكو", "روسيا", "الولايات المتحدة", "أوكرانيا", "أفغانستان", "جنيف", "فنلندا"],
    }
    missing = [(name, typ) for typ, names in expected.items() for name in names if (name, typ) not in got]
    assert not missing
    ids = {e["text"]: e["id"] for e in seed_json["entities"]}
    assert ids["حلف شمال الأطلسي"] == ids["الناتو"] is not None
    ryabkov = next(e for e in seed_json["entities"] if e["text"] == "سيرغي ريابكوف")
    assert (ryabkov["role"], ryabkov["country"]) == ("نائب وزير الخارجية", "RUS")


@pytest.mark.shared
def test_seed_countries(seed_json: dict[str, Any]) -> None:
    assert {"USA", "RUS", "UKR", "AFG", "FIN", "CHE", "FRA"} <= set(seed_json["countries"])


def test_title_context_extends_a_short_tagger_span(res: Resources) -> None:
    text = "وقال وزير الخارجية الكازاخستاني مختار تلوبردي إن بلاده ترحب."
    tagged = (Entity(text.index("مختار"), text.index(" تلوبردي"), "PER"),)  # the tagger found the first name only
    person = ents(text, res, tagged)["مختار تلوبردي"]
    assert (person.role, person.country) == ("وزير الخارجية", "KAZ")


@pytest.mark.shared
def test_offsets_and_no_overlaps_on_saudinewsnet(shared_dir: Path, res: Resources) -> None:
    import json
    import zipfile

    from marsad.extract import document_from_record

    zpath = sorted((shared_dir / "data" / "corpora" / "saudinewsnet").glob("*.zip"))[0]
    with zipfile.ZipFile(zpath) as z:
        articles = json.loads(z.read(z.namelist()[0]))[:150]
    pipeline = Pipeline(["sentences", "tokens", "countries", "entities"], resources=res)
    count = 0
    for art in articles:
        doc = pipeline(document_from_record(art))
        assert not doc.errors
        previous = None
        for e in doc.layer("entities"):
            span = doc.text[e.start : e.end]
            assert span and span == span.strip() and e.type in ("PER", "ORG", "LOC", "MISC")
            assert previous is None or previous.end <= e.start
            previous = e
            count += 1
        for c in doc.layer("countries"):
            assert doc.text[c.start : c.end].strip() and len(c.country) == 3
    assert count > 1000


def test_contracted_article_span_starts_at_the_stem(res: Resources) -> None:
    text = "وجه الرئيس رسالة للأمم المتحدة وللكرملين."
    found = ents(text, res)
    assert found["أمم المتحدة"].id == "Q1065" and found["كرملين"].id == "marsad:kremlin"
    tagged = (Entity(text.index("كرملين"), text.index("."), "ORG"),)  # the tagger trims لل the same way
    assert ents(text, res, tagged)["كرملين"].id == "marsad:kremlin"


def test_ministries_with_their_country(res: Resources) -> None:
    text = (
        "وأعلنت الخارجية الأمريكية أن وزارة الدفاع الروسية ووزارة الداخلية سترد، "
        "فيما ارتفعت الأسواق المالية الأمريكية."
    )
    orgs = {t: e.country for t, e in ents(text, res).items() if e.type == "ORG"}
    assert orgs == {"الخارجية الأمريكية": "USA", "وزارة الدفاع الروسية": "RUS", "وزارة الداخلية": None}
    assert not [t for t, e in ents("وقال نائب وزير الخارجية الروسي إن", res).items() if e.type == "ORG"]


def test_apposition_gives_a_known_person_role_and_country(res: Resources) -> None:
    person = ents("وقال ميقاتي، رئيس الحكومة اللبنانية، إن الوضع صعب.", res)["ميقاتي"]
    assert (person.role, person.country, person.id) == ("رئيس الحكومة", "LBN", "Q318493")


def test_a_tagger_place_running_past_a_known_name_is_cut_back(res: Resources) -> None:
    text = "قال إن روسيا والولايات المتحدة ستجريان جولة محادثات في جنوب لبنان."
    start = text.index("الولايات")
    tagged = (
        Entity(start, text.index(" جولة"), "LOC"),  # "الولايات المتحدة ستجريان": a verb swallowed
        Entity(text.index("جنوب"), text.index("."), "LOC"),  # "جنوب لبنان": words before the place
    )
    found = ents(text, res, tagged)
    assert found["الولايات المتحدة"].id == "USA" and "الولايات المتحدة ستجريان" not in found
    assert found["جنوب لبنان"].country == "LBN" and "لبنان" not in found


def test_feminine_titles_and_a_title_after_a_comma_introduces_the_next_name(res: Resources) -> None:
    text = "استقبل الوزير د. عبدالله الربيعة، وزيرة الإعلام اليمنية نادية السقاف."
    found = ents(text, res)
    assert (found["نادية السقاف"].role, found["نادية السقاف"].country) == ("وزيرة الإعلام", "YEM")
    assert found["عبدالله الربيعة"].role != "وزيرة الإعلام" and found["عبدالله الربيعة"].country is None


def test_a_person_in_an_institution_name_is_not_a_person(res: Resources) -> None:
    found = ents("وزار الوفد مركز الملك سلمان للإغاثة وجامعة الملك سعود في الرياض.", res)
    assert not [t for t, e in found.items() if e.type == "PER"]


def test_a_city_the_tagger_reads_as_a_club_stays_an_organization(res: Resources) -> None:
    text = "وفاز برشلونة على ريال مدريد في برشلونة."
    first = text.index("برشلونة")
    tagged = (Entity(first, first + len("برشلونة"), "ORG"), Entity(text.index("ريال"), text.index(" في"), "ORG"))
    found = link_entities(text, res.tokenizer(text), res, tagged)
    assert [(text[e.start : e.end], e.type, e.country) for e in found] == [
        ("برشلونة", "ORG", "ESP"), ("ريال مدريد", "ORG", "ESP"), ("برشلونة", "LOC", "ESP")
    ]


def test_tagger_spans_lose_verbs_and_function_words_at_their_edges(res: Resources) -> None:
    text = "واعتبر فيدور لوكيانوف، الخبير الروسي، أن الوضع صعب."
    tagged = (Entity(0, text.index("،"), "PER"),)  # the tagger took the verb in
    person = ents(text, res, tagged)["فيدور لوكيانوف"]
    assert (person.type, person.country, person.role) == ("PER", "RUS", "الخبير")


def test_a_future_verb_tagged_as_a_name_is_dropped(res: Resources) -> None:
    text = "قال إن مصر والأردن ستجريان محادثات وإن ستوكهولم ستكون المقر."
    tagged = (
        Entity(text.index("ستجريان"), text.index(" محادثات"), "LOC"),
        Entity(text.index("ستوكهولم"), text.index(" ستكون"), "LOC"),
        Entity(text.index("ستكون"), text.index(" المقر"), "LOC"),
    )
    found = ents(text, res, tagged)
    assert "ستجريان" not in found and "ستكون" not in found
    assert found["ستوكهولم"].type == "LOC"


def test_outlet_country_is_not_a_country_referred_to(res: Resources) -> None:
    from marsad.output import countries

    text = "قال مسؤول في موسكو لوكالة رويترز إن المحادثات ستستأنف."
    doc = Pipeline(resources=res)(Document(text=text))
    found = {doc.text[e.start : e.end]: e for e in doc.layer("entities")}
    assert found["رويترز"].kind == "agency" and found["رويترز"].country == "GBR"
    assert found["موسكو"].kind == "capital"
    assert countries(doc) == ["RUS"]  # the credit to Reuters is not a mention of the United Kingdom


def test_a_city_that_names_an_accord_lends_no_country(res: Resources) -> None:
    from marsad.output import countries

    text = "وقال الوزير إن اتفاقات مينسك ما زالت أساس الحل، وإن لاتفاق باريس للمناخ أولوية، قبل أن يصل إلى روما."
    doc = Pipeline(resources=res)(Document(text=text))
    found = {doc.text[e.start : e.end]: e for e in doc.layer("entities")}
    assert found["مينسك"].type == "LOC" and found["مينسك"].country is None  # still a place, not Belarus
    assert "FRA" not in countries(doc) and "BLR" not in countries(doc)
    assert countries(doc) == ["ITA"]  # the city he travels to counts
    later = "ثم زار الوفد مينسك بعد توقيع اتفاقية جنيف."
    doc = Pipeline(resources=res)(Document(text=later))
    assert countries(doc) == ["BLR"]


def test_tagger_spans_headed_by_a_disease_are_dropped(res: Resources) -> None:
    text = "وسجلت وزارة الصحة في القاهرة إصابات جديدة بفيروس كورونا، فيما قال خالد مجاهد إن كوفيد تحت السيطرة."
    virus = text.index("بفيروس")
    covid = text.index("كوفيد")
    person = text.index("خالد مجاهد")
    tagged = (Entity(virus, virus + len("بفيروس كورونا"), "PER"), Entity(covid, covid + len("كوفيد"), "PER"),
              Entity(person, person + len("خالد مجاهد"), "PER"))
    found = ents(text, res, tagged)
    assert not any(w in name for name in found for w in ("فيروس", "كورونا", "كوفيد"))
    assert found["خالد مجاهد"].type == "PER"  # the rule drops only what a disease word heads
    assert found["القاهرة"].country == "EGY"


def test_a_region_noun_tagged_alone_joins_the_place_after_it(res: Resources) -> None:
    text = "وسيطر مقاتلون على مخازن بريف دمشق أمس."
    rif = text.index("ريف")
    dam = text.index("دمشق")
    found = ents(text, res, (Entity(rif, rif + 3, "LOC"), Entity(dam, dam + 4, "LOC")))  # as the tagger gives them
    assert "ريف" not in found and "دمشق" not in found
    region = found["ريف دمشق"]
    assert region.type == "LOC" and region.country == "SYR" and region.id is None  # not the city's id
    alone = ents("وزار الوفد دمشق أمس.", res)
    assert alone["دمشق"].country == "SYR" and alone["دمشق"].id  # a city on its own keeps its id


def test_a_place_ending_in_a_nisba_takes_its_country(res: Resources) -> None:
    text = "وانتشر المرض في بعض الولايات الأمريكية وفي الأراضي الفلسطينية أمس."
    states = text.index("الولايات")
    lands = text.index("الأراضي")
    tagged = (Entity(states, states + len("الولايات الأمريكية"), "LOC"),
              Entity(lands, lands + len("الأراضي الفلسطينية"), "LOC"))
    found = ents(text, res, tagged)
    assert found["الولايات الأمريكية"].country == "USA"
    assert found["الأراضي الفلسطينية"].country == "PSE"


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("وظهر في الفيلم النجم بروس ويليس مع زملائه.", "بروس ويليس", "PER"),  # ب of a name: no preposition
    ("وغرقت السفينة في بحر سولو قبل أيام.", "بحر سولو", "LOC"),  # a head noun: بحر, not ب + حر
    ("وقال الباحث د. فراس الحمدان إن الوضع خطير.", "فراس الحمدان", "PER"),  # ف after a title: no conjunction
])
def test_a_first_letter_the_tagger_read_as_a_proclitic_stays_in_the_name(
        res: Resources, text: str, name: str, typ: str) -> None:
    at = text.index(name)
    tagged = (Entity(at + 1, at + len(name), typ),)  # the tagger's span, one letter short
    found = ents(text, res, tagged)
    assert name in found and found[name].type == typ


def test_a_preposition_before_a_common_word_or_a_place_is_still_dropped(res: Resources) -> None:
    text = "وعقد الاجتماع بلندن أمس."
    at = text.index("لندن")
    found = ents(text, res, (Entity(at, at + len("لندن"), "LOC"),))
    assert "لندن" in found and "بلندن" not in found


def test_a_surname_found_inside_a_full_name_links_its_later_mentions(res: Resources) -> None:
    text = "وقال المتحدث باسم الهيئة سامي بن عبد الله الدغيثر إن الفرق باشرت الحادث. وشدد الدغيثر على عدم التجمهر."
    at = text.index("سامي")
    tagged = (Entity(at, at + len("سامي بن عبد الله الدغيثر"), "PER"),)
    found = ents(text, res, tagged)
    assert "سامي بن عبد الله الدغيثر" in found
    assert "الدغيثر" in found and found["الدغيثر"].type == "PER"



def test_a_surname_that_names_a_known_place_stays_no_person_alone(res: Resources) -> None:
    text = ("وقال الناشط مازن الزبداني إن الحصار مستمر في الزبداني. ورفعت المعارضة الحصار عن الزبداني، "
            "وأكد الناشط الزبداني ذلك.")
    at = text.index("مازن")
    found = link_entities(text, res.tokenizer(text), res, (Entity(at, at + len("مازن الزبداني"), "PER"),))
    people = {e.start for e in found if e.type == "PER"}
    assert at in people  # the person named in full
    assert text.index("الزبداني،") not in people  # the town alone, in a story that names it as a place
    assert text.index("الزبداني ذلك") in people  # the surname after a title
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_a_lineage_never_ends_in_abd(res: Resources) -> None:
    text = "واستقبل الأمير فيصل بن خالد بن عبد الرحمن الوفد أمس."
    at = text.index("فيصل")
    found = ents(text, res, (Entity(at, text.index(" بن عبد"), "PER"),))  # the tagger's span: "فيصل بن خالد"
    assert "فيصل بن خالد بن عبد الرحمن" in found


@pytest.mark.parametrize(("text", "word", "kept"), [
    ("أصدر قرارا في 12 أبريل (نيسان) بتعيينه نائبا.", "نيسان", False),  # a month written as a date
    ("وقع الاتفاق في تموز 2015 بعد مفاوضات.", "تموز", False),
    ("وأعلنت نيسان عن سيارة جديدة.", "نيسان", True),  # the car maker
])
def test_a_month_written_as_a_date_is_no_organization(res: Resources, text: str, word: str, kept: bool) -> None:
    at = text.index(word)
    assert (word in ents(text, res, (Entity(at, at + len(word), "ORG"),))) == kept


def test_a_place_after_a_preposition_ends_the_taggers_name(res: Resources) -> None:
    text = "ودرس في جامعة كيرالا بالهند ثم عاد."
    at = text.index("جامعة")
    found = ents(text, res, (Entity(at, text.index(" ثم"), "LOC"),))
    assert found["جامعة كيرالا"].type == "ORG" and found["الهند"].type == "LOC"


@pytest.mark.parametrize("span", ["دوري عبد الرحمن فقيه", "كأس خادم الحرمين", "جامعة الملك فهد"])
def test_a_league_cup_or_institution_named_after_a_person_is_no_person(res: Resources, span: str) -> None:
    text = f"وانطلقت منافسات {span} أمس."
    at = text.index(span)
    found = ents(text, res, (Entity(at, at + len(span), "PER"),))
    assert not any(e.type == "PER" and name.startswith(span.split()[0]) for name, e in found.items())


def test_the_arab_world_is_a_place_without_a_country(res: Resources) -> None:
    found = ents("وتحدث عن أزمات الوطن العربي وقضايا العالم الإسلامي.", res)
    assert (found["الوطن العربي"].type, found["الوطن العربي"].country) == ("LOC", None)
    assert found["العالم الإسلامي"].type == "LOC"


def test_a_surname_written_with_taa_marbuta_is_no_word_with_a_pronoun(res: Resources) -> None:
    text = "وقتل العالم محسن فخري زادة في هجوم. وقال مسؤول إن زادة كان مستهدفا."
    at = text.index("محسن")
    found = ents(text, res, (Entity(at, at + len("محسن فخري زادة"), "PER"),))
    assert "زادة" in found and found["زادة"].type == "PER"


@pytest.mark.parametrize(("span", "name"), [("السويسري كريستيان", "كريستيان"), ("النادي سامي الجابر", "سامي الجابر")])
def test_a_nisba_or_a_head_noun_before_a_person_is_no_part_of_the_name(res: Resources, span: str, name: str) -> None:
    text = f"وقال المدرب {span} إن الفريق جاهز."
    at = text.index(span)
    found = ents(text, res, (Entity(at, at + len(span), "PER"),))
    assert name in found and found[name].type == "PER" and span not in found


def test_a_phrase_that_names_nothing_is_no_person(res: Resources) -> None:
    text = "ودعا إلى احترام مبادئ حسن الجوار بين الدول."
    at = text.index("حسن")
    assert "حسن الجوار" not in ents(text, res, (Entity(at, at + len("حسن الجوار"), "PER"),))


def test_a_club_leaves_out_the_nationality_adjective_after_it(res: Resources) -> None:
    found = ents("فاز مانشستر يونايتد الإنجليزي على ضيفه، وتعادل النادي الصفاقسي مع منافسه.", res)
    club = found["مانشستر يونايتد"]
    assert (club.type, club.country) == ("ORG", "GBR")
    assert "مانشستر يونايتد الإنجليزي" not in found
    assert "النادي الصفاقسي" in found  # a club named by its nisba keeps it


def test_a_latin_acronym_in_brackets_after_an_organization_is_the_organization(res: Resources) -> None:
    text = "حذرت منظمة الصحة العالمية (WHO) من الوباء، وأشار تقرير (PDF) إلى الأرقام."
    found = ents(text, res)
    who, org = found["WHO"], found["منظمة الصحة العالمية"]
    assert (who.type, who.id) == ("ORG", org.id)
    assert "PDF" not in found  # after no organization


def test_a_unit_named_by_a_compound_ordinal_without_its_army(res: Resources) -> None:
    found = ents("أغار سرب الطيران الحادي والثلاثين على المواقع، وانسحبت الفرقة الخامسة للجيش من التلة.", res)
    assert found["سرب الطيران الحادي والثلاثين"].type == "ORG"
    assert found["الفرقة الخامسة"].type == "ORG"
    assert "الفرقة الخامسة للجيش" not in found


def test_outlets_written_in_latin_letters_are_linked(res: Resources) -> None:
    found = ents("REUTERS/Sami Haddad رجل يتسوق، ونقلت وكالة Xinhua عن مصادر أن BBC ستبث المقابلة.", res)
    assert (found["REUTERS"].type, found["REUTERS"].country) == ("ORG", "GBR")
    assert found["Xinhua"].country == "CHN"
    assert found["BBC"].id is not None


def test_forces_before_a_known_armed_group_are_one_name(res: Resources) -> None:
    found = ents("تقدمت قوات المقاومة الشعبية نحو الميناء، فيما قصفت قوات حزب الله التلال.", res)
    forces = found["قوات المقاومة الشعبية"]
    assert forces.type == "ORG" and forces.id is not None
    assert "حزب الله" in found  # a party's forces: the party is the name


def test_a_competitions_year_stays_in_the_name_of_its_committee(res: Resources) -> None:
    found = ents("وأعلنت اللجنة المنظمة لكأس آسيا 2027 عن الجدول، وقالت اللجنة المنظمة لكأس آسيا أمس إن 2027 عام مميز.",
                 res)
    assert found["اللجنة المنظمة لكأس آسيا 2027"].type == "ORG"
    assert found["اللجنة المنظمة لكأس آسيا"].type == "ORG"  # a year later in the clause is no edition


def test_the_official_name_of_a_listed_committee(res: Resources) -> None:
    found = ents("وشاركت اللجنة الأولمبية العربية السعودية في الاجتماع.", res)
    assert found["اللجنة الأولمبية العربية السعودية"].country == "SAU"


def test_a_group_named_by_a_head_and_its_adjective_is_no_name(res: Resources) -> None:
    found = ents("سيطرت الميليشيات الحوثية على المدينة، ثم انسحبت ميليشيات الحوثي منها.", res)
    assert "الميليشيات الحوثية" not in found
    assert found["ميليشيات الحوثي"].type == "ORG"


def test_an_acronym_the_tagger_reads_takes_the_organizations_id(res: Resources) -> None:
    text = "وأعلنت منظمة البلدان المصدرة للنفط «OPEC» خفض الإنتاج."
    start = text.index("OPEC")
    found = ents(text, res, (Entity(start, start + 4, "ORG"),))
    assert found["OPEC"].id is not None
    assert found["OPEC"].id == found["منظمة البلدان المصدرة للنفط"].id


def _tagged_person(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), "PER")


def test_a_tagged_person_span_over_and_is_two_people(res: Resources) -> None:
    text = "واستلهم الثنائي سارة لويز هارتلي وجيوفاني ماركوتي تصاميم المجموعة."
    found = ents(text, res, (_tagged_person(text, "سارة لويز هارتلي وجيوفاني ماركوتي"),))
    assert found["سارة لويز هارتلي"].type == "PER" and found["جيوفاني ماركوتي"].type == "PER"
    assert "سارة لويز هارتلي وجيوفاني ماركوتي" not in found


def test_a_given_name_with_waw_keeps_a_person_span_whole(res: Resources) -> None:
    text = "واستقبل الوزير سامر وليد الحداد في مكتبه."
    found = ents(text, res, (_tagged_person(text, "سامر وليد الحداد"),))
    assert found["سامر وليد الحداد"].type == "PER"


def test_ali_after_a_title_is_the_given_name_not_the_preposition(res: Resources) -> None:
    text = "ورافق الوزير المستشار الدكتور علي الفرحان في زيارته."  # no alif maqsura anywhere in the text
    found = ents(text, res, (_tagged_person(text, "الفرحان"),))
    assert found["علي الفرحان"].type == "PER"
    plain = "وحصل الفريق على الفرحان في نهاية الموسم."
    assert "على الفرحان" not in ents(plain, res, (_tagged_person(plain, "الفرحان"),))


def test_the_atlantic_alliance_is_nato(res: Resources) -> None:
    assert ents("وقال الحلف الأطلسي إن المهمة انتهت.", res)["الحلف الأطلسي"].id == "Q7184"


def test_an_armed_groups_noun_alone_is_the_group_in_the_same_article(res: Resources) -> None:
    text = ("وقالت المقاومة الشعبية إن مقاتليها تقدموا، وأكد قائد في المقاومة أن الدعم للمقاومة مستمر، "
            "وقال متحدث باسم المقاومة الفلسطينية إن")
    found = link_entities(text, res.tokenizer(text), res)
    group = next(e for e in found if text[e.start : e.end] == "المقاومة الشعبية")
    short = [e for e in found if text[e.start : e.end] in ("المقاومة", "مقاومة")]
    assert len(short) == 2 and all(e.type == "ORG" and e.id == group.id for e in short)
    assert "المقاومة" not in ents("وأكد قائد في المقاومة أن الدعم مستمر.", res)


@pytest.mark.parametrize(("text", "person", "name", "typ"), [
    ("وصلى المصلون بمسجد حمزة بن سالم ليلة القدر.", "حمزة بن سالم", "مسجد حمزة بن سالم", "LOC"),
    ("ودرس في جامعة نايف سنوات.", "نايف", "جامعة نايف", "ORG"),
])
def test_a_person_read_after_a_naming_noun_is_the_place_or_body(res: Resources, text: str, person: str, name: str,
                                                                 typ: str) -> None:
    found = ents(text, res, (_tagged_person(text, person),))
    assert found[name].type == typ and person not in found


def test_a_person_read_after_a_prize_is_no_person(res: Resources) -> None:
    text = "وفاز الفريق بجائزة سالم بن حمد للتميز."
    assert "سالم بن حمد" not in ents(text, res, (_tagged_person(text, "سالم بن حمد"),))


def test_an_administrative_noun_leaves_a_tagged_place(res: Resources) -> None:
    text = "واختتم المعرض في مدينة تشانغ ب مقاطعة هيلونغ شمال الصين."
    start = text.index("مقاطعة هيلونغ")
    found = ents(text, res, (Entity(start, start + len("مقاطعة هيلونغ"), "LOC"),))
    assert found["هيلونغ"].type == "LOC" and "مقاطعة هيلونغ" not in found


def test_a_tagged_name_keeps_its_first_letter_sin(res: Resources) -> None:
    text = "واعتمد مدير التعليم سعيد بن سالم الحارثي اللجان."
    start = text.index("سعيد") + 1  # the tagger read س as the future's proclitic
    found = ents(text, res, (Entity(start, text.index(" اللجان"), "PER"),))
    assert "سعيد بن سالم الحارثي" in found


def test_a_given_name_in_fa_is_no_conjunction_and_name(res: Resources) -> None:
    text = "وقال فراس الحربي إن المشروع اكتمل."  # not ف + راس
    start = text.index("فراس")
    found = ents(text, res, (Entity(start, start + len("فراس الحربي"), "PER"),))
    assert "فراس الحربي" in found


def test_a_given_names_first_letter_is_no_proclitic(res: Resources) -> None:
    text = "وقال وليد الحربي إن المشروع اكتمل."
    start = text.index("وليد") + 1  # the tagger read و as the conjunction
    found = ents(text, res, (Entity(start, start + len("ليد الحربي"), "PER"),))
    assert "وليد الحربي" in found


def _stage_entities(text: str, url: str) -> dict[str, Entity]:
    doc = Document(text, title=text.split("\n")[0], meta={"url": url})
    doc = Pipeline(["sentences", "tokens", "entities"], resources=Resources())(doc)
    return {doc.text[e.start : e.end]: e for e in doc.layer("entities")}


def test_the_publishers_own_name_before_a_dash_and_a_place_is_the_outlet() -> None:
    text = "تقرير عن الأدوية\n\nاليوم - واشنطن\n\nكشف تقرير حديث أن الأدوية تباع اليوم بكثرة."
    found = _stage_entities(text, "http://www.alyaum.com/article/1")
    outlet = next(e for name, e in found.items() if name == "اليوم")
    assert outlet.type == "ORG" and outlet.id is not None and found["واشنطن"].type == "LOC"
    assert sum(1 for e in found.values() if e.type == "ORG") == 1  # "اليوم" in the body is today
    other = _stage_entities(text, "http://www.okaz.com.sa/article/1")
    assert "اليوم" not in other


def test_the_publishers_quoted_name_before_min_and_a_place_is_the_outlet() -> None:
    text = "مبيعات السيارات\n\n«الاقتصادية» من الرياض\n\nارتفعت مبيعات السيارات في الصين."
    found = _stage_entities(text, "http://www.aleqt.com/2015/07/21/article_1.html")
    assert found["الاقتصادية"].type == "ORG" and found["الرياض"].type == "LOC"


def test_a_verb_inside_a_tagged_person_span_parts_two_people(res: Resources) -> None:
    text = "الجنرال هارتمان يحذر الدوسري من إخفاء التفاصيل."
    found = ents(text, res, (_tagged_person(text, "هارتمان يحذر الدوسري"),))
    assert "هارتمان" in found and "الدوسري" in found and not any("يحذر" in name for name in found)
    kept = "وقال تيسير تامر الحسن إن المشروع اكتمل."
    assert "تيسير تامر الحسن" in ents(kept, res, (_tagged_person(kept, "تيسير تامر الحسن"),))


def test_a_name_after_bani_is_a_tribe_not_a_person(res: Resources) -> None:
    text = "ويتوجه أهالي بني سالم إلى الجبال بعد صلاة العيد."
    assert "سالم" not in ents(text, res, (_tagged_person(text, "سالم"),))
