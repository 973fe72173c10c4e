"""Years: a year with its noun or era (عام 2013, 1435 هـ), a bare year in context (في 2013 قررت, الرواية
(1967), قانون العمل 1976), a season or range written as two years (موسم 2016/2017, 2010-2014) and an academic
or fiscal year written as two Hijri years (العام الدراسي 1436/1437هـ)."""

from __future__ import annotations

import re

from marsad.times import calendar as cal
from marsad.times import settings as S
from marsad.times.rules.base import REJECT, WORD, Context, Found, is_hijri_era, span

# a year in brackets after a word or a quoted title: الرواية (1967), «الصرخة» (2015)
_BRACKETED = re.compile(r"(?:[^\W\d_]|[»”\"’'])\s*\(\s*$")
_DASHED = re.compile(r"[^\W\d_]\s+[-–]\s*$")  # a year after a word and a dash: ولد الشاعر -1890
_LINE_DASH = re.compile(r"\s*[-–]\s")  # a year opening a line before a dash: "1957 - تأميم قناة السويس"
_YEAR_NOUN_BEFORE = re.compile(r"(?<!\w)(?:ال|لل)(?:عام|سنه)\s+ال\w+\s+$")  # العام الماضي 2014، السنة المالية 2015
_CHAINED_YEAR = re.compile(r"\d{4}\s*(?:م|ه)?\s*(?:و|-|–|الي|حتي|او)\s*$")
_YEAR_RANGE = re.compile(r"\d{4}\s*[/-]\s*$")
_NEXT_YEAR = re.compile(r"\s*[/\-–]\s*(?P<y2>\d{4})(?!\d)")
_LISTED_NEXT = re.compile(r"\s*(?:م|ه)?\s*(?:و|-|–|الي|حتي|او)\s*(?P<y2>\d{4})(?!\d|[.,]\d|/)")
_OPEN_BRACKET = re.compile(r"\(\s*$")


def _bare_year_is_a_year(m: re.Match[str], ctx: Context, year: int) -> bool:
    """A year with no noun, era or list before it: after a preposition and not before a counted noun
    (في 2013 قررت), in brackets (الرواية (1967)), after a dash (ولد الشاعر -1890) or after the name
    of a law or an edition (قانون العمل 1976)."""
    if not S.BARE_YEAR_RANGE[0] - S.BARE_YEAR_HISTORY <= year <= S.BARE_YEAR_RANGE[1]:
        return False
    s, e = m.start("x"), m.end("x")
    before_text = ctx.text[max(0, s - S.CONTEXT_WORD_CHARS) : s]
    after = ctx.text[e : e + S.AFTER_YEAR_CHARS].lstrip()
    if (_BRACKETED.search(before_text) and after.startswith(")")) or _DASHED.search(before_text):
        return True
    if _opens_a_line(ctx.text, s) and _LINE_DASH.match(ctx.text, e) and (ctx.anchor is None or year < ctx.anchor.year):
        return True  # a year of an almanac line ("حدث في مثل هذا اليوم"), one of the years before publication
    if S.BARE_YEAR_RANGE[0] <= year and _YEAR_NOUN_BEFORE.search(before_text) and not _counted(ctx, e):
        return True  # the year written after its noun and an adjective: العام الماضي 2014
    named = WORD.findall(ctx.text, max(0, s - 2 * S.CONTEXT_WORD_CHARS), s)[-S.YEAR_NAME_WORDS :]
    if any(_unclitic(w) & ctx.words.year_name for w in named) and not _counted(ctx, e):
        return True  # قانون العمل 1976, لكأس آسيا 2019, لكأس العالم روسيا 2018, رؤية قطر الوطنية 2030
    if not (m["prep"] and S.BARE_YEAR_RANGE[0] <= year):
        return False
    word = WORD.match(after)
    return word is None or not after[:1].isalpha() or (
        word.group() not in ctx.words.count_after and word.group()[1:] not in ctx.words.count_after
    )


