"""The optional compiled modules (marsad.native): the same output as the sources, never stale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from marsad import native

ROOT = Path(__file__).resolve().parents[1]

# tags of the shipped example article and of a constructed one, printed as JSON, and where features came from
SCRIPT = """
import json, sys
from marsad import native
from marsad.document import Document
from marsad.pipeline import Pipeline
from marsad.resources import PACKAGE_ROOT
from marsad.output import to_json
texts = [(PACKAGE_ROOT / "examples" / "article.txt").read_text(encoding="utf-8"),
         "قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن المحادثات مع واشنطن ستستأنف. وأضاف لافروف أن ...",
         "تظاهر آلاف المحتجين أمس الثلاثاء في بغداد ضد الحكومة العراقية، وقالت الشرطة إنها اعتقلت 20 منهم. "
         "وأعلنت وزارة الخارجية المصرية في بيان أن الوزير سيزور الرياض في 5 مارس/آذار المقبل لإجراء محادثات.",
         "واتهم الرئيس الأميركي جو بايدن روسيا بشن هجمات إلكترونية، فيما نفى الكرملين ذلك، بحسب وكالة رويترز.",
         # the speakers read around a cue (marsad.quotes.callers): an opening subject, a media noun as written, a call
         "وقدم رئيس الاتحاد استقالته أمس، ودعا إلى انتخابات جديدة. وذكرت صحيفة الحياة أن الوزير وصل إلى القاهرة. "
         "وقالت الصحيفة إن الزيارة تستمر يومين. ودعت الحكومة الشعب الأمريكي إلى الهدوء."]
pipeline = Pipeline()
docs = [pipeline(Document(text=t)) for t in texts]
out = [[(e.start, e.end, e.type, e.id) for e in d.layer("entities")] for d in docs]
print(json.dumps({"compiled": native.active(), "entities": out, "documents": [to_json(d) for d in docs]},
                 ensure_ascii=False, default=str))
"""


def run(env_extra: dict[str, str]) -> dict[str, object]:
    env = {**os.environ, **env_extra}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_sources_run_when_asked() -> None:
    assert run({"MARSAD_NATIVE": "0"})["compiled"] is False


@pytest.mark.skipif(not native.is_current(), reason="modules not compiled (scripts/build_native.py build)")
def test_compiled_modules_give_the_same_output_as_the_sources() -> None:
    fast, plain = run({}), run({"MARSAD_NATIVE": "0"})
    assert fast["compiled"] is True
    assert fast["entities"] == plain["entities"]
    assert any(fast["entities"])
    assert fast["documents"] == plain["documents"]  # every layer: times, countries, quotes, events too
    assert not any(d.get("errors") for d in fast["documents"])  # no stage failed in the compiled build


def test_a_stale_build_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a stamp that does not match the sources: the guard hides every compiled module
    monkeypatch.setattr(native, "STAMP", tmp_path / "native.stamp")
    (tmp_path / "native.stamp").write_text("marsad.ner.features\t0000\n", encoding="utf-8")
    monkeypatch.setattr(native, "is_built", lambda: True)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    assert not native.is_current()
    assert native.guard() is True
    finder = sys.meta_path[0]
    spec = finder.find_spec("marsad.ner.features", None)
    assert spec is not None and str(spec.origin).endswith("features.py")
    assert finder.find_spec("marsad.stages.times", None) is None  # modules outside the list are left alone


def test_nothing_to_guard_without_a_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "is_built", lambda: False)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    before = list(sys.meta_path)
    assert native.guard() is False
    assert sys.meta_path == before


def test_analysed_documents_pickle() -> None:
    # a compiled class can lose pickling: mypyc's frozen dataclasses no longer unpickle (marsad.document, tried)
    # nor do classes built from a document (the words layer's WordIndex); both stay out of MODULES
    import pickle

    from marsad.document import Document, Entity, Token
    from marsad.pipeline import Pipeline

    assert "marsad.document" not in native.MODULES and "marsad.text.words" not in native.MODULES
    doc = Pipeline()(Document(text="قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن المحادثات ستستأنف."))
    again = pickle.loads(pickle.dumps(doc))
    assert again.text == doc.text
    for name, layer in doc.layers.items():
        if name == "words":  # a view over the document (no equality of its own): compare what it holds
            assert again.layers[name].words == layer.words
        else:
            assert again.layers[name] == layer, name
    assert isinstance(again.layer("tokens")[0], Token) and isinstance(again.layer("entities")[0], Entity)
