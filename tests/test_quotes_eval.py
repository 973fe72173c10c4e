"""The quotes scorer (``marsad eval quotes``): gold parsing, matching, measures, and the floors on the
hand-annotated SaudiNewsNet gold (``tests/data/quotes_gold.tsv``; skipped without ../shared)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.document import Quote, Span
from marsad.evaluate.quotes import GoldDoc, GoldQuote, QuoteScore, evaluate_quotes, load_gold, match
from marsad.evaluate.times import source_text

FLOORS = tomllib.loads((Path(__file__).resolve().parent / "floors.toml").read_text(encoding="utf-8"))

GOLD = Path(__file__).parent / "data" / "quotes_gold.tsv"
HEADER = "split\tsource\tfile\tdoc\tcue_start\tcue_end\tcue\tspeaker\tstart\tend\tdirect\tvia\n"


def gold_quote(start: int, end: int, speaker: tuple[str, ...] = ("الوزير",), via: tuple[str, ...] = ()) -> GoldQuote:
    return GoldQuote("test", "snn", "f.zip", 0, 0, 3, "قال", speaker, start, end, False, via)


def test_load_gold_keeps_articles_without_quotes_and_splits(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(
        "# comment\n" + HEADER
        + "dev\tsnn\ta.zip\t1\t-\t-\t-\t-\t-\t-\t-\t-\n"
        + "test\tsnn\ta.zip\t2\t-\t-\t-\t-\t-\t-\t-\t-\n"
        + "test\tsnn\ta.zip\t2\t0\t3\tقال\tسامي|الوزير\t10\t20\tn\tواس\n",
        encoding="utf-8",
    )
    assert [(d.doc, len(d.quotes)) for d in load_gold(path)] == [(1, 0), (2, 1)]
    (doc,) = load_gold(path, "test")
    assert doc.quotes[0].speaker == ("سامي", "الوزير") and doc.quotes[0].via == ("واس",)
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "test\tsnn\ta.zip\t2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="columns"):
        load_gold(bad)


def test_a_kind_column_is_read_and_scored(tmp_path: Path) -> None:
    path = tmp_path / "k.tsv"
    path.write_text(
        HEADER.replace("\tvia\n", "\tvia\tkind\n")
        + "test\tsnn\ta.zip\t2\t-\t-\t-\t-\t-\t-\t-\t-\t-\n"
        + "test\tsnn\ta.zip\t2\t0\t3\tدعا\tالوزير\t4\t20\tn\tبيان\tdirective\n",
        encoding="utf-8",
    )
    (doc,) = load_gold(path)
    assert doc.quotes[0].kind == "directive"
    assert all(q.kind is None for d in load_gold(GOLD) for q in d.quotes)  # the older gold has no kinds
    text = "دعا الوزير إلى الحوار بين الأطراف كلها."
    score = QuoteScore()
    score.add(doc, text, [Quote(4, 20, Span(0, 3), kind="statement", via=("بيان",))])
    assert (score.kind, score.kind_items) == (0, 1) and any("kind" in x for x in score.errors)
    assert (score.relay, score.relay_items) == (1, 1)  # such a gold records statement media: compared whole
    assert "kind accuracy 0.0000" in score.report()


def test_match_is_one_to_one_largest_overlap_first() -> None:
    gold = [gold_quote(0, 10), gold_quote(12, 30)]
    system = [Quote(5, 28, Span(0, 3)), Quote(0, 4, Span(0, 3))]
    pairs = match(gold, system)
    assert [(g.start, q.start) for g, q in pairs] == [(0, 0), (12, 5)]


def test_score_counts_speakers_by_containment_and_reports_errors() -> None:
    text = "قال وزير الخارجية الوزير سامي إن الوضع مستقر وهادئ تماما اليوم."
    s = text.index("الوضع")
    e = text.index(" اليوم")
    spk = text.index("الوزير سامي")
    doc = GoldDoc("test", "snn", "f.zip", 0, (gold_quote(s, e, ("سامي",)),))
    score = QuoteScore()
    score.add(doc, text, [Quote(s, e, Span(0, 3), Span(spk, spk + len("الوزير سامي")))])
    assert (score.tp, score.fp, score.fn, score.speaker, score.boundaries) == (1, 0, 0, 1, 1)
    wrong = QuoteScore()
    wrong.add(doc, text, [Quote(s + 6, e, Span(0, 3), None), Quote(0, 3, Span(0, 3))])
    assert (wrong.tp, wrong.fp, wrong.fn, wrong.speaker) == (1, 1, 0, 0)
    assert any("speaker" in x for x in wrong.errors) and any("spurious" in x for x in wrong.errors)
    assert "F1 0.6667" in wrong.report()


@pytest.mark.shared
def test_gold_offsets_cover_what_the_gold_records(shared_dir: Path) -> None:
    docs = load_gold(GOLD)
    assert sum(len(d.quotes) for d in docs) == 206 and len(docs) == 58
    for d in docs:
        text = source_text(shared_dir, d.source, d.file, str(d.doc))
        for g in d.quotes:
            assert text[g.cue_start : g.cue_end] == g.cue
            assert 0 <= g.start < g.end <= len(text)
            assert all(name in text for name in g.speaker)


@pytest.mark.shared
def test_quotes_floor_on_the_held_out_articles(shared_dir: Path) -> None:
    score = evaluate_quotes(GOLD, shared_dir, "test")
    floors = FLOORS["quotes"]["test"]  # tests/floors.toml
    assert score.f1 >= floors["f1"]
    assert score.speaker_accuracy >= floors["speaker_accuracy"]
    assert score.attributed >= floors["attributed"]
    assert score.relay >= floors["relay_share"] * score.relay_items


BLIND = Path(__file__).parent / "data" / "quotes_blind.tsv"


@pytest.mark.shared
def test_blind_batch_cues_and_contents_are_where_it_says(shared_dir: Path) -> None:
    docs = load_gold(BLIND)
    assert len(docs) == 28 and sum(len(d.quotes) for d in docs) >= 100
    for d in docs:
        text = source_text(shared_dir, d.source, d.file, str(d.doc))
        for g in d.quotes:
            assert text[g.cue_start : g.cue_end] == g.cue and 0 <= g.start < g.end <= len(text)
            assert g.kind in {"statement", "directive", "threat", "accusation", "commitment", "praise",
                              "condemnation", "denial", "question"}


BLIND2 = Path(__file__).parent / "data" / "quotes_blind2.tsv"


@pytest.mark.shared
@pytest.mark.parametrize(("gold", "name", "split"), [
    (BLIND, "quotes_blind", "dev"), (BLIND, "quotes_blind", "test"), (BLIND2, "quotes_blind2", "dev"),
])
def test_blind_batch_floors(shared_dir: Path, gold: Path, name: str, split: str) -> None:
    score = evaluate_quotes(gold, shared_dir, split)
    floors = FLOORS[name][split]  # tests/floors.toml
    assert score.f1 >= floors["f1"]
    assert score.speaker_accuracy >= floors["speaker_accuracy"]
    assert score.kind / score.kind_items >= floors["kind_accuracy"]


@pytest.mark.shared
def test_eval_quotes_command(shared_dir: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "quotes", "--gold", str(GOLD), "--shared", str(shared_dir),
                                      "--split", "dev", "--errors"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("F1 0.")
    bad = CliRunner().invoke(app, ["eval", "quotes", "--split", "nope"])
    assert bad.exit_code == 2


def test_the_older_gold_compares_outlets_only_not_statement_media() -> None:
    from marsad.evaluate.quotes import _medium

    assert [_medium(v) for v in ("تصريح صحفي", "البيان", "حسابه على تويتر", "وكالة رويترز", "الشرق الأوسط")] == [
        True, True, True, False, False
    ]


def test_a_speaker_matches_its_gold_name_past_quotation_marks() -> None:
    from marsad.evaluate.quotes import _same_name

    assert _same_name("قناة المنار اللبنانية", ("قناة «المنار» اللبنانية",))
    assert _same_name('صحيفة "الرأي"', ("صحيفة الرأي",))
    assert not _same_name("قناة الميادين", ("قناة «المنار» اللبنانية",))
    assert not _same_name("«»", ("المنار",))
