"""What the event coder reads of one document: its words, names, country mentions, places, times and quotes,
with the small word tests the other parts of the coder share."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence

from marsad.document import CountryMention, Document, Entity, Quote, TimeExpr
from marsad.events.lexicon import AGENT, TRIGGER, EventLexicon
from marsad.quotes.lexicon import QuoteLexicon
from marsad.text.normalize import fold
from marsad.text.words import variants, word_index

TARGET_PREPS = frozenset({"مع", "ضد", "علي", "الي", "تجاه", "بحق", "لدي"})
ADJUNCT_PREPS = frozenset({"في", "من", "عن", "منذ", "خلال", "امام", "عند", "قرب", "وسط", "داخل", "خارج", "حول"})
# the complementizer that opens a reported clause (أفادت مصادر بأن ...), not a preposition (أعرب عن ...)
THAT = frozenset({"ان", "بان", "وان", "لان"})
TIME_TAILS = frozenset({"قليله", "معدوده", "قليلا"})  # adjectives of a time the times layer leaves out
COUNTERPART = frozenset({"نظيره", "نظيرته", "نظيرها", "نظراءه", "نظرائه", "نظيريه"})
# prepositions that carry an attached pronoun (معهما، عليهم، ضدها، بحقه، إليه، له، بها): no noun phrase (منهم
# is read with the count before it: قتل خمسة منهم)
PRONOUN_PREPS = ("مع", "ضد", "علي", "الي", "عن", "في", "بحق", "تجاه", "لدي", "ل", "ب")
ATTACHED = frozenset({"ه", "ها", "هم", "هما", "هن"})
HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0653)) + "ـ"  # short vowels, tanwin, shadda, sukun; tatweel


def prep_pronoun(norm: str) -> bool:
    """Is the folded word a preposition with an attached pronoun (معهما، عليهم، له)?"""
    return any(norm.startswith(p) and norm[len(p):] in ATTACHED for p in PRONOUN_PREPS)


class Context:
    """The document as the coder reads it (built once per document)."""

    def __init__(
        self, doc: Document, lex: EventLexicon, vocab: Mapping[str, int], quote_lex: QuoteLexicon | None = None
    ) -> None:
        self.doc = doc
        self.lex = lex
        self.vocab = vocab
        self.ix = word_index(doc)
        self.words = self.ix.words
        self.starts = self.ix.starts
        self.ends = self.ix.ends
        ents: Sequence[Entity] = doc.layer("entities")
        self.entities = sorted(ents, key=lambda e: e.start)
        layer: Sequence[CountryMention] = doc.layer("countries")
        mentions = [m for m in layer if m.country]
        # names, capitals (metonymy: موسكو وواشنطن) and nisba adjectives can be actors; cities and regions
        # only locate an event
        self.countries = sorted(
            (m.start, m.end, m.country) for m in mentions if m.kind not in ("city", "region")
        )
        # places that locate an event: country mentions, and the places the entity layer linked to a country
        # (world cities: يريفان → ARM)
        self.places = sorted({*((m.start, m.end, m.country) for m in mentions),
                              *((e.start, e.end, e.country) for e in ents if e.type == "LOC" and e.country)})
        # where a place is named (a country, a capital, a city, a region; not a nisba adjective): one visited
        self.place_starts = frozenset({*(m.start for m in mentions if m.kind != "nisba"),
                                       *(e.start for e in ents if e.type == "LOC")})
        times: Sequence[TimeExpr] = doc.layer("times")
        self.times = sorted(times, key=lambda t: t.start)
        quotes: Sequence[Quote] = doc.layer("quotes")
        self.quotes = sorted(quotes, key=lambda q: q.start)
        # claims: quotes whose cue is a verb of saying (قال إن، «...»), not an attribution to a source (بحسب،
        # وفقا لـ، نقلا عن) that reports a fact; a protest inside a claim is not coded (``unquoted`` rows)
        self.claims = {(q.start, q.end) for q in self.quotes if not self._sourced(q, quote_lex)}
        # the claims a protest inside is not coded in: not those told by one who reports (أفادت مصادر بأن)
        self.protest_claims = {(q.start, q.end) for q in self.quotes
                               if (q.start, q.end) in self.claims and not self._reported(q)}
        self.known: dict[str, str] | None = None  # countries of names learnt from the article (candidates)
        self._timed: frozenset[int] | None = None  # words inside a time expression (built when first asked)
        # word indices where a trigger rule or an agent phrase may start (one lexicon look-up per word)
        self.trigger_pos: list[int] = []
        self.agent_pos: list[int] = []
        memo, flags = lex.flag_memo, lex.flags
        for k, w in enumerate(self.words):
            if w.kind != "arabic":
                continue
            f = memo.get(w.forms)
            if f is None:
                f = flags(w.forms)
            if f & TRIGGER or self.object_verb(k):
                self.trigger_pos.append(k)
            if f & AGENT:
                self.agent_pos.append(k)

    def _sourced(self, q: Quote, quote_lex: QuoteLexicon | None) -> bool:
        """Is the indirect quote an attribution to a source (بحسب، وفقا لـ), not a claim?"""
        if quote_lex is None or q.direct:
            return False
        cue = fold(self.doc.text[q.cue.start : q.cue.end])
        return quote_lex.kind(variants(cue), "source") is not None

    def _reported(self, q: Quote) -> bool:
        """Is the indirect quote a reported clause told by one who reports (أفادت مصادر بأن، قال شهود إن:
        ``@reporters``), what happened rather than a claim of a party? Their words quoted directly are a report
        too (قالت مصادر محلية: «إن المصلين تصدوا ...»), and so are those of an outlet's sources or reporter
        (مصادر الجزيرة، مراسل القناة: the word before the outlet named as speaker)."""
        before = fold(self.doc.text[max(0, q.start - 5) : q.start]).split()
        if q.speaker is None or (not q.direct and (not before or before[-1] not in THAT)):
            return False
        first = self.doc.text[q.speaker.start : q.speaker.end].split()[:1]
        head = fold(self.doc.text[max(0, q.speaker.start - 12) : q.speaker.start]).split()[-1:]
        return any(bool(set(variants(fold(w))) & self.lex.reporters) for w in (*first, *head))

    def object_verb(self, k: int) -> bool:
        """Is word ``k`` a listed verb with an object pronoun attached (اتهمها، هاجموهم; not a noun in ة, folded
        alike: ضربة)?"""
        w = self.words[k]
        return w.norm[-1:] in ("ه", "ا", "م") and self.lex.object_rules(w.norm) is not None \
            and self.doc.text[self.starts[k] : self.ends[k]].rstrip(HARAKAT)[-1:] != "ة"

    def punct(self, k: int) -> str:
        return self.doc.text[self.starts[k] : self.ends[k]] if self.words[k].kind == "punct" else ""

    def span_words(self, start: int, end: int) -> tuple[int, int]:
        """Word range [lo, hi) covering the character span (a word holding ``start`` included)."""
        lo = self.ix.last_before(start + 1)
        if lo < 0 or self.ends[lo] <= start:
            lo += 1
        hi = self.ix.first_at_or_after(end)
        return lo, max(hi, lo + 1)

    def timed(self, x: int) -> bool:
        """Is word ``x`` inside a time expression of the ``times`` layer (في وقت سابق، قبل ساعات قليلة)?"""
        if self._timed is None:
            inside: set[int] = set()
            for t in self.times:
                lo, hi = self.span_words(t.start, t.end)
                inside.update(range(lo, hi))
            self._timed = frozenset(inside)
        return x in self._timed

    def past_time(self, x: int, hi: int) -> int:
        """The first word at or after ``x`` (before ``hi``) past a time expression there, its preposition, its
        adjective and the commas around it (قصفت الطائرات، قبل ساعات قليلة، قاعدة ...: the object after the time;
        في وقت سابق، خلال الساعات الماضية); ``x`` when none stands there."""
        y, passed = x, False
        while y < hi:
            word = self.words[y].kind != "punct"
            if word and (self.timed(y) or (y + 1 < hi and self.words[y].norm in ADJUNCT_PREPS and self.timed(y + 1))
                         or (passed and self.words[y].norm in TIME_TAILS)):
                y, passed = y + 1, True
            elif self.punct(y) == "،" and (passed or (y + 1 < hi and self.words[y + 1].kind != "punct"
                                                     and self.timed(y + 1))):
                y += 1  # the comma before or after the time
            else:
                break
        return y

    def country_at(self, start: int, end: int) -> str | None:
        for s, e, c in self.countries:
            if s >= end:
                break
            if s >= start and e <= end:
                return str(c)
        return None

    def has(self, x: int, words: frozenset[str]) -> bool:
        w = self.words[x]
        return bool(set(w.forms) & words) or (w.kind == "number" and "#num" in words)

    def stem_start(self, k: int) -> int:
        """Start of word k after its proclitics (والمتظاهرين → المتظاهرين)."""
        w = self.words[k]
        pro = w.proclitics[:-2] if w.proclitics.endswith("ال") else w.proclitics
        if pro and w.norm[len(pro):] not in w.forms:
            return self.starts[k]  # سكان: a letter the tokenizer took for a proclitic, not read as one
        return min(self.starts[k] + len(pro), self.ends[k] - 1)

    def sentence_of(self, k: int) -> tuple[int, int]:
        """The word range of the sentence holding word ``k``."""
        return next(((a, b) for a, b in self.ix.sentence_ranges if a <= k < b), (k, k + 1))


def between(positions: Sequence[int], lo: int, hi: int) -> Iterator[int]:
    """The sorted ``positions`` in ``[lo, hi)``."""
    for i in range(bisect_left(positions, lo), len(positions)):
        if positions[i] >= hi:
            return
        yield positions[i]


DASHES = frozenset({"-", "–", "—", "ـ"})
BLESSING_REACH = 4  # words of a blessing between dashes (حفظه الله، رعاه الله، أيده الله)


def past_blessing(ctx: Context, x: int, chi: int) -> int:
    """The word after a blessing set off by a dash right after the subject (استقبل خادم الحرمين الشريفين الملك سلمان
    – حفظه الله – في قصر السلام اليوم وزير الخارجية: ``@blessing`` of ``event_wordsets.tsv``), closed by a dash or a
    comma; ``x`` when none stands there."""
    if x >= chi or ctx.punct(x) not in DASHES:
        return x
    blessing = ctx.lex.wordsets.get("blessing", frozenset())
    for y in range(x + 1, min(chi, x + 2 + BLESSING_REACH)):
        if ctx.punct(y) in DASHES or ctx.punct(y) == "،":
            return y + 1 if y > x + 1 and all(ctx.has(z, blessing) for z in range(x + 1, y)) else x
    return x
