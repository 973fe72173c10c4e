"""marsad.ner.kinds: the organizations' kind model (constructed counts and sentences)."""

from __future__ import annotations

import re

from marsad.document import Entity, Token
from marsad.ner.kinds import KindModel, kind_features, kind_key, load_kinds, with_kinds
from marsad.resources import Resources


def tokens_of(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), "arabic") for m in re.finditer(r"\S+", text)]


def toy_model() -> KindModel:
    return KindModel.from_counts(
        {"club": 10, "company": 10},
        {"first=نادي": {"club": 9}, "w=نادي": {"club": 9}, "first=شركه": {"company": 9}, "w=شركه": {"company": 9},
         "p1=لاعب": {"club": 3}, "w=الرمال": {"club": 1, "company": 1}},
    )


def test_kind_key_drops_proclitics_before_the_article() -> None:
    assert kind_key("وللأمم") == "الامم"
    assert kind_key("بالشركة") == "الشركه"
    assert kind_key("وزارة") == "وزاره"  # no article: the word stays whole
    assert kind_key("ال") == "ال"


def test_kind_features() -> None:
    feats = kind_features(["قال", "لاعب"], ["نادي", "الرمال"], ["إن", "الفريق"])
    assert feats == ["w=نادي", "w=الرمال", "first=نادي", "last=الرمال", "p1=لاعب", "p2=قال", "n1=ان"]
    assert kind_features([], ["الرمال"], []) == ["w=الرمال", "first=الرمال", "last=الرمال"]


def test_posterior_and_threshold() -> None:
    model = toy_model()
    post = model.posterior(kind_features([], ["نادي", "الرمال"], []))
    assert post["club"] > 0.9 and abs(sum(post.values()) - 1) < 1e-9
    assert model.kind(kind_features([], ["شركة", "الرمال"], [])) == "company"
    # a name whose words point nowhere stays without a kind; unseen features change nothing
    assert model.kind(kind_features([], ["الرمال"], [])) is None
    assert model.kind(["w=غيمة"]) is None
    assert KindModel().kind(["w=نادي"]) is None


def test_with_kinds_fills_only_organizations_without_a_kind() -> None:
    text = "قال لاعب نادي الرمال إن شركة الرمال ربحت في الرمال"
    ents = [Entity(9, 20, "ORG"), Entity(24, 35, "ORG", kind="gov"), Entity(45, 51, "LOC")]
    out = with_kinds(text, tokens_of(text), ents, toy_model())
    assert [e.kind for e in out] == ["club", "gov", None]
    assert all(text[e.start : e.end] for e in out)
    assert with_kinds(text, tokens_of(text), ents[1:], toy_model()) == ents[1:]


def test_with_kinds_reads_the_words_around_the_name() -> None:
    # the name alone is undecided; the word before it (لاعب) tips it to a club
    model = KindModel.from_counts({"club": 10, "company": 10},
                                  {"p1=لاعب": {"club": 9}, "w=الرمال": {"club": 5, "company": 5}})
    text = "لاعب الرمال"
    assert with_kinds(text, tokens_of(text), [Entity(5, 11, "ORG")], model)[0].kind == "club"
    text = "وقالت الرمال"
    assert with_kinds(text, tokens_of(text), [Entity(6, 12, "ORG")], model)[0].kind is None


def test_shipped_model_knows_common_kinds() -> None:
    model = load_kinds(Resources())
    assert model is not None
    assert model.kind(kind_features(["أعلنت"], ["شركة", "النخيل", "للإلكترونيات"], [])) == "company"
    assert model.kind(kind_features(["وقال"], ["نادي", "الفرسان", "الرياضي"], [])) == "club"
    assert model.kind(kind_features(["وقال"], ["جامعة", "الملك", "سالم"], [])) == "edu"


def test_entities_stage_gives_organizations_the_model_kind() -> None:
    from marsad.api import analyze

    found = analyze("أعلنت شركة النخيل الذهبية للإلكترونيات أمس عن أرباحها.").to_dict()["entities"]
    org = next(e for e in found if e["type"] == "ORG")
    assert org["text"] == "شركة النخيل الذهبية للإلكترونيات"
    assert org["kind"] == "company"
