"""Raw page text (as a scraper or a copy from the browser hands it over) → Document.

The title is the first line that is not page furniture; the header lines after it give the
publication date, the photo caption and its credit, the byline; site widgets, section labels and
related-article boxes are dropped; the closing attribution line and agency tags become ``sources``.
See :mod:`marsad.extract.lines` for the evidence used and its order.
"""

from __future__ import annotations

from marsad.document import Document
from marsad.extract.lines import Cleaned, clean_lines, split_lines
from marsad.resources import Resources


def clean_rawtext(text: str, res: Resources | None = None) -> Cleaned:
    return clean_lines(split_lines(text), find_title=True, res=res)


def extract_rawtext(text: str, res: Resources | None = None) -> Document:
    found = clean_rawtext(text, res)
    return to_document(found)


def to_document(found: Cleaned) -> Document:
    meta: dict[str, str] = {}
    if found.caption:
        meta["caption"] = found.caption
    if found.author:
        meta["author"] = found.author
    if found.site:
        meta["site"] = found.site
    return Document(
        text=found.text(), title=found.title, published=found.published,
        credits=list(found.credits), sources=list(found.sources), meta=meta,
    )
