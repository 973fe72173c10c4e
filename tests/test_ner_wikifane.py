"""marsad.ner.wikifane: WikiFANE Gold read as training data (constructed lines in its layout, no ../shared)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from marsad.ner.wikifane import FineClass, join_clitics, load_classes, map_tag, parse_wikifane

ROOT = Path(__file__).resolve().parents[1]
LRM = "\u200e"

# two sentences in the corpus layout: a direction mark before most tokens, CRLF, a tab-only line between
LINES = [
    f"{LRM}زار\tO\r\n", f"{LRM}سالم\tB-Politician\r\n", f"{LRM}الناصري\tI-Politician\r\n",
    f"{LRM}و\tO\r\n", f"{LRM}مدير\tO\r\n", f"{LRM}ه\tO\r\n", f"{LRM}ل\tO\r\n", f"{LRM}المدينة\tO\r\n",
    f"{LRM}بستان\tB-Population-Center\r\n", "،\tO\r\n", f"{LRM}العرب\tB-Group\r\n", ".\tO\r\n", "\t\r\n",
    f"{LRM}و\tO\r\n", f"{LRM}شركة\tB-Commercial\r\n", f"{LRM}الرمال\tI-Commercial\r\n",
    f"{LRM}عاصمة\tO\r\n", f"{LRM}ها\tO\r\n", f"{LRM}نجمة\tI-Nation\r\n", "\t\r\n",
]


def test_every_class_maps_to_a_known_type() -> None:
    classes = load_classes()
    assert len(classes) == 51  # every class the corpus uses
    assert classes["Politician"] == FineClass("PER", "politician")
    assert classes["Sports"] == FineClass("ORG", "club")
    assert classes["Airport"].type == "LOC"  # named facilities are places in marsad
    assert classes["Group"].type == "O"  # peoples by a plural nisba are no entity
    assert {c.type for c in classes.values()} == {"PER", "ORG", "LOC", "MISC", "O"}


def test_map_tag() -> None:
    classes = load_classes()
    assert map_tag("B-Athlete", classes) == "B-PER"
    assert map_tag("I-Media", classes) == "I-ORG"
    assert map_tag("B-Group", classes) == "O"
    assert map_tag("B-NoSuchClass", classes) == "O"
    assert map_tag("O", classes) == "O"
    assert map_tag("", classes) == "O"


def test_parse_strips_marks_joins_clitics_and_maps_classes() -> None:
    sents = parse_wikifane(LINES, load_classes())
    assert len(sents) == 2
    assert sents[0] == [
        ("زار", "O"), ("سالم", "B-PER"), ("الناصري", "I-PER"), ("ومديره", "O"), ("للمدينة", "O"),
        ("بستان", "B-LOC"), ("،", "O"), ("العرب", "O"), (".", "O"),
    ]
    # the proclitic takes the tag of the word it joins; ة before a pronoun is written ت; a stray I- starts one
    assert sents[1] == [("وشركة", "B-ORG"), ("الرمال", "I-ORG"), ("عاصمتها", "O"), ("نجمة", "B-LOC")]


def test_parse_can_keep_clitics_split() -> None:
    sents = parse_wikifane(LINES, load_classes(), join=False)
    assert [w for w, _ in sents[0]][3:6] == ["و", "مدير", "ه"]
    assert all("\u200e" not in w for s in sents for w, _ in s)


def test_join_clitics_edges() -> None:
    # a pronoun after punctuation or at the start stays; a trailing proclitic stays a word of its own
    assert join_clitics([("ه", "O"), ("(", "O"), ("ها", "O"), ("ب", "O")]) == [
        ("ه", "O"), ("(", "O"), ("ها", "O"), ("ب", "O"),
    ]
    assert join_clitics([("و", "O"), ("ل", "O"), ("الشعب", "B-ORG")]) == [("وللشعب", "B-ORG")]


def test_train_script_samples_wikifane_evenly(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "wikifane.txt"
    path.write_text("".join(f"{LRM}كلمة{i}\tO\r\n\t\r\n" for i in range(10)), encoding="utf-8")
    assert len(module.wikifane_stream(path, 1.0, True)) == 10
    half = module.wikifane_stream(path, 0.5, True)
    assert [s[0][0] for s in half] == ["كلمة0", "كلمة2", "كلمة4", "كلمة6", "كلمة8"]
