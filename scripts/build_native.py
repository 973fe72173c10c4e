"""Compile the tagger's hot modules with mypyc, or remove them: see marsad.native.

    .venv/bin/python scripts/build_native.py build [--if-stale]
    .venv/bin/python scripts/build_native.py clean
"""

import os

os.environ["MARSAD_NATIVE"] = "0"  # importing marsad must not warn about the very build this script replaces

from marsad.native import main

if __name__ == "__main__":
    raise SystemExit(main())
