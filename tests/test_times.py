"""The times stage: TIMEX3 values for Arabic time expressions, anchored to the publication date."""

from __future__ import annotations

import datetime as dt
import time
import tomllib
from pathlib import Path

import pytest

from marsad.document import Document, Sentence, TimeExpr
from marsad.resources import Resources, read_table
from marsad.times import find_times, resolve, time_for_span

FLOORS = tomllib.loads((Path(__file__).resolve().parent / "floors.toml").read_text(encoding="utf-8"))

DATA = Path(__file__).resolve().parent / "data"
SEED_DAY = dt.date(2021, 12, 9)


def _find(text: str, expr: str, anchor: dt.date | None = SEED_DAY) -> TimeExpr:
    found = [t for t in find_times(text, anchor) if text[t.start : t.end] == expr]
    assert found, f"{expr!r} not found in {text!r}: {[text[t.start:t.end] for t in find_times(text, anchor)]}"
    return found[0]


def _constructed() -> list[tuple[str, ...]]:
    rows = []
    for line in (DATA / "times_constructed.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(tuple(line.split("\t")))
    return rows


# ----------------------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_times(seed_path: Path, pipeline) -> tuple[Document, list[TimeExpr]]:  # type: ignore[no-untyped-def]
    from marsad.extract import load_path

    doc = load_path(seed_path)
    if doc.published is None:
        doc.published = SEED_DAY
    pipeline(doc)
    return doc, doc.layer("times")


def _seed_value(seed_times: tuple[Document, list[TimeExpr]], needle: str) -> TimeExpr:
    doc, times = seed_times
    hits = [t for t in times if needle in doc.text[t.start : t.end]]
    assert hits, f"no time expression containing {needle!r}"
    return hits[0]


def test_seed_today_thursday_is_the_publication_day(seed_times) -> None:  # type: ignore[no-untyped-def]
    assert _seed_value(seed_times, "اليوم الخميس").value == "2021-12-09"


def test_seed_day_before_yesterday_tuesday(seed_times) -> None:  # type: ignore[no-untyped-def]
    assert _seed_value(seed_times, "أول أمس الثلاثاء").value == "2021-12-07"


def test_seed_yesterday_alone(seed_times) -> None:  # type: ignore[no-untyped-def]
    doc, times = seed_times
    bare = [t for t in times if doc.text[t.start : t.end] == "أمس"]
    assert [t.value for t in bare] == ["2021-12-08"]


def test_seed_before_end_of_year_is_the_year_with_mod_end(seed_times) -> None:  # type: ignore[no-untyped-def]
    t = _seed_value(seed_times, "نهاية العام")
    assert (t.value, t.mod) == ("2021", "END")


def test_seed_more_than_two_hours(seed_times) -> None:  # type: ignore[no-untyped-def]
    t = _seed_value(seed_times, "ساعتين")
    assert (t.type, t.value, t.mod) == ("DURATION", "PT2H", "MORE_THAN")


def test_seed_offsets_point_into_the_clean_text(seed_times) -> None:  # type: ignore[no-untyped-def]
    doc, times = seed_times
    assert times
    for t in times:
        assert 0 <= t.start < t.end <= len(doc.text)
        assert doc.text[t.start : t.end].strip() == doc.text[t.start : t.end]


def test_seed_dateline_format_on_a_constructed_text() -> None:
    # The extractor removes the dateline from the seed's clean text; the same string in a body:
    assert _find("واشنطن\n09 ديسمبر 2021\nنقلت الوكالة", "09 ديسمبر 2021").value == "2021-12-09"


# ----------------------------------------------------------------------------- constructed sentences


@pytest.mark.parametrize("row", _constructed(), ids=lambda r: f"{r[0]}:{r[3]}")
def test_constructed_sentence(row: tuple[str, ...]) -> None:
    category, published, sentence, expr, typ, value, mod = row
    t = _find(sentence, expr, dt.date.fromisoformat(published))
    assert (t.type, t.value) == (typ, value), category
    if mod != "-":
        assert t.mod == mod


def test_constructed_set_covers_every_category() -> None:
    cats = {r[0] for r in _constructed()}
    assert cats >= {
        "absolute", "hijri", "relative_day", "weekday", "relative_period", "part_of_day", "ago", "clock",
        "duration", "set", "ref", "holiday",
    }


# ----------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    ["ولد في 32 ديسمبر 2021 في المدينة", "وقع الحادث في 30 شباط 2020", "في عام 99999 سيحدث", "في 31/02/2021 صدر",
     "في 30 صفر 1600 هـ", "في 99 يناير", ""],
)
def test_impossible_dates_give_no_value_and_no_crash(text: str) -> None:
    for t in find_times(text, SEED_DAY):
        assert not any(bad in t.value for bad in ("2021-12-32", "2020-02-30", "99999", "2021-02-31"))
    found = find_times(text, SEED_DAY)
    dated = [t for t in found if t.type == "DATE" and any(c.isdigit() for c in text[t.start : t.end])]
    assert dated == []


