"""Events: PLOVER/CAMEO coding of who did what to whom and when (see :mod:`marsad.events.coder`)."""

from marsad.events.coder import code_events, merge_duplicates
from marsad.events.lexicon import EventLexicon, event_lexicon

__all__ = ["EventLexicon", "code_events", "event_lexicon", "merge_duplicates"]
