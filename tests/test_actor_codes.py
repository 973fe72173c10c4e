"""CAMEO actor codes (country + role) of event actors from titles, group nouns and named actors."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.events.actor_codes import actor_codes, key
from marsad.resources import default_resources


@pytest.mark.parametrize(("text", "country", "agent", "code"), [
    ("الجيش السوري", "SYR", "military", "SYRMIL"),
    ("وزير الخارجية الروسي", "RUS", "government", "RUSGOV"),
    ("وزارة الخارجية الإيرانية", "IRN", None, "IRNGOV"),
    ("الحكومة العراقية", "IRQ", None, "IRQGOV"),
    ("رئيس الوزراء البريطاني", "GBR", None, "GBRGOV"),
    ("الشرطة السودانية", "SDN", None, "SDNCOP"),
    ("قوات الأمن المصرية", "EGY", None, "EGYCOP"),
    ("وزير الدفاع الأمريكي", "USA", None, "USAMIL"),
    ("البرلمان الأردني", "JOR", None, "JORLEG"),
    ("مجلس النواب اللبناني", "LBN", None, "LBNLEG"),
    ("المحكمة العليا الباكستانية", "PAK", None, "PAKJUD"),
    ("النيابة العامة الإماراتية", "ARE", None, "AREJUD"),
    ("المعارضة السورية", "SYR", None, "SYROPP"),
    ("المتظاهرين الفلسطينيين", "PSE", None, "PSEOPP"),
    ("المسلحين", None, "militants", "REB"),
    ("الطلاب الجامعيين", "TUN", None, "TUNEDU"),
    ("اللاجئين السوريين", "SYR", None, "SYRREF"),
    ("الاستخبارات التركية", "TUR", None, "TURSPY"),
    ("صحيفة الأهرام", "EGY", None, "EGYMED"),
    ("شركة أرامكو السعودية", "SAU", None, "SAUBUS"),
    ("الأمم المتحدة", None, None, "IGO"),
    ("مجلس الأمن الدولي", None, None, "IGO"),
    ("حماس", None, None, "PSEREB"),
    ("طالبان", None, None, "AFGREB"),
    ("نظيره الأمريكي", "USA", None, "USAGOV"),
    ("الحرس الثوري الإيراني", "IRN", None, "IRNMIL"),
    ("فلاديمير بوتين", "RUS", None, "RUSGOV"),  # a named actor of the lexicon
    ("خالد العبدالله", "KWT", None, "KWT"),  # a named person the lexicon does not know: the country alone
])
def test_actor_codes_from_titles_organizations_and_names(text: str, country: str | None, agent: str | None,
                                                        code: str) -> None:
    assert actor_codes(default_resources()).code(text, country, agent) == code


def test_no_country_and_no_role_is_no_code() -> None:
    assert actor_codes(default_resources()).code("خالد", None, None) is None


def test_lookup_key_folds_articles_and_feminine_nisbas() -> None:
    assert key("الخارجية الأمريكية") == key("خارجية أمريكي")
    assert key("والشرطة") == key("شرطة")


def test_events_carry_actor_and_target_codes(pipeline: Any) -> None:
    from marsad.extract import document_from_text

    doc = pipeline(document_from_text("اعتقلت الشرطة السودانية عشرات المتظاهرين أمس.", None))
    found = [(e.actor.code if e.actor else None, e.target.code if e.target else None)
             for e in doc.layer("events") if e.type == "COERCE"]
    assert found == [("SDNCOP", "OPP")]


def test_the_events_tsv_export_has_actor1_and_actor2_codes(tmp_path: Any) -> None:
    import csv
    import json

    from typer.testing import CliRunner

    from marsad.cli import app
    from marsad.store.ingest import ingest

    rec = {"source": "wire", "url": "https://wire.example/1", "date_extracted": "2021-12-05 08:00:00",
           "title": "اعتقالات في الخرطوم", "author": "",
           "content": "اعتقلت الشرطة السودانية أمس عشرات المتظاهرين في الخرطوم. وقال شهود إن الشرطة فرقت المتظاهرين."}
    src = tmp_path / "day.jsonl"
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    ingest([src], db, workers=0)
    out = tmp_path / "ev.tsv"
    res = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "events", "--out", str(out)])
    assert res.exit_code == 0, res.output
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert {"Actor1Code", "Actor2Code"} <= set(rows[0])
    assert [(r["event_type"], r["Actor1Code"], r["Actor2Code"]) for r in rows if r["event_type"] == "COERCE"] == [
        ("COERCE", "SDNCOP", "OPP")]