def test_clitics_on_time_words_still_match() -> None:
    text = "وأمس قال الوزير، وبالأمس أكد، ولليوم الثاني، وفي الشهر المقبل، فغدا يبدأ"
    found = {text[t.start : t.end]: t.value for t in find_times(text, SEED_DAY)}
    assert found["أمس"] == "2021-12-08"
    assert found["الأمس"] == "2021-12-08"
    assert found["الشهر المقبل"] == "2022-01"
    assert found["غدا"] == "2021-12-10"


def test_today_as_a_name_or_ordinal_day_is_not_a_date() -> None:
    text = "احتفلت المملكة باليوم الوطني، وفي اليوم الثاني من المؤتمر، وقالت صحيفة اليوم إن"
    assert find_times(text, SEED_DAY) == []


def test_general_is_not_the_year() -> None:
    assert find_times("قال الأمين العام السابق للأمم المتحدة", SEED_DAY) == []


def test_named_weekday_wins_over_a_late_crawl_date() -> None:
    # Crawled on Tuesday 2015-07-21, the article says "today (Monday)".
    t = _find("حدد كاميرون اليوم (الاثنين) ملامح الخطة", "اليوم (الاثنين)", dt.date(2015, 7, 21))
    assert t.value == "2015-07-20"


def test_weekday_lists_continue_forward() -> None:
    text = "تقام العروض الأحد المقبل والاثنين والثلاثاء"
    values = [t.value for t in find_times(text, SEED_DAY)]
    assert values == ["2021-12-12", "2021-12-13", "2021-12-14"]


def test_hijri_dates_keep_their_calendar() -> None:
    t = _find("صدر في 5 جمادى الأولى 1443 هـ", "5 جمادى الأولى 1443 ه")
    assert (t.value, t.calendar) == ("2021-12-09", "hijri")


def test_unknown_publication_date_gives_underspecified_values() -> None:
    text = "قال الوزير أمس إن الاجتماع الخميس الماضي والشهر المقبل، وفي 9 ديسمبر 2021"
    values = [t.value for t in find_times(text, None)]
    assert values == ["XXXX-XX-XX", "XXXX-WXX-4", "XXXX-XX", "2021-12-09"]


def test_arabic_indic_digits_in_clock_times() -> None:
    assert _find("وقع الحادث الساعة ١٣:٢٧ في الحي", "الساعة ١٣:٢٧").value == "XXXX-XX-XXT13:27"


# ----------------------------------------------------------------------------- resolve / time_for_span


def test_resolve_reads_the_tense() -> None:
    assert resolve("الخميس", SEED_DAY, "past") == "2021-12-09"
    assert resolve("الخميس", SEED_DAY, "future") == "2021-12-09"  # written on or before its publication day
    assert resolve("الجمعة", SEED_DAY, "future") == "2021-12-10"
    assert resolve("الأحد", SEED_DAY, "past") == "2021-12-05"
    assert resolve("ليس تاريخا", SEED_DAY) is None


def test_resolve_rereads_an_expression_of_a_text() -> None:
    text = "وصل الوفد الخميس"
    t = find_times(text, SEED_DAY)[0]
    assert resolve(t, SEED_DAY, "future", text=text) == "2021-12-09"
    assert resolve(t, SEED_DAY) == t.value


def test_time_for_span_picks_the_nearest_date_in_the_sentence() -> None:
    text = "قال الوزير اليوم الخميس إن الاتفاق سيوقع. وكان التقى نظيره أمس لمدة ساعتين."
    times = find_times(text, SEED_DAY)
    sentences = [Sentence(0, text.index(".") + 1), Sentence(text.index(".") + 2, len(text))]
    verb = text.index("قال")
    assert time_for_span(times, verb, verb + 3, sentences).value == "2021-12-09"  # type: ignore[union-attr]
    met = text.index("التقى")
    governing = time_for_span(times, met, met + 5, sentences)
    assert governing is not None and governing.value == "2021-12-08"  # the duration never governs


def test_time_for_span_returns_none_without_a_date() -> None:
    text = "استمر اللقاء ساعتين."
    assert time_for_span(find_times(text, SEED_DAY), 0, 6, [Sentence(0, len(text))]) is None


