"""Publication dates written in Arabic page text: "09 ديسمبر 2021", "الخميس 9 كانون الأول 2021",
"24 نيسان / أبريل 2020", "8 فيفري 2019", "٩ دجنبر ٢٠٢١", "2021/12/09", "09-12-2021", "5 جمادى الأولى 1443 هـ".

Month names come from the ``months`` lexicon (every regional variant, Gregorian and Hijri). Matching
is tolerant of alef/hamza forms, alef maqsura and taa marbuta, and of Arabic-Indic and Persian
digits. Day-first numeric dates are the Arab convention; a first number over 12 with a second
under 13 is read that way, a second number over 12 means month-first. Hijri dates are converted to
the Gregorian calendar (only used when the text holds no Gregorian date).

:func:`find_date` returns the first date found with its character span, or ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from marsad.resources import Resources, default_resources

_ANY_DIGIT = re.compile("[0-9٠-٩۰-۹]")
_NON_ASCII_DIGIT = re.compile("[٠-٩۰-۹]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTER_CLASS = {
    "ا": "[اأإآٱ]", "أ": "[اأإآٱ]", "إ": "[اأإآٱ]", "آ": "[اأإآٱ]",
    "ي": "[يى]", "ى": "[يى]", "ه": "[هة]", "ة": "[هة]",
}
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_MIN_HIJRI, _MAX_HIJRI = 1300, 1500

WEEKDAYS = ("السبت", "الأحد", "الاحد", "الإثنين", "الاثنين", "الأثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
            "الخميس", "الجمعة")


def loose_pattern(phrase: str) -> str:
    """A regex source matching ``phrase`` with any alef/yaa/taa-marbuta form and any inner spacing."""
    out: list[str] = []
    for ch in phrase:
        if ch.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        else:
            out.append(_LETTER_CLASS.get(ch, re.escape(ch)))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: dt.date
    start: int
    end: int
    calendar: str  # "gregorian" | "hijri"


@dataclass(frozen=True)
class _Matchers:
    month_of: dict[str, tuple[str, int]]  # folded name -> (calendar, month)
    textual: re.Pattern[str]
    textual_mdy: re.Pattern[str]
    numeric: re.Pattern[str]


def _key(name: str) -> str:
    return "".join(_fold_letter(c) for c in name if not c.isspace())


def _fold_letter(ch: str) -> str:
    return {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}.get(ch, ch)


def _build(res: Resources) -> _Matchers:
    month_of: dict[str, tuple[str, int]] = {}
    names: set[str] = set()
    for row in res.table("months", 3):
        name, calendar, month = row["name"], row["calendar"], row["month"]
        if not month.isdigit():
            continue
        month_of.setdefault(_key(name), (calendar, int(month)))
        names.add(name)
    alternation = "|".join(loose_pattern(n) for n in sorted(names, key=len, reverse=True))
    month = rf"(?:{alternation})(?![\u0621-\u064a])"
    # 9 ديسمبر 2021 | 24 نيسان / أبريل 2020 | 04 آب/اغسطس 2013 | 9 من ديسمبر، 2021 | 5 جمادى الأولى 1443 هـ
    textual = re.compile(
        rf"(?<![0-9])(?P<d>[0-9]{{1,2}})\s*(?:[-/.]\s*)?(?:من\s+)?(?P<m>{month})"
        rf"(?:\s*[/(\-]\s*(?P<m2>{month})\s*\)?)?\s*[,،\-/]?\s*(?P<y>[0-9]{{4}})(?![0-9])"
    )
    # ديسمبر 9، 2021
    textual_mdy = re.compile(rf"(?P<m>{month})\s+(?P<d>[0-9]{{1,2}})\s*[,،]\s*(?P<y>[0-9]{{4}})(?![0-9])")
    numeric = re.compile(
        r"(?<![0-9])(?:(?P<y1>[0-9]{4})(?P<s1>[-/.])(?P<a1>[0-9]{1,2})(?P=s1)(?P<b1>[0-9]{1,2})"
        r"|(?P<a2>[0-9]{1,2})(?P<s2>[-/.])(?P<b2>[0-9]{1,2})(?P=s2)(?P<y2>[0-9]{4}))(?![0-9])"
    )
    return _Matchers(month_of, textual, textual_mdy, numeric)


def _matchers(res: Resources | None = None) -> _Matchers:
    res = res or default_resources()
    built: _Matchers = res.cached("extract.dates", lambda: _build(res))
    return built


def _make(year: int, month: int, day: int, calendar: str) -> dt.date | None:
    try:
        if calendar == "hijri":
            if not _MIN_HIJRI <= year <= _MAX_HIJRI:
                return None
            from hijridate import Hijri

            g = Hijri(year, month, day).to_gregorian()
            return dt.date(g.year, g.month, g.day)
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            return None
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def find_dates(text: str, res: Resources | None = None) -> list[FoundDate]:
    """Every absolute date written in ``text``, in order of position."""
    if not _ANY_DIGIT.search(text):
        return []
    m = _matchers(res)
    folded = text.translate(_DIGITS) if _NON_ASCII_DIGIT.search(text) else text  # same length: spans stay valid
    found: list[FoundDate] = []
    patterns = (m.textual, m.textual_mdy) if ("،" in folded or "," in folded) else (m.textual,)
    for rx in patterns:
        for hit in rx.finditer(folded):
            cal, month = m.month_of.get(_key(hit.group("m")), ("", 0))
            if not month:
                continue
            date = _make(int(hit.group("y")), month, int(hit.group("d")), cal)
            if date is not None:
                found.append(FoundDate(date, hit.start(), hit.end(), cal))
    for hit in m.numeric.finditer(folded):
        if hit.group("y1"):
            year, a, b = int(hit.group("y1")), int(hit.group("a1")), int(hit.group("b1"))
            month, day = (a, b) if a <= 12 else (b, a)
        else:
            year, a, b = int(hit.group("y2")), int(hit.group("a2")), int(hit.group("b2"))
            day, month = (a, b) if b <= 12 else (b, a)
        date = _make(year, month, day, "gregorian")
        if date is not None:
            found.append(FoundDate(date, hit.start(), hit.end(), "gregorian"))
    found.sort(key=lambda f: f.start)
    return _drop_overlaps(found)


def _drop_overlaps(found: list[FoundDate]) -> list[FoundDate]:
    out: list[FoundDate] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def find_date(text: str, res: Resources | None = None) -> FoundDate | None:
    """The first Gregorian date in ``text``, else the first Hijri one (converted), else ``None``."""
    dates = find_dates(text, res)
    for f in dates:
        if f.calendar != "hijri":
            return f
    return dates[0] if dates else None
