"""Gazetteers, nisba adjectives, titles and entity linking (see :mod:`.link` for the cascade).

Layout: :mod:`.lexicon` compiles the lexicon files into token tries, :mod:`.match` matches them
over a document's tokens, :mod:`.nisba` generates nisba forms, :mod:`.rules` finds people from
titles and context, :mod:`.heads` reads names built on a head noun, :mod:`.tagged` makes the tagger's
spans candidates, :mod:`.link` merges everything into entities.
"""

from marsad.gazetteer.docmatch import country_matches
from marsad.gazetteer.lexicon import Entry, Gazetteer, load_gazetteer
from marsad.gazetteer.link import link_entities
from marsad.gazetteer.nisba import nisba_forms

__all__ = ["Entry", "Gazetteer", "country_matches", "link_entities", "load_gazetteer", "nisba_forms"]
