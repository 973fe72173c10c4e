"""The CRF read from crfsuite's model file, and tagging from summed weights against python-crfsuite."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pycrfsuite
import pytest

from marsad.ner.conll import read_conll
from marsad.ner.crf import LinearChain
from marsad.ner.tagger import MODEL_FILE, Tagger, load_tagger
from marsad.resources import MODEL_DIR, Resources, default_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return default_resources()


@pytest.fixture(scope="module")
def tagger(res: Resources) -> Tagger:
    """The summed-weights path, compiled or not (the shipped tagger takes it when compiled)."""
    return Tagger.load(res, summed=True)


@pytest.fixture(scope="module")
def reference(res: Resources) -> Tagger:
    """The python-crfsuite path (feature names per token)."""
    return Tagger.load(res, summed=False)


def test_the_path_follows_the_build(res: Resources) -> None:
    from marsad import native

    assert (load_tagger(res).extractor.chain is not None) == native.active("marsad.ner.crf")
    assert Tagger.load(res, summed=False).extractor.chain is None


def test_weights_read_from_the_model_file_are_python_crfsuites() -> None:
    chain = LinearChain.read(MODEL_DIR / MODEL_FILE)
    assert chain is not None
    crf = pycrfsuite.Tagger()
    crf.open(str(MODEL_DIR / MODEL_FILE))
    info = crf.info()
    assert sorted(chain.labels) == sorted(crf.labels())
    assert {a.encode("utf-8") for a in info.attributes} == set(chain.weights)
    at = {label: j for j, label in enumerate(chain.labels)}
    # python-crfsuite's info() reads crfsuite's text dump, which prints six decimals
    for (attribute, label), weight in info.state_features.items():
        assert chain.weights[attribute.encode("utf-8")][at[label]] == pytest.approx(weight, abs=6e-7)
    for (before, after), weight in info.transitions.items():
        assert chain.transition[at[before]][at[after]] == pytest.approx(weight, abs=6e-7)


def test_unreadable_model_files_give_none(tmp_path: Path) -> None:
    assert LinearChain.read(tmp_path / "missing.crfsuite") is None
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"lCRF\0\0\0\0FOMC" + b"\xff" * 40)
    assert LinearChain.read(bad) is None
    cut = tmp_path / "cut.crfsuite"
    cut.write_bytes((MODEL_DIR / MODEL_FILE).read_bytes()[:5000])
    assert LinearChain.read(cut) is None


def _brute_force(chain: LinearChain, scores: list[list[float]]) -> list[str]:
    """The best path by trying every one (lowest label ids first, so ties go where crfsuite's go)."""
    best: tuple[float, tuple[int, ...]] | None = None
    for path in itertools.product(range(chain.size), repeat=len(scores)):
        total = sum(scores[t][j] for t, j in enumerate(path))
        total += sum(chain.transition[a][b] for a, b in itertools.pairwise(path))
        if best is None or total > best[0]:
            best = (total, path)
    assert best is not None
    return [chain.labels[j] for j in best[1]]


def test_decode_finds_the_best_path_of_small_random_chains() -> None:
    rng = random.Random(7)
    for _ in range(40):
        size = rng.randint(1, 4)
        labels = [f"L{j}" for j in range(size)]
        transition = [[rng.uniform(-2, 2) for _ in range(size)] for _ in range(size)]
        chain = LinearChain(labels, {}, transition)
        length = rng.randint(1, 5)
        # five vectors per word (own, lent to +1, +2, -1, -2), two padding words on each side
        words = [tuple(rng.uniform(-1, 1) for _ in range(5 * size)) for _ in range(length + 4)]
        extras: list[list[float] | None] = [
            [rng.uniform(-1, 1) for _ in range(size)] if rng.random() < 0.5 else None for _ in range(length)
        ]
        scores = []
        for t in range(length):
            own, l1, l2, r1, r2 = words[t + 2], words[t + 1], words[t], words[t + 3], words[t + 4]
            extra = extras[t]
            scores.append([
                own[j] + l1[size + j] + l2[2 * size + j] + r1[3 * size + j] + r2[4 * size + j]
                + (extra[j] if extra is not None else 0.0)
                for j in range(size)
            ])
        assert chain.decode(words, extras) == _brute_force(chain, scores)
    assert LinearChain(["A"], {}, [[0.0]]).decode([(0.0,) * 5] * 4, []) == []


SENTENCES = [
    "قال نائب وزير الخارجية الروسي سيرغي ريابكوف لوكالة إنترفاكس إن موسكو وواشنطن ستجريان محادثات في جنيف .",
    "واستقبل الرئيس التركي رجب طيب أردوغان في أنقرة رئيس الوزراء العراقي مصطفى الكاظمي .",
    "وفاز فريق الهلال على النصر بهدفين في الدوري السعودي للمحترفين .",
    "وأعلنت منظمة الصحة العالمية أن الوباء ما زال يهدد أوروبا وأفريقيا .",
    "وقال الكرملين في بيان إن بوتين وبايدن سيعقدان لقاء عبر الفيديو .",
]


def test_summed_weights_tag_as_python_crfsuite_does(tagger: Tagger, reference: Tagger) -> None:
    assert tagger.extractor.chain is not None and reference.extractor.chain is None
    words = [s.split() for s in SENTENCES]
    assert tagger.tag_words(words) == reference.tag_words(words)
    assert any(t != "O" for tags in tagger.tag_words(words) for t in tags)
    with pytest.raises(ValueError):  # the summed path builds no feature names
        tagger.extractor.document_features(words)


def test_a_words_weights_are_the_sums_of_its_feature_names_weights(tagger: Tagger, reference: Tagger) -> None:
    # the summed path adds memoized group sums and looks the word's own names up as text; the reference sums
    # the encoded names python-crfsuite gets, in their order: the same numbers up to rounding
    chain = tagger.extractor.chain
    assert chain is not None
    for word in {w for s in SENTENCES for w in s.split()} | {"وبالبابابا", "x1", "،", "للمملكة"}:
        info = reference.extractor._analyse(word)
        assert info.own  # the reference extractor keeps the names
        sums = [*chain.vector(info.own), *chain.vector(info.left), *chain.vector(info.left2),
                *chain.vector(info.right), *chain.vector(info.right2)]
        summed = tagger.extractor.analyse(word)
        assert summed.own == ()
        assert summed.weights == pytest.approx(sums, abs=1e-9)


@pytest.mark.shared
def test_summed_weights_tag_anercorp_test_as_python_crfsuite_does(
    shared_dir: Path, tagger: Tagger, reference: Tagger
) -> None:
    sentences = [[w for w, _ in s] for s in read_conll(shared_dir / "data/ner/anercorp/test.txt")]
    assert tagger.tag_words(sentences) == reference.tag_words(sentences)


def test_without_the_read_model_python_crfsuite_tags(tagger: Tagger, res: Resources) -> None:
    # what Tagger.load builds when LinearChain.read cannot lay the model file out
    from marsad.ner.features import FeatureExtractor
    from marsad.ner.names import NameLists
    from marsad.ner.tagger import model_attributes

    path = MODEL_DIR / MODEL_FILE
    extractor = FeatureExtractor(
        tagger.extractor.lex, res.vocab, known=model_attributes(path), names=NameLists.load(res)
    )
    fallback = Tagger(path, extractor, tagger.whole)
    assert fallback.extractor.chain is None
    words = [s.split() for s in SENTENCES]
    assert fallback.tag_words(words) == tagger.tag_words(words) == load_tagger(res).tag_words(words)
    with pytest.raises(ValueError):
        extractor.document_scores(words)


def test_a_full_word_cache_forgets_its_older_half_and_tags_the_same(res: Resources, tagger: Tagger) -> None:
    small = Tagger.load(res, summed=True)
    assert small.extractor.cache_limit == 120_000  # 2.5 KB a word with the summed weights
    assert Tagger.load(res, summed=False).extractor.cache_limit == 300_000
    small.extractor.cache_limit = 8
    words = [s.split() for s in SENTENCES]
    assert small.tag_words(words) == tagger.tag_words(words)
    assert small.tag_words(words) == tagger.tag_words(words)  # again, over the words analysed anew
    assert len(small.extractor._cache) <= 8
