"""marsad (مرصد): Arabic news into structured, evidence-backed data.

The data flow reads like the package layout:

    extract/  raw bytes (text, HTML, JSON) -> Article (title, date, clean text, credits, sources)
    text/     normalization with offset maps, sentence splitting, tokenization
    stages/   pure analysis stages over a Document: times, entities, quotes, events
    pipeline  builds and checks the chain of stages, records each stage's result on the Document
    output    the JSON object fixed by CONTRACT.md
    store/    the embedded corpus store (SQLite + FTS5), search, grouping, exports
    serve/    the HTTP API and the web page
    api       ``analyze(text, published=...)``: the Python entry point
"""

__version__ = "0.8.0"

from marsad import native as _native

_native.guard()  # a compiled tagger module older than its source is not used (marsad.native)


from marsad.api import Analysis, analyze, analyze_many  # noqa: E402  (after the compiled-module check)

__all__ = ["Analysis", "__version__", "analyze", "analyze_many"]
