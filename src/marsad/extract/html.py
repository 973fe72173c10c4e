"""HTML page → Document: trafilatura for the body and metadata, then Arabic-aware repairs.

Body: trafilatura's main text, then the line cleaning of :mod:`marsad.extract.lines` (the title
repeated at the top, date lines, uncredited captions, bylines, share buttons, comment-policy and
copyright sentences, agency datelines and tags such as "--(بترا)", "(د ب أ)", "(واس)" → sources).

Title: trafilatura's title without the site name ("المدينة نيوز - ..." / "... - اليوم السابع"):
the part that is also the page's ``<h1>``, else the part left when parts naming the site are
dropped, else the longest part when the others are short.

Publication date, first answer wins:
1. explicit markup: ``article:published_time``-style meta, ``itemprop=datePublished``,
   ``property=dc:date``, JSON-LD ``datePublished``;
2. htmldate on the page header (no extensive search), as run by trafilatura;
3. a date in the canonical URL (``/2013/middle_east/8/3/``, ``/2020/8/24/``, ``/2020-08-24``);
4. a date line written in Arabic at the top of the article text ("تم نشره الجمعة 24 نيسان / أبريل 2020");
5. an Arabic date in the text just after the ``<h1>``;
6. htmldate's extensive search over the whole page.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from typing import Any

from lxml import html as lxml_html

from marsad.document import Document
from marsad.extract.dates import find_date
from marsad.extract.lexicon import lexicons, line_key
from marsad.extract.lines import Cleaned, clean_lines, ends_sentence, is_body, one_line, split_lines
from marsad.resources import Resources

log = logging.getLogger(__name__)

_TITLE_SEP = re.compile(r"\s+[|\-–—»«:]{1,2}\s+|\s*\|\s*")
_PUB_META = frozenset({
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "published_time", "dc.date", "dc.date.issued", "dc:date",
    "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
    "original-publish-date", "date",
})
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_URL_DATE = (
    re.compile(r"/((?:19|20)\d\d)/(?:[A-Za-z][\w\-]*/)?(\d{1,2})/(\d{1,2})(?:/|$|[?#])"),
    re.compile(r"[/_\-]((?:19|20)\d\d)[\-_](\d\d)[\-_](\d\d)(?:[/_\-.]|$)"),
)
_ARABIC = re.compile("[\u0621-\u064a]")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = _ISO.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _parse(page: str) -> Any:
    try:
        return lxml_html.document_fromstring(page)
    except (ValueError, TypeError, lxml_html.etree.ParserError) as exc:
        log.debug("lxml could not parse the page: %s", exc)
        return None


# -- dates: one source of evidence each -------------------------------------------------------
def date_from_markup(tree: Any) -> dt.date | None:
    if tree is None:
        return None
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _PUB_META:
            found = _iso_date(meta.get("content"))
            if found:
                return found
    for el in tree.xpath('//*[@itemprop="datePublished" or @property="dc:date" or @property="dcterms:created"'
                         ' or @property="article:published_time"]'):
        found = _iso_date(el.get("content") or el.get("datetime"))
        if found:
            return found
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        m = _LD_DATE.search(script.text or "")
        if m:
            found = _iso_date(m.group(1))
            if found:
                return found
    return None


def date_from_url(urls: Iterable[str | None]) -> dt.date | None:
    for url in urls:
        if not url:
            continue
        for rx in _URL_DATE:
            m = rx.search(url)
            if m:
                try:
                    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    continue
    return None


def date_after_h1(tree: Any, res: Resources | None) -> dt.date | None:
    if tree is None:
        return None
    for h1 in tree.iter("h1"):
        texts = h1.xpath("following::text()[normalize-space()][not(ancestor::script)][not(ancestor::style)]"
                         "[position() <= 25]")
        found = find_date(" ".join(str(t) for t in texts)[:1500], res)
        if found is not None:
            return found.date
    return None


_LEAD_XPATH = (
    '//body//*[@itemprop="description" or contains(concat(" ", normalize-space(@class), " "), " lead ")'
    ' or contains(@class, "__lead") or contains(@class, "-lead") or contains(@class, "standfirst")'
    ' or contains(@class, "article-intro") or contains(@class, "article__intro")]'
)


def lead_paragraph(tree: Any, body: str) -> str | None:
    """The article's lead when the page keeps it apart from the body and trafilatura dropped it
    (an ``itemprop=description`` / ``*lead*`` / ``standfirst`` element holding a full sentence)."""
    if tree is None:
        return None
    for el in tree.xpath(_LEAD_XPATH)[:5]:
        text = one_line(el.text_content() or "")
        if not is_body(text) or not ends_sentence(text) or len(text.split()) > 150 or not _ARABIC.search(text):
            continue
        if text[:60] in body:
            return None
        return text
    return None


def date_extensive(page: str, url: str | None) -> dt.date | None:
    try:
        from htmldate import find_date as htmldate_find

        return _iso_date(htmldate_find(page, url=url, original_date=True, extensive_search=True))
    except Exception as exc:  # htmldate is best-effort on arbitrary pages
        log.debug("htmldate failed: %s", exc)
        return None


# -- title -------------------------------------------------------------------------------------
def clean_title(raw: str | None, h1s: list[str], site_names: Iterable[str],
                res: Resources | None = None) -> tuple[str | None, list[str]]:
    """The article title without the site name, and the parts dropped as the site's name."""
    if not raw:
        return (h1s[0] if h1s else None), []
    raw = one_line(raw)
    parts = [p.strip() for p in _TITLE_SEP.split(raw) if p.strip()]
    if len(parts) < 2:
        return raw, []
    h1_keys = {line_key(h) for h in h1s}
    for part in parts:
        if line_key(part) in h1_keys:
            return part, [p for p in parts if p != part]
    lex = lexicons(res)
    sites = {line_key(s) for s in site_names if s}
    kept = [p for p in parts if line_key(p) not in sites and lex.agency(p) is None]
    if len(kept) == 1:
        return kept[0], [p for p in parts if p != kept[0]]
    longest = max(parts, key=lambda p: len(p.split()))
    if all(len(p.split()) <= 4 for p in parts if p != longest):
        return longest, [p for p in parts if p != longest]
    return raw, []


