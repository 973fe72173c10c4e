"""The parameters of the corpus views: one model for the command line and the HTTP API.

Both front ends hand the raw values they received to these dataclasses' ``parse`` and pass the result
to :class:`marsad.store.Store`, so the same input means the same thing everywhere:

- event types, entity types, country and agent codes are case-insensitive (``consult`` = ``CONSULT``);
- groupings are ``day``, ``week``, ``month`` or ``year`` on both;
- ``limit`` is 1 to :data:`MAX_LIMIT`, ``offset`` 0 to :data:`MAX_OFFSET`; dates are ``YYYY-MM-DD``
  with ``since`` not after ``until``;
- events come most recent articles first (``order="recent"``) or by event date (``order="date"``).

A bad value raises :class:`ParamError` with a one-line message naming the parameter; the command line
prints it (exit 2), the API answers it as ``422 {"error": ...}``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from marsad.errors import MarsadError
from marsad.events.lexicon import PLOVER_TYPES

MAX_LIMIT = 10_000
MAX_OFFSET = 1_000_000
MAX_TEXT = 200
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
PERIODS = ("day", "week", "month", "year")
EVENT_ORDERS = ("recent", "date")
FACTUALITIES = ("asserted", "negated", "hypothetical", "future", "reference")
EVENT_TYPES = tuple(sorted(PLOVER_TYPES))


class ParamError(MarsadError):
    """A view parameter out of its bounds or not one of its choices."""


def text(value: Any, name: str) -> str | None:
    """A free-text filter: stripped, None when empty, at most :data:`MAX_TEXT` characters."""
    if value is None:
        return None
    found = str(value).strip()
    if len(found) > MAX_TEXT:
        raise ParamError(f"{name}: at most {MAX_TEXT} characters (got {len(found)})")
    return found or None


def number(value: Any, name: str, low: int, high: int) -> int:
    try:
        found = int(value)
    except (TypeError, ValueError):
        raise ParamError(f"{name}: expected a whole number, got {str(value)[:40]!r}") from None
    if not low <= found <= high:
        raise ParamError(f"{name}: must be between {low} and {high} (got {found})")
    return found


def check_limit(value: Any) -> int:
    return number(value, "limit", 1, MAX_LIMIT)


def check_offset(value: Any) -> int:
    return number(value, "offset", 0, MAX_OFFSET)


def choice(value: Any, name: str, choices: tuple[str, ...], upper: bool = True) -> str | None:
    """One of ``choices``, compared case-insensitively; None when empty."""
    found = text(value, name)
    if found is None:
        return None
    found = found.upper() if upper else found.lower()
    if found not in choices:
        raise ParamError(f"{name}: expected one of {', '.join(choices)}, got {found[:40]!r}")
    return found


def code(value: Any, name: str) -> str | None:
    """A country code, agent code or actor text (codes upper-cased; text as given)."""
    found = text(value, name)
    if found is not None and found.isascii() and found.replace("_", "").isalnum() and len(found) <= 12:
        return found.upper()
    return found


def date(value: Any, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    raw = str(value).strip()
    try:
        if len(raw) != 10:
            raise ValueError(raw)
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError:
        raise ParamError(f"{name}: expected a date YYYY-MM-DD, got {raw[:40]!r}") from None


def date_range(since: Any, until: Any) -> tuple[str | None, str | None]:
    s, u = date(since, "since"), date(until, "until")
    if s and u and s > u:
        raise ParamError(f"since ({s}) is after until ({u})")
    return s, u


def check_article_id(value: Any) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    return number(str(value).strip(), "article_id", 1, 2**62)


@dataclass(frozen=True, slots=True)
class View:
    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments of the matching :class:`~marsad.store.Store` method."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SearchQuery(View):
    query: str = ""
    limit: int = 20
    offset: int = 0
    since: str | None = None
    until: str | None = None
    source: str | None = None
    entity: str | None = None
    country: str | None = None
    event_type: str | None = None

    @classmethod
    def parse(cls, query: Any = "", limit: Any = 20, offset: Any = 0, since: Any = None, until: Any = None,
              source: Any = None, entity: Any = None, country: Any = None, event_type: Any = None) -> SearchQuery:
        q = str(query or "").strip()
        if len(q) > 500:
            raise ParamError(f"query: at most 500 characters (got {len(q)})")
        s, u = date_range(since, until)
        return cls(q, check_limit(limit), check_offset(offset), s, u, text(source, "source"),
                   text(entity, "entity"), code(country, "country"), choice(event_type, "type", EVENT_TYPES))

    @property
    def empty(self) -> bool:
        return not self.query and not any((self.since, self.until, self.source, self.entity, self.country,
                                           self.event_type))


@dataclass(frozen=True, slots=True)
class EntityQuery(View):
    limit: int = 20
    type: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    by: str | None = None

    @classmethod
    def parse(cls, limit: Any = 20, type: Any = None, since: Any = None, until: Any = None, source: Any = None,
              by: Any = None) -> EntityQuery:
        s, u = date_range(since, until)
        return cls(check_limit(limit), choice(type, "type", ENTITY_TYPES), s, u, text(source, "source"),
                   choice(by, "by", PERIODS, upper=False))


@dataclass(frozen=True, slots=True)
class EventQuery(View):
    actor: str | None = None
    target: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    article_id: int | None = None
    limit: int = 100
    offset: int = 0
    order: str = "recent"
    factuality: str | None = None

    @classmethod
    def parse(cls, actor: Any = None, target: Any = None, type: Any = None, since: Any = None, until: Any = None,
              source: Any = None, article_id: Any = None, limit: Any = 100, offset: Any = 0,
              order: Any = "recent", factuality: Any = None) -> EventQuery:
        s, u = date_range(since, until)
        return cls(code(actor, "actor"), code(target, "target"), choice(type, "type", EVENT_TYPES), s, u,
                   text(source, "source"), check_article_id(article_id), check_limit(limit),
                   check_offset(offset), choice(order, "order", EVENT_ORDERS, upper=False) or "recent",
                   _factuality(factuality))


def _factuality(value: Any) -> str | None:
    """Events are the asserted ones unless asked otherwise: ``all`` lists every factuality."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "asserted"
    if isinstance(value, str) and value.strip().lower() == "all":
        return None
    return choice(value, "factuality", FACTUALITIES, upper=False)


@dataclass(frozen=True, slots=True)
class TimelineQuery(View):
    actor: str | None = None
    target: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, actor: Any = None, target: Any = None, type: Any = None, since: Any = None,
              until: Any = None) -> TimelineQuery:
        s, u = date_range(since, until)
        return cls(code(actor, "actor"), code(target, "target"), choice(type, "type", EVENT_TYPES), s, u)


@dataclass(frozen=True, slots=True)
class StoryQuery(View):
    limit: int = 20
    min_outlets: int = 2

    @classmethod
    def parse(cls, limit: Any = 20, min_outlets: Any = 2) -> StoryQuery:
        return cls(check_limit(limit), number(min_outlets, "min_outlets", 1, 1000))
