#!/usr/bin/env bash
# The test command: lint, type-check, then the test suite (tests needing ../shared skip without it).
set -euo pipefail
cd "$(dirname "$0")"
.venv/bin/ruff check src tests bench scripts
.venv/bin/mypy
.venv/bin/mkdocs build --strict --quiet --site-dir "$(mktemp -d)"  # the docs site builds offline, no broken link
.venv/bin/python scripts/build_native.py build --if-stale || true  # tests run what users run (marsad.native)
.venv/bin/python -m pytest -q "$@"
