"""marsad's own name lists as tagger features (marsad.ner.names), on constructed lists and sentences."""

from __future__ import annotations

from pathlib import Path

from marsad.ner.features import FeatureExtractor
from marsad.ner.lexicon import Lexicon
from marsad.ner.names import NAME_LISTS, NAMES_FILE, NameLists
from marsad.ner.tagger import name_lists
from marsad.resources import default_resources

LISTS = NameLists.build([
    ("موسكو", "LOC"), ("الولايات المتحدة", "LOC"), ("حلف شمال الأطلسي", "ORG"), ("فلاديمير بوتين", "PER"),
    ("فلاديمير", "GIVEN"),
])


def marks(words: list[str]) -> list[list[str]]:
    fx = FeatureExtractor(Lexicon(), default_resources().vocab, names=LISTS)
    infos = fx.analyse_all([words])[0]
    found = LISTS.marks([i.key for i in infos], [i.norm for i in infos])
    return [found.get(i, []) for i in range(len(words))]


def test_names_match_after_proclitics_and_span_their_words() -> None:
    m = marks(["وصل", "وزير", "إلى", "وموسكو", "من", "الولايات", "المتحدة"])
    assert m[3][:1] == ["mz=B-LOC"]  # وموسكو: matched on its key موسكو
    assert "mz=B-LOC" in m[5] and "mz=I-LOC" in m[6]
    assert "mz-1=B-LOC" in m[6] and "mz+1=I-LOC" in m[5] and "mz+1=B-LOC" in m[4]
    assert m[0] == [] and m[1] == []


def test_every_match_counts_and_given_names_have_their_own_kind() -> None:
    m = marks(["قال", "فلاديمير", "بوتين", "إن", "حلف", "شمال", "الأطلسي", "يتوسع"])
    assert {"mz=B-PER", "mz=B-GIVEN"} <= set(m[1]) and "mz=I-PER" in m[2]
    assert "mz=B-ORG" in m[4] and "mz=I-ORG" in m[5] and "mz=I-ORG" in m[6]
    assert not any(x.startswith("mz=") for x in m[7])


def test_the_shipped_lists_load_and_the_extractor_emits_their_features() -> None:
    res = default_resources()
    lists = NameLists.load(res)
    assert len(NAME_LISTS) == 8 and len(lists.names) > 10_000
    assert "LOC" in lists.names[("روسيا",)]
    # the large person-name list (arabnamer, Faker): foreign surnames as written in Arabic
    assert "PNAME" in lists.names[("اوباما",)] and "PNAME" in lists.names[("هولاند",)]
    fx = FeatureExtractor(Lexicon(), res.vocab, names=lists)
    feats = fx.document_features([["وصل", "الوفد", "إلى", "روسيا"]])[0]
    assert b"mz=B-LOC" in feats[3] and b"mz+1=B-LOC" in feats[2]
    plain = FeatureExtractor(Lexicon(), res.vocab).document_features([["وصل", "الوفد", "إلى", "روسيا"]])[0]
    assert not any(x.startswith(b"mz") for f in plain for x in f)


def test_a_snapshot_of_the_lists_reads_back_the_same_and_is_what_the_tagger_reads(tmp_path: Path) -> None:
    path = tmp_path / NAMES_FILE
    LISTS.write(path)
    back = NameLists.read(path)
    assert back.names == LISTS.names and back.prefixes == LISTS.prefixes
    first = path.read_bytes()
    LISTS.write(path)
    assert path.read_bytes() == first  # byte for byte: a rebuild of the same lists changes no file
    assert name_lists(default_resources(), tmp_path).names == LISTS.names
    assert name_lists(default_resources(), tmp_path / "none").names == NameLists.load(default_resources()).names
