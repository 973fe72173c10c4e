"""CAMEO actor codes of event actors and targets: country + role (وزير الخارجية الروسي → RUSGOV, الجيش
السوري → SYRMIL), from ``actor_codes.tsv`` (titles and group nouns with their role, named actors with their
code; built by ``scripts/build_actor_codes.py``) and the agent type the coder read.

The role is that of the phrase's first title or group noun (its head: وزير الخارجية → GOV before خارجية), the
longest phrase first; a named actor of the lexicon gives its whole code (حماس → PSEREB). The country is the
actor's, else the named actor's. An actor with a country and no role is coded by its country alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.resources import Resources
from marsad.text.normalize import fold

# the agent types of agents.tsv and their CAMEO roles, for actors whose words the lexicon lacks
AGENT_ROLES = {
    "government": "GOV", "military": "MIL", "police": "COP", "security": "COP", "protesters": "OPP",
    "rebels": "REB", "militants": "REB", "opposition": "OPP", "party": "PTY", "civilians": "CVL",
    "students": "EDU", "labor": "LAB", "media": "MED", "judiciary": "JUD", "legislature": "LEG",
    "refugees": "REF", "religious": "REL", "business": "BUS", "diplomats": "GOV",
}
PHRASE_WORDS = 3  # the longest role phrase looked up


def key(text: str) -> str:
    """The look-up form of a phrase: folded, the article and proclitic و removed from each word, a nisba's
    feminine ending reduced (الأمريكية → امريكي), underscores as spaces."""
    out: list[str] = []
    for w in fold(text.replace("_", " ")).split():
        if w.startswith("و") and len(w) > 4 and w[1:3] == "ال":
            w = w[1:]
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        if w.endswith("يه") and len(w) > 4:
            w = w[:-1]
        out.append(w)
    return " ".join(out)


@dataclass(frozen=True)
class ActorCodes:
    roles: dict[str, str]
    names: dict[str, str]

    def role(self, words: list[str]) -> str | None:
        for i in range(len(words)):
            for n in range(min(PHRASE_WORDS, len(words) - i), 0, -1):
                found = self.roles.get(" ".join(words[i : i + n]))
                if found:
                    return found
        return None

    def code(self, text: str, country: str | None, agent: str | None) -> str | None:
        """The CAMEO code of an actor named ``text`` (empty for none) of ``country`` and agent type ``agent``."""
        words = key(text).split()
        named = self.names.get(" ".join(words)) if words else None
        if named is not None and (country is None or named.startswith(country)):
            return named
        role = self.role(words) or AGENT_ROLES.get(agent or "")
        if role == "IGO":
            return "IGO"
        code = (country or "") + (role or "")
        return code or None


def actor_codes(res: Resources) -> ActorCodes:
    def build() -> ActorCodes:
        roles: dict[str, str] = {}
        names: dict[str, str] = {}
        for row in res.table("actor_codes", 3):
            (roles if row["kind"] == "role" else names)[row["form"]] = row["code"]
        return ActorCodes(roles, names)

    codes: ActorCodes = res.cached("events.actor_codes", build)
    return codes
