"""Wire datelines: "الرياض - واس:", "جدة 10 أغسطس 2015 (قنا) -", "مكة المكرمة 3 رمضان 1436هـ ... واس".

A dateline is article text (docs/conventions.md): it stays in ``Document.text`` and is parsed here into
its place, date and agency, each a span of that text, so that the stages find the place as an entity
and the date as a time like any other words. Only the opening paragraphs after the title are read. A
dateline needs an agency: a known news agency or outlet (lexicon ``agencies.tsv``), or, on a line of its
own ending in a colon ("البحرين - الوئام :"), any short name. A page's date line without place or
agency ("الخميس 9 ديسمبر 2021") is no dateline: it stays the publication date.
"""

from __future__ import annotations

import re

from marsad.document import Dateline, Span
from marsad.extract.dates import find_dates
from marsad.extract.lexicon import Lexicons, lexicons
from marsad.resources import Resources

# the paragraphs after the title that may hold a dateline
MAX_PARAGRAPHS = 3
# a dateline's place: at most this many words, none of them a number
MAX_PLACE_WORDS = 4
MAX_LINE_WORDS = 18
# a byline's word where the place would stand for a story gathered from elsewhere ("فلان - سبق - متابعة:")
FOLLOW_UP = frozenset({"متابعة", "متابعات"})
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_FURNITURE = re.compile(r"(?:[\sA-Za-z\u00a0]|&nbsp;)+")

_BRACKETED = re.compile(r"^(?P<head>[^\n:()\[\]]{2,90}?)\s*[(\[]\s*(?P<ag>[^()\[\]\n]{1,30}?)\s*[)\]]\s*(?:[-–—:]+|$)")
_DASHED = re.compile(
    r"^(?P<head>[^\n:()\[\]\-–—]{2,90}?)\s*[-–—]+\s*(?P<ag>[^\s:\-–—()\d]{2,20}(?:\s[^\s:\-–—()\d]{1,20}){0,2})"
    r"\s*(?P<end>:|[-–—]|$)"
)
_TRAILING = re.compile(r"^(?P<head>[^\n()\[\]]{4,120}?)[\s\-–—]+(?P<ag>[^\s\d\-–—()]{2,12})\s*[.:]?\s*$")
_PUNCT = " \t،,:-–—()[]."
NBSP = "&nbsp;"


def _trim(text: str, start: int, end: int, punct: str = _PUNCT) -> tuple[int, int]:
    while start < end and text[start] in punct:
        start += 1
    while end > start and text[end - 1] in punct:
        end -= 1
    return start, end


def _paragraphs(text: str, title: str | None) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if title and not out and line.strip() == title.strip():
            continue
        out.append((start, end))
        if len(out) == MAX_PARAGRAPHS:
            break
    return out


def find_dateline(text: str, title: str | None = None, res: Resources | None = None) -> Dateline | None:
    """The dateline opening the article body, if any."""
    lex = lexicons(res)
    for p_start, p_end in _paragraphs(text, title):
        para = text[p_start:p_end]
        for rx in (_BRACKETED, _DASHED, _TRAILING):
            m = rx.match(para)
            if m is None:
                continue
            whole_line = not para[m.end():].strip()
            if rx is _TRAILING and (len(para.split()) > MAX_LINE_WORDS or not find_dates(m.group("head"), res)):
                continue
            ag_text = m.group("ag")
            known = lex.agency(ag_text)
            if known is None and rx is not _TRAILING and (whole_line or (rx is _DASHED and m.group("end") == ":")):
                swapped = _outlet_first(text, p_start, m, lex)
                if swapped is not None:
                    return swapped
            if known is None and not (rx is _DASHED and ((whole_line and m.group("end") == ":")
                                                         or (m.group("end") != ":" and _reporter(para[m.end():])))):
                continue
            if known is not None and rx is _DASHED and m.group("end") != ":":
                byline = _reporter_first(text, p_start, m, known.canonical, lex)
                if byline is not None:
                    return byline
            if known is not None and known.kind == "outlet" and rx is _DASHED and _reporters(m.group("head"), lex):
                # reporters and the outlet, no place: "عمر إبراهيم – عين اليوم" (an outlet's own reporter
                # stands there far more often than a place, and a place there is mostly one word: "جدة – عكاظ")
                s, e = _trim(text, p_start + m.start(), p_start + m.end(), " \t،,:-–—")
                a_start, a_end = _trim(text, p_start + m.start("ag"), p_start + m.end("ag"))
                return Dateline(Span(s, e), None, None, None, Span(a_start, a_end), known.canonical)
            found = _parts(text, p_start, m, known.canonical if known else None, res)
            if found is not None:
                return found
    return None


def _place(text: str, start: int, end: int) -> Span | None:
    """The place of a byline after its outlet, none where it says the story was gathered (:data:`FOLLOW_UP`)."""
    return None if text[start:end] in FOLLOW_UP else Span(start, end)


def _reporters(head: str, lex: Lexicons) -> bool:
    """Whether the words before an outlet's name are reporters' names: each, between commas, two or three words
    or a listed given name ("داليا أبوالعيش، عمر إبراهيم"); Latin page furniture before them is skipped."""
    names = [[w for w in part.split() if _ARABIC_LETTER.search(w)] for part in re.split("[،,]", head)]
    return all(1 <= len(n) < MAX_PLACE_WORDS and (lex.given_name(n[0]) or len(n) >= 2) for n in names)


