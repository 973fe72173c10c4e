"""The times stage: DATE, TIME, DURATION and SET expressions with TIMEX3 values.

Values are resolved against ``doc.published``; when it is unknown, relative expressions get
underspecified values (``XXXX-XX-XX``, ``XXXX-WXX-4`` ...; see :mod:`marsad.times.calendar`).
The work is done by :mod:`marsad.times`; this module only adapts it to the pipeline.
"""

from __future__ import annotations

from marsad.document import Document, TimeExpr
from marsad.pipeline import Stage
from marsad.resources import Resources
from marsad.times import find_times, matcher


def run(doc: Document, res: Resources) -> list[TimeExpr]:
    return find_times(doc.text, doc.published, res)


def prepare(res: Resources) -> None:
    matcher(res)  # load and check the lexicons, compile the patterns


STAGE = Stage("times", "times", (), run, prepare)  # reads the text and the publication date only
