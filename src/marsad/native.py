"""Optional compiled build of the pipeline's hot modules, and the guard that keeps it from going stale.

The named-entity tagger spends most of its time in plain Python (word analysis, feature building, name-list
matching), and so do the other per-token passes of the pipeline: the gazetteer matcher and linker (the matcher's
token pass 2.1-2.5 → 1.3 ms per article of 4,300 characters compiled, the linking rules 2.18 → 1.03 ms), the event
coder and the quote finder, and the rule modules and lexicons they call (every module of ``marsad.events`` and
``marsad.quotes`` but the re-export of the word view; compiled with them, the three stages words + quotes + events
took 1.9-2.2 ms per article instead of 3.5-3.7 with the coder and finder alone compiled and a cue word's quote kind
not memoized). ``python scripts/build_native.py build`` compiles the modules of :data:`MODULES` with mypyc (part of
mypy, installed with the ``dev`` extra; a C compiler and the Python headers are needed) into extension modules next
to their sources; Python then imports the compiled ones. They behave exactly as the sources
(``tests/test_native.py`` compares the whole output of both on constructed articles; the tags are compared on
ANERcorp test). Compiled, the tagger also takes its summed-weights path (:mod:`marsad.ner.crf`, which as plain
Python would be slower than python-crfsuite): about 45% of the sources' time per article (README, Speed). Left out:
modules whose compiled form measured no faster (the time-expression matcher: its work is in regular expressions),
and modules whose objects must pickle, which mypyc's classes may not (the document model's frozen dataclasses; the
words layer's view); ``tests/test_native.py`` pickles an analysed document. Without a compiler nothing changes: the
sources run, through python-crfsuite.

A compiled module does not follow edits of its source. The build writes a stamp (:data:`STAMP`: the SHA-1 of
each source it compiled); :func:`guard`, run when :mod:`marsad` is imported, compares it with the sources, and if
one differs (or the stamp is missing) it makes Python import every module of :data:`MODULES` from its source
and logs a warning, so an edit is never shadowed by an old build. ``MARSAD_NATIVE=0`` in the environment runs
the sources as well, silently. ``python scripts/build_native.py build --if-stale``
rebuilds only when needed (``setup.sh`` and ``test.sh`` do this); ``... clean`` removes the build.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import logging
import os
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
SRC = PACKAGE.parent
# the tagger's hot path: word analysis and features (with their lexicon and word records), name-list marks,
# BIO spans, normalization, segmentation
MODULES = (
    "marsad.ner.features",
    "marsad.ner.lexicon",
    "marsad.ner.wordinfo",
    "marsad.ner.names",
    "marsad.ner.bio",
    "marsad.ner.crf",
    "marsad.ner.tagger",
    "marsad.text.normalize",
    "marsad.text.tokenize",
    "marsad.gazetteer.match",
    "marsad.gazetteer.docmatch",
    "marsad.gazetteer.link",
    "marsad.gazetteer.tagged",
    "marsad.gazetteer.spans",
    "marsad.gazetteer.outlets",
    "marsad.gazetteer.coref",
    "marsad.gazetteer.rules",
    "marsad.events.context",
    "marsad.events.candidates",
    "marsad.events.triggers",
    "marsad.events.participants",
    "marsad.events.coder",
    "marsad.events.merge",
    "marsad.events.lexicon",
    "marsad.events.actor_codes",
    "marsad.events.anaphora",
    "marsad.events.dyads",
    "marsad.events.factuality",
    "marsad.events.figurative",
    "marsad.events.objects",
    "marsad.events.place",
    "marsad.events.pronouns",
    "marsad.events.protest",
    "marsad.events.relatives",
    "marsad.events.sides",
    "marsad.events.tolls",
    "marsad.events.verb_objects",
    "marsad.quotes.lexicon",
    "marsad.quotes.settings",
    "marsad.quotes.base",
    "marsad.quotes.relays",
    "marsad.quotes.names",
    "marsad.quotes.subjects",
    "marsad.quotes.agreement",
    "marsad.quotes.speaker",
    "marsad.quotes.content",
    "marsad.quotes.objects",
    "marsad.quotes.cues",
    "marsad.quotes.callers",
    "marsad.quotes.finder",
)
STAMP = PACKAGE / "native.stamp"
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"


def source(module: str) -> Path:
    return SRC / (module.replace(".", "/") + ".py")


def compiled(module: str) -> Path:
    return SRC / (module.replace(".", "/") + SUFFIX)


def digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def read_stamp() -> dict[str, str]:
    try:
        lines = STAMP.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def is_built() -> bool:
    return any(compiled(m).is_file() for m in MODULES)


def is_current() -> bool:
    """True when every module is compiled from its present source."""
    stamp = read_stamp()
    return all(compiled(m).is_file() and stamp.get(m) == digest(source(m)) for m in MODULES)


class _SourceFirst:
    """A meta path finder (kept off ``importlib.abc``, whose import costs 30 ms at every start) that loads the
    listed modules from their ``.py`` sources, past any compiled file beside them."""

    def __init__(self, modules: Sequence[str]) -> None:
        self.modules = frozenset(modules)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.modules:
            return None
        return importlib.util.spec_from_file_location(fullname, source(fullname))


def guard() -> bool:
    """Make stale compiled modules invisible (see the module docstring), or all of them when the environment
    sets ``MARSAD_NATIVE=0`` (to compare, or to rule the build out). Returns True when they were hidden."""
    if not is_built():
        return False
    off = os.environ.get("MARSAD_NATIVE") == "0"
    if not off and is_current():
        return False
    if not any(isinstance(f, _SourceFirst) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFirst(MODULES))
    if not off:
        log.warning("marsad: the compiled modules are older than their sources; running the sources "
                    "(rebuild: python scripts/build_native.py build)")
    return True


def active(name: str = "marsad.ner.features") -> bool:
    """True when the tagger runs compiled (the module ``name`` was imported from its extension file)."""
    module = sys.modules.get(name)
    return module is not None and not str(getattr(module, "__file__", "")).endswith(".py")


def clean() -> None:
    """Remove the build: every extension file of the package (also of a module no longer in :data:`MODULES`,
    which would otherwise keep shadowing its source), the shared mypyc library and the stamp."""
    for m in MODULES:
        compiled(m).unlink(missing_ok=True)
    for ext in PACKAGE.rglob(f"*{SUFFIX}"):
        ext.unlink()
    for lib in SRC.glob(f"*__mypyc{SUFFIX}"):
        lib.unlink()
    STAMP.unlink(missing_ok=True)


def build() -> None:
    """Compile :data:`MODULES` with mypyc in a scratch copy of the sources, then copy the results in place."""
    import shutil
    import subprocess
    import tempfile

    mypyc = shutil.which("mypyc", path=str(Path(sys.executable).parent)) or shutil.which("mypyc")
    if mypyc is None:
        raise RuntimeError("mypyc not found (pip install mypy, or the dev extra)")
    digests = {m: digest(source(m)) for m in MODULES}
    with tempfile.TemporaryDirectory(prefix="marsad_native_") as tmp:
        work = Path(tmp)
        shutil.copytree(PACKAGE, work / "marsad", ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
        (work / "mypy.ini").write_text("[mypy]\nignore_missing_imports = True\n", encoding="utf-8")
        files = [m.replace(".", "/") + ".py" for m in MODULES]
        done = subprocess.run([mypyc, *files], cwd=work, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError("mypyc failed:\n" + (done.stdout + done.stderr)[-3000:])
        clean()
        for lib in work.glob(f"*__mypyc{SUFFIX}"):
            shutil.copy2(lib, SRC / lib.name)
        for m in MODULES:
            shutil.copy2(work / (m.replace(".", "/") + SUFFIX), compiled(m))
    STAMP.write_text("".join(f"{m}\t{d}\n" for m, d in digests.items()), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["clean"]:
        clean()
        print("marsad.native: compiled modules removed")
        return 0
    if args[:1] != ["build"]:
        print("usage: build_native.py build [--if-stale] | clean", file=sys.stderr)
        return 2
    if "--if-stale" in args and is_current():
        print("marsad.native: compiled modules are current")
        return 0
    try:
        build()
    except (RuntimeError, OSError) as exc:
        clean()
        print(f"marsad.native: not built, the sources will run ({exc})", file=sys.stderr)
        return 1
    print(f"marsad.native: compiled {len(MODULES)} modules")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
