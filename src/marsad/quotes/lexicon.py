"""The quote cue lexicon (``lexicons/reporting_verbs.tsv``) and speaker titles (``lexicons/agents.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.errors import ResourceError
from marsad.resources import Resources
from marsad.text.normalize import fold

KINDS = frozenset(
    {"verb", "participle", "masdar", "relay", "source", "statement", "media", "interview", "complementizer", "scene"}
)


VERBAL = frozenset({"verb", "participle", "relay", "complementizer", "scene"})
# Object pronouns on a verb cue (اتهموها، حذرهم); ه is left out: folded, it is also the feminine ending ة.
OBJECT_SUFFIXES = ("ها", "هم", "هما", "هن", "كم")
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم")  # on a first content word in the first person (نشكركم)


@dataclass(frozen=True)
class QuoteLexicon:
    cues: dict[str, dict[str, frozenset[str]]]  # folded form → kind → extra complement prepositions (folded)
    titles: frozenset[str]  # folded title/agent words (agents.tsv), first words of phrases included
    groups: frozenset[str] = frozenset()  # the collective actor nouns among them (الوزارة، الجيش، الهيئة)
    # folded forms listed with a final ى (رأى، نفى، ألقى): written with ي instead they are another word (رأي
    # "opinion", نفي "denial", ألقي "was thrown"), never the verb
    maqsura: frozenset[str] = frozenset()
    # folded forms listed only with a bare first alef (اقترح، اعتبر، انتقد: a past with its hamzat wasl): written
    # with أ they are the first person's present (أقترح، أعتبر), the writer's own voice, no report
    wasl: frozenset[str] = frozenset()
    _memo: dict[tuple[str, ...], dict[str, str] | None] = field(default_factory=dict, compare=False, repr=False)

    def cue_kinds(self, forms: tuple[str, ...]) -> dict[str, str] | None:
        """Kind → form for each cue kind that ``forms`` (a word's variants) has; the first form listed wins.
        Memoized per forms tuple (bounded: cleared when it grows past 100,000 word forms)."""
        memo = self._memo
        try:
            return memo[forms]
        except KeyError:
            pass
        found: dict[str, str] | None = None
        for f in forms:
            entry = self.cues.get(f)
            if entry:
                # reached by stripping the article (بالذكر) or a preposition ب/ك/ل (بحثت، كرات): a noun, no verb
                nominal = "ال" + f in forms or not (f == forms[0] or (forms[0][0] in "وف" and f == forms[0][1:]))
                for k in entry:
                    if nominal and k in VERBAL:
                        continue
                    found = found or {}
                    found.setdefault(k, f)
        if len(memo) >= 100_000:
            memo.clear()
        memo[forms] = found
        return found

    def kind(self, forms: tuple[str, ...], *kinds: str) -> tuple[str, str] | None:
        """The first (form, kind) among ``forms`` whose lexicon entry has one of ``kinds``."""
        for f in forms:
            entry = self.cues.get(f)
            if entry:
                for k in kinds:
                    if k in entry:
                        return f, k
        return None

    def dual(self, form: str) -> bool:
        """Whether the verb cue ``form`` is a dual (قالا، أبلغا، قالتا): its stem without the final ا is a verb cue
        too (دعا is none: دع is no cue)."""
        return form.endswith("ا") and not form.endswith("وا") and "verb" in self.cues.get(form[:-1], {})

    def gender(self, forms: tuple[str, ...]) -> str:
        """"f" for a feminine cue (قالت، تضيف، مضيفة), "m" for a masculine one (قال، يضيف، مضيفا), "" when
        the form tells neither (a plural, a verbal noun, a form without its pair in the lexicon)."""
        cues = self.cues
        for f in forms[:2]:
            if f not in cues:
                continue
            if (f.endswith("ت") and f[:-1] in cues) or (f.endswith("ه") and f[:-1] + "ا" in cues) or (
                    f.startswith("ت") and "ي" + f[1:] in cues):
                return "f"
            if f + "ت" in cues or (f.endswith("ا") and f[:-1] + "ه" in cues) or (
                    f.startswith("ي") and "ت" + f[1:] in cues):
                return "m"
        return ""

    def complements(self, form: str, kind: str) -> frozenset[str]:
        return self.cues.get(form, {}).get(kind, frozenset())


def build(res: Resources) -> QuoteLexicon:
    cues: dict[str, dict[str, frozenset[str]]] = {}
    maqsura: set[str] = set()
    with_yaa: set[str] = set()
    wasl: set[str] = set()
    with_hamza: set[str] = set()
    for row in res.table("reporting_verbs", 2):
        form, kind = fold(row["form"]), row["kind"]
        (maqsura if row["form"].endswith("ى") else with_yaa if row["form"].endswith("ي") else set()).add(form)
        first = row["form"][:1] if not row["form"].endswith(("ت", "وا")) else ""  # أعتبرت: a misspelt past
        (wasl if first == "ا" else with_hamza if first == "أ" else set()).add(form)
        if kind not in KINDS:
            raise ResourceError(f"reporting_verbs.tsv: unknown kind {kind!r} for {row['form']!r}")
        comp = frozenset(fold(c) for c in row["complement"].split("|") if c)
        entry = cues.setdefault(form, {})
        entry[kind] = entry.get(kind, frozenset()) | comp  # أكد and أكّد fold alike: their prepositions add up
    for form, entry in list(cues.items()):  # a participle's plural (مضيفا → مضيفين); feminines are listed
        if "participle" in entry and form.endswith("ا") and len(form) > 3:  # (مذكرة، متابعة are nouns)
            cues.setdefault(form[:-1] + "ين", {}).setdefault("participle", entry["participle"])
    for form, entry in list(cues.items()):  # a past verb's plural (اتهم → اتهموا); its present is listed
        if "verb" in entry and len(form) > 2 and form[-1] not in "تاىي" and form[0] not in "ين":
            cues.setdefault(form + "وا", {}).setdefault("verb", entry["verb"])
    for form, entry in list(cues.items()):  # a verb with its object pronoun (اتهموها، حذرهم، دعاهم إلى)
        if entry.get("verb"):  # verbs whose content follows a preposition: their object is whom it is about
            stem = form[:-1] if form.endswith("وا") else form
            for suffix in OBJECT_SUFFIXES:
                if stem + suffix not in cues:
                    cues[stem + suffix] = {"verb": entry["verb"]}
    agents = res.table("agents", 3)
    titles = {fold(row["form"]).split()[0] for row in agents if row["kind"] in ("title", "group")}
    groups = {fold(row["form"]) for row in agents if row["kind"] == "group" and " " not in row["form"]}
    return QuoteLexicon(cues, frozenset(titles), frozenset(groups), frozenset(maqsura - with_yaa),
                        frozenset(wasl - with_hamza))


def quote_lexicon(res: Resources) -> QuoteLexicon:
    lex: QuoteLexicon = res.cached("quotes.lexicon", lambda: build(res))
    return lex


# على that opens no obligation before its أن (على الرغم من أن، على أساس أن، على أمل أن)
NOT_OBLIGED = frozenset("الرغم رغم اساس اعتبار غرار امل".split())
INTENSIFIERS = frozenset("بالغ عميق شديد كامل خالص عظيم".split())  # words before the one that gives a content its kind
QUOTE_KINDS = frozenset(
    {"statement", "directive", "threat", "accusation", "commitment", "praise", "condemnation", "denial", "question"}
)


@dataclass(frozen=True)
class QuoteKinds:
    """A cue word's quote kind (``lexicons/quote_kinds.tsv``): the longest listed stem that begins it."""

    stems: tuple[tuple[str, str], ...]  # (folded stem, kind), longest first
    openers: dict[str, str] = field(default_factory=dict)  # folded stem of a first content word → kind
    persons: dict[str, str] = field(default_factory=dict)  # a cue's first person (نطالب، ندين) → kind, whole words
    _memo: dict[str, str] = field(default_factory=dict, compare=False, repr=False)  # cue as written → its kind

    def kind_of(self, cue: str, content: str = "") -> str:
        """The kind of a quote with this cue word; a statement cue whose content opens with a listed word
        takes that word's kind (شدد على ضرورة ... → directive, أعرب عن شكره → praise)."""
        kind = self._cue_kind(cue)
        words = [fold(w) for w in content.split()[:2]]
        if kind != "statement" or not words:
            return kind
        if _obliged(content):
            return "directive"
        if len(words) > 1 and words[0] in INTENSIFIERS:
            words = words[1:]  # أعرب عن بالغ شكره
        first = words[0][1:] if len(words[0]) > 3 and words[0][0] in "وب" else words[0]
        for bare in (first, *(first[: -len(s)] for s in OBJECT_PRONOUNS if first.endswith(s))):
            if bare in self.persons:  # نطالب، نشكركم، ندينه
                return self.persons[bare]
        for stem, opened in self.openers.items():
            if first.startswith(stem):
                return opened
        return kind

    def _cue_kind(self, cue: str) -> str:
        """The kind of the cue word (memoized per word as written: bounded, cleared past 100,000 words)."""
        memo = self._memo
        kind = memo.get(cue)
        if kind is None:
            if len(memo) >= 100_000:
                memo.clear()
            kind = memo[cue] = self._stem_kind(cue)
        return kind

    def _stem_kind(self, cue: str) -> str:
        word = fold(cue.strip())
        candidates = [word]
        if len(word) > 3 and word[0] in "وف":
            candidates.append(word[1:])
        for w in candidates:
            for stem, kind in self.stems:
                if w.startswith(stem):
                    return kind
        return "statement"


def _obliged(content: str) -> bool:
    """Whether a content opens with an obligation: على with its complementizer a few words on (على الحكومة أن
    ...، على جميع الأطراف أن ...)."""
    words = content.split()[:6]
    second = fold(words[1]).rstrip("ّ") if len(words) > 1 else ""
    return (len(words) > 2 and words[0] == "على" and second not in NOT_OBLIGED and not second.startswith("ان")
            and any(fold(w) in ("ان", "الا") for w in words[2:]))  # على أنه ...: "that", no obligation


def quote_kinds(res: Resources) -> QuoteKinds:
    def build_kinds() -> QuoteKinds:
        rows = []
        openers: dict[str, str] = {}
        persons: dict[str, str] = {}
        for row in res.table("quote_kinds", 2):
            if row["kind"] not in QUOTE_KINDS:
                raise ResourceError(f"quote_kinds.tsv: unknown kind {row['kind']!r} for {row['stem']!r}")
            where = row["where"] or "cue"
            if where not in ("cue", "content"):
                raise ResourceError(f"quote_kinds.tsv: unknown place {where!r} for {row['stem']!r}")
            if where == "content":  # a stem ending in ة also begins its forms with a suffix (إدانة، إدانته)
                stem = fold(row["stem"])
                openers[stem[:-1] if stem.endswith("ه") else stem] = row["kind"]
            else:
                rows.append((fold(row["stem"]), row["kind"]))
        # the first person plural of a present cue (يطالب → نطالب، يدين → ندين) opens a statement of its kind (وقال:
        # «نطالب الحكومة ...»); short stems (يعد: نعد "we count") are left out, and so is the singular: folded, أتهم
        # is the past اتهم
        for stem, kind in list(rows):
            if stem.startswith("ي") and len(stem) > 3 and kind != "denial":
                persons.setdefault("ن" + stem[1:], kind)
        # a participle's stem without its case ending (مثمنا → مثمن) begins its feminine, dual and plural forms too
        # (مثمنة، مثمنين، مثمنتين); a past verb's plural (دعوا) keeps its ending
        rows += [(stem[:-1], kind) for stem, kind in rows if len(stem) > 3 and stem.endswith("ا") and stem[-2] != "و"]
        return QuoteKinds(tuple(sorted(set(rows), key=lambda r: -len(r[0]))), openers, persons)

    kinds: QuoteKinds = res.cached("quotes.kinds", build_kinds)
    return kinds
