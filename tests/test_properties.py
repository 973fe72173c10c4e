"""Property-based tests (hypothesis): random text, bytes and pages through extraction and the whole
pipeline never crash (only MarsadError is allowed) and keep the offset invariant; and every
fixture in tests/fixtures keeps ``text[start:end]`` for every span."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.extract import document_from_bytes, document_from_html, document_from_record, document_from_text, load_path
from marsad.output import iter_spans, to_json
from marsad.pipeline import Pipeline
from marsad.resources import PACKAGE_ROOT, read_table

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Modest by default (the suite stays fast); MARSAD_HYPOTHESIS_EXAMPLES=2000 for a longer hunt.
EXAMPLES = int(os.environ.get("MARSAD_HYPOTHESIS_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIPELINE: list[Pipeline] = []


def pipeline() -> Pipeline:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline())
    return _PIPELINE[0]


def check_document(doc: Document) -> dict[str, Any]:
    """The shape of extracted text, then the offset invariant on the pipeline's JSON."""
    text = doc.text
    assert text and text == text.strip()
    assert "\r" not in text
    if doc.title:
        assert text.startswith(doc.title)
        assert text == doc.title or text[len(doc.title):].startswith("\n\n")
        assert text.count("\n\n") <= 1
    else:
        assert "\n\n" not in text
    for line in text.split("\n"):
        assert line == line.strip()
    pipeline()(doc)
    obj = to_json(doc)
    for span in iter_spans(obj):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"]:span["end"]] == span["text"]
    for layer in ("sentences", "tokens"):
        for item in doc.layer(layer):
            assert 0 <= item.start <= item.end <= len(text)
    return obj


def _lexicon_lines(name: str, column: str) -> list[str]:
    return [row[column] for row in read_table(name, 1)]


SPECIAL_LINES = [
    *_lexicon_lines("widgets", "phrase")[:80], *(f"({a})" for a in _lexicon_lines("agencies", "alias")[:60]),
    "09 ديسمبر 2021", "الخميس 9 كانون الأول 2021", "٢٠٢١/١٢/٠٩", "5 جمادى الأولى 1443 هـ",
    "ضغوط على العاملين (Getty)", "(العربي الجديد، رويترز)", "--(بترا)", "المصدر: وكالة الأنباء السعودية",
    "كتب: محمد", "اقرأ أيضاً", "الرئيسية > سياسة", "+ الخط -", "()", "(", ")", "-- (", "المصدر:", ":-",
    "قال الوزير إن \"المحادثات كانت بناءة\"، مضيفاً أن الجولة المقبلة ستعقد في جنيف.",
]
ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.characters(codec="utf-8", exclude_categories=("Cs",))
WORDS = st.text(st.one_of(ARABIC, st.sampled_from(" ،.؟!:()[]«»\"-–—/0123456789٠١٢٣\u200f\u0640\u064b")), max_size=80)
LINES = st.one_of(st.sampled_from(SPECIAL_LINES), WORDS, st.text(MIXED, max_size=40))
PAGES = st.lists(LINES, max_size=25).map("\n".join)


def _through_pipeline(make: Any) -> None:
    try:
        doc = make()
    except MarsadError:
        return
    check_document(doc)


@SETTINGS
@given(PAGES)
def test_random_page_text_never_crashes_and_keeps_offsets(text: str) -> None:
    _through_pipeline(lambda: document_from_text(text))


@SETTINGS
@given(st.lists(LINES, max_size=12).map("\r\n".join), st.sampled_from(["\n", "\r", "\u2028", "\x0c", "\x85"]))
def test_any_line_break_gives_the_same_clean_shape(text: str, sep: str) -> None:
    _through_pipeline(lambda: document_from_text(text.replace("\r\n", sep)))


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["x.txt", "x.json", "x.html", "-"]))
def test_random_bytes_never_crash(data: bytes, name: str) -> None:
    _through_pipeline(lambda: document_from_bytes(data, name))


@SETTINGS
@given(st.dictionaries(st.sampled_from(["title", "content", "maintext", "text", "date", "date_publish",
                                        "date_extracted", "authors", "author", "source", "url"]),
                       st.one_of(st.none(), st.integers(), PAGES, st.lists(WORDS, max_size=3)), max_size=6))
def test_random_records_never_crash(rec: dict[str, Any]) -> None:
    _through_pipeline(lambda: document_from_record(rec))


TAGS = st.sampled_from(["p", "div", "h1", "span", "article", "script", "style", "nav", "footer", "li", "a", "title"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = ["<html><head><meta charset='utf-8'>"]
    if draw(st.booleans()):
        parts.append(f"<title>{draw(WORDS)}</title>")
    parts.append("</head><body>")
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(TAGS)
        parts.append(f"<{tag}>{draw(LINES)}</{tag}>")
    parts.append("</body></html>")
    return "".join(parts)


@settings(max_examples=max(10, EXAMPLES // 3), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages())
def test_random_html_pages_never_crash(page: str) -> None:
    _through_pipeline(lambda: document_from_html(page))


def test_every_fixture_keeps_text_start_end_for_every_span() -> None:
    paths = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".html", ".htm", ".json") and p.is_file())
    paths.append(PACKAGE_ROOT / "examples" / "article.txt")
    checked = 0
    for path in paths:
        try:
            doc = load_path(path)
        except MarsadError:
            continue  # not an article (expected-output files of other stages)
        check_document(doc)
        checked += 1
    assert checked >= 10


def test_a_page_of_only_site_furniture_is_no_article() -> None:
    with pytest.raises(MarsadError, match="no article text"):
        document_from_text("\n".join(_lexicon_lines("widgets", "phrase")[:60]))