def _h1_texts(tree: Any) -> list[str]:
    if tree is None:
        return []
    out = []
    for h1 in tree.iter("h1"):
        text = one_line(h1.text_content() or "")
        if text and len(text.split()) >= 2:
            out.append(text)
    return out


def _canonical_urls(tree: Any) -> list[str]:
    if tree is None:
        return []
    urls = [str(u) for u in tree.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')]
    return [u for u in urls if u.strip()]


# -- the whole page ----------------------------------------------------------------------------
def extract_html(page: str, url: str | None = None, res: Resources | None = None) -> Document:
    import trafilatura

    tree = _parse(page)
    urls = [url, *_canonical_urls(tree)]
    canonical = next((u for u in urls if u), None)
    result = trafilatura.bare_extraction(
        page, url=canonical, with_metadata=True, include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True, "url": canonical},
    )
    meta_doc: dict[str, Any] = {}
    if result is not None:
        meta_doc = result if isinstance(result, dict) else result.as_dict()
    body = str(meta_doc.get("text") or "")
    lead = lead_paragraph(tree, body)
    if lead is not None:
        body = f"{lead}\n{body}"
    site_names = [s for s in (meta_doc.get("sitename"), meta_doc.get("hostname")) if isinstance(s, str)]
    h1s = _h1_texts(tree)
    title, dropped = clean_title(meta_doc.get("title"), h1s, site_names, res)
    found: Cleaned = clean_lines(split_lines(body), title=title, find_title=title is None,
                                 site_names=[*site_names, *dropped], res=res)
    if title is None:
        title = found.title
    published = (
        date_from_markup(tree)
        or _iso_date(meta_doc.get("date"))
        or date_from_url(urls)
        or found.published
        or date_after_h1(tree, res)
        or date_extensive(page, canonical)
    )
    meta: dict[str, str] = {}
    if canonical:
        meta["url"] = canonical
    if dropped:
        meta["site"] = " | ".join(dropped)
    elif site_names:
        meta["site"] = site_names[0]
    if found.caption:
        meta["caption"] = found.caption
    author = meta_doc.get("author")
    if found.author:
        meta["author"] = found.author
    elif (isinstance(author, str) and _ARABIC.search(author) and len(author.split()) <= 6
          and line_key(author) not in {line_key(d) for d in [*dropped, *site_names]}):
        meta["author"] = one_line(author)
    paragraphs = found.paragraphs if has_article_text(found.paragraphs, _link_texts(tree)) else []
    cleaned = Cleaned(title=title, paragraphs=paragraphs)
    return Document(
        text=cleaned.text() if paragraphs else "", title=title, published=published,
        credits=list(found.credits), sources=list(found.sources), meta=meta,
    )


_WORD = re.compile(r"[^\W\d_]{2,}")


def _link_texts(tree: Any) -> set[str]:
    """The page's link texts (menus, lists of headlines), keyed as lines are."""
    if tree is None:
        return set()
    return {line_key(one_line(a.text_content())) for a in tree.iter("a")} - {""}


def has_article_text(paragraphs: list[str], links: set[str]) -> bool:
    """Whether the body holds words outside link texts: a page of menus and headline links is no article."""
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            if _WORD.search(line) and line_key(one_line(line)) not in links:
                return True
    return False
