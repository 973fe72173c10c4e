"""The store's read API on constructed articles: Arabic search, filters, safety, stories, aggregates.

Articles are built as Documents with hand-made entity and event layers and stored through the same
row builder as the ingest engines (marsad.store.work.article_row), so these tests do not depend on the
quality of the analysis stages.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from marsad.document import Actor, Document, Entity, Event, Span
from marsad.resources import default_resources
from marsad.store import Store
from marsad.store.readers import RawItem, content_hash
from marsad.store.work import article_row

# Constructed articles (written for these tests).
WASHINGTON = (
    "واشنطن وموسكو تبحثان الأزمة\n\n"
    "أجرى الرئيس الأميركي جو بايدن اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين يوم الثلاثاء، "
    "وبحث الجانبان التوتر على الحدود. وقال البيت الأبيض إن بايدن حذر من عقوبات اقتصادية قاسية "
    "إذا تصاعد التوتر، بينما قال مسؤول في الكرملين إن المحادثات كانت صريحة ومفيدة."
)
WASHINGTON_COPY = (
    "بايدن وبوتين يبحثان الأزمة هاتفيا\n\n"
    "أجرى الرئيس الأميركي جو بايدن اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين يوم الثلاثاء، "
    "وبحث الجانبان التوتر على الحدود. وقال البيت الأبيض إن بايدن حذر من عقوبات اقتصادية قاسية "
    "إذا تصاعد التوتر، بينما قال مسؤول في الكرملين إن المحادثات كانت صريحة ومفيدة للطرفين."
)
DELEGATION = (
    "وفد سعودي يصل لموسكو\n\n"
    "وصل وفد اقتصادي سعودي لموسكو أمس في زيارة تستغرق ثلاثة أيام يلتقي خلالها مسؤولين في وزارة "
    "الطاقة الروسية لبحث التعاون في مجالات النفط والغاز والاستثمار المشترك بين البلدين."
)
BOOKS = (
    "افتتاح معرض الكتاب في الرياض\n\n"
    "افتتح وزير الثقافة معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر من ثلاثين دولة، "
    "ويستمر المعرض عشرة أيام تقام خلالها ندوات وأمسيات شعرية وورش عمل للأطفال والشباب."
)


def _doc(text: str, published: str, source: str, entities: list[tuple[str, str, str | None, str | None]],
         events: list[tuple[str, str, str | None, str | None, str]]) -> Document:
    """A document with entity layer (surface, type, id, country) and events (type, actor, actor country,
    target country, trigger word)."""
    title = text.split("\n\n", 1)[0]
    ents = []
    for surface, etype, eid, country in entities:
        start = text.index(surface)
        ents.append(Entity(start, start + len(surface), etype, eid, country))
    evs = []
    for etype, actor, actor_country, target_country, trigger in events:
        a = text.index(actor)
        t = text.index(trigger)
        evs.append(Event(etype, Span(t, t + len(trigger)), Actor(actor, actor_country, None, Span(a, a + len(actor))),
                         Actor("?", target_country) if target_country else None, "040", 1.0, None, None))
    doc = Document(text=text, title=title, published=dt.date.fromisoformat(published),
                   meta={"source": source, "url": f"https://{source}.example/{abs(hash(text)) % 1000}"})
    doc.layers = {"tokens": default_resources().tokenizer(text), "entities": ents, "events": evs}
    return doc


def _rows() -> list[dict[str, Any]]:
    res = default_resources()
    specs = [
        (WASHINGTON, "2021-12-07", "wire",
         [("بايدن", "PER", None, "USA"), ("بوتين", "PER", None, "RUS"), ("الكرملين", "ORG", None, "RUS")],
         [("CONSULT", "بايدن", "USA", "RUS", "اتصالا")]),
        (WASHINGTON_COPY, "2021-12-08", "daily",
         [("بايدن", "PER", None, "USA"), ("بوتين", "PER", None, "RUS")],
         [("CONSULT", "بايدن", "USA", "RUS", "اتصالا")]),
        (DELEGATION, "2021-12-09", "daily", [("لموسكو", "LOC", "Q649", "RUS")], []),
        (BOOKS, "2021-11-01", "wire", [("الرياض", "LOC", "Q3692", "SAU")], []),
    ]
    rows = []
    for i, (text, published, source, ents, evs) in enumerate(specs):
        payload = json.dumps({"n": i, "text": text})
        item = RawItem(i, f"fixture#{i}", "record", payload, content_hash("record", payload))
        rows.append(article_row(item, _doc(text, published, source, ents, evs), res))
    return rows


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "t.db"
    with Store(path) as st:
        st.write_batch(_rows(), st.grouper())
    return path


@pytest.fixture()
def store(store_path: Path) -> Any:
    with Store(store_path, readonly=True) as st:
        yield st


def _ids(hits: list[dict[str, Any]]) -> set[int]:
    return {h["id"] for h in hits}


def test_search_folds_hamza_so_unhamzated_query_finds_hamzated_word(store: Store) -> None:
    hits = store.search("الاميركي")
    assert _ids(hits) == {1, 2}
    assert all(h["snippet"] and "الأميركي" in h["snippet"] for h in hits)


def test_search_finds_word_behind_clitics(store: Store) -> None:
    # no article has bare "موسكو": وموسكو (1) and لموسكو (3) are found through their stems
    assert _ids(store.search("موسكو")) == {1, 3}
    assert _ids(store.search("الرياض")) == {4}
    assert _ids(store.search("رياض")) == {4}


def test_search_snippet_points_at_the_matched_word(store: Store) -> None:
    (hit,) = store.search("لموسكو وفد")
    text = store.get(hit["id"])["text"]
    m, t = hit["match"], hit["text_match"]
    assert m is not None and hit["snippet"][m["start"] : m["end"]] in ("وفد", "لموسكو")
    assert t is not None and text[t["start"] : t["end"]] == hit["snippet"][m["start"] : m["end"]]


def test_search_phrase_and_or(store: Store) -> None:
    assert _ids(store.search('"الرئيس الروسي"')) == {1, 2}
    assert _ids(store.search('"الروسي الرئيس"')) == set()
    assert _ids(store.search("الكتاب OR وفد")) == {3, 4}
    assert _ids(store.search("الكتاب وفد")) == set()


def test_search_ranks_title_matches_first(store: Store) -> None:
    hits = store.search("الأزمة")
    assert hits and hits[0]["id"] in (1, 2)


@pytest.mark.parametrize("query", [
    '"', '""', 'OR (', '(', ')', '*', 'NEAR(', '{body}:x', 'title:بايدن', '^بايدن', "'; DROP TABLE articles; --",
    '" OR 1=1 --', 'بايدن" OR "', 'AND', 'NOT', '\\', '%', '-بايدن', "بايدن'", '\x00', 'ـــ', 'ً',
])
def test_search_query_cannot_break_or_alter_sql(store_path: Path, query: str) -> None:
    with Store(store_path, readonly=True) as st:
        hits = st.search(query)
        assert isinstance(hits, list)
    con = sqlite3.connect(store_path)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    con.close()


def test_search_quote_injection_still_searches_the_words(store: Store) -> None:
    assert _ids(store.search('بايدن" OR "')) == {1, 2}
    assert _ids(store.search("(بايدن*)")) == {1, 2}
    assert _ids(store.search("body:بايدن")) == set()  # ':' separates words; "body" is just a word


def test_search_filters(store: Store) -> None:
    assert _ids(store.search("بوتين", since="2021-12-08")) == {2}
    assert _ids(store.search("بوتين", until="2021-12-07")) == {1}
    assert _ids(store.search("بوتين", source="wire")) == {1}
    assert _ids(store.search("الرئيس", entity="الكرملين")) == {1}
    assert _ids(store.search("وفد", entity="Q649")) == {3}
    assert _ids(store.search("في", country="sau")) == {4}
    assert _ids(store.search("الرئيس", event_type="consult")) == {1, 2}
    assert _ids(store.search("", country="RUS")) == {1, 2, 3}
    assert store.search("") == []


def test_bad_filter_date_is_a_clear_error(store: Store) -> None:
    from marsad.errors import MarsadError

    with pytest.raises(MarsadError, match="YYYY-MM-DD"):
        store.search("بوتين", since="last week")


def test_get_returns_contract_object_with_store_fields(store: Store) -> None:
    obj = store.get(1)
    assert obj is not None
    for key in ("title", "published", "text", "credits", "sources", "entities", "countries", "times", "quotes",
                "events"):
        assert key in obj
    assert obj["text"] == WASHINGTON and obj["source"] == "wire"
    for e in obj["entities"]:
        assert obj["text"][e["start"] : e["end"]] == e["text"]
    assert store.get(999) is None


def test_near_duplicate_copy_from_another_outlet_is_grouped_and_marked(store: Store) -> None:
    one, two = store.get(1), store.get(2)
    assert one["group_id"] == two["group_id"] == 1
    assert two["dup_of"] == 1 and one["dup_of"] is None
    assert [g["id"] for g in one["group"]] == [2]
    assert store.get(3)["group_id"] == 3 and store.get(4)["group_id"] == 4
    (story,) = store.stories(min_outlets=2)
    assert story == {"group_id": 1, "articles": 2, "outlets": 2, "title": one["title"], "first": "2021-12-07",
                     "last": "2021-12-08"}


def test_stats_counts(store: Store) -> None:
    s = store.stats()
    assert (s["articles"], s["failed"], s["entities"], s["events"]) == (4, 0, 7, 2)
    assert (s["groups"], s["duplicates"], s["sources"]) == (1, 1, 2)


def test_top_entities_overall_and_by_month(store: Store) -> None:
    top = store.top_entities(limit=2)
    assert [(t["text"], t["mentions"], t["articles"]) for t in top] == [("بايدن", 2, 2), ("بوتين", 2, 2)]
    monthly = store.top_entities(limit=1, by="month")
    assert [(m["period"], m["text"]) for m in monthly] == [("2021-11", "الرياض"), ("2021-12", "بايدن")]
    assert [t["text"] for t in store.top_entities(type="loc")] == ["لموسكو", "الرياض"] or \
        {t["text"] for t in store.top_entities(type="loc")} == {"لموسكو", "الرياض"}


def test_events_filters_and_timeline(store: Store) -> None:
    evs = store.events(actor="USA", target="RUS", type="CONSULT", since="2021-12-01", order="date")
    assert [(e["article_id"], e["date"], e["trigger"]) for e in evs] == [(1, "2021-12-07", "اتصالا"),
                                                                         (2, "2021-12-08", "اتصالا")]
    recent = store.events(actor="usa", target="rus", type="consult", since="2021-12-01")  # codes in any case
    assert [e["article_id"] for e in recent] == [2, 1]  # the most recent article first
    assert recent[0]["published"] >= recent[1]["published"]
    assert store.events(actor="RUS") == []
    assert [e["article_id"] for e in store.events(actor="بايدن", until="2021-12-07")] == [1]
    assert store.timeline(actor="USA") == [
        {"date": "2021-12-07", "actor": "USA", "target": "RUS", "events": 1},
        {"date": "2021-12-08", "actor": "USA", "target": "RUS", "events": 1},
    ]


def test_rewriting_the_same_batch_adds_nothing(store_path: Path) -> None:
    with Store(store_path) as st:
        assert st.write_batch(_rows(), st.grouper()) == (0, 0)
        assert st.stats()["articles"] == 4
        assert st.integrity() == "ok"


def test_readonly_store_refuses_missing_or_foreign_files(tmp_path: Path) -> None:
    from marsad.errors import MarsadError

    with pytest.raises(MarsadError, match="no such store"):
        Store(tmp_path / "none.db", readonly=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(MarsadError, match="not a usable"):
        Store(junk)
    assert junk.read_bytes() == b"this is not sqlite" * 100


def test_story_grouping_joins_best_match_and_roundups_do_not_chain_stories() -> None:
    from marsad.store.dedup import Grouper, signature

    res = default_resources()

    def sig(text: str) -> bytes | None:
        from marsad.store.work import word_forms

        return signature(word_forms(text, res)[2])

    body_a = WASHINGTON.split("\n\n")[1]
    body_b = BOOKS.split("\n\n")[1]
    g = Grouper()
    assert g.add(1, "2021-12-07", sig(body_a), "a") == (1, None)
    assert g.add(2, "2021-12-07", sig(body_b), "b") == (2, None)
    assert g.add(3, "2021-12-07", sig(body_a + " " + body_b), "ab")[0] in (1, 2)  # a round-up joins one story
    assert g.add(4, "2021-12-08", sig(body_b + " وتحدث الوزير عن الخطط."), "b2") == (2, 2)
    assert g.add(5, "2021-12-30", sig(body_a), "a2") == (5, None)  # same text, but weeks later: a new story
    assert g.add(6, None, sig("خبر قصير"), "a") == (1, 1)  # too short for a signature; identical text


def test_cooccurrence_counts_entities_sharing_articles(store: Store) -> None:
    co = store.cooccurrence("بوتين")
    assert co["articles"] == 2
    assert [(n["text"], n["articles"]) for n in co["neighbours"]] == [("بايدن", 2), ("الكرملين", 1)]
    assert store.cooccurrence("Q649")["neighbours"] == []



def test_an_entitys_country_needs_two_thirds_of_its_mentions_inferred_ones_counted(tmp_path: Path) -> None:
    res = default_resources()
    texts = [f"أعلنت وزارة الداخلية اليوم القبض على {n} مطلوبين في حملة أمنية واسعة." for n in range(5)]
    countries = ["SAU", "SAU", "YEM", None, None]

    def rows_with(inferred: str) -> list[dict[str, object]]:
        rows = []
        for i, (text, country) in enumerate(zip(texts, countries, strict=True)):
            doc = _doc(text, f"2021-12-0{i + 1}", "wire", [("وزارة الداخلية", "ORG", None, country)], [])
            if i >= 3:  # the article's country given to the body named without its own
                doc.layers["entities"] = [replace(e, country=inferred, country_inferred=True)
                                          for e in doc.layer("entities")]
            payload = json.dumps({"n": i, "text": text})
            item = RawItem(i, f"mixed#{i}", "record", payload, content_hash("record", payload))
            rows.append(article_row(item, doc, res))
        return rows

    with Store(tmp_path / "c.db") as st:
        st.write_batch(rows_with("SAU"), st.grouper())
        top = st.top_entities(type="ORG")
    assert top[0]["mentions"] == 5
    assert top[0]["country"] == "SAU"  # 4 of the 5 mentions, two of them inferred
    with Store(tmp_path / "e.db") as st:
        st.write_batch(rows_with("EGY"), st.grouper())
        assert st.top_entities(type="ORG")[0]["country"] is None  # SAU 2, EGY 2, YEM 1: no two thirds
    # one SAU and one YEM mention: no two-thirds majority
    with Store(tmp_path / "d.db") as st:
        rows = rows_with("SAU")
        st.write_batch([rows[0], rows[2]], st.grouper())
        assert st.top_entities(type="ORG")[0]["country"] is None
