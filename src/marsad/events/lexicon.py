"""Event lexicons: triggers (``event_triggers.tsv``), recodings (``event_recode.tsv``), agents (``agents.tsv``),
modes (``event_modes.tsv``) and the CAMEO table (``cameo.tsv``), compiled once per
:class:`~marsad.resources.Resources`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.errors import ResourceError
from marsad.resources import Resources
from marsad.text.normalize import fold

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT COOPERATE AID RETREAT CONCEDE REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION "
    "MOBILIZE COERCE ASSAULT".split()
)
AUX_MODES = ("negation", "hypothetical", "future")
NEEDS = ("next", "prev", "sent", "notsent", "not", "notprev", "unquoted", "clause", "noarticle", "initial",
         "notbi", "bi", "call", "notjustprev", "place", "mention", "verb", "notback",
         "placeafter")


@dataclass(frozen=True, slots=True)
class TriggerRule:
    words: tuple[str, ...]  # folded; the first is matched against word variants, the rest as written
    plover: str
    cameo: str
    mode: str | None
    agent: str | None
    needs: tuple[tuple[str, frozenset[str]], ...]  # (kind, words): see NEEDS and event_triggers.tsv
    unnamed: bool = False  # a certain trigger: its event is kept with no actor when none is named
    genitive_target: bool = False  # the name right after the trigger is its victim (اغتيال الرئيس), not its actor
    noun: bool = False  # a form derived from a noun ("n:"): whoever stands before it is no subject (أفاد مصدر بمقتل)
    passive: bool = False  # the name before the verb is its victim (قوات الصحوة قتلا)
    call: bool = False  # a call or announcement of the event ("call" need): a future time after it is the event's
    verb: bool = False  # a form derived from a verb ("v:")
    mention: bool = False  # a protest told by its noun ("mention" need): its sentence tells its factuality


@dataclass(frozen=True, slots=True)
class Recode:
    """A trigger of type ``source`` whose clause holds one of ``markers`` (within ``reach`` words after it) is
    coded ``plover`` / ``cameo`` instead (a rally to celebrate or back the government: SUPPORT, not PROTEST)."""

    source: str
    plover: str
    cameo: str
    reach: int
    agent: str | None  # replaces the agent the trigger row implies (protesters) when no actor is named
    markers: dict[str, list[tuple[str, ...]]]  # first folded word → the whole phrases it opens


@dataclass(frozen=True, slots=True)
class AgentRule:
    words: tuple[str, ...]
    agent: str
    kind: str  # group | title


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    plover: str | None
    mode: str | None


@dataclass(frozen=True)
class EventLexicon:
    triggers: dict[str, list[TriggerRule]]  # keyed by the first word
    agents: dict[str, list[AgentRule]]
    modes: dict[str, tuple[str, int]]  # folded marker → (mode, reach)
    cameo: dict[str, CameoCode]
    recodes: dict[str, list[Recode]] = field(default_factory=dict)  # by the PLOVER type they recode
    reactions: frozenset[str] = frozenset()  # folded words of reacting to an event (event_reactions.tsv)
    heads: frozenset[str] = frozenset()  # folded head nouns that name no actor alone (event_heads.tsv)
    reporters: frozenset[str] = frozenset()  # who tells of an event, not its actor (@reporters, event_wordsets.tsv)
    wordsets: dict[str, frozenset[str]] = field(default_factory=dict)  # every set of event_wordsets.tsv, folded
    # lexicon hits per forms tuple (a word's variants, shared by all tokens of a word form); bounded
    flag_memo: dict[tuple[str, ...], int] = field(default_factory=dict, compare=False, repr=False)
    # object_rules per folded word (bounded)
    object_memo: dict[str, tuple[str, list[TriggerRule]] | None] = field(default_factory=dict, compare=False,
                                                                          repr=False)

    def flags(self, forms: tuple[str, ...]) -> int:
        """TRIGGER if one of ``forms`` opens a trigger rule, | AGENT if one opens an agent phrase (memoized)."""
        found = self.flag_memo.get(forms)
        if found is None:
            if len(self.flag_memo) >= 100_000:
                self.flag_memo.clear()
            found = (TRIGGER if any(f in self.triggers for f in forms) else 0) | (
                AGENT if any(f in self.agents for f in forms) else 0
            )
            self.flag_memo[forms] = found
        return found

    def object_rules(self, norm: str) -> tuple[str, list[TriggerRule]] | None:
        """A verb trigger with an object pronoun attached (اتهمها، هاجمتهم، وطالبوهم): the listed form and its
        rules of a transitive type that are no noun's (the rows that list their forms list no such form); memoized
        per word."""
        memo = self.object_memo
        if norm in memo:
            return memo[norm]
        if len(memo) >= 100_000:
            memo.clear()
        found = memo[norm] = self._object_rules(norm)
        return found

    def _object_rules(self, norm: str) -> tuple[str, list[TriggerRule]] | None:
        for stem in object_stems(norm):
            rules = [r for r in self.triggers.get(stem, ()) if not r.noun and r.plover in OBJECT_VERB_TYPES]
            if rules:
                return stem, rules
        return None


TRIGGER = 1
AGENT = 2


# the endings a listed word takes (folded): a noun's accusative, dual and attached pronouns; a verb's past and
# imperfect persons, with object pronouns; the imperfect's person prefixes
PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
NOUN_ENDINGS = ("", "ا", "ان", "ين", *PRONOUNS, *(f"ي{p}" for p in PRONOUNS))
PAST_ENDINGS = ("", "ت", "وا", "ا", "تا", "ن", "تم", *PRONOUNS, *(f"و{p}" for p in PRONOUNS[:3]),
                *(f"ت{p}" for p in PRONOUNS[:3]))
IMPERFECT_ENDINGS = ("", "ون", "ان", "ن", "وا", "ي", "ين", *PRONOUNS, *(f"ون{p}" for p in PRONOUNS[:3]),
                     *(f"و{p}" for p in PRONOUNS[:3]))
IMPERFECT_PREFIXES = ("ي", "ت", "ن")


OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")  # longest first
OBJECT_STEM = 4  # letters at least left of the pronoun: a three-letter stem may be a verbal noun (قصفها: its shelling)
# the types of transitive verbs, whose object pronoun is the party acted upon or answered (not تعاونها، يتفقه)
OBJECT_VERB_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "ACCUSE", "THREATEN", "REQUEST", "REJECT", "SANCTION"})


def verb_shape(stem: str) -> bool:
    """Has the word left of an attached pronoun the shape of a verb, not of a verbal noun (اعتقاله، تهديدها،
    مقتلهم: his arrest, whose pronoun owns it): no article, no feminine or plural ending, no long vowel before
    its last letter (nor ئ of a broken plural: قذائفهم)?"""
    stem = stem[1:] if stem[:1] in "وف" and len(stem) > 4 else stem
    return not (stem.startswith("ال") or stem.endswith(("ه", "ات", "اء")) or (len(stem) >= 4 and stem[-2] in "ايئ")
                or stem.startswith(("م", "ب", "ل")))


@lru_cache(maxsize=65536)
def object_stems(norm: str) -> tuple[str, ...]:
    """The verb forms a folded word may be with an object pronoun attached, with and without و/ف (واتهمها →
    اتهم، هاجموهم → هاجموا): a stem of the shape of a verb and of four letters at least."""
    out: list[str] = []
    for word in (norm, norm[1:]) if norm[:1] in "وف" and len(norm) > OBJECT_STEM + 2 else (norm,):
        suf = next((s for s in OBJECT_SUFFIXES if word.endswith(s)), "")
        stem = word[: len(word) - len(suf)]
        # not a noun in ة (رحلته: his trip, read as رحلت + ه) nor a plural in ى (قتلاه: its dead)
        if suf and len(stem) >= OBJECT_STEM + stem.endswith("ت") and verb_shape(stem) and not stem.endswith("ا"):
            out.append(stem + "ا" if stem.endswith("و") else stem)
    return tuple(out)


def noun_forms(word: str) -> list[str]:
    """A noun's forms (folded): accusative, dual, sound feminine plural, attached pronouns (هجوم → هجوما،
    هجومه؛ مظاهره → مظاهرات، مظاهرتان، مظاهرتها)."""
    if word.endswith("ه"):
        stem = word[:-1] + "ت"
        plural = word[:-1] + "ات"
        return [word, plural, *(plural + p for p in PRONOUNS), *(stem + e for e in NOUN_ENDINGS[1:])]
    return [word + e for e in NOUN_ENDINGS]


def verb_forms(word: str) -> list[str]:
    """A verb's forms (folded) from its past third person (قتل، اطلق، اختطف): past persons, imperfect
    persons (the imperfect drops the past's first alif: اطلق → يطلق، اختطف → يختطف), object pronouns."""
    past = [word + e for e in PAST_ENDINGS]
    stem = word[1:] if word[0] == "ا" and len(word) > 3 else word
    imperfect = [p + stem + e for p in IMPERFECT_PREFIXES for e in IMPERFECT_ENDINGS]
    return past + imperfect + _weak_forms(word, stem)


def _weak_forms(word: str, stem: str) -> list[str]:
    """The forms of a weak verb that its letters do not give: a hollow verb's passive past (اغتال → اغتيل،
    اغتيلت), a defective verb's past and imperfect persons that drop its last letter (اعتدى → اعتدوا، اعتدت،
    يعتدون)."""
    if len(word) >= 4 and word[-2] == "ا":
        return [word[:-2] + "ي" + word[-1] + e for e in ("", "ت", "وا", "ا", "تا")]
    if len(word) >= 4 and word[-1] == "ي":
        short = stem[:-1]
        return [word[:-1] + e for e in ("وا", "ت", "تا")] + [p + short + e for p in IMPERFECT_PREFIXES
                                                         for e in ("ون", "وا", "ين")]
    return []


def _expand(form: str) -> tuple[str, list[tuple[str, ...]]]:
    """A listed form as phrases: ``v:`` opens a verb, ``n:`` a noun, whose first word takes its inflections;
    with the kind (``v``, ``n`` or empty)."""
    words = form.split()
    kind, _, first = words[0].partition(":") if words[0][:2] in ("v:", "n:") else ("", "", words[0])
    rest = tuple(fold(w) for w in words[1:])
    head = fold(first)
    heads = verb_forms(head) if kind == "v" else noun_forms(head) if kind == "n" else [head]
    return kind, [(h, *rest) for h in dict.fromkeys(heads)]


def listed_words(word: str) -> list[str]:
    """A listed word of a word set, a mode or a reference frame as the folded forms it stands for: ``v:X`` a verb
    (all persons, the imperfect: v:خطط → خططوا، خططا، يخطط), ``n:X`` a noun (dual, plural, pronouns: n:محاولة →
    محاولات، محاولته), anything else itself."""
    return [w[0] for w in _expand(word)[1]] if word[:2] in ("v:", "n:") else [fold(word)]


def _kinded_forms(field: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(kind, words) for f in field.split("|") if f.strip() for kind, phrases in [_expand(f.strip())]
            for words in phrases]


def _split_forms(field: str) -> list[tuple[str, ...]]:
    return [words for _kind, words in _kinded_forms(field)]


def _cameo(res: Resources) -> dict[str, CameoCode]:
    cameo: dict[str, CameoCode] = {}
    for row in res.table("cameo", 3):
        code, name, gold = row["code"], row["name"], row["goldstein"]
        plover = row["plover"] or None
        mode = row["plover_mode"] or None
        cameo[code] = CameoCode(code, name, float(gold) if gold else None, plover, mode)
    return cameo


def _trigger_needs(field: str, forms: str, wordsets: dict[str, list[str]]) -> tuple[tuple[str, frozenset[str]], ...]:
    """A trigger row's ``needs`` column: ``kind:word|@set|...`` items separated by ``;``, word sets expanded."""
    needs: list[tuple[str, frozenset[str]]] = []
    for need in (field.split(";") if field else []):
        kind, _, ws = need.strip().partition(":")
        if kind not in NEEDS:
            raise ResourceError(f"event_triggers.tsv: bad needs {need!r} ({forms})")
        listed: list[str] = []
        for w in (w for w in ws.split("|") if w):
            if w.startswith("@") and w[1:] not in wordsets:
                raise ResourceError(f"event_triggers.tsv: unknown word set {w!r} ({forms})")
            listed.extend(wordsets[w[1:]] if w.startswith("@") else [w])
        needs.append((kind, frozenset(w if w == "#num" else fold(w) for w in listed)))
    return tuple(needs)


def _triggers(res: Resources, cameo: dict[str, CameoCode],
              wordsets: dict[str, list[str]]) -> dict[str, list[TriggerRule]]:
    """The trigger rules by first word, longer phrases first (file order otherwise)."""
    triggers: dict[str, list[TriggerRule]] = {}
    for row in res.table("event_triggers", 3):
        forms, plover, code = row["forms"], row["plover"], row["cameo"]
        if plover not in PLOVER_TYPES:
            raise ResourceError(f"event_triggers.tsv: unknown PLOVER type {plover!r} ({forms})")
        if code not in cameo:
            raise ResourceError(f"event_triggers.tsv: unknown CAMEO code {code!r} ({forms})")
        mode = row["mode"] or None
        agent = row["agent"] or None
        needs = _trigger_needs(row["needs"], forms, wordsets)
        unnamed = row["unnamed"] == "keep"
        victim = set(row["victim"].split("+"))  # target+passive: a martyr named before or after (استشهد)
        genitive = "target" in victim
        passive = "passive" in victim
        for kind, words in _kinded_forms(forms):
            rule = TriggerRule(words, plover, code, mode, agent, needs, unnamed, genitive, kind == "n",
                               passive, any(kind == "call" for kind, _ in needs), kind == "v",
                               any(kind == "mention" for kind, _ in needs))
            triggers.setdefault(words[0], []).append(rule)
    for rules in triggers.values():  # longer phrases first, file order otherwise
        rules.sort(key=lambda r: -len(r.words))
    return triggers


def _agents(res: Resources) -> dict[str, list[AgentRule]]:
    """The agent rules by first word (a long first word without its article), longer phrases first."""
    agents: dict[str, list[AgentRule]] = {}
    for row in res.table("agents", 3):
        words = tuple(fold(w) for w in row["form"].split())
        if words[0].startswith("ال") and len(words[0]) > 4:
            words = (words[0][2:], *words[1:])
        agents.setdefault(words[0], []).append(AgentRule(words, row["agent"], row["kind"]))
    for arules in agents.values():
        arules.sort(key=lambda r: -len(r.words))
    return agents


def _modes(res: Resources) -> dict[str, tuple[str, int]]:
    """The auxiliary mode words: folded form -> (mode, reach)."""
    modes: dict[str, tuple[str, int]] = {}
    for row in res.table("event_modes", 3):
        if row["mode"] not in AUX_MODES:
            raise ResourceError(f"event_modes.tsv: unknown mode {row['mode']!r}")
        for form in listed_words(row["form"]):
            modes.setdefault(form, (row["mode"], int(row["reach"])))
    return modes


def _recodes(res: Resources, cameo: dict[str, CameoCode]) -> dict[str, list[Recode]]:
    """The recoding rules by the PLOVER type they recode from."""
    recodes: dict[str, list[Recode]] = {}
    for row in res.table("event_recode", 4):
        source, plover, code, reach, agent = row["from"], row["to"], row["cameo"], row["reach"], row["agent"] or None
        if source not in PLOVER_TYPES or plover not in PLOVER_TYPES:
            raise ResourceError(f"event_recode.tsv: unknown PLOVER type in {source!r} -> {plover!r}")
        if code not in cameo:
            raise ResourceError(f"event_recode.tsv: unknown CAMEO code {code!r}")
        if not reach.isdigit():
            raise ResourceError(f"event_recode.tsv: reach must be a number, not {reach!r}")
        markers: dict[str, list[tuple[str, ...]]] = {}
        for words in _split_forms(row["markers"]):
            markers.setdefault(words[0], []).append(words)
        recodes.setdefault(source, []).append(Recode(source, plover, code, int(reach), agent, markers))
    return recodes


def build(res: Resources) -> EventLexicon:
    """The event lexicon from its files: triggers, agents, modes, CAMEO codes, recodings and word lists."""
    cameo = _cameo(res)
    wordsets = {row["name"]: [f for w in row["words"].split("|") if w for f in listed_words(w)]
                for row in res.table("event_wordsets", 2)}
    triggers = _triggers(res, cameo, wordsets)
    agents = _agents(res)
    modes = _modes(res)
    recodes = _recodes(res, cameo)
    reactions = frozenset(fold(row["form"]) for row in res.table("event_reactions", 1))
    heads = frozenset(fold(row["form"]) for row in res.table("event_heads", 1))
    reporters = frozenset(fold(w) for w in wordsets.get("reporters", ()))
    folded = {name: frozenset(fold(w) for w in words) for name, words in wordsets.items()}
    return EventLexicon(triggers, agents, modes, cameo, recodes, reactions, heads, reporters, folded)


def event_lexicon(res: Resources) -> EventLexicon:
    lex: EventLexicon = res.cached("events.lexicon", lambda: build(res))
    return lex
