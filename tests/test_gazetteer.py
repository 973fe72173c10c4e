"""The gazetteer lexicons are well-formed and consistent, and matching respects clitics and offsets."""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from marsad.document import Document
from marsad.gazetteer import load_gazetteer, nisba_forms
from marsad.gazetteer.lexicon import name_keys
from marsad.gazetteer.match import find_all, token_keys
from marsad.resources import LEXICON_DIR, Resources, read_table
from marsad.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
ID = re.compile(r"^(Q[1-9][0-9]*|marsad:[a-z0-9-]+)$")
NAME_FILES = {"leaders": "PER", "outlets": "ORG", "organizations": "ORG", "companies": "ORG", "countries": "LOC",
              "places": "LOC"}
OWN_FILES = [*NAME_FILES, "countries_extra", "nisba", "titles", "name_context", "offices", "given_names", "not_names",
             "not_entities"]
# G20 members, Arab League members, Iran, Israel, Turkey
KEY_COUNTRIES = (
    "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA "
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SOM SDN SYR TUN ARE YEM IRN ISR"
).split()


def _iso3(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


@pytest.mark.parametrize("name", OWN_FILES)
def test_lexicon_header_names_source_and_licence(name: str) -> None:
    first = (LEXICON_DIR / f"{name}.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source:") and "licence" in first


@pytest.mark.parametrize("name", NAME_FILES)
def test_name_rows_are_well_formed(name: str) -> None:
    for row in read_table(name, 1):
        assert row["name"] and not re.search(r"[\u064b-\u0652\u0640]", row["name"]), f"{name}: {row}"
        if name == "countries":
            assert _iso3(row["iso3"]), row
            continue
        assert row["id"] == "" or ID.match(row["id"]), f"{name}: bad id {row}"
        assert row["country"] == "" or _iso3(row["country"]), f"{name}: bad country {row}"


def test_world_places_are_well_formed() -> None:
    """GeoNames cities (scripts/build_name_lists.py): folded Arabic names, a GeoNames id, a real country or none."""
    rows = read_table("world_places", 2)
    assert len(rows) > 5000
    for row in rows:
        name = row["name"]
        assert re.fullmatch(r"[\u0621-\u064a]+( [\u0621-\u064a]+)*", name) and fold(name) == name, row
        assert re.fullmatch(r"geonames:[1-9][0-9]*", row["id"]) and row["population"].isdigit(), row
        assert row["country"] == "" or _iso3(row["country"]), row
    world = {r["name"]: r["country"] for r in rows}
    assert world["اسطنبول"] == "TUR" and world["يريفان"] == "ARM" and world["بورتسموث"] == ""  # British and American
    assert "سنه" not in world  # "year": a town's name elsewhere, an ordinary word here


def test_tagger_places_link_to_world_cities(res: Resources) -> None:
    """A place the tagger finds and the hand-written lists do not know gets its GeoNames id and country;
    the world list never adds entities of its own."""
    from marsad.document import Entity
    from marsad.gazetteer.link import link_entities
    from marsad.stages.basics import tokens

    text = "وصل الوفد إلى ماديسن ثم إلى سيدني"
    doc = Document(text)
    toks = tokens(doc, res)
    s1 = text.index("ماديسن")
    linked = link_entities(text, toks, res, tagged=[Entity(s1, s1 + len("ماديسن"), "LOC")])
    assert [(text[e.start:e.end], e.country) for e in linked] == [("ماديسن", "USA")]
    assert linked[0].id is not None and linked[0].id.startswith("geonames:")
    visit = "زار الوفد إسطنبول"
    s2 = visit.index("إسطنبول")
    hand = link_entities(visit, tokens(Document(visit), res), res, tagged=[Entity(s2, len(visit), "LOC")])
    assert hand[0].country == "TUR" and hand[0].id == "Q406"  # the hand-written list wins
    org = link_entities(text, toks, res, tagged=[Entity(s1, s1 + len("ماديسن"), "ORG")])
    assert all(e.country is None for e in org)  # only places are linked to cities


def test_place_and_org_kinds_are_known() -> None:
    kinds = {
        "places": {"capital", "city", "region", "ambiguous"},
        "organizations": {"intl", "gov", "party", "group", "company"},
        "companies": {"company", "club"},
        "outlets": {"agency", "newspaper", "broadcaster", "site"},
    }
    for name, allowed in kinds.items():
        for row in read_table(name, 1):
            assert row["kind"] in allowed, f"{name}: {row}"
            if name == "places" and row["kind"] == "ambiguous":
                assert row["country"] == "", f"an ambiguous place has no country: {row}"


def test_each_id_names_one_thing() -> None:
    """Aliases share an id; an id never stands for two types or two countries."""
    seen: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name, typ in NAME_FILES.items():
        if name == "countries":
            continue
        for row in read_table(name, 1):
            if row["id"]:
                seen[row["id"]].add((typ, row["country"]))
    conflicts = {k: v for k, v in seen.items() if len(v) > 1}
    assert not conflicts


def test_no_written_form_has_two_meanings() -> None:
    meaning: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for name, typ in NAME_FILES.items():
        for row in read_table(name, 1):
            if row.get("context") == "org_only":
                continue  # an outlet named by a common word (الرياض the daily): never matched as a written form
            ident = row["iso3"] if name == "countries" else row["id"]
            country = row["iso3"] if name == "countries" else row["country"]
            value = (typ, ident, country)
            key = name_keys(row["name"])
            assert meaning.setdefault(key, value) == value, f"{row['name']} in {name}: {value} vs {meaning[key]}"


def test_offices_belong_to_listed_people_with_valid_years() -> None:
    people = {row["id"] for row in read_table("leaders", 2) if row["id"]}
    for row in read_table("offices", 2):
        assert row["id"] in people, row
        assert row["country"] == "" or _iso3(row["country"]), row
        start, end = int(row["from"]), (int(row["to"]) if row["to"] else 2100)
        assert 1900 < start <= end, row


def test_name_list_builder_cleans_and_filters_names() -> None:
    """scripts/build_name_lists.py: Arabic letters only, folded; ordinary words out of the place list."""
    spec = importlib.util.spec_from_file_location("build_name_lists", ROOT / "scripts" / "build_name_lists.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.clean("سان-بيدرو") == "سان بيدرو" and module.clean("الإسكندرية") == fold("الإسكندرية")
    assert module.clean("اسکالدس") is None and module.clean("Paris") is None and module.clean("قم") is None
    profile = {"سنه": {"O": 1855}, "الجزيره": {"ORG": 300, "LOC": 50, "O": 100}, "موسكو": {"LOC": 396, "ORG": 32},
               "نادر": {"O": 5}}
    assert module.ordinary("سنه", profile) and module.ordinary("الجزيره", profile, "LOC")
    assert not module.ordinary("الجزيره", profile) and not module.ordinary("موسكو", profile, "LOC")
    assert not module.ordinary("نادر", profile) and not module.ordinary("سنه سعيده", profile)


def test_titles_and_context_kinds() -> None:
    assert {row["kind"] for row in read_table("titles", 1)} == {"title", "mod", "desc", "hon"}
    kinds = {row["kind"] for row in read_table("name_context", 2)}
    assert kinds == {"verb", "stop", "post", "facility", "accord", "region", "admin", "body"}


def test_nisba_rows_use_real_codes_and_cover_key_countries() -> None:
    codes = set()
    for row in read_table("nisba", 2):
        assert _iso3(row["iso3"]), row
        assert (row["flags"] or "-") in ("-", "article", "fixed"), row
        codes.add(row["iso3"])
    assert set(KEY_COUNTRIES) - {"COM"} <= codes  # Comoros: قمري is also "lunar"


def test_key_countries_have_names_and_capitals() -> None:
    countries = {row["iso3"] for row in read_table("countries", 2)}
    assert set(KEY_COUNTRIES) <= countries
    capitals = {row["country"] for row in read_table("places", 1) if row["kind"] == "capital"}
    assert {"USA", "RUS", "GBR", "FRA", "DEU", "CHN", "SAU", "EGY", "IRN", "TUR", "SYR", "IRQ"} <= capitals


def test_key_people_are_linked_with_checked_ids() -> None:
    ids = {fold(row["name"]): row["id"] for row in read_table("leaders", 2)}
    assert ids[fold("فلاديمير بوتين")] == ids[fold("بوتين")] == "Q7747"
    assert ids[fold("جو بايدن")] == "Q6279"
    assert ids[fold("دونالد ترامب")] == "Q22686"
    assert ids[fold("باراك أوباما")] == "Q76"
    assert ids[fold("رجب طيب أردوغان")] == ids[fold("أردوغان")]
    for name in ("لافروف", "كيري", "بلينكن", "ريابكوف", "روحاني", "ظريف", "نتنياهو", "السيسي", "الملك سلمان",
                 "محمد بن سلمان"):
        assert ids.get(fold(name)), name


def test_countries_file_is_what_the_build_script_writes() -> None:
    spec = importlib.util.spec_from_file_location("build_gazetteers", ROOT / "scripts" / "build_gazetteers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = {tuple(r) for r in module.build()}
    shipped = {(r["name"], r["iso3"], r["source"]) for r in read_table("countries", 3)}
    # exact with the babel/pycountry versions it was built with; newer CLDR/iso-codes may differ a little
    assert {r for r in shipped if r[2] == "manual"} <= rows
    assert len(rows & shipped) >= 0.9 * len(shipped)
    names = {r[0]: r[1] for r in rows}
    assert names["روسيا"] == "RUS" and names["أمريكا"] == "USA" and names["سورية"] == "SYR"
    assert "مالي" not in names and "كوريا" not in names  # ambiguous in running text


def test_nisba_forms_cover_genders_numbers_and_article() -> None:
    forms = nisba_forms("روسي", "-", ["روس"])
    for form in ("روسي", "الروسي", "روسية", "الروسية", "الروسيون", "الروسيين", "روسيات", "الروسيتان", "الروس"):
        assert fold(form) in forms, form
    assert "تركي" not in nisba_forms("تركي", "article")  # a personal name
    assert fold("التركية") in nisba_forms("تركي", "article")
    two = nisba_forms("كوري جنوبي")
    assert fold("الكورية الجنوبية") in two and fold("الكوريون الجنوبيون") in two


def test_american_nisba_in_all_spellings(res: Resources) -> None:
    gaz = load_gazetteer(res)
    for form in ("الأميركي", "الأمريكي", "الأمريكية", "الأميركيون", "الأمريكيين", "أمريكية", "الأمريكان"):
        entry = gaz.nisba.get(name_keys(form))
        assert entry is not None and entry.country == "USA", form
    for form, iso in (("السعوديون", "SAU"), ("المصريين", "EGY"), ("الأتراك", "TUR"), ("الإسرائيلية", "ISR")):
        entry = gaz.nisba.get(name_keys(form))
        assert entry is not None and entry.country == iso, form
    for ambiguous in ("المالي", "القمري", "الكوري", "العربي", "البابوي", "البابوية"):  # البابوية: papal
        assert gaz.nisba.get(name_keys(ambiguous)) is None, ambiguous
    entry = gaz.nisba.get(name_keys("البابوي الغيني"))
    assert entry is not None and entry.country == "PNG"


def _matches(text: str, res: Resources) -> list[tuple[str, str | None]]:
    gaz = load_gazetteer(res)
    keys = token_keys(text, res.tokenizer(text))
    return [(text[m.start : m.end], m.entry.id) for m in find_all(gaz.names, keys)]


def test_matching_strips_proclitics_but_keeps_the_article(res: Resources) -> None:
    text = "وموسكو ولبنان وبالناتو وللولايات المتحدة فالكرملين"
    found = _matches(text, res)
    assert ("موسكو", "Q649") in found
    assert ("لبنان", "LBN") in found  # the ل of لبنان is not a preposition
    assert ("الناتو", "Q7184") in found
    assert ("الكرملين", "marsad:kremlin") in found
    assert ("ولايات المتحدة", "USA") in found  # لل: both letters are proclitics, as in the tagger's spans


def test_matching_prefers_the_longest_name(res: Resources) -> None:
    found = _matches("قالت نيويورك تايمز إن أمريكا اللاتينية وجنوب السودان وحلف شمال الأطلسي", res)
    assert ("نيويورك تايمز", "Q9684") in found
    assert ("أمريكا اللاتينية", "Q12585") in found  # a region, not the USA
    assert ("جنوب السودان", "SSD") in found
    assert ("حلف شمال الأطلسي", "Q7184") in found


def test_matching_ignores_diacritics_and_keeps_offsets(res: Resources) -> None:
    text = "زار وَمُوسْكُو ثم واشنطـن"
    found = _matches(text, res)
    assert [i for _, i in found] == ["Q649", "Q61"]
    assert found[0][0] == "مُوسْكُو" and found[1][0] == "واشنطـن"


def test_no_match_inside_longer_words(res: Resources) -> None:
    assert _matches("الروسيات والتركمانستانيون وموسكوفيتش", res) == []


def test_phrases_that_are_not_names(res: Resources) -> None:
    from marsad.gazetteer.docmatch import doc_matches

    text = "عاد إلى مسقط رأسه ثم زار مسقط، وقالت قناة روسيا اليوم إن روسيا اليوم ترفض"
    _, names, _ = doc_matches(text, res.tokenizer(text), res)
    found = [(text[m.start : m.end], m.entry.id) for m in names]
    assert found == [("مسقط", "Q3826"), ("قناة روسيا اليوم", "marsad:rt"), ("روسيا", "RUS")]


def test_document_countries_layer(res: Resources) -> None:
    from marsad.pipeline import Pipeline

    doc = Pipeline(["sentences", "tokens", "countries"], resources=res)(
        Document("التقى الوزير الفرنسي نظيره الألمانية في جنيف وزار العراق")
    )
    found = {(doc.text[c.start : c.end], c.country, c.kind) for c in doc.layer("countries")}
    assert found == {("الفرنسي", "FRA", "nisba"), ("الألمانية", "DEU", "nisba"), ("جنيف", "CHE", "city"),
                     ("العراق", "IRQ", "name")}


def test_selecting_candidates_keeps_what_a_scan_over_every_kept_one_keeps() -> None:
    # _select finds overlaps by bisection over the kept spans; the plain definition scans them all
    import random

    from marsad.gazetteer.link import _select
    from marsad.gazetteer.spans import Cand

    def scan(cands: list[Cand]) -> list[Cand]:
        chosen: list[Cand] = []
        for c in sorted(cands, key=lambda c: (c.priority, -(c.end - c.start), c.start)):
            if c.start < c.end and not any(c.overlaps(o) for o in chosen):
                chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)

    rng = random.Random(7)
    for _ in range(2000):
        cands = []
        for k in range(rng.randint(0, 12)):
            start = rng.randint(0, 40)
            end = start + rng.randint(-1, 9)
            cands.append(Cand(k, k + 1, start, end, "LOC", None, None, None, rng.randint(0, 3)))
        assert _select(cands) == scan(cands)
