#!/usr/bin/env bash
# Lint, layer contracts and the whole test suite, headless. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
echo "== ruff" >&2
.venv/bin/ruff check workstation tests bench migrations
echo "== import-linter" >&2
PYTHONPATH=scripts .venv/bin/lint-imports --no-cache
echo "== pytest" >&2
.venv/bin/python -m pytest "$@"
