"""The named thresholds of the time matcher, in one place.

Windows are counted in characters of the normalized text unless their name says words.
"""

from __future__ import annotations

# --- tense of a clause (a bare weekday or month in a future clause is the next one)
TENSE_LEFT_CHARS = 100  # how far back the clause may start (it stops at a sentence terminator)
TENSE_RIGHT_CHARS = 60  # how far forward it may run
TENSE_LEFT_WORDS = 8  # words read before the expression ("سيتم إغلاق عدد من الشوارع الرئيسية يومي الجمعة")
YEAR_TENSE_LEFT_WORDS = 6  # words read before a month or feast without its year, to move it to next year
TENSE_RIGHT_WORDS = 4  # words read after it
FUTURE_VERB_MIN_LEN = 4  # "س" + imperfect verb: at least this many letters
FUTURE_STEM_MIN_COUNT = 30  # the verb without its س must be this frequent in the vocabulary
FUTURE_VERB_MIN_COUNT = 3  # and the form with its س at least this frequent

# --- context words around an expression
CONTEXT_WORD_CHARS = 20  # the word before / after an expression is looked for within this window
PAST_CUE_CHARS = 60  # a past cue (منذ, كان) is looked for this far before a month in its clause
CHAINED_YEAR_CHARS = 30  # "2003 و2005": how far back the first year of a list may be
YEAR_RANGE_CHARS = 8  # "1435 / 1436هـ": how far back a year range's first year may be
YEAR_RANGE_SPAN = 100  # "2010-2014": the most years a dashed range of two years may cover
BRACKETED_RANGE_SPAN = 300  # "(1911 - 2013)": the most years a range in brackets may cover
YEAR_NAME_WORDS = 3  # "لكأس العالم روسيا 2018": the noun naming an event or a law this many words before a bare year
AFTER_YEAR_CHARS = 12  # the text read after a bare year to see whether a word follows
LASTING_WORDS = 6  # words of منذ's clause read before it for a sign of a lasting state (يحتل منذ سنة)
LASTING_VERB_WORDS = 3  # ... and for an imperfect verb (يعمل في الشركة منذ 20 عاما), nearer
AGO_LOOKAHEAD_CHARS = 8  # the text read after "منذ/قبل N unit" ("قبل دقيقتين من النهاية")

# --- plausible values
MAX_YEAR = 9999  # TIMEX3 years have four digits
BARE_YEAR_RANGE = (1900, 2099)  # a year without a noun or era after a preposition (في 2013)
BARE_YEAR_HISTORY = 400  # in brackets, after a dash or a law's name, years this much older are years too
NUMERIC_DATE_YEARS = (1900, 2100)  # 12/5/2021: dates outside these years are not dates
HIJRI_YEAR_RANGE = (1300, 1500)  # a year written without an era in this range is a Hijri year
MAX_DURATION_COUNT = 100_000  # "N units": a larger N is a quantity, not a duration
MAX_AGO_COUNT = 5_000  # "منذ N unit": a larger N is not a time ago
LEAD_DAY_CHARS = 600  # "اليوم الثلاثاء" this early in an article names the day it was written
WEEKDAY_CORRECTION_DAYS = 3  # "أمس السبت" in the lead this close before the crawl date names the day it was written
JUST_PAST_DAYS = 7  # a feast or month over this recently, told of in a future clause without المقبل, is that one
#                    (written before it, crawled after it), not next year's
LEAD_DAY_LAG_DAYS = 6  # "اليوم الأربعاء" in the lead of an article crawled on a Tuesday: written the Wednesday before
WEEKDAY_DATE_DAYS = 120  # a weekday with a day/month ("الأربعاء 28/9") is that date only this close to the anchor
COMING_DAY_DAYS = 14  # a bare weekday after a day this close ahead of the publication is read from that day
WRITING_DAYS = 2  # "آنذاك" never refers back to a day word of the day of writing or the two before (أمس، أول أمس)
SCHOOL_YEAR_MONTH = 9  # a school year begins in September: "العام الدراسي الجديد" before it is the one about to begin
SCHOOL_HOLIDAY_MONTH = 7  # from July "العام الدراسي الحالي" is the one about to begin, "الماضي" the one just ended