def _reporter(rest: str) -> bool:
    """Whether the rest of a dashed dateline's line is a reporter's name ending in a colon, after the outlet
    ("عفيف - الوئام - عبدالله العازمي :")."""
    rest = rest.strip()
    words = rest[:-1].split()
    return rest.endswith(":") and 2 <= len(words) <= MAX_PLACE_WORDS and not any(c.isdigit() for c in rest)


def _reporter_first(text: str, base: int, m: re.Match[str], agency_name: str, lex: Lexicons) -> Dateline | None:
    """A byline that names the reporter first, then the outlet, then the place: "أحمد علي- سبق- القاهرة:",
    "بدر العتيبي، عبدالله البرقاوي - سبق - الرياض:" (the head starts with a given name or is a name and a family
    name, "عوض الفهمي"; the place, a few words ending in a colon, starts with no given name)."""
    head = m.group("head").split()
    if not head or not (lex.given_name(head[0]) or (2 <= len(head) <= 3 and head[-1].startswith("ال"))):
        return None
    rest_start = base + m.end()
    colon = text.find(":", rest_start, min(len(text), rest_start + 40))
    if colon < 0 or "\n" in text[rest_start:colon]:
        return None
    p_start, p_end = _trim(text, rest_start, colon)
    words = text[p_start:p_end].split()
    if not words or len(words) > MAX_PLACE_WORDS or any(c.isdigit() for c in text[p_start:p_end]) \
            or lex.given_name(words[0]) or any(c in "،,()" for c in text[p_start:p_end]):
        return None
    a_start, a_end = _trim(text, base + m.start("ag"), base + m.end("ag"))
    s, _ = _trim(text, base + m.start(), colon, " \t،,:-–—")
    return Dateline(Span(s, colon), _place(text, p_start, p_end), None, None, Span(a_start, a_end), agency_name)


def _outlet_first(text: str, base: int, m: re.Match[str], lex: Lexicons) -> Dateline | None:
    """A dateline that names the outlet first and the place after it: "عكاظ (الرياض)", "سبق - بريدة: ..." (the
    place: the first of several, "عكاظ (بغداد، عمان)"; never a reporter's name, "الجزيرة - عبدالله الناصر:")."""
    h_start, h_end = _trim(text, base + m.start("head"), base + m.end("head"))
    while text.startswith(NBSP, h_start):
        h_start += len(NBSP)  # a page's stray entity before the outlet
    outlet = lex.agency(text[h_start:h_end])
    p_start, p_end = _trim(text, base + m.start("ag"), base + m.end("ag"))
    p_end = min(p_end, *(p_start + i for i, c in enumerate(text[p_start:p_end]) if c in "،,"), p_end)
    p_start, p_end = _trim(text, p_start, p_end)
    words = text[p_start:p_end].split()
    if outlet is None or outlet.kind not in ("outlet", "agency") or not words or len(words) > 2 \
            or any(c.isdigit() for c in text[p_start:p_end]) or lex.given_name(words[0]):
        return None
    s, e = _trim(text, base + m.start(), base + m.end(), " \t،,:-–—")
    return Dateline(Span(s, e), _place(text, p_start, p_end), None, None, Span(h_start, h_end), outlet.canonical)


def _parts(text: str, base: int, m: re.Match[str], agency_name: str | None, res: Resources | None) -> Dateline | None:
    head = m.group("head")
    head_start = base + m.start("head")
    dates = find_dates(head, res)
    date: Span | None = None
    value: str | None = None
    place_end = len(head)
    if dates:
        greg = [d for d in dates if d.calendar != "hijri"]
        value = (greg or dates)[0].date.isoformat()
        date = Span(head_start + dates[0].start, head_start + dates[-1].end)
        place_end = dates[0].start
        if head[dates[-1].end:].strip(_PUNCT + "مـ"):
            return None  # words after the date: a sentence, not a dateline
    p_start, p_end = _trim(text, head_start, head_start + place_end)
    furniture = _FURNITURE.match(text, p_start, p_end)
    if furniture is not None and furniture.end() < p_end:
        p_start = furniture.end()  # a page's Latin furniture before the place: "Next Previous جدة – واس"
    place_text = text[p_start:p_end]
    if place_text and (len(place_text.split()) > MAX_PLACE_WORDS or any(c.isdigit() for c in place_text)
                       or _LATIN.search(place_text)):
        return None  # a sentence, or Latin words left inside the place
    if not place_text and date is None:
        return None
    place = Span(p_start, p_end) if place_text else None  # an outlet's name there: the entities stage reads it
    a_start, a_end = _trim(text, base + m.start("ag"), base + m.end("ag"))
    end = base + m.end()
    s, e = _trim(text, base + m.start(), end, " \t،,:-–—")
    return Dateline(Span(s, e), place, date, value, Span(a_start, a_end), agency_name)


def dateline_json(text: str, d: Dateline) -> dict[str, object]:
    """``meta.dateline`` of the analysis object: the dateline and its parts as spans of ``text``."""

    def span(s: Span | None) -> dict[str, object] | None:
        return None if s is None else {"text": text[s.start:s.end], "start": s.start, "end": s.end}

    date = span(d.date)
    if date is not None:
        date["value"] = d.date_value
    agency = span(d.agency)
    if agency is not None:
        agency["name"] = d.agency_name
    return {**(span(d.span) or {}), "place": span(d.place), "date": date, "agency": agency}