# ----------------------------------------------------------------------------- data and speed


@pytest.mark.parametrize("name", ["months", "weekdays", "number_words", "time_units", "times_relative"])
def test_time_lexicons_have_a_source_header_and_rows(name: str) -> None:
    from marsad.resources import lexicon_path

    assert lexicon_path(name).read_text(encoding="utf-8").startswith("# source:")
    assert len(read_table(name, 2)) >= 7


def test_months_cover_every_regional_variant() -> None:
    rows = read_table("months", 4)
    variants = {(r["month"], r["variant"]) for r in rows if r["calendar"] == "gregorian"}
    for variant in ("transliterated", "levantine", "maghrebi"):
        assert {m for m, v in variants if v == variant} == {str(i) for i in range(1, 13)}


def test_a_fresh_resources_builds_the_matcher_once() -> None:
    res = Resources()
    from marsad.times import matcher

    assert matcher(res) is matcher(res)


def test_speed_is_a_few_milliseconds_per_article() -> None:
    article = " ".join(r[2] for r in _constructed()) * 2  # ~10,000 characters
    find_times(article, SEED_DAY)
    start = time.process_time()
    for _ in range(5):
        find_times(article, SEED_DAY)
    per_char = (time.process_time() - start) / 5 / len(article)
    # A guard against pathological slowness (backtracking), not a benchmark (bench/bench_times.py is):
    # 2,500 characters dense with time expressions in under 25 ms of CPU, even on a shared machine.
    assert per_char * 2500 < 0.025


# ----------------------------------------------------------------------------- the gold set


@pytest.mark.shared
@pytest.mark.parametrize("split", ["dev", "test"])
def test_gold_scores_stay_above_their_floors(shared_dir: Path, split: str) -> None:
    f1_floor, value_floor = FLOORS["times"][split]["f1"], FLOORS["times"][split]["value_accuracy"]
    from marsad.evaluate.times import load_gold, score

    gold = load_gold(DATA / "times_gold.tsv", split)
    assert len([g for g in gold if g.category != "NONE"]) >= 100
    report = score(gold, find_times, shared_dir)
    assert report.total.f1 >= f1_floor, report.errors
    assert report.total.value_accuracy >= value_floor, report.errors


def test_gold_file_holds_locations_not_article_text() -> None:
    lines = [ln for ln in (DATA / "times_gold.tsv").read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert max(len(ln) for ln in lines) < 200
    assert sum(1 for ln in lines[1:] if "\tNONE\t" not in ln) >= 200


def test_a_clock_merged_with_its_day_then_a_written_date_keeps_every_time() -> None:
    import datetime as _dt

    from marsad.times import find_times as _find

    text = "وصل الوفد الساعة العاشرة صباحا يوم الخميس 9 ديسمبر 2021 وغادر في اليوم التالي."
    found = _find(text, _dt.date(2021, 12, 12))
    assert [(text[t.start:t.end], t.value) for t in found][:1] == [
        ("الساعة العاشرة صباحا يوم الخميس 9 ديسمبر 2021", "2021-12-09T10:00")
    ]


# ----------------------------------------------------------------------------- the blind batch


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "splits"), [("times_blind", {"dev"}), ("times_blind2", {"dev", "test"}), ("times_blind3", {"dev"}),
     ("times_blind4", {"dev"})]
)
def test_blind_batch_rows_point_at_their_expressions(shared_dir: Path, name: str, splits: set[str]) -> None:
    from marsad.evaluate.times import load_gold, source_text

    gold = load_gold(DATA / f"{name}.tsv")
    assert len(gold) >= 140 and {g.split for g in gold} == splits
    for g in gold:
        assert source_text(shared_dir, g.source, g.file, g.doc)[g.start : g.end] == g.text


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "split"),
    [("times_blind", "dev"), ("times_blind2", "dev"), ("times_blind2", "test"), ("times_blind3", "dev"),
     ("times_blind4", "dev")],
)
def test_blind_batch_scores_stay_above_their_floors(shared_dir: Path, name: str, split: str) -> None:
    from marsad.evaluate.times import load_gold, score

    floors = FLOORS[name][split]
    report = score(load_gold(DATA / f"{name}.tsv", split), find_times, shared_dir)
    assert report.total.f1 >= floors["f1"], report.errors if split == "dev" else report.total.f1
    assert report.total.value_accuracy >= floors["value_accuracy"], (
        report.errors if split == "dev" else report.total.value_accuracy)
