"""Process settings for runs over many documents (the command line, ingest workers, Spark partitions).

CPython's cyclic garbage collector starts a young-generation pass every 700 net container allocations and a
full pass after every hundred of those (when the objects that outlived the young passes have grown by a
quarter). Analysing an article allocates tens of thousands of short-lived containers, while the word caches of
the tokenizer, the tagger and the gazetteer matcher keep growing towards their limits; the full passes then
traverse everything kept. Measured on 500 SaudiNewsNet articles after 200 others (a 2-core VM,
``time.process_time`` in ``gc.callbacks``): the collector took 20% of the pipeline's time, three quarters of
it in 21 full passes; with the first threshold at 10,000 it took 3.6% and no full pass ran. What is freed
stays the same: objects without cycles go at once by reference counting, cycles a little later.

:func:`tune_gc` is called by the entry points that analyse many documents in one process; a program that
imports marsad as a library keeps its own settings unless it calls it.
"""

from __future__ import annotations

import gc

GC_FIRST_THRESHOLD = 10_000


def tune_gc() -> None:
    """Raise the collector's first threshold to :data:`GC_FIRST_THRESHOLD` (never lowers a higher one)."""
    first, second, third = gc.get_threshold()
    if 0 < first < GC_FIRST_THRESHOLD:
        gc.set_threshold(GC_FIRST_THRESHOLD, second, third)
