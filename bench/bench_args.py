"""The command line shared by the benchmarks: ``--python-gc`` against the collector setting of marsad's
entry points (:func:`marsad.runtime.tune_gc`)."""

from __future__ import annotations

import argparse

from marsad.runtime import tune_gc


def parse_bench_args(parser: argparse.ArgumentParser) -> argparse.Namespace:
    """Add ``--python-gc`` to a benchmark's ``parser``, parse the command line, and set the collector as the
    command line does (:func:`marsad.runtime.tune_gc`) unless ``--python-gc`` asks for CPython's defaults."""
    parser.add_argument("--python-gc", action="store_true",
                        help="keep CPython's collector thresholds (default: marsad.runtime.tune_gc, as the CLI)")
    args = parser.parse_args()
    if not args.python_gc:
        tune_gc()
    return args
