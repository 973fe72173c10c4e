"""Line-level cleaning of page text: which lines are the article and which are the page around it.

Used on raw scraped text (``rawtext``), on trafilatura's output for HTML (``html``) and on the body
of JSON records (``record``). No site is hard-coded: each line is judged by evidence that holds
across sites, in this order (see :func:`clean_lines`):

1. **Shape.** Words, sentence-final punctuation, whether the line is only punctuation.
2. **Lexicons** (data files): whole-line widgets and section labels, short lines starting with a
   widget phrase (bylines, breadcrumbs, "اقرأ أيضا"), boilerplate sentences (comment policy,
   copyright, "للتواصل مع الكاتب"), and news agencies / outlets for attribution lines.
3. **Position.** The *header* (before the first body paragraph) holds the title, date line, photo
   caption and byline; the *tail* (a run of non-body lines after the last paragraph) holds the
   attribution line "(العربي الجديد، رويترز)" and contributor widgets; the last paragraph may end
   with an agency tag "--(بترا)". Short unknown lines are dropped only in the header, or in the
   tail after an attribution or widget line.

The result is what was found (title, paragraphs, date, credits, sources, caption, author); the
caller builds the Document text from it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from marsad.extract.dates import WEEKDAYS, find_dates
from marsad.extract.lexicon import Lexicons, lexicons, line_key
from marsad.resources import Resources

_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SENTENCE_END = re.compile(r"[.!?؟…:]+[\"'»”)\]]*\s*$")
_HAS_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
_BRACKETED_END = re.compile(r"^(?P<before>.*?)\s*[(\[]\s*(?P<inner>[^()\[\]]{1,60}?)\s*[)\]]\s*\.?\s*$")
_TRAILING_TAG = re.compile(r"\s*(?:[-–—]+\s*)?[(\[]\s*(?P<inner>[^()\[\]]{1,50}?)\s*[)\]]\s*(?P<dot>\.?)\s*$")
_TRAILING_DASH_TAG = re.compile(r"\s*[-–—]+\s*(?P<inner>[^\s\-–—()][^()\-–—.]{0,30}?)\s*\.?\s*$")
_SOURCE_PREFIX = re.compile(r"^\s*(?:المصدر|مصدر الخبر|المصادر|نقلا عن|نقلاً عن|عن)\s*[:：]\s*(?P<inner>.+?)\s*\.?\s*$")
_SPLIT_NAMES = re.compile(r"\s*(?:[،,/+؛;]|\s-\s|\sو\s)\s*")
_LEADING_DATELINE = re.compile(r"^(?P<place>[^()\[\]]{0,60}?)[(\[]\s*(?P<inner>[^()\[\]]{1,40}?)\s*[)\]]\s*[-–—:]+")
_LEADING_DASH_AGENCY = re.compile(
    r"^[^\s()\-–—:]{2,20}(?:\s[^\s()\-–—:]{2,20})?\s*[-–—]\s*(?P<inner>[^\s:\-–—]{2,20}(?:\s[^\s:\-–—]{1,20}){0,2})\s*:"
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|\(?\s*(?:GMT|UTC)\s*[+\-]?\s*\d*\s*\)?", re.IGNORECASE)
_RELATIVE = re.compile(
    r"^(?:منذ|قبل)\s+\S*\s*(?:ساعة|ساعات|ساعتين|دقيقة|دقائق|دقيقتين|يوم|أيام|يومين|ثانية|ثوان|ثواني|أسبوع)\S*$"
)
_DATE_WORDS = frozenset(
    line_key(w)
    for w in (
        *WEEKDAYS, "نشر", "نشرت", "تم", "نشره", "النشر", "في", "آخر", "اخر", "تحديث", "محدث", "تاريخ", "بتاريخ",
        "التاريخ", "الموافق", "هـ", "ه", "م", "ص", "صباحا", "صباحاً", "مساء", "مساءً", "ظهرا", "ظهراً", "بتوقيت",
        "مكة", "المكرمة", "القدس", "غرينتش", "جرينتش", "الساعة", "gmt", "utc", "am", "pm", "updated", "published",
        "يوم", "عدد", "العدد", "الصادر", "حدث", "منذ",
    )
)
_CREDIT_NOISE = re.compile(
    r"\b(?:صورة|الصورة|صور|أرشيفية|ارشيفية|أرشيف|ارشيف|تصوير|عدسة|مصدر|المصدر|من|photo|file)\b[:\s]*", re.IGNORECASE
)
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0621-\u064a]")


@dataclass
class Cleaned:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    published: dt.date | None = None
    credits: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    caption: str | None = None
    author: str | None = None
    site: str | None = None
    lead: list[str] = field(default_factory=list)  # dateline lines of the header, kept as article text

    def text(self) -> str:
        """The Document text: the title, a blank line, then the body paragraphs one per line."""
        body = "\n".join(self.paragraphs)
        if self.title and body:
            return f"{self.title}\n\n{body}"
        return self.title or body


def collapse(line: str) -> str:
    """One line with inner whitespace runs made one space and the ends stripped."""
    return _WS.sub(" ", line).strip()


def one_line(text: str) -> str:
    """All whitespace runs, line breaks included, made one space (for titles, authors)."""
    return " ".join(text.split())


def split_lines(text: str) -> list[str]:
    """Lines of ``text`` (any line break, including U+2028 and form feeds), whitespace collapsed."""
    return [ln.strip() for ln in _WS.sub(" ", text).splitlines()]


def words(line: str) -> int:
    """Words of a collapsed line (single spaces, stripped)."""
    return line.count(" ") + 1 if line else 0


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line[-12:]))


def is_body(line: str) -> bool:
    """A body paragraph: long, or a complete sentence of a few words."""
    n = words(line)
    return n >= 10 or (n >= 4 and ends_sentence(line))


def is_decoration(line: str) -> bool:
    """Only punctuation and symbols ("+ -", "***", "|"), no letter or digit."""
    return not _HAS_WORD.search(line) and not any(c.isdigit() for c in line)


def _add(items: list[str], new: Iterable[str]) -> None:
    for item in new:
        if item and item not in items:
            items.append(item)


class LineCleaner:
    """Judges lines with the extraction lexicons (built once per Resources)."""

    def __init__(self, res: Resources | None = None) -> None:
        self.res = res
        self.lex: Lexicons = lexicons(res)

    # -- one source of evidence each --------------------------------------------------------
    def sources_in(self, inner: str, require_known: bool) -> list[str] | None:
        """Canonical names of the outlets/agencies listed in ``inner`` ("العربي الجديد، رويترز"),
        or ``None`` when it is not such a list."""
        parts = [p.strip(" .-–—:") for p in _SPLIT_NAMES.split(inner.strip())]
        parts = [p for p in parts if p]
        if not parts:
            return None
        out: list[str] = []
        for part in parts:
            agency = self.lex.agency(part)
            if agency is not None:
                out.append(agency.canonical)
                continue
            if require_known or words(part) > 4 or any(c.isdigit() for c in part) or ends_sentence(part):
                return None
            out.append(part)
        return out

    def source_line(self, line: str, require_known: bool = False) -> list[str] | None:
        """An attribution line: "(العربي الجديد، رويترز)", "--(بترا)", "المصدر: وكالة الأنباء السعودية"."""
        m = _SOURCE_PREFIX.match(line)
        if m:
            return self.sources_in(m.group("inner"), require_known=False)
        stripped = line.strip().lstrip("-–—").strip().rstrip(".").strip()
        if len(stripped) >= 2 and stripped[0] in "([" and stripped[-1] in ")]":
            inner = stripped[1:-1]
            if "(" in inner or ")" in inner:
                return None
            return self.sources_in(inner, require_known)
        if words(stripped) <= 4 and line.strip()[:1] in "-–—":
            return self.sources_in(stripped, require_known=True)
        return None

    def date_line(self, line: str) -> dt.date | None:
        """A short line that is a date ("الخميس 9 كانون الأول 2021، آخر تحديث 10:22")."""
        if words(line) > 16:
            return None
        found = find_dates(line, self.res)
        if not found:
            return None
        rest = line
        for f in reversed(found):
            rest = rest[: f.start] + " " + rest[f.end :]
        rest = _TIME.sub(" ", rest)
        leftover = [w for w in line_key(rest).split() if w not in _DATE_WORDS and not w.isdigit()]
        if len(leftover) > 2:
            return None
        greg = [f for f in found if f.calendar != "hijri"]
        return (greg or found)[0].date

    def caption(self, line: str, strict: bool) -> tuple[str, list[str]] | None:
        """A photo caption ending in its credit: "ضغوط على العاملين ... (Getty)" → (caption, ["Getty"]).

        ``strict`` (inside the body) asks for a short line and a credit that is a known photo
        agency, a news agency or written in Latin letters."""
        if not line.rstrip(" .").endswith((")", "]")):
            return None
        m = _BRACKETED_END.match(line)
        if not m:
            return None
        before, inner = m.group("before").strip(), m.group("inner").strip()
        if not before or not _HAS_WORD.search(before) or ends_sentence(before) or words(inner) > 5:
            return None
        if words(before) > (20 if strict else 30):
            return None
        credits = [c.strip(" .-–—:") for c in _SPLIT_NAMES.split(_CREDIT_NOISE.sub(" ", inner))]
        credits = [collapse(c) for c in credits if c.strip(" .-–—:")]
        credits = [(a.canonical if (a := self.lex.agency(c)) is not None else c) for c in credits]
        if strict:
            known = [self.lex.agency(c) for c in credits]
            if not credits or not all(a is not None or _LATIN.search(c) for a, c in zip(known, credits, strict=True)):
                return None
        elif credits and not _CREDIT_NOISE.search(inner) and not all(self.lex.agency(c) or _LATIN.search(c)
                                                                   for c in credits):
            return None  # "(تركيا)" is not a credit; "(Getty)", "(أ ف ب)", "(تصوير: سامي)" are
        return before, credits

    def trailing_tag(self, para: str) -> tuple[str, list[str]] | None:
        """A paragraph ending in an agency tag: "... إيجابية. --(بترا)" → ("... إيجابية.", ["بترا"])."""
        for rx in (_TRAILING_TAG, _TRAILING_DASH_TAG):
            m = rx.search(para)
            if not m:
                continue
            names = self.sources_in(m.group("inner"), require_known=True)
            if names:
                rest = para[: m.start()].rstrip(" -–—")
                if m.groupdict().get("dot") and rest and not ends_sentence(rest):
                    rest += "."  # "... المقبل (رويترز)." keeps its full stop
                return rest, names
        return None

    def leading_sources(self, para: str) -> list[str]:
        """Sources named in an opening dateline: "دمشق، سوريا (CNN) -- ...", "الرياض - واس: ..."."""
        for rx in (_LEADING_DATELINE, _LEADING_DASH_AGENCY):
            m = rx.match(para)
            if m:
                names = self.sources_in(m.group("inner"), require_known=True)
                if names:
                    return names
        return []

    def dateline_line(self, line: str) -> bool:
        """A wire dateline standing on its own line ("مكة المكرمة 3 رمضان 1436هـ ... واس"): article text."""
        from marsad.extract.dateline import find_dateline

        return words(line) <= 18 and find_dateline(line, res=self.res) is not None

    def widget(self, line: str) -> str | None:
        if is_decoration(line):
            return "decoration"
        if _RELATIVE.match(line):
            return "timestamp"
        return self.lex.widget_kind(line)

    # -- the cascade -------------------------------------------------------------------------
    def clean(self, lines: list[str], title: str | None = None, find_title: bool = True,
              site_names: Iterable[str] = ()) -> Cleaned:
        """Split page lines into title, header facts, body paragraphs and tail facts."""
        out = Cleaned(title=title)
        if not self.lex.any_boilerplate("\n".join(lines)):
            bp_hits = _no_hits
        else:
            bp_hits = self.lex.boilerplate_hits
        sites = {line_key(s) for s in site_names if s}
        title_keys = {line_key(title)} if title else set()
        i = self._title(lines, out, title_keys, sites) if find_title and title is None else 0
        i = self._header(lines, i, out, title_keys, sites, bp_hits)
        end = self._tail_start(lines, i, bp_hits)
        self._tail(lines[end:], out)
        body = self._body(lines[i:end], out, title_keys, bp_hits)
        self._body_ends(body, out, sites)
        out.paragraphs = [p for p in [*out.lead, *body] if p]
        return out

    def _title(self, lines: list[str], out: Cleaned, title_keys: set[str], sites: set[str]) -> int:
        """Step 1, the title: the first line that is not furniture, a date, a caption or a site name (an outlet's
        name before it is the site). Returns the index of the first line after it."""
        n = len(lines)
        i = 0
        while i < n:
            line = lines[i]
            if not line or self.widget(line) or self.date_line(line) or line_key(line) in sites:
                i += 1
                continue
            agency = self.lex.agency(line) if words(line) <= 4 else None
            if agency is not None and agency.kind == "outlet" and i + 1 < n:
                out.site = line
                i += 1
                continue
            if words(line) <= 40 and not (ends_sentence(line) and line.rstrip()[-1:] == "." and words(line) > 20):
                out.title = line
                title_keys.add(line_key(line))
                i += 1
            break
        return i

    def _header(self, lines: list[str], i: int, out: Cleaned, title_keys: set[str], sites: set[str],
                bp_hits: Callable[[str], int]) -> int:
        """Step 2, the header: everything from ``i`` before the first body paragraph; returns where the body
        starts. With no body paragraph at all (an article of short lines), the header facts stay but its lines
        are read as body."""
        n = len(lines)
        header_start = i
        while i < n and not (lines[i] and is_body(lines[i]) and not self._is_furniture(lines[i], bp_hits)):
            self._header_line(lines[i], out, title_keys, sites)
            i += 1
        if i >= n:
            i = header_start
        return i

    def _tail_start(self, lines: list[str], i: int, bp_hits: Callable[[str], int]) -> int:
        """Step 3, the tail: where the trailing run of non-body lines after ``i`` starts, from the first
        attribution/widget line on (``len(lines)`` when there is none)."""
        tail_start = len(lines)
        j = len(lines) - 1
        while j >= i:
            line = lines[j]
            if not line:
                j -= 1
                continue
            strong = (self.source_line(line) is not None or self.widget(line) is not None
                      or bp_hits(line) >= (2 if is_body(line) else 1) or self.date_line(line) is not None)
            if strong:
                tail_start = j
            elif is_body(line) or words(line) > 6:
                break
            j -= 1
        return tail_start

    def _tail(self, tail: list[str], out: Cleaned) -> None:
        """The sources named in the tail's lines."""
        for line in tail:
            if not line or self.widget(line) is not None:
                continue
            names = self.source_line(line)
            if names is not None:
                _add(out.sources, names)

    def _body(self, lines: list[str], out: Cleaned, title_keys: set[str],
              bp_hits: Callable[[str], int]) -> list[str]:
        """Step 4, the body: its paragraphs, less the title again, widgets (a byline gives the author), related
        article boxes, boilerplate, source lines, date lines and captions (which give credits and a caption)."""
        body: list[str] = []
        skip_related = False
        for line in lines:
            if not line:
                skip_related = False
                continue
            if title_keys and len(line) < 300 and line_key(line) in title_keys:
                continue
            kind = self.widget(line)
            if kind is not None:
                if kind == "byline" and out.author is None:
                    out.author = _after_colon(line)
                skip_related = kind == "related"
                continue
            if skip_related and not is_body(line) and words(line) <= 15:
                continue  # the headline of a related-article box
            skip_related = False
            if bp_hits(line) >= 2:
                continue
            names = self.source_line(line, require_known=True)
            if names is not None:
                _add(out.sources, names)
                continue
            if self.date_line(line) is not None and not self.dateline_line(line):
                continue
            cap = self.caption(line, strict=True)
            if cap is not None and not is_body(cap[0]):
                _add(out.credits, cap[1])
                out.caption = out.caption or cap[0]
                continue
            body.append(line)
        return body

    def _body_ends(self, body: list[str], out: Cleaned, sites: set[str]) -> None:
        """Step 5, in place: the last paragraph's agency tag; the first paragraph's dateline and site prefix."""
        if body:
            tag = self.trailing_tag(body[-1])
            if tag is not None:
                _add(out.sources, tag[1])
                if tag[0].strip(" -–—.") and _HAS_WORD.search(tag[0]):
                    body[-1] = tag[0]
                else:
                    body.pop()
        if body:
            lead = self.leading_sources(body[0])
            if lead:
                out.sources[:0] = [s for s in lead if s not in out.sources]
            body[0] = _strip_site_prefix(body[0], sites)

    def _is_furniture(self, line: str, bp_hits: Callable[[str], int]) -> bool:
        return self.widget(line) is not None or bp_hits(line) >= 2 or self.date_line(line) is not None

    def _header_line(self, line: str, out: Cleaned, title_keys: set[str], sites: set[str]) -> None:
        if not line:
            return
        key = line_key(line)
        if key in title_keys or key in sites:
            return
        if self.dateline_line(line):
            out.lead.append(line)
            return
        kind = self.widget(line)
        if kind is not None:
            if kind == "byline" and out.author is None:
                out.author = _after_colon(line)
            return
        date = self.date_line(line)
        if date is not None:
            if out.published is None:
                out.published = date
            return
        names = self.source_line(line, require_known=True)
        if names is not None:
            _add(out.sources, names)
            return
        cap = self.caption(line, strict=False)
        if cap is not None:
            _add(out.credits, cap[1])
            out.caption = out.caption or cap[0]
            return
        # Anything else short in the header is a kicker or an uncredited caption: not body text.


def _no_hits(line: str) -> int:
    return 0


def _after_colon(line: str) -> str:
    _head, sep, rest = line.partition(":")
    return collapse(rest) if sep and rest.strip() else collapse(line)


def _strip_site_prefix(para: str, sites: set[str]) -> str:
    """"المدينة نيوز :- بلغت ..." → "بلغت ..." when the prefix is the site's own name."""
    if not sites:
        return para
    m = re.match(r"^(?P<site>[^:\-–—]{2,40}?)\s*[:\-–—]+\s*[:\-–—]*\s*", para)
    if m and line_key(m.group("site")) in sites and m.end() < len(para):
        return para[m.end() :]
    return para


def clean_lines(lines: list[str], title: str | None = None, find_title: bool = True,
                site_names: Iterable[str] = (), res: Resources | None = None) -> Cleaned:
    return _cleaner(res).clean(lines, title=title, find_title=find_title, site_names=site_names)


def _cleaner(res: Resources | None) -> LineCleaner:
    from marsad.resources import default_resources

    r = res or default_resources()
    built: LineCleaner = r.cached("extract.cleaner", lambda: LineCleaner(r))
    return built
