"""The document model: one immutable text, annotations as character spans into it.

A :class:`Document` carries the clean article text, which is never rewritten after extraction, and
the layers the pipeline records (``doc.layers[name]``). Every annotation type stores ``start``/``end``
only; the text of a span is always read back as ``doc.text[start:end]`` (see :meth:`Document.span`),
so it can never drift from the document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of a token after clitic segmentation: a proclitic, the stem, or an enclitic."""

    start: int
    end: int
    kind: str  # "proclitic" | "stem" | "enclitic"


@dataclass(frozen=True, slots=True)
class Token:
    """A token ``[start, end)``; Arabic tokens carry clitic segments.

    ``parts`` holds the segments as ``(start, end, kind)`` offsets relative to the token start (a
    tuple shared between all tokens of the same word form, so tokenizing stays cheap); read them as
    document spans through :attr:`segments`.
    """

    start: int
    end: int
    kind: str  # "arabic" | "latin" | "number" | "punct" | "other"
    parts: tuple[tuple[int, int, str], ...] = ()

    @property
    def segments(self) -> tuple[Segment, ...]:
        return tuple(Segment(self.start + s, self.start + e, k) for s, e, k in self.parts)

    @property
    def stem(self) -> Span:
        for s, e, kind in self.parts:
            if kind == "stem":
                return Span(self.start + s, self.start + e)
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    type: str  # PER | ORG | LOC | MISC
    id: str | None = None
    country: str | None = None
    role: str | None = None
    # what the gazetteer knows the name as: country, capital, city, region, person, agency, newspaper,
    # broadcaster, site, intl, gov, party, group, company ...; for an organization known to neither, the kind
    # model's (marsad.ner.kinds) where it is sure; else None
    kind: str | None = None
    # the country is the article's, given to a national body named without its own ("وزارة الداخلية")
    country_inferred: bool = False


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in the text: by its name, a capital or city, a region, or a nisba adjective."""

    start: int
    end: int
    country: str  # ISO 3166-1 alpha-3
    kind: str  # name | capital | city | region | nisba


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None
    calendar: str | None = None  # "hijri" when written in the Hijri calendar


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    cue: Span
    speaker: Span | None = None
    via: tuple[str, ...] = ()
    direct: bool = False
    # statement | directive | threat | accusation | commitment | praise | condemnation | denial | question
    kind: str = "statement"


@dataclass(frozen=True, slots=True)
class Actor:
    text: str
    country: str | None = None
    agent: str | None = None
    span: Span | None = None
    code: str | None = None  # CAMEO actor code: country + role (SYRMIL, RUSGOV), a country, or a named actor's


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened: a place named in the text (``span``), else the dateline's place or the
    participants' country (``span`` None); linked to GeoNames (``id`` ``geonames:…``) with coordinates
    when known."""

    text: str
    span: Span | None = None
    id: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    trigger: Span
    actor: Actor | None  # None: an actor not named (a bombing reported without its perpetrator)
    target: Actor | None = None
    cameo: str | None = None
    goldstein: float | None = None
    time: str | None = None
    mode: str | None = None
    factuality: str = "asserted"  # asserted | negated | hypothetical | future | reference
    place: Place | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline's span in the document text and its parts (each ``None`` when absent)."""

    span: Span
    place: Span | None = None
    date: Span | None = None
    date_value: str | None = None
    agency: Span | None = None
    agency_name: str | None = None  # the canonical name of a known agency


@dataclass
class Document:
    """An article. ``text`` is fixed at construction; stages only add layers."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    credits: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    dateline: Dateline | None = None
    layers: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)  # layers whose stage failed or was skipped
    # while a stage runs under a checking pipeline: the layers it declared; reading another one raises
    reading: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def layer(self, name: str) -> Any:
        """The recorded result of the stage that provides ``name`` (empty list when absent)."""
        if self.reading is not None and name not in self.reading:
            raise UndeclaredLayerError(f"a stage read the layer {name!r} without declaring it")
        return self.layers.get(name, [])


class UndeclaredLayerError(RuntimeError):
    """A stage read a layer it did not declare (raised only when layer reads are checked)."""
