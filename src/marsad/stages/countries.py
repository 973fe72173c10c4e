"""The countries stage: every mention of a country by its name, a capital or city, or a nisba.

"روسيا" (name), "موسكو" (capital), "جنيف" (city), "الروسي" / "الأميركيون" (nisba) each give a
:class:`~marsad.document.CountryMention` with the ISO 3166-1 alpha-3 code; ``marsad.output.countries`` joins these
with the countries of the entities.
"""

from __future__ import annotations

from marsad.document import CountryMention, Document
from marsad.gazetteer import country_matches, load_gazetteer
from marsad.pipeline import Stage
from marsad.resources import Resources


def run(doc: Document, res: Resources) -> list[CountryMention]:
    names, nisba = country_matches(doc.text, doc.layer("tokens"), res)
    found = [
        CountryMention(m.start, m.end, m.entry.country, "name" if m.entry.kind == "country" else m.entry.kind)
        for m in names
        if m.entry.type == "LOC" and m.entry.country
    ]
    found += [CountryMention(m.start, m.end, m.entry.country, "nisba") for m in nisba if m.entry.country]
    return sorted(found, key=lambda c: c.start)


def prepare(res: Resources) -> None:
    load_gazetteer(res)


STAGE = Stage("countries", "countries", ("tokens",), run, prepare)
