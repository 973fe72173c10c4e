#!/usr/bin/env bash
# One command for a fresh machine: create .venv, install marsad (with test and Spark extras),
# then analyze the example article shipped in the package.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev,serve,spark]"
# the pipeline's hot modules compiled with mypyc (the tagger in about half the time; without a C compiler the sources run)
.venv/bin/python scripts/build_native.py build --if-stale || echo "note: the hot modules are not compiled; running the Python sources"
if [ "${1:-}" != "--no-demo" ]; then
  .venv/bin/marsad analyze "$(.venv/bin/python -c 'import marsad.resources as r; print(r.PACKAGE_ROOT / "examples" / "article.txt")')" --format text
fi
