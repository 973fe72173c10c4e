"""scripts/train_ner.py: the gazetteer features of the profile tagger (constructed lists, no ../shared)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from marsad.ner.lexicon import Lexicon
from marsad.resources import default_resources

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def train_ner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_lists(folder: Path) -> None:
    # the three ANERgazet files, in its layout: one name per line, "====" between groups of variants
    (folder / "AlignedLocGazetteer.txt").write_text("====\nوادي النخيل\nقرطاج\n====\nأريحا\n", encoding="utf-8")
    (folder / "AlignedOrgGazetteer.txt").write_text("====\nمجلس الرمال\n", encoding="utf-8")
    (folder / "AlignedPersGazetteer.txt").write_text("====\nقرطاج\nسالم\n", encoding="utf-8")


def test_gazetteer_features_mark_longest_names_with_clitics(train_ner: ModuleType, tmp_path: Path) -> None:
    write_lists(tmp_path)
    gaz = train_ner.load_gazetteers(tmp_path)
    assert gaz[("اريحا",)] == {"LOC"}  # folded (hamza) like every key
    assert gaz[("قرطاج",)] == {"LOC", "PER"}
    assert ("====",) not in gaz
    fx = train_ner.GazetteerFeatures(gaz, Lexicon(), default_resources().vocab)
    words = ["وصل", "سالم", "إلى", "ووادي", "النخيل", "قرب", "أريحا"]
    marks = fx.matches(words)
    assert len(marks) == len(words)
    assert marks[0] == ["gz+1=B-PER"]  # only the neighbour's mark
    assert "gz=B-PER" in marks[1]
    assert "gz=B-LOC" in marks[3] and "gz=I-LOC" in marks[4]  # و + وادي النخيل, by the word's key
    assert "gz-1=B-LOC" in marks[4]
    assert "gz=B-LOC" in marks[6] and "gz-1=B-LOC" not in marks[6]
    assert [m for m in marks[5] if m.startswith("gz=")] == []
    # the features reach every token of a sentence, after the tagger's own
    feats = fx.document_features([words])
    assert "gz=B-PER" in feats[0][1] and "gz=I-LOC" in feats[0][4]
    assert any(f in (b"b", "b") for f in feats[0][1])


def test_gazetteer_features_on_an_empty_list(train_ner: ModuleType, tmp_path: Path) -> None:
    for name, _ in train_ner.GAZETTEERS:
        (tmp_path / name).write_text("", encoding="utf-8")
    fx = train_ner.GazetteerFeatures(train_ner.load_gazetteers(tmp_path), Lexicon(), default_resources().vocab)
    assert fx.matches(["قرطاج", "اليوم"]) == [[], []]
    assert fx.matches([]) == []
