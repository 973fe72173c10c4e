"""Verbs in a relative clause whose antecedent is their subject (رينزي، الذي التقى الرئيس عباس؛ المالكي الذي اتهم
المملكة): the antecedent acts and the party after the verb is its object."""

from __future__ import annotations

from marsad.events.context import Context
from marsad.events.dyads import RELATIVES

# the types whose verb in a relative clause has the antecedent for subject (رينزي، الذي التقى الرئيس عباس، المالكي
# الذي اتهم المملكة): a meeting, an accusation, a threat, a demand, a rejection
RELATIVE_TYPES = frozenset({"CONSULT", "ACCUSE", "THREATEN", "REQUEST", "REJECT"})
RELATIVE_MARKS = frozenset({"،", ",", "-", "–"})  # a mark between the antecedent and its relative (رينزي، الذي)


def relative_gap(ctx: Context, hi: int, k: int) -> bool:
    """Are the words [hi, k) a relative pronoun right before word ``k``, a mark before it or not (رينزي، الذي)?"""
    return hi < k and ctx.words[k - 1].norm in RELATIVES and k - 1 - hi <= 1 \
        and all(ctx.punct(x) in RELATIVE_MARKS for x in range(hi, k - 1))
