#!/usr/bin/env bash
# The test command: lint, type-check, then the test suite (tests needing ../shared skip without it).
set -euo pipefail
cd "$(dirname "$0")"
.venv/bin/ruff check src tests bench scripts
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