def _opens_a_line(text: str, start: int) -> bool:
    """Nothing but spaces between the line's start and ``start``."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _counted(ctx: Context, end: int) -> bool:
    """A number followed by a counted noun or a percentage ("1500 و2000 شخص", "2010 ريالات"): an amount."""
    after = ctx.text[end : end + S.AFTER_YEAR_CHARS].lstrip()
    if after[:1] == "%":
        return True
    word = WORD.match(after)
    return word is not None and after[:1].isalpha() and (
        word.group() in ctx.words.count_after or word.group()[1:] in ctx.words.count_after
    )


def _first_of_years(ctx: Context, start: int, end: int, number: int) -> bool:
    """The first bare year of a list or range of years ("اتفاقيتا مياه النيل 1929 و1958", "(1854 - 1900)"): the
    next number of the list, joined by و, a dash, إلى, حتى or أو, is a later year within a range's span, and no
    counted noun follows it. Years before :data:`S.BARE_YEAR_RANGE` count in brackets only."""
    nxt = _LISTED_NEXT.match(ctx.text, end)
    if nxt is None:
        return False
    bracketed = _bracketed(ctx.text, start)
    lo = S.BARE_YEAR_RANGE[0] - (S.BARE_YEAR_HISTORY if bracketed else 0)
    y2 = int(nxt["y2"])
    if not lo <= number < y2 <= min(number + _range_span(bracketed), S.BARE_YEAR_RANGE[1]):
        return False
    return not _counted(ctx, nxt.end())


def _unclitic(word: str) -> set[str]:
    """A word and its forms without a conjunction or preposition clitic (لكاس → كاس)."""
    forms = {word}
    for clitic in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            forms.add(word[len(clitic) :])
    return forms


def year_pair(m: re.Match[str], ctx: Context) -> Found | None:
    """A season written as two consecutive years ("موسم 2016/2017"): its first year. A range of years
    ("2010-2014"): the first year here, the last one a year of its own. Two consecutive Hijri years (an
    academic or fiscal year, "العام الدراسي 1436/1437هـ") are the Gregorian year in which the first ends."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    s, e = span(m)
    lo, hi = S.HIJRI_YEAR_RANGE
    if lo <= y1 <= hi or lo <= y2 <= hi:
        turn = cal.hijri_to_gregorian(y2, 1, 1) if lo <= y1 <= hi and y2 == y1 + 1 else None
        return Found(s, e, "DATE", f"{turn.year:04d}", calendar="hijri") if turn else None
    if m["era"] and is_hijri_era(m["era"]):
        return None
    if y2 == y1 + 1:
        return Found(s, e, "DATE", m["y1"])
    if _is_year_range(m["x"], y1, y2, _bracketed(ctx.text, s)):
        return Found(s, m.end("y1"), "DATE", m["y1"])
    return None


def _is_year_range(text: str, y1: int, y2: int, bracketed: bool = False) -> bool:
    """"2010-2014": two years joined by a dash, the second more than one year after the first (in brackets, a
    life or an institution's years, "(1911 - 2013)", may cover more)."""
    lo, hi = S.HIJRI_YEAR_RANGE
    return "-" in text and y1 + 1 < y2 <= y1 + _range_span(bracketed) and not lo <= y1 <= hi


def _bracketed(text: str, start: int) -> bool:
    """An opening bracket right before ``start``."""
    return _OPEN_BRACKET.search(text, max(0, start - 3), start) is not None


def _range_span(bracketed: bool) -> int:
    return S.BRACKETED_RANGE_SPAN if bracketed else S.YEAR_RANGE_SPAN


def year(m: re.Match[str], ctx: Context) -> Found | None:
    number = int(m["y"])
    era = m["era"]
    if number > S.MAX_YEAR:
        return REJECT
    if len(m["y"]) == 3 and not (era or m["bc"]):
        return None
    spaced_m = era == "م" and m.start("era") > m.end("y") and not (m["noun"] or m["mod"])
    if spaced_m and (len(m["y"]) == 3 or number > S.BARE_YEAR_RANGE[1]):
        return None  # "عمق 100 م", "لمسافة 4000 م": metres, not a year (a year is written "649م", "عام 2015 م")
    pair = _NEXT_YEAR.match(ctx.text, m.end("x"))
    if pair and int(pair["y2"]) == number + 1:
        return None  # "العام 1435/ 1436هـ": a year of two, read by the rule of year pairs
    ranged = _YEAR_RANGE.search(ctx.text, max(0, m.start("x") - S.YEAR_RANGE_CHARS), m.start("x"))
    first = ranged.group() if ranged else ""
    lo, hi = S.HIJRI_YEAR_RANGE
    in_brackets = ranged is not None and _bracketed(ctx.text, ranged.start())
    if ranged and not (_is_year_range(first, int(first[:4]), number, in_brackets) and not lo <= number <= hi):
        return None  # 1435 / 1436هـ: an academic or fiscal year range
    chained = (bool(ranged) or (
        _CHAINED_YEAR.search(ctx.text, max(0, m.start("x") - S.CHAINED_YEAR_CHARS), m.start("x")) is not None
    )) and not _counted(ctx, m.end("x"))  # "ما بين 1500 و2000 شخص": amounts, not years
    marked = bool(m["mod"] or m["noun"] or era or m["bc"])
    nxt = _LISTED_NEXT.match(ctx.text, m.end("x"))
    if not marked and nxt is not None and _counted(ctx, nxt.end()):
        return None  # "بين 1950 و2010 ريالات": the first of two amounts
    listed = not marked and _first_of_years(ctx, m.start("x"), m.end("x"), number)
    if not (m["mod"] or m["noun"] or era or chained or listed or m["bc"]) and not _bare_year_is_a_year(m, ctx, number):
        return None
    s, e = span(m)
    hijri = is_hijri_era(era) or (era is None and lo <= number <= hi and not m["bc"])
    if m["bc"]:
        return Found(s, e, "DATE", f"BC{number:04d}")
    value: str | None
    if hijri:
        value = cal.hijri_year_value(number) or cal.hijri_year_approx(number)
    else:
        value = f"{number:04d}" if 1 <= number <= S.MAX_YEAR else None
    if value is None:
        return None
    return Found(s, e, "DATE", value, ctx.kind("mod", m["mod"]), "hijri" if hijri else None)
